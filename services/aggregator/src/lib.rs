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
//! alike by the service and by the tests that compute the expected figures; `service` wires them
//! to NATS, and `snapshot` keeps the state.

mod service;
pub mod snapshot;

pub use service::run;

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::NaiveDate;
use seizure_bus::contract::{self, NO_COUNTRY};
use seizure_proto::v1::{
    self, BulletinDigest, Correction, CorrectionAction, CountryStats, Overview, SeizureEvent,
};
use seizure_proto::{Message, category_name, category_of, from_timestamp};
use seizure_window::{
    Anchor, ArticleRecord, BulletinRecord, Change, Clock, Contribution, CountryFigures,
    IncidentRule, Review, Reviews, Revision, StatsBook,
};

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

/// The anchor a correction of this event attaches to (see `proto/seizure/v1/correction.proto`).
pub fn anchor_of(ev: &SeizureEvent) -> Anchor {
    let span = ev.evidence_span.unwrap_or_default();
    Anchor::new(&ev.bulletin_id, (span.start, span.end), ev.span_ordinal)
}

/// The event a reviewer saw when correcting: where the book counts it.
#[derive(Clone, Debug, PartialEq)]
pub struct Seen {
    pub country: String,
    pub event_id: String,
}

/// Validates a correction and turns it into the review the book's corrections hold.
pub fn review(c: &Correction) -> Result<(Review, Seen), String> {
    if c.correction_id.is_empty() {
        return Err("correction has no id".into());
    }
    if c.bulletin_id.is_empty() {
        return Err("correction names no bulletin".into());
    }
    let span = c.evidence_span.ok_or("correction has no evidence span")?;
    if span.end <= span.start {
        return Err(format!("empty evidence span {}..{}", span.start, span.end));
    }
    let at =
        c.at.as_ref()
            .map(seizure_proto::unix_nanos)
            .ok_or("correction has no time")?;
    let counted = |id: &str| -> Result<Contribution, String> {
        let ev = c.corrected.as_ref().ok_or("correction carries no event")?;
        let event_id = if ev.event_id.is_empty() {
            id
        } else {
            &ev.event_id
        };
        contribution(&SeizureEvent {
            event_id: event_id.to_string(),
            bulletin_id: c.bulletin_id.clone(),
            ..ev.clone()
        })
        .map_err(|e| format!("corrected event: {e}"))
    };
    let change = match CorrectionAction::try_from(c.action) {
        Ok(CorrectionAction::Amend) => {
            if c.event_id.is_empty() {
                return Err("an amendment names no event".into());
            }
            Change::Amend(counted(&c.event_id)?)
        }
        Ok(CorrectionAction::Add) => Change::Add(counted("")?),
        Ok(CorrectionAction::NotAnEvent) => Change::NotAnEvent,
        Ok(CorrectionAction::Undo) => Change::Undo,
        _ => return Err(format!("unknown correction action {}", c.action)),
    };
    let original_country = if c.original_country.is_empty() {
        NO_COUNTRY.to_string()
    } else {
        c.original_country.clone()
    };
    Ok((
        Review {
            id: c.correction_id.clone(),
            anchor: Anchor::new(&c.bulletin_id, (span.start, span.end), c.span_ordinal),
            at,
            change,
        },
        Seen {
            country: original_country,
            event_id: c.event_id.clone(),
        },
    ))
}

/// One message of the EVENTS stream, validated.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Event(Contribution, Anchor),
    Bulletin(BulletinRecord),
    Correction(Review, Seen),
}

/// Applies one input to a book and its corrections, counting every event (the service sets
/// implausible ones aside on the way): what the tests compute expected figures with.
pub fn fold(book: &mut StatsBook, reviews: &mut Reviews, input: Input) {
    let ops = match input {
        Input::Bulletin(r) => {
            book.record_bulletin(r);
            return;
        }
        Input::Event(c, anchor) => reviews.on_event(anchor, c),
        Input::Correction(r, seen) => {
            let counted = book.contribution(&seen.country, &seen.event_id);
            reviews.on_review(r, counted)
        }
    };
    seizure_window::reviews::apply_to(book, ops);
}

/// Decodes and validates a message of the EVENTS stream by its subject.
pub fn decode(subject: &str, payload: &[u8]) -> Result<Input, String> {
    match contract::EventsMessage::of(subject) {
        Some(contract::EventsMessage::Seizure) => SeizureEvent::decode(payload)
            .map_err(|e| format!("malformed SeizureEvent protobuf: {e}"))
            .and_then(|e| Ok(Input::Event(contribution(&e)?, anchor_of(&e)))),
        Some(contract::EventsMessage::BulletinDigest) => BulletinDigest::decode(payload)
            .map_err(|e| format!("malformed BulletinDigest protobuf: {e}"))
            .and_then(|d| bulletin_record(&d))
            .map(Input::Bulletin),
        Some(contract::EventsMessage::Correction) => Correction::decode(payload)
            .map_err(|e| format!("malformed Correction protobuf: {e}"))
            .and_then(|c| review(&c))
            .map(|(r, seen)| Input::Correction(r, seen)),
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
            Ok(Input::Event(..))
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
    fn corrections_are_validated_and_attach_to_their_anchor() {
        let corrected = SeizureEvent {
            country: "KZ".into(),
            kind: v1::EventKind::Seizure as i32,
            drug: "heroin".into(),
            amount: 50.0,
            unit: "kg".into(),
            bulletin_time: Some(seizure_proto::Timestamp {
                seconds: 1_750_000_000,
                nanos: 0,
            }),
            ..Default::default()
        };
        let c = Correction {
            correction_id: "c1".into(),
            action: CorrectionAction::Amend as i32,
            bulletin_id: "b1".into(),
            evidence_span: Some(v1::Span { start: 4, end: 30 }),
            span_ordinal: 1,
            event_id: "e1".into(),
            original_country: "TJ".into(),
            corrected: Some(corrected),
            at: Some(seizure_proto::Timestamp {
                seconds: 1_760_000_000,
                nanos: 0,
            }),
            ..Default::default()
        };
        let Ok(Input::Correction(r, seen)) = decode("events.correction.KZ", &c.encode_to_vec())
        else {
            panic!("a valid correction");
        };
        assert_eq!(r.anchor, Anchor::new("b1", (4, 30), 1));
        assert_eq!(
            (seen.country.as_str(), seen.event_id.as_str()),
            ("TJ", "e1")
        );
        let Change::Amend(counted) = r.change else {
            panic!("an amendment");
        };
        assert_eq!(
            (
                counted.event_id.as_str(),
                counted.bulletin_id.as_str(),
                counted.amount
            ),
            ("e1", "b1", 50.0)
        );
        let broken = |f: fn(&mut Correction)| {
            let mut bad = c.clone();
            f(&mut bad);
            review(&bad).unwrap_err()
        };
        assert!(broken(|c| c.evidence_span = None).contains("span"));
        assert!(broken(|c| c.action = 9).contains("action"));
        assert!(broken(|c| c.event_id.clear()).contains("names no event"));
        assert!(broken(|c| c.at = None).contains("time"));
        assert!(broken(|c| c.corrected.as_mut().unwrap().amount = -1.0).contains("amount"));
        assert!(broken(|c| c.corrected = None).contains("carries no event"));
        let undo = Correction {
            action: CorrectionAction::Undo as i32,
            corrected: None,
            ..c
        };
        assert!(matches!(
            review(&undo),
            Ok((
                Review {
                    change: Change::Undo,
                    ..
                },
                _
            ))
        ));
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
