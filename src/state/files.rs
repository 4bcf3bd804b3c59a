//! Files people take away or bring in: calendar entries, exports and sheets saved on the
//! device, and the file staff choose to import. Pages decide what goes in a file; this is
//! their one way to the device's downloads and file picker (`browser::download` does the
//! web API work).

/// `save_text(name, mime, body)` offers a download; `chosen(input, max)` reads the file
/// chosen in a file input (`Err(size)` above `max` bytes, which is not read at all).
pub use crate::browser::download::{chosen_file as chosen, text_file as save_text};
