//! Compatibility decomposition (NFKD) with combining marks removed: the accent-dropping step of
//! search folding. In the browser this is `String.prototype.normalize` and a `\p{M}` RegExp,
//! which the browser's ICU already carries, so the wasm holds no Unicode tables; on the host
//! (tests, benchmarks) the `unicode-normalization` crate does the same. One table of cases,
//! `tests/support/fold_cases.rs`, runs against both (`tests/search_queries.rs` on the host,
//! `tests/browser_apis.rs` in Chromium).

use std::borrow::Cow;

/// `text` in NFKD without combining marks (General Category M) and without tatweel (U+0640).
pub fn strip_marks(text: &str) -> Cow<'_, str> {
    // ASCII has nothing to decompose and no marks: most Dutch, French and English words.
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(platform::strip_marks(text))
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;

    pub fn strip_marks(text: &str) -> String {
        text.nfkd()
            .filter(|&c| !is_combining_mark(c) && c != '\u{0640}')
            .collect()
    }
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use js_sys::{JsString, RegExp};

    thread_local! {
        static MARKS: RegExp = RegExp::new("[\\p{M}\\u0640]", "gu");
    }

    pub fn strip_marks(text: &str) -> String {
        let decomposed = JsString::from(text).normalize("NFKD");
        MARKS
            .with(|marks| decomposed.replace_by_pattern(marks, ""))
            .into()
    }
}
