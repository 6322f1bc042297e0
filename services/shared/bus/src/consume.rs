//! The durable pull-consumer loop shared by the normalizer and the aggregator.
//!
//! Ack discipline: the handler decides per message. [`Verdict::Done`] acks (after the handler's
//! own publishes are acknowledged); [`Verdict::Poison`] dead-letters at once and terminates the
//! message so it never blocks the stream. [`Verdict::Retry`] says the bus did not take what the
//! handler wrote: when retrying can help (a timeout, a stream electing a leader, a node coming
//! back) the loop holds the messages and handles them again after a back-off until the bus takes
//! them, reporting the stall once; the message is not at fault and every other one would fail
//! the same way, so nothing is dead-lettered for an outage. A write refused for the message
//! itself (too large: [`publish::is_message_fault`]), or one that keeps failing while the bus
//! takes the rest of its batch, is dead-lettered.
//!
//! The consumers have no delivery limit of their own, so the server never drops a message
//! silently; a message delivered [`contract::MAX_UNSETTLED_DELIVERIES`] times without being
//! settled (its handler crashed or hung each time) is dead-lettered here before it is handled
//! again. A batch's acks go out together, so acks that time out (a server that restarted and no
//! longer knows the deliveries) cost one timeout per batch, not one per message. While a batch is
//! being handled, progress heartbeats keep it from redelivery, so the ack wait can be short and
//! what a crashed process held comes back quickly. `/readyz` turns false while fetching or
//! acking fails.
use std::time::Duration;

use async_nats::jetstream::{self, AckKind, consumer::PullConsumer};
use futures::StreamExt;

use crate::runtime::{Shutdown, set_stalled};
use crate::{contract, dead_letter, publish, telemetry};

/// What to do with a message once handled.
#[derive(Debug)]
pub enum Verdict {
    Done,
    /// What the handler wrote was not taken by the bus (the reason says why): handled again
    /// until it is, or dead-lettered when retrying cannot help.
    Retry(String),
    /// The message can never be processed: dead-letter it with this reason.
    Poison(String),
}

/// Why a message delivered too often without being settled is set aside.
pub fn worn_reason(m: &jetstream::Message) -> String {
    let delivered = m.info().map_or(0, |i| i.delivered);
    format!(
        "delivered {delivered} times without being settled: the service crashed or stalled on \
         it each time"
    )
}

/// What to do with worn messages when nothing is known about them: dead-letter every one.
pub async fn dead_letter_worn(
    messages: Vec<jetstream::Message>,
) -> Vec<(jetstream::Message, Verdict)> {
    messages
        .into_iter()
        .map(|m| {
            let reason = worn_reason(&m);
            (m, Verdict::Poison(reason))
        })
        .collect()
}

/// Fetches batches from `consumer` until shutdown and hands them to `handle`, which returns one
/// verdict per message, in order. Messages delivered more than
/// [`contract::MAX_UNSETTLED_DELIVERIES`] times go to `worn` instead, without being handled
/// ([`dead_letter_worn`] unless the service can tell some are already done).
pub async fn run<F, Fut, W, WFut>(
    js: &jetstream::Context,
    service: &str,
    consumer: &PullConsumer,
    batch: usize,
    mut shutdown: Shutdown,
    mut handle: F,
    mut worn: W,
) where
    F: FnMut(Vec<jetstream::Message>) -> Fut,
    Fut: Future<Output = Vec<(jetstream::Message, Verdict)>>,
    W: FnMut(Vec<jetstream::Message>) -> WFut,
    WFut: Future<Output = Vec<(jetstream::Message, Verdict)>>,
{
    let mut backoff = Duration::from_millis(100);
    crate::runtime::set_ready(true);
    loop {
        let fetched = tokio::select! {
            _ = shutdown.wait() => break,
            r = fetch(consumer, batch) => r,
        };
        let messages = match fetched {
            Ok(m) => {
                backoff = Duration::from_millis(100);
                m
            }
            Err(error) => {
                tracing::warn!(message = "Fetch failed, retrying.", service, %error);
                crate::runtime::set_ready(false);
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(5));
                continue;
            }
        };
        // Each delivery says how many messages were still pending behind it: the lag.
        let pending = messages
            .last()
            .and_then(|m| m.info().ok())
            .map_or(0, |i| i.pending);
        telemetry::consumer_pending(service, pending);
        if messages.is_empty() {
            crate::runtime::set_ready(true);
            continue;
        }
        // Crashed or hung on too often: set aside before it is handled again.
        let (worn_out, messages): (Vec<_>, Vec<_>) = messages.into_iter().partition(|m| {
            m.info()
                .is_ok_and(|i| i.delivered > contract::MAX_UNSETTLED_DELIVERIES)
        });
        let mut settled = if worn_out.is_empty() {
            Vec::new()
        } else {
            worn(worn_out).await
        };
        if !messages.is_empty() {
            // While the handler works (a large batch, the bus down), the server is told every
            // third of the ack wait that these messages are in progress.
            let held = messages.clone();
            let heartbeat = async {
                loop {
                    tokio::time::sleep(contract::ACK_WAIT / 3).await;
                    for m in &held {
                        let _ = m.ack_with(AckKind::Progress).await;
                    }
                }
            };
            let work = handle_until_taken(service, messages, &mut handle, shutdown.clone());
            tokio::select! {
                verdicts = work => settled.extend(verdicts),
                _ = heartbeat => unreachable!("the heartbeat never ends"),
            }
        }
        let acked = futures::future::join_all(
            settled
                .into_iter()
                .map(|(msg, verdict)| async move { settle(js, service, &msg, verdict).await }),
        )
        .await;
        crate::runtime::set_ready(acked.iter().all(|ok| *ok));
    }
    tracing::info!(message = "Consumer loop stopped.", service);
}

