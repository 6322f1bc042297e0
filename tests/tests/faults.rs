//! Faults in the middle of a stream, each ending with the statistics the pure core computes from
//! the same input without any interruption, byte for byte, and nothing left undelivered in any
//! consumer: the aggregator, then the normalizer, killed with SIGKILL while thousands of messages
//! are in flight; the aggregator frozen with SIGSTOP past its ack wait; nats-server killed and
//! restarted mid-stream (the time to settle after it returns is printed); messages delivered
//! again and again without being settled (kept, or dead-lettered once worn, never dropped
//! silently); snapshots refused by the server (consuming goes on, /readyz says why) and then a
//! crash (the restart loads the older snapshot and replays the stream after it); statistics the
//! server refuses (reported once, retried with back-off, published when it has room again); an
//! EVENTS stream that takes nothing for a while (the normalizer holds its bulletins, says why on
//! /readyz, dead-letters nothing). The streams include revisions (a
//! source address whose newer content replaces the older figures) and repeated messages.
//!
//! `FAULT_EVENTS` sets the number of events (default 4,000); `./scripts/bench.sh` runs the suite
//! at full size.

mod common;

use std::time::{Duration, Instant};

use common::{Lcg, Pipeline, Published};
use seizure_bus::contract;
use seizure_bus::topology;
use seizure_proto::Message;
use seizure_proto::v1::{self, Bulletin, SeizureEvent};

const COUNTRIES: &[&str] = &["TJ", "KZ", "KG", "UZ", "RU", "AF"];
const DRUGS: &[&str] = &["heroin", "hashish", "opium", "cannabis", "methamphetamine"];

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

