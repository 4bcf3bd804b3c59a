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
