//! The tables answer what the parser answers: fixed cases, then a property over the shipped
//! and some tricky expressions at random moments.

use super::*;
use crate::domain::dates::parse_moment;
use proptest::prelude::*;

fn at(s: &str) -> NaiveDateTime {
    parse_moment(s).unwrap()
}

/// The table from 2026-11-01, as the app would use it.
fn table(expr: &str, holidays: &[&str]) -> Table {
    let dates: Vec<String> = holidays.iter().map(|d| d.to_string()).collect();
    let from = parse_date("2026-11-01").unwrap();
    Hours::parse(expr, &Calendar::new(&dates, &[]))
        .unwrap()
        .table(from, TABLE_DAYS)
}

// 2026-11-23 is a Monday.
#[test]
fn open_now_and_next_opening() {
    let h = table("Mo-Fr 09:00-12:00,13:00-16:30", &[]);
    assert!(h.is_open(at("2026-11-23 10:00")));
    assert!(!h.is_open(at("2026-11-23 12:30")));
    assert_eq!(
        h.next_opening(at("2026-11-23 12:30")),
        Some(at("2026-11-23 13:00"))
    );
    assert_eq!(
        h.closes_at(at("2026-11-23 10:00")),
        Some(at("2026-11-23 12:00"))
    );
    // Friday evening: next opening is Monday morning.
    assert_eq!(
        h.next_opening(at("2026-11-27 17:00")),
        Some(at("2026-11-30 09:00"))
    );
    assert!(
        h.write().except.is_empty(),
        "an ordinary week needs no exceptions"
    );
}

#[test]
fn times_past_midnight() {
    let h = table("Fr 20:00-01:00", &[]);
    assert!(h.is_open(at("2026-11-27 23:30")));
    assert!(
        h.is_open(at("2026-11-28 00:30")),
        "Friday's opening runs into Saturday"
    );
    assert!(!h.is_open(at("2026-11-28 01:30")));
    assert_eq!(
        h.closes_at(at("2026-11-27 23:30")),
        Some(at("2026-11-28 01:00"))
    );
}

#[test]
fn public_holidays_from_the_catalogue_close() {
    let h = table("Mo-Fr 09:00-17:00; PH off", &["2026-12-25"]);
    assert!(!h.is_open(at("2026-12-25 10:00")), "Christmas is closed");
    assert!(h.is_open(at("2026-12-24 10:00")));
    assert_eq!(
        h.next_opening(at("2026-12-24 18:00")),
        Some(at("2026-12-28 09:00"))
    );
}

#[test]
fn closed_periods() {
    let h = table("Mo-Fr 09:00-17:00; Dec 24-Jan 01 off", &[]);
    assert!(!h.is_open(at("2026-12-28 10:00")));
    assert_eq!(
        h.next_opening(at("2026-12-23 18:00")),
        Some(at("2027-01-04 09:00"))
    );
}

#[test]
fn open_later_today() {
    let h = table("Mo 14:00-16:00", &[]);
    assert!(h.open_later_today(at("2026-11-23 09:00")));
    assert!(!h.open_later_today(at("2026-11-23 17:00")));
    assert!(!h.open_later_today(at("2026-11-24 09:00")));
}

#[test]
fn summer_only_opens_next_july() {
    let h = table("Jul-Aug Mo-Fr 09:00-17:00", &[]);
    assert_eq!(
        h.next_opening(at("2026-12-02 10:00")),
        Some(at("2027-07-01 09:00"))
    );
}

#[test]
fn never_open_has_no_next_opening_and_garbage_is_an_error() {
    assert_eq!(table("off", &[]).next_opening(at("2026-11-23 09:00")), None);
    assert!(Hours::parse("Mo-Fr 25:00-99:00 tomorrow?", &Calendar::default()).is_err());
}

