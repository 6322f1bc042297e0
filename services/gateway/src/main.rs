//! The gateway process: settings from flags and environment, then [`gateway::run`].

use std::net::SocketAddr;
use std::time::Duration;

use clap::Parser;
use seizure_bus::runtime::RuntimeArgs;

/// Serves the pipeline's statistics: JSON API, live stream, metrics and the web dashboard.
#[derive(Parser, Debug)]
#[command(name = "gateway", version)]
struct Args {
    #[command(flatten)]
    runtime: RuntimeArgs,
    /// Address of the HTTP API and dashboard (also /healthz, /readyz, /metrics).
    #[arg(long, env = "GATEWAY_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Recent events kept in memory for /v1/events.
    #[arg(long, env = "GATEWAY_EVENTS_KEPT", default_value_t = 10_000)]
    events_kept: usize,
    /// Seconds between readings of consumer backlogs and stream sizes for /metrics.
    #[arg(long, env = "GATEWAY_POLL_SECS", default_value_t = 10)]
    poll_secs: u64,
    /// Reviewers who may post corrections, `name:token,name:token` (tokens of at least 16
    /// characters, sent as `Authorization: Bearer <token>`). Empty: corrections are refused.
    #[arg(
        long,
        env = "GATEWAY_REVIEWERS",
        default_value = "",
        hide_env_values = true
    )]
    reviewers: String,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let reviewers = gateway::review::Reviewers::parse(&args.reviewers)
        .map_err(|e| anyhow::anyhow!("GATEWAY_REVIEWERS: {e}"))?;
    let shutdown = args
        .runtime
        .start_serving_ops_at(gateway::SERVICE, args.addr)
        .await?;
    gateway::run(
        gateway::Config {
            nats_url: args.runtime.nats(),
            addr: args.addr,
            events_kept: args.events_kept.max(1),
            poll: Duration::from_secs(args.poll_secs.max(1)),
            reviewers,
        },
        shutdown,
    )
    .await
}
