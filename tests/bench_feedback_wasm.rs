//! Browser (wasm) feedback benchmark, not part of the test suite:
//! `CHROMEDRIVER=$(command -v chromedriver) cargo test --release --target wasm32-unknown-unknown --test bench_feedback_wasm -- --nocapture`
//! Writes 1,000 records to a real IndexedDB outbox one by one (as families do: one
//! transaction each), reads them back, then aggregates and exports 10,000.
#![cfg(target_arch = "wasm32")]

#[path = "support/feedback_bench.rs"]
mod feedback_bench;

use buurtwijzer::storage::idb::IdbBackend;
use buurtwijzer::storage::outbox::{Outbox, Saved};
use buurtwijzer::storage::{Backend, Storage, Table};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn feedback_benchmark_in_the_browser() {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let backend = IdbBackend::open("bench-feedback").await.unwrap();
    backend.clear(Table::Outbox).await.unwrap();
    let outbox = Outbox::new(Storage::new(backend));
    let records = feedback_bench::records(1_000);
    let t = performance.now();
    for r in &records {
        assert_eq!(outbox.save(r).await, Saved::OnDevice);
    }
    let write = performance.now() - t;
    let t = performance.now();
    let back = outbox.records().await.unwrap();
    let read = performance.now() - t;
    assert_eq!(back.len(), 1_000);
    console_log!(
        "wasm: 1,000 IndexedDB writes {write:.0} ms ({:.2} ms each), read all {read:.0} ms",
        write / 1000.0
    );
    console_log!("wasm: {}", feedback_bench::run(|| performance.now()));
}
