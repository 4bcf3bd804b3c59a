//! The CSV template: one row per offer. See docs/data-formats.md, "The CSV template".
//!
//! Coordinators keep the offer in a spreadsheet, so the template is flat: the organization is
//! repeated on every row, lists are `|`-separated in one cell, every text has one column per
//! language (`name_nl`, `name_fr`…), and yes/no cells accept what people actually type. The
//! catalogue-wide settings (neighbourhood, holidays, front desk) are not in the sheet: they
//! come from the catalogue in use, so a sheet can never break them.
//!
//! Reading is forgiving about the file (comma or semicolon, BOM or not, columns in any order,
//! empty trailing cells) and strict about the data: every problem in the whole file is listed
//! with its row and column, and the catalogue only comes back when there is none.

use super::{check_file, ImportError, ImportProblem, Place};
use crate::domain::catalogue::{
    Access, Accessibility, Activity, Catalogue, Contact, Cost, Frequency, Location, Offer,
    Organization, SchoolHolidays, Text,
};
use crate::domain::spreadsheet;
use crate::domain::validate::{self, Issue, Problem};
use crate::domain::SOURCE_LANGUAGE;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The template's columns, in the order `template()` writes them (texts in Dutch, English,
/// French and Arabic). Any `<text>_<BCP 47 tag>` column is read too, in any order.
pub const COLUMNS: &[&str] = &[
    "id",
    "organization_id",
    "organization_name_nl",
    "organization_name_en",
    "organization_name_fr",
    "organization_name_ar",
    "organization_website",
    "functions",
    "name_nl",
    "name_en",
    "name_fr",
    "name_ar",
    "description_nl",
    "description_en",
    "description_fr",
    "description_ar",
    "ages",
    "how",
    "languages",
    "interpreter",
    "free",
    "price_nl",
    "price_en",
    "price_fr",
    "price_ar",
    "income_related",
    "uitpas",
    "pram",
    "wheelchair",
    "bring_nl",
    "bring_en",
    "bring_fr",
    "bring_ar",
    "phone",
    "email",
    "website",
    "whatsapp",
    "address",
    "lat",
    "lon",
    "opening_hours",
    "activity_freq",
    "activity_day",
    "activity_week",
    "activity_start",
    "activity_end",
    "activity_from",
    "activity_until",
    "activity_school_holidays",
];

/// Columns a file must have. Beyond the identifying ones, these are the columns without
/// which no row could pass validation (every offer needs a Dutch name and description, an
/// age band, an organization with a Dutch name), so a missing one is reported once, not on
/// every row.
pub const REQUIRED: &[&str] = &[
    "id",
    "organization_id",
    "organization_name_nl",
    "functions",
    "name_nl",
    "description_nl",
    "ages",
    "how",
    "free",
    "address",
    "lat",
    "lon",
];

/// Separates the values of a list cell (functions, ages, languages): `,` and `;` are taken
/// by the delimiters, and `|` never occurs in a code or language tag.
pub const LIST_SEPARATOR: char = '|';

/// The languages the template has columns for, and the order export puts languages in.
const TEMPLATE_LANGUAGES: [&str; 4] = ["nl", "en", "fr", "ar"];

/// A text in several languages: one column per language, named `<prefix><tag>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum TextField {
    OrgName,
    Name,
    Description,
    Price,
    Bring,
}

impl TextField {
    /// `OrgName` first: `organization_name_` must win over `name_`.
    const ALL: [TextField; 5] = [
        TextField::OrgName,
        TextField::Name,
        TextField::Description,
        TextField::Price,
        TextField::Bring,
    ];

    fn prefix(self) -> &'static str {
        match self {
            TextField::OrgName => "organization_name_",
            TextField::Name => "name_",
            TextField::Description => "description_",
            TextField::Price => "price_",
            TextField::Bring => "bring_",
        }
    }
}

