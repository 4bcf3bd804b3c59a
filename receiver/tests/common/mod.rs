//! Test helpers: a fresh database per test (a temporary SQLite file, or a fresh schema in the
//! PostgreSQL that `DATABASE_URL` points at), the router, and small request helpers.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use buurtwijzer_feedback::check::Scale;
use buurtwijzer_feedback::{Face, Reason, Record, Topic};
use buurtwijzer_receiver::tokens::Scope;
use buurtwijzer_receiver::{router, tokens, Config, Db};
use serde_json::Value;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use tower::ServiceExt;

pub const AT: &str = "2026-11-25T10:00:00";

/// One test's own database. Dropping it removes the SQLite files; a PostgreSQL schema is
/// dropped by `finish` (a test that fails leaves its uniquely named schema for inspection).
pub struct TestDb {
    pub url: String,
    pub db: Db,
    pub files: Vec<std::path::PathBuf>,
    schema: Option<(String, String)>,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

pub async fn sqlite() -> TestDb {
    let path = std::env::temp_dir().join(format!("{}.db", unique("bw_receiver_test")));
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let db = Db::connect(&url).await.expect("sqlite opens");
    let files = ["", "-wal", "-shm"]
        .iter()
        .map(|s| std::path::PathBuf::from(format!("{}{s}", path.display())))
        .collect();
    TestDb {
        url,
        db,
        files,
        schema: None,
    }
}

/// `None` (with a note) unless `DATABASE_URL` points at a PostgreSQL server.
pub async fn postgres() -> Option<TestDb> {
    let base = std::env::var("DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"));
    let Some(base) = base else {
        // Once per test binary, and past the test harness's output capture so it is seen.
        static NOTED: std::sync::Once = std::sync::Once::new();
        NOTED.call_once(|| {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "note: PostgreSQL variants skipped (set DATABASE_URL=postgres://… to run them)"
            );
        });
        return None;
    };
    sqlx::any::install_default_drivers();
    let schema = unique("bw_test");
    let admin = sqlx::AnyPool::connect(&base)
        .await
        .expect("postgres reachable");
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(&admin)
        .await
        .expect("create schema");
    admin.close().await;
    let sep = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{sep}options[search_path]={schema}");
    let db = Db::connect(&url).await.expect("postgres opens");
    Some(TestDb {
        url,
        db,
        files: vec![],
        schema: Some((base, schema)),
    })
}

impl TestDb {
    pub async fn finish(self) {
        self.db.close().await;
        if let Some((base, schema)) = &self.schema {
            let admin = sqlx::AnyPool::connect(base)
                .await
                .expect("postgres reachable");
            let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
                .execute(&admin)
                .await;
            admin.close().await;
        }
    }

    /// A valid staff token for every neighbourhood, stored hashed as `token create` does.
    pub async fn token(&self, name: &str) -> String {
        let today = buurtwijzer_receiver::routes::today_date();
        let last = tokens::expiry(today, tokens::DEFAULT_DAYS).unwrap();
        self.token_with(name, &Scope::All, &today.to_string(), &last.to_string())
            .await
    }

    /// A staff token with the given reach and days.
    pub async fn token_with(&self, name: &str, scope: &Scope, on: &str, last: &str) -> String {
        let token = tokens::generate().unwrap();
        assert!(self
            .db
            .add_token(name, &tokens::hash(&token), scope, on, last)
            .await
            .unwrap());
        token
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        for f in &self.files {
            let _ = std::fs::remove_file(f);
        }
    }
}

/// Runs `case` on SQLite, and on PostgreSQL when `DATABASE_URL` points at one.
#[macro_export]
macro_rules! on_both_databases {
    ($($case:ident),* $(,)?) => {
        $(
            mod $case {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let t = $crate::common::sqlite().await;
                    super::$case(&t).await;
                    t.finish().await;
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(t) = $crate::common::postgres().await {
                        super::$case(&t).await;
                        t.finish().await;
                    }
                }
            }
        )*
    };
}

/// Settings for tests: no rate limit unless a test asks for one.
pub fn config() -> Config {
    Config {
        rate_per_minute: 0,
        ..Config::default()
    }
}

pub fn app(t: &TestDb, config: &Config) -> Router {
    router(t.db.clone(), config)
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// The `accepted` ids of a POST answer.
    pub fn accepted(&self) -> Vec<String> {
        serde_json::from_value(self.json()["accepted"].clone()).expect("accepted is a list")
    }
}

pub async fn call(app: &Router, req: Request<Body>) -> Answer {
    let res = app.clone().oneshot(req).await.expect("router never fails");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    Answer {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("UTF-8 body"),
    }
}

pub async fn post(app: &Router, body: impl Into<String>) -> Answer {
    let req = Request::post("/v1/records")
        .header("content-type", "application/json")
        .body(Body::from(body.into()))
        .unwrap();
    call(app, req).await
}

pub async fn get(app: &Router, path: &str, token: Option<&str>) -> Answer {
    let mut req = Request::get(path);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    call(app, req.body(Body::empty()).unwrap()).await
}

/// `{"records": [...]}` as the app's `sync::body` writes it.
pub fn batch(records: &[Record]) -> String {
    buurtwijzer_feedback::sync::body(records, None)
}

/// `{"neighbourhood": "...", "records": [...]}`, also the app's own.
pub fn batch_for(neighbourhood: &str, records: &[Record]) -> String {
    buurtwijzer_feedback::sync::body(records, Some(neighbourhood))
}

pub fn id(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

pub fn rating(n: usize, offer: &str, face: Face) -> Record {
    Record::rating(id(n), offer, face, "nl", AT.into())
}

pub fn rating_on(n: usize, offer: &str, face: Face, day: &str) -> Record {
    Record::rating(id(n), offer, face, "nl", format!("{day}T09:30:00"))
}

pub fn signal(n: usize, text: &str) -> Record {
    Record::signal(
        id(n),
        Topic::WrongInfo,
        Some("offer-a"),
        text,
        "ar",
        AT.into(),
    )
}

pub fn missing(n: usize, text: &str) -> Record {
    Record::missing(id(n), text, "fr", AT.into())
}

pub fn check(n: usize, scale: Scale, scores: &[(&str, u8)]) -> Record {
    let scores: BTreeMap<String, u8> = scores.iter().map(|(t, s)| (t.to_string(), *s)).collect();
    Record::check(id(n), scale, &scores, "2060", "nl", AT.into())
}

pub fn detailed(r: Record, text: &str) -> Record {
    r.with_details(&[Reason::Friendly], text)
}

/// The ids stored, as staff see them (sorted, duplicates kept so a test can spot them).
pub async fn stored_ids(app: &Router, token: &str) -> Vec<String> {
    let a = get(app, "/v1/records?format=json", Some(token)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let mut ids: Vec<String> = a.json()["records"]
        .as_array()
        .expect("records")
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

/// An answer read off the wire.
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    }
}

/// One HTTP/1.1 request on its own connection.
pub async fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Reply {
    try_send(addr, method, path, headers, body)
        .await
        .unwrap_or_else(|| panic!("no answer from {addr}"))
}

/// `None` when there is no server, or it closed the connection without an answer (as a server
/// that is stopping may).
pub async fn try_send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Option<Reply> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.ok()?;
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(req.as_bytes()).await.ok()?;
    // A server may refuse before reading all of a large body; that is what is being tested.
    let _ = stream.write_all(body.as_bytes()).await;
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw).await;
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    Some(Reply {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    })
}
