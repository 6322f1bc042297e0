//! Speed of the statistics core: events applied per second, and the cost of computing every
//! country's figures and of a snapshot, next to a baseline measured in the same run: inserting
//! the same contributions into a plain map keyed by event id (the least an idempotent store
//! must do).
//!
//! `cargo bench -p seizure-window` prints criterion's medians; the summary lines compare them.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use seizure_window::{Clock, Contribution, IncidentRule, StatsBook};

const N: usize = 10_000;
const COUNTRIES: &[&str] = &[
    "AF", "AZ", "IR", "KG", "KZ", "PK", "RU", "TJ", "TM", "UZ", "CN", "TR", "GE", "AM", "BY", "UA",
    "MN", "IN", "AE", "ZZ",
];
const DRUGS: &[&str] = &[
    "heroin",
    "hashish",
    "opium",
    "cannabis",
    "cocaine",
    "methamphetamine",
    "other:mdma",
    "narcotic_drugs",
    "psychotropic_substances",
    "synthetic_drugs",
];
const KINDS: &[&str] = &[
    "seizure",
    "seizure",
    "seizure",
    "destruction",
    "period_total",
];

/// A deterministic stream of contributions: about one in five is a second report of an
/// earlier seizure (another bulletin, the next day, nearly the same amount).
fn contributions(n: usize) -> Vec<Contribution> {
    let mut x: u64 = 42;
    let mut next = |m: u64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % m
    };
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let mut out: Vec<Contribution> = Vec::with_capacity(n);
    for i in 0..n {
        let c = if i > 0 && next(5) == 0 {
            let mut again = out[next(i as u64) as usize].clone();
            again.bulletin_id = format!("b{}", i / 8 + 100_000);
            again.day = again.day + Days::new(1);
            again.amount *= 1.01;
            again
        } else {
            Contribution {
                event_id: String::new(),
                bulletin_id: format!("b{}", i / 8),
                country: COUNTRIES[next(COUNTRIES.len() as u64) as usize].into(),
                kind: KINDS[next(KINDS.len() as u64) as usize].into(),
                drug: DRUGS[next(DRUGS.len() as u64) as usize].into(),
                unit: "kg".into(),
                amount: (1 + next(1_000_000)) as f64 / 1000.0,
                lower_bound: next(10) == 0,
                day: start + Days::new(next(700)),
                day_is_fallback: next(10) == 0,
                parent_event_id: None,
                source_url: format!("https://src.example/{}", i / 8),
            }
        };
        out.push(Contribution {
            event_id: format!("{i:016x}"),
            ..c
        });
    }
    out
}

fn median_secs(mut f: impl FnMut(), rounds: usize) -> f64 {
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[rounds / 2]
}

fn bench(c: &mut Criterion) {
    let events = contributions(N);
    let rule = IncidentRule::default();
    let apply_all = || {
        let mut book = StatsBook::default();
        for e in &events {
            book.apply(black_box(e.clone()));
        }
        book
    };
    let baseline = || {
        let mut map: BTreeMap<String, Contribution> = BTreeMap::new();
        for e in &events {
            map.insert(e.event_id.clone(), black_box(e.clone()));
        }
        map
    };
    let book = apply_all();
    let as_of = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let figures_all = || {
        for cc in book.countries() {
            black_box(book.country_figures(&cc, as_of, Clock::Wall, &rule));
        }
    };
    let snapshot_of = |book: &StatsBook| {
        let mut bytes = Vec::new();
        ciborium::into_writer(book, &mut bytes).unwrap();
        bytes
    };
    let checkpoint = || black_box(snapshot_of(&book));
    let snapshot = snapshot_of(&book);
    let restore = || black_box(ciborium::from_reader::<StatsBook, _>(snapshot.as_slice()).unwrap());

    let mut g = c.benchmark_group("window_core");
    g.throughput(Throughput::Elements(N as u64));
    g.bench_function("apply_10k_events", |b| b.iter(apply_all));
    g.bench_function("baseline_map_insert_10k", |b| b.iter(baseline));
    g.bench_function("figures_all_countries_10k", |b| b.iter(figures_all));
    g.bench_function("snapshot_cbor_10k", |b| b.iter(checkpoint));
    g.finish();

    let a = median_secs(|| drop(apply_all()), 31);
    let m = median_secs(|| drop(baseline()), 31);
    let f = median_secs(figures_all, 31);
    let j = median_secs(|| drop(checkpoint()), 31);
    let r = median_secs(|| drop(restore()), 31);
    let bytes = snapshot.len();
    let mut archived = book.clone();
    archived.archive_before(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), &rule);
    let archived_bytes = snapshot_of(&archived).len();
    println!(
        "window core, {N} events: apply median {:.2} ms = {:.0} events/s; baseline map insert {:.0} events/s; apply/baseline time ratio {:.2}",
        a * 1e3,
        N as f64 / a,
        N as f64 / m,
        a / m
    );
    println!(
        "figures of all {} countries {:.2} ms; snapshot (CBOR) written in {:.2} ms, read in {:.2} ms, {} bytes ({:.0} bytes/event); after archiving 2025: {} bytes, {} events in detail",
        book.countries().len(),
        f * 1e3,
        j * 1e3,
        r * 1e3,
        bytes,
        bytes as f64 / N as f64,
        archived_bytes,
        archived.len()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
