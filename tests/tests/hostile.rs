//! Hostile input against the ingester as a process on a real nats-server: pages nested ten
//! thousand deep, a PDF whose content inflates to hundreds of megabytes, clients that send
//! headers or bodies a byte at a time or not at all, a flood of rejected uploads, links and
//! FIFOs in the drop folder, odd file names, files of one name in two folders. Each gets a clear
//! error (and a dead letter where there is content to keep), the ingester keeps serving good
//! uploads throughout, and its peak memory stays under a stated bound.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Pipeline, eventually, free_port, http_client, stored};
use seizure_bus::contract;
use seizure_proto::v1::{Bulletin, DeadLetter};

/// The ingester's peak resident memory must stay under this.
const PEAK_RSS_LIMIT_MB: u64 = 256;
/// The PDF reader's memory cap in this test.
const PDF_MEMORY_MB: u64 = 200;

const TOKEN: &str = "s3cret";
const GOOD: &str = "Customs officers in Almaty seized 12 kg of heroin on 3 March 2025.";

struct Ingest {
    url: String,
    port: u16,
    http: reqwest::Client,
}

impl Ingest {
    async fn post(&self, body: Vec<u8>, content_type: &str) -> (u16, serde_json::Value) {
        let resp = self
            .http
            .post(format!("{}/v1/bulletins", self.url))
            .bearer_auth(TOKEN)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let json =
            serde_json::from_slice(&resp.bytes().await.unwrap()).unwrap_or(serde_json::Value::Null);
        (status, json)
    }

    /// A good upload is still served (new text each time, so it is never a duplicate).
    async fn still_serves(&self, n: usize) {
        let started = Instant::now();
        let (status, json) = self
            .post(format!("{GOOD} (check {n})").into_bytes(), "text/plain")
            .await;
        assert_eq!(status, 202, "a good upload is served: {json}");
        assert!(started.elapsed() < Duration::from_secs(15));
    }
}

async fn start() -> (Pipeline, Ingest) {
    let port = free_port();
    let p = Pipeline::start(
        &["ingester"],
        &[
            ("INGEST_HTTP_ADDR", format!("127.0.0.1:{port}")),
            ("INGEST_HTTP_TOKEN", TOKEN.into()),
            ("INGEST_HTTP_MAX_CONNECTIONS", "16".into()),
            ("INGEST_HTTP_HEADER_TIMEOUT_SECS", "1".into()),
            ("INGEST_HTTP_BODY_TIMEOUT_SECS", "2".into()),
            ("INGEST_HTTP_MAX_UPLOADS", "4".into()),
            ("INGEST_PDF_MEMORY_MB", PDF_MEMORY_MB.to_string()),
        ],
    )
    .await;
    let ing = Ingest {
        url: format!("http://127.0.0.1:{port}"),
        port,
        http: http_client(Duration::from_secs(60)),
    };
    eventually(Duration::from_secs(30), "the ingest endpoint", || {
        let r = ing.http.get(format!("{}/healthz", ing.url)).send();
        async move { r.await.is_ok_and(|r| r.status().is_success()) }
    })
    .await;
    (p, ing)
}

fn nested(tag: &str, depth: usize) -> Vec<u8> {
    format!(
        "<!DOCTYPE html><html><body>{}{GOOD}{}</body></html>",
        format!("<{tag}>").repeat(depth),
        format!("</{tag}>").repeat(depth)
    )
    .into_bytes()
}

/// A one-page PDF whose content stream is `mb` MiB of zeros, deflated to well under 1 MB.
fn deflate_bomb(mb: usize) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..mb {
        z.write_all(&zeros).unwrap();
    }
    let stream = z.finish().unwrap();
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec(),
        [
            format!(
                "<< /Length {} /Filter /FlateDecode >>\nstream\n",
                stream.len()
            )
            .as_bytes(),
            &stream,
            b"\nendstream",
        ]
        .concat(),
    ];
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

/// Peak resident memory of process `pid`, in MB.
fn peak_rss_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|kb| kb.parse::<u64>().ok())
        .unwrap()
        / 1024
}

