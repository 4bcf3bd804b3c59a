//! The HTTP surface: `POST /v1/records` for the app, `GET /v1/summary` and `GET /v1/records`
//! for staff (bearer token), `GET /healthz`. Every error is a status plus a JSON body
//! `{"error": "<code>", "message": "<sentence>"}`; no handler echoes what a client sent.

// Helpers return a finished error `Response` as `Err`; its size does not matter per request.
#![allow(clippy::result_large_err)]

use crate::config::Config;
use crate::db::{Db, ExportRow, Filter, Stored, StoredRecord};
use crate::keep::Quota;
use crate::limit::Limiter;
use crate::tokens::Scope;
use crate::{tokens, validate};
use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{ConnectInfo, DefaultBodyLimit, MatchedPath, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use buurtwijzer_feedback::check;
use buurtwijzer_feedback::dashboard::{FaceTally, ThemeTally};
use buurtwijzer_feedback::{export, Face, Kind};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use tower_http::cors::{AllowOrigin, CorsLayer};

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    limiter: Arc<Limiter>,
    quota: Arc<Quota>,
    trust_proxy: bool,
}

/// The whole service. CORS is the outermost layer so that refusals (401, 413, 429) still carry
/// its headers and the app can read their status instead of seeing a network error.
pub fn router(db: Db, config: &Config) -> Router {
    let state = AppState {
        db,
        limiter: Arc::new(Limiter::new(config.rate_per_minute)),
        quota: Arc::new(Quota::new(config.max_records)),
        trust_proxy: config.trust_proxy,
    };
    let v1 = Router::new()
        .route("/v1/records", post(post_records).get(get_records))
        .route("/v1/summary", get(get_summary))
        .route_layer(middleware::from_fn_with_state(state.clone(), rate_limit));
    let app = Router::new()
        .route("/healthz", get(healthz))
        .merge(v1)
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(config.body_limit))
        .layer(middleware::from_fn_with_state(
            Duration::from_secs(config.request_timeout),
            time_limit,
        ))
        .layer(middleware::from_fn(log_request))
        .with_state(state);
    let origins: Vec<HeaderValue> = config
        .origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    if origins.is_empty() {
        app
    } else {
        app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION])
                .max_age(std::time::Duration::from_secs(3600)),
        )
    }
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests under way.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

pub fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({"error": code, "message": message}))).into_response()
}

/// An error the client should retry after `seconds` (`Retry-After`).
fn retry_after(status: StatusCode, code: &str, message: &str, seconds: u64) -> Response {
    let mut r = error(status, code, message);
    r.headers_mut().insert(header::RETRY_AFTER, seconds.into());
    r
}

fn storage_error(e: &sqlx::Error) -> Response {
    // The database's own message is about our SQL, never a record's words.
    tracing::error!(error = %e, "storage failed");
    error(
        StatusCode::SERVICE_UNAVAILABLE,
        "storage-unavailable",
        "the records could not be stored or read now; try again later",
    )
}

/// Answers 503 when a request takes longer than the limit (reading its body included; the body
/// of an export that has started is not limited). Nothing is acknowledged then: a batch whose
/// transaction was cut off is rolled back, and one that committed just before is stored again
/// as the same version when the phone retries, so each record is kept exactly once.
async fn time_limit(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!("request timed out");
            retry_after(
                StatusCode::SERVICE_UNAVAILABLE,
                "timeout",
                "the receiver took too long to answer; send the records again later",
                30,
            )
        }
    }
}

/// One line per request: method, route, status, time. Never the address, the user agent, the
/// query string or the body. Also sets the headers every answer carries.
async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "-".into());
    let started = Instant::now();
    let mut response = next.run(req).await;
    // Feedback and exports must never sit in a shared cache, whatever proxy is in front.
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    tracing::info!(
        %method,
        route,
        status = response.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    response
}

/// The client's address, only ever used as a rate-limit key (and never stored or logged).
fn client_ip(req: &Request, trust_proxy: bool) -> IpAddr {
    let proxied = req
        .headers()
        .get("x-real-ip")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<IpAddr>().ok())
        .filter(|_| trust_proxy);
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    proxied
        .or(peer)
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

