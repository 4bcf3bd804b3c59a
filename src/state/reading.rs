//! Reading a card or the page aloud with the device's voice, one reader at a time: each
//! read-aloud button has an id, and `AppState::reading` says which one speaks.

use super::AppState;
use crate::browser::speech;
use crate::domain::speech::utterances;
use crate::i18n::messages::Args;
use crate::i18n::Language;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long to wait for the device's voice list on the first tap.
const VOICES_WAIT_MS: u32 = 1500;

/// The device has no voice for the language: nothing was read.
pub struct NoVoice;

impl AppState {
    /// Reads the text of `root` in `language` for button `id`, which speaks until the end,
    /// until `stop_reading`, or until another button starts.
    pub async fn read_aloud(
        self,
        id: u32,
        root: web_sys::Element,
        language: &'static Language,
    ) -> Result<(), NoVoice> {
        speech::voices_ready(VOICES_WAIT_MS).await;
        let voice = speech::voice_for(&language.tag).ok_or(NoVoice)?;
        let i18n = self.i18n;
        let range = |from: &str, to: &str| {
            let mut a = Args::new();
            a.set("from", from.to_owned());
            a.set("to", to.to_owned());
            i18n.tr_in(language, "read-aloud-time-range", Some(&a))
        };
        let texts = utterances(&speech::read_parts(root.unchecked_ref()), range);
        self.reading.set(Some(id));
        let reading = self.reading;
        speech::speak(&texts, &language.tag, &voice, move || {
            if reading.get_untracked() == Some(id) {
                reading.set(None);
            }
        });
        Ok(())
    }

    /// Stops button `id` if it is the one speaking.
    pub fn stop_reading(self, id: u32) {
        if self.reading.get_untracked() == Some(id) {
            speech::cancel();
            self.reading.set(None);
        }
    }
}
