//! Files people take away or bring in: calendar entries, exports and sheets saved on the
//! device, and the file staff choose to import. Pages decide what goes in a file; this is
//! their one way to the device's downloads and file picker (`browser::download` does the
//! web API work).

use crate::browser::download;

/// Offers `body` as a download called `file_name`; `mime` includes the charset.
pub fn save_text(file_name: &str, mime: &str, body: &str) {
    download::text_file(file_name, mime, body);
}

/// The bytes of the file chosen in `input`, if any; `Err(size)` for a file larger than `max`
/// bytes, which is not read at all (a huge file would stall a cheap device).
pub async fn chosen(
    input: &web_sys::HtmlInputElement,
    max: usize,
) -> Option<Result<Vec<u8>, usize>> {
    download::chosen_file(input, max).await
}
