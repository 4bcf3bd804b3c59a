//! Feedback records: what families tell the network, kept in the outbox until staff export or
//! send them. Anonymous by construction: a record has no device id, no name, no address; the
//! only place it names is an optional neighbourhood or postcode in a check.

pub mod check;
pub mod dashboard;
pub mod export;
pub mod spreadsheet;
pub mod sync;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Free text is capped so a record stays small and a paste cannot flood the outbox.
pub const MAX_TEXT: usize = 2000;
/// A neighbourhood name or postcode, not an address.
pub const MAX_AREA: usize = 60;

/// What a record is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Three faces for one offer; `target` is the offer id.
    Rating,
    /// "Something missing or wrong?": a topic and the family's own words.
    Signal,
    /// A search that found nothing; `text` is what was searched.
    Missing,
    /// One neighbourhood check (Place Standard); `values.scores` per theme.
    Check,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Rating, Kind::Signal, Kind::Missing, Kind::Check];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Rating => "rating",
            Kind::Signal => "signal",
            Kind::Missing => "missing",
            Kind::Check => "check",
        }
    }
}

/// The three faces of a rating (and of the children's check scale), worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Face {
    Sad,
    Neutral,
    Happy,
}

impl Face {
    pub const ALL: [Face; 3] = [Face::Sad, Face::Neutral, Face::Happy];

    pub fn code(self) -> &'static str {
        match self {
            Face::Sad => "sad",
            Face::Neutral => "neutral",
            Face::Happy => "happy",
        }
    }

    /// The face for a score of the children's 1–3 scale (clamped into it).
    pub fn from_score(score: u8) -> Face {
        Face::ALL[usize::from(score.clamp(1, 3) - 1)]
    }

    /// 1 (sad) to 3 (happy), for averages.
    pub fn score(self) -> u8 {
        self as u8 + 1
    }

    pub fn pictogram(self) -> &'static str {
        match self {
            Face::Sad => "frowning-face",
            Face::Neutral => "neutral-face",
            Face::Happy => "smiling-face-with-smiling-eyes",
        }
    }
}

/// Optional reasons after a rating, each a pictogram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    TooExpensive,
    TooFar,
    Closed,
    Language,
    WaitedLong,
    Friendly,
    Helped,
}

impl Reason {
    pub const ALL: [Reason; 7] = [
        Reason::TooExpensive,
        Reason::TooFar,
        Reason::Closed,
        Reason::Language,
        Reason::WaitedLong,
        Reason::Friendly,
        Reason::Helped,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Reason::TooExpensive => "too-expensive",
            Reason::TooFar => "too-far",
            Reason::Closed => "closed",
            Reason::Language => "language",
            Reason::WaitedLong => "waited-long",
            Reason::Friendly => "friendly",
            Reason::Helped => "helped",
        }
    }

    pub fn pictogram(self) -> &'static str {
        match self {
            Reason::TooExpensive => "money-with-wings",
            Reason::TooFar => "person-walking",
            Reason::Closed => "locked",
            Reason::Language => "left-speech-bubble",
            Reason::WaitedLong => "hourglass-not-done",
            Reason::Friendly => "smiling-face-with-hearts",
            Reason::Helped => "thumbs-up",
        }
    }
}

/// Topics of "something missing or wrong?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Something the family needs is not in the app (or not in the neighbourhood).
    MissingOffer,
    /// Information in the app is wrong: hours, address, phone.
    WrongInfo,
    /// Something in the neighbourhood itself: a street, a playground.
    Neighbourhood,
    /// The app is hard to use or does not work.
    App,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 5] = [
        Topic::MissingOffer,
        Topic::WrongInfo,
        Topic::Neighbourhood,
        Topic::App,
        Topic::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Topic::MissingOffer => "missing-offer",
            Topic::WrongInfo => "wrong-info",
            Topic::Neighbourhood => "neighbourhood",
            Topic::App => "app",
            Topic::Other => "other",
        }
    }

    pub fn by_code(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }

    pub fn pictogram(self) -> &'static str {
        match self {
            Topic::MissingOffer => "puzzle-piece",
            Topic::WrongInfo => "warning",
            Topic::Neighbourhood => "houses",
            Topic::App => "mobile-phone",
            Topic::Other => "speech-balloon",
        }
    }
}

