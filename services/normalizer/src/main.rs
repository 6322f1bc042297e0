//! The normalizer process: command line and environment, then [`normalizer::run`].

use std::net::SocketAddr;

use clap::Parser;
use seizure_bus::runtime::{self, Shutdown};

/// Extracts seizure events from bulletins on NATS JetStream.
#[derive(Parser, Debug)]
#[command(name = "normalizer", version)]
struct Args {
    /// NATS server URL.
    #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
    nats_url: String,
    /// Bulletins fetched per batch.
    #[arg(long, env = "NORMALIZER_BATCH", default_value_t = 16)]
    batch: usize,
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
        let client = seizure_bus::topology::connect(&args.nats_url, "normalizer-health").await?;
        tokio::spawn(runtime::serve_health(addr, client, shutdown.clone()));
    }
    normalizer::run(normalizer::Config { nats_url: args.nats_url, batch: args.batch.max(1) }, shutdown).await
}
