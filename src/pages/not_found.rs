//! Any unknown address: say so, and offer the way home.

use crate::components::msg::Msg;
use crate::components::{page::Page, pictogram::Pictogram};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Page title="not-found-title">
            <a href="/" class="tile tile-job">
                <Pictogram name="house" size=64 />
                <span><Msg id="not-found-home" /></span>
            </a>
        </Page>
    }
}
