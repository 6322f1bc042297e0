//! The aggregator: folds `SeizureEvent`s and `BulletinDigest`s into per-country rolling
//! statistics (the pure `seizure-window` core) and publishes `CountryStats` on
//! `stats.country.<CC>` and in the `country_stats` bucket, so a dashboard that connects late
//! still gets current values, plus an `Overview` of every country on `stats.overview`.
//!
//! Exactly-once effects over at-least-once delivery: events are keyed by their deterministic id
//! and bulletins by their content hash, so a repeat changes nothing; a digest of a newer revision
//! of a source address retracts the older revision's figures; statistics are published only when
//! their bytes change, with a content id (a repeat is dropped). The state lives in memory and in
//! periodic snapshots (`snapshot`: the object store, with the EVENTS sequence covered); on start
//! the latest snapshot is loaded and the stream replayed from there, so a batch's cost does not
//! grow with history and a restart counts nothing twice. A snapshot that cannot be written is
//! retried with back-off, the reason on `/readyz`, while consuming goes on. Details older than
//! the horizon are folded into a monthly archive on each tick.
//!
//! The pure parts (message validation, the wire form of figures) are plain functions here, used
//! alike by the service and by the tests that compute the expected figures.

pub mod snapshot;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use async_nats::jetstream::{self, consumer::PullConsumer, kv};
use chrono::{NaiveDate, Utc};
use seizure_bus::async_nats;
use seizure_bus::consume::{self, Verdict};
use seizure_bus::contract::{
    self, AGGREGATOR_SNAPSHOTS_BUCKET, COUNTRY_STATS_BUCKET, EVENTS_STREAM, NO_COUNTRY,
    OVERVIEW_BUCKET, OVERVIEW_KEY,
};
use seizure_bus::runtime::Shutdown;
use seizure_bus::{BusError, dead_letter, publish, topology};
use seizure_proto::v1::{self, BulletinDigest, CountryStats, Overview, SeizureEvent};
use seizure_proto::{Message, category_name, category_of, from_timestamp};
use seizure_window::{
    Applied, ArticleRecord, BulletinRecord, Clock, Contribution, CountryFigures, IncidentRule,
    Revision, StatsBook, set_aside_reason,
};
use sha2::{Digest, Sha256};
use snapshot::Snapshots;
use tokio::sync::Mutex;

pub const SERVICE: &str = "aggregator";

/// Validates an event and turns it into its contribution to the statistics.
pub fn contribution(ev: &SeizureEvent) -> Result<Contribution, String> {
    if ev.event_id.is_empty() {
        return Err("event has no id".into());
    }
    let country = if ev.country.is_empty() {
        NO_COUNTRY.to_string()
    } else {
        ev.country.clone()
    };
    if !valid_country(&country) {
        return Err(format!("invalid country code {:?}", ev.country));
    }
    let kind = match seizure_proto::json::kind_name(ev.kind) {
        "unspecified" => return Err(format!("unknown event kind {}", ev.kind)),
        kind => kind,
    };
    if !ev.amount.is_finite() || ev.amount <= 0.0 {
        return Err(format!(
            "amount must be a positive finite number, got {}",
            ev.amount
        ));
    }
    if !contract::UNITS.contains(&ev.unit.as_str()) {
        return Err(format!("unknown unit {:?}", ev.unit));
    }
    if ev.drug.is_empty() {
        return Err("event has no drug".into());
    }
    let (day, day_is_fallback) = match (
        ev.date.as_ref().or(ev.resolved_date.as_ref()),
        &ev.bulletin_time,
    ) {
        (Some(d), _) => {
            let day = NaiveDate::from_ymd_opt(d.year, d.month.max(1), d.day.max(1))
                .ok_or_else(|| format!("invalid date {}-{}-{}", d.year, d.month, d.day))?;
            (day, false)
        }
        (None, Some(t)) => (
            from_timestamp(t)
                .ok_or("bulletin time out of range")?
                .date_naive(),
            true,
        ),
        (None, None) => return Err("event has neither a date nor a bulletin time".into()),
    };
    let qualifier = v1::Qualifier::try_from(ev.qualifier).unwrap_or(v1::Qualifier::Exact);
    Ok(Contribution {
        event_id: ev.event_id.clone(),
        bulletin_id: ev.bulletin_id.clone(),
        country,
        kind: kind.into(),
        drug: ev.drug.clone(),
        unit: ev.unit.clone(),
        amount: ev.amount,
        lower_bound: qualifier == v1::Qualifier::AtLeast,
        day,
        day_is_fallback,
        parent_event_id: (!ev.parent_event_id.is_empty()).then(|| ev.parent_event_id.clone()),
        source_url: ev.source_url.clone(),
    })
}

