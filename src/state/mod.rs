//! App-wide state, provided once by context: translations, device storage, the catalogue of
//! the neighbourhood offer and the family's favourites.

mod catalogue;
pub mod delivery;
pub mod files;
pub mod kiosk;
mod reading;
pub mod staff;

pub use crate::browser::clock::local_now;
use crate::domain::catalogue::Catalogue;
use crate::domain::neighbourhoods::{self, Choice, Neighbourhood};
use crate::domain::questions::{self, Questions};
use crate::domain::search::Index;
use crate::domain::translations;
use crate::domain::validate::{self, Issue};
use crate::i18n::{negotiate, I18n, Language};
use crate::storage::idb::DeviceBackend;
use crate::storage::{keys, Storage};
use catalogue::*;
pub use catalogue::{LoadedCatalogue, CATALOGUE_URL, NEIGHBOURHOODS_URL};
use delivery::Delivery;
use kiosk::KioskState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeSet;
use std::sync::Arc;

pub type AppStorage = Storage<DeviceBackend>;

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
    /// The question router, checked against the current catalogue. Fetched only once a page
    /// asks for it (`want_questions`): the home page does without its 17 KB.
    pub questions: RwSignal<Option<Arc<Questions>>>,
    /// Where the catalogue of the neighbourhood in use and its questions are published, once
    /// that is known.
    published_at: RwSignal<Option<(String, String)>>,
    /// A page has asked for the catalogue (every page but home: `pages::lazy_page!`), so it is
    /// fetched and checked; the home page does without it and its checker's chunk.
    catalogue_wanted: RwSignal<bool>,
    /// A page has asked for the questions.
    questions_wanted: RwSignal<bool>,
    /// The language packs put into `questions`.
    questions_languages: StoredValue<BTreeSet<String>>,
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
    /// The neighbourhoods this installation carries, once the index is read.
    pub neighbourhoods: RwSignal<Option<Arc<neighbourhoods::Index>>>,
    /// The neighbourhood in use (its catalogue is `catalogue`).
    pub neighbourhood: RwSignal<Option<Neighbourhood>>,
    /// Whether the pages can show yet, or the neighbourhood picker first.
    pub start: RwSignal<Start>,
    /// Staff preview of an imported catalogue.
    pub preview: RwSignal<Preview>,
}

/// Where start-up is: the pages wait until the app knows whose offer to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// Neither a stored catalogue nor the neighbourhood index has been read yet.
    Reading,
    /// Several neighbourhoods and none chosen yet: the picker shows instead of the pages.
    ChooseNeighbourhood,
    /// A catalogue is there, or the index said which one to use: the pages show.
    Ready,
}

/// Whether staff are looking at an imported catalogue in the real pages before applying it.
#[derive(Clone, Default)]
pub enum Preview {
    #[default]
    Off,
    /// Showing the import; `before` is the catalogue to go back to (none on a first start).
    Showing {
        before: Option<Arc<LoadedCatalogue>>,
    },
}

