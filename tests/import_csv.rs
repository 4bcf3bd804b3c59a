//! The CSV template: bad files are refused with every problem in its place, good files in
//! the shapes spreadsheets write come in, and export → import gives the catalogue back.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::catalogue::{Access, Catalogue, Frequency, Text};
use buurtwijzer::domain::import::csv::{export, import, template, COLUMNS};
use buurtwijzer::domain::import::{ImportError, ImportProblem, Place, MAX_BYTES};
use std::path::{Path, PathBuf};

#[path = "support/shipped.rs"]
mod shipped_data;

/// The shipped catalogue in the four languages the template has columns for. A CSV is the
/// staff's own offer, so the import is not sample data.
fn shipped() -> Catalogue {
    let (mut c, _) = shipped_data::in_languages(&["en", "fr", "ar"]);
    c.sample = false;
    c
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/csv")
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn import_ok(bytes: &[u8]) -> Catalogue {
    import(bytes, &shipped()).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// Where, which column, which code, and the detail when it is stable enough to check.
type Expected = (Place, &'static str, &'static str, Option<&'static str>);

const fn row(n: usize) -> Place {
    Place::Row(n)
}

const FILE: Place = Place::File;

/// Every bad file of the corpus and exactly the problems it must give.
fn corpus() -> Vec<(&'static str, Vec<Expected>)> {
    vec![
        ("empty.csv", vec![(FILE, "", "empty", Some(""))]),
        ("only-bom.csv", vec![(FILE, "", "empty", Some(""))]),
        ("blank-lines.csv", vec![(FILE, "", "empty", Some(""))]),
        ("binary.csv", vec![(FILE, "", "binary", Some(""))]),
        ("latin1.csv", vec![(FILE, "", "binary", Some(""))]),
        ("nul-in-text.csv", vec![(FILE, "", "binary", Some(""))]),
        (
            "unbalanced-quotes.csv",
            vec![(row(3), "name_nl", "unbalanced-quotes", Some(""))],
        ),
        (
            "stray-quote.csv",
            vec![(row(3), "name_nl", "unbalanced-quotes", Some(""))],
        ),
        (
            "unterminated-quote.csv",
            vec![(row(4), "opening_hours", "unbalanced-quotes", Some(""))],
        ),
        (
            "unbalanced-quotes-in-header.csv",
            vec![(row(1), "", "unbalanced-quotes", Some(""))],
        ),
        (
            "wrong-column-count.csv",
            vec![
                (row(3), "", "column-count", Some("12/13")),
                (row(4), "", "column-count", Some("14/13")),
            ],
        ),
        (
            "unknown-column.csv",
            vec![(row(1), "colour", "unknown-column", Some("colour"))],
        ),
        (
            "missing-column.csv",
            vec![(row(1), "lat", "missing-column", Some("lat"))],
        ),
        (
            "duplicate-column.csv",
            vec![(row(1), "name_nl", "duplicate", Some(""))],
        ),
        (
            "bad-number.csv",
            vec![(row(3), "lat", "wrong-type", Some("51.2N"))],
        ),
        (
            "bad-boolean.csv",
            vec![(row(3), "free", "wrong-type", Some("misschien"))],
        ),
        (
            "bad-how.csv",
            vec![(row(3), "how", "wrong-type", Some("online"))],
        ),
        (
            "bad-opening-hours.csv",
            vec![(row(3), "opening_hours", "bad-hours", None)],
        ),
        (
            "coordinates-out-of-range.csv",
            vec![(row(3), "lat", "bad-coordinates", Some(""))],
        ),
        (
            "duplicate-ids.csv",
            vec![(row(3), "id", "duplicate", Some(""))],
        ),
        ("empty-id.csv", vec![(row(3), "id", "missing", Some(""))]),
        (
            "unknown-function.csv",
            vec![(row(3), "functions", "unknown-function", Some("knutselen"))],
        ),
        (
            "unknown-age.csv",
            vec![(row(3), "ages", "unknown-age", Some("12-18"))],
        ),
        (
            "bad-language-tag.csv",
            vec![(row(3), "languages", "bad-language-tag", Some("nederlands!"))],
        ),
        (
            "javascript-link.csv",
            vec![(
                row(3),
                "website",
                "disallowed-link",
                Some("javascript:alert(1)"),
            )],
        ),
        (
            "data-link.csv",
            vec![(
                row(3),
                "organization_website",
                "disallowed-link",
                Some("data:text/html;base64,PHNjcmlwdD4="),
            )],
        ),
        (
            "no-dutch-name.csv",
            vec![(row(3), "name_nl", "no-dutch-text", Some(""))],
        ),
        (
            "no-schedule.csv",
            vec![(row(3), "opening_hours", "no-schedule", Some(""))],
        ),
        (
            "no-front-desk.csv",
            vec![(FILE, "", "unknown-offer", Some("hvhk-onthaal"))],
        ),
        (
            "bad-activity.csv",
            vec![
                (row(3), "activity_week", "wrong-type", Some("second")),
                (row(3), "activity_start", "bad-time", Some("25:00")),
            ],
        ),
        (
            "multiple-errors.csv",
            vec![
                (row(4), "phone", "bad-phone", Some("bel ons")),
                (row(5), "email", "bad-email", Some("info-at-example.be")),
                (row(6), "lat", "wrong-type", Some("noord")),
            ],
        ),
        (
            "multiline-row-numbers.csv",
            vec![(row(6), "lon", "wrong-type", Some("oost"))],
        ),
    ]
}

fn describe(e: &ImportError) -> String {
    format!(
        "{:?} {:?} {} {:?}",
        e.place,
        e.column,
        e.problem.code(),
        e.problem.detail()
    )
}

#[test]
fn every_bad_file_gives_exactly_its_problems() {
    let base = shipped();
    let mut failures = Vec::new();
    for (name, expected) in corpus() {
        let found = match import(&read(name), &base) {
            Ok(_) => {
                failures.push(format!("{name}: imported, expected {expected:?}"));
                continue;
            }
            Err(found) => found,
        };
        let matches = |e: &ImportError, x: &Expected| {
            e.place == x.0
                && e.column == x.1
                && e.problem.code() == x.2
                && x.3.is_none_or(|d| e.problem.detail() == d)
        };
        let missing: Vec<_> = expected
            .iter()
            .filter(|x| !found.iter().any(|e| matches(e, x)))
            .collect();
        let unexpected: Vec<_> = found
            .iter()
            .filter(|e| !expected.iter().any(|x| matches(e, x)))
            .map(describe)
            .collect();
        if !missing.is_empty() || !unexpected.is_empty() || found.len() != expected.len() {
            failures.push(format!(
                "{name}:\n  missing {missing:?}\n  unexpected {unexpected:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_corpus_is_large_and_every_file_has_its_expectation() {
    let table: Vec<&str> = corpus().iter().map(|(name, _)| *name).collect();
    let mut files: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "csv"))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    for f in &files {
        assert!(table.contains(&f.as_str()), "{f} has no expected errors");
    }
    assert_eq!(files.len(), table.len(), "a table entry without its file");
    assert!(files.len() >= 15);
}

#[test]
fn a_ten_megabyte_file_is_too_large() {
    let mut big = b"id,name_nl\n".to_vec();
    big.resize(10 * 1024 * 1024, b'a');
    assert!(big.len() > MAX_BYTES);
    let errors = import(&big, &shipped()).unwrap_err();
    assert_eq!(
        errors,
        vec![ImportError {
            place: Place::File,
            column: String::new(),
            problem: ImportProblem::TooLarge(10 * 1024 * 1024),
        }]
    );
}

#[test]
fn a_problem_in_the_data_does_not_hide_problems_elsewhere() {
    // A row-level type error, a validation error on another row and an unknown column are
    // all reported in one go, sorted by row.
    let csv = "id,organization_id,organization_name_nl,functions,name_nl,description_nl,ages,how,free,address,lat,lon,opening_hours,kleur\n\
hvhk-onthaal,org-a,Org A,meeting,Onthaal,Kom langs.,parents,walk-in,yes,Plein 1,51.2,4.4,Mo 09:00-12:00,rood\n\
x,org-a,Org A,play,X,Y.,0-3,walk-in,soms,Plein 1,51.2,4.4,Mo 09:00-12:00,\n\
y,org-b,,play,Y,Y.,0-3,walk-in,no,Plein 1,51.2,4.4,Mo 09:00-12:00,\n";
    let errors = import(csv.as_bytes(), &shipped()).unwrap_err();
    let got: Vec<String> = errors.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            r#"Row(1) "kleur" unknown-column "kleur""#,
            r#"Row(3) "free" wrong-type "soms""#,
            r#"Row(4) "organization_name_nl" no-dutch-text """#,
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Good files
// ---------------------------------------------------------------------------------------

fn nl(t: &Text) -> &str {
    t.exact("nl").unwrap_or("")
}

#[test]
fn semicolons_with_a_bom_as_belgian_excel_writes_them() {
    let c = import_ok(&read("good/semicolon-bom.csv"));
    let base = shipped();
    assert_eq!(c.neighbourhood, base.neighbourhood);
    assert_eq!(c.holidays, base.holidays);
    assert_eq!(c.front_desk, "hvhk-onthaal");
    assert_eq!(c.offers.len(), 2, "the row of empty cells is skipped");
    assert_eq!(c.organizations.len(), 2);
    assert_eq!(
        c.organizations[0].name.exact("fr").unwrap(),
        "Maison de l'Enfant de Ravelstad"
    );

    let desk = &c.offers[0];
    assert_eq!(
        desk.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:00; PH off")
    );
    assert!(desk.interpreter, "JA is yes");
    assert_eq!(desk.languages, ["nl", "fr", "ar"]);
    assert_eq!(desk.location.lat, 51.1978, "decimal comma");
    assert_eq!(desk.contact.whatsapp, None);

    let swim = &c.offers[1];
    assert_eq!(swim.functions, ["play", "family-health"]);
    assert_eq!(swim.how, Access::Appointment);
    assert!(!swim.interpreter && !swim.cost.free);
    assert!(swim.cost.income_related && swim.cost.uitpas);
    assert!(!swim.access.pram && swim.access.wheelchair);
    assert_eq!(
        nl(swim.cost.price.as_ref().unwrap()),
        "€ 2 per beurt, met UiTPAS € 0,50"
    );
    assert_eq!(nl(swim.bring.as_ref().unwrap()), "Zwemluier en handdoek");
    assert_eq!(swim.name.exact("fr").unwrap(), "Natation pour tout-petits");
    assert_eq!(swim.contact.whatsapp.as_deref(), Some("+32 470 55 20 20"));
    assert_eq!(swim.opening_hours, None);
    let a = swim.activity.as_ref().unwrap();
    assert_eq!(a.freq, Frequency::Monthly);
    assert_eq!((a.day.as_str(), a.week), ("sa", Some(-1)));
    assert_eq!((a.start.as_str(), a.end.as_str()), ("10:00", "11:00"));
    assert_eq!(
        (a.from.as_str(), a.until.as_str()),
        ("2026-09-01", "2027-06-30")
    );
}

#[test]
fn commas_without_a_bom() {
    let c = import_ok(&read("good/comma-no-bom.csv"));
    assert_eq!(c.offers.len(), 2);
    let bib = &c.offers[1];
    assert_eq!(bib.id, "bib-voorlezen");
    assert_eq!(bib.location.address, "Bibliotheekstraat 2, 2999 Ravelstad");
    assert_eq!(bib.ages, ["3-6", "6-12"]);
    assert_eq!(bib.name.len(), 1, "no empty texts for absent languages");
    assert_eq!(bib.bring, None);
    assert_eq!(bib.cost.price, None);
    assert_eq!(c.organizations[1].id, "org-bibliotheek");
}

#[test]
fn a_multiline_quoted_description_with_quotes_and_other_scripts() {
    let c = import_ok(&read("good/multiline-description.csv"));
    let desk = &c.offers[0];
    assert_eq!(
        nl(&desk.description),
        "Heb je een vraag? Kom langs,\nof bel ons: we zeggen dan \"welkom\", ook op zaterdag.\n\nTot straks!"
    );
    assert_eq!(
        desk.description.exact("ar").unwrap(),
        "هل لديك سؤال؟ تعال إلينا 👋\nأهلًا وسهلًا، \"مرحبا\" 🧸"
    );
    assert_eq!(desk.name.exact("ar").unwrap(), "استقبال بيت الطفل");
}

#[test]
fn columns_in_another_order_and_case() {
    let c = import_ok(&read("good/reordered-columns.csv"));
    let desk = &c.offers[0];
    assert_eq!(desk.id, "hvhk-onthaal");
    assert_eq!(desk.how, Access::Both);
    assert_eq!(desk.ages, ["parents", "0-3"]);
    assert_eq!(desk.functions, ["meeting", "basic-rights"]);
    assert_eq!(desk.name.exact("fr").unwrap(), "Accueil");
    assert_eq!((desk.location.lat, desk.location.lon), (51.1978, 4.4025));
    assert_eq!(
        desk.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:00; PH off")
    );
}

// ---------------------------------------------------------------------------------------
// Export, round trips, template
// ---------------------------------------------------------------------------------------

#[test]
fn the_shipped_catalogue_survives_export_and_import() {
    let c = shipped();
    let csv = export(&c);
    let back = import(csv.as_bytes(), &c).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(back == c, "the catalogue changed on its way through CSV");
}

#[test]
fn an_exported_file_survives_import_and_export() {
    let csv = export(&shipped());
    let again = export(&import(csv.as_bytes(), &shipped()).unwrap());
    assert_eq!(again, csv);
    // And so do the good files, once in the template format.
    for name in [
        "good/semicolon-bom.csv",
        "good/comma-no-bom.csv",
        "good/multiline-description.csv",
        "good/reordered-columns.csv",
    ] {
        let first = export(&import_ok(&read(name)));
        assert_eq!(export(&import_ok(first.as_bytes())), first, "{name}");
    }
}

#[test]
fn export_is_what_excel_expects() {
    let csv = export(&shipped());
    assert!(csv.starts_with('\u{feff}'), "a BOM");
    let header = csv
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .next()
        .unwrap();
    assert_eq!(
        header.split(',').collect::<Vec<_>>(),
        COLUMNS,
        "nl, en, fr, ar"
    );
    assert!(csv.ends_with("\r\n"));
    // Every line break outside quoted cells is CRLF (the shipped texts have none inside).
    assert!(!csv.replace("\r\n", "").contains('\n'));
    assert!(
        csv.contains(",\"Ravelplein 3, 2999 Ravelstad\","),
        "quoted per RFC 4180"
    );
}

#[test]
fn formula_like_cells_are_defused_and_come_back_as_they_were() {
    let mut c = shipped();
    c.offers[0]
        .description
        .set("nl", "=HYPERLINK(\"http://x\")");
    c.offers[0].name.set("en", "'=already quoted");
    c.offers[1].description.set("nl", "@SUM(A1)");
    c.offers[1].description.set("en", "- bring a towel");
    c.offers[2].name.set("fr", "'t Kasteeltje");
    let csv = export(&c);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let mut guarded = 0;
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a spreadsheet would run {cell:?}"
            );
            guarded += usize::from(cell.starts_with('\''));
        }
    }
    // The four above plus every phone number written +32 …
    assert!(guarded >= 4, "{guarded}");
    assert!(csv.contains("'=HYPERLINK") && csv.contains("''=already quoted"));
    assert!(
        csv.contains(",'t Kasteeltje,"),
        "a leading ' that is text stays as it is"
    );
    let back = import(csv.as_bytes(), &c).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(back == c, "the values come back without the guard");
}

#[test]
fn every_language_gets_its_columns() {
    let mut c = shipped();
    c.offers[1].description.set("uk", "Приходьте");
    let csv = export(&c);
    let header = csv.lines().next().unwrap();
    for col in [
        "name_uk",
        "description_uk",
        "bring_uk",
        "price_uk",
        "organization_name_uk",
    ] {
        assert!(header.split(',').any(|h| h == col), "{col} in {header}");
    }
    assert_eq!(import(csv.as_bytes(), &c).unwrap(), c);
}

#[test]
fn the_template_imports_cleanly() {
    let t = template();
    let lines: Vec<&str> = t
        .trim_start_matches('\u{feff}')
        .split_terminator("\r\n")
        .collect();
    assert_eq!(lines.len(), 2, "header and one example row");
    assert_eq!(lines[0].split(',').collect::<Vec<_>>(), COLUMNS);
    let c = import(t.as_bytes(), &shipped()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(c.offers.len(), 1);
    let example = &c.offers[0];
    assert_eq!(example.id, shipped().front_desk);
    assert!(example.activity.is_some() && example.opening_hours.is_some());
    for lang in ["nl", "en", "fr", "ar"] {
        assert!(
            example.name.has(lang) && example.description.has(lang),
            "{lang}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Property: any printable text survives
// ---------------------------------------------------------------------------------------

/// xorshift64*: deterministic, so a failure is reproducible from its iteration number.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn text(&mut self) -> String {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "7",
            " ",
            "  ",
            "\"",
            "\"\"",
            ",",
            ";",
            "|",
            "\n",
            "\r\n",
            "\r",
            "\t",
            "'",
            "=",
            "+32",
            "-",
            "@",
            "é",
            "ß",
            "ĳ",
            "€",
            "ي",
            "عربي",
            "مرحبا",
            "中文",
            "кирилиця",
            "ትግርኛ",
            "😀",
            "👨\u{200d}👩\u{200d}👧",
            "\u{200f}",
            "#",
            "\\",
        ];
        let len = self.below(24);
        let mut s: String = (0..len).map(|_| PIECES[self.below(PIECES.len())]).collect();
        if s.trim().is_empty() {
            // A blank cell is no text at all: give it something to keep.
            s.push('x');
        }
        s
    }
}

/// The same file with `;` between the cells, as Excel writes it in Belgium.
fn with_semicolons(csv: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    for record in reader.records() {
        writer.write_record(&record.unwrap()).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

#[test]
fn random_text_survives_export_and_import() {
    let base = shipped();
    let mut c = base.clone();
    c.offers.truncate(4);
    // Only organizations with an offer have a row to live on.
    let used: Vec<String> = c.offers.iter().map(|o| o.organization.clone()).collect();
    c.organizations.retain(|o| used.contains(&o.id));
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..300 {
        for offer in &mut c.offers {
            for lang in ["nl", "en", "ar"] {
                offer.description.set(lang, rng.text());
            }
            offer.name.set("fr", rng.text());
            offer.bring = Some(
                [("nl".to_owned(), rng.text())]
                    .into_iter()
                    .collect::<Text>(),
            );
        }
        c.organizations[0].name.set("en", rng.text());
        let mut csv = export(&c);
        if round % 2 == 1 {
            csv = with_semicolons(&csv);
        }
        match import(csv.as_bytes(), &base) {
            Ok(back) => assert!(back == c, "round {round}: changed\n{csv}"),
            Err(e) => panic!("round {round}: {e:#?}\n{csv}"),
        }
    }
}

#[test]
fn validation_problems_land_on_their_row_even_when_ids_repeat() {
    // Row 4 repeats row 3's id; the organization `x` shares its id with the offer `x`.
    let csv = "id,organization_id,organization_name_nl,functions,name_nl,description_nl,ages,how,free,address,lat,lon,opening_hours,email\n\
hvhk-onthaal,org-a,Org A,meeting,Onthaal,Kom langs.,parents,walk-in,yes,Plein 1,51.2,4.4,Mo 09:00-12:00,\n\
a,org-a,Org A,play,A,A.,0-3,walk-in,no,Plein 1,51.2,4.4,Mo 09:00-12:00,\n\
a,org-a,Org A,play,A,A.,0-3,walk-in,no,Plein 1,51.2,4.4,Mo 09:00-12:00,geen-mail\n\
x,org-a,Org A,play,,X.,0-3,walk-in,no,Plein 1,51.2,4.4,Mo 09:00-12:00,\n\
y,x,,play,Y,Y.,0-3,walk-in,no,Plein 1,51.2,4.4,Mo 09:00-12:00,\n\
,org-a,Org A,play,Z,Z.,0-3,walk-in,no,Plein 1,51.2,200,Mo 09:00-12:00,\n";
    let errors = import(csv.as_bytes(), &shipped()).unwrap_err();
    let got: Vec<String> = errors.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            r#"Row(4) "id" duplicate """#,
            r#"Row(4) "email" bad-email "geen-mail""#,
            r#"Row(5) "name_nl" no-dutch-text """#,
            r#"Row(6) "organization_name_nl" no-dutch-text """#,
            r#"Row(7) "id" missing """#,
            r#"Row(7) "lon" bad-coordinates """#,
        ]
    );
}
