//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    buurtwijzer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Buurtwijzer runs in the browser: build it with `trunk` (see README.md).");
}
