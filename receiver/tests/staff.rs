//! `GET /v1/summary` and `GET /v1/records`: tokens, filters, CSV and JSON.

mod common;

use axum::http::StatusCode;
use buurtwijzer_feedback::check::Scale;
use buurtwijzer_feedback::{export, Face};
use buurtwijzer_receiver::tokens::Scope;
use common::*;
use serde_json::{json, Value};

on_both_databases!(
    no_wrong_or_revoked_token_is_401,
    the_summary_counts_per_kind_offer_and_theme,
    exports_filter_by_period_and_neighbourhood,
    a_token_reads_only_its_neighbourhoods_and_only_until_it_expires,
    an_unreadable_row_is_skipped_and_counted_not_the_end_of_the_export,
);

async fn no_wrong_or_revoked_token_is_401(t: &TestDb) {
    let app = app(t, &config());
    post(&app, batch(&[missing(1, "geheim")])).await;
    let token = t.token("wijkteam").await;
    let other = t.token("buurthuis").await;
    for path in ["/v1/summary", "/v1/records", "/v1/records?format=csv"] {
        let a = get(&app, path, None).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(a.json()["error"], "token-missing");
        assert_eq!(a.headers["www-authenticate"], "Bearer");
        assert!(!a.body.contains("geheim"));

        let wrong = buurtwijzer_receiver::tokens::generate().unwrap();
        let a = get(&app, path, Some(&wrong)).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(a.json()["error"], "token-invalid");
        assert!(!a.body.contains("geheim"));

        // The stored hash is not a token either.
        let hash = buurtwijzer_receiver::tokens::hash(&token);
        assert_eq!(
            get(&app, path, Some(&hash)).await.status,
            StatusCode::UNAUTHORIZED
        );

        assert_eq!(
            get(&app, path, Some(&token)).await.status,
            StatusCode::OK,
            "{path}"
        );
    }
    assert!(t.db.revoke_token("wijkteam").await.unwrap());
    let a = get(&app, "/v1/summary", Some(&token)).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        get(&app, "/v1/summary", Some(&other)).await.status,
        StatusCode::OK,
        "revoking one token leaves the others"
    );
    let names: Vec<String> =
        t.db.tokens()
            .await
            .unwrap()
            .into_iter()
            .map(|t| t.name)
            .collect();
    assert_eq!(names, ["buurthuis"]);
}

