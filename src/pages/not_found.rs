//! Any unknown address: say so, and offer the way home.

use crate::components::{page::Page, pictogram::Pictogram};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_app().i18n;
    view! {
        <Page title="not-found-title">
            <a href="/" class="tile tile-job">
                <Pictogram name="house" size=64 />
                <span>{move || i18n.tr("not-found-home")}</span>
            </a>
        </Page>
    }
}
