//! Thin wrappers over browser APIs the app needs beyond rendering: the clock, random ids,
//! every request (`http`), file downloads, PIN hashing (Web Crypto), sending the outbox and
//! the service worker's update flow. No app rules here.

pub mod clock;
pub mod download;
pub mod history;
pub mod http;
pub mod pin;
pub mod send;
pub mod speech;
pub mod updates;

/// Ends the current task and resumes in a new one, so the browser can paint and answer a tap
/// between two long pieces of start-up work (on a cheap phone a long task is a frozen screen).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resumes after `ms` milliseconds (a timer task, so the page stays responsive meanwhile).
pub async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A random v4 UUID from the browser's CSPRNG (`crypto.randomUUID`, secure contexts), with
/// `getRandomValues` as the fallback for plain-http LAN tablets. Ids are not secrets, only
/// keys that must not collide: a browser with neither still gets time plus `Math.random`,
/// never the all-zero id every such device would share.
pub fn random_id() -> String {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    if let Some(c) = &crypto {
        let f = js_sys::Reflect::get(c, &"randomUUID".into()).unwrap_or_default();
        if f.is_function() {
            return c.random_uuid();
        }
    }
    let mut bytes = [0u8; 16];
    let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        bytes[..8].copy_from_slice(&(js_sys::Date::now() as u64).to_be_bytes());
        for b in &mut bytes[8..] {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Tells index.html's loader that the app has run in this browser, so `/` starts it at once
/// from now on instead of showing the HTML home page alone (the first visit, scripts/shell.mjs).
/// A device flag, not the family's: "clear my data" keeps it, as it keeps the service worker.
pub fn mark_app_started() {
    if let Some(store) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = store.set_item("buurtwijzer:started", "1");
    }
}
