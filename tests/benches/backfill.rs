//! Backfilling years of history: `BACKFILL_EVENTS` seizures (1,000,000 by default) over ten
//! years in 20 countries, one of them holding 40 %, published as bulletins of ten seizures each
//! and taken through the normalizer and the aggregator (release binaries) on a real nats-server.
//! Prints the aggregator's messages per second for each successive tenth of the run (flat
//! throughput: they should stay within 20 % of each other), each service's peak memory, the
//! aggregator's memory per held event, the last snapshot's size and time, the aggregator's
//! restart-to-ready time with the full history, and the gateway's start-up time. The final
//! statistics are checked against the pure `publications` of the same events.
//!
//! Run with `./scripts/bench.sh`, or `cargo build --release --workspace --bins && cargo bench -p
//! seizure-e2e --bench backfill` (`BACKFILL_EVENTS=100000` for a quicker run).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::{DRUGS, Lcg, MONTHS, PLACES, Pipeline};
use seizure_bus::contract;
use seizure_proto::Message;
use seizure_proto::v1::Bulletin;

const PER_BULLETIN: usize = 10;

/// Bulletin `i`: ten seizures in one country, dated within the ten years before 2026.
fn bulletin(i: usize, r: &mut Lcg) -> Bulletin {
    let country = if r.next(10) < 4 {
        0
    } else {
        1 + r.next(19) as usize
    };
    let (_, city) = PLACES[country];
    let sentences: Vec<String> = (0..PER_BULLETIN)
        .map(|k| {
            format!(
                "On {} {} {}, police in {city} seized {} kg {} g of {} (case {i}-{k}).",
                1 + r.next(28),
                MONTHS[r.next(12) as usize],
                2016 + r.next(10),
                1 + r.next(90),
                r.next(1000),
                DRUGS[r.next(5) as usize]
            )
        })
        .collect();
    Bulletin {
        id: format!("backfill-{i:07}"),
        source: "backfill".into(),
        source_url: format!("https://archive.example/{i}"),
        text: format!("Archive bulletin {i}\n\n{}", sentences.join(" ")),
        received_at: Some(seizure_proto::Timestamp {
            seconds: 1_750_000_000 + i as i64,
            nanos: 0,
        }),
        ..Default::default()
    }
}

/// `VmHWM` (peak) or `VmRSS` (current) of process `pid`, in bytes.
fn memory(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|kb| kb.parse::<u64>().ok())
        .unwrap_or(0)
        * 1024
}

fn pid(p: &Pipeline, name: &str) -> u32 {
    p.services.iter().find(|s| s.name() == name).unwrap().pid()
}

/// Messages the aggregator has settled so far.
async fn settled(p: &Pipeline) -> u64 {
    let stream = p.js.get_stream(contract::EVENTS_STREAM).await.unwrap();
    stream
        .consumer_info(contract::AGGREGATOR_CONSUMER)
        .await
        .map(|i| i.ack_floor.consumer_sequence)
        .unwrap_or(0)
}

