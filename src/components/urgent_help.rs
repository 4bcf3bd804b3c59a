//! The urgent-help button, fixed on every page: opens the Belgian urgent numbers with
//! tap-to-call. Everything is in the app itself, so it works offline.

use crate::components::pictogram::Pictogram;
use crate::domain::urgent::URGENT_NUMBERS;
use crate::state::use_app;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn UrgentHelp() -> impl IntoView {
    let i18n = use_app().i18n;
    let dialog = NodeRef::<html::Dialog>::new();
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <button type="button" class="urgent-button" aria-haspopup="dialog" on:click=open>
            <Pictogram name="sos-button" size=32 />
            <span>{move || i18n.tr("urgent-button")}</span>
        </button>
        <dialog node_ref=dialog class="urgent-dialog" aria-labelledby="urgent-title">
            <h2 id="urgent-title">{move || i18n.tr("urgent-title")}</h2>
            <ul class="urgent-list" role="list">
                {URGENT_NUMBERS
                    .iter()
                    .map(|n| {
                        let label = n.label_id();
                        view! {
                            <li>
                                <a class="action urgent-call" href=n.tel() data-number=n.number>
                                    <Pictogram name=n.pictogram size=40 />
                                    <bdi dir="ltr" class="urgent-number">{n.number}</bdi>
                                    <span>{move || i18n.tr(&label)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="button" class="secondary" on:click=close>{move || i18n.tr("close")}</button>
        </dialog>
    }
}