/// Whether the server closed `conn` (a read returns end of file or a response) within `limit`.
fn closed_within(conn: &mut TcpStream, limit: Duration) -> Option<String> {
    conn.set_read_timeout(Some(limit)).unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        match conn.read(&mut chunk) {
            Ok(0) => return Some(String::from_utf8_lossy(&buf).into_owned()),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return Some(String::from_utf8_lossy(&buf).into_owned());
            }
            Err(_) => return None,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_input_gets_clear_errors_while_good_uploads_are_served() {
    let (p, ing) = start().await;
    let pid = p
        .services
        .iter()
        .find(|s| s.name() == "ingester")
        .unwrap()
        .pid();
    ing.still_serves(0).await;

    // Nesting: refused unparsed, with a reason, a dead letter, and no crash.
    for (tag, depth) in [("div", 10_000), ("b", 1_000_000)] {
        let started = Instant::now();
        let (status, json) = ing.post(nested(tag, depth), "text/html").await;
        assert_eq!(status, 422, "<{tag}> x {depth}: {json}");
        assert_eq!(json["error"]["code"], "too_deep");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "refused quickly"
        );
    }
    ing.still_serves(1).await;

    // A decompression bomb: the PDF reader stops at its cap; the ingester does not grow.
    let bomb = deflate_bomb(3 * PDF_MEMORY_MB as usize);
    assert!(
        bomb.len() < 2 << 20,
        "the bomb is small: {} bytes",
        bomb.len()
    );
    let (status, json) = ing.post(bomb, "application/pdf").await;
    assert_eq!(status, 422, "{json}");
    assert_eq!(json["error"]["code"], "pdf_memory", "{json}");
    ing.still_serves(2).await;

    // Slow clients: unfinished headers and trickled bodies are cut off; meanwhile, with more
    // of them than the connection cap, good uploads still get through.
    let addr = format!("127.0.0.1:{}", ing.port);
    let mut idle: Vec<TcpStream> = (0..40)
        .map(|_| {
            let mut c = TcpStream::connect(&addr).unwrap();
            c.write_all(b"POST /v1/bulletins HTTP/1.1\r\nHost: x\r\n")
                .unwrap();
            c
        })
        .collect();
    ing.still_serves(3).await;
    let mut trickle = TcpStream::connect(&addr).unwrap();
    trickle
        .write_all(
            format!(
                "POST /v1/bulletins HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n\
                 Content-Type: text/plain\r\nContent-Length: 1000\r\n\r\nPolice seized"
            )
            .as_bytes(),
        )
        .unwrap();
    let answer = closed_within(&mut trickle, Duration::from_secs(10))
        .expect("a trickled body is cut off within the body timeout");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"timeout\""), "{answer}");
    for c in idle.iter_mut().take(5) {
        assert!(
            closed_within(c, Duration::from_secs(10)).is_some(),
            "a connection that never finishes its headers is closed"
        );
    }
    drop(idle);

    // A flood of rejected uploads: each answered, none stops the service.
    let floods = futures::future::join_all((0..100).map(|i| {
        ing.post(
            vec![0, 159, 146, 150, i as u8, 0xff, 0, 7, 8],
            "application/octet-stream",
        )
    }))
    .await;
    assert!(floods.iter().all(|(s, _)| *s == 422), "{floods:?}");
    ing.still_serves(4).await;

    // The drop folder: a deep page, a link, a FIFO and odd names; the good file behind them is
    // taken, the rest go to failed/ with their reasons.
    std::fs::write(p.work.path().join("outside.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink(
        p.work.path().join("outside.txt"),
        p.inbox().join("link.txt"),
    )
    .unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(p.inbox().join("pipe.txt"))
        .status()
        .unwrap();
    assert!(fifo.success());
    p.drop_file("deep.html", &nested("div", 10_000));
    p.drop_file(
        "отчёт (копия) 2.txt",
        format!("{GOOD} (odd name)").as_bytes(),
    );
    p.drop_file("zz-good.txt", format!("{GOOD} (folder)").as_bytes());
    let failed = p.inbox().join("failed");
    let done = p.inbox().join("done");
    eventually(Duration::from_secs(30), "the drop folder is sorted", || {
        let (failed, done) = (failed.clone(), done.clone());
        async move {
            ["deep.html", "link.txt", "pipe.txt"]
                .iter()
                .all(|f| failed.join(format!("{f}.error.txt")).exists())
                && ["zz-good.txt", "отчёт (копия) 2.txt"]
                    .iter()
                    .all(|f| done.join(f).exists())
        }
    })
    .await;
    let reason = |f: &str| std::fs::read_to_string(failed.join(format!("{f}.error.txt"))).unwrap();
    assert!(reason("deep.html").contains("nested deeper"));
    assert!(reason("link.txt").contains("symbolic link"));
    assert!(reason("pipe.txt").contains("FIFO"));

    // Files of one name in two folders are two bulletins, not revisions of one.
    let dir = tempfile::tempdir().unwrap();
    for (folder, text) in [("a", "first"), ("b", "second")] {
        std::fs::create_dir_all(dir.path().join(folder)).unwrap();
        std::fs::write(
            dir.path().join(folder).join("report.txt"),
            format!("{GOOD} ({text} folder)"),
        )
        .unwrap();
    }
    let ctl = localnats::service_binary("seizurectl").unwrap();
    let out = std::process::Command::new(ctl)
        .args(["ingest", "--progress", "none", "--nats", p.nats.url()])
        .arg(dir.path())
        .output()
        .unwrap();
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("2 files: ingested 2"), "{summary}");
    let reports: Vec<String> = stored::<Bulletin>(
        &p.js,
        contract::BULLETINS_STREAM,
        contract::BULLETINS_SUBJECTS,
    )
    .await
    .into_iter()
    .map(|b| b.source_url)
    .filter(|u| u.ends_with("/report.txt"))
    .collect();
    assert_eq!(reports.len(), 2, "{reports:?}");
    assert_ne!(reports[0], reports[1]);

    // Every refusal with content left a dead letter.
    let letters: Vec<DeadLetter> = stored(
        &p.js,
        contract::DLQ_STREAM,
        &contract::dlq_subject("ingester"),
    )
    .await;
    for needle in ["nested deeper", "memory limit", "symbolic link", "FIFO"] {
        assert!(
            letters.iter().any(|l| l.reason.contains(needle)),
            "a dead letter says {needle:?}"
        );
    }

    ing.still_serves(5).await;
    let peak = peak_rss_mb(pid);
    println!("ingester peak RSS: {peak} MB (limit {PEAK_RSS_LIMIT_MB} MB)");
    assert!(peak < PEAK_RSS_LIMIT_MB, "ingester peak RSS {peak} MB");
    assert!(
        !p.log("ingester").contains("panicked"),
        "{}",
        p.log("ingester")
    );
}
