//! One locale's messages: its `.ftl` files parsed into a Fluent bundle.
//! Fluent applies the CLDR plural rules and wraps placeables in bidi isolation marks,
//! so numbers and names stay readable inside right-to-left text.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs as Args;

/// The parsed messages of one language.
pub struct Messages {
    tag: String,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("tag", &self.tag).finish()
    }
}

impl Messages {
    /// Parses the given `.ftl` sources for `tag`. Any syntax error or duplicate message
    /// is reported (with the language tag) rather than silently dropped.
    pub fn parse<'s>(
        tag: &str,
        sources: impl IntoIterator<Item = &'s str>,
    ) -> Result<Self, Vec<String>> {
        let langid: LanguageIdentifier = tag.parse().map_err(|e| vec![format!("{tag}: {e}")])?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        let mut errors = Vec::new();
        for source in sources {
            match FluentResource::try_new(source.to_owned()) {
                Ok(resource) => {
                    if let Err(errs) = bundle.add_resource(resource) {
                        errors.extend(errs.into_iter().map(|e| format!("{tag}: {e:?}")));
                    }
                }
                Err((_, errs)) => errors.extend(errs.into_iter().map(|e| format!("{tag}: {e:?}"))),
            }
        }
        if errors.is_empty() {
            Ok(Messages {
                tag: tag.to_owned(),
                bundle,
            })
        } else {
            Err(errors)
        }
    }

    pub fn tag(&self) -> &str {
        &self.tag
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The formatted message, or `None` when this locale lacks it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_plain_and_plural_messages() {
        let ftl = "hello = Hallo\nresults = { $count ->\n    [one] { $count } resultaat\n   *[other] { $count } resultaten\n}\n";
        let m = Messages::parse("nl", [ftl]).unwrap();
        assert_eq!(m.format("hello", None).as_deref(), Some("Hallo"));
        let mut args = FluentArgs::new();
        args.set("count", 1);
        assert_eq!(
            m.format("results", Some(&args)).unwrap(),
            "\u{2068}1\u{2069} resultaat"
        );
        args.set("count", 5);
        assert_eq!(
            m.format("results", Some(&args)).unwrap(),
            "\u{2068}5\u{2069} resultaten"
        );
        assert_eq!(m.format("missing", None), None);
    }

    #[test]
    fn arabic_plural_categories_come_from_cldr() {
        let ftl = "n = { $count ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let m = Messages::parse("ar", [ftl]).unwrap();
        let cat = |n: i64| {
            let mut a = FluentArgs::new();
            a.set("count", n);
            m.format("n", Some(&a)).unwrap()
        };
        assert_eq!(cat(0), "zero");
        assert_eq!(cat(2), "two");
        assert_eq!(cat(3), "few");
        assert_eq!(cat(11), "many");
        assert_eq!(cat(100), "other");
    }

    #[test]
    fn syntax_errors_and_duplicates_are_reported() {
        assert!(Messages::parse("nl", ["ok = fine\nbroken = {\n"]).is_err());
        assert!(Messages::parse("nl", ["a = 1\n", "a = 2\n"]).is_err());
        assert!(Messages::parse("not a tag!", ["a = 1\n"]).is_err());
    }
}
