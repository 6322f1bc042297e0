//! The aggregator: folds `SeizureEvent`s into per-country rolling statistics (the pure
//! `seizure-window` core) and publishes `CountryStats` on `stats.country.<CC>` and in the
//! `country_stats` bucket, so a dashboard that connects late still gets current values.
//!
//! Exactly-once effects over at-least-once delivery: events are keyed by their deterministic id,
//! so a repeat changes nothing; the state is checkpointed (compare-and-set on a KV revision)
//! before the events are acked; statistics are republished only when their bytes change.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use async_nats::jetstream::{self, kv};
use chrono::{NaiveDate, Utc};
use seizure_bus::async_nats;
use seizure_bus::consume::{self, Verdict};
use seizure_bus::contract::{
    self, AGGREGATOR_CONSUMER, AGGREGATOR_STATE_BUCKET, AGGREGATOR_STATE_KEY, COUNTRY_STATS_BUCKET,
    EVENTS_STREAM, NO_COUNTRY,
};
use seizure_bus::runtime::Shutdown;
use seizure_bus::{BusError, dead_letter, publish, topology};
use seizure_proto::v1::{self, CountryStats, SeizureEvent};
use seizure_proto::{Message, from_timestamp};
use seizure_window::{Applied, Clock, Contribution, CountryFigures, StatsBook, set_aside_reason};
use sha2::{Digest, Sha256};
use tokio::sync::Mutex;

pub const SERVICE: &str = "aggregator";

const UNITS: &[&str] = &[
    "kg", "litre", "tablet", "ampoule", "plant", "dose", "package", "item",
];

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
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!("invalid country code {:?}", ev.country));
    }
    let kind = match v1::EventKind::try_from(ev.kind) {
        Ok(v1::EventKind::Seizure) => "seizure",
        Ok(v1::EventKind::Destruction) => "destruction",
        Ok(v1::EventKind::PeriodTotal) => "period_total",
        _ => return Err(format!("unknown event kind {}", ev.kind)),
    };
    if !ev.amount.is_finite() || ev.amount <= 0.0 {
        return Err(format!(
            "amount must be a positive finite number, got {}",
            ev.amount
        ));
    }
    if !UNITS.contains(&ev.unit.as_str()) {
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
    })
}

fn kind_of(s: &str) -> v1::EventKind {
    match s {
        "seizure" => v1::EventKind::Seizure,
        "destruction" => v1::EventKind::Destruction,
        "period_total" => v1::EventKind::PeriodTotal,
        _ => v1::EventKind::Unspecified,
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
                windows: s
                    .windows
                    .iter()
                    .map(|w| v1::WindowFigures {
                        window: w.window.clone(),
                        amount: w.amount,
                        lower_bound: w.lower_bound,
                        events: w.events,
                    })
                    .collect(),
                months: s
                    .months
                    .iter()
                    .map(|m| v1::MonthFigures {
                        month: m.month.clone(),
                        amount: m.amount,
                        lower_bound: m.lower_bound,
                        events: m.events,
                    })
                    .collect(),
            })
            .collect(),
        set_aside: f.set_aside,
        events: f.events,
        bulletins: f.bulletins,
    }
}

/// Settings of the aggregator service.
#[derive(Clone, Debug)]
pub struct Config {
    pub nats_url: String,
    pub clock: Clock,
    pub batch: usize,
    /// How often all countries are re-evaluated (windows slide with the wall clock).
    pub tick: Duration,
    /// Events dated more than this many days before today are set aside, not counted.
    pub horizon_days: u64,
}

/// The aggregator's state and its outlets.
struct Aggregator {
    js: jetstream::Context,
    clock: Clock,
    horizon_days: u64,
    book: StatsBook,
    /// KV revision of the checkpoint the book matches; 0 when there is none yet.
    revision: u64,
    state: kv::Store,
    stats: kv::Store,
    /// Bytes last published per country.
    published: BTreeMap<String, Vec<u8>>,
    /// Countries whose statistics may have changed since they were last published.
    dirty: BTreeSet<String>,
}

impl Aggregator {
    async fn load(
        js: jetstream::Context,
        clock: Clock,
        horizon_days: u64,
    ) -> Result<Self, BusError> {
        let state = topology::bucket(&js, AGGREGATOR_STATE_BUCKET).await?;
        let stats = topology::bucket(&js, COUNTRY_STATS_BUCKET).await?;
        let mut a = Aggregator {
            js,
            clock,
            horizon_days,
            book: StatsBook::default(),
            revision: 0,
            state,
            stats,
            published: BTreeMap::new(),
            dirty: BTreeSet::new(),
        };
        a.reload().await?;
        let countries: Vec<String> = a.book.countries().map(str::to_string).collect();
        for cc in countries {
            if let Ok(Some(bytes)) = a.stats.get(&cc).await {
                a.published.insert(cc.clone(), bytes.to_vec());
            }
            a.dirty.insert(cc);
        }
        tracing::info!(
            message = "Aggregator state loaded.",
            events = a.book.len(),
            revision = a.revision
        );
        Ok(a)
    }

    async fn reload(&mut self) -> Result<(), BusError> {
        let kv_err = |e: String| BusError::KeyValue {
            bucket: AGGREGATOR_STATE_BUCKET.into(),
            reason: e,
        };
        match self
            .state
            .entry(AGGREGATOR_STATE_KEY)
            .await
            .map_err(|e| kv_err(e.to_string()))?
        {
            Some(entry) if entry.operation == kv::Operation::Put => {
                self.book = serde_json::from_slice(&entry.value)
                    .map_err(|e| kv_err(format!("corrupt checkpoint: {e}")))?;
                self.revision = entry.revision;
            }
            _ => {
                self.book = StatsBook::default();
                self.revision = 0;
            }
        }
        Ok(())
    }

