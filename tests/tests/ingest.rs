//! Every way a bulletin arrives, on a real nats-server with the services as processes, and
//! feeds and pages served by a real HTTP server on loopback:
//! - `POST /v1/bulletins`: seed 002 as text, HTML and PDF (raw and multipart) gives the same
//!   events; duplicates, the bearer token, and each kind of bad input answered with a 4xx JSON
//!   error and a `dlq.ingester` record while the service keeps serving;
//! - RSS and Atom: pages fetched and cleaned, conditional requests, entries taken once across a
//!   restart, hosts outside the configuration never contacted, broken feeds dead-lettered;
//! - `seizurectl ingest`: 1,000 files twice, with progress and an accurate summary.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_nats::jetstream;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use common::{Pipeline, eventually, free_port, http_client};
use seizure_bus::contract;
use seizure_proto::v1::{Bulletin, DeadLetter, SeizureEvent};

const SEED_002: &str = "002_47f95a5e802b696b";

use common::stored;

async fn dead_letters(js: &jetstream::Context) -> Vec<DeadLetter> {
    stored(js, contract::DLQ_STREAM, "dlq.ingester").await
}

async fn wait_for_letter(js: &jetstream::Context, needle: &str) -> DeadLetter {
    let started = std::time::Instant::now();
    loop {
        let letters = dead_letters(js).await;
        if let Some(l) = letters
            .iter()
            .find(|l| l.reason.contains(needle) || l.subject.contains(needle))
        {
            return l.clone();
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no dlq.ingester record with {needle:?}: {letters:#?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn bulletins(js: &jetstream::Context) -> Vec<Bulletin> {
    stored(js, contract::BULLETINS_STREAM, contract::BULLETINS_SUBJECTS).await
}

/// Waits until the bulletins stream holds `n` messages.
async fn wait_bulletins(js: &jetstream::Context, n: usize) {
    eventually(Duration::from_secs(60), &format!("{n} bulletins"), || {
        let js = js.clone();
        async move { bulletins(&js).await.len() == n }
    })
    .await;
}

/// Events of one bulletin, as compared across formats.
fn event_keys(events: &[SeizureEvent], bulletin: &str) -> Vec<String> {
    let mut out: Vec<String> = events
        .iter()
        .filter(|e| e.bulletin_id == bulletin)
        .map(common::event_key)
        .collect();
    out.sort();
    out
}

struct Endpoint {
    url: String,
    http: reqwest::Client,
    token: &'static str,
}

impl Endpoint {
    async fn post(
        &self,
        body: Vec<u8>,
        content_type: &str,
        meta: &[(&str, &str)],
    ) -> (StatusCode, serde_json::Value) {
        let mut req = self
            .http
            .post(format!("{}/v1/bulletins", self.url))
            .bearer_auth(self.token)
            .header("content-type", content_type)
            .body(body);
        for (k, v) in meta {
            req = req.header(*k, *v);
        }
        let resp = req.send().await.unwrap();
        let status = StatusCode::from_u16(resp.status().as_u16()).unwrap();
        let json =
            serde_json::from_slice(&resp.bytes().await.unwrap()).unwrap_or(serde_json::Value::Null);
        (status, json)
    }

    async fn post_multipart(
        &self,
        file_name: &str,
        bytes: &[u8],
        fields: &[(&str, &str)],
    ) -> (StatusCode, serde_json::Value) {
        let boundary = "----seizure-test-boundary";
        let mut body = Vec::new();
        for (k, v) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.post(
            body,
            &format!("multipart/form-data; boundary={boundary}"),
            &[],
        )
        .await
    }

    async fn healthy(&self) -> bool {
        self.http
            .get(format!("{}/healthz", self.url))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
    }
}

async fn start_with_endpoint(max_body: usize) -> (Pipeline, Endpoint) {
    let port = free_port();
    let p = Pipeline::start(
        &["normalizer", "aggregator", "ingester"],
        &[
            ("INGEST_HTTP_ADDR", format!("127.0.0.1:{port}")),
            ("INGEST_HTTP_TOKEN", "s3cret".into()),
            ("INGEST_MAX_BODY_BYTES", max_body.to_string()),
        ],
    )
    .await;
    let ep = Endpoint {
        url: format!("http://127.0.0.1:{port}"),
        http: http_client(Duration::from_secs(30)),
        token: "s3cret",
    };
    eventually(Duration::from_secs(30), "the ingest endpoint", || {
        ep.healthy()
    })
    .await;
    (p, ep)
}

#[tokio::test]
async fn seed_002_posted_as_text_html_and_pdf_gives_the_same_events() {
    let (mut p, ep) = start_with_endpoint(8 * 1024 * 1024).await;
    let text = common::read(&common::fixtures().join(format!("seeds/{SEED_002}.txt")));
    let page = common::as_web_page(
        &String::from_utf8(text.clone()).unwrap(),
        "CARICC release #17",
    );
    let pdf = common::read(&common::fixtures().join(format!("formats/{SEED_002}.pdf")));

    let (s, t) = ep
        .post(
            text.clone(),
            "text/plain; charset=utf-8",
            &[("x-source-url", "https://caricc.org/17.txt")],
        )
        .await;
    assert_eq!(
        (s, t["status"].as_str()),
        (StatusCode::ACCEPTED, Some("accepted")),
        "{t}"
    );
    let (s, h) = ep
        .post(
            page.into_bytes(),
            "text/html",
            &[
                ("x-source-url", "https://caricc.org/17.html"),
                ("x-source", "caricc"),
            ],
        )
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{h}");
    assert_eq!(h["title"], "CARICC release #17");
    let (s, d) = ep
        .post_multipart(
            &format!("{SEED_002}.pdf"),
            &pdf,
            &[
                ("source", "caricc"),
                ("url", "https://caricc.org/17.pdf"),
                ("title", "Release 17"),
            ],
        )
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{d}");
    assert_eq!(d["title"], "Release 17");
    // The same content again is one bulletin.
    let (s, again) = ep.post(text, "text/plain", &[]).await;
    assert_eq!(
        (s, again["status"].as_str()),
        (StatusCode::ACCEPTED, Some("duplicate"))
    );
    assert_eq!(again["id"], t["id"]);

    p.wait_idle(Duration::from_secs(120)).await;
    let bulletins = bulletins(&p.js).await;
    assert_eq!(bulletins.len(), 3, "one message per distinct content");
    let by_id: HashMap<&str, &Bulletin> = bulletins.iter().map(|b| (b.id.as_str(), b)).collect();
    let pdf_b = by_id[d["id"].as_str().unwrap()];
    assert_eq!(
        (pdf_b.source.as_str(), pdf_b.media_type.as_str()),
        ("caricc", "application/pdf")
    );
    assert_eq!(pdf_b.source_url, "https://caricc.org/17.pdf");
    // Originals are kept for audit, byte for byte.
    let originals =
        p.js.get_object_store(contract::ORIGINALS_BUCKET)
            .await
            .unwrap();
    let mut obj = originals.get(&pdf_b.original).await.unwrap();
    let mut kept = Vec::new();
    tokio::io::AsyncReadExt::read_to_end(&mut obj, &mut kept)
        .await
        .unwrap();
    assert_eq!(kept, pdf);

    let events: Vec<SeizureEvent> = stored(
        &p.js,
        contract::EVENTS_STREAM,
        contract::SEIZURE_EVENT_SUBJECTS,
    )
    .await;
    let from_text = event_keys(&events, t["id"].as_str().unwrap());
    assert!(from_text.len() >= 10, "{from_text:#?}");
    assert_eq!(
        event_keys(&events, h["id"].as_str().unwrap()),
        from_text,
        "HTML"
    );
    assert_eq!(
        event_keys(&events, d["id"].as_str().unwrap()),
        from_text,
        "PDF"
    );
}

#[tokio::test]
async fn bad_uploads_get_a_clear_error_and_a_dead_letter_and_the_service_keeps_serving() {
    let (mut p, ep) = start_with_endpoint(64 * 1024).await;
    let pdf = common::read(&common::fixtures().join("formats/cyrillic.pdf"));
    let encrypted = common::read(&common::fixtures().join("formats/encrypted.pdf"));

    // Without the token.
    let resp = ep
        .http
        .post(format!("{}/v1/bulletins", ep.url))
        .body("Police seized 5 kg of heroin.")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    let body: serde_json::Value = serde_json::from_slice(&resp.bytes().await.unwrap()).unwrap();
    assert_eq!(body["error"]["code"], "unauthorized");

    let cases: Vec<(&str, Vec<u8>, &str, u16, &str)> = vec![
        ("empty", vec![], "text/plain", 422, "empty"),
        (
            "garbage",
            vec![0, 159, 146, 150, 1, 2, 3, 0xff, 0, 0, 7, 8],
            "application/octet-stream",
            422,
            "bad_encoding",
        ),
        ("control bytes", vec![1u8; 300], "text/plain", 422, "binary"),
        (
            "invalid UTF-8",
            b"Police seized 5 kg \xff\xfe\x80 of heroin".to_vec(),
            "text/plain",
            422,
            "bad_encoding",
        ),
        (
            "truncated PDF",
            pdf[..pdf.len() / 2].to_vec(),
            "application/pdf",
            422,
            "bad_pdf",
        ),
        (
            "encrypted PDF",
            encrypted,
            "application/pdf",
            422,
            "bad_pdf",
        ),
        (
            "HTML without text",
            b"<html><body><nav>Menu</nav><script>x()</script></body></html>".to_vec(),
            "text/html",
            422,
            "no_text",
        ),
        (
            "oversized",
            vec![b'a'; 200 * 1024],
            "text/plain",
            413,
            "too_large",
        ),
    ];
    for (what, body, ct, status, code) in &cases {
        let (s, json) = ep
            .post(
                body.clone(),
                ct,
                &[("x-source-url", &format!("test:{what}"))],
            )
            .await;
        assert_eq!(s.as_u16(), *status, "{what}: {json}");
        assert_eq!(json["error"]["code"], *code, "{what}: {json}");
        assert!(
            !json["error"]["message"].as_str().unwrap_or("").is_empty(),
            "{what}"
        );
        assert!(ep.healthy().await, "still serving after {what}");
    }
    // A malformed multipart form.
    let (s, json) = ep
        .post(
            b"--x\r\nnonsense".to_vec(),
            "multipart/form-data; boundary=x",
            &[],
        )
        .await;
    assert_eq!(s.as_u16(), 400, "{json}");

    // Every rejection has its dead letter, with the reason the caller saw.
    let want = [
        "empty",
        "not valid UTF-8",
        "binary content",
        "PDF: ",
        "encrypted PDF",
        "no text: the page",
        "byte limit",
    ];
    for needle in want {
        wait_for_letter(&p.js, needle).await;
    }
    let letters = dead_letters(&p.js).await;
    assert!(letters.len() >= cases.len(), "{letters:#?}");
    assert!(letters.iter().all(|l| l.service == "ingester"));

    // And it still takes a good bulletin.
    let (s, json) = ep
        .post(
            "3 марта 2025 года в Душанбе у задержанного изъято 5 кг 200 г героина."
                .as_bytes()
                .to_vec(),
            "text/plain",
            &[],
        )
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{json}");
    p.wait_idle(Duration::from_secs(60)).await;
    let stats = p.stats_bytes().await;
    assert!(stats.contains_key("TJ"), "{:?}", stats.keys());
}

/// A tiny news site: a feed whose ETag changes when entries are added, article pages, and hit
/// counters (with the conditional headers each request carried).
#[derive(Default)]
struct Site {
    entries: Vec<(String, String, String)>,
    hits: BTreeMap<String, usize>,
    conditional: Vec<Option<String>>,
}

fn rss(entries: &[(String, String, String)], base: &str) -> String {
    let items: String = entries
        .iter()
        .map(|(id, title, link)| {
            format!(
                "<item><title>{title}</title><link>{}</link><guid>{id}</guid>\
                 <pubDate>Fri, 12 Sep 2025 10:00:00 +0000</pubDate>\
                 <description>Police seized 1 kg of cocaine (summary).</description></item>",
                link.replace("BASE", base)
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>{items}</channel></rss>"
    )
}

async fn serve_site(site: Arc<Mutex<Site>>) -> String {
    use axum::extract::{Path, State};
    use axum::routing::get;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let b = base.clone();
    let app = axum::Router::new()
        .route(
            "/feed.xml",
            get(move |State(site): State<Arc<Mutex<Site>>>, headers: HeaderMap| {
                let base = b.clone();
                async move {
                    let mut s = site.lock().unwrap();
                    *s.hits.entry("feed".into()).or_default() += 1;
                    let etag = format!("\"v{}\"", s.entries.len());
                    let inm = headers.get("if-none-match").map(|v| v.to_str().unwrap().to_string());
                    s.conditional.push(inm.clone());
                    if inm.as_deref() == Some(etag.as_str()) {
                        return (StatusCode::NOT_MODIFIED, HeaderMap::new(), String::new());
                    }
                    let mut h = HeaderMap::new();
                    h.insert("etag", etag.parse().unwrap());
                    h.insert("content-type", "application/rss+xml".parse().unwrap());
                    (StatusCode::OK, h, rss(&s.entries, &base))
                }
            }),
        )
        .route(
            "/news/{n}",
            get(|State(site): State<Arc<Mutex<Site>>>, Path(n): Path<String>| async move {
                let hits = {
                    let mut s = site.lock().unwrap();
                    let h = s.hits.entry(format!("news/{n}")).or_default();
                    *h += 1;
                    *h
                };
                // A page that fails twice before it loads.
                if n == "flaky" && hits <= 2 {
                    return (StatusCode::SERVICE_UNAVAILABLE, "try later").into_response();
                }
                let body = match n.as_str() {
                    "flaky" => "<p>Police in Dushanbe, Tajikistan seized 2 kg of heroin on 9 September 2025.</p>",
                    "1" => "<p>Police in Almaty, Kazakhstan seized 3 kg of heroin on 10 September 2025.</p>",
                    "2" => "<p>Customs officers in Bishkek, Kyrgyzstan seized 40 kg of hashish on 11 September 2025.</p>",
                    _ => "<p>Border guards in Tajikistan seized 7 kg of opium on 12 September 2025.</p>",
                };
                let page = format!(
                    "<html><head><title>News {n}</title></head><body><nav>Home | News</nav>\
                     <main><h1>Seizure {n}</h1>{body}</main><footer>Contacts</footer></body></html>"
                );
                ([("content-type", "text/html; charset=utf-8")], page).into_response()
            }),
        )
        .route(
            "/broken.xml",
            get(|| async {
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    [("content-type", "text/html")],
                    "<html><head><title>500 Internal Server Error</title></head><body><h1>Oops</h1></body></html>",
                )
            }),
        )
        .route(
            "/login.xml",
            get(|| async {
                (
                    [("content-type", "text/html")],
                    "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Login</form></body></html>",
                )
            }),
        )
        .with_state(site);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

#[tokio::test]
async fn feeds_are_polled_conditionally_and_entries_taken_once_across_restarts() {
    let site = Arc::new(Mutex::new(Site::default()));
    let base = serve_site(site.clone()).await;
    // A second site that no feed names: it must never be contacted.
    let other = Arc::new(Mutex::new(Site::default()));
    let other_base = serve_site(other.clone()).await;
    site.lock().unwrap().entries = vec![
        (
            "urn:news:1".into(),
            "Heroin in Almaty".into(),
            "BASE/news/1".into(),
        ),
        (
            "urn:news:2".into(),
            "Hashish in Bishkek".into(),
            "BASE/news/2".into(),
        ),
        (
            "urn:news:3".into(),
            "Elsewhere".into(),
            format!("{other_base}/news/3"),
        ),
        (
            "urn:news:5".into(),
            "Flaky page".into(),
            "BASE/news/flaky".into(),
        ),
    ];
    let closed = free_port();
    let feeds = format!(
        "{base}/feed.xml,{base}/broken.xml,{base}/login.xml,http://127.0.0.1:{closed}/feed.xml"
    );
    let env = [
        ("INGEST_FEEDS", feeds.clone()),
        ("INGEST_FEED_INTERVAL_SECS", "1".to_string()),
        ("INGEST_FETCH_TIMEOUT_SECS", "5".to_string()),
    ];
    let mut p = Pipeline::start(&["normalizer", "aggregator", "ingester"], &env).await;

    // The flaky page is taken on its third attempt, without a dead letter.
    wait_bulletins(&p.js, 4).await;
    // Polled again: answered 304 thanks to the ETag it sent.
    eventually(Duration::from_secs(30), "a conditional poll", || {
        let site = site.clone();
        async move {
            site.lock()
                .unwrap()
                .conditional
                .iter()
                .any(|c| c.as_deref() == Some("\"v4\""))
        }
    })
    .await;
    let bulletins = bulletins(&p.js).await;
    let one = bulletins
        .iter()
        .find(|b| b.source_url.ends_with("/news/1"))
        .unwrap();
    assert_eq!(one.title, "Heroin in Almaty");
    assert_eq!(one.media_type, "text/html");
    assert!(
        one.text.contains("seized 3 kg of heroin") && !one.text.contains("Contacts"),
        "{}",
        one.text
    );
    assert_eq!(
        one.published_at.as_ref().map(|t| t.seconds),
        Some(
            chrono::DateTime::parse_from_rfc3339("2025-09-12T10:00:00Z")
                .unwrap()
                .timestamp()
        )
    );
    // The entry on a host not configured is taken from the feed's own summary; the host is never
    // contacted.
    let third = bulletins
        .iter()
        .find(|b| b.source_url.contains("/news/3"))
        .unwrap();
    assert!(third.text.contains("1 kg of cocaine"), "{}", third.text);
    assert!(
        other.lock().unwrap().hits.is_empty(),
        "{:?}",
        other.lock().unwrap().hits
    );

    // Broken feeds: one dead letter each, whatever the number of polls.
    let status = wait_for_letter(&p.js, "HTTP 500").await;
    assert!(
        status.reason.contains("500 Internal Server Error"),
        "{}",
        status.reason
    );
    let login = wait_for_letter(&p.js, "not an RSS or Atom feed").await;
    assert!(login.reason.contains("Sign in"), "{}", login.reason);
    assert!(!login.payload.is_empty(), "the page that came back is kept");
    wait_for_letter(&p.js, "unreachable").await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let letters = dead_letters(&p.js).await;
    assert_eq!(letters.len(), 3, "{letters:#?}");

    // Restart with a new entry: only the new one is fetched.
    let i = p
        .services
        .iter()
        .position(|s| s.name() == "ingester")
        .unwrap();
    p.services.remove(i).stop(Duration::from_secs(10));
    site.lock()
        .unwrap()
        .entries
        .push(("urn:news:4".into(), "Opium".into(), "BASE/news/4".into()));
    p.start_service("ingester", &env);
    wait_bulletins(&p.js, 5).await;
    let hits = site.lock().unwrap().hits.clone();
    assert_eq!(
        (
            hits["news/1"],
            hits["news/2"],
            hits["news/4"],
            hits["news/flaky"]
        ),
        (1, 1, 1, 3),
        "{hits:?}"
    );
    p.wait_idle(Duration::from_secs(60)).await;
    let stats = p.stats_bytes().await;
    assert!(
        stats.contains_key("KZ") && stats.contains_key("KG"),
        "{:?}",
        stats.keys()
    );
}

#[tokio::test]
async fn a_thousand_files_twice_with_progress_and_an_accurate_summary() {
    let p = Pipeline::start(&[], &[]).await;
    let dir = p.work.path().join("archive");
    let sub = dir.join("2025");
    std::fs::create_dir_all(&sub).unwrap();
    let countries = [
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Uzbekistan",
        "Turkmenistan",
    ];
    for i in 0..1000 {
        let folder = if i % 2 == 0 { &dir } else { &sub };
        let text = format!(
            "Bulletin {i}\n\nOn {} September 2025 police in {} seized {}.{} kg of heroin.\n",
            i % 28 + 1,
            countries[i % countries.len()],
            i / 10 + 1,
            i % 10
        );
        std::fs::write(folder.join(format!("b{i:04}.txt")), text).unwrap();
    }
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("noise.bin"), [0u8, 1, 2, 3, 0xff, 0xfe, 0, 0]).unwrap();
    let ctl = localnats::service_binary("seizurectl").unwrap();
    let run = || {
        std::process::Command::new(&ctl)
            .args(["ingest", "--progress", "lines", "--nats", p.nats.url()])
            .arg(&dir)
            .output()
            .unwrap()
    };
    let first = run();
    let (out, err) = (
        String::from_utf8_lossy(&first.stdout).to_string(),
        String::from_utf8_lossy(&first.stderr).to_string(),
    );
    assert!(first.status.success(), "{out}\n{err}");
    assert!(
        out.contains("1002 files: ingested 1000, duplicates 0, rejected 2"),
        "{out}"
    );
    assert!(
        out.contains("empty.txt: empty") && out.contains("noise.bin: "),
        "{out}"
    );
    assert!(err.contains("[  1002/1002] 100%"), "progress lines: {err}");
    assert!(
        err.lines().filter(|l| l.contains('%')).count() >= 10,
        "{err}"
    );

    let second = run();
    let out = String::from_utf8_lossy(&second.stdout);
    assert!(second.status.success(), "{out}");
    assert!(
        out.contains("1002 files: ingested 0, duplicates 1000, rejected 2"),
        "{out}"
    );
    let mut stream = p.js.get_stream(contract::BULLETINS_STREAM).await.unwrap();
    let info = stream.info().await.unwrap().state.clone();
    assert_eq!(info.messages, 1000, "no duplicates in the stream");
}