/// A column with one value for every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Scalar {
    Id,
    OrgId,
    OrgWebsite,
    Functions,
    Ages,
    How,
    Languages,
    Interpreter,
    Free,
    IncomeRelated,
    Uitpas,
    Pram,
    Wheelchair,
    Phone,
    Email,
    Website,
    Whatsapp,
    Address,
    Lat,
    Lon,
    OpeningHours,
    ActivityFreq,
    ActivityDay,
    ActivityWeek,
    ActivityStart,
    ActivityEnd,
    ActivityFrom,
    ActivityUntil,
    ActivitySchoolHolidays,
}

impl Scalar {
    const ALL: [Scalar; 29] = [
        Scalar::Id,
        Scalar::OrgId,
        Scalar::OrgWebsite,
        Scalar::Functions,
        Scalar::Ages,
        Scalar::How,
        Scalar::Languages,
        Scalar::Interpreter,
        Scalar::Free,
        Scalar::IncomeRelated,
        Scalar::Uitpas,
        Scalar::Pram,
        Scalar::Wheelchair,
        Scalar::Phone,
        Scalar::Email,
        Scalar::Website,
        Scalar::Whatsapp,
        Scalar::Address,
        Scalar::Lat,
        Scalar::Lon,
        Scalar::OpeningHours,
        Scalar::ActivityFreq,
        Scalar::ActivityDay,
        Scalar::ActivityWeek,
        Scalar::ActivityStart,
        Scalar::ActivityEnd,
        Scalar::ActivityFrom,
        Scalar::ActivityUntil,
        Scalar::ActivitySchoolHolidays,
    ];

