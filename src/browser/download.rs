//! Files in and out: saving text as a file on the device (calendar entries, exports) and
//! reading the file staff chose to import.

use wasm_bindgen::JsCast;

/// Offers `body` as a download called `file_name`; `mime` includes the charset.
pub fn text_file(file_name: &str, mime: &str, body: &str) {
    let parts = js_sys::Array::of1(&body.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The bytes of the file chosen in a file input, if any; `Err(size)` for a file larger than
/// `max` bytes, which is not read at all (a huge file would stall a cheap device).
pub async fn chosen_file(
    input: &web_sys::HtmlInputElement,
    max: usize,
) -> Option<Result<Vec<u8>, usize>> {
    let file = input.files()?.get(0)?;
    if file.size() > max as f64 {
        return Some(Err(file.size() as usize));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(Ok(js_sys::Uint8Array::new(&buffer).to_vec()))
}
