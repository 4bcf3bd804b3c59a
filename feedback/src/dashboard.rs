//! What staff see: counts and averages per offer and per check theme, and the signals with
//! their words, over a chosen period.

use super::check::{self, THEMES};
use super::{Face, Kind, Reason, Record, Values};
use std::collections::BTreeMap;

/// Inclusive dates `YYYY-MM-DD`; an open end is unbounded. Dates compare as text because
/// `created_at` is ISO 8601.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Period {
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Period {
    pub fn contains(&self, record: &Record) -> bool {
        let day = record.date();
        self.from.as_deref().is_none_or(|from| day >= from)
            && self.to.as_deref().is_none_or(|to| day <= to)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OfferSummary {
    pub offer: String,
    pub ratings: usize,
    /// Count per face, sad first (index = `Face as usize`).
    pub faces: [usize; 3],
    /// Mean of 1 (sad) .. 3 (happy).
    pub average: f64,
    pub reasons: BTreeMap<Reason, usize>,
    /// Signals about this offer ("something wrong?" from its page).
    pub signals: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThemeSummary {
    pub theme: &'static str,
    pub answers: usize,
    /// Mean position between "much" (0.0) and "little to improve" (1.0), adults and children
    /// together; `None` when nobody answered.
    pub average: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dashboard {
    /// Records in the period.
    pub total: usize,
    pub by_kind: BTreeMap<Kind, usize>,
    /// Most rated first.
    pub offers: Vec<OfferSummary>,
    /// In [`THEMES`] order.
    pub themes: Vec<ThemeSummary>,
    pub checks: usize,
    /// Signals, empty searches and any record with words, newest first.
    pub messages: Vec<Record>,
}

impl Dashboard {
    pub fn new(records: &[Record], period: &Period) -> Self {
        #[derive(Default)]
        struct Offer {
            faces: FaceTally,
            reasons: BTreeMap<Reason, usize>,
            signals: usize,
        }
        let mut d = Dashboard::default();
        let mut offers: BTreeMap<&str, Offer> = BTreeMap::new();
        let mut themes = ThemeTally::default();
        for r in records.iter().filter(|r| period.contains(r)) {
            d.total += 1;
            *d.by_kind.entry(r.kind).or_default() += 1;
            match (r.kind, r.target.as_deref()) {
                (Kind::Rating, Some(offer)) => {
                    if let Some(face) = r.values.face {
                        let o = offers.entry(offer).or_default();
                        o.faces.add(face, 1);
                        for reason in &r.values.reasons {
                            *o.reasons.entry(*reason).or_default() += 1;
                        }
                    }
                }
                (Kind::Signal, Some(offer)) => offers.entry(offer).or_default().signals += 1,
                (Kind::Check, _) => {
                    d.checks += 1;
                    themes.add(&r.values);
                }
                _ => {}
            }
            if matches!(r.kind, Kind::Signal | Kind::Missing) || !r.text.is_empty() {
                d.messages.push(r.clone());
            }
        }
        d.offers = offers
            .into_iter()
            .map(|(offer, o)| OfferSummary {
                offer: offer.to_owned(),
                ratings: o.faces.ratings(),
                faces: o.faces.faces,
                average: o.faces.average(),
                reasons: o.reasons,
                signals: o.signals,
            })
            .collect();
        d.offers
            .sort_by(|a, b| b.ratings.cmp(&a.ratings).then(a.offer.cmp(&b.offer)));
        d.themes = themes.summaries();
        d.messages.sort_by(|a, b| {
            b.created_at
                .cmp(&a.created_at)
                .then_with(|| a.id.cmp(&b.id))
        });
        d
    }

    pub fn count(&self, kind: Kind) -> usize {
        self.by_kind.get(&kind).copied().unwrap_or(0)
    }

    /// Theme averages as compass fractions, in [`THEMES`] order.
    pub fn theme_fractions(&self) -> Vec<Option<f64>> {
        self.themes.iter().map(|t| t.average).collect()
    }
}

/// The compass fractions of one check record, in [`THEMES`] order.
pub fn check_fractions(record: &Record) -> Vec<Option<f64>> {
    fractions(&record.values).collect()
}

/// Each theme's answer as a fraction (0.0 much, 1.0 little to improve); an answer off the
/// record's scale counts as none.
fn fractions(values: &Values) -> impl Iterator<Item = Option<f64>> + '_ {
    let scale = values.scale.unwrap_or(check::Scale::Adult);
    THEMES.iter().map(move |t| {
        values
            .scores
            .get(t.code)
            .filter(|s| scale.accepts(**s))
            .map(|s| scale.fraction(*s))
    })
}

/// The faces given to one offer. The app adds ratings one by one, the receiver the counts its
/// database gives: one rule for the counts and the mean.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FaceTally {
    /// Count per face, sad first (index = `Face as usize`).
    pub faces: [usize; 3],
}

impl FaceTally {
    pub fn add(&mut self, face: Face, n: usize) {
        self.faces[face as usize] += n;
    }

    pub fn ratings(&self) -> usize {
        self.faces.iter().sum()
    }

    /// Mean of 1 (sad) .. 3 (happy); 0 without ratings.
    pub fn average(&self) -> f64 {
        let n = self.ratings();
        if n == 0 {
            return 0.0;
        }
        let sum: f64 = Face::ALL
            .iter()
            .map(|f| f64::from(f.score()) * self.faces[*f as usize] as f64)
            .sum();
        sum / n as f64
    }
}

/// Check answers per theme, adults' and children's together on one 0–1 scale. Shared by the
/// app's dashboard and the receiver's summary.
#[derive(Debug, Clone, Copy, Default)]
pub struct ThemeTally([(usize, f64); THEMES.len()]);

impl ThemeTally {
    pub fn add(&mut self, values: &Values) {
        for (slot, fraction) in self.0.iter_mut().zip(fractions(values)) {
            if let Some(f) = fraction {
                slot.0 += 1;
                slot.1 += f;
            }
        }
    }

    /// One summary per theme, in [`THEMES`] order.
    pub fn summaries(&self) -> Vec<ThemeSummary> {
        THEMES
            .iter()
            .zip(self.0)
            .map(|(t, (n, sum))| ThemeSummary {
                theme: t.code,
                answers: n,
                average: (n > 0).then(|| sum / n as f64),
            })
            .collect()
    }
}

/// Share of each face, for a bar; zero ratings give zeros.
pub fn face_shares(summary: &OfferSummary) -> [(Face, f64); 3] {
    let n = summary.ratings.max(1) as f64;
    Face::ALL.map(|f| (f, summary.faces[f as usize] as f64 / n))
}

#[cfg(test)]
mod tests {
    use super::super::check::Scale;
    use super::super::Topic;
    use super::*;

    #[test]
    fn face_counts_added_at_once_equal_ratings_added_one_by_one() {
        let mut one_by_one = FaceTally::default();
        for face in [
            Face::Happy,
            Face::Happy,
            Face::Sad,
            Face::Neutral,
            Face::Happy,
        ] {
            one_by_one.add(face, 1);
        }
        let mut counted = FaceTally::default();
        counted.add(Face::Sad, 1);
        counted.add(Face::Happy, 3);
        counted.add(Face::Neutral, 1);
        assert_eq!(one_by_one, counted);
        assert_eq!(counted.ratings(), 5);
        assert!((counted.average() - 12.0 / 5.0).abs() < 1e-9);
        assert_eq!(FaceTally::default().average(), 0.0);
    }

    fn at(day: &str) -> String {
        format!("{day}T12:00:00")
    }

    fn sample() -> Vec<Record> {
        vec![
            Record::rating("1".into(), "a", Face::Happy, "nl", at("2026-11-01"))
                .with_details(&[Reason::Friendly, Reason::Helped], ""),
            Record::rating("2".into(), "a", Face::Sad, "ar", at("2026-11-10"))
                .with_details(&[Reason::TooExpensive], "غالي جدا"),
            Record::rating("3".into(), "b", Face::Neutral, "fr", at("2026-11-12")),
            Record::signal(
                "4".into(),
                Topic::WrongInfo,
                Some("b"),
                "wrong phone",
                "en",
                at("2026-11-15"),
            ),
            Record::missing("5".into(), "zwemles", "nl", at("2026-11-20")),
            Record::check(
                "6".into(),
                Scale::Adult,
                &BTreeMap::from([("feeling-safe".into(), 7), ("play-recreation".into(), 1)]),
                "2060",
                "nl",
                at("2026-11-21"),
            ),
            Record::check(
                "7".into(),
                Scale::Child,
                &BTreeMap::from([("feeling-safe".into(), 2)]),
                "",
                "nl",
                at("2026-11-22"),
            ),
        ]
    }

    #[test]
    fn counts_and_averages_per_offer() {
        let d = Dashboard::new(&sample(), &Period::default());
        assert_eq!(d.total, 7);
        assert_eq!(d.count(Kind::Rating), 3);
        assert_eq!(d.count(Kind::Check), 2);
        let a = &d.offers[0];
        assert_eq!((a.offer.as_str(), a.ratings, a.faces), ("a", 2, [1, 0, 1]));
        assert_eq!(a.average, 2.0);
        assert_eq!(a.reasons[&Reason::TooExpensive], 1);
        assert_eq!(a.reasons.get(&Reason::TooFar), None);
        let b = &d.offers[1];
        assert_eq!((b.ratings, b.signals, b.average), (1, 1, 2.0));
        assert_eq!(
            face_shares(a),
            [(Face::Sad, 0.5), (Face::Neutral, 0.0), (Face::Happy, 0.5)]
        );
    }

    #[test]
    fn themes_average_adults_and_children_on_one_compass() {
        let d = Dashboard::new(&sample(), &Period::default());
        let safe = d.themes.iter().find(|t| t.theme == "feeling-safe").unwrap();
        // Adult 7 → 1.0, child 2 → 0.5: mean 0.75, i.e. 5.5 on the 1–7 scale.
        assert_eq!((safe.answers, safe.average), (2, Some(0.75)));
        assert_eq!(check::on_adult_scale(safe.average.unwrap()), 5.5);
        let play = d
            .themes
            .iter()
            .find(|t| t.theme == "play-recreation")
            .unwrap();
        assert_eq!(play.average, Some(0.0));
        let bus = d
            .themes
            .iter()
            .find(|t| t.theme == "public-transport")
            .unwrap();
        assert_eq!((bus.answers, bus.average), (0, None));
        assert_eq!(d.theme_fractions().len(), 14);
    }

    #[test]
    fn messages_are_newest_first_and_include_words_on_ratings() {
        let d = Dashboard::new(&sample(), &Period::default());
        let ids: Vec<_> = d.messages.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, vec!["5", "4", "2"]);
    }

    #[test]
    fn the_period_is_inclusive_at_both_ends() {
        let p = Period {
            from: Some("2026-11-10".into()),
            to: Some("2026-11-15".into()),
        };
        let d = Dashboard::new(&sample(), &p);
        assert_eq!(d.total, 3);
        assert_eq!(d.checks, 0);
        let open_end = Period {
            from: Some("2026-11-21".into()),
            to: None,
        };
        assert_eq!(Dashboard::new(&sample(), &open_end).checks, 2);
    }

    #[test]
    fn a_check_record_gives_its_own_compass() {
        let s = sample();
        let f = check_fractions(&s[5]);
        assert_eq!(f.iter().filter(|x| x.is_some()).count(), 2);
        let safe = THEMES
            .iter()
            .position(|t| t.code == "feeling-safe")
            .unwrap();
        assert_eq!(f[safe], Some(1.0));
    }

    #[test]
    fn nothing_to_show_is_not_an_error() {
        let d = Dashboard::new(&[], &Period::default());
        assert_eq!(d.total, 0);
        assert!(d.offers.is_empty() && d.messages.is_empty());
        assert!(d.themes.iter().all(|t| t.average.is_none()));
    }
}
