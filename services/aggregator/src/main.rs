//! The aggregator process: settings from flags and environment, then [`aggregator::run`].

use std::time::Duration;

use clap::Parser;
use seizure_bus::runtime::RuntimeArgs;
use seizure_window::Clock;

/// Keeps rolling per-country seizure statistics from the events on NATS JetStream.
#[derive(Parser, Debug)]
#[command(name = "aggregator", version)]
struct Args {
    #[command(flatten)]
    runtime: RuntimeArgs,
    /// "wall": windows end today (live); "event": they end on the newest event date (replay).
    #[arg(long, env = "AGGREGATOR_CLOCK", default_value = "wall")]
    clock: Clock,
    /// Events fetched per batch (one checkpoint per batch).
    #[arg(long, env = "AGGREGATOR_BATCH", default_value_t = 256)]
    batch: usize,
    /// Events dated more than this many days ago are set aside (counted apart, not summed).
    #[arg(long, env = "AGGREGATOR_HORIZON_DAYS", default_value_t = 3650)]
    horizon_days: u64,
    /// Seconds between re-evaluations of every country's windows.
    #[arg(long, env = "AGGREGATOR_TICK_SECS", default_value_t = 60)]
    tick_secs: u64,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let shutdown = args.runtime.start(aggregator::SERVICE).await?;
    let cfg = aggregator::Config {
        nats_url: args.runtime.nats_url,
        clock: args.clock,
        batch: args.batch.max(1),
        tick: Duration::from_secs(args.tick_secs.max(1)),
        horizon_days: args.horizon_days,
    };
    aggregator::run(cfg, shutdown).await
}
