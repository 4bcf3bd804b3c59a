//! `/settings`: language, what is kept on this device, and "clear my data".

use crate::components::msg::{dual, use_labels, Msg};
use crate::components::neighbourhood_picker::NeighbourhoodList;
use crate::components::{language_picker::LanguageList, page::Page, pictogram::Pictogram};
use crate::i18n::messages::Args;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Settings() -> impl IntoView {
    let state = use_app();
    view! {
        <Page title="settings-title">
            <section aria-labelledby="settings-language">
                <h2 id="settings-language"><Msg id="settings-language" /></h2>
                <LanguageList />
            </section>
            <Show when=move || state.neighbourhoods.with(|i| i.as_ref().is_some_and(|i| i.neighbourhoods.len() > 1))>
                <section aria-labelledby="settings-neighbourhood">
                    <h2 id="settings-neighbourhood"><Msg id="settings-neighbourhood" /></h2>
                    <NeighbourhoodList />
                </section>
            </Show>
            <Show when=move || !state.storage_persistent>
                <p class="notice" role="status"><Msg id="storage-unavailable" /></p>
            </Show>
            <ClearMyData />
        </Page>
    }
}

/// Asks first; unsent feedback is shown and the family chooses whether it goes too.
#[component]
fn ClearMyData() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let labels = use_labels();
    let asking = RwSignal::new(false);
    let with_outbox = RwSignal::new(false);
    let waiting = state.delivery.waiting;
    // Done: a fresh start, the page reloads with language, favourites and every screen as on
    // a new phone. Its value is `false` only when the device refused.
    let clear = Action::new_local(move |delete_feedback: &bool| {
        let delete_feedback = *delete_feedback;
        async move {
            let cleared = state
                .storage()
                .clear_family_data(delete_feedback)
                .await
                .is_ok();
            if cleared {
                let _ = window().location().assign("/settings");
            }
            cleared
        }
    });
    let failed = move || clear.value().get() == Some(false);
    let confirm = move |_| {
        clear.dispatch(with_outbox.get_untracked() && waiting.get_untracked() > 0);
    };
    let unsent = move || {
        let mut a = Args::new();
        a.set("count", waiting.get());
        dual(labels, &|l| i18n.tr_in(l, "clear-unsent", Some(&a)))
    };
    view! {
        <section aria-labelledby="clear-title">
            <h2 id="clear-title"><Msg id="clear-title" /></h2>
            <p><Msg id="clear-what" /></p>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="action" on:click=move |_| asking.set(true)>
                        <Pictogram name="wastebasket" size=32 />
                        <span><Msg id="clear-button" /></span>
                    </button>
                }
            >
                <div class="notice warning" role="group" aria-labelledby="clear-sure">
                    <p id="clear-sure"><strong><Msg id="clear-sure" /></strong></p>
                    <Show when=move || { waiting.get() > 0 }>
                        <p>{unsent}</p>
                        <label class="check-row">
                            <input type="radio" name="clear-feedback" prop:checked=move || !with_outbox.get()
                                on:change=move |_| with_outbox.set(false) />
                            <span><Msg id="clear-keep-feedback" /></span>
                        </label>
                        <label class="check-row">
                            <input type="radio" name="clear-feedback" prop:checked=move || with_outbox.get()
                                on:change=move |_| with_outbox.set(true) />
                            <span><Msg id="clear-delete-feedback" /></span>
                        </label>
                    </Show>
                    <div class="actions">
                        <button type="button" class="action primary" on:click=confirm disabled=move || clear.pending().get()>
                            <span><Msg id="clear-confirm" /></span>
                        </button>
                        <button type="button" class="action" on:click=move |_| asking.set(false)>
                            <span><Msg id="clear-cancel" /></span>
                        </button>
                    </div>
                    <Show when=failed>
                        <p role="alert"><Msg id="clear-failed" /></p>
                    </Show>
                </div>
            </Show>
        </section>
    }
}
