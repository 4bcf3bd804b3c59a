//! Reads and checks a catalogue. Every problem names the offer (or record) and the field, as
//! codes the UI words in the user's language. A catalogue with any problem is rejected whole:
//! the last good one stays in use.

use super::catalogue::{Catalogue, Frequency, Offer, Text, AGE_BANDS};
use super::{dates, functions, hours, SOURCE_LANGUAGE};
use serde::Serialize;

/// The file format version this code reads.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// Offer or organization id, when the problem is inside one.
    pub record: Option<String>,
    /// JSON field name, e.g. `opening_hours`, `contact.website`.
    pub field: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", content = "detail", rename_all = "kebab-case")]
pub enum Problem {
    /// Not JSON, or not the expected shape (detail: the parser's message with line and column).
    Unreadable(String),
    UnsupportedSchema(u32),
    Missing,
    Duplicate,
    UnknownFunction(String),
    UnknownAge(String),
    UnknownOrganization(String),
    UnknownOffer(String),
    /// A link with a scheme other than http(s) (detail: the value).
    DisallowedLink(String),
    BadPhone(String),
    BadEmail(String),
    BadHours(String),
    BadCoordinates,
    BadDate(String),
    BadTime(String),
    BadLanguageTag(String),
    NoDutchText,
    NoSchedule,
}

impl Problem {
    /// The kebab-case code the UI words (`catalogue-problem` in `pages.ftl`).
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Unreadable(_) => "unreadable",
            Problem::UnsupportedSchema(_) => "unsupported-schema",
            Problem::Missing => "missing",
            Problem::Duplicate => "duplicate",
            Problem::UnknownFunction(_) => "unknown-function",
            Problem::UnknownAge(_) => "unknown-age",
            Problem::UnknownOrganization(_) => "unknown-organization",
            Problem::UnknownOffer(_) => "unknown-offer",
            Problem::DisallowedLink(_) => "disallowed-link",
            Problem::BadPhone(_) => "bad-phone",
            Problem::BadEmail(_) => "bad-email",
            Problem::BadHours(_) => "bad-hours",
            Problem::BadCoordinates => "bad-coordinates",
            Problem::BadDate(_) => "bad-date",
            Problem::BadTime(_) => "bad-time",
            Problem::BadLanguageTag(_) => "bad-language-tag",
            Problem::NoDutchText => "no-dutch-text",
            Problem::NoSchedule => "no-schedule",
        }
    }

    /// The offending value, if the problem has one.
    pub fn detail(&self) -> String {
        match self {
            Problem::Unreadable(s)
            | Problem::UnknownFunction(s)
            | Problem::UnknownAge(s)
            | Problem::UnknownOrganization(s)
            | Problem::UnknownOffer(s)
            | Problem::DisallowedLink(s)
            | Problem::BadPhone(s)
            | Problem::BadEmail(s)
            | Problem::BadHours(s)
            | Problem::BadDate(s)
            | Problem::BadTime(s)
            | Problem::BadLanguageTag(s) => s.clone(),
            Problem::UnsupportedSchema(n) => n.to_string(),
            _ => String::new(),
        }
    }
}

fn issue(record: Option<&str>, field: &str, problem: Problem) -> Issue {
    Issue {
        record: record.map(String::from),
        field: field.to_owned(),
        problem,
    }
}

/// Parses and validates; the catalogue only if it has no problem at all.
pub fn load(json: &str) -> Result<Catalogue, Vec<Issue>> {
    parse_then(json, validate)
}

/// A published catalogue as the family app checks it: everything but the opening hours,
/// whose parser is a download of its own. Their tables come with the catalogue, or
/// `compile_hours` makes them (and reports expressions that do not read).
pub fn load_published(json: &str) -> Result<Catalogue, Vec<Issue>> {
    parse_then(json, recheck_stored)
}

fn parse_then(json: &str, check: fn(&Catalogue) -> Vec<Issue>) -> Result<Catalogue, Vec<Issue>> {
    let catalogue: Catalogue = serde_json::from_str(json)
        .map_err(|e| vec![issue(None, "", Problem::Unreadable(e.to_string()))])?;
    let problems = check(&catalogue);
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(problems)
    }
}

/// Tables from `today` for the opening hours that have none for today
/// (`hours::compile_tables`); an expression that does not read is a problem of each offer
/// that has it.
pub fn compile_hours(c: &mut Catalogue, today: chrono::NaiveDate) -> Vec<Issue> {
    let Err(errors) = hours::compile_tables(c, today) else {
        return Vec::new();
    };
    c.offers
        .iter()
        .filter_map(|o| {
            let expression = o.opening_hours.as_deref()?;
            let (_, message) = errors.iter().find(|(e, _)| e == expression)?;
            Some(issue(
                Some(&o.id),
                "opening_hours",
                Problem::BadHours(message.clone()),
            ))
        })
        .collect()
}

