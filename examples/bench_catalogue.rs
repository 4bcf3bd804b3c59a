//! Host benchmark of the catalogue with a generated 5,000-offer neighbourhood:
//! parse + validate (from the network), parse + recheck (read back from the device), the
//! opening hours compiled into tables (what staff import does), the schedules with every
//! offer's hours asked once (from the tables, as the family app does), and filter.
//! Run: `cargo run --release --example bench_catalogue` (prints figures; asserts nothing).

use buurtwijzer::domain::catalogue::Catalogue;
use buurtwijzer::domain::filter::{CostFilter, Filters, When};
use buurtwijzer::domain::schedule::Schedules;
use buurtwijzer::domain::validate::{load, recheck_stored};
use chrono::NaiveDateTime;
use std::time::Instant;

/// The shipped catalogue's offers repeated with new ids until there are `n`.
fn generate(n: usize) -> String {
    let mut c: Catalogue =
        serde_json::from_str(include_str!("../public/data/catalogue.json")).unwrap();
    let base = c.offers.clone();
    c.offers = (0..n)
        .map(|i| {
            let mut o = base[i % base.len()].clone();
            o.id = format!("{}-{i}", o.id);
            o
        })
        .collect();
    c.front_desk = c.offers[0].id.clone();
    serde_json::to_string(&c).unwrap()
}

fn median_ms(mut runs: Vec<f64>) -> (f64, f64, f64) {
    runs.sort_by(f64::total_cmp);
    (runs[runs.len() / 2], runs[0], runs[runs.len() - 1])
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, f64, f64) {
    median_ms(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn main() {
    let json = generate(5000);
    println!(
        "catalogue: 5000 offers, {:.1} MB JSON",
        json.len() as f64 / 1e6
    );
    let (m, lo, hi) = time(7, || load(&json).unwrap());
    println!("parse + validate      median {m:8.2} ms  (min {lo:.2}, max {hi:.2})");
    let (m, lo, hi) = time(7, || {
        let c: Catalogue = serde_json::from_str(&json).unwrap();
        assert!(recheck_stored(&c).is_empty());
        c
    });
    println!("parse + recheck       median {m:8.2} ms  (min {lo:.2}, max {hi:.2})  (stored copy)");
    let c = load(&json).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let (m, lo, hi) = time(3, || {
        let mut fresh = c.clone();
        fresh.hours_tables.clear();
        assert!(buurtwijzer::domain::validate::compile_hours(&mut fresh, today).is_empty());
        fresh.hours_tables.len()
    });
    println!("compile hours tables  median {m:8.2} ms  (min {lo:.2}, max {hi:.2})  (staff import)");
    // Tables are read on first use, once per distinct expression.
    let distinct: std::collections::BTreeSet<_> = c
        .offers
        .iter()
        .filter_map(|o| o.opening_hours.as_ref())
        .collect();
    let (m, lo, hi) = time(7, || {
        let s = Schedules::new(&c);
        c.offers.iter().filter(|o| s.hours(o).is_some()).count()
    });
    println!(
        "schedules, all hours  median {m:8.2} ms  (min {lo:.2}, max {hi:.2})  ({} distinct expressions)",
        distinct.len()
    );
    let s = Schedules::new(&c);
    let now = NaiveDateTime::parse_from_str("2026-11-25 10:00", "%Y-%m-%d %H:%M").unwrap();
    let f = Filters {
        cost: Some(CostFilter::Free),
        age: Some("3-6".into()),
        when: Some(When::Today),
        ..Default::default()
    };
    let (m, lo, hi) = time(21, || f.apply(&c, &s, now).len());
    println!(
        "filter free+3-6+today median {m:8.2} ms  (min {lo:.2}, max {hi:.2}), {} results",
        f.apply(&c, &s, now).len()
    );
    let (m, lo, hi) = time(21, || Filters::default().apply(&c, &s, now).len());
    println!("no filter             median {m:8.2} ms  (min {lo:.2}, max {hi:.2})");
}
