//! The locale files, checked as a translator or CI would: every language listed has every
//! file, every file parses, no message is missing or extra compared with Dutch (the source),
//! and a placeable (`{ $count }`) used in a translation exists in the Dutch message too.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::functions::FUNCTIONS;
use buurtwijzer::i18n::{languages, Messages, DEFAULT_LANGUAGE, FTL_FILES};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Message id → the variables it uses, for one locale.
type Ids = BTreeMap<String, BTreeSet<String>>;

fn read(tag: &str, file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(tag)
        .join(file);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn ids(tag: &str) -> Ids {
    let mut all = Ids::new();
    for file in FTL_FILES {
        let source = read(tag, file);
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{tag}/{file}: syntax errors {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                for attribute in &m.attributes {
                    variables(&attribute.value, &mut vars);
                }
                assert!(
                    all.insert(m.id.name.to_string(), vars).is_none(),
                    "{tag}/{file}: {} defined twice",
                    m.id.name
                );
            }
        }
    }
    all
}

#[test]
fn every_language_has_a_folder_and_every_folder_a_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let folders: BTreeSet<String> = fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = languages::all().iter().map(|l| l.tag.clone()).collect();
    assert_eq!(
        folders, listed,
        "locales/ folders and locales/languages.json disagree"
    );
}

#[test]
fn every_locale_parses_into_a_bundle() {
    for language in languages::all() {
        let sources: Vec<String> = FTL_FILES.iter().map(|f| read(&language.tag, f)).collect();
        Messages::parse(&language.tag, sources.iter().map(String::as_str))
            .unwrap_or_else(|e| panic!("{}: {e:?}", language.tag));
    }
}

#[test]
fn no_message_missing_or_extra_and_placeables_match_the_source() {
    let source = ids(DEFAULT_LANGUAGE);
    let mut problems = Vec::new();
    for language in languages::all()
        .iter()
        .filter(|l| l.tag != DEFAULT_LANGUAGE)
    {
        let translated = ids(&language.tag);
        for id in source.keys().filter(|id| !translated.contains_key(*id)) {
            problems.push(format!("{}: missing {id}", language.tag));
        }
        for (id, vars) in &translated {
            match source.get(id) {
                None => problems.push(format!("{}: extra {id}", language.tag)),
                Some(source_vars) => {
                    for var in vars.difference(source_vars) {
                        problems.push(format!(
                            "{}: {id} uses ${var}, the source does not",
                            language.tag
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn messages_the_code_asks_for_exist() {
    let source = ids(DEFAULT_LANGUAGE);
    let used = FUNCTIONS.iter().map(|f| f.label_id()).chain(
        [
            "app-name",
            "home-title",
            "nav-home",
            "language-picker",
            "not-found-title",
        ]
        .map(String::from),
    );
    for id in used.chain(feedback_message_ids()) {
        assert!(source.contains_key(&id), "locales/nl lacks {id}");
    }
}

/// Ids the feedback screens build from codes: faces, reasons, topics, kinds, check themes.
fn feedback_message_ids() -> Vec<String> {
    use buurtwijzer::domain::feedback::{check::THEMES, Face, Kind, Reason, Topic};
    let mut ids: Vec<String> = Face::ALL
        .iter()
        .map(|f| format!("face-{}", f.code()))
        .collect();
    ids.extend(Reason::ALL.iter().map(|r| format!("reason-{}", r.code())));
    ids.extend(Topic::ALL.iter().map(|t| format!("topic-{}", t.code())));
    ids.extend(Kind::ALL.iter().map(|k| format!("staff-kind-{}", k.code())));
    for t in THEMES {
        ids.push(format!("theme-{}", t.code));
        ids.push(format!("theme-{}-question", t.code));
    }
    ids
}

#[test]
fn pictograms_listed_are_vendored_with_their_licence() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("public/pictograms");
    assert!(dir.join("LICENSE").is_file());
    let listed: BTreeSet<String> = fs::read_to_string(root.join("scripts/pictograms.txt"))
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let vendored: BTreeSet<String> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .to_str()?
                .strip_suffix(".svg")
                .map(String::from)
        })
        .collect();
    assert_eq!(
        listed, vendored,
        "run `npm run pictograms` after editing scripts/pictograms.txt"
    );
    use buurtwijzer::domain::feedback::{check::THEMES, Face, Reason, Topic};
    let feedback = Face::ALL
        .iter()
        .map(|f| f.pictogram())
        .chain(Reason::ALL.iter().map(|r| r.pictogram()))
        .chain(Topic::ALL.iter().map(|t| t.pictogram()))
        .chain(THEMES.iter().map(|t| t.pictogram));
    for name in feedback {
        assert!(
            listed.contains(name),
            "{name} is not in scripts/pictograms.txt"
        );
    }
    for f in FUNCTIONS {
        assert!(
            listed.contains(f.pictogram),
            "{} is not in scripts/pictograms.txt",
            f.pictogram
        );
    }
}

/// Every message that takes arguments formats without an error in every locale, for counts
/// that hit each CLDR plural category (0, 1, 2, 3–4, 5–20, 21, 100…), so no translation
/// selects on a category its language lacks without a default, or misspells a variable.
#[test]
fn messages_with_arguments_format_in_every_locale() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let source = ids(DEFAULT_LANGUAGE);
    let mut problems = Vec::new();
    for language in languages::all() {
        let mut bundle = FluentBundle::new(vec![language.tag.parse().unwrap()]);
        for file in FTL_FILES {
            bundle
                .add_resource(FluentResource::try_new(read(&language.tag, file)).unwrap())
                .unwrap();
        }
        for (id, vars) in source.iter().filter(|(_, vars)| !vars.is_empty()) {
            for n in [0, 1, 2, 3, 5, 11, 21, 22, 100, 101] {
                let mut args = FluentArgs::new();
                for var in vars {
                    match var.as_str() {
                        "code" | "day" | "week" | "weekday" | "time" | "date" | "start" | "end"
                        | "from" | "to" | "name" | "organization" | "offer" | "text" => {
                            args.set(var.as_str(), "x")
                        }
                        _ => args.set(var.as_str(), n),
                    }
                }
                let message = bundle.get_message(id).unwrap();
                let mut errors = Vec::new();
                let text =
                    bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
                if !errors.is_empty() || text.trim().is_empty() || text.contains('{') {
                    problems.push(format!(
                        "{}: {id} with {n}: {errors:?} {text:?}",
                        language.tag
                    ));
                    break;
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Labels that sit beside a pictogram (navigation, functions, filters, actions) stay short in
/// every language, so they fit on a phone.
#[test]
fn labels_beside_pictograms_are_short() {
    const SHORT: &[&str] = &[
        "nav-",
        "function-",
        "filter-",
        "cost-",
        "age-",
        "when-now",
        "when-today",
        "walk-in",
        "interpreter-toggle",
        "interpreter-swap",
        "read-aloud-stop",
        "favourite-",
        "face-",
        "language-picker",
        "offer-call",
        "offer-email",
        "offer-website",
        "offer-whatsapp",
    ];
    let mut long = Vec::new();
    for language in languages::all() {
        for file in FTL_FILES {
            for line in read(&language.tag, file).lines() {
                let Some((id, text)) = line.split_once(" = ") else {
                    continue;
                };
                let short = SHORT
                    .iter()
                    .any(|p| id == *p || (p.ends_with('-') && id.starts_with(p)));
                if short && !id.ends_with("-title") && text.split_whitespace().count() > 5 {
                    long.push(format!("{}: {id} = {text}", language.tag));
                }
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}
