//! The whole path on a real NATS JetStream: bulletins published on `bulletins.raw.bench`, read by
//! the normalizer, folded by the aggregator, counted in `stats.country.TJ`. Prints the events per
//! second end to end and the latency from a bulletin's publication to the first statistics that
//! count it (p50, p99), next to raw JetStream measured in the same run on the same server
//! (publish, pull-consume and ack of messages of the same size, no processing). Then the
//! throughput again on fresh pipelines with one and with two normalizer processes.
//!
//! Run with `./scripts/bench.sh` (it builds the release binaries this bench starts), or
//! `cargo build --release --workspace --bins && cargo bench -p seizure-e2e --bench pipeline`.

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use async_nats::jetstream::{self, consumer, stream};
use common::{DRUGS, MONTHS, Pipeline};
use futures::StreamExt;
use seizure_bus::contract;
use seizure_proto::Message;
use seizure_proto::v1::{Bulletin, CountryStats};

/// Bulletins (one seizure each) for the throughput run.
const THROUGHPUT_N: usize = 10_000;
/// Publishes awaiting acknowledgement at most (the client lends 5,000 by default).
const IN_FLIGHT: usize = 1_000;
/// Awaits the publishes in flight once there are `IN_FLIGHT` of them.
async fn make_room(acks: &mut Vec<jetstream::context::PublishAckFuture>) {
    if acks.len() >= IN_FLIGHT {
        for a in acks.drain(..) {
            a.await.unwrap();
        }
    }
}

/// Bulletins for the latency run, one every `PACE` (100 bulletins/s).
const LATENCY_N: usize = 300;
const PACE: Duration = Duration::from_millis(10);

