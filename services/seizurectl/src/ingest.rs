//! `seizurectl ingest PATH...`: sends files and folders (recursively) to a running pipeline
//! through the ingester's own code path, several at a time, with a progress bar on a terminal
//! (plain progress lines otherwise) and a summary at the end: ingested, duplicates, rejected
//! with reasons. Rejected files also get their `dlq.ingester` record, as from any source.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use futures::StreamExt;
use ingester::{Ingester, Outcome, PdfReader};
use seizure_bus::async_nats::jetstream;
use seizure_bus::topology;

/// Files submitted at once.
const CONCURRENCY: usize = 8;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Progress {
    /// A bar on a terminal, plain lines otherwise.
    Auto,
    /// Plain progress lines on stderr.
    Lines,
    /// Nothing until the summary.
    None,
}

/// Every file under `path`, in name order; hidden files and `.part` files are skipped. Links
/// are not followed (the ingester refuses them, as it refuses FIFOs and devices).
fn collect_files(path: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let is_dir = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir());
    if is_dir {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("reading folder {}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                !name.starts_with('.') && !name.ends_with(".part")
            })
            .collect();
        entries.sort();
        for p in entries {
            collect_files(&p, out)?;
        }
    } else if std::fs::symlink_metadata(path).is_ok() {
        out.push(path.to_path_buf());
    } else {
        anyhow::bail!("{}: no such file or folder", path.display());
    }
    Ok(())
}

/// What a run did.
#[derive(Default)]
struct Summary {
    ingested: usize,
    duplicates: usize,
    rejected: Vec<(PathBuf, String)>,
}

enum Display {
    Bar(indicatif::ProgressBar),
    Lines { total: usize, every: usize },
    Silent,
}

impl Display {
    fn new(mode: Progress, total: usize) -> Display {
        use std::io::IsTerminal;
        match mode {
            Progress::Auto if std::io::stderr().is_terminal() => {
                let bar = indicatif::ProgressBar::new(total as u64);
                bar.set_style(
                    indicatif::ProgressStyle::with_template(
                        "{bar:40} {pos}/{len} files  {per_sec}  eta {eta}  {msg}",
                    )
                    .expect("static template"),
                );
                Display::Bar(bar)
            }
            Progress::Auto | Progress::Lines => Display::Lines {
                total,
                every: (total / 20).max(1),
            },
            Progress::None => Display::Silent,
        }
    }

    fn tick(&self, done: usize, s: &Summary) {
        let msg = format!(
            "ingested {}, duplicates {}, rejected {}",
            s.ingested,
            s.duplicates,
            s.rejected.len()
        );
        match self {
            Display::Bar(bar) => {
                bar.set_position(done as u64);
                bar.set_message(msg);
            }
            Display::Lines { total, every } if done.is_multiple_of(*every) || done == *total => {
                eprintln!(
                    "[{done:>6}/{total}] {:>3}%  {msg}",
                    done * 100 / total.max(&1)
                );
            }
            _ => {}
        }
    }

    fn finish(&self) {
        if let Display::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

pub async fn run(
    paths: &[PathBuf],
    nats: &str,
    source: &str,
    mode: Progress,
) -> anyhow::Result<()> {
    let mut files = Vec::new();
    for p in paths {
        collect_files(p, &mut files)?;
    }
    let client = topology::connect(nats, "seizurectl").await?;
    let js = jetstream::new(client);
    let ing = Ingester::new(js, PdfReader::current_exe(crate::PDF_TIMEOUT)?).await?;
    let display = Display::new(mode, files.len());
    let mut summary = Summary::default();
    let mut results = futures::stream::iter(files.iter())
        .map(|f| {
            let ing = &ing;
            async move {
                // Its full path tells a file apart from one of the same name elsewhere.
                let name = std::path::absolute(f).unwrap_or_else(|_| f.clone());
                let name = name.to_string_lossy();
                (
                    f,
                    ingester::sources::folder::ingest_file(ing, f, &name, source).await,
                )
            }
        })
        .buffer_unordered(CONCURRENCY);
    let mut done = 0;
    while let Some((f, outcome)) = results.next().await {
        match outcome.with_context(|| format!("sending {}", f.display()))? {
            Outcome::Ingested { .. } => summary.ingested += 1,
            Outcome::Duplicate { .. } => summary.duplicates += 1,
            Outcome::Rejected { error } => summary.rejected.push((f.clone(), error.to_string())),
        }
        done += 1;
        display.tick(done, &summary);
    }
    display.finish();
    summary.rejected.sort();
    println!(
        "{} files: ingested {}, duplicates {}, rejected {}",
        files.len(),
        summary.ingested,
        summary.duplicates,
        summary.rejected.len()
    );
    for (f, reason) in &summary.rejected {
        println!("  rejected {}: {reason}", f.display());
    }
    Ok(())
}
