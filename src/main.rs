//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A panic in wasm otherwise surfaces only as "unreachable": log its message and place.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    buurtwijzer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Buurtwijzer runs in the browser: build it with `trunk` (see README.md).");
}
