//! `seizurectl demo`: the whole pipeline on one machine. Starts a local nats-server with a
//! temporary store and the four services as separate processes, drops the bundled sample
//! bulletins (the seeds) into the ingester's folder, waits until the statistics are current,
//! prints them with the dashboard's address, and stops everything it started (after
//! `--linger-secs`, during which the dashboard can be opened).

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use futures::StreamExt;
use localnats::{LocalNats, ServiceProcess};
use seizure_bus::async_nats::jetstream;
use seizure_bus::contract::COUNTRY_STATS_BUCKET;
use seizure_bus::topology;
use seizure_proto::Message;
use seizure_proto::v1::CountryStats;

use crate::output;

/// The sample bulletins: the five seed documents the project started from.
const SAMPLES: &[(&str, &str)] = &[
    (
        "000_6dafeabee5123793.txt",
        include_str!("../../../tests/fixtures/seeds/000_6dafeabee5123793.txt"),
    ),
    (
        "001_8f96f0c42b4d8625.txt",
        include_str!("../../../tests/fixtures/seeds/001_8f96f0c42b4d8625.txt"),
    ),
    (
        "002_47f95a5e802b696b.txt",
        include_str!("../../../tests/fixtures/seeds/002_47f95a5e802b696b.txt"),
    ),
    (
        "003_03a438e96c9986e7.txt",
        include_str!("../../../tests/fixtures/seeds/003_03a438e96c9986e7.txt"),
    ),
    (
        "004_805b2a3c5ffcaa04.txt",
        include_str!("../../../tests/fixtures/seeds/004_805b2a3c5ffcaa04.txt"),
    ),
];

fn inbox_empty(inbox: &Path) -> bool {
    std::fs::read_dir(inbox)
        .map(|d| d.filter_map(Result::ok).all(|e| e.path().is_dir()))
        .unwrap_or(false)
}

fn tail(path: &Path) -> String {
    let s = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

pub async fn run(linger_secs: u64, dashboard_port: u16) -> anyhow::Result<()> {
    let nats = LocalNats::start().context("starting nats-server")?;
    let work = tempfile::Builder::new().prefix("seizure-demo-").tempdir()?;
    let inbox = work.path().join("inbox");
    std::fs::create_dir_all(&inbox)?;
    let url = nats.url().to_string();
    let env = |extra: &[(&'static str, String)]| {
        let mut v = vec![
            ("NATS_URL", url.clone()),
            ("LOG_FORMAT", "json".to_string()),
        ];
        v.extend_from_slice(extra);
        v
    };
    let log = |name: &str| work.path().join(format!("{name}.log"));
    let mut services = vec![
        ServiceProcess::start("normalizer", &env(&[]), Some(&log("normalizer")))?,
        ServiceProcess::start(
            "aggregator",
            &env(&[("AGGREGATOR_TICK_SECS", "5".into())]),
            Some(&log("aggregator")),
        )?,
        ServiceProcess::start(
            "ingester",
            &env(&[
                ("INGEST_DIR", inbox.display().to_string()),
                ("INGEST_POLL_MS", "200".into()),
            ]),
            Some(&log("ingester")),
        )?,
        ServiceProcess::start(
            "gateway",
            &env(&[("GATEWAY_ADDR", format!("127.0.0.1:{dashboard_port}"))]),
            Some(&log("gateway")),
        )?,
    ];
    eprintln!(
        "nats-server {url} (store in {}), services started:",
        nats.log_path().parent().unwrap_or(Path::new("")).display()
    );
    for s in &services {
        eprintln!("  {} (pid {})", s.name(), s.pid());
    }
    for (name, text) in SAMPLES {
        let part = inbox.join(format!("{name}.part"));
        std::fs::write(&part, text)?;
        std::fs::rename(&part, inbox.join(name))?;
    }
    eprintln!(
        "{} sample bulletins dropped into {}",
        SAMPLES.len(),
        inbox.display()
    );

    let client = topology::connect(&url, "seizurectl-demo").await?;
    let js = jetstream::new(client);
    topology::ensure(&js).await?;
    let kv = topology::bucket(&js, COUNTRY_STATS_BUCKET).await?;
    let started = Instant::now();
    let mut settled = 0;
    while settled < 3 {
        if started.elapsed() > Duration::from_secs(120) {
            bail!(
                "the pipeline did not settle within 120 s; aggregator log:\n{}",
                tail(&log("aggregator"))
            );
        }
        for s in services.iter_mut() {
            if !s.is_running() {
                bail!("{} exited; its log:\n{}", s.name(), tail(&log(s.name())));
            }
        }
        let idle = inbox_empty(&inbox) && topology::pipeline_idle(&js).await.unwrap_or(false);
        let has_stats = kv
            .keys()
            .await
            .map(|k| k.count())
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .await
            > 0;
        settled = if idle && has_stats { settled + 1 } else { 0 };
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    let mut keys: Vec<String> = kv
        .keys()
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .filter_map(|k| async { k.ok() })
        .collect()
        .await;
    keys.sort();
    let mut all = Vec::new();
    for k in keys {
        if let Some(bytes) = kv.get(&k).await? {
            all.push(CountryStats::decode(bytes.as_ref())?);
        }
    }
    let as_of = all.first().map(|s| s.as_of.clone()).unwrap_or_default();
    println!(
        "Seizure statistics per country (as of {as_of}; AMOUNT and EVENTS over all time, ZZ = no single country):\n"
    );
    print!("{}", output::stats_table(&all));
    println!("\nDashboard: http://127.0.0.1:{dashboard_port}/?window=all");
    if linger_secs > 0 {
        eprintln!(
            "\nThe pipeline keeps running for {linger_secs} s: open the dashboard, or seizurectl subscribe --nats {url}"
        );
        tokio::time::sleep(Duration::from_secs(linger_secs)).await;
    }
    for s in services.iter_mut().rev() {
        if !s.stop(Duration::from_secs(10)) {
            eprintln!("warning: {} did not stop cleanly on SIGTERM", s.name());
        }
    }
    drop(nats);
    Ok(())
}