pub fn validate(c: &Catalogue) -> Vec<Issue> {
    let mut hours = HoursCheck {
        seen: std::collections::HashMap::new(),
    };
    check(c, &mut hours)
}

/// Validation without the opening hours: of a catalogue read back from the device (it passed
/// before it was stored), and of a published one (`load_published`).
///
/// Generic over the hours check (no trait object: in the split wasm an indirect call kept
/// the parser in the main module), so this path does not reach the opening-hours parser.
pub fn recheck_stored(c: &Catalogue) -> Vec<Issue> {
    check(c, &mut NoHours)
}

/// The hours check of a catalogue that was validated before it was stored: none.
struct NoHours;

impl<'a> ParseHours<'a> for NoHours {
    fn parse(&mut self, _: &'a str) -> Result<(), String> {
        Ok(())
    }
}

fn check<'a, H: ParseHours<'a>>(c: &'a Catalogue, hours: &mut H) -> Vec<Issue> {
    let mut out = Vec::new();
    if c.schema != SCHEMA {
        out.push(issue(None, "schema", Problem::UnsupportedSchema(c.schema)));
        return out;
    }
    check_text(&mut out, None, "neighbourhood.name", &c.neighbourhood.name);
    check_date(&mut out, None, "updated", &c.updated);
    for d in &c.holidays {
        check_date(&mut out, None, "holidays", d);
    }
    for p in &c.school_holidays {
        check_date(&mut out, None, "school_holidays", &p.from);
        check_date(&mut out, None, "school_holidays", &p.until);
        let day = dates::parse_date;
        if let (Some(from), Some(until)) = (day(&p.from), day(&p.until)) {
            // Backwards, or longer than a year: a typo, not a holiday.
            if until < from || (until - from).num_days() > 366 {
                out.push(issue(
                    None,
                    "school_holidays",
                    Problem::BadDate(format!("{} – {}", p.from, p.until)),
                ));
            }
        }
    }
    let mut action_ids = std::collections::BTreeSet::new();
    for a in &c.actions {
        if !action_ids.insert(&a.id) {
            out.push(issue(Some(&a.id), "id", Problem::Duplicate));
        }
        check_date(&mut out, Some(&a.id), "date", &a.date);
        check_text(&mut out, Some(&a.id), "said", &a.said);
        check_text(&mut out, Some(&a.id), "did", &a.did);
    }
    for tag in &c.translations {
        // Also a file name (`catalogue.<tag>.json`): only a well-formed tag gets fetched.
        if tag.parse::<unic_langid::LanguageIdentifier>().is_err() || tag.contains(['/', '.']) {
            out.push(issue(
                None,
                "translations",
                Problem::BadLanguageTag(tag.clone()),
            ));
        }
    }
    if c.front_desk.is_empty() {
        out.push(issue(None, "front_desk", Problem::Missing));
    } else if c.offer(&c.front_desk).is_none() {
        out.push(issue(
            None,
            "front_desk",
            Problem::UnknownOffer(c.front_desk.clone()),
        ));
    }

    let mut seen = std::collections::BTreeSet::new();
    for org in &c.organizations {
        let id = Some(org.id.as_str());
        if org.id.trim().is_empty() {
            out.push(issue(id, "id", Problem::Missing));
        } else if !seen.insert(org.id.clone()) {
            out.push(issue(id, "id", Problem::Duplicate));
        }
        check_text(&mut out, id, "name", &org.name);
        if let Some(w) = &org.website {
            check_web_link(&mut out, id, "website", w);
        }
    }

    let mut seen = std::collections::BTreeSet::new();
    for offer in &c.offers {
        if offer.id.trim().is_empty() {
            out.push(issue(None, "id", Problem::Missing));
        } else if !seen.insert(offer.id.clone()) {
            out.push(issue(Some(&offer.id), "id", Problem::Duplicate));
        }
        check_offer(&mut out, c, offer, hours);
    }
    out
}

/// Opening hours are parsed once per distinct expression: many offers share theirs.
struct HoursCheck<'a> {
    seen: std::collections::HashMap<&'a str, Result<(), String>>,
}

trait ParseHours<'a> {
    fn parse(&mut self, expression: &'a str) -> Result<(), String>;
}

impl<'a> ParseHours<'a> for HoursCheck<'a> {
    fn parse(&mut self, expression: &'a str) -> Result<(), String> {
        // Which days are holidays does not change whether an expression reads.
        self.seen
            .entry(expression)
            .or_insert_with(|| {
                hours::Hours::parse(expression, &hours::Calendar::default()).map(|_| ())
            })
            .clone()
    }
}

