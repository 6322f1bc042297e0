//! Crashes in the middle of a stream: the aggregator, then the normalizer, is killed with
//! SIGKILL while thousands of messages are in flight, restarted, and the statistics it finally
//! publishes must equal, byte for byte, what the pure core computes from the same input without
//! any interruption. No double counting, nothing lost. The streams include revisions (a source
//! address whose newer content replaces the older figures) and repeated messages.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::Pipeline;
use seizure_bus::contract;
use seizure_bus::topology;
use seizure_proto::Message;
use seizure_proto::v1::{self, Bulletin, SeizureEvent};
use seizure_window::{Clock, IncidentRule, StatsBook};

const COUNTRIES: &[&str] = &["TJ", "KZ", "KG", "UZ", "RU", "AF"];
const DRUGS: &[&str] = &["heroin", "hashish", "opium", "cannabis", "methamphetamine"];

/// A small deterministic generator (no randomness: reruns see the same stream).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn events(n: usize) -> Vec<SeizureEvent> {
    let mut r = Lcg(7);
    (0..n)
        .map(|i| SeizureEvent {
            event_id: format!("ev-{i:05}"),
            bulletin_id: format!("b-{}", i / 10),
            country: COUNTRIES[r.next(COUNTRIES.len() as u64) as usize].into(),
            kind: 1 + r.next(3) as i32,
            drug: DRUGS[r.next(DRUGS.len() as u64) as usize].into(),
            amount: (1 + r.next(500_000)) as f64 / 1000.0,
            unit: "kg".into(),
            qualifier: v1::Qualifier::Exact as i32,
            date: Some(v1::EventDate {
                year: 2024 + r.next(2) as i32,
                month: 1 + r.next(12) as u32,
                day: 1 + r.next(28) as u32,
                precision: v1::DatePrecision::Day as i32,
            }),
            ..Default::default()
        })
        .collect()
}

/// Digests for the bulletins of `events(n)`: bulletins 10k and 10k+1 are two revisions of one
/// source address, the second current.
fn digests(events: &[SeizureEvent]) -> Vec<v1::BulletinDigest> {
    let mut ids: Vec<&str> = events.iter().map(|e| e.bulletin_id.as_str()).collect();
    ids.dedup();
    ids.iter()
        .enumerate()
        .map(|(j, id)| v1::BulletinDigest {
            bulletin_id: id.to_string(),
            source_url: if j % 10 < 2 {
                format!("https://src.example/{}", j / 10)
            } else {
                format!("https://src.example/only/{j}")
            },
            received_at: Some(seizure_proto::Timestamp {
                seconds: 1_750_000_000 + j as i64,
                nanos: 0,
            }),
            articles: vec![v1::ArticleDigest {
                country: COUNTRIES[j % COUNTRIES.len()].into(),
                category: 1 + (j % 8) as i32,
                ..Default::default()
            }],
            ..Default::default()
        })
        .collect()
}

