//! The catalogue shipped in `public/data/` is valid and covers what the network promises.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::catalogue::AGE_BANDS;
use buurtwijzer::domain::functions::FUNCTIONS;
use buurtwijzer::domain::translations::{coverage, entries};
use buurtwijzer::domain::validate::load;
use std::collections::BTreeSet;

#[path = "support/shipped.rs"]
mod shipped;
use shipped::CATALOGUE as SHIPPED;

/// The interface languages (`locales/languages.json`): the content must be in each.
fn interface_languages() -> Vec<String> {
    let all: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../locales/languages.json")).unwrap();
    all.iter()
        .map(|l| l["tag"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_shipped_catalogue_validates() {
    if let Err(problems) = load(SHIPPED) {
        panic!("{problems:#?}");
    }
}

#[test]
fn it_covers_the_network() {
    let c = load(SHIPPED).unwrap();
    assert!(c.offers.len() >= 40, "{} offers", c.offers.len());
    let partners: BTreeSet<_> = c.offers.iter().map(|o| &o.organization).collect();
    assert!(partners.len() >= 12, "{} partners", partners.len());
    for f in FUNCTIONS {
        assert!(
            c.offers
                .iter()
                .any(|o| o.functions.iter().any(|x| x == f.code)),
            "nothing for {}",
            f.code
        );
    }
    for age in AGE_BANDS {
        assert!(
            c.offers.iter().any(|o| o.ages.iter().any(|a| a == age)),
            "nothing for {age}"
        );
    }
    assert!(c.offers.iter().filter(|o| o.activity.is_some()).count() >= 10);
    let desk = c.front_desk().expect("a front desk");
    assert!(desk.functions.iter().any(|f| f == "basic-rights"));
}

#[test]
fn every_text_is_in_every_interface_language() {
    let c = shipped::catalogue();
    let q = shipped::questions(&c);
    let languages = interface_languages();
    assert_eq!(languages.len(), 16);
    let mut published: Vec<String> = c.translations.clone();
    published.push("nl".into());
    published.sort();
    let mut wanted = languages.clone();
    wanted.sort();
    assert_eq!(published, wanted, "catalogue.json `translations`");
    assert_eq!(
        q.translations, c.translations,
        "questions.json `translations`"
    );
    let packs: Vec<&str> = shipped::PACKS.iter().map(|p| p.0).collect();
    assert_eq!(
        packs, c.translations,
        "packs read by tests/support/shipped.rs"
    );
    for lang in &languages {
        for (what, data) in [
            (
                "catalogue",
                &c as &dyn buurtwijzer::domain::translations::Translatable,
            ),
            ("questions", &q),
        ] {
            let missing: Vec<String> = entries(data, lang)
                .into_iter()
                .filter(|e| e.target.is_none())
                .map(|e| e.key)
                .collect();
            assert!(missing.is_empty(), "{what} lacks {lang}: {missing:?}");
            assert!(coverage(data, lang).complete());
        }
    }
}

#[test]
fn every_question_has_search_words_in_every_language() {
    let c = shipped::catalogue();
    let q = shipped::questions(&c);
    for lang in interface_languages() {
        for question in q.topics.iter().flat_map(|t| &t.questions) {
            let words = question
                .synonyms
                .get(&lang)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            assert!(
                !words.is_empty(),
                "{} has no {lang} search words",
                question.id
            );
            let mut seen = BTreeSet::new();
            for w in words {
                assert!(
                    !w.trim().is_empty() && w.trim() == w,
                    "{}: word {w:?} ({lang})",
                    question.id
                );
                assert!(
                    w.chars().count() <= 60,
                    "{}: {w:?} is a sentence, not a search word",
                    question.id
                );
                assert!(
                    seen.insert(w.to_lowercase()),
                    "{}: {w:?} twice ({lang})",
                    question.id
                );
            }
        }
    }
}

/// The family app answers opening hours from the tables shipped with the catalogue, so they
/// must be what the parser says: a fresh compile from the catalogue's `updated` day gives the
/// same tables (run `cargo run --example hours_tables` after editing hours), and every
/// expression has one.
#[test]
fn the_shipped_hours_tables_are_up_to_date() {
    use buurtwijzer::domain::dates::parse_date;
    use buurtwijzer::domain::hours::{without_table, TABLE_DAYS};
    let shipped = load(SHIPPED).unwrap();
    let from = parse_date(&shipped.updated).unwrap();
    assert!(without_table(&shipped, from).is_empty());
    let mut fresh = shipped.clone();
    fresh.hours_tables.clear();
    assert!(buurtwijzer::domain::validate::compile_hours(&mut fresh, from).is_empty());
    assert_eq!(
        fresh.hours_tables, shipped.hours_tables,
        "run `cargo run --example hours_tables`"
    );
    assert!(shipped
        .hours_tables
        .values()
        .all(|t| t.from == shipped.updated && t.days == TABLE_DAYS));
}
