//! Search over the shipped catalogue and question router: a table of queries as families type
//! them (four languages, typos, missing accents, other scripts) with the expected top result.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::questions::{load, search_index};
use buurtwijzer::domain::search::Kind;
use buurtwijzer::domain::validate;

const CATALOGUE: &str = include_str!("../public/data/catalogue.json");
const QUESTIONS: &str = include_str!("../public/data/questions.json");

/// Queries and the question a person would expect first: `tests/fixtures/search-queries.json`
/// (also used by `examples/bench_search.rs`).
fn table() -> Vec<(String, String)> {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/search-queries.json")).unwrap();
    rows.iter()
        .map(|r| {
            (
                r["query"].as_str().unwrap().to_owned(),
                r["expected"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn shipped_questions_validate_and_use_vendored_pictograms() {
    let c = validate::load(CATALOGUE).unwrap();
    let q = load(QUESTIONS, &c).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(q.topics.len(), 12);
    let listed = include_str!("../scripts/pictograms.txt");
    for t in &q.topics {
        assert!((3..=8).contains(&t.questions.len()), "{}", t.id);
        for name in std::iter::once(&t.pictogram).chain(t.questions.iter().map(|x| &x.pictogram)) {
            assert!(
                listed.lines().any(|l| l.trim() == name),
                "pictogram {name} not vendored"
            );
        }
    }
}

#[test]
fn questions_pointing_to_unknown_offers_are_refused() {
    let c = validate::load(CATALOGUE).unwrap();
    let broken = QUESTIONS.replacen("\"hvhk-onthaal\"", "\"no-such-offer\"", 1);
    let problems = load(&broken, &c).unwrap_err();
    assert!(problems.iter().any(|p| p.field == "offers"), "{problems:?}");
}

#[test]
fn query_table_top_results() {
    let c = validate::load(CATALOGUE).unwrap();
    let q = load(QUESTIONS, &c).unwrap();
    let index = search_index(&c, Some(&q));
    let mut wrong = Vec::new();
    let table = table();
    for (query, expected) in &table {
        let hits = index.search(query);
        let first = hits
            .iter()
            .find(|h| h.kind == Kind::Question)
            .map(|h| h.id.as_str());
        if first != Some(expected.as_str()) {
            let top: Vec<_> = hits.iter().take(3).map(|h| h.id.as_str()).collect();
            wrong.push(format!("{query:?}: expected {expected}, got {top:?}"));
        }
    }
    assert!(table.len() >= 30);
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        table.len(),
        wrong.join("\n")
    );
}

#[test]
fn nonsense_finds_nothing() {
    let c = validate::load(CATALOGUE).unwrap();
    let q = load(QUESTIONS, &c).unwrap();
    assert!(search_index(&c, Some(&q)).search("qwxzv").is_empty());
}

#[path = "support/fold_cases.rs"]
mod fold_cases;

#[test]
fn folding_rules() {
    for (text, folded) in fold_cases::FOLD_CASES {
        assert_eq!(buurtwijzer::domain::search::fold(text), *folded, "{text}");
    }
    assert_eq!(
        buurtwijzer::domain::search::words("Hi, (ouders)! 3-6"),
        ["hi", "ouders", "3", "6"]
    );
}
