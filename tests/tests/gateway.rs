//! The gateway on a real pipeline: its JSON API agrees with the `country_stats` bucket and with
//! its own OpenAPI document, events carry their evidence and source, the live stream announces
//! new statistics, every service serves metrics and health, and the dashboard, loaded in
//! headless Chromium, shows the seeds' figures and updates when a bulletin arrives.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use common::browser::{BrowserScript, browser_available, screenshots};
use common::{Pipeline, eventually, free_port, get, get_json, http_client};
use seizure_proto::Message;
use seizure_proto::v1::CountryStats;
use serde_json::{Value, json};

const SEEDS: &[&str] = &[
    "000_6dafeabee5123793",
    "001_8f96f0c42b4d8625",
    "002_47f95a5e802b696b",
    "003_03a438e96c9986e7",
    "004_805b2a3c5ffcaa04",
];

/// A new bulletin: one seizure in a country the seeds have no figures for.
const NEW_BULLETIN: &str = "Bishkek, 3 November 2026. Officers of the Ministry of Internal \
Affairs of the Kyrgyz Republic seized 12.5 kg of heroin from a car on the Osh-Bishkek road on \
2 November 2026.\n";

struct Running {
    p: Pipeline,
    base: String,
    ops: BTreeMap<&'static str, String>,
}

/// The whole pipeline with the gateway, the seeds ingested and settled.
async fn pipeline_with_seeds() -> Running {
    let mut ops = BTreeMap::new();
    let mut p = Pipeline::start(&[], &[]).await;
    for name in ["normalizer", "aggregator", "ingester"] {
        let port = free_port();
        ops.insert(name, format!("http://127.0.0.1:{port}"));
        p.start_service(name, &[("HEALTH_ADDR", format!("127.0.0.1:{port}"))]);
    }
    // The gateway serves its operations endpoints beside its API.
    let gateway = free_port();
    let base = format!("http://127.0.0.1:{gateway}");
    ops.insert("gateway", base.clone());
    p.start_service(
        "gateway",
        &[
            ("GATEWAY_ADDR", format!("127.0.0.1:{gateway}")),
            ("GATEWAY_POLL_SECS", "1".into()),
        ],
    );
    for doc in SEEDS {
        p.drop_seed(doc);
    }
    p.wait_idle(Duration::from_secs(120)).await;
    let r = Running { p, base, ops };
    // The gateway has caught up once it serves what the bucket holds.
    let want = bucket_json(&r.p).await;
    eventually(Duration::from_secs(30), "gateway serves the bucket", || {
        let url = format!("{}/v1/stats", r.base);
        let want = want.clone();
        async move {
            get_json(&url)
                .await
                .is_some_and(|v| v["countries"].as_array() == Some(&want))
        }
    })
    .await;
    r
}

async fn bucket_stats(p: &Pipeline) -> Vec<CountryStats> {
    p.stats_bytes()
        .await
        .values()
        .map(|b| CountryStats::decode(b.as_slice()).unwrap())
        .collect()
}

async fn bucket_json(p: &Pipeline) -> Vec<Value> {
    bucket_stats(p)
        .await
        .iter()
        .map(seizure_proto::json::stats_json)
        .collect()
}

