//! The ingester process: settings from flags and environment, then [`ingester::run`]. Run as
//! `ingester pdf-text`, it is the isolated PDF worker instead (PDF on stdin, text on stdout).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;
use ingester::sources::{feeds::FeedConfig, http::HttpConfig};
use seizure_bus::runtime::RuntimeArgs;

/// Ingests bulletins from a drop folder, an HTTP endpoint and RSS/Atom feeds, and publishes them
/// to NATS JetStream.
#[derive(Parser, Debug)]
#[command(name = "ingester", version)]
struct Args {
    #[command(flatten)]
    runtime: RuntimeArgs,
    /// Drop folder: files put here are ingested once, then moved to done/ or failed/.
    #[arg(long, env = "INGEST_DIR", default_value = "./inbox")]
    inbox: PathBuf,
    /// Source name recorded on bulletins from the drop folder (and the last subject token).
    #[arg(long, env = "INGEST_SOURCE", default_value = "file")]
    source: String,
    /// How often the drop folder is scanned, in milliseconds.
    #[arg(long, env = "INGEST_POLL_MS", default_value_t = 1000)]
    poll_ms: u64,
    /// Address of the HTTP endpoint `POST /v1/bulletins`; off when empty.
    #[arg(long, env = "INGEST_HTTP_ADDR", default_value = "")]
    http_addr: String,
    /// Bearer token the HTTP endpoint requires; none when empty.
    #[arg(
        long,
        env = "INGEST_HTTP_TOKEN",
        default_value = "",
        hide_env_values = true
    )]
    http_token: String,
    /// Largest HTTP request body, in bytes.
    #[arg(long, env = "INGEST_MAX_BODY_BYTES", default_value_t = 32 * 1024 * 1024)]
    max_body_bytes: usize,
    /// HTTP connections served at once; more wait to be accepted.
    #[arg(long, env = "INGEST_HTTP_MAX_CONNECTIONS", default_value_t = 256)]
    http_max_connections: usize,
    /// Seconds a client has to send a request's headers.
    #[arg(long, env = "INGEST_HTTP_HEADER_TIMEOUT_SECS", default_value_t = 10)]
    http_header_timeout_secs: u64,
    /// Seconds a client has to send a request's body.
    #[arg(long, env = "INGEST_HTTP_BODY_TIMEOUT_SECS", default_value_t = 60)]
    http_body_timeout_secs: u64,
    /// Uploads read and processed at once (each may hold up to the largest body in memory).
    #[arg(long, env = "INGEST_HTTP_MAX_UPLOADS", default_value_t = 4)]
    http_max_uploads: usize,
    /// RSS/Atom feed URLs to poll, comma-separated.
    #[arg(long, env = "INGEST_FEEDS", default_value = "", value_delimiter = ',')]
    feeds: Vec<String>,
    /// Hosts (or host:port) that may be fetched besides the feeds' own, comma-separated.
    #[arg(
        long,
        env = "INGEST_FEED_HOSTS",
        default_value = "",
        value_delimiter = ','
    )]
    feed_hosts: Vec<String>,
    /// Seconds between polls of each feed.
    #[arg(long, env = "INGEST_FEED_INTERVAL_SECS", default_value_t = 300)]
    feed_interval_secs: u64,
    /// Timeout of each feed or page request, in seconds.
    #[arg(long, env = "INGEST_FETCH_TIMEOUT_SECS", default_value_t = 20)]
    fetch_timeout_secs: u64,
    /// Time limit of the PDF reader per file, in seconds.
    #[arg(long, env = "INGEST_PDF_TIMEOUT_SECS", default_value_t = 30)]
    pdf_timeout_secs: u64,
    /// Memory cap of the PDF reader's process, in MB (0: none); a file that needs more is
    /// rejected.
    #[arg(long, env = "INGEST_PDF_MEMORY_MB", default_value_t = ingester::document::pdf::DEFAULT_MEMORY_LIMIT_MB)]
    pdf_memory_mb: u64,
}

fn main() -> anyhow::Result<std::process::ExitCode> {
    if std::env::args().nth(1).as_deref() == Some(ingester::document::pdf::WORKER_SUBCOMMAND) {
        return Ok(ingester::document::pdf::worker_main());
    }
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(service())?;
    Ok(std::process::ExitCode::SUCCESS)
}

async fn service() -> anyhow::Result<()> {
    let args = Args::parse();
    let shutdown = args.runtime.start(ingester::SERVICE).await?;
    let http = if args.http_addr.trim().is_empty() {
        None
    } else {
        Some(HttpConfig {
            addr: args.http_addr.trim().parse::<SocketAddr>()?,
            token: Some(args.http_token.clone()).filter(|t| !t.is_empty()),
            max_body_bytes: args.max_body_bytes,
            limits: ingester::sources::http::Limits {
                max_connections: args.http_max_connections.max(1),
                header_timeout: Duration::from_secs(args.http_header_timeout_secs.max(1)),
                body_timeout: Duration::from_secs(args.http_body_timeout_secs.max(1)),
                max_uploads: args.http_max_uploads.max(1),
            },
        })
    };
    let clean = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let feeds = clean(&args.feeds);
    let cfg = ingester::Config {
        nats_url: args.runtime.nats(),
        inbox: args.inbox,
        source: args.source,
        poll_interval: Duration::from_millis(args.poll_ms.max(10)),
        http,
        feeds: (!feeds.is_empty()).then(|| FeedConfig {
            feeds,
            extra_hosts: clean(&args.feed_hosts),
            interval: Duration::from_secs(args.feed_interval_secs.max(1)),
            timeout: Duration::from_secs(args.fetch_timeout_secs.max(1)),
        }),
        pdf: ingester::PdfReader::current_exe(Duration::from_secs(args.pdf_timeout_secs.max(1)))?
            .with_memory_limit_mb(args.pdf_memory_mb),
    };
    ingester::run(cfg, shutdown).await
}
