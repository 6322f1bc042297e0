//! The normalizer: reads `Bulletin`s from its durable consumer, extracts their seizure events
//! with `seizure-text`, and publishes one `SeizureEvent` per event on `events.seizure.<CC>`, then
//! the bulletin's `BulletinDigest` (revision and classified articles) on `events.bulletin.<source>`.
//!
//! A batch of bulletins is extracted on every core at once and its publishes are pipelined (see
//! [`handle_batch`]); a bulletin is acked only after every event publish is acknowledged. A bulletin that cannot be
//! decoded, is empty, or makes the extractor panic goes to `dlq.normalizer` and is terminated.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;

use async_nats::jetstream::{self, context::PublishAckFuture};
use seizure_bus::async_nats;
use seizure_bus::consume::{self, Verdict};
use seizure_bus::contract::{self, BULLETINS_STREAM, NO_COUNTRY, NORMALIZER_CONSUMER};
use seizure_bus::runtime::Shutdown;
use seizure_bus::{publish, topology};
use seizure_proto::v1::{self, Bulletin, BulletinDigest, SeizureEvent};
use seizure_proto::{Message, from_timestamp};
use seizure_text::{Category, Event, EventDate, Kind, Precision, Qualifier};
use sha2::{Digest, Sha256};

pub const SERVICE: &str = "normalizer";

/// The deterministic id of an event: the same bulletin always yields the same ids.
pub fn event_id(bulletin_id: &str, e: &Event) -> String {
    let key = format!(
        "{bulletin_id}|{}|{}|{}|{}|{}|{}|{}|{}",
        e.article,
        e.kind.as_str(),
        e.country.unwrap_or(""),
        e.drug,
        e.unit.as_str(),
        e.amount,
        e.evidence_span.0,
        e.evidence_span.1
    );
    Sha256::digest(key.as_bytes())
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn kind(k: Kind) -> v1::EventKind {
    match k {
        Kind::Seizure => v1::EventKind::Seizure,
        Kind::Destruction => v1::EventKind::Destruction,
        Kind::PeriodTotal => v1::EventKind::PeriodTotal,
    }
}

fn qualifier(q: Qualifier) -> v1::Qualifier {
    match q {
        Qualifier::Exact => v1::Qualifier::Exact,
        Qualifier::Approx => v1::Qualifier::Approx,
        Qualifier::AtLeast => v1::Qualifier::AtLeast,
    }
}

fn date(d: EventDate) -> v1::EventDate {
    v1::EventDate {
        year: d.year,
        month: d.month,
        day: d.day,
        precision: match d.precision {
            Precision::Day => v1::DatePrecision::Day,
            Precision::Month => v1::DatePrecision::Month,
            Precision::Year => v1::DatePrecision::Year,
        } as i32,
    }
}

/// Why a bulletin cannot be normalised.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum NormalizeError {
    #[error("malformed Bulletin protobuf: {0}")]
    Decode(String),
    #[error("bulletin has no id")]
    NoId,
    #[error("bulletin {0} has no text")]
    NoText(String),
    #[error("extractor panicked on bulletin {0}")]
    ExtractorPanic(String),
}

fn category(c: Category) -> v1::ArticleCategory {
    match c {
        Category::Seizure => v1::ArticleCategory::Seizure,
        Category::Destruction => v1::ArticleCategory::Destruction,
        Category::Statistics => v1::ArticleCategory::Statistics,
        Category::Prevention => v1::ArticleCategory::Prevention,
        Category::Cooperation => v1::ArticleCategory::Cooperation,
        Category::Legislation => v1::ArticleCategory::Legislation,
        Category::Training => v1::ArticleCategory::Training,
        Category::Other => v1::ArticleCategory::Other,
    }
}

/// What the normalizer makes of one bulletin.
#[derive(Clone, Debug, PartialEq)]
pub struct Normalized {
    pub bulletin: Bulletin,
    /// One per event, in the order the extractor found them.
    pub events: Vec<SeizureEvent>,
    /// The bulletin as a whole: its revision and its classified articles.
    pub digest: BulletinDigest,
}

