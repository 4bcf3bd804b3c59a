//! Reading the template: forgiving about the file, strict about the data, every problem with
//! its row and column.

use super::columns::*;
use crate::domain::catalogue::{
    Access, Accessibility, Activity, Catalogue, Contact, Cost, Frequency, Location, Offer,
    Organization, SchoolHolidays, Text,
};
use crate::domain::import::{check_file, with_network_settings, ImportError, ImportProblem, Place};
use crate::domain::spreadsheet;
use crate::domain::validate::{self, Issue, Problem};
use crate::domain::SOURCE_LANGUAGE;
use std::collections::{HashMap, HashSet};

/// Reads a CSV file in the template format into a catalogue that keeps `base`'s
/// neighbourhood, date, front desk and holidays. All or nothing: every problem of the whole
/// file comes back (file, header, rows, then catalogue validation), sorted by row.
pub fn import(bytes: &[u8], base: &Catalogue) -> Result<Catalogue, Vec<ImportError>> {
    let text = check_file(bytes).map_err(|e| vec![e])?;
    let delimiter = detect_delimiter(text);
    let mut errors = Vec::new();

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        // Rows of another length are reported by us, with their row number.
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut lines = LineCounter::new(text);
    for record in reader.records() {
        match record {
            Ok(r) => {
                let start = r.position().map_or(0, |p| p.byte() as usize);
                let (start, line) = lines.at(start);
                // The export guards formula-like cells with a `'`; the values are without it.
                let r: csv::StringRecord = r.iter().map(spreadsheet::unguard).collect();
                records.push((r, start, line));
            }
            Err(e) => {
                // Reading from memory after the UTF-8 check: not expected, but not a panic.
                errors.push(whole_file(ImportProblem::Unreadable(e.to_string())));
                return Err(errors);
            }
        }
    }
    let Some((header_record, _, header_line)) = records.first() else {
        return Err(vec![whole_file(ImportProblem::Empty)]);
    };
    let header_line = *header_line;
    // Each record with a broken quote, and the field where that quote opened.
    let mut broken: HashMap<usize, usize> = HashMap::new();
    for (offset, field) in quote_problems(text, delimiter) {
        let record = records
            .partition_point(|(_, start, _)| *start <= offset)
            .max(1)
            - 1;
        broken.entry(record).or_insert(field);
    }
    if broken.contains_key(&0) {
        return Err(vec![at_row(
            header_line,
            "",
            ImportProblem::UnbalancedQuotes,
        )]);
    }

    let (header, fatal) = Header::read(header_record, header_line, &mut errors);

    let mut offers = Vec::new();
    let mut rows = Vec::new();
    let mut organizations: Vec<Organization> = Vec::new();
    let mut org_rows: HashMap<String, usize> = HashMap::new();
    let mut bad = HashSet::new();
    let mut dropped_rows = false;
    for (i, (record, _, row)) in records.iter().enumerate().skip(1) {
        let row = *row;
        if let Some(field) = broken.get(&i) {
            let column = header
                .columns
                .get(*field)
                .and_then(|c| c.as_ref().map(Column::name))
                .unwrap_or_default();
            errors.push(at_row(row, &column, ImportProblem::UnbalancedQuotes));
            dropped_rows = true;
            continue;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            // Spreadsheets leave rows of empty cells behind.
            continue;
        }
        let width = header.columns.len();
        if record.len() < width || record.iter().skip(width).any(|c| !c.trim().is_empty()) {
            errors.push(at_row(
                row,
                "",
                ImportProblem::WrongColumnCount {
                    found: record.len(),
                    expected: width,
                },
            ));
            dropped_rows = true;
            continue;
        }
        if fatal {
            continue;
        }
        let mut reader = RowReader {
            header: &header,
            record,
            row,
            errors: &mut errors,
            bad: &mut bad,
        };
        let (org, offer) = reader.read();
        if !org_rows.contains_key(&org.id) {
            org_rows.insert(org.id.clone(), row);
            organizations.push(org);
        }
        offers.push(offer);
        rows.push(row);
    }
    if fatal {
        sort(&mut errors);
        return Err(errors);
    }

    let catalogue = with_network_settings(base, organizations, offers);
    for (place, column, problem) in place_issues(&catalogue, &rows, &org_rows) {
        let suppressed = match &place {
            // The value was already reported as unreadable: its stand-in proves nothing.
            Place::Row(r) => {
                bad.contains(&(*r, column.clone()))
                    || (problem == Problem::NoSchedule
                        && bad.contains(&(*r, Scalar::ActivityFreq.name().to_owned())))
            }
            // The front desk may be on a row that could not be read.
            _ => dropped_rows && matches!(problem, Problem::UnknownOffer(_)),
        };
        if !suppressed {
            errors.push(ImportError {
                place,
                column,
                problem: ImportProblem::Invalid(problem),
            });
        }
    }
    if errors.is_empty() {
        Ok(catalogue)
    } else {
        sort(&mut errors);
        Err(errors)
    }
}

