//! Opening hours compiled into a table: an ordinary week plus the days that differ from it,
//! for a run of days.
//!
//! Why: the opening-hours parser and evaluator are about 60 KB of the download (brotli). The
//! family app answers "open now?", "until when?" and "when does it open?" from a table, so it
//! fetches the parser only for a catalogue that came without a table for today (see
//! `hours::compile_tables`). Tables are made where catalogues are made: staff import and
//! `cargo run --example hours_tables` for the shipped sample.
//!
//! In the catalogue a table is written as text, one string per day:
//! `{"from": "2026-11-20", "days": 800, "week": ["09:00-12:00,13:00-16:30", …, ""],
//! "except": {"2026-12-25": ""}}` (Monday first; `""` is closed; an end of `24:00` runs into
//! the next day).

use super::super::dates::{iso_date, parse_date};
use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta, Timelike};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// How far ahead "next opening" looks before giving up: a year and a bit, so an offer open
/// only in the summer holidays says when it opens instead of "closed".
pub const HORIZON_DAYS: i64 = 370;

/// How many days a new table holds: long enough to be of use for 430 days (every answer
/// looks up to `HORIZON_DAYS` ahead), short enough to stay small.
pub const TABLE_DAYS: u32 = 800;

const DAY_MINUTES: u16 = 24 * 60;

/// A table as the catalogue writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoursTable {
    /// The first day it holds (YYYY-MM-DD).
    pub from: String,
    /// How many days from `from` it holds.
    pub days: u32,
    /// Monday to Sunday of an ordinary week.
    pub week: [String; 7],
    /// The days that differ from the ordinary week.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub except: BTreeMap<String, String>,
}

/// Open from the first to the second minute of a day (end excluded; at most 24:00).
pub type Range = (u16, u16);

/// A table, read: what `Schedules` answers from.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    from: NaiveDate,
    days: u32,
    week: [Vec<Range>; 7],
    except: HashMap<NaiveDate, Vec<Range>>,
}

impl Table {
    /// The table of `days` days from `from`, with each day's opening ranges from `open_on`.
    /// The ordinary week is, per weekday, the ranges that day has most often.
    pub fn compile(
        from: NaiveDate,
        days: u32,
        mut open_on: impl FnMut(NaiveDate) -> Vec<Range>,
    ) -> Table {
        let all: Vec<(NaiveDate, Vec<Range>)> = from
            .iter_days()
            .take(days as usize)
            .map(|d| (d, normalise(open_on(d))))
            .collect();
        let week = std::array::from_fn(|weekday| {
            let mut counts: Vec<(&Vec<Range>, usize)> = Vec::new();
            for (_, ranges) in all.iter().filter(|(d, _)| index(*d) == weekday) {
                match counts.iter_mut().find(|(r, _)| *r == ranges) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((ranges, 1)),
                }
            }
            // The most frequent; of equals, the first seen (max_by_key takes the last).
            counts
                .iter()
                .rev()
                .max_by_key(|(_, n)| *n)
                .map(|(r, _)| (*r).clone())
                .unwrap_or_default()
        });
        let except = all
            .into_iter()
            .filter(|(d, ranges)| *ranges != week[index(*d)])
            .collect();
        Table {
            from,
            days,
            week,
            except,
        }
    }

    /// Reads a table as the catalogue writes it; `None` if anything in it is malformed.
    pub fn read(t: &HoursTable) -> Option<Table> {
        let from = parse_date(&t.from)?;
        let mut week: [Vec<Range>; 7] = Default::default();
        for (day, text) in week.iter_mut().zip(&t.week) {
            *day = read_ranges(text)?;
        }
        let mut except = HashMap::with_capacity(t.except.len());
        for (date, text) in &t.except {
            except.insert(parse_date(date)?, read_ranges(text)?);
        }
        Some(Table {
            from,
            days: t.days,
            week,
            except,
        })
    }

    pub fn write(&self) -> HoursTable {
        let mut except: Vec<_> = self.except.iter().collect();
        except.sort();
        HoursTable {
            from: iso_date(self.from),
            days: self.days,
            week: std::array::from_fn(|i| write_ranges(&self.week[i])),
            except: except
                .into_iter()
                .map(|(d, r)| (iso_date(*d), write_ranges(r)))
                .collect(),
        }
    }

    /// Whether every answer for `today` can come from this table: it holds `today` and the
    /// `HORIZON_DAYS` after it.
    pub fn covers(&self, today: NaiveDate) -> bool {
        today >= self.from && (today - self.from).num_days() + HORIZON_DAYS < i64::from(self.days)
    }

    /// The opening ranges of `d`; nothing outside the table.
    fn ranges(&self, d: NaiveDate) -> &[Range] {
        let offset = (d - self.from).num_days();
        if offset < 0 || offset >= i64::from(self.days) {
            return &[];
        }
        self.except.get(&d).unwrap_or(&self.week[index(d)])
    }

    pub fn is_open(&self, at: NaiveDateTime) -> bool {
        let second = at.num_seconds_from_midnight();
        self.ranges(at.date())
            .iter()
            .any(|&(s, e)| u32::from(s) * 60 <= second && second < u32::from(e) * 60)
    }

    /// When the current opening ends (also past midnight), if open at `at`; `None` if it is
    /// still open at the end of the table (open day and night, as the parser says too).
    pub fn closes_at(&self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        if !self.is_open(at) {
            return None;
        }
        let minute = (at.num_seconds_from_midnight() / 60) as u16;
        let mut day = at.date();
        let mut end = self
            .ranges(day)
            .iter()
            .find(|&&(s, e)| s <= minute && minute < e)?
            .1;
        // Runs into the next day while it opens at midnight (at most the table's length).
        for _ in 0..self.days {
            if end < DAY_MINUTES {
                break;
            }
            let next = day + TimeDelta::days(1);
            if (next - self.from).num_days() >= i64::from(self.days) {
                return None;
            }
            match self.ranges(next).first() {
                Some(&(0, e)) => {
                    day += TimeDelta::days(1);
                    end = e;
                }
                _ => break,
            }
        }
        Some(moment(day, end))
    }

    /// When it next opens after `at` (within `HORIZON_DAYS`), or `None`. If it is open at
    /// `at`, this is the opening after the current one closes.
    pub fn next_opening(&self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        let limit = at + TimeDelta::days(HORIZON_DAYS);
        let ends_at_midnight = |d: NaiveDate| {
            self.ranges(d)
                .last()
                .is_some_and(|&(_, e)| e == DAY_MINUTES)
        };
        let mut day = at.date();
        let mut carried = ends_at_midnight(day - TimeDelta::days(1));
        while day <= limit.date() {
            for &(s, _) in self.ranges(day) {
                // A range that goes on from the day before is no opening.
                let t = moment(day, s);
                if !(s == 0 && carried) && t > at && t <= limit {
                    return Some(t);
                }
            }
            carried = ends_at_midnight(day);
            day += TimeDelta::days(1);
        }
        None
    }

    /// Whether it is open at some moment of `at`'s day from `at` onwards.
    pub fn open_later_today(&self, at: NaiveDateTime) -> bool {
        let midnight = at.date().and_hms_opt(0, 0, 0).expect("midnight") + TimeDelta::days(1);
        self.is_open(at) || self.next_opening(at).is_some_and(|t| t < midnight)
    }
}

