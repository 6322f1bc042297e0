//! The aggregator's checkpoint in KV `aggregator_state`: one shard per country and a root that
//! names them, written root last with compare-and-set (the commit point).
//!
//! Shards are content-addressed: a shard is written under its country's key followed by a hash
//! of its bytes, never rewritten, and removed only after a root that no longer names it has
//! committed. So whatever failed before (a root too large, a lost connection, a crash between
//! shard and root), the committed root's shards are still there, and a restart always finds a
//! whole checkpoint. Keys written by attempts that never committed are swept after the next
//! commit and at start-up. A checkpoint that cannot be read whole is reported as broken; the
//! aggregator then rebuilds its state from the EVENTS stream instead of refusing to start.

use std::collections::{BTreeMap, BTreeSet};

use async_nats::jetstream::kv;
use futures::StreamExt;
use seizure_bus::async_nats;
use seizure_bus::contract;
use seizure_window::StatsBook;
use sha2::{Digest, Sha256};

/// Where a root finds a country's shard.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
enum ShardRef {
    /// A content-addressed key.
    Key(String),
    /// A KV revision of the country's key, as roots written before content addressing name it.
    Revision(u64),
}

/// The root of the checkpoint.
#[derive(serde::Serialize, serde::Deserialize)]
struct Root {
    /// Each country's shard.
    shards: BTreeMap<String, ShardRef>,
    /// What countries share (bulletin records, revisions).
    shared: serde_json::Value,
}

/// Why no book came out of the checkpoint.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// NATS could not be asked: try again.
    #[error("checkpoint not read: {0}")]
    Unreachable(String),
    /// The checkpoint is there but not whole or not readable: rebuild from the events.
    #[error("checkpoint broken: {0}")]
    Broken(String),
}

/// The committed checkpoint of one aggregator (or partition) and what it wrote since.
pub struct Checkpoint {
    store: kv::Store,
    partition: Option<String>,
    /// KV revision of the committed root; 0 when there is none.
    revision: u64,
    /// Each country's shard, as the committed root names them.
    shards: BTreeMap<String, ShardRef>,
    /// Shard keys written by attempts whose root did not commit.
    orphans: BTreeSet<String>,
}

/// A short hash of a shard's bytes: its key's last token.
fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(10)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether a failed write can succeed if tried again unchanged. Too large, refused and
/// malformed requests cannot.
pub fn is_permanent(reason: &str) -> bool {
    let r = reason.to_ascii_lowercase();
    [
        "payload",
        "too large",
        "exceeds",
        "permission",
        "authorization",
        "bad request",
        "invalid",
    ]
    .iter()
    .any(|w| r.contains(w))
}

/// Whether a failed root write lost a compare-and-set: another writer committed first.
pub fn is_conflict(reason: &str) -> bool {
    let r = reason.to_ascii_lowercase();
    r.contains("wrong last sequence") || r.contains("key exists")
}

impl Checkpoint {
    pub fn new(store: kv::Store, partition: Option<String>) -> Checkpoint {
        Checkpoint {
            store,
            partition,
            revision: 0,
            shards: BTreeMap::new(),
            orphans: BTreeSet::new(),
        }
    }

    fn root_key(&self) -> String {
        contract::aggregator_state_key(self.partition.as_deref())
    }

    fn shard_base(&self, country: &str) -> String {
        contract::aggregator_shard_key(self.partition.as_deref(), country)
    }

    /// The prefix every shard key of this aggregator starts with.
    fn shard_prefix(&self) -> String {
        let base = self.shard_base("XX");
        base[..base.len() - 2].to_string()
    }

    fn named_keys(&self) -> BTreeSet<String> {
        self.shards
            .iter()
            .map(|(cc, r)| match r {
                ShardRef::Key(k) => k.clone(),
                ShardRef::Revision(_) => self.shard_base(cc),
            })
            .collect()
    }

    /// The committed book: `None` when nothing was ever committed. On `Broken`, the checkpoint
    /// is forgotten (the next save replaces the root) so the caller can rebuild from the events.
    pub async fn load(&mut self) -> Result<Option<StatsBook>, LoadError> {
        self.orphans.clear();
        let unreachable = |e: &dyn std::fmt::Display| LoadError::Unreachable(e.to_string());
        let root = match self.store.entry(self.root_key()).await {
            Err(e) => return Err(unreachable(&e)),
            Ok(Some(entry)) if entry.operation == kv::Operation::Put => entry,
            Ok(_) => {
                self.revision = 0;
                self.shards.clear();
                self.sweep().await;
                return Ok(None);
            }
        };
        self.revision = root.revision;
        self.shards.clear();
        let book = self.read(&root.value).await;
        if let Err(LoadError::Broken(_)) = &book {
            // Nothing the broken root names is kept; its revision stays the one to replace.
            self.shards.clear();
            self.sweep().await;
        }
        book.map(Some)
    }

