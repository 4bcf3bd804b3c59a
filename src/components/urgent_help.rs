//! The urgent-help button, fixed on every page: opens the Belgian urgent numbers with
//! tap-to-call. Everything is in the app itself, so it works offline.

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::domain::urgent::URGENT_NUMBERS;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn UrgentHelp() -> impl IntoView {
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
            <span><Msg id="urgent-button" /></span>
        </button>
        <dialog node_ref=dialog class="urgent-dialog" aria-labelledby="urgent-title">
            <h2 id="urgent-title"><Msg id="urgent-title" /></h2>
            <ul class="urgent-list" role="list">
                {URGENT_NUMBERS
                    .iter()
                    .map(|n| {
                        let label = n.label_id();
                        view! {
                            <li>
                                <a class="action urgent-call" href=n.tel() data-number=n.number>
                                    <Pictogram name=n.pictogram size=40 />
                                    <bdi dir="ltr" class="urgent-number" data-speak="digits">{n.number}</bdi>
                                    <span><Msg id=label.clone() /></span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="button" class="secondary" on:click=close><Msg id="close" /></button>
        </dialog>
    }
}
