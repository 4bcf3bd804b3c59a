//! Staff keep their offer in a spreadsheet or a social-map system: the catalogue comes in as
//! the CSV template (`csv`) or as Open Referral HSDS 3.x JSON (`hsds`), and goes out
//! in both and as the app's own JSON. An import is all or nothing: every problem is listed
//! with its place (row or record id, column or field) as a code the UI words in the staff
//! member's language, and a catalogue comes back only when there is none.

pub mod csv;
pub mod hsds;

use super::catalogue::{Catalogue, Offer, Organization};
use super::validate::Problem;

/// An imported offer in the catalogue of `base`: the network's settings (neighbourhood,
/// front desk, holidays, what was done with feedback) are never in an import file, so they come
/// from the catalogue in use. An import is the staff's own offer, not sample data.
pub(crate) fn with_network_settings(
    base: &Catalogue,
    organizations: Vec<Organization>,
    offers: Vec<Offer>,
) -> Catalogue {
    Catalogue {
        schema: base.schema,
        neighbourhood: base.neighbourhood.clone(),
        updated: base.updated.clone(),
        front_desk: base.front_desk.clone(),
        holidays: base.holidays.clone(),
        school_holidays: base.school_holidays.clone(),
        translations: base.translations.clone(),
        organizations,
        offers,
        sample: false,
        actions: base.actions.clone(),
        // Kept for the expressions that did not change; `hours::compile_tables` does the rest.
        hours_tables: base.hours_tables.clone(),
    }
}

/// Files larger than this are refused before they are read (a catalogue of 5,000 offers in
/// four languages is about 7 MB as JSON, 3 MB as CSV).
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole.
    File,
    /// A CSV line, counted as a spreadsheet shows it (the header is row 1).
    Row(usize),
    /// An HSDS record (service, organization, location…) by its id.
    Record(String),
}

/// One problem found in an imported file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub place: Place,
    /// CSV column name or HSDS field (`services[].name`), empty for the whole file or row.
    pub column: String,
    pub problem: ImportProblem,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ImportProblem {
    Empty,
    /// Larger than [`MAX_BYTES`] (detail: its size).
    TooLarge(usize),
    /// Not text: NUL bytes or other control characters, or not UTF-8.
    Binary,
    /// A quoted field that never closes.
    UnbalancedQuotes,
    /// A row with another number of fields than the header (detail: found, expected).
    WrongColumnCount {
        found: usize,
        expected: usize,
    },
    UnknownColumn(String),
    MissingColumn(String),
    /// A value that is not a number, a yes/no, or a known code (detail: the value).
    WrongType(String),
    /// Not an HSDS 3.x file (detail: the version found, or empty when there is none).
    UnsupportedVersion(String),
    /// Not JSON or not the expected shape (detail: the parser's message).
    Unreadable(String),
    /// What catalogue validation found (unknown function or age, bad hours, links…).
    Invalid(Problem),
    /// Translation sheet: the third column is not a language tag, or is Dutch (detail: it).
    WrongLanguage(String),
    /// Translation sheet: a key the data has no text for (detail: the key).
    UnknownKey(String),
    /// Translation sheet: the same key twice (detail: the key).
    DuplicateKey(String),
    /// Translation sheet: the Dutch text is not the one in the data any more (detail: key).
    SourceChanged(String),
}

impl ImportProblem {
    /// The code the UI turns into words (`import-problem` in `staff.ftl`).
    pub fn code(&self) -> &'static str {
        match self {
            ImportProblem::Empty => "empty",
            ImportProblem::TooLarge(_) => "too-large",
            ImportProblem::Binary => "binary",
            ImportProblem::UnbalancedQuotes => "unbalanced-quotes",
            ImportProblem::WrongColumnCount { .. } => "column-count",
            ImportProblem::UnknownColumn(_) => "unknown-column",
            ImportProblem::MissingColumn(_) => "missing-column",
            ImportProblem::WrongType(_) => "wrong-type",
            ImportProblem::UnsupportedVersion(_) => "unsupported-version",
            ImportProblem::Unreadable(_) => "unreadable",
            ImportProblem::Invalid(p) => p.code(),
            ImportProblem::WrongLanguage(_) => "wrong-language",
            ImportProblem::UnknownKey(_) => "unknown-key",
            ImportProblem::DuplicateKey(_) => "duplicate-key",
            ImportProblem::SourceChanged(_) => "source-changed",
        }
    }

    /// The offending value or figure, shown as it is (never markup).
    pub fn detail(&self) -> String {
        match self {
            ImportProblem::TooLarge(n) => n.to_string(),
            ImportProblem::WrongColumnCount { found, expected } => format!("{found}/{expected}"),
            ImportProblem::UnknownColumn(s)
            | ImportProblem::MissingColumn(s)
            | ImportProblem::WrongType(s)
            | ImportProblem::UnsupportedVersion(s)
            | ImportProblem::Unreadable(s)
            | ImportProblem::WrongLanguage(s)
            | ImportProblem::UnknownKey(s)
            | ImportProblem::DuplicateKey(s)
            | ImportProblem::SourceChanged(s) => s.clone(),
            ImportProblem::Invalid(p) => p.detail(),
            _ => String::new(),
        }
    }
}

