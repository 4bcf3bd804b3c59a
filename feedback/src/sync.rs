//! Sending the outbox to an endpoint staff chose: the request body, reading the server's
//! acknowledgement, and when to try again. The browser part (fetch, timers) only follows
//! these rules. A record leaves the outbox only when the server named its id as accepted.

use super::Record;
use serde::{Deserialize, Serialize};

/// Records per request: small enough for a slow phone upload, big enough to drain quickly.
pub const BATCH: usize = 50;
/// A request that takes longer than this is abandoned (and retried later).
pub const TIMEOUT_MS: u32 = 15_000;

#[derive(Serialize)]
struct Body<'a> {
    /// The neighbourhood the records come from, so one receiver can serve several.
    #[serde(skip_serializing_if = "Option::is_none")]
    neighbourhood: Option<&'a str>,
    records: &'a [Record],
}

/// `{"neighbourhood": "...", "records": [...]}`; each record's `id` is its idempotency key.
pub fn body(records: &[Record], neighbourhood: Option<&str>) -> String {
    serde_json::to_string(&Body {
        neighbourhood,
        records,
    })
    .unwrap_or_else(|_| "{\"records\":[]}".into())
}

#[derive(Deserialize)]
struct Records {
    records: Vec<Record>,
}

/// The records a receiver gave staff (`GET /v1/records?format=json`: `{"records": [...]}`,
/// extra fields such as the neighbourhood ignored). 401/403 is a wrong or revoked token.
pub fn read_records(status: u16, body: &str) -> Result<Vec<Record>, Failure> {
    if !(200..300).contains(&status) {
        return Err(Failure::Status(status));
    }
    serde_json::from_str::<Records>(body)
        .map(|r| r.records)
        .map_err(|_| Failure::Garbage)
}

/// The staff query for the receiver at `endpoint` (the same address the phones post to),
/// for one neighbourhood.
pub fn records_url(endpoint: &str, neighbourhood: Option<&str>) -> String {
    let base = endpoint.split(['?', '#']).next().unwrap_or(endpoint);
    match neighbourhood {
        Some(n) => format!("{base}?format=json&neighbourhood={}", encode(n)),
        None => format!("{base}?format=json"),
    }
}

/// Percent-encodes a query value (neighbourhood ids are plain, but never trust data).
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Where this device sends feedback, if anywhere: the address staff set on the device wins;
/// else the neighbourhood's published receiver, once the family said yes to it.
pub fn target<'a>(
    staff: Option<&'a str>,
    published: Option<&'a str>,
    consent: Option<bool>,
) -> Option<&'a str> {
    staff.or(published.filter(|_| consent == Some(true)))
}

/// Whether to show the family, once, where their feedback would go (and let them choose):
/// only for a published receiver; a device staff set up is the network's own.
pub fn needs_notice(staff: Option<&str>, published: Option<&str>, consent: Option<bool>) -> bool {
    staff.is_none() && published.is_some() && consent.is_none()
}

/// Where a message the family just left will go: what the thanks screen must say, truthfully.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// To the network's receiver, now or as soon as there is internet.
    Sent,
    /// To the published receiver if the family agrees (they are asked right below).
    AskFirst,
    /// Nowhere by itself: the neighbourhood publishes no receiver and staff set none here, so
    /// the team sees it only when they collect this device's messages.
    NoReceiver,
    /// Nowhere: the family chose "only on this device".
    KeptHere,
}

pub fn destination(
    staff: Option<&str>,
    published: Option<&str>,
    consent: Option<bool>,
) -> Destination {
    if target(staff, published, consent).is_some() {
        Destination::Sent
    } else if needs_notice(staff, published, consent) {
        Destination::AskFirst
    } else if published.is_some() {
        Destination::KeptHere
    } else {
        Destination::NoReceiver
    }
}

impl Destination {
    /// The message that says it (`feedback.ftl`).
    pub fn message(self) -> &'static str {
        match self {
            Destination::Sent => "thanks-what-happens",
            Destination::AskFirst => "thanks-ask-first",
            Destination::NoReceiver => "thanks-no-receiver",
            Destination::KeptHere => "thanks-kept-here",
        }
    }
}

/// The host of an endpoint, to name it in the notice ("feedback.example.be").
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

