//! Faults: the real binary stopped with SIGTERM in the middle of a flood, its disk full, and the
//! database going away under the service. What must hold: every acknowledged record is kept, nothing is
//! acknowledged that was not stored, and the phones' retries leave each record exactly once.

mod common;

use buurtwijzer_feedback::Face;
use buurtwijzer_receiver::db::{ExportRow, Filter};
use buurtwijzer_receiver::Db;
use common::*;
use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const JSON: (&str, &str) = ("Content-Type", "application/json");
const POSTS: usize = 200;

/// One fault run at a time: the flood of one would otherwise starve the others' timings on a
/// 2-core machine, and a fault must be the only thing each run measures.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The ids a database holds, read the way staff export them.
async fn stored(db: &Db) -> Vec<String> {
    let mut rows = db.export(&Filter::default());
    let mut ids = Vec::new();
    while let Some(row) = rows.recv().await {
        match row.expect("the export reads") {
            ExportRow::Record(r) => ids.push(r.record.id),
            ExportRow::Unreadable(id) => panic!("unreadable row {id}"),
        }
    }
    ids
}

fn free_port() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

/// The binary, serving `url` on `addr`, once its health check answers.
async fn serve_binary(url: &str, addr: SocketAddr) -> Child {
    serve(
        Command::new(env!("CARGO_BIN_EXE_buurtwijzer-receiver")),
        url,
        addr,
    )
    .await
}

