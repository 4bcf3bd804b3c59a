//! Kiosk mode for the shared waiting-room tablet: after a while without touch, a visible
//! countdown that any touch cancels, then a full reset so the next family finds nothing of the
//! previous one (submitted feedback stays in the outbox: it is anonymous).

use serde::{Deserialize, Serialize};

/// Seconds of the visible countdown before the reset.
pub const COUNTDOWN_S: u32 = 10;
pub const DEFAULT_IDLE_S: u32 = 90;
/// Staff may shorten the wait, not below this.
pub const MIN_IDLE_S: u32 = 5;
pub const MAX_IDLE_S: u32 = 3600;

/// Kept in settings; changed only in `/staff`, behind the PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kiosk {
    pub on: bool,
    /// Seconds without touch before the countdown starts.
    pub idle_s: u32,
    /// The language each new family starts in.
    pub language: String,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk {
            on: false,
            idle_s: DEFAULT_IDLE_S,
            language: super::SOURCE_LANGUAGE.into(),
        }
    }
}

/// Where the tablet is, `idle_ms` after the last touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Active,
    /// Whole seconds left, shown to the family (10 down to 1).
    Countdown(u32),
    Reset,
}

impl Kiosk {
    /// The idle time staff typed, kept within bounds.
    pub fn clamp_idle(seconds: u32) -> u32 {
        seconds.clamp(MIN_IDLE_S, MAX_IDLE_S)
    }

    pub fn phase(&self, idle_ms: u64) -> Phase {
        let idle = u64::from(Self::clamp_idle(self.idle_s)) * 1000;
        let end = idle + u64::from(COUNTDOWN_S) * 1000;
        if idle_ms < idle {
            Phase::Active
        } else if idle_ms < end {
            Phase::Countdown((end - idle_ms).div_ceil(1000) as u32)
        } else {
            Phase::Reset
        }
    }
}

/// Whether a link (an absolute `href`, as the browser resolved it) stays in the app on a kiosk
/// tablet: only pages of the app's own origin do. Websites, WhatsApp, `tel:` and `mailto:`
/// would leave the app, and then no reset ever comes: those are offered as a QR code for the
/// family's own phone instead.
pub fn stays_inside(href: &str, origin: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    let origin = origin.to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    web && lower
        .strip_prefix(&origin)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_stay_inside_the_kiosk() {
        let origin = "https://buurtwijzer.example";
        for inside in [
            "https://buurtwijzer.example/offers?function=play",
            "https://buurtwijzer.example",
            "https://BUURTWIJZER.example/ask#top",
        ] {
            assert!(stays_inside(inside, origin), "{inside}");
        }
        for outside in [
            "https://www.kindengezin.be/",
            "https://wa.me/32470000000",
            "tel:+3230000000",
            "mailto:onthaal@example.be",
            "https://buurtwijzer.example.evil.be/offers",
            "http://buurtwijzer.example/offers",
            "javascript:alert(1)",
            "",
        ] {
            assert!(!stays_inside(outside, origin), "{outside}");
        }
    }

    fn kiosk(idle_s: u32) -> Kiosk {
        Kiosk {
            on: true,
            idle_s,
            language: "nl".into(),
        }
    }

    #[test]
    fn active_then_a_ten_second_countdown_then_reset() {
        let k = kiosk(90);
        assert_eq!(k.phase(0), Phase::Active);
        assert_eq!(k.phase(89_999), Phase::Active);
        assert_eq!(k.phase(90_000), Phase::Countdown(10));
        assert_eq!(k.phase(90_001), Phase::Countdown(10));
        assert_eq!(k.phase(99_000), Phase::Countdown(1));
        assert_eq!(k.phase(99_999), Phase::Countdown(1));
        assert_eq!(k.phase(100_000), Phase::Reset);
        assert_eq!(k.phase(u64::MAX / 2), Phase::Reset);
    }

    #[test]
    fn the_countdown_never_skips_or_repeats_a_second() {
        let k = kiosk(5);
        let shown: Vec<u32> = (0..20_000u64)
            .step_by(100)
            .filter_map(|ms| match k.phase(ms) {
                Phase::Countdown(s) => Some(s),
                _ => None,
            })
            .collect();
        let mut seconds = shown.clone();
        seconds.dedup();
        assert_eq!(seconds, (1..=10).rev().collect::<Vec<_>>());
    }

    #[test]
    fn idle_time_stays_within_bounds_and_old_settings_read() {
        assert_eq!(Kiosk::clamp_idle(0), MIN_IDLE_S);
        assert_eq!(Kiosk::clamp_idle(1_000_000), MAX_IDLE_S);
        assert_eq!(kiosk(0).phase(4_999), Phase::Active);
        assert_eq!(kiosk(0).phase(5_000), Phase::Countdown(10));
        let partial: Kiosk = serde_json::from_str(r#"{"on":true}"#).unwrap();
        assert_eq!((partial.idle_s, partial.language.as_str()), (90, "nl"));
    }
}