    async fn read(&mut self, root: &[u8]) -> Result<StatsBook, LoadError> {
        let parsed: Root = serde_json::from_slice(root)
            .map_err(|e| LoadError::Broken(format!("root is not valid: {e}")))?;
        let mut shards = Vec::with_capacity(parsed.shards.len());
        for (cc, r) in &parsed.shards {
            let (key, entry) = match r {
                ShardRef::Key(key) => (key.clone(), self.store.entry(key.as_str()).await),
                ShardRef::Revision(rev) => {
                    let key = self.shard_base(cc);
                    let entry = self.store.entry_for_revision(key.as_str(), *rev).await;
                    (format!("{key} revision {rev}"), entry)
                }
            };
            let entry = entry
                .map_err(|e| LoadError::Unreachable(e.to_string()))?
                .filter(|e| e.operation == kv::Operation::Put)
                .ok_or_else(|| LoadError::Broken(format!("shard {key} is gone")))?;
            shards.push((cc.clone(), entry.value));
        }
        let shared = serde_json::to_vec(&parsed.shared)
            .map_err(|e| LoadError::Broken(format!("root is not valid: {e}")))?;
        let book = StatsBook::from_json_shards(
            &shared,
            shards.iter().map(|(cc, b)| (cc.as_str(), b.as_ref())),
        )
        .map_err(|e| LoadError::Broken(format!("shards are not valid: {e}")))?;
        self.shards = parsed.shards;
        self.sweep().await;
        Ok(book)
    }

    /// Removes this aggregator's shard keys that the committed root does not name (left by
    /// attempts that never committed). Best effort: a key left behind is swept next time.
    async fn sweep(&mut self) {
        let prefix = self.shard_prefix();
        let named = self.named_keys();
        let Ok(mut keys) = self.store.keys().await else {
            return;
        };
        let mut stale = Vec::new();
        while let Some(Ok(key)) = keys.next().await {
            if key.starts_with(&prefix) && !named.contains(&key) {
                stale.push(key);
            }
        }
        for key in stale {
            let _ = self.store.purge(key).await;
        }
    }

    /// Makes `book` durable: the shards of `changed` countries whose bytes are new, then the
    /// root, compare-and-set on the committed one. On error nothing committed, and the caller
    /// may call again with the same book.
    pub async fn save(
        &mut self,
        book: &StatsBook,
        changed: &BTreeSet<String>,
    ) -> Result<(), String> {
        let mut shards = self.shards.clone();
        for cc in changed {
            let bytes = book.shard_json(cc);
            let key = format!("{}.{}", self.shard_base(cc), content_hash(&bytes));
            if shards.get(cc) == Some(&ShardRef::Key(key.clone())) {
                continue;
            }
            self.orphans.insert(key.clone());
            self.store
                .put(key.as_str(), bytes.into())
                .await
                .map_err(|e| format!("writing shard {key}: {e}"))?;
            shards.insert(cc.clone(), ShardRef::Key(key));
        }
        let shared: serde_json::Value =
            serde_json::from_slice(&book.shared_json()).map_err(|e| e.to_string())?;
        let root = serde_json::to_vec(&Root {
            shards: shards.clone(),
            shared,
        })
        .map_err(|e| e.to_string())?;
        let key = self.root_key();
        let committed = if self.revision == 0 {
            self.store
                .create(key.as_str(), root.into())
                .await
                .map_err(|e| e.to_string())
        } else {
            self.store
                .update(key.as_str(), root.into(), self.revision)
                .await
                .map_err(|e| e.to_string())
        };
        self.revision = committed.map_err(|e| format!("writing root {key}: {e}"))?;
        let before = self.named_keys();
        self.shards = shards;
        let named = self.named_keys();
        let orphans = std::mem::take(&mut self.orphans);
        let stale: Vec<String> = before
            .into_iter()
            .chain(orphans)
            .filter(|k| !named.contains(k))
            .collect();
        for key in stale {
            let _ = self.store.purge(key).await;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_that_retrying_cannot_fix_are_told_apart() {
        assert!(is_permanent("writing root root: maximum payload exceeded"));
        assert!(is_permanent("Permissions Violation for Publish"));
        assert!(!is_permanent("timed out: didn't receive ack in time"));
        assert!(is_conflict("wrong last sequence: 41"));
    }

    #[test]
    fn roots_of_both_forms_read() {
        let old: Root = serde_json::from_str(r#"{"shards":{"AF":1967},"shared":{}}"#).unwrap();
        assert_eq!(old.shards["AF"], ShardRef::Revision(1967));
        let new: Root =
            serde_json::from_str(r#"{"shards":{"AF":"country.AF.00aa"},"shared":{}}"#).unwrap();
        assert_eq!(new.shards["AF"], ShardRef::Key("country.AF.00aa".into()));
    }
}
