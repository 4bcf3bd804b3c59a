//! One test suite for every storage backend (memory on the host, IndexedDB in Chromium).
//!
//! Each check takes a fresh, empty [`Storage`] and panics on a wrong result. The test files
//! turn every check into a test with [`for_each_storage_check!`](crate::for_each_storage_check):
//! `tests/storage_memory.rs` on the host and `tests/storage_indexeddb.rs` in the browser.

use super::{Backend, Storage, StoreError, Table};
use serde::{Deserialize, Serialize};

/// Calls `$case!(check_name);` for every check in this module.
#[macro_export]
macro_rules! for_each_storage_check {
    ($case:ident) => {
        $case!(settings_round_trip);
        $case!(catalogue_is_replaced_whole);
        $case!(favourites_toggle);
        $case!(outbox_keeps_every_record_until_removed);
        $case!(any_script_survives);
        $case!(corrupt_values_are_reported_not_dropped);
        $case!(clearing_one_table_keeps_the_others);
        $case!(outbox_removes_only_acknowledged_unchanged_records);
        $case!(refused_and_unreadable_records_are_set_aside_not_lost);
        $case!(clearing_family_data_keeps_staff_settings);
    };
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Record {
    id: String,
    text: String,
    score: u8,
}

fn record(id: &str, text: &str, score: u8) -> Record {
    Record {
        id: id.into(),
        text: text.into(),
        score,
    }
}

pub async fn settings_round_trip<B: Backend>(s: Storage<B>) {
    assert_eq!(s.setting::<String>("language").await.unwrap(), None);
    s.set_setting("language", "ar").await.unwrap();
    assert_eq!(
        s.setting::<String>("language").await.unwrap().as_deref(),
        Some("ar")
    );
    s.set_setting("language", "fr").await.unwrap();
    assert_eq!(
        s.setting::<String>("language").await.unwrap().as_deref(),
        Some("fr")
    );
    s.set_setting("kiosk-seconds", &90u32).await.unwrap();
    assert_eq!(s.setting::<u32>("kiosk-seconds").await.unwrap(), Some(90));
    assert_eq!(
        s.setting::<String>("language").await.unwrap().as_deref(),
        Some("fr")
    );
}

pub async fn catalogue_is_replaced_whole<B: Backend>(s: Storage<B>) {
    assert_eq!(s.catalogue::<Vec<Record>>().await.unwrap(), None);
    let first = vec![record("a", "one", 1), record("b", "two", 2)];
    s.set_catalogue(&first).await.unwrap();
    assert_eq!(s.catalogue::<Vec<Record>>().await.unwrap(), Some(first));
    let second = vec![record("c", "three", 3)];
    s.set_catalogue(&second).await.unwrap();
    assert_eq!(s.catalogue::<Vec<Record>>().await.unwrap(), Some(second));
}

pub async fn favourites_toggle<B: Backend>(s: Storage<B>) {
    assert!(s.favourites().await.unwrap().is_empty());
    s.set_favourite("offer-b", true).await.unwrap();
    s.set_favourite("offer-a", true).await.unwrap();
    s.set_favourite("offer-a", true).await.unwrap();
    s.set_favourite("offer-never-added", false).await.unwrap();
    assert_eq!(s.favourites().await.unwrap(), ["offer-a", "offer-b"]);
    s.set_favourite("offer-a", false).await.unwrap();
    assert_eq!(s.favourites().await.unwrap(), ["offer-b"]);
}

pub async fn outbox_keeps_every_record_until_removed<B: Backend>(s: Storage<B>) {
    let records = [
        record("r3", "c", 3),
        record("r1", "a", 1),
        record("r2", "b", 2),
    ];
    for r in &records {
        s.outbox_put(&r.id, r).await.unwrap();
    }
    let stored: Vec<Record> = s.outbox().await.unwrap();
    assert_eq!(
        stored.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["r1", "r2", "r3"]
    );
    // Writing the same id again replaces, never duplicates (retries are safe).
    s.outbox_put("r2", &record("r2", "b, again", 2))
        .await
        .unwrap();
    let stored: Vec<Record> = s.outbox().await.unwrap();
    assert_eq!(stored.len(), 3);
    assert_eq!(stored[1].text, "b, again");
    s.outbox_remove(&["r1", "r3", "not-there"]).await.unwrap();
    let stored: Vec<Record> = s.outbox().await.unwrap();
    assert_eq!(stored, [record("r2", "b, again", 2)]);
}

pub async fn any_script_survives<B: Backend>(s: Storage<B>) {
    let text =
        "مرحبا — “quotes”, 'single', \\ back\nnew line\ttab 👨‍👩‍👧 ÇŞĞ Ελληνικά \u{2067}x\u{2069}";
    let long = "ب".repeat(100_000);
    s.outbox_put("script", &record("script", text, 0))
        .await
        .unwrap();
    s.outbox_put("long", &record("long", &long, 0))
        .await
        .unwrap();
    let stored: Vec<Record> = s.outbox().await.unwrap();
    assert_eq!(stored[0].text, long);
    assert_eq!(stored[1].text, text);
}

pub async fn corrupt_values_are_reported_not_dropped<B: Backend>(s: Storage<B>) {
    s.outbox_put("good", &record("good", "fine", 1))
        .await
        .unwrap();
    s.backend()
        .put(Table::Outbox, "bad", "{not json")
        .await
        .unwrap();
    match s.outbox::<Record>().await {
        Err(StoreError::Corrupt {
            table: Table::Outbox,
            key,
            ..
        }) => assert_eq!(key, "bad"),
        other => panic!("expected a corrupt-record error, got {other:?}"),
    }
    // The raw entries are all still there for a human to rescue.
    assert_eq!(s.backend().entries(Table::Outbox).await.unwrap().len(), 2);
    s.backend()
        .put(Table::Settings, "language", "not json")
        .await
        .unwrap();
    assert!(matches!(
        s.setting::<String>("language").await,
        Err(StoreError::Corrupt { .. })
    ));
}

pub async fn clearing_one_table_keeps_the_others<B: Backend>(s: Storage<B>) {
    s.set_setting("language", "ar").await.unwrap();
    s.set_favourite("offer-a", true).await.unwrap();
    s.outbox_put("r1", &record("r1", "a", 1)).await.unwrap();
    s.backend().clear(Table::Favourites).await.unwrap();
    assert!(s.favourites().await.unwrap().is_empty());
    assert_eq!(
        s.setting::<String>("language").await.unwrap().as_deref(),
        Some("ar")
    );
    assert_eq!(s.outbox::<Record>().await.unwrap().len(), 1);
}

/// The feedback outbox over this backend: an acknowledgement removes exactly the records that
/// were sent and are unchanged since; everything else stays.
pub async fn outbox_removes_only_acknowledged_unchanged_records<B: Backend>(s: Storage<B>) {
    use super::outbox::{Outbox, Saved};
    use crate::domain::feedback::{Face, Reason, Record as Feedback};
    let outbox = Outbox::new(s);
    let at = |m: u8| format!("2026-11-23T10:{m:02}:00");
    let a = Feedback::rating("a".into(), "offer-1", Face::Sad, "ar", at(1));
    let b = Feedback::missing("b".into(), "zwemles", "nl", at(2));
    let c = Feedback::missing("c".into(), "فطور", "ar", at(3));
    for r in [&a, &b, &c] {
        assert_eq!(outbox.save(r).await, Saved::OnDevice);
    }
    let sent = outbox.records().await.unwrap();
    assert_eq!(
        sent.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    // While the batch travels, the family adds reasons to rating `a`.
    let a2 = a.clone().with_details(&[Reason::TooFar], "بعيد");
    outbox.save(&a2).await;
    // The server acknowledges a, b and an id it was never sent; c got lost.
    let acked = ["a".to_owned(), "b".to_owned(), "zzz".to_owned()];
    assert_eq!(outbox.acknowledge(&sent, &acked).await.unwrap(), 1);
    let left = outbox.records().await.unwrap();
    assert_eq!(
        left,
        vec![a2, c],
        "the completed rating and the lost record wait"
    );
}

/// A record the receiver refused, and a stored value that is no longer a record, leave the
/// outbox for the set-aside table, with their reasons: nothing blocks, nothing is lost.
pub async fn refused_and_unreadable_records_are_set_aside_not_lost<B: Backend + Clone>(
    s: Storage<B>,
) {
    use super::outbox::{set_aside_json, Outbox, SetAside, UNREADABLE};
    use crate::domain::feedback::{Face, Reason, Record as Feedback};
    let outbox = Outbox::new(s.clone());
    let at = |m: u8| format!("2026-11-23T10:{m:02}:00");
    let a = Feedback::rating("a".into(), &"x".repeat(300), Face::Sad, "ar", at(1));
    let b = Feedback::missing("b".into(), "zwemles", "nl", at(2));
    let c = Feedback::rating("c".into(), "offer-1", Face::Happy, "nl", at(3));
    for r in [&a, &b, &c] {
        outbox.save(r).await;
    }
    s.backend()
        .put(Table::Outbox, "broken", "{not json")
        .await
        .unwrap();
    let sent = outbox.records().await.unwrap();
    assert_eq!(
        sent,
        vec![a.clone(), b.clone(), c.clone()],
        "the broken value is skipped"
    );
    // While on its way, `c` was completed: its refusal is about an older version.
    outbox
        .save(&c.clone().with_details(&[Reason::Helped], ""))
        .await;
    let refused = [
        ("a".to_owned(), vec!["target-invalid".to_owned()]),
        ("c".to_owned(), vec!["id-taken".to_owned()]),
    ];
    assert_eq!(outbox.set_aside_refused(&sent, &refused).await.unwrap(), 1);
    let waiting: Vec<String> = outbox
        .records()
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(waiting, ["b", "c"]);
    let aside = outbox.set_aside_list().await.unwrap();
    assert_eq!(
        aside,
        vec![
            SetAside {
                stored: serde_json::to_string(&a).unwrap(),
                reasons: vec!["target-invalid".into()],
            },
            SetAside {
                stored: "{not json".into(),
                reasons: vec![UNREADABLE.into()],
            },
        ]
    );
    let file: serde_json::Value = serde_json::from_str(&set_aside_json(&aside)).unwrap();
    assert_eq!(file[0]["record"]["id"], "a");
    assert_eq!(
        file[1]["record"], "{not json",
        "unreadable text is kept as it was"
    );
    // "Clear my data" without the outbox keeps them; staff can delete them.
    s.clear_family_data(false).await.unwrap();
    assert_eq!(outbox.set_aside_list().await.unwrap().len(), 2);
    outbox.clear_set_aside().await.unwrap();
    assert!(outbox.set_aside_list().await.unwrap().is_empty());
    assert_eq!(outbox.records().await.unwrap().len(), 2);
}

pub async fn clearing_family_data_keeps_staff_settings<B: Backend>(s: Storage<B>) {
    use super::keys;
    s.set_setting(keys::LANGUAGE, "ar").await.unwrap();
    s.set_setting(keys::STAFF_PIN, "hash").await.unwrap();
    s.set_setting(keys::KIOSK, "on").await.unwrap();
    s.set_favourite("offer-a", true).await.unwrap();
    s.set_catalogue(&record("cat", "c", 0)).await.unwrap();
    s.outbox_put("r1", &record("r1", "unsent", 1))
        .await
        .unwrap();

    s.clear_family_data(false).await.unwrap();
    assert!(s.favourites().await.unwrap().is_empty());
    assert_eq!(
        s.catalogue::<Record>().await.unwrap(),
        Some(record("cat", "c", 0)),
        "the last good catalogue is no family's data: it stays"
    );
    assert_eq!(s.setting::<String>(keys::LANGUAGE).await.unwrap(), None);
    assert_eq!(
        s.setting::<String>(keys::STAFF_PIN)
            .await
            .unwrap()
            .as_deref(),
        Some("hash")
    );
    assert_eq!(
        s.setting::<String>(keys::KIOSK).await.unwrap().as_deref(),
        Some("on")
    );
    assert_eq!(
        s.outbox::<Record>().await.unwrap().len(),
        1,
        "unsent feedback kept"
    );

    s.clear_family_data(true).await.unwrap();
    assert!(s.outbox::<Record>().await.unwrap().is_empty());
    assert_eq!(
        s.setting::<String>(keys::STAFF_PIN)
            .await
            .unwrap()
            .as_deref(),
        Some("hash")
    );
}