pub(super) fn whole_file(problem: ImportProblem) -> ImportError {
    ImportError {
        place: Place::File,
        column: String::new(),
        problem,
    }
}

pub(super) fn at_row(row: usize, column: &str, problem: ImportProblem) -> ImportError {
    ImportError {
        place: Place::Row(row),
        column: column.to_owned(),
        problem,
    }
}

/// File first, then by row; within a row, in the order found (stable sort).
pub(super) fn sort(errors: &mut [ImportError]) {
    errors.sort_by_key(|e| match e.place {
        Place::File => 0,
        Place::Row(r) => r,
        Place::Record(_) => usize::MAX,
    });
}

/// `;` when the header line has more semicolons than commas (what Excel writes in Belgian
/// and Dutch locales), else `,`.
pub(super) fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.chars().filter(|x| *x == c).count();
    if count(';') > count(',') {
        b';'
    } else {
        b','
    }
}

/// The quoted fields that are broken: one that never closes (the `csv` crate then reads it
/// to the end of the file, or to the next quote, swallowing the rows in between), or one
/// whose closing quote is followed by something else than a delimiter or a line break
/// (`"abc"def`; usually the sign of a quote that closed too early or a later row's quote
/// closing an earlier one). Quotes are read by the same rules as the `csv` crate: a quote
/// opens a field only at its start, `""` inside is a quote, and any other quote is a plain
/// character, so `5" tablet` in an unquoted cell is fine (counting quotes would flag it).
///
/// Each problem is the byte offset of the opening quote and the field's index in its record.
pub(super) fn quote_problems(text: &str, delimiter: u8) -> Vec<(usize, usize)> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut out = Vec::new();
    let mut state = State::FieldStart;
    let mut field = 0;
    let mut opened = 0;
    for (i, b) in text.bytes().enumerate() {
        state = match (state, b) {
            (State::FieldStart, b'"') => {
                opened = i;
                State::Quoted
            }
            (State::Quoted, b'"') => State::QuoteInQuoted,
            (State::Quoted, _) => State::Quoted,
            (State::QuoteInQuoted, b'"') => State::Quoted,
            (_, b'\n' | b'\r') => {
                field = 0;
                State::FieldStart
            }
            (_, d) if d == delimiter => {
                field += 1;
                State::FieldStart
            }
            (State::QuoteInQuoted, _) => {
                out.push((opened, field));
                State::Unquoted
            }
            _ => State::Unquoted,
        };
    }
    if state == State::Quoted {
        out.push((opened, field));
    }
    out
}

/// Spreadsheet row numbers from byte offsets. The `csv` crate's own line count is one short
/// after CRLF line ends, so lines are counted here: `\r\n`, `\n` and a lone `\r` each end one.
pub(super) struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The start of the record the `csv` crate places at `byte` (it may point at the line
    /// break before it, or at blank lines it skipped) and its line. Offsets must not decrease.
    pub(super) fn at(&mut self, byte: usize) -> (usize, usize) {
        let mut start = byte.max(self.at);
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        for i in self.at..start {
            let b = self.text[i];
            if b == b'\n' || (b == b'\r' && self.text.get(i + 1) != Some(&b'\n')) {
                self.line += 1;
            }
        }
        self.at = start;
        (start, self.line)
    }
}

/// Which column each cell of a row belongs to.
pub(super) struct Header {
    /// Per cell; `None` for an unknown column (reported, then ignored).
    columns: Vec<Option<Column>>,
    scalars: HashMap<Scalar, usize>,
    texts: Vec<(TextField, String, usize)>,
}

