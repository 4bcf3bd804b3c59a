use super::*;
use serde_json::{json, Value};

const SMALL: &str = include_str!("../../../tests/fixtures/small-catalogue.json");

fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<Issue> {
    let mut v: Value = serde_json::from_str(SMALL).unwrap();
    change(&mut v);
    load(&v.to_string()).expect_err("the change must be rejected")
}

fn has(problems: &[Issue], record: Option<&str>, field: &str, problem: Problem) {
    let wanted = Issue {
        record: record.map(String::from),
        field: field.into(),
        problem,
    };
    assert!(
        problems.contains(&wanted),
        "expected {wanted:?} in {problems:?}"
    );
}

#[test]
fn the_small_fixture_is_valid() {
    let c = load(SMALL).unwrap();
    assert_eq!(c.offers.len(), 3);
    assert_eq!(c.front_desk().unwrap().name.get("ar"), "الاستقبال");
    // Missing translations fall back to Dutch.
    assert_eq!(c.offer("jeugdhuis").unwrap().name.get("fr"), "Jeugdhuis");
}

#[test]
fn unreadable_json_names_line_and_column() {
    let p = load("{ \"schema\": 1,\n  oops }").unwrap_err();
    assert!(
        matches!(&p[0].problem, Problem::Unreadable(m) if m.contains("line 2")),
        "{p:?}"
    );
    assert!(matches!(
        load("").unwrap_err()[0].problem,
        Problem::Unreadable(_)
    ));
}

#[test]
fn unknown_fields_and_wrong_types_are_unreadable() {
    let p = problems_after(|v| v["offers"][0]["colour"] = json!("red"));
    assert!(matches!(&p[0].problem, Problem::Unreadable(m) if m.contains("colour")));
    let p = problems_after(|v| v["offers"][0]["location"]["lat"] = json!("north"));
    assert!(matches!(&p[0].problem, Problem::Unreadable(_)));
}

#[test]
fn other_schema_versions_are_refused() {
    let p = problems_after(|v| v["schema"] = json!(2));
    has(&p, None, "schema", Problem::UnsupportedSchema(2));
}

#[test]
fn duplicate_ids() {
    let p = problems_after(|v| v["offers"][2]["id"] = json!("onthaal"));
    has(&p, Some("onthaal"), "id", Problem::Duplicate);
    let p = problems_after(|v| v["organizations"][1]["id"] = json!("org-hvhk"));
    has(&p, Some("org-hvhk"), "id", Problem::Duplicate);
}

#[test]
fn unknown_codes_and_references() {
    let p = problems_after(|v| v["offers"][1]["functions"] = json!(["play", "cooking"]));
    has(
        &p,
        Some("speelnamiddag"),
        "functions",
        Problem::UnknownFunction("cooking".into()),
    );
    let p = problems_after(|v| v["offers"][1]["ages"] = json!(["12-18"]));
    has(
        &p,
        Some("speelnamiddag"),
        "ages",
        Problem::UnknownAge("12-18".into()),
    );
    let p = problems_after(|v| v["offers"][1]["organization"] = json!("org-nope"));
    has(
        &p,
        Some("speelnamiddag"),
        "organization",
        Problem::UnknownOrganization("org-nope".into()),
    );
    let p = problems_after(|v| v["front_desk"] = json!("gone"));
    has(&p, None, "front_desk", Problem::UnknownOffer("gone".into()));
    let p = problems_after(|v| v["offers"][0]["functions"] = json!([]));
    has(&p, Some("onthaal"), "functions", Problem::Missing);
}

#[test]
fn only_web_links_are_allowed() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,hi",
        "ftp://x.example",
        "https://",
        "https://a b.example",
    ] {
        let p = problems_after(|v| v["offers"][2]["contact"]["website"] = json!(bad));
        has(
            &p,
            Some("jeugdhuis"),
            "contact.website",
            Problem::DisallowedLink(bad.into()),
        );
    }
    let p = problems_after(|v| v["organizations"][0]["website"] = json!("JavaScript:void(0)"));
    has(
        &p,
        Some("org-hvhk"),
        "website",
        Problem::DisallowedLink("JavaScript:void(0)".into()),
    );
}

#[test]
fn phones_and_emails() {
    let p = problems_after(|v| v["offers"][0]["contact"]["phone"] = json!("call us!"));
    has(
        &p,
        Some("onthaal"),
        "contact.phone",
        Problem::BadPhone("call us!".into()),
    );
    let p = problems_after(|v| v["offers"][0]["contact"]["email"] = json!("mailto:x"));
    has(
        &p,
        Some("onthaal"),
        "contact.email",
        Problem::BadEmail("mailto:x".into()),
    );
    for bad in [
        "a@b.be?cc=c@d.be",
        "a@b.be&body=x",
        "a@b.be,c@d.be",
        "a%40b@c.be",
        "a@b.be#x",
    ] {
        let p = problems_after(|v| v["offers"][0]["contact"]["email"] = json!(bad));
        has(
            &p,
            Some("onthaal"),
            "contact.email",
            Problem::BadEmail(bad.into()),
        );
    }
    assert!(is_phone("+32 (0)3 555-12.34"));
    assert!(!is_phone("12"));
}

