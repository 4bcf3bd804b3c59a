//! The shared storage suite against real IndexedDB, in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown`, see scripts/test), plus schema upgrades.
#![cfg(target_arch = "wasm32")]

use buurtwijzer::storage::idb::{IdbBackend, SCHEMA_VERSION};
use buurtwijzer::storage::{conformance, keys, Storage, Table};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh database per test, so tests never see each other's records.
async fn fresh(name: &str) -> Storage<IdbBackend> {
    let name = format!("test-{name}-{}", js_sys::Math::random());
    Storage::new(IdbBackend::open(&name).await.expect("IndexedDB opens"))
}

macro_rules! case {
    ($name:ident) => {
        #[wasm_bindgen_test]
        async fn $name() {
            conformance::$name(fresh(stringify!($name)).await).await;
        }
    };
}

buurtwijzer::for_each_storage_check!(case);

#[wasm_bindgen_test]
async fn records_survive_closing_and_reopening() {
    let name = format!("test-reopen-{}", js_sys::Math::random());
    let first = IdbBackend::open(&name).await.unwrap();
    let s = Storage::new(first.clone());
    s.set_setting(keys::LANGUAGE, "ar").await.unwrap();
    s.outbox_put("r1", &"a rating").await.unwrap();
    drop(s);
    first.close();

    let again = Storage::new(IdbBackend::open(&name).await.unwrap());
    assert_eq!(
        again
            .setting::<String>(keys::LANGUAGE)
            .await
            .unwrap()
            .as_deref(),
        Some("ar")
    );
    assert_eq!(again.outbox::<String>().await.unwrap(), ["a rating"]);
}

#[wasm_bindgen_test]
async fn upgrading_a_version_1_database_keeps_every_record() {
    let name = format!("test-upgrade-{}", js_sys::Math::random());

    // Written as the first release did: schema v1 has no outbox yet.
    let v1 = IdbBackend::open_at_version(&name, 1).await.unwrap();
    assert_eq!(v1.version(), 1);
    assert!(!v1.table_names().contains(&"outbox".to_string()));
    let old = Storage::new(v1.clone());
    old.set_setting(keys::LANGUAGE, "fr").await.unwrap();
    old.set_catalogue(&vec!["offer-1", "offer-2"])
        .await
        .unwrap();
    old.set_favourite("offer-2", true).await.unwrap();
    drop(old);
    v1.close();

    // Opened by today's code: migrated, nothing lost, and the new table works.
    let current = IdbBackend::open(&name).await.unwrap();
    assert_eq!(current.version(), SCHEMA_VERSION);
    let names = current.table_names();
    for table in Table::ALL {
        assert!(
            names.contains(&table.name().to_string()),
            "{} missing after upgrade",
            table.name()
        );
    }
    let s = Storage::new(current);
    assert_eq!(
        s.setting::<String>(keys::LANGUAGE)
            .await
            .unwrap()
            .as_deref(),
        Some("fr")
    );
    assert_eq!(
        s.catalogue::<Vec<String>>().await.unwrap(),
        Some(vec!["offer-1".into(), "offer-2".into()])
    );
    assert_eq!(s.favourites().await.unwrap(), ["offer-2"]);
    s.outbox_put("r1", &"new record").await.unwrap();
    assert_eq!(s.outbox::<String>().await.unwrap(), ["new record"]);
}
