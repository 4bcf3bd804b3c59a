//! One round of sending the outbox (`storage::sending`), on the memory backend with a scripted
//! receiver: batches of at most 50, oldest first; partial acknowledgement; refusals set aside
//! so they never block; a record revised while it was on its way staying to go again; a
//! failure or an empty answer ending the round for a backoff, with nothing lost; and the
//! outbox read from the device once per round, not once per tap.
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::domain::feedback::sync::{Ack, Failure, BATCH};
use buurtwijzer::domain::feedback::{Face, Record};
use buurtwijzer::storage::outbox::Outbox;
use buurtwijzer::storage::sending::{send_all, Progress, Round, Transport};
use buurtwijzer::storage::{Backend, MemoryBackend, Result as StoreResult, Storage, Table};
use std::cell::RefCell;
use std::collections::VecDeque;

type Answer = Box<dyn Fn(&[Record]) -> Result<Ack, Failure>>;

/// A receiver that answers from a script, one answer per batch, and remembers every batch.
/// `during` runs while a batch is on its way (a family revising a record meanwhile).
#[derive(Default)]
struct Scripted {
    answers: RefCell<VecDeque<Answer>>,
    batches: RefCell<Vec<Vec<(String, u32)>>>,
    during: RefCell<Option<Box<dyn Fn()>>>,
}

impl Scripted {
    fn then(self, answer: impl Fn(&[Record]) -> Result<Ack, Failure> + 'static) -> Self {
        self.answers.borrow_mut().push_back(Box::new(answer));
        self
    }

    fn batches(&self) -> Vec<Vec<(String, u32)>> {
        self.batches.borrow().clone()
    }
}

impl Transport for Scripted {
    async fn send(&self, batch: &[Record]) -> Result<Ack, Failure> {
        self.batches
            .borrow_mut()
            .push(batch.iter().map(|r| (r.id.clone(), r.version)).collect());
        if let Some(during) = self.during.borrow_mut().take() {
            during();
        }
        let answer = self
            .answers
            .borrow_mut()
            .pop_front()
            .expect("no batch beyond the script");
        answer(batch)
    }
}

/// Accepts every record of the batch.
fn all(batch: &[Record]) -> Result<Ack, Failure> {
    Ok(Ack {
        accepted: batch.iter().map(|r| r.id.clone()).collect(),
        rejected: vec![],
    })
}

fn rating(n: usize) -> Record {
    Record::rating(
        format!("00000000-0000-4000-8000-{n:012}"),
        "offer-a",
        Face::Happy,
        "nl",
        format!("2026-12-04T10:{:02}:{:02}", n / 60, n % 60),
    )
}

fn id(n: usize) -> String {
    rating(n).id
}

async fn outbox_with(n: usize) -> Outbox<MemoryBackend> {
    let outbox = Outbox::new(Storage::new(MemoryBackend::new()));
    for i in 0..n {
        outbox.save(&rating(i)).await;
    }
    outbox
}

async fn waiting<B: Backend>(outbox: &Outbox<B>) -> Vec<(String, u32)> {
    outbox
        .records()
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.id, r.version))
        .collect()
}

/// Runs a round and gives its end and the progress it reported.
async fn round<B: Backend>(outbox: &Outbox<B>, receiver: &Scripted) -> (Round, Vec<Progress>) {
    let seen = RefCell::new(Vec::new());
    let end = send_all(
        outbox,
        receiver,
        || true,
        async |p| seen.borrow_mut().push(p),
    )
    .await;
    (end, seen.into_inner())
}

#[test]
fn batches_of_fifty_oldest_first_until_the_outbox_is_empty() {
    pollster::block_on(async {
        let outbox = outbox_with(120).await;
        let receiver = Scripted::default().then(all).then(all).then(all);
        let (end, progress) = round(&outbox, &receiver).await;
        assert_eq!(end, Round::Done);
        let sizes: Vec<usize> = receiver.batches().iter().map(Vec::len).collect();
        assert_eq!(sizes, [BATCH, BATCH, 20]);
        assert_eq!(receiver.batches()[0][0].0, id(0), "oldest first");
        assert_eq!(
            progress,
            [
                Progress::Sending(50),
                Progress::Settled(50),
                Progress::Sending(50),
                Progress::Settled(50),
                Progress::Sending(20),
                Progress::Settled(20)
            ]
        );
        assert!(waiting(&outbox).await.is_empty());
    });
}

#[test]
fn a_partial_acknowledgement_leaves_the_rest_to_go_again() {
    pollster::block_on(async {
        let outbox = outbox_with(3).await;
        let receiver = Scripted::default()
            .then(|batch| {
                Ok(Ack {
                    accepted: vec![batch[0].id.clone()],
                    rejected: vec![],
                })
            })
            .then(all);
        let (end, progress) = round(&outbox, &receiver).await;
        assert_eq!(end, Round::Done);
        assert_eq!(
            receiver.batches(),
            [
                vec![(id(0), 0), (id(1), 0), (id(2), 0)],
                vec![(id(1), 0), (id(2), 0)]
            ]
        );
        assert!(progress.contains(&Progress::Settled(1)));
        assert!(waiting(&outbox).await.is_empty());
    });
}

