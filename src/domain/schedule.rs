//! When an offer can be visited: its opening hours, or the dates of its recurring activity.
//! Built once per catalogue, so filters do not parse `opening_hours` for every offer each time.

use super::catalogue::{Activity, Catalogue, Frequency, Offer};
use super::hours::{holiday_calendar, Hours};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use compact_calendar::CompactCalendar;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Each distinct `opening_hours` expression is parsed the first time a screen asks for it, so
/// a catalogue of thousands of offers loads without parsing hours nobody looks at.
pub struct Schedules {
    holidays: Arc<CompactCalendar>,
    /// Per expression: not parsed yet (`None`), or what parsing gave. A `Mutex` and
    /// `get_or_insert_with` rather than a `OnceLock`: `OnceLock` initialises through a `dyn`
    /// closure, and in the split wasm that kept the whole parser in the main module.
    hours: HashMap<String, Mutex<Option<Option<Arc<Hours>>>>>,
}

impl Schedules {
    pub fn new(catalogue: &Catalogue) -> Self {
        let hours = catalogue
            .offers
            .iter()
            .filter_map(|o| Some((o.opening_hours.clone()?, Mutex::new(None))))
            .collect();
        Schedules {
            holidays: holiday_calendar(&catalogue.holidays),
            hours,
        }
    }

    /// The offer's parsed hours; `None` without hours, or for an expression this version can
    /// no longer read (a catalogue stored by an older version is not parsed again on load).
    pub fn hours(&self, offer: &Offer) -> Option<Arc<Hours>> {
        let expression = offer.opening_hours.as_ref()?;
        let mut slot = self
            .hours
            .get(expression)?
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        slot.get_or_insert_with(|| Hours::parse(expression, &self.holidays).ok().map(Arc::new))
            .clone()
    }

    /// Open (or the activity taking place) at `at`.
    pub fn is_open(&self, offer: &Offer, at: NaiveDateTime) -> bool {
        self.hours(offer).is_some_and(|h| h.is_open(at))
            || offer.activity.as_ref().is_some_and(|a| {
                occurs_on(a, at.date())
                    && times(a).is_some_and(|(s, e)| at.time() >= s && at.time() < e)
            })
    }

    /// Open at some moment from `at` until the end of that day.
    pub fn open_later_today(&self, offer: &Offer, at: NaiveDateTime) -> bool {
        self.hours(offer).is_some_and(|h| h.open_later_today(at))
            || offer.activity.as_ref().is_some_and(|a| {
                occurs_on(a, at.date()) && times(a).is_some_and(|(_, e)| at.time() < e)
            })
    }

    /// The next moment it opens (or the activity starts) after `at`.
    pub fn next_opening(&self, offer: &Offer, at: NaiveDateTime) -> Option<NaiveDateTime> {
        let from_hours = self.hours(offer).and_then(|h| h.next_opening(at));
        let from_activity = offer.activity.as_ref().and_then(|a| next_occurrence(a, at));
        match (from_hours, from_activity) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

fn times(a: &Activity) -> Option<(NaiveTime, NaiveTime)> {
    Some((
        NaiveTime::parse_from_str(&a.start, "%H:%M").ok()?,
        NaiveTime::parse_from_str(&a.end, "%H:%M").ok()?,
    ))
}

pub fn weekday(code: &str) -> Option<Weekday> {
    Some(match code {
        "mo" => Weekday::Mon,
        "tu" => Weekday::Tue,
        "we" => Weekday::Wed,
        "th" => Weekday::Thu,
        "fr" => Weekday::Fri,
        "sa" => Weekday::Sat,
        "su" => Weekday::Sun,
        _ => return None,
    })
}

/// Whether the activity takes place on `date` (within its series, on its weekday, and for a
/// monthly one in its week of the month; -1 is the last such weekday).
pub fn occurs_on(a: &Activity, date: NaiveDate) -> bool {
    let (Ok(from), Ok(until)) = (
        NaiveDate::parse_from_str(&a.from, "%Y-%m-%d"),
        NaiveDate::parse_from_str(&a.until, "%Y-%m-%d"),
    ) else {
        return false;
    };
    if date < from || date > until || Some(date.weekday()) != weekday(&a.day) {
        return false;
    }
    match a.freq {
        Frequency::Weekly => true,
        Frequency::Monthly => {
            let nth = (date.day() as i8 - 1) / 7 + 1;
            let last = (date + TimeDelta::days(7)).month() != date.month();
            match a.week {
                Some(-1) => last,
                Some(n) => n == nth,
                None => false,
            }
        }
    }
}

/// The start of the next session strictly after `at` (looks ahead one year).
pub fn next_occurrence(a: &Activity, at: NaiveDateTime) -> Option<NaiveDateTime> {
    let (start, _) = times(a)?;
    (0..=366)
        .map(|d| at.date() + TimeDelta::days(d))
        .filter(|d| occurs_on(a, *d))
        .map(|d| d.and_time(start))
        .find(|t| *t > at)
}

/// Sessions of every activity on one day, by start time: the agenda of "this week".
pub fn activities_on<'a>(catalogue: &'a Catalogue, date: NaiveDate) -> Vec<&'a Offer> {
    let mut day: Vec<&Offer> = catalogue
        .offers
        .iter()
        .filter(|o| o.activity.as_ref().is_some_and(|a| occurs_on(a, date)))
        .collect();
    day.sort_by(|a, b| {
        a.activity
            .as_ref()
            .map(|x| &x.start)
            .cmp(&b.activity.as_ref().map(|x| &x.start))
    });
    day
}

