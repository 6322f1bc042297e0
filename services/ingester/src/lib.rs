//! The ingester: every way a bulletin arrives becomes one `Bulletin` message on
//! `bulletins.raw.<source>`, or one `dlq.ingester` record saying why not.
//!
//! Sources → one sink, after Vector's layout:
//! - [`sources::folder`]: the watched drop folder (`done/`, `failed/` + sidecar);
//! - [`sources::http`]: `POST /v1/bulletins` (raw body or multipart), size limit, bearer token;
//! - [`sources::feeds`]: RSS/Atom polling with conditional requests and GUID memory;
//! - `seizurectl ingest` calls [`sources::folder::ingest_file`] directly.
//!
//! Each builds a [`document::Submission`]; [`document::prepare`] (pure apart from the isolated
//! PDF worker) turns it into clean text with its metadata and identity; [`sink::Ingester`]
//! keeps the original in the object store, publishes, and answers ingested / duplicate /
//! rejected.

pub mod document;
pub mod sink;
pub mod sources;

use std::path::PathBuf;
use std::time::Duration;

use async_nats::jetstream;
use seizure_bus::async_nats;
use seizure_bus::runtime::Shutdown;
use seizure_bus::topology;

pub use document::{IngestError, Submission, normalise, pdf::PdfReader, sha256_hex};
pub use sink::{Ingester, Outcome};

pub const SERVICE: &str = "ingester";

/// Settings of the ingester service.
#[derive(Clone, Debug)]
pub struct Config {
    pub nats_url: String,
    /// The drop folder: files put here are ingested once, then moved.
    pub inbox: PathBuf,
    /// Source name of files from the drop folder.
    pub source: String,
    pub poll_interval: Duration,
    /// The HTTP endpoint, when enabled.
    pub http: Option<sources::http::HttpConfig>,
    /// Feed polling, when feeds are configured.
    pub feeds: Option<sources::feeds::FeedConfig>,
    pub pdf: PdfReader,
}

/// Runs the ingester's sources until shutdown.
pub async fn run(cfg: Config, shutdown: Shutdown) -> anyhow::Result<()> {
    let client = topology::connect(&cfg.nats_url, SERVICE).await?;
    let js = jetstream::new(client);
    let ing = Ingester::new(js, cfg.pdf.clone()).await?;
    let mut tasks = tokio::task::JoinSet::new();
    if let Some(http) = &cfg.http {
        let listener = tokio::net::TcpListener::bind(http.addr).await?;
        tracing::info!(message = "Ingest endpoint listening.", addr = %listener.local_addr()?);
        let router = sources::http::router(ing.clone(), http);
        let s = shutdown.clone();
        let limits = http.limits.clone();
        tasks.spawn(async move {
            if let Err(error) = sources::http::serve(listener, router, &limits, s).await {
                tracing::error!(message = "Ingest endpoint failed.", %error);
            }
        });
    }
    if let Some(feeds) = cfg.feeds.clone().filter(|f| !f.feeds.is_empty()) {
        let poller = sources::feeds::FeedPoller::new(ing.clone(), feeds).await?;
        tasks.spawn(poller.run(shutdown.clone()));
    }
    std::fs::create_dir_all(&cfg.inbox)?;
    tracing::info!(message = "Ingester watching its inbox.", inbox = %cfg.inbox.display());
    seizure_bus::runtime::set_ready(true);
    let mut s = shutdown.clone();
    loop {
        // A drop folder the ingester cannot read or move files out of (its owner or mode, say)
        // is reported once, on the log and `/readyz`, until a scan works again.
        let scanned = sources::folder::scan(&ing, &cfg.inbox, &cfg.source).await;
        seizure_bus::runtime::set_stalled(
            SERVICE,
            "inbox",
            scanned
                .err()
                .map(|error| format!("inbox {} cannot be scanned: {error}", cfg.inbox.display())),
        );
        tokio::select! {
            _ = s.wait() => break,
            _ = tokio::time::sleep(cfg.poll_interval) => {}
        }
    }
    while tasks.join_next().await.is_some() {}
    tracing::info!(message = "Ingester stopped.");
    Ok(())
}