/// The property names of schema `name` in the OpenAPI document.
fn schema_fields(openapi: &Value, name: &str) -> BTreeSet<String> {
    openapi["components"]["schemas"][name]["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("schema {name} in openapi.json"))
        .keys()
        .cloned()
        .collect()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_serves_the_buckets_statistics_events_live_updates_and_metrics() {
    let mut r = pipeline_with_seeds().await;
    let base = &r.base.clone();

    // Statistics: exactly the bucket's, in the documented shape.
    let openapi = get_json(&format!("{base}/openapi.json")).await.unwrap();
    assert_eq!(openapi["openapi"], "3.1.0");
    for path in [
        "/v1/stats",
        "/v1/stats/{country}",
        "/v1/events",
        "/v1/stream",
        "/metrics",
        "/healthz",
        "/readyz",
    ] {
        assert!(
            openapi["paths"][path].is_object(),
            "openapi.json documents {path}"
        );
    }
    let all = get_json(&format!("{base}/v1/stats")).await.unwrap();
    assert_eq!(keys(&all), schema_fields(&openapi, "AllStats"));
    let countries = all["countries"].as_array().unwrap();
    assert!(countries.len() >= 5, "{all}");
    for c in countries {
        assert_eq!(keys(c), schema_fields(&openapi, "CountryStats"));
        for s in c["series"].as_array().unwrap() {
            assert_eq!(keys(s), schema_fields(&openapi, "DrugSeries"));
            for w in s["windows"].as_object().unwrap().values() {
                assert_eq!(keys(w), schema_fields(&openapi, "WindowFigures"));
            }
        }
    }
    let tj = get_json(&format!("{base}/v1/stats/tj")).await.unwrap();
    let heroin = tj["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["drug"] == "heroin" && s["kind"] == "destruction")
        .expect("Tajikistan's destroyed heroin");
    assert_eq!(heroin["windows"]["all"]["amount"], 34.39);
    let (status, body) = get(&format!("{base}/v1/stats/XX")).await;
    assert_eq!(status, 404);
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["error"]["code"],
        "unknown_country"
    );

    // Events: filtered, with evidence and source.
    let events = get_json(&format!("{base}/v1/events?country=TJ&drug=heroin"))
        .await
        .unwrap();
    let events = events["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{events:?}");
    let e = &events[0];
    // Every field documented; the documented ones that only some events carry (a corrected
    // event's original, /v1/review's risks) aside, every documented field present.
    let documented = schema_fields(&openapi, "SeizureEvent");
    let required: BTreeSet<String> = openapi["components"]["schemas"]["SeizureEvent"]["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(keys(e).is_subset(&documented), "{e}");
    assert!(required.is_subset(&keys(e)), "{e}");
    assert_eq!(e["amount"], 34.39);
    assert_eq!(e["date"], "2025-08-12");
    assert!(
        e["evidence"]
            .as_str()
            .unwrap()
            .contains("34 kg 390 g of heroin"),
        "{e}"
    );
    assert!(e["source_url"].as_str().unwrap().starts_with("http"), "{e}");
    let later = get_json(&format!("{base}/v1/events?country=TJ&since=2025-09-01"))
        .await
        .unwrap();
    assert_eq!(later["events"].as_array().unwrap().len(), 0, "{later}");
    let limited = get_json(&format!("{base}/v1/events?limit=3"))
        .await
        .unwrap();
    assert_eq!(limited["events"].as_array().unwrap().len(), 3);
    assert_eq!(
        get(&format!("{base}/v1/events?since=last-week")).await.0,
        400
    );

    // The live stream: a new bulletin's statistics arrive as a `stats` event.
    // One deadline for the whole stream: the request's.
    let mut stream = http_client(Duration::from_secs(60))
        .get(format!("{base}/v1/stream"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        stream.headers()["content-type"].to_str().unwrap(),
        "text/event-stream"
    );
    let mut seen = String::new();
    while !seen.contains("event: hello") {
        seen.push_str(&String::from_utf8_lossy(
            &stream.chunk().await.unwrap().unwrap(),
        ));
    }
    r.p.drop_file("kg.txt", NEW_BULLETIN.as_bytes());
    let kg = loop {
        let chunk = match stream.chunk().await {
            Ok(Some(chunk)) => chunk,
            end => panic!("no KG update ({end:?}): {seen}"),
        };
        seen.push_str(&String::from_utf8_lossy(&chunk));
        let found = seen
            .split("\n\n")
            .filter(|m| m.starts_with("event: stats\n"))
            .filter_map(|m| m.lines().find_map(|l| l.strip_prefix("data: ")))
            .filter_map(|d| serde_json::from_str::<Value>(d).ok())
            .find(|v| {
                v["country"] == "KG" && v["series"].as_array().is_some_and(|s| !s.is_empty())
            });
        if let Some(v) = found {
            break v;
        }
    };
    assert_eq!(kg["series"][0]["windows"]["all"]["amount"], 12.5);
    // New events are announced too (they and the statistics come through different consumers,
    // so in either order).
    while !seen.contains("event: event\n") {
        match stream.chunk().await {
            Ok(Some(chunk)) => seen.push_str(&String::from_utf8_lossy(&chunk)),
            end => panic!("no event announced ({end:?}): {seen}"),
        }
    }

    // Metrics and health: the gateway's statistics gauges, every service's own counters.
    r.p.wait_idle(Duration::from_secs(60)).await;
    eventually(Duration::from_secs(20), "gateway metrics", || async {
        let (_, m) = get(&format!("{base}/metrics")).await;
        m.contains(
            "seizure_amount{country=\"TJ\",kind=\"destruction\",drug=\"heroin\",unit=\"kg\",window=\"all\"} 34.39",
        ) && m.contains("seizure_amount{country=\"KG\",kind=\"seizure\",drug=\"heroin\",unit=\"kg\",window=\"all\"} 12.5")
            && m.contains("seizure_pipeline_pending{consumer=\"aggregator\",state=\"undelivered\"} 0")
            && m.contains("seizure_stream_messages{stream=\"DLQ\"}")
    })
    .await;
    let wants: [(&str, &[&str]); 4] = [
        (
            "normalizer",
            &[
                "seizure_messages_total{service=\"normalizer\",outcome=\"done\"} 6",
                "seizure_extraction_seconds_bucket",
                "seizure_events_extracted_total",
                "seizure_consumer_pending{service=\"normalizer\"}",
            ],
        ),
        (
            "aggregator",
            &[
                "seizure_messages_total{service=\"aggregator\",outcome=\"done\"}",
                "seizure_stats_published_total",
            ],
        ),
        (
            "ingester",
            &["seizure_bulletins_total{outcome=\"ingested\"} 6"],
        ),
        ("gateway", &["seizure_country_events{country=\"KG\"} 1"]),
    ];
    for (service, wanted) in wants {
        let base = &r.ops[service];
        let (status, metrics) = get(&format!("{base}/metrics")).await;
        assert_eq!(status, 200, "{service} /metrics");
        for w in wanted {
            assert!(
                metrics.contains(w),
                "{service} /metrics lacks {w}:\n{metrics}"
            );
        }
        for endpoint in ["healthz", "readyz"] {
            assert_eq!(
                get(&format!("{base}/{endpoint}")).await.0,
                200,
                "{service} /{endpoint}"
            );
        }
    }
}

/// The figures the dashboard's table must show for `s` in the "all" window.
fn table_figures(s: &CountryStats) -> Value {
    let sum = |kind: &str, events: bool| -> f64 {
        s.series
            .iter()
            .filter(|d| {
                seizure_proto::json::kind_name(d.kind) == kind && (events || d.unit == "kg")
            })
            .filter_map(|d| d.windows.iter().find(|w| w.window == "all"))
            .map(|w| if events { w.events as f64 } else { w.amount })
            .sum()
    };
    json!({
        "seized": sum("seizure", false),
        "destroyed": sum("destruction", false),
        "totals": sum("period_total", false),
        "seizures": sum("seizure", true),
        "bulletins": s.bulletins,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_shows_the_seeds_figures_and_updates_live_in_headless_chromium() {
    if !browser_available() {
        return;
    }
    let r = pipeline_with_seeds().await;
    let stats = bucket_stats(&r.p).await;
    let newest = get_json(&format!("{}/v1/events?limit=1", r.base))
        .await
        .unwrap();
    let expected = json!({
        "countries": stats.iter().map(|s| (s.country.clone(), table_figures(s))).collect::<serde_json::Map<_, _>>(),
        "evidence": newest["events"][0]["evidence"],
        "after": {
            "country": "KG",
            "measure": "seized",
            "value": 12.5,
            "evidence": "seized 12.5 kg of heroin",
        },
    });
    let expected_path = r.p.work.path().join("expected.json");
    std::fs::write(&expected_path, expected.to_string()).unwrap();
    let shots = screenshots();
    let mut page = BrowserScript::start(
        "dashboard.mjs",
        &[
            format!("{}/?window=all&lang=en", r.base),
            expected_path.display().to_string(),
            shots.display().to_string(),
        ],
    );
    let first = page.line(Duration::from_secs(90)).await;
    assert_eq!(first, "READY", "the first phase failed (see stderr)");
    r.p.drop_file("kg.txt", NEW_BULLETIN.as_bytes());
    let (ok, rest) = page.finish("ingested", Duration::from_secs(120)).await;
    assert!(ok, "the browser test failed: {rest}");
    assert!(rest.contains("DONE"), "{rest}");
    let shot = std::fs::metadata(shots.join("dashboard.png")).expect("a screenshot");
    assert!(
        shot.len() > 50_000,
        "the screenshot is {} bytes",
        shot.len()
    );
    eprintln!("screenshots: {}", shots.display());
}
