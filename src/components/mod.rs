//! Reusable pieces of the UI. Thin: they render state and forward taps.

pub mod favourite_button;
pub mod header;
pub mod language_from_url;
pub mod language_picker;
pub mod offer_card;
pub mod offer_facts;
pub mod page;
pub mod pictogram;
pub mod search_box;
pub mod share_qr;
pub mod urgent_help;
pub mod when;