/// The answers a record carries; which fields are set depends on its [`Kind`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Values {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face: Option<Face>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<Topic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<check::Scale>,
    /// Theme code → score on the record's scale; a skipped theme is absent.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub scores: BTreeMap<String, u8>,
    /// Neighbourhood or postcode, only if the family gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Random id; also the idempotency key when sent.
    pub id: String,
    pub kind: Kind,
    /// The offer a rating or signal is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default)]
    pub values: Values,
    /// The family's own words (or the search text), in any script; shown only as text.
    #[serde(default)]
    pub text: String,
    /// Interface language at the time (BCP 47).
    pub language: String,
    pub app_version: String,
    /// Local time, ISO 8601 without zone (`2026-11-25T10:00:00`), so it sorts as text.
    pub created_at: String,
    /// Raised each time the family changes the record (a rating completed with reasons), so
    /// a receiver keeps the newest version whatever order the copies arrive in. Absent is 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub version: u32,
}

fn is_zero(v: &u32) -> bool {
    *v == 0
}

/// What a family said, before it is a record: screens build a draft, and the app's delivery
/// stamps it with an id, the time and the language ([`Draft::into_record`]), so no screen mints
/// records and every record of one kind is made the same way.
#[derive(Debug, Clone, PartialEq)]
pub enum Draft {
    /// One tap on a face for an offer.
    Rating { offer: String, face: Face },
    /// "Something missing or wrong?", optionally about one offer.
    Signal {
        topic: Topic,
        offer: Option<String>,
        text: String,
    },
    /// A search that found nothing.
    Missing { text: String },
    /// One neighbourhood check.
    Check {
        scale: check::Scale,
        scores: BTreeMap<String, u8>,
        area: String,
    },
}

impl Draft {
    /// The record, stamped; texts trimmed and capped, unknown themes and scores dropped.
    pub fn into_record(self, id: String, language: &str, created_at: String) -> Record {
        match self {
            Draft::Rating { offer, face } => Record::rating(id, &offer, face, language, created_at),
            Draft::Signal { topic, offer, text } => {
                Record::signal(id, topic, offer.as_deref(), &text, language, created_at)
            }
            Draft::Missing { text } => Record::missing(id, &text, language, created_at),
            Draft::Check {
                scale,
                scores,
                area,
            } => Record::check(id, scale, &scores, &area, language, created_at),
        }
    }

    /// The record as it would be kept, without id, time or language: what a screen shows
    /// before it is sent (the check's compass and table).
    pub fn preview(&self) -> Record {
        self.clone().into_record(String::new(), "", String::new())
    }
}

/// Trims and caps free text at `max` characters (not bytes: Arabic or emoji never split).
pub fn clean_text(text: &str, max: usize) -> String {
    text.trim().chars().take(max).collect()
}

impl Record {
    fn new(id: String, kind: Kind, language: &str, created_at: String) -> Self {
        Record {
            id,
            kind,
            target: None,
            values: Values::default(),
            text: String::new(),
            language: language.into(),
            app_version: env!("CARGO_PKG_VERSION").into(),
            created_at,
            version: 0,
        }
    }

    /// A "nothing found for this" signal; the text is trimmed and capped at [`MAX_TEXT`] chars.
    pub fn missing(id: String, text: &str, language: &str, created_at: String) -> Self {
        Record {
            text: clean_text(text, MAX_TEXT),
            ..Record::new(id, Kind::Missing, language, created_at)
        }
    }

    /// A one-tap rating of an offer; reasons and text may be added to the same record later.
    pub fn rating(id: String, offer: &str, face: Face, language: &str, created_at: String) -> Self {
        let mut r = Record::new(id, Kind::Rating, language, created_at);
        r.target = Some(offer.into());
        r.values.face = Some(face);
        r
    }

    /// "Something missing or wrong?", optionally about one offer.
    pub fn signal(
        id: String,
        topic: Topic,
        offer: Option<&str>,
        text: &str,
        language: &str,
        created_at: String,
    ) -> Self {
        let mut r = Record::new(id, Kind::Signal, language, created_at);
        r.target = offer.map(Into::into);
        r.values.topic = Some(topic);
        r.text = clean_text(text, MAX_TEXT);
        r
    }

