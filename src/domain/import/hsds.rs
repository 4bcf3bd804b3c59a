//! Open Referral HSDS 3.x JSON in and out.
//!
//! # Shape
//!
//! One shape, read and written: the nested form an HSDS 3 API gives for full organizations
//! (`/organizations?full_service=true`), so a social-map system can hand over one file:
//!
//! ```text
//! { "version": "3.0",
//!   "organizations": [ { organization, "services": [ { service,
//!       "phones": [..], "languages": [..], "cost_options": [..], "required_documents": [..],
//!       "schedules": [..], "service_at_locations": [ { "location": { location,
//!           "addresses": [..] } } ], "x_buurtwijzer": { .. } } ] } ] }
//! ```
//!
//! `version` must be `3.x` (one digit). Ids may be any non-empty string (the standard wants
//! UUIDs; the network's own ids are readable slugs and stay so). Fields HSDS has and the app
//! does not use are ignored on import.
//!
//! # Mapping (offer field ← HSDS field)
//!
//! | offer                  | HSDS                                                        |
//! |------------------------|-------------------------------------------------------------|
//! | `id`, `organization`   | `service.id`, `service.organization_id` (else the parent)   |
//! | `name`, `description`  | `service.name`, `service.description` (Dutch)               |
//! | `contact.website`      | `service.url`                                               |
//! | `contact.email`        | `service.email`                                             |
//! | `contact.phone`        | first `phone.number` of type voice or cell (or untyped)     |
//! | `languages`            | `language.code` (BCP 47)                                    |
//! | `cost.free`            | a `cost_option` with `amount` 0                             |
//! | `cost.price`           | `service.fees_description` (Dutch)                          |
//! | `bring`                | first `required_document.document` (Dutch)                 |
//! | `opening_hours`        | `schedule.x_opening_hours` (OpenStreetMap expression)       |
//! | `activity`             | `schedule.freq` (`WEEKLY`/`MONTHLY`, `interval` 1), `byday` (`TU`, `2TU`, `-1SA`), `dtstart`, `until`, `opens_at`, `closes_at` (`HH:MM`) |
//! | `location`             | first `service_at_location.location`: `latitude`, `longitude`, first physical `address` (`address_1`[, `address_2`], `postal_code` `city`) |
//! | organization           | `organization.id`, `name` (Dutch), `website`                |
//!
//! Services whose `status` is other than `active` are left out: families should not find
//! them. Only one location, phone, opening-hours schedule and activity schedule per service
//! is read, because an offer has one of each.
//!
//! # The `x_buurtwijzer` extension
//!
//! HSDS has one text per field and nothing for the network's own facts, so each service (and
//! organization) carries an extension object. Main fields hold Dutch, the source language
//! every text has; the extension holds the other languages as `{tag: text}` maps, so any
//! HSDS tool still shows a complete Dutch record:
//!
//! ```text
//! "x_buurtwijzer": { "name": {"en": ..}, "description": {..}, "fees_description": {..},
//!   "bring": {..}, "functions": [..], "ages": [..], "how": "walk-in|appointment|both",
//!   "interpreter": bool, "income_related": bool, "uitpas": bool, "pram": bool,
//!   "wheelchair": bool, "whatsapp": "+32 .." }
//! ```
//!
//! `functions`, `ages`, `how`, `pram` and `wheelchair` are required; the other flags default
//! to false. An organization's extension has only `name`.
//!
//! # Errors
//!
//! A problem inside a record is placed at its id, or at `#n` (the n-th organization or
//! service in the file, from 1) when the id itself is missing; a service's location, phones,
//! languages and schedules count as part of the service. Columns are HSDS paths such as
//! `service.name`, `location.latitude`, `schedule.x_opening_hours`,
//! `service.x_buurtwijzer.functions`. Catalogue validation runs on what could be read; a
//! validation problem already explained by a missing or ill-typed field is not repeated.
//!
//! The exported file keeps the network's settings out (neighbourhood, front desk, holidays):
//! they come from the catalogue in use on import. Offers come back grouped by organization.

