//! Storage through one code path for SQLite and PostgreSQL (`sqlx::Any`, chosen by the URL).
//! Every statement is written once, with `$1` placeholders, which both databases read.

use crate::tokens::{Scope, StoredToken};
use crate::validate::Valid;
use buurtwijzer_feedback::{Kind, Record, Values};
use futures_util::StreamExt;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::{AnyPool, Row};
use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, Mutex};

/// The migrations, embedded so the binary is all a server needs. Append, never edit: sqlx
/// checks each applied migration's checksum at start.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "records and tokens",
        include_str!("../migrations/0001_records_and_tokens.sql"),
    ),
    (
        2,
        "record versions",
        include_str!("../migrations/0002_record_versions.sql"),
    ),
    (
        3,
        "token scope and retention",
        include_str!("../migrations/0003_token_scope_and_retention.sql"),
    ),
];

#[derive(Debug)]
struct Embedded;

impl MigrationSource<'static> for Embedded {
    #[allow(clippy::type_complexity)]
    fn resolve(
        self,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<Migration>, sqlx::error::BoxDynError>> + Send>>
    {
        Box::pin(async {
            Ok(MIGRATIONS
                .iter()
                .map(|(version, description, sql)| {
                    Migration::new(
                        *version,
                        Cow::Borrowed(*description),
                        MigrationType::Simple,
                        Cow::Borrowed(*sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

#[derive(Clone)]
pub struct Db {
    pool: AnyPool,
    /// SQLite has one writer at a time. Queueing batches here is fairer and faster than letting
    /// pooled connections spin on the file lock; PostgreSQL needs no such lock (`None`).
    write_lock: Option<Arc<Mutex<()>>>,
}

/// What became of one valid record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// Inserted, or replaced an earlier version with the same id.
    Yes,
    /// A newer version of this record is already stored; kept as it is. The sender may
    /// forget its copy, as for `Yes`.
    Superseded,
    /// The id is already taken by a record of another kind: kept as it was.
    IdTaken,
}

/// The period and neighbourhood a staff request asks for.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub neighbourhood: Option<String>,
    /// The neighbourhoods a scoped token may read (`None`: no limit). Records that name no
    /// neighbourhood are outside every list.
    pub scope: Option<Vec<String>>,
}

impl Filter {
    /// ` WHERE …` for this filter plus `extra` conditions, and the values to bind in order.
    /// Dates compare as text because `created_at` is validated ISO 8601.
    fn sql(&self, extra: &[&str]) -> (String, Vec<String>) {
        let mut conditions: Vec<String> = extra.iter().map(|c| (*c).to_owned()).collect();
        let mut binds = Vec::new();
        let mut bind = |condition: &str, value: String| {
            binds.push(value);
            conditions.push(format!("{condition} ${}", binds.len()));
        };
        if let Some(from) = self.from {
            bind("created_at >=", format!("{from}T00:00:00"));
        }
        if let Some(to) = self.to {
            bind("created_at <=", format!("{to}T23:59:59"));
        }
        if let Some(n) = &self.neighbourhood {
            bind("neighbourhood =", n.clone());
        }
        if let Some(list) = &self.scope {
            let mut slots = Vec::new();
            for n in list {
                binds.push(n.clone());
                slots.push(format!("${}", binds.len()));
            }
            // An empty list reads nothing (`IN ()` is not SQL).
            conditions.push(if slots.is_empty() {
                "1 = 0".to_owned()
            } else {
                format!("neighbourhood IN ({})", slots.join(", "))
            });
        }
        if conditions.is_empty() {
            (String::new(), binds)
        } else {
            (format!(" WHERE {}", conditions.join(" AND ")), binds)
        }
    }
}

/// One row of an export. (Almost every row is a record, so boxing it would only add an
/// allocation per row.)
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ExportRow {
    Record(StoredRecord),
    /// The id of a row that no longer reads as a record (edited by hand, say): skipped and
    /// counted, so one bad row never costs staff the whole export.
    Unreadable(String),
}

/// A stored record with the neighbourhood it came for.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StoredRecord {
    #[serde(flatten)]
    pub record: Record,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub neighbourhood: Option<String>,
}

pub fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

impl Db {
    /// Connects, switches SQLite to WAL (readers never wait for the writer; the setting stays
    /// in the file) and applies any pending migrations.
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let sqlite = is_sqlite(url);
        let pool = AnyPoolOptions::new()
            .max_connections(if sqlite { 4 } else { 10 })
            // A database that does not answer gives 503 within seconds, never a hung request.
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    let limit = if sqlite {
                        // Wait this long for another writer's lock, then fail the statement.
                        "PRAGMA busy_timeout = 5000"
                    } else {
                        // No statement runs longer than this (milliseconds).
                        "SET statement_timeout = 10000"
                    };
                    sqlx::query(limit).execute(&mut *conn).await?;
                    // An acknowledged record is deleted from the phone: it must be on disk
                    // before the answer, also through a power cut (FULL, not NORMAL, in WAL).
                    if sqlite {
                        sqlx::query("PRAGMA synchronous = FULL")
                            .execute(&mut *conn)
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await?;
        if sqlite {
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await?;
        }
        Migrator::new(Embedded)
            .await?
            .run(&pool)
            .await
            .map_err(|e| sqlx::Error::Migrate(Box::new(e)))?;
        Ok(Db {
            pool,
            write_lock: sqlite.then(|| Arc::new(Mutex::new(()))),
        })
    }

    /// SQLite's one writer at a time (see `write_lock`); nothing on PostgreSQL.
    async fn writer(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match &self.write_lock {
            Some(lock) => Some(lock.lock().await),
            None => None,
        }
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Stores a batch in one transaction: all or nothing, so a failure leaves the sender to
    /// retry the whole batch. One row per id: a repeated id replaces the row when its version
    /// is not lower (the newest version wins, whatever the arrival order), unless it would
    /// change the record's kind.
    pub async fn store(
        &self,
        batch: &[Valid],
        received_on: &str,
    ) -> Result<Vec<(String, Stored)>, sqlx::Error> {
        // The same id twice in one batch: the higher version, else the later one.
        let mut latest: std::collections::BTreeMap<&str, &Valid> = Default::default();
        for v in batch {
            let keep = latest
                .get(v.record.id.as_str())
                .is_some_and(|old| old.record.version > v.record.version);
            if !keep {
                latest.insert(&v.record.id, v);
            }
        }
        // BTreeMap order = ids sorted: concurrent batches lock rows in the same order, so
        // PostgreSQL never deadlocks on overlapping batches.
        let _guard = self.writer().await;
        let mut tx = self.pool.begin().await?;
        let mut outcome = Vec::with_capacity(latest.len());
        for (id, v) in latest {
            let r = &v.record;
            let values = serde_json::to_string(&r.values).unwrap_or_else(|_| "{}".into());
            let done = sqlx::query(
                "INSERT INTO records (id, kind, target, face, record_values, text, language, \
                 app_version, created_at, neighbourhood, received_on, version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                 ON CONFLICT (id) DO UPDATE SET target = excluded.target, face = excluded.face, \
                 record_values = excluded.record_values, text = excluded.text, \
                 language = excluded.language, app_version = excluded.app_version, \
                 created_at = excluded.created_at, \
                 neighbourhood = COALESCE(excluded.neighbourhood, records.neighbourhood), \
                 received_on = excluded.received_on, version = excluded.version \
                 WHERE records.kind = excluded.kind AND records.version <= excluded.version",
            )
            .bind(id)
            .bind(r.kind.code())
            .bind(r.target.clone())
            .bind(r.values.face.map(|f| f.code()))
            .bind(values)
            .bind(&r.text)
            .bind(&r.language)
            .bind(&r.app_version)
            .bind(&r.created_at)
            .bind(v.neighbourhood.clone())
            .bind(received_on)
            .bind(i64::from(r.version))
            .execute(&mut *tx)
            .await?;
            let stored = if done.rows_affected() > 0 {
                Stored::Yes
            } else {
                // Not replaced: either a newer version is kept, or the id is another kind's.
                let kind: String = sqlx::query("SELECT kind FROM records WHERE id = $1")
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get(0)?;
                if kind == r.kind.code() {
                    Stored::Superseded
                } else {
                    Stored::IdTaken
                }
            };
            outcome.push((id.to_owned(), stored));
        }
        tx.commit().await?;
        Ok(outcome)
    }

    /// The records of a filter, oldest first, read one row at a time: an export of years of
    /// records never sits in memory whole. A task that owns the query sends the rows through a
    /// small channel (it waits while the client reads slowly, and stops when the client
    /// goes); a database error is the last item.
    pub fn export(&self, filter: &Filter) -> mpsc::Receiver<Result<ExportRow, sqlx::Error>> {
        let (clause, binds) = filter.sql(&[]);
        let sql = format!(
            "SELECT id, kind, target, record_values, text, language, app_version, created_at, \
             version, neighbourhood FROM records{clause} ORDER BY created_at, id"
        );
        let pool = self.pool.clone();
        let (tx, rx) = mpsc::channel(64);
        tokio::spawn(async move {
            let mut q = sqlx::query(&sql);
            for b in &binds {
                q = q.bind(b.as_str());
            }
            let mut rows = q.fetch(&pool);
            while let Some(row) = rows.next().await {
                let item = row.map(|row| match row_to_record(&row) {
                    Ok(record) => ExportRow::Record(record),
                    Err(_) => ExportRow::Unreadable(row.try_get("id").unwrap_or_default()),
                });
                let failed = item.is_err();
                if tx.send(item).await.is_err() || failed {
                    break;
                }
            }
        });
        rx
    }

    /// Count per kind.
    pub async fn count_by_kind(&self, filter: &Filter) -> Result<Vec<(String, i64)>, sqlx::Error> {
        let (clause, binds) = filter.sql(&[]);
        let sql = format!("SELECT kind, COUNT(*) FROM records{clause} GROUP BY kind");
        self.pairs(&sql, binds, |row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .await
    }

    /// Ratings per (target, face).
    pub async fn faces(&self, filter: &Filter) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
        let (clause, binds) =
            filter.sql(&["kind = 'rating'", "target IS NOT NULL", "face IS NOT NULL"]);
        let sql =
            format!("SELECT target, face, COUNT(*) FROM records{clause} GROUP BY target, face");
        self.pairs(&sql, binds, |row| {
            Ok((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?))
        })
        .await
    }

    /// The `values` of every check (their scores are averaged per theme in Rust, with the app's
    /// own scale conversion).
    pub async fn check_values(&self, filter: &Filter) -> Result<Vec<Values>, sqlx::Error> {
        let (clause, binds) = filter.sql(&["kind = 'check'"]);
        let sql = format!("SELECT record_values FROM records{clause}");
        self.pairs(&sql, binds, |row| {
            let json: String = row.try_get(0)?;
            serde_json::from_str(&json).map_err(|e| sqlx::Error::Decode(Box::new(e)))
        })
        .await
    }

    async fn pairs<T>(
        &self,
        sql: &str,
        binds: Vec<String>,
        read: impl Fn(&AnyRow) -> Result<T, sqlx::Error>,
    ) -> Result<Vec<T>, sqlx::Error> {
        let mut q = sqlx::query(sql);
        for b in binds {
            q = q.bind(b);
        }
        q.fetch_all(&self.pool).await?.iter().map(read).collect()
    }

    /// Deletes the records last received before `day` (`YYYY-MM-DD`); gives how many.
    pub async fn forget_received_before(&self, day: &str) -> Result<u64, sqlx::Error> {
        let _guard = self.writer().await;
        let done = sqlx::query("DELETE FROM records WHERE received_on < $1")
            .bind(day)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// For `/healthz`: the database answers, at the cost of no table.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map(drop)
    }

    pub async fn count(&self) -> Result<i64, sqlx::Error> {
        sqlx::query("SELECT COUNT(*) FROM records")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)
    }

    // Tokens: only hashes are stored.

    /// Adds a token that reads `scope` from `on` to `expires_on` (both days included);
    /// `false` if the name is taken.
    pub async fn add_token(
        &self,
        name: &str,
        hash: &str,
        scope: &Scope,
        on: &str,
        expires_on: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO tokens (name, hash, neighbourhoods, created_on, expires_on) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(hash)
        .bind(scope.to_column())
        .bind(on)
        .bind(expires_on)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Removes a token; `false` if there was none by that name.
    pub async fn revoke_token(&self, name: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM tokens WHERE name = $1")
            .bind(name)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Every token's row, by name.
    pub async fn tokens(&self) -> Result<Vec<StoredToken>, sqlx::Error> {
        self.pairs(
            "SELECT name, hash, neighbourhoods, created_on, expires_on FROM tokens ORDER BY name",
            vec![],
            |row| {
                Ok(StoredToken {
                    name: row.try_get(0)?,
                    hash: row.try_get(1)?,
                    scope: Scope::from_column(&row.try_get::<String, _>(2)?),
                    created_on: row.try_get(3)?,
                    expires_on: row.try_get(4)?,
                })
            },
        )
        .await
    }
}

fn row_to_record(row: &AnyRow) -> Result<StoredRecord, sqlx::Error> {
    let decode = |e: serde_json::Error| sqlx::Error::Decode(Box::new(e));
    let kind: String = row.try_get("kind")?;
    let values: String = row.try_get("record_values")?;
    Ok(StoredRecord {
        record: Record {
            id: row.try_get("id")?,
            kind: serde_json::from_value::<Kind>(serde_json::Value::String(kind))
                .map_err(decode)?,
            target: row.try_get("target")?,
            values: serde_json::from_str(&values).map_err(decode)?,
            text: row.try_get("text")?,
            language: row.try_get("language")?,
            app_version: row.try_get("app_version")?,
            created_at: row.try_get("created_at")?,
            version: u32::try_from(row.try_get::<i64, _>("version")?).unwrap_or(u32::MAX),
        },
        neighbourhood: row.try_get("neighbourhood")?,
    })
}
