//! `POST /v1/records`: idempotent storage, per-record outcomes, bad input, concurrency.
//! Each case runs on SQLite, and on PostgreSQL when `DATABASE_URL` points at one.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use buurtwijzer_feedback::check::Scale;
use buurtwijzer_feedback::{Face, MAX_TEXT};
use buurtwijzer_receiver::Config;
use common::*;
use serde_json::{json, Value};

on_both_databases!(
    the_same_batch_twice_is_one_row_per_id,
    a_later_version_replaces_the_earlier_one,
    invalid_records_are_reported_and_the_valid_ones_stored,
    malformed_bodies_get_a_clear_error_and_store_nothing,
    an_oversized_body_is_413_and_the_service_goes_on,
    twenty_concurrent_clients_store_every_id_exactly_once,
    a_late_older_version_never_overwrites_a_newer_one,
    concurrent_posters_of_different_versions_leave_the_newest_of_each_id_once,
    above_the_quota_nothing_is_acknowledged_until_there_is_room,
    the_retention_deletes_only_what_was_received_before_it,
);

async fn the_same_batch_twice_is_one_row_per_id(t: &TestDb) {
    let app = app(t, &config());
    let records: Vec<_> = (0..10).map(|n| rating(n, "offer-a", Face::Happy)).collect();
    let ids: Vec<String> = records.iter().map(|r| r.id.clone()).collect();
    for round in 0..2 {
        let a = post(&app, batch(&records)).await;
        assert_eq!(a.status, StatusCode::OK, "round {round}: {}", a.body);
        // Known ids are acknowledged again, so the app can clear its outbox after a lost answer.
        assert_eq!(a.accepted(), ids, "round {round}");
        assert_eq!(a.json()["rejected"], json!([]));
    }
    assert_eq!(t.db.count().await.unwrap(), 10);
    let token = t.token("staff").await;
    assert_eq!(stored_ids(&app, &token).await, ids);
}

async fn a_later_version_replaces_the_earlier_one(t: &TestDb) {
    let app = app(t, &config());
    let first = rating(1, "offer-a", Face::Sad);
    let completed = detailed(first.clone(), "te ver");
    assert_eq!(post(&app, batch(&[first])).await.status, StatusCode::OK);
    let a = post(&app, batch(std::slice::from_ref(&completed))).await;
    assert_eq!(a.accepted(), [id(1)]);
    assert_eq!(t.db.count().await.unwrap(), 1);
    let token = t.token("staff").await;
    let list = get(&app, "/v1/records", Some(&token)).await.json();
    assert_eq!(list["records"][0]["text"], "te ver");
    assert_eq!(list["records"][0]["values"]["reasons"], json!(["friendly"]));

    // The same id may not turn into another kind of record: it stays as it was.
    let mut other = missing(1, "zwemles");
    other.id = completed.id.clone();
    let a = post(&app, batch(&[other])).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.accepted().is_empty());
    assert_eq!(a.json()["rejected"][0]["errors"], json!(["id-taken"]));
    let list = get(&app, "/v1/records", Some(&token)).await.json();
    assert_eq!(list["records"][0]["kind"], "rating");
    assert_eq!(t.db.count().await.unwrap(), 1);
}

