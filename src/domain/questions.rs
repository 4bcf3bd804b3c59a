//! "Where do I go with my question?": life topics, each with concrete questions that end on
//! the best offers of the catalogue. The routing is data (`public/data/questions.json`), so a
//! network changes it without touching code; it is validated against the catalogue.

use super::catalogue::{Catalogue, Text};
use super::search::{Index, Kind, Weight};
use super::validate::{Issue, Problem};
use super::SOURCE_LANGUAGE;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questions {
    pub schema: u32,
    /// Languages published as packs beside this file (`questions.<tag>.json`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<String>,
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub pictogram: String,
    pub label: Text,
    /// A topic someone may need to hide ("not safe at home"): its pages carry a quick exit,
    /// moving through them replaces the browser history, and its ids in the URL say nothing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub pictogram: String,
    pub text: Text,
    /// Offer ids, best first.
    pub offers: Vec<String>,
    /// Extra search words per language ("crèche", "daycare", "حضانة").
    #[serde(default)]
    pub synonyms: BTreeMap<String, Vec<String>>,
}

impl Questions {
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn question(&self, id: &str) -> Option<(&Topic, &Question)> {
        self.topics
            .iter()
            .find_map(|t| t.questions.iter().find(|q| q.id == id).map(|q| (t, q)))
    }
}

/// Parses and checks the questions against the catalogue they point into.
pub fn load(json: &str, catalogue: &Catalogue) -> Result<Questions, Vec<Issue>> {
    let q: Questions = serde_json::from_str(json).map_err(|e| {
        vec![Issue {
            record: None,
            field: String::new(),
            problem: Problem::Unreadable(e.to_string()),
        }]
    })?;
    let mut out = Vec::new();
    let mut push = |record: &str, field: &str, problem| {
        out.push(Issue {
            record: Some(record.to_owned()),
            field: field.to_owned(),
            problem,
        })
    };
    if q.schema != 1 {
        push("", "schema", Problem::UnsupportedSchema(q.schema));
    }
    let mut ids = BTreeSet::new();
    for t in &q.topics {
        if !ids.insert(&t.id) {
            push(&t.id, "id", Problem::Duplicate);
        }
        if !t.label.has(SOURCE_LANGUAGE) {
            push(&t.id, "label", Problem::NoDutchText);
        }
        if t.questions.is_empty() {
            push(&t.id, "questions", Problem::Missing);
        }
        for question in &t.questions {
            if !ids.insert(&question.id) {
                push(&question.id, "id", Problem::Duplicate);
            }
            if !question.text.has(SOURCE_LANGUAGE) {
                push(&question.id, "text", Problem::NoDutchText);
            }
            if question.offers.is_empty() {
                push(&question.id, "offers", Problem::Missing);
            }
            for o in &question.offers {
                if catalogue.offer(o).is_none() {
                    push(&question.id, "offers", Problem::UnknownOffer(o.clone()));
                }
            }
        }
    }
    if out.is_empty() {
        Ok(q)
    } else {
        Err(out)
    }
}

/// One search index over questions (text, topic label, synonyms) and offers (name,
/// description, organization) in every language the data has.
pub fn search_index(catalogue: &Catalogue, questions: Option<&Questions>) -> Index {
    let mut index = Index::new();
    for t in questions.iter().flat_map(|q| &q.topics) {
        for q in &t.questions {
            let fields = q
                .text
                .all()
                .map(|(_, s)| (s, Weight::Title))
                .chain(
                    q.synonyms
                        .values()
                        .flatten()
                        .map(|s| (s.as_str(), Weight::Synonym)),
                )
                .chain(t.label.all().map(|(_, s)| (s, Weight::Body)));
            index.add(Kind::Question, &q.id, fields);
        }
    }
    for o in &catalogue.offers {
        let org = catalogue.organization(&o.organization);
        let fields = o
            .name
            .all()
            .map(|(_, s)| (s, Weight::Title))
            .chain(o.description.all().map(|(_, s)| (s, Weight::Body)))
            .chain(
                org.into_iter()
                    .flat_map(|g| g.name.all())
                    .map(|(_, s)| (s, Weight::Body)),
            );
        index.add(Kind::Offer, &o.id, fields);
    }
    index.finish();
    index
}
