//! Search in any of the app's languages: questions first, then offers.
//!
//! Text is folded before comparing: lower case, accents dropped (é = e, NFKD), ß = ss, Arabic
//! harakat and tatweel ignored, Arabic/Persian letter variants made one (أ إ آ ٱ → ا, ى ی → ي,
//! ک → ك, ة → ه), Arabic and Persian digits made ASCII. A query word matches a term exactly,
//! as its beginning, inside it (Dutch compounds), as a longer form of it (zoeken → zoek),
//! or with one typo (one letter inserted, dropped, changed or swapped) in
//! words of five letters or more. Every distinct term is kept once, so a query compares with
//! the vocabulary, not with every offer.

use super::unicode::strip_marks;
use std::collections::HashMap;

/// Folds text for comparison (see the module comment).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Accents, harakat and tatweel go first.
    for c in strip_marks(text).chars() {
        match c {
            'ß' => out.push_str("ss"),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ی' | 'ئ' => out.push('ي'),
            'ک' => out.push('ك'),
            'ة' => out.push('ه'),
            'ؤ' => out.push('و'),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The folded words of a text.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// At most one edit (insert, delete, substitute, or swap of neighbours) apart.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if prefix == la && la == lb {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Question,
    Offer,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub id: String,
    pub score: u32,
}

/// How strongly a field counts: a name or a synonym says what a thing is, a description less.
#[derive(Debug, Clone, Copy)]
pub enum Weight {
    Title = 3,
    Synonym = 2,
    Body = 1,
}

#[derive(Default)]
pub struct Index {
    docs: Vec<(Kind, String)>,
    /// Distinct terms per document: a short, specific question beats a long one that
    /// mentions the same word in passing.
    lengths: Vec<u32>,
    /// Folded term → (doc, weight) postings.
    terms: HashMap<String, Vec<(u32, u8)>>,
    /// The vocabulary as chars, for prefix and typo matching.
    vocabulary: Vec<(String, Vec<char>)>,
}

impl Index {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a document (a question or an offer) with its texts in every language.
    pub fn add<'a>(
        &mut self,
        kind: Kind,
        id: &str,
        fields: impl IntoIterator<Item = (&'a str, Weight)>,
    ) {
        let doc = self.docs.len() as u32;
        self.docs.push((kind, id.to_owned()));
        let mut distinct = std::collections::HashSet::new();
        for (text, weight) in fields {
            for w in words(text) {
                distinct.insert(w.clone());
                // A word found in several fields and languages (a name in Dutch and French, a
                // synonym) says more about the document than one found once: weights add up.
                let postings = self.terms.entry(w).or_default();
                match postings.iter_mut().find(|(d, _)| *d == doc) {
                    Some(p) => p.1 = p.1.saturating_add(weight as u8),
                    None => postings.push((doc, weight as u8)),
                }
            }
        }
        self.lengths.push(distinct.len() as u32);
    }

    /// Call after the last `add`.
    pub fn finish(&mut self) {
        self.vocabulary = self
            .terms
            .keys()
            .map(|t| (t.clone(), t.chars().collect()))
            .collect();
        self.vocabulary.sort();
    }

    /// Matching documents, questions first, each group best first. A document must match
    /// every query word; if none does, those matching most words are returned.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query_words = words(query);
        if query_words.is_empty() {
            return Vec::new();
        }
        // doc → (words matched, score)
        let mut found: HashMap<u32, (u32, u32)> = HashMap::new();
        for qw in &query_words {
            let q: Vec<char> = qw.chars().collect();
            let mut best: HashMap<u32, u32> = HashMap::new();
            for (term, chars) in &self.vocabulary {
                let quality = if term == qw {
                    4
                } else if q.len() >= 3 && term.starts_with(qw.as_str()) {
                    3
                } else if q.len() >= 4 && term.contains(qw.as_str()) {
                    // Dutch compounds: "opvang" inside "kinderopvang".
                    2
                } else if chars.len() >= 4
                    && q.len() <= chars.len() + 2
                    && qw.starts_with(term.as_str())
                {
                    // A longer form of the word: "zoeken" finds "zoek", "enfants" "enfant".
                    2
                } else if q.len() >= 5 && within_one_edit(&q, chars) {
                    1
                } else {
                    continue;
                };
                for &(doc, weight) in &self.terms[term] {
                    let s = quality * weight as u32;
                    let e = best.entry(doc).or_default();
                    *e = (*e).max(s);
                }
            }
            for (doc, s) in best {
                let e = found.entry(doc).or_default();
                e.0 += 1;
                e.1 += s;
            }
        }
        let most = found.values().map(|(n, _)| *n).max().unwrap_or(0);
        let mut hits: Vec<Hit> = found
            .into_iter()
            .filter(|(_, (n, _))| *n == most)
            .map(|(doc, (_, score))| {
                let (kind, id) = &self.docs[doc as usize];
                // Length normalisation (as in BM25, simplified): score per √(distinct terms).
                let length = self.lengths[doc as usize].max(1) as f64;
                let score = (score as f64 * 100.0 / length.sqrt()) as u32;
                Hit {
                    kind: *kind,
                    id: id.clone(),
                    score,
                }
            })
            .collect();
        hits.sort_by(|a, b| {
            a.kind
                .cmp(&b.kind)
                .then(b.score.cmp(&a.score))
                .then(a.id.cmp(&b.id))
        });
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(within_one_edit(&c("opvang"), &c("opvnag")), "swap");
        assert!(within_one_edit(&c("opvang"), &c("opvag")), "drop");
        assert!(within_one_edit(&c("opvang"), &c("opvangg")), "insert");
        assert!(within_one_edit(&c("opvang"), &c("opvbng")), "change");
        assert!(!within_one_edit(&c("opvang"), &c("ovpnag")));
        assert!(!within_one_edit(&c("school"), &c("schoolbus")));
    }

    fn index() -> Index {
        let mut i = Index::new();
        i.add(
            Kind::Offer,
            "creche",
            [
                ("Kinderdagverblijf De Ballon", Weight::Title),
                ("Opvang voor baby's", Weight::Body),
            ],
        );
        i.add(
            Kind::Question,
            "need-creche",
            [
                ("Ik zoek kinderopvang", Weight::Title),
                ("crèche daycare حضانة", Weight::Synonym),
            ],
        );
        i.add(
            Kind::Offer,
            "school",
            [
                ("Basisschool Ravelhof", Weight::Title),
                ("École primaire", Weight::Body),
            ],
        );
        i.finish();
        i
    }

    #[test]
    fn questions_first_then_offers() {
        let hits = index().search("opvang");
        assert_eq!(
            hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
            ["need-creche", "creche"]
        );
        assert_eq!(hits[0].kind, Kind::Question);
    }

    #[test]
    fn synonyms_accents_typos_and_scripts() {
        let i = index();
        assert_eq!(i.search("creche")[0].id, "need-creche");
        assert_eq!(i.search("حَضانة")[0].id, "need-creche");
        assert_eq!(i.search("kinderopvnag")[0].id, "need-creche", "one typo");
        assert_eq!(i.search("ecole")[0].id, "school");
        assert_eq!(i.search("basis")[0].id, "school", "prefix");
        assert!(i.search("xylofoon").is_empty());
        assert!(i.search("  ").is_empty());
        assert!(
            i.search("scool").is_empty(),
            "no typo tolerance under five letters"
        );
    }
}
