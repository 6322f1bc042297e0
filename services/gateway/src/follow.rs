//! The gateway's NATS side: it watches the `country_stats` bucket, follows the EVENTS stream
//! with an ordered consumer (no durable state, nothing acknowledged: the gateway only reads),
//! and polls the JetStream API for backlogs and dead letters. Each change goes into the
//! [`Board`] and, for live clients, onto the [`Update`] channel.

use std::sync::Arc;
use std::time::Duration;

use async_nats::jetstream::{self, consumer, kv};
use futures::StreamExt;
use seizure_bus::async_nats;
use seizure_bus::contract;
use seizure_bus::runtime::Shutdown;
use seizure_bus::topology;
use seizure_proto::Message;
use seizure_proto::v1::CountryStats;
use serde_json::Value;
use tokio::sync::{RwLock, broadcast};

use crate::board::{Board, PipelineFigures};
use crate::recent::Taken;

/// A change live clients hear about (Server-Sent Events `stats` and `event`).
#[derive(Debug, Clone)]
pub enum Update {
    /// A country's new statistics (the JSON of `/v1/stats/{CC}`).
    Stats(Value),
    /// A new seizure event (the JSON of one `/v1/events` item).
    Event(Value),
    /// A reviewer's correction (the JSON of one `/v1/corrections` item): the events shown
    /// changed.
    Correction(Value),
}

const RETRY: Duration = Duration::from_secs(2);

/// Waits until something that the pipeline's other services create exists.
async fn until_ready<T, E: std::fmt::Display, F: Future<Output = Result<T, E>>>(
    what: &str,
    mut attempt: impl FnMut() -> F,
    shutdown: &mut Shutdown,
) -> Option<T> {
    loop {
        match attempt().await {
            Ok(t) => return Some(t),
            Err(error) => {
                tracing::info!(message = "Waiting for the pipeline.", what, %error);
            }
        }
        tokio::select! {
            _ = shutdown.wait() => return None,
            _ = tokio::time::sleep(RETRY) => {}
        }
    }
}

/// Keeps `board.stats` equal to the `country_stats` bucket, from its current values on.
pub async fn watch_stats(
    js: jetstream::Context,
    board: Arc<RwLock<Board>>,
    updates: broadcast::Sender<Update>,
    mut shutdown: Shutdown,
    started: tokio::sync::mpsc::Sender<()>,
) {
    let bucket = contract::COUNTRY_STATS_BUCKET;
    loop {
        let Some(store) = until_ready(bucket, || js.get_key_value(bucket), &mut shutdown).await
        else {
            return;
        };
        let Some(mut watch) =
            until_ready(bucket, || store.watch_with_history(">"), &mut shutdown).await
        else {
            return;
        };
        let _ = started.try_send(());
        loop {
            let entry = tokio::select! {
                _ = shutdown.wait() => return,
                e = watch.next() => e,
            };
            match entry {
                Some(Ok(entry)) => apply_stats(&board, &updates, entry).await,
                Some(Err(error)) => {
                    tracing::warn!(message = "Statistics watch failed; restarting it.", %error);
                    break;
                }
                None => break,
            }
        }
        tokio::time::sleep(RETRY).await;
    }
}

async fn apply_stats(board: &RwLock<Board>, updates: &broadcast::Sender<Update>, e: kv::Entry) {
    match e.operation {
        kv::Operation::Put => match CountryStats::decode(e.value.as_ref()) {
            Ok(stats) => {
                let json = seizure_proto::json::stats_json(&stats);
                board.write().await.stats.insert(e.key, stats);
                let _ = updates.send(Update::Stats(json));
            }
            Err(error) => {
                tracing::warn!(message = "Undecodable statistics skipped.", key = %e.key, %error)
            }
        },
        kv::Operation::Delete | kv::Operation::Purge => {
            board.write().await.stats.remove(&e.key);
        }
    }
}

