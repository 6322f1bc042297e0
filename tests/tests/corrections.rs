//! Reviewers' corrections on a real pipeline, every service with its own NATS user from
//! deploy/nats.conf: a correction posted to the gateway changes the published statistics once,
//! an undo restores them byte for byte, callers without a reviewer's token are refused and
//! change nothing, no other NATS user may publish a correction, and an aggregator started from
//! nothing (no snapshot, no consumer, no published statistics) replays bulletins and
//! corrections to byte-identical statistics. The exports carry the corrected values.

mod common;

use std::collections::BTreeMap;
use std::process::Command;
use std::time::Duration;

use common::browser::{BrowserScript, browser_available, screenshots};
use common::{Pipeline, eventually, free_port, get, get_json, http_client, nats_password, refused};
use seizure_bus::contract;
use seizure_proto::Message;
use seizure_proto::v1::CountryStats;
use serde_json::{Value, json};

const TOKEN: &str = "reviewer-token-0123456789";

struct Running {
    p: Pipeline,
    url: String,
    base: String,
}

fn user_env(url: &str, user: &str) -> Vec<(&'static str, String)> {
    vec![
        ("NATS_URL", url.to_string()),
        ("NATS_USER", user.to_string()),
        ("NATS_PASSWORD", nats_password(user)),
    ]
}

async fn start() -> Running {
    let (mut p, url) = common::pipeline_with_deploy_users().await;
    for name in ["normalizer", "aggregator", "ingester"] {
        let mut env = user_env(&url, name);
        env.push(("HEALTH_ADDR", format!("127.0.0.1:{}", free_port())));
        p.start_service(name, &env);
    }
    let port = free_port();
    let mut env = user_env(&url, "gateway");
    env.push(("GATEWAY_ADDR", format!("127.0.0.1:{port}")));
    env.push(("GATEWAY_REVIEWERS", format!("ana:{TOKEN}")));
    p.start_service("gateway", &env);
    Running {
        p,
        url,
        base: format!("http://127.0.0.1:{port}"),
    }
}

