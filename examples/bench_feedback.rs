//! Host feedback benchmark: `cargo run --release --example bench_feedback` (prints figures).
//! The browser twin, with 1,000 IndexedDB writes: `tests/bench_feedback_wasm.rs`.

#[path = "../tests/support/feedback_bench.rs"]
mod feedback_bench;

fn main() {
    let start = std::time::Instant::now();
    println!(
        "host: {}",
        feedback_bench::run(|| start.elapsed().as_secs_f64() * 1000.0)
    );
}
