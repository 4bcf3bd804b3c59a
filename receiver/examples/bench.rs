//! Benchmark (figures, no assertions), on a fresh SQLite file in the temp folder, over real
//! HTTP on 127.0.0.1:
//!   1. ingest: 50-record batches, one client after another (latency p50/p95) and 4 at once
//!      (throughput);
//!   2. `GET /v1/summary` and the CSV export over 100,000 records.
//!
//! cargo run --release -p buurtwijzer-receiver --example bench
//! (`DATABASE_URL=postgres://…` benchmarks PostgreSQL instead; it must be an empty database.)

use buurtwijzer_feedback::{sync, Record};
use buurtwijzer_receiver::validate::Valid;
use buurtwijzer_receiver::{router, serve, tokens, Config, Db};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

// The app's feedback benchmark generator: every kind of record, words in several scripts.
#[allow(dead_code)]
#[path = "../../tests/support/feedback_bench.rs"]
mod feedback_bench;
use feedback_bench::record;

const BATCH: usize = 50;
const SEQUENTIAL_BATCHES: usize = 200;
const CONCURRENT_CLIENTS: usize = 4;
const CONCURRENT_BATCHES: usize = 50; // per client
const SUMMARY_RECORDS: usize = 100_000;

/// One HTTP/1.1 request on its own connection; returns the status and the body.
async fn send(addr: SocketAddr, req: &str) -> (u16, Vec<u8>) {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(req.as_bytes()).await.expect("write");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).await.expect("read");
    let status = std::str::from_utf8(&raw[9..12])
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| raw[i + 4..].to_vec())
        .unwrap_or_default();
    (status, body)
}

fn post(body: &str) -> String {
    format!(
        "POST /v1/records HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

fn get(path: &str, token: &str) -> String {
    format!(
        "GET {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\
         Authorization: Bearer {token}\r\n\r\n"
    )
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() {
    let path = std::env::temp_dir().join(format!("bw-receiver-bench-{}.db", std::process::id()));
    let url = std::env::var("DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
        .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", path.display()));
    let db = Db::connect(&url).await.expect("database");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let config = Config {
        rate_per_minute: 0,
        ..Config::default()
    };
    tokio::spawn(serve(listener, router(db.clone(), &config)));
    println!(
        "backend: {}; {} cores",
        if url.starts_with("sqlite") {
            "SQLite (WAL)"
        } else {
            "PostgreSQL"
        },
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );

    // 1a. One client, batch after batch: latency.
    let mut next = 0;
    let mut batch = || {
        let records: Vec<Record> = (next..next + BATCH).map(record).collect();
        next += BATCH;
        post(&sync::body(&records, Some("ravelbuurt")))
    };
    let bodies: Vec<String> = (0..SEQUENTIAL_BATCHES).map(|_| batch()).collect();
    let mut latencies = Vec::new();
    let started = Instant::now();
    for b in &bodies {
        let t = Instant::now();
        let (status, _) = send(addr, b).await;
        assert_eq!(status, 200);
        latencies.push(t.elapsed());
    }
    let total = started.elapsed();
    latencies.sort();
    println!(
        "ingest, 1 client, {SEQUENTIAL_BATCHES} batches of {BATCH}: p50 {}, p95 {}, max {}; {:.0} records/s",
        ms(percentile(&latencies, 0.50)),
        ms(percentile(&latencies, 0.95)),
        ms(*latencies.last().unwrap()),
        (SEQUENTIAL_BATCHES * BATCH) as f64 / total.as_secs_f64()
    );

    // 1b. Several clients at once: throughput (SQLite queues the writes).
    let per_client: Vec<Vec<String>> = (0..CONCURRENT_CLIENTS)
        .map(|_| (0..CONCURRENT_BATCHES).map(|_| batch()).collect())
        .collect();
    let started = Instant::now();
    let tasks: Vec<_> = per_client
        .into_iter()
        .map(|bodies| {
            tokio::spawn(async move {
                let mut lat = Vec::new();
                for b in bodies {
                    let t = Instant::now();
                    let (status, _) = send(addr, &b).await;
                    assert_eq!(status, 200);
                    lat.push(t.elapsed());
                }
                lat
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    let total = started.elapsed();
    latencies.sort();
    println!(
        "ingest, {CONCURRENT_CLIENTS} clients at once, {} batches of {BATCH}: {:.0} records/s, {:.0} batches/s; p95 {}",
        CONCURRENT_CLIENTS * CONCURRENT_BATCHES,
        (CONCURRENT_CLIENTS * CONCURRENT_BATCHES * BATCH) as f64 / total.as_secs_f64(),
        (CONCURRENT_CLIENTS * CONCURRENT_BATCHES) as f64 / total.as_secs_f64(),
        ms(percentile(&latencies, 0.95)),
    );

    // 2. Fill up to 100,000 records (straight into the database, 1,000 per transaction).
    let have = db.count().await.unwrap() as usize;
    let started = Instant::now();
    for chunk in (have..SUMMARY_RECORDS).collect::<Vec<_>>().chunks(1000) {
        let valid: Vec<Valid> = chunk
            .iter()
            .map(|n| Valid {
                record: record(next + n),
                neighbourhood: Some(["ravelbuurt", "luchtbal", "noordbuurt"][n % 3].into()),
            })
            .collect();
        db.store(&valid, "2026-12-01").await.unwrap();
    }
    println!(
        "filled to {} records in {:.1} s",
        db.count().await.unwrap(),
        started.elapsed().as_secs_f64()
    );
    let token = tokens::generate().unwrap();
    let hash = tokens::hash(&token);
    db.add_token(
        "bench",
        &hash,
        &tokens::Scope::All,
        "2026-12-01",
        "2099-12-31",
    )
    .await
    .unwrap();

    for (what, path) in [
        ("summary, all 100,000", "/v1/summary"),
        (
            "summary, one neighbourhood, one quarter",
            "/v1/summary?neighbourhood=luchtbal&from=2026-01-01&to=2026-03-31",
        ),
        ("CSV export, all 100,000", "/v1/records?format=csv"),
    ] {
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..5 {
            let t = Instant::now();
            let (status, body) = send(addr, &get(path, &token)).await;
            assert_eq!(status, 200);
            times.push(t.elapsed());
            size = body.len();
        }
        times.sort();
        println!(
            "{what}: median {}, best {} ({} kB)",
            ms(times[2]),
            ms(times[0]),
            size / 1024
        );
    }

    db.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}
