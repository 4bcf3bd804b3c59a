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
}

impl I18n {
    pub fn new(language: &'static Language, messages: Option<Messages>) -> Self {
        I18n {
            language: RwSignal::new(language),
            loaded: RwSignal::new(messages.into_iter().map(Arc::new).collect()),
        }
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
        let tag = &self.language.get().tag;
        self.loaded.with(|all| {
            all.iter()
                .find(|m| m.tag() == tag)
                .and_then(|m| m.format(id, args))
                .or_else(|| {
                    all.iter()
                        .find(|m| m.tag() == languages::DEFAULT_LANGUAGE)?
                        .format(id, args)
                })
                .unwrap_or_else(|| id.to_owned())
        })
    }

    /// Loads the language if needed, then switches every label to it.
    pub async fn switch_to(&self, language: &'static Language) -> Result<(), String> {
        let present = self
            .loaded
            .with_untracked(|all| all.iter().any(|m| m.tag() == language.tag));
        if !present {
            let messages = loader::load(&language.tag).await?;
            self.loaded.update(|all| all.push(Arc::new(messages)));
        }
        self.language.set(language);
        Ok(())
    }
}
