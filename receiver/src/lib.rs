//! Buurtwijzer receiver: takes feedback records from the app's outbox (`POST /v1/records`) and
//! gives staff counts and exports (`GET /v1/summary`, `GET /v1/records`, bearer token).
//!
//! Modules: `config` (environment and flags), `db` (SQLite or PostgreSQL through one code
//! path), `validate` (one record, field by field, with the app's own types), `routes` (HTTP),
//! `tokens` (staff tokens, stored hashed), `limit` (per-client rate limit, in memory), `keep` (retention and quota).

pub mod config;
pub mod db;
pub mod keep;
pub mod limit;
pub mod routes;
pub mod tokens;
pub mod validate;

pub use config::Config;
pub use db::Db;
pub use routes::{router, serve};
