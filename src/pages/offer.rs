//! `/offers/:id`: one offer with the 5 B's.

use crate::components::page::Page;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Offer() -> impl IntoView {
    let i18n = use_app().i18n;
    view! {
        <Page title="offer-title">
            <p>{move || i18n.tr("page-in-progress")}</p>
        </Page>
    }
}
