//! Open Referral HSDS 3.x import and export: the shipped catalogue survives a round trip, and
//! every file in the corpus of bad files is refused with the problem at its place.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::catalogue::{Access, Catalogue, Frequency};
use buurtwijzer::domain::import::hsds::{export, import};
use buurtwijzer::domain::import::{ImportError, ImportProblem, Place, MAX_BYTES};
use std::path::Path;

#[path = "support/shipped.rs"]
mod shipped_data;

/// The shipped catalogue with the languages the export's tests look at. An import is the
/// staff's own offer, so it is not sample data.
fn shipped() -> Catalogue {
    let (mut c, _) = shipped_data::in_languages(&["en", "fr", "ar"]);
    c.sample = false;
    c
}

/// A file of the corpus: one of the few kept as they are (the good base, and files that are
/// not an HSDS object at all), or the base with one small edit from `patches.json` (a JSON
/// Patch, RFC 6902), so each bad file shows exactly what is wrong with it.
fn fixture(name: &str) -> Vec<u8> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/hsds");
    let read = |file: &str| {
        let path = dir.join(file);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let patches: serde_json::Value = serde_json::from_slice(&read("patches.json")).unwrap();
    match patches.get(name.trim_end_matches(".json")) {
        None => read(name),
        Some(ops) => {
            let mut doc = serde_json::from_slice(&read(BASE)).unwrap();
            for op in ops.as_array().unwrap() {
                patch(&mut doc, op);
            }
            serde_json::to_vec_pretty(&doc).unwrap()
        }
    }
}

/// The good file the patches edit.
const BASE: &str = "good-two-services.json";

/// One JSON Patch operation (`add`, `remove`, `replace`, `move`), enough for the corpus.
fn patch(doc: &mut serde_json::Value, op: &serde_json::Value) {
    use serde_json::Value;
    fn split(path: &str) -> (&str, String) {
        let (parent, last) = path.rsplit_once('/').expect("a JSON pointer");
        (parent, last.replace("~1", "/").replace("~0", "~"))
    }
    fn take(doc: &mut Value, path: &str) -> Value {
        let (parent, key) = split(path);
        match doc.pointer_mut(parent).expect("the parent exists") {
            Value::Array(a) => a.remove(key.parse().unwrap()),
            Value::Object(o) => o.remove(&key).expect("the member exists"),
            _ => panic!("{path}: not in an array or object"),
        }
    }
    fn put(doc: &mut Value, path: &str, value: Value) {
        let (parent, key) = split(path);
        match doc.pointer_mut(parent).expect("the parent exists") {
            Value::Array(a) => a[key.parse::<usize>().unwrap()] = value,
            Value::Object(o) => {
                o.insert(key, value);
            }
            _ => panic!("{path}: not in an array or object"),
        }
    }
    let path = op["path"].as_str().unwrap();
    match op["op"].as_str().unwrap() {
        "remove" => {
            take(doc, path);
        }
        "add" | "replace" => put(doc, path, op["value"].clone()),
        "move" => {
            let value = take(doc, op["from"].as_str().unwrap());
            put(doc, path, value);
        }
        other => panic!("unsupported patch op {other}"),
    }
}

/// The errors a corpus file must give: place, column and code.
type Expected = Vec<(Place, &'static str, &'static str)>;

/// (place, column, code, detail) of each error, for readable comparisons.
fn summary(errors: &[ImportError]) -> Vec<(Place, String, &'static str, String)> {
    errors
        .iter()
        .map(|e| {
            (
                e.place.clone(),
                e.column.clone(),
                e.problem.code(),
                e.problem.detail(),
            )
        })
        .collect()
}

#[test]
fn the_shipped_catalogue_survives_a_round_trip() {
    let c = shipped();
    let json = export(&c);
    let back = match import(json.as_bytes(), &c) {
        Ok(back) => back,
        Err(errors) => panic!("{:#?}", summary(&errors)),
    };
    assert_eq!(back, c);
    assert_eq!(export(&back), json);
}

