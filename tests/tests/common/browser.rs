//! The dashboard's headless-browser tests as the end-to-end tests run them: a Node.js script
//! under `services/gateway/web/test/` driving Debian's Chromium with playwright-core, which
//! prints a line when a phase passed and waits on its standard input for the next phase.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

/// `services/gateway/web`: the scripts and their npm packages.
pub fn web_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../services/gateway/web")
}

/// Where the scripts save their screenshots.
pub fn screenshots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots")
}

/// Node.js with playwright-core installed (scripts/web-assets.sh) and Debian's Chromium, or
/// why not. In CI they must be there (scripts/setup.sh --test installs them).
pub fn browser_tools() -> Result<(), String> {
    let node = Command::new("node").arg("--version").output();
    if !node.is_ok_and(|o| o.status.success()) {
        return Err("node is not installed".into());
    }
    if !web_dir().join("node_modules/playwright-core").is_dir() {
        return Err("playwright-core is not installed (run scripts/web-assets.sh)".into());
    }
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !std::path::Path::new(&chromium).exists() {
        return Err(format!(
            "{chromium} is not installed (apt-get install chromium)"
        ));
    }
    Ok(())
}

/// Whether the browser tests can run here; in CI they must (a panic), elsewhere a skip with the
/// reason on stderr.
pub fn browser_available() -> bool {
    match browser_tools() {
        Ok(()) => true,
        Err(why) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "the browser test must run in CI: {why}"
            );
            eprintln!("skipping: {why}; scripts/setup.sh --test installs what it needs");
            false
        }
    }
}

/// A running browser script.
pub struct BrowserScript {
    child: Child,
    stdout: Option<BufReader<ChildStdout>>,
}

impl BrowserScript {
    /// Runs `node <web>/test/<script> <args…>`; its errors go to the test's stderr.
    pub fn start(script: &str, args: &[String]) -> BrowserScript {
        let mut child = Command::new("node")
            .arg(web_dir().join("test").join(script))
            .args(args)
            .current_dir(web_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node runs (scripts/setup.sh --test)");
        let stdout = child.stdout.take().map(BufReader::new);
        BrowserScript { child, stdout }
    }

    /// The next line the script prints (empty if it ended), within `limit`.
    pub async fn line(&mut self, limit: Duration) -> String {
        let mut stdout = self.stdout.take().expect("the script's output");
        let read = tokio::task::spawn_blocking(move || {
            let mut line = String::new();
            let _ = stdout.read_line(&mut line);
            (line, stdout)
        });
        let (line, stdout) = tokio::time::timeout(limit, read)
            .await
            .expect("the browser script answers in time")
            .unwrap();
        self.stdout = Some(stdout);
        line.trim().to_string()
    }

    /// Sends `input` as a line, closes its standard input, and waits for the script to end
    /// within `limit`: whether it succeeded, and the rest of its output.
    pub async fn finish(mut self, input: &str, limit: Duration) -> (bool, String) {
        let mut stdin = self.child.stdin.take().expect("the script's input");
        writeln!(stdin, "{input}").unwrap();
        drop(stdin);
        let mut stdout = self.stdout.take().expect("the script's output");
        let mut child = self.child;
        let finished = tokio::task::spawn_blocking(move || {
            let mut rest = String::new();
            let _ = std::io::Read::read_to_string(&mut stdout, &mut rest);
            (child.wait().unwrap(), rest)
        });
        let (status, rest) = tokio::time::timeout(limit, finished)
            .await
            .expect("the browser script ends in time")
            .unwrap();
        (status.success(), rest)
    }
}