/// Decodes a bulletin and extracts its events and digest (pure: no NATS).
pub fn normalize(payload: &[u8]) -> Result<Normalized, NormalizeError> {
    let b = Bulletin::decode(payload).map_err(|e| NormalizeError::Decode(e.to_string()))?;
    if b.id.is_empty() {
        return Err(NormalizeError::NoId);
    }
    if b.text.trim().is_empty() {
        return Err(NormalizeError::NoText(b.id));
    }
    let published = b.published_at.as_ref().and_then(from_timestamp);
    let ctx = seizure_text::Context {
        published: published.map(|t| t.date_naive()),
    };
    let extraction =
        std::panic::catch_unwind(AssertUnwindSafe(|| seizure_text::extract(&b.text, &ctx)))
            .map_err(|_| NormalizeError::ExtractorPanic(b.id.clone()))?;
    let bulletin_time = b.published_at.or(b.received_at);
    let ids: Vec<String> = extraction
        .events
        .iter()
        .map(|e| event_id(&b.id, e))
        .collect();
    // Each event's ordinal among the events with its evidence span: half of its anchor.
    let mut per_span: HashMap<(usize, usize), u32> = HashMap::new();
    let events = extraction
        .events
        .iter()
        .zip(&ids)
        .map(|(e, id)| {
            let ordinal = per_span.entry(e.evidence_span).or_default();
            let span_ordinal = *ordinal;
            *ordinal += 1;
            let article = &extraction.articles[e.article];
            SeizureEvent {
                event_id: id.clone(),
                bulletin_id: b.id.clone(),
                article_id: format!("{}/{}", b.id, e.article),
                country: e.country.unwrap_or("").into(),
                region: e.region.unwrap_or("").into(),
                kind: kind(e.kind) as i32,
                drug: e.drug.clone(),
                amount: e.amount,
                unit: e.unit.as_str().into(),
                qualifier: qualifier(e.qualifier) as i32,
                date: e.date.map(date),
                resolved_date: e.date_resolved.map(date),
                evidence: e.evidence.clone(),
                evidence_span: Some(v1::Span {
                    start: e.evidence_span.0 as u32,
                    end: e.evidence_span.1 as u32,
                }),
                extractor_version: seizure_text::EXTRACTOR_VERSION.into(),
                source_url: article
                    .source_url
                    .clone()
                    .unwrap_or_else(|| b.source_url.clone()),
                parent_event_id: e.parent.map(|p| ids[p].clone()).unwrap_or_default(),
                bulletin_time,
                span_ordinal,
            }
        })
        .collect::<Vec<_>>();
    let digest = BulletinDigest {
        bulletin_id: b.id.clone(),
        source_url: b.source_url.clone(),
        published_at: b.published_at,
        received_at: b.received_at,
        articles: extraction
            .article_summaries(&b.text)
            .into_iter()
            .map(|a| v1::ArticleDigest {
                index: a.index as u32,
                country: a.country.unwrap_or(NO_COUNTRY).into(),
                category: category(a.category) as i32,
                title: a.title,
            })
            .collect(),
        events: events.len() as u32,
        extractor_version: seizure_text::EXTRACTOR_VERSION.into(),
    };
    Ok(Normalized {
        bulletin: b,
        events,
        digest,
    })
}

/// Settings of the normalizer service.
#[derive(Clone, Debug)]
pub struct Config {
    pub nats_url: String,
    pub batch: usize,
}

