//! IndexedDB backend: the real storage on a device.
//!
//! Keys are strings and values JSON text, so no schema lives inside records and the schema is
//! only the list of object stores. The catalogue's text is kept as UTF-8 bytes (see
//! [`stored_as_bytes`]); every other value is a JS string, readable in the browser's tools. Each schema version has one migration; opening
//! an older database runs the missing ones in order and keeps every record.

use super::{Backend, MemoryBackend, Result, StoreError, Table};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use js_sys::Uint8Array;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

pub const DB_NAME: &str = "buurtwijzer";
/// The schema version this code writes.
pub const SCHEMA_VERSION: u32 = 3;

/// Migration to `version`, run inside the upgrade transaction.
fn migrate(db: &Database, version: u32) -> indexed_db_futures::Result<()> {
    match version {
        // v1: what the first release kept.
        1 => {
            for table in [Table::Settings, Table::Catalogue, Table::Favourites] {
                db.create_object_store(table.name()).build()?;
            }
        }
        // v2: the feedback outbox.
        2 => {
            db.create_object_store(Table::Outbox.name()).build()?;
        }
        // v3: records set aside (refused by the receiver, or unreadable).
        3 => {
            db.create_object_store(Table::SetAside.name()).build()?;
        }
        _ => unreachable!("no migration for schema version {version}"),
    }
    Ok(())
}

fn backend_error(e: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// The catalogue runs to megabytes with thousands of offers. As UTF-8 bytes Chromium reads it
/// back in about half the time of the same text as a JS string (6 MB: 22 ms against 45 ms),
/// and it is copied into wasm as it is, without the UTF-16 to UTF-8 conversion.
fn stored_as_bytes(table: Table) -> bool {
    table == Table::Catalogue
}

fn to_js(table: Table, text: &str) -> JsValue {
    if stored_as_bytes(table) {
        Uint8Array::from(text.as_bytes()).into()
    } else {
        JsValue::from_str(text)
    }
}

/// Either form is read, whatever the table: a catalogue stored as a string by an earlier
/// version still loads.
fn from_js(value: JsValue) -> Result<String> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    match value.dyn_ref::<Uint8Array>() {
        Some(bytes) => String::from_utf8(bytes.to_vec()).map_err(backend_error),
        None => Err(StoreError::Backend(
            "a stored value is neither text nor bytes".into(),
        )),
    }
}

#[derive(Clone)]
pub struct IdbBackend {
    db: Rc<Database>,
}

impl IdbBackend {
    /// Opens (creating or upgrading) the database at the current schema version.
    pub async fn open(name: &str) -> Result<Self> {
        Self::open_at_version(name, SCHEMA_VERSION).await
    }

    /// Opens at an older version: lets tests write a database as an earlier release did.
    pub async fn open_at_version(name: &str, version: u32) -> Result<Self> {
        let db = Database::open(name)
            .with_version(version)
            .with_on_upgrade_needed(move |event, db| {
                // old_version is 0 for a new database; run each missing migration once, in order.
                let from = event.old_version() as u32;
                for v in from + 1..=version {
                    migrate(&db, v)?;
                }
                Ok(())
            })
            .await
            .map_err(backend_error)?;
        // Another tab opening a newer schema must not wait for this one forever: close this
        // connection when asked. Later calls here then fail, and callers fall back (feedback
        // is held in memory, never dropped).
        if let Ok(mut changes) = db.version_changes() {
            let watched = db.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if changes.recv().await.is_some() {
                    watched.close();
                }
            });
        }
        Ok(IdbBackend { db: Rc::new(db) })
    }

    /// Names of the object stores, for tests of the schema.
    pub fn table_names(&self) -> Vec<String> {
        self.db.object_store_names().collect()
    }

    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    /// Closes this connection (tests reopen the same database with newer code).
    pub fn close(self) {
        if let Ok(db) = Rc::try_unwrap(self.db) {
            db.close();
        }
    }
}

impl Backend for IdbBackend {
    async fn get(&self, table: Table, key: &str) -> Result<Option<String>> {
        let tx = self
            .db
            .transaction(table.name())
            .build()
            .map_err(backend_error)?;
        let store = tx.object_store(table.name()).map_err(backend_error)?;
        let value: Option<JsValue> = store
            .get(key)
            .primitive()
            .map_err(backend_error)?
            .await
            .map_err(backend_error)?;
        value.map(from_js).transpose()
    }

    async fn put(&self, table: Table, key: &str, value: &str) -> Result<()> {
        let tx = self
            .db
            .transaction(table.name())
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(backend_error)?;
        let store = tx.object_store(table.name()).map_err(backend_error)?;
        store
            .put(to_js(table, value))
            .with_key(key)
            .primitive()
            .map_err(backend_error)?
            .await
            .map_err(backend_error)?;
        // Transactions roll back unless committed: the write counts only once this resolves.
        tx.commit().await.map_err(backend_error)
    }

    async fn delete(&self, table: Table, key: &str) -> Result<()> {
        let tx = self
            .db
            .transaction(table.name())
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(backend_error)?;
        let store = tx.object_store(table.name()).map_err(backend_error)?;
        store
            .delete(key)
            .primitive()
            .map_err(backend_error)?
            .await
            .map_err(backend_error)?;
        tx.commit().await.map_err(backend_error)
    }