impl Header {
    /// Reads the header row; `true` when a required column is missing or a column is there
    /// twice, as then no row can be read reliably.
    pub(super) fn read(
        record: &csv::StringRecord,
        row: usize,
        errors: &mut Vec<ImportError>,
    ) -> (Self, bool) {
        let mut names: Vec<&str> = record.iter().map(str::trim).collect();
        // Empty header cells at the end: a spreadsheet's unused columns.
        while names.last().is_some_and(|n| n.is_empty()) {
            names.pop();
        }
        let mut header = Header {
            columns: Vec::new(),
            scalars: HashMap::new(),
            texts: Vec::new(),
        };
        let mut fatal = false;
        for (i, name) in names.iter().enumerate() {
            let column = Column::parse(name);
            match &column {
                None => errors.push(at_row(
                    row,
                    name,
                    ImportProblem::UnknownColumn((*name).to_owned()),
                )),
                Some(c) if header.columns.contains(&column) => {
                    errors.push(at_row(
                        row,
                        &c.name(),
                        ImportProblem::Invalid(Problem::Duplicate),
                    ));
                    fatal = true;
                }
                Some(Column::Scalar(s)) => {
                    header.scalars.insert(*s, i);
                }
                Some(Column::Text(field, tag)) => header.texts.push((*field, tag.clone(), i)),
            }
            header.columns.push(column);
        }
        for required in REQUIRED {
            if !header.columns.contains(&Column::parse(required)) {
                errors.push(at_row(
                    row,
                    required,
                    ImportProblem::MissingColumn((*required).to_owned()),
                ));
                fatal = true;
            }
        }
        (header, fatal)
    }
}

/// Reads one data row into an organization and an offer, reporting unreadable values.
pub(super) struct RowReader<'a> {
    header: &'a Header,
    record: &'a csv::StringRecord,
    row: usize,
    errors: &'a mut Vec<ImportError>,
    /// (row, column) of values already reported, whose validation issues would be noise.
    bad: &'a mut HashSet<(usize, String)>,
}

