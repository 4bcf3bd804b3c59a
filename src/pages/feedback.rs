//! `/feedback`: rate an offer, say what is missing.

use crate::components::page::Page;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Feedback() -> impl IntoView {
    let i18n = use_app().i18n;
    view! {
        <Page title="feedback-title">
            <p>{move || i18n.tr("page-in-progress")}</p>
        </Page>
    }
}
