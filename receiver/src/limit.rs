//! A per-client rate limit kept in memory only. The client key is a salted hash of the peer
//! address (an IPv6 address by its /64, which one household holds); the salt is random per
//! process, so the table holds no address and nothing survives a restart.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

/// Above this many tracked clients, idle ones are forgotten so a flood of addresses cannot
/// grow memory without bound.
const MAX_CLIENTS: usize = 100_000;

/// A token bucket per client: `per_minute` requests, refilled evenly, bursts up to the same.
pub struct Limiter {
    per_minute: u32,
    salt: RandomState,
    buckets: Mutex<HashMap<u64, Bucket>>,
}

#[derive(Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Limiter {
    /// `per_minute == 0` turns the limit off.
    pub fn new(per_minute: u32) -> Self {
        Limiter {
            per_minute,
            salt: RandomState::new(),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn key(&self, ip: IpAddr) -> u64 {
        let ip = match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let mut s = v6.segments();
                    s[4..].fill(0);
                    IpAddr::from(s)
                }
            },
            v4 => v4,
        };
        self.salt.hash_one(ip)
    }

    /// `Ok(())` if the client may go on, else how many seconds until it may.
    pub fn check(&self, ip: IpAddr) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let key = self.key(ip);
        let now = Instant::now();
        let cap = f64::from(self.per_minute);
        let per_sec = cap / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_CLIENTS && !buckets.contains_key(&key) {
            buckets
                .retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * per_sec < cap);
            if buckets.len() >= MAX_CLIENTS {
                buckets.clear();
            }
        }
        let b = buckets.entry(key).or_insert(Bucket {
            tokens: cap,
            at: now,
        });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f64() * per_sec).min(cap);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - b.tokens) / per_sec).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_its_burst_then_waits_and_others_are_unaffected() {
        let l = Limiter::new(3);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        assert!((0..3).all(|_| l.check(a).is_ok()));
        let wait = l.check(a).unwrap_err();
        assert!((1..=20).contains(&wait), "{wait}");
        assert!(l.check(b).is_ok());
        assert!(Limiter::new(0).check(a).is_ok());
    }

    #[test]
    fn one_ipv6_household_is_one_client() {
        let l = Limiter::new(1);
        assert!(l.check("2001:db8:1:2::1".parse().unwrap()).is_ok());
        assert!(l.check("2001:db8:1:2:ffff::9".parse().unwrap()).is_err());
        assert!(l.check("2001:db8:1:3::1".parse().unwrap()).is_ok());
    }
}