async fn invalid_records_are_reported_and_the_valid_ones_stored(t: &TestDb) {
    let app = app(t, &config());
    let good = |r: buurtwijzer_feedback::Record| serde_json::to_value(r).unwrap();
    let mut unknown_kind = good(rating(101, "o", Face::Happy));
    unknown_kind["kind"] = json!("praise");
    let long_text = good(missing(102, &"x".repeat(MAX_TEXT)));
    let mut long_text = long_text;
    long_text["text"] = json!("x".repeat(MAX_TEXT + 1));
    let mut bad_language = good(signal(103, "ok"));
    bad_language["language"] = json!("not a language!");
    let mut bad_face = good(rating(104, "o", Face::Happy));
    bad_face["values"]["face"] = json!("furious");
    let mut wrong_types = good(check(105, Scale::Adult, &[("feeling-safe", 5)]));
    wrong_types["values"]["scores"] = json!({"feeling-safe": "five"});
    let mut child_out_of_range = good(check(106, Scale::Child, &[("feeling-safe", 2)]));
    child_out_of_range["values"]["scores"]["feeling-safe"] = json!(6);
    let no_id = json!({"kind": "missing", "language": "nl", "app_version": "0.1.0",
        "created_at": AT});
    let body = json!({"records": [
        good(rating(1, "offer-a", Face::Sad)),
        unknown_kind,
        good(signal(2, "مرحبا — de openingsuren kloppen niet")),
        long_text,
        bad_language,
        good(missing(3, "zwemles")),
        bad_face,
        wrong_types,
        good(check(4, Scale::Child, &[("play-recreation", 3)])),
        child_out_of_range,
        no_id,
        "not a record",
        good(detailed(rating(5, "offer-b", Face::Happy), "=1+1")),
    ]});
    let a = post(&app, body.to_string()).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.accepted(), [id(1), id(2), id(3), id(4), id(5)]);
    let rejected = a.json()["rejected"].clone();
    let expect = |index: usize, id: Option<String>, errors: &[&str]| {
        let mut e = json!({"index": index, "errors": errors});
        if let Some(id) = id {
            e["id"] = json!(id);
        }
        e
    };
    assert_eq!(
        rejected,
        json!([
            expect(1, Some(id(101)), &["kind-unknown"]),
            expect(3, Some(id(102)), &["text-too-long"]),
            expect(4, Some(id(103)), &["language-invalid"]),
            expect(6, Some(id(104)), &["face-unknown"]),
            expect(7, Some(id(105)), &["scores-invalid"]),
            expect(9, Some(id(106)), &["score-out-of-range"]),
            expect(10, None, &["id-missing"]),
            expect(11, None, &["record-not-an-object"]),
        ])
    );
    // Only the five valid records were stored: nothing of the invalid ones.
    let token = t.token("staff").await;
    assert_eq!(
        stored_ids(&app, &token).await,
        [id(1), id(2), id(3), id(4), id(5)]
    );
}

async fn malformed_bodies_get_a_clear_error_and_store_nothing(t: &TestDb) {
    let app = app(t, &config());
    let error_of = |a: &Answer| a.json()["error"].as_str().unwrap_or_default().to_owned();

    let a = post(&app, r#"{"records": [ {"id": "#).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert_eq!(error_of(&a), "malformed-json");

    for (body, code) in [
        ("[1, 2, 3]", "records-missing"),
        (r#"{"records": "all of them"}"#, "records-missing"),
        (
            r#"{"neighbourhood": "two\nlines", "records": []}"#,
            "neighbourhood-invalid",
        ),
        (
            r#"{"neighbourhood": 7, "records": []}"#,
            "neighbourhood-invalid",
        ),
    ] {
        let a = post(&app, body).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(error_of(&a), code, "{body}");
    }

    let too_many: Vec<_> = (0..51).map(|n| missing(n, "x")).collect();
    let a = post(&app, batch(&too_many)).await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_of(&a), "too-many-records");

    // Wrong types inside a record are that record's problem, reported by index.
    let a = post(
        &app,
        r#"{"records": [{"id": 5, "kind": ["rating"], "text": 7}]}"#,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(
        a.json()["rejected"][0]["errors"],
        json!([
            "id-invalid",
            "kind-unknown",
            "text-invalid",
            "language-missing",
            "app-version-missing",
            "created-at-missing"
        ])
    );

    let req = Request::post("/v1/records")
        .header("content-type", "text/plain")
        .body(Body::from(batch(&[missing(1, "x")])))
        .unwrap();
    let a = call(&app, req).await;
    assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(error_of(&a), "content-type-not-json");

    assert_eq!(t.db.count().await.unwrap(), 0);
    let a = get(&app, "/healthz", None).await;
    assert_eq!(a.status, StatusCode::OK, "still serving");
}

async fn an_oversized_body_is_413_and_the_service_goes_on(t: &TestDb) {
    let config = buurtwijzer_receiver::Config {
        body_limit: 16 * 1024,
        ..config()
    };
    let app = app(t, &config);
    let big: Vec<_> = (0..20).map(|n| missing(n, &"ز".repeat(1000))).collect();
    let body = batch(&big);
    assert!(body.len() > 16 * 1024);
    let a = post(&app, body).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(a.json()["error"], "body-too-large");
    assert_eq!(t.db.count().await.unwrap(), 0);

    let a = post(&app, batch(&[missing(1, "zwemles")])).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.accepted(), [id(1)]);
}