async fn rate_limit(State(s): State<AppState>, req: Request, next: Next) -> Response {
    let ip = client_ip(&req, s.trust_proxy);
    match s.limiter.check(ip) {
        Ok(()) => next.run(req).await,
        Err(wait) => retry_after(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            &format!("too many requests from this client; try again in {wait} s"),
            wait,
        ),
    }
}

async fn healthz(State(s): State<AppState>) -> Response {
    match s.db.ping().await {
        Ok(()) => Json(json!({"status": "ok"})).into_response(),
        Err(e) => storage_error(&e),
    }
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not-found", "no such endpoint")
}

/// Today (UTC), `YYYY-MM-DD`.
pub fn today() -> String {
    today_date().to_string()
}

/// Today (UTC).
pub fn today_date() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

#[derive(Serialize)]
struct Rejected {
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    errors: Vec<String>,
}

/// `{"neighbourhood"?: "…", "records": [ … ]}` → 200 `{"accepted": [ids], "rejected": [ … ]}`.
/// A bad record never costs the good ones: each is judged alone.
async fn post_records(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let json_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json_type {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content-type-not-json",
            "send the records as Content-Type: application/json",
        );
    }
    let body = match body {
        Ok(b) => b,
        Err(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body-too-large",
                "the request body is larger than this receiver accepts; send fewer records",
            )
        }
        Err(_) => {
            return error(
                StatusCode::BAD_REQUEST,
                "body-unreadable",
                "the request body could not be read",
            )
        }
    };
    let batch: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        // serde_json's syntax errors give a line and column, never the input itself.
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                "malformed-json",
                &format!("the body is not JSON: {e}"),
            )
        }
    };
    let Some(records) = batch.get("records").and_then(Value::as_array) else {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "records-missing",
            "the body must be an object {\"records\": [ … ]}",
        );
    };
    if records.len() > validate::MAX_RECORDS {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "too-many-records",
            &format!("at most {} records per request", validate::MAX_RECORDS),
        );
    }
    let batch_neighbourhood = match batch.get("neighbourhood").filter(|v| !v.is_null()) {
        None => None,
        Some(n) => match validate::neighbourhood(n) {
            Ok(n) => Some(n),
            Err(code) => {
                return error(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    code,
                    "neighbourhood must be a single line of up to 60 characters",
                )
            }
        },
    };

    let mut valid = Vec::new();
    let mut rejected = Vec::new();
    for (index, value) in records.iter().enumerate() {
        match validate::record(value, batch_neighbourhood.as_deref()) {
            Ok(v) => valid.push((index, v)),
            Err(errors) => rejected.push(Rejected {
                index,
                id: value
                    .get("id")
                    .and_then(Value::as_str)
                    .filter(|id| validate::is_id(id))
                    .map(str::to_owned),
                errors,
            }),
        }
    }
    let to_store: Vec<_> = valid.iter().map(|(_, v)| v.clone()).collect();
    if !to_store.is_empty() {
        match s.quota.has_room(&s.db).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::warn!("quota reached: records refused until there is room");
                return retry_after(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "quota-full",
                    "the receiver holds as many records as it may; keep them and send them later",
                    3600,
                );
            }
            Err(e) => return storage_error(&e),
        }
    }
    let outcome = match s.db.store(&to_store, &today()).await {
        Ok(o) => o,
        Err(e) => return storage_error(&e),
    };
    s.quota.added(
        outcome
            .iter()
            .filter(|(_, stored)| *stored == Stored::Yes)
            .count(),
    );
    let outcome: BTreeMap<String, Stored> = outcome.into_iter().collect();
    let mut accepted: Vec<String> = Vec::new();
    for (index, v) in valid {
        let id = v.record.id;
        match outcome.get(&id) {
            Some(Stored::Yes | Stored::Superseded) => {
                if !accepted.contains(&id) {
                    accepted.push(id);
                }
            }
            _ => rejected.push(Rejected {
                index,
                id: Some(id),
                errors: vec!["id-taken".into()],
            }),
        }
    }
    rejected.sort_by_key(|r| r.index);
    if !rejected.is_empty() {
        // Codes only: never ids, words or addresses.
        let mut codes: Vec<&str> = rejected
            .iter()
            .flat_map(|r| r.errors.iter().map(String::as_str))
            .collect();
        codes.sort();
        codes.dedup();
        tracing::info!(
            accepted = accepted.len(),
            rejected = rejected.len(),
            codes = %codes.join(","),
            "records refused"
        );
    }
    Json(json!({"accepted": accepted, "rejected": rejected})).into_response()
}

