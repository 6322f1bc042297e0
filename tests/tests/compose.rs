//! The docker-compose deployment, for real: images built, containers started, healthchecks,
//! statistics, Prometheus and restarts checked on a real Docker engine.
//!
//! The engine: the one `docker info` reaches, else a `dockerd` this test starts itself
//! (`--bridge=none --iptables=false --ip-masq=false`, its data and sockets in a temporary
//! directory) and stops at the end. The images: `scripts/local-images.sh` (a Debian base from
//! debootstrap, the services from the binaries this workspace built, NATS from the pinned
//! release, Prometheus from Debian's package), since no registry can be reached. The stack: the
//! user's `deploy/docker-compose.yml` with `deploy/docker-compose.host.yml` (every service on
//! the host's network, NATS on 127.0.0.1, free ports), merged by `docker-compose config` with
//! the published ports left out (they cannot be combined with host networking); Grafana's image
//! cannot be made here and is checked as files by `deploy.rs`.
//!
//! It checks: every container's own healthcheck says healthy; a seed posted over HTTP with the
//! bearer token and one dropped into an inbox made as users make it (root, mode 755) become the
//! gold figures, on the gateway's `/v1/stats` and for the read-only `dashboard` user on NATS;
//! every Prometheus target is up; after `restart`, and after `down` and `up` with the volumes
//! kept, the statistics are byte-equal and the streams kept their messages. Containers, volumes
//! and images are removed at the end, also on failure.
//!
//! Skipped, saying why, only when no Docker engine can run on this machine (no `dockerd`, or
//! one that cannot start): `scripts/setup.sh --test` installs it on the project's machines.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{free_port, get_json, gold_series, http_client, matches_gold, read};
use futures::StreamExt;
use seizure_bus::{contract, topology};
use seizure_proto::Message;
use seizure_proto::v1::CountryStats;

/// Seeds with gold figures: one posted over HTTP, one dropped into the inbox.
const POSTED: &str = "000_6dafeabee5123793";
const DROPPED: &str = "002_47f95a5e802b696b";
const TOKEN: &str = "compose-test-token";
/// The services the test starts (Grafana's image cannot be made here).
const SERVICES: &[&str] = &[
    "nats",
    "provision",
    "ingester",
    "normalizer",
    "aggregator",
    "gateway",
    "prometheus",
];
/// The services with a healthcheck of their own.
const CHECKED: &[&str] = &["nats", "ingester", "normalizer", "aggregator", "gateway"];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A Docker engine: one already running, or one this test started (stopped when dropped).
struct Engine {
    host: Option<String>,
    dockerd: Option<Child>,
    /// Its data and sockets, removed when dropped.
    _dir: Option<tempfile::TempDir>,
}

