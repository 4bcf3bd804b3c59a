//! Kiosk mode at run time: watches for touch, shows the countdown, resets the tablet for the
//! next family and starts on the attract screen. The rules (when, how long) are in
//! `domain::kiosk`; switching it on and off is in `/staff`, behind the PIN.

use crate::domain::kiosk::{stays_inside, Kiosk, Phase};
use crate::state::{AppState, AppStorage};
use crate::storage::keys;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

#[derive(Clone, Copy)]
pub struct KioskState {
    pub settings: RwSignal<Kiosk>,
    pub phase: RwSignal<Phase>,
    /// The "touch to start" screen is showing.
    pub attract: RwSignal<bool>,
    /// A link out of the app the family tapped, shown as a QR code for their phone instead.
    pub outside_link: RwSignal<Option<String>>,
    last_touch: StoredValue<f64>,
    resetting: StoredValue<bool>,
}

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}

/// `<html class="kiosk">`: no pull-to-refresh, no text selection on the attract screen.
fn mark_document(on: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().toggle_with_force("kiosk", on);
        // Also once the setting is read and off: tests (and staff tools) can tell "not a kiosk"
        // from "not read yet".
        let _ = root.set_attribute("data-kiosk", if on { "on" } else { "off" });
    }
}

/// Called before the app mounts: a kiosk page reached with Back or Forward from another
/// document is an earlier family's (`/ask?q=…`), so the tablet goes home instead of showing
/// it. Returns whether it left.
pub async fn leave_if_earlier_family(storage: &AppStorage) -> bool {
    if !came_back_through_history() {
        return false;
    }
    let kiosk: Option<Kiosk> = storage.setting(keys::KIOSK).await.ok().flatten();
    let on = kiosk.is_some_and(|k| k.on);
    if on {
        leave_for_home();
    }
    on
}

/// Whether this page was reached with Back or Forward from another document. In kiosk mode
/// every such page belongs to an earlier family: a reset always starts a new document.
fn came_back_through_history() -> bool {
    let entries = window()
        .performance()
        .map(|p| p.get_entries_by_type("navigation"))
        .unwrap_or_default();
    let kind = js_sys::Reflect::get(&entries.get(0), &"type".into()).unwrap_or_default();
    kind.as_string().as_deref() == Some("back_forward")
}

/// Starts a new document on the home page, replacing the current history entry (so Back
/// cannot return to it), with the screen blanked first so nothing of it shows on the way.
fn leave_for_home() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("kiosk-leaving");
    }
    let _ = window().location().replace("/");
}

/// Asks for full screen; browsers allow it only during a tap, and some never: then nothing.
pub fn request_fullscreen() {
    if let Some(root) = document().document_element() {
        if document().fullscreen_element().is_none() {
            let _ = root.request_fullscreen();
        }
    }
}

impl KioskState {
    pub fn new() -> Self {
        KioskState {
            settings: RwSignal::new(Kiosk::default()),
            phase: RwSignal::new(Phase::Active),
            attract: RwSignal::new(false),
            outside_link: RwSignal::new(None),
            last_touch: StoredValue::new(0.0),
            resetting: StoredValue::new(false),
        }
    }