use super::{check_file, ImportError, ImportProblem, Place};
use crate::domain::catalogue::{
    Access, Accessibility, Activity, Catalogue, Contact, Cost, Frequency, Location, Offer,
    Organization, SchoolHolidays, Text,
};
use crate::domain::validate::{self, Issue, Problem};
use crate::domain::SOURCE_LANGUAGE;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The HSDS version written on export.
pub const VERSION: &str = "3.0";

/// Name of the app's extension object on services and organizations.
pub const EXTENSION: &str = "x_buurtwijzer";

type Object = Map<String, Value>;

/// Reads an HSDS 3.x file into a catalogue; the network's settings (schema, neighbourhood,
/// updated, front desk, holidays) come from `base`. All or nothing: every problem, or the
/// catalogue.
pub fn import(bytes: &[u8], base: &Catalogue) -> Result<Catalogue, Vec<ImportError>> {
    let json = check_file(bytes).map_err(|e| vec![e])?;
    let file_error = |column: &str, problem| {
        vec![ImportError {
            place: Place::File,
            column: column.to_owned(),
            problem,
        }]
    };
    let root: Value = serde_json::from_str(json)
        .map_err(|e| file_error("", ImportProblem::Unreadable(e.to_string())))?;
    let Value::Object(root) = root else {
        return Err(file_error(
            "",
            ImportProblem::Unreadable(format!("expected object, found {}", kind(&root))),
        ));
    };
    let version = match get(&root, "version") {
        None => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => show(v),
    };
    if !is_version_3(&version) {
        return Err(file_error(
            "version",
            ImportProblem::UnsupportedVersion(version),
        ));
    }
    let organizations = match get(&root, "organizations") {
        Some(Value::Array(a)) => a,
        None => {
            return Err(file_error(
                "organizations",
                ImportProblem::MissingColumn("organizations".into()),
            ))
        }
        Some(v) => {
            return Err(file_error(
                "organizations",
                ImportProblem::WrongType(show(v)),
            ))
        }
    };

    let mut r = Reader::default();
    let mut orgs = Vec::new();
    let mut offers = Vec::new();
    let mut services_seen = 0;
    for (i, o) in organizations.iter().enumerate() {
        let fallback = format!("#{}", i + 1);
        let Value::Object(o) = o else {
            r.wrong(&Place::Record(fallback), "organization", o);
            continue;
        };
        let id = r.id(o, "organization.id", fallback);
        let place = Place::Record(id.clone());
        let name = r.req_str(o, "name", &place, "organization.name");
        let website = r.opt_str(o, "website", &place, "organization.website");
        let others = match r.opt_object(o, EXTENSION, &place, "organization.x_buurtwijzer") {
            Some(ext) => r.texts(ext, "name", &place, "organization.x_buurtwijzer.name"),
            None => BTreeMap::new(),
        };
        orgs.push(Organization {
            id: id.clone(),
            name: text(name, others),
            website,
        });
        for s in r.opt_array(o, "services", &place, "organization.services") {
            services_seen += 1;
            if let Some(offer) = read_service(&mut r, s, &id, services_seen) {
                offers.push(offer);
            }
        }
    }

    let catalogue = Catalogue {
        schema: base.schema,
        neighbourhood: base.neighbourhood.clone(),
        updated: base.updated.clone(),
        front_desk: base.front_desk.clone(),
        holidays: base.holidays.clone(),
        school_holidays: base.school_holidays.clone(),
        translations: base.translations.clone(),
        organizations: orgs,
        offers,
        sample: false,
        actions: base.actions.clone(),
        // Kept for the expressions that did not change; `hours::compile_tables` does the rest.
        hours_tables: base.hours_tables.clone(),
    };
    let mut errors = r.errors;
    let found = validation_errors(&catalogue);
    let explained: Vec<ImportError> = found
        .into_iter()
        .filter(|v| {
            !errors
                .iter()
                .any(|s| s.place == v.place && covers(&s.column, &v.column))
        })
        .collect();
    errors.extend(explained);
    if errors.is_empty() {
        Ok(catalogue)
    } else {
        Err(errors)
    }
}

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

// ---------------------------------------------------------------------------------------
// Import: reading one service.

