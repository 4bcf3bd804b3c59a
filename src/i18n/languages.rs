//! The languages the app speaks, read from `locales/languages.json` (the one place a language
//! is declared; its folder under `locales/` holds the messages).

use serde::Deserialize;
use std::sync::OnceLock;

/// Dutch is the source language and the last fallback.
pub const DEFAULT_LANGUAGE: &str = "nl";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// Value for the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Language {
    /// BCP 47 tag, also the folder name under `locales/`.
    pub tag: String,
    /// The language's name in that language ("Français", "العربية"), shown in the picker.
    pub name: String,
    pub dir: Direction,
}

static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();

/// All supported languages, in the order the picker shows them.
pub fn all() -> &'static [Language] {
    LANGUAGES.get_or_init(|| {
        serde_json::from_str(include_str!("../../locales/languages.json"))
            .expect("locales/languages.json is checked by the host tests")
    })
}

/// The language with exactly this tag (case-insensitive, as BCP 47 tags are).
pub fn find(tag: &str) -> Option<&'static Language> {
    all().iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

static AUTONYMS: OnceLock<std::collections::BTreeMap<String, String>> = OnceLock::new();

/// The own name of a language families may speak (not only the interface languages), from
/// `locales/autonyms.json`: "Türkçe" for `tr`, "پښتو" for `ps`.
pub fn autonym(tag: &str) -> Option<&'static str> {
    let names = AUTONYMS.get_or_init(|| {
        serde_json::from_str(include_str!("../../locales/autonyms.json"))
            .expect("checked by the host tests")
    });
    find(tag)
        .map(|l| l.name.as_str())
        .or_else(|| names.get(&tag.to_ascii_lowercase()).map(String::as_str))
}

/// The default language; always present.
pub fn default_language() -> &'static Language {
    find(DEFAULT_LANGUAGE).expect("the default language is listed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_starts_with_dutch_and_has_the_first_four() {
        assert_eq!(all()[0].tag, "nl");
        for tag in ["nl", "en", "fr", "ar"] {
            assert!(find(tag).is_some(), "{tag} missing");
        }
    }

    #[test]
    fn directions() {
        // Arabic script (Arabic, Persian, Pashto) is right-to-left; Latin, Cyrillic and
        // Ge'ez (Tigrinya) are left-to-right.
        for l in all() {
            let rtl = matches!(l.tag.as_str(), "ar" | "fa" | "prs" | "ps" | "ckb");
            assert_eq!(l.dir == Direction::Rtl, rtl, "{}", l.tag);
        }
        assert_eq!(find("ar").unwrap().dir, Direction::Rtl);
        assert_eq!(find("ti").unwrap().dir, Direction::Ltr);
        assert_eq!(Direction::Rtl.as_str(), "rtl");
    }

    #[test]
    fn the_sixteen_interface_languages_are_offered() {
        for tag in [
            "nl", "fr", "en", "ar", "tr", "pl", "ro", "bg", "ru", "uk", "es", "pt", "fa", "ps",
            "ti", "so",
        ] {
            assert!(find(tag).is_some(), "{tag} missing");
        }
    }

    #[test]
    fn tags_are_unique_and_names_are_autonyms() {
        let mut tags: Vec<_> = all().iter().map(|l| l.tag.to_ascii_lowercase()).collect();
        tags.sort();
        tags.dedup();
        assert_eq!(tags.len(), all().len());
        assert_eq!(find("FR").unwrap().name, "Français");
        assert_eq!(find("ar").unwrap().name, "العربية");
    }

    #[test]
    fn autonyms_of_spoken_languages() {
        assert_eq!(autonym("tr"), Some("Türkçe"));
        assert_eq!(autonym("AR"), Some("العربية"));
        assert_eq!(autonym("xx"), None);
    }

    #[test]
    fn every_tag_parses_as_bcp47() {
        for l in all() {
            l.tag
                .parse::<unic_langid::LanguageIdentifier>()
                .unwrap_or_else(|e| panic!("{}: {e}", l.tag));
        }
    }
}