    fn name(self) -> &'static str {
        match self {
            Scalar::Id => "id",
            Scalar::OrgId => "organization_id",
            Scalar::OrgWebsite => "organization_website",
            Scalar::Functions => "functions",
            Scalar::Ages => "ages",
            Scalar::How => "how",
            Scalar::Languages => "languages",
            Scalar::Interpreter => "interpreter",
            Scalar::Free => "free",
            Scalar::IncomeRelated => "income_related",
            Scalar::Uitpas => "uitpas",
            Scalar::Pram => "pram",
            Scalar::Wheelchair => "wheelchair",
            Scalar::Phone => "phone",
            Scalar::Email => "email",
            Scalar::Website => "website",
            Scalar::Whatsapp => "whatsapp",
            Scalar::Address => "address",
            Scalar::Lat => "lat",
            Scalar::Lon => "lon",
            Scalar::OpeningHours => "opening_hours",
            Scalar::ActivityFreq => "activity_freq",
            Scalar::ActivityDay => "activity_day",
            Scalar::ActivityWeek => "activity_week",
            Scalar::ActivityStart => "activity_start",
            Scalar::ActivityEnd => "activity_end",
            Scalar::ActivityFrom => "activity_from",
            Scalar::ActivityUntil => "activity_until",
            Scalar::ActivitySchoolHolidays => "activity_school_holidays",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Column {
    Scalar(Scalar),
    /// A text column and its canonical BCP 47 tag.
    Text(TextField, String),
}

impl Column {
    /// Recognises a header cell. Names are case-insensitive; language tags are canonicalised
    /// (`name_PT-br` is `name_pt-BR`) so they match the catalogue's keys.
    fn parse(header: &str) -> Option<Column> {
        let name = header.trim().to_ascii_lowercase();
        if let Some(s) = Scalar::ALL.into_iter().find(|s| s.name() == name) {
            return Some(Column::Scalar(s));
        }
        TextField::ALL.into_iter().find_map(|field| {
            let tag = name.strip_prefix(field.prefix())?;
            let tag = tag.parse::<unic_langid::LanguageIdentifier>().ok()?;
            Some(Column::Text(field, tag.to_string()))
        })
    }

    fn name(&self) -> String {
        match self {
            Column::Scalar(s) => s.name().to_owned(),
            Column::Text(field, tag) => format!("{}{tag}", field.prefix()),
        }
    }
}

/// The columns in template order, with every text in each of `languages`.
fn layout(languages: &[String]) -> Vec<Column> {
    let texts = |field: TextField| {
        languages
            .iter()
            .map(move |tag| Column::Text(field, tag.clone()))
    };
    let scalars = |list: &[Scalar]| list.iter().map(|s| Column::Scalar(*s)).collect::<Vec<_>>();
    use Scalar as S;
    let mut out = scalars(&[S::Id, S::OrgId]);
    out.extend(texts(TextField::OrgName));
    out.extend(scalars(&[S::OrgWebsite, S::Functions]));
    out.extend(texts(TextField::Name));
    out.extend(texts(TextField::Description));
    out.extend(scalars(&[
        S::Ages,
        S::How,
        S::Languages,
        S::Interpreter,
        S::Free,
    ]));
    out.extend(texts(TextField::Price));
    out.extend(scalars(&[
        S::IncomeRelated,
        S::Uitpas,
        S::Pram,
        S::Wheelchair,
    ]));
    out.extend(texts(TextField::Bring));
    out.extend(scalars(&[
        S::Phone,
        S::Email,
        S::Website,
        S::Whatsapp,
        S::Address,
        S::Lat,
        S::Lon,
        S::OpeningHours,
        S::ActivityFreq,
        S::ActivityDay,
        S::ActivityWeek,
        S::ActivityStart,
        S::ActivityEnd,
        S::ActivityFrom,
        S::ActivityUntil,
        S::ActivitySchoolHolidays,
    ]));
    out
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

/// The catalogue as a CSV file in the template format: comma, CRLF, UTF-8 with a BOM (so
/// Excel opens it as UTF-8), quoted per RFC 4180 where needed. Every language used anywhere
/// in the catalogue gets its column in every text, Dutch first.
///
/// Cells a spreadsheet would run as a formula (a phone number starting with `+`, a text
/// starting with `=`) get a leading `'` (`spreadsheet::guard`), which the import takes off
/// again, so that `import(export(c))` still gives `c` back. Organizations no offer refers to
/// have no row and are left out.
pub fn export(c: &Catalogue) -> String {
    let mut languages = BTreeSet::new();
    let mut add = |t: &Text| languages.extend(t.tags().map(String::from));
    for org in &c.organizations {
        add(&org.name);
    }
    for o in &c.offers {
        add(&o.name);
        add(&o.description);
        if let Some(t) = &o.cost.price {
            add(t);
        }
        if let Some(t) = &o.bring {
            add(t);
        }
    }
    let columns = layout(&ordered_languages(languages));
    write(
        &columns,
        c.offers
            .iter()
            .map(|o| (o, c.organization(&o.organization))),
    )
}

/// Dutch first (the required source language), then the template's languages, then the rest
/// alphabetically: a stable order, so an exported file diffs cleanly against the last one.
fn ordered_languages(mut languages: BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    for tag in TEMPLATE_LANGUAGES {
        if tag == SOURCE_LANGUAGE || languages.contains(tag) {
            languages.remove(tag);
            out.push(tag.to_owned());
        }
    }
    out.extend(languages);
    out
}

/// The header row of the main columns and one example row, for a coordinator to fill in.
///
/// The example is the shipped catalogue's front desk (with its weekly toddler play morning)
/// because every file must contain the network's front desk: validation refuses a catalogue
/// without it, so any other example would not import on its own.
pub fn template() -> String {
    let columns = layout(&TEMPLATE_LANGUAGES.map(String::from));
    let (org, offer) = example();
    write(&columns, std::iter::once((&offer, Some(&org))))
}

fn write<'a>(
    columns: &[Column],
    rows: impl Iterator<Item = (&'a Offer, Option<&'a Organization>)>,
) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    w.write_record(columns.iter().map(Column::name))
        .expect("in memory");
    for (offer, org) in rows {
        w.write_record(
            columns
                .iter()
                .map(|col| spreadsheet::guard(&cell(col, offer, org)).into_owned()),
        )
        .expect("in memory");
    }
    let bytes = w.into_inner().expect("in memory");
    let mut out = String::from('\u{feff}');
    out.push_str(std::str::from_utf8(&bytes).expect("written from strings"));
    out
}

fn cell(col: &Column, o: &Offer, org: Option<&Organization>) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let list = |v: &[String]| v.join(&LIST_SEPARATOR.to_string());
    let text = |t: Option<&Text>, tag: &str| {
        t.and_then(|t| t.exact(tag))
            .map(String::from)
            .unwrap_or_default()
    };
    let activity = o.activity.as_ref();
    let act = |f: fn(&Activity) -> String| activity.map(f).unwrap_or_default();
    match col {
        Column::Text(field, tag) => match field {
            TextField::OrgName => text(org.map(|g| &g.name), tag),
            TextField::Name => text(Some(&o.name), tag),
            TextField::Description => text(Some(&o.description), tag),
            TextField::Price => text(o.cost.price.as_ref(), tag),
            TextField::Bring => text(o.bring.as_ref(), tag),
        },
        Column::Scalar(s) => match s {
            Scalar::Id => o.id.clone(),
            Scalar::OrgId => o.organization.clone(),
            Scalar::OrgWebsite => org.and_then(|g| g.website.clone()).unwrap_or_default(),
            Scalar::Functions => list(&o.functions),
            Scalar::Ages => list(&o.ages),
            Scalar::How => match o.how {
                Access::WalkIn => "walk-in",
                Access::Appointment => "appointment",
                Access::Both => "both",
            }
            .to_owned(),
            Scalar::Languages => list(&o.languages),
            Scalar::Interpreter => yes_no(o.interpreter),
            Scalar::Free => yes_no(o.cost.free),
            Scalar::IncomeRelated => yes_no(o.cost.income_related),
            Scalar::Uitpas => yes_no(o.cost.uitpas),
            Scalar::Pram => yes_no(o.access.pram),
            Scalar::Wheelchair => yes_no(o.access.wheelchair),
            Scalar::Phone => opt(&o.contact.phone),
            Scalar::Email => opt(&o.contact.email),
            Scalar::Website => opt(&o.contact.website),
            Scalar::Whatsapp => opt(&o.contact.whatsapp),
            Scalar::Address => o.location.address.clone(),
            // `Display` of f64 is the shortest text that parses back to the same number.
            Scalar::Lat => o.location.lat.to_string(),
            Scalar::Lon => o.location.lon.to_string(),
            Scalar::OpeningHours => opt(&o.opening_hours),
            Scalar::ActivityFreq => act(|a| {
                match a.freq {
                    Frequency::Weekly => "weekly",
                    Frequency::Monthly => "monthly",
                }
                .to_owned()
            }),
            Scalar::ActivityDay => act(|a| a.day.clone()),
            Scalar::ActivityWeek => act(|a| a.week.map(|w| w.to_string()).unwrap_or_default()),
            Scalar::ActivityStart => act(|a| a.start.clone()),
            Scalar::ActivityEnd => act(|a| a.end.clone()),
            Scalar::ActivityFrom => act(|a| a.from.clone()),
            Scalar::ActivityUntil => act(|a| a.until.clone()),
            Scalar::ActivitySchoolHolidays => act(|a| {
                match a.school_holidays {
                    Some(SchoolHolidays::Skip) => "skip",
                    Some(SchoolHolidays::Only) => "only",
                    None => "",
                }
                .to_owned()
            }),
        },
    }
}

