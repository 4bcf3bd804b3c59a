//! The reactive face of the translations: the current language and the loaded locales as
//! signals, so every label re-renders in place when the language changes (no reload).

use super::languages::{self, Language};
use super::loader;
use super::messages::{Args, Messages};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct I18n {
    language: RwSignal<&'static Language>,
    loaded: RwSignal<Vec<Arc<Messages>>>,
    /// Interpreter view: every label also in this language (the staff's, Dutch by default).
    second: RwSignal<&'static Language>,
    interpreter: RwSignal<bool>,
}

impl I18n {
    pub fn new(language: &'static Language, messages: Option<Messages>) -> Self {
        I18n {
            language: RwSignal::new(language),
            loaded: RwSignal::new(messages.into_iter().map(Arc::new).collect()),
            second: RwSignal::new(languages::default_language()),
            interpreter: RwSignal::new(false),
        }
    }

    /// The second language to show next to the current one, when the interpreter view is on
    /// and the two differ (tracked).
    pub fn second(&self) -> Option<&'static Language> {
        let second = self.second.get();
        (self.interpreter.get() && second != self.language.get()).then_some(second)
    }

    /// The staff's language of the interpreter view, whether or not the view is on.
    pub fn staff_language(&self) -> &'static Language {
        self.second.get()
    }

    pub fn staff_language_untracked(&self) -> &'static Language {
        self.second.get_untracked()
    }

    pub fn interpreter_on(&self) -> bool {
        self.interpreter.get()
    }

    /// Turns the interpreter view on or off; loads the staff's language first.
    pub async fn set_interpreter(&self, on: bool) -> Result<(), String> {
        if on {
            self.ensure_loaded(self.second.get_untracked()).await?;
        }
        self.interpreter.set(on);
        Ok(())
    }

    /// The same from a tap: the view follows once the staff's language is there (a locale
    /// that cannot load leaves it as it was).
    pub fn switch_interpreter(self, on: bool) {
        leptos::task::spawn_local(async move {
            let _ = self.set_interpreter(on).await;
        });
    }

    /// The staff's language remembered on this device; loaded when the view turns on.
    pub fn preset_staff_language(&self, language: &'static Language) {
        self.second.set(language);
    }

    /// Changes the staff's language of the interpreter view.
    pub async fn set_staff_language(&self, language: &'static Language) -> Result<(), String> {
        self.ensure_loaded(language).await?;
        self.second.set(language);
        Ok(())
    }

    /// The message `id` in a given (loaded) language, with the same fallback as [`tr_with`].
    pub fn tr_in(&self, language: &Language, id: &str, args: Option<&Args>) -> String {
        // Untracked: a locale is only ever added just before the language (or the second
        // language) switches to it, and that switch is what labels re-render on. Hundreds of
        // labels subscribed to this list too would double the cost of every switch.
        self.loaded.with_untracked(|all| {
            all.iter()
                .find(|m| m.tag() == language.tag)
                .and_then(|m| m.format(id, args))
                .or_else(|| {
                    all.iter()
                        .find(|m| m.tag() == languages::DEFAULT_LANGUAGE)?
                        .format(id, args)
                })
                .unwrap_or_else(|| id.to_owned())
        })
    }

    /// The current language (tracked).
    pub fn language(&self) -> &'static Language {
        self.language.get()
    }

    pub fn language_untracked(&self) -> &'static Language {
        self.language.get_untracked()
    }

    /// The message `id` in the current language (tracked).
    pub fn tr(&self, id: &str) -> String {
        self.tr_with(id, None)
    }

    /// The message `id` with arguments; falls back to another loaded locale, then to the id,
    /// so a missing message shows up rather than leaving a hole.
    pub fn tr_with(&self, id: &str, args: Option<&Args>) -> String {
        self.tr_in(self.language.get(), id, args)
    }

    /// Loads the language if needed, then switches every label to it.
    pub async fn switch_to(&self, language: &'static Language) -> Result<(), String> {
        self.ensure_loaded(language).await?;
        // Setting the same language again would relabel every element for nothing.
        if self.language.get_untracked() != language {
            self.language.set(language);
        }
        Ok(())
    }

    async fn ensure_loaded(&self, language: &'static Language) -> Result<(), String> {
        let present = self
            .loaded
            .with_untracked(|all| all.iter().any(|m| m.tag() == language.tag));
        if !present {
            let messages = loader::load(&language.tag).await?;
            self.loaded.update(|all| all.push(Arc::new(messages)));
        }
        Ok(())
    }
}
