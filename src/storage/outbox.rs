//! The feedback outbox: every record is written to the device before anything else happens,
//! and leaves only when a server acknowledged it (or staff clear it). When the device refuses
//! the write (storage full, blocked), the record is held in memory, the app says so, and the
//! write is tried again — a record is never dropped silently.

use super::{Backend, Result, Storage, StoreError};
use crate::domain::feedback::Record;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

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
}

impl<B: Backend> Outbox<B> {
    pub fn new(storage: Storage<B>) -> Self {
        Outbox {
            storage,
            held: Rc::default(),
        }
    }

    /// Writes (or replaces, same id) a record; on failure holds it in memory.
    pub async fn save(&self, record: &Record) -> Saved {
        match self.storage.outbox_put(&record.id, record).await {
            Ok(()) => {
                self.held.borrow_mut().remove(&record.id);
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
            }
        }
        self.held_count()
    }

    pub fn held_count(&self) -> usize {
        self.held.borrow().len()
    }

    /// Every waiting record, on the device or held, oldest first. A held record is newer
    /// than a stored one with the same id (it is the write that failed).
    pub async fn records(&self) -> Result<Vec<Record>> {
        let mut all: BTreeMap<String, Record> = self
            .storage
            .outbox::<Record>()
            .await?
            .into_iter()
            .map(|r| (r.id.clone(), r))
            .collect();
        for (id, r) in self.held.borrow().iter() {
            all.insert(id.clone(), r.clone());
        }
        let mut list: Vec<Record> = all.into_values().collect();
        list.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        Ok(list)
    }

    /// Removes the acknowledged records among `sent` — but only where the waiting record is
    /// still the one that was sent: a rating completed while it was on its way stays, to go
    /// out again. Returns how many left the outbox.
    pub async fn acknowledge(&self, sent: &[Record], ids: &[String]) -> Result<usize> {
        let current: BTreeMap<String, Record> = self
            .records()
            .await?
            .into_iter()
            .map(|r| (r.id.clone(), r))
            .collect();
        let mut removed = 0;
        for record in sent.iter().filter(|r| ids.contains(&r.id)) {
            if current.get(&record.id) == Some(record) {
                self.storage.outbox_remove(&[&record.id]).await?;
                self.held.borrow_mut().remove(&record.id);
                removed += 1;
            }
        }
        Ok(removed)
    }
}
