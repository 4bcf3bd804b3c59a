//! When an offer can be visited: its opening hours (from the catalogue's tables, see
//! `hours::table`), or the dates of its recurring activity.

use super::catalogue::{Activity, Catalogue, Frequency, Offer, SchoolHolidays};
use super::dates::{parse_date, parse_time};
use super::hours::{Calendar, HoursTable, Table};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Each distinct expression's table is read the first time a screen asks for it, so a
/// catalogue of thousands of offers loads without reading tables nobody looks at.
pub struct Schedules {
    calendar: Calendar,
    hours: HashMap<String, LazyTable>,
}

/// A table as the catalogue writes it, and once read, the table (`None` if it does not read).
struct LazyTable {
    written: Option<HoursTable>,
    read: OnceLock<Option<Table>>,
}

impl Schedules {
    pub fn new(catalogue: &Catalogue) -> Self {
        let hours = catalogue
            .offers
            .iter()
            .filter_map(|o| {
                let expression = o.opening_hours.clone()?;
                let written = catalogue.hours_tables.get(&expression).cloned();
                let read = OnceLock::new();
                Some((expression, LazyTable { written, read }))
            })
            .collect();
        Schedules {
            calendar: Calendar::new(&catalogue.holidays, &catalogue.school_holidays),
            hours,
        }
    }

    /// The catalogue's public and school holidays.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The offer's hours; `None` without hours or without a table that reads (the app
    /// compiles tables before it shows a catalogue: `hours::compile_tables`).
    pub fn hours(&self, offer: &Offer) -> Option<&Table> {
        let lazy = self.hours.get(offer.opening_hours.as_ref()?)?;
        lazy.read
            .get_or_init(|| lazy.written.as_ref().and_then(Table::read))
            .as_ref()
    }

    /// Open (or the activity taking place) at `at`.
    pub fn is_open(&self, offer: &Offer, at: NaiveDateTime) -> bool {
        self.hours(offer).is_some_and(|h| h.is_open(at))
            || offer.activity.as_ref().is_some_and(|a| {
                takes_place(a, at.date(), &self.calendar)
                    && times(a).is_some_and(|(s, e)| at.time() >= s && at.time() < e)
            })
    }

    /// Open at some moment from `at` until the end of that day.
    pub fn open_later_today(&self, offer: &Offer, at: NaiveDateTime) -> bool {
        self.hours(offer).is_some_and(|h| h.open_later_today(at))
            || offer.activity.as_ref().is_some_and(|a| {
                takes_place(a, at.date(), &self.calendar)
                    && times(a).is_some_and(|(_, e)| at.time() < e)
            })
    }

    /// The next moment it opens (or the activity starts) after `at`.
    pub fn next_opening(&self, offer: &Offer, at: NaiveDateTime) -> Option<NaiveDateTime> {
        let from_hours = self.hours(offer).and_then(|h| h.next_opening(at));
        let from_activity = offer
            .activity
            .as_ref()
            .and_then(|a| next_occurrence(a, at, &self.calendar));
        match (from_hours, from_activity) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

fn times(a: &Activity) -> Option<(NaiveTime, NaiveTime)> {
    Some((parse_time(&a.start)?, parse_time(&a.end)?))
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
    let (Some(from), Some(until)) = (parse_date(&a.from), parse_date(&a.until)) else {
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

/// Whether a session really takes place on `date`: in its series, not on a public holiday or
/// closing day, and as it goes with the school holidays.
pub fn takes_place(a: &Activity, date: NaiveDate, calendar: &Calendar) -> bool {
    occurs_on(a, date)
        && !calendar.is_public_holiday(date)
        && match a.school_holidays {
            None => true,
            Some(SchoolHolidays::Skip) => !calendar.is_school_holiday(date),
            Some(SchoolHolidays::Only) => calendar.is_school_holiday(date),
        }
}

/// The start of the next session strictly after `at` (looks ahead one year).
pub fn next_occurrence(
    a: &Activity,
    at: NaiveDateTime,
    calendar: &Calendar,
) -> Option<NaiveDateTime> {
    let (start, _) = times(a)?;
    (0..=366)
        .map(|d| at.date() + TimeDelta::days(d))
        .filter(|d| takes_place(a, *d, calendar))
        .map(|d| d.and_time(start))
        .find(|t| *t > at)
}

/// Sessions of every activity on one day, by start time: the agenda of "this week".
/// `calendar` is the catalogue's (`Schedules::calendar`), built once per catalogue.
pub fn activities_on<'a>(
    catalogue: &'a Catalogue,
    calendar: &Calendar,
    date: NaiveDate,
) -> Vec<&'a Offer> {
    let mut day: Vec<&Offer> = catalogue
        .offers
        .iter()
        .filter(|o| {
            o.activity
                .as_ref()
                .is_some_and(|a| takes_place(a, date, calendar))
        })
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
            school_holidays: None,
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
            next_occurrence(&a, at, &Calendar::default()),
            Some(d("2026-12-02").and_hms_opt(14, 0, 0).unwrap())
        );
    }

