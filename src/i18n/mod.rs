//! Languages and translated text.
//!
//! The pure parts (language list, negotiation, Fluent formatting) build on the host and are
//! tested there; fetching `.ftl` files and the reactive wrapper live in the wasm-only modules.

pub mod languages;
pub mod messages;
pub mod negotiate;

#[cfg(target_arch = "wasm32")]
pub mod loader;
#[cfg(target_arch = "wasm32")]
mod reactive;
#[cfg(target_arch = "wasm32")]
pub use reactive::I18n;

pub use languages::{Direction, Language, DEFAULT_LANGUAGE};
pub use messages::Messages;

/// The `.ftl` files every locale folder holds, one per feature. A locale is the union of them.
pub const FTL_FILES: &[&str] = &[
    "app.ftl",
    "home.ftl",
    "offers.ftl",
    "pages.ftl",
    "feedback.ftl",
    "staff.ftl",
];