impl Preview {
    pub fn is_on(&self) -> bool {
        matches!(self, Preview::Showing { .. })
    }
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
        let delivery = Delivery::new(storage.clone(), i18n);
        AppState {
            i18n,
            delivery,
            update_ready: RwSignal::new(false),
            kiosk: KioskState::new(),
            reading: RwSignal::new(None),
            neighbourhoods: RwSignal::new(None),
            neighbourhood: RwSignal::new(None),
            start: RwSignal::new(Start::Reading),
            preview: RwSignal::new(Preview::Off),
            storage: StoredValue::new_local(storage),
            storage_persistent,
            catalogue,
            catalogue_problems: RwSignal::new(Vec::new()),
            catalogue_ready: RwSignal::new(false),
            favourites: RwSignal::new(BTreeSet::new()),
            questions: router,
            published_at: RwSignal::new(None),
            catalogue_wanted: RwSignal::new(false),
            questions_wanted: RwSignal::new(false),
            questions_languages: StoredValue::new(BTreeSet::new()),
            search_index,
        }
    }

    /// Keeps the texts of the languages in use in the catalogue and the questions: when the
    /// family or the interpreter switches language, its packs are fetched and put in. Each
    /// language is fetched only once it is used, so a first visit carries only its own.
    pub fn follow_languages(&self) {
        let state = *self;
        Effect::new(move |_| {
            let langs = content_languages(state.i18n);
            let Some((url, questions_url)) = state.published_at.get() else {
                return;
            };
            if let Some(data) = state.catalogue.get() {
                let missing =
                    missing_languages(&data.catalogue.translations, &data.languages, &langs);
                // A staff preview shows the imported file as it is.
                if !missing.is_empty() && !state.preview.with_untracked(Preview::is_on) {
                    spawn_local(
                        async move { state.add_catalogue_languages(data, &url, missing).await },
                    );
                }
            }
            if let Some(q) = state.questions.get() {
                let missing = state
                    .questions_languages
                    .with_value(|held| missing_languages(&q.translations, held, &langs));
                if !missing.is_empty() {
                    spawn_local(async move {
                        state
                            .add_question_languages(q, &questions_url, missing)
                            .await
                    });
                }
            }
        });
    }

    /// The catalogue in use and its questions with every published language put in, for the
    /// staff's translation work (the app itself holds only the languages in use).
    pub async fn in_every_language(&self) -> Option<(Catalogue, Option<Questions>)> {
        let data = self.catalogue.get_untracked()?;
        let (url, questions_url) = self.published_at.get_untracked().unwrap_or_default();
        fn every(published: &[String]) -> Vec<&str> {
            published.iter().map(String::as_str).collect()
        }
        let mut catalogue = data.catalogue.clone();
        let all = every(&catalogue.translations);
        let missing = missing_languages(&catalogue.translations, &data.languages, &all);
        put_in_packs(&mut catalogue, &url, &missing).await;
        let mut questions = self.questions.get_untracked().map(|q| (*q).clone());
        if let Some(q) = &mut questions {
            let held = self.questions_languages.get_value();
            let missing = missing_languages(&q.translations, &held, &every(&q.translations));
            put_in_packs(q, &questions_url, &missing).await;
        }
        Some((catalogue, questions))
    }

    /// Whether texts in use lack `lang` (tracked). Not while its pack is on its way: the
    /// texts are then about to come, and saying they are missing would only flash.
    pub fn texts_missing_in(&self, lang: &str) -> bool {
        let catalogue = self.catalogue.with(|c| {
            c.as_ref().is_some_and(|c| {
                let pending = c.catalogue.translations.iter().any(|t| t == lang)
                    && !c.languages.contains(lang);
                !pending && !translations::coverage(&c.catalogue, lang).complete()
            })
        });
        catalogue
            || self.questions.with(|q| {
                q.as_ref().is_some_and(|q| {
                    let pending = q.translations.iter().any(|t| t == lang)
                        && !self
                            .questions_languages
                            .with_value(|held| held.contains(lang));
                    !pending && !translations::coverage(&**q, lang).complete()
                })
            })
    }

    async fn add_catalogue_languages(
        &self,
        data: Arc<LoadedCatalogue>,
        url: &str,
        langs: Vec<String>,
    ) {
        let mut catalogue = data.catalogue.clone();
        put_in_packs(&mut catalogue, url, &langs).await;
        // Only into the catalogue it was fetched for: a newer one gets its own packs.
        let current = self
            .catalogue
            .with_untracked(|c| c.as_ref().is_some_and(|c| Arc::ptr_eq(c, &data)));
        if !current {
            return;
        }
        let mut languages = data.languages.clone();
        languages.extend(langs);
        self.catalogue
            .set(Some(LoadedCatalogue::with_languages(catalogue, languages)));
    }

    async fn add_question_languages(&self, q: Arc<Questions>, url: &str, langs: Vec<String>) {
        let mut questions = (*q).clone();
        put_in_packs(&mut questions, url, &langs).await;
        let current = self
            .questions
            .with_untracked(|c| c.as_ref().is_some_and(|c| Arc::ptr_eq(c, &q)));
        if !current {
            return;
        }
        self.questions_languages
            .update_value(|held| held.extend(langs));
        self.questions.set(Some(Arc::new(questions)));
    }

    /// Switches to the new version that waits (`update_ready`): the page reloads into it.
    pub fn apply_update(&self) {
        crate::browser::updates::apply();
    }

    pub fn storage(&self) -> AppStorage {
        self.storage.get_value()
    }

    /// Switches the language without a reload and remembers the choice on the device.
    pub fn choose_language(&self, language: &'static Language) {
        let state = *self;
        spawn_local(async move {
            if state.i18n.switch_to(language).await.is_ok() {
                // Remembered after the relabelled page is painted, not before.
                crate::browser::next_task().await;
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

    /// Loads favourites and the stored catalogue (works offline), then reads which
    /// neighbourhoods there are and asks the network for a newer catalogue of the chosen one,
    /// which replaces the stored one only after it validates.
    pub fn load_data(&self) {
        let state = *self;
        spawn_local(async move {
            let storage = state.storage();
            if let Ok(ids) = storage.favourites().await {
                state.favourites.set(ids.into_iter().collect());
            }
            let chosen: Option<String> = storage.setting(keys::NEIGHBOURHOOD).await.ok().flatten();
            // A staff import on this device wins over the last published catalogue it stored.
            let imported: Option<Catalogue> =
                storage.setting(keys::STAFF_CATALOGUE).await.ok().flatten();
            let stored: Option<Catalogue> = match imported {
                Some(c) => Some(c),
                None => storage.catalogue().await.ok().flatten(),
            };
            if let Some(c) = stored.filter(|c| {
                validate::recheck_stored(c).is_empty()
                    && chosen.as_deref().is_none_or(|id| id == c.neighbourhood.id)
            }) {
                // Tables are made here (in memory, for this visit) only when the stored ones
                // no longer reach far enough. Hours that do not read show as no hours
                // instead of failing the whole catalogue.
                let (c, _) = with_tables(c, None).await;
                state.catalogue.set(Some(LoadedCatalogue::new(c)));
                state.start.set(Start::Ready);
            }
            let index = fetch_text(NEIGHBOURHOODS_URL).await;
            match index.map(|t| neighbourhoods::load(&t)) {
                Some(Ok(index)) => {
                    let index = Arc::new(index);
                    state.neighbourhoods.set(Some(index.clone()));
                    match neighbourhoods::choose(&index, chosen.as_deref()) {
                        Choice::Use(n) => {
                            state.start.set(Start::Ready);
                            state.use_neighbourhood(n.clone(), false).await;
                        }
                        Choice::Ask => {
                            state.catalogue.set(None);
                            state.start.set(Start::ChooseNeighbourhood);
                        }
                    }
                }
                // Offline, or no index published: the single default catalogue.
                _ => {
                    state.start.set(Start::Ready);
                    state
                        .catalogue_known_at(CATALOGUE_URL, neighbourhoods::SHARED_QUESTIONS)
                        .await;
                }
            }
        });
    }

    /// Switches to a neighbourhood (a family's choice, or the only one) and remembers it.
    pub fn choose_neighbourhood(&self, n: Neighbourhood) {
        let state = *self;
        spawn_local(async move {
            let _ = state
                .storage()
                .set_setting(keys::NEIGHBOURHOOD, &n.id)
                .await;
            state.start.set(Start::Ready);
            state.use_neighbourhood(n, true).await;
        });
    }

    async fn use_neighbourhood(&self, n: Neighbourhood, switched: bool) {
        let other = self.catalogue.with_untracked(|c| {
            c.as_ref()
                .is_some_and(|c| c.catalogue.neighbourhood.id != n.id)
        });
        if switched && other {
            self.catalogue.set(None);
            self.catalogue_ready.set(false);
            self.questions.set(None);
        }
        self.neighbourhood.set(Some(n.clone()));
        self.delivery
            .set_published(n.feedback.clone(), Some(n.id.clone()));
        self.catalogue_known_at(&n.catalogue, n.questions_url())
            .await;
    }

    /// For every page that shows the offer: fetches and checks the catalogue if nobody has.
    pub fn want_catalogue(&self) {
        if self.catalogue_wanted.get_untracked() {
            return;
        }
        self.catalogue_wanted.set(true);
        if let Some((url, questions)) = self.published_at.get_untracked() {
            let state = *self;
            spawn_local(async move { state.load_catalogue(&url, &questions).await });
        }
    }

    async fn catalogue_known_at(&self, url: &str, questions: &str) {
        self.published_at
            .set(Some((url.to_owned(), questions.to_owned())));
        if self.catalogue_wanted.get_untracked() {
            self.load_catalogue(url, questions).await;
        }
    }

    async fn load_catalogue(&self, url: &str, questions: &str) {
        self.refresh_catalogue(url).await;
        self.catalogue_ready.set(true);
        if self.questions_wanted.get_untracked() {
            self.load_questions(questions).await;
        }
    }

    /// For the pages that route questions (`/ask`): loads them if nobody has yet.
    pub fn want_questions(&self) {
        if self.questions_wanted.get_untracked() {
            return;
        }
        self.questions_wanted.set(true);
        if let Some((_, questions)) = self.published_at.get_untracked() {
            let state = *self;
            spawn_local(async move { state.load_questions(&questions).await });
        }
    }

    async fn refresh_catalogue(&self, url: &str) {
        let Some(text) = fetch_text(url).await else {
            return; // offline: keep what we have
        };
        let checked = check_catalogue(text).await;
        // Checking and showing a catalogue are two long tasks, not one.
        crate::browser::next_task().await;
        let checked = match checked {
            Ok(fresh) => {
                let current = self.catalogue.get_untracked();
                match with_tables(fresh, current.as_ref().map(|c| &c.catalogue)).await {
                    (fresh, problems) if problems.is_empty() => Ok(fresh),
                    (_, problems) => Err(problems),
                }
            }
            Err(problems) => Err(problems),
        };
        match checked {
            Ok(mut fresh) => {
                // In the family's language from the first paint, not Dutch first.
                let langs = untrack(|| content_languages(self.i18n));
                let wanted = missing_languages(&fresh.translations, &BTreeSet::new(), &langs);
                put_in_packs(&mut fresh, url, &wanted).await;
                let languages = wanted.into_iter().collect();
                let keep = self.catalogue.with_untracked(|c| {
                    c.as_ref().is_some_and(|c| {
                        c.catalogue == fresh
                            // A staff import newer than what is published stays until the
                            // network publishes that (or something newer).
                            || (c.catalogue.neighbourhood.id == fresh.neighbourhood.id
                                && c.catalogue.updated > fresh.updated)
                    })
                });
                if !keep {
                    let _ = self.storage().set_catalogue(&fresh).await;
                    let _ = self.storage().delete_setting(keys::STAFF_CATALOGUE).await;
                    self.catalogue
                        .set(Some(LoadedCatalogue::with_languages(fresh, languages)));
                }
                self.catalogue_problems.set(Vec::new());
            }
            Err(problems) => self.catalogue_problems.set(problems),
        }
    }

    /// Shows an imported catalogue in the real pages without storing it.
    pub fn start_preview(&self, catalogue: Catalogue) {
        if !self.preview.with_untracked(Preview::is_on) {
            let before = self.catalogue.get_untracked();
            self.preview.set(Preview::Showing { before });
        }
        let state = *self;
        spawn_local(async move {
            let (catalogue, _) = with_tables(catalogue, None).await;
            state.catalogue.set(Some(LoadedCatalogue::new(catalogue)));
        });
    }

    /// Back to the catalogue in use before the preview.
    pub fn end_preview(&self) {
        if let Preview::Showing { before } = self.preview.get_untracked() {
            self.catalogue.set(before);
            self.preview.set(Preview::Off);
        }
    }

    /// Replaces the offer on this device with a staff import (validated by the caller).
    pub async fn apply_import(&self, catalogue: Catalogue) -> Result<(), ()> {
        let (catalogue, _) = with_tables(catalogue, None).await;
        self.storage()
            .set_setting(keys::STAFF_CATALOGUE, &catalogue)
            .await
            .map_err(|_| ())?;
        self.preview.set(Preview::Off);
        self.catalogue.set(Some(LoadedCatalogue::new(catalogue)));
        Ok(())
    }

    async fn load_questions(&self, url: &str) {
        let Some(data) = self.catalogue.get_untracked() else {
            return;
        };
        let Some(text) = fetch_text(url).await else {
            return;
        };
        let checked = check_questions(text, data).await;
        crate::browser::next_task().await;
        match checked {
            Ok(mut q) => {
                let langs = untrack(|| content_languages(self.i18n));
                let wanted = missing_languages(&q.translations, &BTreeSet::new(), &langs);
                put_in_packs(&mut q, url, &wanted).await;
                self.questions_languages
                    .set_value(wanted.into_iter().collect());
                self.questions.set(Some(Arc::new(q)));
            }
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
