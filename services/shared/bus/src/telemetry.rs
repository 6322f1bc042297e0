//! Prometheus metrics of the pipeline's own work, defined once: every metric name a service
//! emits is a constant here, and every emission goes through one of the small functions below,
//! so the Grafana dashboard and the docs can rely on one list.
//!
//! The recorder is process-wide ([`install`], called by [`crate::runtime::RuntimeArgs::start`]);
//! [`render`] gives the text exposition served at `/metrics`. Without a recorder (unit tests,
//! command-line tools) the functions are no-ops.

use std::sync::OnceLock;
use std::time::Duration;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// Messages taken from a durable consumer, by `service` and `outcome` (`done`, `retried`,
/// `dead_lettered`).
pub const MESSAGES_TOTAL: &str = "seizure_messages_total";
/// Dead-letter records written, by `service`.
pub const DEAD_LETTERS_TOTAL: &str = "seizure_dead_letters_total";
/// Messages still to be delivered to a service's consumer (its lag), by `service`.
pub const CONSUMER_PENDING: &str = "seizure_consumer_pending";
/// Seconds the normalizer spends extracting one bulletin (decode, extraction, no I/O).
pub const EXTRACTION_SECONDS: &str = "seizure_extraction_seconds";
/// Seizure events the normalizer extracted.
pub const EVENTS_EXTRACTED_TOTAL: &str = "seizure_events_extracted_total";
/// Bulletins offered to the ingester, by `outcome` (`ingested`, `duplicate`, `rejected`).
pub const BULLETINS_TOTAL: &str = "seizure_bulletins_total";
/// Country statistics the aggregator published.
pub const STATS_PUBLISHED_TOTAL: &str = "seizure_stats_published_total";
/// 1 while a service cannot make progress (its reason is on `/readyz` and in the log), by
/// `service`.
pub const STALLED: &str = "seizure_stalled";

/// Every metric name the services themselves emit (the gateway adds the statistics gauges it
/// renders from the `country_stats` bucket).
pub const SERVICE_METRICS: &[&str] = &[
    MESSAGES_TOTAL,
    DEAD_LETTERS_TOTAL,
    CONSUMER_PENDING,
    EXTRACTION_SECONDS,
    EVENTS_EXTRACTED_TOTAL,
    BULLETINS_TOTAL,
    STATS_PUBLISHED_TOTAL,
    STALLED,
];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the process-wide Prometheus recorder (once) and its upkeep task. Needs a tokio
/// runtime.
pub fn install() {
    if HANDLE.get().is_some() {
        return;
    }
    let builder = PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full(EXTRACTION_SECONDS.into()),
            &[
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
            ],
        )
        .expect("bucket list is not empty");
    match builder.install_recorder() {
        Ok(handle) => {
            let upkeep = handle.clone();
            if HANDLE.set(handle).is_ok() {
                tokio::spawn(async move {
                    loop {
                        tokio::time::sleep(Duration::from_secs(5)).await;
                        upkeep.run_upkeep();
                    }
                });
            }
        }
        Err(error) => tracing::warn!(message = "No metrics recorder.", %error),
    }
}

/// The Prometheus text exposition of every metric recorded so far.
pub fn render() -> String {
    HANDLE.get().map(|h| h.render()).unwrap_or_default()
}

/// A message from `service`'s consumer was settled with `outcome`.
pub fn message_settled(service: &str, outcome: &'static str) {
    metrics::counter!(MESSAGES_TOTAL, "service" => service.to_string(), "outcome" => outcome)
        .increment(1);
}

pub fn dead_letter(service: &str) {
    metrics::counter!(DEAD_LETTERS_TOTAL, "service" => service.to_string()).increment(1);
}

pub fn consumer_pending(service: &str, pending: u64) {
    metrics::gauge!(CONSUMER_PENDING, "service" => service.to_string()).set(pending as f64);
}

pub fn extraction(took: Duration, events: usize) {
    metrics::histogram!(EXTRACTION_SECONDS).record(took.as_secs_f64());
    metrics::counter!(EVENTS_EXTRACTED_TOTAL).increment(events as u64);
}

pub fn bulletin(outcome: &'static str) {
    metrics::counter!(BULLETINS_TOTAL, "outcome" => outcome).increment(1);
}

pub fn stats_published(n: usize) {
    metrics::counter!(STATS_PUBLISHED_TOTAL).increment(n as u64);
}

/// `service` is stalled (`true`) or making progress again.
pub fn stalled(service: &str, stalled: bool) {
    metrics::gauge!(STALLED, "service" => service.to_string()).set(if stalled { 1.0 } else { 0.0 });
}
