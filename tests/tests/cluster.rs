//! More than one machine, on loopback: three nats-server processes as one JetStream cluster
//! with R3 streams, two normalizers sharing a consumer and two aggregators partitioned by
//! country. One NATS node is killed mid-stream and brought back; the final statistics are
//! byte-equal to what the pure cores compute from the same bulletins, nothing lost or counted
//! twice.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::Pipeline;
use localnats::LocalNats;
use seizure_bus::{contract, topology};
use seizure_proto::Message;
use seizure_proto::v1::Bulletin;

/// The countries of the generated bulletins: the first six places, split east and west below.
const CITIES: &[(&str, &str)] = common::PLACES.split_at(6).0;

fn bulletin(i: usize) -> Bulletin {
    let (_, city) = CITIES[i % CITIES.len()];
    Bulletin {
        id: format!("cluster-{i:05}"),
        source: "cluster".into(),
        source_url: format!("https://cluster.example/{i}"),
        text: format!(
            "Report {i}\n\nOn {} March 2025, police in {city} seized {} kg {} g of heroin.",
            1 + i % 28,
            1 + i % 50,
            i % 1000
        ),
        received_at: Some(seizure_proto::Timestamp {
            seconds: 1_750_000_000 + i as i64,
            nanos: 0,
        }),
        ..Default::default()
    }
}

/// Three nodes of cluster `seizure` on loopback, each with its own store.
/// (The route ports are found free, then let go before the servers bind them: a node started
/// first may take one for its client port. Such a start fails at once; the cluster is then
/// started again on fresh ports, a few times at most.)
fn cluster() -> Vec<LocalNats> {
    const ATTEMPTS: usize = 3;
    for attempt in 1..=ATTEMPTS {
        match try_cluster() {
            Ok(nodes) => return nodes,
            Err(e) if attempt < ATTEMPTS => {
                eprintln!("cluster start {attempt} failed ({e}); again on fresh ports");
            }
            Err(e) => panic!("a cluster node starts: {e:?}"),
        }
    }
    unreachable!("the last attempt returns or panics")
}

