//! PDF to text, isolated. The PDF library (pdf-extract over lopdf) panics on some malformed files
//! by design and can loop on others, so it never runs inside a service: [`PdfReader`] pipes the
//! bytes to a worker process (the ingester's or seizurectl's hidden `pdf-text` subcommand,
//! [`worker_main`]), reads the text back, and kills the worker when it overruns its timeout. The
//! worker caps its own address space first, so a decompression bomb (a small file whose streams
//! inflate to gigabytes) stops at the cap instead of taking the machine's memory. A panic, a
//! hang, an abort or running out of its memory costs one child process and becomes a clear
//! [`IngestError`].

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{ExitCode, Stdio};
use std::time::Duration;

use tokio::io::AsyncWriteExt;

use super::IngestError;

/// The worker's exit code for a PDF it read but could not turn into text.
const UNREADABLE: u8 = 3;

/// PDF workers running at once in this process; more wait their turn, so a burst of uploads
/// cannot fork without bound.
pub const MAX_WORKERS: usize = 4;
static WORKERS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(MAX_WORKERS);

/// The hidden subcommand under which the ingester and seizurectl run [`worker_main`].
pub const WORKER_SUBCOMMAND: &str = "pdf-text";

/// The worker's address-space cap, in MB, unless the reader sets another.
pub const DEFAULT_MEMORY_LIMIT_MB: u64 = 512;
/// How the reader tells the worker its cap.
const MEMORY_LIMIT_ENV: &str = "SEIZURE_PDF_MEMORY_MB";

/// Runs PDF text extraction in a child process with a time limit.
#[derive(Clone, Debug)]
pub struct PdfReader {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub timeout: Duration,
    /// The worker's address-space cap in MB (0: none).
    pub memory_limit_mb: u64,
}

impl PdfReader {
    /// The current executable, run as `<exe> pdf-text`.
    pub fn current_exe(timeout: Duration) -> std::io::Result<PdfReader> {
        Ok(PdfReader {
            program: std::env::current_exe()?,
            args: vec![WORKER_SUBCOMMAND.into()],
            timeout,
            memory_limit_mb: DEFAULT_MEMORY_LIMIT_MB,
        })
    }

    /// The same reader with another memory cap for its worker.
    pub fn with_memory_limit_mb(self, memory_limit_mb: u64) -> PdfReader {
        PdfReader {
            memory_limit_mb,
            ..self
        }
    }

    /// The text of the PDF `bytes`, in reading order.
    pub async fn text(&self, bytes: &[u8]) -> Result<String, IngestError> {
        let _turn = WORKERS.acquire().await.map_err(|e| IngestError::Pdf {
            reason: format!("PDF reader unavailable: {e}"),
        })?;
        let mut child = tokio::process::Command::new(&self.program)
            .args(&self.args)
            .env(MEMORY_LIMIT_ENV, self.memory_limit_mb.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| IngestError::Pdf {
                reason: format!(
                    "cannot start the PDF reader {}: {e}",
                    self.program.display()
                ),
            })?;
        let mut stdin = child.stdin.take().expect("piped stdin");
        let input = bytes.to_vec();
        let feed = tokio::spawn(async move {
            // A worker that dies early closes the pipe; its exit status tells why.
            let _ = stdin.write_all(&input).await;
        });
        let output = tokio::time::timeout(self.timeout, child.wait_with_output()).await;
        feed.abort();
        let output = match output {
            Ok(Ok(o)) => o,
            Ok(Err(e)) => {
                return Err(IngestError::Pdf {
                    reason: format!("PDF reader failed: {e}"),
                });
            }
            // Dropping the future dropped the child, which kills it.
            Err(_) => {
                return Err(IngestError::PdfTimeout {
                    secs: self.timeout.as_secs_f64(),
                });
            }
        };
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last_line = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        match output.status.code() {
            Some(0) => String::from_utf8(output.stdout).map_err(|_| IngestError::Pdf {
                reason: "the PDF reader returned invalid UTF-8".into(),
            }),
            Some(c) if c == i32::from(UNREADABLE) => Err(IngestError::Pdf {
                reason: last_line.to_string(),
            }),
            // Rust's allocator reports a refused allocation, then aborts.
            _ if self.memory_limit_mb > 0 && stderr.contains("memory allocation of") => {
                Err(IngestError::PdfMemory {
                    limit_mb: self.memory_limit_mb,
                })
            }
            _ => Err(IngestError::Pdf {
                reason: format!(
                    "the PDF reader crashed on this file ({}){}",
                    output.status,
                    if last_line.is_empty() {
                        String::new()
                    } else {
                        format!(": {last_line}")
                    }
                ),
            }),
        }
    }
}

