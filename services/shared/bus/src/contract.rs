//! The wire contract's names and settings: every subject, stream, consumer and bucket the
//! services share. Nothing else in the code spells a subject.
//!
//! | subject                     | stream      | message        | producer   | consumer   |
//! |-----------------------------|-------------|----------------|------------|------------|
//! | `bulletins.raw.<source>`    | BULLETINS   | `Bulletin`     | ingester   | normalizer |
//! | `events.seizure.<CC>`       | EVENTS      | `SeizureEvent` | normalizer | aggregator |
//! | `events.bulletin.<source>`  | EVENTS      | `BulletinDigest` | normalizer | aggregator |
//! | `corrections.<CC>`          | CORRECTIONS | `Correction`   | gateway    | (audit)    |
//! | `events.correction.<CC>`    | EVENTS      | `Correction`   | (sourced from CORRECTIONS) | aggregator |
//! | `stats.country.<CC>`        | STATS       | `CountryStats` | aggregator | dashboards |
//! | `stats.overview`            | STATS       | `Overview`     | aggregator | dashboards |
//! | `dlq.<service>`             | DLQ         | `DeadLetter`   | any        | operators  |
//! | `quarantine.<service>`      | QUARANTINE  | `DeadLetter`   | aggregator | operators  |
//!
//! CORRECTIONS keeps every correction forever (the audit trail); EVENTS sources it, renaming
//! `corrections.<CC>` to `events.correction.<CC>`, so the aggregator reads corrections in one
//! order with the events they correct, through its one consumer and its one snapshot sequence.
//!
//! KV buckets: `country_stats` (latest `CountryStats` per country, key = CC), `stats_overview`
//! (latest `Overview`, key `latest`), `bulletin_index` and `ingester_feeds` (the ingester's
//! memory of what it has taken). Object stores: `bulletin_originals` (every accepted original,
//! for audit) and `aggregator_snapshots` (the aggregators' state).

use std::time::Duration;

use async_nats::jetstream::{consumer, kv, object_store, stream};

pub const BULLETINS_STREAM: &str = "BULLETINS";
pub const EVENTS_STREAM: &str = "EVENTS";
pub const STATS_STREAM: &str = "STATS";
/// Reviewers' corrections, kept forever: the audit trail.
pub const CORRECTIONS_STREAM: &str = "CORRECTIONS";
pub const CORRECTIONS_SUBJECTS: &str = "corrections.>";
/// Corrections as EVENTS holds them (sourced from CORRECTIONS).
pub const CORRECTION_EVENT_SUBJECTS: &str = "events.correction.>";
/// The streams that the pipeline's durable consumers read: the normalizer's BULLETINS and the
/// aggregator's (or its partitions') EVENTS.
pub const CONSUMED_STREAMS: [&str; 2] = [BULLETINS_STREAM, EVENTS_STREAM];

/// The country token of events and statistics that no single country can be given
/// (a user-assigned ISO 3166 code).
pub const NO_COUNTRY: &str = "ZZ";
pub const DLQ_STREAM: &str = "DLQ";
/// Valid messages set aside, not counted: implausible quantities, dates before the horizon.
pub const QUARANTINE_STREAM: &str = "QUARANTINE";

pub const BULLETINS_SUBJECTS: &str = "bulletins.raw.>";
/// Everything on EVENTS: seizure events and bulletin digests, in one ordered stream.
pub const EVENTS_SUBJECTS: &str = "events.>";
pub const SEIZURE_EVENT_SUBJECTS: &str = "events.seizure.>";
pub const BULLETIN_DIGEST_SUBJECTS: &str = "events.bulletin.>";
/// Every country's statistics at a glance.
pub const STATS_OVERVIEW_SUBJECT: &str = "stats.overview";
pub const STATS_SUBJECTS: &str = "stats.>";
pub const STATS_COUNTRY_SUBJECTS: &str = "stats.country.>";
pub const DLQ_SUBJECTS: &str = "dlq.>";
pub const QUARANTINE_SUBJECTS: &str = "quarantine.>";

/// Durable consumer of the normalizer on BULLETINS.
pub const NORMALIZER_CONSUMER: &str = "normalizer";
/// Durable consumer of the aggregator on EVENTS.
pub const AGGREGATOR_CONSUMER: &str = "aggregator";

