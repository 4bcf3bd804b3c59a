//! Dates and times as the catalogue and the records write them: `YYYY-MM-DD`, `HH:MM`,
//! `YYYY-MM-DDTHH:MM:SS`.
//!
//! Why not chrono's `parse_from_str` and `format`: those are strftime interpreters (about
//! 30 KB of wasm before compression, kept in the main module by a single call), and these
//! fixed shapes need a few lines each. chrono still does the calendar arithmetic.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// `YYYY-MM-DD`, a real calendar day (`2026-02-30` is `None`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        digits(&b[0..4])? as i32,
        digits(&b[5..7])?,
        digits(&b[8..10])?,
    )
}

/// `HH:MM` (also `H:MM`), 00:00 to 23:59.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let (h, m) = s.split_once(':')?;
    if !(1..=2).contains(&h.len()) || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(digits(h.as_bytes())?, digits(m.as_bytes())?, 0)
}

/// `YYYY-MM-DD HH:MM`, the shape of the tests' and the benchmarks' moments.
pub fn parse_moment(s: &str) -> Option<NaiveDateTime> {
    let (d, t) = s.split_once(' ')?;
    Some(parse_date(d)?.and_time(parse_time(t)?))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// `2026-12-02`.
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `09:05`.
pub fn hh_mm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// `02/12`: day and month, as Belgian calendars and the agenda write a date.
pub fn day_month(d: NaiveDate) -> String {
    format!("{:02}/{:02}", d.day(), d.month())
}

/// `2026-12-02 09:05`, to the minute (the sync status).
pub fn iso_minute(t: NaiveDateTime) -> String {
    format!("{} {}", iso_date(t.date()), hh_mm(t.time()))
}

/// `2026-12-02T09:05:07`, ISO 8601 without a zone (the records' time stamp).
pub fn iso_second(t: NaiveDateTime) -> String {
    format!(
        "{}T{}:{:02}",
        iso_date(t.date()),
        hh_mm(t.time()),
        t.second()
    )
}

/// `20261202T090507`, iCalendar's local date-time.
pub fn ics_stamp(t: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_the_catalogue_writes_and_refuses_the_rest() {
        assert_eq!(
            parse_date("2026-12-02"),
            NaiveDate::from_ymd_opt(2026, 12, 2)
        );
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-1-05",
            "26-12-02",
            "2026/12/02",
            "",
            "2026-12-0x",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(parse_time("09:05"), NaiveTime::from_hms_opt(9, 5, 0));
        assert_eq!(parse_time("9:05"), NaiveTime::from_hms_opt(9, 5, 0));
        for bad in [
            "24:00", "12:60", "12:5", "123:00", "1200", "", "ab:cd", "+1:00",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        assert_eq!(
            parse_moment("2026-12-02 09:05"),
            NaiveDate::from_ymd_opt(2026, 12, 2).and_then(|d| d.and_hms_opt(9, 5, 0))
        );
    }

    #[test]
    fn writes_the_fixed_shapes() {
        let t = NaiveDate::from_ymd_opt(2026, 3, 4)
            .and_then(|d| d.and_hms_opt(7, 8, 9))
            .unwrap();
        assert_eq!(iso_date(t.date()), "2026-03-04");
        assert_eq!(hh_mm(t.time()), "07:08");
        assert_eq!(day_month(t.date()), "04/03");
        assert_eq!(iso_minute(t), "2026-03-04 07:08");
        assert_eq!(iso_second(t), "2026-03-04T07:08:09");
        assert_eq!(ics_stamp(t), "20260304T070809");
    }

    proptest! {
        /// The same answers as chrono's strftime for every day and minute, both ways.
        #[test]
        fn agrees_with_chrono(days in 0i64..200_000, minutes in 0u32..1440) {
            let d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::TimeDelta::days(days);
            let t = NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap();
            let at = d.and_time(t);
            prop_assert_eq!(iso_date(d), d.format("%Y-%m-%d").to_string());
            prop_assert_eq!(hh_mm(t), t.format("%H:%M").to_string());
            prop_assert_eq!(iso_second(at), at.format("%Y-%m-%dT%H:%M:%S").to_string());
            prop_assert_eq!(ics_stamp(at), at.format("%Y%m%dT%H%M%S").to_string());
            prop_assert_eq!(parse_date(&iso_date(d)), Some(d));
            prop_assert_eq!(parse_moment(&iso_minute(at)), Some(at));
        }

        #[test]
        fn never_panics(s in "\\PC{0,12}") {
            let _ = (parse_date(&s), parse_time(&s), parse_moment(&s));
        }
    }
}
