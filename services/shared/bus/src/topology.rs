//! Connecting to NATS and creating the pipeline's streams, consumers and buckets. Every
//! service calls [`ensure`] at start-up; it is idempotent, so the order services start in does
//! not matter.

use async_nats::jetstream::{self, consumer::PullConsumer, kv};

use crate::BusError;
use crate::contract;

/// Connects with the service's name, retrying until the server is up (compose start-up order).
pub async fn connect(url: &str, name: &str) -> Result<async_nats::Client, BusError> {
    async_nats::ConnectOptions::new()
        .name(name)
        .retry_on_initial_connect()
        .connect(url)
        .await
        .map_err(|source| BusError::Connect {
            url: url.into(),
            source,
        })
}

/// Creates every stream and bucket that does not exist yet.
pub async fn ensure(js: &jetstream::Context) -> Result<(), BusError> {
    for config in contract::streams() {
        let name = config.name.clone();
        let err = |e: String| BusError::Topology {
            what: format!("stream {name}"),
            reason: e,
        };
        let mut stream = js
            .get_or_create_stream(config.clone())
            .await
            .map_err(|e| err(e.to_string()))?;
        // A stream created by an earlier version gets the current subjects.
        let info = stream.info().await.map_err(|e| err(e.to_string()))?;
        if info.config.subjects != config.subjects {
            let mut updated = info.config.clone();
            updated.subjects = config.subjects.clone();
            js.update_stream(updated)
                .await
                .map_err(|e| err(e.to_string()))?;
        }
    }
    for config in contract::buckets() {
        let bucket = config.bucket.clone();
        let err = |e: String| BusError::Topology {
            what: format!("bucket {bucket}"),
            reason: e,
        };
        if js.get_key_value(&bucket).await.is_err() {
            js.create_key_value(config.clone())
                .await
                .map_err(|e| err(e.to_string()))?;
        }
        // A bucket created by an earlier version keeps the current history.
        let mut stream = js
            .get_stream(format!("KV_{bucket}"))
            .await
            .map_err(|e| err(e.to_string()))?;
        let info = stream.info().await.map_err(|e| err(e.to_string()))?;
        if info.config.max_messages_per_subject != config.history {
            let mut updated = info.config.clone();
            updated.max_messages_per_subject = config.history;
            js.update_stream(updated)
                .await
                .map_err(|e| err(e.to_string()))?;
        }
    }
    for config in contract::object_stores() {
        let bucket = config.bucket.clone();
        if js.get_object_store(&bucket).await.is_err() {
            js.create_object_store(config)
                .await
                .map_err(|e| BusError::Topology {
                    what: format!("object store {bucket}"),
                    reason: e.to_string(),
                })?;
        }
    }
    Ok(())
}

/// The durable consumer `name` on `stream`, created if needed.
pub async fn durable_consumer(
    js: &jetstream::Context,
    stream: &str,
    name: &str,
    filter: &str,
) -> Result<PullConsumer, BusError> {
    let s = js
        .get_stream(stream)
        .await
        .map_err(|e| BusError::Topology {
            what: format!("stream {stream}"),
            reason: e.to_string(),
        })?;
    let wanted = contract::consumer(name, filter);
    let mut consumer: PullConsumer = s
        .get_or_create_consumer(name, wanted.clone())
        .await
        .map_err(|e| BusError::Topology {
            what: format!("consumer {name}"),
            reason: e.to_string(),
        })?;
    // A consumer created by an earlier version gets the current filter (it keeps its place).
    let info = consumer.info().await.map_err(|e| BusError::Topology {
        what: format!("consumer {name}"),
        reason: e.to_string(),
    })?;
    if info.config.filter_subject != filter {
        consumer = s
            .update_consumer(wanted)
            .await
            .map_err(|e| BusError::Topology {
                what: format!("consumer {name}"),
                reason: e.to_string(),
            })?;
    }
    Ok(consumer)
}

/// What a consuming service starts with: a connection, the topology in place, and its durable
/// consumer on `stream`.
pub async fn start_consumer(
    url: &str,
    service: &str,
    stream: &str,
    consumer: &str,
    filter: &str,
) -> Result<(jetstream::Context, PullConsumer), BusError> {
    let js = jetstream::new(connect(url, service).await?);
    ensure(&js).await?;
    let c = durable_consumer(&js, stream, consumer, filter).await?;
    Ok((js, c))
}

/// A key-value bucket of the contract.
pub async fn bucket(js: &jetstream::Context, name: &str) -> Result<kv::Store, BusError> {
    js.get_key_value(name)
        .await
        .map_err(|e| BusError::KeyValue {
            bucket: name.into(),
            reason: e.to_string(),
        })
}

/// Messages not yet fully processed by a consumer: pending delivery plus delivered but unacked.
/// `None` when the consumer does not exist yet (so nothing is in progress).
pub async fn backlog(
    js: &jetstream::Context,
    stream: &str,
    consumer: &str,
) -> Result<Option<u64>, BusError> {
    let err = |e: String| BusError::Consume {
        consumer: consumer.into(),
        reason: e,
    };
    let s = js
        .get_stream(stream)
        .await
        .map_err(|e| err(e.to_string()))?;
    match s.consumer_info(consumer).await {
        Ok(info) => Ok(Some(info.num_pending + info.num_ack_pending as u64)),
        Err(e) if e.to_string().contains("not found") => Ok(None),
        Err(e) => Err(err(e.to_string())),
    }
}

/// Whether the normalizer and the aggregator have processed everything published so far. A
/// consumer that does not exist yet has nothing in progress; one that cannot be asked about is
/// not idle.
pub async fn pipeline_idle(js: &jetstream::Context) -> Result<bool, BusError> {
    for (stream, consumer) in [
        (contract::BULLETINS_STREAM, contract::NORMALIZER_CONSUMER),
        (contract::EVENTS_STREAM, contract::AGGREGATOR_CONSUMER),
    ] {
        if backlog(js, stream, consumer).await?.unwrap_or(0) > 0 {
            return Ok(false);
        }
    }
    Ok(true)
}
