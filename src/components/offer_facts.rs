//! Small pieces of an offer put into the page, shared by cards and the offer page.

use crate::components::msg::{shown_languages, use_labels};
use crate::components::pictogram::Pictogram;
use crate::domain::catalogue::{Access, Text};
use crate::i18n::languages;
use leptos::either::Either;
use leptos::prelude::*;

/// Catalogue text in the current language, marked with the language it really is in (a Dutch
/// fallback says `lang="nl"`, for screen readers and read-aloud). In the interpreter view it
/// also shows the staff's language, unless both resolve to the same text. Always text, never
/// markup.
pub fn catalogue_text(text: Text) -> impl IntoView {
    let labels = use_labels();
    move || {
        let (first_language, second_language) = shown_languages(labels);
        let (first_lang, first) = text.resolve(&first_language.tag);
        let second = second_language
            .map(|l| text.resolve(&l.tag))
            .filter(|(lang, _)| *lang != first_lang);
        // A text not written in the family's language says so, next to the Dutch.
        let mark = (first_lang != first_language.tag).then(|| {
            view! { <Pictogram name="globe-with-meridians" label="untranslated-mark" size=20 /> }
        });
        match second {
            None => Either::Left(view! { {marked(first_lang, first, "")}{mark} }),
            Some((lang, t)) => Either::Right(view! {
                <span class="dual">{marked(first_lang, first, "")}{mark}{marked(lang, t, "second")}</span>
            }),
        }
    }
}

/// `text` marked with the language it is in and that language's direction.
pub fn marked(lang: &str, text: &str, class: &'static str) -> impl IntoView {
    let dir = languages::find(lang).map_or("auto", |l| l.dir.as_str());
    view! { <span class=class lang=lang.to_owned() dir=dir>{text.to_owned()}</span> }
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
