//! The ingester: turns bulletin files into `Bulletin` messages on `bulletins.raw.<source>`.
//!
//! [`bulletin_from_bytes`] is the pure part (validation, normalisation, identity, metadata);
//! [`publish_bulletin`] publishes with `Nats-Msg-Id` = the content hash, so the same content is
//! stored once; [`run`] watches a drop folder, moving each file to `done/` or, with a sidecar
//! saying why, to `failed/`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use async_nats::jetstream;
use chrono::{DateTime, Utc};
use seizure_bus::async_nats;
use seizure_bus::contract::{MAX_MESSAGE_BYTES, bulletin_subject};
use seizure_bus::publish::{Stored, publish};
use seizure_bus::runtime::Shutdown;
use seizure_bus::{dead_letter, topology};
use seizure_proto::v1::Bulletin;
use sha2::{Digest, Sha256};

pub const SERVICE: &str = "ingester";

/// Why a file is not a bulletin.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum IngestError {
    #[error("empty file")]
    Empty,
    #[error("file is {bytes} bytes, over the {limit}-byte limit")]
    TooLarge { bytes: usize, limit: usize },
    #[error("not valid UTF-8 (first invalid byte at offset {offset})")]
    NotUtf8 { offset: usize },
    #[error("binary content, not text ({control} control characters in the first {sample})")]
    Binary { control: usize, sample: usize },
    #[error("no text: only whitespace")]
    NoText,
}

/// Hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Normalises text for identity and extraction: no BOM, `\n` line ends.
pub fn normalise(text: &str) -> String {
    text.trim_start_matches('\u{feff}')
        .replace("\r\n", "\n")
        .replace('\r', "\n")
}

/// Media type from a file name.
pub fn media_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("md" | "markdown") => "text/markdown",
        _ => "text/plain",
    }
}

/// Validates and describes a bulletin read from `bytes`.
pub fn bulletin_from_bytes(
    bytes: &[u8],
    source: &str,
    source_url: &str,
    media_type: &str,
    received: DateTime<Utc>,
) -> Result<Bulletin, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    if bytes.len() > MAX_MESSAGE_BYTES / 2 {
        return Err(IngestError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_MESSAGE_BYTES / 2,
        });
    }
    let raw = std::str::from_utf8(bytes).map_err(|e| IngestError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let sample: Vec<char> = raw.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if control * 20 > sample.len() {
        return Err(IngestError::Binary {
            control,
            sample: sample.len(),
        });
    }
    let text = normalise(raw);
    if text.trim().is_empty() {
        return Err(IngestError::NoText);
    }
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| l.chars().any(char::is_alphabetic))
        .unwrap_or("");
    let published = seizure_text::dateline(&text)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| seizure_proto::to_timestamp(t.and_utc()));
    Ok(Bulletin {
        id: sha256_hex(text.as_bytes()),
        source: source.into(),
        source_url: source_url.into(),
        title: title.chars().take(300).collect(),
        received_at: Some(seizure_proto::to_timestamp(received)),
        published_at: published,
        media_type: media_type.into(),
        language: seizure_text::detect_language(&text).as_str().into(),
        text,
    })
}

/// Publishes a bulletin; a repeat of the same content is reported as a duplicate.
pub async fn publish_bulletin(
    js: &jetstream::Context,
    b: &Bulletin,
) -> Result<Stored, seizure_bus::BusError> {
    publish(js, &bulletin_subject(&b.source), &b.id, b).await
}

/// The outcome of ingesting one file.
#[derive(Debug)]
pub enum FileOutcome {
    Ingested { id: String },
    Duplicate { id: String },
    Rejected { reason: String },
}

/// Reads, validates and publishes one file; rejected files get a `dlq.ingester` record.
pub async fn ingest_file(
    js: &jetstream::Context,
    path: &Path,
    source: &str,
) -> Result<FileOutcome, seizure_bus::BusError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("bulletin");
    let bytes = match tokio::fs::read(path).await {
        Ok(b) => b,
        Err(e) => return reject(js, path, &[], format!("unreadable: {e}")).await,
    };
    match bulletin_from_bytes(
        &bytes,
        source,
        &format!("file:{name}"),
        media_type(path),
        Utc::now(),
    ) {
        Ok(b) => {
            let stored = publish_bulletin(js, &b).await?;
            tracing::info!(message = "Bulletin published.", file = %path.display(), id = %b.id, duplicate = stored.duplicate);
            Ok(if stored.duplicate {
                FileOutcome::Duplicate { id: b.id }
            } else {
                FileOutcome::Ingested { id: b.id }
            })
        }
        Err(e) => reject(js, path, &bytes, e.to_string()).await,
    }
}

