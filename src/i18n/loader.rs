//! Fetches one locale's `.ftl` files at run time, so a first visit downloads only the chosen
//! language and the interpreter view can hold two locales at once.

use super::messages::Messages;
use super::FTL_FILES;
use crate::browser::http;

/// Loads and parses every `.ftl` file of `tag` from `/locales/<tag>/`.
pub async fn load(tag: &str) -> Result<Messages, String> {
    let requests = FTL_FILES
        .iter()
        .map(|file| fetch_text(format!("/locales/{tag}/{file}")));
    let sources = futures::future::try_join_all(requests).await?;
    Messages::parse(tag, sources.iter().map(String::as_str)).map_err(|errors| errors.join("; "))
}

async fn fetch_text(url: String) -> Result<String, String> {
    http::get_text(&url).await.map_err(|e| match e {
        http::Error::Status(status) => format!("{url}: HTTP {status}"),
        http::Error::Network => format!("{url}: no answer"),
    })
}