fn read_service(r: &mut Reader, s: &Value, parent: &str, n: usize) -> Option<Offer> {
    let fallback = format!("#{n}");
    let Value::Object(s) = s else {
        r.wrong(&Place::Record(fallback), "service", s);
        return None;
    };
    if matches!(get(s, "status"), Some(Value::String(st)) if st != "active") {
        return None;
    }
    let id = r.id(s, "service.id", fallback);
    let place = &Place::Record(id.clone());
    if let Some(v @ (Value::Bool(_) | Value::Number(_) | Value::Array(_) | Value::Object(_))) =
        get(s, "status")
    {
        r.wrong(place, "service.status", v);
    }
    let organization = r
        .opt_str(s, "organization_id", place, "service.organization_id")
        .filter(|o| !o.trim().is_empty())
        .unwrap_or_else(|| parent.to_owned());
    let name = r.req_str(s, "name", place, "service.name");
    let description = r.req_str(s, "description", place, "service.description");
    let website = r.opt_str(s, "url", place, "service.url");
    let email = r.opt_str(s, "email", place, "service.email");
    let fees = r.opt_str(s, "fees_description", place, "service.fees_description");

    let ext = match get(s, EXTENSION) {
        Some(Value::Object(m)) => Some(m),
        None => {
            r.missing(place, "service.x_buurtwijzer");
            None
        }
        Some(v) => {
            r.wrong(place, "service.x_buurtwijzer", v);
            None
        }
    };
    let x = match ext {
        Some(e) => r.extension(e, place),
        None => Extension::default(),
    };

    let mut languages = Vec::new();
    for l in r.opt_array(s, "languages", place, "service.languages") {
        match l {
            Value::Object(m) => languages.extend(r.req_str(m, "code", place, "language.code")),
            v => r.wrong(place, "language", v),
        }
    }

    let mut phone = None;
    for p in r.opt_array(s, "phones", place, "service.phones") {
        let Value::Object(m) = p else {
            r.wrong(place, "phone", p);
            continue;
        };
        let kind = r.opt_str(m, "type", place, "phone.type");
        let number = r.req_str(m, "number", place, "phone.number");
        if phone.is_none()
            && kind
                .as_deref()
                .is_none_or(|t| matches!(t, "voice" | "cell"))
        {
            phone = number;
        }
    }

    let mut free = false;
    for c in r.opt_array(s, "cost_options", place, "service.cost_options") {
        match c {
            Value::Object(m) => {
                free |= r.opt_number(m, "amount", place, "cost_option.amount") == Some(0.0);
            }
            v => r.wrong(place, "cost_option", v),
        }
    }

    let mut bring = None;
    for d in r.opt_array(s, "required_documents", place, "service.required_documents") {
        match d {
            Value::Object(m) => {
                let doc = r.req_str(m, "document", place, "required_document.document");
                bring = bring.or(doc);
            }
            v => r.wrong(place, "required_document", v),
        }
    }

    let mut opening_hours = None;
    let mut activity = None;
    for sc in r.opt_array(s, "schedules", place, "service.schedules") {
        let Value::Object(m) = sc else {
            r.wrong(place, "schedule", sc);
            continue;
        };
        if get(m, "x_opening_hours").is_some() {
            let hours = r.opt_str(m, "x_opening_hours", place, "schedule.x_opening_hours");
            if hours.is_some() && opening_hours.is_some() {
                r.invalid(place, "schedule.x_opening_hours", Problem::Duplicate);
            } else {
                opening_hours = opening_hours.or(hours);
            }
        } else if get(m, "freq").is_some() {
            let a = r.activity(m, place);
            if activity.is_some() {
                r.invalid(place, "schedule.freq", Problem::Duplicate);
            } else {
                activity = Some(a);
            }
        } else {
            r.missing(place, "schedule.x_opening_hours");
        }
    }

    let location = r.location(s, place);

    Some(Offer {
        id,
        organization,
        functions: x.functions,
        name: text(name, x.name),
        description: text(description, x.description),
        ages: x.ages,
        how: x.how,
        languages,
        interpreter: x.interpreter,
        cost: Cost {
            free,
            price: optional_text(fees, x.fees_description),
            income_related: x.income_related,
            uitpas: x.uitpas,
        },
        access: Accessibility {
            pram: x.pram,
            wheelchair: x.wheelchair,
        },
        bring: optional_text(bring, x.bring),
        contact: Contact {
            phone,
            email,
            website,
            whatsapp: x.whatsapp,
        },
        location,
        opening_hours,
        activity,
    })
}

