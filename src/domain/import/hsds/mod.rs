//! Open Referral HSDS 3.x JSON in and out.
//!
//! # Shape
//!
//! One shape, read and written: the nested form an HSDS 3 API gives for full organizations
//! (`/organizations?full_service=true`), so a social-map system can hand over one file:
//!
//! ```text
//! { "version": "3.0",
//!   "organizations": [ { organization, "services": [ { service,
//!       "phones": [..], "languages": [..], "cost_options": [..], "required_documents": [..],
//!       "schedules": [..], "service_at_locations": [ { "location": { location,
//!           "addresses": [..] } } ], "x_buurtwijzer": { .. } } ] } ] }
//! ```
//!
//! `version` must be `3.x` (one digit). Ids may be any non-empty string (the standard wants
//! UUIDs; the network's own ids are readable slugs and stay so). Fields HSDS has and the app
//! does not use are ignored on import.
//!
//! # Mapping (offer field ← HSDS field)
//!
//! | offer                  | HSDS                                                        |
//! |------------------------|-------------------------------------------------------------|
//! | `id`, `organization`   | `service.id`, `service.organization_id` (else the parent)   |
//! | `name`, `description`  | `service.name`, `service.description` (Dutch)               |
//! | `contact.website`      | `service.url`                                               |
//! | `contact.email`        | `service.email`                                             |
//! | `contact.phone`        | first `phone.number` of type voice or cell (or untyped)     |
//! | `languages`            | `language.code` (BCP 47)                                    |
//! | `cost.free`            | a `cost_option` with `amount` 0                             |
//! | `cost.price`           | `service.fees_description` (Dutch)                          |
//! | `bring`                | first `required_document.document` (Dutch)                 |
//! | `opening_hours`        | `schedule.x_opening_hours` (OpenStreetMap expression)       |
//! | `activity`             | `schedule.freq` (`WEEKLY`/`MONTHLY`, `interval` 1), `byday` (`TU`, `2TU`, `-1SA`), `dtstart`, `until`, `opens_at`, `closes_at` (`HH:MM`) |
//! | `location`             | first `service_at_location.location`: `latitude`, `longitude`, first physical `address` (`address_1`[, `address_2`], `postal_code` `city`) |
//! | organization           | `organization.id`, `name` (Dutch), `website`                |
//!
//! Services whose `status` is other than `active` are left out: families should not find
//! them. Only one location, phone, opening-hours schedule and activity schedule per service
//! is read, because an offer has one of each.
//!
//! # The `x_buurtwijzer` extension
//!
//! HSDS has one text per field and nothing for the network's own facts, so each service (and
//! organization) carries an extension object. Main fields hold Dutch, the source language
//! every text has; the extension holds the other languages as `{tag: text}` maps, so any
//! HSDS tool still shows a complete Dutch record:
//!
//! ```text
//! "x_buurtwijzer": { "name": {"en": ..}, "description": {..}, "fees_description": {..},
//!   "bring": {..}, "functions": [..], "ages": [..], "how": "walk-in|appointment|both",
//!   "interpreter": bool, "income_related": bool, "uitpas": bool, "pram": bool,
//!   "wheelchair": bool, "whatsapp": "+32 .." }
//! ```
//!
//! `functions`, `ages`, `how`, `pram` and `wheelchair` are required; the other flags default
//! to false. An organization's extension has only `name`.
//!
//! # Errors
//!
//! A problem inside a record is placed at its id, or at `#n` (the n-th organization or
//! service in the file, from 1) when the id itself is missing; a service's location, phones,
//! languages and schedules count as part of the service. Columns are HSDS paths such as
//! `service.name`, `location.latitude`, `schedule.x_opening_hours`,
//! `service.x_buurtwijzer.functions`. Catalogue validation runs on what could be read; a
//! validation problem already explained by a missing or ill-typed field is not repeated.
//!
//! The exported file keeps the network's settings out (neighbourhood, front desk, holidays):
//! they come from the catalogue in use on import. Offers come back grouped by organization.

mod read;
mod wire;
mod write;

use crate::domain::catalogue::Text;
use crate::domain::SOURCE_LANGUAGE;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub use read::import;
pub use write::export;

/// The HSDS version written on export.
pub const VERSION: &str = "3.0";

/// Name of the app's extension object on services and organizations.
pub const EXTENSION: &str = "x_buurtwijzer";

type Object = Map<String, Value>;

// Small helpers, shared by reading and writing.

/// A field's value; JSON `null` counts as absent, as HSDS APIs write it for empty fields.
fn get<'v>(obj: &'v Object, key: &str) -> Option<&'v Value> {
    obj.get(key).filter(|v| !v.is_null())
}

fn is_version_3(v: &str) -> bool {
    v.strip_prefix("3.")
        .is_some_and(|minor| minor.len() == 1 && minor.bytes().all(|b| b.is_ascii_digit()))
}

/// A value as shown in an error: strings as they are, the rest as JSON, at most 80 chars.
fn show(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    s.chars().take(80).collect()
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Dutch from the main field (when not empty) over the other languages from the extension.
fn text(main: Option<String>, others: BTreeMap<String, String>) -> Text {
    let mut all = others;
    if let Some(nl) = main.filter(|s| !s.is_empty()) {
        all.insert(SOURCE_LANGUAGE.to_owned(), nl);
    }
    all.into_iter().collect()
}

fn optional_text(main: Option<String>, others: BTreeMap<String, String>) -> Option<Text> {
    let t = text(main, others);
    (!t.is_empty()).then_some(t)
}

/// The Dutch text (empty when there is none) and the other languages.
fn split_text(t: &Text) -> (String, BTreeMap<String, String>) {
    let (main, others) = split_optional(t);
    (main.unwrap_or_default(), others)
}

fn split_optional(t: &Text) -> (Option<String>, BTreeMap<String, String>) {
    let mut others: BTreeMap<String, String> =
        t.all().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    (others.remove(SOURCE_LANGUAGE), others)
}

/// `Street 1, 2999 Town` → (`Street 1`, `2999`, `Town`) for a Belgian postal code; anything
/// else stays whole in `address_1`. [`join_address`] gives the same text back.
fn split_address(a: &str) -> (String, Option<String>, Option<String>) {
    if let Some((street, town)) = a.rsplit_once(", ") {
        if let Some((postal, city)) = town.split_once(' ') {
            if !street.is_empty()
                && postal.len() == 4
                && postal.bytes().all(|b| b.is_ascii_digit())
                && !city.is_empty()
            {
                return (street.into(), Some(postal.into()), Some(city.into()));
            }
        }
    }
    (a.to_owned(), None, None)
}

fn join_address(
    street: &str,
    more: Option<String>,
    postal: Option<String>,
    city: Option<String>,
) -> String {
    let lines: Vec<String> = std::iter::once(street.to_owned())
        .chain(more)
        .filter(|s| !s.is_empty())
        .collect();
    let town: Vec<String> = postal
        .into_iter()
        .chain(city)
        .filter(|s| !s.is_empty())
        .collect();
    match (lines.is_empty(), town.is_empty()) {
        (_, true) => lines.join(", "),
        (true, false) => town.join(" "),
        (false, false) => format!("{}, {}", lines.join(", "), town.join(" ")),
    }
}

/// `HH:MM:SS` with zero seconds (the HSDS example form) as the app's `HH:MM`.
fn time(t: String) -> String {
    match t.strip_suffix(":00") {
        Some(hm) if t.len() == 8 => hm.to_owned(),
        _ => t,
    }
}
