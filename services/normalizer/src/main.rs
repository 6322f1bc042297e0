//! The normalizer process: settings from flags and environment, then [`normalizer::run`].

use clap::Parser;
use seizure_bus::runtime::RuntimeArgs;

/// Extracts seizure events from bulletins on NATS JetStream.
#[derive(Parser, Debug)]
#[command(name = "normalizer", version)]
struct Args {
    #[command(flatten)]
    runtime: RuntimeArgs,
    /// Bulletins fetched per batch.
    #[arg(long, env = "NORMALIZER_BATCH", default_value_t = 64)]
    batch: usize,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let shutdown = args.runtime.start(normalizer::SERVICE).await?;
    normalizer::run(
        normalizer::Config {
            nats_url: args.runtime.nats(),
            batch: args.batch.max(1),
        },
        shutdown,
    )
    .await
}
