//! What every service process needs around its work: shared settings ([`RuntimeArgs`]), logs
//! (JSON when `LOG_FORMAT=json`), a shutdown signal on SIGTERM or Ctrl-C, and the operations
//! endpoint at `HEALTH_ADDR`: `GET /healthz` (200 while NATS is connected: liveness), `GET
//! /readyz` (200 once the service is also doing its work, see [`set_ready`]; what compose health
//! checks probe, through `--health-check`) and `GET /metrics` (Prometheus, see
//! [`crate::telemetry`]).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::http::StatusCode;
use axum::response::IntoResponse;
use tokio::sync::watch;

/// The settings every service process shares, read from flags or the environment.
#[derive(clap::Args, Debug, Clone)]
pub struct RuntimeArgs {
    /// NATS server URL.
    #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
    pub nats_url: String,
    /// NATS user name (with NATS_PASSWORD), when the server requires one.
    #[arg(long, env = "NATS_USER")]
    pub nats_user: Option<String>,
    /// NATS password of NATS_USER.
    #[arg(long, env = "NATS_PASSWORD", hide_env_values = true)]
    pub nats_password: Option<String>,
    /// Replicas of the streams and buckets this service creates (3 in a three-node cluster).
    #[arg(long, env = "JETSTREAM_REPLICAS", default_value_t = 1,
          value_parser = clap::value_parser!(u8).range(1..=5))]
    pub jetstream_replicas: u8,
    /// Log format: "text" or "json".
    #[arg(long, env = "LOG_FORMAT", default_value = "text")]
    pub log_format: String,
    /// Log filter (tracing EnvFilter syntax), e.g. "info" or "normalizer=debug".
    #[arg(long, env = "RUST_LOG", default_value = "info")]
    pub log_filter: String,
    /// Address of the operations endpoint (GET /healthz, /readyz, /metrics); none when unset.
    #[arg(long, env = "HEALTH_ADDR")]
    pub health_addr: Option<SocketAddr>,
    /// Check the service's readiness (`/readyz` at --health-addr) and exit 0 (healthy) or 1.
    #[arg(long)]
    pub health_check: bool,
}

impl RuntimeArgs {
    /// Starts what every service needs: handles `--health-check` (exits), sets up logs, the
    /// metrics recorder, the shutdown signal and the operations endpoint at `HEALTH_ADDR`.
    pub async fn start(&self, service: &str) -> Result<Shutdown, crate::BusError> {
        self.start_ops(service, self.health_addr, self.health_addr)
            .await
    }

    /// [`RuntimeArgs::start`] for a service that serves `/healthz`, `/readyz` and `/metrics`
    /// itself at `addr` (the gateway, beside its API): `--health-check` asks `addr`, and
    /// `HEALTH_ADDR` is not used.
    pub async fn start_serving_ops_at(
        &self,
        service: &str,
        addr: SocketAddr,
    ) -> Result<Shutdown, crate::BusError> {
        let shutdown = self.start_ops(service, Some(addr), None).await?;
        if self.health_addr.is_some() {
            tracing::warn!(message = "HEALTH_ADDR is not used: the operations endpoint is served at the service's own address.", %addr);
        }
        Ok(shutdown)
    }

    /// Handles `--health-check` by probing `probe`, sets up logs, metrics and the shutdown
    /// signal, and serves the operations endpoint at `serve`.
    async fn start_ops(
        &self,
        service: &str,
        probe: Option<SocketAddr>,
        serve: Option<SocketAddr>,
    ) -> Result<Shutdown, crate::BusError> {
        if self.health_check {
            let healthy = probe.is_some_and(check_health);
            std::process::exit(if healthy { 0 } else { 1 });
        }
        init_tracing(
            &self.log_filter,
            self.log_format.eq_ignore_ascii_case("json"),
        );
        crate::telemetry::install();
        crate::topology::set_replicas(self.jetstream_replicas as usize);
        let shutdown = Shutdown::on_signals();
        if let Some(addr) = serve {
            let client =
                crate::topology::connect(&self.nats(), &format!("{service}-health")).await?;
            let s = shutdown.clone();
            tokio::spawn(async move {
                if let Err(error) = serve_ops(addr, client, s).await {
                    tracing::error!(message = "Operations endpoint failed.", %error);
                }
            });
        }
        Ok(shutdown)
    }

    /// The NATS URL with the credentials of `NATS_USER` / `NATS_PASSWORD` in it (percent-encoded),
    /// as [`crate::topology::connect`] takes them.
    pub fn nats(&self) -> String {
        match &self.nats_user {
            Some(user) if !user.is_empty() => crate::topology::with_credentials(
                &self.nats_url,
                user,
                self.nats_password.as_deref().unwrap_or(""),
            ),
            _ => self.nats_url.clone(),
        }
    }
}

static READY: AtomicBool = AtomicBool::new(false);

/// Marks the service as doing its work (consuming, serving): `/readyz` answers 200 from then on
/// while NATS stays connected.
pub fn set_ready(ready: bool) {
    READY.store(ready, Ordering::Relaxed);
}

/// Why the service cannot make progress, by what is failing (`snapshot`, `publish KZ`, ...).
static STALLED: std::sync::Mutex<BTreeMap<String, String>> = std::sync::Mutex::new(BTreeMap::new());

