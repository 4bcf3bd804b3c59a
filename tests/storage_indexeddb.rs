//! The shared storage suite against real IndexedDB, in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown`, see `cargo xtask test`), plus schema upgrades.
#![cfg(target_arch = "wasm32")]

use buurtwijzer::storage::idb::{IdbBackend, SCHEMA_VERSION};
use buurtwijzer::storage::{conformance, keys, Storage, Table};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// Raw IndexedDB access from JS, to see what the backend really wrote and to write as an
// earlier release did.
#[wasm_bindgen(inline_js = r#"
function store(db, name, mode, work) {
  return new Promise((ok, no) => {
    const open = indexedDB.open(db);
    open.onerror = () => no(open.error);
    open.onsuccess = () => {
      const request = work(open.result.transaction(name, mode).objectStore(name));
      request.onsuccess = () => { ok(request.result); open.result.close(); };
      request.onerror = () => no(request.error);
    };
  });
}
export function read_raw(db, name, key) { return store(db, name, "readonly", (s) => s.get(key)); }
export function write_raw(db, name, key, value) { return store(db, name, "readwrite", (s) => s.put(value, key)); }
"#)]
extern "C" {
    fn read_raw(db: &str, name: &str, key: &str) -> js_sys::Promise;
    fn write_raw(db: &str, name: &str, key: &str, value: &JsValue) -> js_sys::Promise;
}

#[wasm_bindgen_test]
async fn the_catalogue_is_kept_as_utf8_bytes_and_a_string_from_an_earlier_version_still_reads() {
    let name = format!("test-bytes-{}", js_sys::Math::random());
    let s = Storage::new(IdbBackend::open(&name).await.unwrap());
    let texts = vec!["Crèche".to_string(), "حضانة".into(), "👶".into()];
    s.set_catalogue(&texts).await.unwrap();
    let raw = JsFuture::from(read_raw(&name, "catalogue", keys::CURRENT_CATALOGUE))
        .await
        .unwrap();
    let bytes = raw
        .dyn_into::<js_sys::Uint8Array>()
        .expect("stored as bytes");
    assert_eq!(bytes.to_vec(), serde_json::to_vec(&texts).unwrap());
    assert_eq!(s.catalogue::<Vec<String>>().await.unwrap(), Some(texts));

    // Settings stay strings.
    s.set_setting(keys::LANGUAGE, "ar").await.unwrap();
    let raw = JsFuture::from(read_raw(&name, "settings", keys::LANGUAGE))
        .await
        .unwrap();
    assert_eq!(raw.as_string().as_deref(), Some("\"ar\""));

    // Written as a string, the way earlier versions kept the catalogue.
    JsFuture::from(write_raw(
        &name,
        "catalogue",
        keys::CURRENT_CATALOGUE,
        &JsValue::from_str(r#"["oud"]"#),
    ))
    .await
    .unwrap();
    assert_eq!(
        s.catalogue::<Vec<String>>().await.unwrap(),
        Some(vec!["oud".to_string()])
    );

    // Anything else is a clear error, not a panic.
    JsFuture::from(write_raw(
        &name,
        "catalogue",
        keys::CURRENT_CATALOGUE,
        &JsValue::from(7),
    ))
    .await
    .unwrap();
    assert!(s.catalogue::<Vec<String>>().await.is_err());
}

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

/// Two tabs: an older connection that is still open (today's code) lets a newer schema in,
/// instead of blocking it; its records stay.
#[wasm_bindgen_test]
async fn an_open_tab_yields_to_a_schema_upgrade_in_another() {
    let name = format!("test-two-tabs-{}", js_sys::Math::random());
    let old_tab = IdbBackend::open_at_version(&name, 1).await.unwrap();
    Storage::new(old_tab.clone())
        .set_favourite("offer-1", true)
        .await
        .unwrap();
    // The other tab upgrades while the old tab's connection is open.
    let new_tab = IdbBackend::open(&name).await.unwrap();
    assert_eq!(new_tab.version(), SCHEMA_VERSION);
    assert_eq!(
        Storage::new(new_tab).favourites().await.unwrap(),
        ["offer-1"]
    );
    // The old tab's connection is closed now: its calls fail instead of corrupting anything.
    assert!(Storage::new(old_tab).favourites().await.is_err());
}

/// A tab of the first release (no `versionchange` handling) holds the database open: the app
/// does not wait forever but runs from memory and says why.
#[wasm_bindgen_test]
async fn a_blocked_upgrade_falls_back_to_memory_instead_of_hanging() {
    use buurtwijzer::storage::idb::{DeviceBackend, DB_NAME};
    use indexed_db_futures::prelude::*;
    let _ = indexed_db_futures::database::Database::delete_by_name(DB_NAME)
        .unwrap()
        .await;
    let stubborn = indexed_db_futures::database::Database::open(DB_NAME)
        .with_version(1u32)
        .await
        .unwrap();
    let (backend, error) = DeviceBackend::open().await;
    assert!(!backend.is_persistent(), "ran from memory");
    assert!(error.is_some());
    stubborn.close();
}