/// What the aggregator must publish for these messages of the EVENTS stream, computed by the
/// pure core: every country's statistics and the overview.
fn expected(messages: &[(String, Vec<u8>)]) -> Published {
    let mut book = StatsBook::default();
    for (subject, payload) in messages {
        match aggregator::decode(subject, payload).unwrap() {
            aggregator::Input::Event(c) => {
                book.apply(c);
            }
            aggregator::Input::Bulletin(r) => {
                book.record_bulletin(r);
            }
        }
    }
    let as_of = book.as_of(Clock::Event, chrono::Utc::now().date_naive());
    let (stats, overview) =
        aggregator::publications(&book, as_of, Clock::Event, &IncidentRule::default());
    Published {
        stats: stats
            .into_iter()
            .map(|(cc, s)| (cc, s.encode_to_vec()))
            .collect(),
        overview: overview.encode_to_vec(),
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Published {
    stats: BTreeMap<String, Vec<u8>>,
    overview: Vec<u8>,
}

/// Waits until `consumer` has processed part of its backlog, but not all of it.
async fn wait_until_partly_done(p: &Pipeline, stream: &str, consumer: &str, total: u64) {
    let started = Instant::now();
    loop {
        if let Ok(Some(left)) = topology::backlog(&p.js, stream, consumer).await
            && left < total * 9 / 10
        {
            assert!(
                left > 0,
                "{consumer} finished before it could be killed; raise the count"
            );
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{consumer} made no progress"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Waits until the buckets hold exactly `want` (every country's bytes, and the overview's).
async fn final_statistics_are(p: &Pipeline, want: Published) {
    assert!(want.stats.len() >= 5, "a meaningful comparison");
    common::eventually(Duration::from_secs(30), "the final statistics", || {
        let want = want.clone();
        async move {
            p.stats_bytes().await == want.stats && p.overview_bytes().await == Some(want.overview)
        }
    })
    .await;
}

fn service<'a>(p: &'a mut Pipeline, name: &str) -> &'a mut localnats::ServiceProcess {
    p.services.iter_mut().find(|s| s.name() == name).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aggregator_killed_mid_stream_ends_with_the_uninterrupted_figures() {
    let env = [
        ("AGGREGATOR_CLOCK", "event".to_string()),
        ("AGGREGATOR_BATCH", "64".to_string()),
    ];
    let mut p = Pipeline::start(&[], &env).await;
    let events = events(4000);
    let digests = digests(&events);
    // Each bulletin's events then its digest, as the normalizer publishes them.
    let mut messages: Vec<(String, Vec<u8>)> = Vec::new();
    for (j, d) in digests.iter().enumerate() {
        for e in &events[j * 10..(j * 10 + 10).min(events.len())] {
            messages.push((contract::event_subject(&e.country), e.encode_to_vec()));
        }
        messages.push((contract::digest_subject("test"), d.encode_to_vec()));
    }
    // Some messages twice, as at-least-once delivery may bring them.
    let again: Vec<(String, Vec<u8>)> = messages.iter().step_by(13).cloned().collect();
    let total = (messages.len() + again.len()) as u64;
    let mut acks = Vec::new();
    for (subject, payload) in messages.iter().chain(&again) {
        acks.push(
            p.js.publish(subject.clone(), payload.clone().into())
                .await
                .unwrap(),
        );
    }
    for ack in acks {
        ack.await.unwrap();
    }
    p.start_service("aggregator", &env);
    wait_until_partly_done(
        &p,
        contract::EVENTS_STREAM,
        contract::AGGREGATOR_CONSUMER,
        total,
    )
    .await;
    service(&mut p, "aggregator").kill();
    p.services.clear();
    p.start_service("aggregator", &env);
    p.wait_idle(Duration::from_secs(120)).await;
    final_statistics_are(&p, expected(&messages)).await;
}

fn bulletin(i: usize, r: &mut Lcg) -> Bulletin {
    let cities = ["Dushanbe", "Almaty", "Bishkek", "Tashkent", "Moscow"];
    let drugs = ["heroin", "hashish", "opium"];
    let text = format!(
        "Police report {i}\n\nOn {} March 2025, police in {} seized {} kg {} g of {} from a courier.",
        1 + r.next(28),
        cities[r.next(5) as usize],
        1 + r.next(90),
        r.next(1000),
        drugs[r.next(3) as usize]
    );
    Bulletin {
        id: format!("bulletin-{i:04}"),
        source: "test".into(),
        // Every tenth bulletin is a new revision of the one before.
        source_url: format!("https://police.example/{}", i - usize::from(i % 10 == 1)),
        text,
        received_at: Some(seizure_proto::Timestamp {
            seconds: 1_750_000_000 + i as i64,
            nanos: 0,
        }),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn normalizer_killed_mid_stream_ends_with_the_uninterrupted_figures() {
    let env = [
        ("AGGREGATOR_CLOCK", "event".to_string()),
        ("NORMALIZER_BATCH", "4".to_string()),
    ];
    let mut p = Pipeline::start(&["aggregator"], &env).await;
    let mut r = Lcg(11);
    let bulletins: Vec<Bulletin> = (0..1500).map(|i| bulletin(i, &mut r)).collect();
    for b in &bulletins {
        p.js.publish(
            contract::bulletin_subject(&b.source),
            b.encode_to_vec().into(),
        )
        .await
        .unwrap();
    }
    p.start_service("normalizer", &env);
    wait_until_partly_done(
        &p,
        contract::BULLETINS_STREAM,
        contract::NORMALIZER_CONSUMER,
        bulletins.len() as u64,
    )
    .await;
    service(&mut p, "normalizer").kill();
    p.services.retain(|s| s.name() != "normalizer");
    p.start_service("normalizer", &env);
    p.wait_idle(Duration::from_secs(120)).await;
    // The uninterrupted result: the same extraction, straight into the pure core.
    let mut messages = Vec::new();
    for b in &bulletins {
        let n = normalizer::normalize(&b.encode_to_vec()).unwrap();
        assert_eq!(n.events.len(), 1, "one seizure per bulletin");
        for e in &n.events {
            messages.push((contract::event_subject(&e.country), e.encode_to_vec()));
        }
        messages.push((
            contract::digest_subject(&b.source),
            n.digest.encode_to_vec(),
        ));
    }
    final_statistics_are(&p, expected(&messages)).await;
}
