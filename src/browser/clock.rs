//! The device's clock, as the domain wants it (chrono types, no time zone).

use chrono::{NaiveDate, NaiveDateTime};

/// The device's local date and time (what "open now" means to the family holding it).
pub fn local_now() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .and_then(|day| day.and_hms_opt(d.get_hours(), d.get_minutes(), d.get_seconds()))
        .unwrap_or_default()
}

/// `local_now()` as stored in records: ISO 8601 without zone, to the second.
pub fn now_text() -> String {
    crate::domain::dates::iso_second(local_now())
}