    /// A completed neighbourhood check. Scores outside the scale or for unknown themes are
    /// dropped (they cannot come from the UI; this keeps a tampered record out of averages).
    pub fn check(
        id: String,
        scale: check::Scale,
        scores: &BTreeMap<String, u8>,
        area: &str,
        language: &str,
        created_at: String,
    ) -> Self {
        let mut r = Record::new(id, Kind::Check, language, created_at);
        r.values.scale = Some(scale);
        r.values.scores = scores
            .iter()
            .filter(|(theme, score)| check::theme(theme).is_some() && scale.accepts(**score))
            .map(|(t, s)| (t.clone(), *s))
            .collect();
        let area = clean_text(area, MAX_AREA);
        r.values.area = (!area.is_empty()).then_some(area);
        r
    }

    /// Adds the optional reasons and words to a rating (same id: the outbox keeps one record).
    pub fn with_details(mut self, reasons: &[Reason], text: &str) -> Self {
        let mut reasons = reasons.to_vec();
        reasons.sort();
        reasons.dedup();
        self.values.reasons = reasons;
        self.text = clean_text(text, MAX_TEXT);
        self.revised()
    }

    /// Another face for the same rating (the family changed their mind).
    pub fn with_face(mut self, face: Face) -> Self {
        self.values.face = Some(face);
        self.revised()
    }

    fn revised(mut self) -> Self {
        self.version = self.version.saturating_add(1);
        self
    }

