//! Buurtwijzer: the neighbourhood guide for children and families.
//!
//! Imports run one way: pages → components → state → storage → domain
//! (pages and components also use i18n). `domain`, `i18n` (but its loader) and `storage`
//! (but IndexedDB) build on the host, so `cargo test` checks every rule without a browser.

pub mod domain;
pub mod i18n;
pub mod storage;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(target_arch = "wasm32")]
pub use app::start;