fn try_cluster() -> Result<Vec<LocalNats>, localnats::Error> {
    let routes: Vec<u16> = (0..3).map(|_| common::free_port()).collect();
    (0..3)
        .map(|n| {
            let others: Vec<String> = routes
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != n)
                .map(|(_, p)| format!("nats-route://127.0.0.1:{p}"))
                .collect();
            let conf = format!(
                "server_name: n{n}\nmax_payload: 8MB\njetstream {{\n  store_dir: \"{{store}}\"\n}}\n\
                 cluster {{\n  name: seizure\n  listen: 127.0.0.1:{}\n  routes: [{}]\n}}\n",
                routes[n],
                others.join(", ")
            );
            LocalNats::start_with_config(&conf, &[])
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_three_node_cluster_loses_a_node_mid_stream_and_the_figures_are_exact() {
    let mut nodes = cluster();
    let url: String = nodes
        .iter()
        .map(|n| n.url().to_string())
        .collect::<Vec<_>>()
        .join(",");
    topology::set_replicas(3);
    // The test's own connection provisions R3 streams once the cluster has a meta leader.
    let client = topology::connect(&url, "cluster-test").await.unwrap();
    let js = async_nats::jetstream::new(client);
    common::eventually(Duration::from_secs(60), "a JetStream meta leader", || {
        let js = js.clone();
        async move { js.query_account().await.is_ok() }
    })
    .await;
    let first = nodes.remove(0);
    let mut p = Pipeline::on_server(first, &url, &[], &[]).await;
    let env = [
        ("NATS_URL", url.clone()),
        ("JETSTREAM_REPLICAS", "3".to_string()),
        ("AGGREGATOR_CLOCK", "event".to_string()),
        ("NORMALIZER_BATCH", "8".to_string()),
    ];
    p.start_service("normalizer", &env);
    p.start_service("normalizer", &env);
    for (name, countries) in [("east", "KZ,TJ,KG,ZZ"), ("west", "UZ,RU,AF")] {
        let mut e = env.to_vec();
        e.push(("AGGREGATOR_PARTITION", name.into()));
        e.push(("AGGREGATOR_COUNTRIES", countries.into()));
        p.start_service("aggregator", &e);
    }
    // Bulletins arrive while the services work; a third of the way in a node dies, two thirds
    // in it comes back. A publish the cluster did not confirm is sent again (its message id
    // makes a repeat harmless).
    let bulletins: Vec<Bulletin> = (0..1500).map(bulletin).collect();
    for (i, b) in bulletins.iter().enumerate() {
        if i == 500 {
            nodes[0].kill();
        }
        if i == 1000 {
            nodes[0].restart().expect("the node restarts on its store");
        }
        let started = std::time::Instant::now();
        loop {
            let mut headers = async_nats::HeaderMap::new();
            headers.insert("Nats-Msg-Id", b.id.as_str());
            let sent =
                p.js.publish_with_headers(
                    contract::bulletin_subject(&b.source),
                    headers,
                    b.encode_to_vec().into(),
                )
                .await;
            let acked = match sent {
                Ok(ack) => ack.await.is_ok(),
                Err(_) => false,
            };
            if acked {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "bulletin {i} never confirmed"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    p.wait_idle(Duration::from_secs(180)).await;

    // The pure cores on the same bulletins.
    let want = common::published(bulletins.iter().flat_map(common::messages_of)).stats;
    assert_eq!(want.len(), CITIES.len(), "{:?}", want.keys());
    let started = std::time::Instant::now();
    loop {
        // (Asked again when the cluster's API does not answer in time.)
        let got = p.try_stats_bytes().await.unwrap_or_default();
        if got == want {
            break;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let mut streams = String::new();
            for name in [
                contract::BULLETINS_STREAM,
                contract::EVENTS_STREAM,
                contract::DLQ_STREAM,
                contract::QUARANTINE_STREAM,
            ] {
                if let Ok(mut s) = p.js.get_stream(name).await
                    && let Ok(info) = s.info().await
                {
                    streams += &format!(
                        "{name}: {} messages, replicas {}, cluster {:?}\n",
                        info.state.messages, info.config.num_replicas, info.cluster
                    );
                }
            }
            let mut warnings = BTreeMap::<String, usize>::new();
            for service in ["normalizer", "aggregator"] {
                for line in p.log(service).lines() {
                    if line.contains("\"WARN\"") || line.contains("\"ERROR\"") {
                        let key = line.split_once(',').map_or(line, |(_, rest)| rest);
                        *warnings.entry(format!("{service}: {key}")).or_default() += 1;
                    }
                }
            }
            panic!(
                "the published figures never matched the pure cores' within 60 s:\n{}\n{streams}\
                 warnings of the services (how many times):\n{}",
                differences(&got, &want),
                warnings
                    .iter()
                    .map(|(w, n)| format!("{n} × {w}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A node coming back is an outage, not a fault of any bulletin: nothing was dead-lettered.
    let dlq = stream_info(&p.js, contract::DLQ_STREAM).await;
    assert_eq!(dlq.state.messages, 0, "dead letters");
    let events = stream_info(&p.js, contract::EVENTS_STREAM).await;
    assert_eq!(
        events.config.num_replicas, 3,
        "EVENTS is replicated on every node"
    );
}

/// A stream's info, asked again while the cluster's API answers slowly (a node that came back
/// may still be catching up when it is asked).
async fn stream_info(
    js: &async_nats::jetstream::Context,
    name: &str,
) -> async_nats::jetstream::stream::Info {
    let started = std::time::Instant::now();
    loop {
        let info = match js.get_stream(name).await {
            Ok(mut s) => s.info().await.cloned().map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        match info {
            Ok(info) => return info,
            Err(e) if started.elapsed() > Duration::from_secs(60) => {
                panic!("no info on {name} within 60 s: {e}")
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(500)).await,
        }
    }
}

/// Per country, how the published figures differ from the expected ones (counts only).
fn differences(got: &BTreeMap<String, Vec<u8>>, want: &BTreeMap<String, Vec<u8>>) -> String {
    use seizure_proto::v1::CountryStats;
    let summary = |b: Option<&Vec<u8>>| {
        b.map(|b| match CountryStats::decode(b.as_slice()) {
            Ok(s) => format!(
                "events {} bulletins {} incidents {} set aside {} as of {}",
                s.events, s.bulletins, s.incidents, s.set_aside, s.as_of
            ),
            Err(e) => format!("undecodable: {e}"),
        })
        .unwrap_or_else(|| "absent".into())
    };
    want.keys()
        .chain(got.keys())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter(|k| got.get(*k) != want.get(*k))
        .map(|k| {
            format!(
                "{k}: got {}, want {}",
                summary(got.get(k)),
                summary(want.get(k))
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
