//! Checks one incoming record field by field and says, in stable codes, what is wrong with it.
//! The app's own types (`Kind`, `Face`, `Reason`, `Topic`, `Scale`, the 14 themes, `MAX_TEXT`)
//! decide what is valid, so the receiver accepts exactly what the app writes.
//!
//! Error codes never echo the input: they are safe to log and to show.

use buurtwijzer_feedback::check::{self, Scale};
use buurtwijzer_feedback::{Face, Kind, Reason, Record, Topic, Values, MAX_AREA, MAX_TEXT};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Records per request; the app sends at most 50 (`sync::BATCH`).
pub const MAX_RECORDS: usize = buurtwijzer_feedback::sync::BATCH;
/// An offer id is a short slug; this only keeps junk out.
pub const MAX_TARGET: usize = 200;
const MAX_LANGUAGE: usize = 35;
const MAX_APP_VERSION: usize = 32;

/// A record that passed every check, with the neighbourhood it was sent for (if any).
#[derive(Debug, Clone, PartialEq)]
pub struct Valid {
    pub record: Record,
    pub neighbourhood: Option<String>,
}

/// Ids are random UUIDs (or 32 hex digits) from the app; anything of 8–64 letters, digits, `-`
/// and `_` is accepted so a future id scheme still fits.
pub fn is_id(id: &str) -> bool {
    (8..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A neighbourhood is the id of the app's `neighbourhoods.json` (`ravelbuurt`). The app does not
/// restrict those ids, and a refused batch would stay in every phone's outbox, so any single line
/// of up to 60 characters is accepted.
pub fn neighbourhood(value: &Value) -> Result<String, &'static str> {
    match value.as_str() {
        Some(n) if short(n, MAX_AREA) => Ok(n.trim().to_owned()),
        _ => Err("neighbourhood-invalid"),
    }
}

/// A date of a period filter, `YYYY-MM-DD`.
pub fn date(value: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 10)
}

/// Control characters never belong in a short field; in text only line breaks and tabs do.
/// (PostgreSQL also refuses NUL in text, which would fail the whole batch.)
fn clean(s: &str, allow_breaks: bool) -> bool {
    s.chars()
        .all(|c| !c.is_control() || (allow_breaks && matches!(c, '\n' | '\r' | '\t')))
}

/// A short single-line field: present-or-absent is decided by the caller.
fn short(s: &str, max: usize) -> bool {
    !s.trim().is_empty() && s.chars().count() <= max && clean(s, false)
}

fn typed<T: DeserializeOwned>(v: &Value) -> Option<T> {
    serde_json::from_value(v.clone()).ok()
}