/// The service's `x_buurtwijzer` object, read.
struct Extension {
    name: BTreeMap<String, String>,
    description: BTreeMap<String, String>,
    fees_description: BTreeMap<String, String>,
    bring: BTreeMap<String, String>,
    functions: Vec<String>,
    ages: Vec<String>,
    how: Access,
    interpreter: bool,
    income_related: bool,
    uitpas: bool,
    pram: bool,
    wheelchair: bool,
    whatsapp: Option<String>,
}

impl Default for Extension {
    fn default() -> Self {
        Extension {
            name: BTreeMap::new(),
            description: BTreeMap::new(),
            fees_description: BTreeMap::new(),
            bring: BTreeMap::new(),
            functions: Vec::new(),
            ages: Vec::new(),
            how: Access::WalkIn,
            interpreter: false,
            income_related: false,
            uitpas: false,
            pram: false,
            wheelchair: false,
            whatsapp: None,
        }
    }
}

/// Collects the structural problems while reading.
#[derive(Default)]
struct Reader {
    errors: Vec<ImportError>,
}

impl Reader {
    fn push(&mut self, place: &Place, column: &str, problem: ImportProblem) {
        self.errors.push(ImportError {
            place: place.clone(),
            column: column.to_owned(),
            problem,
        });
    }

    fn missing(&mut self, place: &Place, column: &str) {
        self.push(
            place,
            column,
            ImportProblem::MissingColumn(column.to_owned()),
        );
    }

    fn wrong(&mut self, place: &Place, column: &str, value: &Value) {
        self.push(place, column, ImportProblem::WrongType(show(value)));
    }

    fn invalid(&mut self, place: &Place, column: &str, problem: Problem) {
        self.push(place, column, ImportProblem::Invalid(problem));
    }

