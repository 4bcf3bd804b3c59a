//! The service worker and the "new version" flow: a new build installs in the background and
//! waits; `ready` turns true, the page shows "new version", and only a tap switches
//! (`apply`), so nothing changes under a family mid-task.

use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// How often a long-running page (the waiting-room tablet) asks for a new version.
const CHECK_EVERY: Duration = Duration::from_secs(30 * 60);

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    // Absent on plain-http origins other than localhost: the app then simply runs online.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers `/sw.js` and sets `ready` when a new version is installed and waiting.
pub fn register(ready: RwSignal<bool>) {
    let Some(container) = container() else {
        return;
    };
    let promise = container.register("/sw.js");
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        // Some hosts (automation that blocks workers) resolve without a registration.
        if !registration.is_object() {
            return;
        }
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A first install has no controller yet: that is not an update.
        let controlled = || self::container().and_then(|c| c.controller()).is_some();
        if registration.waiting().is_some() && controlled() {
            ready.set(true);
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        let _ = set_interval_with_handle(
            move || {
                let _ = registration.update();
            },
            CHECK_EVERY,
        );
    });
}

/// Lets the waiting version take over, then reloads into it.
pub fn apply() {
    let Some(container) = container() else {
        return;
    };
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Some(waiting) = registration
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        else {
            return;
        };
        let reload = Closure::once_into_js(|| {
            let _ = window().location().reload();
        });
        container.set_oncontrollerchange(Some(reload.unchecked_ref()));
        let _ = waiting.post_message(&"skip-waiting".into());
    });
}
