//! Browser (wasm) search benchmark, not part of the test suite, with Fuse.js side by side in
//! the same page and run (needs `npm ci`: it reads node_modules/fuse.js when it compiles):
//! `CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=600 cargo test --release --target wasm32-unknown-unknown --test bench_search_wasm -- --nocapture`
//! (`cargo xtask bench` runs it). Prints a line of figures for each engine and one
//! `bench-json: {...}` line for the benchmark table; asserts nothing.
//!
//! Fuse.js gets the same 5,000 offers and 91 questions (`search_bench::fuse_documents`: one
//! document per question with its texts and synonyms in every language and its topic label,
//! one per offer with its names, descriptions and organization names in every language) and the
//! same query table, scored the same way (the expected question first / in the first five of
//! the question hits). Its options (`search_bench::FUSE_OPTIONS`) were tuned for its best
//! recall on this table, with the field weights our index uses (title 3, synonyms 2, body 1),
//! `ignoreLocation` and `ignoreDiacritics` (crèche = creche, Arabic harakat dropped):
//! - threshold 0.3 / 0.4 / 0.5 / 0.6, whole query as one pattern: recall@1 30 / 31 / 32 / 35 of 37;
//! - `useExtendedSearch` (every word must match), threshold 0.3–0.6: 32–36 of 37;
//! - `useTokenSearch` (each word fuzzy-matched, idf-weighted), threshold 0.3 / 0.5 / 0.6:
//!   33 / 34 / 37 of 37 — the settings used; 0.7 and 0.8 drop to 36; `tokenMatch: "all"` also
//!   gets 37 but is slower. `ignoreFieldNorm` lowered recall (33).
//!
//! Fuse.js takes hundreds of milliseconds a query on 5,000 offers, so it runs the query table
//! as many of the 20 rounds as fit in `FUSE_BUDGET_MS` (at least one): recall does not depend
//! on the rounds, and the latency figures say over how many queries they were taken.

#![cfg(target_arch = "wasm32")]

#[path = "support/search_bench.rs"]
mod search_bench;

use search_bench::{data, fuse_documents, queries, spread_json, Tally, FUSE_OPTIONS, ROUNDS};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// How long Fuse.js may take over its rounds of the query table.
const FUSE_BUDGET_MS: f64 = 60_000.0;

/// Fuse.js as shipped by npm (`npm ci` puts it there).
const FUSE_SOURCE: &str = include_str!("../node_modules/fuse.js/dist/fuse.mjs");

// The test runner serves `.mjs` files with a type browsers refuse for modules, so Fuse.js's
// ES module is loaded from its source text through a blob URL.
#[wasm_bindgen(inline_js = "export async function load_fuse(source) {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try { return (await import(url)).default; } finally { URL.revokeObjectURL(url); }
}")]
extern "C" {
    /// Fuse.js's default export, the `Fuse` class.
    async fn load_fuse(source: &str) -> JsValue;
}

#[wasm_bindgen]
extern "C" {
    type Fuse;

    /// Every match, best first: `{ item, refIndex }`.
    #[wasm_bindgen(method)]
    fn search(this: &Fuse, query: &str) -> js_sys::Array;
}

/// Lets the page breathe between Fuse.js queries (the test runner polls it); not timed.
async fn yield_now() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
async fn search_benchmark_in_the_browser() {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let now = || performance.now();

    // Ours.
    let (builds, ours, offers, n_questions) = search_bench::ours(now);
    console_log!("wasm: {}", summary(&builds, &ours));

    // Fuse.js, same documents, same table.
    let (c, questions) = data();
    let (docs_json, ids) = fuse_documents(&c, &questions);
    drop((c, questions));
    let rows = queries();
    let options = js_sys::JSON::parse(FUSE_OPTIONS).unwrap();
    let class: js_sys::Function = load_fuse(FUSE_SOURCE).await.unchecked_into();
    let mut fuse_builds = Vec::new();
    let mut fuse = None;
    for _ in 0..search_bench::BUILDS {
        // Fuse.js indexes JavaScript objects: parsing them is not part of its build time.
        let docs = js_sys::JSON::parse(&docs_json).unwrap();
        let t = now();
        let built: Fuse = js_sys::Reflect::construct(&class, &js_sys::Array::of2(&docs, &options))
            .unwrap()
            .unchecked_into();
        fuse_builds.push(now() - t);
        fuse = Some(built);
        yield_now().await;
    }
    let fuse = fuse.unwrap();
    let ref_index = JsValue::from_str("refIndex");
    let mut theirs = Tally::default();
    let mut rounds = 0;
    let started = now();
    while rounds < ROUNDS && (rounds == 0 || now() - started < FUSE_BUDGET_MS) {
        for (q, expected) in &rows {
            let t = now();
            let hits = fuse.search(q);
            let ms = now() - t;
            let qs: Vec<&str> = hits
                .iter()
                .filter_map(|h| js_sys::Reflect::get(&h, &ref_index).ok()?.as_f64())
                .map(|i| &ids[i as usize])
                .filter(|(question, _)| *question)
                .map(|(_, id)| id.as_str())
                .collect();
            theirs.record(ms, expected, &qs);
            yield_now().await;
        }
        rounds += 1;
    }
    console_log!(
        "fuse.js: {} ({rounds} of {ROUNDS} rounds in the time budget)",
        summary(&fuse_builds, &theirs)
    );
    let ratio = |x: f64| ours.quantile(x) / theirs.quantile(x);
    console_log!(
        "ours/fuse.js: p50 {:.5}, p95 {:.5} (Fuse.js {:.0}x / {:.0}x slower)",
        ratio(0.5),
        ratio(0.95),
        1.0 / ratio(0.5),
        1.0 / ratio(0.95)
    );
    let json = serde_json::json!({
        "search": {
            "offers": offers,
            "questions": n_questions,
            "query_table": rows.len(),
            "ours": {
                "index_build_ms": spread_json(&builds),
                "rounds": ROUNDS,
                "latency": ours.json(),
            },
            "fuse": {
                "options": serde_json::from_str::<serde_json::Value>(FUSE_OPTIONS).unwrap(),
                "index_build_ms": spread_json(&fuse_builds),
                "rounds": rounds,
                "latency": theirs.json(),
            },
            "ratio_ours_to_fuse": { "p50": ratio(0.5), "p95": ratio(0.95) },
        }
    });
    console_log!("bench-json: {json}");
}

fn summary(builds: &[f64], t: &Tally) -> String {
    let (build, lo, hi) = search_bench::spread(builds);
    let n = t.n();
    format!(
        "index build {build:.1} ms (min {lo:.1}, max {hi:.1}); query p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms over {n}; recall@1 {}/{n}, recall@5 {}/{n}",
        t.quantile(0.5),
        t.quantile(0.95),
        t.quantile(1.0),
        t.at1,
        t.at5
    )
}