    /// The record's id, or `fallback` (`#n`) when it is missing, empty or not a string.
    fn id(&mut self, obj: &Object, column: &str, fallback: String) -> String {
        match get(obj, "id") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            Some(Value::String(_)) | None => {
                self.missing(&Place::Record(fallback.clone()), column);
                fallback
            }
            Some(v) => {
                self.wrong(&Place::Record(fallback.clone()), column, v);
                fallback
            }
        }
    }

    fn opt_str(&mut self, obj: &Object, key: &str, place: &Place, column: &str) -> Option<String> {
        match get(obj, key)? {
            Value::String(s) => Some(s.clone()),
            v => {
                self.wrong(place, column, v);
                None
            }
        }
    }

    fn req_str(&mut self, obj: &Object, key: &str, place: &Place, column: &str) -> Option<String> {
        if get(obj, key).is_none() {
            self.missing(place, column);
        }
        self.opt_str(obj, key, place, column)
    }

    fn opt_number(&mut self, obj: &Object, key: &str, place: &Place, column: &str) -> Option<f64> {
        match get(obj, key)? {
            Value::Number(n) => n.as_f64(),
            v => {
                self.wrong(place, column, v);
                None
            }
        }
    }

    fn req_number(&mut self, obj: &Object, key: &str, place: &Place, column: &str) -> Option<f64> {
        if get(obj, key).is_none() {
            self.missing(place, column);
        }
        self.opt_number(obj, key, place, column)
    }

    fn opt_bool(&mut self, obj: &Object, key: &str, place: &Place, column: &str) -> Option<bool> {
        match get(obj, key)? {
            Value::Bool(b) => Some(*b),
            v => {
                self.wrong(place, column, v);
                None
            }
        }
    }

    fn req_bool(&mut self, obj: &Object, key: &str, place: &Place, column: &str) -> bool {
        if get(obj, key).is_none() {
            self.missing(place, column);
        }
        self.opt_bool(obj, key, place, column).unwrap_or(false)
    }

    fn opt_object<'v>(
        &mut self,
        obj: &'v Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> Option<&'v Object> {
        match get(obj, key)? {
            Value::Object(m) => Some(m),
            v => {
                self.wrong(place, column, v);
                None
            }
        }
    }

    fn opt_array<'v>(
        &mut self,
        obj: &'v Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> &'v [Value] {
        match get(obj, key) {
            None => &[],
            Some(Value::Array(a)) => a,
            Some(v) => {
                self.wrong(place, column, v);
                &[]
            }
        }
    }

    /// A required array of strings (codes).
    fn codes(&mut self, obj: &Object, key: &str, place: &Place, column: &str) -> Vec<String> {
        if get(obj, key).is_none() {
            self.missing(place, column);
        }
        let mut out = Vec::new();
        for v in self.opt_array(obj, key, place, column) {
            match v {
                Value::String(s) => out.push(s.clone()),
                v => self.wrong(place, column, v),
            }
        }
        out
    }

    /// An optional `{tag: text}` map of translations.
    fn texts(
        &mut self,
        obj: &Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (tag, v) in self
            .opt_object(obj, key, place, column)
            .into_iter()
            .flatten()
        {
            match v {
                Value::String(s) => {
                    out.insert(tag.clone(), s.clone());
                }
                v => self.wrong(place, column, v),
            }
        }
        out
    }

    fn extension(&mut self, e: &Object, place: &Place) -> Extension {
        let col = |f: &str| format!("service.{EXTENSION}.{f}");
        let how = match self.req_str(e, "how", place, &col("how")) {
            Some(h) => match h.as_str() {
                "walk-in" => Access::WalkIn,
                "appointment" => Access::Appointment,
                "both" => Access::Both,
                _ => {
                    self.push(place, &col("how"), ImportProblem::WrongType(h));
                    Access::WalkIn
                }
            },
            None => Access::WalkIn,
        };
        Extension {
            name: self.texts(e, "name", place, &col("name")),
            description: self.texts(e, "description", place, &col("description")),
            fees_description: self.texts(e, "fees_description", place, &col("fees_description")),
            bring: self.texts(e, "bring", place, &col("bring")),
            functions: self.codes(e, "functions", place, &col("functions")),
            ages: self.codes(e, "ages", place, &col("ages")),
            how,
            interpreter: self
                .opt_bool(e, "interpreter", place, &col("interpreter"))
                .unwrap_or(false),
            income_related: self
                .opt_bool(e, "income_related", place, &col("income_related"))
                .unwrap_or(false),
            uitpas: self
                .opt_bool(e, "uitpas", place, &col("uitpas"))
                .unwrap_or(false),
            pram: self.req_bool(e, "pram", place, &col("pram")),
            wheelchair: self.req_bool(e, "wheelchair", place, &col("wheelchair")),
            whatsapp: self.opt_str(e, "whatsapp", place, &col("whatsapp")),
        }
    }

    /// A recurring activity. Missing parts stay empty so validation does not repeat them.
    fn activity(&mut self, m: &Object, place: &Place) -> Activity {
        let freq = match self.req_str(m, "freq", place, "schedule.freq") {
            Some(f) => match f.to_ascii_uppercase().as_str() {
                "WEEKLY" => Frequency::Weekly,
                "MONTHLY" => Frequency::Monthly,
                _ => {
                    self.push(place, "schedule.freq", ImportProblem::WrongType(f));
                    Frequency::Weekly
                }
            },
            None => Frequency::Weekly,
        };
        // Only "every week" or "every month": fortnightly would silently become weekly.
        if let Some(v) = get(m, "interval") {
            if v.as_f64() != Some(1.0) {
                self.wrong(place, "schedule.interval", v);
            }
        }
        let byday = self
            .req_str(m, "byday", place, "schedule.byday")
            .unwrap_or_default();
        let (week, day) = match byday.len().checked_sub(2) {
            Some(cut) if byday.is_char_boundary(cut) => {
                let (n, d) = byday.split_at(cut);
                let week = if n.is_empty() {
                    None
                } else if let Ok(w) = n.parse::<i8>() {
                    Some(w)
                } else {
                    self.push(
                        place,
                        "schedule.byday",
                        ImportProblem::WrongType(byday.clone()),
                    );
                    None
                };
                (week, d.to_ascii_lowercase())
            }
            _ => (None, byday.to_ascii_lowercase()),
        };
        let school_holidays = match self
            .opt_str(m, "x_school_holidays", place, "schedule.x_school_holidays")
            .as_deref()
        {
            None => None,
            Some("skip") => Some(SchoolHolidays::Skip),
            Some("only") => Some(SchoolHolidays::Only),
            Some(other) => {
                let other = other.to_owned();
                self.push(
                    place,
                    "schedule.x_school_holidays",
                    ImportProblem::WrongType(other),
                );
                None
            }
        };
        let mut field = |key: &str| {
            self.req_str(m, key, place, &format!("schedule.{key}"))
                .unwrap_or_default()
        };
        Activity {
            freq,
            day,
            week,
            from: field("dtstart"),
            until: field("until"),
            start: time(field("opens_at")),
            end: time(field("closes_at")),
            school_holidays,
        }
    }

    /// The first location of the service; NaN coordinates when missing, which validation
    /// reports (and [`covers`] then drops).
    fn location(&mut self, s: &Object, place: &Place) -> Location {
        let nowhere = Location {
            address: String::new(),
            lat: f64::NAN,
            lon: f64::NAN,
        };
        let loc = match self
            .opt_array(s, "service_at_locations", place, "location")
            .first()
        {
            Some(Value::Object(sal)) => self.opt_object(sal, "location", place, "location"),
            Some(v) => {
                self.wrong(place, "location", v);
                return nowhere;
            }
            None => None,
        };
        let Some(loc) = loc else {
            self.missing(place, "location");
            return nowhere;
        };
        let lat = self.req_number(loc, "latitude", place, "location.latitude");
        let lon = self.req_number(loc, "longitude", place, "location.longitude");
        let addresses = self.opt_array(loc, "addresses", place, "location.addresses");
        let physical = addresses
            .iter()
            .find(|a| a.get("address_type").and_then(Value::as_str) == Some("physical"))
            .or(addresses.first());
        let address = match physical {
            Some(Value::Object(a)) => {
                let street = self
                    .req_str(a, "address_1", place, "address.address_1")
                    .unwrap_or_default();
                let more = self.opt_str(a, "address_2", place, "address.address_2");
                let postal = self.opt_str(a, "postal_code", place, "address.postal_code");
                let city = self.opt_str(a, "city", place, "address.city");
                join_address(&street, more, postal, city)
            }
            Some(v) => {
                self.wrong(place, "address", v);
                String::new()
            }
            None => {
                self.missing(place, "address.address_1");
                String::new()
            }
        };
        Location {
            address,
            lat: lat.unwrap_or(f64::NAN),
            lon: lon.unwrap_or(f64::NAN),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Import: validation problems placed in HSDS terms.

/// Runs catalogue validation and names each problem's record and HSDS field.
fn validation_errors(c: &Catalogue) -> Vec<ImportError> {
    // Organization and offer ids may coincide; organization checks do not depend on the
    // offers, so the problems of a catalogue without offers tell which ones are theirs.
    let orgs_only = Catalogue {
        schema: c.schema,
        neighbourhood: c.neighbourhood.clone(),
        updated: c.updated.clone(),
        front_desk: c.front_desk.clone(),
        holidays: c.holidays.clone(),
        school_holidays: c.school_holidays.clone(),
        translations: Vec::new(),
        organizations: c.organizations.clone(),
        offers: Vec::new(),
        sample: false,
        actions: Vec::new(),
        hours_tables: Default::default(),
    };
    let mut of_orgs: Vec<Issue> = validate::validate(&orgs_only)
        .into_iter()
        .filter(|i| i.record.is_some())
        .collect();
    validate::validate(c)
        .into_iter()
        .map(|issue| {
            let org = match of_orgs.iter().position(|x| *x == issue) {
                Some(at) => {
                    of_orgs.remove(at);
                    true
                }
                None => false,
            };
            let (place, column) = match &issue.record {
                None => (Place::File, issue.field.clone()),
                Some(id) if org => (
                    Place::Record(id.clone()),
                    format!("organization.{}", issue.field),
                ),
                Some(id) => (
                    Place::Record(id.clone()),
                    service_column(c, id, &issue.field),
                ),
            };
            ImportError {
                place,
                column,
                problem: ImportProblem::Invalid(issue.problem),
            }
        })
        .collect()
}

/// The HSDS field of an offer field named by validation.
fn service_column(c: &Catalogue, id: &str, field: &str) -> String {
    let column = match field {
        "id" => "service.id",
        "organization" => "service.organization_id",
        "functions" => "service.x_buurtwijzer.functions",
        "ages" => "service.x_buurtwijzer.ages",
        "name" => "service.name",
        "description" => "service.description",
        "bring" => "required_document.document",
        "cost.price" => "service.fees_description",
        "languages" => "language.code",
        "contact.website" => "service.url",
        "contact.email" => "service.email",
        "contact.phone" => "phone.number",
        "contact.whatsapp" => "service.x_buurtwijzer.whatsapp",
        "location" => {
            let lat_ok =
                c.offers.iter().filter(|o| o.id == id).all(|o| {
                    o.location.lat.is_finite() && (-90.0..=90.0).contains(&o.location.lat)
                });
            if lat_ok {
                "location.longitude"
            } else {
                "location.latitude"
            }
        }
        "location.address" => "address.address_1",
        "opening_hours" => "schedule.x_opening_hours",
        "activity.day" | "activity.week" => "schedule.byday",
        "activity.start" => "schedule.opens_at",
        "activity.end" => "schedule.closes_at",
        "activity.from" => "schedule.dtstart",
        "activity.until" => "schedule.until",
        other => other,
    };
    column.to_owned()
}

/// Whether a structural problem at `structural` already explains a validation problem at
/// `found` in the same record: the same field or one inside it. A missing location leaves
/// both its coordinates and its address empty.
fn covers(structural: &str, found: &str) -> bool {
    found == structural
        || found
            .strip_prefix(structural)
            .is_some_and(|rest| rest.starts_with('.'))
        || (structural == "location" && found.starts_with("address."))
}

// ---------------------------------------------------------------------------------------
// Export.

#[derive(Serialize)]
struct FileOut<'a> {
    version: &'static str,
    organizations: Vec<OrgOut<'a>>,
}

#[derive(Serialize)]
struct OrgOut<'a> {
    id: &'a str,
    name: String,
    /// Required by HSDS; the app has none, so the Dutch name (ignored on import).
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_buurtwijzer: Option<OrgExt>,
    services: Vec<ServiceOut<'a>>,
}

