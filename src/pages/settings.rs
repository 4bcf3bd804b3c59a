//! `/settings`: language and what is kept on this device.

use crate::components::{language_picker::LanguageList, page::Page};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Settings() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    view! {
        <Page title="settings-title">
            <section aria-labelledby="settings-language">
                <h2 id="settings-language">{move || i18n.tr("settings-language")}</h2>
                <LanguageList />
            </section>
            <Show when=move || !state.storage_persistent>
                <p class="notice" role="status">{move || i18n.tr("storage-unavailable")}</p>
            </Show>
        </Page>
    }
}