/// Latest `CountryStats` per country, key = country code.
pub const COUNTRY_STATS_BUCKET: &str = "country_stats";
/// The aggregator's snapshots (object store): one object per aggregator, named by
/// [`aggregator_snapshot_name`], holding its whole state and the EVENTS stream sequence it covers.
pub const AGGREGATOR_SNAPSHOTS_BUCKET: &str = "aggregator_snapshots";

/// The name of an aggregator's snapshot: `snapshot`, or `snapshot.<partition>`.
pub fn aggregator_snapshot_name(partition: Option<&str>) -> String {
    match partition {
        None => "snapshot".to_string(),
        Some(p) => format!("snapshot.{}", token(p)),
    }
}

/// The durable consumer of the aggregator: [`AGGREGATOR_CONSUMER`], or `aggregator-<partition>`
/// for an aggregator of some countries only.
pub fn aggregator_consumer(partition: Option<&str>) -> String {
    match partition {
        None => AGGREGATOR_CONSUMER.to_string(),
        Some(p) => format!("{AGGREGATOR_CONSUMER}-{}", token(p)),
    }
}

/// What the aggregator consumes: everything on EVENTS, or for a partition, the seizure events
/// of its countries, every bulletin digest (revisions and article counts need them all) and
/// every correction (each partition applies those of the events it holds).
pub fn aggregator_filters(countries: Option<&[String]>) -> Vec<String> {
    match countries {
        None => vec![EVENTS_SUBJECTS.to_string()],
        Some(cc) => cc
            .iter()
            .map(|c| event_subject(c))
            .chain([
                BULLETIN_DIGEST_SUBJECTS.to_string(),
                CORRECTION_EVENT_SUBJECTS.to_string(),
            ])
            .collect(),
    }
}
/// The latest `Overview`, under [`OVERVIEW_KEY`].
pub const OVERVIEW_BUCKET: &str = "stats_overview";
pub const OVERVIEW_KEY: &str = "latest";

/// The ingester's index of bulletins already published, key = bulletin id (the hash of the
/// normalised text): the same content arriving a month later is still a duplicate.
pub const BULLETIN_INDEX_BUCKET: &str = "bulletin_index";
/// The ingester's feed bookkeeping: `feed.<hash>` holds a feed's conditional-request validators
/// (ETag, Last-Modified), `seen.<feed hash>.<entry hash>` each entry already handled, so entries
/// are taken once across restarts.
pub const FEED_STATE_BUCKET: &str = "ingester_feeds";
/// Object store of every original the ingester accepted (PDF, HTML, text), named by the hex
/// SHA-256 of its bytes, for audit.
pub const ORIGINALS_BUCKET: &str = "bulletin_originals";

/// The units a `SeizureEvent` may carry: kg for weights, litres for volumes, counts otherwise.
pub const UNITS: &[&str] = &[
    "kg", "litre", "tablet", "ampoule", "plant", "dose", "package", "item",
];

/// Most bytes the DLQ stream holds; past it the oldest dead letters are dropped (the gateway's
/// `seizure_stream_dropped{stream="DLQ"}` counts them).
pub const DLQ_MAX_BYTES: i64 = 1 << 30;

/// Largest message the services publish; the NATS server must allow it (`max_payload`).
pub const MAX_MESSAGE_BYTES: usize = 8 * 1024 * 1024;

/// How long a delivered message may go without an ack or a progress heartbeat before the
/// server delivers it again.
pub const ACK_WAIT: Duration = Duration::from_secs(5);

/// Times the bus may take the rest of a batch but not one message's writes before that message
/// is dead-lettered as at fault itself (a bus outage fails every message alike and is waited
/// out however long it lasts).
pub const MAX_HELD_FAULTS: u32 = 10;

/// Deliveries after which a message that was never settled (its handler crashed or stalled each
/// time) is dead-lettered before it is handled again. The consumers themselves have no limit,
/// so the server never drops a message silently.
pub const MAX_UNSETTLED_DELIVERIES: i64 = 10;

/// A subject token made safe: no dots, wildcards or spaces, lower case.
pub fn token(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if t.is_empty() { "unknown".into() } else { t }
}

