//! The staff PIN: what a new PIN must be, and how its salted hash is stored and compared.
//! The hash itself (PBKDF2-HMAC-SHA-256) is computed by the browser's Web Crypto.

use serde::{Deserialize, Serialize};

/// OWASP's 2023 figure for PBKDF2-HMAC-SHA-256: slow enough to make guessing costly, still
/// under a second on a cheap phone.
pub const ITERATIONS: u32 = 600_000;
/// Six digits at least: a four-digit PIN falls to guessing whatever the hash.
pub const MIN_DIGITS: usize = 6;
pub const MAX_DIGITS: usize = 12;

/// Kept in settings; the PIN itself is never stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPin {
    /// Hex of 16 random bytes.
    pub salt: String,
    pub iterations: u32,
    /// Hex of the 32-byte derived key.
    pub hash: String,
}

impl StoredPin {
    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        from_hex(&self.salt)
    }

    /// Compares in time independent of where the bytes differ.
    pub fn matches(&self, derived: &[u8]) -> bool {
        match from_hex(&self.hash) {
            Some(expected) if expected.len() == derived.len() => {
                expected
                    .iter()
                    .zip(derived)
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    TooShort,
    NotDigits,
    /// The two entries differ.
    Mismatch,
}

impl PinProblem {
    /// Suffix of the `staff-pin-problem-<code>` message.
    pub fn code(self) -> &'static str {
        match self {
            PinProblem::TooShort => "too-short",
            PinProblem::NotDigits => "not-digits",
            PinProblem::Mismatch => "mismatch",
        }
    }
}

/// Checks a new PIN and its repetition.
pub fn check_new(pin: &str, repeat: &str) -> Result<(), PinProblem> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinProblem::NotDigits);
    }
    if pin.len() < MIN_DIGITS || pin.len() > MAX_DIGITS {
        return Err(PinProblem::TooShort);
    }
    if pin != repeat {
        return Err(PinProblem::Mismatch);
    }
    Ok(())
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() % 2 != 0 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_pins_are_six_to_twelve_digits_typed_twice() {
        assert_eq!(check_new("123456", "123456"), Ok(()));
        assert_eq!(check_new("12345", "12345"), Err(PinProblem::TooShort));
        assert_eq!(
            check_new("1234567890123", "1234567890123"),
            Err(PinProblem::TooShort)
        );
        assert_eq!(check_new("12345a", "12345a"), Err(PinProblem::NotDigits));
        assert_eq!(check_new("١٢٣٤٥٦", "١٢٣٤٥٦"), Err(PinProblem::NotDigits));
        assert_eq!(check_new("123456", "123457"), Err(PinProblem::Mismatch));
    }

    #[test]
    fn hex_round_trips_and_rejects_junk() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(to_hex(&bytes), "0001abff");
        assert_eq!(from_hex("0001abff").unwrap(), bytes);
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
        assert_eq!(from_hex("é1"), None);
    }

    #[test]
    fn only_the_exact_hash_matches() {
        let stored = StoredPin {
            salt: "00".into(),
            iterations: 1,
            hash: "0a0b0c".into(),
        };
        assert!(stored.matches(&[10, 11, 12]));
        assert!(!stored.matches(&[10, 11, 13]));
        assert!(!stored.matches(&[10, 11]));
        assert!(!stored.matches(&[]));
        let json = serde_json::to_string(&stored).unwrap();
        assert!(!json.contains("pin\""), "no clear PIN field: {json}");
    }
}
