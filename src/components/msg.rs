//! A translated label. Normally plain text in the current language; in the interpreter view
//! the same label twice, in the family's and the staff's language, each with its own
//! `lang` and `dir` so screen readers, read-aloud and the bidi algorithm get each right.

use crate::i18n::{I18n, Language};
use crate::state::use_app;
use leptos::either::Either;
use leptos::prelude::*;

/// The languages labels are shown in: the family's, and the staff's in the interpreter view.
/// One memo per card (and one for the rest of the page) rather than hundreds of labels each
/// subscribed to the app-wide signals: removing and re-adding that many subscribers on every
/// switch cost more than relabelling itself.
#[derive(Clone, Copy)]
pub struct Labels {
    pub i18n: I18n,
    languages: Memo<(&'static Language, Option<&'static Language>)>,
}

impl Labels {
    /// New labels for a part of the page; hand them to its children with
    /// `<Provider value=labels>` (a child owner, so the context does not leak to siblings).
    pub fn new(i18n: I18n) -> Self {
        Labels {
            i18n,
            languages: Memo::new(move |_| (i18n.language(), i18n.second())),
        }
    }
}

impl Labels {
    /// The message `id` in the family's language only (for attributes such as `aria-label`).
    pub fn tr(&self, id: &str) -> String {
        let (first, _) = self.languages.get();
        self.i18n.tr_in(first, id, None)
    }

    /// The family's language (tracked through this memo).
    pub fn language(&self) -> &'static Language {
        self.languages.get().0
    }
}

/// Gives the whole app its [`Labels`] (called once, in the root).
pub fn provide_labels() {
    provide_context(Labels::new(use_app().i18n));
}

/// The nearest [`Labels`].
pub fn use_labels() -> Labels {
    use_context::<Labels>().unwrap_or_else(|| Labels::new(use_app().i18n))
}

/// The message `id`.
#[component]
pub fn Msg(#[prop(into)] id: String) -> impl IntoView {
    let labels = use_labels();
    let i18n = labels.i18n;
    move || dual(labels, &|language| i18n.tr_in(language, &id, None))
}

/// `text` in the current language, or, in the interpreter view, in both languages.
pub fn dual(labels: Labels, text: &dyn Fn(&'static Language) -> String) -> impl IntoView {
    let (first, second) = labels.languages.get();
    let first_text = text(first);
    match second {
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

/// The languages of the nearest [`Labels`] (tracked): family's, and staff's when shown.
pub fn shown_languages(labels: Labels) -> (&'static Language, Option<&'static Language>) {
    labels.languages.get()
}
