//! Plain Rust rules of the app: no web types, no signals, no Fluent.
//! Everything here returns codes and values that the UI puts into words,
//! so every rule runs under plain `cargo test` on the host.

pub mod functions;
