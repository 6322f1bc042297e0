//! Dead letters: a message a service cannot process is published on `dlq.<service>` with the
//! reason and its original bytes, then terminated, so nothing is lost and a poison message never
//! blocks its stream. Valid messages that must not be counted (an implausible quantity) are set
//! aside the same way on `quarantine.<service>`.

use async_nats::jetstream;
use seizure_proto::v1::DeadLetter;

use crate::contract::{dlq_subject, quarantine_subject};
use crate::{BusError, publish};

/// Records a dead letter and waits until the DLQ stream has stored it.
pub async fn record(
    js: &jetstream::Context,
    service: &str,
    subject: &str,
    reason: &str,
    payload: &[u8],
    stream_sequence: u64,
    delivery_count: u64,
) -> Result<(), BusError> {
    tracing::warn!(
        message = "Dead letter.",
        service,
        subject,
        reason,
        stream_sequence
    );
    let letter = letter(
        service,
        subject,
        reason,
        payload,
        stream_sequence,
        delivery_count,
    );
    let id = format!("{service}:{subject}:{stream_sequence}:{delivery_count}");
    publish::publish(js, &dlq_subject(service), &id, &letter).await?;
    crate::telemetry::dead_letter(service);
    Ok(())
}

/// Records input that never became a message (a rejected file, upload or feed entry), keyed by
/// `key` so that the same rejection retried within the DLQ stream's duplicate window is stored
/// once.
pub async fn record_rejected(
    js: &jetstream::Context,
    service: &str,
    origin: &str,
    key: &str,
    reason: &str,
    payload: &[u8],
) -> Result<(), BusError> {
    tracing::warn!(message = "Dead letter.", service, origin, reason);
    let letter = letter(service, origin, reason, payload, 0, 1);
    publish::publish(
        js,
        &dlq_subject(service),
        &format!("{service}:{key}"),
        &letter,
    )
    .await?;
    crate::telemetry::dead_letter(service);
    Ok(())
}

/// Records a valid message that is set aside rather than counted (an implausible quantity, a
/// date before the horizon) on `quarantine.<service>`, keyed by `key` so a repeat is stored once.
pub async fn set_aside(
    js: &jetstream::Context,
    service: &str,
    subject: &str,
    key: &str,
    reason: &str,
    payload: &[u8],
) -> Result<(), BusError> {
    tracing::warn!(message = "Set aside.", service, subject, key, reason);
    let letter = letter(service, subject, reason, payload, 0, 1);
    publish::publish(
        js,
        &quarantine_subject(service),
        &format!("{service}:{key}"),
        &letter,
    )
    .await
    .map(|_| ())
}

fn letter(
    service: &str,
    subject: &str,
    reason: &str,
    payload: &[u8],
    stream_sequence: u64,
    delivery_count: u64,
) -> DeadLetter {
    DeadLetter {
        service: service.into(),
        subject: subject.into(),
        reason: reason.into(),
        payload: payload.to_vec(),
        stream_sequence,
        delivery_count,
        failed_at: Some(seizure_proto::to_timestamp(chrono::Utc::now())),
    }
}
