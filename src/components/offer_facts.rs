//! Small pieces of an offer put into the page, shared by cards and the offer page.

use crate::domain::catalogue::{Access, Text};
use crate::i18n::languages;
use crate::state::use_app;
use leptos::prelude::*;

/// Catalogue text in the current language, marked with the language it really is in (a Dutch
/// fallback says `lang="nl"`, for screen readers and read-aloud). Always text, never markup.
pub fn catalogue_text(text: Text) -> impl IntoView {
    let i18n = use_app().i18n;
    let t = text.clone();
    view! {
        <span lang=move || t.resolve(&i18n.language().tag).0.to_owned()>
            {move || text.resolve(&i18n.language().tag).1.to_owned()}
        </span>
    }
}

/// Message id for how to get in.
pub fn how_message(how: Access) -> &'static str {
    match how {
        Access::WalkIn => "walk-in",
        Access::Appointment => "offer-appointment",
        Access::Both => "offer-walk-in-or-appointment",
    }
}

/// The languages spoken, each by its own name and marked with its `lang`.
pub fn spoken_languages(tags: &[String]) -> impl IntoView {
    let items = tags
        .iter()
        .map(|tag| view! { <li lang=tag.clone()>{languages::autonym(tag).unwrap_or(tag).to_owned()}</li> })
        .collect_view();
    view! { <ul class="inline-list" role="list">{items}</ul> }
}