/// The template's example: the front desk of the Huis van het Kind, which also hosts a
/// weekly toddler play morning (so the activity columns have an example too).
fn example() -> (Organization, Offer) {
    let text = |pairs: [(&str, &str); 4]| {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect::<Text>()
    };
    let strings = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let website = "https://huisvanhetkind-ravel.example".to_owned();
    let org = Organization {
        id: "org-huis-van-het-kind".into(),
        name: text([
            ("nl", "Huis van het Kind Ravelstad"),
            ("en", "Ravelstad Family Centre (Huis van het Kind)"),
            ("fr", "Maison de l'Enfant de Ravelstad"),
            ("ar", "بيت الطفل في رافلستاد"),
        ]),
        website: Some(website.clone()),
    };
    let offer = Offer {
        id: "hvhk-onthaal".into(),
        organization: org.id.clone(),
        functions: strings(&["basic-rights", "meeting", "play"]),
        name: text([
            ("nl", "Onthaal en peuterspeelochtend"),
            ("en", "Front desk and toddler play morning"),
            ("fr", "Accueil et matinée de jeux pour les tout-petits"),
            ("ar", "الاستقبال وصباح اللعب للأطفال الصغار"),
        ]),
        description: text([
            (
                "nl",
                "Heb je een vraag over je kind of je gezin? Kom langs. Elke woensdagochtend \
                 spelen peuters in de speelhoek, terwijl ouders samen een koffie drinken.",
            ),
            (
                "en",
                "Do you have a question about your child or family? Drop in. Every Wednesday \
                 morning toddlers play in the play corner while parents have a coffee together.",
            ),
            (
                "fr",
                "Vous avez une question sur votre enfant ou votre famille ? Passez nous voir. \
                 Chaque mercredi matin, les tout-petits jouent dans le coin jeux pendant que \
                 les parents prennent un café ensemble.",
            ),
            (
                "ar",
                "هل لديك سؤال عن طفلك أو عائلتك؟ تعال إلينا. كل صباح أربعاء يلعب الأطفال \
                 الصغار في ركن اللعب بينما يشرب الأهل القهوة معًا.",
            ),
        ]),
        ages: strings(&["0-3", "3-6", "parents"]),
        how: Access::WalkIn,
        languages: strings(&["nl", "fr", "en", "ar", "tr"]),
        interpreter: true,
        cost: Cost {
            free: true,
            price: None,
            income_related: false,
            uitpas: false,
        },
        access: Accessibility {
            pram: true,
            wheelchair: true,
        },
        bring: Some(text([
            ("nl", "Pantoffels of antislipsokken voor je kind"),
            ("en", "Slippers or non-slip socks for your child"),
            (
                "fr",
                "Des chaussons ou des chaussettes antidérapantes pour votre enfant",
            ),
            ("ar", "خفّ أو جوارب مانعة للانزلاق لطفلك"),
        ])),
        contact: Contact {
            phone: Some("+32 3 555 10 00".into()),
            email: Some("onthaal@huisvanhetkind-ravel.example".into()),
            website: Some(website),
            whatsapp: Some("+32 470 55 10 00".into()),
        },
        location: Location {
            address: "Ravelplein 3, 2999 Ravelstad".into(),
            lat: 51.1978,
            lon: 4.4025,
        },
        opening_hours: Some(
            "Mo,Fr 09:00-12:00; Tu,Th 09:00-12:00,13:00-17:00; We 09:00-12:00,13:00-19:00; PH off"
                .into(),
        ),
        activity: Some(Activity {
            freq: Frequency::Weekly,
            day: "we".into(),
            week: None,
            start: "09:30".into(),
            end: "11:30".into(),
            from: "2026-09-02".into(),
            until: "2027-06-30".into(),
            school_holidays: None,
        }),
    };
    (org, offer)
}