impl RowReader<'_> {
    pub(super) fn report(&mut self, s: Scalar, problem: ImportProblem) {
        self.errors.push(at_row(self.row, s.name(), problem));
        self.bad.insert((self.row, s.name().to_owned()));
    }

    /// The trimmed value; empty when the column is absent.
    pub(super) fn value(&self, s: Scalar) -> &str {
        self.header
            .scalars
            .get(&s)
            .and_then(|i| self.record.get(*i))
            .map_or("", str::trim)
    }

    pub(super) fn optional(&self, s: Scalar) -> Option<String> {
        Some(self.value(s))
            .filter(|v| !v.is_empty())
            .map(String::from)
    }

    /// Codes are case-insensitive for people typing them; stored in lower case.
    pub(super) fn code(&self, s: Scalar) -> String {
        self.value(s).to_lowercase()
    }

    pub(super) fn list(&self, s: Scalar, lower: bool) -> Vec<String> {
        self.value(s)
            .split(LIST_SEPARATOR)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| {
                if lower {
                    v.to_lowercase()
                } else {
                    v.to_owned()
                }
            })
            .collect()
    }

    /// Empty is "no": most yes/no columns are left blank when they do not apply.
    pub(super) fn boolean(&mut self, s: Scalar) -> bool {
        match self.code(s).as_str() {
            "yes" | "ja" | "true" | "1" => true,
            "no" | "nee" | "false" | "0" | "" => false,
            _ => {
                let v = self.value(s).to_owned();
                self.report(s, ImportProblem::WrongType(v));
                false
            }
        }
    }

    /// A decimal number; a decimal comma (`51,1978`, as Excel writes it in Belgium) is read too.
    pub(super) fn number(&mut self, s: Scalar) -> f64 {
        let v = self.value(s).to_owned();
        if v.is_empty() {
            self.report(s, ImportProblem::Invalid(Problem::Missing));
            return 0.0;
        }
        let dotted = if !v.contains('.') && v.matches(',').count() == 1 {
            v.replace(',', ".")
        } else {
            v.clone()
        };
        dotted.parse().unwrap_or_else(|_| {
            self.report(s, ImportProblem::WrongType(v));
            0.0
        })
    }

    /// The text in every language column that has something in it. Text is kept exactly
    /// as written (spaces and line breaks included), but a blank cell is no text.
    pub(super) fn text(&self, field: TextField) -> Text {
        self.header
            .texts
            .iter()
            .filter(|(f, _, _)| *f == field)
            .filter_map(|(_, tag, i)| {
                let v = self.record.get(*i)?;
                (!v.trim().is_empty()).then(|| (tag.clone(), v.to_owned()))
            })
            .collect()
    }

    pub(super) fn optional_text(&self, field: TextField) -> Option<Text> {
        Some(self.text(field)).filter(|t| !t.is_empty())
    }

    pub(super) fn how(&mut self) -> Access {
        match self.code(Scalar::How).as_str() {
            "walk-in" => Access::WalkIn,
            "appointment" => Access::Appointment,
            "both" => Access::Both,
            "" => {
                self.report(Scalar::How, ImportProblem::Invalid(Problem::Missing));
                Access::WalkIn
            }
            _ => {
                let v = self.value(Scalar::How).to_owned();
                self.report(Scalar::How, ImportProblem::WrongType(v));
                Access::WalkIn
            }
        }
    }

    pub(super) fn activity(&mut self) -> Option<Activity> {
        use Scalar as S;
        let freq = match self.code(S::ActivityFreq).as_str() {
            "weekly" => Frequency::Weekly,
            "monthly" => Frequency::Monthly,
            "" => {
                let rest = [
                    S::ActivityDay,
                    S::ActivityWeek,
                    S::ActivityStart,
                    S::ActivityEnd,
                    S::ActivityFrom,
                    S::ActivityUntil,
                    S::ActivitySchoolHolidays,
                ];
                // Filled-in activity cells without a frequency would be lost without a word.
                if rest.iter().any(|s| !self.value(*s).is_empty()) {
                    self.report(S::ActivityFreq, ImportProblem::Invalid(Problem::Missing));
                }
                return None;
            }
            _ => {
                let v = self.value(S::ActivityFreq).to_owned();
                self.report(S::ActivityFreq, ImportProblem::WrongType(v));
                return None;
            }
        };
        let week = match self.value(S::ActivityWeek) {
            "" => None,
            v => match v.parse::<i8>() {
                Ok(n) => Some(n),
                Err(_) => {
                    let v = v.to_owned();
                    self.report(S::ActivityWeek, ImportProblem::WrongType(v));
                    None
                }
            },
        };
        let school_holidays = match self.code(S::ActivitySchoolHolidays).as_str() {
            "" => None,
            "skip" => Some(SchoolHolidays::Skip),
            "only" => Some(SchoolHolidays::Only),
            _ => {
                let v = self.value(S::ActivitySchoolHolidays).to_owned();
                self.report(S::ActivitySchoolHolidays, ImportProblem::WrongType(v));
                None
            }
        };
        Some(Activity {
            freq,
            day: self.code(S::ActivityDay),
            week,
            start: self.value(S::ActivityStart).to_owned(),
            end: self.value(S::ActivityEnd).to_owned(),
            from: self.value(S::ActivityFrom).to_owned(),
            until: self.value(S::ActivityUntil).to_owned(),
            school_holidays,
        })
    }

    pub(super) fn read(&mut self) -> (Organization, Offer) {
        use Scalar as S;
        let org = Organization {
            id: self.value(S::OrgId).to_owned(),
            name: self.text(TextField::OrgName),
            website: self.optional(S::OrgWebsite),
        };
        let offer = Offer {
            id: self.value(S::Id).to_owned(),
            organization: org.id.clone(),
            functions: self.list(S::Functions, true),
            name: self.text(TextField::Name),
            description: self.text(TextField::Description),
            ages: self.list(S::Ages, true),
            how: self.how(),
            languages: self.list(S::Languages, false),
            interpreter: self.boolean(S::Interpreter),
            cost: Cost {
                free: self.boolean(S::Free),
                price: self.optional_text(TextField::Price),
                income_related: self.boolean(S::IncomeRelated),
                uitpas: self.boolean(S::Uitpas),
            },
            access: Accessibility {
                pram: self.boolean(S::Pram),
                wheelchair: self.boolean(S::Wheelchair),
            },
            bring: self.optional_text(TextField::Bring),
            contact: Contact {
                phone: self.optional(S::Phone),
                email: self.optional(S::Email),
                website: self.optional(S::Website),
                whatsapp: self.optional(S::Whatsapp),
            },
            location: Location {
                address: self.value(S::Address).to_owned(),
                lat: self.number(S::Lat),
                lon: self.number(S::Lon),
            },
            opening_hours: self.optional(S::OpeningHours),
            activity: self.activity(),
        };
        (org, offer)
    }
}

