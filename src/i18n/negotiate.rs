//! Which language to show: the first candidate the app supports, else Dutch.
//!
//! Candidates come in priority order: `?lang=` in the URL (deep links keep their language),
//! the stored choice, then the browser's languages. A candidate matches a supported language
//! exactly, or by its primary subtag ("fr-BE" gives French, "ar-MA" Arabic).

use super::languages::{self, Language};

/// Picks the language for the first candidate that matches, else the default language.
pub fn negotiate<'a, I>(candidates: I) -> &'static Language
where
    I: IntoIterator<Item = &'a str>,
{
    candidates
        .into_iter()
        .find_map(supported)
        .unwrap_or_else(languages::default_language)
}

/// The supported language a single tag stands for, if any.
pub fn supported(tag: &str) -> Option<&'static Language> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    languages::find(tag).or_else(|| {
        let primary = tag.split(['-', '_']).next()?;
        languages::find(primary)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(c: &[&str]) -> &'static str {
        &negotiate(c.iter().copied()).tag
    }

    #[test]
    fn url_wins_over_stored_and_browser() {
        assert_eq!(pick(&["ar", "fr", "en-GB"]), "ar");
    }

    #[test]
    fn stored_choice_wins_over_browser() {
        assert_eq!(pick(&["fr", "en-GB"]), "fr");
    }

    #[test]
    fn unsupported_or_garbage_candidates_are_skipped() {
        assert_eq!(pick(&["xx", "", "  ", "<script>", "en"]), "en");
    }

    #[test]
    fn region_and_underscore_variants_match_the_primary_language() {
        assert_eq!(pick(&["fr-BE"]), "fr");
        assert_eq!(pick(&["ar_MA"]), "ar");
        assert_eq!(pick(&["NL-be"]), "nl");
    }

    #[test]
    fn falls_back_to_dutch() {
        assert_eq!(pick(&[]), "nl");
        assert_eq!(pick(&["de-DE", "ja"]), "nl");
    }
}
