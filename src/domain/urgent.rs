//! Urgent help in Belgium: always one tap away, works offline, no data needed.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UrgentNumber {
    /// As people write and say it.
    pub number: &'static str,
    /// Suffix of the `urgent-<code>` message in the locales.
    pub code: &'static str,
    pub pictogram: &'static str,
}

impl UrgentNumber {
    /// The `tel:` link: digits only.
    pub fn tel(&self) -> String {
        super::validate::tel_link(self.number)
    }

    pub fn label_id(&self) -> String {
        format!("urgent-{}", self.code)
    }
}

/// Most urgent first.
pub const URGENT_NUMBERS: [UrgentNumber; 9] = [
    UrgentNumber {
        number: "112",
        code: "emergency",
        pictogram: "ambulance",
    },
    UrgentNumber {
        number: "101",
        code: "police",
        pictogram: "police-car-light",
    },
    UrgentNumber {
        number: "116 000",
        code: "child-focus",
        pictogram: "child",
    },
    UrgentNumber {
        number: "102",
        code: "awel",
        pictogram: "ear",
    },
    UrgentNumber {
        number: "1712",
        code: "violence",
        pictogram: "shield",
    },
    UrgentNumber {
        number: "106",
        code: "tele-onthaal",
        pictogram: "speech-balloon",
    },
    UrgentNumber {
        number: "1813",
        code: "suicide",
        pictogram: "ring-buoy",
    },
    UrgentNumber {
        number: "070 245 245",
        code: "poison",
        pictogram: "pill",
    },
    UrgentNumber {
        number: "078 150 100",
        code: "kind-en-gezin",
        pictogram: "baby",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_dials_and_is_distinct() {
        let tels: std::collections::BTreeSet<String> =
            URGENT_NUMBERS.iter().map(UrgentNumber::tel).collect();
        assert_eq!(tels.len(), URGENT_NUMBERS.len());
        assert!(tels.contains("tel:116000"));
        assert!(tels.contains("tel:070245245"));
        assert_eq!(URGENT_NUMBERS[0].tel(), "tel:112", "emergency first");
    }
}