/// Follows EVENTS, keeping the newest events in the board. It starts `look_back` messages
/// before the end, not at the start: start-up does not grow with the stream's history.
pub async fn follow_events(
    js: jetstream::Context,
    look_back: u64,
    board: Arc<RwLock<Board>>,
    updates: broadcast::Sender<Update>,
    mut shutdown: Shutdown,
    started: tokio::sync::mpsc::Sender<()>,
) {
    loop {
        let Some(stream) = until_ready(
            contract::EVENTS_STREAM,
            || js.get_stream(contract::EVENTS_STREAM),
            &mut shutdown,
        )
        .await
        else {
            return;
        };
        let last = stream.cached_info().state.last_sequence;
        let config = consumer::push::OrderedConfig {
            deliver_subject: js.client().new_inbox(),
            filter_subject: contract::EVENTS_SUBJECTS.into(),
            deliver_policy: consumer::DeliverPolicy::ByStartSequence {
                start_sequence: last.saturating_sub(look_back) + 1,
            },
            ..Default::default()
        };
        let Some(consumer) = until_ready(
            "events consumer",
            || stream.create_consumer(config.clone()),
            &mut shutdown,
        )
        .await
        else {
            return;
        };
        let mut messages = match consumer.messages().await {
            Ok(m) => m,
            Err(error) => {
                tracing::warn!(message = "Events consumer failed; restarting it.", %error);
                tokio::time::sleep(RETRY).await;
                continue;
            }
        };
        let _ = started.try_send(());
        loop {
            let msg = tokio::select! {
                _ = shutdown.wait() => return,
                m = messages.next() => m,
            };
            match msg {
                Some(Ok(m)) => apply_event(&board, &updates, &m.subject, &m.payload).await,
                Some(Err(error)) => {
                    tracing::warn!(message = "Events consumer failed; restarting it.", %error);
                    break;
                }
                None => break,
            }
        }
        tokio::time::sleep(RETRY).await;
    }
}

async fn apply_event(
    board: &RwLock<Board>,
    updates: &broadcast::Sender<Update>,
    subject: &str,
    payload: &[u8],
) {
    let mut b = board.write().await;
    match b.events.take(subject, payload) {
        // JSON only for live clients: replays at start-up are not serialised.
        Taken::Event(true) if updates.receiver_count() > 0 => {
            if let Some(json) = b.events.newest_json() {
                let _ = updates.send(Update::Event(json));
            }
        }
        Taken::Correction(Some(json)) if updates.receiver_count() > 0 => {
            let _ = updates.send(Update::Correction(json));
        }
        Taken::Skipped(reason) => tracing::debug!(message = "EVENTS message skipped.", reason),
        _ => {}
    }
}

/// Every `every`, reads the backlog of each durable consumer and the size of each stream.
pub async fn poll_pipeline(
    js: jetstream::Context,
    board: Arc<RwLock<Board>>,
    every: Duration,
    mut shutdown: Shutdown,
) {
    loop {
        let mut figures = PipelineFigures::default();
        for name in [
            contract::BULLETINS_STREAM,
            contract::EVENTS_STREAM,
            contract::DLQ_STREAM,
            contract::QUARANTINE_STREAM,
        ] {
            let Ok(stream) = js.get_stream(name).await else {
                continue;
            };
            let state = &stream.cached_info().state;
            figures.streams.push((
                name.to_string(),
                state.messages,
                state.first_sequence.saturating_sub(1),
            ));
            if contract::CONSUMED_STREAMS.contains(&name) {
                match topology::durable_backlogs(&stream).await {
                    Ok(backlogs) => figures.consumers.extend(backlogs),
                    Err(error) => tracing::debug!(message = "Consumers not listed.", %error),
                }
            }
        }
        board.write().await.pipeline = figures;
        tokio::select! {
            _ = shutdown.wait() => return,
            _ = tokio::time::sleep(every) => {}
        }
    }
}