/// Handles `messages`, then again, after a back-off, those whose writes the bus did not take,
/// until it takes them. The stall is reported once (`/readyz` and the log) and cleared when the
/// bus takes them; a failure an operator must mend ([`publish::is_permanent`]: full storage,
/// permissions) backs off up to a minute instead of 5 s. A message whose writes failed while
/// the bus took the rest of its batch, [`contract::MAX_HELD_FAULTS`] times, is at fault itself
/// and is dead-lettered, so no message can hold its consumer for ever. On shutdown the messages
/// still waiting are nak'ed, for another process to take at once.
async fn handle_until_taken<F, Fut>(
    service: &str,
    messages: Vec<jetstream::Message>,
    handle: &mut F,
    mut shutdown: Shutdown,
) -> Vec<(jetstream::Message, Verdict)>
where
    F: FnMut(Vec<jetstream::Message>) -> Fut,
    Fut: Future<Output = Vec<(jetstream::Message, Verdict)>>,
{
    let mut settled = Vec::with_capacity(messages.len());
    // Each message with the number of times the bus took others but not its writes.
    let mut waiting: Vec<(jetstream::Message, u32)> =
        messages.into_iter().map(|m| (m, 0)).collect();
    let mut backoff = Duration::from_millis(100);
    let mut stalled = false;
    loop {
        // (By stream sequence: a handler need not return its verdicts in order.)
        let seq = |m: &jetstream::Message| m.info().map_or(0, |i| i.stream_sequence);
        let faults: std::collections::HashMap<u64, u32> =
            waiting.iter().map(|(m, f)| (seq(m), *f)).collect();
        let verdicts = handle(waiting.into_iter().map(|(m, _)| m).collect()).await;
        let bus_took_some = verdicts.iter().any(|(_, v)| matches!(v, Verdict::Done));
        let mut reason: Option<String> = None;
        let mut operator = false;
        let mut again = Vec::new();
        for (m, verdict) in verdicts {
            match verdict {
                Verdict::Retry(r) if !publish::is_message_fault(&r) => {
                    let faults =
                        faults.get(&seq(&m)).copied().unwrap_or(0) + u32::from(bus_took_some);
                    if faults >= contract::MAX_HELD_FAULTS {
                        let why = format!(
                            "the bus took the other messages of its batch but not this one's \
                             writes, {faults} times: {r}"
                        );
                        settled.push((m, Verdict::Poison(why)));
                        continue;
                    }
                    if !stalled {
                        telemetry::message_settled(service, "retried");
                    }
                    operator |= publish::is_permanent(&r);
                    reason.get_or_insert(r);
                    again.push((m, faults));
                }
                v => settled.push((m, v)),
            }
        }
        let Some(reason) = reason else {
            if stalled {
                set_stalled(service, "publish", None);
            }
            return settled;
        };
        if !stalled {
            stalled = true;
            set_stalled(service, "publish", Some(reason));
        }
        tokio::select! {
            _ = shutdown.wait() => {
                for (m, _) in &again {
                    let _ = m.ack_with(AckKind::Nak(None)).await;
                }
                return settled;
            }
            _ = tokio::time::sleep(backoff) => {}
        }
        let cap = Duration::from_secs(if operator { 60 } else { 5 });
        backoff = (backoff * 2).min(cap);
        waiting = again;
    }
}

async fn fetch(consumer: &PullConsumer, batch: usize) -> Result<Vec<jetstream::Message>, String> {
    let mut stream = consumer
        .fetch()
        .max_messages(batch)
        .expires(Duration::from_millis(500))
        .messages()
        .await
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    while let Some(m) = stream.next().await {
        out.push(m.map_err(|e| e.to_string())?);
    }
    Ok(out)
}

/// Acks, naks or dead-letters `msg`; false when the server did not confirm an ack (the message
/// will come back, which handlers tolerate).
async fn settle(
    js: &jetstream::Context,
    service: &str,
    msg: &jetstream::Message,
    verdict: Verdict,
) -> bool {
    let (seq, delivered) = msg
        .info()
        .map(|i| (i.stream_sequence, i.delivered))
        .unwrap_or((0, 1));
    let reason = match verdict {
        Verdict::Done => {
            let acked = msg.double_ack().await;
            if let Err(error) = &acked {
                tracing::warn!(message = "Ack failed; the message will be redelivered.", service, %error);
            }
            telemetry::message_settled(service, "done");
            return acked.is_ok();
        }
        // Only a write refused for the message itself gets here (see `handle_until_taken`).
        Verdict::Retry(reason) => format!("retrying cannot help: {reason}"),
        Verdict::Poison(reason) => reason,
    };
    match dead_letter::record(
        js,
        service,
        &msg.subject,
        &reason,
        &msg.payload,
        seq,
        delivered as u64,
    )
    .await
    {
        Ok(()) => {
            let _ = msg.ack_with(AckKind::Term).await;
            telemetry::message_settled(service, "dead_lettered");
            true
        }
        Err(error) => {
            // Not recorded: leave the message to be redelivered rather than lose it.
            tracing::error!(message = "Dead letter not recorded.", service, %error);
            let _ = msg
                .ack_with(AckKind::Nak(Some(Duration::from_secs(1))))
                .await;
            false
        }
    }
}
