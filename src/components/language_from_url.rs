//! Follows `?lang=` while the app runs, so an in-app link or a back/forward step that carries
//! a language switches to it (start-up handles the first URL).

use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LanguageFromUrl() -> impl IntoView {
    let state = use_app();
    let query = use_query_map();
    Effect::new(move || {
        if let Some(tag) = query.with(|q| q.get("lang")) {
            state.choose_tag(&tag);
        }
    });
}
