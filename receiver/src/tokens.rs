//! Staff bearer tokens. A token is 32 random bytes (64 hex digits); only its SHA-256 is stored.
//! A fast hash is right here: the token has 256 bits of entropy, so there is nothing to guess
//! from a hash, unlike a password.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Days a token lives when `token create` is given no `--days`, and the most it may be given:
/// a forgotten token on an old laptop should stop working by itself.
pub const DEFAULT_DAYS: u32 = 365;
pub const MAX_DAYS: u32 = 731;
/// Tokens made before tokens had an expiry live this long from the day they were made.
pub const LEGACY_DAYS: u32 = 365;

/// Which records a token may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every neighbourhood, and records that name none (the network's coordinator).
    All,
    /// Only records sent for one of these neighbourhoods (a neighbourhood team).
    Only(Vec<String>),
}

impl Scope {
    /// As stored in `tokens.neighbourhoods`: `*`, or a JSON array (an id may hold a comma).
    pub fn to_column(&self) -> String {
        match self {
            Scope::All => "*".into(),
            Scope::Only(list) => serde_json::to_string(list).unwrap_or_else(|_| "[]".into()),
        }
    }

    /// `None` for a column that is neither: such a token reads nothing.
    pub fn from_column(column: &str) -> Option<Scope> {
        if column == "*" {
            return Some(Scope::All);
        }
        serde_json::from_str::<Vec<String>>(column)
            .ok()
            .filter(|list| !list.is_empty())
            .map(Scope::Only)
    }

    pub fn allows(&self, neighbourhood: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Only(list) => list.iter().any(|n| n == neighbourhood),
        }
    }

    /// For people: `every neighbourhood` or the ids.
    pub fn describe(&self) -> String {
        match self {
            Scope::All => "every neighbourhood".into(),
            Scope::Only(list) => list.join(" "),
        }
    }
}

/// One row of `tokens`: never the token itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredToken {
    pub name: String,
    pub hash: String,
    /// `None` when the stored scope cannot be read.
    pub scope: Option<Scope>,
    pub created_on: String,
    pub expires_on: Option<String>,
}

impl StoredToken {
    /// The last day the token is accepted (UTC). A token whose days cannot be read has none:
    /// it is treated as expired.
    pub fn last_day(&self) -> Option<NaiveDate> {
        match &self.expires_on {
            Some(day) => day_of(day),
            None => {
                day_of(&self.created_on)?.checked_add_days(chrono::Days::new(LEGACY_DAYS.into()))
            }
        }
    }

    pub fn expired_on(&self, today: NaiveDate) -> bool {
        self.last_day().is_none_or(|last| today > last)
    }
}

/// The last day of a token made on `today` for `days` days.
pub fn expiry(today: NaiveDate, days: u32) -> Option<NaiveDate> {
    today.checked_add_days(chrono::Days::new(u64::from(days.saturating_sub(1))))
}

fn day_of(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A fresh token, shown once to whoever creates it.
pub fn generate() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes)?;
    Ok(hex(&bytes))
}

pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The stored token `presented` is, if any. Every stored hash is compared, each in constant
/// time and with no early exit, so the answer's timing says nothing about how close a guess was.
pub fn find<'a>(presented: &str, stored: &'a [StoredToken]) -> Option<&'a StoredToken> {
    let candidate = hash(presented);
    let mut found = None;
    for token in stored {
        if bool::from(candidate.as_bytes().ct_eq(token.hash.as_bytes())) {
            found = Some(token);
        }
    }
    found
}

/// A token name is a label for people ("wijkteam-noord"), not a secret.
pub fn is_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(name: &str, token: &str) -> StoredToken {
        StoredToken {
            name: name.into(),
            hash: hash(token),
            scope: Some(Scope::All),
            created_on: "2026-11-25".into(),
            expires_on: None,
        }
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_matches() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        let list = vec![stored("b", &b), stored("a", &a)];
        assert!(
            list.iter().all(|t| t.hash != a),
            "the token itself is never stored"
        );
        assert_eq!(find(&a, &list).map(|t| t.name.as_str()), Some("a"));
        assert_eq!(find(&b, &list).map(|t| t.name.as_str()), Some("b"));
        assert!(find("", &list).is_none());
        assert!(find(&a[..63], &list).is_none());
        assert!(
            find(&list[0].hash, &list).is_none(),
            "a hash is not a token"
        );
        assert!(find(&a, &[]).is_none());
        assert!(is_name("wijkteam-noord") && !is_name("") && !is_name("a b"));
    }

    #[test]
    fn scopes_round_trip_and_unreadable_ones_read_nothing() {
        let only = Scope::Only(vec!["ravelbuurt".into(), "a,b".into()]);
        for scope in [Scope::All, only.clone()] {
            assert_eq!(Scope::from_column(&scope.to_column()), Some(scope));
        }
        assert!(only.allows("a,b") && !only.allows("a") && !only.allows("luchtbal"));
        assert!(Scope::All.allows("luchtbal"));
        for bad in ["", "[]", "ravelbuurt", "{\"a\":1}", "**"] {
            assert_eq!(Scope::from_column(bad), None, "{bad}");
        }
    }

    #[test]
    fn tokens_expire_after_their_last_day() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(expiry(day("2026-12-03"), 1), Some(day("2026-12-03")));
        assert_eq!(expiry(day("2026-12-03"), 365), Some(day("2027-12-02")));
        let mut t = stored("t", "x");
        t.expires_on = Some("2026-12-31".into());
        assert!(!t.expired_on(day("2026-12-31")));
        assert!(t.expired_on(day("2027-01-01")));
        // Made before expiry existed: a year from its creation day.
        t.expires_on = None;
        assert_eq!(t.last_day(), Some(day("2027-11-25")));
        assert!(t.expired_on(day("2027-11-26")));
        // Days that cannot be read: expired, never valid for ever.
        t.expires_on = Some("soon".into());
        assert!(t.expired_on(day("2026-01-01")));
    }
}
