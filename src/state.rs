//! App-wide state, provided once by context: translations, device storage, the catalogue of
//! the neighbourhood offer and the family's favourites.

use crate::delivery::Delivery;
use crate::domain::catalogue::Catalogue;
use crate::domain::questions::{self, Questions};
use crate::domain::schedule::Schedules;
use crate::domain::search::Index;
use crate::domain::validate::{self, Issue};
use crate::i18n::{negotiate, I18n, Language};
use crate::kiosk::KioskState;
use crate::storage::idb::DeviceBackend;
use crate::storage::{keys, Storage};
use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeSet;
use std::sync::Arc;

pub type AppStorage = Storage<DeviceBackend>;

/// Where the published catalogue is fetched from.
pub const CATALOGUE_URL: &str = "/data/catalogue.json";

/// Where the question router is fetched from.
pub const QUESTIONS_URL: &str = "/data/questions.json";

/// A validated catalogue with its parsed opening hours.

pub struct LoadedCatalogue {
    pub catalogue: Catalogue,
    pub schedules: Schedules,
}

impl LoadedCatalogue {
    pub fn new(catalogue: Catalogue) -> Arc<Self> {
        let schedules = Schedules::new(&catalogue);
        Arc::new(LoadedCatalogue {
            catalogue,
            schedules,
        })
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub i18n: I18n,
    // Local: IndexedDB handles are not `Send`; the value never leaves the browser thread.
    storage: StoredValue<AppStorage, LocalStorage>,
    /// False when IndexedDB could not be opened and choices live only as long as the tab.
    pub storage_persistent: bool,
    pub catalogue: RwSignal<Option<Arc<LoadedCatalogue>>>,
    /// Problems of the last published catalogue that was refused (the previous one stays).
    pub catalogue_problems: RwSignal<Vec<Issue>>,
    /// True once loading finished, with or without a catalogue.
    pub catalogue_ready: RwSignal<bool>,
    pub favourites: RwSignal<BTreeSet<String>>,
    /// The question router, checked against the current catalogue.
    pub questions: RwSignal<Option<Arc<Questions>>>,
    /// The search index over questions and offers: one for the app, built lazily on the first
    /// search and again only when the catalogue or the questions change (not per page visit).
    pub search_index: Memo<Option<Arc<Index>>>,
    /// The feedback outbox and its delivery to the staff's endpoint.
    pub delivery: Delivery,
    /// A new version of the app is installed and waits for a tap.
    pub update_ready: RwSignal<bool>,
    /// Kiosk mode for the shared waiting-room tablet.
    pub kiosk: KioskState,
    /// Which read-aloud button is speaking now, if any (one at a time).
    pub reading: RwSignal<Option<u32>>,
}

impl AppState {
    pub fn new(i18n: I18n, storage: AppStorage) -> Self {
        let storage_persistent = storage.backend().is_persistent();
        let catalogue = RwSignal::new(None::<Arc<LoadedCatalogue>>);
        let router = RwSignal::new(None::<Arc<Questions>>);
        let search_index = Memo::new_with_compare(
            move |_| {
                let data = catalogue.get()?;
                let q = router.get();
                Some(Arc::new(questions::search_index(
                    &data.catalogue,
                    q.as_deref(),
                )))
            },
            // A rebuilt index is always new; comparing contents would cost a rebuild's time.
            |_, _| true,
        );
        let delivery = Delivery::new(storage.clone());
        AppState {
            i18n,
            delivery,
            update_ready: RwSignal::new(false),
            kiosk: KioskState::new(),
            reading: RwSignal::new(None),
            storage: StoredValue::new_local(storage),
            storage_persistent,
            catalogue,
            catalogue_problems: RwSignal::new(Vec::new()),
            catalogue_ready: RwSignal::new(false),
            favourites: RwSignal::new(BTreeSet::new()),
            questions: router,
            search_index,
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

    /// Sets the staff's language of the interpreter view and remembers it on the device.
    pub fn choose_staff_language(&self, language: &'static Language) {
        let state = *self;
        spawn_local(async move {
            if state.i18n.set_staff_language(language).await.is_ok() {
                let _ = state
                    .storage()
                    .set_setting(keys::STAFF_LANGUAGE, &language.tag)
                    .await;
            }
        });
    }

    /// Swaps the family's and the staff's language of the interpreter view.
    pub fn swap_languages(&self) {
        let family = self.i18n.language_untracked();
        let staff = self.i18n.staff_language_untracked();
        self.choose_staff_language(family);
        self.choose_language(staff);
    }

    /// Same as [`choose_language`](Self::choose_language) for a tag from outside (URL, data).
    pub fn choose_tag(&self, tag: &str) {
        if let Some(language) = negotiate::supported(tag) {
            if language != self.i18n.language_untracked() {
                self.choose_language(language);
            }
        }
    }

    /// Loads favourites and the stored catalogue (works offline), then asks the network for a
    /// newer catalogue, which replaces the stored one only after it validates.
    pub fn load_data(&self) {
        let state = *self;
        spawn_local(async move {
            let storage = state.storage();
            if let Ok(ids) = storage.favourites().await {
                state.favourites.set(ids.into_iter().collect());
            }
            let stored: Option<Catalogue> = storage.catalogue().await.ok().flatten();
            if let Some(c) = stored.filter(|c| validate::validate(c).is_empty()) {
                state.catalogue.set(Some(LoadedCatalogue::new(c)));
            }
            state.refresh_catalogue().await;
            state.catalogue_ready.set(true);
            state.load_questions().await;
        });
    }

    async fn refresh_catalogue(&self) {
        let Ok(response) = gloo_net::http::Request::get(CATALOGUE_URL).send().await else {
            return; // offline: keep what we have
        };
        if !response.ok() {
            return;
        }
        let Ok(text) = response.text().await else {
            return;
        };
        match validate::load(&text) {
            Ok(fresh) => {
                let same = self
                    .catalogue
                    .with_untracked(|c| c.as_ref().is_some_and(|c| c.catalogue == fresh));
                if !same {
                    let _ = self.storage().set_catalogue(&fresh).await;
                    self.catalogue.set(Some(LoadedCatalogue::new(fresh)));
                }
                self.catalogue_problems.set(Vec::new());
            }
            Err(problems) => self.catalogue_problems.set(problems),
        }
    }

    async fn load_questions(&self) {
        let Some(data) = self.catalogue.get_untracked() else {
            return;
        };
        let Ok(response) = gloo_net::http::Request::get(QUESTIONS_URL).send().await else {
            return;
        };
        let Ok(text) = response.text().await else {
            return;
        };
        match questions::load(&text, &data.catalogue) {
            Ok(q) => self.questions.set(Some(Arc::new(q))),
            Err(problems) => self.catalogue_problems.update(|p| p.extend(problems)),
        }
    }

    pub fn toggle_favourite(&self, offer_id: String) {
        let state = *self;
        let on = !self.favourites.with_untracked(|f| f.contains(&offer_id));
        self.favourites.update(|f| {
            if on {
                f.insert(offer_id.clone());
            } else {
                f.remove(&offer_id);
            }
        });
        spawn_local(async move {
            let _ = state.storage().set_favourite(&offer_id, on).await;
        });
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The device's local date and time (what "open now" means to the family holding it).
pub fn local_now() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .and_then(|day| day.and_hms_opt(d.get_hours(), d.get_minutes(), d.get_seconds()))
        .unwrap_or_default()
}

/// `local_now()` as stored in records: ISO 8601 without zone, to the second.
pub fn now_text() -> String {
    local_now().format("%Y-%m-%dT%H:%M:%S").to_string()
}
