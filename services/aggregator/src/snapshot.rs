//! The aggregator's durable state: snapshots of its whole book in the JetStream object store
//! (bucket `aggregator_snapshots`, one object per aggregator), each with the EVENTS stream
//! sequence it covers.
//!
//! Why this shape: the book grows with history, and a KV value or a message cannot (the server's
//! `max_payload` caps them, and rewriting a growing value on every batch costs more as history
//! grows). The object store chunks, so a snapshot has no size cap, and it is written every so
//! many messages or seconds, not per batch, so a batch costs the same whatever lies behind it.
//! The EVENTS stream keeps every message, so what a snapshot lacks is read again from it: on
//! start the aggregator loads the latest snapshot and replays the stream from just after the
//! sequence it covers up to what its consumer had delivered, then goes on consuming. Every
//! input is idempotent in the book and every publication a deterministic function of the book,
//! so a replay republishes identical bytes (deduplicated) and counts nothing twice.
//!
//! A snapshot is the book's compact rows (see `seizure_window::book`) in CBOR, a binary serde
//! format: smaller and quicker to read than JSON, so a restart with years of history is quick.
//! One that cannot be read (an older format) is not fatal: the whole stream is replayed.
//!
//! A snapshot's sequence is the consumer's ack floor when it was taken: every message up to it
//! was applied before it was acked, so the snapshot holds it. Messages past the floor may be in
//! the snapshot too; replaying them changes nothing.

use async_nats::jetstream::object_store::{self, GetErrorKind, ObjectStore};
use seizure_bus::async_nats;
use seizure_bus::contract;
use seizure_window::{Reviews, StatsBook};
use tokio::io::AsyncReadExt;

/// A book and the EVENTS stream sequence up to which it holds every message.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Snapshot {
    /// Every message of the aggregator's consumer up to this stream sequence is in `book`.
    pub stream_seq: u64,
    pub book: StatsBook,
    /// The corrections known and the extracted events they replace (absent before corrections
    /// existed: none).
    #[serde(default)]
    pub reviews: Reviews,
}

impl Snapshot {
    /// A snapshot from the bytes of its object.
    pub fn decode(bytes: &[u8]) -> Result<Snapshot, String> {
        ciborium::from_reader(bytes).map_err(|e| format!("not a valid snapshot: {e}"))
    }
}

/// Where one aggregator's snapshots are kept.
pub struct Snapshots {
    store: ObjectStore,
    name: String,
}

impl Snapshots {
    pub fn new(store: ObjectStore, partition: Option<&str>) -> Snapshots {
        Snapshots {
            store,
            name: contract::aggregator_snapshot_name(partition),
        }
    }

    /// The latest snapshot; `None` when none was taken yet. An unreadable one is an error: the
    /// caller may start from nothing and replay the whole stream.
    pub async fn load(&self) -> Result<Option<Snapshot>, String> {
        let mut object = match self.store.get(&self.name).await {
            Ok(o) => o,
            Err(e) if e.kind() == GetErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("reading snapshot {}: {e}", self.name)),
        };
        let mut bytes = Vec::new();
        object
            .read_to_end(&mut bytes)
            .await
            .map_err(|e| format!("reading snapshot {}: {e}", self.name))?;
        Snapshot::decode(&bytes)
            .map(Some)
            .map_err(|e| format!("snapshot {}: {e}", self.name))
    }

    /// The bytes of a snapshot of `book` and `reviews` covering the stream up to `stream_seq` (quick: the
    /// book's compact rows in CBOR).
    pub fn encode(book: &StatsBook, reviews: &Reviews, stream_seq: u64) -> Result<Vec<u8>, String> {
        #[derive(serde::Serialize)]
        struct SnapshotRef<'a> {
            stream_seq: u64,
            book: &'a StatsBook,
            reviews: &'a Reviews,
        }
        let mut bytes = Vec::new();
        let snapshot = SnapshotRef {
            stream_seq,
            book,
            reviews,
        };
        ciborium::into_writer(&snapshot, &mut bytes)
            .map_err(|e| format!("serialising the snapshot: {e}"))?;
        Ok(bytes)
    }

    /// Writes a snapshot's bytes (from [`Snapshots::encode`]); the object's metadata is written
    /// last, so a failed write leaves the previous snapshot readable. A plain future over clones
    /// of the store, so it can run while the aggregator goes on consuming.
    pub fn write(
        &self,
        bytes: Vec<u8>,
        stream_seq: u64,
    ) -> impl Future<Output = Result<usize, String>> + Send + 'static {
        let (store, name) = (self.store.clone(), self.name.clone());
        async move {
            let meta = object_store::ObjectMetadata {
                name: name.clone(),
                description: Some(format!(
                    "aggregator state up to EVENTS sequence {stream_seq}"
                )),
                ..Default::default()
            };
            store
                .put(meta, &mut bytes.as_slice())
                .await
                .map_err(|e| format!("writing snapshot {name}: {e}"))?;
            Ok(bytes.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_reads_back_as_written() {
        let s = Snapshot {
            stream_seq: 42,
            book: StatsBook::default(),
            reviews: Reviews::default(),
        };
        let mut bytes = Vec::new();
        ciborium::into_writer(&s, &mut bytes).unwrap();
        let back = Snapshot::decode(&bytes).unwrap();
        assert_eq!(back.stream_seq, 42);
        assert_eq!(back.book, s.book);
    }
}
