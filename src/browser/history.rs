//! Which family a history entry belongs to, for the kiosk. A reset that keeps the page
//! (feedback the device could not store lives only in it) cannot start a new document, so
//! Back could still reach the earlier family's pages in this one. After such a reset every
//! entry the new family makes is tagged in `history.state`; a Back or Forward onto an entry
//! without this family's tag is turned into a step forward before the router sees it.

use std::sync::atomic::{AtomicU32, Ordering::Relaxed};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The families this document has served since it loaded: 0 until the first in-page reset.
static FAMILY: AtomicU32 = AtomicU32::new(0);
const KEY: &str = "bwFamily";

/// A new family starts in this document: every entry so far belongs to earlier ones.
pub fn new_family() {
    FAMILY.fetch_add(1, Relaxed);
}

/// Tags the entry of `path` and `search` (without `?`) as the present family's once the
/// address bar shows it: the router writes a new entry only when its page is ready, after its
/// location has changed, and the entry shown until then is still the earlier one. A later call
/// takes over from one still waiting.
pub async fn mark_entry(path: String, search: String) {
    if FAMILY.load(Relaxed) == 0 {
        return;
    }
    let call = CALLS.fetch_add(1, Relaxed) + 1;
    // A lazy page may wait for its chunk: 10 s at most.
    for _ in 0..200 {
        if CALLS.load(Relaxed) != call {
            return;
        }
        if shown() == Some((path.clone(), search.clone())) {
            tag_current();
            return;
        }
        super::wait_ms(50).await;
    }
}

static CALLS: AtomicU32 = AtomicU32::new(0);

/// The address bar's path and search (without `?`).
fn shown() -> Option<(String, String)> {
    let location = web_sys::window()?.location();
    let search = location.search().ok()?;
    Some((
        location.pathname().ok()?,
        search.trim_start_matches('?').to_owned(),
    ))
}

fn tag_current() {
    let family = FAMILY.load(Relaxed);
    if entry_family() == Some(family) {
        return;
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &KEY.into(), &family.into());
    let _ = history.replace_state(&state, "");
}

fn entry_family() -> Option<u32> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    let family = js_sys::Reflect::get(&state, &KEY.into()).ok()?.as_f64()?;
    Some(family as u32)
}

/// Installed before the app mounts, so it runs before the router's own `popstate` listener
/// and can stop it.
pub fn guard() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_pop = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        let family = FAMILY.load(Relaxed);
        if family > 0 && entry_family() != Some(family) {
            event.stop_immediate_propagation();
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.forward();
            }
        }
    });
    let _ = window.add_event_listener_with_callback_and_bool(
        "popstate",
        on_pop.as_ref().unchecked_ref(),
        true,
    );
    // Lives as long as the document.
    on_pop.forget();
}