async fn twenty_concurrent_clients_store_every_id_exactly_once(t: &TestDb) {
    let app = app(t, &config());
    // Client c sends ids 10c .. 10c+49: each id is in up to five clients' batches, in
    // different positions, all at once.
    let clients: Vec<_> = (0..20)
        .map(|c| {
            let app = app.clone();
            tokio::spawn(async move {
                let records: Vec<_> = (10 * c..10 * c + 50)
                    .map(|n| rating(n, "offer-a", Face::Neutral))
                    .collect();
                let a = post(&app, batch(&records)).await;
                (a.status, a.accepted().len(), a.body)
            })
        })
        .collect();
    for c in clients {
        let (status, accepted, body) = c.await.unwrap();
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(accepted, 50, "{body}");
    }
    let expected: Vec<String> = (0..240).map(id).collect();
    assert_eq!(t.db.count().await.unwrap(), 240);
    let token = t.token("staff").await;
    assert_eq!(stored_ids(&app, &token).await, expected);
}

/// A phone gave up waiting for the answer to version 1 (the server still stored it), the family
/// completed the rating (version 2, delivered), then the retry of version 1 arrives late.
async fn a_late_older_version_never_overwrites_a_newer_one(t: &TestDb) {
    let app = app(t, &config());
    let v1 = rating(1, "offer-a", Face::Sad);
    let v2 = detailed(v1.clone(), "te ver");
    assert_eq!(v2.version, 1);
    assert_eq!(
        post(&app, batch(std::slice::from_ref(&v2)))
            .await
            .accepted(),
        [id(1)]
    );
    let a = post(&app, batch(std::slice::from_ref(&v1))).await;
    assert_eq!(
        a.accepted(),
        [id(1)],
        "acknowledged, so the phone forgets its old copy"
    );
    assert_eq!(a.json()["rejected"], json!([]));
    // Both in one batch, newest first: still the newest.
    let a = post(&app, batch(&[v2.clone(), v1.clone()])).await;
    assert_eq!(a.accepted(), [id(1)]);
    let token = t.token("staff").await;
    let list = get(&app, "/v1/records?format=json", Some(&token))
        .await
        .json();
    assert_eq!(list["records"].as_array().unwrap().len(), 1);
    assert_eq!(list["records"][0]["text"], "te ver");
    assert_eq!(list["records"][0]["version"], 1);
    assert_eq!(list["records"][0]["values"]["face"], "sad");
}

/// 20 clients post overlapping ids at once, each id in several versions (client c holds
/// version c mod 4 of its ids): every id is stored once, at the highest version any client
/// sent, whatever order the batches commit in.
async fn concurrent_posters_of_different_versions_leave_the_newest_of_each_id_once(t: &TestDb) {
    use buurtwijzer_feedback::Record;
    let app = app(t, &config());
    fn version_of(c: usize) -> u32 {
        (c % 4) as u32
    }
    fn copy(n: usize, c: usize) -> Record {
        let mut r = rating(n, "offer-a", Face::Neutral);
        r.version = version_of(c);
        r.text = format!("v{}", version_of(c));
        r
    }
    let clients: Vec<_> = (0..20)
        .map(|c| {
            let app = app.clone();
            tokio::spawn(async move {
                let records: Vec<_> = (5 * c..5 * c + 30).map(|n| copy(n, c)).collect();
                let a = post(&app, batch(&records)).await;
                (a.status, a.accepted().len(), a.body)
            })
        })
        .collect();
    for c in clients {
        let (status, accepted, body) = c.await.unwrap();
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(accepted, 30, "{body}");
    }
    let token = t.token("staff").await;
    let list = get(&app, "/v1/records?format=json", Some(&token))
        .await
        .json();
    let list = list["records"].as_array().unwrap();
    assert_eq!(list.len(), 125, "ids 0..125, each once");
    for r in list {
        let n: usize = r["id"].as_str().unwrap()[24..].parse().unwrap();
        let newest = (0..20)
            .filter(|c| (5 * c..5 * c + 30).contains(&n))
            .map(version_of)
            .max()
            .unwrap();
        // Version 0 is not written.
        assert_eq!(r["version"].as_u64().unwrap_or(0), u64::from(newest), "{r}");
        assert_eq!(r["text"], format!("v{newest}"), "{r}");
    }
}