/// Extracts text in this process. Panics of the PDF library are caught; hangs are not, which is
/// why services call it only through [`PdfReader`].
pub fn text_in_process(bytes: &[u8]) -> Result<String, String> {
    if !bytes.starts_with(b"%PDF-") {
        return Err("not a PDF (no %PDF- header)".into());
    }
    let result = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes));
    // Looked for only when the file failed, to name the likely cause.
    let encrypted = result.as_ref().map_or(true, Result::is_err) && contains(bytes, b"/Encrypt");
    match result {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) if encrypted => Err(format!("encrypted PDF that needs a password ({e})")),
        Ok(Err(e)) => Err(format!("unreadable PDF: {e}")),
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("panic");
            Err(if encrypted {
                format!("encrypted PDF that cannot be read ({what})")
            } else {
                format!("malformed PDF: {what}")
            })
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The worker: PDF on stdin, text on stdout; exit 3 with the reason on stderr when the file
/// cannot be read.
pub fn worker_main() -> ExitCode {
    // The library's panic messages are reported as the reason, not as a backtrace.
    std::panic::set_hook(Box::new(|_| {}));
    let limit_mb = std::env::var(MEMORY_LIMIT_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_MEMORY_LIMIT_MB);
    if limit_mb > 0 {
        let bytes = limit_mb.saturating_mul(1024 * 1024);
        let cap = rustix::process::Rlimit {
            current: Some(bytes),
            maximum: Some(bytes),
        };
        if let Err(e) = rustix::process::setrlimit(rustix::process::Resource::As, cap) {
            eprintln!("cannot cap the PDF reader's memory: {e}");
            return ExitCode::from(UNREADABLE);
        }
    }
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("cannot read the PDF: {e}");
        return ExitCode::from(UNREADABLE);
    }
    match text_in_process(&bytes) {
        Ok(text) => match std::io::stdout().write_all(text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(UNREADABLE),
        },
        Err(reason) => {
            eprintln!("{reason}");
            ExitCode::from(UNREADABLE)
        }
    }
}

/// Tidies PDF text: single spaces, a word hyphenated across lines joined (when the next line
/// goes on in lower case), at most one blank line in a row.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        let hyphenated = !blank
            && out.ends_with('-')
            && out[..out.len() - 1]
                .chars()
                .last()
                .is_some_and(char::is_alphabetic)
            && line.chars().next().is_some_and(char::is_lowercase);
        if hyphenated {
            out.pop();
        } else if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_joins_hyphenated_words_and_spaces() {
        assert_eq!(
            tidy("Illicit  traf-\nficking of drugs\n\n\n\nNext  para-\nGraph"),
            "Illicit trafficking of drugs\n\nNext para-\nGraph"
        );
        assert_eq!(tidy("изъято нарко-\nтиков 5 кг"), "изъято наркотиков 5 кг");
    }

    #[test]
    fn not_a_pdf_and_garbage_are_errors_not_panics() {
        assert!(text_in_process(b"hello").unwrap_err().contains("not a PDF"));
        let garbage = [b"%PDF-1.7\n".as_slice(), &[0xAB; 300]].concat();
        assert!(text_in_process(&garbage).is_err());
    }
}
