//! Connecting to NATS and creating the pipeline's streams, consumers and buckets. Every
//! service calls [`ensure`] at start-up; it is idempotent, so the order services start in does
//! not matter.

use std::sync::atomic::{AtomicUsize, Ordering};

use async_nats::jetstream::{self, consumer::PullConsumer, kv};

use crate::BusError;
use crate::contract;

/// Connects with the service's name, retrying until the server is up (compose start-up order).
/// `url` may list several servers of a cluster, comma-separated. Credentials in the URL
/// (`nats://user:password@host:4222`, percent-encoded) are sent as the user and password:
/// async-nats itself ignores them.
pub async fn connect(url: &str, name: &str) -> Result<async_nats::Client, BusError> {
    let mut credentials = None;
    let addresses: Vec<String> = url
        .split(',')
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(|u| {
            let (address, c) = split_credentials(u);
            credentials = credentials.take().or(c);
            address
        })
        .collect();
    let address = addresses.join(",");
    let options = match credentials {
        // Replies come on the user's own inbox prefix, the only one its permissions let it
        // read (deploy/nats.conf).
        Some((user, password)) => {
            async_nats::ConnectOptions::with_user_and_password(user.clone(), password)
                .custom_inbox_prefix(inbox_prefix(&user))
        }
        None => async_nats::ConnectOptions::new(),
    };
    let client_name = name.to_string();
    options
        .name(name)
        .event_callback(move |event| {
            let client = client_name.clone();
            async move { log_connection_event(&client, &event) }
        })
        .retry_on_initial_connect()
        .connect(addresses)
        .await
        .map_err(|source| BusError::Connect {
            url: address,
            source,
        })
}

/// The inbox prefix of NATS user `user`: `_INBOX_<user>`.
pub fn inbox_prefix(user: &str) -> String {
    format!("_INBOX_{user}")
}

/// Raises to warn level what async-nats logs at info about a connection that an operator must
/// see: the server's refusals (permissions violations), slow consumers, a server shutting down.
fn log_connection_event(client: &str, event: &async_nats::Event) {
    // A service that has lost NATS cannot do its job: `/readyz` says so until it reconnects.
    match event {
        async_nats::Event::Disconnected => crate::runtime::set_stalled(
            client,
            "nats",
            Some("disconnected from NATS, reconnecting".into()),
        ),
        async_nats::Event::Connected => crate::runtime::set_stalled(client, "nats", None),
        _ => {}
    }
    if matches!(
        event,
        async_nats::Event::ServerError(_)
            | async_nats::Event::SlowConsumer(_)
            | async_nats::Event::LameDuckMode
    ) {
        tracing::warn!(message = "NATS connection event.", client, %event);
    }
}

