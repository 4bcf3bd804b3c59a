//! Texts per language, kept apart from the data they translate. The catalogue and the
//! questions are published in Dutch with a list of the languages they are translated into;
//! each language is a small file of its own (a *pack*: key → text), fetched only by the
//! families who read it, so a first visit does not grow with every language added.
//!
//! The same keys make the staff's translation sheet: a CSV with one row per text, the Dutch
//! source beside the translation, exported and read back here.

use super::catalogue::{Catalogue, Text};
use super::import::{check_file, ImportError, ImportProblem, Place};
use super::questions::Questions;
use super::SOURCE_LANGUAGE;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Version of the pack format.
pub const SCHEMA: u32 = 1;

/// A sheet with more problems than this lists only these: the staff member needs the first
/// ones to act, and a huge broken file must not freeze the page.
pub const MAX_ERRORS: usize = 100;

/// The texts of one language, by key (`offer.<id>.name`, `question.<id>.text`…).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub schema: u32,
    pub language: String,
    pub texts: BTreeMap<String, String>,
}

/// One place a translator fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    /// The Dutch text.
    pub source: String,
    /// The text in the language asked for, when there is one.
    pub target: Option<String>,
}

/// A translatable slot: a text, or a question's search words (written `a; b; c` in a pack).
pub enum Slot<'a> {
    Text(&'a Text),
    Words(&'a BTreeMap<String, Vec<String>>),
}

pub enum SlotMut<'a> {
    Text(&'a mut Text),
    Words(&'a mut BTreeMap<String, Vec<String>>),
}

/// Data with texts to translate. The two walks visit the same keys in the same order.
pub trait Translatable {
    fn walk(&self, f: &mut dyn FnMut(String, Slot<'_>));
    fn walk_mut(&mut self, f: &mut dyn FnMut(String, SlotMut<'_>));
}

/// Separator of search words in a pack or a sheet cell.
const WORD_SEPARATOR: &str = "; ";

impl Slot<'_> {
    fn get(&self, lang: &str) -> Option<String> {
        match self {
            Slot::Text(t) => t
                .exact(lang)
                .filter(|s| !s.trim().is_empty())
                .map(str::to_owned),
            Slot::Words(w) => w
                .get(lang)
                .filter(|w| !w.is_empty())
                .map(|w| w.join(WORD_SEPARATOR)),
        }
    }
}

impl SlotMut<'_> {
    fn set(&mut self, lang: &str, value: &str) {
        match self {
            SlotMut::Text(t) => t.set(lang, value.trim()),
            SlotMut::Words(w) => {
                let words: Vec<String> = value
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                w.insert(lang.to_owned(), words);
            }
        }
    }
}

impl Translatable for Catalogue {
    fn walk(&self, f: &mut dyn FnMut(String, Slot<'_>)) {
        f(
            "neighbourhood.name".into(),
            Slot::Text(&self.neighbourhood.name),
        );
        for g in &self.organizations {
            f(format!("organization.{}.name", g.id), Slot::Text(&g.name));
        }
        for o in &self.offers {
            f(format!("offer.{}.name", o.id), Slot::Text(&o.name));
            f(
                format!("offer.{}.description", o.id),
                Slot::Text(&o.description),
            );
            if let Some(p) = &o.cost.price {
                f(format!("offer.{}.price", o.id), Slot::Text(p));
            }
            if let Some(b) = &o.bring {
                f(format!("offer.{}.bring", o.id), Slot::Text(b));
            }
        }
        for a in &self.actions {
            f(format!("action.{}.said", a.id), Slot::Text(&a.said));
            f(format!("action.{}.did", a.id), Slot::Text(&a.did));
        }
    }

    fn walk_mut(&mut self, f: &mut dyn FnMut(String, SlotMut<'_>)) {
        f(
            "neighbourhood.name".into(),
            SlotMut::Text(&mut self.neighbourhood.name),
        );
        for g in &mut self.organizations {
            f(
                format!("organization.{}.name", g.id),
                SlotMut::Text(&mut g.name),
            );
        }
        for o in &mut self.offers {
            f(format!("offer.{}.name", o.id), SlotMut::Text(&mut o.name));
            f(
                format!("offer.{}.description", o.id),
                SlotMut::Text(&mut o.description),
            );
            if let Some(p) = &mut o.cost.price {
                f(format!("offer.{}.price", o.id), SlotMut::Text(p));
            }
            if let Some(b) = &mut o.bring {
                f(format!("offer.{}.bring", o.id), SlotMut::Text(b));
            }
        }
        for a in &mut self.actions {
            f(format!("action.{}.said", a.id), SlotMut::Text(&mut a.said));
            f(format!("action.{}.did", a.id), SlotMut::Text(&mut a.did));
        }
    }
}

impl Translatable for Questions {
    fn walk(&self, f: &mut dyn FnMut(String, Slot<'_>)) {
        for t in &self.topics {
            f(format!("topic.{}.label", t.id), Slot::Text(&t.label));
            for q in &t.questions {
                f(format!("question.{}.text", q.id), Slot::Text(&q.text));
                f(
                    format!("question.{}.synonyms", q.id),
                    Slot::Words(&q.synonyms),
                );
            }
        }
    }

    fn walk_mut(&mut self, f: &mut dyn FnMut(String, SlotMut<'_>)) {
        for t in &mut self.topics {
            f(format!("topic.{}.label", t.id), SlotMut::Text(&mut t.label));
            for q in &mut t.questions {
                f(
                    format!("question.{}.text", q.id),
                    SlotMut::Text(&mut q.text),
                );
                f(
                    format!("question.{}.synonyms", q.id),
                    SlotMut::Words(&mut q.synonyms),
                );
            }
        }
    }
}

/// Every text with a Dutch source, and its translation into `lang` if any.
pub fn entries(data: &dyn Translatable, lang: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    data.walk(&mut |key, slot| {
        if let Some(source) = slot.get(SOURCE_LANGUAGE) {
            out.push(Entry {
                key,
                source,
                target: slot.get(lang),
            });
        }
    });
    out
}

/// Puts a pack's texts into the data. Returns the keys the data has no text for (a pack made
/// for an older version of the data): they are left out, never guessed.
pub fn apply(data: &mut dyn Translatable, pack: &Pack) -> Vec<String> {
    let mut used = BTreeSet::new();
    data.walk_mut(&mut |key, mut slot| {
        if let Some((k, text)) = pack.texts.get_key_value(&key) {
            if !text.trim().is_empty() {
                slot.set(&pack.language, text);
            }
            used.insert(k.as_str());
        }
    });
    pack.texts
        .keys()
        .filter(|k| !used.contains(k.as_str()))
        .cloned()
        .collect()
}

/// The texts of `lang` the data holds, as a pack to publish beside it.
pub fn pack(data: &dyn Translatable, lang: &str) -> Pack {
    Pack {
        schema: SCHEMA,
        language: lang.to_owned(),
        texts: entries(data, lang)
            .into_iter()
            .filter_map(|e| e.target.map(|t| (e.key, t)))
            .collect(),
    }
}

/// How much of the data is written in `lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    pub done: usize,
    pub total: usize,
}

impl Coverage {
    /// Rounded down, so 100 % means every text; nothing to translate counts as done.
    pub fn percent(self) -> u32 {
        (self.done * 100)
            .checked_div(self.total)
            .map_or(100, |p| p as u32)
    }

    pub fn complete(self) -> bool {
        self.done == self.total
    }
}

pub fn coverage(data: &dyn Translatable, lang: &str) -> Coverage {
    let all = entries(data, lang);
    Coverage {
        done: all.iter().filter(|e| e.target.is_some()).count(),
        total: all.len(),
    }
}

/// Where a published pack of `lang` lies: beside the file it translates
/// (`/data/catalogue.json` → `/data/catalogue.tr.json`).
pub fn pack_url(base_url: &str, lang: &str) -> String {
    let (path, query) = base_url
        .split_once('?')
        .map_or((base_url, None), |(p, q)| (p, Some(q)));
    let stem = path.strip_suffix(".json").unwrap_or(path);
    match query {
        Some(q) => format!("{stem}.{lang}.json?{q}"),
        None => format!("{stem}.{lang}.json"),
    }
}

// --- The translation sheet -------------------------------------------------------------

/// Column of the key; the other two are the source language and the target language, named
/// by their tags so the sheet says what it holds.
const KEY_COLUMN: &str = "key";

/// A spreadsheet runs a cell that starts like a formula. Such a cell gets a leading `'`
/// (which spreadsheets show as text), and reading the sheet back takes it off again.
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// The sheet for `lang`: one row per text of all `data`, Dutch beside the translation (empty
/// where there is none yet). UTF-8 with a byte-order mark, so spreadsheets open it right.
pub fn sheet(data: &[&dyn Translatable], lang: &str) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record([KEY_COLUMN, SOURCE_LANGUAGE, lang]);
    for d in data {
        for e in entries(*d, lang) {
            let _ = w.write_record([
                e.key.as_str(),
                &defuse(&e.source),
                &defuse(e.target.as_deref().unwrap_or("")),
            ]);
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

/// Reads a filled-in sheet back for `data`. All or nothing: every row is checked, and a pack
/// comes back only when no row has a problem. A row whose Dutch text is no longer the one in
/// the data is refused (its translation would be of an old text); an empty translation is
/// simply not translated yet.
pub fn read_sheet(bytes: &[u8], data: &[&dyn Translatable]) -> Result<Pack, Vec<ImportError>> {
    let text = check_file(bytes).map_err(|e| vec![e])?;
    let first_line = text.lines().next().unwrap_or("");
    // Spreadsheets in Belgium save CSV with semicolons.
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let at = |place: Place, column: &str, problem| ImportError {
        place,
        column: column.to_owned(),
        problem,
    };
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_owned()).collect(),
        Err(_) => return Err(vec![at(Place::Row(1), "", ImportProblem::UnbalancedQuotes)]),
    };
    let mut errors = Vec::new();
    for (i, want) in [KEY_COLUMN, SOURCE_LANGUAGE].into_iter().enumerate() {
        if header.get(i).map(String::as_str) != Some(want) {
            errors.push(at(
                Place::Row(1),
                want,
                ImportProblem::MissingColumn(want.into()),
            ));
        }
    }
    let lang = header.get(2).cloned().unwrap_or_default();
    if !is_language_tag(&lang) || lang == SOURCE_LANGUAGE {
        errors.push(at(
            Place::Row(1),
            "",
            ImportProblem::WrongLanguage(lang.clone()),
        ));
    }
    if header.len() > 3 {
        errors.push(at(
            Place::Row(1),
            &header[3],
            ImportProblem::UnknownColumn(header[3].clone()),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let sources: BTreeMap<String, String> = data
        .iter()
        .flat_map(|d| entries(*d, &lang))
        .map(|e| (e.key, e.source))
        .collect();
    let mut texts = BTreeMap::new();
    for (i, record) in reader.records().enumerate() {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        let row = Place::Row(i + 2);
        let record = match record {
            Ok(r) => r,
            Err(_) => {
                errors.push(at(row, "", ImportProblem::UnbalancedQuotes));
                break;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // spreadsheets leave empty lines at the end
        }
        if record.len() != 3 {
            errors.push(at(
                row,
                "",
                ImportProblem::WrongColumnCount {
                    found: record.len(),
                    expected: 3,
                },
            ));
            continue;
        }
        let key = record[0].trim();
        let Some(source) = sources.get(key) else {
            errors.push(at(
                row,
                KEY_COLUMN,
                ImportProblem::UnknownKey(key.to_owned()),
            ));
            continue;
        };
        if undefuse(&record[1]).trim() != source.trim() {
            errors.push(at(
                row,
                SOURCE_LANGUAGE,
                ImportProblem::SourceChanged(key.to_owned()),
            ));
            continue;
        }
        let target = undefuse(&record[2]).trim();
        if target.is_empty() {
            continue;
        }
        if texts.insert(key.to_owned(), target.to_owned()).is_some() {
            errors.push(at(
                row,
                KEY_COLUMN,
                ImportProblem::DuplicateKey(key.to_owned()),
            ));
        }
    }
    if errors.is_empty() {
        Ok(Pack {
            schema: SCHEMA,
            language: lang,
            texts,
        })
    } else {
        Err(errors)
    }
}

/// A plain BCP 47 tag as the app uses them (`tr`, `pt-BR`, `zh-Hant`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests;
