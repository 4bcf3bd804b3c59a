//! Opening hours in OpenStreetMap `opening_hours` syntax, read by the `opening-hours` crate
//! and compiled into tables (`table`), which is what the app answers from. Public holidays
//! (`PH`) and school holidays (`SH`) come from the catalogue's own lists rather than a world
//! holiday database, which keeps the wasm small and lets a network add its own closing days.
//!
//! Only `compile` and `compile_tables` reach the parser: in the split wasm they live in a
//! chunk that the family app fetches only for a catalogue without tables for today.

pub mod table;

use super::catalogue::{Catalogue, Period};
use super::dates::parse_date;
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use compact_calendar::CompactCalendar;
use opening_hours::{Context, ContextHolidays, OpeningHours, RuleKind};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
pub use table::{HoursTable, Table, HORIZON_DAYS, TABLE_DAYS};

#[derive(Debug, Clone)]
pub struct Hours {
    rules: OpeningHours,
}

/// The holiday calendar built from `YYYY-MM-DD` dates (invalid dates are a validation error
/// elsewhere and skipped here).
pub fn holiday_calendar(dates: &[String]) -> Arc<CompactCalendar> {
    let mut calendar = CompactCalendar::default();
    for date in dates {
        if let Some(d) = parse_date(date) {
            calendar.insert(d);
        }
    }
    Arc::new(calendar)
}

/// The days that change a schedule: public holidays and closing days (`PH`; no activity
/// takes place) and school holidays (`SH`).
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    pub public: Arc<CompactCalendar>,
    pub school: Arc<CompactCalendar>,
}

impl Calendar {
    /// From the catalogue's lists; invalid dates are a validation error elsewhere.
    pub fn new(public: &[String], school: &[Period]) -> Self {
        let mut holidays = CompactCalendar::default();
        for p in school {
            if let (Some(from), Some(until)) = (parse_date(&p.from), parse_date(&p.until)) {
                // A period longer than a year is a typo; it is refused by validation.
                for d in from.iter_days().take_while(|d| *d <= until).take(366) {
                    holidays.insert(d);
                }
            }
        }
        Calendar {
            public: holiday_calendar(public),
            school: Arc::new(holidays),
        }
    }

    pub fn is_public_holiday(&self, d: NaiveDate) -> bool {
        self.public.contains(d)
    }

    pub fn is_school_holiday(&self, d: NaiveDate) -> bool {
        self.school.contains(d)
    }
}

impl Hours {
    /// Parses an expression; the error is the parser's message, for the validation report.
    pub fn parse(expression: &str, calendar: &Calendar) -> Result<Self, String> {
        let rules = expression
            .parse::<OpeningHours>()
            .map_err(|e| e.to_string())?;
        let holidays = ContextHolidays::new(calendar.public.clone(), calendar.school.clone());
        Ok(Hours {
            rules: rules.with_context(Context::default().with_holidays(holidays)),
        })
    }

    /// The table of `days` days from `from`.
    pub fn table(&self, from: NaiveDate, days: u32) -> Table {
        let start = from.and_hms_opt(0, 0, 0).expect("midnight");
        let end = start + TimeDelta::days(i64::from(days));
        let mut open: HashMap<NaiveDate, Vec<table::Range>> = HashMap::new();
        for range in self.rules.iter_range(start, end) {
            if range.kind != RuleKind::Open {
                continue;
            }
            // Split at each midnight: a table holds each day's own ranges.
            let mut t = range.range.start;
            while t < range.range.end {
                let midnight = t.date().and_hms_opt(0, 0, 0).expect("midnight");
                let next = (midnight + TimeDelta::days(1)).min(range.range.end);
                let minute = |x: NaiveDateTime| ((x - midnight).num_minutes()) as u16;
                open.entry(t.date())
                    .or_default()
                    .push((minute(t), minute(next)));
                t = next;
            }
        }
        Table::compile(from, days, |d| open.remove(&d).unwrap_or_default())
    }
}

/// The catalogue's hours that have no table for `today` (or one that does not read).
pub fn without_table(c: &Catalogue, today: NaiveDate) -> Vec<&str> {
    let mut out: Vec<&str> = c
        .offers
        .iter()
        .filter_map(|o| o.opening_hours.as_deref())
        .collect();
    // Thousands of offers share a few dozen expressions: read each table once.
    out.sort_unstable();
    out.dedup();
    out.retain(|e| {
        !c.hours_tables
            .get(*e)
            .and_then(Table::read)
            .is_some_and(|t| t.covers(today))
    });
    out
}

/// Writes a table from `today` for every expression of the catalogue without one, and drops
/// the tables no offer uses. The error lists the expressions that do not read, with the
/// parser's message (those get no table; the others do).
pub fn compile_tables(c: &mut Catalogue, today: NaiveDate) -> Result<(), Vec<(String, String)>> {
    let calendar = Calendar::new(&c.holidays, &c.school_holidays);
    let mut tables = BTreeMap::new();
    let mut errors = Vec::new();
    for expression in without_table(c, today) {
        match Hours::parse(expression, &calendar) {
            Ok(h) => {
                tables.insert(expression.to_owned(), h.table(today, TABLE_DAYS).write());
            }
            Err(e) => errors.push((expression.to_owned(), e)),
        }
    }
    let used: std::collections::BTreeSet<&str> = c
        .offers
        .iter()
        .filter_map(|o| o.opening_hours.as_deref())
        .collect();
    c.hours_tables.retain(|e, _| used.contains(e.as_str()));
    c.hours_tables.append(&mut tables);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Copies `from`'s tables for the expressions of `c` that have none for `today`: a catalogue
/// published without tables is compiled once per device, not at every refresh.
pub fn keep_tables(c: &mut Catalogue, from: &Catalogue, today: NaiveDate) {
    for expression in without_table(c, today)
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>()
    {
        if let Some(t) = from.hours_tables.get(&expression) {
            if Table::read(t).is_some_and(|t| t.covers(today)) {
                c.hours_tables.insert(expression, t.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests;
