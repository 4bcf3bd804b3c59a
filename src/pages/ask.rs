//! `/ask`: where do I go with my question.

use crate::components::page::Page;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Ask() -> impl IntoView {
    let i18n = use_app().i18n;
    view! {
        <Page title="ask-title">
            <p>{move || i18n.tr("page-in-progress")}</p>
        </Page>
    }
}
