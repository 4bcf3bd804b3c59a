//! The template's columns: the fixed ones, one per language for every text, and how a header
//! cell is read.

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
pub(super) const TEMPLATE_LANGUAGES: [&str; 4] = ["nl", "en", "fr", "ar"];

/// A text in several languages: one column per language, named `<prefix><tag>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum TextField {
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

    pub(super) fn prefix(self) -> &'static str {
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
pub(super) enum Scalar {
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

    pub(super) fn name(self) -> &'static str {
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
pub(super) enum Column {
    Scalar(Scalar),
    /// A text column and its canonical BCP 47 tag.
    Text(TextField, String),
}

impl Column {
    /// Recognises a header cell. Names are case-insensitive; language tags are canonicalised
    /// (`name_PT-br` is `name_pt-BR`) so they match the catalogue's keys.
    pub(super) fn parse(header: &str) -> Option<Column> {
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

    pub(super) fn name(&self) -> String {
        match self {
            Column::Scalar(s) => s.name().to_owned(),
            Column::Text(field, tag) => format!("{}{tag}", field.prefix()),
        }
    }
}

/// The columns in template order, with every text in each of `languages`.
pub(super) fn layout(languages: &[String]) -> Vec<Column> {
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
}