#[derive(Serialize)]
struct OrgExt {
    name: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct ServiceOut<'a> {
    id: &'a str,
    organization_id: &'a str,
    name: String,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    fees_description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    phones: Vec<PhoneOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    languages: Vec<LanguageOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cost_options: Vec<CostOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    required_documents: Vec<DocumentOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    schedules: Vec<ScheduleOut<'a>>,
    service_at_locations: Vec<ServiceAtLocationOut>,
    x_buurtwijzer: ServiceExt<'a>,
}

#[derive(Serialize)]
struct PhoneOut {
    id: String,
    number: String,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct LanguageOut<'a> {
    id: String,
    code: &'a str,
}

#[derive(Serialize)]
struct CostOut {
    id: String,
    amount: u8,
    currency: &'static str,
}

#[derive(Serialize)]
struct DocumentOut {
    id: String,
    document: String,
}

#[derive(Serialize)]
struct ScheduleOut<'a> {
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_opening_hours: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    freq: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interval: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dtstart: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    opens_at: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    closes_at: Option<&'a str>,
    /// The network's own: `skip` or `only` the school holidays (none: also in them).
    #[serde(skip_serializing_if = "Option::is_none")]
    x_school_holidays: Option<&'static str>,
}

#[derive(Serialize)]
struct ServiceAtLocationOut {
    id: String,
    location: LocationOut,
}

