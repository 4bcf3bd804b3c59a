//! The real server on an ephemeral port, spoken to over TCP: rate limit, CORS, body limit.

mod common;

use buurtwijzer_receiver::{router, serve, Config};
use common::*;
use std::net::SocketAddr;

async fn start(t: &TestDb, config: Config) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = router(t.db.clone(), &config);
    tokio::spawn(serve(listener, app));
    addr
}

const JSON: (&str, &str) = ("Content-Type", "application/json");

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_gets_429_and_the_service_keeps_serving() {
    let t = sqlite().await;
    let addr = start(
        &t,
        Config {
            rate_per_minute: 5,
            ..Config::default()
        },
    )
    .await;
    let body = batch(&[missing(1, "zwemles")]);
    let mut statuses = Vec::new();
    for _ in 0..12 {
        statuses.push(send(addr, "POST", "/v1/records", &[JSON], &body).await);
    }
    let codes: Vec<u16> = statuses.iter().map(|r| r.status).collect();
    assert_eq!(&codes[..5], [200; 5], "{codes:?}");
    assert!(codes[5..].iter().all(|c| *c == 429), "{codes:?}");
    let limited = &statuses[11];
    assert!(
        limited.body.contains("\"error\":\"rate-limited\""),
        "{}",
        limited.body
    );
    let wait: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait));
    // Still serving: health checks are not limited, and the stored data is intact.
    assert_eq!(send(addr, "GET", "/healthz", &[], "").await.status, 200);
    assert_eq!(t.db.count().await.unwrap(), 1);
    t.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_a_proxy_each_client_has_its_own_limit() {
    let t = sqlite().await;
    let addr = start(
        &t,
        Config {
            rate_per_minute: 2,
            trust_proxy: true,
            ..Config::default()
        },
    )
    .await;
    let body = batch(&[missing(1, "x")]);
    let from = |ip: &'static str| [JSON, ("X-Real-IP", ip)];
    for _ in 0..2 {
        assert_eq!(
            send(addr, "POST", "/v1/records", &from("192.0.2.7"), &body)
                .await
                .status,
            200
        );
    }
    assert_eq!(
        send(addr, "POST", "/v1/records", &from("192.0.2.7"), &body)
            .await
            .status,
        429
    );
    assert_eq!(
        send(addr, "POST", "/v1/records", &from("192.0.2.8"), &body)
            .await
            .status,
        200
    );
    t.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_answers_only_the_configured_origins() {
    let t = sqlite().await;
    let app_origin = "http://127.0.0.1:8080";
    let addr = start(
        &t,
        Config {
            origins: vec![app_origin.into()],
            ..config()
        },
    )
    .await;
    let preflight = |origin: &'static str| {
        [
            ("Origin", origin),
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type"),
        ]
    };
    let ok = send(addr, "OPTIONS", "/v1/records", &preflight(app_origin), "").await;
    assert!(ok.status < 300, "{}", ok.head);
    assert_eq!(
        ok.header("access-control-allow-origin").as_deref(),
        Some(app_origin)
    );
    assert!(ok
        .header("access-control-allow-headers")
        .unwrap()
        .contains("content-type"));
    let evil = send(
        addr,
        "OPTIONS",
        "/v1/records",
        &preflight("https://evil.example"),
        "",
    )
    .await;
    assert_eq!(evil.header("access-control-allow-origin"), None);

    let body = batch(&[missing(1, "x")]);
    let posted = send(
        addr,
        "POST",
        "/v1/records",
        &[JSON, ("Origin", app_origin)],
        &body,
    )
    .await;
    assert_eq!(posted.status, 200);
    assert_eq!(
        posted.header("access-control-allow-origin").as_deref(),
        Some(app_origin)
    );
    // Refusals carry CORS too, so the app can read their status.
    let refused = send(addr, "GET", "/v1/summary", &[("Origin", app_origin)], "").await;
    assert_eq!(refused.status, 401);
    assert_eq!(
        refused.header("access-control-allow-origin").as_deref(),
        Some(app_origin)
    );

    // Without configured origins there are no CORS headers at all.
    let plain = start(&t, config()).await;
    let r = send(plain, "OPTIONS", "/v1/records", &preflight(app_origin), "").await;
    assert_eq!(r.header("access-control-allow-origin"), None);
    t.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_upload_over_tcp_is_413() {
    let t = sqlite().await;
    let addr = start(&t, config()).await;
    let huge = format!(
        r#"{{"records": [], "pad": "{}"}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    let r = send(addr, "POST", "/v1/records", &[JSON], &huge).await;
    assert_eq!(r.status, 413);
    assert!(r.body.contains("body-too-large"), "{}", r.body);
    let r = send(
        addr,
        "POST",
        "/v1/records",
        &[JSON],
        &batch(&[missing(1, "x")]),
    )
    .await;
    assert_eq!(r.status, 200);
    t.finish().await;
}
