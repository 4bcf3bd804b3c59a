//! The seven essential functions of a neighbourhood network for children and families.
//! They are the top-level categories of the offer; their `code` is the value of
//! `/offers?function=<code>` and the suffix of the `function-<code>` message in the locales.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Function {
    /// Stable code, used in URLs and in catalogue data.
    pub code: &'static str,
    /// File name (without `.svg`) under `public/pictograms/`.
    pub pictogram: &'static str,
}

impl Function {
    /// Id of the short label in the locale files.
    pub fn label_id(&self) -> String {
        format!("function-{}", self.code)
    }
}

/// In the order of the network's own documents.
pub const FUNCTIONS: [Function; 7] = [
    Function {
        code: "meeting",
        pictogram: "people-hugging",
    },
    Function {
        code: "childcare-school",
        pictogram: "school",
    },
    Function {
        code: "play",
        pictogram: "kite",
    },
    Function {
        code: "family-health",
        pictogram: "stethoscope",
    },
    Function {
        code: "public-space",
        pictogram: "deciduous-tree",
    },
    Function {
        code: "basic-rights",
        pictogram: "balance-scale",
    },
    Function {
        code: "advocacy",
        pictogram: "megaphone",
    },
];

/// Looks up a function by its code, as found in a URL or in data.
pub fn by_code(code: &str) -> Option<&'static Function> {
    FUNCTIONS.iter().find(|f| f.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn seven_functions_with_unique_codes_and_pictograms() {
        let codes: HashSet<_> = FUNCTIONS.iter().map(|f| f.code).collect();
        let pictograms: HashSet<_> = FUNCTIONS.iter().map(|f| f.pictogram).collect();
        assert_eq!(codes.len(), 7);
        assert_eq!(pictograms.len(), 7, "each function needs its own pictogram");
    }

    #[test]
    fn codes_are_url_safe() {
        for f in FUNCTIONS {
            assert!(
                f.code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} is not a plain URL token",
                f.code
            );
        }
    }

    #[test]
    fn lookup_by_code() {
        assert_eq!(by_code("play").map(|f| f.pictogram), Some("kite"));
        assert_eq!(by_code("Play"), None);
        assert_eq!(by_code(""), None);
        assert_eq!(FUNCTIONS[3].label_id(), "function-family-health");
    }
}
