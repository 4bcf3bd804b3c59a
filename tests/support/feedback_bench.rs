//! Shared by the feedback benchmarks (host example and wasm test): generated records of every
//! kind, then the dashboard aggregation and the CSV export timed with the caller's clock (ms).

use buurtwijzer_feedback::check::{Scale, THEMES};
use buurtwijzer_feedback::dashboard::{Dashboard, Period};
use buurtwijzer_feedback::{export, Face, Reason, Record, Topic};
use std::collections::BTreeMap;

const WORDS: [&str; 4] = [
    "te duur voor ons",
    "بعيد جدا عن البيت",
    "trop loin, \"vraiment\"",
    "👍 merci\nbeaucoup",
];

/// `n` records: ratings over 50 offers, signals, empty searches and checks, with words in
/// several scripts, spread over a year.
pub fn records(n: usize) -> Vec<Record> {
    (0..n).map(record).collect()
}

/// The `i`-th generated record (also used by the receiver's benchmark).
pub fn record(i: usize) -> Record {
    let id = format!("rec-{i:06}");
    let at = format!(
        "2026-{:02}-{:02}T{:02}:00:00",
        i % 12 + 1,
        i % 28 + 1,
        i % 24
    );
    let lang = ["nl", "ar", "fr", "en"][i % 4];
    match i % 10 {
        0..=5 => Record::rating(id, &format!("offer-{}", i % 50), Face::ALL[i % 3], lang, at)
            .with_details(
                &[Reason::ALL[i % 7], Reason::ALL[(i / 7) % 7]],
                WORDS[i % 4],
            ),
        6 => Record::signal(
            id,
            Topic::ALL[i % 5],
            Some("offer-1"),
            WORDS[i % 4],
            lang,
            at,
        ),
        7 => Record::missing(id, "zwemles voor baby", lang, at),
        _ => {
            let scale = if i % 3 == 0 {
                Scale::Child
            } else {
                Scale::Adult
            };
            let scores: BTreeMap<String, u8> = THEMES
                .iter()
                .enumerate()
                .filter(|(t, _)| (t + i) % 5 != 0)
                .map(|(t, theme)| {
                    (
                        theme.code.to_owned(),
                        ((t + i) % scale.max() as usize) as u8 + 1,
                    )
                })
                .collect();
            Record::check(id, scale, &scores, "2060", lang, at)
        }
    }
}

/// Aggregates and exports 10,000 records; returns a line of figures.
pub fn run(now: impl Fn() -> f64) -> String {
    let all = records(10_000);
    let t = now();
    let d = Dashboard::new(&all, &Period::default());
    let aggregate = now() - t;
    let t = now();
    let p = Period {
        from: Some("2026-06-01".into()),
        to: Some("2026-08-31".into()),
    };
    let quarter = Dashboard::new(&all, &p);
    let aggregate_period = now() - t;
    let t = now();
    let csv = export::csv(&all);
    let csv_ms = now() - t;
    let t = now();
    let json = export::json(&all);
    let json_ms = now() - t;
    assert_eq!(d.total, 10_000);
    assert!(quarter.total < d.total);
    format!(
        "10,000 records: aggregate {aggregate:.1} ms (one quarter: {aggregate_period:.1} ms), \
         CSV {csv_ms:.1} ms ({} KB), JSON {json_ms:.1} ms ({} KB); {} offers, {} checks",
        csv.len() / 1024,
        json.len() / 1024,
        d.offers.len(),
        d.checks
    )
}
