//! Opening hours in OpenStreetMap `opening_hours` syntax, evaluated by the `opening-hours`
//! crate. Public holidays (`PH`) and school holidays (`SH`) come from the catalogue's own
//! lists rather than a world holiday database, which keeps the wasm small and lets a network
//! add its own closing days.

use super::catalogue::Period;
use super::dates::parse_date;
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use compact_calendar::CompactCalendar;
use opening_hours::{Context, ContextHolidays, OpeningHours};
use std::sync::Arc;

/// How far ahead "next opening" looks before giving up: a year and a bit, so an offer open
/// only in the summer holidays says when it opens instead of "closed".
const HORIZON_DAYS: i64 = 370;

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
            if let (Some(from), Some(until)) = (date(&p.from), date(&p.until)) {
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

fn date(s: &str) -> Option<NaiveDate> {
    parse_date(s)
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

    pub fn is_open(&self, at: NaiveDateTime) -> bool {
        self.rules.is_open(at)
    }

    /// When it next opens after `at` (within a year), or `None`.
    /// If it is open at `at`, this is the opening after the current one closes.
    pub fn next_opening(&self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        let limit = at + TimeDelta::days(HORIZON_DAYS);
        let mut t = at;
        while t < limit {
            let change = self.rules.next_change(t)?;
            if change <= t || change > limit {
                return None;
            }
            if self.rules.is_open(change) && !self.rules.is_open(t) {
                return Some(change);
            }
            t = change;
        }
        None
    }

    /// When the current opening ends, if open at `at`.
    pub fn closes_at(&self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        if !self.is_open(at) {
            return None;
        }
        self.rules.next_change(at)
    }

    /// Whether it is open at some moment of `day` from `at` onwards (`at` on that day),
    /// or on the whole day when `at` is its midnight.
    pub fn open_later_today(&self, at: NaiveDateTime) -> bool {
        let end_of_day = at.date().and_hms_opt(0, 0, 0).expect("midnight") + TimeDelta::days(1);
        self.is_open(at) || self.next_opening(at).is_some_and(|t| t < end_of_day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn hours(expr: &str, holidays: &[&str]) -> Hours {
        let dates: Vec<String> = holidays.iter().map(|d| d.to_string()).collect();
        Hours::parse(expr, &Calendar::new(&dates, &[])).unwrap()
    }

    // 2026-11-23 is a Monday.
    #[test]
    fn open_now_and_next_opening() {
        let h = hours("Mo-Fr 09:00-12:00,13:00-16:30", &[]);
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
    }

    #[test]
    fn times_past_midnight() {
        let h = hours("Fr 20:00-01:00", &[]);
        assert!(h.is_open(at("2026-11-27 23:30")));
        assert!(
            h.is_open(at("2026-11-28 00:30")),
            "Friday's opening runs into Saturday"
        );
        assert!(!h.is_open(at("2026-11-28 01:30")));
    }

    #[test]
    fn public_holidays_from_the_catalogue_close() {
        let h = hours("Mo-Fr 09:00-17:00; PH off", &["2026-12-25"]);
        assert!(!h.is_open(at("2026-12-25 10:00")), "Christmas is closed");
        assert!(h.is_open(at("2026-12-24 10:00")));
        assert_eq!(
            h.next_opening(at("2026-12-24 18:00")),
            Some(at("2026-12-28 09:00"))
        );
    }

    #[test]
    fn closed_periods() {
        let h = hours("Mo-Fr 09:00-17:00; Dec 24-Jan 01 off", &[]);
        assert!(!h.is_open(at("2026-12-28 10:00")));
        assert_eq!(
            h.next_opening(at("2026-12-23 18:00")),
            Some(at("2027-01-04 09:00"))
        );
    }

    #[test]
    fn open_later_today() {
        let h = hours("Mo 14:00-16:00", &[]);
        assert!(h.open_later_today(at("2026-11-23 09:00")));
        assert!(!h.open_later_today(at("2026-11-23 17:00")));
        assert!(!h.open_later_today(at("2026-11-24 09:00")));
    }

    #[test]
    fn never_open_has_no_next_opening_and_garbage_is_an_error() {
        assert_eq!(hours("off", &[]).next_opening(at("2026-11-23 09:00")), None);
        assert!(Hours::parse("Mo-Fr 25:00-99:00 tomorrow?", &Calendar::default()).is_err());
    }
}
