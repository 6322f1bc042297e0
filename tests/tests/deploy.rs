//! The deployment files, checked without Docker: the compose file is valid
//! (`docker-compose config`), every service it names is one of our binaries, every environment
//! variable it sets is one that binary reads, and each service, started as a local process with
//! the compose file's own environment, passes its own container health check.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Pipeline, free_port};
use serde_yaml::Value;

const SERVICES: &[&str] = &["ingester", "normalizer", "aggregator"];

fn deploy() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../deploy")
}

/// The compose file as `docker-compose config` renders it (anchors and merges resolved).
fn rendered_compose() -> Option<Value> {
    let out = match Command::new("docker-compose")
        .arg("-f")
        .arg(deploy().join("docker-compose.yml"))
        .arg("config")
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "docker-compose is needed in CI (scripts/setup.sh installs it): {e}"
            );
            eprintln!("skipping: docker-compose not installed ({e}); scripts/setup.sh installs it");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "docker-compose config failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_yaml::from_slice(&out.stdout).expect("docker-compose config prints YAML"))
}

fn env_of(service: &Value) -> Vec<(String, String)> {
    service["environment"]
        .as_mapping()
        .map(|m| {
            m.iter()
                .map(|(k, v)| {
                    (
                        k.as_str().unwrap().to_string(),
                        v.as_str().map(str::to_string).unwrap_or_else(|| {
                            serde_yaml::to_string(v).unwrap().trim().to_string()
                        }),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn help(bin: &str) -> String {
    let path = localnats::service_binary(bin).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(path).arg("--help").output().unwrap();
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn compose_names_our_services_with_settings_they_read() {
    let Some(compose) = rendered_compose() else {
        return;
    };
    let services = compose["services"].as_mapping().expect("services");
    let names: Vec<&str> = services.keys().filter_map(Value::as_str).collect();
    for s in SERVICES.iter().chain(["nats"].iter()) {
        assert!(names.contains(s), "compose lacks service {s}: {names:?}");
    }
    for name in SERVICES {
        let svc = &compose["services"][*name];
        let command: Vec<&str> = svc["command"]
            .as_sequence()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(command.first(), Some(name), "{name} runs its own binary");
        let help = help(name);
        for (key, _) in env_of(svc) {
            assert!(
                help.contains(&format!("[env: {key}=")) || help.contains(&format!("[env: {key}]")),
                "{name}: {key} is set by compose but not read by the binary:\n{help}"
            );
        }
        let env = env_of(svc);
        assert!(
            env.iter()
                .any(|(k, v)| k == "NATS_URL" && v == "nats://nats:4222"),
            "{name} reaches the nats service"
        );
        assert!(
            env.iter().any(|(k, _)| k == "HEALTH_ADDR"),
            "{name} serves its health endpoint"
        );
        let check: Vec<&str> = svc["healthcheck"]["test"]
            .as_sequence()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(check, ["CMD", name, "--health-check"]);
        assert!(
            svc["depends_on"]["nats"].is_mapping(),
            "{name} waits for nats"
        );
    }
    let nats = &compose["services"]["nats"];
    let image = nats["image"].as_str().unwrap();
    let version: Vec<u32> = image
        .split(':')
        .nth(1)
        .unwrap()
        .split(['.', '-'])
        .take(2)
        .map(|p| p.parse().unwrap())
        .collect();
    assert!(
        version >= vec![2, 10],
        "nats image {image} must be 2.10 or newer"
    );
    assert!(
        nats["volumes"]
            .as_sequence()
            .unwrap()
            .iter()
            .any(|v| v.as_str().is_some_and(|v| v.contains(":/data"))),
        "JetStream data on a volume"
    );
}

#[test]
fn nats_conf_is_valid_and_allows_our_largest_message() {
    let bin = localnats::server_binary().expect("nats-server (scripts/setup.sh)");
    let out = Command::new(bin)
        .arg("-c")
        .arg(deploy().join("nats.conf"))
        .arg("-t")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "nats-server rejects deploy/nats.conf: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conf = std::fs::read_to_string(deploy().join("nats.conf")).unwrap();
    let line = conf
        .lines()
        .find(|l| l.trim_start().starts_with("max_payload"))
        .expect("max_payload set");
    let mb: usize = line
        .split(':')
        .nth(1)
        .unwrap()
        .trim()
        .trim_end_matches("MB")
        .parse()
        .unwrap();
    assert!(mb * 1024 * 1024 >= seizure_bus::contract::MAX_MESSAGE_BYTES);
    let dockerfile = std::fs::read_to_string(deploy().join("Dockerfile")).unwrap();
    for bin in SERVICES {
        assert!(
            dockerfile.contains(&format!("target/release/{bin}")),
            "the image carries {bin}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn services_run_with_the_compose_environment_and_pass_their_health_checks() {
    let Some(compose) = rendered_compose() else {
        return;
    };
    let mut p = Pipeline::start(&[], &[]).await;
    for name in SERVICES {
        let port = free_port();
        // The compose environment, with the addresses of this machine instead of the network's.
        let env: Vec<(String, String)> = env_of(&compose["services"][*name])
            .into_iter()
            .map(|(k, v)| {
                let v = match k.as_str() {
                    "NATS_URL" => p.nats.url().to_string(),
                    "HEALTH_ADDR" => format!("127.0.0.1:{port}"),
                    "INGEST_DIR" => p.inbox().display().to_string(),
                    "INGEST_HTTP_ADDR" => format!("127.0.0.1:{}", free_port()),
                    _ => v,
                };
                (k, v)
            })
            .collect();
        let env: Vec<(&str, String)> = env.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        p.start_service(name, &env);
        let bin = localnats::service_binary(name).unwrap();
        let started = Instant::now();
        loop {
            let ok = Command::new(&bin)
                .arg("--health-check")
                .env("HEALTH_ADDR", format!("127.0.0.1:{port}"))
                .status()
                .unwrap()
                .success();
            if ok {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "{name} never became healthy:\n{}",
                p.log(name)
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    for s in p.services.iter_mut() {
        assert!(
            s.stop(Duration::from_secs(10)),
            "{} did not stop cleanly on SIGTERM",
            s.name()
        );
    }
}
