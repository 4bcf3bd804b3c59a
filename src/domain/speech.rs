//! What read-aloud says. The page gives its text in parts; this turns them into utterances a
//! speech engine reads well: phone numbers digit by digit ("0 3, 5 5 5"), not as millions;
//! times as times ("9:00 to 12:00"), not as "nine colon zero zero minus twelve".

/// A piece of text taken from the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Ordinary text.
    Text(String),
    /// A number to read digit by digit (a phone number, marked as such in the page).
    Digits(String),
    /// The end of a block (paragraph, heading, list item): a pause, a new utterance.
    Break,
    /// The edge of an inline element: words on either side stay apart.
    Gap,
}

/// Whether a voice whose language the browser reports as `voice_lang` ("nl-BE", "nl_NL", "ar")
/// speaks the language `tag`: the primary subtags match.
pub fn voice_speaks(voice_lang: &str, tag: &str) -> bool {
    let primary = |s: &str| {
        s.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    !tag.is_empty() && primary(voice_lang) == primary(tag)
}

/// A number read digit by digit, its groups kept as short pauses:
/// `+32 3 555 10 00` gives `+ 3 2, 3, 5 5 5, 1 0, 0 0`.
pub fn spell_digits(number: &str) -> String {
    let mut groups: Vec<String> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut plus = false;
    for c in number.chars() {
        if c.is_ascii_digit() {
            current.push(c.to_string());
        } else {
            if c == '+' && groups.is_empty() && current.is_empty() {
                plus = true;
            }
            if !current.is_empty() {
                groups.push(current.join(" "));
                current.clear();
            }
        }
    }
    if !current.is_empty() {
        groups.push(current.join(" "));
    }
    let spelled = groups.join(", ");
    if plus {
        format!("+ {spelled}")
    } else {
        spelled
    }
}

/// Phone numbers inside running text spelled digit by digit. A phone number here starts with
/// `+` or `0` and has 9 to 15 digits, separated by at most single spaces, dots or slashes
/// (Belgian numbers: `03 555 10 00`, `0470 12 34 56`, `+32 3 555 10 00`).
pub fn spell_phone_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts = (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
            || (chars[i] == '0' && (i == 0 || !chars[i - 1].is_alphanumeric()));
        if starts {
            if let Some(end) = phone_end(&chars, i) {
                let number: String = chars[i..end].iter().collect();
                out.push_str(&spell_digits(&number));
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The end of a phone number starting at `start`, if one starts there.
fn phone_end(chars: &[char], start: usize) -> Option<usize> {
    let mut digits = 0;
    let mut end = start;
    let mut i = start;
    if chars[i] == '+' {
        i += 1;
    }
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            digits += 1;
            i += 1;
            end = i;
        } else if matches!(c, ' ' | '.' | '/') && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    let followed_by_word = chars.get(end).is_some_and(|c| c.is_alphanumeric());
    ((9..=15).contains(&digits) && !followed_by_word).then_some(end)
}

/// Clock times made speakable: leading zeros dropped (`09:00` → `9:00`) and a range
/// (`09:00-12:00`, `09:00 – 12:00`) put into words by `range(from, to)`.
pub fn speak_times(text: &str, range: impl Fn(&str, &str) -> String) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some((from, after)) = time_at(&chars, i) {
            let mut j = after;
            while chars.get(j) == Some(&' ') {
                j += 1;
            }
            if matches!(chars.get(j), Some('-' | '–' | '—')) {
                let mut k = j + 1;
                while chars.get(k) == Some(&' ') {
                    k += 1;
                }
                if let Some((to, end)) = time_at(&chars, k) {
                    out.push_str(&range(&from, &to));
                    i = end;
                    continue;
                }
            }
            out.push_str(&from);
            i = after;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A time `H:MM` or `HH:MM` (hours below 24) starting at `i`, not part of a longer number.
fn time_at(chars: &[char], i: usize) -> Option<(String, usize)> {
    if i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == ':') {
        return None;
    }
    let digit = |k: usize| chars.get(k).and_then(|c| c.to_digit(10));
    let (hours, colon) = match (digit(i), digit(i + 1)) {
        (Some(a), Some(b)) => (a * 10 + b, i + 2),
        (Some(a), None) => (a, i + 1),
        _ => return None,
    };
    if chars.get(colon) != Some(&':') || hours > 23 {
        return None;
    }
    let (Some(m1), Some(m2)) = (digit(colon + 1), digit(colon + 2)) else {
        return None;
    };
    if m1 > 5 || digit(colon + 3).is_some() {
        return None;
    }
    Some((format!("{hours}:{m1}{m2}"), colon + 3))
}

/// Bidi isolation marks and other invisible format characters a speech engine might read out.
fn strip_format_characters(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The utterances for a page or a card: one per block, whitespace tidied, phone numbers and
/// times made speakable, empty blocks dropped.
pub fn utterances(parts: &[Part], range: impl Fn(&str, &str) -> String) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut flush = |current: &mut String| {
        let text = strip_format_characters(current);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            blocks.push(text);
        }
        current.clear();
    };
    for part in parts {
        match part {
            Part::Text(t) => {
                let t = strip_format_characters(t);
                current.push_str(&speak_times(&spell_phone_numbers(&t), &range));
            }
            Part::Gap => current.push(' '),
            Part::Digits(d) => {
                current.push(' ');
                current.push_str(&spell_digits(&strip_format_characters(d)));
                current.push(' ');
            }
            Part::Break => flush(&mut current),
        }
    }
    flush(&mut current);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn until(a: &str, b: &str) -> String {
        format!("{a} tot {b}")
    }

    #[test]
    fn voices_match_on_the_primary_subtag() {
        assert!(voice_speaks("nl-BE", "nl"));
        assert!(voice_speaks("nl_NL", "nl"));
        assert!(voice_speaks("AR", "ar"));
        assert!(voice_speaks("fa-IR", "fa"));
        assert!(!voice_speaks("en-US", "nl"));
        assert!(!voice_speaks("", "nl"));
        assert!(!voice_speaks("nl", ""));
    }

    #[test]
    fn numbers_are_spelled_digit_by_digit_in_their_groups() {
        assert_eq!(spell_digits("+32 3 555 10 00"), "+ 3 2, 3, 5 5 5, 1 0, 0 0");
        assert_eq!(spell_digits("112"), "1 1 2");
        assert_eq!(spell_digits("116 000"), "1 1 6, 0 0 0");
        assert_eq!(spell_digits("070 245 245"), "0 7 0, 2 4 5, 2 4 5");
        assert_eq!(spell_digits("03/555.10.00"), "0 3, 5 5 5, 1 0, 0 0");
    }

    #[test]
    fn phone_numbers_in_text_are_found() {
        assert_eq!(
            spell_phone_numbers("Bel 03 555 10 00 of mail."),
            "Bel 0 3, 5 5 5, 1 0, 0 0 of mail."
        );
        assert_eq!(
            spell_phone_numbers("WhatsApp +32 470 55 10 00"),
            "WhatsApp + 3 2, 4 7 0, 5 5, 1 0, 0 0"
        );
        // Not phone numbers: too short, a year, a postcode, a time, a date.
        for text in [
            "Ravelplein 3, 2999 Ravelstad",
            "in 2026",
            "om 09:00",
            "op 23/11/2026",
            "bel 0123",
            "code 0123456789abc",
        ] {
            assert_eq!(spell_phone_numbers(text), text);
        }
    }

    #[test]
    fn times_are_read_as_times() {
        assert_eq!(
            speak_times("open 09:00-12:00", until),
            "open 9:00 tot 12:00"
        );
        assert_eq!(speak_times("14:00 – 16:30", until), "14:00 tot 16:30");
        assert_eq!(speak_times("tot 09:05", until), "tot 9:05");
        assert_eq!(speak_times("7:30", until), "7:30");
        // Not times.
        for text in ["25:00", "3:75", "12:345", "2:3", "score 10:2"] {
            assert_eq!(speak_times(text, until), text, "{text}");
        }
    }

    #[test]
    fn utterances_follow_the_blocks() {
        let parts = [
            Part::Text("  Onthaal ".into()),
            Part::Text("\u{2068}Huis\u{2069}".into()),
            Part::Break,
            Part::Break,
            Part::Text("Open tot 12:00, bel".into()),
            Part::Digits("\u{2068}+32 3 555 10 00\u{2069}".into()),
            Part::Break,
            Part::Text("Ma 09:00-12:00".into()),
        ];
        assert_eq!(
            utterances(&parts, until),
            [
                "Onthaal Huis",
                "Open tot 12:00, bel + 3 2, 3, 5 5 5, 1 0, 0 0",
                "Ma 9:00 tot 12:00"
            ]
        );
        assert!(utterances(&[Part::Break, Part::Text(" ".into())], until).is_empty());
        // The range's own message may isolate its placeables; the marks go too.
        let isolating = |a: &str, b: &str| format!("\u{2068}{a}\u{2069} tot \u{2068}{b}\u{2069}");
        let parts = [
            Part::Text("13:30–15:00".into()),
            Part::Gap,
            Part::Text("Praattafel".into()),
        ];
        assert_eq!(
            utterances(&parts, isolating),
            ["13:30 tot 15:00 Praattafel"]
        );
    }
}
