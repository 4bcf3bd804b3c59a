//! The search benchmark, shared by the host (`examples/bench_search.rs`) and the browser
//! (`tests/bench_search_wasm.rs`) so both measure exactly the same work.
//! 5,000 offers with texts in nl, en, fr, ar plus the question router; the query table of
//! `tests/fixtures/search-queries.json` twenty times. Returns a report; asserts nothing.

use buurtwijzer::domain::catalogue::Catalogue;
use buurtwijzer::domain::questions::{load, search_index};
use buurtwijzer::domain::search::Kind;

/// `now` is a millisecond clock (Instant on the host, performance.now() in the browser).
pub fn run(now: impl Fn() -> f64) -> String {
    let mut c: Catalogue =
        serde_json::from_str(include_str!("../../public/data/catalogue.json")).unwrap();
    let questions = load(include_str!("../../public/data/questions.json"), &c).unwrap();
    let base = c.offers.clone();
    let originals = base.len();
    // Keep the real offers (the questions point at them) and add generated ones.
    c.offers.extend((originals..5000).map(|i| {
        let mut o = base[i % originals].clone();
        o.id = format!("{}-{i}", o.id);
        for text in o.name.0.values_mut() {
            text.push_str(&format!(" {i}"));
        }
        o
    }));
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../fixtures/search-queries.json")).unwrap();

    let t = now();
    let index = search_index(&c, Some(&questions));
    let build = now() - t;

    let mut times = Vec::new();
    let (mut at1, mut at5) = (0, 0);
    for _ in 0..20 {
        for r in &rows {
            let q = r["query"].as_str().unwrap();
            let t = now();
            let hits = std::hint::black_box(index.search(q));
            times.push(now() - t);
            let qs: Vec<&str> = hits
                .iter()
                .filter(|h| h.kind == Kind::Question)
                .map(|h| h.id.as_str())
                .collect();
            let expected = r["expected"].as_str().unwrap();
            at1 += usize::from(qs.first() == Some(&expected));
            at5 += usize::from(qs.iter().take(5).any(|id| *id == expected));
        }
    }
    times.sort_by(f64::total_cmp);
    let p = |x: f64| times[((times.len() - 1) as f64 * x) as usize];
    let n = times.len();
    format!(
        "index build {build:.1} ms ({} offers, {} questions); query p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms over {n}; recall@1 {at1}/{n}, recall@5 {at5}/{n}",
        c.offers.len(),
        questions.topics.iter().map(|t| t.questions.len()).sum::<usize>(),
        p(0.5),
        p(0.95),
        p(1.0)
    )
}