#[tokio::test]
async fn batch_and_record_neighbourhoods_are_stored() {
    let t = sqlite().await;
    let app = app(&t, &config());
    let mut body: Value = serde_json::from_str(&batch_for(
        "ravelbuurt",
        &[missing(1, "zwemles"), missing(2, "voetbal")],
    ))
    .unwrap();
    body["records"][1]["neighbourhood"] = json!("luchtbal");
    let a = post(&app, body.to_string()).await;
    assert_eq!(a.accepted(), [id(1), id(2)]);
    let token = t.token("staff").await;
    let list = get(&app, "/v1/records?neighbourhood=luchtbal", Some(&token))
        .await
        .json();
    assert_eq!(list["records"].as_array().unwrap().len(), 1);
    assert_eq!(list["records"][0]["id"], id(2));
    assert_eq!(list["records"][0]["neighbourhood"], "luchtbal");
    t.finish().await;
}

/// The app's own sync code (`read_ack`, `read_records`) understands what the receiver answers:
/// the contract that decides when a phone may forget a record.
#[tokio::test]
async fn the_apps_sync_code_reads_the_answers() {
    use buurtwijzer_feedback::sync;
    let t = sqlite().await;
    let app = app(&t, &config());
    let mut bad = missing(2, "x");
    bad.language = "not a language!".into();
    let sent = vec![
        rating(1, "offer-a", Face::Happy),
        bad,
        signal(3, "klopt niet"),
    ];
    let a = post(&app, batch_for("ravel buurt", &sent)).await;
    let ack = sync::read_ack(a.status.as_u16(), &a.body, &sent).unwrap();
    assert_eq!(
        ack.accepted,
        vec![id(1), id(3)],
        "only stored records leave the outbox"
    );
    assert_eq!(
        ack.rejected,
        vec![(id(2), vec!["language-invalid".to_owned()])],
        "the refused one is set aside with the receiver's reason"
    );
    let token = t.token("staff").await;
    let url = sync::records_url("/v1/records", Some("ravel buurt"));
    let a = get(&app, &url, Some(&token)).await;
    let back = sync::read_records(a.status.as_u16(), &a.body).expect("the app reads the export");
    assert_eq!(back, vec![sent[0].clone(), sent[2].clone()]);
    let a = get(&app, &url, Some("revoked")).await;
    assert_eq!(
        sync::read_records(a.status.as_u16(), &a.body),
        Err(sync::Failure::Status(401))
    );
    t.finish().await;
}

async fn above_the_quota_nothing_is_acknowledged_until_there_is_room(t: &TestDb) {
    let app = app(
        t,
        &Config {
            max_records: 5,
            ..config()
        },
    );
    let first: Vec<_> = (0..5).map(|n| rating(n, "offer-a", Face::Happy)).collect();
    assert_eq!(post(&app, batch(&first)).await.accepted().len(), 5);
    let more = [
        rating(10, "offer-a", Face::Sad),
        rating(11, "offer-a", Face::Sad),
    ];
    let a = post(&app, batch(&more)).await;
    assert_eq!(a.status, StatusCode::SERVICE_UNAVAILABLE, "{}", a.body);
    assert_eq!(a.json()["error"], "quota-full");
    assert_eq!(a.headers["retry-after"], "3600");
    assert!(a.json().get("accepted").is_none(), "nothing acknowledged");
    assert_eq!(t.db.count().await.unwrap(), 5, "nothing stored");
    // Room is made (staff exported and the retention ran): the same batch now lands, once.
    assert_eq!(t.db.forget_received_before("9999-12-31").await.unwrap(), 5);
    let a = post(&app, batch(&more)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.accepted(), [id(10), id(11)]);
    assert_eq!(t.db.count().await.unwrap(), 2);
}

async fn the_retention_deletes_only_what_was_received_before_it(t: &TestDb) {
    let app = app(t, &config());
    let sent: Vec<_> = (0..4).map(|n| rating(n, "offer-a", Face::Happy)).collect();
    assert_eq!(post(&app, batch(&sent)).await.accepted().len(), 4);
    // Two of them were last received long ago.
    let pool = sqlx::AnyPool::connect(&t.url).await.unwrap();
    for (n, day) in [(0, "2024-01-01"), (1, "2025-12-02")] {
        sqlx::query("UPDATE records SET received_on = $1 WHERE id = $2")
            .bind(day)
            .bind(id(n))
            .execute(&pool)
            .await
            .unwrap();
    }
    pool.close().await;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    // 365 days: 2025-12-03 is the first day kept.
    let deleted = buurtwijzer_receiver::keep::forget_old(&t.db, 365, today)
        .await
        .unwrap();
    assert_eq!(deleted, 2);
    let token = t.token("staff").await;
    let mut left = stored_ids(&app, &token).await;
    left.sort();
    assert_eq!(left, [id(2), id(3)]);
}