    /// The date part of `created_at` (`YYYY-MM-DD`).
    pub fn date(&self) -> &str {
        self.created_at.get(..10).unwrap_or(&self.created_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_becomes_the_same_record_the_constructors_make() {
        let (id, at) = (
            "00000000-0000-4000-8000-000000000001",
            "2026-12-04T10:00:00",
        );
        let rating = Draft::Rating {
            offer: "o".into(),
            face: Face::Happy,
        };
        assert_eq!(
            rating.into_record(id.into(), "ar", at.into()),
            Record::rating(id.into(), "o", Face::Happy, "ar", at.into())
        );
        let signal = Draft::Signal {
            topic: Topic::Other,
            offer: None,
            text: format!("  {}  ", "x".repeat(MAX_TEXT + 5)),
        }
        .into_record(id.into(), "nl", at.into());
        assert_eq!(signal.text.chars().count(), MAX_TEXT, "trimmed and capped");
        assert_eq!(
            (signal.language.as_str(), signal.created_at.as_str()),
            ("nl", at)
        );
        let check = Draft::Check {
            scale: check::Scale::Child,
            scores: [
                ("no-such-theme".to_string(), 2),
                (check::THEMES[0].code.to_string(), 9),
            ]
            .into_iter()
            .collect(),
            area: "2000".into(),
        };
        let preview = check.preview();
        assert!(
            preview.values.scores.is_empty(),
            "unknown theme and out-of-scale score dropped"
        );
        assert_eq!((preview.id.as_str(), preview.language.as_str()), ("", ""));
        assert_eq!(preview.values.area.as_deref(), Some("2000"));
        let missing = Draft::Missing {
            text: " zwemles ".into(),
        }
        .into_record(id.into(), "fr", at.into());
        assert_eq!(
            (missing.kind, missing.text.as_str()),
            (Kind::Missing, "zwemles")
        );
    }

    const AT: &str = "2026-11-25T10:00:00";

    #[test]
    fn text_is_trimmed_and_capped_in_characters_not_bytes() {
        let long = "ب".repeat(3000);
        let r = Record::missing("id-1".into(), &format!("  {long} "), "ar", AT.into());
        assert_eq!(r.text.chars().count(), MAX_TEXT);
        assert_eq!(r.kind, Kind::Missing);
        let json = serde_json::to_string(&r).unwrap();
        assert!(
            !json.contains("device") && !json.contains("\"ip"),
            "nothing personal: {json}"
        );
    }

    #[test]
    fn emoji_are_never_split_by_the_cap() {
        let text = "👩🏽‍🍼".repeat(1000); // 4 chars each
        let r = Record::signal("s".into(), Topic::Other, None, &text, "nl", AT.into());
        assert_eq!(r.text.chars().count(), MAX_TEXT);
        assert!(std::str::from_utf8(r.text.as_bytes()).is_ok());
    }

    #[test]
    fn faces_and_scores_map_both_ways() {
        for f in Face::ALL {
            assert_eq!(Face::from_score(f.score()), f);
        }
        assert_eq!(Face::from_score(0), Face::Sad);
        assert_eq!(Face::from_score(9), Face::Happy);
    }

    #[test]
    fn a_rating_keeps_its_id_when_details_are_added() {
        let r = Record::rating("r1".into(), "offer-a", Face::Sad, "fr", AT.into());
        let r = r.with_details(
            &[Reason::TooFar, Reason::Closed, Reason::TooFar],
            " trop loin ",
        );
        assert_eq!(r.id, "r1");
        assert_eq!(r.target.as_deref(), Some("offer-a"));
        assert_eq!(r.values.face, Some(Face::Sad));
        assert_eq!(r.values.reasons, vec![Reason::TooFar, Reason::Closed]);
        assert_eq!(r.text, "trop loin");
    }

    #[test]
    fn every_change_raises_the_version_so_the_newest_copy_wins() {
        let first = Record::rating("r1".into(), "offer-a", Face::Sad, "fr", AT.into());
        assert_eq!(first.version, 0);
        assert!(
            !serde_json::to_string(&first)
                .unwrap()
                .contains("\"version\""),
            "version 0 is not written: a first copy looks as it always did"
        );
        let second = first.clone().with_face(Face::Happy);
        let third = second.clone().with_details(&[Reason::Helped], "");
        assert_eq!((second.version, third.version), (1, 2));
        assert_eq!(third.values.face, Some(Face::Happy));
        let back: Record = serde_json::from_str(&serde_json::to_string(&third).unwrap()).unwrap();
        assert_eq!(back.version, 2);
    }

    #[test]
    fn a_check_keeps_only_known_themes_and_scores_on_its_scale() {
        let scores = BTreeMap::from([
            ("feeling-safe".to_owned(), 7),
            ("play-recreation".to_owned(), 8),
            ("moon-base".to_owned(), 3),
            ("public-transport".to_owned(), 0),
        ]);
        let r = Record::check(
            "c".into(),
            check::Scale::Adult,
            &scores,
            " 2060 ",
            "nl",
            AT.into(),
        );
        assert_eq!(
            r.values.scores,
            BTreeMap::from([("feeling-safe".to_owned(), 7)])
        );
        assert_eq!(r.values.area.as_deref(), Some("2060"));
        let child = Record::check(
            "k".into(),
            check::Scale::Child,
            &scores,
            "",
            "nl",
            AT.into(),
        );
        assert!(child.values.scores.is_empty(), "7 is not on the 1–3 scale");
        assert_eq!(child.values.area, None);
    }

    #[test]
    fn records_round_trip_through_json_and_old_records_still_read() {
        let r = Record::rating("r1".into(), "o", Face::Happy, "ar", AT.into())
            .with_details(&[Reason::Helped], "شكرا 🙏");
        let back: Record = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(back, r);
        // A record written by the first release (no target, no values).
        let old = r#"{"id":"x","kind":"missing","text":"zwemles","language":"nl","app_version":"0.1.0","created_at":"2026-11-20T09:00:00"}"#;
        let old: Record = serde_json::from_str(old).unwrap();
        assert_eq!(old.kind, Kind::Missing);
        assert_eq!(old.date(), "2026-11-20");
    }

    #[test]
    fn codes_are_unique_and_round_trip() {
        let topics: Vec<_> = Topic::ALL.iter().map(|t| t.code()).collect();
        for t in Topic::ALL {
            assert_eq!(Topic::by_code(t.code()), Some(t));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.code()));
        }
        let mut dedup = topics.clone();
        dedup.dedup();
        assert_eq!(dedup.len(), topics.len());
        for r in Reason::ALL {
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.code())
            );
        }
        for k in Kind::ALL {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.code())
            );
        }
    }
}
