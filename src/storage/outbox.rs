//! The feedback outbox: every record is written to the device before anything else happens,
//! and leaves only when a server acknowledged it (or staff clear it). When the device refuses
//! the write (storage full, blocked), the record is held in memory, the app says so, and the
//! write is tried again — a record is never dropped silently. A record the receiver refuses,
//! or one that can no longer be read, is moved aside so it never blocks the others.

use super::{Backend, Result, Storage, StoreError};
use crate::domain::feedback::Record;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A record out of the outbox for a human to look at: the text as it was stored (also when it
/// does not parse) and why it was set aside.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SetAside {
    pub stored: String,
    /// The receiver's error codes (`target-invalid`, …), or [`UNREADABLE`].
    pub reasons: Vec<String>,
}

/// The reason for a stored value that is no longer a record.
pub const UNREADABLE: &str = "unreadable";

/// The set-aside records as one JSON file for staff: `[{"reasons": [...], "record": …}]`, the
/// record as JSON where it parses and as the stored text where it does not.
pub fn set_aside_json(list: &[SetAside]) -> String {
    let items: Vec<serde_json::Value> = list
        .iter()
        .map(|s| {
            let record = serde_json::from_str(&s.stored)
                .unwrap_or_else(|_| serde_json::Value::String(s.stored.clone()));
            serde_json::json!({"reasons": s.reasons, "record": record})
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into())
}

/// Where a saved record is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    OnDevice,
    /// The device refused it; it lives in memory until a retry succeeds.
    HeldInMemory(StoreError),
}

#[derive(Clone)]
pub struct Outbox<B> {
    storage: Storage<B>,
    /// Records the device refused, by id.
    held: Rc<RefCell<BTreeMap<String, Record>>>,
    /// The records on the device by id, read once and then kept in step with every write made
    /// here (write-through), so a tap does not read and parse the whole outbox several times.
    /// [`reload`](Self::reload) reads the device afresh: each round of sending starts with it,
    /// so records another tab wrote are sent too.
    stored: Rc<RefCell<Option<BTreeMap<String, Record>>>>,
}

impl<B: Backend> Outbox<B> {
    pub fn new(storage: Storage<B>) -> Self {
        Outbox {
            storage,
            held: Rc::default(),
            stored: Rc::default(),
        }
    }

    /// Keeps the mirror in step with a write that reached the device.
    fn mirror(&self, change: impl FnOnce(&mut BTreeMap<String, Record>)) {
        if let Some(stored) = self.stored.borrow_mut().as_mut() {
            change(stored);
        }
    }

    /// Writes (or replaces, same id) a record; on failure holds it in memory.
    pub async fn save(&self, record: &Record) -> Saved {
        match self.storage.outbox_put(&record.id, record).await {
            Ok(()) => {
                self.held.borrow_mut().remove(&record.id);
                self.mirror(|m| {
                    m.insert(record.id.clone(), record.clone());
                });
                Saved::OnDevice
            }
            Err(e) => {
                self.held
                    .borrow_mut()
                    .insert(record.id.clone(), record.clone());
                Saved::HeldInMemory(e)
            }
        }
    }

    /// Tries again to write the held records; returns how many are still only in memory.
    pub async fn retry_held(&self) -> usize {
        let held: Vec<Record> = self.held.borrow().values().cloned().collect();
        for record in held {
            if self.storage.outbox_put(&record.id, &record).await.is_ok() {
                self.held.borrow_mut().remove(&record.id);
                self.mirror(|m| {
                    m.insert(record.id.clone(), record);
                });
            }
        }
        self.held_count()
    }

    pub fn held_count(&self) -> usize {
        self.held.borrow().len()
    }

    /// Every waiting record, on the device or held, oldest first. A held record is newer
    /// than a stored one with the same id (it is the write that failed). A stored value that is
    /// not a record is moved aside rather than blocking the rest.
    pub async fn records(&self) -> Result<Vec<Record>> {
        let loaded = self.stored.borrow().clone();
        let mut all = match loaded {
            Some(stored) => stored,
            None => {
                let stored = self.read_device().await?;
                *self.stored.borrow_mut() = Some(stored.clone());
                stored
            }
        };
        for (id, r) in self.held.borrow().iter() {
            all.insert(id.clone(), r.clone());
        }
        let mut list: Vec<Record> = all.into_values().collect();
        list.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        Ok(list)
    }

    /// [`records`](Self::records), read from the device afresh.
    pub async fn reload(&self) -> Result<Vec<Record>> {
        *self.stored.borrow_mut() = None;
        self.records().await
    }

    /// The records on the device by id; a value that is not a record is moved aside.
    async fn read_device(&self) -> Result<BTreeMap<String, Record>> {
        let mut all: BTreeMap<String, Record> = BTreeMap::new();
        for (key, text) in self.storage.outbox_entries().await? {
            match serde_json::from_str::<Record>(&text) {
                Ok(r) => {
                    all.insert(r.id.clone(), r);
                }
                Err(_) => {
                    let entry = SetAside {
                        stored: text,
                        reasons: vec![UNREADABLE.into()],
                    };
                    // If even that fails, the value stays where it is and is skipped.
                    let _ = self.storage.set_aside(&key, &entry).await;
                }
            }
        }
        Ok(all)
    }

    /// The waiting records by id, to compare with what was sent.
    async fn current(&self) -> Result<BTreeMap<String, Record>> {
        Ok(self
            .records()
            .await?
            .into_iter()
            .map(|r| (r.id.clone(), r))
            .collect())
    }

    /// Removes the acknowledged records among `sent` — but only where the waiting record is
    /// still the one that was sent: a rating completed while it was on its way stays, to go
    /// out again. Returns how many left the outbox.
    pub async fn acknowledge(&self, sent: &[Record], ids: &[String]) -> Result<usize> {
        let current = self.current().await?;
        let mut removed = 0;
        for record in sent.iter().filter(|r| ids.contains(&r.id)) {
            if current.get(&record.id) == Some(record) {
                self.storage.outbox_remove(&[&record.id]).await?;
                self.held.borrow_mut().remove(&record.id);
                self.mirror(|m| {
                    m.remove(&record.id);
                });
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Moves aside the records of `sent` the receiver refused (`(id, reasons)`), where the
    /// waiting record is still the one that was sent. Returns how many were moved.
    pub async fn set_aside_refused(
        &self,
        sent: &[Record],
        refused: &[(String, Vec<String>)],
    ) -> Result<usize> {
        let current = self.current().await?;
        let mut moved = 0;
        for (id, reasons) in refused {
            let Some(record) = sent.iter().find(|r| &r.id == id) else {
                continue;
            };
            if current.get(id) != Some(record) {
                continue;
            }
            let entry = SetAside {
                stored: serde_json::to_string(record).unwrap_or_default(),
                reasons: reasons.clone(),
            };
            // A device that refuses this write keeps the record waiting; the caller backs off.
            self.storage.set_aside(id, &entry).await?;
            self.held.borrow_mut().remove(id);
            self.mirror(|m| {
                m.remove(id);
            });
            moved += 1;
        }
        Ok(moved)
    }

    pub async fn set_aside_list(&self) -> Result<Vec<SetAside>> {
        self.storage.set_aside_entries().await
    }

    pub async fn set_aside_count(&self) -> Result<usize> {
        self.storage.set_aside_count().await
    }

    pub async fn clear_set_aside(&self) -> Result<()> {
        self.storage.clear_set_aside().await
    }
}
