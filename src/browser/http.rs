//! Every request the app makes goes through here: the published files (catalogue, packs,
//! questions, neighbourhoods), the locales, and the receiver's batch and staff read. One place
//! for the abort-on-timeout, so no caller can forget it where it matters.

use gloo_net::http::{Request, RequestBuilder};
use std::time::Duration;

/// Why there is no body.
#[derive(Debug)]
pub enum Error {
    /// No answer: offline, refused, aborted after the timeout, blocked by CORS.
    Network,
    /// An HTTP status outside 2xx (only from [`get_text`]).
    Status(u16),
}

/// Sends a request and reads its body. With `timeout`, both are aborted once it has passed: a
/// stalled connection (a captive portal, a dying mobile link) never holds the caller.
pub async fn exchange(
    request: RequestBuilder,
    body: Option<String>,
    timeout: Option<Duration>,
) -> Result<(u16, String), Error> {
    let controller = web_sys::AbortController::new().map_err(|_| Error::Network)?;
    let request = request.abort_signal(Some(&controller.signal()));
    let timer = timeout.and_then(|after| {
        leptos::prelude::set_timeout_with_handle(move || controller.abort(), after).ok()
    });
    let result = async {
        let request = match body {
            Some(b) => request.body(b),
            None => request.build(),
        }
        .map_err(|_| Error::Network)?;
        let response = request.send().await.map_err(|_| Error::Network)?;
        let status = response.status();
        let text = response.text().await.map_err(|_| Error::Network)?;
        Ok((status, text))
    }
    .await;
    if let Some(t) = timer {
        t.clear();
    }
    result
}

/// A published file's text (no timeout: on a slow link a large file may take long, and the
/// app shows what it holds meanwhile).
pub async fn get_text(url: &str) -> Result<String, Error> {
    match exchange(Request::get(url), None, None).await? {
        (status, text) if (200..300).contains(&status) => Ok(text),
        (status, _) => Err(Error::Status(status)),
    }
}
