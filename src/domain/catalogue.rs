//! The neighbourhood offer: what the partners offer, with the "5 B's" of a basic provision
//! (where, when, cost, languages, for whom). Aligned with Open Referral HSDS 3.x where it fits
//! (organization, service, location, schedule, language, cost option), plus the network's own
//! fields (functions, age bands, walk-in, UiTPAS). Read from `public/data/catalogue.json`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text in several languages (BCP 47 tag → text). Dutch is the source and the fallback.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, else Dutch, else any language present.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(crate::domain::SOURCE_LANGUAGE))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The language actually used for `lang` (after fallback) and the text, so the UI can mark
    /// a Dutch fallback with `lang="nl"` for screen readers and read-aloud.
    pub fn resolve<'a>(&'a self, lang: &'a str) -> (&'a str, &'a str) {
        if let Some(t) = self.0.get(lang) {
            return (lang, t);
        }
        self.0
            .get_key_value(crate::domain::SOURCE_LANGUAGE)
            .or_else(|| self.0.iter().next())
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .unwrap_or((lang, ""))
    }

    /// Whether `lang` has its own text (no fallback used).
    pub fn has(&self, lang: &str) -> bool {
        self.0.get(lang).is_some_and(|t| !t.trim().is_empty())
    }

    pub fn all(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Version of this file format.
    pub schema: u32,
    pub neighbourhood: Neighbourhood,
    /// Date the network last changed the data (YYYY-MM-DD).
    pub updated: String,
    /// Id of the offer that is the network's front desk (onthaal): the answer when nothing fits.
    pub front_desk: String,
    /// Public holidays and closing days of the network (YYYY-MM-DD): `PH` in opening hours.
    #[serde(default)]
    pub holidays: Vec<String>,
    pub organizations: Vec<Organization>,
    pub offers: Vec<Offer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Neighbourhood {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub id: String,
    pub organization: String,
    /// Codes of the network's seven functions (`domain::functions`).
    pub functions: Vec<String>,
    pub name: Text,
    pub description: Text,
    /// Age bands: `0-3`, `3-6`, `6-12`, `parents`.
    pub ages: Vec<String>,
    pub how: Access,
    /// BCP 47 tags of the languages spoken by the staff.
    pub languages: Vec<String>,
    /// Whether an interpreter can be arranged.
    #[serde(default)]
    pub interpreter: bool,
    pub cost: Cost,
    pub access: Accessibility,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bring: Option<Text>,
    pub contact: Contact,
    pub location: Location,
    /// OpenStreetMap `opening_hours` expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    /// For recurring activities: when they take place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<Activity>,
}

/// How to get in: walk in, make an appointment, or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Access {
    WalkIn,
    Appointment,
    Both,
}

impl Access {
    pub fn walk_in(self) -> bool {
        matches!(self, Access::WalkIn | Access::Both)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    pub free: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Text>,
    /// The price depends on income.
    #[serde(default)]
    pub income_related: bool,
    /// UiTPAS holders pay less.
    #[serde(default)]
    pub uitpas: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    pub pram: bool,
    pub wheelchair: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whatsapp: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub address: String,
    pub lat: f64,
    pub lon: f64,
}

/// A recurring activity (RFC 5545 style: weekly, or monthly on the n-th weekday).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub freq: Frequency,
    /// Two-letter weekday: `mo` … `su`.
    pub day: String,
    /// Monthly only: which week of the month, 1–4, or -1 for the last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<i8>,
    /// Local start and end time, `HH:MM`.
    pub start: String,
    pub end: String,
    /// First and last date of the series (YYYY-MM-DD).
    pub from: String,
    pub until: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Frequency {
    Weekly,
    Monthly,
}

pub const AGE_BANDS: [&str; 4] = ["0-3", "3-6", "6-12", "parents"];

impl Catalogue {
    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offers.iter().find(|o| o.id == id)
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn front_desk(&self) -> Option<&Offer> {
        self.offer(&self.front_desk)
    }
}
