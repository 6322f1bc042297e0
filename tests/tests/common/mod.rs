//! Shared helpers of the end-to-end tests: a real nats-server, the services as processes, and
//! waiting for the pipeline to settle.

#![allow(dead_code)]

pub mod browser;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use async_nats::jetstream;
use futures::StreamExt;
use localnats::{LocalNats, ServiceProcess};
use seizure_bus::contract::{self, COUNTRY_STATS_BUCKET};
use seizure_bus::topology;
use serde_yaml::Value;

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// A nats-server and the services of the pipeline, each a separate process.
pub struct Pipeline {
    pub services: Vec<ServiceProcess>,
    pub work: tempfile::TempDir,
    pub nats: LocalNats,
    pub client: async_nats::Client,
    pub js: jetstream::Context,
}

impl Pipeline {
    /// Starts nats-server and the named services (`ingester` watches `self.inbox()`).
    pub async fn start(names: &[&str], extra_env: &[(&str, String)]) -> Pipeline {
        let nats = LocalNats::start().expect("nats-server ≥ 2.10 (run scripts/setup.sh)");
        let url = nats.url().to_string();
        Pipeline::on_server(nats, &url, names, extra_env).await
    }

    /// Like [`Pipeline::start`] on a server already running; the test's own connection uses
    /// `admin_url` (which may carry credentials).
    pub async fn on_server(
        nats: LocalNats,
        admin_url: &str,
        names: &[&str],
        extra_env: &[(&str, String)],
    ) -> Pipeline {
        let work = tempfile::tempdir().unwrap();
        let inbox = work.path().join("inbox");
        std::fs::create_dir_all(&inbox).unwrap();
        let client = topology::connect(admin_url, "test").await.unwrap();
        let js = jetstream::new(client.clone());
        topology::provision(&js).await.unwrap();
        let mut p = Pipeline {
            services: Vec::new(),
            work,
            nats,
            client,
            js,
        };
        for name in names {
            p.start_service(name, extra_env);
        }
        p
    }

    pub fn start_service(&mut self, name: &str, extra_env: &[(&str, String)]) {
        let mut env: Vec<(&str, String)> = vec![
            ("NATS_URL", self.nats.url().to_string()),
            ("INGEST_DIR", self.inbox().display().to_string()),
            ("INGEST_POLL_MS", "100".to_string()),
            ("LOG_FORMAT", "json".to_string()),
        ];
        env.extend_from_slice(extra_env);
        // A log file per process: `aggregator.log`, then `aggregator.1.log`, ...
        let copies = self.services.iter().filter(|s| s.name() == name).count();
        let log = self.work.path().join(match copies {
            0 => format!("{name}.log"),
            n => format!("{name}.{n}.log"),
        });
        let s = ServiceProcess::start(name, &env, Some(&log))
            .unwrap_or_else(|e| panic!("{e} (the tests need `cargo build --workspace` first)"));
        self.services.push(s);
    }

    pub fn inbox(&self) -> PathBuf {
        self.work.path().join("inbox")
    }

    /// The logs of every process of service `name`, one after the other.
    pub fn log(&self, name: &str) -> String {
        let copies = self.services.iter().filter(|s| s.name() == name).count();
        (0..copies.max(1))
            .map(|n| match n {
                0 => format!("{name}.log"),
                n => format!("{name}.{n}.log"),
            })
            .filter_map(|f| std::fs::read_to_string(self.work.path().join(f)).ok())
            .collect()
    }

    /// Drops a file into the ingester's folder the way producers should: write, then rename.
    pub fn drop_file(&self, name: &str, bytes: &[u8]) {
        let part = self.inbox().join(format!("{name}.part"));
        std::fs::write(&part, bytes).unwrap();
        std::fs::rename(&part, self.inbox().join(name)).unwrap();
    }

    /// Drops seed bulletin `doc` (`000_6dafeabee5123793`, ...) as `{doc}.txt`.
    pub fn drop_seed(&self, doc: &str) {
        self.drop_file(
            &format!("{doc}.txt"),
            &read(&fixtures().join(format!("seeds/{doc}.txt"))),
        );
    }

    fn inbox_empty(&self) -> bool {
        std::fs::read_dir(self.inbox())
            .unwrap()
            .filter_map(Result::ok)
            .all(|e| e.path().is_dir())
    }

