//! One POST of an outbox batch, and the staff read of the receiver's records, each abandoned
//! after a timeout. What counts as delivered is decided by `domain::feedback::sync::read_ack`.

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

/// Sends a request and reads its body, aborting both after [`sync::TIMEOUT_MS`]: a stalled
/// connection (a captive portal, a dying mobile link) never holds a send or a staff read.
async fn timed(request: RequestBuilder, body: Option<String>) -> Result<(u16, String), Failure> {
    let controller = web_sys::AbortController::new().map_err(|_| Failure::Network)?;
    let request = request.abort_signal(Some(&controller.signal()));
    let timer = leptos::prelude::set_timeout_with_handle(
        move || controller.abort(),
        Duration::from_millis(sync::TIMEOUT_MS.into()),
    )
    .ok();
    let result = async {
        let request = match body {
            Some(b) => request.body(b),
            None => request.build(),
        }
        .map_err(|_| Failure::Network)?;
        let response = request.send().await.map_err(|_| Failure::Network)?;
        let status = response.status();
        let text = response.text().await.map_err(|_| Failure::Network)?;
        Ok((status, text))
    }
    .await;
    if let Some(t) = timer {
        t.clear();
    }
    result
}