/// Checks one record of a batch. `batch_neighbourhood` applies unless the record names its own.
pub fn record(value: &Value, batch_neighbourhood: Option<&str>) -> Result<Valid, Vec<String>> {
    let Some(obj) = value.as_object() else {
        return Err(vec!["record-not-an-object".into()]);
    };
    let mut errors: Vec<String> = Vec::new();
    let mut err = |code: &str| errors.push(code.to_owned());
    let present = |key: &str| obj.get(key).filter(|v| !v.is_null());

    let id = match present("id").map(Value::as_str) {
        None => {
            err("id-missing");
            String::new()
        }
        Some(Some(id)) if is_id(id) => id.to_owned(),
        Some(_) => {
            err("id-invalid");
            String::new()
        }
    };

    let kind = match present("kind") {
        None => {
            err("kind-missing");
            None
        }
        Some(k) => {
            let kind = typed::<Kind>(k);
            if kind.is_none() {
                err("kind-unknown");
            }
            kind
        }
    };

    let target = match present("target").map(Value::as_str) {
        None => None,
        Some(Some(t)) if short(t, MAX_TARGET) => Some(t.to_owned()),
        Some(_) => {
            err("target-invalid");
            None
        }
    };

    let text = match present("text").map(Value::as_str) {
        None => String::new(),
        Some(Some(t)) if t.chars().count() > MAX_TEXT => {
            err("text-too-long");
            String::new()
        }
        Some(Some(t)) if clean(t, true) => t.trim().to_owned(),
        Some(_) => {
            err("text-invalid");
            String::new()
        }
    };

    let language = match present("language").map(Value::as_str) {
        None => {
            err("language-missing");
            String::new()
        }
        Some(Some(l))
            if l.len() <= MAX_LANGUAGE
                && clean(l, false)
                && l.parse::<unic_langid::LanguageIdentifier>().is_ok() =>
        {
            l.to_owned()
        }
        Some(_) => {
            err("language-invalid");
            String::new()
        }
    };

    let app_version = match present("app_version").map(Value::as_str) {
        None => {
            err("app-version-missing");
            String::new()
        }
        Some(Some(v))
            if !v.is_empty()
                && v.len() <= MAX_APP_VERSION
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+')) =>
        {
            v.to_owned()
        }
        Some(_) => {
            err("app-version-invalid");
            String::new()
        }
    };

    // Local time without zone, to the second, exactly as the app writes it: it sorts as text,
    // and period filters compare it as text.
    let created_at = match present("created_at").map(Value::as_str) {
        None => {
            err("created-at-missing");
            String::new()
        }
        Some(Some(t))
            if t.len() == 19
                && chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S").is_ok() =>
        {
            t.to_owned()
        }
        Some(_) => {
            err("created-at-invalid");
            String::new()
        }
    };

    // Raised by the app at every change of the record; the newest one is kept.
    let version = match present("version") {
        None => 0,
        Some(v) => match v.as_u64().and_then(|v| u32::try_from(v).ok()) {
            Some(v) => v,
            None => {
                err("version-invalid");
                0
            }
        },
    };

    let neighbourhood = match present("neighbourhood") {
        None => batch_neighbourhood.map(str::to_owned),
        Some(n) => neighbourhood(n).map_err(&mut err).ok(),
    };

    let values = match present("values") {
        None => Values::default(),
        Some(Value::Object(v)) => values(v, &mut err),
        Some(_) => {
            err("values-invalid");
            Values::default()
        }
    };

    if let Some(kind) = kind {
        misfits(kind, target.is_some(), &values)
            .into_iter()
            .for_each(&mut err);
    }
    // A field that was given but unreadable is not also "missing".
    let given_but_bad: Vec<String> = errors
        .iter()
        .filter_map(|e| e.strip_suffix("-unknown").or(e.strip_suffix("-invalid")))
        .map(|field| format!("{field}-missing"))
        .collect();
    errors.retain(|e| !given_but_bad.contains(e));

    match kind {
        Some(kind) if errors.is_empty() => Ok(Valid {
            record: Record {
                id,
                kind,
                target,
                values,
                text,
                language,
                app_version,
                created_at,
                version,
            },
            neighbourhood,
        }),
        _ => Err(errors),
    }
}

/// Reads `values` with the app's types; a field that does not parse gets its own code.
fn values(v: &Map<String, Value>, err: &mut impl FnMut(&str)) -> Values {
    let mut out = Values::default();
    let field = |key: &str| v.get(key).filter(|x| !x.is_null());
    if let Some(f) = field("face") {
        out.face = typed::<Face>(f);
        if out.face.is_none() {
            err("face-unknown");
        }
    }
    if let Some(r) = field("reasons") {
        match typed::<Vec<Reason>>(r) {
            Some(mut reasons) => {
                reasons.sort();
                reasons.dedup();
                out.reasons = reasons;
            }
            None => err("reasons-unknown"),
        }
    }
    if let Some(t) = field("topic") {
        out.topic = typed::<Topic>(t);
        if out.topic.is_none() {
            err("topic-unknown");
        }
    }
    if let Some(s) = field("scale") {
        out.scale = typed::<Scale>(s);
        if out.scale.is_none() {
            err("scale-unknown");
        }
    }
    if let Some(s) = field("scores") {
        match typed::<BTreeMap<String, u8>>(s) {
            Some(scores) => {
                if scores.keys().any(|t| check::theme(t).is_none()) {
                    err("theme-unknown");
                }
                // Without a scale the app would read scores as adult (1–7).
                let scale = out.scale.unwrap_or(Scale::Adult);
                if scores.values().any(|s| !scale.accepts(*s)) {
                    err("score-out-of-range");
                }
                out.scores = scores;
            }
            None => err("scores-invalid"),
        }
    }
    if let Some(a) = field("area") {
        match a.as_str() {
            Some(a) if a.chars().count() > MAX_AREA => err("area-too-long"),
            Some(a) if short(a, MAX_AREA) => out.area = Some(a.trim().to_owned()),
            _ => err("area-invalid"),
        }
    }
    out
}