/// Waits until `GET http://{addr}/readyz` answers 200; returns how long it took.
async fn ready(addr: &str, limit: Duration) -> Duration {
    let started = Instant::now();
    let http = common::http_client(Duration::from_secs(2));
    while started.elapsed() < limit {
        if http
            .get(format!("http://{addr}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return started.elapsed();
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{addr} not ready within {limit:?}");
}

/// The last value of JSON field `field` on a log line containing `message`.
fn last_logged(log: &str, message: &str, field: &str) -> Option<u64> {
    log.lines()
        .rev()
        .filter(|l| l.contains(message))
        .find_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?[field].as_u64())
}

fn main() {
    let events: usize = std::env::var("BACKFILL_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(run(events));
}

async fn run(events: usize) {
    let bulletins = events.div_ceil(PER_BULLETIN);
    let agg_ops = format!("127.0.0.1:{}", common::free_port());
    let env = [
        ("AGGREGATOR_CLOCK", "event".to_string()),
        ("AGGREGATOR_HORIZON_DAYS", "36500".to_string()),
    ];
    // Only the aggregator serves its operations endpoint here.
    let agg_env = [env.as_slice(), &[("HEALTH_ADDR", agg_ops.clone())]].concat();
    // What the pipeline must end with: the same bulletins read by the normalizer's pure core and
    // folded by the aggregator's, and how many messages the aggregator will settle.
    let mut total = 0u64;
    let mut r = Lcg(2026);
    let want = common::published((0..bulletins).flat_map(|i| {
        let messages = common::messages_of(&bulletin(i, &mut r));
        total += messages.len() as u64;
        messages
    }))
    .stats;

    let mut p = Pipeline::start(&["normalizer"], &env).await;
    p.start_service("aggregator", &agg_env);
    println!(
        "backfill: {events} events in {bulletins} bulletins, 20 countries (one with 40 %); the \
         aggregator settles {total} messages"
    );
    let mut r = Lcg(2026);
    let published = Instant::now();
    let mut acks = Vec::new();
    for i in 0..bulletins {
        let b = bulletin(i, &mut r);
        acks.push(
            p.js.publish(
                contract::bulletin_subject(&b.source),
                b.encode_to_vec().into(),
            )
            .await
            .unwrap(),
        );
        if acks.len() >= 1000 {
            for a in acks.drain(..) {
                a.await.unwrap();
            }
        }
    }
    for a in acks {
        a.await.unwrap();
    }
    println!(
        "published {bulletins} bulletins in {:.1} s",
        published.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    // The aggregator has been consuming while the bulletins were published: the tenths are of
    // what it had still to settle by now.
    let first = settled(&p).await;
    let tenth = (total - first) / 10;
    println!("the aggregator had settled {first} messages by then; the tenths are of the rest");
    let mut marks = vec![(first, Duration::ZERO)];
    while marks.len() <= 10 {
        let done = settled(&p).await;
        let next = first + marks.len() as u64 * tenth;
        if done >= next {
            marks.push((done, started.elapsed()));
            continue;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(
            started.elapsed() < Duration::from_secs(3600),
            "no progress: {done} of {total}"
        );
    }
    let rates: Vec<f64> = marks
        .windows(2)
        .map(|w| (w[1].0 - w[0].0) as f64 / (w[1].1 - w[0].1).as_secs_f64())
        .collect();
    for (k, rate) in rates.iter().enumerate() {
        println!("  tenth {:>2}: {rate:>9.0} messages/s", k + 1);
    }
    let (lo, hi) = rates
        .iter()
        .fold((f64::MAX, 0f64), |(lo, hi), r| (lo.min(*r), hi.max(*r)));
    println!(
        "aggregator throughput: slowest tenth {lo:.0}/s, fastest {hi:.0}/s (spread {:.0} %)",
        100.0 * (hi - lo) / hi
    );
    p.wait_idle(Duration::from_secs(600)).await;
    let agg = pid(&p, "aggregator");
    let rss = memory(agg, "VmRSS:");
    println!(
        "peak memory: normalizer {} MB, aggregator {} MB; aggregator now {} MB, {:.0} bytes per held event",
        memory(pid(&p, "normalizer"), "VmHWM:") >> 20,
        memory(agg, "VmHWM:") >> 20,
        rss >> 20,
        rss as f64 / events as f64
    );
    // A clean stop leaves a snapshot of everything; the restart loads it.
    for s in p.services.iter_mut().filter(|s| s.name() == "aggregator") {
        assert!(s.stop(Duration::from_secs(120)), "aggregator stops");
    }
    let log = p.log("aggregator");
    println!(
        "snapshot: {} MB written in {} ms",
        last_logged(&log, "Snapshot taken.", "bytes").unwrap_or(0) >> 20,
        last_logged(&log, "Snapshot taken.", "millis").unwrap_or(0)
    );
    p.services.retain(|s| s.name() != "aggregator");
    let restarted = Instant::now();
    p.start_service("aggregator", &agg_env);
    ready(&agg_ops, Duration::from_secs(600)).await;
    let took = restarted.elapsed();
    // The restarted process's own line: it loaded a snapshot.
    let mut loaded = None;
    for _ in 0..100 {
        let log = p.log("aggregator");
        if last_logged(&log, "Aggregator state loaded.", "snapshot_seq").unwrap_or(0) > 0 {
            loaded = Some(log);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let log = loaded.expect("the restarted aggregator loads its snapshot");
    println!(
        "aggregator restart to ready with the full history: {:.2} s (snapshot of {} events \
         loaded and {} messages replayed in {} ms)",
        took.as_secs_f64(),
        last_logged(&log, "Aggregator state loaded.", "events").unwrap_or(0),
        last_logged(&log, "Aggregator state loaded.", "replayed").unwrap_or(0),
        last_logged(&log, "Aggregator state loaded.", "millis").unwrap_or(0)
    );
    let gateway_ops = format!("127.0.0.1:{}", common::free_port());
    p.start_service("gateway", &[("GATEWAY_ADDR", gateway_ops.clone())]);
    let took = ready(&gateway_ops, Duration::from_secs(600)).await;
    println!("gateway start-up: {:.2} s", took.as_secs_f64());
    let waited = Instant::now();
    loop {
        let got = p.stats_bytes().await;
        if got == want {
            break;
        }
        if waited.elapsed() > Duration::from_secs(120) {
            let differ: Vec<&String> = want
                .keys()
                .filter(|cc| got.get(*cc) != want.get(*cc))
                .collect();
            let show = |b: &[u8]| {
                let s = seizure_proto::v1::CountryStats::decode(b).unwrap();
                format!(
                    "as_of {} events {} incidents {} bulletins {} set_aside {}",
                    s.as_of, s.events, s.incidents, s.bulletins, s.set_aside
                )
            };
            if let Some(cc) = differ.first() {
                println!(
                    "{cc}: got {}",
                    got.get(*cc).map(|b| show(b)).unwrap_or_default()
                );
                println!("{cc}: want {}", show(&want[*cc]));
            }
            panic!("statistics differ from the pure core's for {differ:?}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    println!(
        "final statistics equal the pure core's for all {} countries",
        want.len()
    );
}
