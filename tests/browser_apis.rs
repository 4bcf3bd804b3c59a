//! Browser APIs the app leans on instead of carrying its own code (headless Chromium): the staff
//! PIN hash through Web Crypto (PBKDF2-HMAC-SHA-256 against published test vectors, a stored PIN
//! that verifies only with the right digits, the sample setup code against the sample index),
//! and search folding through `String.prototype.normalize`, held to the same table as the host
//! implementation.
#![cfg(target_arch = "wasm32")]

use buurtwijzer::browser::pin;
use buurtwijzer::domain::staff_pin::{normalise_setup_code, to_hex};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/fold_cases.rs"]
mod fold_cases;

#[wasm_bindgen_test]
fn search_folding_in_the_browser_matches_the_host_table() {
    for (text, folded) in fold_cases::FOLD_CASES {
        assert_eq!(buurtwijzer::domain::search::fold(text), *folded, "{text}");
    }
}

#[wasm_bindgen_test]
async fn pbkdf2_sha256_matches_the_published_vectors() {
    // RFC 7914 §11 / RFC 6070-style vectors for PBKDF2-HMAC-SHA-256, 32-byte output.
    let one = pin::derive("password", b"salt", 1).await.unwrap();
    assert_eq!(
        to_hex(&one),
        "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"
    );
    let many = pin::derive("password", b"salt", 4096).await.unwrap();
    assert_eq!(
        to_hex(&many),
        "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"
    );
}

#[wasm_bindgen_test]
async fn a_stored_pin_is_salted_and_verifies_only_with_the_right_digits() {
    let a = pin::create("246810").await.unwrap();
    let b = pin::create("246810").await.unwrap();
    assert_ne!(a.salt, b.salt, "a fresh salt each time");
    assert_ne!(a.hash, b.hash, "so the same PIN hashes differently");
    assert!(!a.hash.contains("246810"));
    assert!(pin::verify(&a, "246810").await.unwrap());
    assert!(!pin::verify(&a, "246811").await.unwrap());
    assert!(!matches!(pin::verify(&a, "").await, Ok(true)));
}

/// The code printed in docs/deploying.md for the sample deployment, as staff would type it.
const SAMPLE_SETUP_CODE: &str = "zbsd-yze9-ecb4-prec-ence";

#[wasm_bindgen_test]
async fn the_sample_setup_code_matches_what_the_sample_index_publishes() {
    let index = buurtwijzer::domain::neighbourhoods::load(include_str!(
        "../public/data/neighbourhoods.json"
    ))
    .unwrap();
    let published = index.staff_setup.unwrap().usable().unwrap();
    let typed = normalise_setup_code(SAMPLE_SETUP_CODE);
    assert!(pin::verify(&published, &typed).await.unwrap());
    // One character off, or the code as typed before normalising, does not match.
    let off = typed.replacen('Z', "Y", 1);
    assert!(!pin::verify(&published, &off).await.unwrap());
    assert!(!pin::verify(&published, SAMPLE_SETUP_CODE).await.unwrap());
}
