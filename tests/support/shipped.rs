//! The data shipped in `public/data/` as a family sees it: the Dutch files with every
//! language pack put in (the app fetches only the packs of the languages in use).
// Each test uses part of it.
#![allow(dead_code)]

use buurtwijzer::domain::catalogue::Catalogue;
use buurtwijzer::domain::questions::{self, Questions};
use buurtwijzer::domain::translations::{apply, Pack};
use buurtwijzer::domain::validate;

pub const CATALOGUE: &str = include_str!("../../public/data/catalogue.json");
pub const QUESTIONS: &str = include_str!("../../public/data/questions.json");

macro_rules! packs {
    ($($tag:literal),*) => {
        /// Every pack as (language, catalogue pack, questions pack).
        pub const PACKS: &[(&str, &str, &str)] = &[$((
            $tag,
            include_str!(concat!("../../public/data/catalogue.", $tag, ".json")),
            include_str!(concat!("../../public/data/questions.", $tag, ".json")),
        )),*];
    };
}
packs!("ar", "bg", "en", "es", "fa", "fr", "pl", "ps", "pt", "ro", "ru", "so", "ti", "tr", "uk");

fn pack(json: &str) -> Pack {
    serde_json::from_str(json).expect("a readable pack")
}

/// The shipped catalogue in every language. Panics on a pack key the data lacks.
pub fn catalogue() -> Catalogue {
    let mut c = validate::load(CATALOGUE).expect("the shipped catalogue validates");
    for (tag, json, _) in PACKS {
        let unknown = apply(&mut c, &pack(json));
        assert!(
            unknown.is_empty(),
            "catalogue.{tag}.json: unknown keys {unknown:?}"
        );
    }
    c
}

/// The shipped questions in every language, checked against `c`.
pub fn questions(c: &Catalogue) -> Questions {
    let mut q = questions::load(QUESTIONS, c).expect("the shipped questions validate");
    for (tag, _, json) in PACKS {
        let unknown = apply(&mut q, &pack(json));
        assert!(
            unknown.is_empty(),
            "questions.{tag}.json: unknown keys {unknown:?}"
        );
    }
    q
}

/// The shipped catalogue and questions as a family reading `lang` has them: Dutch plus that
/// languages' packs only, as the app fetches them.
pub fn in_languages(langs: &[&str]) -> (Catalogue, Questions) {
    let mut c = validate::load(CATALOGUE).expect("the shipped catalogue validates");
    let mut q = questions::load(QUESTIONS, &c).expect("the shipped questions validate");
    for (_, cat, qs) in PACKS.iter().filter(|p| langs.contains(&p.0)) {
        apply(&mut c, &pack(cat));
        apply(&mut q, &pack(qs));
    }
    (c, q)
}
