//! Share to phone: a QR code of the page's own deep link, in the same language, so a parent
//! scans it from the waiting-room tablet and opens the same page on their own phone.
//! Drawn as one SVG path, generated in the app: no network, no third party.

use qrcode::{Color, QrCode};

/// The deep link: `origin` + `path`, with `lang` set (replacing any `lang` already there).
pub fn deep_link(origin: &str, path: &str, query: &[(String, String)], lang: &str) -> String {
    let mut pairs: Vec<String> = query
        .iter()
        .filter(|(k, _)| k != "lang")
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    pairs.push(format!("lang={}", encode(lang)));
    format!("{origin}{path}?{}", pairs.join("&"))
}

/// Percent-encoding for a query component (RFC 3986 unreserved characters stay).
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The QR code as (size in modules including a 4-module quiet zone, SVG path of dark modules).
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let quiet = 4;
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (i % width + quiet, i / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((width + 2 * quiet, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_link_keeps_the_page_and_sets_the_language() {
        let q = vec![
            ("question".to_string(), "need-creche".to_string()),
            ("lang".to_string(), "nl".to_string()),
        ];
        assert_eq!(
            deep_link("https://buurt.example", "/ask", &q, "ar"),
            "https://buurt.example/ask?question=need-creche&lang=ar"
        );
        assert_eq!(
            deep_link("http://x", "/offers/a b", &[], "fr"),
            "http://x/offers/a b?lang=fr"
        );
        let q = vec![("q".to_string(), "حضانة & co".to_string())];
        assert!(deep_link("http://x", "/ask", &q, "ar").starts_with("http://x/ask?q=%D8%AD"));
    }

    #[test]
    fn qr_has_a_quiet_zone_and_dark_modules() {
        let (size, path) = qr_path("https://buurt.example/offers/hvhk-onthaal?lang=ar").unwrap();
        assert!(size >= 21 + 8);
        assert!(
            path.starts_with("M4 4h1v1h-1z"),
            "finder pattern starts at the quiet zone"
        );
        assert!(path.matches('M').count() > 100);
    }
}