pub fn bulletin_subject(source: &str) -> String {
    format!("bulletins.raw.{}", token(source))
}

/// `events.seizure.<CC>`; an empty country is [`NO_COUNTRY`].
pub fn event_subject(country: &str) -> String {
    let cc = if country.is_empty() {
        NO_COUNTRY
    } else {
        country
    };
    format!("events.seizure.{}", cc.to_ascii_uppercase())
}

/// `events.bulletin.<source>`: a bulletin's digest, after its events.
pub fn digest_subject(source: &str) -> String {
    format!("events.bulletin.{}", token(source))
}

/// The message id of a bulletin's digest (events use their event id).
pub fn digest_msg_id(bulletin_id: &str) -> String {
    format!("digest:{bulletin_id}")
}

/// `corrections.<CC>`: a correction of an event counted (or to be counted) under `country`.
pub fn correction_subject(country: &str) -> String {
    let cc = if country.is_empty() {
        NO_COUNTRY
    } else {
        country
    };
    format!("corrections.{}", token(cc).to_ascii_uppercase())
}

/// What a message on EVENTS is, by its subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventsMessage {
    Seizure,
    BulletinDigest,
    Correction,
}

impl EventsMessage {
    pub fn of(subject: &str) -> Option<EventsMessage> {
        if subject.starts_with("events.seizure.") {
            Some(EventsMessage::Seizure)
        } else if subject.starts_with("events.bulletin.") {
            Some(EventsMessage::BulletinDigest)
        } else if subject.starts_with("events.correction.") {
            Some(EventsMessage::Correction)
        } else {
            None
        }
    }
}

pub fn stats_subject(country: &str) -> String {
    format!("stats.country.{}", country.to_ascii_uppercase())
}

pub fn dlq_subject(service: &str) -> String {
    format!("dlq.{}", token(service))
}

pub fn quarantine_subject(service: &str) -> String {
    format!("quarantine.{}", token(service))
}

fn stream(
    name: &str,
    subjects: &str,
    max_age: Duration,
    duplicate_window: Duration,
) -> stream::Config {
    stream::Config {
        name: name.into(),
        subjects: vec![subjects.into()],
        storage: stream::StorageType::File,
        max_age,
        duplicate_window,
        max_message_size: MAX_MESSAGE_BYTES as i32,
        ..Default::default()
    }
}

const DAY: Duration = Duration::from_secs(24 * 3600);
/// No age limit: events and statistics are kept until deleted.
const FOREVER: Duration = Duration::ZERO;

/// How EVENTS takes in CORRECTIONS: every correction, renamed into `events.correction.>`.
pub fn corrections_source() -> stream::Source {
    stream::Source {
        name: CORRECTIONS_STREAM.into(),
        subject_transforms: vec![stream::SubjectTransform {
            source: CORRECTIONS_SUBJECTS.into(),
            destination: CORRECTION_EVENT_SUBJECTS.into(),
        }],
        ..Default::default()
    }
}

/// Every stream the pipeline uses (a stream that others source comes before them).
pub fn streams() -> Vec<stream::Config> {
    vec![
        stream(
            CORRECTIONS_STREAM,
            CORRECTIONS_SUBJECTS,
            FOREVER,
            Duration::from_secs(3600),
        ),
        stream(
            BULLETINS_STREAM,
            BULLETINS_SUBJECTS,
            365 * DAY,
            Duration::from_secs(3600),
        ),
        stream::Config {
            sources: Some(vec![corrections_source()]),
            ..stream(
                EVENTS_STREAM,
                EVENTS_SUBJECTS,
                FOREVER,
                Duration::from_secs(3600),
            )
        },
        stream::Config {
            max_messages_per_subject: 100,
            ..stream(
                STATS_STREAM,
                STATS_SUBJECTS,
                FOREVER,
                Duration::from_secs(120),
            )
        },
        stream::Config {
            // Bounded: a flood of bad input drops the oldest dead letters, never the pipeline.
            max_bytes: DLQ_MAX_BYTES,
            discard: stream::DiscardPolicy::Old,
            ..stream(DLQ_STREAM, DLQ_SUBJECTS, 90 * DAY, Duration::from_secs(120))
        },
        stream(
            QUARANTINE_STREAM,
            QUARANTINE_SUBJECTS,
            365 * DAY,
            Duration::from_secs(3600),
        ),
    ]
}