/// Puts each validation issue on the row and column a coordinator has to fix.
///
/// Offer issues name the offer by id, which is ambiguous when ids repeat (and empty when the
/// id is missing), so this follows the order `validate` reports in: catalogue-wide issues,
/// then each organization's, then each offer's in file order, an offer's own block starting
/// with its id issue (missing or duplicate). The organization block is measured by
/// validating the organizations alone, as their checks do not depend on the offers.
pub(super) fn place_issues(
    c: &Catalogue,
    rows: &[usize],
    org_rows: &HashMap<String, usize>,
) -> Vec<(Place, String, Problem)> {
    let organizations_only = Catalogue {
        schema: c.schema,
        neighbourhood: c.neighbourhood.clone(),
        updated: c.updated.clone(),
        front_desk: String::new(),
        holidays: Vec::new(),
        school_holidays: Vec::new(),
        translations: Vec::new(),
        organizations: c.organizations.clone(),
        offers: Vec::new(),
        sample: false,
        actions: Vec::new(),
        hours_tables: Default::default(),
    };
    let org_issues = validate::validate(&organizations_only)
        .iter()
        .filter(|i| i.record.is_some())
        .count();

    let mut issues = validate::validate(c).into_iter().peekable();
    let mut out = Vec::new();
    while let Some(i) = issues.next_if(|i| i.record.is_none() && i.field != "id") {
        out.push((Place::File, String::new(), i.problem));
    }
    for i in issues.by_ref().take(org_issues) {
        let place = i
            .record
            .as_ref()
            .and_then(|id| org_rows.get(id))
            .map_or(Place::File, |r| Place::Row(*r));
        let column = match i.field.as_str() {
            "id" => Scalar::OrgId.name().to_owned(),
            "name" => format!("{}{SOURCE_LANGUAGE}", TextField::OrgName.prefix()),
            "website" => Scalar::OrgWebsite.name().to_owned(),
            other => other.to_owned(),
        };
        out.push((place, column, i.problem));
    }

    // Which offers get an id issue: a missing id, or an id seen before.
    let mut seen = HashSet::new();
    let has_id_issue: Vec<bool> = c
        .offers
        .iter()
        .map(|o| o.id.trim().is_empty() || !seen.insert(o.id.as_str()))
        .collect();
    let mut current = 0;
    let mut started = false;
    for i in issues {
        let is_id = i.field == "id";
        let from = if is_id && started {
            current + 1
        } else {
            current
        };
        let found = (from..c.offers.len()).find(|&j| {
            let same = match &i.record {
                None => c.offers[j].id.trim().is_empty(),
                Some(id) => c.offers[j].id == *id,
            };
            same && (!is_id || has_id_issue[j])
        });
        match found {
            Some(j) => {
                current = j;
                started = true;
                let column = offer_column(&i, &c.offers[j]);
                out.push((Place::Row(rows[j]), column, i.problem));
            }
            None => out.push((Place::File, String::new(), i.problem)),
        }
    }
    out
}

/// The CSV column of an offer's JSON field.
pub(super) fn offer_column(issue: &Issue, offer: &Offer) -> String {
    let nl = |field: TextField| format!("{}{SOURCE_LANGUAGE}", field.prefix());
    let s = |s: Scalar| s.name().to_owned();
    match issue.field.as_str() {
        "organization" => s(Scalar::OrgId),
        "name" => nl(TextField::Name),
        "description" => nl(TextField::Description),
        "bring" => nl(TextField::Bring),
        "cost.price" => nl(TextField::Price),
        "contact.phone" => s(Scalar::Phone),
        "contact.email" => s(Scalar::Email),
        "contact.website" => s(Scalar::Website),
        "contact.whatsapp" => s(Scalar::Whatsapp),
        "location.address" => s(Scalar::Address),
        // Coordinates are checked together: point at the one that is off.
        "location" => {
            let lat = offer.location.lat;
            if lat.is_finite() && (-90.0..=90.0).contains(&lat) {
                s(Scalar::Lon)
            } else {
                s(Scalar::Lat)
            }
        }
        other => other.replace('.', "_"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_tracked_like_the_csv_crate() {
        assert_eq!(quote_problems("a,\"b,\"\"c\"\"\"\n", b','), []);
        assert_eq!(quote_problems("a,5\" tablet,\"\"\n", b','), []);
        assert_eq!(quote_problems("a,\"b\nc,d\n", b','), [(2, 1)]);
        assert_eq!(quote_problems("a;\"b;\"\"\n", b';'), [(2, 1)]);
        // Closed too early, or closed by a later row's quote.
        assert_eq!(quote_problems("\"ab\"c\"d\n", b','), [(0, 0)]);
        assert_eq!(quote_problems("a,\"b\nc,\"d\"\n", b','), [(2, 1)]);
    }

    #[test]
    fn rows_are_counted_with_any_line_end() {
        let text = "h\r\na\r\n\r\nb\nc\rd";
        let mut lines = LineCounter::new(text);
        assert_eq!(lines.at(0), (0, 1));
        assert_eq!(lines.at(2), (3, 2));
        assert_eq!(lines.at(5), (8, 4));
        assert_eq!(lines.at(10), (10, 5));
        assert_eq!(lines.at(12), (12, 6));
    }

    #[test]
    fn the_delimiter_comes_from_the_header() {
        assert_eq!(detect_delimiter("id;name_nl;lat\n1,2;3"), b';');
        assert_eq!(detect_delimiter("id,name_nl,lat\n1;2;3"), b',');
    }
}
