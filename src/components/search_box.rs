//! The one search box (on `/ask` and `/offers`): a plain GET form to `/ask?q=`, where
//! questions and offers are found in any of the app's languages.

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SearchBox() -> impl IntoView {
    let query = use_query_map();
    let value = move || query.with(|q| q.get("q")).unwrap_or_default();
    view! {
        // A real form: Enter searches, Back returns, and it works with any keyboard.
        <form role="search" action="/ask" method="get" class="search-form">
            <label for="search-box"><Msg id="ask-search-label" /></label>
            <div class="search-row">
                <input id="search-box" type="search" name="q" prop:value=value autocomplete="off" enterkeyhint="search" />
                <button type="submit" class="action">
                    <Pictogram name="magnifying-glass-tilted-left" size=32 />
                    <span><Msg id="ask-search" /></span>
                </button>
            </div>
        </form>
    }
}