#[test]
fn compile_tables_fills_what_is_missing_and_reports_what_does_not_read() {
    let mut c: Catalogue =
        serde_json::from_str(include_str!("../../../tests/fixtures/small-catalogue.json")).unwrap();
    let today = parse_date("2026-11-23").unwrap();
    c.hours_tables.clear();
    c.hours_tables.insert(
        "nobody uses this".into(),
        table("Mo 10:00-11:00", &[]).write(),
    );
    assert!(!without_table(&c, today).is_empty());
    compile_tables(&mut c, today).unwrap();
    assert!(without_table(&c, today).is_empty());
    assert!(
        !c.hours_tables.contains_key("nobody uses this"),
        "unused tables go"
    );
    // Still good for the next 429 days, then compiled again.
    assert!(without_table(&c, today + TimeDelta::days(429)).is_empty());
    assert!(!without_table(&c, today + TimeDelta::days(430)).is_empty());

    // Another catalogue with the same hours borrows the tables instead of compiling.
    let mut fresh = c.clone();
    fresh.hours_tables.clear();
    keep_tables(&mut fresh, &c, today);
    assert_eq!(fresh.hours_tables, c.hours_tables);

    c.offers[0].opening_hours = Some("Mo-Fr 25:00-99:00".into());
    let errors = compile_tables(&mut c, today).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "Mo-Fr 25:00-99:00");
}

/// Expressions with every feature the catalogues use: the shipped ones and a few more.
fn expressions() -> Vec<String> {
    let shipped: Catalogue =
        serde_json::from_str(include_str!("../../../public/data/catalogue.json")).unwrap();
    let mut all: Vec<String> = shipped
        .offers
        .iter()
        .filter_map(|o| o.opening_hours.clone())
        .collect();
    all.extend(
        [
            "Fr 20:00-01:00",
            "Mo-Fr 09:00-12:00,13:00-16:30; PH off",
            "Jul-Aug Mo-Fr 09:00-17:00; PH off",
            "SH Mo-Fr 10:00-16:00",
            "Mo-Sa 00:00-24:00",
            "We 14:00-17:00; SH off; Jul-Aug Mo-Fr 10:00-16:00",
            "Mo[1] 19:00-21:00",
            "Dec 24-Jan 01 off; Mo-Sa 08:00-18:00",
        ]
        .map(String::from),
    );
    all.sort();
    all.dedup();
    all
}

/// Each expression parsed and compiled from 2026-11-01, once for all cases (compiling 800
/// days is the slow part in a debug build).
fn compiled() -> &'static [(String, Hours, Table)] {
    static ALL: std::sync::OnceLock<Vec<(String, Hours, Table)>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let shipped: Catalogue =
            serde_json::from_str(include_str!("../../../public/data/catalogue.json")).unwrap();
        let calendar = Calendar::new(&shipped.holidays, &shipped.school_holidays);
        let from = parse_date("2026-11-01").unwrap();
        expressions()
            .into_iter()
            .map(|e| {
                let hours = Hours::parse(&e, &calendar).unwrap();
                let t = Table::read(&hours.table(from, TABLE_DAYS).write()).unwrap();
                (e, hours, t)
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// At any minute of the 430 days after the table's first day, the table and the parser
    /// agree on whether it is open, until when, and (within the horizon) when it next opens.
    #[test]
    fn tables_answer_what_the_parser_answers(which in 0usize..1000, minute in 0i64..(430 * 1440)) {
        let all = compiled();
        let (expr, hours, t) = &all[which % all.len()];
        let now = parse_date("2026-11-01").unwrap().and_hms_opt(0, 0, 0).unwrap()
            + TimeDelta::minutes(minute);
        prop_assert_eq!(t.is_open(now), hours.rules.is_open(now), "{} at {}", expr, now);
        if t.is_open(now) {
            prop_assert_eq!(t.closes_at(now), hours.rules.next_change(now), "{} at {}", expr, now);
        }
        prop_assert_eq!(t.next_opening(now), parser_next_opening(hours, now), "{} at {}", expr, now);
    }
}

/// "Next opening" straight from the parser, as the app computed it before tables.
fn parser_next_opening(h: &Hours, at: NaiveDateTime) -> Option<NaiveDateTime> {
    let limit = at + TimeDelta::days(HORIZON_DAYS);
    let mut t = at;
    while t < limit {
        let change = h.rules.next_change(t)?;
        if change <= t || change > limit {
            return None;
        }
        if h.rules.is_open(change) && !h.rules.is_open(t) {
            return Some(change);
        }
        t = change;
    }
    None
}
