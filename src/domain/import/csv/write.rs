//! Writing the template: the catalogue as CSV, and the empty template with one example row.

use super::columns::*;
use crate::domain::catalogue::{
    Access, Accessibility, Activity, Catalogue, Contact, Cost, Frequency, Location, Offer,
    Organization, SchoolHolidays, Text,
};
use crate::domain::spreadsheet;
use crate::domain::SOURCE_LANGUAGE;
use std::collections::BTreeSet;

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
pub(super) fn ordered_languages(mut languages: BTreeSet<String>) -> Vec<String> {
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

pub(super) fn write<'a>(
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

pub(super) fn cell(col: &Column, o: &Offer, org: Option<&Organization>) -> String {
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
pub(super) fn example() -> (Organization, Offer) {
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
