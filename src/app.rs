//! Start-up and the route table.

use crate::components::msg::Msg;
use crate::components::neighbourhood_picker::NeighbourhoodPicker;
use crate::components::{
    footer::Footer, header::Header, kiosk_overlay::KioskOverlay, language_from_url::LanguageFromUrl,
};
use crate::i18n::{self, loader, negotiate, I18n};
use crate::pages;
use crate::state::{AppState, Start};
use crate::storage::{idb::DeviceBackend, keys, Storage};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy};

/// Opens storage, picks the language, loads its messages, then mounts the app.
/// The first paint waits for one small `.ftl` fetch so no raw message ids flash by.
pub fn start() {
    // Leptos' own executor starts with the mount, so the boot future runs on wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async {
        crate::browser::mark_app_started();
        let (backend, _storage_error) = DeviceBackend::open().await;
        let storage = Storage::new(backend);
        if crate::state::kiosk::leave_if_earlier_family(&storage).await {
            return;
        }
        crate::browser::history::guard();

        let url_lang = url_language();
        let stored: Option<String> = storage.setting(keys::LANGUAGE).await.ok().flatten();
        let browser = browser_languages();
        let candidates = url_lang
            .iter()
            .chain(stored.iter())
            .chain(browser.iter())
            .map(String::as_str);
        let mut language = negotiate::negotiate(candidates);

        if url_lang.as_deref().and_then(negotiate::supported) == Some(language) {
            let _ = storage.set_setting(keys::LANGUAGE, &language.tag).await;
        }

        let mut messages = loader::load(&language.tag).await.ok();
        if messages.is_none() && language.tag != i18n::DEFAULT_LANGUAGE {
            // The chosen locale could not be fetched (offline before it was cached): use Dutch.
            language = i18n::languages::default_language();
            messages = loader::load(&language.tag).await.ok();
        }

        let i18n = I18n::new(language, messages);
        let staff_language: Option<String> =
            storage.setting(keys::STAFF_LANGUAGE).await.ok().flatten();
        if let Some(l) = staff_language.as_deref().and_then(i18n::languages::find) {
            i18n.preset_staff_language(l);
        }
        // Parsing the locale and building the first screen are each a long task on a slow phone.
        crate::browser::next_task().await;
        leptos::mount::mount_to_body(move || view! { <App state=AppState::new(i18n, storage) /> });
    });
}

/// Offline after the first visit: the service worker caches the whole app (see src/sw.template.js).
fn url_language() -> Option<String> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("lang")
}

fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Earlier versions kept the staff token and the network's records in plain text.
fn forget_legacy_secrets(state: AppState) {
    leptos::task::spawn_local(async move {
        for key in keys::LEGACY_SECRETS {
            let _ = state.storage().delete_setting(key).await;
        }
    });
}

#[component]
fn App(state: AppState) -> impl IntoView {
    provide_context(state);
    crate::components::msg::provide_labels();
    state.load_data();
    state.follow_languages();
    state.delivery.start(state.storage());
    forget_legacy_secrets(state);
    crate::browser::updates::register(state.update_ready);
    state.kiosk.start(state);
    let i18n = state.i18n;

    // <html lang dir> and the document title always follow the current language.
    Effect::new(move || {
        let language = i18n.language();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", &language.tag);
            let _ = root.set_attribute("dir", language.dir.as_str());
        }
        document().set_title(&i18n.tr("app-name"));
    });

    view! {
        <Router>
            <LanguageFromUrl />
            <a class="skip-link" href="#main"><Msg id="skip-to-content" /></a>
            <Header />
            // A first start with several neighbourhoods asks which one before any page.
            <Show when=move || state.start.get() != Start::Reading>
            <Show
                when=move || state.start.get() != Start::ChooseNeighbourhood
                fallback=|| view! { <NeighbourhoodPicker /> }
            >
            <Routes fallback=pages::not_found::NotFound>
                <Route path=path!("/") view=pages::home::Home />
                <Route path=path!("/offers") view={Lazy::<pages::OffersRoute>::new()} />
                <Route path=path!("/offers/:id") view={Lazy::<pages::OfferRoute>::new()} />
                <Route path=path!("/favourites") view={Lazy::<pages::FavouritesRoute>::new()} />
                <Route path=path!("/agenda") view={Lazy::<pages::AgendaRoute>::new()} />
                <Route path=path!("/map") view={Lazy::<pages::MapRoute>::new()} />
                <Route path=path!("/ask") view={Lazy::<pages::AskRoute>::new()} />
                <Route path=path!("/feedback") view={Lazy::<pages::FeedbackRoute>::new()} />
                <Route path=path!("/handover") view={Lazy::<pages::HandoverRoute>::new()} />
                <Route path=path!("/check") view={Lazy::<pages::CheckRoute>::new()} />
                <Route path=path!("/staff") view={Lazy::<pages::StaffRoute>::new()} />
                <Route path=path!("/settings") view={Lazy::<pages::SettingsRoute>::new()} />
            </Routes>
            </Show>
            // With the page, not before it: a footer drawn first would jump down (layout shift).
            <Footer />
            </Show>
            <KioskOverlay />
        </Router>
    }
}