/// Monday 0 to Sunday 6.
fn index(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

fn moment(day: NaiveDate, minute: u16) -> NaiveDateTime {
    day.and_hms_opt(0, 0, 0).expect("midnight") + TimeDelta::minutes(i64::from(minute))
}

/// Sorted, without empty ranges, touching or overlapping ones merged.
fn normalise(mut ranges: Vec<Range>) -> Vec<Range> {
    ranges.retain(|(s, e)| s < e);
    ranges.sort_unstable();
    let mut out: Vec<Range> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// `09:00-12:00,13:00-16:30`; strictly increasing, apart, within the day.
fn read_ranges(text: &str) -> Option<Vec<Range>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    let mut out: Vec<Range> = Vec::new();
    for part in text.split(',') {
        let (s, e) = part.split_once('-')?;
        let (s, e) = (read_minute(s)?, read_minute(e)?);
        if s >= e || out.last().is_some_and(|&(_, last)| s <= last) {
            return None;
        }
        out.push((s, e));
    }
    Some(out)
}

fn read_minute(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    let minute = h * 60 + m;
    (m < 60 && minute <= DAY_MINUTES).then_some(minute)
}

fn write_ranges(ranges: &[Range]) -> String {
    let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
    ranges
        .iter()
        .map(|&(s, e)| format!("{}-{}", hm(s), hm(e)))
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn the_week_is_what_each_weekday_has_most_often_and_the_rest_are_exceptions() {
        // Weekdays 09:00-17:00, closed on 2026-12-25 (a Friday).
        let t = Table::compile(day("2026-11-30"), 28, |d| {
            if index(d) < 5 && d != day("2026-12-25") {
                vec![(540, 1020)]
            } else {
                vec![]
            }
        });
        let w = t.write();
        assert_eq!(w.week[0], "09:00-17:00");
        assert_eq!(w.week[6], "");
        assert_eq!(
            w.except,
            BTreeMap::from([("2026-12-25".to_string(), String::new())])
        );
        assert_eq!(Table::read(&w), Some(t));
    }

    #[test]
    fn malformed_tables_are_not_read() {
        let good = Table::compile(day("2026-11-30"), 7, |_| vec![(540, 720), (780, 990)]).write();
        assert!(Table::read(&good).is_some());
        for bad in [
            "09:00-08:00",
            "09:00-12:00,11:00-13:00",
            "9:00-12:00",
            "09:00-24:01",
            "09:60-10:00",
            "09:00",
            "09:00-12:00,",
            "x",
        ] {
            let mut t = good.clone();
            t.week[2] = bad.into();
            assert_eq!(Table::read(&t), None, "{bad}");
        }
        let mut t = good.clone();
        t.except.insert("2026-02-30".into(), String::new());
        assert_eq!(Table::read(&t), None);
    }

    #[test]
    fn answers_across_midnight_and_outside_the_table() {
        // Fridays 20:00 to 01:00 the next day.
        let t = Table::compile(day("2026-11-23"), 400, |d| match index(d) {
            4 => vec![(1200, 1440)],
            5 => vec![(0, 60)],
            _ => vec![],
        });
        let at = |s: &str| crate::domain::dates::parse_moment(s).unwrap();
        assert!(t.is_open(at("2026-11-28 00:30")));
        assert_eq!(
            t.closes_at(at("2026-11-27 23:30")),
            Some(at("2026-11-28 01:00"))
        );
        // Saturday 00:30 goes on from Friday: the next opening is next Friday.
        assert_eq!(
            t.next_opening(at("2026-11-28 00:30")),
            Some(at("2026-12-04 20:00"))
        );
        assert_eq!(
            t.next_opening(at("2026-11-27 19:00")),
            Some(at("2026-11-27 20:00"))
        );
        assert!(t.covers(day("2026-11-23")) && !t.covers(day("2026-11-22")));
        assert!(!t.covers(day("2026-12-24")), "less than the horizon left");
        assert!(
            !t.is_open(at("2028-01-07 21:00")),
            "after the table: nothing known"
        );
    }
}
