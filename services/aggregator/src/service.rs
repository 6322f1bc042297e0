//! The aggregator as a service: its state (the book, its snapshots, what it last published) and
//! the loop that wires the pure parts of the crate to NATS: consume EVENTS, apply, publish
//! statistics within a time budget, snapshot, and replay after a restart.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use async_nats::jetstream::{self, consumer::PullConsumer, kv};
use chrono::{NaiveDate, Utc};
use seizure_bus::async_nats;
use seizure_bus::consume::{self, Verdict};
use seizure_bus::contract::{
    self, AGGREGATOR_SNAPSHOTS_BUCKET, COUNTRY_STATS_BUCKET, EVENTS_STREAM, OVERVIEW_BUCKET,
    OVERVIEW_KEY,
};
use seizure_bus::runtime::Shutdown;
use seizure_bus::{BusError, dead_letter, publish, topology};
use seizure_proto::Message;
use seizure_proto::v1::CountryStats;
use seizure_window::{Applied, BookOp, Contribution, Reviews, StatsBook, set_aside_reason};
use sha2::{Digest, Sha256};
use tokio::sync::Mutex;

use crate::snapshot::Snapshots;
use crate::{Config, Input, SERVICE, decode, overview, to_proto};

/// The aggregator's state and its outlets.
struct Aggregator {
    js: jetstream::Context,
    cfg: Config,
    book: StatsBook,
    /// Reviewers' corrections, applied on top of the extracted events.
    reviews: Reviews,
    snapshots: Snapshots,
    /// Its durable consumer, asked for its ack floor when a snapshot is taken.
    consumer: PullConsumer,
    /// Messages applied since the last snapshot.
    since_snapshot: u64,
    /// When the next snapshot is due at the latest (sooner after enough messages).
    next_snapshot: tokio::time::Instant,
    /// Back-off after failed snapshots.
    snapshot_backoff: Duration,
    /// The snapshot being written, if one is.
    snapshot_writing: Option<SnapshotWrite>,
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

/// A snapshot being written in the background.
struct SnapshotWrite {
    task: tokio::task::JoinHandle<Result<usize, String>>,
    /// Messages it covers that the previous snapshot did not.
    covers: u64,
}

/// Says, once, on `/readyz` and the log, why snapshots fail.
fn report_snapshot_failure(reason: &str) {
    let permanent = publish::is_permanent(reason);
    seizure_bus::runtime::set_stalled(
        SERVICE,
        "snapshot",
        Some(if permanent {
            format!(
                "snapshot refused, retrying will not help until an operator acts (statistics \
                 stay current; a restart replays from the last snapshot): {reason}"
            )
        } else {
            format!("snapshot failed, retrying: {reason}")
        }),
    );
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
        let store = topology::object_store(&js, AGGREGATOR_SNAPSHOTS_BUCKET).await?;
        let snapshots = Snapshots::new(store, cfg.partition_name());
        let stats = topology::bucket(&js, COUNTRY_STATS_BUCKET).await?;
        let overview = topology::bucket(&js, OVERVIEW_BUCKET).await?;
        let started = std::time::Instant::now();
        let (book, reviews, from) = match snapshots.load().await {
            Ok(Some(s)) => (s.book, s.reviews, s.stream_seq),
            Ok(None) => (StatsBook::default(), Reviews::default(), 0),
            Err(reason) => {
                tracing::error!(
                    message = "Snapshot unreadable; replaying the whole EVENTS stream.",
                    reason
                );
                (StatsBook::default(), Reviews::default(), 0)
            }
        };
        let every = cfg.snapshot_interval;
        let mut a = Aggregator {
            js,
            cfg,
            book,
            reviews,
            snapshots,
            consumer,
            since_snapshot: 0,
            next_snapshot: tokio::time::Instant::now() + every,
            snapshot_backoff: every,
            snapshot_writing: None,
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
            Ok(Input::Event(c, anchor)) => {
                if self.reviews.latest(&anchor).is_none() {
                    // Nobody reviewed it: counted as read (the common case, no copies).
                    return match self.apply_event(m, c, horizon_start).await {
                        Ok(_) => Ok(()),
                        Err(reason) => Err(Verdict::Retry(reason)),
                    };
                }
                let before = self.reviews.clone();
                let ops = self.reviews.on_event(anchor, c);
                self.run_ops(m, ops, horizon_start, before).await
            }
            Ok(Input::Correction(review, seen)) => {
                let before = self.reviews.clone();
                let counted = self.book.contribution(&seen.country, &seen.event_id);
                let ops = self.reviews.on_review(review, counted);
                self.run_ops(m, ops, horizon_start, before).await
            }
            Ok(Input::Bulletin(rec)) => {
                if let Some(affected) = self.book.record_bulletin(rec) {
                    self.dirty.extend(affected);
                }
                Ok(())
            }
        }
    }