impl Engine {
    /// `program` (docker, docker-compose, a script calling them) talking to this engine.
    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut c = Command::new(program);
        if let Some(h) = &self.host {
            c.env("DOCKER_HOST", h);
        }
        c
    }

    fn docker(&self) -> Command {
        self.command("docker")
    }

    fn answers(&self) -> bool {
        self.docker()
            .arg("info")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// The running engine, or a new one; `Err` says why none can run here.
    fn start() -> Result<Engine, String> {
        let running = Engine {
            host: std::env::var("DOCKER_HOST").ok(),
            dockerd: None,
            _dir: None,
        };
        if running.answers() {
            return Ok(running);
        }
        let found = Command::new("sh")
            .args(["-c", "command -v dockerd"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            return Err(
                "no Docker engine runs and dockerd is not installed (scripts/setup.sh \
                        --test installs Debian's docker.io)"
                    .into(),
            );
        }
        // Short paths: a unix socket's path is limited to about a hundred bytes.
        let dir = tempfile::Builder::new()
            .prefix("sdk")
            .tempdir_in("/tmp")
            .map_err(|e| e.to_string())?;
        let d = dir.path().to_path_buf();
        let log = std::fs::File::create(d.join("dockerd.log")).map_err(|e| e.to_string())?;
        let child = Command::new("dockerd")
            .args(["--bridge=none", "--iptables=false", "--ip-masq=false"])
            .arg(format!("--data-root={}", d.join("root").display()))
            .arg(format!("--exec-root={}", d.join("exec").display()))
            .arg(format!("--pidfile={}", d.join("dockerd.pid").display()))
            .arg(format!("--host=unix://{}", d.join("docker.sock").display()))
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .spawn()
            .map_err(|e| format!("dockerd does not start: {e}"))?;
        let mut engine = Engine {
            host: Some(format!("unix://{}", d.join("docker.sock").display())),
            dockerd: Some(child),
            _dir: Some(dir),
        };
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if engine.answers() {
                return Ok(engine);
            }
            if let Some(Ok(Some(status))) = engine.dockerd.as_mut().map(Child::try_wait) {
                let log = std::fs::read_to_string(d.join("dockerd.log")).unwrap_or_default();
                let tail: Vec<&str> = log.lines().rev().take(10).collect();
                return Err(format!(
                    "dockerd exited ({status}): {}",
                    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                ));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Err("dockerd did not answer within 60 s".into())
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        if let Some(mut child) = self.dockerd.take() {
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(30) {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(200));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        // What dockerd leaves mounted (its network namespace) would keep the directory.
        if let Some(dir) = &self._dir {
            let root = dir.path().display().to_string();
            let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
            let mut inside: Vec<&str> = mounts
                .lines()
                .filter_map(|l| l.split_whitespace().nth(1))
                .filter(|m| m.starts_with(&root))
                .collect();
            inside.sort_by_key(|m| std::cmp::Reverse(m.len()));
            for m in inside {
                let _ = Command::new("umount").args(["-l", m]).status();
            }
        }
    }
}

/// The free ports of one stack, as the override's environment variables.
struct Ports {
    nats: u16,
    monitor: u16,
    ingest: u16,
    ingester: u16,
    normalizer: u16,
    aggregator: u16,
    gateway: u16,
    prometheus: u16,
}

/// A free port below the kernel's ephemeral range (32768 and up), so that no outgoing
/// connection takes it between this check and the container binding it.
fn quiet_port(taken: &mut Vec<u16>) -> u16 {
    let seed = std::process::id() as u64 ^ free_port() as u64;
    for k in 0..10_000u64 {
        let port =
            20_000 + ((seed.wrapping_mul(2_654_435_761).wrapping_add(k * 7_919)) % 12_000) as u16;
        if !taken.contains(&port) && std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            taken.push(port);
            return port;
        }
    }
    panic!("no free port between 20000 and 32000");
}

impl Ports {
    fn free() -> Ports {
        let mut taken = Vec::new();
        let mut port = || quiet_port(&mut taken);
        Ports {
            nats: port(),
            monitor: port(),
            ingest: port(),
            ingester: port(),
            normalizer: port(),
            aggregator: port(),
            gateway: port(),
            prometheus: port(),
        }
    }

    fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("SEIZURE_NATS_PORT", self.nats.to_string()),
            ("SEIZURE_NATS_MONITOR_PORT", self.monitor.to_string()),
            ("SEIZURE_INGEST_PORT", self.ingest.to_string()),
            ("SEIZURE_INGESTER_HEALTH_PORT", self.ingester.to_string()),
            (
                "SEIZURE_NORMALIZER_HEALTH_PORT",
                self.normalizer.to_string(),
            ),
            (
                "SEIZURE_AGGREGATOR_HEALTH_PORT",
                self.aggregator.to_string(),
            ),
            ("SEIZURE_GATEWAY_PORT", self.gateway.to_string()),
            ("SEIZURE_PROMETHEUS_PORT", self.prometheus.to_string()),
        ]
    }

    /// The Prometheus configuration of this stack (deploy/prometheus/prometheus.host.yml with
    /// its ports).
    fn prometheus_config(&self) -> String {
        std::fs::read_to_string(repo().join("deploy/prometheus/prometheus.host.yml"))
            .expect("deploy/prometheus/prometheus.host.yml")
            .replace("127.0.0.1:8081", &format!("127.0.0.1:{}", self.ingester))
            .replace("127.0.0.1:8082", &format!("127.0.0.1:{}", self.normalizer))
            .replace("127.0.0.1:8083", &format!("127.0.0.1:{}", self.aggregator))
            .replace("127.0.0.1:8080", &format!("127.0.0.1:{}", self.gateway))
    }
}