#[test]
fn refused_records_are_set_aside_and_never_block_the_others() {
    pollster::block_on(async {
        let outbox = outbox_with(3).await;
        let receiver = Scripted::default().then(|batch| {
            Ok(Ack {
                accepted: batch[1..].iter().map(|r| r.id.clone()).collect(),
                rejected: vec![(batch[0].id.clone(), vec!["target-too-long".into()])],
            })
        });
        let (end, _) = round(&outbox, &receiver).await;
        assert_eq!(end, Round::Done);
        assert!(waiting(&outbox).await.is_empty());
        let aside = outbox.set_aside_list().await.unwrap();
        assert_eq!(aside.len(), 1);
        assert_eq!(aside[0].reasons, ["target-too-long"]);
        assert!(aside[0].stored.contains(&id(0)));
    });
}

#[test]
fn a_record_revised_on_its_way_stays_and_goes_again_as_revised() {
    pollster::block_on(async {
        let outbox = outbox_with(2).await;
        let receiver = Scripted::default().then(all).then(all);
        // While the first batch travels, the family adds reasons to the first rating.
        let revised = rating(0).with_details(&[], "te druk");
        {
            let (outbox, revised) = (outbox.clone(), revised.clone());
            *receiver.during.borrow_mut() = Some(Box::new(move || {
                // The memory backend answers at once, so the save is done when this returns.
                pollster::block_on(outbox.save(&revised));
            }));
        }
        let (end, _) = round(&outbox, &receiver).await;
        assert_eq!(end, Round::Done);
        assert_eq!(
            receiver.batches(),
            [vec![(id(0), 0), (id(1), 0)], vec![(id(0), revised.version)]],
            "the acknowledged old version did not remove the new one"
        );
        assert!(waiting(&outbox).await.is_empty());
    });
}

#[test]
fn a_failure_or_an_empty_answer_ends_the_round_with_nothing_lost() {
    pollster::block_on(async {
        let outbox = outbox_with(2).await;
        let before = waiting(&outbox).await;
        for (answer, code) in [
            (Err(Failure::Network), "network"),
            (Err(Failure::Status(503)), "status"),
            (Err(Failure::Garbage), "garbage"),
            (Ok(Ack::default()), "garbage"),
        ] {
            let receiver = Scripted::default().then(move |_| answer.clone());
            let (end, progress) = round(&outbox, &receiver).await;
            assert_eq!(end, Round::Retry(code));
            assert_eq!(progress, [Progress::Sending(2)]);
            assert_eq!(waiting(&outbox).await, before, "{code}: nothing removed");
        }
    });
}

#[test]
fn nothing_is_sent_once_there_is_nowhere_to_send() {
    pollster::block_on(async {
        let outbox = outbox_with(2).await;
        let receiver = Scripted::default();
        let end = send_all(&outbox, &receiver, || false, async |_| {}).await;
        assert_eq!(end, Round::Stopped);
        assert!(receiver.batches().is_empty());
        assert_eq!(waiting(&outbox).await.len(), 2);
    });
}

/// Memory storage that counts how often the whole outbox is read.
#[derive(Clone, Default)]
struct Counting {
    inner: MemoryBackend,
    reads: std::rc::Rc<std::cell::Cell<usize>>,
}

impl Backend for Counting {
    async fn get(&self, table: Table, key: &str) -> StoreResult<Option<String>> {
        self.inner.get(table, key).await
    }
    async fn put(&self, table: Table, key: &str, value: &str) -> StoreResult<()> {
        self.inner.put(table, key, value).await
    }
    async fn delete(&self, table: Table, key: &str) -> StoreResult<()> {
        self.inner.delete(table, key).await
    }
    async fn entries(&self, table: Table) -> StoreResult<Vec<(String, String)>> {
        if table == Table::Outbox {
            self.reads.set(self.reads.get() + 1);
        }
        self.inner.entries(table).await
    }
    async fn clear(&self, table: Table) -> StoreResult<()> {
        self.inner.clear(table).await
    }
}

#[test]
fn taps_do_not_read_the_outbox_again_and_a_round_sees_other_tabs_records() {
    pollster::block_on(async {
        let device = Counting::default();
        let this_tab = Outbox::new(Storage::new(device.clone()));
        for i in 0..5 {
            this_tab.save(&rating(i)).await;
            assert_eq!(this_tab.records().await.unwrap().len(), i + 1);
        }
        assert_eq!(device.reads.get(), 1, "read once, then kept in step");

        // Another tab on the same device keeps a record: the next round sends it too.
        let other_tab = Outbox::new(Storage::new(device.clone()));
        other_tab.save(&rating(9)).await;
        let receiver = Scripted::default().then(all);
        let (end, _) = round(&this_tab, &receiver).await;
        assert_eq!(end, Round::Done);
        assert_eq!(receiver.batches()[0].len(), 6);
        assert!(receiver.batches()[0].contains(&(id(9), 0)));
        assert!(waiting(&this_tab).await.is_empty());
        assert!(
            other_tab.reload().await.unwrap().is_empty(),
            "gone from the device"
        );
    });
}
