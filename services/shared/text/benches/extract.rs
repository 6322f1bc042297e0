//! Throughput of the extraction core on the seed corpus (MB/s per core), next to a baseline
//! measured in the same run: tokenizing the same text, the least any extractor must do.
//!
//! `cargo bench -p seizure-text` prints criterion's medians with throughput; the ratio line
//! compares the two medians.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
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
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let ctx = seizure_text::Context::default();
    let extract_all = || {
        for d in &docs {
            black_box(seizure_text::extract(black_box(d), &ctx));
        }
    };
    let mut toks = seizure_text::fold::Tokens::default();
    let mut tokenize_all = || {
        for d in &docs {
            toks.read(black_box(d), 0, d.len());
            black_box(toks.len());
        }
    };
    let mut g = c.benchmark_group("seed_corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("extract", |b| b.iter(extract_all));
    g.bench_function("tokenize_baseline", |b| b.iter(&mut tokenize_all));
    g.finish();

    // The figures the project tracks, from medians of the same run.
    let e = median_secs(extract_all, 101);
    let t = median_secs(&mut tokenize_all, 101);
    let mb = bytes as f64 / 1e6;
    println!(
        "seed corpus {bytes} bytes: extract median {:.3} ms = {:.1} MB/s; tokenize baseline {:.1} MB/s; extract/baseline time ratio {:.2}",
        e * 1e3,
        mb / e,
        mb / t,
        e / t
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
