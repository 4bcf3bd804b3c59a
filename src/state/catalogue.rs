//! Loading the catalogue: the published files and their language packs, checked, with opening
//! hours compiled into tables. The parsers behind the checks are chunks of their own in the
//! split build, fetched only when needed.

use crate::domain::catalogue::Catalogue;
use crate::domain::hours;
use crate::domain::questions::{self, Questions};
use crate::domain::schedule::Schedules;
use crate::domain::translations::{self, Pack, Translatable};
use crate::domain::validate::{self, Issue};
use crate::i18n::I18n;
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::sync::Arc;

use super::local_now;

/// Where the published catalogue is fetched from when there is no neighbourhood index.
pub const CATALOGUE_URL: &str = "/data/catalogue.json";

/// Which neighbourhoods there are (optional: without it, the one catalogue above).
pub const NEIGHBOURHOODS_URL: &str = "/data/neighbourhoods.json";

/// A published file's text, or `None` offline or on an error status.
pub(super) async fn fetch_text(url: &str) -> Option<String> {
    crate::browser::http::get_text(url).await.ok()
}

/// A validated catalogue with its parsed opening hours.
pub struct LoadedCatalogue {
    pub catalogue: Catalogue,
    pub schedules: Schedules,
    /// The published language packs put in (`domain::translations`), or tried: a pack that
    /// could not be fetched is not asked for again for this catalogue.
    pub languages: BTreeSet<String>,
}

impl LoadedCatalogue {
    pub fn new(catalogue: Catalogue) -> Arc<Self> {
        // A stored catalogue holds the packs it was stored with; the neighbourhood's name is
        // the first text of every pack.
        let languages = catalogue
            .translations
            .iter()
            .filter(|t| catalogue.neighbourhood.name.has(t))
            .cloned()
            .collect();
        Self::with_languages(catalogue, languages)
    }

    pub(super) fn with_languages(catalogue: Catalogue, languages: BTreeSet<String>) -> Arc<Self> {
        let schedules = Schedules::new(&catalogue);
        Arc::new(LoadedCatalogue {
            catalogue,
            schedules,
            languages,
        })
    }
}

/// The languages whose texts the pages show now: the family's, and the staff's while the
/// interpreter view is on (tracked).
pub(super) fn content_languages(i18n: I18n) -> Vec<&'static str> {
    let mut langs = vec![i18n.language().tag.as_str()];
    langs.extend(i18n.second().map(|l| l.tag.as_str()));
    langs
}

/// Of `wanted`, the languages published as packs and not held yet.
pub(super) fn missing_languages(
    published: &[String],
    held: &BTreeSet<String>,
    wanted: &[&str],
) -> Vec<String> {
    wanted
        .iter()
        .filter(|l| published.iter().any(|p| p == *l) && !held.contains(**l))
        .map(|l| (*l).to_owned())
        .collect()
}

/// Fetches the packs of `langs` published beside `base_url` and puts them into `data`.
/// A pack that cannot be fetched or read is left out: its texts
/// then show in Dutch, marked as not yet in the family's language.
pub(super) async fn put_in_packs(data: &mut dyn Translatable, base_url: &str, langs: &[String]) {
    for lang in langs {
        let Some(text) = fetch_text(&translations::pack_url(base_url, lang)).await else {
            continue;
        };
        let Ok(pack) = serde_json::from_str::<Pack>(&text) else {
            continue;
        };
        if pack.schema == translations::SCHEMA && &pack.language == lang {
            translations::apply(data, &pack);
        }
    }
}

/// A published catalogue, parsed and validated. A chunk of its own in the split build: the
/// opening-hours parser behind it is not needed to paint the first screen.
#[cfg_attr(feature = "split", leptos::lazy)]
pub(super) async fn check_catalogue(text: String) -> Result<Catalogue, Vec<Issue>> {
    validate::load_published(&text)
}

/// The catalogue with a table for today for every opening-hours expression (tables of
/// `current` reused), and the problems of expressions that do not read. The parser's chunk
/// is fetched only when a table is missing: a catalogue published with tables needs none.
pub(super) async fn with_tables(
    mut catalogue: Catalogue,
    current: Option<&Catalogue>,
) -> (Catalogue, Vec<Issue>) {
    let today = local_now().date();
    if let Some(current) = current {
        hours::keep_tables(&mut catalogue, current, today);
    }
    if hours::without_table(&catalogue, today).is_empty() {
        return (catalogue, Vec::new());
    }
    compile_hours(catalogue, today).await
}

/// Tables made on this device (a chunk with the opening-hours parser).
#[cfg_attr(feature = "split", leptos::lazy)]
pub(super) async fn compile_hours(
    mut catalogue: Catalogue,
    today: NaiveDate,
) -> (Catalogue, Vec<Issue>) {
    let problems = validate::compile_hours(&mut catalogue, today);
    (catalogue, problems)
}

/// The question router, parsed and checked against the catalogue (a chunk, like the above).
#[cfg_attr(feature = "split", leptos::lazy)]
pub(super) async fn check_questions(
    text: String,
    data: Arc<LoadedCatalogue>,
) -> Result<Questions, Vec<Issue>> {
    questions::load(&text, &data.catalogue)
}