fn valid_country(cc: &str) -> bool {
    cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase())
}

/// Validates a bulletin digest and turns it into the bulletin's record.
pub fn bulletin_record(d: &BulletinDigest) -> Result<BulletinRecord, String> {
    if d.bulletin_id.is_empty() {
        return Err("digest has no bulletin id".into());
    }
    // Nanoseconds: two revisions received within one second are still ordered.
    let nanos = |t: &Option<seizure_proto::Timestamp>| t.as_ref().map(seizure_proto::unix_nanos);
    let revision = Revision::from_times(nanos(&d.published_at), nanos(&d.received_at))
        .ok_or("digest has neither a reception nor a publication time")?;
    let mut articles = Vec::with_capacity(d.articles.len());
    for a in &d.articles {
        let country = if a.country.is_empty() {
            NO_COUNTRY
        } else {
            a.country.as_str()
        };
        if !valid_country(country) {
            return Err(format!("invalid article country {:?}", a.country));
        }
        articles.push(ArticleRecord {
            country: country.into(),
            category: category_name(a.category).into(),
        });
    }
    Ok(BulletinRecord {
        bulletin_id: d.bulletin_id.clone(),
        source_url: d.source_url.clone(),
        revision,
        articles,
    })
}

/// One message of the EVENTS stream, validated.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Event(Contribution),
    Bulletin(BulletinRecord),
}

/// Decodes and validates a message of the EVENTS stream by its subject.
pub fn decode(subject: &str, payload: &[u8]) -> Result<Input, String> {
    match contract::EventsMessage::of(subject) {
        Some(contract::EventsMessage::Seizure) => SeizureEvent::decode(payload)
            .map_err(|e| format!("malformed SeizureEvent protobuf: {e}"))
            .and_then(|e| contribution(&e))
            .map(Input::Event),
        Some(contract::EventsMessage::BulletinDigest) => BulletinDigest::decode(payload)
            .map_err(|e| format!("malformed BulletinDigest protobuf: {e}"))
            .and_then(|d| bulletin_record(&d))
            .map(Input::Bulletin),
        None => Err(format!(
            "unexpected subject {subject:?} on the events stream"
        )),
    }
}

fn kind_of(s: &str) -> v1::EventKind {
    match s {
        "seizure" => v1::EventKind::Seizure,
        "destruction" => v1::EventKind::Destruction,
        "period_total" => v1::EventKind::PeriodTotal,
        _ => v1::EventKind::Unspecified,
    }
}

fn window(w: &seizure_window::WindowFigures) -> v1::WindowFigures {
    v1::WindowFigures {
        window: w.window.clone(),
        amount: w.cell.amount,
        lower_bound: w.cell.lower_bound,
        events: w.cell.events,
        incidents: w.cell.incidents,
        undated_events: w.cell.undated_events,
    }
}

fn month(m: &seizure_window::MonthFigures) -> v1::MonthFigures {
    v1::MonthFigures {
        month: m.month.clone(),
        amount: m.cell.amount,
        lower_bound: m.cell.lower_bound,
        events: m.cell.events,
        incidents: m.cell.incidents,
        undated_events: m.cell.undated_events,
    }
}

/// The wire form of a country's figures.
pub fn to_proto(f: &CountryFigures) -> CountryStats {
    CountryStats {
        country: f.country.clone(),
        as_of: f.as_of.to_string(),
        clock: f.clock.as_str().into(),
        series: f
            .series
            .iter()
            .map(|s| v1::DrugSeries {
                kind: kind_of(&s.kind) as i32,
                drug: s.drug.clone(),
                unit: s.unit.clone(),
                windows: s.windows.iter().map(window).collect(),
                months: s.months.iter().map(month).collect(),
            })
            .collect(),
        set_aside: f.set_aside,
        events: f.events,
        bulletins: f.bulletins,
        articles: f
            .articles
            .iter()
            .map(|(c, n)| v1::CategoryCount {
                category: category_of(c) as i32,
                articles: *n,
            })
            .collect(),
        incidents: f.incidents,
    }
}

