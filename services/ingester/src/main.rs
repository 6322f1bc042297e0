//! The ingester process: command line and environment, then [`ingester::run`].

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;
use seizure_bus::runtime::{self, Shutdown};

/// Ingests bulletin files dropped into a folder and publishes them to NATS JetStream.
#[derive(Parser, Debug)]
#[command(name = "ingester", version)]
struct Args {
    /// NATS server URL.
    #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
    nats_url: String,
    /// Drop folder: files put here are ingested once, then moved to done/ or failed/.
    #[arg(long, env = "INGEST_DIR", default_value = "./inbox")]
    inbox: PathBuf,
    /// Source name recorded on the bulletins (and the last subject token).
    #[arg(long, env = "INGEST_SOURCE", default_value = "file")]
    source: String,
    /// How often the drop folder is scanned, in milliseconds.
    #[arg(long, env = "INGEST_POLL_MS", default_value_t = 1000)]
    poll_ms: u64,
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
        let client = seizure_bus::topology::connect(&args.nats_url, "ingester-health").await?;
        tokio::spawn(runtime::serve_health(addr, client, shutdown.clone()));
    }
    let cfg = ingester::Config {
        nats_url: args.nats_url,
        inbox: args.inbox,
        source: args.source,
        poll_interval: Duration::from_millis(args.poll_ms),
    };
    ingester::run(cfg, shutdown).await
}