    /// The Flemish school holidays of 2026–27 as the shipped catalogue has them.
    fn calendar() -> Calendar {
        let c = crate::domain::validate::load(include_str!("../../public/data/catalogue.json"))
            .unwrap();
        Calendar::new(&c.holidays, &c.school_holidays)
    }

    #[test]
    fn no_weekly_activity_on_christmas_day() {
        let cal = calendar();
        // 25 December 2026 is a Friday.
        let a = activity(Frequency::Weekly, "fr", None);
        assert!(occurs_on(&a, d("2026-12-25")), "in the series");
        assert!(
            !takes_place(&a, d("2026-12-25"), &cal),
            "but not on Christmas Day"
        );
        assert!(takes_place(&a, d("2026-12-18"), &cal));
        let at = d("2026-12-24").and_hms_opt(18, 0, 0).unwrap();
        assert_eq!(
            next_occurrence(&a, at, &cal),
            Some(d("2027-01-08").and_hms_opt(14, 0, 0).unwrap()),
            "New Year's Day is a holiday too"
        );
    }

    #[test]
    fn activities_can_skip_the_school_holidays_or_run_only_then() {
        let cal = calendar();
        let mut homework = activity(Frequency::Weekly, "we", None);
        homework.school_holidays = Some(SchoolHolidays::Skip);
        let mut holiday_club = homework.clone();
        holiday_club.school_holidays = Some(SchoolHolidays::Only);
        // 4 November 2026: autumn holiday. 11 November: Armistice Day. 18 November: school.
        assert!(!takes_place(&homework, d("2026-11-04"), &cal));
        assert!(takes_place(&holiday_club, d("2026-11-04"), &cal));
        assert!(!takes_place(&homework, d("2026-11-11"), &cal));
        assert!(!takes_place(&holiday_club, d("2026-11-11"), &cal));
        assert!(takes_place(&homework, d("2026-11-18"), &cal));
        assert!(!takes_place(&holiday_club, d("2026-11-18"), &cal));
        // Christmas holiday: 21 December 2026 to 3 January 2027.
        assert!(!takes_place(&homework, d("2026-12-23"), &cal));
        assert!(takes_place(&homework, d("2027-01-06"), &cal));
    }

    #[test]
    fn a_summer_only_offer_is_open_in_summer_and_says_when_it_opens() {
        let c = crate::domain::validate::load(include_str!("../../public/data/catalogue.json"))
            .unwrap();
        let s = Schedules::new(&c);
        let plein = c.offer("jeugd-speelpleinwerking").unwrap();
        // A Monday in July 2027, 10:00: the play scheme is open every weekday.
        assert!(s.is_open(plein, d("2027-07-12").and_hms_opt(10, 0, 0).unwrap()));
        // A Monday in May: not open, and the next opening is the Wednesday afternoon session.
        let may = d("2027-05-10").and_hms_opt(10, 0, 0).unwrap();
        assert!(!s.is_open(plein, may));
        assert_eq!(
            s.next_opening(plein, may),
            Some(d("2027-05-12").and_hms_opt(13, 30, 0).unwrap())
        );
        // After the school year's sessions end, it opens on the first day of the summer holidays.
        let june = d("2027-06-30").and_hms_opt(18, 0, 0).unwrap();
        assert_eq!(
            s.next_opening(plein, june),
            Some(d("2027-07-01").and_hms_opt(9, 0, 0).unwrap())
        );
        // An offer open only in July and August, seen in December, opens on 1 July: not "closed".
        let mut summer = plein.clone();
        summer.activity = None;
        summer.opening_hours = Some("Jul-Aug Mo-Fr 09:00-17:00; PH off".into());
        let mut only = c.clone();
        only.offers = vec![summer.clone()];
        let s = Schedules::new(&only);
        let december = d("2026-12-02").and_hms_opt(10, 0, 0).unwrap();
        assert_eq!(
            s.next_opening(&summer, december),
            Some(d("2027-07-01").and_hms_opt(9, 0, 0).unwrap())
        );
    }
}
