//! Writing a catalogue as HSDS 3.0, in the shape [`super::import`] reads.

use super::wire::*;
use super::*;
use crate::domain::catalogue::{Catalogue, Frequency, Offer, SchoolHolidays};

/// Writes the catalogue's organizations and offers as HSDS 3.0, in the shape [`import`]
/// reads. Offers of an organization that is not in the catalogue are left out (a valid
/// catalogue has none).
pub fn export(c: &Catalogue) -> String {
    let file = FileOut {
        version: VERSION,
        organizations: c
            .organizations
            .iter()
            .map(|org| {
                let (name, others) = split_text(&org.name);
                OrgOut {
                    id: &org.id,
                    description: name.clone(),
                    name,
                    website: org.website.as_deref(),
                    x_buurtwijzer: (!others.is_empty()).then_some(OrgExt { name: others }),
                    services: c
                        .offers
                        .iter()
                        .filter(|o| o.organization == org.id)
                        .map(service_out)
                        .collect(),
                }
            })
            .collect(),
    };
    let mut json =
        serde_json::to_string_pretty(&file).expect("plain structs with string keys serialize");
    json.push('\n');
    json
}

pub(super) fn service_out(o: &Offer) -> ServiceOut<'_> {
    let sub = |what: &str| format!("{}-{what}", o.id);
    let (name, name_others) = split_text(&o.name);
    let (description, description_others) = split_text(&o.description);
    let (fees, fees_others) = o
        .cost
        .price
        .as_ref()
        .map(split_optional)
        .unwrap_or_default();
    let (bring, bring_others) = o.bring.as_ref().map(split_optional).unwrap_or_default();

    let mut schedules = Vec::new();
    if let Some(h) = &o.opening_hours {
        schedules.push(ScheduleOut {
            id: sub("hours"),
            x_opening_hours: Some(h),
            freq: None,
            interval: None,
            byday: None,
            dtstart: None,
            until: None,
            opens_at: None,
            closes_at: None,
            x_school_holidays: None,
        });
    }
    if let Some(a) = &o.activity {
        let week = a.week.map(|w| w.to_string()).unwrap_or_default();
        schedules.push(ScheduleOut {
            id: sub("activity"),
            x_opening_hours: None,
            freq: Some(match a.freq {
                Frequency::Weekly => "WEEKLY",
                Frequency::Monthly => "MONTHLY",
            }),
            interval: Some(1),
            byday: Some(format!("{week}{}", a.day.to_ascii_uppercase())),
            dtstart: Some(&a.from),
            until: Some(&a.until),
            opens_at: Some(&a.start),
            closes_at: Some(&a.end),
            x_school_holidays: a.school_holidays.map(|h| match h {
                SchoolHolidays::Skip => "skip",
                SchoolHolidays::Only => "only",
            }),
        });
    }

    let (street, postal, city) = split_address(&o.location.address);
    let country = postal.is_some().then_some("BE");

    ServiceOut {
        id: &o.id,
        organization_id: &o.organization,
        name,
        description,
        url: o.contact.website.as_deref(),
        email: o.contact.email.as_deref(),
        status: "active",
        fees_description: fees,
        phones: o
            .contact
            .phone
            .iter()
            .map(|p| PhoneOut {
                id: sub("phone"),
                number: p.clone(),
                kind: "voice",
            })
            .collect(),
        languages: o
            .languages
            .iter()
            .enumerate()
            .map(|(i, code)| LanguageOut {
                id: sub(&format!("language-{}", i + 1)),
                code,
            })
            .collect(),
        cost_options: if o.cost.free {
            vec![CostOut {
                id: sub("free"),
                amount: 0,
                currency: "EUR",
            }]
        } else {
            Vec::new()
        },
        required_documents: bring
            .map(|document| DocumentOut {
                id: sub("bring"),
                document,
            })
            .into_iter()
            .collect(),
        schedules,
        service_at_locations: vec![ServiceAtLocationOut {
            id: sub("at-location"),
            location: LocationOut {
                id: sub("location"),
                location_type: "physical",
                latitude: o.location.lat,
                longitude: o.location.lon,
                addresses: vec![AddressOut {
                    id: sub("address"),
                    address_1: street,
                    postal_code: postal,
                    city,
                    country,
                    address_type: "physical",
                }],
            },
        }],
        x_buurtwijzer: ServiceExt {
            name: name_others,
            description: description_others,
            fees_description: fees_others,
            bring: bring_others,
            functions: &o.functions,
            ages: &o.ages,
            how: o.how,
            interpreter: o.interpreter,
            income_related: o.cost.income_related,
            uitpas: o.cost.uitpas,
            pram: o.access.pram,
            wheelchair: o.access.wheelchair,
            whatsapp: o.contact.whatsapp.as_deref(),
        },
    }
}
