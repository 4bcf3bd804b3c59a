//! The frame of every route: one `main` landmark with exactly one `h1`, and the read-aloud
//! button for the page.

use crate::components::msg::Msg;
use crate::components::read_aloud::ReadAloud;
use crate::components::sample_notice::SampleNotice;
use crate::components::untranslated::Untranslated;
use leptos::prelude::*;

#[component]
pub fn Page(
    /// Message id of the page title.
    title: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        {without_html_shell}
        <main id="main" tabindex="-1">
            <div class="page-head">
                <h1><Msg id=title /></h1>
                <ReadAloud />
            </div>
            <SampleNotice />
            <Untranslated />
            {children()}
        </main>
    }
}

/// The HTML first screen (scripts/shell.mjs) goes when the app's first page is built, in the
/// same task: never two `main`s, and never a blank frame while a lazy page's code is still on
/// its way. Every `main` the app draws calls this.
pub fn without_html_shell() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
}