#[derive(Deserialize)]
struct AckBody {
    accepted: Vec<String>,
    #[serde(default)]
    rejected: Vec<RejectedBody>,
}

#[derive(Deserialize)]
struct RejectedBody {
    /// Position in the posted `records`.
    index: usize,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    errors: Vec<String>,
}

/// What the server did with a batch, limited to records that were really sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ack {
    /// Stored: these leave the outbox.
    pub accepted: Vec<String>,
    /// Refused for good (invalid, id taken), with the server's codes: these are set aside,
    /// so they never block the records behind them.
    pub rejected: Vec<(String, Vec<String>)>,
}

impl Ack {
    /// Whether the server settled anything; a 2xx that settles nothing is treated as garbage.
    pub fn is_empty(&self) -> bool {
        self.accepted.is_empty() && self.rejected.is_empty()
    }
}

/// Longest reason code kept, and how many: the server's words are shown to staff, so a
/// confused or hostile server cannot fill the device with them.
const MAX_REASON: usize = 40;
const MAX_REASONS: usize = 10;

/// Why a response did not acknowledge anything; the records simply stay in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No answer: offline, refused, timed out, blocked by CORS.
    Network,
    /// An HTTP status outside 2xx.
    Status(u16),
    /// A 2xx whose body is not `{"accepted": [ids]}`.
    Garbage,
}

impl Failure {
    /// Code for the staff page message (`sync-failed-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Failure::Network => "network",
            Failure::Status(_) => "status",
            Failure::Garbage => "garbage",
        }
    }
}

/// The ids of `sent` that the server accepted, and those it refused (by position in the
/// batch; when it also names an id, the two must agree). Ids the server names that were not
/// sent are ignored, so a confused server cannot delete records it never received.
pub fn read_ack(status: u16, body: &str, sent: &[Record]) -> Result<Ack, Failure> {
    if !(200..300).contains(&status) {
        return Err(Failure::Status(status));
    }
    let ack: AckBody = serde_json::from_str(body).map_err(|_| Failure::Garbage)?;
    let accepted: Vec<String> = sent
        .iter()
        .filter(|r| ack.accepted.contains(&r.id))
        .map(|r| r.id.clone())
        .collect();
    let mut rejected: Vec<(String, Vec<String>)> = Vec::new();
    for r in ack.rejected {
        let Some(record) = sent.get(r.index) else {
            continue;
        };
        let agrees = r.id.as_ref().is_none_or(|id| *id == record.id);
        let settled =
            accepted.contains(&record.id) || rejected.iter().any(|(id, _)| *id == record.id);
        if !agrees || settled {
            continue;
        }
        let reasons = r
            .errors
            .into_iter()
            .filter(|e| {
                !e.is_empty()
                    && e.len() <= MAX_REASON
                    && e.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
            .take(MAX_REASONS)
            .collect();
        rejected.push((record.id.clone(), reasons));
    }
    Ok(Ack { accepted, rejected })
}

/// Exponential backoff with jitter: after `failures` failed attempts in a row, wait between
/// half and all of `base · 2^failures`, never more than `max`. The jitter (0..1) comes from the
/// caller so that many phones coming back online do not all retry at the same second.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub base_ms: u32,
    pub max_ms: u32,
}

impl Backoff {
    pub const DEFAULT: Backoff = Backoff {
        base_ms: 2_000,
        max_ms: 10 * 60_000,
    };

    pub fn delay_ms(&self, failures: u32, jitter: f64) -> u32 {
        let full = u64::from(self.base_ms)
            .saturating_mul(1u64 << failures.min(30))
            .min(u64::from(self.max_ms));
        let jitter = jitter.clamp(0.0, 1.0);
        (full as f64 * (0.5 + 0.5 * jitter)) as u32
    }
}

/// Why an endpoint address is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointProblem {
    /// Feedback travels encrypted: `https://`, or plain `http://` only to this device itself.
    NotHttps,
    Spaces,
}

impl EndpointProblem {
    pub fn code(self) -> &'static str {
        match self {
            EndpointProblem::NotHttps => "not-https",
            EndpointProblem::Spaces => "spaces",
        }
    }
}

