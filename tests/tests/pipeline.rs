//! End to end on a real nats-server: bulletin files in, per-country statistics out, with the
//! ingester, normalizer and aggregator as separate processes.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use async_nats::jetstream;
use common::{Pipeline, eventually, fixture_bulletins, gold_series, matches_gold, read};
use futures::StreamExt;
use seizure_bus::contract;
use seizure_proto::Message;
use seizure_proto::v1::{CountryStats, DeadLetter, SeizureEvent};

const DOCS: &[&str] = &["000_6dafeabee5123793", "002_47f95a5e802b696b"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seeds_become_country_statistics_and_a_second_ingestion_changes_nothing() {
    let mut p = Pipeline::start(&["normalizer", "aggregator", "ingester"], &[]).await;
    // A real subscriber, as a dashboard would have.
    let mut sub = p
        .client
        .subscribe(contract::STATS_COUNTRY_SUBJECTS)
        .await
        .unwrap();
    for doc in DOCS {
        p.drop_seed(doc);
    }
    let gold_tj = gold_series(DOCS, "TJ");
    let gold_kz = gold_series(DOCS, "KZ");
    assert!(!gold_tj.is_empty() && !gold_kz.is_empty());
    let mut latest: BTreeMap<String, CountryStats> = BTreeMap::new();
    let done = tokio::time::timeout(Duration::from_secs(90), async {
        while let Some(msg) = sub.next().await {
            let s = CountryStats::decode(msg.payload.as_ref())
                .expect("CountryStats on stats.country.*");
            assert_eq!(msg.subject.as_str(), contract::stats_subject(&s.country));
            latest.insert(s.country.clone(), s);
            if latest.get("TJ").is_some_and(|s| matches_gold(s, &gold_tj))
                && latest.get("KZ").is_some_and(|s| matches_gold(s, &gold_kz))
            {
                return;
            }
        }
    })
    .await;
    assert!(
        done.is_ok(),
        "subscriber never saw the gold figures; latest: {latest:#?}\nlogs:\n{}\n{}",
        p.log("normalizer"),
        p.log("aggregator")
    );
    p.wait_idle(Duration::from_secs(60)).await;

    // The bucket holds what the subscriber saw, for dashboards that connect late.
    let before = p.stats_bytes().await;
    let overview_before = p.overview_bytes().await.expect("an overview");
    for cc in ["TJ", "KZ"] {
        let kv = CountryStats::decode(before[cc].as_slice()).unwrap();
        assert!(
            matches_gold(&kv, if cc == "TJ" { &gold_tj } else { &gold_kz }),
            "{cc} in the bucket: {kv:#?}"
        );
    }

    // Updates still buffered in the subscription predate the snapshot: drain them, so that
    // anything received from here on was published after it.
    while let Ok(Some(_)) = tokio::time::timeout(Duration::from_millis(300), sub.next()).await {}

    // The same files again: deduplicated by content hash.
    for doc in DOCS {
        p.drop_seed(doc);
    }
    p.wait_idle(Duration::from_secs(60)).await;
    // The same bulletins again under new message ids (as after the duplicate window), and every
    // event again under new ids: the normalizer re-extracts, the aggregator sees repeats.
    let bulletins = p.js.get_stream(contract::BULLETINS_STREAM).await.unwrap();
    let n = bulletins.get_info().await.unwrap().state.last_sequence;
    for seq in 1..=n {
        let m = bulletins.get_raw_message(seq).await.unwrap();
        p.js.publish_with_headers(
            m.subject.to_string(),
            async_nats::HeaderMap::from_iter([(
                async_nats::header::NATS_MESSAGE_ID,
                format!("replay-{seq}").as_str().parse().unwrap(),
            )]),
            m.payload.clone(),
        )
        .await
        .unwrap()
        .await
        .unwrap();
    }
    let events = p.js.get_stream(contract::EVENTS_STREAM).await.unwrap();
    let n = events.get_info().await.unwrap().state.last_sequence;
    assert!(n > 0);
    for seq in 1..=n {
        let m = events.get_raw_message(seq).await.unwrap();
        p.js.publish(m.subject.to_string(), m.payload.clone())
            .await
            .unwrap()
            .await
            .unwrap();
    }
    p.wait_idle(Duration::from_secs(60)).await;
    assert_eq!(
        p.stats_bytes().await,
        before,
        "a repeat changed the statistics"
    );
    assert_eq!(p.overview_bytes().await, Some(overview_before));
    // Nothing new was published either.
    while let Ok(Some(msg)) = tokio::time::timeout(Duration::from_millis(500), sub.next()).await {
        let s = CountryStats::decode(msg.payload.as_ref()).unwrap();
        assert_eq!(
            msg.payload.to_vec(),
            before[&s.country],
            "{} republished with other figures",
            s.country
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_messages_go_to_dead_letters_and_the_streams_keep_flowing() {
    let mut p = Pipeline::start(&["normalizer", "aggregator", "ingester"], &[]).await;
    let mut dlq = p.client.subscribe(contract::DLQ_SUBJECTS).await.unwrap();
    let mut quarantine = p
        .client
        .subscribe(contract::QUARANTINE_SUBJECTS)
        .await
        .unwrap();
    let js: &jetstream::Context = &p.js;
    // A valid event with an implausible quantity, twice: set aside once, never summed.
    let absurd = SeizureEvent {
        event_id: "absurd".into(),
        country: "TJ".into(),
        kind: 1,
        drug: "heroin".into(),
        amount: 5_000_000.0,
        unit: "kg".into(),
        date: Some(seizure_proto::v1::EventDate {
            year: 2025,
            month: 3,
            day: 1,
            precision: 1,
        }),
        ..Default::default()
    };
    for _ in 0..2 {
        js.publish(contract::event_subject("TJ"), absurd.encode_to_vec().into())
            .await
            .unwrap()
            .await
            .unwrap();
    }
    // Poison on every consumed subject.
    js.publish(
        contract::bulletin_subject("test"),
        vec![0xff, 0x00, 0xfe].into(),
    )
    .await
    .unwrap()
    .await
    .unwrap();
    let empty = seizure_proto::v1::Bulletin {
        id: "no-text".into(),
        ..Default::default()
    };
    js.publish(
        contract::bulletin_subject("test"),
        empty.encode_to_vec().into(),
    )
    .await
    .unwrap()
    .await
    .unwrap();
    js.publish(
        contract::event_subject("XX"),
        b"\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
            .to_vec()
            .into(),
    )
    .await
    .unwrap()
    .await
    .unwrap();
    let absurd = SeizureEvent {
        event_id: "nan".into(),
        country: "TJ".into(),
        kind: 1,
        drug: "heroin".into(),
        amount: f64::NAN,
        unit: "kg".into(),
        ..Default::default()
    };
    js.publish(contract::event_subject("TJ"), absurd.encode_to_vec().into())
        .await
        .unwrap()
        .await
        .unwrap();
    // Bad files in the drop folder.
    p.drop_file("empty.txt", b"");
    p.drop_file("garbage.bin", &[0u8, 159, 146, 150, 1, 2, 3, 0xff]);
    // Then a good bulletin, in Russian.
    p.drop_file(
        "ru.txt",
        "3 марта 2025 года в Душанбе у задержанного изъято 5 кг 200 г героина.".as_bytes(),
    );

    let mut letters: Vec<DeadLetter> = Vec::new();
    let got = tokio::time::timeout(Duration::from_secs(60), async {
        while letters.len() < 6 {
            let m = dlq.next().await.unwrap();
            letters.push(DeadLetter::decode(m.payload.as_ref()).unwrap());
        }
    })
    .await;
    assert!(
        got.is_ok(),
        "only {} dead letters: {letters:#?}\nnormalizer log:\n{}",
        letters.len(),
        p.log("normalizer")
    );
    let by = |service: &str, needle: &str| {
        letters
            .iter()
            .any(|l| l.service == service && l.reason.contains(needle))
    };
    assert!(by("normalizer", "malformed Bulletin"), "{letters:#?}");
    assert!(by("normalizer", "no text"), "{letters:#?}");
    assert!(by("aggregator", "malformed SeizureEvent"), "{letters:#?}");
    assert!(by("aggregator", "amount"), "{letters:#?}");
    assert!(by("ingester", "empty"), "{letters:#?}");
    assert!(
        by("ingester", "UTF-8") || by("ingester", "binary"),
        "{letters:#?}"
    );
    assert!(
        letters
            .iter()
            .all(|l| !l.payload.is_empty() || l.reason.contains("empty")),
        "dead letters keep the original bytes"
    );
    // Rejected files are moved aside with the reason, never deleted (the ingester records the
    // dead letter first, then moves the file: wait for it).
    let failed = p.inbox().join("failed");
    eventually(
        Duration::from_secs(10),
        "rejected files moved to failed/ with sidecars",
        || {
            let failed = failed.clone();
            async move {
                [
                    "empty.txt",
                    "empty.txt.error.txt",
                    "garbage.bin",
                    "garbage.bin.error.txt",
                ]
                .iter()
                .all(|f| failed.join(f).exists())
            }
        },
    )
    .await;
    assert!(
        std::fs::read_to_string(failed.join("garbage.bin.error.txt"))
            .unwrap()
            .len()
            > 5
    );
    // The good bulletin still flowed through.
    let kv = seizure_bus::topology::bucket(&p.js, contract::COUNTRY_STATS_BUCKET)
        .await
        .unwrap();
    eventually(
        Duration::from_secs(60),
        "TJ statistics from the Russian bulletin",
        || {
            let kv = kv.clone();
            async move {
                match kv.get("TJ").await {
                    Ok(Some(b)) => CountryStats::decode(b.as_ref()).is_ok_and(|s| {
                        s.set_aside == 1
                            && s.series.iter().any(|d| {
                                d.drug == "heroin"
                                    && d.windows
                                        .iter()
                                        .any(|w| w.window == "all" && (w.amount - 5.2).abs() < 1e-9)
                            })
                    }),
                    _ => false,
                }
            }
        },
    )
    .await;
    let set_aside = tokio::time::timeout(Duration::from_secs(10), quarantine.next()).await;
    let letter = DeadLetter::decode(
        set_aside
            .expect("a quarantine record")
            .unwrap()
            .payload
            .as_ref(),
    )
    .unwrap();
    assert!(letter.reason.contains("implausible"), "{letter:?}");
    assert_eq!(
        SeizureEvent::decode(letter.payload.as_slice())
            .unwrap()
            .event_id,
        "absurd"
    );
    p.wait_idle(Duration::from_secs(30)).await;
    for s in p.services.iter_mut() {
        assert!(
            s.stop(Duration::from_secs(10)),
            "{} did not shut down cleanly on SIGTERM",
            s.name()
        );
    }
}

/// Waits for the bucket's statistics of `cc` to satisfy `cond`.
async fn stats_where(p: &Pipeline, cc: &str, what: &str, cond: impl Fn(&CountryStats) -> bool) {
    eventually(Duration::from_secs(60), what, || async {
        p.stats_bytes()
            .await
            .get(cc)
            .and_then(|b| CountryStats::decode(b.as_slice()).ok())
            .is_some_and(|s| cond(&s))
    })
    .await;
}

fn all_window(s: &CountryStats, drug: &str) -> Option<seizure_proto::v1::WindowFigures> {
    s.series
        .iter()
        .find(|x| x.drug == drug)
        .and_then(|x| x.windows.iter().find(|w| w.window == "all").cloned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrected_bulletin_replaces_its_figures_and_two_reports_are_one_incident() {
    let mut p = Pipeline::start(&["normalizer", "aggregator", "ingester"], &[]).await;
    // A ministry release, then the same file corrected by its source: a new revision.
    p.drop_file(
        "mvd-release.txt",
        b"On 3 March 2025, police in Dushanbe seized 10 kg of heroin from a courier.",
    );
    stats_where(&p, "TJ", "the first revision's figures", |s| {
        all_window(s, "heroin").is_some_and(|w| w.amount == 10.0 && w.events == 1)
    })
    .await;
    p.wait_idle(Duration::from_secs(60)).await;
    p.drop_file(
        "mvd-release.txt",
        b"On 3 March 2025, police in Dushanbe seized 12 kg of heroin from a courier.",
    );
    stats_where(&p, "TJ", "the correction's figures", |s| {
        all_window(s, "heroin").is_some_and(|w| w.amount == 12.0 && w.events == 1)
            && s.bulletins == 1
            && s.articles.iter().map(|a| a.articles).sum::<u64>() == 1
    })
    .await;

    // One seizure reported by a ministry and by a regional bulletin: one incident.
    p.drop_file(
        "kz-ministry.txt",
        b"On 5 March 2025, police in Almaty seized 120 kg of hashish in a truck.",
    );
    p.drop_file(
        "regional-digest.txt",
        b"Kazakhstan. On 6 March 2025, 120.5 kg of hashish were seized by police in Almaty.",
    );
    stats_where(&p, "KZ", "two reports of one incident", |s| {
        all_window(s, "hashish")
            .is_some_and(|w| w.events == 2 && w.incidents == 1 && w.amount == 120.5)
            && s.incidents == 1
    })
    .await;
    p.wait_idle(Duration::from_secs(60)).await;
    let overview =
        seizure_proto::v1::Overview::decode(p.overview_bytes().await.unwrap().as_slice()).unwrap();
    let countries: Vec<&str> = overview
        .countries
        .iter()
        .map(|c| c.country.as_str())
        .collect();
    assert_eq!(countries, ["KZ", "TJ"]);
    assert!(
        overview
            .countries
            .iter()
            .all(|c| c.series.iter().all(|s| s.months.is_empty()))
    );
}

/// Feeds `docs` to a fresh pipeline one at a time, in this order, and returns what it publishes.
async fn published_after(docs: &[std::path::PathBuf]) -> (BTreeMap<String, Vec<u8>>, Vec<u8>) {
    let mut p = Pipeline::start(&["normalizer", "aggregator", "ingester"], &[]).await;
    for d in docs {
        p.drop_file(d.file_name().unwrap().to_str().unwrap(), &read(d));
        p.wait_idle(Duration::from_secs(60)).await;
    }
    (p.stats_bytes().await, p.overview_bytes().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulletins_in_reverse_order_give_byte_identical_statistics() {
    let mut docs = fixture_bulletins();
    docs.truncate(14);
    let forward = published_after(&docs).await;
    docs.reverse();
    let backward = published_after(&docs).await;
    assert!(forward.0.len() >= 5, "{:?}", forward.0.keys());
    assert_eq!(forward.0, backward.0);
    assert_eq!(forward.1, backward.1);
}

/// Every bulletin of the seeds and the development set, dropped at once into a pipeline of
/// `services` (each with its own environment); what the pipeline publishes, and the durable
/// consumers that read EVENTS.
async fn published_by(
    services: &[(&str, Vec<(&str, String)>)],
) -> (BTreeMap<String, Vec<u8>>, Vec<String>) {
    let mut p = Pipeline::start(&[], &[]).await;
    for (name, env) in services {
        p.start_service(name, env);
    }
    for path in fixture_bulletins() {
        let dir = path
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        let name = format!("{dir}-{}", path.file_name().unwrap().to_str().unwrap());
        p.drop_file(&name, &read(&path));
    }
    p.wait_idle(Duration::from_secs(180)).await;
    let events = p.js.get_stream(contract::EVENTS_STREAM).await.unwrap();
    let mut readers: Vec<String> = seizure_bus::topology::durable_backlogs(&events)
        .await
        .unwrap()
        .into_iter()
        .map(|b| b.consumer)
        .collect();
    readers.sort();
    (p.stats_bytes().await, readers)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_normalizers_and_aggregators_split_by_country_publish_what_one_of_each_does() {
    let (single, _) = published_by(&[
        ("ingester", vec![]),
        ("normalizer", vec![]),
        ("aggregator", vec![]),
    ])
    .await;
    let countries: Vec<&String> = single.keys().collect();
    assert!(countries.len() >= 6, "{countries:?}");
    assert!(single.contains_key(contract::NO_COUNTRY), "{countries:?}");
    // Half the countries each, ZZ among them.
    let a: Vec<&String> = countries.iter().step_by(2).copied().collect();
    let b: Vec<&String> = countries.iter().skip(1).step_by(2).copied().collect();
    let join = |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",");
    let (split, readers) = published_by(&[
        ("ingester", vec![]),
        ("normalizer", vec![]),
        ("normalizer", vec![]),
        (
            "aggregator",
            vec![
                ("AGGREGATOR_PARTITION", "east".into()),
                ("AGGREGATOR_COUNTRIES", join(&a)),
            ],
        ),
        (
            "aggregator",
            vec![
                ("AGGREGATOR_PARTITION", "west".into()),
                ("AGGREGATOR_COUNTRIES", join(&b)),
            ],
        ),
    ])
    .await;
    assert_eq!(
        readers,
        ["aggregator-east", "aggregator-west"],
        "each aggregator reads its own countries"
    );
    assert_eq!(split, single);
}
