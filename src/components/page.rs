//! The frame of every route: one `main` landmark with exactly one `h1`.

use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Page(
    /// Message id of the page title.
    title: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_app().i18n;
    view! {
        <main id="main" tabindex="-1">
            <h1>{move || i18n.tr(title)}</h1>
            {children()}
        </main>
    }
}