#[test]
fn the_export_is_hsds_3_with_nested_services() {
    let c = shipped();
    let v: serde_json::Value = serde_json::from_str(&export(&c)).unwrap();
    assert_eq!(v["version"], "3.0");
    let orgs = v["organizations"].as_array().unwrap();
    assert_eq!(orgs.len(), c.organizations.len());
    let services: Vec<_> = orgs
        .iter()
        .flat_map(|o| o["services"].as_array().unwrap())
        .collect();
    assert_eq!(services.len(), c.offers.len());
    let desk = services
        .iter()
        .find(|s| s["id"] == c.front_desk.as_str())
        .unwrap();
    assert_eq!(desk["status"], "active");
    assert_eq!(desk["name"], c.front_desk().unwrap().name.get("nl"));
    assert!(desk["x_buurtwijzer"]["name"]["en"].is_string());
    assert!(desk["x_buurtwijzer"]["name"].get("nl").is_none());
    let location = &desk["service_at_locations"][0]["location"];
    assert!(location["latitude"].is_f64());
    assert_eq!(location["addresses"][0]["postal_code"], "2999");
}

#[test]
fn a_minimal_file_with_two_services_imports() {
    let base = shipped();
    let c = match import(&fixture("good-two-services.json"), &base) {
        Ok(c) => c,
        Err(errors) => panic!("{:#?}", summary(&errors)),
    };
    assert_eq!(c.neighbourhood, base.neighbourhood);
    assert_eq!(c.holidays, base.holidays);
    assert_eq!(c.organizations.len(), 1);
    assert_eq!(c.organizations[0].name.get("en"), "Ravelstad Family Centre");
    // The defunct third service is left out.
    assert_eq!(c.offers.len(), 2);

    let desk = c.front_desk().expect("front desk from the base");
    assert_eq!(desk.how, Access::WalkIn);
    assert_eq!(desk.languages, ["nl", "ar"]);
    assert!(desk.cost.free && desk.interpreter);
    assert_eq!(desk.contact.phone.as_deref(), Some("+32 3 555 10 00"));
    assert_eq!(desk.location.address, "Ravelplein 3, 2999 Ravelstad");
    assert_eq!(
        desk.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:00; PH off")
    );

    let massage = c.offer("hvhk-babymassage").unwrap();
    assert_eq!(massage.organization, "org-huis-van-het-kind");
    assert!(!massage.cost.free && massage.cost.uitpas);
    assert_eq!(
        massage.cost.price.as_ref().unwrap().get("nl"),
        "5 euro per reeks"
    );
    assert_eq!(massage.bring.as_ref().unwrap().get("en"), "A towel");
    assert_eq!(massage.location.address, "Ravelplein 3");
    let a = massage.activity.as_ref().unwrap();
    assert_eq!(
        (
            a.freq,
            a.day.as_str(),
            a.week,
            a.start.as_str(),
            a.end.as_str()
        ),
        (Frequency::Monthly, "tu", Some(2), "10:00", "11:30")
    );
}

