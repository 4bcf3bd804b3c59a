//! One POST of an outbox batch, and the staff read of the receiver's records, each abandoned
//! after a timeout. What counts as delivered is decided by `domain::feedback::sync::read_ack`.

use super::http;
use crate::domain::feedback::sync::{self, Failure};
use crate::domain::feedback::Record;
use gloo_net::http::{Request, RequestBuilder};
use std::time::Duration;

/// Posts `records` (of `neighbourhood`) to `endpoint`; returns what the server accepted and
/// refused.
pub async fn batch(
    endpoint: &str,
    records: &[Record],
    neighbourhood: Option<&str>,
) -> Result<sync::Ack, Failure> {
    let request = Request::post(endpoint).header("Content-Type", "application/json");
    let body = sync::body(records, neighbourhood);
    let (status, text) = timed(request, Some(body)).await?;
    sync::read_ack(status, &text, records)
}

/// Fetches the receiver's records for staff (bearer token).
pub async fn fetch_records(url: &str, token: &str) -> Result<Vec<Record>, Failure> {
    let request = Request::get(url).header("Authorization", &format!("Bearer {token}"));
    let (status, text) = timed(request, None).await?;
    sync::read_records(status, &text)
}

/// One exchange, abandoned after [`sync::TIMEOUT_MS`].
async fn timed(request: RequestBuilder, body: Option<String>) -> Result<(u16, String), Failure> {
    let timeout = Duration::from_millis(sync::TIMEOUT_MS.into());
    http::exchange(request, body, Some(timeout))
        .await
        .map_err(|_| Failure::Network)
}
