//! How much the receiver keeps. Records are deleted once they are older than the retention
//! (feedback serves this year's planning; keeping it for ever only adds risk), and above the
//! quota new records are refused with 503, so phones keep them until staff make room.

use crate::Db;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How often the retention runs while serving.
const RETENTION_EVERY: Duration = Duration::from_secs(6 * 3600);
/// How long a count of the records is trusted while there is room.
const RECOUNT_EVERY: Duration = Duration::from_secs(60);

/// Deletes the records last received before `days` days ago; gives how many.
pub async fn forget_old(db: &Db, days: u32, today: chrono::NaiveDate) -> Result<u64, sqlx::Error> {
    let cutoff = today - chrono::Duration::days(i64::from(days));
    db.forget_received_before(&cutoff.to_string()).await
}

/// Runs the retention now and then every few hours, for as long as the service runs.
/// `days == 0` keeps everything.
pub async fn retention(db: Db, days: u32) {
    if days == 0 {
        return;
    }
    loop {
        match forget_old(&db, days, crate::routes::today_date()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(deleted = n, days, "retention: old records deleted"),
            Err(e) => tracing::error!(error = %e, "retention failed; tried again later"),
        }
        tokio::time::sleep(RETENTION_EVERY).await;
    }
}

/// The most records kept at once. Counting a large table on every request would be its own
/// load, so the count is read at most once a minute, plus each time the quota looks full
/// (room made by the retention or by staff is seen at once). One batch may pass the quota by
/// up to its own size: a batch is never cut in two.
pub struct Quota {
    max: u64,
    known: Mutex<Option<(Instant, u64)>>,
}

impl Quota {
    /// `max == 0`: no quota.
    pub fn new(max: u64) -> Self {
        Quota {
            max,
            known: Mutex::new(None),
        }
    }

    pub async fn has_room(&self, db: &Db) -> Result<bool, sqlx::Error> {
        if self.max == 0 {
            return Ok(true);
        }
        let cached = *self.known.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((at, n)) = cached {
            if n < self.max && at.elapsed() < RECOUNT_EVERY {
                return Ok(true);
            }
        }
        let n = u64::try_from(db.count().await?).unwrap_or(0);
        *self.known.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), n));
        Ok(n < self.max)
    }

    /// Counts rows a batch stored (replacements too: the count errs on the full side).
    pub fn added(&self, rows: usize) {
        if let Some((_, n)) = self
            .known
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_mut()
        {
            *n += rows as u64;
        }
    }
}
