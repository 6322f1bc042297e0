//! The deployment files, checked without Docker: the compose file is valid
//! (`docker-compose config`), every service it names is one of our binaries, every environment
//! variable it sets is one that binary reads, Prometheus scrapes every service and Grafana's
//! dashboard asks only for metrics that exist; and the services, started as local processes
//! with the compose file's own environment on a nats-server with `deploy/nats.conf`'s own users
//! and permissions, pass their health checks, turn the seeds into statistics, and cannot
//! publish outside their own subjects.

mod common;

use std::collections::BTreeSet;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{
    deploy, env_of, free_port, nats_env, nats_password, pipeline_with_deploy_users, yaml,
};
use seizure_bus::contract;
use seizure_proto::Message;
use serde_yaml::Value;

const SERVICES: &[&str] = &["ingester", "normalizer", "aggregator", "gateway"];

/// The variable holding the address of a service's /healthz, /readyz and /metrics.
fn ops_addr_key(service: &str) -> &'static str {
    if service == "gateway" {
        "GATEWAY_ADDR"
    } else {
        "HEALTH_ADDR"
    }
}

fn env_value(env: &[(String, String)], key: &str) -> Option<String> {
    env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
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

/// Every variable of `env` (compose service `name`) is one that binary `bin` reads.
fn assert_reads_env(name: &str, bin: &str, env: &[(String, String)]) {
    let help = help(bin);
    for (key, _) in env {
        assert!(
            help.contains(&format!("[env: {key}=")) || help.contains(&format!("[env: {key}]")),
            "{name}: {key} is set by compose but not read by {bin}:\n{help}"
        );
    }
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
        let env = env_of(svc);
        assert_reads_env(name, name, &env);
        assert!(
            env.iter()
                .any(|(k, v)| k == "NATS_URL" && v == "nats://nats:4222"),
            "{name} reaches the nats service"
        );
        assert!(
            env_value(&env, ops_addr_key(name)).is_some_and(|a| a.ends_with(":8080")),
            "{name} serves /healthz, /readyz and /metrics on port 8080"
        );
        assert_eq!(env_value(&env, "NATS_USER").as_deref(), Some(*name));
        let password_key = format!("NATS_{}_PASSWORD", name.to_uppercase());
        let password = env_value(&env, "NATS_PASSWORD");
        assert!(password.is_some(), "{name} is given a NATS password");
        assert_eq!(
            password,
            env_value(&env_of(&compose["services"]["nats"]), &password_key),
            "{name}'s password is the one the nats service is given"
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
        assert_eq!(
            svc["depends_on"]["provision"]["condition"].as_str(),
            Some("service_completed_successfully"),
            "{name} starts once the streams are provisioned"
        );
    }
    // The streams, buckets and consumers are made by the admin user, before any service.
    let provision = &compose["services"]["provision"];
    let command: Vec<&str> = provision["command"]
        .as_sequence()
        .expect("compose provisions the streams")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(command, ["seizurectl", "provision"]);
    let env = env_of(provision);
    assert_eq!(env_value(&env, "NATS_USER").as_deref(), Some("admin"));
    assert_eq!(
        env_value(&env, "NATS_PASSWORD"),
        env_value(&env_of(&compose["services"]["nats"]), "NATS_ADMIN_PASSWORD")
    );
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
    for (service, file) in [
        ("prometheus", "prometheus/prometheus.yml"),
        ("grafana", "grafana/provisioning"),
        ("grafana", "grafana/dashboards"),
    ] {
        let mounted = compose["services"][service]["volumes"]
            .as_sequence()
            .unwrap_or_else(|| panic!("compose runs {service}"))
            .iter()
            .filter_map(Value::as_str)
            .any(|v| v.contains(&format!("deploy/{file}:")));
        assert!(mounted, "{service} is given deploy/{file}");
    }
}

#[test]
fn prometheus_scrapes_every_service_where_it_serves_metrics() {
    let conf = yaml("prometheus/prometheus.yml");
    let targets: BTreeSet<String> = conf["scrape_configs"]
        .as_sequence()
        .unwrap()
        .iter()
        .flat_map(|job| job["static_configs"].as_sequence().unwrap().iter())
        .flat_map(|s| s["targets"].as_sequence().unwrap().iter())
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    let compose = yaml("docker-compose.yml");
    let wanted: BTreeSet<String> = SERVICES
        .iter()
        .map(|name| {
            let env = env_of(&compose["services"][*name]);
            let addr = env_value(&env, ops_addr_key(name)).unwrap();
            format!("{name}:{}", addr.rsplit(':').next().unwrap())
        })
        .collect();
    assert_eq!(targets, wanted);
}

#[test]
fn grafana_is_provisioned_with_a_dashboard_of_metrics_that_exist() {
    let source = yaml("grafana/provisioning/datasources/prometheus.yml");
    let uid = source["datasources"][0]["uid"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(source["datasources"][0]["url"], "http://prometheus:9090");
    let provider = yaml("grafana/provisioning/dashboards/seizure-stats.yml");
    assert_eq!(
        provider["providers"][0]["options"]["path"],
        "/var/lib/grafana/dashboards"
    );
    let dashboard: serde_json::Value = serde_json::from_slice(
        &std::fs::read(deploy().join("grafana/dashboards/seizure-stats.json")).unwrap(),
    )
    .expect("the dashboard is JSON");
    let known: BTreeSet<&str> = seizure_bus::telemetry::SERVICE_METRICS
        .iter()
        .chain(gateway::board::METRICS)
        .copied()
        .collect();
    let mut used = BTreeSet::new();
    let panels = dashboard["panels"].as_array().unwrap();
    assert!(panels.len() >= 8);
    for panel in panels {
        assert_eq!(
            panel["datasource"]["uid"],
            uid.as_str(),
            "{}",
            panel["title"]
        );
        for target in panel["targets"].as_array().unwrap() {
            let expr = target["expr"].as_str().unwrap();
            for word in expr.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if !word.starts_with("seizure_") {
                    continue;
                }
                let name = ["_bucket", "_sum", "_count"]
                    .iter()
                    .find_map(|s| word.strip_suffix(s))
                    .unwrap_or(word);
                assert!(known.contains(name), "{expr}: no metric {name}");
                used.insert(name.to_string());
            }
        }
    }
    for needed in [
        "seizure_amount",
        "seizure_messages_total",
        "seizure_pipeline_pending",
        "seizure_dead_letters_total",
        "seizure_extraction_seconds",
    ] {
        assert!(used.contains(needed), "the dashboard shows {needed}");
    }
}

/// Checks deploy/`conf` with `nats-server -t`, with the compose file's nats environment and
/// `extra_env`.
fn assert_nats_accepts(conf: &str, extra_env: &[(&str, &str)]) {
    let bin = localnats::server_binary().expect("nats-server (scripts/setup.sh)");
    let out = Command::new(bin)
        .envs(nats_env())
        .envs(extra_env.iter().copied())
        .arg("-c")
        .arg(deploy().join(conf))
        .arg("-t")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "nats-server rejects deploy/{conf}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn nats_conf_is_valid_and_allows_our_largest_message() {
    assert_nats_accepts("nats.conf", &[]);
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

/// Messages stored in the STATS stream.
async fn stats_messages(p: &common::Pipeline) -> u64 {
    common::stream_messages(&p.js, contract::STATS_STREAM).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn services_run_with_the_compose_environment_and_nats_users_and_cannot_publish_elsewhere() {
    let Some(compose) = rendered_compose() else {
        return;
    };
    let (mut p, url) = pipeline_with_deploy_users().await;
    // Nothing unauthenticated gets in.
    assert!(
        async_nats::ConnectOptions::new()
            .connect(url.as_str())
            .await
            .is_err(),
        "an anonymous client is refused"
    );
    let mut ops = Vec::new();
    for name in SERVICES {
        let port = free_port();
        // The compose environment, with the addresses of this machine instead of the network's.
        let env: Vec<(String, String)> = env_of(&compose["services"][*name])
            .into_iter()
            .map(|(k, v)| {
                let v = match k.as_str() {
                    "NATS_URL" => url.clone(),
                    "HEALTH_ADDR" | "GATEWAY_ADDR" => format!("127.0.0.1:{port}"),
                    "INGEST_DIR" => p.inbox().display().to_string(),
                    "INGEST_HTTP_ADDR" => format!("127.0.0.1:{}", free_port()),
                    _ => v,
                };
                (k, v)
            })
            .collect();
        let env: Vec<(&str, String)> = env.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        p.start_service(name, &env);
        ops.push((name, port));
    }
    for (name, port) in &ops {
        let bin = localnats::service_binary(name).unwrap();
        let started = Instant::now();
        loop {
            let ok = Command::new(&bin)
                .arg("--health-check")
                .env(ops_addr_key(name), format!("127.0.0.1:{port}"))
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

    // With only their own permissions, the services turn the seeds into statistics.
    for doc in ["002_47f95a5e802b696b", "004_805b2a3c5ffcaa04"] {
        p.drop_seed(doc);
    }
    p.wait_idle(Duration::from_secs(120)).await;
    let stats = p.stats_bytes().await;
    assert!(
        stats.contains_key("TJ") && stats.contains_key("KZ"),
        "{:?}",
        stats.keys()
    );
    for name in SERVICES {
        assert!(
            !p.log(name).to_lowercase().contains("permissions violation"),
            "{name} was refused something it needs:\n{}",
            p.log(name)
        );
    }
    let before = stats_messages(&p).await;

    // Nobody publishes outside their own subjects, and nobody but operators deletes or purges.
    let outside: [(&str, &[&str]); 5] = [
        (
            "ingester",
            &[
                "events.seizure.KZ",
                "stats.country.KZ",
                "$KV.country_stats.KZ",
                "dlq.normalizer",
                "$JS.API.STREAM.DELETE.BULLETINS",
            ],
        ),
        (
            "normalizer",
            &[
                "bulletins.raw.file",
                "stats.country.KZ",
                "$O.aggregator_snapshots.M.x",
                "dlq.aggregator",
                "$JS.API.STREAM.PURGE.EVENTS",
            ],
        ),
        (
            "aggregator",
            &[
                "bulletins.raw.file",
                "events.seizure.KZ",
                "$KV.bulletin_index.x",
                "dlq.ingester",
                "$JS.API.STREAM.DELETE.STATS",
            ],
        ),
        (
            "gateway",
            &[
                "stats.country.KZ",
                "events.seizure.KZ",
                "$KV.country_stats.KZ",
                "dlq.gateway",
                "$JS.API.STREAM.CREATE.X",
            ],
        ),
        (
            "dashboard",
            &[
                "stats.country.KZ",
                "$KV.country_stats.KZ",
                "bulletins.raw.file",
                "$JS.API.STREAM.DELETE.STATS",
                "$JS.API.CONSUMER.CREATE.EVENTS.x",
            ],
        ),
    ];
    for (user, subjects) in outside {
        let (pubs, _) = common::refused(&url, user, subjects, &[]).await;
        let got: BTreeSet<String> = subjects
            .iter()
            .filter(|s| pubs.contains(&s.to_lowercase()))
            .map(|s| s.to_string())
            .collect();
        let want: BTreeSet<String> = subjects.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            got, want,
            "{user} must be refused every subject that is not its own"
        );
    }
    let after = stats_messages(&p).await;
    assert_eq!(before, after, "nothing reached the STATS stream");

    // The read-only user reads the statistics: the bucket, and the live subjects.
    let dashboard = seizure_bus::topology::connect(
        &seizure_bus::topology::with_credentials(&url, "dashboard", &nats_password("dashboard")),
        "dashboard",
    )
    .await
    .unwrap();
    let js = async_nats::jetstream::new(dashboard.clone());
    let kv = js
        .get_key_value(contract::COUNTRY_STATS_BUCKET)
        .await
        .unwrap();
    assert!(
        kv.get("TJ").await.unwrap().is_some(),
        "dashboard reads country_stats"
    );
    let mut sub = dashboard.subscribe(contract::STATS_SUBJECTS).await.unwrap();
    dashboard.flush().await.unwrap();
    p.drop_seed("000_6dafeabee5123793");
    let msg = tokio::time::timeout(Duration::from_secs(60), futures::StreamExt::next(&mut sub))
        .await
        .expect("a statistics update within 60 s")
        .unwrap();
    // Seed 000 gives statistics of some country, or the overview: either decodes.
    if msg.subject.as_str() == contract::STATS_OVERVIEW_SUBJECT {
        seizure_proto::v1::Overview::decode(msg.payload.as_ref()).expect("an Overview");
    } else {
        let stats =
            seizure_proto::v1::CountryStats::decode(msg.payload.as_ref()).expect("a CountryStats");
        assert_eq!(
            msg.subject.as_str(),
            contract::stats_subject(&stats.country)
        );
    }

    for s in p.services.iter_mut() {
        assert!(
            s.stop(Duration::from_secs(10)),
            "{} did not stop cleanly on SIGTERM",
            s.name()
        );
    }
    // Stopping, the aggregator writes its snapshot: with its own permissions too.
    let log = p.log("aggregator");
    assert!(log.contains("Snapshot taken."), "{log}");
    assert!(
        !log.to_lowercase().contains("permissions violation"),
        "{log}"
    );
}

#[test]
fn the_cluster_example_runs_our_services_with_r3_streams_and_disjoint_partitions() {
    let file = deploy().join("cluster/docker-compose.yml");
    let out = match Command::new("docker-compose")
        .arg("-f")
        .arg(&file)
        .arg("config")
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            assert!(std::env::var_os("CI").is_none(), "docker-compose: {e}");
            return;
        }
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let compose: Value = serde_yaml::from_slice(&out.stdout).unwrap();
    let services = compose["services"].as_mapping().unwrap();
    let mut partitions: Vec<String> = Vec::new();
    let mut ours = BTreeSet::new();
    for (name, svc) in services {
        let name = name.as_str().unwrap();
        let command: Vec<&str> = svc["command"]
            .as_sequence()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        if name.starts_with("nats-") {
            assert_eq!(command, ["-c", "/etc/nats/cluster/nats-cluster.conf"]);
            continue;
        }
        if name == "provision" {
            assert_eq!(command, ["seizurectl", "provision"]);
            let env = env_of(svc);
            assert_eq!(env_value(&env, "NATS_USER").as_deref(), Some("admin"));
            assert_eq!(env_value(&env, "JETSTREAM_REPLICAS").as_deref(), Some("3"));
            continue;
        }
        let bin = command[0];
        assert!(SERVICES.contains(&bin), "{name} runs {bin}");
        ours.insert(bin);
        let env = env_of(svc);
        assert_reads_env(name, bin, &env);
        assert_eq!(
            env_value(&env, "NATS_URL").unwrap().split(',').count(),
            3,
            "{name} knows every node"
        );
        if bin != "gateway" {
            assert_eq!(env_value(&env, "JETSTREAM_REPLICAS").as_deref(), Some("3"));
        }
        if let Some(countries) = env_value(&env, "AGGREGATOR_COUNTRIES") {
            partitions.extend(countries.split(',').map(str::to_string));
        }
    }
    assert_eq!(ours.len(), SERVICES.len(), "every service runs: {ours:?}");
    let distinct: BTreeSet<&String> = partitions.iter().collect();
    assert_eq!(
        distinct.len(),
        partitions.len(),
        "no country in two partitions"
    );
    assert!(partitions.len() >= 10, "{partitions:?}");
    assert_nats_accepts(
        "cluster/nats-cluster.conf",
        &[("NATS_SERVER_NAME", "nats-1")],
    );
}