/// Every country at a glance: their statistics without the monthly series.
pub fn overview<'a>(
    as_of: NaiveDate,
    clock: Clock,
    countries: impl IntoIterator<Item = &'a CountryStats>,
) -> Overview {
    Overview {
        as_of: as_of.to_string(),
        clock: clock.as_str().into(),
        countries: countries
            .into_iter()
            .map(|c| {
                let mut c = c.clone();
                for s in &mut c.series {
                    s.months.clear();
                }
                c
            })
            .collect(),
    }
}

/// Every country's statistics and the overview, as the aggregator publishes them for `book`
/// (pure: what tests compare a running aggregator with).
pub fn publications(
    book: &StatsBook,
    as_of: NaiveDate,
    clock: Clock,
    rule: &IncidentRule,
) -> (BTreeMap<String, CountryStats>, Overview) {
    let stats: BTreeMap<String, CountryStats> = book
        .countries()
        .into_iter()
        .map(|cc| {
            let f = book.country_figures(&cc, as_of, clock, rule);
            (cc, to_proto(&f))
        })
        .collect();
    let overview = overview(as_of, clock, stats.values());
    (stats, overview)
}

/// Settings of the aggregator service.
#[derive(Clone, Debug)]
pub struct Config {
    pub nats_url: String,
    pub clock: Clock,
    pub batch: usize,
    /// How often all countries are re-evaluated (windows slide with the wall clock) and
    /// details past the horizon are archived.
    pub tick: Duration,
    /// Events dated more than this many days before today are set aside, not counted, and
    /// details older than this are folded into the monthly archive.
    pub horizon_days: u64,
    /// When reports from several sources are one incident.
    pub incidents: IncidentRule,
    /// Only these countries (an aggregator per group of countries); `None`: every country.
    pub partition: Option<Partition>,
    /// A snapshot is taken at least this often while messages arrive...
    pub snapshot_interval: Duration,
    /// ...and after this many messages, whichever comes first.
    pub snapshot_every: u64,
}

/// The countries one aggregator keeps statistics for, when the work is split by country. Each
/// partition has its own durable consumer and snapshot; partitions must not share a country.
/// Only an unpartitioned aggregator publishes the overview.
#[derive(Clone, Debug)]
pub struct Partition {
    pub name: String,
    /// Upper-case ISO alpha-2 codes (`ZZ`: events no single country can be given).
    pub countries: Vec<String>,
}

impl Partition {
    /// The partition `name` of `countries` as an operator lists them (`kz, KG,tj`): codes
    /// trimmed and upper-cased, each two letters, at least one.
    pub fn new(name: String, countries: &[String]) -> Result<Partition, String> {
        let countries: Vec<String> = countries
            .iter()
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        if countries.is_empty() {
            return Err(format!("partition {name} lists no country"));
        }
        if let Some(bad) = countries.iter().find(|c| !valid_country(c)) {
            return Err(format!(
                "partition {name}: {bad:?} is not an ISO alpha-2 country code"
            ));
        }
        Ok(Partition { name, countries })
    }
}

impl Config {
    fn partition_name(&self) -> Option<&str> {
        self.partition.as_ref().map(|p| p.name.as_str())
    }

    /// Whether this aggregator publishes `country`'s statistics.
    fn owns(&self, country: &str) -> bool {
        self.partition
            .as_ref()
            .is_none_or(|p| p.countries.iter().any(|c| c == country))
    }
}

/// The aggregator's state and its outlets.
struct Aggregator {
    js: jetstream::Context,
    cfg: Config,
    book: StatsBook,
    snapshots: Snapshots,
    /// Its durable consumer, asked for its ack floor when a snapshot is taken.
    consumer: PullConsumer,
    /// Messages applied since the last snapshot.
    since_snapshot: u64,
    /// When the next snapshot is due at the latest (sooner after enough messages).
    next_snapshot: tokio::time::Instant,
    /// Back-off after failed snapshots.
    snapshot_backoff: Duration,
    stats: kv::Store,
    overview: kv::Store,
    /// Statistics last published per country, and their bytes.
    published: BTreeMap<String, (CountryStats, Vec<u8>)>,
    /// Bytes of the overview last published.
    overview_published: Option<Vec<u8>>,
    /// Countries whose statistics may have changed since they were last published.
    dirty: BTreeSet<String>,
    /// When figures may be computed again (see [`Aggregator::publish_dirty`]).
    next_figures: tokio::time::Instant,
    /// When each country's figures were last computed.
    figures_computed: BTreeMap<String, tokio::time::Instant>,
    /// Countries whose statistics could not be published: the current back-off and when to try
    /// again.
    publish_retry: BTreeMap<String, (Duration, tokio::time::Instant)>,
}