    /// Reads the setting; a tablet in kiosk mode starts on the attract screen.
    pub fn start(&self, state: AppState) {
        let this = *self;
        spawn_local(async move {
            let stored: Option<Kiosk> = state.storage().setting(keys::KIOSK).await.ok().flatten();
            let kiosk = stored.unwrap_or_default();
            mark_document(kiosk.on);
            this.attract.set(kiosk.on);
            this.settings.set(kiosk);
        });
        for event in ["pointerdown", "keydown", "touchstart", "wheel", "input"] {
            let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || this.touch());
            let _ = window().add_event_listener_with_callback_and_bool(
                event,
                wasm_bindgen::JsCast::unchecked_ref(listener.as_ref()),
                true,
            );
            listener.forget();
        }
        let _ = set_interval_with_handle(move || this.tick(state), Duration::from_millis(250));
        let _ = window_event_listener(leptos::ev::click, move |ev| this.keep_link_inside(&ev));
        // A page restored from the back-forward cache is an earlier family's, as it was.
        let _ = window_event_listener(leptos::ev::pageshow, move |ev| {
            if ev.persisted() && this.settings.get_untracked().on {
                leave_for_home();
            }
        });
    }

    /// In kiosk mode a tap on a link out of the app (a website, WhatsApp, a phone number)
    /// does not leave: the tablet would never reset. The link is offered as a QR code.
    fn keep_link_inside(&self, ev: &web_sys::MouseEvent) {
        use wasm_bindgen::JsCast;
        if !self.settings.get_untracked().on || ev.default_prevented() {
            return;
        }
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(anchor) = anchor else {
            return;
        };
        let href = anchor.href();
        let origin = window().location().origin().unwrap_or_default();
        if !stays_inside(&href, &origin) {
            ev.prevent_default();
            self.outside_link.set(Some(href));
        }
    }

    fn touch(&self) {
        self.last_touch.set_value(now_ms());
        if self.phase.get_untracked() != Phase::Active {
            self.phase.set(Phase::Active);
        }
    }

    fn tick(&self, state: AppState) {
        let kiosk = self.settings.get_untracked();
        // The attract screen is already the clean state: nothing to count down.
        if !kiosk.on || self.attract.get_untracked() {
            return;
        }
        let idle = (now_ms() - self.last_touch.get_value()).max(0.0) as u64;
        let phase = kiosk.phase(idle);
        if phase != self.phase.get_untracked() {
            self.phase.set(phase);
        }
        if phase == Phase::Reset && !self.resetting.get_value() {
            self.resetting.set_value(true);
            self.reset(state, kiosk);
        }
    }

    /// Forgets the family: favourites, language, and — by reloading — every filter, search,
    /// open card, scroll position and unsent text. Outbox records stay (they are anonymous).
    fn reset(&self, state: AppState, kiosk: Kiosk) {
        let this = *self;
        spawn_local(async move {
            // The same forgetting as "clear my data" (staff settings and the outbox stay).
            let storage = state.storage();
            let _ = storage.clear_family_data(false).await;
            state.favourites.set(Default::default());
            let _ = storage.set_setting(keys::LANGUAGE, &kiosk.language).await;
            if state.update_ready.get_untracked() {
                // A good moment to switch versions: nobody is using the tablet.
                crate::browser::updates::apply();
            } else if state.delivery.held.get_untracked() == 0 {
                leave_for_home();
            } else {
                // Feedback the device refused lives only in this page: keep the page, reset
                // what a reload would have.
                // (The attract screen takes the page home; see `KioskOverlay`.)
                crate::browser::history::new_family();
                state.choose_tag(&kiosk.language);
                state.delivery.consent.set(None);
                this.outside_link.set(None);
                window().scroll_to_with_x_and_y(0.0, 0.0);
                this.attract.set(true);
                this.phase.set(Phase::Active);
                this.resetting.set_value(false);
            }
        });
    }

    /// Marks the current history entry as the present family's, so that after a reset that
    /// kept the page Back cannot reach an earlier family's pages (`browser::history`).
    pub fn mark_entry(&self, path: String, search: String) {
        spawn_local(crate::browser::history::mark_entry(path, search));
    }

    /// The next family touched the attract screen.
    pub fn wake(&self) {
        self.touch();
        self.attract.set(false);
        request_fullscreen();
    }

    /// Staff changed the setting (in `/staff`, behind the PIN).
    pub async fn save(&self, state: AppState, kiosk: Kiosk) -> bool {
        let ok = state
            .storage()
            .set_setting(keys::KIOSK, &kiosk)
            .await
            .is_ok();
        mark_document(kiosk.on);
        self.touch();
        self.settings.set(kiosk);
        ok
    }
}
