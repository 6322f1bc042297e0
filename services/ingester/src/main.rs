//! The ingester process: settings from flags and environment, then [`ingester::run`].

use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;
use seizure_bus::runtime::RuntimeArgs;

/// Ingests bulletin files dropped into a folder and publishes them to NATS JetStream.
#[derive(Parser, Debug)]
#[command(name = "ingester", version)]
struct Args {
    #[command(flatten)]
    runtime: RuntimeArgs,
    /// Drop folder: files put here are ingested once, then moved to done/ or failed/.
    #[arg(long, env = "INGEST_DIR", default_value = "./inbox")]
    inbox: PathBuf,
    /// Source name recorded on the bulletins (and the last subject token).
    #[arg(long, env = "INGEST_SOURCE", default_value = "file")]
    source: String,
    /// How often the drop folder is scanned, in milliseconds.
    #[arg(long, env = "INGEST_POLL_MS", default_value_t = 1000)]
    poll_ms: u64,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let shutdown = args.runtime.start(ingester::SERVICE).await?;
    let cfg = ingester::Config {
        nats_url: args.runtime.nats_url,
        inbox: args.inbox,
        source: args.source,
        poll_interval: Duration::from_millis(args.poll_ms.max(10)),
    };
    ingester::run(cfg, shutdown).await
}
