//! The staff PIN, kept only as a salted PBKDF2-SHA-256 hash computed by Web Crypto (native
//! speed, nothing added to the wasm). Comparing and the stored shape live in
//! `domain::staff_pin`.

use crate::domain::staff_pin::{to_hex, StoredPin, ITERATIONS};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn subtle() -> Result<web_sys::SubtleCrypto, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    Ok(window.crypto()?.subtle())
}

/// PBKDF2-HMAC-SHA-256 of `pin` with `salt`, 32 bytes.
pub async fn derive(pin: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, JsValue> {
    let subtle = subtle()?;
    let usages = js_sys::Array::of1(&"deriveBits".into());
    let key_data = js_sys::Uint8Array::from(pin.as_bytes());
    let key =
        JsFuture::from(subtle.import_key_with_str("raw", &key_data, "PBKDF2", false, &usages)?)
            .await?;
    let salt = js_sys::Uint8Array::from(salt);
    let params = web_sys::Pbkdf2Params::new("PBKDF2", &"SHA-256".into(), iterations, &salt);
    let bits =
        JsFuture::from(subtle.derive_bits_with_object(&params, key.unchecked_ref(), 256)?).await?;
    Ok(js_sys::Uint8Array::new(&bits).to_vec())
}

/// A new stored PIN with a fresh random salt.
pub async fn create(pin: &str) -> Result<StoredPin, JsValue> {
    let mut salt = [0u8; 16];
    web_sys::window()
        .ok_or("no window")?
        .crypto()?
        .get_random_values_with_u8_array(&mut salt)?;
    let hash = derive(pin, &salt, ITERATIONS).await?;
    Ok(StoredPin {
        salt: to_hex(&salt),
        iterations: ITERATIONS,
        hash: to_hex(&hash),
    })
}

/// True when `pin` matches the stored hash.
pub async fn verify(stored: &StoredPin, pin: &str) -> Result<bool, JsValue> {
    let salt = stored.salt_bytes().ok_or("bad salt")?;
    let hash = derive(pin, &salt, stored.iterations).await?;
    Ok(stored.matches(&hash))
}
