//! The README's subscribers work: the Python one (nats-py and classes generated from proto/ by
//! the README's own protoc command) and the Rust example, each connecting as the read-only
//! `dashboard` user of deploy/nats.conf, print the current statistics decoded from the
//! `country_stats` bucket and then a live update from `stats.country.<CC>`.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{Pipeline, nats_password, pipeline_with_deploy_users};
use seizure_bus::topology::with_credentials;

const PIP: &str = "pip install -r deploy/subscribers/python/requirements.txt";
const PROTOC: &str = "python -m grpc_tools.protoc -I proto --python_out=deploy/subscribers/python proto/seizure/v1/*.proto";
const RUN: &str = "python deploy/subscribers/python/subscribe.py --nats nats://dashboard:";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The project's virtual environment's Python with the subscriber's packages, or why not.
fn python() -> Result<PathBuf, String> {
    let py = root().join(".venv/bin/python");
    let ok = Command::new(&py)
        .args(["-c", "import nats, grpc_tools, google.protobuf"])
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        Ok(py)
    } else {
        Err(format!(
            "{} lacks nats-py or grpcio-tools ({PIP})",
            py.display()
        ))
    }
}

/// The pipeline under deploy/nats.conf's users, with two seeds turned into statistics.
async fn pipeline() -> (Pipeline, String) {
    let (mut p, url) = pipeline_with_deploy_users().await;
    for name in ["ingester", "normalizer", "aggregator"] {
        p.start_service(
            name,
            &[
                ("NATS_URL", url.clone()),
                ("NATS_USER", name.to_string()),
                ("NATS_PASSWORD", nats_password(name)),
            ],
        );
    }
    for doc in ["002_47f95a5e802b696b", "004_805b2a3c5ffcaa04"] {
        p.drop_seed(doc);
    }
    p.wait_idle(Duration::from_secs(120)).await;
    assert!(p.stats_bytes().await.contains_key("TJ"));
    (p, url)
}

type Output = BufReader<std::process::ChildStdout>;

/// Reads `out` until a line with `stop` or the end, within 60 s (else fails with `what`); the
/// lines read and the rest of the output.
async fn lines_until(out: Output, stop: &'static str, what: &str) -> (String, Output) {
    let task = tokio::task::spawn_blocking(move || {
        let mut out = out;
        let mut lines = String::new();
        let mut line = String::new();
        while out.read_line(&mut line).unwrap_or(0) > 0 {
            let done = line.contains(stop);
            lines.push_str(&std::mem::take(&mut line));
            if done {
                break;
            }
        }
        (lines, out)
    });
    tokio::time::timeout(Duration::from_secs(60), task)
        .await
        .unwrap_or_else(|_| panic!("{what} within 60 s"))
        .unwrap()
}

/// Checks a subscriber: its snapshot shows Tajikistan's figures, and a new bulletin reaches it
/// as a live update.
async fn check(p: &Pipeline, mut child: Killed) {
    let out = BufReader::new(child.0.stdout.take().unwrap());
    let (text, out) = lines_until(out, "Listening for updates.", "the subscriber prints").await;
    assert!(text.contains("TJ as of"), "{text}");
    assert!(text.contains("destruction heroin: 34.39 kg"), "{text}");
    p.drop_seed("000_6dafeabee5123793");
    let (rest, _) = lines_until(out, "update on", "a live update").await;
    assert!(rest.contains("update on stats.country."), "{rest}");
}

/// A child process killed when dropped (also when a check fails).
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_python_subscriber_in_the_readme_decodes_country_stats() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for step in [PIP, PROTOC, RUN] {
        assert!(readme.contains(step), "the README shows `{step}`");
    }
    let py = match python() {
        Ok(py) => py,
        Err(why) => {
            assert!(std::env::var_os("CI").is_none(), "{why}");
            eprintln!("skipping: {why}; scripts/setup.sh --test installs them");
            return;
        }
    };
    // The README's steps, with the generated classes in a scratch copy of the subscriber's
    // folder instead of the repository.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("deploy/subscribers/python/subscribe.py"),
        dir.path().join("subscribe.py"),
    )
    .unwrap();
    let protos: Vec<PathBuf> = std::fs::read_dir(root().join("proto/seizure/v1"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "proto"))
        .map(|p| Path::new("proto/seizure/v1").join(p.file_name().unwrap()))
        .collect();
    let generated = Command::new(&py)
        .args(["-m", "grpc_tools.protoc", "-I", "proto"])
        .arg(format!("--python_out={}", dir.path().display()))
        .args(&protos)
        .current_dir(root())
        .status()
        .unwrap();
    assert!(generated.success(), "protoc generates the classes");
    let (p, url) = pipeline().await;
    let child = Command::new(&py)
        .arg(dir.path().join("subscribe.py"))
        .arg("--nats")
        .arg(with_credentials(
            &url,
            "dashboard",
            &nats_password("dashboard"),
        ))
        .arg("--updates")
        .arg("1")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    check(&p, Killed(child)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rust_subscriber_in_the_readme_decodes_country_stats() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let example = std::fs::read_to_string(root().join("tests/examples/subscribe.rs")).unwrap();
    let body = example.split_once("use futures").unwrap().1;
    assert!(
        readme.contains(body),
        "the README shows tests/examples/subscribe.rs"
    );
    let bin = localnats::binaries_dir().join("examples/subscribe");
    assert!(
        bin.is_file(),
        "{} (cargo test builds examples)",
        bin.display()
    );
    let (p, url) = pipeline().await;
    let child = Command::new(bin)
        .arg(&url)
        .arg("dashboard")
        .arg(nats_password("dashboard"))
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    check(&p, Killed(child)).await;
}
