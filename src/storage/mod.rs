//! Everything the app keeps on the device, behind one small async trait.
//!
//! [`Backend`] is a string key-value store per [`Table`]; [`Storage`] adds the typed
//! operations the app needs on top of it, the same for every backend. Two backends exist:
//! IndexedDB (in the browser) and memory (host tests, and the fallback when IndexedDB is
//! unavailable, e.g. in some private modes). `conformance` is one test suite run against both.

pub mod conformance;
mod memory;
pub mod outbox;
pub mod sending;
pub use memory::MemoryBackend;

#[cfg(target_arch = "wasm32")]
pub mod idb;

use serde::{de::DeserializeOwned, Serialize};
use std::fmt;

/// The object stores. Values are JSON text, so both backends hold the same bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    /// Small preferences such as the chosen language.
    Settings,
    /// The last good catalogue of the neighbourhood offer.
    Catalogue,
    /// Offer ids the family marked with a heart.
    Favourites,
    /// Feedback records waiting to be exported or sent; never dropped silently.
    Outbox,
    /// Feedback records the receiver refused, or that could not be read back: out of the
    /// outbox so they never block delivery, kept until staff export and delete them.
    SetAside,
}

impl Table {
    pub const ALL: [Table; 5] = [
        Table::Settings,
        Table::Catalogue,
        Table::Favourites,
        Table::Outbox,
        Table::SetAside,
    ];

    /// Object store name in IndexedDB.
    pub fn name(self) -> &'static str {
        match self {
            Table::Settings => "settings",
            Table::Catalogue => "catalogue",
            Table::Favourites => "favourites",
            Table::Outbox => "outbox",
            Table::SetAside => "set-aside",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The storage itself failed (blocked, quota full, closed...).
    Backend(String),
    /// A stored value could not be read back as the expected type.
    Corrupt {
        table: Table,
        key: String,
        reason: String,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Backend(e) => write!(f, "storage failed: {e}"),
            StoreError::Corrupt { table, key, reason } => {
                write!(f, "stored {}/{key} is unreadable: {reason}", table.name())
            }
        }
    }
}

impl std::error::Error for StoreError {}

pub type Result<T> = std::result::Result<T, StoreError>;

/// A string key-value store per table. Futures need not be `Send`: the browser is single-threaded.
#[allow(async_fn_in_trait)]
pub trait Backend {
    async fn get(&self, table: Table, key: &str) -> Result<Option<String>>;
    async fn put(&self, table: Table, key: &str, value: &str) -> Result<()>;
    async fn delete(&self, table: Table, key: &str) -> Result<()>;
    /// All entries of a table, ordered by key.
    async fn entries(&self, table: Table) -> Result<Vec<(String, String)>>;
    async fn clear(&self, table: Table) -> Result<()>;
}

/// Setting keys, in one place so no two features collide.
pub mod keys {
    pub const LANGUAGE: &str = "language";
    /// The catalogue table holds a single record under this key.
    pub const CURRENT_CATALOGUE: &str = "current";
    /// The staff PIN's salted hash.
    pub const STAFF_PIN: &str = "staff-pin";
    /// The server address staff chose for sending feedback.
    pub const SYNC_ENDPOINT: &str = "sync-endpoint";
    /// Kiosk mode settings.
    pub const KIOSK: &str = "kiosk";
    /// The family's answer to "your feedback goes to the network's receiver" (yes/no).
    pub const FEEDBACK_CONSENT: &str = "feedback-consent";
    /// The staff's language in the interpreter view.
    pub const STAFF_LANGUAGE: &str = "staff-language";
    /// A catalogue staff imported on this device (it stays until a newer one is published).
    pub const STAFF_CATALOGUE: &str = "staff-catalogue";
    /// Where earlier versions kept the staff token and the records fetched with it, in plain
    /// text. Both now live only in the unlocked staff page; start-up deletes these.
    pub const LEGACY_SECRETS: [&str; 2] = ["staff-token", "network-records"];
    /// Wrong PINs in a row and until when the PIN is refused (the back-off).
    pub const PIN_ATTEMPTS: &str = "staff-pin-attempts";
    /// The neighbourhood this device shows. Kept by "clear my data" and the kiosk reset, so a
    /// waiting-room tablet does not ask every family again.
    pub const NEIGHBOURHOOD: &str = "neighbourhood";
    /// Settings that belong to the network's staff or the device, not to the family holding
    /// it: "clear my data" keeps them.
    pub const STAFF: [&str; 7] = [
        PIN_ATTEMPTS,
        STAFF_PIN,
        SYNC_ENDPOINT,
        KIOSK,
        STAFF_LANGUAGE,
        STAFF_CATALOGUE,
        NEIGHBOURHOOD,
    ];
    /// Also kept in `localStorage` (see `idb::DeviceBackend`): what keeps a shared tablet shut
    /// to the family holding it, so a failing database does not switch it off; and the family's
    /// language, which the HTML home page (scripts/shell.mjs) reads before any wasm runs.
    pub const MIRRORED: [&str; 4] = [KIOSK, STAFF_PIN, PIN_ATTEMPTS, LANGUAGE];
}

/// The typed operations of the app, over any backend.
#[derive(Clone)]
pub struct Storage<B> {
    backend: B,
}

