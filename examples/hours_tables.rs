//! Compiles the opening hours of a catalogue file into tables (`domain::hours::table`), from
//! its `updated` day, and writes the file back. Run after editing hours by hand:
//! `cargo run --example hours_tables [public/data/catalogue.json]`.
//! A host test (`tests/default_catalogue.rs`) fails while the shipped tables are out of date.

use buurtwijzer::domain::catalogue::Catalogue;
use buurtwijzer::domain::dates::parse_date;
use buurtwijzer::domain::validate;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/catalogue.json".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut c: Catalogue = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let from = parse_date(&c.updated).expect("`updated` is a YYYY-MM-DD date");
    // From scratch, so every table starts on `updated`.
    c.hours_tables.clear();
    let problems = validate::compile_hours(&mut c, from);
    if !problems.is_empty() {
        eprintln!("{problems:#?}");
        std::process::exit(1);
    }
    let mut out = serde_json::to_string_pretty(&c).expect("serialises");
    out.push('\n');
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("{path}: {e}"));
    println!("{path}: {} tables from {}", c.hours_tables.len(), c.updated);
}