    async fn entries(&self, table: Table) -> Result<Vec<(String, String)>> {
        let tx = self
            .db
            .transaction(table.name())
            .build()
            .map_err(backend_error)?;
        let store = tx.object_store(table.name()).map_err(backend_error)?;
        // Both lists come back in key order from one transaction, so they line up.
        let keys: Vec<String> = store
            .get_all_keys()
            .primitive()
            .map_err(backend_error)?
            .await
            .map_err(backend_error)?
            .collect::<indexed_db_futures::Result<_>>()
            .map_err(backend_error)?;
        let values: Vec<JsValue> = store
            .get_all()
            .primitive()
            .map_err(backend_error)?
            .await
            .map_err(backend_error)?
            .collect::<indexed_db_futures::Result<_>>()
            .map_err(backend_error)?;
        let values = values.into_iter().map(from_js);
        keys.into_iter()
            .zip(values)
            .map(|(k, v)| Ok((k, v?)))
            .collect()
    }

    async fn clear(&self, table: Table) -> Result<()> {
        let tx = self
            .db
            .transaction(table.name())
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(backend_error)?;
        let store = tx.object_store(table.name()).map_err(backend_error)?;
        store
            .clear()
            .map_err(backend_error)?
            .await
            .map_err(backend_error)?;
        tx.commit().await.map_err(backend_error)
    }
}

/// How long opening the database may take before the app runs from memory instead.
pub const OPEN_TIMEOUT_MS: i32 = 4000;

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What the app runs on: IndexedDB when it opens, memory otherwise (private mode, blocked
/// storage). Either way the app works; with memory nothing outlives the tab.
#[derive(Clone)]
pub enum DeviceBackend {
    IndexedDb(IdbBackend),
    Memory(MemoryBackend),
}

impl DeviceBackend {
    /// Opens IndexedDB, falling back to memory. The error says why, for a short notice.
    /// An open that hangs (an older tab holds the database and does not let go: `blocked`) also
    /// falls back after [`OPEN_TIMEOUT_MS`], so the app never waits forever.
    pub async fn open() -> (Self, Option<StoreError>) {
        let open = std::pin::pin!(IdbBackend::open(DB_NAME));
        let timeout = std::pin::pin!(sleep(OPEN_TIMEOUT_MS));
        match futures::future::select(open, timeout).await {
            futures::future::Either::Left((Ok(idb), _)) => (DeviceBackend::IndexedDb(idb), None),
            futures::future::Either::Left((Err(e), _)) => {
                (DeviceBackend::Memory(MemoryBackend::new()), Some(e))
            }
            futures::future::Either::Right(_) => (
                DeviceBackend::Memory(MemoryBackend::new()),
                Some(StoreError::Backend("blocked by another tab".into())),
            ),
        }
    }

    pub fn is_persistent(&self) -> bool {
        matches!(self, DeviceBackend::IndexedDb(_))
    }
}

/// The device's own rules (kiosk mode, the staff PIN and its back-off) are also kept in
/// `localStorage`, and read from there when the database has none: a tablet whose IndexedDB
/// fails or is wiped stays a kiosk behind its PIN instead of opening up to whoever is holding
/// it. The family's language is copied too, for the HTML home page to read synchronously; it
/// goes with the family's other settings ("clear my data" deletes it key by key).
/// Small values only; the copy is best effort on top of the real write.
mod mirror {
    use crate::storage::{keys, Table};

    fn local() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    fn name(table: Table, key: &str) -> Option<String> {
        (table == Table::Settings && keys::MIRRORED.contains(&key))
            .then(|| format!("buurtwijzer:{key}"))
    }

    pub fn read(table: Table, key: &str) -> Option<String> {
        local()?.get_item(&name(table, key)?).ok().flatten()
    }

    pub fn write(table: Table, key: &str, value: &str) {
        if let (Some(store), Some(name)) = (local(), name(table, key)) {
            let _ = store.set_item(&name, value);
        }
    }

    pub fn remove(table: Table, key: &str) {
        if let (Some(store), Some(name)) = (local(), name(table, key)) {
            let _ = store.remove_item(&name);
        }
    }
}

impl Backend for DeviceBackend {
    async fn get(&self, table: Table, key: &str) -> Result<Option<String>> {
        let value = match self {
            DeviceBackend::IndexedDb(b) => b.get(table, key).await,
            DeviceBackend::Memory(b) => b.get(table, key).await,
        };
        match value {
            Ok(None) | Err(_) => match mirror::read(table, key) {
                Some(copy) => Ok(Some(copy)),
                None => value,
            },
            found => found,
        }
    }
    async fn put(&self, table: Table, key: &str, value: &str) -> Result<()> {
        mirror::write(table, key, value);
        match self {
            DeviceBackend::IndexedDb(b) => b.put(table, key, value).await,
            DeviceBackend::Memory(b) => b.put(table, key, value).await,
        }
    }
    async fn delete(&self, table: Table, key: &str) -> Result<()> {
        mirror::remove(table, key);
        match self {
            DeviceBackend::IndexedDb(b) => b.delete(table, key).await,
            DeviceBackend::Memory(b) => b.delete(table, key).await,
        }
    }
    async fn entries(&self, table: Table) -> Result<Vec<(String, String)>> {
        match self {
            DeviceBackend::IndexedDb(b) => b.entries(table).await,
            DeviceBackend::Memory(b) => b.entries(table).await,
        }
    }
    async fn clear(&self, table: Table) -> Result<()> {
        match self {
            DeviceBackend::IndexedDb(b) => b.clear(table).await,
            DeviceBackend::Memory(b) => b.clear(table).await,
        }
    }
}
