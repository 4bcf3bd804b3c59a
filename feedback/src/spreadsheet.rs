//! Cells a spreadsheet would run as a formula. Files staff open in Excel or LibreOffice hold
//! words from anyone (a parent's feedback, an imported offer), so such a cell gets a leading
//! `'`, which spreadsheets read as "this is text" (OWASP's CSV injection advice).

/// Whether `value` needs the guard: it starts with `=`, `+`, `-`, `@`, tab or CR, or it is a
/// `'` before a value that does (so that [`unguard`] gives back exactly what [`guard`] got).
fn needs_guard(value: &str) -> bool {
    match value.strip_prefix('\'') {
        Some(rest) => needs_guard(rest),
        None => value.starts_with(['=', '+', '-', '@', '\t', '\r']),
    }
}

/// The cell as written: `'` + `value` when a spreadsheet would run it.
pub fn guard(value: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(value) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

/// The value of a cell [`guard`] wrote; any other cell as it is.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_guarded_and_text_is_left_alone() {
        assert_eq!(guard("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard("+32 3 123 45 67"), "'+32 3 123 45 67");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("'=x"), "''=x");
        assert_eq!(guard("Zwemles"), "Zwemles");
        assert_eq!(guard("'t Kasteeltje"), "'t Kasteeltje");
        assert_eq!(unguard("'t Kasteeltje"), "'t Kasteeltje");
        assert_eq!(unguard("'=x"), "=x");
    }

    proptest! {
        #[test]
        fn unguard_gives_back_what_guard_got(value in "['=+@\\-\t\r a-z]{0,8}") {
            let written = guard(&value);
            prop_assert_eq!(unguard(&written), value.as_str());
            prop_assert!(!written.starts_with(['=', '+', '-', '@', '\t', '\r']));
        }
    }
}
