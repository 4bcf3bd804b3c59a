//! Kiosk mode at run time: watches for touch, shows the countdown, resets the tablet for the
//! next family and starts on the attract screen. The rules (when, how long) are in
//! `domain::kiosk`; switching it on and off is in `/staff`, behind the PIN.

use crate::domain::kiosk::{Kiosk, Phase};
use crate::state::AppState;
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
    }
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
                let _ = window().location().assign("/");
            } else {
                // Feedback the device refused lives only in this page: keep the page, reset
                // what a reload would have.
                // (The attract screen takes the page home; see `KioskOverlay`.)
                state.choose_tag(&kiosk.language);
                window().scroll_to_with_x_and_y(0.0, 0.0);
                this.attract.set(true);
                this.phase.set(Phase::Active);
                this.resetting.set_value(false);
            }
        });
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