    /// Waits until the inbox is empty and both consumers have nothing pending, three checks
    /// in a row.
    pub async fn wait_idle(&mut self, limit: Duration) {
        let started = Instant::now();
        let mut settled = 0;
        while settled < 3 {
            assert!(
                started.elapsed() < limit,
                "pipeline not idle within {limit:?}\naggregator log:\n{}",
                self.log("aggregator")
            );
            let exited: Vec<String> = self
                .services
                .iter_mut()
                .filter_map(|s| (!s.is_running()).then(|| s.name().to_string()))
                .collect();
            if let Some(name) = exited.first() {
                let log = self.log(name);
                let tail: Vec<&str> = log.lines().rev().take(40).collect();
                // (A backtrace can fill the tail: the lines that say what failed come first.)
                let errors: Vec<&str> = log
                    .lines()
                    .filter(|l| {
                        l.contains("Error") || l.contains("ERROR") || l.contains("panicked")
                    })
                    .take(10)
                    .collect();
                panic!(
                    "{name} exited; its error lines:\n{}\nthe end of its log:\n{}",
                    errors.join("\n"),
                    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                );
            }
            let idle =
                self.inbox_empty() && topology::pipeline_idle(&self.js).await.unwrap_or(false);
            settled = if idle { settled + 1 } else { 0 };
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// The latest overview's bytes, if one was published.
    pub async fn overview_bytes(&self) -> Option<Vec<u8>> {
        let kv = topology::bucket(&self.js, contract::OVERVIEW_BUCKET)
            .await
            .unwrap();
        kv.get(contract::OVERVIEW_KEY)
            .await
            .unwrap()
            .map(|b| b.to_vec())
    }

    /// Every entry of the `country_stats` bucket, as raw bytes.
    pub async fn stats_bytes(&self) -> BTreeMap<String, Vec<u8>> {
        self.try_stats_bytes().await.unwrap()
    }

    /// Like [`Pipeline::stats_bytes`], or why the server did not answer (a cluster node that
    /// came back may answer slowly for a while).
    pub async fn try_stats_bytes(&self) -> Result<BTreeMap<String, Vec<u8>>, String> {
        let kv = topology::bucket(&self.js, COUNTRY_STATS_BUCKET)
            .await
            .map_err(|e| e.to_string())?;
        let keys: Vec<String> = kv
            .keys()
            .await
            .map_err(|e| e.to_string())?
            .filter_map(|k| async { k.ok() })
            .collect()
            .await;
        let mut out = BTreeMap::new();
        for k in keys {
            if let Some(v) = kv.get(&k).await.map_err(|e| e.to_string())? {
                out.insert(k, v.to_vec());
            }
        }
        Ok(out)
    }
}

/// Waits for `cond` to hold, polling.
pub async fn eventually<F, Fut>(limit: Duration, what: &str, mut cond: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let started = Instant::now();
    while !cond().await {
        assert!(
            started.elapsed() < limit,
            "timed out after {limit:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Every bulletin of the seeds and the development set (`.txt`), in name order.
pub fn fixture_bulletins() -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = ["seeds", "dev"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(fixtures().join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    docs.sort();
    docs
}

/// An HTTP client for the tests' requests (rustls, as the services use).
pub fn http_client(timeout: Duration) -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().timeout(timeout).build().unwrap()
}

/// `GET url`: status and body; status 0 when the request failed.
pub async fn get(url: &str) -> (u16, String) {
    match http_client(Duration::from_secs(10)).get(url).send().await {
        Ok(r) => (r.status().as_u16(), r.text().await.unwrap_or_default()),
        Err(_) => (0, String::new()),
    }
}

/// `GET url` as JSON, when it answers 200 with JSON.
pub async fn get_json(url: &str) -> Option<serde_json::Value> {
    let (status, body) = get(url).await;
    (status == 200)
        .then(|| serde_json::from_str(&body).ok())
        .flatten()
}

pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The PDF reader of the tests: the built ingester's isolated worker.
pub fn pdf_reader() -> ingester::PdfReader {
    ingester::PdfReader {
        program: localnats::service_binary("ingester")
            .expect("the tests need `cargo build --workspace` first"),
        args: vec!["pdf-text".into()],
        timeout: Duration::from_secs(30),
        memory_limit_mb: ingester::document::pdf::DEFAULT_MEMORY_LIMIT_MB,
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A bulletin's text as a ministry web page would carry it: each line a paragraph (capitals a
/// heading, a bare `<address>` a link), inside a page with a menu, breadcrumbs, a sidebar and a
/// footer whose own figures must not be counted.
pub fn as_web_page(text: &str, title: &str) -> String {
    let mut body = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let is_heading = line.chars().any(char::is_alphabetic)
            && !line.chars().any(char::is_lowercase)
            && line.len() < 120;
        if let Some(url) = line.strip_prefix('<').and_then(|l| l.strip_suffix('>'))
            && url.starts_with("http")
        {
            body.push_str(&format!("<p><a href=\"{url}\">{url}</a></p>\n"));
        } else if is_heading {
            body.push_str(&format!("<h2>{}</h2>\n", escape(line)));
        } else {
            body.push_str(&format!("<p>{}</p>\n", escape(line)));
        }
    }
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{t}</title>
<script>window.stats = {{"seized": "900 kg of heroin"}};</script>
<style>.menu {{ display: flex }}</style></head>
<body>
<header class="site-header"><a href="/">Home</a> | <a href="/news">News</a></header>
<nav class="menu"><ul><li><a href="/en">English</a></li><li><a href="/ru">Русский</a></li></ul></nav>
<div class="breadcrumbs">Home / Releases / {t}</div>
<article>
{body}</article>
<aside class="sidebar"><h3>Most read</h3><p>Customs officers seized 750 kg of hashish in Kazakhstan.</p></aside>
<footer class="site-footer"><p>© 2025 Ministry. Police in Kyrgyzstan seized 20 kg of opium last year.</p></footer>
</body></html>
"#,
        t = escape(title)
    )
}

/// A free TCP port on loopback, below the kernel's ephemeral range (32768 and up on Linux):
/// a port the kernel hands out for `:0` can be handed out again, between this check and the
/// server's bind, to another test's client connection or `:0` listener ("Address already in
/// use" in a gateway test once). Each process walks its own stretch of 20000–32767 and never
/// gives the same port twice.
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    const LOW: u32 = 20_000;
    const SPAN: u32 = 12_768;
    static NEXT: AtomicU32 = AtomicU32::new(u32::MAX);
    let _ = NEXT.compare_exchange(
        u32::MAX,
        std::process::id().wrapping_mul(97) % SPAN,
        Ordering::SeqCst,
        Ordering::SeqCst,
    );
    for _ in 0..SPAN {
        let port = (LOW + NEXT.fetch_add(1, Ordering::SeqCst) % SPAN) as u16;
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!(
        "no free port on loopback between {LOW} and {}",
        LOW + SPAN - 1
    )
}

/// An event as compared across formats: what statistics use, plus the evidence with its
/// spacing normalised.
pub fn event_key(e: &seizure_proto::v1::SeizureEvent) -> String {
    format!(
        "{} {} {} {} {} {} {:?} {} | {}",
        e.country,
        e.drug,
        e.amount,
        e.unit,
        e.kind,
        e.qualifier,
        e.date.as_ref().map(|d| (d.year, d.month, d.day)),
        e.source_url,
        e.evidence.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

// --- the deployment files (deploy/) ---

pub fn deploy() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../deploy")
}

pub fn env_of(service: &Value) -> Vec<(String, String)> {
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

pub fn yaml(rel: &str) -> Value {
    serde_yaml::from_slice(&std::fs::read(deploy().join(rel)).unwrap())
        .unwrap_or_else(|e| panic!("deploy/{rel}: {e}"))
}

/// The environment the compose file gives the nats service (its users' passwords).
pub fn nats_env() -> Vec<(String, String)> {
    static ENV: OnceLock<Vec<(String, String)>> = OnceLock::new();
    ENV.get_or_init(|| {
        env_of(&yaml("docker-compose.yml")["services"]["nats"])
            .into_iter()
            .map(|(k, v)| {
                // `${VAR:-default}` as docker-compose resolves it without a .env file.
                let v = v
                    .strip_prefix("${")
                    .and_then(|r| r.strip_suffix('}'))
                    .and_then(|r| r.split_once(":-"))
                    .map_or(v.clone(), |(_, d)| d.to_string());
                (k, v)
            })
            .collect()
    })
    .clone()
}

/// deploy/nats.conf with a temporary store and no fixed ports, everything else as written.
pub fn local_nats_conf() -> String {
    let conf = std::fs::read_to_string(deploy().join("nats.conf")).unwrap();
    let mut out = String::new();
    let mut replaced = 0;
    for line in conf.lines() {
        let t = line.trim_start();
        if t.starts_with("port:") || t.starts_with("http_port:") {
            replaced += 1;
            continue;
        }
        if t.starts_with("store_dir:") {
            replaced += 1;
            out.push_str("  store_dir: \"{store}\"\n");
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    assert_eq!(
        replaced, 3,
        "nats.conf sets port, http_port and store_dir once each"
    );
    out
}

/// The password compose gives NATS user `user`.
pub fn nats_password(user: &str) -> String {
    let key = format!("NATS_{}_PASSWORD", user.to_uppercase());
    nats_env()
        .into_iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("compose gives nats {key}"))
}

/// A nats-server with deploy/nats.conf's users and permissions (and no services yet); the
/// test's own connection is the `admin` user's. Also returns the server's plain URL.
pub async fn pipeline_with_deploy_users() -> (Pipeline, String) {
    let env = nats_env();
    let nats = LocalNats::start_with_config(
        &local_nats_conf(),
        &env.iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect::<Vec<_>>(),
    )
    .expect("nats-server starts with deploy/nats.conf");
    let url = nats.url().to_string();
    let admin = topology::with_credentials(&url, "admin", &nats_password("admin"));
    (Pipeline::on_server(nats, &admin, &[], &[]).await, url)
}

/// How many messages `stream` holds now.
pub async fn stream_messages(js: &jetstream::Context, stream: &str) -> u64 {
    let mut s = js.get_stream(stream).await.unwrap();
    s.info().await.unwrap().state.messages
}

/// Every message stored on `subjects` in `stream`, decoded.
pub async fn stored<M: seizure_proto::Message + Default>(
    js: &jetstream::Context,
    stream: &str,
    subjects: &str,
) -> Vec<M> {
    let s = js.get_stream(stream).await.unwrap();
    let c = s
        .create_consumer(jetstream::consumer::pull::Config {
            filter_subject: subjects.into(),
            ack_policy: jetstream::consumer::AckPolicy::None,
            ..Default::default()
        })
        .await
        .unwrap();
    let mut out = Vec::new();
    let mut batch = c
        .fetch()
        .max_messages(100_000)
        .expires(Duration::from_millis(800))
        .messages()
        .await
        .unwrap();
    while let Some(m) = batch.next().await {
        out.push(M::decode(m.unwrap().payload.as_ref()).unwrap());
    }
    out
}

/// A small deterministic generator (no randomness: reruns see the same stream).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// Month names and drugs, for generated bulletins.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const DRUGS: [&str; 5] = ["heroin", "hashish", "opium", "cocaine", "methamphetamine"];

/// Countries with a city the gazetteer knows, for generated bulletins.
pub const PLACES: [(&str, &str); 20] = [
    ("KZ", "Almaty"),
    ("TJ", "Dushanbe"),
    ("KG", "Bishkek"),
    ("UZ", "Tashkent"),
    ("RU", "Novosibirsk"),
    ("AF", "Kandahar"),
    ("IR", "Mashhad"),
    ("TM", "Ashgabat"),
    ("AZ", "Baku"),
    ("GE", "Tbilisi"),
    ("AM", "Yerevan"),
    ("PK", "Karachi"),
    ("TR", "Istanbul"),
    ("UA", "Odesa"),
    ("BY", "Minsk"),
    ("MN", "Ulaanbaatar"),
    ("CN", "Kashgar"),
    ("IN", "Amritsar"),
    ("AE", "Dubai"),
    ("DE", "Hamburg"),
];

/// The EVENTS messages the normalizer publishes for `bulletin`, read by its pure core: each
/// event, then the bulletin's digest.
pub fn messages_of(bulletin: &seizure_proto::v1::Bulletin) -> Vec<(String, Vec<u8>)> {
    use seizure_proto::Message;
    let n = normalizer::normalize(&bulletin.encode_to_vec()).unwrap();
    n.events
        .iter()
        .map(|e| (contract::event_subject(&e.country), e.encode_to_vec()))
        .chain([(
            contract::digest_subject(&bulletin.source),
            n.digest.encode_to_vec(),
        )])
        .collect()
}

/// What an aggregator publishes: every country's statistics and the overview, as bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub stats: BTreeMap<String, Vec<u8>>,
    pub overview: Vec<u8>,
}

/// What the aggregator must publish for these EVENTS messages, computed by the pure core on the
/// event clock (messages it would dead-letter are left out, as it leaves them out).
pub fn published(messages: impl IntoIterator<Item = (String, Vec<u8>)>) -> Published {
    use seizure_proto::Message;
    let mut book = seizure_window::StatsBook::default();
    let mut reviews = seizure_window::Reviews::default();
    for (subject, payload) in messages {
        if let Ok(input) = aggregator::decode(&subject, &payload) {
            aggregator::fold(&mut book, &mut reviews, input);
        }
    }
    let clock = seizure_window::Clock::Event;
    let as_of = book.as_of(clock, chrono::Utc::now().date_naive());
    let (stats, overview) = aggregator::publications(
        &book,
        as_of,
        clock,
        &seizure_window::IncidentRule::default(),
    );
    Published {
        stats: stats
            .into_iter()
            .map(|(cc, s)| (cc, s.encode_to_vec()))
            .collect(),
        overview: overview.encode_to_vec(),
    }
}

/// The subject a "permissions violation for publish to \"...\"" (or subscription) names.
fn violation(event: &str) -> Option<(bool, String)> {
    let e = event.to_lowercase();
    let rest = e.split("permissions violation for ").nth(1)?;
    let publish = rest.starts_with("publish");
    let subject = rest.split('"').nth(1)?.to_string();
    Some((publish, subject))
}

/// Connects as deploy/nats.conf's `user` (with its inbox prefix), publishes to each of `publish`
/// and subscribes to each of `subscribe`; returns the (lower-cased) subjects the server refused
/// with a permissions violation, for publishing and for subscribing.
pub async fn refused(
    url: &str,
    user: &str,
    publish: &[&str],
    subscribe: &[&str],
) -> (BTreeSet<String>, BTreeSet<String>) {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<String>();
    let client =
        async_nats::ConnectOptions::with_user_and_password(user.into(), nats_password(user))
            .custom_inbox_prefix(topology::inbox_prefix(user))
            .event_callback(move |event| {
                let tx = tx.clone();
                async move {
                    let _ = tx.send(event.to_string());
                }
            })
            .connect(url)
            .await
            .unwrap_or_else(|e| panic!("{user} connects: {e}"));
    let mut subscriptions = Vec::new();
    for subject in subscribe {
        subscriptions.push(client.subscribe(subject.to_string()).await.unwrap());
    }
    for subject in publish {
        client
            .publish(subject.to_string(), "".into())
            .await
            .unwrap();
    }
    client.flush().await.unwrap();
    let (mut pubs, mut subs) = (BTreeSet::new(), BTreeSet::new());
    while let Ok(Some(event)) = tokio::time::timeout(Duration::from_secs(2), rx.recv()).await {
        match violation(&event) {
            Some((true, s)) => pubs.insert(s),
            Some((false, s)) => subs.insert(s),
            None => false,
        };
    }
    (pubs, subs)
}

/// (kind, drug, unit) → (summed amount, events) for `country` in the gold files.
pub fn gold_series(docs: &[&str], country: &str) -> BTreeMap<(String, String, String), (f64, u64)> {
    let mut out: BTreeMap<(String, String, String), (f64, u64)> = BTreeMap::new();
    for doc in docs {
        let gold: serde_json::Value =
            serde_json::from_slice(&read(&fixtures().join(format!("seeds/gold/{doc}.json"))))
                .unwrap();
        for e in gold["events"].as_array().unwrap() {
            if e["country"].as_str() == Some(country) {
                let key = (
                    e["kind"].as_str().unwrap().into(),
                    e["drug"].as_str().unwrap().into(),
                    e["unit"].as_str().unwrap().into(),
                );
                let v = out.entry(key).or_default();
                v.0 += e["amount"].as_f64().unwrap();
                v.1 += 1;
            }
        }
    }
    out
}

/// (kind, drug, unit) → (all-time amount, events) of a CountryStats.
pub fn all_time(
    s: &seizure_proto::v1::CountryStats,
) -> BTreeMap<(String, String, String), (f64, u64)> {
    s.series
        .iter()
        .map(|d| {
            let w = d
                .windows
                .iter()
                .find(|w| w.window == "all")
                .expect("an all-time window");
            (
                (
                    seizure_proto::json::kind_name(d.kind).into(),
                    d.drug.clone(),
                    d.unit.clone(),
                ),
                (w.amount, w.events),
            )
        })
        .collect()
}

pub fn matches_gold(
    s: &seizure_proto::v1::CountryStats,
    gold: &BTreeMap<(String, String, String), (f64, u64)>,
) -> bool {
    let got = all_time(s);
    got.len() == gold.len()
        && gold.iter().all(|(k, (amount, events))| {
            got.get(k)
                .is_some_and(|(a, e)| (a - amount).abs() < 1e-6 && e == events)
        })
}
