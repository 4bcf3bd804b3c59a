//! The staff PIN: what a new PIN must be, and how its salted hash is stored and compared;
//! and the network's setup code, without which nobody can choose the PIN of a new device.
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

/// Wrong PINs allowed in a row before the back-off starts (typos happen).
pub const FREE_TRIES: u32 = 3;
/// The first wait after the free tries; it doubles with each further wrong PIN.
pub const FIRST_WAIT_S: u64 = 30;
pub const MAX_WAIT_S: u64 = 3600;

/// Wrong PINs in a row on this device, kept in settings so a reload does not reset them: six
/// digits cannot be guessed at 30 s, 60 s, 120 s… per try.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attempts {
    pub failures: u32,
    /// Milliseconds since 1970 (the device clock) before which no PIN is checked.
    pub locked_until_ms: u64,
}

impl Attempts {
    /// The wait after the `failures`-th wrong PIN in a row.
    pub fn wait_after(failures: u32) -> u64 {
        match failures.checked_sub(FREE_TRIES) {
            None | Some(0) => 0,
            Some(n) => FIRST_WAIT_S
                .saturating_mul(1u64 << (n - 1).min(20))
                .min(MAX_WAIT_S),
        }
    }

    /// One more wrong PIN at `now_ms`.
    pub fn failed(self, now_ms: u64) -> Attempts {
        let failures = self.failures.saturating_add(1);
        Attempts {
            failures,
            locked_until_ms: now_ms.saturating_add(Self::wait_after(failures) * 1000),
        }
    }

    /// Whole seconds still to wait at `now_ms` (0: a PIN may be tried). Never more than the
    /// longest wait, so a clock set back cannot lock staff out for days.
    pub fn wait_s(&self, now_ms: u64) -> u64 {
        self.locked_until_ms
            .saturating_sub(now_ms)
            .div_ceil(1000)
            .min(MAX_WAIT_S)
    }
}

/// What the network publishes in its neighbourhood index (`staff_setup`) so that only its
/// staff can set up a device: the salted hash of a long random setup code, never the code.
/// `cargo xtask setup-code` makes one. Without it no device can choose a PIN, so the
/// first visitor to `/staff` of a fresh or wiped device is no longer the one who decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedSetup {
    pub salt: String,
    pub iterations: u32,
    pub hash: String,
    /// The sample deployment's code, printed in the documentation: staff are told to publish
    /// their own.
    #[serde(default)]
    pub sample: bool,
}

/// Fewer rounds than this, or a salt or hash of the wrong size, and the published setup is
/// not used: a mistake in the index must not open the staff area.
pub const SETUP_MIN_ITERATIONS: u32 = 100_000;
/// More than this would keep a cheap phone busy for minutes.
pub const SETUP_MAX_ITERATIONS: u32 = 5_000_000;

impl PublishedSetup {
    /// The hash to compare a typed code against, when the published values are sound.
    pub fn usable(&self) -> Option<StoredPin> {
        let sound = (SETUP_MIN_ITERATIONS..=SETUP_MAX_ITERATIONS).contains(&self.iterations)
            && from_hex(&self.salt).is_some_and(|s| s.len() >= 16)
            && from_hex(&self.hash).is_some_and(|h| h.len() == 32);
        sound.then(|| StoredPin {
            salt: self.salt.clone(),
            iterations: self.iterations,
            hash: self.hash.clone(),
        })
    }
}

/// A setup code as typed, in the one form that is hashed: Crockford base32 read generously
/// (any case; `O` is `0`, `I` and `L` are `1`; spaces and dashes between groups ignored), so
/// a code read aloud or copied from paper still matches.
pub fn normalise_setup_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
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
    fn three_free_tries_then_a_doubling_wait_up_to_an_hour() {
        let waits: Vec<u64> = (1..=12).map(Attempts::wait_after).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
        );
        assert_eq!(Attempts::wait_after(u32::MAX), MAX_WAIT_S);
        let mut a = Attempts::default();
        let t0 = 1_700_000_000_000;
        for _ in 0..3 {
            a = a.failed(t0);
            assert_eq!(a.wait_s(t0), 0);
        }
        a = a.failed(t0);
        assert_eq!(a.wait_s(t0), 30);
        assert_eq!(a.wait_s(t0 + 29_001), 1);
        assert_eq!(a.wait_s(t0 + 30_000), 0);
        // A clock set far back waits at most the longest wait.
        assert_eq!(a.wait_s(0), MAX_WAIT_S);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Attempts>(&json).unwrap(), a);
    }

    #[test]
    fn a_setup_code_is_read_as_it_is_meant() {
        assert_eq!(normalise_setup_code("k7qm-3xtr 0oil"), "K7QM3XTR0011");
        assert_eq!(normalise_setup_code("  K7QM\t3XTR\n"), "K7QM3XTR");
        assert_eq!(normalise_setup_code("é-ß"), "éß");
        assert_eq!(normalise_setup_code(""), "");
    }

    #[test]
    fn only_a_sound_published_setup_is_used() {
        let good = PublishedSetup {
            salt: "00".repeat(16),
            iterations: 600_000,
            hash: "ab".repeat(32),
            sample: false,
        };
        let stored = good.usable().unwrap();
        assert_eq!(stored.iterations, 600_000);
        assert!(stored.matches(&[0xab; 32]));
        for broken in [
            PublishedSetup {
                iterations: 1_000,
                ..good.clone()
            },
            PublishedSetup {
                iterations: 50_000_000,
                ..good.clone()
            },
            PublishedSetup {
                salt: "00".repeat(8),
                ..good.clone()
            },
            PublishedSetup {
                salt: "zz".repeat(16),
                ..good.clone()
            },
            PublishedSetup {
                hash: "ab".repeat(31),
                ..good.clone()
            },
            PublishedSetup {
                hash: String::new(),
                ..good.clone()
            },
        ] {
            assert_eq!(broken.usable(), None, "{broken:?}");
        }
        let json = r#"{"salt":"00","iterations":1,"hash":"00","code":"K7QM"}"#;
        assert!(
            serde_json::from_str::<PublishedSetup>(json).is_err(),
            "a code field is refused, not ignored"
        );
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