fn bus_error(what: &str, e: impl std::fmt::Display) -> BusError {
    BusError::Topology {
        what: what.into(),
        reason: e.to_string(),
    }
}

/// A short content hash: the message id of a publication (JetStream drops a repeat).
fn content_id(prefix: &str, bytes: &[u8]) -> String {
    let hash: String = Sha256::digest(bytes)
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{prefix}:{hash}")
}

impl Aggregator {
    /// The aggregator as its latest snapshot and the EVENTS stream leave it: the snapshot
    /// loaded, then every message the consumer had delivered after it replayed.
    async fn load(
        js: jetstream::Context,
        cfg: Config,
        consumer: PullConsumer,
    ) -> Result<Self, BusError> {
        let store = js
            .get_object_store(AGGREGATOR_SNAPSHOTS_BUCKET)
            .await
            .map_err(|e| bus_error(AGGREGATOR_SNAPSHOTS_BUCKET, e))?;
        let snapshots = Snapshots::new(store, cfg.partition_name());
        let stats = topology::bucket(&js, COUNTRY_STATS_BUCKET).await?;
        let overview = topology::bucket(&js, OVERVIEW_BUCKET).await?;
        let started = std::time::Instant::now();
        let (book, from) = match snapshots.load().await {
            Ok(Some(s)) => (s.book, s.stream_seq),
            Ok(None) => (StatsBook::default(), 0),
            Err(reason) => {
                tracing::error!(
                    message = "Snapshot unreadable; replaying the whole EVENTS stream.",
                    reason
                );
                (StatsBook::default(), 0)
            }
        };
        let every = cfg.snapshot_interval;
        let mut a = Aggregator {
            js,
            cfg,
            book,
            snapshots,
            consumer,
            since_snapshot: 0,
            next_snapshot: tokio::time::Instant::now() + every,
            snapshot_backoff: every,
            stats,
            overview,
            published: BTreeMap::new(),
            overview_published: None,
            dirty: BTreeSet::new(),
            next_figures: tokio::time::Instant::now(),
            figures_computed: BTreeMap::new(),
            publish_retry: BTreeMap::new(),
        };
        let replayed = a.replay_after(from).await?;
        for cc in a.book.countries() {
            if let Ok(Some(bytes)) = a.stats.get(&cc).await
                && let Ok(stats) = CountryStats::decode(bytes.as_ref())
            {
                a.published.insert(cc.clone(), (stats, bytes.to_vec()));
            }
            a.dirty.insert(cc);
        }
        if let Ok(Some(bytes)) = a.overview.get(OVERVIEW_KEY).await {
            a.overview_published = Some(bytes.to_vec());
        }
        tracing::info!(
            message = "Aggregator state loaded.",
            events = a.book.len(),
            snapshot_seq = from,
            replayed,
            millis = started.elapsed().as_millis() as u64
        );
        Ok(a)
    }

    /// Applies again every message of the consumer's subjects after stream sequence `from` up
    /// to the last one the consumer delivered (a crashed process may have applied and acked
    /// them without a snapshot); returns how many. Later ones come from the consumer itself.
    async fn replay_after(&mut self, from: u64) -> Result<u64, BusError> {
        use futures::StreamExt;
        let info = self
            .consumer
            .info()
            .await
            .map_err(|e| bus_error("aggregator consumer", e))?;
        let until = info.delivered.stream_sequence;
        if until <= from {
            return Ok(0);
        }
        let stream = self
            .js
            .get_stream(EVENTS_STREAM)
            .await
            .map_err(|e| bus_error(EVENTS_STREAM, e))?;
        let filters = info.config.filter_subjects.clone();
        let (filter_subject, filter_subjects) = match filters.as_slice() {
            [] => (info.config.filter_subject.clone(), Vec::new()),
            _ => (String::new(), filters),
        };
        let reader = stream
            .create_consumer(jetstream::consumer::push::OrderedConfig {
                deliver_subject: self.js.client().new_inbox(),
                filter_subject,
                filter_subjects,
                deliver_policy: jetstream::consumer::DeliverPolicy::ByStartSequence {
                    start_sequence: from + 1,
                },
                ..Default::default()
            })
            .await
            .map_err(|e| bus_error("replay of EVENTS", e))?;
        let mut messages = reader
            .messages()
            .await
            .map_err(|e| bus_error("replay of EVENTS", e))?;
        let horizon_start = self.horizon_start();
        let mut replayed = 0;
        while let Some(m) = messages.next().await {
            let m = m.map_err(|e| bus_error("replay of EVENTS", e))?;
            let (seq, pending) = m
                .info()
                .map(|i| (i.stream_sequence, i.pending))
                .map_err(|e| bus_error("replay of EVENTS", e))?;
            if seq > until {
                break;
            }
            match self.apply(&m, horizon_start).await {
                // Dead-lettered when it was delivered, or it will be delivered again.
                Ok(()) | Err(Verdict::Poison(_)) | Err(Verdict::Done) => {}
                Err(Verdict::Retry(reason)) => {
                    return Err(bus_error("replay of EVENTS", reason));
                }
            }
            replayed += 1;
            if seq == until || pending == 0 {
                break;
            }
        }
        Ok(replayed)
    }

