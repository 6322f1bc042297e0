//! The drop folder: every file put in it is ingested once, then moved to `done/`, or to
//! `failed/` beside a `<name>.error.txt` sidecar that says why. Nothing is deleted; a file is
//! left in place (and retried on the next scan) only when NATS cannot be reached. Producers
//! should write `*.part` or dot-files and rename them when complete; those are skipped. Only
//! regular files are taken: a symbolic link, a FIFO, a socket or a device is refused (moved to
//! `failed/` like bad content, never followed or read). Sub-folders are left alone.

use std::path::{Path, PathBuf};

use chrono::Utc;
use seizure_bus::BusError;

use crate::document::{IngestError, MAX_ORIGINAL_BYTES, Submission};
use crate::sink::{Ingester, Outcome};

/// A file's submission: source URL `file:<name>`, so that a file sent again under the same
/// name with new content is a new revision of the same bulletin. `name` must tell apart the
/// files of one source: the drop folder's names are unique in it, `seizurectl ingest` gives
/// each file's full path (two folders may each hold a `report.pdf`).
pub fn file_submission(name: &str, bytes: Vec<u8>, source: &str) -> Submission {
    let file_name = Path::new(name)
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "bulletin".into());
    Submission {
        bytes,
        source: source.into(),
        source_url: format!("file:{name}"),
        file_name: Some(file_name),
        received: Utc::now(),
        ..Default::default()
    }
}

/// Why `path` is not a regular file, if it is not one (it is not followed if a link).
fn not_regular(path: &Path) -> Option<&'static str> {
    let kind = std::fs::symlink_metadata(path).ok()?.file_type();
    if kind.is_symlink() {
        Some("a symbolic link")
    } else if kind.is_dir() {
        Some("a folder")
    } else if !kind.is_file() {
        Some("a FIFO, socket or device")
    } else {
        None
    }
}

/// Reads and submits one file, `name` being what tells it apart (see [`file_submission`]); an
/// unreadable file, or anything that is not a regular file, is rejected like bad content.
pub async fn ingest_file(
    ing: &Ingester,
    path: &Path,
    name: &str,
    source: &str,
) -> Result<Outcome, BusError> {
    let origin = path.display().to_string();
    if let Some(what) = not_regular(path) {
        let error = IngestError::NotRegular { what };
        ing.reject(&origin, &[], &error.to_string()).await?;
        return Ok(Outcome::Rejected { error });
    }
    // A file too large is refused before it is read (and, in the drop folder, kept in failed/).
    if let Ok(meta) = tokio::fs::metadata(path).await
        && meta.len() > MAX_ORIGINAL_BYTES as u64
    {
        let error = IngestError::TooLarge {
            bytes: usize::try_from(meta.len()).unwrap_or(usize::MAX),
            limit: MAX_ORIGINAL_BYTES,
        };
        ing.reject(&origin, &[], &error.to_string()).await?;
        return Ok(Outcome::Rejected { error });
    }
    match tokio::fs::read(path).await {
        Ok(bytes) => {
            ing.submit(&file_submission(name, bytes, source), &origin)
                .await
        }
        Err(e) => {
            let error = IngestError::Unreadable {
                reason: e.to_string(),
            };
            ing.reject(&origin, &[], &error.to_string()).await?;
            Ok(Outcome::Rejected { error })
        }
    }
}

/// The names of the folders the ingester keeps what it took in: never taken as bulletins, even
/// when something else stands under that name (the inbox is then unusable, and readiness says
/// so). Were they taken, a `done` file removed between a scan's listing and its turn would come
/// back as the new `done/` folder and be refused into `failed/` with everything in it.
const KEPT_FOLDERS: [&str; 2] = ["done", "failed"];

/// Entries a folder scan takes: visible, not being written, not a folder, not one of the
/// ingester's own folders. Links and special files are taken to be refused.
pub fn is_candidate(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let folder = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir());
    !folder
        && !KEPT_FOLDERS.contains(&name)
        && !name.starts_with('.')
        && !name.ends_with(".part")
        && !name.ends_with(".tmp")
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

/// Ingests the files currently in `inbox`; returns how many were handled.
pub async fn scan(ing: &Ingester, inbox: &Path, source: &str) -> std::io::Result<usize> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(inbox)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_candidate(p))
        .collect();
    files.sort();
    let mut handled = 0;
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        match ingest_file(ing, &path, &name, source).await {
            Ok(Outcome::Rejected { error }) => {
                let moved = move_into(&path, &inbox.join("failed"))?;
                let mut sidecar = moved.clone().into_os_string();
                sidecar.push(".error.txt");
                std::fs::write(sidecar, format!("{error}\n"))?;
                tracing::warn!(message = "Bulletin rejected.", file = %path.display(), %error);
            }
            Ok(_) => {
                move_into(&path, &inbox.join("done"))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ingesters_own_folder_names_are_never_bulletins_even_as_files() {
        let dir = std::env::temp_dir().join(format!("folder-candidates-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["done", "failed", "bulletin.txt", "x.part", ".hidden"] {
            std::fs::write(dir.join(name), b"text").unwrap();
        }
        let taken: Vec<bool> = ["done", "failed", "bulletin.txt", "x.part", ".hidden"]
            .iter()
            .map(|n| is_candidate(&dir.join(n)))
            .collect();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(taken, [false, false, true, false, false]);
    }
}
