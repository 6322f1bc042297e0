//! The aggregator process: settings from flags and environment, then [`aggregator::run`].

use std::time::Duration;

use clap::Parser;
use seizure_bus::runtime::RuntimeArgs;
use seizure_window::{Clock, IncidentRule};

/// Keeps rolling per-country seizure statistics from the events on NATS JetStream.
#[derive(Parser, Debug)]
#[command(name = "aggregator", version)]
struct Args {
    #[command(flatten)]
    runtime: RuntimeArgs,
    /// "wall": windows end today (live); "event": they end on the newest event date (replay).
    #[arg(long, env = "AGGREGATOR_CLOCK", default_value = "wall")]
    clock: Clock,
    /// Events fetched per batch.
    #[arg(long, env = "AGGREGATOR_BATCH", default_value_t = 256)]
    batch: usize,
    /// Events dated more than this many days ago are set aside (counted apart, not summed),
    /// and older details are folded into the monthly archive. At least 366, so that every
    /// window but "all" lies within it.
    #[arg(long, env = "AGGREGATOR_HORIZON_DAYS", default_value_t = 3650,
          value_parser = clap::value_parser!(u64).range(366..))]
    horizon_days: u64,
    /// Whether reports of one seizure by several sources are counted as one incident.
    #[arg(long, env = "AGGREGATOR_INCIDENT_MATCHING", default_value_t = true,
          action = clap::ArgAction::Set)]
    incident_matching: bool,
    /// Largest relative difference between the amounts of two reports of one incident.
    #[arg(long, env = "AGGREGATOR_INCIDENT_TOLERANCE", default_value_t = 0.05)]
    incident_tolerance: f64,
    /// Largest number of days between the dates of two reports of one incident.
    #[arg(long, env = "AGGREGATOR_INCIDENT_DAYS", default_value_t = 3)]
    incident_days: u32,
    /// Whether two reports sharing a source address match whatever their dates.
    #[arg(long, env = "AGGREGATOR_INCIDENT_BY_SOURCE", default_value_t = true,
          action = clap::ArgAction::Set)]
    incident_by_source: bool,
    /// Seconds between re-evaluations of every country's windows.
    #[arg(long, env = "AGGREGATOR_TICK_SECS", default_value_t = 60)]
    tick_secs: u64,
    /// Seconds between snapshots of the state while messages arrive (a restart replays the
    /// EVENTS stream from the last one).
    #[arg(long, env = "AGGREGATOR_SNAPSHOT_SECS", default_value_t = 30)]
    snapshot_secs: u64,
    /// Messages after which a snapshot is taken sooner (or half the events held, if more).
    #[arg(long, env = "AGGREGATOR_SNAPSHOT_MESSAGES", default_value_t = 100_000)]
    snapshot_messages: u64,
    /// Name of this aggregator's partition, when the countries are split among several
    /// aggregators (with AGGREGATOR_COUNTRIES); unset: one aggregator for every country.
    #[arg(long, env = "AGGREGATOR_PARTITION", requires = "countries")]
    partition: Option<String>,
    /// The countries of this partition, comma-separated ISO alpha-2 codes (ZZ: no single
    /// country).
    #[arg(
        long,
        env = "AGGREGATOR_COUNTRIES",
        requires = "partition",
        value_delimiter = ','
    )]
    countries: Vec<String>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let partition = match args.partition {
        Some(name) => Some(
            aggregator::Partition::new(name, &args.countries).map_err(|e| {
                anyhow::anyhow!("AGGREGATOR_COUNTRIES (e.g. KZ,KG,TJ) of AGGREGATOR_PARTITION: {e}")
            })?,
        ),
        None => None,
    };
    let shutdown = args.runtime.start(aggregator::SERVICE).await?;
    let cfg = aggregator::Config {
        nats_url: args.runtime.nats(),
        clock: args.clock,
        batch: args.batch.max(1),
        tick: Duration::from_secs(args.tick_secs.max(1)),
        snapshot_interval: Duration::from_secs(args.snapshot_secs.max(1)),
        snapshot_every: args.snapshot_messages.max(1),
        horizon_days: args.horizon_days,
        incidents: IncidentRule {
            enabled: args.incident_matching,
            amount_tolerance: args.incident_tolerance.clamp(0.0, 1.0),
            max_days_apart: args.incident_days,
            by_source_url: args.incident_by_source,
        },
        partition,
    };
    aggregator::run(cfg, shutdown).await
}
