//! When the device refuses a write (storage full, blocked), the outbox holds the record in
//! memory, keeps showing it, and writes it once the device accepts again.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::feedback::{Record, Topic};
use buurtwijzer::storage::outbox::{Outbox, Saved};
use buurtwijzer::storage::{Backend, MemoryBackend, Result, Storage, StoreError, Table};
use std::cell::Cell;
use std::rc::Rc;

/// Memory storage whose writes fail while `full` is set, like a device out of quota.
#[derive(Clone, Default)]
struct FullDevice {
    inner: MemoryBackend,
    full: Rc<Cell<bool>>,
}

impl Backend for FullDevice {
    async fn get(&self, table: Table, key: &str) -> Result<Option<String>> {
        self.inner.get(table, key).await
    }
    async fn put(&self, table: Table, key: &str, value: &str) -> Result<()> {
        if self.full.get() {
            return Err(StoreError::Backend("QuotaExceededError".into()));
        }
        self.inner.put(table, key, value).await
    }
    async fn delete(&self, table: Table, key: &str) -> Result<()> {
        self.inner.delete(table, key).await
    }
    async fn entries(&self, table: Table) -> Result<Vec<(String, String)>> {
        self.inner.entries(table).await
    }
    async fn clear(&self, table: Table) -> Result<()> {
        self.inner.clear(table).await
    }
}

fn signal(id: &str, text: &str) -> Record {
    Record::signal(
        id.into(),
        Topic::Neighbourhood,
        None,
        text,
        "ar",
        format!("2026-11-23T09:00:0{}", id.len()),
    )
}

#[test]
fn a_refused_write_is_held_shown_and_written_later() {
    pollster::block_on(async {
        let device = FullDevice::default();
        let outbox = Outbox::new(Storage::new(device.clone()));
        assert_eq!(outbox.save(&signal("a", "first")).await, Saved::OnDevice);

        device.full.set(true);
        let saved = outbox.save(&signal("bb", "الرصيف مكسور")).await;
        assert!(matches!(saved, Saved::HeldInMemory(StoreError::Backend(_))));
        assert_eq!(outbox.held_count(), 1);
        let ids: Vec<_> = outbox
            .records()
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(
            ids,
            ["a", "bb"],
            "the held record is still listed (and sent)"
        );

        // Still full: the retry keeps it.
        assert_eq!(outbox.retry_held().await, 1);

        device.full.set(false);
        assert_eq!(outbox.retry_held().await, 0);
        let stored: Vec<Record> = Storage::new(device.inner.clone()).outbox().await.unwrap();
        assert_eq!(stored.len(), 2);
        assert_eq!(stored[1].text, "الرصيف مكسور");
    });
}

#[test]
fn a_held_record_can_be_acknowledged_without_ever_reaching_the_device() {
    pollster::block_on(async {
        let device = FullDevice::default();
        device.full.set(true);
        let outbox = Outbox::new(Storage::new(device.clone()));
        outbox.save(&signal("a", "x")).await;
        let sent = outbox.records().await.unwrap();
        assert_eq!(outbox.acknowledge(&sent, &["a".into()]).await.unwrap(), 1);
        assert_eq!(outbox.held_count(), 0);
        assert!(outbox.records().await.unwrap().is_empty());
    });
}
