//! Plain Rust rules of the app: no web types, no signals, no Fluent.
//! Everything here returns codes and values that the UI puts into words,
//! so every rule runs under plain `cargo test` on the host.

pub mod catalogue;
pub mod dates;
pub mod filter;
pub mod functions;
pub mod hours;
pub mod ics;
pub mod import;
pub mod kiosk;
pub mod map;
pub mod neighbourhoods;
pub mod questions;
pub mod schedule;
pub mod search;
pub mod share;
pub mod speech;
pub mod staff_pin;
pub mod translations;
pub mod unicode;
pub mod urgent;
pub mod validate;

// The feedback contract is a crate of its own, shared with the receiver (`feedback/`).
pub use buurtwijzer_feedback as feedback;
pub use buurtwijzer_feedback::spreadsheet;

/// The language every text has: the network writes in Dutch first.
pub const SOURCE_LANGUAGE: &str = "nl";