// ---------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------

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

    let catalogue = Catalogue {
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
    };
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

fn whole_file(problem: ImportProblem) -> ImportError {
    ImportError {
        place: Place::File,
        column: String::new(),
        problem,
    }
}

fn at_row(row: usize, column: &str, problem: ImportProblem) -> ImportError {
    ImportError {
        place: Place::Row(row),
        column: column.to_owned(),
        problem,
    }
}

/// File first, then by row; within a row, in the order found (stable sort).
fn sort(errors: &mut [ImportError]) {
    errors.sort_by_key(|e| match e.place {
        Place::File => 0,
        Place::Row(r) => r,
        Place::Record(_) => usize::MAX,
    });
}

/// `;` when the header line has more semicolons than commas (what Excel writes in Belgian
/// and Dutch locales), else `,`.
fn detect_delimiter(text: &str) -> u8 {
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
fn quote_problems(text: &str, delimiter: u8) -> Vec<(usize, usize)> {
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
struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The start of the record the `csv` crate places at `byte` (it may point at the line
    /// break before it, or at blank lines it skipped) and its line. Offsets must not decrease.
    fn at(&mut self, byte: usize) -> (usize, usize) {
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
struct Header {
    /// Per cell; `None` for an unknown column (reported, then ignored).
    columns: Vec<Option<Column>>,
    scalars: HashMap<Scalar, usize>,
    texts: Vec<(TextField, String, usize)>,
}

impl Header {
    /// Reads the header row; `true` when a required column is missing or a column is there
    /// twice, as then no row can be read reliably.
    fn read(record: &csv::StringRecord, row: usize, errors: &mut Vec<ImportError>) -> (Self, bool) {
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
struct RowReader<'a> {
    header: &'a Header,
    record: &'a csv::StringRecord,
    row: usize,
    errors: &'a mut Vec<ImportError>,
    /// (row, column) of values already reported, whose validation issues would be noise.
    bad: &'a mut HashSet<(usize, String)>,
}

impl RowReader<'_> {
    fn report(&mut self, s: Scalar, problem: ImportProblem) {
        self.errors.push(at_row(self.row, s.name(), problem));
        self.bad.insert((self.row, s.name().to_owned()));
    }

    /// The trimmed value; empty when the column is absent.
    fn value(&self, s: Scalar) -> &str {
        self.header
            .scalars
            .get(&s)
            .and_then(|i| self.record.get(*i))
            .map_or("", str::trim)
    }

    fn optional(&self, s: Scalar) -> Option<String> {
        Some(self.value(s))
            .filter(|v| !v.is_empty())
            .map(String::from)
    }

    /// Codes are case-insensitive for people typing them; stored in lower case.
    fn code(&self, s: Scalar) -> String {
        self.value(s).to_lowercase()
    }

    fn list(&self, s: Scalar, lower: bool) -> Vec<String> {
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
    fn boolean(&mut self, s: Scalar) -> bool {
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
    fn number(&mut self, s: Scalar) -> f64 {
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
    fn text(&self, field: TextField) -> Text {
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

    fn optional_text(&self, field: TextField) -> Option<Text> {
        Some(self.text(field)).filter(|t| !t.is_empty())
    }

    fn how(&mut self) -> Access {
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

    fn activity(&mut self) -> Option<Activity> {
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

    fn read(&mut self) -> (Organization, Offer) {
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
fn place_issues(
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
fn offer_column(issue: &Issue, offer: &Offer) -> String {
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
    fn columns_are_the_template_layout() {
        let names: Vec<String> = layout(&TEMPLATE_LANGUAGES.map(String::from))
            .iter()
            .map(Column::name)
            .collect();
        assert_eq!(names, COLUMNS);
        for name in COLUMNS {
            assert_eq!(
                Column::parse(name).map(|c| c.name()).as_deref(),
                Some(*name)
            );
        }
    }

    #[test]
    fn headers_are_case_insensitive_with_canonical_tags() {
        assert_eq!(
            Column::parse(" Name_PT-br "),
            Some(Column::Text(TextField::Name, "pt-BR".into()))
        );
        assert_eq!(
            Column::parse("organization_name_nl"),
            Some(Column::Text(TextField::OrgName, "nl".into()))
        );
        assert_eq!(Column::parse("name"), None);
        assert_eq!(Column::parse("name_x!"), None);
        assert_eq!(Column::parse("LAT"), Some(Column::Scalar(Scalar::Lat)));
    }

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
