//! Where every source ends: [`Ingester::submit`] prepares a submission, and either publishes the
//! bulletin (original into the `bulletin_originals` object store, message on
//! `bulletins.raw.<source>` with `Nats-Msg-Id` = the bulletin id, id into the `bulletin_index`
//! bucket), reports it a duplicate, or rejects it with a `dlq.ingester` record that keeps the
//! original bytes. An error is returned only when NATS itself fails, so the caller can retry.

use async_nats::jetstream::{self, kv, object_store};
use seizure_bus::async_nats;
use seizure_bus::contract::{BULLETIN_INDEX_BUCKET, ORIGINALS_BUCKET, bulletin_subject};
use seizure_bus::{BusError, dead_letter, publish, telemetry, topology};
use seizure_proto::v1::Bulletin;

use crate::SERVICE;
use crate::document::{self, IngestError, MAX_TEXT_BYTES, Submission, pdf::PdfReader};

/// What became of a submission.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Ingested {
        id: String,
        title: String,
    },
    /// The same normalised text was published before (under this id).
    Duplicate {
        id: String,
    },
    Rejected {
        error: IngestError,
    },
}

/// The ingester's connection to the bus, shared by all its sources.
#[derive(Clone)]
pub struct Ingester {
    js: jetstream::Context,
    index: kv::Store,
    originals: object_store::ObjectStore,
    pdf: PdfReader,
}

fn bus(what: &str, e: impl std::fmt::Display) -> BusError {
    BusError::Topology {
        what: what.into(),
        reason: e.to_string(),
    }
}

impl Ingester {
    /// Opens the buckets (creating the topology if needed).
    pub async fn new(js: jetstream::Context, pdf: PdfReader) -> Result<Ingester, BusError> {
        topology::ensure(&js).await?;
        let index = topology::bucket(&js, BULLETIN_INDEX_BUCKET).await?;
        let originals = topology::object_store(&js, ORIGINALS_BUCKET).await?;
        Ok(Ingester {
            js,
            index,
            originals,
            pdf,
        })
    }

    pub fn jetstream(&self) -> &jetstream::Context {
        &self.js
    }

    /// Prepares and publishes one submission. `origin` names it in logs and dead letters (a
    /// path, a URL, `http:<client>`).
    pub async fn submit(&self, sub: &Submission, origin: &str) -> Result<Outcome, BusError> {
        match document::prepare(sub, &self.pdf).await {
            Ok(bulletin) => self.publish(sub, bulletin).await,
            Err(error) => {
                self.reject(origin, &sub.bytes, &error.to_string()).await?;
                Ok(Outcome::Rejected { error })
            }
        }
    }

    async fn publish(&self, sub: &Submission, b: Bulletin) -> Result<Outcome, BusError> {
        if self
            .index
            .get(&b.id)
            .await
            .map_err(|e| bus("bulletin index", e))?
            .is_some()
        {
            telemetry::bulletin("duplicate");
            return Ok(Outcome::Duplicate { id: b.id });
        }
        // The original first: a published bulletin always has its original kept.
        if self.originals.info(&b.original).await.is_err() {
            let mut reader = sub.bytes.as_slice();
            self.originals
                .put(b.original.as_str(), &mut reader)
                .await
                .map_err(|e| bus("object store bulletin_originals", e))?;
        }
        let stored = publish::publish(&self.js, &bulletin_subject(&b.source), &b.id, &b).await?;
        let entry = serde_json::json!({
            "source_url": b.source_url,
            "received_at": sub.received.to_rfc3339(),
            "stream_sequence": stored.sequence,
        });
        self.index
            .put(&b.id, entry.to_string().into())
            .await
            .map_err(|e| bus("bulletin index", e))?;
        tracing::info!(
            message = "Bulletin published.",
            id = %b.id,
            source_url = %b.source_url,
            media_type = %b.media_type,
            duplicate = stored.duplicate
        );
        telemetry::bulletin(if stored.duplicate {
            "duplicate"
        } else {
            "ingested"
        });
        Ok(if stored.duplicate {
            Outcome::Duplicate { id: b.id }
        } else {
            Outcome::Ingested {
                id: b.id,
                title: b.title,
            }
        })
    }

    /// Records input that is not a bulletin on `dlq.ingester`, with (the start of) its bytes,
    /// and counts it among the rejected bulletins.
    pub async fn reject(&self, origin: &str, bytes: &[u8], reason: &str) -> Result<(), BusError> {
        let keep = &bytes[..bytes.len().min(MAX_TEXT_BYTES)];
        let key = document::sha256_hex(format!("{origin}\n{reason}\n").as_bytes());
        dead_letter::record_rejected(
            &self.js,
            SERVICE,
            origin,
            &format!("{}:{key}", document::sha256_hex(keep)),
            reason,
            keep,
        )
        .await?;
        telemetry::bulletin("rejected");
        Ok(())
    }
}