impl<B: Backend> Storage<B> {
    pub fn new(backend: B) -> Self {
        Storage { backend }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    async fn get_json<T: DeserializeOwned>(&self, table: Table, key: &str) -> Result<Option<T>> {
        match self.backend.get(table, key).await? {
            None => Ok(None),
            Some(text) => serde_json::from_str(&text)
                .map(Some)
                .map_err(|e| StoreError::Corrupt {
                    table,
                    key: key.to_owned(),
                    reason: e.to_string(),
                }),
        }
    }

    async fn put_json<T: Serialize + ?Sized>(
        &self,
        table: Table,
        key: &str,
        value: &T,
    ) -> Result<()> {
        let text = serde_json::to_string(value).map_err(|e| StoreError::Backend(e.to_string()))?;
        self.backend.put(table, key, &text).await
    }

    pub async fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>> {
        self.get_json(Table::Settings, key).await
    }

    pub async fn set_setting<T: Serialize + ?Sized>(&self, key: &str, value: &T) -> Result<()> {
        self.put_json(Table::Settings, key, value).await
    }

    pub async fn delete_setting(&self, key: &str) -> Result<()> {
        self.backend.delete(Table::Settings, key).await
    }

    pub async fn catalogue<T: DeserializeOwned>(&self) -> Result<Option<T>> {
        self.get_json(Table::Catalogue, keys::CURRENT_CATALOGUE)
            .await
    }

    /// Replaces the stored catalogue. Callers validate first: only a good catalogue is stored.
    pub async fn set_catalogue<T: Serialize + ?Sized>(&self, catalogue: &T) -> Result<()> {
        self.put_json(Table::Catalogue, keys::CURRENT_CATALOGUE, catalogue)
            .await
    }

    /// Favourite offer ids, sorted.
    pub async fn favourites(&self) -> Result<Vec<String>> {
        Ok(self
            .backend
            .entries(Table::Favourites)
            .await?
            .into_iter()
            .map(|(k, _)| k)
            .collect())
    }

    pub async fn set_favourite(&self, offer_id: &str, favourite: bool) -> Result<()> {
        if favourite {
            self.backend.put(Table::Favourites, offer_id, "true").await
        } else {
            self.backend.delete(Table::Favourites, offer_id).await
        }
    }

    /// "Clear my data" (and the kiosk reset): favourites and the family's settings go; staff
    /// settings stay; unsent feedback goes only if the family chose so. The last good
    /// catalogue stays: it is the neighbourhood's public list, the same for every family, and
    /// without it a bad published catalogue would leave no offer at all.
    pub async fn clear_family_data(&self, with_outbox: bool) -> Result<()> {
        self.backend.clear(Table::Favourites).await?;
        for (key, _) in self.backend.entries(Table::Settings).await? {
            if !keys::STAFF.contains(&key.as_str()) {
                self.backend.delete(Table::Settings, &key).await?;
            }
        }
        if with_outbox {
            self.backend.clear(Table::Outbox).await?;
            self.backend.clear(Table::SetAside).await?;
        }
        Ok(())
    }

    /// Adds or replaces an outbox record under its id.
    pub async fn outbox_put<T: Serialize + ?Sized>(&self, id: &str, record: &T) -> Result<()> {
        self.put_json(Table::Outbox, id, record).await
    }

    /// Every outbox record, ordered by id. A record that cannot be read fails the whole call
    /// rather than vanishing from the list.
    pub async fn outbox<T: DeserializeOwned>(&self) -> Result<Vec<T>> {
        self.all_json(Table::Outbox).await
    }

    /// Every value of `table` read as `T`, ordered by key; the first unreadable one fails.
    async fn all_json<T: DeserializeOwned>(&self, table: Table) -> Result<Vec<T>> {
        self.backend
            .entries(table)
            .await?
            .into_iter()
            .map(|(key, text)| {
                serde_json::from_str(&text).map_err(|e| StoreError::Corrupt {
                    table,
                    key,
                    reason: e.to_string(),
                })
            })
            .collect()
    }

    /// Every outbox entry as stored (key, JSON text), ordered by key, readable or not.
    pub async fn outbox_entries(&self) -> Result<Vec<(String, String)>> {
        self.backend.entries(Table::Outbox).await
    }

    /// Moves an outbox entry aside: written to the set-aside table first, then removed from
    /// the outbox, so a failure in between leaves it in both places, never in neither.
    pub async fn set_aside<T: Serialize + ?Sized>(&self, key: &str, entry: &T) -> Result<()> {
        self.put_json(Table::SetAside, key, entry).await?;
        self.backend.delete(Table::Outbox, key).await
    }

    /// What was set aside, ordered by key.
    pub async fn set_aside_entries<T: DeserializeOwned>(&self) -> Result<Vec<T>> {
        self.all_json(Table::SetAside).await
    }

    /// How many records are set aside (without reading them as records).
    pub async fn set_aside_count(&self) -> Result<usize> {
        Ok(self.backend.entries(Table::SetAside).await?.len())
    }

    pub async fn clear_set_aside(&self) -> Result<()> {
        self.backend.clear(Table::SetAside).await
    }

    /// Removes records once they are delivered.
    pub async fn outbox_remove(&self, ids: &[&str]) -> Result<()> {
        for id in ids {
            self.backend.delete(Table::Outbox, id).await?;
        }
        Ok(())
    }
}