/// `nats://host:4222` (or several, comma-separated) with `user` and `password` put in,
/// percent-encoded.
pub fn with_credentials(url: &str, user: &str, password: &str) -> String {
    url.split(',')
        .map(|u| {
            let (address, _) = split_credentials(u.trim());
            let (scheme, rest) = address.split_once("://").unwrap_or(("nats", &address));
            format!(
                "{scheme}://{}:{}@{rest}",
                percent_encode(user),
                percent_encode(password)
            )
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The URL without its credentials, and the decoded credentials.
fn split_credentials(url: &str) -> (String, Option<(String, String)>) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return (url.to_string(), None);
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return (url.to_string(), None);
    };
    let (user, password) = rest[..at].split_once(':').unwrap_or((&rest[..at], ""));
    (
        format!("{scheme}://{}", &rest[at + 1..]),
        Some((percent_decode(user), percent_decode(password))),
    )
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = (b[i] == b'%' && i + 2 < b.len())
            .then(|| std::str::from_utf8(&b[i + 1..i + 3]).ok())
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(v) => {
                out.push(v);
                i += 3;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

static REPLICAS: AtomicUsize = AtomicUsize::new(1);

/// Replicas of every stream and bucket [`ensure`] creates (`JETSTREAM_REPLICAS`; 3 in a
/// three-node cluster). Existing streams and buckets are raised to this number, never lowered:
/// a tool run with the default of 1 must not shrink a cluster's streams.
pub fn set_replicas(replicas: usize) {
    REPLICAS.store(replicas.clamp(1, 5), Ordering::Relaxed);
}

/// What an operator runs (as the admin user) before the services start where they may not
/// create streams: every stream, bucket and object store, created or brought up to date.
/// Idempotent. Durable consumers are left to their services (each may create only its own):
/// which aggregator consumers exist depends on how the aggregators are partitioned, and a
/// consumer nobody reads would only pile up a backlog.
pub async fn provision(js: &jetstream::Context) -> Result<(), BusError> {
    ensure(js).await
}

/// How long [`ensure`] waits for a cluster that is still forming to place replicated streams.
const PLACEMENT_DEADLINE: std::time::Duration = std::time::Duration::from_secs(45);

/// Creates every stream and bucket that does not exist yet, and brings older settings up to
/// date. Once they are in place it only reads them, which is all a service's user may do (an
/// operator provisions them first, see [`provision`]).
///
/// A JetStream cluster that has elected its meta leader may not yet know all its peers, and
/// then refuses to place replicated streams ("no suitable peers for placement"). That passes
/// once the nodes have met, so it is retried until [`PLACEMENT_DEADLINE`]; any other refusal
/// is returned at once.
pub async fn ensure(js: &jetstream::Context) -> Result<(), BusError> {
    retry_while(
        "streams and buckets",
        PLACEMENT_DEADLINE,
        cluster_still_forming,
        "JetStream cluster is still forming; setting up again.",
        || ensure_once(js),
    )
    .await
}

/// Runs `request` again, every half second, while it fails with an error `passes` says a
/// cluster outgrows (a cluster forming, a lost node's leaders re-elected) and `deadline` has
/// not run out; any other failure, and one past the deadline, is returned at once.
async fn retry_while<T, E, F, Fut>(
    what: &str,
    deadline: std::time::Duration,
    passes: impl Fn(&E) -> bool,
    message: &'static str,
    mut request: F,
) -> Result<T, E>
where
    E: std::fmt::Display,
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let deadline = std::time::Instant::now() + deadline;
    loop {
        match request().await {
            Err(e) if passes(&e) && std::time::Instant::now() < deadline => {
                tracing::warn!(message, what, error = %e);
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            }
            result => return result,
        }
    }
}

/// Whether `e` is a refusal that a JetStream cluster gives only while its nodes are meeting:
/// no suitable peers for placement (10005) or JetStream temporarily unavailable (10008).
fn cluster_still_forming(e: &BusError) -> bool {
    match e {
        BusError::Topology { reason, .. } => {
            reason.contains("error code 10005") || reason.contains("error code 10008")
        }
        _ => false,
    }
}

async fn ensure_once(js: &jetstream::Context) -> Result<(), BusError> {
    let replicas = REPLICAS.load(Ordering::Relaxed);
    for mut config in contract::streams() {
        config.num_replicas = replicas;
        let name = config.name.clone();
        let err = |e: String| BusError::Topology {
            what: format!("stream {name}"),
            reason: format!(
                "{e} (streams are created by `seizurectl provision` as the admin user)"
            ),
        };
        let stream = js
            .get_or_create_stream(config.clone())
            .await
            .map_err(|e| err(e.to_string()))?;
        // A stream created by an earlier version gets the current subjects.
        let info = stream.cached_info();
        if info.config.subjects != config.subjects
            || info.config.sources.as_ref().map_or(0, Vec::len)
                != config.sources.as_ref().map_or(0, Vec::len)
            || info.config.num_replicas < replicas
            || unlimited_as_minus_one(info.config.max_bytes)
                != unlimited_as_minus_one(config.max_bytes)
        {
            let mut updated = info.config.clone();
            updated.subjects = config.subjects.clone();
            updated.sources = config.sources.clone();
            updated.max_bytes = config.max_bytes;
            updated.discard = config.discard;
            updated.num_replicas = updated.num_replicas.max(replicas);
            js.update_stream(updated)
                .await
                .map_err(|e| err(e.to_string()))?;
        }
    }
    for mut config in contract::buckets() {
        config.num_replicas = replicas;
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
        let stream = js
            .get_stream(format!("KV_{bucket}"))
            .await
            .map_err(|e| err(e.to_string()))?;
        let info = stream.cached_info();
        if info.config.max_messages_per_subject != config.history
            || info.config.num_replicas < replicas
        {
            let mut updated = info.config.clone();
            updated.max_messages_per_subject = config.history;
            updated.num_replicas = updated.num_replicas.max(replicas);
            js.update_stream(updated)
                .await
                .map_err(|e| err(e.to_string()))?;
        }
    }
    for mut config in contract::object_stores() {
        config.num_replicas = replicas;
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

/// A stream limit as the server reports it: 0 (unset) and negative values both mean none.
fn unlimited_as_minus_one(limit: i64) -> i64 {
    if limit <= 0 { -1 } else { limit }
}

/// The durable consumer `name` on `stream`, created if needed.
pub async fn durable_consumer(
    js: &jetstream::Context,
    stream: &str,
    name: &str,
    filters: &[String],
) -> Result<PullConsumer, BusError> {
    let s = js
        .get_stream(stream)
        .await
        .map_err(|e| BusError::Topology {
            what: format!("stream {stream}"),
            reason: e.to_string(),
        })?;
    let wanted = contract::consumer(name, filters);
    let mut consumer: PullConsumer = s
        .get_or_create_consumer(name, wanted.clone())
        .await
        .map_err(|e| BusError::Topology {
            what: format!("consumer {name}"),
            reason: e.to_string(),
        })?;
    // A consumer created by an earlier version gets the current filter and delivery limit (it
    // keeps its place).
    let info = consumer.info().await.map_err(|e| BusError::Topology {
        what: format!("consumer {name}"),
        reason: e.to_string(),
    })?;
    if info.config.filter_subject != wanted.filter_subject
        || info.config.filter_subjects != wanted.filter_subjects
        || info.config.max_deliver != wanted.max_deliver
        || info.config.ack_wait != wanted.ack_wait
    {
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
    filters: &[String],
) -> Result<(jetstream::Context, PullConsumer), BusError> {
    let js = jetstream::new(connect(url, service).await?);
    // JetStream may not be able to answer yet (a cluster electing its leaders, a server
    // starting, replicas catching up): what can succeed later is retried with back-off, while
    // `/readyz` says not ready; a refusal (permissions, bad settings) ends the start at once.
    let mut backoff = std::time::Duration::from_millis(200);
    let mut failures = 0u32;
    loop {
        let attempt = async {
            ensure(&js).await?;
            durable_consumer(&js, stream, consumer, filters).await
        };
        match attempt.await {
            Ok(c) => return Ok((js, c)),
            Err(e) if crate::publish::is_permanent(&e.to_string()) => return Err(e),
            Err(error) => {
                if failures.is_multiple_of(10) {
                    tracing::warn!(
                        message = "JetStream not ready for this service yet; retrying.",
                        service,
                        %error,
                        failures
                    );
                }
                failures += 1;
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(std::time::Duration::from_secs(5));
            }
        }
    }
}

/// A key-value bucket of the contract.
pub async fn bucket(js: &jetstream::Context, name: &str) -> Result<kv::Store, BusError> {
    while_the_cluster_recovers(name, || async {
        js.get_key_value(name).await.map_err(|e| e.to_string())
    })
    .await
    .map_err(|reason| BusError::KeyValue {
        bucket: name.into(),
        reason,
    })
}

/// The object store `name`, once it exists (see [`ensure`]).
pub async fn object_store(
    js: &jetstream::Context,
    name: &str,
) -> Result<jetstream::object_store::ObjectStore, BusError> {
    while_the_cluster_recovers(name, || async {
        js.get_object_store(name).await.map_err(|e| e.to_string())
    })
    .await
    .map_err(|reason| BusError::Topology {
        what: name.into(),
        reason,
    })
}

/// How long a service asks again for a bucket whose request timed out: a cluster that has just
/// lost a node answers nothing until the bucket's stream has a new leader (a service that
/// exits on the first timeout would make a fault the cluster heals a crash).
const RECOVERY_DEADLINE: std::time::Duration = std::time::Duration::from_secs(30);

/// Runs `request` again while it times out and [`RECOVERY_DEADLINE`] allows.
async fn while_the_cluster_recovers<T, F, Fut>(what: &str, request: F) -> Result<T, String>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, String>>,
{
    retry_while(
        what,
        RECOVERY_DEADLINE,
        |e: &String| e.contains("timed out"),
        "A JetStream request timed out; asking again while the cluster recovers.",
        request,
    )
    .await
}

/// The current value of each key of bucket `bucket` (only `key` if given), in key order. Keys
/// come from the stream's subject list and values from direct gets: no consumer is created,
/// which the read-only `dashboard` user may not do.
pub async fn current_values(
    js: &jetstream::Context,
    bucket: &str,
    key: Option<&str>,
) -> Result<Vec<(String, bytes::Bytes)>, BusError> {
    use futures::StreamExt;
    let err = |e: String| BusError::KeyValue {
        bucket: bucket.into(),
        reason: e,
    };
    let kv = self::bucket(js, bucket).await?;
    let stream = js
        .get_stream(format!("KV_{bucket}"))
        .await
        .map_err(|e| err(e.to_string()))?;
    let prefix = format!("$KV.{bucket}.");
    let filter = format!("{prefix}{}", key.unwrap_or(">"));
    let mut subjects = stream
        .info_with_subjects(filter)
        .await
        .map_err(|e| err(e.to_string()))?;
    let mut keys = Vec::new();
    while let Some(s) = subjects.next().await {
        let (subject, _) = s.map_err(|e| err(e.to_string()))?;
        if let Some(k) = subject.strip_prefix(&prefix) {
            keys.push(k.to_string());
        }
    }
    keys.sort();
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        if let Some(v) = kv.get(&k).await.map_err(|e| err(e.to_string()))? {
            out.push((k, v));
        }
    }
    Ok(out)
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

/// What one durable consumer has still to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerBacklog {
    pub consumer: String,
    /// Messages not yet delivered to it.
    pub undelivered: u64,
    /// Messages delivered but not yet acknowledged.
    pub unacknowledged: u64,
}

/// The backlog of every durable consumer of `stream` (ephemeral readers such as the
/// gateway's are left out).
pub async fn durable_backlogs(
    stream: &jetstream::stream::Stream,
) -> Result<Vec<ConsumerBacklog>, BusError> {
    use futures::StreamExt;
    let mut consumers = stream.consumers();
    let mut backlogs = Vec::new();
    while let Some(info) = consumers.next().await {
        let info = info.map_err(|e| BusError::Consume {
            consumer: stream.cached_info().config.name.clone(),
            reason: e.to_string(),
        })?;
        if info.config.durable_name.is_some() {
            backlogs.push(ConsumerBacklog {
                consumer: info.name,
                undelivered: info.num_pending,
                unacknowledged: info.num_ack_pending as u64,
            });
        }
    }
    Ok(backlogs)
}

/// Whether every durable consumer of the pipeline (the normalizer's, the aggregator's or its
/// partitions') has processed everything published so far. A consumer that does not exist yet
/// has nothing in progress; one that cannot be asked about is not idle.
pub async fn pipeline_idle(js: &jetstream::Context) -> Result<bool, BusError> {
    for stream in contract::CONSUMED_STREAMS {
        let s = js.get_stream(stream).await.map_err(|e| BusError::Consume {
            consumer: stream.into(),
            reason: e.to_string(),
        })?;
        let busy = durable_backlogs(&s)
            .await?
            .iter()
            .any(|b| b.undelivered + b.unacknowledged > 0);
        if busy {
            return Ok(false);
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_forming_cluster_s_refusals_are_retried() {
        let refusal = |reason: &str| BusError::Topology {
            what: "stream CORRECTIONS".into(),
            reason: reason.into(),
        };
        assert!(cluster_still_forming(&refusal(
            "jetstream error: no suitable peers for placement (code 400, error code 10005)"
        )));
        assert!(cluster_still_forming(&refusal(
            "jetstream error: JetStream system temporarily unavailable (code 503, error code 10008)"
        )));
        assert!(!cluster_still_forming(&refusal(
            "jetstream error: authorization violation (code 403, error code 10039)"
        )));
    }

    #[test]
    fn credentials_go_in_and_come_out_of_the_url() {
        let url = with_credentials("nats://nats:4222", "normalizer", "p@ss:w/rd%");
        assert_eq!(url, "nats://normalizer:p%40ss%3Aw%2Frd%25@nats:4222");
        let (address, creds) = split_credentials(&url);
        assert_eq!(address, "nats://nats:4222");
        assert_eq!(creds, Some(("normalizer".into(), "p@ss:w/rd%".into())));
        assert_eq!(split_credentials("nats://h:4222").1, None);
        assert_eq!(
            with_credentials("nats://a:4222,nats://b:4222", "u", "p"),
            "nats://u:p@a:4222,nats://u:p@b:4222"
        );
        assert_eq!(
            split_credentials("nats://u@h:4222").1,
            Some(("u".into(), "".into()))
        );
    }
}
