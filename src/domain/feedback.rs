//! Feedback records for the outbox. Anonymous: no device id, no name, no address.
//! (The full feedback set — ratings, reasons, neighbourhood check — builds on this.)

use serde::{Deserialize, Serialize};

/// Free text is capped so a record stays small and a paste cannot flood the outbox.
pub const MAX_TEXT: usize = 2000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Random id; also the idempotency key when sent.
    pub id: String,
    /// `missing`: a search or question that found nothing.
    pub kind: String,
    /// The search text or the family's own words, in any script.
    pub text: String,
    /// Interface language at the time (BCP 47).
    pub language: String,
    pub app_version: String,
    /// Local time, ISO 8601 without zone.
    pub created_at: String,
}

impl Record {
    /// A "nothing found for this" signal; the text is trimmed and capped at [`MAX_TEXT`] chars.
    pub fn missing(id: String, text: &str, language: &str, created_at: String) -> Self {
        Record {
            id,
            kind: "missing".into(),
            text: text.trim().chars().take(MAX_TEXT).collect(),
            language: language.into(),
            app_version: env!("CARGO_PKG_VERSION").into(),
            created_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_capped_in_characters_not_bytes() {
        let long = "ب".repeat(3000);
        let r = Record::missing(
            "id-1".into(),
            &format!("  {long} "),
            "ar",
            "2026-11-25T10:00:00".into(),
        );
        assert_eq!(r.text.chars().count(), MAX_TEXT);
        assert_eq!(r.kind, "missing");
        let json = serde_json::to_string(&r).unwrap();
        assert!(
            !json.contains("device") && !json.contains("ip"),
            "nothing personal: {json}"
        );
    }
}
