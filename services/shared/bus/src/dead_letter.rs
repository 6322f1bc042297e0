//! Dead letters: a message a service cannot process is published on `dlq.<service>` with the
//! reason and its original bytes, then terminated, so nothing is lost and a poison message never
//! blocks its stream.

use async_nats::jetstream;
use seizure_proto::v1::DeadLetter;

use crate::contract::dlq_subject;
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
    let letter = DeadLetter {
        service: service.into(),
        subject: subject.into(),
        reason: reason.into(),
        payload: payload.to_vec(),
        stream_sequence,
        delivery_count,
        failed_at: Some(seizure_proto::to_timestamp(chrono::Utc::now())),
    };
    let id = format!("{service}:{subject}:{stream_sequence}:{delivery_count}");
    tracing::warn!(
        message = "Dead letter.",
        service,
        subject,
        reason,
        stream_sequence
    );
    publish::publish(js, &dlq_subject(service), &id, &letter)
        .await
        .map(|_| ())
}
