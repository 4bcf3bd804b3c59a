//! Search over the shipped catalogue and question router: a table of queries as families type
//! them (four languages, typos, missing accents, other scripts) with the expected top result.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::questions::{load, search_index};
use buurtwijzer::domain::search::Kind;
use buurtwijzer::domain::validate;

#[path = "support/shipped.rs"]
mod shipped;
use shipped::{CATALOGUE, QUESTIONS};

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
    assert_eq!(q.topics.len(), 14);
    let listed = include_str!("../scripts/pictograms.txt");
    for t in &q.topics {
        // A topic is one screen of pictogram tiles: enough to choose from, few enough to scan.
        assert!((3..=10).contains(&t.questions.len()), "{}", t.id);
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
    // The table's four languages, as a family reading one of them with the interpreter view
    // on would have them at most.
    let (c, q) = shipped::in_languages(&["en", "fr", "ar"]);
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
    let c = shipped::catalogue();
    let q = shipped::questions(&c);
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

/// Queries written by someone who had not seen the translations or their search words
/// (`tests/fixtures/search-queries-held-out.json`), searched the way the app does: over Dutch
/// plus the family's own language. Each language's first three are childcare, vaccination and
/// money help, which Turkish and Tigrinya families must always find; over all languages the
/// share found first is printed and must stay high.
#[test]
fn held_out_queries_in_the_familys_language() {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/search-queries-held-out.json")).unwrap();
    let mut right = 0;
    let mut wrong = Vec::new();
    let mut seen: std::collections::BTreeMap<String, usize> = Default::default();
    for r in &rows {
        let lang = r["lang"].as_str().unwrap();
        let query = r["query"].as_str().unwrap();
        let expected: Vec<&str> = r["expected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap())
            .collect();
        let nth = *seen
            .entry(lang.to_owned())
            .and_modify(|n| *n += 1)
            .or_insert(0);
        let (c, q) = shipped::in_languages(&[lang]);
        let hits = search_index(&c, Some(&q)).search(query);
        let first = hits
            .iter()
            .find(|h| h.kind == Kind::Question)
            .map(|h| h.id.clone());
        if first.as_deref().is_some_and(|f| expected.contains(&f)) {
            right += 1;
        } else {
            let must = nth < 3 && (lang == "tr" || lang == "ti");
            wrong.push((
                must,
                format!("{lang} {query:?}: expected {expected:?}, got {first:?}"),
            ));
        }
    }
    let share = right * 100 / rows.len();
    println!(
        "held-out queries found first: {right} of {} ({share} %)",
        rows.len()
    );
    for (_, w) in &wrong {
        println!("  {w}");
    }
    assert!(rows.len() >= 100);
    let must: Vec<_> = wrong.iter().filter(|w| w.0).map(|w| &w.1).collect();
    assert!(
        must.is_empty(),
        "Turkish or Tigrinya families miss a basic need: {must:#?}"
    );
    assert!(
        share >= 75,
        "only {share} % of held-out queries found first"
    );
}