/// Extracts a batch of bulletins on every core (`normalize` is pure), keeping the batch's order.
async fn normalize_all(
    msgs: Vec<jetstream::Message>,
) -> Vec<(jetstream::Message, Result<Normalized, NormalizeError>)> {
    fn run(
        chunk: Vec<jetstream::Message>,
    ) -> Vec<(jetstream::Message, Result<Normalized, NormalizeError>)> {
        chunk
            .into_iter()
            .map(|m| {
                let started = std::time::Instant::now();
                let normalized = normalize(&m.payload);
                if let Ok(n) = &normalized {
                    seizure_bus::telemetry::extraction(started.elapsed(), n.events.len());
                }
                (m, normalized)
            })
            .collect()
    }
    // Even a batch of one is extracted off the async threads, so the progress heartbeats that
    // keep a long extraction from redelivery go on meanwhile.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_core = msgs.len().div_ceil(cores).max(1);
    let mut chunks = Vec::new();
    let mut rest = msgs;
    while !rest.is_empty() {
        let tail = rest.split_off(per_core.min(rest.len()));
        chunks.push(std::mem::replace(&mut rest, tail));
    }
    let tasks = chunks
        .into_iter()
        .map(|chunk| tokio::task::spawn_blocking(move || run(chunk)));
    futures::future::join_all(tasks)
        .await
        .into_iter()
        // `normalize` catches the extractor's panics, so a chunk always comes back.
        .flat_map(|r| r.expect("normalize does not panic"))
        .collect()
}

/// Publishes in flight at most, well under the client's own bound (5,000): past it, sending
/// waits for a permit that only awaiting the earlier acknowledgements would free.
const MAX_IN_FLIGHT: usize = 1024;

/// Where one bulletin of a batch stands.
enum Step {
    /// Its events are in flight.
    Sent(Normalized, Vec<PublishAckFuture>),
    /// Its events are stored; its digest is in flight.
    Digest(Normalized, PublishAckFuture),
    Settled(Verdict),
}

/// Normalizes a batch and publishes what it yields, pipelined: every event of every bulletin is
/// sent before any acknowledgement is awaited, then each bulletin's digest once its own events
/// are stored. One verdict per message, in order; a bulletin is done only when its events and
/// digest are acknowledged.
async fn handle_batch(
    js: &jetstream::Context,
    msgs: Vec<jetstream::Message>,
) -> Vec<(jetstream::Message, Verdict)> {
    let mut steps = Vec::with_capacity(msgs.len());
    let mut in_flight = 0;
    for (m, normalized) in normalize_all(msgs).await {
        let step = match normalized {
            Err(e) => Step::Settled(Verdict::Poison(e.to_string())),
            Ok(n) => {
                // The client lends a bounded number of publishes awaiting acknowledgement: the
                // earlier bulletins' are awaited before that bound is reached.
                if in_flight + n.events.len() > MAX_IN_FLIGHT {
                    in_flight = send_digests(js, &mut steps).await;
                }
                match send_events(js, &n.events).await {
                    Ok(acks) => {
                        in_flight += acks.len();
                        Step::Sent(n, acks)
                    }
                    Err(reason) => Step::Settled(Verdict::Retry(reason)),
                }
            }
        };
        steps.push((m, step));
    }
    send_digests(js, &mut steps).await;
    let mut out = Vec::with_capacity(steps.len());
    for (m, step) in steps {
        let verdict = match step {
            Step::Digest(n, ack) => match stored(vec![ack]).await {
                Ok(()) => {
                    tracing::info!(message = "Bulletin normalized.", bulletin_id = %n.bulletin.id, events = n.events.len());
                    Verdict::Done
                }
                Err(reason) => Verdict::Retry(reason),
            },
            Step::Settled(v) => v,
            Step::Sent(..) => unreachable!("every bulletin's events were awaited"),
        };
        out.push((m, verdict));
    }
    out
}