#[derive(Serialize)]
struct LocationOut {
    id: String,
    location_type: &'static str,
    latitude: f64,
    longitude: f64,
    addresses: Vec<AddressOut>,
}

#[derive(Serialize)]
struct AddressOut {
    id: String,
    address_1: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'static str>,
    address_type: &'static str,
}

#[derive(Serialize)]
struct ServiceExt<'a> {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    name: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    description: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    fees_description: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    bring: BTreeMap<String, String>,
    functions: &'a [String],
    ages: &'a [String],
    how: Access,
    interpreter: bool,
    income_related: bool,
    uitpas: bool,
    pram: bool,
    wheelchair: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    whatsapp: Option<&'a str>,
}

fn service_out(o: &Offer) -> ServiceOut<'_> {
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

// ---------------------------------------------------------------------------------------
// Small helpers.

/// A field's value; JSON `null` counts as absent, as HSDS APIs write it for empty fields.
fn get<'v>(obj: &'v Object, key: &str) -> Option<&'v Value> {
    obj.get(key).filter(|v| !v.is_null())
}

fn is_version_3(v: &str) -> bool {
    v.strip_prefix("3.")
        .is_some_and(|minor| minor.len() == 1 && minor.bytes().all(|b| b.is_ascii_digit()))
}

/// A value as shown in an error: strings as they are, the rest as JSON, at most 80 chars.
fn show(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    s.chars().take(80).collect()
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Dutch from the main field (when not empty) over the other languages from the extension.
fn text(main: Option<String>, others: BTreeMap<String, String>) -> Text {
    let mut all = others;
    if let Some(nl) = main.filter(|s| !s.is_empty()) {
        all.insert(SOURCE_LANGUAGE.to_owned(), nl);
    }
    all.into_iter().collect()
}

fn optional_text(main: Option<String>, others: BTreeMap<String, String>) -> Option<Text> {
    let t = text(main, others);
    (!t.is_empty()).then_some(t)
}

/// The Dutch text (empty when there is none) and the other languages.
fn split_text(t: &Text) -> (String, BTreeMap<String, String>) {
    let (main, others) = split_optional(t);
    (main.unwrap_or_default(), others)
}

fn split_optional(t: &Text) -> (Option<String>, BTreeMap<String, String>) {
    let mut others: BTreeMap<String, String> =
        t.all().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    (others.remove(SOURCE_LANGUAGE), others)
}

/// `Street 1, 2999 Town` → (`Street 1`, `2999`, `Town`) for a Belgian postal code; anything
/// else stays whole in `address_1`. [`join_address`] gives the same text back.
fn split_address(a: &str) -> (String, Option<String>, Option<String>) {
    if let Some((street, town)) = a.rsplit_once(", ") {
        if let Some((postal, city)) = town.split_once(' ') {
            if !street.is_empty()
                && postal.len() == 4
                && postal.bytes().all(|b| b.is_ascii_digit())
                && !city.is_empty()
            {
                return (street.into(), Some(postal.into()), Some(city.into()));
            }
        }
    }
    (a.to_owned(), None, None)
}

fn join_address(
    street: &str,
    more: Option<String>,
    postal: Option<String>,
    city: Option<String>,
) -> String {
    let lines: Vec<String> = std::iter::once(street.to_owned())
        .chain(more)
        .filter(|s| !s.is_empty())
        .collect();
    let town: Vec<String> = postal
        .into_iter()
        .chain(city)
        .filter(|s| !s.is_empty())
        .collect();
    match (lines.is_empty(), town.is_empty()) {
        (_, true) => lines.join(", "),
        (true, false) => town.join(" "),
        (false, false) => format!("{}, {}", lines.join(", "), town.join(" ")),
    }
}

/// `HH:MM:SS` with zero seconds (the HSDS example form) as the app's `HH:MM`.
fn time(t: String) -> String {
    match t.strip_suffix(":00") {
        Some(hm) if t.len() == 8 => hm.to_owned(),
        _ => t,
    }
}