/// One compose project on the engine; brought down with its volumes and images when dropped.
struct Stack<'a> {
    engine: &'a Engine,
    project: String,
    file: PathBuf,
    images: Vec<&'static str>,
}

impl Stack<'_> {
    fn compose(&self, args: &[&str]) -> std::process::Output {
        self.engine
            .command("docker-compose")
            .arg("-p")
            .arg(&self.project)
            .arg("-f")
            .arg(&self.file)
            .args(args)
            .output()
            .expect("docker-compose runs")
    }

    fn compose_ok(&self, args: &[&str]) {
        let out = self.compose(args);
        assert!(
            out.status.success(),
            "docker-compose {args:?}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// A service's container state: its healthcheck's status when it has one.
    fn state(&self, service: &str) -> String {
        let id = String::from_utf8_lossy(&self.compose(&["ps", "-q", service]).stdout)
            .trim()
            .to_string();
        if id.is_empty() {
            return "absent".into();
        }
        let out = self
            .engine
            .docker()
            .args([
                "inspect",
                "-f",
                "{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}} {{.State.ExitCode}}{{end}}",
                &id,
            ])
            .output()
            .expect("docker inspect runs");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until every checked container says healthy, Prometheus runs and provisioning
    /// ended well.
    fn wait_healthy(&self, limit: Duration) -> Duration {
        let started = Instant::now();
        loop {
            let states: BTreeMap<&str, String> =
                SERVICES.iter().map(|s| (*s, self.state(s))).collect();
            let ok = CHECKED.iter().all(|s| states[s] == "healthy")
                && states["prometheus"].starts_with("running")
                && states["provision"] == "exited 0";
            if ok {
                return started.elapsed();
            }
            if started.elapsed() > limit {
                let logs = self.compose(&["logs", "--tail", "30"]);
                panic!(
                    "not healthy within {limit:?}: {states:?}\n{}",
                    String::from_utf8_lossy(&logs.stdout)
                );
            }
            std::thread::sleep(Duration::from_secs(1));
        }
    }
}

impl Drop for Stack<'_> {
    fn drop(&mut self) {
        let _ = self.compose(&["down", "-v", "--remove-orphans", "--timeout", "10"]);
        let mut rmi = self.engine.docker();
        rmi.arg("rmi").arg("-f").args(&self.images);
        let _ = rmi.stdout(Stdio::null()).stderr(Stdio::null()).status();
    }
}

/// The user's compose file with the host-network override, merged by docker-compose itself,
/// without published ports.
fn merged_compose(engine: &Engine, env: &[(&str, String)], into: &Path) {
    let deploy = repo().join("deploy");
    let out = engine
        .command("docker-compose")
        .current_dir(&deploy)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .args([
            "-f",
            "docker-compose.yml",
            "-f",
            "docker-compose.host.yml",
            "config",
        ])
        .output()
        .expect("docker-compose config runs");
    assert!(
        out.status.success(),
        "docker-compose config: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut doc: serde_yaml::Value = serde_yaml::from_slice(&out.stdout).unwrap();
    let services = doc["services"].as_mapping_mut().unwrap();
    for (name, service) in services.iter_mut() {
        let s = service.as_mapping_mut().unwrap();
        assert_eq!(
            s.get("network_mode").and_then(|v| v.as_str()),
            Some("host"),
            "{name:?} on the host's network"
        );
        s.remove("ports");
    }
    // YAML 1.2 writes the string "no" bare, which docker-compose (YAML 1.1) reads as false.
    let text = serde_yaml::to_string(&doc)
        .unwrap()
        .replace("restart: no\n", "restart: 'no'\n");
    std::fs::write(into, text).unwrap();
}

/// The statistics as the read-only `dashboard` user reads them: the bucket's current values.
async fn dashboard_stats(url: &str) -> BTreeMap<String, Vec<u8>> {
    let client = topology::connect(url, "compose-test-dashboard")
        .await
        .unwrap();
    let js = async_nats::jetstream::new(client);
    topology::current_values(&js, contract::COUNTRY_STATS_BUCKET, None)
        .await
        .unwrap()
        .into_iter()
        .map(|(k, v)| (k, v.to_vec()))
        .collect()
}

/// The gateway's all-time figures of `country` agree with the gold.
fn gateway_matches(
    stats: &serde_json::Value,
    gold: &BTreeMap<(String, String, String), (f64, u64)>,
) -> bool {
    let Some(series) = stats["series"].as_array() else {
        return false;
    };
    series.len() == gold.len()
        && gold.iter().all(|((kind, drug, unit), (amount, events))| {
            series.iter().any(|s| {
                s["kind"] == kind.as_str()
                    && s["drug"] == drug.as_str()
                    && s["unit"] == unit.as_str()
                    && s["windows"]["all"]["amount"]
                        .as_f64()
                        .is_some_and(|a| (a - amount).abs() < 1e-6)
                    && s["windows"]["all"]["events"].as_u64() == Some(*events)
            })
        })
}

/// Messages in the EVENTS and BULLETINS streams, as the admin sees them.
async fn stream_messages(url: &str) -> (u64, u64) {
    let client = topology::connect(url, "compose-test-admin").await.unwrap();
    let js = async_nats::jetstream::new(client);
    (
        common::stream_messages(&js, contract::EVENTS_STREAM).await,
        common::stream_messages(&js, contract::BULLETINS_STREAM).await,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_compose_stack_runs_for_real() {
    let started = Instant::now();
    let engine = match Engine::start() {
        Ok(e) => e,
        Err(why) => {
            // Straight to the process's stderr: the test harness captures what passing tests
            // print, `io::stderr()` included.
            use std::io::Write;
            let line = format!("SKIPPED: the compose deployment was not run: {why}\n");
            match std::fs::OpenOptions::new().write(true).open("/dev/stderr") {
                Ok(mut tty) => drop(tty.write_all(line.as_bytes())),
                Err(_) => print!("{line}"),
            }
            return;
        }
    };
    // The images, from the binaries this workspace built.
    let bins = localnats::binaries_dir();
    let out = engine
        .command(repo().join("scripts/local-images.sh"))
        .arg(&bins)
        .output()
        .expect("scripts/local-images.sh runs");
    assert!(
        out.status.success(),
        "scripts/local-images.sh: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!("images built in {:.0?}", started.elapsed());

    let work = tempfile::tempdir().unwrap();
    // The drop folder as users (or Docker) make it: root's, mode 755.
    let inbox = work.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::set_permissions(&inbox, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let ports = Ports::free();
    let prometheus = work.path().join("prometheus.yml");
    std::fs::write(&prometheus, ports.prometheus_config()).unwrap();
    let mut env = ports.env();
    env.push(("SEIZURE_INBOX", inbox.display().to_string()));
    env.push((
        "SEIZURE_PROMETHEUS_CONFIG",
        prometheus.display().to_string(),
    ));
    env.push(("INGEST_HTTP_TOKEN", TOKEN.to_string()));
    let file = work.path().join("compose.yml");
    merged_compose(&engine, &env, &file);
    let stack = Stack {
        engine: &engine,
        project: format!("seizure-compose-{}", std::process::id()),
        file,
        images: vec![
            "seizure-stats:latest",
            "seizure-nats:local",
            "seizure-prometheus:local",
        ],
    };
    let mut up = vec!["up", "-d", "--no-build"];
    up.extend(SERVICES);
    stack.compose_ok(&up);
    let took = stack.wait_healthy(Duration::from_secs(240));
    println!("stack healthy {took:.0?} after up");

    // The dashboard user watches statistics arrive.
    let nats = format!("nats://127.0.0.1:{}", ports.nats);
    let dashboard = topology::with_credentials(&nats, "dashboard", "dashboard-dev-password");
    let admin = topology::with_credentials(&nats, "admin", "admin-dev-password");
    let watcher = topology::connect(&dashboard, "compose-test-watcher")
        .await
        .unwrap();
    let mut updates = watcher
        .subscribe(contract::STATS_COUNTRY_SUBJECTS)
        .await
        .unwrap();

    // One seed over HTTP with the bearer token, one into the inbox.
    let ingest = format!("http://127.0.0.1:{}/v1/bulletins", ports.ingest);
    let http = http_client(Duration::from_secs(30));
    let refused = http
        .post(&ingest)
        .body(read(
            &common::fixtures().join(format!("seeds/{POSTED}.txt")),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status().as_u16(), 401, "no token, no upload");
    let posted = http
        .post(&ingest)
        .bearer_auth(TOKEN)
        .header("content-type", "text/plain; charset=utf-8")
        .body(read(
            &common::fixtures().join(format!("seeds/{POSTED}.txt")),
        ))
        .send()
        .await
        .unwrap();
    assert!(posted.status().is_success(), "{:?}", posted.text().await);
    std::fs::write(
        inbox.join(format!("{DROPPED}.txt")),
        read(&common::fixtures().join(format!("seeds/{DROPPED}.txt"))),
    )
    .unwrap();

    let docs = [POSTED, DROPPED];
    let gold: BTreeMap<&str, _> = ["TJ", "KZ"]
        .into_iter()
        .map(|cc| (cc, gold_series(&docs, cc)))
        .collect();
    let gateway = format!("http://127.0.0.1:{}", ports.gateway);
    let waited = Instant::now();
    let mut seen: BTreeMap<String, CountryStats> = BTreeMap::new();
    loop {
        while let Ok(Some(m)) =
            tokio::time::timeout(Duration::from_millis(100), updates.next()).await
        {
            let s = CountryStats::decode(m.payload.as_ref()).unwrap();
            seen.insert(s.country.clone(), s);
        }
        let mut done = true;
        for (cc, gold) in &gold {
            let api = get_json(&format!("{gateway}/v1/stats/{cc}")).await;
            done &= api.is_some_and(|a| gateway_matches(&a, gold))
                && seen.get(*cc).is_some_and(|s| matches_gold(s, gold));
        }
        if done {
            break;
        }
        assert!(
            waited.elapsed() < Duration::from_secs(120),
            "the gold figures never showed: seen {:?}\n{}",
            seen.keys().collect::<Vec<_>>(),
            String::from_utf8_lossy(&stack.compose(&["logs", "--tail", "40"]).stdout)
        );
    }
    assert!(
        inbox.join("done").join(format!("{DROPPED}.txt")).exists(),
        "the dropped file was taken from the root-owned inbox"
    );
    let stats = dashboard_stats(&dashboard).await;
    for (cc, gold) in &gold {
        let s = CountryStats::decode(stats[*cc].as_slice()).unwrap();
        assert!(matches_gold(&s, gold), "{cc} in the bucket: {s:?}");
    }
    let streams = stream_messages(&admin).await;

    // Prometheus scrapes every service.
    let targets = format!("http://127.0.0.1:{}/api/v1/targets", ports.prometheus);
    let waited = Instant::now();
    loop {
        let t = get_json(&targets).await;
        let active = t
            .as_ref()
            .and_then(|t| t["data"]["activeTargets"].as_array().cloned())
            .unwrap_or_default();
        if active.len() == 4 && active.iter().all(|a| a["health"] == "up") {
            break;
        }
        assert!(
            waited.elapsed() < Duration::from_secs(90),
            "Prometheus targets not all up: {t:?}"
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
    }

    // Restarted, then taken down and up again with the volumes kept: nothing lost, nothing
    // counted twice.
    stack.compose_ok(&["restart"]);
    stack.wait_healthy(Duration::from_secs(240));
    common::eventually(Duration::from_secs(60), "statistics after restart", || {
        let dashboard = dashboard.clone();
        let stats = stats.clone();
        async move { dashboard_stats(&dashboard).await == stats }
    })
    .await;
    stack.compose_ok(&["down", "--timeout", "10"]);
    stack.compose_ok(&up);
    stack.wait_healthy(Duration::from_secs(240));
    assert_eq!(
        stream_messages(&admin).await,
        streams,
        "the NATS volume kept the streams"
    );
    assert_eq!(
        dashboard_stats(&dashboard).await,
        stats,
        "statistics unchanged after down and up"
    );
    let api = get_json(&format!("{gateway}/v1/stats/TJ")).await.unwrap();
    assert!(gateway_matches(&api, &gold["TJ"]), "{api}");
    println!("compose test done in {:.0?}", started.elapsed());
}
