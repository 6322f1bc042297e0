//! NATS plumbing shared by every service: the one place where subject names, stream, consumer
//! and bucket settings are defined, plus publishing, dead letters, the consume loop and the
//! service runtime (logs, shutdown, health).
//!
//! # Layout
//! - [`contract`]: subjects, streams, consumers, KV buckets: the wire contract besides the
//!   protobuf types.
//! - [`topology`]: connecting, and creating the streams and buckets idempotently.
//! - [`publish`]: JetStream publishing of protobuf messages with a `Nats-Msg-Id`.
//! - [`dead_letter`]: `dlq.<service>` records for what cannot be processed.
//! - [`consume`]: the durable pull-consumer loop with its ack discipline.
//! - [`runtime`]: tracing set-up, SIGTERM handling and the operations endpoint (health,
//!   readiness, metrics).
//! - [`telemetry`]: the Prometheus metrics the services emit, named once.

pub mod consume;
pub mod contract;
pub mod dead_letter;
pub mod publish;
pub mod runtime;
pub mod telemetry;
pub mod topology;

pub use async_nats;

/// Errors of the bus layer, with the context of what was being done.
#[derive(Debug, thiserror::Error)]
pub enum BusError {
    #[error("connecting to NATS at {url}: {source}")]
    Connect {
        url: String,
        source: async_nats::ConnectError,
    },
    #[error("setting up {what}: {reason}")]
    Topology { what: String, reason: String },
    #[error("publishing to {subject}: {reason}")]
    Publish { subject: String, reason: String },
    #[error("consuming {consumer}: {reason}")]
    Consume { consumer: String, reason: String },
    #[error("key-value bucket {bucket}: {reason}")]
    KeyValue { bucket: String, reason: String },
}