    /// Applies one message to the book; `Err` is its verdict when it is not done.
    async fn apply(
        &mut self,
        m: &jetstream::Message,
        horizon_start: NaiveDate,
    ) -> Result<(), Verdict> {
        self.since_snapshot += 1;
        match decode(&m.subject, &m.payload) {
            Err(reason) => Err(Verdict::Poison(reason)),
            Ok(Input::Event(c)) => match self.apply_event(m, c, horizon_start).await {
                Ok(_) => Ok(()),
                Err(reason) => Err(Verdict::Retry(reason)),
            },
            Ok(Input::Bulletin(rec)) => {
                if let Some(affected) = self.book.record_bulletin(rec) {
                    self.dirty.extend(affected);
                }
                Ok(())
            }
        }
    }

    /// Takes a snapshot if one is due (enough messages, or enough time, since the last), with
    /// back-off after failures; consuming goes on whatever happens here.
    async fn snapshot_if_due(&mut self, force: bool) {
        let now = tokio::time::Instant::now();
        let due = self.since_snapshot > 0
            && (force
                || now >= self.next_snapshot
                || self.since_snapshot >= self.cfg.snapshot_every);
        if !due
            || (!force
                && now < self.next_snapshot
                && self.snapshot_backoff > self.cfg.snapshot_interval)
        {
            return;
        }
        // Everything up to the ack floor was applied before it was acked.
        let floor = match self.consumer.info().await {
            Ok(info) => info.ack_floor.stream_sequence,
            Err(error) => {
                tracing::warn!(message = "Snapshot postponed: consumer not readable.", %error);
                return;
            }
        };
        let started = std::time::Instant::now();
        match self.snapshots.save(&self.book, floor).await {
            Ok(bytes) => {
                tracing::info!(
                    message = "Snapshot taken.",
                    stream_seq = floor,
                    bytes,
                    events = self.book.len(),
                    millis = started.elapsed().as_millis() as u64
                );
                seizure_bus::runtime::set_stalled(SERVICE, "snapshot", None);
                self.since_snapshot = 0;
                self.snapshot_backoff = self.cfg.snapshot_interval;
                self.next_snapshot = now + self.cfg.snapshot_interval;
            }
            Err(reason) => {
                let permanent = snapshot::is_permanent(&reason);
                seizure_bus::runtime::set_stalled(
                    SERVICE,
                    "snapshot",
                    Some(if permanent {
                        format!(
                            "snapshot refused, retrying will not help until an operator acts \
                             (statistics stay current; a restart replays from the last \
                             snapshot): {reason}"
                        )
                    } else {
                        format!("snapshot failed, retrying: {reason}")
                    }),
                );
                let cap = Duration::from_secs(if permanent { 1800 } else { 300 });
                self.snapshot_backoff = (self.snapshot_backoff * 2).min(cap);
                self.next_snapshot = now + self.snapshot_backoff;
            }
        }
    }

    /// The first day counted: earlier events are set aside, and archived on a tick. It follows
    /// the wall clock in both clock modes, so a replay sets aside the same events whatever
    /// their order.
    fn horizon_start(&self) -> NaiveDate {
        Utc::now()
            .date_naive()
            .checked_sub_days(chrono::Days::new(self.cfg.horizon_days))
            .unwrap_or(NaiveDate::MIN)
    }

