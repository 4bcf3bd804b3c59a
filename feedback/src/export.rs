//! Export for staff: CSV that spreadsheet programs open right (UTF-8 with a byte order mark,
//! so Arabic shows as Arabic; RFC 4180 quoting) and JSON with the records as they are stored.

use super::check::THEMES;
use super::Record;
use std::fmt::Write;

/// Tells spreadsheet programs the file is UTF-8.
pub const BOM: &str = "\u{feff}";

const FIXED_COLUMNS: [&str; 9] = [
    "id",
    "created_at",
    "kind",
    "target",
    "face",
    "reasons",
    "topic",
    "scale",
    "area",
];

/// The header row: fixed columns, one column per check theme, then the words and metadata.
pub fn header() -> Vec<&'static str> {
    FIXED_COLUMNS
        .iter()
        .copied()
        .chain(THEMES.iter().map(|t| t.code))
        .chain(["text", "language", "app_version"])
        .collect()
}

/// One CSV field. Quoted when it holds a comma, quote, CR or LF (quotes doubled). A field a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`:
/// the words come from anyone, and staff open this file.
pub fn field(value: &str) -> String {
    let guarded = crate::spreadsheet::guard(value);
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded.into_owned()
    }
}

/// One record's cells, in the order of [`header`] (unquoted; see [`field`]).
pub fn row(record: &Record) -> Vec<String> {
    let v = &record.values;
    let reasons: Vec<_> = v.reasons.iter().map(|r| r.code()).collect();
    let mut cells = vec![
        record.id.clone(),
        record.created_at.clone(),
        record.kind.code().to_owned(),
        record.target.clone().unwrap_or_default(),
        v.face.map(|f| f.code()).unwrap_or_default().to_owned(),
        reasons.join(" "),
        v.topic.map(|t| t.code()).unwrap_or_default().to_owned(),
        v.scale.map(|s| s.code()).unwrap_or_default().to_owned(),
        v.area.clone().unwrap_or_default(),
    ];
    cells.extend(
        THEMES
            .iter()
            .map(|t| v.scores.get(t.code).map(u8::to_string).unwrap_or_default()),
    );
    cells.extend([
        record.text.clone(),
        record.language.clone(),
        record.app_version.clone(),
    ]);
    cells
}

/// All records as CSV: BOM, header, one row per record, CRLF line ends.
pub fn csv(records: &[Record]) -> String {
    let mut out = String::with_capacity(64 + records.len() * 160);
    out.push_str(BOM);
    out.push_str(&header().join(","));
    out.push_str("\r\n");
    for r in records {
        let cells: Vec<_> = row(r).iter().map(|c| field(c)).collect();
        let _ = write!(out, "{}\r\n", cells.join(","));
    }
    out
}

/// All records as pretty JSON (an array), the same shape as the outbox and the sync body.
pub fn json(records: &[Record]) -> String {
    serde_json::to_string_pretty(records).unwrap_or_else(|_| "[]".into())
}

/// File name for a download made on `date` (`YYYY-MM-DD`).
pub fn file_name(date: &str, extension: &str) -> String {
    format!("buurtwijzer-feedback-{date}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::super::{Face, Reason, Topic};
    use super::*;

    /// A small RFC 4180 reader, to check that what we write reads back to the same cells.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\rhere"), "\"cr\rhere\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+32 3 123"), "'+32 3 123");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("a=b"), "a=b");
    }

    #[test]
    fn csv_starts_with_a_bom_and_reads_back_cell_for_cell() {
        let nasty = "مرحبا, \"صديقي\"\nسطر ثاني 👨‍👩‍👧 עברית";
        let records = vec![
            Record::rating(
                "r1".into(),
                "offer,with,commas",
                Face::Sad,
                "ar",
                "2026-11-23T10:00:00".into(),
            )
            .with_details(&[Reason::TooFar, Reason::Language], nasty),
            Record::signal(
                "s1".into(),
                Topic::App,
                None,
                "ok",
                "nl",
                "2026-11-23T11:00:00".into(),
            ),
        ];
        let out = csv(&records);
        assert!(out.starts_with(BOM));
        assert!(out.ends_with("\r\n"));
        let rows = parse(out.trim_start_matches(BOM));
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|r| r.len() == header().len()));
        let h = header();
        let col = |name: &str| h.iter().position(|c| *c == name).unwrap();
        assert_eq!(rows[1][col("text")], nasty);
        assert_eq!(rows[1][col("target")], "offer,with,commas");
        assert_eq!(rows[1][col("reasons")], "too-far language");
        assert_eq!(rows[1][col("face")], "sad");
        assert_eq!(rows[2][col("topic")], "app");
        assert_eq!(rows[2][col("feeling-safe")], "");
    }

    #[test]
    fn json_round_trips() {
        let records = vec![Record::missing(
            "m".into(),
            "زوم",
            "ar",
            "2026-11-23T10:00:00".into(),
        )];
        let back: Vec<Record> = serde_json::from_str(&json(&records)).unwrap();
        assert_eq!(back, records);
        assert_eq!(
            file_name("2026-11-23", "csv"),
            "buurtwijzer-feedback-2026-11-23.csv"
        );
    }
}