/// Waits for the events of every bulletin in `steps` whose events are in flight, and sends
/// its digest; returns how many publishes are in flight after that (the digests).
async fn send_digests(js: &jetstream::Context, steps: &mut [(jetstream::Message, Step)]) -> usize {
    for (_, step) in steps.iter_mut() {
        if !matches!(step, Step::Sent(..)) {
            continue;
        }
        let Step::Sent(n, acks) = std::mem::replace(step, Step::Settled(Verdict::Done)) else {
            unreachable!("matched above");
        };
        *step = match stored(acks).await {
            // The digest follows the events, so the aggregator usually has them when it learns
            // that the bulletin supersedes an earlier revision (it is right in any order).
            Ok(()) => match publish::send(
                js,
                &contract::digest_subject(&n.bulletin.source),
                &contract::digest_msg_id(&n.bulletin.id),
                &n.digest,
            )
            .await
            {
                Ok(ack) => Step::Digest(n, ack),
                Err(e) => Step::Settled(Verdict::Retry(e.to_string())),
            },
            Err(reason) => Step::Settled(Verdict::Retry(reason)),
        };
    }
    steps
        .iter()
        .filter(|(_, step)| matches!(step, Step::Digest(..)))
        .count()
}

/// Sends one bulletin's events; the futures of the acknowledgements still awaited.
async fn send_events(
    js: &jetstream::Context,
    events: &[SeizureEvent],
) -> Result<Vec<PublishAckFuture>, String> {
    let mut acks = Vec::with_capacity(events.len());
    for e in events {
        if acks.len() == MAX_IN_FLIGHT {
            // A bulletin with very many events: the first ones are awaited before more go.
            stored(std::mem::take(&mut acks)).await?;
        }
        let subject = contract::event_subject(&e.country);
        acks.push(
            publish::send(js, &subject, &e.event_id, e)
                .await
                .map_err(|e| e.to_string())?,
        );
    }
    Ok(acks)
}

/// Waits until the stream has stored every publish of `acks`.
async fn stored(acks: Vec<PublishAckFuture>) -> Result<(), String> {
    for ack in acks {
        ack.await
            .map_err(|e| format!("publish not acknowledged: {e}"))?;
    }
    Ok(())
}

/// Runs the normalizer until shutdown.
pub async fn run(cfg: Config, shutdown: Shutdown) -> anyhow::Result<()> {
    let (js, consumer) = topology::start_consumer(
        &cfg.nats_url,
        SERVICE,
        BULLETINS_STREAM,
        NORMALIZER_CONSUMER,
        &[contract::BULLETINS_SUBJECTS.to_string()],
    )
    .await?;
    tracing::info!(message = "Normalizer consuming bulletins.");
    let js2 = js.clone();
    consume::run(
        &js,
        SERVICE,
        &consumer,
        // A batch's digests are in flight together: keep them within the bound.
        cfg.batch.min(MAX_IN_FLIGHT / 2),
        shutdown,
        move |msgs| {
            let js = js2.clone();
            async move { handle_batch(&js, msgs).await }
        },
        consume::dead_letter_worn,
    )
    .await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_a_decode_error() {
        assert!(matches!(
            normalize(&[0xff, 0xff, 0xff]),
            Err(NormalizeError::Decode(_))
        ));
        let empty = Bulletin {
            id: "x".into(),
            ..Default::default()
        }
        .encode_to_vec();
        assert_eq!(
            normalize(&empty).unwrap_err(),
            NormalizeError::NoText("x".into())
        );
    }

    #[test]
    fn ids_are_deterministic_and_parts_link_to_totals() {
        let text = "Police seized 3 tonnes of drugs, including 400 kg of heroin, in Dushanbe.";
        let b = Bulletin {
            id: "b".into(),
            text: text.into(),
            ..Default::default()
        }
        .encode_to_vec();
        let first = normalize(&b).unwrap().events;
        let second = normalize(&b).unwrap().events;
        assert_eq!(first, second);
        assert_eq!(first.len(), 2);
        assert_eq!(first[1].parent_event_id, first[0].event_id);
        assert_eq!(first[0].country, "TJ");
        let digest = normalize(&b).unwrap().digest;
        assert_eq!((digest.events, digest.articles.len()), (2, 1));
        assert_eq!(digest.articles[0].country, "TJ");
        assert_eq!(
            digest.articles[0].category,
            v1::ArticleCategory::Seizure as i32
        );
    }
}
