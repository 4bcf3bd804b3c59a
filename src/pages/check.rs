//! `/check`: the neighbourhood check (Place Standard).

use crate::components::page::Page;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Check() -> impl IntoView {
    let i18n = use_app().i18n;
    view! {
        <Page title="check-title">
            <p>{move || i18n.tr("page-in-progress")}</p>
        </Page>
    }
}
