//! What every service process needs around its work: shared settings ([`RuntimeArgs`]), logs
//! (JSON when `LOG_FORMAT=json`), a shutdown signal on SIGTERM or Ctrl-C, and a tiny HTTP health
//! endpoint for compose health checks (`GET /healthz` answers 200 while NATS is connected).

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::watch;

/// The settings every service process shares, read from flags or the environment.
#[derive(clap::Args, Debug, Clone)]
pub struct RuntimeArgs {
    /// NATS server URL.
    #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
    pub nats_url: String,
    /// Log format: "text" or "json".
    #[arg(long, env = "LOG_FORMAT", default_value = "text")]
    pub log_format: String,
    /// Log filter (tracing EnvFilter syntax), e.g. "info" or "normalizer=debug".
    #[arg(long, env = "RUST_LOG", default_value = "info")]
    pub log_filter: String,
    /// Address of the health endpoint (GET /healthz); none when unset.
    #[arg(long, env = "HEALTH_ADDR")]
    pub health_addr: Option<SocketAddr>,
    /// Check the health endpoint at --health-addr and exit 0 (healthy) or 1.
    #[arg(long)]
    pub health_check: bool,
}

impl RuntimeArgs {
    /// Starts what every service needs: handles `--health-check` (exits), sets up logs, the
    /// shutdown signal and the health endpoint.
    pub async fn start(&self, service: &str) -> Result<Shutdown, crate::BusError> {
        if self.health_check {
            let healthy = self.health_addr.is_some_and(check_health);
            std::process::exit(if healthy { 0 } else { 1 });
        }
        init_tracing(
            &self.log_filter,
            self.log_format.eq_ignore_ascii_case("json"),
        );
        let shutdown = Shutdown::on_signals();
        if let Some(addr) = self.health_addr {
            let client =
                crate::topology::connect(&self.nats_url, &format!("{service}-health")).await?;
            let s = shutdown.clone();
            tokio::spawn(async move {
                if let Err(error) = serve_health(addr, client, s).await {
                    tracing::error!(message = "Health endpoint failed.", %error);
                }
            });
        }
        Ok(shutdown)
    }
}

/// Tracing for command-line tools: warnings only, unless `RUST_LOG` says otherwise.
pub fn init_tracing_quiet() {
    init_tracing(
        &std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()),
        false,
    );
}

/// Logs to stderr with `filter` (EnvFilter syntax), as JSON lines or text.
pub fn init_tracing(filter: &str, json: bool) {
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

/// Serves `GET /healthz` on `addr`: 200 while `client` is connected, 503 otherwise.
pub async fn serve_health(
    addr: SocketAddr,
    client: async_nats::Client,
    mut shutdown: Shutdown,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(message = "Health endpoint listening.", %addr);
    loop {
        let (mut sock, _) = tokio::select! {
            _ = shutdown.wait() => return Ok(()),
            r = listener.accept() => r?,
        };
        let up = client.connection_state() == async_nats::connection::State::Connected;
        tokio::spawn(async move {
            let mut buf = [0u8; 1024];
            let _ = sock.read(&mut buf).await;
            let (status, body) = if up {
                ("200 OK", "ok\n")
            } else {
                ("503 Service Unavailable", "nats disconnected\n")
            };
            let reply = format!(
                "HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = sock.write_all(reply.as_bytes()).await;
        });
    }
}

/// Checks a health endpoint: exit status for container health checks (`<service> --health-check`).
pub fn check_health(addr: SocketAddr) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_secs(2))
    else {
        return false;
    };
    let _ = s.set_read_timeout(Some(std::time::Duration::from_secs(2)));
    if s.write_all(b"GET /healthz HTTP/1.0\r\n\r\n").is_err() {
        return false;
    }
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    reply.starts_with("HTTP/1.1 200")
}
