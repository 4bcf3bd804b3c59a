//! Staff bearer tokens. A token is 32 random bytes (64 hex digits); only its SHA-256 is stored.
//! A fast hash is right here: the token has 256 bits of entropy, so there is nothing to guess
//! from a hash, unlike a password.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A fresh token, shown once to whoever creates it.
pub fn generate() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes)?;
    Ok(hex(&bytes))
}

pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether `presented` is one of the stored tokens. Every stored hash is compared, each in
/// constant time, so the answer's timing says nothing about how close a guess was.
pub fn matches(presented: &str, stored_hashes: &[String]) -> bool {
    let candidate = hash(presented);
    stored_hashes.iter().fold(0u8, |found, stored| {
        found | candidate.as_bytes().ct_eq(stored.as_bytes()).unwrap_u8()
    }) == 1
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

    #[test]
    fn tokens_are_random_and_only_their_hash_matches() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        let stored = vec![hash(&b), hash(&a)];
        assert!(!stored.contains(&a), "the token itself is never stored");
        assert!(matches(&a, &stored) && matches(&b, &stored));
        assert!(!matches("", &stored));
        assert!(!matches(&a[..63], &stored));
        assert!(!matches(&a, &[]));
        assert!(is_name("wijkteam-noord") && !is_name("") && !is_name("a b"));
    }
}
