//! The filters of `/offers`. They live in the URL, so a filtered list can be shared and the
//! back button works: `function`, `age`, `cost` (`free` | `uitpas`), `when` (`now` | `today`),
//! `speaks` (a language tag; `lang` is the interface language) and `walkin=1`.

use super::catalogue::{Catalogue, Offer};
use super::schedule::Schedules;
use chrono::NaiveDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostFilter {
    Free,
    /// Free, or cheaper with UiTPAS.
    Uitpas,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Now,
    Today,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub function: Option<String>,
    pub age: Option<String>,
    pub cost: Option<CostFilter>,
    pub when: Option<When>,
    pub speaks: Option<String>,
    pub walk_in: bool,
}

impl Filters {
    /// Reads the query parameters; unknown values are ignored rather than failing the page.
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut f = Filters::default();
        for (key, value) in pairs {
            match key {
                "function" if super::functions::by_code(value).is_some() => {
                    f.function = Some(value.into())
                }
                "age" if super::catalogue::AGE_BANDS.contains(&value) => f.age = Some(value.into()),
                "cost" => {
                    f.cost = match value {
                        "free" => Some(CostFilter::Free),
                        "uitpas" => Some(CostFilter::Uitpas),
                        _ => f.cost,
                    }
                }
                "when" => {
                    f.when = match value {
                        "now" => Some(When::Now),
                        "today" => Some(When::Today),
                        _ => f.when,
                    }
                }
                "speaks" if !value.is_empty() => f.speaks = Some(value.into()),
                "walkin" => f.walk_in = value == "1",
                _ => {}
            }
        }
        f
    }

    /// The query parameters for these filters, in a stable order.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if let Some(v) = &self.function {
            q.push(("function", v.clone()));
        }
        if let Some(v) = &self.age {
            q.push(("age", v.clone()));
        }
        if let Some(c) = self.cost {
            q.push((
                "cost",
                if c == CostFilter::Free {
                    "free"
                } else {
                    "uitpas"
                }
                .into(),
            ));
        }
        if let Some(w) = self.when {
            q.push(("when", if w == When::Now { "now" } else { "today" }.into()));
        }
        if let Some(v) = &self.speaks {
            q.push(("speaks", v.clone()));
        }
        if self.walk_in {
            q.push(("walkin", "1".into()));
        }
        q
    }

    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    pub fn matches(&self, offer: &Offer, schedules: &Schedules, now: NaiveDateTime) -> bool {
        self.function
            .as_ref()
            .is_none_or(|f| offer.functions.contains(f))
            && self.age.as_ref().is_none_or(|a| offer.ages.contains(a))
            && self.cost.is_none_or(|c| match c {
                CostFilter::Free => offer.cost.free,
                CostFilter::Uitpas => offer.cost.free || offer.cost.uitpas,
            })
            && self.when.is_none_or(|w| match w {
                When::Now => schedules.is_open(offer, now),
                When::Today => schedules.open_later_today(offer, now),
            })
            && self.speaks.as_ref().is_none_or(|tag| {
                offer.languages.iter().any(|l| l.eq_ignore_ascii_case(tag)) || offer.interpreter
            })
            && (!self.walk_in || offer.how.walk_in())
    }

    /// The offers that pass every filter, in catalogue order.
    pub fn apply<'a>(
        &self,
        catalogue: &'a Catalogue,
        schedules: &Schedules,
        now: NaiveDateTime,
    ) -> Vec<&'a Offer> {
        catalogue
            .offers
            .iter()
            .filter(|o| self.matches(o, schedules, now))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::load;

    fn small() -> Catalogue {
        let mut c = load(include_str!("../../tests/fixtures/small-catalogue.json")).unwrap();
        let from = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        assert!(crate::domain::validate::compile_hours(&mut c, from).is_empty());
        c
    }

    fn ids(f: &Filters, at: &str) -> Vec<String> {
        let c = small();
        let s = Schedules::new(&c);
        let now = NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M").unwrap();
        f.apply(&c, &s, now)
            .into_iter()
            .map(|o| o.id.clone())
            .collect()
    }

    const WED_10: &str = "2026-11-25 10:00";

    #[test]
    fn no_filter_gives_everything() {
        assert_eq!(
            ids(&Filters::default(), WED_10),
            ["onthaal", "speelnamiddag", "jeugdhuis"]
        );
    }

    #[test]
    fn each_filter_alone() {
        let q = |s: &str| Filters::from_query(s.split('&').filter_map(|p| p.split_once('=')));
        assert_eq!(ids(&q("function=basic-rights"), WED_10), ["onthaal"]);
        assert_eq!(ids(&q("age=6-12"), WED_10), ["onthaal", "jeugdhuis"]);
        assert_eq!(ids(&q("cost=free"), WED_10), ["onthaal", "jeugdhuis"]);
        assert_eq!(
            ids(&q("cost=uitpas"), WED_10),
            ["onthaal", "speelnamiddag", "jeugdhuis"]
        );
        assert_eq!(ids(&q("when=now"), WED_10), ["onthaal"]);
        assert_eq!(ids(&q("when=today"), WED_10), ["onthaal", "speelnamiddag"]);
        assert_eq!(
            ids(&q("when=now"), "2026-11-28 00:30"),
            ["jeugdhuis"],
            "Friday night past midnight"
        );
        assert_eq!(
            ids(&q("speaks=tr"), WED_10),
            ["onthaal", "jeugdhuis"],
            "or an interpreter"
        );
        assert_eq!(
            ids(&q("walkin=1"), WED_10),
            ["onthaal", "speelnamiddag", "jeugdhuis"]
        );
    }

    #[test]
    fn filters_combine() {
        let f = Filters {
            cost: Some(CostFilter::Free),
            age: Some("3-6".into()),
            when: Some(When::Today),
            ..Default::default()
        };
        assert_eq!(ids(&f, WED_10), ["onthaal"]);
        assert_eq!(
            ids(&f, "2026-12-25 10:00"),
            Vec::<String>::new(),
            "Christmas: the front desk is closed"
        );
    }

    #[test]
    fn query_round_trip_and_garbage() {
        let f = Filters {
            function: Some("play".into()),
            age: Some("0-3".into()),
            cost: Some(CostFilter::Uitpas),
            when: Some(When::Now),
            speaks: Some("ar".into()),
            walk_in: true,
        };
        let q = f.to_query();
        assert_eq!(
            Filters::from_query(q.iter().map(|(k, v)| (*k, v.as_str()))),
            f
        );
        let junk = Filters::from_query([
            ("function", "<b>"),
            ("age", "99"),
            ("cost", "cheap"),
            ("when", "x"),
            ("lang", "ar"),
        ]);
        assert!(junk.is_empty());
    }
}