/// Checks an endpoint address staff typed; returns it trimmed.
pub fn check_endpoint(url: &str) -> Result<String, EndpointProblem> {
    let url = url.trim();
    if url.chars().any(char::is_whitespace) {
        return Err(EndpointProblem::Spaces);
    }
    let lower = url.to_ascii_lowercase();
    let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    let https = lower
        .strip_prefix("https://")
        .is_some_and(|host| !host.is_empty() && !host.starts_with('/'));
    if https || local {
        Ok(url.to_owned())
    } else {
        Err(EndpointProblem::NotHttps)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Face;
    use super::*;

    #[test]
    fn the_thanks_screen_says_where_the_message_really_goes() {
        let r = Some("https://feedback.example/v1/records");
        let staff = Some("https://staff.example/v1/records");
        use Destination::*;
        assert_eq!(destination(None, r, Some(true)), Sent);
        assert_eq!(destination(None, r, None), AskFirst);
        assert_eq!(destination(None, r, Some(false)), KeptHere);
        assert_eq!(destination(None, None, None), NoReceiver);
        assert_eq!(destination(None, None, Some(true)), NoReceiver);
        // A device the staff set up sends to the network's own receiver.
        assert_eq!(destination(staff, None, None), Sent);
        assert_eq!(destination(staff, r, Some(false)), Sent);
        // Only "sent" says the team reads it.
        let messages: Vec<_> = [Sent, AskFirst, NoReceiver, KeptHere]
            .map(Destination::message)
            .into();
        assert_eq!(
            messages
                .iter()
                .filter(|m| **m == "thanks-what-happens")
                .count(),
            1
        );
    }

    #[test]
    fn where_feedback_goes() {
        let staff = Some("https://staff.example/v1/records");
        let published = Some("https://net.example/v1/records");
        assert_eq!(target(staff, published, None), staff);
        assert_eq!(target(staff, None, Some(false)), staff);
        assert_eq!(
            target(None, published, None),
            None,
            "not before the family knows"
        );
        assert_eq!(target(None, published, Some(false)), None, "not after a no");
        assert_eq!(target(None, published, Some(true)), published);
        assert_eq!(target(None, None, Some(true)), None);
        assert!(needs_notice(None, published, None));
        assert!(!needs_notice(None, published, Some(false)));
        assert!(!needs_notice(staff, published, None));
        assert!(!needs_notice(None, None, None));
        assert_eq!(
            host("https://net.example:8443/v1/records?x"),
            "net.example:8443"
        );
        assert_eq!(host("net.example"), "net.example");
    }

    #[test]
    fn staff_read_the_receivers_records() {
        let r = records(2);
        let body = serde_json::json!({
            "records": r.iter().map(|x| {
                let mut v = serde_json::to_value(x).unwrap();
                v["neighbourhood"] = "ravelbuurt".into();
                v
            }).collect::<Vec<_>>()
        })
        .to_string();
        assert_eq!(read_records(200, &body).unwrap(), r);
        assert_eq!(read_records(401, &body), Err(Failure::Status(401)));
        assert_eq!(read_records(200, "<html>"), Err(Failure::Garbage));
        assert_eq!(
            records_url("https://r.example/v1/records?x=1", Some("ravel buurt&x")),
            "https://r.example/v1/records?format=json&neighbourhood=ravel%20buurt%26x"
        );
        assert_eq!(
            records_url("http://127.0.0.1:8787/v1/records", None),
            "http://127.0.0.1:8787/v1/records?format=json"
        );
    }

    #[test]
    fn the_body_names_the_neighbourhood_when_known() {
        let r = records(1);
        let with: serde_json::Value = serde_json::from_str(&body(&r, Some("ravelbuurt"))).unwrap();
        assert_eq!(with["neighbourhood"], "ravelbuurt");
        assert_eq!(with["records"][0]["id"], "id-0");
        let without: serde_json::Value = serde_json::from_str(&body(&r, None)).unwrap();
        assert!(without.get("neighbourhood").is_none());
    }

    fn records(n: usize) -> Vec<Record> {
        (0..n)
            .map(|i| {
                Record::rating(
                    format!("id-{i}"),
                    "o",
                    Face::Happy,
                    "nl",
                    "2026-11-23T10:00:00".into(),
                )
            })
            .collect()
    }

    #[test]
    fn the_body_carries_the_records_with_their_ids() {
        let r = records(2);
        let v: serde_json::Value = serde_json::from_str(&body(&r, None)).unwrap();
        assert_eq!(v["records"][1]["id"], "id-1");
        assert_eq!(v["records"][0]["kind"], "rating");
    }

    #[test]
    fn only_sent_ids_named_by_a_2xx_answer_are_acknowledged() {
        let sent = records(3);
        let ok = read_ack(200, r#"{"accepted":["id-0","id-2","id-99"]}"#, &sent).unwrap();
        assert_eq!(ok.accepted, ["id-0", "id-2"]);
        assert!(ok.rejected.is_empty());
        assert!(read_ack(201, r#"{"accepted":[]}"#, &sent)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn refusals_are_read_by_position_and_must_agree_with_the_id() {
        let sent = records(4);
        let body = r#"{"accepted":["id-0"],"rejected":[
            {"index":1,"id":"id-1","errors":["target-invalid"]},
            {"index":2,"errors":["id-invalid","<script>","x-very-long-code-that-goes-on-and-on-and-on-and-on"]},
            {"index":3,"id":"id-0","errors":["kind-unknown"]},
            {"index":0,"errors":["id-taken"]},
            {"index":9,"errors":["id-taken"]}]}"#;
        let ack = read_ack(200, body, &sent).unwrap();
        assert_eq!(ack.accepted, ["id-0"]);
        assert_eq!(
            ack.rejected,
            [
                ("id-1".to_owned(), vec!["target-invalid".to_owned()]),
                ("id-2".to_owned(), vec!["id-invalid".to_owned()]),
            ],
            "a position past the batch, an id that disagrees, or an accepted record is ignored; \
             reason codes are plain and short"
        );
    }

    #[test]
    fn errors_and_garbage_acknowledge_nothing() {
        let sent = records(1);
        assert_eq!(
            read_ack(500, r#"{"accepted":["id-0"]}"#, &sent),
            Err(Failure::Status(500))
        );
        assert_eq!(read_ack(302, "", &sent), Err(Failure::Status(302)));
        for garbage in [
            "",
            "ok",
            "<html>proxy login</html>",
            "{\"accepted\":\"id-0\"}",
            "[\"id-0\"]",
            "{\"accepted\":[1,2]}",
        ] {
            assert_eq!(
                read_ack(200, garbage, &sent),
                Err(Failure::Garbage),
                "{garbage}"
            );
        }
    }

    #[test]
    fn backoff_doubles_with_jitter_and_stays_under_the_cap() {
        let b = Backoff {
            base_ms: 1000,
            max_ms: 60_000,
        };
        assert_eq!(b.delay_ms(0, 1.0), 1000);
        assert_eq!(b.delay_ms(0, 0.0), 500);
        assert_eq!(b.delay_ms(1, 1.0), 2000);
        assert_eq!(b.delay_ms(3, 1.0), 8000);
        assert_eq!(b.delay_ms(10, 1.0), 60_000);
        assert_eq!(b.delay_ms(u32::MAX, 1.0), 60_000, "no overflow");
        for failures in 0..40 {
            for jitter in [0.0, 0.3, 0.99, 1.0, -5.0, 7.0] {
                let d = b.delay_ms(failures, jitter);
                let full = b.delay_ms(failures, 1.0);
                assert!(d >= full / 2 && d <= full && d <= 60_000);
            }
            assert!(b.delay_ms(failures + 1, 1.0) >= b.delay_ms(failures, 1.0));
        }
    }

    #[test]
    fn endpoints_must_be_https_or_this_device() {
        assert_eq!(
            check_endpoint(" https://feedback.example.org/in "),
            Ok("https://feedback.example.org/in".into())
        );
        assert!(check_endpoint("http://127.0.0.1:8099/feedback").is_ok());
        assert!(check_endpoint("http://localhost/x").is_ok());
        assert_eq!(
            check_endpoint("http://example.org/in"),
            Err(EndpointProblem::NotHttps)
        );
        assert_eq!(
            check_endpoint("http://localhost.evil.org/"),
            Err(EndpointProblem::NotHttps)
        );
        assert_eq!(
            check_endpoint("javascript:alert(1)"),
            Err(EndpointProblem::NotHttps)
        );
        assert_eq!(check_endpoint("https://"), Err(EndpointProblem::NotHttps));
        assert_eq!(
            check_endpoint("https://a b.org"),
            Err(EndpointProblem::Spaces)
        );
    }
}
