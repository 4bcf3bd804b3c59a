//! Keeping and delivering feedback: every record goes to the outbox first; records the device
//! refused are retried; when there is an endpoint (set by staff on the device, or published
//! with the neighbourhood and agreed to by the family), the outbox is sent in batches with
//! backoff and a record leaves only once the server acknowledged it.

use super::AppStorage;
use crate::browser::clock::local_now;
use crate::browser::send;
use crate::domain::feedback::sync::{self, Backoff};
use crate::domain::feedback::{Draft, Record};
use crate::i18n::I18n;
use crate::storage::idb::DeviceBackend;
use crate::storage::keys;
use crate::storage::outbox::Outbox;
/// What became of a saved record, and a record moved aside: what screens show of the outbox.
pub use crate::storage::outbox::{Saved, SetAside};
use crate::storage::sending::{send_all, Progress, Round, Transport};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// How often records the device refused are written again.
const HELD_RETRY: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncStatus {
    pub sending: bool,
    /// Local time and number of records of the last acknowledged batch.
    pub last_sent: Option<(String, usize)>,
    /// Code of the last failure (`sync-failed-<code>`), cleared by a success.
    pub last_failure: Option<&'static str>,
    /// Seconds until the next automatic try, after a failure.
    pub retry_in_s: Option<u32>,
}

