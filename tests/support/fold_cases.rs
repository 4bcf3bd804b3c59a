//! Search folding, case by case: (text, folded). Run on the host (`unicode-normalization`) by
//! `tests/search_queries.rs` and in Chromium (`String.prototype.normalize`) by
//! `tests/browser_apis.rs`, so both implementations of `domain::unicode` are held to one table.

pub const FOLD_CASES: &[(&str, &str)] = &[
    ("Crèche", "creche"),
    ("ÉCOLE", "ecole"),
    ("Straße", "strasse"),
    ("Kinderopvang", "kinderopvang"),
    ("naïef coördinatie", "naief coordinatie"),
    ("ﬁets", "fiets"),    // ligature (compatibility decomposition)
    ("Ｋｉｎｄ", "kind"), // full-width letters
    ("x²", "x2"),
    ("حَضَانَة", "حضانه"),    // harakat dropped, ta marbuta folded
    ("حضـــانة", "حضانه"), // tatweel dropped
    ("أطفال", "اطفال"),
    ("إسم", "اسم"),
    ("آباء", "اباء"),
    ("مستشفى", "مستشفي"),
    ("کودک", "كودك"), // Persian kaf
    ("بازی", "بازي"), // Persian yeh
    ("٠٣ ۱۲", "03 12"),
    ("Ğüzel çocuk", "guzel cocuk"),
    ("Žłobek", "złobek"), // ł has no decomposition
    ("Школа й", "школа и"),
    ("ሕፃናት", "ሕፃናት"),
    ("👶 baby", "👶 baby"),
];