async fn reject(
    js: &jetstream::Context,
    path: &Path,
    bytes: &[u8],
    reason: String,
) -> Result<FileOutcome, seizure_bus::BusError> {
    let keep = &bytes[..bytes.len().min(MAX_MESSAGE_BYTES / 2)];
    dead_letter::record(
        js,
        SERVICE,
        &path.display().to_string(),
        &reason,
        keep,
        0,
        1,
    )
    .await?;
    Ok(FileOutcome::Rejected { reason })
}

/// Settings of the ingester service.
#[derive(Clone, Debug)]
pub struct Config {
    pub nats_url: String,
    /// The drop folder: files put here are ingested once, then moved.
    pub inbox: PathBuf,
    pub source: String,
    pub poll_interval: Duration,
}

fn is_candidate(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    path.is_file() && !name.starts_with('.') && !name.ends_with(".part") && !name.ends_with(".tmp")
}

/// Moves `path` into `dir`, never overwriting.
fn move_into(path: &Path, dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut target = dir.join(&name);
    let mut n = 1;
    while target.exists() {
        target = dir.join(format!("{name}.{n}"));
        n += 1;
    }
    std::fs::rename(path, &target)?;
    Ok(target)
}

/// Ingests the files currently in the inbox; returns how many were handled.
pub async fn scan_inbox(js: &jetstream::Context, cfg: &Config) -> std::io::Result<usize> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(&cfg.inbox)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_candidate(p))
        .collect();
    files.sort();
    let mut handled = 0;
    for path in files {
        match ingest_file(js, &path, &cfg.source).await {
            Ok(FileOutcome::Rejected { reason }) => {
                let moved = move_into(&path, &cfg.inbox.join("failed"))?;
                std::fs::write(
                    moved.with_file_name(format!(
                        "{}.error.txt",
                        moved.file_name().unwrap_or_default().to_string_lossy()
                    )),
                    format!("{reason}\n"),
                )?;
                tracing::warn!(message = "Bulletin rejected.", file = %path.display(), reason);
            }
            Ok(_) => {
                move_into(&path, &cfg.inbox.join("done"))?;
            }
            Err(error) => {
                // NATS is unreachable: leave the file for the next scan.
                tracing::warn!(message = "Publish failed; will retry.", file = %path.display(), %error);
                continue;
            }
        }
        handled += 1;
    }
    Ok(handled)
}

/// Runs the ingester until shutdown.
pub async fn run(cfg: Config, mut shutdown: Shutdown) -> anyhow::Result<()> {
    let client = topology::connect(&cfg.nats_url, SERVICE).await?;
    let js = jetstream::new(client);
    topology::ensure(&js).await?;
    std::fs::create_dir_all(&cfg.inbox)?;
    tracing::info!(message = "Ingester watching its inbox.", inbox = %cfg.inbox.display());
    loop {
        if let Err(error) = scan_inbox(&js, &cfg).await {
            tracing::error!(message = "Inbox scan failed.", %error);
        }
        tokio::select! {
            _ = shutdown.wait() => break,
            _ = tokio::time::sleep(cfg.poll_interval) => {}
        }
    }
    tracing::info!(message = "Ingester stopped.");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(bytes: &[u8]) -> Result<Bulletin, IngestError> {
        bulletin_from_bytes(bytes, "file", "file:x.txt", "text/plain", Utc::now())
    }

    #[test]
    fn identity_is_the_hash_of_the_normalised_text() {
        let x = b("Изъято 5 кг героина.\r\n".as_bytes()).unwrap();
        let y = b("\u{feff}Изъято 5 кг героина.\n".as_bytes()).unwrap();
        assert_eq!(x.id, y.id);
        assert_eq!(x.language, "ru");
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(b(b""), Err(IngestError::Empty));
        assert_eq!(b(b"  \n "), Err(IngestError::NoText));
        assert!(matches!(
            b(&[0x66, 0xff, 0xfe]),
            Err(IngestError::NotUtf8 { offset: 1 })
        ));
        assert!(matches!(b(&[1u8; 100]), Err(IngestError::Binary { .. })));
    }

    #[test]
    fn dateline_becomes_the_publication_date() {
        let x = b(b"News\n\n08.07.2019 13:21\n\nText.").unwrap();
        assert_eq!(
            x.published_at.unwrap().seconds,
            chrono::NaiveDate::from_ymd_opt(2019, 7, 8)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                .and_utc()
                .timestamp()
        );
    }
}