    /// Applies one valid event: counted, or set aside with its reason. `Err` asks for a retry.
    async fn apply_event(
        &mut self,
        m: &jetstream::Message,
        c: Contribution,
        horizon_start: NaiveDate,
    ) -> Result<bool, String> {
        match set_aside_reason(&c, horizon_start) {
            // Valid but not to be counted: recorded with its reason, and counted apart.
            Some(reason) => {
                dead_letter::set_aside(
                    &self.js,
                    SERVICE,
                    &m.subject,
                    &c.event_id,
                    &reason,
                    &m.payload,
                )
                .await
                .map_err(|e| format!("setting aside {}: {e}", c.event_id))?;
                let new = self.book.set_aside(&c.country, &c.event_id, &c.bulletin_id);
                if new {
                    self.dirty.insert(c.country);
                }
                Ok(new)
            }
            None => {
                let cc = c.country.clone();
                let changed = self.book.apply(c) != Applied::Duplicate;
                if changed {
                    self.dirty.insert(cc);
                }
                Ok(changed)
            }
        }
    }

    /// Messages delivered too often without being settled: done if the book holds them (a
    /// replay after a restart applied them), else dead-lettered unhandled.
    fn settle_worn(&self, msgs: Vec<jetstream::Message>) -> Vec<(jetstream::Message, Verdict)> {
        msgs.into_iter()
            .map(|m| {
                let held = match decode(&m.subject, &m.payload) {
                    Ok(Input::Event(c)) => self.book.holds_event(&c.country, &c.event_id),
                    Ok(Input::Bulletin(r)) => self.book.holds_bulletin(&r.bulletin_id),
                    Err(_) => false,
                };
                let verdict = if held {
                    Verdict::Done
                } else {
                    Verdict::Poison(consume::worn_reason(&m))
                };
                (m, verdict)
            })
            .collect()
    }

    async fn handle_batch(
        &mut self,
        msgs: Vec<jetstream::Message>,
    ) -> Vec<(jetstream::Message, Verdict)> {
        let mut out = Vec::with_capacity(msgs.len());
        let horizon_start = self.horizon_start();
        for m in msgs {
            let verdict = match self.apply(&m, horizon_start).await {
                Ok(()) => Verdict::Done,
                Err(v) => v,
            };
            out.push((m, verdict));
        }
        self.publish_dirty().await;
        self.snapshot_if_due(false).await;
        out
    }