    /// Takes a snapshot if one is due (enough messages, or enough time, since the last), with
    /// back-off after failures; consuming goes on whatever happens here. The book is encoded at
    /// once (quick) and written to the object store in the background, one write at a time, so
    /// a large snapshot does not hold up consuming; `force` (on shutdown) waits for the write.
    async fn snapshot_if_due(&mut self, force: bool) {
        // The write in flight: waited for on shutdown, else settled once it has ended.
        if let Some(w) = self.snapshot_writing.as_mut() {
            if !force && !w.task.is_finished() {
                return;
            }
            let outcome = (&mut w.task).await;
            self.snapshot_written(outcome);
        }
        let now = tokio::time::Instant::now();
        // Enough messages bring a snapshot forward, unless snapshots are failing (backing off).
        // A snapshot costs time in proportion to the book, so "enough" grows with it (half the
        // events held): its share of the time stays flat however long the history.
        let backing_off = self.snapshot_backoff > self.cfg.snapshot_interval;
        let enough = self.cfg.snapshot_every.max(self.book.len() as u64 / 2);
        let due =
            force || now >= self.next_snapshot || (self.since_snapshot >= enough && !backing_off);
        if self.since_snapshot == 0 || !due {
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
        let bytes = match Snapshots::encode(&self.book, &self.reviews, floor) {
            Ok(bytes) => bytes,
            Err(reason) => {
                report_snapshot_failure(&reason);
                self.snapshot_backoff_after(&reason);
                return;
            }
        };
        let write = self.snapshots.write(bytes, floor);
        let events = self.book.len();
        // The write reports its own outcome as soon as it ends (the log, `/readyz`); the
        // aggregator's bookkeeping follows on its next call.
        let task = tokio::spawn(async move {
            let outcome = write.await;
            match &outcome {
                Ok(bytes) => {
                    tracing::info!(
                        message = "Snapshot taken.",
                        stream_seq = floor,
                        bytes,
                        events,
                        millis = started.elapsed().as_millis() as u64
                    );
                    seizure_bus::runtime::set_stalled(SERVICE, "snapshot", None);
                }
                Err(reason) => report_snapshot_failure(reason),
            }
            outcome
        });
        self.snapshot_writing = Some(SnapshotWrite {
            task,
            covers: self.since_snapshot,
        });
        self.since_snapshot = 0;
        if force {
            let w = self.snapshot_writing.as_mut().expect("just set");
            let outcome = (&mut w.task).await;
            self.snapshot_written(outcome);
        }
    }

    /// Settles the snapshot write that just ended.
    fn snapshot_written(&mut self, outcome: Result<Result<usize, String>, tokio::task::JoinError>) {
        let Some(w) = self.snapshot_writing.take() else {
            return;
        };
        let outcome = outcome.unwrap_or_else(|e| {
            let reason = format!("snapshot write stopped: {e}");
            report_snapshot_failure(&reason);
            Err(reason)
        });
        match outcome {
            Ok(_) => {
                self.snapshot_backoff = self.cfg.snapshot_interval;
                self.next_snapshot = tokio::time::Instant::now() + self.cfg.snapshot_interval;
            }
            Err(reason) => {
                // What it covered is still to be kept by the next one.
                self.since_snapshot += w.covers;
                self.snapshot_backoff_after(&reason);
            }
        }
    }

    /// Backs off after a failed snapshot (much longer when retrying cannot help).
    fn snapshot_backoff_after(&mut self, reason: &str) {
        let permanent = publish::is_permanent(reason);
        let cap = Duration::from_secs(if permanent { 1800 } else { 300 });
        self.snapshot_backoff = (self.snapshot_backoff * 2).min(cap);
        self.next_snapshot = tokio::time::Instant::now() + self.snapshot_backoff;
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

    /// Brings the book to what a correction (or an event at a reviewed anchor) makes count. On
    /// a failure the corrections go back to `before`, so the retry finds the same steps to take.
    async fn run_ops(
        &mut self,
        m: &jetstream::Message,
        ops: Vec<BookOp>,
        horizon_start: NaiveDate,
        before: Reviews,
    ) -> Result<(), Verdict> {
        for op in ops {
            match op {
                BookOp::Remove { country, event_id } => {
                    if self.book.remove(&country, &event_id) {
                        self.dirty.insert(country);
                    }
                }
                // A partition counts only its own countries (another partition counts the rest).
                BookOp::Apply(c) if !self.cfg.owns(&c.country) => {}
                BookOp::Apply(c) => {
                    if let Err(reason) = self.apply_event(m, c, horizon_start).await {
                        self.reviews = before;
                        return Err(Verdict::Retry(reason));
                    }
                }
            }
        }
        Ok(())
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
                    Ok(Input::Event(c, _)) => self.book.holds_event(&c.country, &c.event_id),
                    Ok(Input::Correction(r, _)) => self.reviews.knows(&r),
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
        // Nothing waits behind this batch: live, not backfilling.
        let caught_up = msgs
            .last()
            .and_then(|m| m.info().ok())
            .is_some_and(|i| i.pending == 0);
        for m in msgs {
            let verdict = match self.apply(&m, horizon_start).await {
                Ok(()) => Verdict::Done,
                Err(v) => v,
            };
            out.push((m, verdict));
        }
        self.publish_dirty(caught_up).await;
        self.snapshot_if_due(false).await;
        out
    }

    /// Publishes the statistics of dirty countries whose bytes changed, then the overview.
    ///
    /// Figures are computed from every event a country holds, so their cost grows with history.
    /// To keep consuming at a steady rate, computing and publishing figures is given at most a
    /// tenth of the time: a round that took `d` is followed by at least `FIGURES_BUDGET * d`
    /// before the next, and the countries that did not fit wait (the one computed least recently
    /// goes first). Small books compute in microseconds, so figures follow each batch at once; a
    /// large backfill publishes every few seconds. [`Aggregator::flush`] runs the deferred rounds.
    ///
    /// The budget protects a backlog: once the consumer has `caught_up` (nothing pending behind
    /// the batch), there is no consuming to keep going and figures follow the batch at once,
    /// which keeps live latency low.
    async fn publish_dirty(&mut self, caught_up: bool) {
        const FIGURES_BUDGET: u32 = 9;
        const ROUND: Duration = Duration::from_millis(20);
        let now = tokio::time::Instant::now();
        if now < self.next_figures && !caught_up {
            return;
        }
        let started = std::time::Instant::now();
        let clock = self.cfg.clock;
        let as_of = self.book.as_of(clock, Utc::now().date_naive());
        self.dirty.retain(|cc| self.cfg.owns(cc));
        // At least one country per round, however long finding `as_of` took.
        let mut round = Vec::new();
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
            if self.published.get(&cc).is_none_or(|(_, b)| *b != bytes) {
                round.push((cc, stats, bytes));
            }
        }
        // The round's statistics go out together: one round trip, not one per country.
        let (js, bucket) = (&self.js, &self.stats);
        let outcomes =
            futures::future::join_all(round.iter().map(|(cc, stats, bytes)| async move {
                let (subject, id) = (contract::stats_subject(cc), content_id(cc, bytes));
                tokio::join!(
                    publish::publish(js, &subject, &id, stats),
                    bucket.put(cc, bytes.clone().into())
                )
            }))
            .await;
        for ((cc, stats, bytes), (sent, put)) in round.into_iter().zip(outcomes) {
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
                    let permanent = publish::is_permanent(&reason);
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
        let id = content_id("overview", &bytes);
        let (sent, put) = tokio::join!(
            publish::publish(&self.js, contract::STATS_OVERVIEW_SUBJECT, &id, &overview),
            self.overview.put(OVERVIEW_KEY, bytes.clone().into())
        );
        if sent.is_ok() && put.is_ok() {
            self.overview_published = Some(bytes);
        } else {
            tracing::warn!(message = "Overview not published; will retry.");
        }
    }

    /// When the ticker should wake next: when deferred figures are due (the figures budget, and
    /// the back-off of countries whose publication failed), else at the next tick.
    fn next_wake(&self, next_tick: tokio::time::Instant) -> tokio::time::Instant {
        let due = self
            .dirty
            .iter()
            .map(|cc| {
                self.publish_retry
                    .get(cc)
                    .map_or(self.next_figures, |(_, at)| (*at).max(self.next_figures))
            })
            .min();
        due.map_or(next_tick, |d| d.min(next_tick))
            .max(tokio::time::Instant::now() + Duration::from_millis(1))
    }

    /// Publishes the countries whose figures were deferred, once they are due.
    async fn flush(&mut self) {
        if !self.dirty.is_empty() {
            self.publish_dirty(false).await;
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
        self.publish_dirty(false).await;
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
    // Deferred figures are published as soon as they are due: a batch that leaves countries
    // dirty wakes the ticker, which sleeps until the figures budget allows the next round.
    let figures_pending = Arc::new(tokio::sync::Notify::new());
    let ticker = {
        let agg = agg.clone();
        let figures_pending = figures_pending.clone();
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            let mut next_tick = tokio::time::Instant::now() + tick;
            loop {
                let wake_at = agg.lock().await.next_wake(next_tick);
                tokio::select! {
                    _ = shutdown.wait() => break,
                    _ = figures_pending.notified() => continue,
                    _ = tokio::time::sleep_until(wake_at) => {}
                }
                let mut agg = agg.lock().await;
                if tokio::time::Instant::now() >= next_tick {
                    next_tick += tick;
                    agg.tick().await;
                } else {
                    agg.flush().await;
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
            let (agg, figures_pending) = (handler.clone(), figures_pending.clone());
            async move {
                let mut agg = agg.lock().await;
                let verdicts = agg.handle_batch(msgs).await;
                if !agg.dirty.is_empty() {
                    figures_pending.notify_one();
                }
                verdicts
            }
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
