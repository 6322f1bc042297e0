//! The aggregator process: command line and environment, then [`aggregator::run`].

use std::net::SocketAddr;
use std::time::Duration;

use clap::Parser;
use seizure_bus::runtime::{self, Shutdown};
use seizure_window::Clock;

/// Keeps rolling per-country seizure statistics from the events on NATS JetStream.
#[derive(Parser, Debug)]
#[command(name = "aggregator", version)]
struct Args {
    /// NATS server URL.
    #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
    nats_url: String,
    /// "wall": windows end today (live); "event": they end on the newest event date (replay).
    #[arg(long, env = "AGGREGATOR_CLOCK", default_value = "wall")]
    clock: Clock,
    /// Events fetched per batch (one checkpoint per batch).
    #[arg(long, env = "AGGREGATOR_BATCH", default_value_t = 256)]
    batch: usize,
    /// Seconds between re-evaluations of every country's windows.
    #[arg(long, env = "AGGREGATOR_TICK_SECS", default_value_t = 60)]
    tick_secs: u64,
    /// Address of the health endpoint (GET /healthz); none when unset.
    #[arg(long, env = "HEALTH_ADDR")]
    health_addr: Option<SocketAddr>,
    /// Check the health endpoint at --health-addr and exit 0 (healthy) or 1.
    #[arg(long)]
    health_check: bool,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.health_check {
        let addr = args.health_addr.ok_or_else(|| anyhow::anyhow!("--health-check needs --health-addr or HEALTH_ADDR"))?;
        std::process::exit(if runtime::check_health(addr) { 0 } else { 1 });
    }
    runtime::init_tracing();
    let shutdown = Shutdown::on_signals();
    if let Some(addr) = args.health_addr {
        let client = seizure_bus::topology::connect(&args.nats_url, "aggregator-health").await?;
        tokio::spawn(runtime::serve_health(addr, client, shutdown.clone()));
    }
    let cfg = aggregator::Config {
        nats_url: args.nats_url,
        clock: args.clock,
        batch: args.batch.max(1),
        tick: Duration::from_secs(args.tick_secs.max(1)),
    };
    aggregator::run(cfg, shutdown).await
}
