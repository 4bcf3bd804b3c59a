//! The search benchmark, shared by the host (`examples/bench_search.rs`) and the browser
//! (`tests/bench_search_wasm.rs`) so both measure exactly the same work.
//! 5,000 offers with texts in nl, en, fr, ar plus the question router; the query table of
//! `tests/fixtures/search-queries.json` twenty times. Returns figures; asserts nothing.
//! The browser twin also runs Fuse.js over the same documents (`fuse_documents`) and the same
//! query table, scored by the same `Tally`.
// Each user of this module uses part of it (the host example has no Fuse.js).
#![allow(dead_code)]

use buurtwijzer::domain::catalogue::Catalogue;
use buurtwijzer::domain::questions::{load, search_index, Questions};
use buurtwijzer::domain::search::Kind;

/// Times the query table is run.
pub const ROUNDS: usize = 20;
/// Times the index is built (median, min, max).
pub const BUILDS: usize = 3;

/// The shipped catalogue grown to 5,000 offers, and the shipped questions.
pub fn data() -> (Catalogue, Questions) {
    let mut c: Catalogue =
        serde_json::from_str(include_str!("../../public/data/catalogue.json")).unwrap();
    let questions = load(include_str!("../../public/data/questions.json"), &c).unwrap();
    let base = c.offers.clone();
    let originals = base.len();
    // Keep the real offers (the questions point at them) and add generated ones.
    c.offers.extend((originals..5000).map(|i| {
        let mut o = base[i % originals].clone();
        o.id = format!("{}-{i}", o.id);
        o.name = o
            .name
            .all()
            .map(|(lang, text)| (lang.to_owned(), format!("{text} {i}")))
            .collect();
        o
    }));
    (c, questions)
}

/// The query table: (query, id of the question that should come first).
pub fn queries() -> Vec<(String, String)> {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../fixtures/search-queries.json")).unwrap();
    rows.iter()
        .map(|r| {
            (
                r["query"].as_str().unwrap().to_owned(),
                r["expected"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Latencies (ms) and how often the expected question came first / in the first five.
#[derive(Default)]
pub struct Tally {
    pub times: Vec<f64>,
    pub at1: usize,
    pub at5: usize,
}

impl Tally {
    /// One query: its time and the question ids it returned, best first.
    pub fn record(&mut self, ms: f64, expected: &str, questions: &[&str]) {
        self.times.push(ms);
        self.at1 += usize::from(questions.first() == Some(&expected));
        self.at5 += usize::from(questions.iter().take(5).any(|id| *id == expected));
    }

    pub fn n(&self) -> usize {
        self.times.len()
    }

    /// The `x` quantile (0..=1) of the latencies.
    pub fn quantile(&self, x: f64) -> f64 {
        let mut t = self.times.clone();
        t.sort_by(f64::total_cmp);
        t[((t.len() - 1) as f64 * x) as usize]
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "queries": self.n(),
            "p50_ms": self.quantile(0.5),
            "p95_ms": self.quantile(0.95),
            "min_ms": self.quantile(0.0),
            "max_ms": self.quantile(1.0),
            "recall_at_1": self.at1 as f64 / self.n() as f64,
            "recall_at_5": self.at5 as f64 / self.n() as f64,
            "hits_at_1": self.at1,
            "hits_at_5": self.at5,
        })
    }
}

/// Median, min, max.
pub fn spread(xs: &[f64]) -> (f64, f64, f64) {
    let mut t = xs.to_vec();
    t.sort_by(f64::total_cmp);
    (t[t.len() / 2], t[0], t[t.len() - 1])
}

pub fn spread_json(xs: &[f64]) -> serde_json::Value {
    let (median, min, max) = spread(xs);
    serde_json::json!({ "median": median, "min": min, "max": max, "runs": xs.len() })
}

/// Our search: index build times (ms) and the tally of `ROUNDS` runs of the query table.
/// `now` is a millisecond clock (Instant on the host, performance.now() in the browser).
pub fn ours(now: impl Fn() -> f64) -> (Vec<f64>, Tally, usize, usize) {
    let (c, questions) = data();
    let rows = queries();
    let mut builds = Vec::new();
    let mut index = None;
    for _ in 0..BUILDS {
        let t = now();
        let built = search_index(&c, Some(&questions));
        builds.push(now() - t);
        index = Some(built);
    }
    let index = index.unwrap();
    let mut tally = Tally::default();
    for _ in 0..ROUNDS {
        for (q, expected) in &rows {
            let t = now();
            let hits = std::hint::black_box(index.search(q));
            let ms = now() - t;
            let qs: Vec<&str> = hits
                .iter()
                .filter(|h| h.kind == Kind::Question)
                .map(|h| h.id.as_str())
                .collect();
            tally.record(ms, expected, &qs);
        }
    }
    let n_questions = questions.topics.iter().map(|t| t.questions.len()).sum();
    (builds, tally, c.offers.len(), n_questions)
}

/// A line of figures for our search.
pub fn run(now: impl Fn() -> f64) -> String {
    let (builds, tally, offers, questions) = ours(now);
    let (build, _, _) = spread(&builds);
    let n = tally.n();
    format!(
        "index build {build:.1} ms ({offers} offers, {questions} questions); query p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms over {n}; recall@1 {}/{n}, recall@5 {}/{n}",
        tally.quantile(0.5),
        tally.quantile(0.95),
        tally.quantile(1.0),
        tally.at1,
        tally.at5,
    )
}

/// The same documents for Fuse.js, one per question and one per offer, with the texts our
/// index reads, grouped by the weight our index gives them:
/// - `title`: a question's text / an offer's name, in every language (our weight 3);
/// - `synonyms`: a question's synonyms in every language (our weight 2);
/// - `body`: a question's topic label / an offer's description and organization name (1).
///
/// Returns the documents (JSON array) and, per document, (is a question, id).
pub fn fuse_documents(c: &Catalogue, questions: &Questions) -> (String, Vec<(bool, String)>) {
    let texts = |t: &buurtwijzer::domain::catalogue::Text| {
        t.all().map(|(_, s)| s.to_owned()).collect::<Vec<_>>()
    };
    let mut docs = Vec::new();
    let mut ids = Vec::new();
    for t in &questions.topics {
        for q in &t.questions {
            docs.push(serde_json::json!({
                "title": texts(&q.text),
                "synonyms": q.synonyms.values().flatten().collect::<Vec<_>>(),
                "body": texts(&t.label),
            }));
            ids.push((true, q.id.clone()));
        }
    }
    for o in &c.offers {
        let mut body = texts(&o.description);
        if let Some(org) = c.organization(&o.organization) {
            body.extend(texts(&org.name));
        }
        docs.push(serde_json::json!({
            "title": texts(&o.name),
            "synonyms": [],
            "body": body,
        }));
        ids.push((false, o.id.clone()));
    }
    (serde_json::to_string(&docs).unwrap(), ids)
}

/// The Fuse.js options, tuned for its best recall on this query table (see
/// `tests/bench_search_wasm.rs` for what was tried).
pub const FUSE_OPTIONS: &str = r#"{
  "keys": [
    { "name": "title", "weight": 3 },
    { "name": "synonyms", "weight": 2 },
    { "name": "body", "weight": 1 }
  ],
  "ignoreLocation": true,
  "ignoreDiacritics": true,
  "threshold": 0.6,
  "useTokenSearch": true
}"#;