/// Says `what` fails and the service cannot make progress with it (`Some(reason)`), or that it
/// works again (`None`). `/readyz` answers 503 with the reasons meanwhile, and the
/// `seizure_stalled` gauge is 1. A reason is logged once when it appears or changes, not on
/// every attempt.
pub fn set_stalled(service: &str, what: &str, reason: Option<String>) {
    let mut stalled = STALLED.lock().unwrap_or_else(|p| p.into_inner());
    if stalled.get(what) == reason.as_ref() {
        return;
    }
    match &reason {
        Some(reason) => {
            tracing::error!(
                message = "Stalled: cannot make progress.",
                service,
                what,
                reason
            );
            stalled.insert(what.to_string(), reason.clone());
        }
        None => {
            tracing::info!(message = "Making progress again.", service, what);
            stalled.remove(what);
        }
    }
    crate::telemetry::stalled(service, !stalled.is_empty());
}

/// Why the service is stalled, if it is: every failing part's reason.
pub fn stalled() -> Option<String> {
    let stalled = STALLED.lock().unwrap_or_else(|p| p.into_inner());
    (!stalled.is_empty()).then(|| {
        stalled
            .iter()
            .map(|(what, reason)| format!("{what}: {reason}"))
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// Whether the service said it is ready, is not stalled and `client` is connected.
fn is_ready(client: &async_nats::Client) -> bool {
    READY.load(Ordering::Relaxed) && stalled().is_none() && is_connected(client)
}

fn is_connected(client: &async_nats::Client) -> bool {
    client.connection_state() == async_nats::connection::State::Connected
}

/// Tracing for command-line tools: warnings only, unless `RUST_LOG` says otherwise.
pub fn init_tracing_quiet() {
    init_tracing(
        &std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()),
        false,
    );
}

/// Logs to stderr with `filter` (EnvFilter syntax), as JSON lines or text.
fn init_tracing(filter: &str, json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        let _ = builder.json().flatten_event(true).try_init();
    } else {
        let _ = builder.try_init();
    }
}

/// A clonable shutdown signal.
#[derive(Clone)]
pub struct Shutdown(watch::Receiver<bool>);

/// The sending half: [`ShutdownTrigger::trigger`] stops every [`Shutdown`] holder.
pub struct ShutdownTrigger(watch::Sender<bool>);

impl ShutdownTrigger {
    pub fn trigger(&self) {
        let _ = self.0.send(true);
    }
}

impl Shutdown {
    /// A signal and its trigger.
    pub fn new() -> (ShutdownTrigger, Shutdown) {
        let (tx, rx) = watch::channel(false);
        (ShutdownTrigger(tx), Shutdown(rx))
    }

    /// A signal that fires on SIGTERM or SIGINT.
    pub fn on_signals() -> Shutdown {
        let (trigger, shutdown) = Shutdown::new();
        tokio::spawn(async move {
            wait_for_signal().await;
            tracing::info!(message = "Shutdown requested.");
            trigger.trigger();
        });
        shutdown
    }

    /// Resolves once shutdown is requested.
    pub async fn wait(&mut self) {
        let _ = self.0.wait_for(|v| *v).await;
    }
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) {
            (Ok(mut term), Ok(mut int)) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = int.recv() => {}
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The operations routes: [`health_routes`] and `/metrics` ([`crate::telemetry::render`]).
fn ops_routes<S: Clone + Send + Sync + 'static>(client: async_nats::Client) -> axum::Router<S> {
    health_routes(client).route(
        "/metrics",
        axum::routing::get(|| async { prometheus_text(crate::telemetry::render()) }),
    )
}

/// `/healthz` (200 while NATS is connected) and `/readyz` (200 once [`set_ready`] too).
pub fn health_routes<S: Clone + Send + Sync + 'static>(
    client: async_nats::Client,
) -> axum::Router<S> {
    let (c1, c2) = (client.clone(), client);
    axum::Router::new()
        .route(
            "/healthz",
            axum::routing::get(move || async move {
                if is_connected(&c1) {
                    (StatusCode::OK, "ok\n")
                } else {
                    (StatusCode::SERVICE_UNAVAILABLE, "nats disconnected\n")
                }
            }),
        )
        .route(
            "/readyz",
            axum::routing::get(move || async move {
                if is_ready(&c2) {
                    (StatusCode::OK, "ready\n".to_string())
                } else if !is_connected(&c2) {
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        "nats disconnected\n".into(),
                    )
                } else if let Some(reason) = stalled() {
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        format!("stalled: {reason}\n"),
                    )
                } else {
                    (StatusCode::SERVICE_UNAVAILABLE, "starting\n".into())
                }
            }),
        )
}

/// A `/metrics` response: `text` in the Prometheus text format.
pub fn prometheus_text(text: String) -> impl IntoResponse {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
}

/// Serves [`ops_routes`] on `addr` until shutdown.
async fn serve_ops(
    addr: SocketAddr,
    client: async_nats::Client,
    mut shutdown: Shutdown,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(message = "Operations endpoint listening.", %addr);
    axum::serve(listener, ops_routes::<()>(client))
        .with_graceful_shutdown(async move { shutdown.wait().await })
        .await
}

/// Checks a service's readiness: exit status for container health checks (`<service>
/// --health-check`). Readiness, not liveness: a service that runs but cannot do its job (NATS
/// lost, its inbox unusable, its consumer or snapshots failing) is reported unhealthy, with the
/// reason on `/readyz`.
pub fn check_health(addr: SocketAddr) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_secs(2))
    else {
        return false;
    };
    let _ = s.set_read_timeout(Some(std::time::Duration::from_secs(2)));
    let request = b"GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    if s.write_all(request).is_err() {
        return false;
    }
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    reply.starts_with("HTTP/1.1 200") || reply.starts_with("HTTP/1.0 200")
}
