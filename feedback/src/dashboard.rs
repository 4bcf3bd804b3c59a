//! What staff see: counts and averages per offer and per check theme, and the signals with
//! their words, over a chosen period.

use super::check::{self, THEMES};
use super::{Face, Kind, Reason, Record};
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
        let mut d = Dashboard::default();
        let mut offers: BTreeMap<&str, OfferSummary> = BTreeMap::new();
        let mut theme_sums = [(0usize, 0f64); THEMES.len()];
        let blank = |offer: &str| OfferSummary {
            offer: offer.to_owned(),
            ratings: 0,
            faces: [0; 3],
            average: 0.0,
            reasons: BTreeMap::new(),
            signals: 0,
        };
        for r in records.iter().filter(|r| period.contains(r)) {
            d.total += 1;
            *d.by_kind.entry(r.kind).or_default() += 1;
            match (r.kind, r.target.as_deref()) {
                (Kind::Rating, Some(offer)) => {
                    if let Some(face) = r.values.face {
                        let s = offers.entry(offer).or_insert_with(|| blank(offer));
                        s.ratings += 1;
                        s.faces[face as usize] += 1;
                        s.average += f64::from(face.score());
                        for reason in &r.values.reasons {
                            *s.reasons.entry(*reason).or_default() += 1;
                        }
                    }
                }
                (Kind::Signal, Some(offer)) => {
                    offers.entry(offer).or_insert_with(|| blank(offer)).signals += 1;
                }
                (Kind::Check, _) => {
                    d.checks += 1;
                    let scale = r.values.scale.unwrap_or(check::Scale::Adult);
                    for (i, t) in THEMES.iter().enumerate() {
                        if let Some(score) = r.values.scores.get(t.code) {
                            if scale.accepts(*score) {
                                theme_sums[i].0 += 1;
                                theme_sums[i].1 += scale.fraction(*score);
                            }
                        }
                    }
                }
                _ => {}
            }
            if matches!(r.kind, Kind::Signal | Kind::Missing) || !r.text.is_empty() {
                d.messages.push(r.clone());
            }
        }
        d.offers = offers
            .into_values()
            .map(|mut s| {
                if s.ratings > 0 {
                    s.average /= s.ratings as f64;
                }
                s
            })
            .collect();
        d.offers
            .sort_by(|a, b| b.ratings.cmp(&a.ratings).then(a.offer.cmp(&b.offer)));
        d.themes = THEMES
            .iter()
            .zip(theme_sums)
            .map(|(t, (n, sum))| ThemeSummary {
                theme: t.code,
                answers: n,
                average: (n > 0).then(|| sum / n as f64),
            })
            .collect();
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
    let scale = record.values.scale.unwrap_or(check::Scale::Adult);
    THEMES
        .iter()
        .map(|t| {
            record
                .values
                .scores
                .get(t.code)
                .filter(|s| scale.accepts(**s))
                .map(|s| scale.fraction(*s))
        })
        .collect()
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