#[test]
fn hours_coordinates_dates_times() {
    let p = problems_after(|v| v["offers"][0]["opening_hours"] = json!("sometimes"));
    assert!(p.iter().any(|i| i.record.as_deref() == Some("onthaal")
        && i.field == "opening_hours"
        && matches!(i.problem, Problem::BadHours(_))));
    let p = problems_after(|v| v["offers"][0]["location"]["lat"] = json!(91.0));
    has(&p, Some("onthaal"), "location", Problem::BadCoordinates);
    let p = problems_after(|v| v["holidays"] = json!(["2026-13-01"]));
    has(&p, None, "holidays", Problem::BadDate("2026-13-01".into()));
    let p = problems_after(|v| v["offers"][1]["activity"]["start"] = json!("2pm"));
    has(
        &p,
        Some("speelnamiddag"),
        "activity.start",
        Problem::BadTime("2pm".into()),
    );
    let p = problems_after(|v| v["offers"][1]["activity"]["week"] = json!(2));
    has(
        &p,
        Some("speelnamiddag"),
        "activity.week",
        Problem::BadDate("Some(2)".into()),
    );
}

#[test]
fn texts_need_dutch_and_offers_need_a_schedule() {
    let p = problems_after(|v| v["offers"][0]["name"] = json!({ "en": "Front desk" }));
    has(&p, Some("onthaal"), "name", Problem::NoDutchText);
    let p = problems_after(|v| {
        v["offers"][2]
            .as_object_mut()
            .unwrap()
            .remove("opening_hours")
            .map(|_| ())
            .unwrap()
    });
    has(&p, Some("jeugdhuis"), "opening_hours", Problem::NoSchedule);
    let p = problems_after(|v| v["offers"][0]["languages"] = json!(["nl", "not a tag"]));
    has(
        &p,
        Some("onthaal"),
        "languages",
        Problem::BadLanguageTag("not a tag".into()),
    );
}

#[test]
fn problem_codes_match_their_serialised_form() {
    for p in [
        Problem::Unreadable("x".into()),
        Problem::UnsupportedSchema(2),
        Problem::Missing,
        Problem::Duplicate,
        Problem::UnknownFunction("x".into()),
        Problem::UnknownAge("x".into()),
        Problem::UnknownOrganization("x".into()),
        Problem::UnknownOffer("x".into()),
        Problem::DisallowedLink("x".into()),
        Problem::BadPhone("x".into()),
        Problem::BadEmail("x".into()),
        Problem::BadHours("x".into()),
        Problem::BadCoordinates,
        Problem::BadDate("x".into()),
        Problem::BadTime("x".into()),
        Problem::BadLanguageTag("x".into()),
        Problem::NoDutchText,
        Problem::NoSchedule,
    ] {
        let value = serde_json::to_value(&p).unwrap();
        assert_eq!(value["code"], p.code());
    }
}

#[test]
fn a_stored_catalogue_is_rechecked_without_parsing_hours_again() {
    let mut c = load(SMALL).unwrap();
    c.offers[0].opening_hours = Some("sometimes".into());
    assert!(recheck_stored(&c).is_empty());
    assert!(validate(&c)
        .iter()
        .any(|i| i.field == "opening_hours" && matches!(i.problem, Problem::BadHours(_))));
    // Other rules still hold on the stored copy.
    c.front_desk = "nowhere".into();
    assert!(!recheck_stored(&c).is_empty());
    // Hours this version cannot read show as no hours instead of failing the whole catalogue.
    let schedules = crate::domain::schedule::Schedules::new(&c);
    assert!(schedules.hours(&c.offers[0]).is_none());
    assert!(schedules.hours(&c.offers[1]).is_some() || c.offers[1].opening_hours.is_none());
}

#[test]
fn translation_languages_must_be_tags_safe_in_a_file_name() {
    let p = problems_after(|v| v["translations"] = json!(["tr", "../../x", "not a tag"]));
    has(
        &p,
        None,
        "translations",
        Problem::BadLanguageTag("../../x".into()),
    );
    has(
        &p,
        None,
        "translations",
        Problem::BadLanguageTag("not a tag".into()),
    );
    assert_eq!(p.len(), 2, "{p:?}");
}
