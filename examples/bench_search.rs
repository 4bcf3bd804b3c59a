//! Host search benchmark: `cargo run --release --example bench_search` (prints figures).
//! The browser twin: `tests/bench_search_wasm.rs`.

#[path = "../tests/support/search_bench.rs"]
mod search_bench;

fn main() {
    let start = std::time::Instant::now();
    println!(
        "host: {}",
        search_bench::run(|| start.elapsed().as_secs_f64() * 1000.0)
    );
}
