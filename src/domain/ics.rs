//! "Add to calendar": an iCalendar (RFC 5545) file for a recurring activity, recurrence kept.
//! Times are local ("floating"): the activity happens at 14:00 in the neighbourhood, whatever
//! zone the phone is set to.

use super::catalogue::{Frequency, Offer};
use super::dates::{ics_stamp, parse_date, parse_time};
use super::hours::Calendar;
use super::schedule::{next_occurrence, occurs_on};
use chrono::NaiveDateTime;

/// The calendar file for `offer` in `lang`, or `None` if it is not an activity.
/// `stamp` is the DTSTAMP (creation time), passed in so output is reproducible.
pub fn activity_calendar(offer: &Offer, lang: &str, stamp: NaiveDateTime) -> Option<String> {
    let a = offer.activity.as_ref()?;
    let from = parse_date(&a.from)?;
    let until = parse_date(&a.until)?;
    let start = parse_time(&a.start)?;
    let end = parse_time(&a.end)?;
    // DTSTART must be the first real session of the series.
    let first = if occurs_on(a, from) {
        from.and_time(start)
    } else {
        next_occurrence(a, from.and_hms_opt(0, 0, 0)?, &Calendar::default())?
    };
    let day = a.day.to_ascii_uppercase();
    let byday = match a.freq {
        Frequency::Weekly => day,
        Frequency::Monthly => format!("{}{day}", a.week?),
    };
    let freq = match a.freq {
        Frequency::Weekly => "WEEKLY",
        Frequency::Monthly => "MONTHLY",
    };
    let fmt = ics_stamp;
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Buurtwijzer//NONSGML Buurtwijzer//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "BEGIN:VEVENT".into(),
        // Ids come from the catalogue: escaped like any text, so a line break in one cannot
        // add properties to the event.
        format!("UID:{}@buurtwijzer", escape(&offer.id)),
        format!("DTSTAMP:{}", fmt(stamp)),
        format!("DTSTART:{}", fmt(first)),
        format!("DTEND:{}", fmt(first.date().and_time(end))),
        format!(
            "RRULE:FREQ={freq};BYDAY={byday};UNTIL={}",
            fmt(until.and_hms_opt(23, 59, 59)?)
        ),
        format!("SUMMARY:{}", escape(offer.name.get(lang))),
        format!("DESCRIPTION:{}", escape(offer.description.get(lang))),
        format!("LOCATION:{}", escape(&offer.location.address)),
        format!("GEO:{};{}", offer.location.lat, offer.location.lon),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    Some(lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join(""))
}

/// TEXT escaping of RFC 5545 §3.3.11.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines of at most 75 octets, continued with CRLF + space, never splitting a character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::load;

    fn stamp() -> NaiveDateTime {
        NaiveDateTime::parse_from_str("2026-11-23 08:00", "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn weekly_activity_keeps_its_recurrence() {
        let c = load(include_str!("../../tests/fixtures/small-catalogue.json")).unwrap();
        let ics = activity_calendar(c.offer("speelnamiddag").unwrap(), "en", stamp()).unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("\r\nDTSTART:20260902T140000\r\n"), "{ics}");
        assert!(ics.contains("\r\nDTEND:20260902T160000\r\n"));
        assert!(ics.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T235959\r\n"));
        assert!(ics.contains("\r\nSUMMARY:Play afternoon\r\n"));
        assert!(ics.contains("\r\nLOCATION:Ravelstraat 1\\, 2000 Ravelstad\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(c
            .offer("onthaal")
            .map(|o| activity_calendar(o, "en", stamp()))
            .unwrap()
            .is_none());
    }

    #[test]
    fn monthly_starts_on_the_first_real_session() {
        let mut c = load(include_str!("../../tests/fixtures/small-catalogue.json")).unwrap();
        let a = c.offers[1].activity.as_mut().unwrap();
        a.freq = Frequency::Monthly;
        a.day = "fr".into();
        a.week = Some(-1);
        let ics = activity_calendar(&c.offers[1], "nl", stamp()).unwrap();
        assert!(
            ics.contains("DTSTART:20260925T140000"),
            "last Friday of September 2026: {ics}"
        );
        assert!(ics.contains("RRULE:FREQ=MONTHLY;BYDAY=-1FR;"));
    }

    #[test]
    fn an_id_cannot_add_lines_to_the_event() {
        let mut c = load(include_str!("../../tests/fixtures/small-catalogue.json")).unwrap();
        c.offers[1].id = "x\r\nATTACH:https://evil.example/".into();
        let ics = activity_calendar(&c.offers[1], "nl", stamp()).unwrap();
        assert!(
            ics.contains("\r\nUID:x\\nATTACH:https://evil.example/@buurtwijzer\r\n"),
            "{ics}"
        );
        assert!(!ics.contains("\r\nATTACH"));
    }

    #[test]
    fn escaping_and_folding() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let long = format!("SUMMARY:{}", "مرحبا".repeat(20));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }
}
