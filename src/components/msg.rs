//! A translated label. Normally plain text in the current language; in the interpreter view
//! the same label twice, in the family's and the staff's language, each with its own
//! `lang` and `dir` so screen readers, read-aloud and the bidi algorithm get each right.

use crate::i18n::{I18n, Language};
use crate::state::use_app;
use leptos::either::Either;
use leptos::prelude::*;

/// The message `id`.
#[component]
pub fn Msg(#[prop(into)] id: String) -> impl IntoView {
    let i18n = use_app().i18n;
    move || dual(i18n, &|language| i18n.tr_in(language, &id, None))
}

/// `text` in the current language, or, in the interpreter view, in both languages.
pub fn dual(i18n: I18n, text: &dyn Fn(&'static Language) -> String) -> impl IntoView {
    let first = i18n.language();
    let first_text = text(first);
    match i18n.second() {
        None => Either::Left(first_text),
        Some(second) => {
            let second_text = text(second);
            Either::Right(view! {
                <span class="dual">
                    <span lang=first.tag.clone() dir=first.dir.as_str()>{first_text}</span>
                    <span class="second" lang=second.tag.clone() dir=second.dir.as_str()>{second_text}</span>
                </span>
            })
        }
    }
}
