//! The staff area's gate: this device's PIN, and the network's setup code without which no
//! PIN can be chosen (so the first visitor to `/staff` of a fresh or wiped device cannot make
//! the area theirs). Wrong PINs and wrong setup codes count toward one back-off, kept on the
//! device so a reload does not reset it.

use super::catalogue::{fetch_text, NEIGHBOURHOODS_URL};
use super::AppState;
use crate::browser::pin;
use crate::domain::neighbourhoods;
use crate::domain::staff_pin::{normalise_setup_code, Attempts, PublishedSetup, StoredPin};
use crate::storage::keys;
use leptos::prelude::*;
use std::future::Future;

/// What a typed PIN or setup code met: right, wrong, or the back-off (seconds still to wait).
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum PinCheck {
    Right,
    Wrong,
    Wait(u64),
}

/// Whether this device has a PIN (an unreadable store counts as none: the setup code is then
/// asked for, which only staff have).
pub async fn has_pin(state: AppState) -> bool {
    stored_pin(state).await.is_some()
}

async fn stored_pin(state: AppState) -> Option<StoredPin> {
    state
        .storage()
        .setting(keys::STAFF_PIN)
        .await
        .ok()
        .flatten()
}

/// The network's published setup, when the index has a sound one. Read from the index the app
/// already loaded, else fetched (the service worker has it offline).
pub async fn published_setup(state: AppState) -> Option<PublishedSetup> {
    let setup = match state.neighbourhoods.get_untracked() {
        Some(index) => index.staff_setup.clone(),
        None => {
            let text = fetch_text(NEIGHBOURHOODS_URL).await?;
            neighbourhoods::load(&text).ok()?.staff_setup
        }
    };
    setup.filter(|s| s.usable().is_some())
}

/// Checks a PIN against this device's stored hash.
pub async fn check_pin(state: AppState, typed: &str) -> PinCheck {
    counted(state, async {
        match stored_pin(state).await {
            Some(stored) => pin::verify(&stored, typed).await.unwrap_or(false),
            None => false,
        }
    })
    .await
}

/// Checks a typed setup code against the published hash.
pub async fn check_setup_code(state: AppState, setup: &PublishedSetup, typed: &str) -> PinCheck {
    let code = normalise_setup_code(typed);
    counted(state, async {
        match setup.usable() {
            Some(hash) if !code.is_empty() => pin::verify(&hash, &code).await.unwrap_or(false),
            _ => false,
        }
    })
    .await
}

/// Stores a new PIN (already checked by `staff_pin::check_new`); false if it could not be kept.
pub async fn save_pin(state: AppState, new_pin: &str) -> bool {
    match pin::create(new_pin).await {
        Ok(stored) => state
            .storage()
            .set_setting(keys::STAFF_PIN, &stored)
            .await
            .is_ok(),
        Err(_) => false,
    }
}

/// Runs `check` unless the back-off says wait, and counts a wrong answer: after
/// `staff_pin::FREE_TRIES` in a row each further try waits longer.
async fn counted(state: AppState, check: impl Future<Output = bool>) -> PinCheck {
    let storage = state.storage();
    let now = js_sys::Date::now() as u64;
    let attempts: Attempts = storage
        .setting(keys::PIN_ATTEMPTS)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    let wait = attempts.wait_s(now);
    if wait > 0 {
        return PinCheck::Wait(wait);
    }
    if check.await {
        let _ = storage.delete_setting(keys::PIN_ATTEMPTS).await;
        return PinCheck::Right;
    }
    let next = attempts.failed(now);
    let _ = storage.set_setting(keys::PIN_ATTEMPTS, &next).await;
    match next.wait_s(now) {
        0 => PinCheck::Wrong,
        wait => PinCheck::Wait(wait),
    }
}