/// A moment described the way people say it: today, tomorrow, on a weekday this week, or a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    Today(NaiveTime),
    Tomorrow(NaiveTime),
    /// Within the coming week: the weekday's two-letter code.
    ThisWeek(&'static str, NaiveTime),
    Later(NaiveDate, NaiveTime),
}

pub fn weekday_code(day: Weekday) -> &'static str {
    ["mo", "tu", "we", "th", "fr", "sa", "su"][day.num_days_from_monday() as usize]
}

/// Describes `at` relative to `now`.
pub fn moment(now: NaiveDateTime, at: NaiveDateTime) -> Moment {
    let days = (at.date() - now.date()).num_days();
    match days {
        0 => Moment::Today(at.time()),
        1 => Moment::Tomorrow(at.time()),
        2..=6 => Moment::ThisWeek(weekday_code(at.weekday()), at.time()),
        _ => Moment::Later(at.date(), at.time()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_in_words() {
        let now = d("2026-11-23").and_hms_opt(10, 0, 0).unwrap();
        let t = NaiveTime::from_hms_opt(13, 0, 0).unwrap();
        assert_eq!(moment(now, d("2026-11-23").and_time(t)), Moment::Today(t));
        assert_eq!(
            moment(now, d("2026-11-24").and_time(t)),
            Moment::Tomorrow(t)
        );
        assert_eq!(
            moment(now, d("2026-11-27").and_time(t)),
            Moment::ThisWeek("fr", t)
        );
        assert_eq!(
            moment(now, d("2026-12-02").and_time(t)),
            Moment::Later(d("2026-12-02"), t)
        );
    }

    fn activity(freq: Frequency, day: &str, week: Option<i8>) -> Activity {
        Activity {
            freq,
            day: day.into(),
            week,
            start: "14:00".into(),
            end: "16:00".into(),
            from: "2026-09-01".into(),
            until: "2027-06-30".into(),
        }
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekly_within_the_series_only() {
        let a = activity(Frequency::Weekly, "we", None);
        assert!(occurs_on(&a, d("2026-11-25")));
        assert!(!occurs_on(&a, d("2026-11-26")), "Thursday");
        assert!(!occurs_on(&a, d("2026-08-26")), "before the series");
        assert!(!occurs_on(&a, d("2027-07-07")), "after the series");
    }

    #[test]
    fn monthly_nth_and_last_weekday() {
        let first = activity(Frequency::Monthly, "sa", Some(1));
        assert!(occurs_on(&first, d("2026-12-05")));
        assert!(!occurs_on(&first, d("2026-12-12")));
        let last = activity(Frequency::Monthly, "fr", Some(-1));
        assert!(occurs_on(&last, d("2026-11-27")));
        assert!(!occurs_on(&last, d("2026-11-20")));
    }

    #[test]
    fn next_occurrence_skips_the_running_session() {
        let a = activity(Frequency::Weekly, "we", None);
        let at = d("2026-11-25").and_hms_opt(15, 0, 0).unwrap();
        assert_eq!(
            next_occurrence(&a, at),
            Some(d("2026-12-02").and_hms_opt(14, 0, 0).unwrap())
        );
    }
}