/// Which values each kind carries, as the app's constructors make them; anything else is
/// refused rather than stored where no summary would ever look.
fn misfits(kind: Kind, has_target: bool, v: &Values) -> Vec<&'static str> {
    let (target, face, reasons, topic, scale, scores, area) = (
        has_target,
        v.face.is_some(),
        !v.reasons.is_empty(),
        v.topic.is_some(),
        v.scale.is_some(),
        !v.scores.is_empty(),
        v.area.is_some(),
    );
    // (condition that makes the record wrong for its kind, code)
    let rules: &[(bool, &'static str)] = match kind {
        Kind::Rating => &[
            (!target, "target-missing"),
            (!face, "face-missing"),
            (topic, "topic-not-for-kind"),
            (scale, "scale-not-for-kind"),
            (scores, "scores-not-for-kind"),
            (area, "area-not-for-kind"),
        ],
        Kind::Signal => &[
            (!topic, "topic-missing"),
            (face, "face-not-for-kind"),
            (reasons, "reasons-not-for-kind"),
            (scale, "scale-not-for-kind"),
            (scores, "scores-not-for-kind"),
            (area, "area-not-for-kind"),
        ],
        Kind::Missing => &[
            (target, "target-not-for-kind"),
            (face, "face-not-for-kind"),
            (reasons, "reasons-not-for-kind"),
            (topic, "topic-not-for-kind"),
            (scale, "scale-not-for-kind"),
            (scores, "scores-not-for-kind"),
            (area, "area-not-for-kind"),
        ],
        Kind::Check => &[
            (!scale, "scale-missing"),
            (target, "target-not-for-kind"),
            (face, "face-not-for-kind"),
            (reasons, "reasons-not-for-kind"),
            (topic, "topic-not-for-kind"),
        ],
    };
    rules
        .iter()
        .filter(|(wrong, _)| *wrong)
        .map(|(_, code)| *code)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use buurtwijzer_feedback::Topic;
    use serde_json::json;

    const AT: &str = "2026-11-25T10:00:00";
    const ID: &str = "0b6c2a52-7c41-4a5e-9d0e-3f1f0c9a1e11";

    fn codes(v: Value) -> Vec<String> {
        record(&v, None).err().unwrap_or_default()
    }

    #[test]
    fn the_apps_own_records_pass_unchanged() {
        let scores = BTreeMap::from([("feeling-safe".to_owned(), 3)]);
        for r in [
            Record::rating(ID.into(), "offer-a", Face::Sad, "ar", AT.into())
                .with_details(&[Reason::TooFar], "بعيد جدا 🚶"),
            Record::signal(ID.into(), Topic::App, None, "x", "nl", AT.into()),
            Record::missing(ID.into(), "zwemles", "fr", AT.into()),
            Record::check(ID.into(), Scale::Child, &scores, "2060", "ti", AT.into()),
        ] {
            let v = serde_json::to_value(&r).unwrap();
            let valid = record(&v, Some("ravelbuurt")).unwrap();
            assert_eq!(valid.record, r);
            assert_eq!(valid.neighbourhood.as_deref(), Some("ravelbuurt"));
        }
    }

    #[test]
    fn each_problem_has_its_own_code() {
        let base = json!({"id": ID, "kind": "rating", "target": "o", "values": {"face": "happy"},
            "language": "nl", "app_version": "0.1.0", "created_at": AT});
        let with = |key: &str, value: Value| {
            let mut v = base.clone();
            v[key] = value;
            codes(v)
        };
        assert!(codes(base.clone()).is_empty());
        assert_eq!(with("id", json!("short")), ["id-invalid"]);
        assert_eq!(with("id", json!("a b c d e f g h")), ["id-invalid"]);
        assert_eq!(with("id", json!(12345678)), ["id-invalid"]);
        assert_eq!(with("kind", json!("praise")), ["kind-unknown"]);
        assert_eq!(
            with("text", json!("x".repeat(MAX_TEXT + 1))),
            ["text-too-long"]
        );
        assert!(
            with("text", json!("ب".repeat(MAX_TEXT))).is_empty(),
            "chars, not bytes"
        );
        assert_eq!(with("text", json!("nul\u{0}")), ["text-invalid"]);
        assert_eq!(with("text", json!(["a"])), ["text-invalid"]);
        assert_eq!(with("language", json!("not a tag!")), ["language-invalid"]);
        assert_eq!(
            with("created_at", json!("2026-13-01T00:00:00")),
            ["created-at-invalid"]
        );
        assert_eq!(
            with("created_at", json!("2026-11-25")),
            ["created-at-invalid"]
        );
        assert_eq!(with("values", json!({"face": "angry"})), ["face-unknown"]);
        assert_eq!(with("values", json!({})), ["face-missing"]);
        assert_eq!(
            with("values", json!("happy")),
            ["values-invalid", "face-missing"]
        );
        assert_eq!(with("target", json!(" ")), ["target-invalid"]);
        assert_eq!(with("target", Value::Null), ["target-missing"]);
        assert_eq!(
            with("neighbourhood", json!("x".repeat(MAX_AREA + 1))),
            ["neighbourhood-invalid"]
        );
        assert_eq!(codes(json!([1])), ["record-not-an-object"]);
        assert_eq!(
            codes(json!({})),
            [
                "id-missing",
                "kind-missing",
                "language-missing",
                "app-version-missing",
                "created-at-missing"
            ]
        );
    }

    #[test]
    fn checks_keep_to_their_scale_and_themes() {
        let check = |values: Value| {
            codes(json!({"id": ID, "kind": "check", "values": values,
                "language": "nl", "app_version": "0.1.0", "created_at": AT}))
        };
        assert!(check(json!({"scale": "adult", "scores": {"feeling-safe": 7}})).is_empty());
        assert_eq!(
            check(json!({"scale": "child", "scores": {"feeling-safe": 7}})),
            ["score-out-of-range"]
        );
        assert_eq!(
            check(json!({"scale": "adult", "scores": {"moon-base": 3}})),
            ["theme-unknown"]
        );
        assert_eq!(
            check(json!({"scale": "adult", "scores": {"feeling-safe": 300}})),
            ["scores-invalid"]
        );
        assert_eq!(check(json!({"scores": {}})), ["scale-missing"]);
        assert_eq!(
            check(json!({"scale": "adult", "face": "sad"})),
            ["face-not-for-kind"]
        );
        assert_eq!(
            check(json!({"scale": "adult", "area": "x".repeat(MAX_AREA + 1)})),
            ["area-too-long"]
        );
    }

    #[test]
    fn a_record_neighbourhood_wins_over_the_batch_one() {
        let v = json!({"id": ID, "kind": "missing", "language": "nl", "app_version": "0.1.0",
            "created_at": AT, "neighbourhood": "luchtbal"});
        let valid = record(&v, Some("ravelbuurt")).unwrap();
        assert_eq!(valid.neighbourhood.as_deref(), Some("luchtbal"));
        assert_eq!(date("2026-02-30"), None);
        assert!(date("2026-02-28").is_some());
    }
}
