//! Puts the schedule of an offer into words: "open now until 12:00", "opens tomorrow at 09:00".

use crate::domain::catalogue::{Activity, Frequency, Offer};
use crate::domain::dates;
use crate::domain::schedule::{moment, Moment};
use crate::i18n::messages::Args;
use crate::i18n::{I18n, Language};
use crate::state::LoadedCatalogue;
use chrono::{NaiveDateTime, NaiveTime};

fn hhmm(t: NaiveTime) -> String {
    dates::hh_mm(t)
}

fn weekday(i18n: &I18n, language: &Language, code: &str) -> String {
    let mut a = Args::new();
    a.set("day", code.to_owned());
    i18n.tr_in(language, "weekday", Some(&a))
}

/// Whether an offer is open at a moment, and when it closes or opens next: the costly part
/// (evaluating opening hours), worked out once and put into words per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    OpenUntil(NaiveTime),
    Opens(Moment),
    Closed,
}

impl Status {
    pub fn is_open(self) -> bool {
        matches!(self, Status::OpenUntil(_))
    }
}

/// The status of an offer at `now`.
pub fn status(data: &LoadedCatalogue, offer: &Offer, now: NaiveDateTime) -> Status {
    let s = &data.schedules;
    if s.is_open(offer, now) {
        let until = s
            .hours(offer)
            .and_then(|h| h.closes_at(now))
            .map(|t| t.time())
            .or_else(|| {
                offer
                    .activity
                    .as_ref()
                    .and_then(|a| dates::parse_time(&a.end))
            });
        if let Some(t) = until {
            return Status::OpenUntil(t);
        }
    }
    match s.next_opening(offer, now) {
        Some(next) => Status::Opens(moment(now, next)),
        None => Status::Closed,
    }
}

/// The status line in `language`: "open until 12:00", "opens tomorrow at 09:00".
pub fn describe(i18n: &I18n, language: &Language, status: Status) -> String {
    let mut args = Args::new();
    let id = match status {
        Status::OpenUntil(t) => {
            args.set("time", hhmm(t));
            "when-open-until"
        }
        Status::Closed => "when-closed",
        Status::Opens(Moment::Today(t)) => {
            args.set("time", hhmm(t));
            "when-opens-today"
        }
        Status::Opens(Moment::Tomorrow(t)) => {
            args.set("time", hhmm(t));
            "when-opens-tomorrow"
        }
        Status::Opens(Moment::ThisWeek(day, t)) => {
            args.set("time", hhmm(t));
            args.set("weekday", weekday(i18n, language, day));
            "when-opens-weekday"
        }
        Status::Opens(Moment::Later(date, t)) => {
            args.set("time", hhmm(t));
            args.set("date", dates::day_month(date));
            "when-opens-date"
        }
    };
    i18n.tr_in(language, id, Some(&args))
}

/// "Every Wednesday, 14:00–16:00" for a recurring activity.
pub fn recurrence(i18n: &I18n, language: &Language, a: &Activity) -> String {
    let mut args = Args::new();
    args.set("weekday", weekday(i18n, language, &a.day));
    args.set("start", a.start.clone());
    args.set("end", a.end.clone());
    match a.freq {
        Frequency::Weekly => i18n.tr_in(language, "activity-weekly", Some(&args)),
        Frequency::Monthly => {
            // A number, so the `[1]`…`[4]` variants match; anything else is the last week.
            match a.week {
                Some(n @ 1..=4) => args.set("week", n),
                _ => args.set("week", "last"),
            }
            i18n.tr_in(language, "activity-monthly", Some(&args))
        }
    }
}
