//! Reusable pieces of the UI. Thin: they render state and forward taps.

pub mod compass;
pub mod favourite_button;
pub mod footer;
pub mod free_text;
pub mod header;
pub mod interpreter;
pub mod kiosk_overlay;
pub mod language_from_url;
pub mod language_picker;
pub mod msg;
pub mod neighbourhood_picker;
pub mod offer_card;
pub mod offer_facts;
pub mod page;
pub mod pictogram;
pub mod print_sheet;
pub mod rate_offer;
pub mod read_aloud;
pub mod sample_notice;
pub mod search_box;
pub mod share_qr;
pub mod thanks;
pub mod untranslated;
pub mod urgent_help;
pub mod when;
pub mod you_said_we_did;
