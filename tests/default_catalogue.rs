//! The catalogue shipped in `public/data/` is valid and covers what the network promises.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::catalogue::AGE_BANDS;
use buurtwijzer::domain::functions::FUNCTIONS;
use buurtwijzer::domain::validate::load;
use std::collections::BTreeSet;

const SHIPPED: &str = include_str!("../public/data/catalogue.json");

#[test]
fn the_shipped_catalogue_validates() {
    if let Err(problems) = load(SHIPPED) {
        panic!("{problems:#?}");
    }
}

#[test]
fn it_covers_the_network() {
    let c = load(SHIPPED).unwrap();
    assert!(c.offers.len() >= 40, "{} offers", c.offers.len());
    let partners: BTreeSet<_> = c.offers.iter().map(|o| &o.organization).collect();
    assert!(partners.len() >= 12, "{} partners", partners.len());
    for f in FUNCTIONS {
        assert!(
            c.offers
                .iter()
                .any(|o| o.functions.iter().any(|x| x == f.code)),
            "nothing for {}",
            f.code
        );
    }
    for age in AGE_BANDS {
        assert!(
            c.offers.iter().any(|o| o.ages.iter().any(|a| a == age)),
            "nothing for {age}"
        );
    }
    assert!(c.offers.iter().filter(|o| o.activity.is_some()).count() >= 10);
    let desk = c.front_desk().expect("a front desk");
    assert!(desk.functions.iter().any(|f| f == "basic-rights"));
    for o in &c.offers {
        for lang in ["nl", "en", "fr", "ar"] {
            assert!(
                o.name.has(lang) && o.description.has(lang),
                "{} lacks {lang}",
                o.id
            );
        }
    }
}