fn check_offer<'a, H: ParseHours<'a>>(
    out: &mut Vec<Issue>,
    c: &Catalogue,
    o: &'a Offer,
    hours: &mut H,
) {
    let id = Some(o.id.as_str());
    if c.organization(&o.organization).is_none() {
        out.push(issue(
            id,
            "organization",
            Problem::UnknownOrganization(o.organization.clone()),
        ));
    }
    if o.functions.is_empty() {
        out.push(issue(id, "functions", Problem::Missing));
    }
    for f in &o.functions {
        if functions::by_code(f).is_none() {
            out.push(issue(id, "functions", Problem::UnknownFunction(f.clone())));
        }
    }
    if o.ages.is_empty() {
        out.push(issue(id, "ages", Problem::Missing));
    }
    for a in &o.ages {
        if !AGE_BANDS.contains(&a.as_str()) {
            out.push(issue(id, "ages", Problem::UnknownAge(a.clone())));
        }
    }
    check_text(out, id, "name", &o.name);
    check_text(out, id, "description", &o.description);
    if let Some(b) = &o.bring {
        check_text(out, id, "bring", b);
    }
    if let Some(p) = &o.cost.price {
        check_text(out, id, "cost.price", p);
    }
    for tag in &o.languages {
        if tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
            out.push(issue(id, "languages", Problem::BadLanguageTag(tag.clone())));
        }
    }
    if let Some(w) = &o.contact.website {
        check_web_link(out, id, "contact.website", w);
    }
    for (field, phone) in [
        ("contact.phone", &o.contact.phone),
        ("contact.whatsapp", &o.contact.whatsapp),
    ] {
        if let Some(p) = phone {
            if !is_phone(p) {
                out.push(issue(id, field, Problem::BadPhone(p.clone())));
            }
        }
    }
    if let Some(e) = &o.contact.email {
        if !is_email(e) {
            out.push(issue(id, "contact.email", Problem::BadEmail(e.clone())));
        }
    }
    let l = &o.location;
    if !(l.lat.is_finite()
        && l.lon.is_finite()
        && (-90.0..=90.0).contains(&l.lat)
        && (-180.0..=180.0).contains(&l.lon))
    {
        out.push(issue(id, "location", Problem::BadCoordinates));
    }
    if l.address.trim().is_empty() {
        out.push(issue(id, "location.address", Problem::Missing));
    }
    if let Some(expr) = &o.opening_hours {
        if let Err(e) = hours.parse(expr) {
            out.push(issue(id, "opening_hours", Problem::BadHours(e)));
        }
    }
    if let Some(a) = &o.activity {
        if !["mo", "tu", "we", "th", "fr", "sa", "su"].contains(&a.day.as_str()) {
            out.push(issue(id, "activity.day", Problem::BadDate(a.day.clone())));
        }
        for (field, t) in [("activity.start", &a.start), ("activity.end", &a.end)] {
            if dates::parse_time(t).is_none() {
                out.push(issue(id, field, Problem::BadTime(t.clone())));
            }
        }
        check_date(out, id, "activity.from", &a.from);
        check_date(out, id, "activity.until", &a.until);
        let week_ok = match a.freq {
            Frequency::Weekly => a.week.is_none(),
            Frequency::Monthly => matches!(a.week, Some(-1 | 1..=4)),
        };
        if !week_ok {
            out.push(issue(
                id,
                "activity.week",
                Problem::BadDate(format!("{:?}", a.week)),
            ));
        }
    }
    if o.opening_hours.is_none() && o.activity.is_none() {
        out.push(issue(id, "opening_hours", Problem::NoSchedule));
    }
}

fn check_text(out: &mut Vec<Issue>, record: Option<&str>, field: &str, text: &Text) {
    if !text.has(SOURCE_LANGUAGE) {
        out.push(issue(record, field, Problem::NoDutchText));
    }
}

fn check_date(out: &mut Vec<Issue>, record: Option<&str>, field: &str, date: &str) {
    if dates::parse_date(date).is_none() {
        out.push(issue(record, field, Problem::BadDate(date.to_owned())));
    }
}

/// Websites: only http and https. `javascript:`, `data:` and the like are refused.
fn check_web_link(out: &mut Vec<Issue>, record: Option<&str>, field: &str, url: &str) {
    let lower = url.trim().to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() > lower.find("//").unwrap_or(0) + 2
        && !url.chars().any(|c| c.is_whitespace() || c.is_control());
    if !ok {
        out.push(issue(
            record,
            field,
            Problem::DisallowedLink(url.to_owned()),
        ));
    }
}

/// The `tel:` link of a phone number that passed [`is_phone`]: digits and a leading `+`.
pub fn tel_link(phone: &str) -> String {
    let dial: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{dial}")
}

/// Digits with the usual separators, so it can become a `tel:` link.
pub fn is_phone(p: &str) -> bool {
    let digits = p.chars().filter(char::is_ascii_digit).count();
    (3..=15).contains(&digits)
        && p.chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c))
}

/// One address and nothing else: it becomes a `mailto:` link, where `?` or `&` would add
/// headers (`?cc=`, `&body=`) and `%`, `#`, `/`, `,`, `;` would change or add recipients.
fn is_email(e: &str) -> bool {
    let mut parts = e.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(u), Some(d), None)
        if !u.is_empty() && d.contains('.') && !e.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"':?&%#/,;".contains(c)))
}

#[cfg(test)]
mod tests;
