use super::*;
use crate::domain::validate::load;

fn small() -> Catalogue {
    load(include_str!("../../../tests/fixtures/small-catalogue.json")).unwrap()
}

fn first_offer_key(c: &Catalogue) -> String {
    format!("offer.{}.name", c.offers[0].id)
}

#[test]
fn a_pack_puts_its_texts_in_and_names_the_keys_it_could_not_place() {
    let mut c = small();
    let key = first_offer_key(&c);
    let p = Pack {
        schema: SCHEMA,
        language: "tr".into(),
        texts: [
            (key, "Karşılama".to_owned()),
            ("offer.gone.name".to_owned(), "Eski".to_owned()),
            ("neighbourhood.name".to_owned(), "   ".to_owned()),
        ]
        .into_iter()
        .collect(),
    };
    let unknown = apply(&mut c, &p);
    assert_eq!(unknown, vec!["offer.gone.name".to_owned()]);
    assert_eq!(c.offers[0].name.exact("tr"), Some("Karşılama"));
    // An empty text translates nothing.
    assert!(!c.neighbourhood.name.has("tr"));
}

#[test]
fn taking_a_language_out_as_a_pack_and_putting_it_back_gives_the_same_data() {
    let full = small();
    for lang in ["en", "fr", "ar"] {
        let p = pack(&full, lang);
        assert!(!p.texts.is_empty(), "{lang}");
        let mut without = full.clone();
        without.walk_mut(&mut |_, slot| {
            if let SlotMut::Text(t) = slot {
                *t = t
                    .all()
                    .filter(|(l, _)| *l != lang)
                    .map(|(l, s)| (l.to_owned(), s.to_owned()))
                    .collect();
            }
        });
        assert_ne!(without, full);
        assert!(apply(&mut without, &p).is_empty());
        assert_eq!(without, full, "{lang}");
    }
}

#[test]
fn search_words_travel_as_one_cell_separated_by_semicolons() {
    let json = r#"{"schema":1,"topics":[{"id":"t","pictogram":"baby","label":{"nl":"Baby"},
        "questions":[{"id":"q","pictogram":"baby","text":{"nl":"Vraag"},"offers":["x"],
        "synonyms":{"nl":["crèche","kinderopvang"]}}]}]}"#;
    let mut q: Questions = serde_json::from_str(json).unwrap();
    let e = entries(&q, "tr");
    assert_eq!(e[2].key, "question.q.synonyms");
    assert_eq!(e[2].source, "crèche; kinderopvang");
    assert_eq!(e[2].target, None);
    let p = Pack {
        schema: SCHEMA,
        language: "tr".into(),
        texts: [(
            "question.q.synonyms".to_owned(),
            " kreş ;çocuk bakımı; ;kres".to_owned(),
        )]
        .into_iter()
        .collect(),
    };
    assert!(apply(&mut q, &p).is_empty());
    let words = &q.topics[0].questions[0].synonyms["tr"];
    assert_eq!(words, &["kreş", "çocuk bakımı", "kres"]);
}

#[test]
fn coverage_counts_the_texts_with_a_dutch_source() {
    let c = small();
    let all = coverage(&c, "nl");
    assert!(all.complete());
    assert_eq!(all.percent(), 100);
    let none = coverage(&c, "ti");
    assert_eq!(none.done, 0);
    assert_eq!(none.total, all.total);
    assert_eq!(none.percent(), 0);
}

#[test]
fn packs_lie_beside_the_file_they_translate() {
    assert_eq!(
        pack_url("/data/catalogue.json", "tr"),
        "/data/catalogue.tr.json"
    );
    assert_eq!(
        pack_url("https://x.example/c.json?v=2", "pt-BR"),
        "https://x.example/c.pt-BR.json?v=2"
    );
}

fn sheet_of(c: &Catalogue, lang: &str) -> String {
    sheet(&[c], lang)
}

#[test]
fn a_sheet_comes_back_as_the_pack_it_was_made_from() {
    let c = small();
    let s = sheet_of(&c, "en");
    assert!(s.starts_with("\u{feff}key,nl,en\r\n"), "{s}");
    assert_eq!(read_sheet(s.as_bytes(), &[&c]).unwrap(), pack(&c, "en"));
    // A language not there yet: every row has an empty third cell, and reads back empty.
    let empty = read_sheet(sheet_of(&c, "ti").as_bytes(), &[&c]).unwrap();
    assert_eq!(empty.language, "ti");
    assert!(empty.texts.is_empty());
}

#[test]
fn cells_that_look_like_formulas_are_defused_and_read_back_unchanged() {
    let mut c = small();
    c.offers[0].name.set("nl", "=HYPERLINK(\"http://evil\")");
    c.offers[0].name.set("en", "+32 3 555");
    let s = sheet_of(&c, "en");
    assert!(s.contains("'=HYPERLINK"), "{s}");
    assert!(s.contains("'+32 3 555"), "{s}");
    let back = read_sheet(s.as_bytes(), &[&c]).unwrap();
    assert_eq!(back.texts[&first_offer_key(&c)], "+32 3 555");
}

#[test]
fn a_semicolon_sheet_from_a_belgian_spreadsheet_reads_too() {
    let c = small();
    let key = first_offer_key(&c);
    let nl = c.offers[0].name.get("nl");
    let s = format!("key;nl;tr\n{key};{nl};Karşılama\n;;\n");
    let p = read_sheet(s.as_bytes(), &[&c]).unwrap();
    assert_eq!(p.language, "tr");
    assert_eq!(p.texts[&key], "Karşılama");
}

#[test]
fn every_bad_row_is_named_and_nothing_comes_back() {
    let c = small();
    let key = first_offer_key(&c);
    let nl = c.offers[0].name.get("nl");
    let s = format!(
        "key,nl,tr\n{key},{nl},Bir\nofer.x.name,X,Y\n{key},Oud,Eski\n{key},{nl},İki\n{key},{nl}\n"
    );
    let errors = read_sheet(s.as_bytes(), &[&c]).unwrap_err();
    let found: Vec<(Place, &str)> = errors
        .iter()
        .map(|e| (e.place.clone(), e.problem.code()))
        .collect();
    assert_eq!(
        found,
        vec![
            (Place::Row(3), "unknown-key"),
            (Place::Row(4), "source-changed"),
            (Place::Row(5), "duplicate-key"),
            (Place::Row(6), "column-count"),
        ]
    );
    assert_eq!(errors[0].problem.detail(), "ofer.x.name");
}

#[test]
fn a_sheet_must_say_which_language_it_holds() {
    let c = small();
    for (header, code) in [
        ("key,nl,Turks", "wrong-language"),
        ("key,nl,nl", "wrong-language"),
        ("key,nl", "wrong-language"),
        ("id,nl,tr", "missing-column"),
        ("key,nl,tr,en", "unknown-column"),
    ] {
        let errors = read_sheet(format!("{header}\n").as_bytes(), &[&c]).unwrap_err();
        assert_eq!(errors[0].problem.code(), code, "{header}");
        assert_eq!(errors[0].place, Place::Row(1));
    }
    assert_eq!(
        read_sheet(b"", &[&c]).unwrap_err()[0].problem.code(),
        "empty"
    );
}

#[test]
fn a_huge_broken_sheet_lists_a_bounded_number_of_problems() {
    let c = small();
    let mut s = String::from("key,nl,tr\n");
    for i in 0..10_000 {
        s.push_str(&format!("nope.{i}.name,a,b\n"));
    }
    let errors = read_sheet(s.as_bytes(), &[&c]).unwrap_err();
    assert_eq!(errors.len(), MAX_ERRORS);
}