/// Staff only: `Authorization: Bearer <token>`, checked against the stored hashes. Gives what
/// the token may read.
async fn authorize(s: &AppState, headers: &HeaderMap) -> Result<Scope, Response> {
    let unauthorized = |code: &str, message: &str| {
        let mut r = error(StatusCode::UNAUTHORIZED, code, message);
        r.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        r
    };
    let Some(token) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
    else {
        return Err(unauthorized(
            "token-missing",
            "this endpoint is for staff: send Authorization: Bearer <token>",
        ));
    };
    let stored = s.db.tokens().await.map_err(|e| storage_error(&e))?;
    let Some(found) = tokens::find(token, &stored) else {
        return Err(unauthorized(
            "token-invalid",
            "this token is not valid (or was revoked)",
        ));
    };
    if found.expired_on(today_date()) {
        return Err(unauthorized(
            "token-expired",
            "this token has expired: ask for a new one (token create)",
        ));
    }
    found.scope.clone().ok_or_else(|| {
        error(
            StatusCode::FORBIDDEN,
            "token-scope-unreadable",
            "this token's neighbourhoods cannot be read: make a new one",
        )
    })
}

#[derive(Deserialize)]
struct Params {
    from: Option<String>,
    to: Option<String>,
    neighbourhood: Option<String>,
    format: Option<String>,
}

fn filter(params: &Params) -> Result<Filter, Response> {
    let bad = |code: &str, message: &str| error(StatusCode::BAD_REQUEST, code, message);
    let date = |v: &Option<String>| match v.as_deref().filter(|d| !d.is_empty()) {
        None => Ok(None),
        Some(d) => validate::date(d)
            .map(Some)
            .ok_or_else(|| bad("date-invalid", "from and to are dates YYYY-MM-DD")),
    };
    let f = Filter {
        from: date(&params.from)?,
        to: date(&params.to)?,
        scope: None,
        neighbourhood: match params.neighbourhood.as_deref().filter(|n| !n.is_empty()) {
            None => None,
            Some(n) => Some(
                validate::neighbourhood(&Value::String(n.into()))
                    .map_err(|code| bad(code, "neighbourhood is an id like ravelbuurt"))?,
            ),
        },
    };
    if let (Some(from), Some(to)) = (f.from, f.to) {
        if from > to {
            return Err(bad("period-invalid", "from is after to"));
        }
    }
    Ok(f)
}