async fn post(url: &str, token: Option<&str>, body: &Value) -> (u16, Value) {
    let mut req = http_client(Duration::from_secs(10))
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    let text = r.text().await.unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// The all-time amount and event count of `country`'s series of this kind, drug and unit.
fn all_time(stats: &CountryStats, kind: &str, drug: &str, unit: &str) -> (f64, u64) {
    let json = seizure_proto::json::stats_json(stats);
    json["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == kind && s["drug"] == drug && s["unit"] == unit)
        .map_or((0.0, 0), |s| {
            let w = &s["windows"]["all"];
            (w["amount"].as_f64().unwrap(), w["events"].as_u64().unwrap())
        })
}

async fn stats_of(p: &Pipeline, cc: &str) -> CountryStats {
    let bytes = p.stats_bytes().await;
    CountryStats::decode(bytes[cc].as_slice()).unwrap()
}

/// `seizurectl export` in every format, read back by pandas and pyarrow with the right types,
/// and `--corrections` as labelled files that `seizurectl eval` reads.
async fn exports_carry_the_correction(r: &Running, extracted: f64) {
    let ctl = localnats::service_binary("seizurectl").unwrap();
    let dir = r.p.work.path().join("export");
    std::fs::create_dir_all(&dir).unwrap();
    let admin = seizure_bus::topology::with_credentials(&r.url, "admin", &nats_password("admin"));
    for (format, file) in [
        ("csv", "events.csv"),
        ("parquet", "events.parquet"),
        ("jsonl", "events.jsonl"),
    ] {
        let out = Command::new(&ctl)
            .args(["export", "--format", format, "--output"])
            .arg(dir.join(file))
            .args(["--nats", &admin])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "export {format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let python = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../.venv/bin/python");
    let out = Command::new(&python)
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("python/check_export.py"))
        .args([
            dir.join("events.csv"),
            dir.join("events.parquet"),
            dir.join("events.jsonl"),
        ])
        .output()
        .unwrap_or_else(|e| panic!("{}: {e} (run scripts/setup.sh --test)", python.display()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(read["problems"], json!([]), "{read}");
    assert_eq!(read["csv_amounts"], true, "{read}");
    assert!(read["rows"].as_u64().unwrap() > 5, "{read}");
    let corrected = read["corrected"].as_array().unwrap();
    assert_eq!(corrected.len(), 1, "{read}");
    assert_eq!(corrected[0]["amount"], 343.9);
    assert_eq!(corrected[0]["original_amount"], extracted);
    assert_eq!(corrected[0]["reviewer"], "ana");

    // The reviewed bulletin as labelled data: the corrected figure, scored by `eval`.
    let labelled = dir.join("reviewed");
    let out = Command::new(&ctl)
        .args(["export", "--corrections"])
        .arg(&labelled)
        .args(["--nats", &admin])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let golds: Vec<_> = std::fs::read_dir(labelled.join("gold")).unwrap().collect();
    assert_eq!(golds.len(), 1, "one reviewed bulletin");
    let gold: Value =
        serde_json::from_slice(&std::fs::read(golds[0].as_ref().unwrap().path()).unwrap()).unwrap();
    assert!(
        gold["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["amount"] == 343.9),
        "{gold}"
    );
    assert!(gold.to_string().find("evidence").is_none(), "facts only");
    let out = Command::new(&ctl)
        .arg("eval")
        .arg(labelled.join("gold"))
        .arg(labelled.join("texts"))
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && report.contains("1 documents"),
        "{report}"
    );
}

/// Tajikistan's destroyed heroin (34.39 kg in seed 002) as the gateway lists it, once it does.
async fn tj_heroin(base: &str) -> Value {
    let url = format!("{base}/v1/events?country=TJ&drug=heroin");
    eventually(
        Duration::from_secs(30),
        "the gateway holds the events",
        || {
            let url = url.clone();
            async move {
                get_json(&url)
                    .await
                    .is_some_and(|v| v["events"].as_array().is_some_and(|e| !e.is_empty()))
            }
        },
    )
    .await;
    get_json(&url).await.unwrap()["events"][0].clone()
}

async fn messages(p: &Pipeline, stream: &str) -> u64 {
    common::stream_messages(&p.js, stream).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corrections_change_the_statistics_once_undo_restores_them_and_replay_gives_the_same_bytes()
{
    let mut r = start().await;
    let base = r.base.clone();
    for doc in ["000_6dafeabee5123793", "002_47f95a5e802b696b"] {
        r.p.drop_seed(doc);
    }
    r.p.wait_idle(Duration::from_secs(120)).await;
    // The event to correct: Tajikistan's destroyed heroin (34.39 kg in the seed).
    let event = tj_heroin(&base).await;
    let (kind, unit) = (
        event["kind"].as_str().unwrap(),
        event["unit"].as_str().unwrap(),
    );
    let extracted = event["amount"].as_f64().unwrap();
    // (The gateway shows the event before the aggregator's statistics are written: wait for
    // TJ's statistics to hold it, and for the bucket to stop changing.)
    eventually(
        Duration::from_secs(60),
        "the statistics settle with TJ's heroin",
        || {
            let p = &r.p;
            async move {
                let first = p.stats_bytes().await;
                tokio::time::sleep(Duration::from_millis(500)).await;
                first == p.stats_bytes().await
                    && first.get("TJ").is_some_and(|b| {
                        let s = CountryStats::decode(b.as_slice()).unwrap();
                        (all_time(&s, kind, "heroin", unit).0 - extracted).abs() < 1e-9
                    })
            }
        },
    )
    .await;
    let before = r.p.stats_bytes().await;
    let (amount0, events0) = all_time(&stats_of(&r.p, "TJ").await, kind, "heroin", unit);
    assert!((amount0 - extracted).abs() < 1e-9, "one heroin event in TJ");

    // Refused: no token (401), a wrong token (403), a malformed correction (400). Nothing is
    // stored, nothing changes.
    let amend = json!({"action": "amend", "event_id": event["event_id"], "amount": 343.9,
        "reason": "the release says 343 kg 900 g"});
    let corrections = format!("{base}/v1/corrections");
    let (status, body) = post(&corrections, None, &amend).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("unauthenticated"))
    );
    let (status, body) = post(&corrections, Some("not-a-reviewer-token-000"), &amend).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    let (status, body) = post(
        &corrections,
        Some(TOKEN),
        &json!({"action": "amend",
        "event_id": event["event_id"], "amount": -1, "reason": "x"}),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("bad_correction"))
    );
    // No other NATS user may publish a correction; the gateway's may.
    for user in ["ingester", "normalizer", "aggregator", "dashboard"] {
        let (pubs, _) = refused(
            &r.url,
            user,
            &["corrections.TJ", "events.correction.TJ"],
            &[],
        )
        .await;
        assert!(
            pubs.contains("corrections.tj") && pubs.contains("events.correction.tj"),
            "{user} may not publish corrections: {pubs:?}"
        );
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(messages(&r.p, contract::CORRECTIONS_STREAM).await, 0);
    assert_eq!(
        r.p.stats_bytes().await,
        before,
        "refused attempts change nothing"
    );

    // A reviewer's amendment: the figure changes once (the event is replaced, not added).
    let (status, body) = post(&corrections, Some(TOKEN), &amend).await;
    assert_eq!(status, 202, "{body}");
    assert_eq!(body["reviewer"], "ana");
    eventually(
        Duration::from_secs(30),
        "TJ's statistics follow the correction",
        || {
            let p = &r.p;
            async move {
                let s = stats_of(p, "TJ").await;
                all_time(&s, kind, "heroin", unit).0 != amount0
            }
        },
    )
    .await;
    r.p.wait_idle(Duration::from_secs(60)).await;
    let (amount1, events1) = all_time(&stats_of(&r.p, "TJ").await, kind, "heroin", unit);
    assert!((amount1 - 343.9).abs() < 1e-6, "{amount1}");
    assert_eq!(events1, events0, "replaced, not added");
    assert_eq!(messages(&r.p, contract::CORRECTIONS_STREAM).await, 1);
    // The API shows the corrected value with the original, and the audit trail has it.
    eventually(
        Duration::from_secs(10),
        "the event shows its correction",
        || {
            let url = format!("{base}/v1/events?country=TJ&drug=heroin");
            async move {
                get_json(&url).await.is_some_and(|v| {
                    let e = &v["events"][0];
                    e["corrected"] == true
                        && e["amount"] == 343.9
                        && e["original"]["amount"] == extracted
                })
            }
        },
    )
    .await;
    let trail = get_json(&format!("{base}/v1/corrections")).await.unwrap();
    assert_eq!(
        trail["corrections"][0]["reason"],
        "the release says 343 kg 900 g"
    );
    let (status, csv) = get(&format!("{base}/v1/events.csv?country=TJ&drug=heroin")).await;
    assert_eq!(status, 200);
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.contains(",343.9,") && row.contains(",true,false,false,"),
        "{csv}"
    );
    let (status, csv) = get(&format!("{base}/v1/stats.csv?country=TJ")).await;
    assert!(
        status == 200 && csv.contains("TJ,") && csv.contains(",343.9,"),
        "{csv}"
    );

    exports_carry_the_correction(&r, extracted).await;

    // Undo: the extracted figure again, byte for byte.
    let undo = json!({"action": "undo", "event_id": event["event_id"], "reason": "checked again"});
    let (status, body) = post(&corrections, Some(TOKEN), &undo).await;
    assert_eq!(status, 202, "{body}");
    eventually(
        Duration::from_secs(30),
        "the undo restores the statistics",
        || {
            let p = &r.p;
            let before = before.clone();
            async move { p.stats_bytes().await == before }
        },
    )
    .await;

    // A missed event added at the same sentence: counted as one more event of its series.
    let span = &event["evidence_span"];
    let add = json!({"action": "add", "bulletin_id": event["bulletin_id"],
        "evidence_start": span[0], "evidence_end": span[1], "evidence": event["evidence"],
        "kind": "destruction", "country": "TJ", "drug": "other:khat", "amount": 2.5,
        "unit": "kg", "date": "2025-08-12", "reason": "the release also lists khat"});
    let (status, body) = post(&corrections, Some(TOKEN), &add).await;
    assert_eq!(status, 202, "{body}");
    eventually(
        Duration::from_secs(30),
        "the added event is counted",
        || {
            let p = &r.p;
            async move {
                let s = stats_of(p, "TJ").await;
                all_time(&s, "destruction", "other:khat", "kg") == (2.5, 1)
            }
        },
    )
    .await;

    // Corrected again (not an event), then an aggregator that starts from nothing replays
    // bulletins and corrections to the same bytes.
    let gone = json!({"action": "not_an_event", "event_id": event["event_id"],
        "reason": "a national total, not one destruction"});
    assert_eq!(post(&corrections, Some(TOKEN), &gone).await.0, 202);
    eventually(
        Duration::from_secs(30),
        "the event is no longer counted",
        || {
            let p = &r.p;
            async move {
                let s = stats_of(p, "TJ").await;
                all_time(&s, kind, "heroin", unit).1 == events0 - 1
            }
        },
    )
    .await;
    r.p.wait_idle(Duration::from_secs(60)).await;
    let corrected = r.p.stats_bytes().await;
    let aggregator =
        r.p.services
            .iter()
            .position(|s| s.name() == "aggregator")
            .unwrap();
    r.p.services.remove(aggregator); // stopped on drop
    tokio::time::sleep(Duration::from_millis(500)).await;
    let snapshots =
        r.p.js
            .get_object_store(contract::AGGREGATOR_SNAPSHOTS_BUCKET)
            .await
            .unwrap();
    let _ = snapshots.delete("snapshot").await;
    r.p.js
        .get_stream(contract::EVENTS_STREAM)
        .await
        .unwrap()
        .delete_consumer(contract::AGGREGATOR_CONSUMER)
        .await
        .unwrap();
    let kv =
        r.p.js
            .get_key_value(contract::COUNTRY_STATS_BUCKET)
            .await
            .unwrap();
    for cc in corrected.keys() {
        kv.purge(cc).await.unwrap();
    }
    assert!(r.p.stats_bytes().await.is_empty());
    let mut env = user_env(&r.url, "aggregator");
    env.push(("HEALTH_ADDR", format!("127.0.0.1:{}", free_port())));
    r.p.start_service("aggregator", &env);
    eventually(
        Duration::from_secs(60),
        "the replay republishes everything",
        || {
            let p = &r.p;
            let want: BTreeMap<String, Vec<u8>> = corrected.clone();
            async move { p.stats_bytes().await == want }
        },
    )
    .await;
    assert_ne!(corrected, before);
    assert_eq!(messages(&r.p, contract::CORRECTIONS_STREAM).await, 4);
}

/// The sum of the all-time kg of `kind` in a country's statistics JSON: what the dashboard's
/// table and map show for it with `window=all`.
fn all_time_kg(stats: &Value, kind: &str) -> f64 {
    stats["series"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == kind && s["unit"] == "kg")
        .map(|s| s["windows"]["all"]["amount"].as_f64().unwrap())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_corrects_an_amount_and_undo_restores_it() {
    if !browser_available() {
        return;
    }
    let mut r = start().await;
    let base = r.base.clone();
    r.p.drop_seed("002_47f95a5e802b696b");
    // An event with no country and no date of its own: the review list puts it first.
    r.p.drop_file(
        "risky.txt",
        b"Officers seized 2 kg of hashish from a parked car during a search.\n",
    );
    r.p.wait_idle(Duration::from_secs(120)).await;
    let review = get_json(&format!("{base}/v1/review")).await.unwrap();
    assert_eq!(review["events"][0]["drug"], "hashish", "{review}");
    assert_eq!(
        review["events"][0]["risks"],
        json!(["no_country", "date_from_bulletin"])
    );
    let event = tj_heroin(&base).await;
    assert_eq!(event["kind"], "destruction");
    let original = event["amount"].as_f64().unwrap();
    let stats_url = format!("{base}/v1/stats/TJ");
    let before = all_time_kg(&get_json(&stats_url).await.unwrap(), "destruction");
    let new_amount = 343.9;
    let expected = json!({
        "country": "TJ", "measure": "destroyed", "event_id": event["event_id"],
        "before": before, "after": before - original + new_amount,
        "new_amount": new_amount, "original_amount": original,
    });
    let expected_path = r.p.work.path().join("review.json");
    std::fs::write(&expected_path, expected.to_string()).unwrap();
    let mut page = BrowserScript::start(
        "review.mjs",
        &[
            format!("{base}/?window=all&lang=en&measure=destroyed&country=TJ"),
            TOKEN.to_string(),
            expected_path.display().to_string(),
            screenshots().display().to_string(),
        ],
    );
    let line = page.line(Duration::from_secs(120)).await;
    assert_eq!(
        line, "CORRECTED",
        "the browser's first phase failed (see stderr)"
    );
    // The API agrees with what the page shows, and the correction is on the stream.
    let stats = get_json(&stats_url).await.unwrap();
    assert!((all_time_kg(&stats, "destruction") - (before - original + new_amount)).abs() < 1e-6);
    assert_eq!(messages(&r.p, contract::CORRECTIONS_STREAM).await, 1);
    let (ok, rest) = page.finish("checked", Duration::from_secs(120)).await;
    assert!(ok && rest.contains("DONE"), "the undo failed: {rest}");
    let stats = get_json(&stats_url).await.unwrap();
    assert!((all_time_kg(&stats, "destruction") - before).abs() < 1e-6);
    assert_eq!(messages(&r.p, contract::CORRECTIONS_STREAM).await, 2);
}
