//! One POST of an outbox batch, abandoned after a timeout. What counts as delivered is
//! decided by `domain::feedback::sync::read_ack`.

use crate::domain::feedback::sync::{self, Failure};
use crate::domain::feedback::Record;
use std::time::Duration;

/// Posts `records` (of `neighbourhood`) to `endpoint`; returns the acknowledged ids.
pub async fn batch(
    endpoint: &str,
    records: &[Record],
    neighbourhood: Option<&str>,
) -> Result<Vec<String>, Failure> {
    let controller = web_sys::AbortController::new().map_err(|_| Failure::Network)?;
    let signal = controller.signal();
    let timer = leptos::prelude::set_timeout_with_handle(
        move || controller.abort(),
        Duration::from_millis(sync::TIMEOUT_MS.into()),
    )
    .ok();
    let result = async {
        let response = gloo_net::http::Request::post(endpoint)
            .header("Content-Type", "application/json")
            .abort_signal(Some(&signal))
            .body(sync::body(records, neighbourhood))
            .map_err(|_| Failure::Network)?
            .send()
            .await
            .map_err(|_| Failure::Network)?;
        let status = response.status();
        let text = response.text().await.map_err(|_| Failure::Network)?;
        sync::read_ack(status, &text, records)
    }
    .await;
    if let Some(t) = timer {
        t.clear();
    }
    result
}

/// Fetches the receiver's records for staff (bearer token), abandoned after the same timeout.
pub async fn fetch_records(url: &str, token: &str) -> Result<Vec<Record>, Failure> {
    let response = gloo_net::http::Request::get(url)
        .header("Authorization", &format!("Bearer {token}"))
        .send()
        .await
        .map_err(|_| Failure::Network)?;
    let status = response.status();
    let text = response.text().await.map_err(|_| Failure::Network)?;
    sync::read_records(status, &text)
}
