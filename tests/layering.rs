//! The layers, checked from the source: every `crate::<module>` a file names must be a layer it
//! may use, and the domain names no web crate. Imports are meant to run one way:
//! pages → components → state → storage → domain, with i18n beside them and `browser`
//! (every web API) under state. There are no exceptions (the last ones went with issue #20).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The layer a source file belongs to, by its path under `src/`.
fn layer(rel: &str) -> &str {
    match rel.split('/').next().unwrap_or("") {
        "app.rs" | "lib.rs" | "main.rs" => "root",
        first => first.trim_end_matches(".rs"),
    }
}

/// The layers each layer may name (itself always allowed). `None`: not checked (the app's root
/// wires everything together).
fn allowed(layer: &str) -> Option<&'static [&'static str]> {
    Some(match layer {
        "domain" => &[],
        "storage" => &["domain"],
        "i18n" => &["domain", "browser"], // the locale loader fetches through browser::http
        "browser" => &["domain", "i18n"],
        "state" => &["storage", "domain", "i18n", "browser"],
        "components" => &["state", "domain", "i18n"],
        "pages" => &["components", "state", "domain", "i18n"],
        _ => return None,
    })
}

/// The layer a `crate::<module>` path names.
fn named_layer(module: &str) -> &str {
    match module {
        "for_each_storage_check" => "storage", // the storage suite's macro, exported at the root
        other => other,
    }
}

/// Web crates the domain must not name (it is tested with plain `cargo test`).
const WEB: &[&str] = &[
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "leptos",
    "gloo",
    "indexed_db",
];
/// The one domain file allowed a web crate today: it asks the browser's `String.normalize`
/// (under `cfg(target_arch = "wasm32")`) instead of shipping the Unicode tables.
const WEB_IN_DOMAIN: &[&str] = &["domain/unicode.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source without `//` comments, so prose that mentions a path does not count.
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every top-level module named as `crate::x` or inside `crate::{x, y::z}`.
fn crate_modules(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (i, _) in code.match_indices("crate::") {
        let rest = code[i + "crate::".len()..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level names of the group: split on commas outside nested braces.
            let mut depth = 0;
            let mut start = 0;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        found.insert(ident(group[start..j].trim()));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.insert(ident(group[start..j].trim()));
                        start = j + 1;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident(rest));
        }
    }
    found.remove("");
    found
}

fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, code(&fs::read_to_string(&p).unwrap()))
        })
        .collect()
}

#[test]
fn every_file_names_only_the_layers_below_it() {
    let mut wrong = Vec::new();
    for (rel, code) in sources() {
        let own = layer(&rel);
        let Some(may) = allowed(own) else { continue };
        for module in crate_modules(&code) {
            let named = named_layer(&module);
            if named == own || may.contains(&named) {
                continue;
            }
            wrong.push(format!("src/{rel} ({own}) uses crate::{module} ({named})"));
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_domain_names_no_web_crate() {
    let mut wrong = Vec::new();
    for (rel, code) in sources() {
        if layer(&rel) != "domain" || WEB_IN_DOMAIN.contains(&rel.as_str()) {
            continue;
        }
        for web in WEB {
            if code.contains(&format!("{web}::")) || code.contains(&format!("use {web}")) {
                wrong.push(format!("src/{rel} uses {web}"));
            }
        }
    }
    assert!(wrong.is_empty(), "web in the domain:\n{}", wrong.join("\n"));
}

#[test]
fn the_checker_sees_groups_paths_and_ignores_comments() {
    let found = crate_modules(&code(
        "use crate::{state::{A, B}, storage::outbox};\nlet x = crate::browser::now();\n// crate::pages\n",
    ));
    let want: BTreeSet<String> = ["state", "storage", "browser"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(found, want);
}