/// The durable pull consumer `name` of the messages on `filters`, with the pipeline's ack
/// settings.
pub fn consumer(name: &str, filters: &[String]) -> consumer::pull::Config {
    let (filter_subject, filter_subjects) = match filters {
        [one] => (one.clone(), Vec::new()),
        many => (String::new(), many.to_vec()),
    };
    consumer::pull::Config {
        durable_name: Some(name.into()),
        ack_policy: consumer::AckPolicy::Explicit,
        // What a process fetched and did not settle (it crashed, or the server restarted and
        // lost its acks) comes back after this long; a batch that takes longer is kept from
        // redelivery by the consumer loop's progress heartbeats.
        ack_wait: ACK_WAIT,
        // Unlimited: giving up is the consumer loop's decision, with a dead letter.
        max_deliver: -1,
        filter_subject,
        filter_subjects,
        ..Default::default()
    }
}

/// Every key-value bucket the pipeline uses.
pub fn buckets() -> Vec<kv::Config> {
    vec![
        kv::Config {
            bucket: COUNTRY_STATS_BUCKET.into(),
            description:
                "Latest CountryStats per country (key = ISO alpha-2, ZZ = no single country)".into(),
            history: 5,
            max_value_size: MAX_MESSAGE_BYTES as i32,
            storage: stream::StorageType::File,
            ..Default::default()
        },
        kv::Config {
            bucket: OVERVIEW_BUCKET.into(),
            description: "Latest Overview of every country (key = latest)".into(),
            history: 5,
            max_value_size: MAX_MESSAGE_BYTES as i32,
            storage: stream::StorageType::File,
            ..Default::default()
        },
        kv::Config {
            bucket: BULLETIN_INDEX_BUCKET.into(),
            description: "Bulletins the ingester has published (key = bulletin id)".into(),
            history: 1,
            max_value_size: 64 * 1024,
            storage: stream::StorageType::File,
            ..Default::default()
        },
        kv::Config {
            bucket: FEED_STATE_BUCKET.into(),
            description:
                "Feed validators (feed.<hash>) and entries already taken (seen.<feed>.<entry>)"
                    .into(),
            history: 1,
            max_value_size: 64 * 1024,
            storage: stream::StorageType::File,
            ..Default::default()
        },
    ]
}

/// Every object store the pipeline uses.
pub fn object_stores() -> Vec<object_store::Config> {
    vec![
        object_store::Config {
            bucket: ORIGINALS_BUCKET.into(),
            description: Some(
                "Originals of the bulletins, named by the SHA-256 of their bytes".into(),
            ),
            storage: stream::StorageType::File,
            ..Default::default()
        },
        object_store::Config {
            bucket: AGGREGATOR_SNAPSHOTS_BUCKET.into(),
            description: Some(
                "The aggregators' state, one snapshot each, with the EVENTS sequence it covers"
                    .into(),
            ),
            storage: stream::StorageType::File,
            ..Default::default()
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects() {
        assert_eq!(
            bulletin_subject("CARICC release"),
            "bulletins.raw.caricc_release"
        );
        assert_eq!(event_subject("tj"), "events.seizure.TJ");
        assert_eq!(stats_subject("KZ"), "stats.country.KZ");
        assert_eq!(dlq_subject("normalizer"), "dlq.normalizer");
        assert_eq!(digest_subject("file"), "events.bulletin.file");
        assert_eq!(
            EventsMessage::of(&event_subject("TJ")),
            Some(EventsMessage::Seizure)
        );
        assert_eq!(
            EventsMessage::of(&digest_subject("x")),
            Some(EventsMessage::BulletinDigest)
        );
        assert_eq!(EventsMessage::of("stats.overview"), None);
        assert_eq!(correction_subject("tj"), "corrections.TJ");
        assert_eq!(correction_subject(""), "corrections.ZZ");
        assert_eq!(
            EventsMessage::of("events.correction.TJ"),
            Some(EventsMessage::Correction)
        );
    }
}
