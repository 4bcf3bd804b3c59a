//! Reading an HSDS file: every service into an offer, every structural problem placed at its
//! record and field, then the catalogue's validation problems in HSDS terms.

use super::*;
use crate::domain::catalogue::{
    Access, Accessibility, Activity, Catalogue, Contact, Cost, Frequency, Location, Offer,
    Organization, SchoolHolidays,
};
use crate::domain::import::{check_file, with_network_settings, ImportError, ImportProblem, Place};
use crate::domain::validate::{self, Issue, Problem};
use serde_json::Value;
use std::collections::BTreeMap;

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

    let catalogue = with_network_settings(base, orgs, offers);
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

pub(super) fn read_service(r: &mut Reader, s: &Value, parent: &str, n: usize) -> Option<Offer> {
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
pub(super) struct Extension {
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
pub(super) struct Reader {
    errors: Vec<ImportError>,
}

impl Reader {
    pub(super) fn push(&mut self, place: &Place, column: &str, problem: ImportProblem) {
        self.errors.push(ImportError {
            place: place.clone(),
            column: column.to_owned(),
            problem,
        });
    }

    pub(super) fn missing(&mut self, place: &Place, column: &str) {
        self.push(
            place,
            column,
            ImportProblem::MissingColumn(column.to_owned()),
        );
    }

    pub(super) fn wrong(&mut self, place: &Place, column: &str, value: &Value) {
        self.push(place, column, ImportProblem::WrongType(show(value)));
    }

    pub(super) fn invalid(&mut self, place: &Place, column: &str, problem: Problem) {
        self.push(place, column, ImportProblem::Invalid(problem));
    }

    /// The record's id, or `fallback` (`#n`) when it is missing, empty or not a string.
    pub(super) fn id(&mut self, obj: &Object, column: &str, fallback: String) -> String {
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

    pub(super) fn opt_str(
        &mut self,
        obj: &Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> Option<String> {
        match get(obj, key)? {
            Value::String(s) => Some(s.clone()),
            v => {
                self.wrong(place, column, v);
                None
            }
        }
    }

    pub(super) fn req_str(
        &mut self,
        obj: &Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> Option<String> {
        if get(obj, key).is_none() {
            self.missing(place, column);
        }
        self.opt_str(obj, key, place, column)
    }

    pub(super) fn opt_number(
        &mut self,
        obj: &Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> Option<f64> {
        match get(obj, key)? {
            Value::Number(n) => n.as_f64(),
            v => {
                self.wrong(place, column, v);
                None
            }
        }
    }

    pub(super) fn req_number(
        &mut self,
        obj: &Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> Option<f64> {
        if get(obj, key).is_none() {
            self.missing(place, column);
        }
        self.opt_number(obj, key, place, column)
    }

    pub(super) fn opt_bool(
        &mut self,
        obj: &Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> Option<bool> {
        match get(obj, key)? {
            Value::Bool(b) => Some(*b),
            v => {
                self.wrong(place, column, v);
                None
            }
        }
    }

    pub(super) fn req_bool(
        &mut self,
        obj: &Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> bool {
        if get(obj, key).is_none() {
            self.missing(place, column);
        }
        self.opt_bool(obj, key, place, column).unwrap_or(false)
    }

    pub(super) fn opt_object<'v>(
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

    pub(super) fn opt_array<'v>(
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
    pub(super) fn codes(
        &mut self,
        obj: &Object,
        key: &str,
        place: &Place,
        column: &str,
    ) -> Vec<String> {
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
    pub(super) fn texts(
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

    pub(super) fn extension(&mut self, e: &Object, place: &Place) -> Extension {
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
    pub(super) fn activity(&mut self, m: &Object, place: &Place) -> Activity {
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
    pub(super) fn location(&mut self, s: &Object, place: &Place) -> Location {
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

/// Runs catalogue validation and names each problem's record and HSDS field.
pub(super) fn validation_errors(c: &Catalogue) -> Vec<ImportError> {
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
pub(super) fn service_column(c: &Catalogue, id: &str, field: &str) -> String {
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
pub(super) fn covers(structural: &str, found: &str) -> bool {
    found == structural
        || found
            .strip_prefix(structural)
            .is_some_and(|rest| rest.starts_with('.'))
        || (structural == "location" && found.starts_with("address."))
}