#[derive(Clone, Copy)]
pub struct Delivery {
    outbox: StoredValue<Outbox<DeviceBackend>, LocalStorage>,
    /// The family's language, stamped on each new record.
    i18n: I18n,
    /// Records waiting (on the device or held in memory).
    pub waiting: RwSignal<usize>,
    /// Records the device refused, living only in memory until a retry works.
    pub held: RwSignal<usize>,
    /// The outbox could not be read (shown to staff; records are not lost by this).
    pub unreadable: RwSignal<bool>,
    /// Records moved out of the way: refused by the receiver, or unreadable (shown to staff).
    pub set_aside: RwSignal<usize>,
    /// The address staff set on this device (wins over the published one).
    pub endpoint: RwSignal<Option<String>>,
    /// The receiver the neighbourhood publishes, if any.
    pub published: RwSignal<Option<String>>,
    /// The family's answer to "your feedback goes (anonymously) to …", once given.
    pub consent: RwSignal<Option<bool>>,
    /// The neighbourhood the records belong to, sent with each batch.
    pub neighbourhood: RwSignal<Option<String>>,
    pub status: RwSignal<SyncStatus>,
    failures: StoredValue<u32>,
    running: StoredValue<bool>,
    retry: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Delivery {
    pub fn new(storage: AppStorage, i18n: I18n) -> Self {
        Delivery {
            outbox: StoredValue::new_local(Outbox::new(storage)),
            i18n,
            waiting: RwSignal::new(0),
            held: RwSignal::new(0),
            unreadable: RwSignal::new(false),
            set_aside: RwSignal::new(0),
            endpoint: RwSignal::new(None),
            published: RwSignal::new(None),
            consent: RwSignal::new(None),
            neighbourhood: RwSignal::new(None),
            status: RwSignal::new(SyncStatus::default()),
            failures: StoredValue::new(0),
            running: StoredValue::new(false),
            retry: StoredValue::new_local(None),
        }
    }

    fn outbox(&self) -> Outbox<DeviceBackend> {
        self.outbox.get_value()
    }

    /// Reads the endpoint, counts the outbox, sends what waits, and sends again whenever the
    /// device comes back online.
    pub fn start(&self, storage: AppStorage) {
        let this = *self;
        spawn_local(async move {
            let endpoint: Option<String> =
                storage.setting(keys::SYNC_ENDPOINT).await.ok().flatten();
            this.endpoint.set(endpoint.filter(|e| !e.is_empty()));
            this.consent
                .set(storage.setting(keys::FEEDBACK_CONSENT).await.ok().flatten());
            this.refresh().await;
            this.send_now();
        });
        let _ = window_event_listener(leptos::ev::online, move |_| this.send_now());
    }

    /// Updates the counts shown to families and staff.
    pub async fn refresh(&self) {
        match self.outbox().records().await {
            Ok(records) => {
                self.waiting.set(records.len());
                self.unreadable.set(false);
            }
            Err(_) => self.unreadable.set(true),
        }
        self.held.set(self.outbox().held_count());
        if let Ok(n) = self.outbox().set_aside_count().await {
            self.set_aside.set(n);
        }
    }

    pub async fn set_aside_list(&self) -> Vec<SetAside> {
        self.outbox().set_aside_list().await.unwrap_or_default()
    }

    /// The set-aside records as the JSON file staff download for a look.
    pub async fn set_aside_file(&self) -> String {
        crate::storage::outbox::set_aside_json(&self.set_aside_list().await)
    }

    /// The receiver staff read every device's records from: the one set on this device, else
    /// the published one.
    pub fn records_endpoint(&self) -> Option<String> {
        self.endpoint.get().or_else(|| self.published.get())
    }

    /// Every device's records, from `records_endpoint`, for the neighbourhood in use; `token` is the staff token it asks for.
    pub async fn network_records(&self, token: &str) -> Result<Vec<Record>, sync::Failure> {
        let endpoint = untrack(|| self.records_endpoint()).ok_or(sync::Failure::Network)?;
        let neighbourhood = self.neighbourhood.get_untracked();
        let url = sync::records_url(&endpoint, neighbourhood.as_deref());
        send::fetch_records(&url, token).await
    }

    /// Staff deleted the set-aside records (after downloading them).
    pub async fn clear_set_aside(&self) {
        let _ = self.outbox().clear_set_aside().await;
        self.refresh().await;
    }

    pub async fn records(&self) -> Result<Vec<Record>, crate::storage::StoreError> {
        self.outbox().records().await
    }

    /// Saves a record (or a newer version of it, same id). Never drops it: a refused write is
    /// held and retried.
    pub async fn save(&self, record: &Record) -> Saved {
        let saved = self.outbox().save(record).await;
        self.refresh().await;
        if matches!(saved, Saved::HeldInMemory(_)) {
            self.retry_held_later();
        }
        self.send_now();
        saved
    }

    /// [`save`](Self::save) from a tap: the outcome lands in `saved`, for the thank-you.
    pub fn submit(&self, record: Record, saved: RwSignal<Option<Saved>>) {
        let this = *self;
        spawn_local(async move {
            saved.set(Some(this.save(&record).await));
        });
    }

    /// A new record from a tap: the draft stamped with a fresh id, the time and the family's
    /// language, then [`submit`](Self::submit)ted. The record is returned so a screen can
    /// revise it later (a rating's reasons and words keep its id).
    pub fn submit_draft(&self, draft: Draft, saved: RwSignal<Option<Saved>>) -> Record {
        let record = draft.into_record(
            crate::browser::random_id(),
            &self.i18n.language_untracked().tag,
            crate::browser::clock::now_text(),
        );
        self.submit(record.clone(), saved);
        record
    }

    fn retry_held_later(&self) {
        let this = *self;
        set_timeout(
            move || {
                spawn_local(async move {
                    let still = this.outbox().retry_held().await;
                    this.refresh().await;
                    if still > 0 {
                        this.retry_held_later();
                    }
                });
            },
            HELD_RETRY,
        );
    }

    /// Where to send now, if anywhere (tracked).
    pub fn target(&self) -> Option<String> {
        let staff = self.endpoint.get();
        let published = self.published.get();
        sync::target(staff.as_deref(), published.as_deref(), self.consent.get()).map(String::from)
    }

    /// Whether the family should first be told where feedback goes (tracked).
    pub fn needs_notice(&self) -> bool {
        sync::needs_notice(
            self.endpoint.get().as_deref(),
            self.published.get().as_deref(),
            self.consent.get(),
        )
    }

    /// The neighbourhood's receiver and id, from its published data.
    pub fn set_published(&self, endpoint: Option<String>, neighbourhood: Option<String>) {
        self.published.set(endpoint);
        self.neighbourhood.set(neighbourhood);
        self.send_now();
    }

    /// The family's answer to the notice; kept on the device.
    pub async fn set_consent(&self, storage: &AppStorage, yes: bool) {
        let _ = storage.set_setting(keys::FEEDBACK_CONSENT, &yes).await;
        self.consent.set(Some(yes));
        self.send_now();
    }

    /// The family's answer from a tap: kept on the device, then sent by (or kept from) the
    /// next round.
    pub fn answer_consent(self, storage: AppStorage, yes: bool) {
        spawn_local(async move { self.set_consent(&storage, yes).await });
    }

    /// Staff chose (or cleared) the endpoint.
    pub async fn set_endpoint(&self, storage: &AppStorage, endpoint: Option<String>) {
        let _ = storage
            .set_setting(keys::SYNC_ENDPOINT, endpoint.as_deref().unwrap_or(""))
            .await;
        self.endpoint.set(endpoint);
        self.failures.set_value(0);
        self.send_now();
    }

    /// Sends what waits now (cancelling a scheduled retry). Does nothing without an endpoint
    /// or while a send is already running.
    pub fn send_now(&self) {
        if untrack(|| self.target()).is_none() || self.running.get_value() {
            return;
        }
        if let Some(handle) = self.retry.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let this = *self;
        this.running.set_value(true);
        spawn_local(async move {
            this.run().await;
            this.running.set_value(false);
            this.status.update(|s| s.sending = false);
        });
    }

    /// One round (`storage::sending`): batches until the outbox is empty, then a retry after a
    /// backoff if an exchange failed.
    async fn run(&self) {
        let this = *self;
        let round = send_all(
            &self.outbox(),
            &Fetch(this),
            || untrack(|| this.target()).is_some(),
            async |progress| match progress {
                Progress::Sending(_) => this.status.update(|s| {
                    s.sending = true;
                    s.retry_in_s = None;
                }),
                Progress::Settled(removed) => {
                    this.refresh().await;
                    this.failures.set_value(0);
                    this.status.update(|s| {
                        if removed > 0 {
                            s.last_sent =
                                Some((crate::domain::dates::iso_minute(local_now()), removed));
                        }
                        s.last_failure = None;
                    });
                }
            },
        )
        .await;
        match round {
            Round::Done => self.failures.set_value(0),
            Round::Stopped => {}
            Round::Unreadable => self.unreadable.set(true),
            Round::Retry(code) => {
                self.refresh().await;
                self.schedule_retry(code);
            }
        }
    }

    fn schedule_retry(&self, code: &'static str) {
        let failures = self.failures.get_value();
        self.failures.set_value(failures + 1);
        let delay = Backoff::DEFAULT.delay_ms(failures, js_sys::Math::random());
        self.status.update(|s| {
            s.last_failure = Some(code);
            s.retry_in_s = Some(delay.div_ceil(1000));
        });
        let this = *self;
        let handle = set_timeout_with_handle(
            move || {
                this.retry.set_value(None);
                this.send_now();
            },
            Duration::from_millis(delay.into()),
        )
        .ok();
        self.retry.set_value(handle);
    }
}

/// A batch as one `fetch` POST to the endpoint in use at that moment.
struct Fetch(Delivery);

impl Transport for Fetch {
    async fn send(&self, batch: &[Record]) -> Result<sync::Ack, sync::Failure> {
        let Some(endpoint) = untrack(|| self.0.target()) else {
            return Err(sync::Failure::Network);
        };
        let neighbourhood = self.0.neighbourhood.get_untracked();
        send::batch(&endpoint, batch, neighbourhood.as_deref()).await
    }
}
