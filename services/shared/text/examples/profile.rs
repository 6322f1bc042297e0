//! Runs the extractor over the seed corpus many times, for profilers (callgrind, perf).
fn main() {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/seeds");
    let docs: Vec<String> = [
        "000_6dafeabee5123793",
        "001_8f96f0c42b4d8625",
        "002_47f95a5e802b696b",
        "003_03a438e96c9986e7",
        "004_805b2a3c5ffcaa04",
    ]
    .iter()
    .map(|d| std::fs::read_to_string(dir.join(format!("{d}.txt"))).unwrap())
    .collect();
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let mut n = 0;
    for _ in 0..rounds {
        for d in &docs {
            n += seizure_text::extract(d, &Default::default()).events.len();
        }
    }
    println!("{n} events");
}