async fn serve(mut command: Command, url: &str, addr: SocketAddr) -> Child {
    let child = command
        .args(["serve", "--listen", &addr.to_string(), "--rate-limit", "0"])
        .env("DATABASE_URL", url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the receiver starts");
    let started = Instant::now();
    while try_send(addr, "GET", "/healthz", &[], "")
        .await
        .map(|r| r.status)
        != Some(200)
    {
        assert!(started.elapsed() < Duration::from_secs(30), "no health");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    child
}

/// One record per request, as phones with one tap each would send them.
fn one(n: usize) -> String {
    batch(&[rating(n, "offer-a", Face::Happy)])
}

fn acknowledged(reply: &Option<Reply>) -> Vec<String> {
    match reply {
        Some(r) if r.status == 200 => {
            let v: serde_json::Value = serde_json::from_str(&r.body).expect("a 200 is JSON");
            v["accepted"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| id.as_str().unwrap().to_owned())
                .collect()
        }
        _ => vec![],
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_during_a_flood_loses_no_acknowledged_record_and_retries_land_once() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let t = sqlite().await;
    let addr = free_port();
    let mut server = serve_binary(&t.url, addr).await;

    let posts: Vec<_> = (0..POSTS)
        .map(|n| {
            tokio::spawn(
                async move { try_send(addr, "POST", "/v1/records", &[JSON], &one(n)).await },
            )
        })
        .collect();
    // Stop it while the requests are under way.
    tokio::time::sleep(Duration::from_millis(30)).await;
    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut acked = BTreeSet::new();
    let mut answered = 0;
    for p in posts {
        let reply = p.await.unwrap();
        answered += usize::from(reply.is_some());
        acked.extend(acknowledged(&reply));
    }
    let status = server.wait().unwrap();
    assert!(status.success(), "a clean stop on SIGTERM: {status:?}");

    let ids = stored(&t.db).await;
    let kept: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(kept.len(), ids.len(), "no id twice");
    let lost: Vec<_> = acked.difference(&kept).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    eprintln!(
        "SIGTERM: {answered} of {POSTS} answered, {} acknowledged, {} stored",
        acked.len(),
        kept.len()
    );

    // The phones send again whatever was not acknowledged; after the restart every record is
    // there exactly once.
    let addr = free_port();
    let mut server = serve_binary(&t.url, addr).await;
    for n in 0..POSTS {
        let id = id(n);
        if !acked.contains(&id) {
            let reply = try_send(addr, "POST", "/v1/records", &[JSON], &one(n)).await;
            assert_eq!(acknowledged(&reply), [id]);
        }
    }
    server.kill().unwrap();
    server.wait().unwrap();
    let ids = stored(&t.db).await;
    let expected: Vec<String> = {
        let mut all: Vec<String> = (0..POSTS).map(id).collect();
        all.sort();
        all
    };
    let mut got = ids.clone();
    got.sort();
    assert_eq!(got, expected, "each of the {POSTS} records exactly once");
    t.finish().await;
}

/// A full disk, as the kernel reports it to the binary alone: its file size limit
/// (`RLIMIT_FSIZE`, set and lifted on the running process with util-linux `prlimit`) stops the
/// SQLite files from growing, so the next commit fails where a full disk would fail it. The
/// signal the kernel sends then (SIGXFSZ) is ignored, as a full disk sends none.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_is_503_with_nothing_acknowledged_then_exactly_once_after_space_returns() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let t = sqlite().await;
    let addr = free_port();
    let mut command = Command::new("sh");
    command.args([
        "-c",
        r#"trap '' XFSZ; exec "$0" "$@""#,
        env!("CARGO_BIN_EXE_buurtwijzer-receiver"),
    ]);
    let mut server = serve(command, &t.url, addr).await;
    let send = |records: &[buurtwijzer_feedback::Record]| {
        let body = batch(records);
        async move { try_send(addr, "POST", "/v1/records", &[JSON], &body).await }
    };
    let first: Vec<_> = (0..10).map(|n| rating(n, "offer-a", Face::Happy)).collect();
    assert_eq!(acknowledged(&send(&first).await).len(), 10);

    // The disk is full: no file may grow past what the write-ahead log holds now.
    let wal = std::fs::metadata(&t.files[1])
        .expect("SQLite in WAL mode")
        .len();
    let pid = server.id().to_string();
    let limit = |value: &str| {
        let ok = Command::new("prlimit")
            .args(["--pid", &pid, &format!("--fsize={value}")])
            .status()
            .expect("util-linux prlimit");
        assert!(ok.success(), "prlimit --fsize={value}");
    };
    // The soft limit only: lifting it again needs no privilege.
    limit(&format!("{wal}:"));
    let later: Vec<_> = (10..20).map(|n| rating(n, "offer-a", Face::Sad)).collect();
    let full = send(&later)
        .await
        .expect("an answer while the disk is full");
    assert_eq!(full.status, 503, "{}", full.body);
    let body: serde_json::Value = serde_json::from_str(&full.body).unwrap();
    assert_eq!(body["error"], "storage-unavailable");
    assert!(body.get("accepted").is_none(), "nothing acknowledged");

    // Space again: the phone's retry lands, and once more changes nothing.
    limit("unlimited:");
    assert_eq!(acknowledged(&send(&later).await).len(), 10);
    assert_eq!(acknowledged(&send(&later).await).len(), 10);
    server.kill().unwrap();
    server.wait().unwrap();
    let mut ids = stored(&t.db).await;
    ids.sort();
    let mut expected: Vec<String> = (0..20).map(id).collect();
    expected.sort();
    assert_eq!(ids, expected, "each record exactly once, none of them lost");
    t.finish().await;
}

/// Needs a cluster of `cargo xtask postgres` (it stops and starts it): `cargo xtask test` sets
/// `BW_PG_DIR`. Elsewhere it says so and passes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn database_down_is_503_with_nothing_acknowledged_then_exactly_once() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let Ok(dir) = std::env::var("BW_PG_DIR") else {
        eprintln!(
            "note: database-down run skipped (cargo xtask test runs it on its own PostgreSQL)"
        );
        return;
    };
    let t = postgres().await.expect("DATABASE_URL with BW_PG_DIR");
    let cluster = |what: &str| {
        // The cargo running these tests; the alias `xtask` is in the repository's .cargo/.
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let ok = Command::new(cargo)
            .args(["xtask", "postgres", what, &dir])
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .status()
            .unwrap();
        assert!(ok.success(), "cargo xtask postgres {what}");
    };
    let app = app(&t, &config());
    let first: Vec<_> = (0..10).map(|n| rating(n, "offer-a", Face::Happy)).collect();
    assert_eq!(post(&app, batch(&first)).await.accepted().len(), 10);

    cluster("down");
    let later: Vec<_> = (10..20).map(|n| rating(n, "offer-a", Face::Sad)).collect();
    let a = post(&app, batch(&later)).await;
    let health = get(&app, "/healthz", None).await.status;
    cluster("up");
    assert_eq!(
        a.status,
        axum::http::StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        a.body
    );
    assert_eq!(a.json()["error"], "storage-unavailable");
    assert!(a.json().get("accepted").is_none(), "nothing acknowledged");
    assert_eq!(health, axum::http::StatusCode::SERVICE_UNAVAILABLE);

    // Back up: the same batch (the phone kept it) lands, and once more changes nothing.
    let started = Instant::now();
    let a = loop {
        let a = post(&app, batch(&later)).await;
        if a.status == 200 || started.elapsed() > Duration::from_secs(30) {
            break a;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(a.accepted().len(), 10, "{}", a.body);
    assert_eq!(post(&app, batch(&later)).await.accepted().len(), 10);
    assert_eq!(t.db.count().await.unwrap(), 20, "each record exactly once");
    t.finish().await;
}