#[test]
fn every_bad_file_is_refused_with_its_place() {
    let rec = |id: &str| Place::Record(id.to_owned());
    #[rustfmt::skip]
    let corpus: Vec<(&str, Expected)> = vec![
        ("empty.json", vec![(Place::File, "", "empty")]),
        ("not-json.json", vec![(Place::File, "", "unreadable")]),
        ("array-not-object.json", vec![(Place::File, "", "unreadable")]),
        ("no-version.json", vec![(Place::File, "version", "unsupported-version")]),
        ("version-2.json", vec![(Place::File, "version", "unsupported-version")]),
        ("no-organizations.json", vec![(Place::File, "organizations", "missing-column")]),
        ("organization-without-id.json", vec![
            (rec("#1"), "organization.id", "missing-column"),
            (rec("hvhk-onthaal"), "service.organization_id", "unknown-organization"),
        ]),
        ("service-without-name.json", vec![(rec("hvhk-onthaal"), "service.name", "missing-column")]),
        ("service-without-id.json", vec![(rec("#2"), "service.id", "missing-column")]),
        ("location-without-coordinates.json", vec![
            (rec("hvhk-onthaal"), "location.latitude", "missing-column"),
            (rec("hvhk-onthaal"), "location.longitude", "missing-column"),
        ]),
        ("latitude-not-a-number.json", vec![(rec("hvhk-onthaal"), "location.latitude", "wrong-type")]),
        ("coordinates-out-of-range.json", vec![(rec("hvhk-babymassage"), "location.latitude", "bad-coordinates")]),
        ("bad-opening-hours.json", vec![(rec("hvhk-onthaal"), "schedule.x_opening_hours", "bad-hours")]),
        ("no-schedule.json", vec![(rec("hvhk-onthaal"), "schedule.x_opening_hours", "no-schedule")]),
        ("bad-activity-time.json", vec![(rec("hvhk-babymassage"), "schedule.opens_at", "bad-time")]),
        ("fortnightly-activity.json", vec![(rec("hvhk-babymassage"), "schedule.interval", "wrong-type")]),
        ("duplicate-service-ids.json", vec![(rec("hvhk-onthaal"), "service.id", "duplicate")]),
        ("unknown-function.json", vec![(rec("hvhk-babymassage"), "service.x_buurtwijzer.functions", "unknown-function")]),
        ("missing-extension.json", vec![(rec("hvhk-babymassage"), "service.x_buurtwijzer", "missing-column")]),
        ("bad-how.json", vec![(rec("hvhk-onthaal"), "service.x_buurtwijzer.how", "wrong-type")]),
        ("javascript-url.json", vec![(rec("hvhk-onthaal"), "service.url", "disallowed-link")]),
        ("no-dutch-name.json", vec![(rec("hvhk-onthaal"), "service.name", "no-dutch-text")]),
        ("front-desk-missing.json", vec![(Place::File, "front_desk", "unknown-offer")]),
    ];
    assert!(corpus.len() >= 10);
    let base = shipped();
    let mut failures = Vec::new();
    for (name, expected) in &corpus {
        let got = match import(&fixture(name), &base) {
            Ok(_) => vec![],
            Err(errors) => summary(&errors),
        };
        let matches = got.len() == expected.len()
            && got
                .iter()
                .zip(expected)
                .all(|((p, c, code, _), (ep, ec, ecode))| p == ep && c == ec && code == ecode);
        if !matches {
            failures.push(format!("{name}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errors_carry_the_offending_value() {
    let base = shipped();
    let detail = |name: &str| {
        let errors = import(&fixture(name), &base).unwrap_err();
        errors[0].problem.detail()
    };
    assert_eq!(detail("version-2.json"), "2.0.1");
    assert_eq!(detail("no-version.json"), "");
    assert_eq!(detail("latitude-not-a-number.json"), "51.19 N");
    assert_eq!(detail("bad-how.json"), "drop-in");
    assert_eq!(detail("unknown-function.json"), "knutselen");
    assert_eq!(detail("javascript-url.json"), "javascript:alert(1)");
    assert_eq!(detail("service-without-name.json"), "service.name");
    assert!(
        detail("not-json.json").contains("line"),
        "{}",
        detail("not-json.json")
    );
}

#[test]
fn a_file_over_the_limit_is_refused_before_reading() {
    let mut big = br#"{"version": "3.0", "organizations": [], "padding": ""#.to_vec();
    big.resize(10 * 1024 * 1024, b'a');
    big.extend_from_slice(b"\"}");
    assert!(big.len() > MAX_BYTES);
    let errors = import(&big, &shipped()).unwrap_err();
    assert_eq!(
        errors,
        vec![ImportError {
            place: Place::File,
            column: String::new(),
            problem: ImportProblem::TooLarge(big.len()),
        }]
    );
}

#[test]
fn a_binary_file_is_refused() {
    let mut bytes = fixture("good-two-services.json");
    bytes.insert(10, 0);
    let errors = import(&bytes, &shipped()).unwrap_err();
    assert_eq!(
        summary(&errors),
        vec![(Place::File, String::new(), "binary", String::new())]
    );
}