async fn the_summary_counts_per_kind_offer_and_theme(t: &TestDb) {
    let app = app(t, &config());
    let records = vec![
        rating(1, "offer-a", Face::Happy),
        rating(2, "offer-a", Face::Happy),
        rating(3, "offer-a", Face::Sad),
        rating(4, "offer-b", Face::Neutral),
        signal(5, "klopt niet"),
        missing(6, "zwemles"),
        check(
            7,
            Scale::Adult,
            &[("feeling-safe", 7), ("public-transport", 1)],
        ),
        // A child's 2 of 3 is the middle: 4 on the adult scale.
        check(8, Scale::Child, &[("feeling-safe", 2)]),
    ];
    assert_eq!(post(&app, batch(&records)).await.accepted().len(), 8);
    let token = t.token("staff").await;
    let a = get(&app, "/v1/summary", Some(&token)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let s = a.json();
    assert_eq!(s["total"], 8);
    assert_eq!(
        s["by_kind"],
        json!({"rating": 4, "signal": 1, "missing": 1, "check": 2})
    );
    assert_eq!(
        s["ratings"],
        json!([
            {"target": "offer-a", "ratings": 3, "faces": {"sad": 1, "neutral": 0, "happy": 2},
             "average": 2.33},
            {"target": "offer-b", "ratings": 1, "faces": {"sad": 0, "neutral": 1, "happy": 0},
             "average": 2.0},
        ])
    );
    assert_eq!(s["checks"], 2);
    let theme = |code: &str| -> Value {
        s["themes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["theme"] == code)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        theme("feeling-safe"),
        json!({"theme": "feeling-safe", "answers": 2, "average": 5.5})
    );
    assert_eq!(theme("public-transport")["average"], 1.0);
    assert_eq!(
        theme("natural-space"),
        json!({"theme": "natural-space", "answers": 0, "average": null})
    );
    assert_eq!(s["themes"].as_array().unwrap().len(), 14);
    assert!(!a.body.contains("zwemles"), "a summary carries no words");
}

async fn exports_filter_by_period_and_neighbourhood(t: &TestDb) {
    let app = app(t, &config());
    let send = |records: Vec<buurtwijzer_feedback::Record>, n: &str| batch_for(n, &records);
    post(
        &app,
        send(
            vec![
                rating_on(1, "offer-a", Face::Happy, "2026-10-31"),
                rating_on(2, "offer-a", Face::Sad, "2026-11-01"),
                detailed(
                    rating_on(3, "=cmd|' /C calc'!A0", Face::Sad, "2026-11-30"),
                    "@SUM(A1)",
                ),
            ],
            "ravelbuurt",
        ),
    )
    .await;
    post(
        &app,
        send(
            vec![rating_on(4, "offer-z", Face::Happy, "2026-11-15")],
            "luchtbal",
        ),
    )
    .await;
    let token = t.token("staff").await;
    let ids = |v: Value| -> Vec<String> {
        v["records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let json_of = |path: &'static str| {
        let app = app.clone();
        let token = token.clone();
        async move {
            let a = get(&app, path, Some(&token)).await;
            assert_eq!(a.status, StatusCode::OK, "{path}: {}", a.body);
            a.json()
        }
    };
    let november = json_of("/v1/records?from=2026-11-01&to=2026-11-30").await;
    assert_eq!(
        ids(november),
        [id(2), id(4), id(3)],
        "oldest first, both ends inclusive"
    );
    let ravel = json_of("/v1/records?from=2026-11-01&neighbourhood=ravelbuurt&format=json").await;
    assert_eq!(ids(ravel.clone()), [id(2), id(3)]);
    assert_eq!(ravel["records"][0]["neighbourhood"], "ravelbuurt");
    let s = json_of("/v1/summary?to=2026-11-01&neighbourhood=ravelbuurt").await;
    assert_eq!(s["total"], 2);
    assert_eq!(s["neighbourhood"], "ravelbuurt");

    let a = get(
        &app,
        "/v1/records?format=csv&neighbourhood=ravelbuurt",
        Some(&token),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(a.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains(".csv"));
    assert!(a.body.starts_with(export::BOM));
    let lines: Vec<&str> = a
        .body
        .trim_start_matches(export::BOM)
        .split("\r\n")
        .collect();
    assert_eq!(
        lines.len(),
        5,
        "header, 3 rows, and the final CRLF: {lines:?}"
    );
    assert!(
        lines[0].starts_with("id,created_at,kind,target") && lines[0].ends_with(",neighbourhood")
    );
    assert!(
        lines[3].contains("\"'=cmd|' /C calc'!A0\"") || lines[3].contains(",'=cmd|' /C calc'!A0,"),
        "{}",
        lines[3]
    );
    assert!(lines[3].contains(",'@SUM(A1),"), "{}", lines[3]);
    assert!(
        !a.body.contains(",=") && !a.body.contains(",@"),
        "no live formula"
    );

    for (path, code) in [
        ("/v1/records?from=2026-13-01", "date-invalid"),
        ("/v1/records?from=yesterday", "date-invalid"),
        (
            "/v1/summary?from=2026-12-01&to=2026-11-01",
            "period-invalid",
        ),
        ("/v1/records?format=xlsx", "format-unknown"),
        (
            "/v1/records?neighbourhood=a%0Astreet",
            "neighbourhood-invalid",
        ),
    ] {
        let a = get(&app, path, Some(&token)).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(a.json()["error"], code, "{path}");
    }
}

async fn a_token_reads_only_its_neighbourhoods_and_only_until_it_expires(t: &TestDb) {
    let app = app(t, &config());
    post(&app, batch_for("ravelbuurt", &[missing(1, "ravel-tekst")])).await;
    post(&app, batch_for("luchtbal", &[missing(2, "luchtbal-tekst")])).await;
    post(&app, batch(&[missing(3, "zonder-buurt")])).await;
    let today = buurtwijzer_receiver::routes::today_date();
    let day = |n: i64| (today + chrono::Duration::days(n)).to_string();
    let ravel = t
        .token_with(
            "wijkteam-ravel",
            &Scope::Only(vec!["ravelbuurt".into()]),
            &day(-10),
            &day(0),
        )
        .await;
    let network = t.token("netwerk").await;

    // No neighbourhood asked: a scoped token gets its own only, in every read.
    let a = get(&app, "/v1/records", Some(&ravel)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(ids_of(&a.json()), [id(1)]);
    assert!(!a.body.contains("luchtbal-tekst") && !a.body.contains("zonder-buurt"));
    let csv = get(&app, "/v1/records?format=csv", Some(&ravel)).await;
    assert!(csv.body.contains("ravel-tekst") && !csv.body.contains("luchtbal-tekst"));
    assert!(!csv.body.contains("zonder-buurt"));
    assert_eq!(
        get(&app, "/v1/summary", Some(&ravel)).await.json()["total"],
        1
    );
    let own = get(&app, "/v1/summary?neighbourhood=ravelbuurt", Some(&ravel)).await;
    assert_eq!(own.json()["total"], 1);

    // Asking for another neighbourhood is refused, not answered empty.
    for path in [
        "/v1/records?neighbourhood=luchtbal",
        "/v1/records?neighbourhood=luchtbal&format=csv",
        "/v1/summary?neighbourhood=luchtbal",
    ] {
        let a = get(&app, path, Some(&ravel)).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(a.json()["error"], "token-out-of-scope");
        assert!(!a.body.contains("luchtbal-tekst"));
    }

    // The network's token reads everything, records without a neighbourhood included.
    let all = get(&app, "/v1/records", Some(&network)).await;
    assert_eq!(ids_of(&all.json()).len(), 3);

    // Past its last day a token is refused, and says why.
    let old = t.token_with("oud", &Scope::All, &day(-400), &day(-1)).await;
    let a = get(&app, "/v1/records", Some(&old)).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(a.json()["error"], "token-expired");
    assert!(!a.body.contains("tekst"));
}

fn ids_of(v: &Value) -> Vec<String> {
    let mut ids: Vec<String> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

async fn an_unreadable_row_is_skipped_and_counted_not_the_end_of_the_export(t: &TestDb) {
    let app = app(t, &config());
    let sent = [missing(1, "een"), missing(2, "twee"), missing(3, "drie")];
    assert_eq!(post(&app, batch(&sent)).await.accepted().len(), 3);
    // A row edited by hand (or by an older, buggier receiver) no longer reads as a record.
    let pool = sqlx::AnyPool::connect(&t.url).await.unwrap();
    sqlx::query("UPDATE records SET record_values = '{not json' WHERE id = $1")
        .bind(id(2))
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let token = t.token("staff").await;

    let a = get(&app, "/v1/records", Some(&token)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.headers["content-type"], "application/json");
    let v = a.json();
    assert_eq!(ids_of(&v), [id(1), id(3)]);
    assert_eq!(v["skipped"], 1);
    let csv = get(&app, "/v1/records?format=csv", Some(&token)).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("een") && csv.body.contains("drie"));
    assert_eq!(csv.body.matches("\r\n").count(), 3, "header and two rows");
    // No records at all is still a whole document.
    let empty = get(&app, "/v1/records?from=2030-01-01", Some(&token)).await;
    assert_eq!(empty.json(), json!({"records": [], "skipped": 0}));
}
