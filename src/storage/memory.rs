//! In-memory backend: host tests, and the fallback when IndexedDB cannot be opened.

use super::{Backend, Result, Table};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Cloning shares the same data, like two handles on one database.
#[derive(Debug, Clone, Default)]
pub struct MemoryBackend {
    tables: Rc<RefCell<BTreeMap<Table, BTreeMap<String, String>>>>,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }
}

impl Backend for MemoryBackend {
    async fn get(&self, table: Table, key: &str) -> Result<Option<String>> {
        Ok(self
            .tables
            .borrow()
            .get(&table)
            .and_then(|t| t.get(key).cloned()))
    }

    async fn put(&self, table: Table, key: &str, value: &str) -> Result<()> {
        self.tables
            .borrow_mut()
            .entry(table)
            .or_default()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    async fn delete(&self, table: Table, key: &str) -> Result<()> {
        if let Some(t) = self.tables.borrow_mut().get_mut(&table) {
            t.remove(key);
        }
        Ok(())
    }

    async fn entries(&self, table: Table) -> Result<Vec<(String, String)>> {
        Ok(self
            .tables
            .borrow()
            .get(&table)
            .map(|t| t.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default())
    }

    async fn clear(&self, table: Table) -> Result<()> {
        self.tables.borrow_mut().remove(&table);
        Ok(())
    }
}