/// Bulletin `i`: one seizure in Tajikistan. Dates run over three years and five drugs, about
/// two seizures of a drug a day: the incident grouping compares each report with the others of
/// its series within a few days, so a series far denser than any country reports (hundreds of
/// heroin seizures a day) would measure that grouping rather than the path.
fn bulletin(i: usize) -> Bulletin {
    let text = format!(
        "Police report {i}\n\nOn {} {} {}, police in Dushanbe seized {} kg {} g of {} from a courier.",
        1 + i % 28,
        MONTHS[(i / 28) % 12],
        2023 + (i / 336) % 3,
        1 + i % 90,
        i % 1000,
        DRUGS[(i / 7) % 5]
    );
    Bulletin {
        id: format!("bench-{i:06}"),
        source: "bench".into(),
        text,
        received_at: Some(seizure_proto::to_timestamp(chrono::Utc::now())),
        ..Default::default()
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

struct Figures {
    per_sec: f64,
    p50: Duration,
    p99: Duration,
    /// The normalizer's share: bulletin → its event stored (p50), for the whole path.
    event_p50: Option<Duration>,
}

/// Raw JetStream: publish `n` messages of `size` bytes and pull-consume them with acks; then
/// paced single messages for latency.
async fn raw_jetstream(js: &jetstream::Context, size: usize) -> Figures {
    let s = js
        .get_or_create_stream(stream::Config {
            name: "BENCH".into(),
            subjects: vec!["bench.>".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    let c: consumer::PullConsumer = s
        .get_or_create_consumer(
            "bench",
            consumer::pull::Config {
                durable_name: Some("bench".into()),
                ack_policy: consumer::AckPolicy::Explicit,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let payload = bytes::Bytes::from(vec![b'x'; size]);
    let consume = |n: usize| {
        let c = c.clone();
        tokio::spawn(async move {
            let mut got = Vec::with_capacity(n);
            while got.len() < n {
                let mut batch = c.fetch().max_messages(256).messages().await.unwrap();
                while let Some(Ok(m)) = batch.next().await {
                    m.double_ack().await.unwrap();
                    got.push(Instant::now());
                }
            }
            got
        })
    };
    let started = Instant::now();
    let reader = consume(THROUGHPUT_N);
    let mut acks: Vec<jetstream::context::PublishAckFuture> = Vec::with_capacity(IN_FLIGHT);
    for _ in 0..THROUGHPUT_N {
        make_room(&mut acks).await;
        acks.push(js.publish("bench.raw", payload.clone()).await.unwrap());
    }
    for a in acks {
        a.await.unwrap();
    }
    reader.await.unwrap();
    let per_sec = THROUGHPUT_N as f64 / started.elapsed().as_secs_f64();
    let reader = consume(LATENCY_N);
    let mut sent = Vec::with_capacity(LATENCY_N);
    for _ in 0..LATENCY_N {
        sent.push(Instant::now());
        js.publish("bench.raw", payload.clone())
            .await
            .unwrap()
            .await
            .unwrap();
        tokio::time::sleep(PACE).await;
    }
    let got = reader.await.unwrap();
    let mut lat: Vec<Duration> = got.iter().zip(&sent).map(|(g, s)| *g - *s).collect();
    lat.sort();
    Figures {
        per_sec,
        p50: percentile(&lat, 0.5),
        p99: percentile(&lat, 0.99),
        event_p50: None,
    }
}

/// The whole path: the time until TJ's statistics count `upto` events, each bulletin's latency
/// being the time from its publication to the first statistics counting it.
async fn whole_path(p: &Pipeline) -> (Figures, usize) {
    let mut sub = p
        .client
        .subscribe(contract::stats_subject("TJ"))
        .await
        .unwrap();
    // When each event reaches EVENTS (one per bulletin, in order): the normalizer's share.
    let mut event_sub = p
        .client
        .subscribe(contract::event_subject("TJ"))
        .await
        .unwrap();
    let events_seen = tokio::spawn(async move {
        let mut at = Vec::new();
        while at.len() < THROUGHPUT_N + LATENCY_N {
            match event_sub.next().await {
                Some(_) => at.push(Instant::now()),
                None => break,
            }
        }
        at
    });
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(u64, Instant)>();
    tokio::spawn(async move {
        while let Some(m) = sub.next().await {
            let s = CountryStats::decode(m.payload.as_ref()).unwrap();
            if tx.send((s.events, Instant::now())).is_err() {
                break;
            }
        }
    });
    let wait_for = |rx: &mut tokio::sync::mpsc::UnboundedReceiver<(u64, Instant)>,
                    sent: &BTreeMap<u64, Instant>,
                    lat: &mut Vec<Duration>,
                    counted: &mut u64,
                    upto: u64| {
        while *counted < upto {
            let Ok((events, at)) = rx.try_recv() else {
                return false;
            };
            if events > *counted {
                for (_, s) in sent.range(*counted + 1..=events) {
                    lat.push(at - *s);
                }
                *counted = events;
            }
        }
        true
    };
    let mut sent: BTreeMap<u64, Instant> = BTreeMap::new();
    let mut lat = Vec::new();
    let mut counted = 0u64;
    let payloads: Vec<Vec<u8>> = (0..THROUGHPUT_N + LATENCY_N)
        .map(|i| bulletin(i).encode_to_vec())
        .collect();
    let started = Instant::now();
    let mut acks: Vec<jetstream::context::PublishAckFuture> = Vec::new();
    for (i, b) in payloads[..THROUGHPUT_N].iter().enumerate() {
        make_room(&mut acks).await;
        sent.insert(i as u64 + 1, Instant::now());
        acks.push(
            p.js.publish(contract::bulletin_subject("bench"), b.clone().into())
                .await
                .unwrap(),
        );
    }
    for a in acks {
        a.await.unwrap();
    }
    while !wait_for(&mut rx, &sent, &mut lat, &mut counted, THROUGHPUT_N as u64) {
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "stuck at {counted}"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let per_sec = THROUGHPUT_N as f64 / started.elapsed().as_secs_f64();
    // Paced: latency without a queue in front.
    let mut paced = Vec::new();
    for (k, b) in payloads[THROUGHPUT_N..].iter().enumerate() {
        let n = (THROUGHPUT_N + k) as u64 + 1;
        sent.insert(n, Instant::now());
        p.js.publish(contract::bulletin_subject("bench"), b.clone().into())
            .await
            .unwrap()
            .await
            .unwrap();
        wait_for(&mut rx, &sent, &mut paced, &mut counted, n);
        tokio::time::sleep(PACE).await;
    }
    let total = (THROUGHPUT_N + LATENCY_N) as u64;
    let deadline = Instant::now() + Duration::from_secs(60);
    while !wait_for(&mut rx, &sent, &mut paced, &mut counted, total) {
        assert!(Instant::now() < deadline, "stuck at {counted}");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    paced.sort();
    let events_seen = events_seen.await.unwrap();
    let mut to_event: Vec<Duration> = (THROUGHPUT_N..events_seen.len())
        .map(|k| events_seen[k] - sent[&(k as u64 + 1)])
        .collect();
    to_event.sort();
    (
        Figures {
            per_sec,
            p50: percentile(&paced, 0.5),
            p99: percentile(&paced, 0.99),
            event_p50: (!to_event.is_empty()).then(|| percentile(&to_event, 0.5)),
        },
        payloads.iter().map(Vec::len).sum::<usize>() / payloads.len(),
    )
}

/// Events per second through a fresh pipeline with `normalizers` normalizer processes sharing
/// one durable consumer (throughput only).
async fn with_normalizers(normalizers: usize) -> f64 {
    let env = [("AGGREGATOR_CLOCK", "event".to_string())];
    let mut p = Pipeline::start(&["aggregator"], &env).await;
    for _ in 0..normalizers {
        p.start_service("normalizer", &env);
    }
    let mut sub = p
        .client
        .subscribe(contract::stats_subject("TJ"))
        .await
        .unwrap();
    let payloads: Vec<Vec<u8>> = (0..THROUGHPUT_N)
        .map(|i| bulletin(i).encode_to_vec())
        .collect();
    let started = Instant::now();
    let counted = tokio::spawn(async move {
        while let Some(m) = sub.next().await {
            if CountryStats::decode(m.payload.as_ref()).unwrap().events >= THROUGHPUT_N as u64 {
                return Instant::now();
            }
        }
        panic!("statistics subscription ended");
    });
    let mut acks: Vec<jetstream::context::PublishAckFuture> = Vec::new();
    for b in payloads {
        make_room(&mut acks).await;
        acks.push(
            p.js.publish(contract::bulletin_subject("bench"), b.into())
                .await
                .unwrap(),
        );
    }
    for a in acks {
        a.await.unwrap();
    }
    let done = tokio::time::timeout(Duration::from_secs(600), counted)
        .await
        .expect("every event counted")
        .unwrap();
    THROUGHPUT_N as f64 / (done - started).as_secs_f64()
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs it as a smoke test too.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let env = [("AGGREGATOR_CLOCK", "event".to_string())];
        let p = Pipeline::start(&["normalizer", "aggregator"], &env).await;
        let (path, size) = whole_path(&p).await;
        let raw = raw_jetstream(&p.js, size).await;
        if let Ok(dir) = std::env::var("BENCH_KEEP_LOGS") {
            std::fs::write(format!("{dir}/aggregator.log"), p.log("aggregator")).unwrap();
            std::fs::write(format!("{dir}/normalizer.log"), p.log("normalizer")).unwrap();
        }
        println!(
            "whole path, {THROUGHPUT_N} bulletins of ~{size} bytes (one event each): {:.0} events/s; latency bulletin→statistics p50 {:.1} ms, p99 {:.1} ms ({LATENCY_N} paced every {} ms; bulletin→event stored p50 {:.1} ms)",
            path.per_sec,
            path.p50.as_secs_f64() * 1e3,
            path.p99.as_secs_f64() * 1e3,
            PACE.as_millis(),
            path.event_p50.unwrap_or_default().as_secs_f64() * 1e3
        );
        println!(
            "raw JetStream, same server and size: {:.0} msgs/s publish+consume+ack; latency p50 {:.2} ms, p99 {:.2} ms",
            raw.per_sec,
            raw.p50.as_secs_f64() * 1e3,
            raw.p99.as_secs_f64() * 1e3
        );
        println!(
            "ratios: whole path / raw throughput {:.3}; latency p50 ×{:.1}, p99 ×{:.1}",
            path.per_sec / raw.per_sec,
            path.p50.as_secs_f64() / raw.p50.as_secs_f64(),
            path.p99.as_secs_f64() / raw.p99.as_secs_f64()
        );
        drop(p);
        let one = with_normalizers(1).await;
        let two = with_normalizers(2).await;
        println!(
            "normalizer replicas, fresh pipelines, {THROUGHPUT_N} bulletins: one {one:.0} events/s, two {two:.0} events/s (ratio {:.2}; {} cores here)",
            two / one,
            std::thread::available_parallelism().map_or(1, |n| n.get())
        );
    });
}
