//! Property-based fuzzing (stable Rust, proptest) of every parser that reads what someone else
//! wrote: the CSV template, Open Referral HSDS, the catalogue and question files, opening
//! hours, and the receiver's answers. Each gets random bytes, random text in its own alphabet,
//! and valid files with random edits (cut, bytes changed, pieces repeated). What must hold: no
//! panic, an answer within a bound (a hang detector, not a speed target), and a refusal that
//! always gives a reason.
//!
//! `cargo xtask test` runs a short budget; a longer run: `BW_FUZZ_CASES=20000 cargo test --release
//! --test fuzz_parsers`.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::feedback::{sync, Face, Record};
use buurtwijzer::domain::hours::{Calendar, Hours};
use buurtwijzer::domain::import::{self, csv, hsds};
use buurtwijzer::domain::{questions, validate};
use proptest::prelude::*;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

#[path = "support/shipped.rs"]
mod shipped;

fn cases() -> u32 {
    std::env::var("BW_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(150)
}

/// Generous: every input here is at most a few hundred KB and parses in milliseconds.
const BOUND: Duration = Duration::from_secs(5);

fn within_bound<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    assert!(
        started.elapsed() < BOUND,
        "{what} took {:?}",
        started.elapsed()
    );
    out
}

struct Seeds {
    catalogue: buurtwijzer::domain::catalogue::Catalogue,
    csv: Vec<u8>,
    hsds: Vec<u8>,
    catalogue_json: Vec<u8>,
    questions_json: Vec<u8>,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut catalogue = shipped::catalogue();
        catalogue.sample = false;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        Seeds {
            csv: csv::export(&catalogue).into_bytes(),
            hsds: hsds::export(&catalogue).into_bytes(),
            catalogue_json: std::fs::read(root.join("public/data/catalogue.json")).unwrap(),
            questions_json: std::fs::read(root.join("public/data/questions.json")).unwrap(),
            catalogue,
        }
    })
}

/// A valid file with random edits: cut short, bytes replaced, a slice repeated.
fn mutated(seed: &'static [u8]) -> impl Strategy<Value = Vec<u8>> {
    let n = seed.len();
    (
        proptest::collection::vec((0..n, any::<u8>()), 0..12),
        0..=n,
        proptest::option::of((0..n, 1usize..200, 1usize..20)),
    )
        .prop_map(move |(edits, cut, repeat)| {
            let mut bytes = seed.to_vec();
            for (at, b) in edits {
                bytes[at] = b;
            }
            if let Some((at, len, times)) = repeat {
                let end = (at + len).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                for _ in 0..times {
                    bytes.splice(at..at, piece.iter().copied());
                }
            }
            bytes.truncate(cut.max(bytes.len() / 4));
            bytes
        })
}

fn check_import(
    what: &str,
    result: Result<buurtwijzer::domain::catalogue::Catalogue, Vec<import::ImportError>>,
) {
    if let Err(errors) = result {
        assert!(!errors.is_empty(), "{what}: refused without a reason");
        // Every problem can be put into words for staff.
        for e in &errors {
            let _ = (e.problem.code(), e.problem.detail());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_csv_import_never_panics(bytes in prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2048),
        "[a-z0-9;,\"\r\n\t =+@|:.-]{0,2048}".prop_map(String::into_bytes),
        mutated(&seeds().csv),
    ]) {
        let base = &seeds().catalogue;
        check_import("csv", within_bound("csv", || csv::import(&bytes, base)));
        check_import("detect", within_bound("detect", || import::import(&bytes, base)).1);
    }

    #[test]
    fn the_hsds_import_never_panics(bytes in prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2048),
        "[\\[\\]{}\":,0-9a-z .-]{0,2048}".prop_map(String::into_bytes),
        mutated(&seeds().hsds),
    ]) {
        check_import("hsds", within_bound("hsds", || hsds::import(&bytes, &seeds().catalogue)));
    }

    #[test]
    fn the_catalogue_and_question_files_never_panic(
        catalogue in mutated(&seeds().catalogue_json),
        questions in mutated(&seeds().questions_json),
    ) {
        let text = String::from_utf8_lossy(&catalogue);
        let loaded = within_bound("catalogue", || validate::load_published(&text));
        let c = loaded.unwrap_or_else(|_| seeds().catalogue.clone());
        let q = String::from_utf8_lossy(&questions);
        let _ = within_bound("questions", || questions::load(&q, &c));
    }

    #[test]
    fn opening_hours_never_panic(expression in prop_oneof![
        "[A-Za-z0-9 :;,+\\-\\[\\]/\"]{0,80}",
        proptest::sample::select(vec![
            "Mo-Fr 09:00-17:00", "24/7", "Mo[1] 10:00-12:00", "PH off", "SH Mo-Fr 08:00-12:00",
            "Jul-Aug Sa 22:00-02:00", "week 1-53/2 Tu 14:00-16:00", "sunrise-sunset",
        ]).prop_flat_map(|s| (Just(s), 0..s.len(), "[0-9:;,\\- ]{0,6}"))
            .prop_map(|(s, at, junk)| {
                let mut s = s.to_owned();
                let at = (0..=at).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
                s.insert_str(at, &junk);
                s
            }),
    ]) {
        let calendar = Calendar::new(&["2026-12-25".into()], &[]);
        if let Ok(hours) = within_bound("parse", || Hours::parse(&expression, &calendar)) {
            let from = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
            let table = within_bound("table", || hours.table(from, 60));
            let at = from.and_hms_opt(12, 0, 0).unwrap();
            let _ = (table.is_open(at), table.next_opening(at), table.closes_at(at));
        }
    }

    #[test]
    fn the_receivers_answers_never_panic(
        status in prop_oneof![Just(200u16), Just(413), Just(429), Just(503), 100u16..600],
        body in prop_oneof![
            "[\\[\\]{}\":,0-9a-z _-]{0,400}",
            Just("{\"accepted\":[\"r-0\"],\"rejected\":[{\"index\":1,\"id\":\"r-1\",\"errors\":[\"x\"]}]}".to_owned()),
            Just("{\"accepted\":[],\"rejected\":[{\"index\":99999999999999999999}]}".to_owned()),
        ],
    ) {
        let sent: Vec<Record> = (0..3)
            .map(|n| Record::rating(format!("r-{n}"), "offer-a", Face::Happy, "nl", "2026-12-03T10:00:00".into()))
            .collect();
        if let Ok(ack) = within_bound("ack", || sync::read_ack(status, &body, &sent)) {
            // An acknowledgement can only name records that were sent.
            for id in ack.accepted.iter().chain(ack.rejected.iter().map(|(id, _)| id)) {
                prop_assert!(sent.iter().any(|r| &r.id == id), "{id}");
            }
        }
        let _ = within_bound("records", || sync::read_records(status, &body));
    }
}