    /// Publishes the statistics of dirty countries whose bytes changed, then the overview.
    ///
    /// Figures are computed from every event a country holds, so their cost grows with history.
    /// To keep consuming at a steady rate, computing and publishing figures is given at most a
    /// fifth of the time: a round that took `d` is followed by at least `FIGURES_BUDGET * d`
    /// before the next, and the countries that did not fit wait (the one computed least recently
    /// goes first). Small books compute in microseconds, so figures follow each batch at once; a
    /// large backfill publishes every few seconds. [`Aggregator::flush`] runs the deferred rounds.
    async fn publish_dirty(&mut self) {
        const FIGURES_BUDGET: u32 = 4;
        const ROUND: Duration = Duration::from_millis(20);
        let now = tokio::time::Instant::now();
        if now < self.next_figures {
            return;
        }
        let started = std::time::Instant::now();
        let clock = self.cfg.clock;
        let as_of = self.book.as_of(clock, Utc::now().date_naive());
        self.dirty.retain(|cc| self.cfg.owns(cc));
        // At least one country per round, however long finding `as_of` took.
        let mut first = true;
        while first || started.elapsed() < ROUND {
            first = false;
            let retry_now = |cc: &String| {
                self.publish_retry
                    .get(cc)
                    .is_none_or(|(_, at)| *at <= tokio::time::Instant::now())
            };
            let Some(cc) = self
                .dirty
                .iter()
                .filter(|cc| retry_now(cc))
                .min_by_key(|cc| self.figures_computed.get(*cc))
                .cloned()
            else {
                break;
            };
            self.dirty.remove(&cc);
            self.figures_computed
                .insert(cc.clone(), tokio::time::Instant::now());
            let stats = to_proto(&self.book.country_figures(
                &cc,
                as_of,
                clock,
                &self.cfg.incidents,
            ));
            let bytes = stats.encode_to_vec();
            if self.published.get(&cc).is_some_and(|(_, b)| *b == bytes) {
                continue;
            }
            let sent = publish::publish(
                &self.js,
                &contract::stats_subject(&cc),
                &content_id(&cc, &bytes),
                &stats,
            )
            .await;
            let put = self.stats.put(&cc, bytes.clone().into()).await;
            let what = format!("publish {cc}");
            match (sent, put) {
                (Ok(_), Ok(_)) => {
                    tracing::info!(message = "Statistics published.", country = %cc, as_of = %as_of);
                    seizure_bus::telemetry::stats_published(1);
                    self.published.insert(cc.clone(), (stats, bytes));
                    if self.publish_retry.remove(&cc).is_some() {
                        seizure_bus::runtime::set_stalled(SERVICE, &what, None);
                    }
                }
                (sent, put) => {
                    // Reported once (on /readyz and the log), then retried with back-off.
                    let reason = [
                        sent.err().map(|e| e.to_string()),
                        put.err().map(|e| e.to_string()),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join("; ");
                    let permanent = snapshot::is_permanent(&reason);
                    let (cap, first) = if permanent { (1800, 10) } else { (300, 1) };
                    let wait = self
                        .publish_retry
                        .get(&cc)
                        .map_or(Duration::from_secs(first), |(w, _)| {
                            (*w * 2).min(Duration::from_secs(cap))
                        });
                    self.publish_retry
                        .insert(cc.clone(), (wait, tokio::time::Instant::now() + wait));
                    seizure_bus::runtime::set_stalled(
                        SERVICE,
                        &what,
                        Some(format!(
                            "statistics not published{}: {reason}",
                            if permanent {
                                ", retrying will not help until an operator acts"
                            } else {
                                ""
                            }
                        )),
                    );
                    self.dirty.insert(cc);
                }
            }
        }
        self.next_figures = now + started.elapsed() * FIGURES_BUDGET;
        if self.cfg.partition.is_some() {
            return;
        }
        let overview = overview(as_of, clock, self.published.values().map(|(s, _)| s));
        let bytes = overview.encode_to_vec();
        if self.overview_published.as_ref() == Some(&bytes) {
            return;
        }
        let sent = publish::publish(
            &self.js,
            contract::STATS_OVERVIEW_SUBJECT,
            &content_id("overview", &bytes),
            &overview,
        )
        .await;
        let put = self.overview.put(OVERVIEW_KEY, bytes.clone().into()).await;
        if sent.is_ok() && put.is_ok() {
            self.overview_published = Some(bytes);
        } else {
            tracing::warn!(message = "Overview not published; will retry.");
        }
    }

    /// Publishes the countries whose figures were deferred, once they are due.
    async fn flush(&mut self) {
        if !self.dirty.is_empty() {
            self.publish_dirty().await;
        }
    }

    /// Archives details past the horizon, re-evaluates every country (the wall clock may have
    /// moved the windows), and takes a snapshot if one is due.
    async fn tick(&mut self) {
        let touched = self
            .book
            .archive_before(self.horizon_start(), &self.cfg.incidents);
        if !touched.is_empty() {
            // Archiving follows from the book and the clock alone, so a restart from an older
            // snapshot archives the same; the next snapshot keeps it.
            self.since_snapshot += 1;
            tracing::info!(
                message = "Details past the horizon archived.",
                countries = touched.len()
            );
        }
        self.dirty.extend(self.book.countries());
        self.publish_dirty().await;
        self.snapshot_if_due(false).await;
    }
}

/// Runs the aggregator until shutdown.
pub async fn run(cfg: Config, shutdown: Shutdown) -> anyhow::Result<()> {
    let (js, consumer) = topology::start_consumer(
        &cfg.nats_url,
        SERVICE,
        EVENTS_STREAM,
        &contract::aggregator_consumer(cfg.partition_name()),
        &contract::aggregator_filters(cfg.partition.as_ref().map(|p| p.countries.as_slice())),
    )
    .await?;
    let (tick, clock, batch) = (cfg.tick, cfg.clock, cfg.batch);
    let mut agg = Aggregator::load(js.clone(), cfg, consumer.clone()).await?;
    agg.tick().await;
    let agg = Arc::new(Mutex::new(agg));
    let ticker = {
        let agg = agg.clone();
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            let mut next_tick = tokio::time::Instant::now() + tick;
            loop {
                tokio::select! {
                    _ = shutdown.wait() => break,
                    _ = tokio::time::sleep(Duration::from_millis(50)) => {
                        let mut agg = agg.lock().await;
                        if tokio::time::Instant::now() >= next_tick {
                            next_tick += tick;
                            agg.tick().await;
                        } else {
                            agg.flush().await;
                        }
                    }
                }
            }
        })
    };
    tracing::info!(
        message = "Aggregator consuming events.",
        clock = clock.as_str()
    );
    let (handler, worn) = (agg.clone(), agg.clone());
    consume::run(
        &js,
        SERVICE,
        &consumer,
        batch,
        shutdown,
        move |msgs| {
            let agg = handler.clone();
            async move { agg.lock().await.handle_batch(msgs).await }
        },
        move |msgs| {
            let agg = worn.clone();
            async move { agg.lock().await.settle_worn(msgs) }
        },
    )
    .await;
    let _ = ticker.await;
    // Every batch is settled: a last snapshot makes the next start quick.
    agg.lock().await.snapshot_if_due(true).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> SeizureEvent {
        SeizureEvent {
            event_id: "e1".into(),
            bulletin_id: "b1".into(),
            country: "TJ".into(),
            kind: v1::EventKind::Destruction as i32,
            drug: "heroin".into(),
            amount: 34.39,
            unit: "kg".into(),
            qualifier: v1::Qualifier::Exact as i32,
            date: Some(v1::EventDate {
                year: 2025,
                month: 8,
                day: 12,
                precision: v1::DatePrecision::Day as i32,
            }),
            ..Default::default()
        }
    }

    #[test]
    fn valid_events_contribute() {
        let c = contribution(&event()).unwrap();
        assert_eq!(
            (
                c.country.as_str(),
                c.kind.as_str(),
                c.day.to_string().as_str()
            ),
            ("TJ", "destruction", "2025-08-12")
        );
        let none = SeizureEvent {
            country: String::new(),
            ..event()
        };
        assert_eq!(contribution(&none).unwrap().country, "ZZ");
    }

    #[test]
    fn absurd_or_broken_events_are_refused_with_a_reason() {
        assert!(
            contribution(&SeizureEvent {
                amount: f64::NAN,
                ..event()
            })
            .unwrap_err()
            .contains("amount")
        );
        assert!(
            contribution(&SeizureEvent {
                amount: -1.0,
                ..event()
            })
            .unwrap_err()
            .contains("amount")
        );
        assert!(
            contribution(&SeizureEvent {
                country: "tajikistan".into(),
                ..event()
            })
            .unwrap_err()
            .contains("country")
        );
        assert!(
            contribution(&SeizureEvent {
                unit: "parsec".into(),
                ..event()
            })
            .unwrap_err()
            .contains("unit")
        );
        assert!(
            contribution(&SeizureEvent {
                date: None,
                ..event()
            })
            .unwrap_err()
            .contains("date")
        );
    }

    #[test]
    fn digests_become_bulletin_records_and_subjects_say_what_a_message_is() {
        let digest = BulletinDigest {
            bulletin_id: "b1".into(),
            source_url: "https://mvd.example/1".into(),
            received_at: Some(seizure_proto::Timestamp {
                seconds: 100,
                nanos: 0,
            }),
            articles: vec![v1::ArticleDigest {
                country: String::new(),
                category: v1::ArticleCategory::Training as i32,
                ..Default::default()
            }],
            ..Default::default()
        };
        let Input::Bulletin(r) =
            decode(&contract::digest_subject("file"), &digest.encode_to_vec()).unwrap()
        else {
            panic!("a digest is a bulletin record");
        };
        assert_eq!(r.revision.received, 100_000_000_000);
        assert_eq!(
            (
                r.articles[0].country.as_str(),
                r.articles[0].category.as_str()
            ),
            ("ZZ", "training")
        );
        assert!(matches!(
            decode(&contract::event_subject("TJ"), &event().encode_to_vec()),
            Ok(Input::Event(_))
        ));
        // A digest on an event subject is not silently read as an event.
        assert!(decode(&contract::event_subject("TJ"), &digest.encode_to_vec()).is_err());
        assert!(
            decode("events.other.x", b"")
                .unwrap_err()
                .contains("unexpected subject")
        );
        let no_time = BulletinDigest {
            received_at: None,
            ..digest
        };
        assert!(bulletin_record(&no_time).unwrap_err().contains("time"));
    }

    #[test]
    fn a_partition_lists_country_codes() {
        let list = |s: &str| s.split(',').map(String::from).collect::<Vec<_>>();
        let p = Partition::new("east".into(), &list(" kz,KG , ,tj")).unwrap();
        assert_eq!(p.countries, ["KZ", "KG", "TJ"]);
        assert!(Partition::new("x".into(), &list(" , ")).is_err());
        assert!(Partition::new("x".into(), &list("KZ,*")).is_err());
        assert!(Partition::new("x".into(), &list("KZ,KAZ")).is_err());
    }
}
