//! App-wide state, provided once by context: translations and the device storage.

use crate::i18n::{negotiate, I18n, Language};
use crate::storage::idb::DeviceBackend;
use crate::storage::{keys, Storage};
use leptos::prelude::*;
use leptos::task::spawn_local;

pub type AppStorage = Storage<DeviceBackend>;

#[derive(Clone, Copy)]
pub struct AppState {
    pub i18n: I18n,
    // Local: IndexedDB handles are not `Send`; the value never leaves the browser thread.
    storage: StoredValue<AppStorage, LocalStorage>,
    /// False when IndexedDB could not be opened and choices live only as long as the tab.
    pub storage_persistent: bool,
}

impl AppState {
    pub fn new(i18n: I18n, storage: AppStorage) -> Self {
        let storage_persistent = storage.backend().is_persistent();
        AppState {
            i18n,
            storage: StoredValue::new_local(storage),
            storage_persistent,
        }
    }

    pub fn storage(&self) -> AppStorage {
        self.storage.get_value()
    }

    /// Switches the language without a reload and remembers the choice on the device.
    pub fn choose_language(&self, language: &'static Language) {
        let state = *self;
        spawn_local(async move {
            if state.i18n.switch_to(language).await.is_ok() {
                // A failed write only means the choice is not remembered; the switch stands.
                let _ = state
                    .storage()
                    .set_setting(keys::LANGUAGE, &language.tag)
                    .await;
            }
        });
    }

    /// Same as [`choose_language`](Self::choose_language) for a tag from outside (URL, data).
    pub fn choose_tag(&self, tag: &str) {
        if let Some(language) = negotiate::supported(tag) {
            if language != self.i18n.language_untracked() {
                self.choose_language(language);
            }
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
