//! One round of sending the outbox: batch after batch, oldest first, until it is empty or an
//! exchange fails. Generic over how a batch travels ([`Transport`]), so the rules (partial
//! acknowledgement, refusals set aside, a record revised on its way staying to go again) are
//! tested on the host with the memory backend and a scripted transport
//! (`tests/outbox_sending.rs`). In the browser the transport is a `fetch` POST and the round
//! is driven, with backoff between rounds, by `state::delivery`.

use super::outbox::Outbox;
use super::Backend;
use crate::domain::feedback::sync::{Ack, Failure, BATCH};
use crate::domain::feedback::Record;
use std::future::Future;

/// How a batch reaches the receiver.
pub trait Transport {
    fn send(&self, batch: &[Record]) -> impl Future<Output = Result<Ack, Failure>>;
}

/// What happens during a round, for the screens (counts, "sending…", last sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// A batch of this many records is on its way.
    Sending(usize),
    /// The receiver's answer is applied: this many records left the outbox (refused ones were
    /// set aside).
    Settled(usize),
}

/// How a round ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    /// Nothing waits any more.
    Done,
    /// There is nowhere to send now (the endpoint was cleared, or the family said no).
    Stopped,
    /// Try again later, after a backoff; the code is for the staff page (`sync-failed-<code>`).
    Retry(&'static str),
    /// The outbox could not be read.
    Unreadable,
}

/// Sends the outbox while `wanted()` holds, calling `progress` before and after each batch.
pub async fn send_all<B: Backend>(
    outbox: &Outbox<B>,
    transport: &impl Transport,
    wanted: impl Fn() -> bool,
    mut progress: impl AsyncFnMut(Progress),
) -> Round {
    let mut first = true;
    loop {
        if !wanted() {
            return Round::Stopped;
        }
        // A round starts from the device itself (another tab may have added records); after
        // that the outbox's own copy is up to date.
        let records = if std::mem::take(&mut first) {
            outbox.reload().await
        } else {
            outbox.records().await
        };
        let Ok(records) = records else {
            return Round::Unreadable;
        };
        if records.is_empty() {
            return Round::Done;
        }
        let batch = &records[..records.len().min(BATCH)];
        progress(Progress::Sending(batch.len())).await;
        let ack = match transport.send(batch).await {
            Ok(ack) if !ack.is_empty() => ack,
            // A 2xx that settled nothing would loop for ever: back off like a failure.
            Ok(_) => return Round::Retry("garbage"),
            Err(failure) => return Round::Retry(failure.code()),
        };
        let removed = outbox.acknowledge(batch, &ack.accepted).await;
        let moved = outbox.set_aside_refused(batch, &ack.rejected).await;
        // The device refused to update the outbox: back off rather than send the same batch
        // in a loop. (Records that changed on their way simply go again.)
        let (Ok(removed), Ok(_)) = (removed, moved) else {
            return Round::Retry("device");
        };
        progress(Progress::Settled(removed)).await;
    }
}