/// What both staff reads begin with: the bearer token, then the query and the period it names.
async fn staff_query(
    s: &AppState,
    headers: &HeaderMap,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<(Params, Filter), Response> {
    let scope = authorize(s, headers).await?;
    let p = params(query)?;
    let mut f = filter(&p)?;
    match (&scope, &f.neighbourhood) {
        (_, Some(n)) if !scope.allows(n) => {
            return Err(error(
                StatusCode::FORBIDDEN,
                "token-out-of-scope",
                "this token does not read that neighbourhood",
            ))
        }
        (Scope::Only(list), None) => f.scope = Some(list.clone()),
        _ => {}
    }
    Ok((p, f))
}

fn params(query: Result<Query<Params>, QueryRejection>) -> Result<Params, Response> {
    query.map(|Query(p)| p).map_err(|_| {
        error(
            StatusCode::BAD_REQUEST,
            "query-invalid",
            "the query string could not be read",
        )
    })
}

#[derive(Serialize)]
struct OfferRatings {
    target: String,
    ratings: i64,
    faces: BTreeMap<&'static str, i64>,
    /// 1 (sad) to 3 (happy).
    average: f64,
}

#[derive(Serialize)]
struct ThemeAverage {
    theme: &'static str,
    answers: usize,
    /// On the adult 1–7 scale (children's 1–3 answers converted, as the app's staff page does).
    average: Option<f64>,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Counts per kind, ratings per offer (faces), and check averages per theme.
async fn get_summary(
    State(s): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<Params>, QueryRejection>,
) -> Response {
    let (_, f) = match staff_query(&s, &headers, query).await {
        Ok(q) => q,
        Err(r) => return r,
    };
    let (kinds, faces, checks) = match tokio::try_join!(
        s.db.count_by_kind(&f),
        s.db.faces(&f),
        s.db.check_values(&f)
    ) {
        Ok(x) => x,
        Err(e) => return storage_error(&e),
    };

    let mut by_kind: BTreeMap<&str, i64> = Kind::ALL.iter().map(|k| (k.code(), 0)).collect();
    for (kind, n) in &kinds {
        if let Some(slot) = by_kind.get_mut(kind.as_str()) {
            *slot = *n;
        }
    }

    // The same counting and averaging as the app's dashboard (`feedback::dashboard`), over
    // the database's counts.
    let mut offers: BTreeMap<String, FaceTally> = BTreeMap::new();
    for (target, face, n) in faces {
        if let Some(face) = Face::ALL.into_iter().find(|f| f.code() == face) {
            offers
                .entry(target)
                .or_default()
                .add(face, n.max(0) as usize);
        }
    }
    let mut ratings: Vec<OfferRatings> = offers
        .into_iter()
        .map(|(target, tally)| OfferRatings {
            target,
            ratings: tally.ratings() as i64,
            faces: Face::ALL
                .iter()
                .map(|f| (f.code(), tally.faces[*f as usize] as i64))
                .collect(),
            average: round2(tally.average()),
        })
        .collect();
    ratings.sort_by(|a, b| b.ratings.cmp(&a.ratings).then(a.target.cmp(&b.target)));

    let mut tally = ThemeTally::default();
    for values in &checks {
        tally.add(values);
    }
    let themes: Vec<ThemeAverage> = tally
        .summaries()
        .into_iter()
        .map(|t| ThemeAverage {
            theme: t.theme,
            answers: t.answers,
            average: t.average.map(|a| round2(check::on_adult_scale(a))),
        })
        .collect();

    Json(json!({
        "from": f.from.map(|d| d.to_string()),
        "to": f.to.map(|d| d.to_string()),
        "neighbourhood": f.neighbourhood,
        "total": kinds.iter().map(|(_, n)| n).sum::<i64>(),
        "by_kind": by_kind,
        "ratings": ratings,
        "checks": checks.len(),
        "themes": themes,
    }))
    .into_response()
}

/// The records of a period as `format=json` (default; the same `{"records": […]}` shape the app
/// sends, each with its neighbourhood) or `format=csv` (the app's export columns plus
/// `neighbourhood`: BOM, CRLF, RFC 4180, formula-like cells defused).
async fn get_records(
    State(s): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<Params>, QueryRejection>,
) -> Response {
    let (p, f) = match staff_query(&s, &headers, query).await {
        Ok(q) => q,
        Err(r) => return r,
    };
    let csv = match p.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => {
            return error(
                StatusCode::BAD_REQUEST,
                "format-unknown",
                "format is csv or json",
            )
        }
    };
    let mut rows = s.db.export(&f);
    // The first row decides the status: a database that fails at once is a 503, not a 200
    // with a broken body. A failure later cuts the body off unfinished (no closing `]}`), so a
    // client never takes part of an export for all of it.
    let first = rows.recv().await;
    if let Some(Err(e)) = &first {
        return storage_error(e);
    }
    let day = f.to.map(|d| d.to_string()).unwrap_or_else(today);
    let body = export_body(first, rows, csv);
    if csv {
        let disposition = format!(
            "attachment; filename=\"{}\"",
            export::file_name(&day, "csv")
        );
        (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            body,
        )
            .into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    }
}

type ExportItem = Result<ExportRow, sqlx::Error>;

/// The body of an export, written as the rows arrive: JSON `{"records": [ … ], "skipped": n}`
/// (`skipped`: rows that no longer read as records), or the CSV of `csv_head` and `csv_line`.
fn export_body(first: Option<ExportItem>, rows: mpsc::Receiver<ExportItem>, csv: bool) -> Body {
    struct Progress {
        first: Option<Option<ExportItem>>,
        rows: mpsc::Receiver<ExportItem>,
        written: usize,
        skipped: usize,
        done: bool,
    }
    let head = if csv {
        csv_head()
    } else {
        "{\"records\":[".to_owned()
    };
    let start = Progress {
        first: Some(first),
        rows,
        written: 0,
        skipped: 0,
        done: false,
    };
    let rest = futures_util::stream::unfold(start, move |mut p| async move {
        if p.done {
            return None;
        }
        let next = match p.first.take() {
            Some(item) => item,
            None => p.rows.recv().await,
        };
        let chunk = match next {
            None => {
                p.done = true;
                if p.skipped > 0 {
                    tracing::warn!(skipped = p.skipped, "export skipped unreadable rows");
                }
                Ok(if csv {
                    String::new()
                } else {
                    format!("],\"skipped\":{}}}", p.skipped)
                })
            }
            Some(Err(e)) => {
                p.done = true;
                tracing::error!(error = %e, "storage failed during an export");
                Err(std::io::Error::other("storage failed during the export"))
            }
            Some(Ok(ExportRow::Unreadable(id))) => {
                p.skipped += 1;
                tracing::warn!(%id, "a stored row does not read as a record");
                Ok(String::new())
            }
            Some(Ok(ExportRow::Record(row))) => {
                let line = if csv {
                    csv_line(&row)
                } else {
                    let sep = if p.written == 0 { "" } else { "," };
                    format!("{sep}{}", serde_json::to_string(&row).unwrap_or_default())
                };
                p.written += 1;
                Ok(line)
            }
        };
        Some((chunk, p))
    });
    Body::from_stream(futures_util::stream::once(async { Ok(head) }).chain(rest))
}

/// CSV with the app's columns (so staff can open both the same way) and `neighbourhood` last;
/// quoting and formula guarding are the app's own `export::field`.
fn csv_head() -> String {
    let mut header = export::header();
    header.push("neighbourhood");
    format!("{}{}\r\n", export::BOM, header.join(","))
}

fn csv_line(row: &StoredRecord) -> String {
    let cells: Vec<String> = export::row(&row.record)
        .into_iter()
        .chain([row.neighbourhood.clone().unwrap_or_default()])
        .map(|c| export::field(&c))
        .collect();
    format!("{}\r\n", cells.join(","))
}

/// The whole CSV of `rows`, as the streaming export writes it.
pub fn to_csv(rows: &[StoredRecord]) -> String {
    rows.iter()
        .fold(csv_head(), |out, row| out + &csv_line(row))
}

#[cfg(test)]
mod tests {
    use super::*;
    use buurtwijzer_feedback::{Face, Record};

    #[test]
    fn csv_has_the_apps_columns_plus_neighbourhood_and_defuses_formulas() {
        let record = Record::rating(
            "r1".into(),
            "o",
            Face::Sad,
            "nl",
            "2026-11-25T10:00:00".into(),
        )
        .with_details(&[], "=HYPERLINK(\"x\")");
        let rows = vec![StoredRecord {
            record: record.clone(),
            neighbourhood: Some("ravelbuurt".into()),
        }];
        let out = to_csv(&rows);
        assert!(out.starts_with(export::BOM) && out.ends_with("\r\n"));
        let lines: Vec<&str> = out.trim_start_matches(export::BOM).split("\r\n").collect();
        assert_eq!(
            lines[0],
            format!("{},neighbourhood", export::header().join(","))
        );
        assert!(
            lines[1].contains("\"'=HYPERLINK(\"\"x\"\")\""),
            "{}",
            lines[1]
        );
        assert!(lines[1].ends_with(",ravelbuurt"));
        // The same cells as the app's own export, apart from the last column.
        let app = export::csv(&[record]);
        let app_row = app.split("\r\n").nth(1).unwrap();
        assert_eq!(lines[1], format!("{app_row},ravelbuurt"));
    }
}