/// At most this many problems are listed (the count says how many there are): a huge bad
/// file must not freeze the page with a table of tens of thousands of rows.
pub const MAX_SHOWN: usize = 100;

/// A file of `size` bytes, larger than [`MAX_BYTES`]: refused before it is read.
pub fn too_large(size: usize) -> ImportError {
    ImportError {
        place: Place::File,
        column: String::new(),
        problem: ImportProblem::TooLarge(size),
    }
}

/// The checks every file gets before parsing: not empty, not too large, text.
pub fn check_file(bytes: &[u8]) -> Result<&str, ImportError> {
    let whole = |problem| ImportError {
        place: Place::File,
        column: String::new(),
        problem,
    };
    if bytes.len() > MAX_BYTES {
        return Err(too_large(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| whole(ImportProblem::Binary))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(whole(ImportProblem::Binary));
    }
    if text.trim().is_empty() {
        return Err(whole(ImportProblem::Empty));
    }
    Ok(text)
}

/// The formats staff can bring in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The CSV template.
    Csv,
    /// Open Referral HSDS 3.x JSON.
    Hsds,
    /// The app's own JSON (`public/data/catalogue.json`), e.g. an earlier export.
    AppJson,
}

/// Tells the formats apart by content, not by file name: JSON with a `schema` field is the
/// app's own, other JSON is HSDS, anything else is read as CSV.
pub fn detect(text: &str) -> Format {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if !(start.starts_with('{') || start.starts_with('[')) {
        return Format::Csv;
    }
    match serde_json::from_str::<serde_json::Value>(start) {
        Ok(v) if v.get("schema").is_some() => Format::AppJson,
        _ => Format::Hsds,
    }
}

/// Reads a file in any of the formats. `base` gives what a file does not carry (the
/// neighbourhood, its front desk and closing days).
pub fn import(
    bytes: &[u8],
    base: &super::catalogue::Catalogue,
) -> (
    Format,
    Result<super::catalogue::Catalogue, Vec<ImportError>>,
) {
    let text = match check_file(bytes) {
        Ok(text) => text,
        Err(e) => return (Format::Csv, Err(vec![e])),
    };
    match detect(text) {
        Format::Csv => (Format::Csv, csv::import(bytes, base)),
        Format::Hsds => (Format::Hsds, hsds::import(bytes, base)),
        Format::AppJson => (
            Format::AppJson,
            super::validate::load(text).map_err(|issues| {
                issues
                    .into_iter()
                    .map(|i| ImportError {
                        place: i.record.map_or(Place::File, Place::Record),
                        column: i.field,
                        problem: match i.problem {
                            Problem::Unreadable(m) => ImportProblem::Unreadable(m),
                            p => ImportProblem::Invalid(p),
                        },
                    })
                    .collect()
            }),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_checked_before_parsing() {
        assert_eq!(check_file(b"").unwrap_err().problem, ImportProblem::Empty);
        assert_eq!(
            check_file("\u{feff}  \n".as_bytes()).unwrap_err().problem,
            ImportProblem::Empty
        );
        assert_eq!(
            check_file(&[0x89, b'P', b'N', b'G', 0, 0])
                .unwrap_err()
                .problem,
            ImportProblem::Binary
        );
        assert_eq!(
            check_file(&[b'a', 0xff, b'b']).unwrap_err().problem,
            ImportProblem::Binary
        );
        assert_eq!(
            check_file(b"a\0b").unwrap_err().problem,
            ImportProblem::Binary
        );
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(
            check_file(&big).unwrap_err().problem,
            ImportProblem::TooLarge(MAX_BYTES + 1)
        );
        assert_eq!(
            check_file("\u{feff}id;name\r\n".as_bytes()).unwrap(),
            "id;name\r\n"
        );
    }

    #[test]
    fn formats_are_told_apart_by_content() {
        assert_eq!(detect("id,name_nl\n"), Format::Csv);
        assert_eq!(detect("\u{feff} {\"schema\": 1}"), Format::AppJson);
        assert_eq!(detect("{\"version\": \"3.0\"}"), Format::Hsds);
        assert_eq!(detect("[1, 2]"), Format::Hsds);
        assert_eq!(detect("{ not json"), Format::Hsds);
    }

    #[test]
    fn the_apps_own_json_imports_and_its_problems_are_placed() {
        let shipped = include_str!("../../../public/data/catalogue.json");
        let base = super::super::validate::load(shipped).unwrap();
        let (format, result) = import(shipped.as_bytes(), &base);
        assert_eq!(format, Format::AppJson);
        assert_eq!(result.unwrap(), base);
        let broken = shipped.replacen("\"opening_hours\": \"", "\"opening_hours\": \"nonsense ", 1);
        let (_, result) = import(broken.as_bytes(), &base);
        let errors = result.unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].place, Place::Record("hvhk-onthaal".into()));
        assert_eq!(errors[0].column, "opening_hours");
        assert_eq!(errors[0].problem.code(), "bad-hours");
    }
}
