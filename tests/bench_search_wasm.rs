//! Browser (wasm) search benchmark, not part of the test suite:
//! `CHROMEDRIVER=$(command -v chromedriver) cargo test --release --target wasm32-unknown-unknown --test bench_search_wasm -- --nocapture`
#![cfg(target_arch = "wasm32")]

#[path = "support/search_bench.rs"]
mod search_bench;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn search_benchmark_in_the_browser() {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let report = search_bench::run(|| performance.now());
    console_log!("wasm: {report}");
}