    /// Makes the book durable: compare-and-set on the checkpoint's revision.
    async fn checkpoint(&mut self) -> Result<(), String> {
        let bytes = serde_json::to_vec(&self.book).map_err(|e| e.to_string())?;
        let rev = if self.revision == 0 {
            self.state
                .create(AGGREGATOR_STATE_KEY, bytes.into())
                .await
                .map_err(|e| e.to_string())?
        } else {
            self.state
                .update(AGGREGATOR_STATE_KEY, bytes.into(), self.revision)
                .await
                .map_err(|e| e.to_string())?
        };
        self.revision = rev;
        Ok(())
    }

    async fn handle_batch(
        &mut self,
        msgs: Vec<jetstream::Message>,
    ) -> Vec<(jetstream::Message, Verdict)> {
        let mut changed = false;
        let mut out = Vec::with_capacity(msgs.len());
        // The horizon follows the wall clock in both clock modes, so a replay sets aside the
        // same events whatever their order.
        let horizon_start = Utc::now()
            .date_naive()
            .checked_sub_days(chrono::Days::new(self.horizon_days))
            .unwrap_or(NaiveDate::MIN);
        for m in msgs {
            let verdict = match SeizureEvent::decode(m.payload.as_ref())
                .map_err(|e| format!("malformed SeizureEvent protobuf: {e}"))
                .and_then(|e| contribution(&e))
            {
                Err(reason) => Verdict::Poison(reason),
                Ok(c) => match set_aside_reason(&c, horizon_start) {
                    // Valid but not to be counted: recorded with its reason, and counted apart.
                    Some(reason) => {
                        match dead_letter::set_aside(
                            &self.js,
                            SERVICE,
                            &m.subject,
                            &c.event_id,
                            &reason,
                            &m.payload,
                        )
                        .await
                        {
                            Ok(()) => {
                                if self.book.set_aside(&c.country, &c.event_id) {
                                    changed = true;
                                    self.dirty.insert(c.country.clone());
                                }
                                Verdict::Done
                            }
                            Err(e) => Verdict::Retry(format!("setting aside {}: {e}", c.event_id)),
                        }
                    }
                    None => {
                        let cc = c.country.clone();
                        if self.book.apply(c) != Applied::Duplicate {
                            changed = true;
                            self.dirty.insert(cc);
                        }
                        Verdict::Done
                    }
                },
            };
            out.push((m, verdict));
        }
        if changed && let Err(reason) = self.checkpoint().await {
            tracing::warn!(
                message = "Checkpoint failed; reloading and retrying the batch.",
                reason
            );
            if let Err(error) = self.reload().await {
                tracing::error!(message = "Reload failed.", %error);
            }
            return out
                .into_iter()
                .map(|(m, v)| match v {
                    Verdict::Done => (m, Verdict::Retry(format!("checkpoint failed: {reason}"))),
                    other => (m, other),
                })
                .collect();
        }
        self.publish_dirty().await;
        out
    }

    /// Publishes the statistics of dirty countries whose bytes changed.
    async fn publish_dirty(&mut self) {
        let as_of = self.book.as_of(self.clock, Utc::now().date_naive());
        for cc in std::mem::take(&mut self.dirty) {
            let stats = to_proto(&self.book.country_figures(&cc, as_of, self.clock));
            let bytes = stats.encode_to_vec();
            if self.published.get(&cc) == Some(&bytes) {
                continue;
            }
            let msg_id = format!(
                "{cc}:{}",
                Sha256::digest(&bytes)
                    .iter()
                    .take(12)
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            );
            let sent =
                publish::publish(&self.js, &contract::stats_subject(&cc), &msg_id, &stats).await;
            let put = self.stats.put(&cc, bytes.clone().into()).await;
            match (sent, put) {
                (Ok(_), Ok(_)) => {
                    tracing::info!(message = "Statistics published.", country = %cc, as_of = %as_of);
                    self.published.insert(cc, bytes);
                }
                (sent, put) => {
                    tracing::warn!(message = "Statistics not published; will retry.", country = %cc, publish_ok = sent.is_ok(), kv_ok = put.is_ok());
                    self.dirty.insert(cc);
                }
            }
        }
    }

    /// Re-evaluates every country (the wall clock may have moved the windows).
    async fn tick(&mut self) {
        self.dirty.extend(self.book.countries().map(str::to_string));
        self.publish_dirty().await;
    }
}

/// Runs the aggregator until shutdown.
pub async fn run(cfg: Config, shutdown: Shutdown) -> anyhow::Result<()> {
    let (js, consumer) = topology::start_consumer(
        &cfg.nats_url,
        SERVICE,
        EVENTS_STREAM,
        AGGREGATOR_CONSUMER,
        contract::EVENTS_SUBJECTS,
    )
    .await?;
    let agg = Arc::new(Mutex::new(
        Aggregator::load(js.clone(), cfg.clock, cfg.horizon_days).await?,
    ));
    agg.lock().await.publish_dirty().await;
    let ticker = {
        let agg = agg.clone();
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = shutdown.wait() => break,
                    _ = tokio::time::sleep(cfg.tick) => agg.lock().await.tick().await,
                }
            }
        })
    };
    tracing::info!(
        message = "Aggregator consuming events.",
        clock = cfg.clock.as_str()
    );
    consume::run(&js, SERVICE, &consumer, cfg.batch, shutdown, move |msgs| {
        let agg = agg.clone();
        async move { agg.lock().await.handle_batch(msgs).await }
    })
    .await;
    let _ = ticker.await;
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
}
