//! The neighbourhoods one installation of the app carries (`public/data/neighbourhoods.json`):
//! each with its own catalogue, and so its own front desk. With one, it is used without asking;
//! with more, a family picks theirs once, by name, pictogram or on the map.

use super::catalogue::Text;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    pub neighbourhoods: Vec<Neighbourhood>,
    /// The network's setup code, as a hash: needed to choose the staff PIN of a new device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_setup: Option<super::staff_pin::PublishedSetup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Neighbourhood {
    /// Matches the catalogue's `neighbourhood.id`.
    pub id: String,
    pub name: Text,
    /// A vendored pictogram name (a landmark of the place).
    pub pictogram: String,
    pub lat: f64,
    pub lon: f64,
    /// Where its catalogue is published, a path on this site under `/data/`.
    pub catalogue: String,
    /// Its question router, when it has its own; else the shared `/data/questions.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<String>,
    /// Where its families' phones send feedback (the network's receiver, `POST /v1/records`).
    /// Without it nothing is sent and staff export by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
}

/// The shared question router.
pub const SHARED_QUESTIONS: &str = "/data/questions.json";

impl Neighbourhood {
    pub fn questions_url(&self) -> &str {
        self.questions.as_deref().unwrap_or(SHARED_QUESTIONS)
    }
}

/// Why an index was refused (the app then keeps using the single default catalogue).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexProblem {
    Unreadable(String),
    Empty,
    DuplicateId(String),
    /// A data path outside `/data/…json` (detail: the path).
    BadPath(String),
    BadCoordinates(String),
    NoDutchName(String),
    /// A feedback address that is not https (or this device's own http).
    BadFeedbackEndpoint(String),
}

/// Parses and checks an index.
pub fn load(json: &str) -> Result<Index, Vec<IndexProblem>> {
    let index: Index =
        serde_json::from_str(json).map_err(|e| vec![IndexProblem::Unreadable(e.to_string())])?;
    let mut problems = Vec::new();
    if index.neighbourhoods.is_empty() {
        problems.push(IndexProblem::Empty);
    }
    let mut seen = std::collections::BTreeSet::new();
    for n in &index.neighbourhoods {
        if n.id.is_empty() || !seen.insert(n.id.as_str()) {
            problems.push(IndexProblem::DuplicateId(n.id.clone()));
        }
        for path in std::iter::once(n.catalogue.as_str()).chain(n.questions.as_deref()) {
            if !is_data_path(path) {
                problems.push(IndexProblem::BadPath(path.to_owned()));
            }
        }
        if !(-90.0..=90.0).contains(&n.lat) || !(-180.0..=180.0).contains(&n.lon) {
            problems.push(IndexProblem::BadCoordinates(n.id.clone()));
        }
        if !n.name.has(super::SOURCE_LANGUAGE) {
            problems.push(IndexProblem::NoDutchName(n.id.clone()));
        }
        if let Some(url) = &n.feedback {
            if super::feedback::sync::check_endpoint(url).is_err() {
                problems.push(IndexProblem::BadFeedbackEndpoint(url.clone()));
            }
        }
    }
    if problems.is_empty() {
        Ok(index)
    } else {
        Err(problems)
    }
}

/// Only our own published data: `/data/<name>.json` with a plain file name, so an index can
/// never send the app to another site or up the tree.
fn is_data_path(path: &str) -> bool {
    path.strip_prefix("/data/")
        .and_then(|rest| rest.strip_suffix(".json"))
        .is_some_and(|name| {
            !name.is_empty()
                && name.split('/').all(|part| {
                    !part.is_empty()
                        && part
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                })
        })
}

/// What to do at start.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice<'a> {
    /// Use this one: the only one, or the one chosen before.
    Use(&'a Neighbourhood),
    /// Several and none chosen (or the chosen one is gone): ask.
    Ask,
}

pub fn choose<'a>(index: &'a Index, stored: Option<&str>) -> Choice<'a> {
    if let [only] = index.neighbourhoods.as_slice() {
        return Choice::Use(only);
    }
    stored
        .and_then(|id| index.neighbourhoods.iter().find(|n| n.id == id))
        .map_or(Choice::Ask, Choice::Use)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, catalogue: &str) -> serde_json::Value {
        serde_json::json!({
            "id": id, "name": {"nl": id}, "pictogram": "houses", "lat": 51.2, "lon": 4.4,
            "catalogue": catalogue
        })
    }

    fn index(entries: Vec<serde_json::Value>) -> String {
        serde_json::json!({ "neighbourhoods": entries }).to_string()
    }

    #[test]
    fn one_neighbourhood_is_used_without_asking() {
        let i = load(&index(vec![entry("ravel", "/data/catalogue.json")])).unwrap();
        assert_eq!(choose(&i, None), Choice::Use(&i.neighbourhoods[0]));
        assert_eq!(choose(&i, Some("gone")), Choice::Use(&i.neighbourhoods[0]));
        assert_eq!(i.neighbourhoods[0].questions_url(), SHARED_QUESTIONS);
    }

    #[test]
    fn several_ask_until_one_is_chosen() {
        let i = load(&index(vec![
            entry("ravel", "/data/catalogue.json"),
            entry("noord", "/data/neighbourhoods/noord.json"),
        ]))
        .unwrap();
        assert_eq!(choose(&i, None), Choice::Ask);
        assert_eq!(choose(&i, Some("noord")), Choice::Use(&i.neighbourhoods[1]));
        assert_eq!(choose(&i, Some("gone")), Choice::Ask);
    }

    #[test]
    fn bad_indexes_are_refused_with_every_reason() {
        assert!(matches!(
            load("nope").unwrap_err()[0],
            IndexProblem::Unreadable(_)
        ));
        assert_eq!(load(&index(vec![])).unwrap_err(), [IndexProblem::Empty]);
        let mut far = entry("far", "/data/far.json");
        far["lat"] = 123.0.into();
        let mut plain = entry("plain", "/data/p.json");
        plain["feedback"] = "http://receiver.example/v1/records".into();
        let mut nameless = entry("nameless", "/data/n.json");
        nameless["name"] = serde_json::json!({"en": "x"});
        let problems = load(&index(vec![
            entry("a", "/data/a.json"),
            entry("a", "/data/b.json"),
            entry("c", "https://evil.example/c.json"),
            entry("d", "/data/../secret.json"),
            entry("e", "/data/e.txt"),
            far,
            nameless,
            plain,
        ]))
        .unwrap_err();
        assert_eq!(
            problems,
            [
                IndexProblem::DuplicateId("a".into()),
                IndexProblem::BadPath("https://evil.example/c.json".into()),
                IndexProblem::BadPath("/data/../secret.json".into()),
                IndexProblem::BadPath("/data/e.txt".into()),
                IndexProblem::BadCoordinates("far".into()),
                IndexProblem::NoDutchName("nameless".into()),
                IndexProblem::BadFeedbackEndpoint("http://receiver.example/v1/records".into()),
            ]
        );
    }

    #[test]
    fn the_shipped_index_is_good() {
        let i = load(include_str!("../../public/data/neighbourhoods.json")).unwrap();
        let catalogue: super::super::catalogue::Catalogue =
            serde_json::from_str(include_str!("../../public/data/catalogue.json")).unwrap();
        assert!(i
            .neighbourhoods
            .iter()
            .any(|n| n.id == catalogue.neighbourhood.id));
        // Staff can set up a device with the sample's code, and are told it is the sample's.
        let setup = i.staff_setup.expect("the sample publishes a setup code");
        assert!(setup.sample);
        assert!(setup.usable().is_some());
    }
}