/// What the aggregator must publish for these messages of the EVENTS stream.
fn expected(messages: &[(String, Vec<u8>)]) -> Published {
    common::published(messages.iter().cloned())
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

/// Events in each fault test: `FAULT_EVENTS`, else 4,000.
fn fault_events() -> usize {
    std::env::var("FAULT_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4000)
}

/// The EVENTS messages of `n` events: each bulletin's events then its digest, as the normalizer
/// publishes them.
fn event_messages(n: usize) -> Vec<(String, Vec<u8>)> {
    let events = events(n);
    let digests = digests(&events);
    let mut messages: Vec<(String, Vec<u8>)> = Vec::new();
    for (j, d) in digests.iter().enumerate() {
        for e in &events[j * 10..(j * 10 + 10).min(events.len())] {
            messages.push((contract::event_subject(&e.country), e.encode_to_vec()));
        }
        messages.push((contract::digest_subject("test"), d.encode_to_vec()));
    }
    messages
}

/// Publishes `messages` to EVENTS, and some of them twice, as at-least-once delivery may bring
/// them; returns how many were published.
async fn publish_events(p: &Pipeline, messages: &[(String, Vec<u8>)]) -> u64 {
    let again: Vec<(String, Vec<u8>)> = messages.iter().step_by(13).cloned().collect();
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
    (messages.len() + again.len()) as u64
}

const AGGREGATOR_ENV: [(&str, &str); 2] =
    [("AGGREGATOR_CLOCK", "event"), ("AGGREGATOR_BATCH", "64")];

fn aggregator_env(extra: &[(&'static str, String)]) -> Vec<(&'static str, String)> {
    AGGREGATOR_ENV
        .iter()
        .map(|(k, v)| (*k, v.to_string()))
        .chain(extra.iter().cloned())
        .collect()
}

/// A pipeline whose aggregator is part-way through `fault_events()` events (and some of them
/// twice): the pipeline, the aggregator's environment, the messages and how many were published.
async fn aggregator_part_way() -> (
    Pipeline,
    Vec<(&'static str, String)>,
    Vec<(String, Vec<u8>)>,
    u64,
) {
    let env = aggregator_env(&[]);
    let mut p = Pipeline::start(&[], &env).await;
    let messages = event_messages(fault_events());
    let total = publish_events(&p, &messages).await;
    p.start_service("aggregator", &env);
    wait_until_partly_done(
        &p,
        contract::EVENTS_STREAM,
        contract::AGGREGATOR_CONSUMER,
        total,
    )
    .await;
    (p, env, messages, total)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aggregator_killed_mid_stream_ends_with_the_uninterrupted_figures() {
    let (mut p, env, messages, _) = aggregator_part_way().await;
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

/// Publishes `n` generated bulletins (seed `seed`) on the raw bulletin subject; returns them.
async fn publish_bulletins(p: &Pipeline, seed: u64, n: usize) -> Vec<Bulletin> {
    let mut r = Lcg(seed);
    let bulletins: Vec<Bulletin> = (0..n).map(|i| bulletin(i, &mut r)).collect();
    for b in &bulletins {
        p.js.publish(
            contract::bulletin_subject(&b.source),
            b.encode_to_vec().into(),
        )
        .await
        .unwrap();
    }
    bulletins
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn normalizer_killed_mid_stream_ends_with_the_uninterrupted_figures() {
    let env = [
        ("AGGREGATOR_CLOCK", "event".to_string()),
        ("NORMALIZER_BATCH", "4".to_string()),
    ];
    let mut p = Pipeline::start(&["aggregator"], &env).await;
    let bulletins = publish_bulletins(&p, 11, 1500).await;
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
    let messages: Vec<(String, Vec<u8>)> = bulletins
        .iter()
        .flat_map(|b| {
            let m = common::messages_of(b);
            assert_eq!(m.len(), 2, "one seizure per bulletin");
            m
        })
        .collect();
    final_statistics_are(&p, expected(&messages)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aggregator_frozen_past_its_ack_wait_ends_with_the_uninterrupted_figures() {
    let (mut p, _, messages, _) = aggregator_part_way().await;
    let pid = service(&mut p, "aggregator").pid().to_string();
    let signal = |s: &str| {
        assert!(
            std::process::Command::new("kill")
                .args([s, &pid])
                .status()
                .unwrap()
                .success()
        )
    };
    signal("-STOP");
    tokio::time::sleep(Duration::from_secs(5)).await;
    signal("-CONT");
    p.wait_idle(Duration::from_secs(120)).await;
    final_statistics_are(&p, expected(&messages)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nats_server_killed_and_restarted_mid_stream_ends_with_the_uninterrupted_figures() {
    let (mut p, _, messages, total) = aggregator_part_way().await;
    p.nats.kill();
    tokio::time::sleep(Duration::from_secs(3)).await;
    p.nats.restart().expect("nats-server restarts on its store");
    let back = Instant::now();
    p.wait_idle(Duration::from_secs(120)).await;
    final_statistics_are(&p, expected(&messages)).await;
    let settled = back.elapsed();
    println!(
        "time to settle after nats-server returned: {:.1} s ({total} messages)",
        settled.as_secs_f64()
    );
    assert!(
        settled < Duration::from_secs(60),
        "settled {settled:?} after NATS returned:\n{}",
        p.log("aggregator")
    );
}

/// Fetches from `consumer` and naks (so it comes back at once) every message delivered fewer
/// than `target(subject)` times, until each has been delivered that often; those are then left
/// unsettled, to come back after the ack wait.
async fn deliver_unsettled(
    p: &Pipeline,
    stream: &str,
    consumer: &str,
    target: impl Fn(&str) -> i64,
) {
    use futures::StreamExt;
    let stream = p.js.get_stream(stream).await.unwrap();
    let c: async_nats::jetstream::consumer::PullConsumer =
        stream.get_consumer(consumer).await.unwrap();
    loop {
        let mut batch = c
            .fetch()
            .max_messages(100_000)
            .expires(Duration::from_millis(700))
            .messages()
            .await
            .unwrap();
        let mut fetched = 0;
        while let Some(m) = batch.next().await {
            let m = m.unwrap();
            fetched += 1;
            if m.info().unwrap().delivered < target(m.subject.as_str()) {
                m.ack_with(async_nats::jetstream::AckKind::Nak(None))
                    .await
                    .unwrap();
            }
        }
        if fetched == 0 {
            return;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_delivered_again_and_again_are_kept_or_dead_lettered_never_dropped() {
    let env = aggregator_env(&[("NORMALIZER_BATCH", "8".into())]);
    let mut p = Pipeline::start(&[], &env).await;
    // The aggregator: every message delivered 6 or 11 times unsettled before it starts (more than
    // a server-side limit of 5 would have allowed): all are counted, none dead-lettered (those it
    // replayed from the stream are done when they come back worn).
    let messages = event_messages(400);
    publish_events(&p, &messages).await;
    let uz = contract::event_subject("UZ");
    topology::durable_consumer(
        &p.js,
        contract::EVENTS_STREAM,
        contract::AGGREGATOR_CONSUMER,
        &contract::aggregator_filters(None),
    )
    .await
    .unwrap();
    deliver_unsettled(
        &p,
        contract::EVENTS_STREAM,
        contract::AGGREGATOR_CONSUMER,
        |subject| if subject == uz { 11 } else { 6 },
    )
    .await;
    p.start_service("aggregator", &env);
    p.wait_idle(Duration::from_secs(120)).await;
    final_statistics_are(&p, expected(&messages)).await;
    let letters: Vec<v1::DeadLetter> = common::stored(
        &p.js,
        contract::DLQ_STREAM,
        &contract::dlq_subject("aggregator"),
    )
    .await;
    assert!(letters.is_empty(), "{letters:?}");

    // The normalizer: bulletins delivered 6 times are read; those delivered 11 times (as if it
    // had crashed on each) are dead-lettered unread, with the reason.
    let mut r = Lcg(5);
    let bulletins: Vec<Bulletin> = (0..40).map(|i| bulletin(i, &mut r)).collect();
    for (i, b) in bulletins.iter().enumerate() {
        let source = if i % 4 == 0 { "worn" } else { "fine" };
        p.js.publish(contract::bulletin_subject(source), b.encode_to_vec().into())
            .await
            .unwrap()
            .await
            .unwrap();
    }
    topology::durable_consumer(
        &p.js,
        contract::BULLETINS_STREAM,
        contract::NORMALIZER_CONSUMER,
        &[contract::BULLETINS_SUBJECTS.to_string()],
    )
    .await
    .unwrap();
    let worn = contract::bulletin_subject("worn");
    deliver_unsettled(
        &p,
        contract::BULLETINS_STREAM,
        contract::NORMALIZER_CONSUMER,
        |subject| if subject == worn { 11 } else { 6 },
    )
    .await;
    p.start_service("normalizer", &env);
    p.wait_idle(Duration::from_secs(120)).await;
    let letters: Vec<v1::DeadLetter> = common::stored(
        &p.js,
        contract::DLQ_STREAM,
        &contract::dlq_subject("normalizer"),
    )
    .await;
    let lettered: std::collections::BTreeSet<u64> = letters
        .iter()
        .filter(|l| l.subject == worn && l.reason.contains("without being settled"))
        .map(|l| l.stream_sequence)
        .collect();
    assert_eq!(
        lettered.len(),
        10,
        "every worn bulletin is dead-lettered: {letters:?}"
    );
    let digests: Vec<v1::BulletinDigest> = common::stored(
        &p.js,
        contract::EVENTS_STREAM,
        contract::BULLETIN_DIGEST_SUBJECTS,
    )
    .await;
    let read: std::collections::BTreeSet<String> = digests
        .into_iter()
        .map(|d| d.bulletin_id)
        .filter(|id| id.starts_with("bulletin-"))
        .collect();
    let fine: std::collections::BTreeSet<String> = bulletins
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 4 != 0)
        .map(|(_, b)| b.id.clone())
        .collect();
    assert_eq!(read, fine, "every other bulletin is read, no worn one");
}

/// `GET /readyz` of a service's operations endpoint: status and body.
async fn readyz(addr: &str) -> (u16, String) {
    match common::http_client(Duration::from_secs(5))
        .get(format!("http://{addr}/readyz"))
        .send()
        .await
    {
        Ok(r) => (r.status().as_u16(), r.text().await.unwrap_or_default()),
        Err(e) => (0, e.to_string()),
    }
}

/// The stream sequence the aggregator's latest snapshot covers, if there is one.
async fn snapshot_seq(p: &Pipeline) -> Option<u64> {
    use tokio::io::AsyncReadExt;
    let store =
        p.js.get_object_store(contract::AGGREGATOR_SNAPSHOTS_BUCKET)
            .await
            .unwrap();
    let mut object = store
        .get(contract::aggregator_snapshot_name(None))
        .await
        .ok()?;
    let mut bytes = Vec::new();
    object.read_to_end(&mut bytes).await.unwrap();
    Some(
        aggregator::snapshot::Snapshot::decode(&bytes)
            .unwrap()
            .stream_seq,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_snapshot_and_the_tail_of_the_stream_give_the_uninterrupted_figures_even_after_refused_snapshots()
 {
    let ops = format!("127.0.0.1:{}", common::free_port());
    let env = aggregator_env(&[
        ("HEALTH_ADDR", ops.clone()),
        ("AGGREGATOR_SNAPSHOT_MESSAGES", "500".into()),
    ]);
    let mut p = Pipeline::start(&[], &env).await;
    let messages = event_messages(2000);
    let (first, second) = messages.split_at(messages.len() / 2);
    publish_events(&p, first).await;
    p.start_service("aggregator", &env);
    p.wait_idle(Duration::from_secs(120)).await;
    common::eventually(Duration::from_secs(30), "a snapshot", || async {
        snapshot_seq(&p).await.is_some_and(|s| s > 0)
    })
    .await;
    let covered = snapshot_seq(&p).await.unwrap();
    // The snapshot store now refuses everything: consuming goes on, /readyz says why.
    let mut stream = p.js.get_stream("OBJ_aggregator_snapshots").await.unwrap();
    let mut config = stream.info().await.unwrap().config.clone();
    let roomy = config.max_bytes;
    config.max_bytes = 1024;
    p.js.update_stream(config.clone()).await.unwrap();
    publish_events(&p, second).await;
    p.wait_idle(Duration::from_secs(120)).await;
    final_statistics_are(&p, expected(&messages)).await;
    common::eventually(Duration::from_secs(60), "/readyz says why", || {
        let ops = ops.clone();
        async move {
            let (status, body) = readyz(&ops).await;
            status == 503 && body.contains("snapshot")
        }
    })
    .await;
    assert_eq!(
        snapshot_seq(&p).await,
        Some(covered),
        "the old snapshot is intact"
    );
    // A crash now loses everything since that snapshot; the restart replays it from the stream.
    service(&mut p, "aggregator").kill();
    p.services.clear();
    config.max_bytes = roomy;
    p.js.update_stream(config).await.unwrap();
    let restarted = Instant::now();
    p.start_service("aggregator", &env);
    common::eventually(
        Duration::from_secs(60),
        "the restarted aggregator is ready",
        || {
            let ops = ops.clone();
            async move { readyz(&ops).await.0 == 200 }
        },
    )
    .await;
    println!(
        "restart to ready, replaying {} messages after the snapshot: {:.2} s",
        messages.len() / 2,
        restarted.elapsed().as_secs_f64()
    );
    p.wait_idle(Duration::from_secs(120)).await;
    final_statistics_are(&p, expected(&messages)).await;
    let log = p.log("aggregator");
    assert!(log.contains("\"replayed\":"), "{log}");
    // Stopped cleanly, it leaves a snapshot of everything.
    for s in p.services.iter_mut() {
        assert!(s.stop(Duration::from_secs(15)), "stops on SIGTERM");
    }
    assert!(snapshot_seq(&p).await.unwrap() > covered);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statistics_the_server_refuses_are_reported_once_and_retried_with_back_off() {
    let ops = format!("127.0.0.1:{}", common::free_port());
    let env = aggregator_env(&[("HEALTH_ADDR", ops.clone())]);
    let mut p = Pipeline::start(&[], &env).await;
    // The statistics stream takes no message as large as a country's statistics.
    let mut stream = p.js.get_stream(contract::STATS_STREAM).await.unwrap();
    let mut config = stream.info().await.unwrap().config.clone();
    let roomy = config.max_message_size;
    config.max_message_size = 64;
    p.js.update_stream(config.clone()).await.unwrap();
    let messages = event_messages(300);
    publish_events(&p, &messages).await;
    p.start_service("aggregator", &env);
    common::eventually(Duration::from_secs(60), "/readyz says why", || {
        let ops = ops.clone();
        async move {
            let (status, body) = readyz(&ops).await;
            status == 503 && body.contains("statistics not published")
        }
    })
    .await;
    // Consuming goes on, and the failure is not logged on every attempt.
    p.wait_idle(Duration::from_secs(60)).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let log = p.log("aggregator");
    let reports = log.matches("Stalled: cannot make progress.").count();
    assert!(
        (1..=COUNTRIES.len() + 1).contains(&reports),
        "once per country, not per attempt: {reports}\n{log}"
    );
    // Room again: the next attempt publishes everything.
    config.max_message_size = roomy;
    p.js.update_stream(config).await.unwrap();
    final_statistics_are(&p, expected(&messages)).await;
    common::eventually(Duration::from_secs(60), "ready again", || {
        let ops = ops.clone();
        async move { readyz(&ops).await.0 == 200 }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_the_bus_does_not_take_for_a_while_are_held_not_dead_lettered() {
    let env = [
        ("AGGREGATOR_CLOCK", "event".to_string()),
        ("NORMALIZER_BATCH", "4".to_string()),
    ];
    let mut p = Pipeline::start(&["aggregator"], &env).await;
    let ops = format!("127.0.0.1:{}", common::free_port());
    let mut normalizer_env = env.to_vec();
    normalizer_env.push(("HEALTH_ADDR", ops.clone()));
    p.start_service("normalizer", &normalizer_env);
    common::eventually(Duration::from_secs(60), "the normalizer ready", || {
        let ops = ops.clone();
        async move { readyz(&ops).await.0 == 200 }
    })
    .await;
    // For a while the EVENTS stream takes nothing the normalizer writes: its publishes find no
    // stream, as while a restarted node catches up or a stream elects a leader.
    let mut stream = p.js.get_stream(contract::EVENTS_STREAM).await.unwrap();
    let mut config = stream.info().await.unwrap().config.clone();
    let subjects = config.subjects.clone();
    config.subjects = vec![contract::CORRECTION_EVENT_SUBJECTS.to_string()];
    p.js.update_stream(config.clone()).await.unwrap();
    let bulletins = publish_bulletins(&p, 5, 200).await;
    common::eventually(Duration::from_secs(60), "/readyz says why", || {
        let ops = ops.clone();
        async move {
            let (status, body) = readyz(&ops).await;
            status == 503 && body.contains("publish")
        }
    })
    .await;
    // Longer than a few redeliveries would last: held, not given up on.
    tokio::time::sleep(Duration::from_secs(8)).await;
    config.subjects = subjects;
    p.js.update_stream(config).await.unwrap();
    p.wait_idle(Duration::from_secs(120)).await;
    let messages: Vec<(String, Vec<u8>)> = bulletins.iter().flat_map(common::messages_of).collect();
    final_statistics_are(&p, expected(&messages)).await;
    let mut dlq = p.js.get_stream(contract::DLQ_STREAM).await.unwrap();
    assert_eq!(
        dlq.info().await.unwrap().state.messages,
        0,
        "nothing dead-lettered"
    );
    let log = p.log("normalizer");
    let reports = log.matches("Stalled: cannot make progress.").count();
    assert_eq!(reports, 1, "reported once, not per attempt:\n{log}");
    // Held, not redelivered: the progress heartbeats went on through the hold.
    let stream = p.js.get_stream(contract::BULLETINS_STREAM).await.unwrap();
    let mut consumer: async_nats::jetstream::consumer::PullConsumer = stream
        .get_consumer(contract::NORMALIZER_CONSUMER)
        .await
        .unwrap();
    assert_eq!(
        consumer.info().await.unwrap().num_redelivered,
        0,
        "redelivered"
    );
    common::eventually(Duration::from_secs(30), "ready again", || {
        let ops = ops.clone();
        async move { readyz(&ops).await.0 == 200 }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ingester_that_cannot_use_its_inbox_or_has_lost_nats_is_not_ready() {
    let ops = format!("127.0.0.1:{}", common::free_port());
    let mut p = Pipeline::start(&[], &[]).await;
    // A file where the ingester keeps what it took (`done/`): the inbox cannot be worked.
    std::fs::create_dir_all(p.inbox()).unwrap();
    std::fs::write(p.inbox().join("done"), b"not a folder").unwrap();
    p.drop_file(
        "bulletin.txt",
        b"Police in Dushanbe seized 2 kg of heroin on 3 March 2025.",
    );
    p.start_service("ingester", &[("HEALTH_ADDR", ops.clone())]);
    common::eventually(
        Duration::from_secs(30),
        "ingester not ready: inbox",
        || async {
            let (status, body) = readyz(&ops).await;
            status == 503 && body.contains("inbox")
        },
    )
    .await;
    std::fs::remove_file(p.inbox().join("done")).unwrap();
    common::eventually(Duration::from_secs(30), "ingester ready again", || async {
        readyz(&ops).await.0 == 200
    })
    .await;
    // (Ready means the inbox can be used again; the held file is moved on its next poll, so
    // wait for it: on a loaded machine the poll comes after the first ready answer.)
    common::eventually(
        Duration::from_secs(30),
        "the held bulletin done",
        || async { p.inbox().join("done").join("bulletin.txt").exists() },
    )
    .await;
    // NATS gone: not ready until it is back.
    p.nats.kill();
    common::eventually(
        Duration::from_secs(30),
        "ingester not ready: nats",
        || async {
            let (status, body) = readyz(&ops).await;
            status == 503 && body.contains("nats")
        },
    )
    .await;
    p.nats.restart().expect("nats-server restarts on its store");
    common::eventually(
        Duration::from_secs(60),
        "ingester ready after nats",
        || async { readyz(&ops).await.0 == 200 },
    )
    .await;
}
