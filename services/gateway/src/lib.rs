//! The gateway: what dashboards and operators talk to. It reads the pipeline's results from
//! NATS (the only thing it publishes is reviewers' corrections) and serves them over HTTP: a JSON API, a live stream of
//! statistics as Server-Sent Events, Prometheus metrics, and the web dashboard.
//!
//! # Layout
//! - [`board`]: the pure core: latest statistics, backlog figures, and their JSON and
//!   Prometheus renderings.
//! - [`recent`]: the recent events as the API shows them, corrections applied.
//! - [`follow`]: the NATS side: the `country_stats` watch, an ordered consumer on EVENTS, and
//!   a poller of consumer backlogs and stream sizes.
//! - [`http`]: the axum routes.
//! - [`review`]: reviewers' corrections: who may correct, the `Correction` a request makes.
//! - [`assets`]: the dashboard's files, compiled in.
//! - [`export`]: events and statistics as CSV (`/v1/events.csv`, `/v1/stats.csv`).

pub mod assets;
pub mod board;
pub mod export;
pub mod follow;
pub mod http;
pub mod recent;
pub mod review;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use seizure_bus::runtime::{self, Shutdown};
use seizure_bus::topology;
use tokio::sync::{RwLock, broadcast};

pub const SERVICE: &str = "gateway";

#[derive(Debug, Clone)]
pub struct Config {
    pub nats_url: String,
    pub addr: SocketAddr,
    /// Events kept for `/v1/events`.
    pub events_kept: usize,
    /// How often backlogs and stream sizes are read for `/metrics`.
    pub poll: Duration,
    /// Who may post corrections (none: corrections are refused).
    pub reviewers: review::Reviewers,
}

/// Runs the gateway until shutdown.
pub async fn run(cfg: Config, shutdown: Shutdown) -> anyhow::Result<()> {
    let client = topology::connect(&cfg.nats_url, SERVICE).await?;
    let js = seizure_bus::async_nats::jetstream::new(client.clone());
    let board = Arc::new(RwLock::new(board::Board::new(cfg.events_kept)));
    let (updates, _) = broadcast::channel(1024);
    // Each feed says when it runs (again, after a restart: the extra signals are dropped).
    let (stats_started, mut stats_started_rx) = tokio::sync::mpsc::channel(1);
    let (events_started, mut events_started_rx) = tokio::sync::mpsc::channel(1);
    let mut tasks = tokio::task::JoinSet::new();
    tasks.spawn(follow::watch_stats(
        js.clone(),
        board.clone(),
        updates.clone(),
        shutdown.clone(),
        stats_started,
    ));
    // Events and their bulletins' digests interleave: four messages per event kept is ample.
    let look_back = 4 * cfg.events_kept as u64;
    tasks.spawn(follow::follow_events(
        js.clone(),
        look_back,
        board.clone(),
        updates.clone(),
        shutdown.clone(),
        events_started,
    ));
    tasks.spawn(follow::poll_pipeline(
        js.clone(),
        board.clone(),
        cfg.poll,
        shutdown.clone(),
    ));
    tasks.spawn(async move {
        // Ready once both the statistics watch and the events consumer are running.
        if stats_started_rx.recv().await.is_some() && events_started_rx.recv().await.is_some() {
            runtime::set_ready(true);
        }
    });
    let listener = tokio::net::TcpListener::bind(cfg.addr).await?;
    tracing::info!(message = "Gateway listening.", addr = %listener.local_addr()?);
    let app = http::router(http::AppState {
        board,
        updates,
        client,
        js,
        reviewers: Arc::new(cfg.reviewers.clone()),
    });
    let mut s = shutdown.clone();
    axum::serve(listener, app)
        .with_graceful_shutdown(async move { s.wait().await })
        .await?;
    tasks.abort_all();
    tracing::info!(message = "Gateway stopped.");
    Ok(())
}
