//! Host benchmark of search: index build and query latency (p50/p95) over a generated
//! 5,000-offer catalogue (texts in nl, en, fr, ar) plus the question router, with the query
//! table of `tests/fixtures/search-queries.json`, and how many get the expected top question.
//! Run: `cargo run --release --example bench_search` (prints figures; asserts nothing).

use buurtwijzer::domain::catalogue::Catalogue;
use buurtwijzer::domain::questions::{load, search_index};
use buurtwijzer::domain::search::Kind;
use std::time::Instant;

fn main() {
    let mut c: Catalogue =
        serde_json::from_str(include_str!("../public/data/catalogue.json")).unwrap();
    let questions = load(include_str!("../public/data/questions.json"), &c).unwrap();
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
        serde_json::from_str(include_str!("../tests/fixtures/search-queries.json")).unwrap();

    let t = Instant::now();
    let index = search_index(&c, Some(&questions));
    println!(
        "index build: {:.1} ms ({} offers, {} questions)",
        t.elapsed().as_secs_f64() * 1e3,
        c.offers.len(),
        questions
            .topics
            .iter()
            .map(|t| t.questions.len())
            .sum::<usize>()
    );

    let mut times = Vec::new();
    let (mut at1, mut at5) = (0, 0);
    for _ in 0..20 {
        for r in &rows {
            let q = r["query"].as_str().unwrap();
            let t = Instant::now();
            let hits = std::hint::black_box(index.search(q));
            times.push(t.elapsed().as_secs_f64() * 1e3);
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
    println!(
        "query latency over {n} runs: p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        p(0.5),
        p(0.95),
        p(1.0)
    );
    println!("recall@1 {}/{n}, recall@5 {}/{n}", at1, at5);
}
