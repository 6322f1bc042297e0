//! Publishing protobuf messages to JetStream with a `Nats-Msg-Id`, so that the stream drops a
//! repeat within its duplicate window.

use async_nats::jetstream::{self, context::PublishAckFuture, message::PublishMessage};
use seizure_proto::Message;

use crate::BusError;

/// Sends `msg` and returns the future of its acknowledgement, so that several publishes can be
/// in flight before the caller waits for them all.
pub async fn send<M: Message>(
    js: &jetstream::Context,
    subject: &str,
    msg_id: &str,
    msg: &M,
) -> Result<PublishAckFuture, BusError> {
    let payload = msg.encode_to_vec();
    js.send_publish(
        subject.to_string(),
        PublishMessage::build()
            .payload(payload.into())
            .message_id(msg_id),
    )
    .await
    .map_err(|e| BusError::Publish {
        subject: subject.into(),
        reason: e.to_string(),
    })
}

/// What the stream did with a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stored {
    pub sequence: u64,
    /// The stream had the same `Nats-Msg-Id` already, within its duplicate window.
    pub duplicate: bool,
}

/// Publishes `msg` and waits until the stream has stored it.
pub async fn publish<M: Message>(
    js: &jetstream::Context,
    subject: &str,
    msg_id: &str,
    msg: &M,
) -> Result<Stored, BusError> {
    let ack = send(js, subject, msg_id, msg)
        .await?
        .await
        .map_err(|e| BusError::Publish {
            subject: subject.into(),
            reason: e.to_string(),
        })?;
    Ok(Stored {
        sequence: ack.sequence,
        duplicate: ack.duplicate,
    })
}

/// Whether a failed write (a publish, a KV or object store put) cannot succeed if tried again
/// unchanged: too large, refused or malformed requests. Callers report such a failure once and
/// back off far longer than after a transient one.
pub fn is_permanent(reason: &str) -> bool {
    let r = without_names(reason);
    [
        "payload",
        "too large",
        "exceeds",
        "maximum bytes",
        "insufficient resources",
        "permission",
        "authorization",
        "bad request",
        "invalid",
    ]
    .iter()
    .any(|w| r.contains(w))
}

/// Whether a failed write was refused for the message itself (too large for the server or the
/// stream), so that no retry and no operator can make the same message pass: it is
/// dead-lettered. Every other failure is the bus's, and waiting it out loses nothing.
pub fn is_message_fault(reason: &str) -> bool {
    let r = without_names(reason);
    ["maximum payload", "too large", "exceeds", "message size"]
        .iter()
        .any(|w| r.contains(w))
}

/// `reason` in lower case without the names that [`BusError`] puts before the server's own
/// words ("publishing to events.payload-news: timed out"): a subject, bucket or consumer named
/// like a fault ("payload", "invalid") says nothing of the failure.
fn without_names(reason: &str) -> String {
    let mut out = reason.to_ascii_lowercase();
    for lead in [
        "publishing to ",
        "key-value bucket ",
        "consuming ",
        "setting up ",
    ] {
        while let Some(at) = out.find(lead) {
            let name_start = at + lead.len();
            let Some(len) = out[name_start..].find(": ") else {
                break;
            };
            out.replace_range(at..name_start + len + 2, "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_that_retrying_cannot_fix_are_told_apart() {
        assert!(is_permanent("writing snapshot: maximum payload exceeded"));
        assert!(is_permanent("Permissions Violation for Publish"));
        assert!(is_permanent("insufficient resources"));
        assert!(!is_permanent("timed out: didn't receive ack in time"));
        assert!(is_message_fault("maximum payload exceeded"));
        assert!(is_message_fault("message size exceeds maximum allowed"));
        assert!(!is_message_fault("insufficient resources"));
        assert!(!is_message_fault("no stream found for given subject"));
    }

    #[test]
    fn names_in_an_error_are_not_read_as_its_cause() {
        let err = BusError::Publish {
            subject: "events.payload-news".into(),
            reason: "timed out: didn't receive ack in time".into(),
        };
        assert!(!is_permanent(&err.to_string()));
        assert!(!is_message_fault(&err.to_string()));
        let err = BusError::Publish {
            subject: "events.news".into(),
            reason: "maximum payload exceeded".into(),
        };
        assert!(is_message_fault(&format!("normalizing: {err}")));
    }
}
