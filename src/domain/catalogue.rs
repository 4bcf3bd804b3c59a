//! The neighbourhood offer: what the partners offer, with the "5 B's" of a basic provision
//! (where, when, cost, languages, for whom). Aligned with Open Referral HSDS 3.x where it fits
//! (organization, service, location, schedule, language, cost option), plus the network's own
//! fields (functions, age bands, walk-in, UiTPAS). Read from `public/data/catalogue.json`.

use super::hours::HoursTable;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text in several languages (BCP 47 tag → text), written as a JSON object. Dutch is the
/// source and the fallback. Kept as a short list sorted by tag: a text has a handful of
/// languages, and a catalogue of thousands of offers holds tens of thousands of texts, where
/// a map per text would cost several times the memory and parse time on a cheap phone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text(Vec<(String, String)>);

impl Text {
    /// The text in `lang`, else Dutch, else any language present.
    pub fn get<'a>(&'a self, lang: &'a str) -> &'a str {
        self.resolve(lang).1
    }

    /// The language actually used for `lang` (after fallback) and the text, so the UI can mark
    /// a Dutch fallback with `lang="nl"` for screen readers and read-aloud.
    pub fn resolve<'a>(&'a self, lang: &'a str) -> (&'a str, &'a str) {
        if let Some(t) = self.exact(lang) {
            return (lang, t);
        }
        self.entry(crate::domain::SOURCE_LANGUAGE)
            .or_else(|| self.0.first())
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .unwrap_or((lang, ""))
    }

    /// The text written in `lang` itself, without fallback.
    pub fn exact(&self, lang: &str) -> Option<&str> {
        self.entry(lang).map(|(_, v)| v.as_str())
    }

    /// Whether `lang` has its own text (no fallback used).
    pub fn has(&self, lang: &str) -> bool {
        self.exact(lang).is_some_and(|t| !t.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sets (or replaces) the text in `lang`.
    pub fn set(&mut self, lang: impl Into<String>, text: impl Into<String>) {
        let lang = lang.into();
        match self.0.binary_search_by(|(k, _)| k.cmp(&lang)) {
            Ok(i) => self.0[i].1 = text.into(),
            Err(i) => self.0.insert(i, (lang, text.into())),
        }
    }

    /// How many languages it is written in.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The languages present, in tag order.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    pub fn all(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    fn entry(&self, lang: &str) -> Option<&(String, String)> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(lang))
            .ok()
            .map(|i| &self.0[i])
    }
}

/// Sorted by tag; of two texts with the same tag the last wins, as in a JSON object.
impl FromIterator<(String, String)> for Text {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        let mut all: Vec<(String, String)> = pairs.into_iter().collect();
        all.reverse();
        all.sort_by(|a, b| a.0.cmp(&b.0)); // stable: the last of equal tags comes first
        all.dedup_by(|later, first| later.0 == first.0);
        Text(all)
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs;
        impl<'de> serde::de::Visitor<'de> for Pairs {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of language tag → text")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<Text, M::Error> {
                let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(4));
                while let Some(pair) = map.next_entry::<String, String>()? {
                    pairs.push(pair);
                }
                Ok(pairs.into_iter().collect())
            }
        }
        deserializer.deserialize_map(Pairs)
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
    /// School holidays of the Flemish Community (`SH` in opening hours; activities can skip
    /// them or take place only then).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub school_holidays: Vec<Period>,
    /// Languages published as packs beside this file (`catalogue.<tag>.json`, see
    /// `domain::translations`): fetched only for the languages a family reads.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<String>,
    pub organizations: Vec<Organization>,
    pub offers: Vec<Offer>,
    /// Made-up data to try the app with (the shipped sample): every page says so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// "You said, we did": what the network changed because of families' signals, newest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Each opening-hours expression of the offers compiled into a table
    /// (`domain::hours::table`), so the app needs no parser to say when an offer is open.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub hours_tables: BTreeMap<String, HoursTable>,
}

/// One thing the network did with what families said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    /// When it was done (YYYY-MM-DD).
    pub date: String,
    /// What families said.
    pub said: Text,
    /// What the network did.
    pub did: Text,
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

/// A run of days, first and last included (YYYY-MM-DD).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: String,
    pub until: String,
}

/// How an activity goes with the school holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SchoolHolidays {
    /// Not in the school holidays (a homework class).
    Skip,
    /// Only in the school holidays (a holiday play scheme).
    Only,
}

/// A recurring activity (RFC 5545 style: weekly, or monthly on the n-th weekday). It never
/// takes place on a public holiday or closing day of the catalogue.
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
    /// Without it, the activity goes on in the school holidays too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_holidays: Option<SchoolHolidays>,
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

#[cfg(test)]
mod tests {
    use super::Text;

    #[test]
    fn a_text_reads_and_writes_as_a_json_object_sorted_by_tag() {
        let t: Text = serde_json::from_str(
            r#"{"nl":"Speelplein","ar":"ملعب","en":"Playground","en":"Play"}"#,
        )
        .unwrap();
        assert_eq!(t.tags().collect::<Vec<_>>(), ["ar", "en", "nl"]);
        assert_eq!(
            t.exact("en"),
            Some("Play"),
            "the last of a repeated tag wins, as in a map"
        );
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"ar":"ملعب","en":"Play","nl":"Speelplein"}"#
        );
        assert!(serde_json::from_str::<Text>(r#"["nl"]"#).is_err());
    }

    #[test]
    fn fallback_and_set() {
        let mut t: Text = [("nl".to_owned(), "Onthaal".to_owned())]
            .into_iter()
            .collect();
        assert_eq!(t.resolve("fr"), ("nl", "Onthaal"));
        assert!(!t.has("fr"));
        t.set("fr", "Accueil");
        t.set("ar", "استقبال");
        t.set("fr", "Accueil!");
        assert_eq!(t.resolve("fr"), ("fr", "Accueil!"));
        assert_eq!(t.tags().collect::<Vec<_>>(), ["ar", "fr", "nl"]);
        assert_eq!(Text::default().get("nl"), "");
        let only_en: Text = [("en".to_owned(), "Desk".to_owned())].into_iter().collect();
        assert_eq!(
            only_en.resolve("fr"),
            ("en", "Desk"),
            "any language when there is no Dutch"
        );
    }
}
