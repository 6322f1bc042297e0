//! `seizurectl`: the user's command-line tool.
//!
//! - `extract FILE`: the file's events as JSON Lines, no NATS needed.
//! - `demo`: the whole pipeline on a local nats-server, fed the sample bulletins, then a table.
//! - `ingest PATH...`: sends files to a running pipeline.
//! - `subscribe [--country CC]`: prints each statistics update as one JSON line.
//! - `eval GOLD_DIR TEXT_DIR...`: scores extraction against labelled files.
//! - `provision`: creates the streams and buckets (as the admin user).
//! - `export`: every event as it counts after corrections, as CSV, JSON lines or Parquet; or
//!   the reviewed bulletins as labelled files for `eval`.

mod demo;
mod export;
mod ingest;
mod output;

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use seizure_bus::async_nats::jetstream;
use seizure_bus::contract::COUNTRY_STATS_BUCKET;
use seizure_bus::topology;

#[derive(Parser, Debug)]
#[command(
    name = "seizurectl",
    version,
    about = "Drug-seizure statistics from anti-drug bulletins"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print a bulletin file's (text, Markdown, HTML or PDF) seizure events as JSON Lines (one
    /// object per event).
    Extract {
        file: PathBuf,
        /// The bulletin's publication date (YYYY-MM-DD), completing dates without a year.
        #[arg(long)]
        published: Option<chrono::NaiveDate>,
        /// Add to each event `why`: the rules that decided its kind, country, drug and date,
        /// with the words they matched.
        #[arg(long)]
        explain: bool,
    },
    /// Run the whole pipeline on a local nats-server with the sample bulletins and print the
    /// per-country statistics and the dashboard's address.
    Demo {
        /// Keep going for this many seconds after printing, so the dashboard or `subscribe`
        /// can be tried.
        #[arg(long, default_value_t = 0)]
        linger_secs: u64,
        /// Port of the gateway (dashboard and API) on 127.0.0.1.
        #[arg(long, default_value_t = 8080)]
        dashboard_port: u16,
    },
    /// Send bulletin files (text, Markdown, HTML, PDF), or folders of them, to a running
    /// pipeline; prints a summary: ingested, duplicates, rejected with reasons.
    Ingest {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
        nats: String,
        /// Source name recorded on the bulletins.
        #[arg(long, default_value = "file")]
        source: String,
        /// Progress display: a bar on a terminal, plain lines otherwise, or none.
        #[arg(long, value_enum, default_value = "auto")]
        progress: ingest::Progress,
    },
    /// Score extraction against labelled files (the seeds' gold schema): precision, recall and
    /// F1 per field and per language.
    Eval {
        /// Pairs of folders: GOLD_DIR TEXT_DIR [GOLD_DIR TEXT_DIR ...]; each GOLD_DIR/<doc>.json
        /// is scored against TEXT_DIR/<doc>.txt.
        #[arg(required = true, num_args = 2..)]
        dirs: Vec<PathBuf>,
        /// Exit with an error when the strict F1, overall or in either language, is below this.
        #[arg(long)]
        min_f1: Option<f64>,
        /// Also print every wrong, missed and spurious event.
        #[arg(long)]
        errors: bool,
    },
    /// Create the pipeline's streams, buckets and object store, or bring their settings up to
    /// date. Run it as the NATS admin user before the services start (the
    /// services' own users may not create or change them). Idempotent.
    Provision {
        #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
        nats: String,
        /// NATS user (the admin), if not in the URL.
        #[arg(long, env = "NATS_USER")]
        user: Option<String>,
        /// Its password.
        #[arg(long, env = "NATS_PASSWORD", hide_env_values = true)]
        password: Option<String>,
        /// Replicas of every stream and bucket (3 in a three-node cluster); existing ones are
        /// raised to it, never lowered.
        #[arg(long, env = "JETSTREAM_REPLICAS", default_value_t = 1)]
        replicas: usize,
    },
    /// Export every event on the EVENTS stream as it counts after reviewers' corrections (every
    /// field: evidence, addresses, bulletin, extractor version, corrected yes/no and the
    /// original values), or with `--corrections DIR` the reviewed bulletins as labelled files
    /// (`DIR/gold/*.json`, `DIR/texts/*.txt`) that `eval` reads.
    Export {
        #[arg(long, value_enum, default_value = "csv")]
        format: export::Format,
        /// Only this country (ISO alpha-2; ZZ: no single country).
        #[arg(long)]
        country: Option<String>,
        /// Only events that may have happened on or after this day (YYYY-MM-DD).
        #[arg(long)]
        since: Option<chrono::NaiveDate>,
        /// The file to write (standard output if absent; Parquet needs one).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Write the reviewed bulletins as labelled files into this folder instead.
        #[arg(long, value_name = "DIR")]
        corrections: Option<PathBuf>,
        #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
        nats: String,
    },
    /// Print every statistics update (current values first) as one JSON line.
    Subscribe {
        /// Only this country (ISO alpha-2).
        #[arg(long)]
        country: Option<String>,
        #[arg(long, env = "NATS_URL", default_value = "nats://127.0.0.1:4222")]
        nats: String,
    },
}

fn main() -> std::process::ExitCode {
    if std::env::args().nth(1).as_deref() == Some(ingester::document::pdf::WORKER_SUBCOMMAND) {
        return ingester::document::pdf::worker_main();
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract {
            file,
            published,
            explain,
        } => runtime().and_then(|rt| rt.block_on(extract(&file, published, explain))),
        Command::Demo {
            linger_secs,
            dashboard_port,
        } => runtime().and_then(|rt| rt.block_on(demo::run(linger_secs, dashboard_port))),
        Command::Eval {
            dirs,
            min_f1,
            errors,
        } => eval(&dirs, min_f1, errors),
        Command::Ingest {
            paths,
            nats,
            source,
            progress,
        } => runtime().and_then(|rt| rt.block_on(ingest::run(&paths, &nats, &source, progress))),
        Command::Provision {
            nats,
            user,
            password,
            replicas,
        } => {
            let nats = match user.filter(|u| !u.is_empty()) {
                Some(user) => {
                    topology::with_credentials(&nats, &user, password.as_deref().unwrap_or(""))
                }
                None => nats,
            };
            runtime().and_then(|rt| rt.block_on(provision(&nats, replicas)))
        }
        Command::Export {
            format,
            country,
            since,
            output,
            corrections,
            nats,
        } => runtime().and_then(|rt| {
            rt.block_on(export::run(export::Request {
                nats,
                format,
                country: country.map(|c| c.to_ascii_uppercase()),
                since,
                output,
                corrections,
            }))
        }),
        Command::Subscribe { country, nats } => {
            runtime().and_then(|rt| rt.block_on(subscribe(country, &nats)))
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // `seizurectl eval ... --errors | head`: the reader has what it wanted.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("seizurectl: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    seizure_bus::runtime::init_tracing_quiet();
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

/// How long the PDF reader may take per file.
pub const PDF_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

async fn extract(
    file: &Path,
    published: Option<chrono::NaiveDate>,
    explain: bool,
) -> anyhow::Result<()> {
    use std::io::Write;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let sub = ingester::sources::folder::file_submission(&name, bytes, "file");
    let pdf = ingester::PdfReader::current_exe(PDF_TIMEOUT)?;
    let bulletin = ingester::document::prepare(&sub, &pdf)
        .await
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let published = published.or_else(|| {
        bulletin
            .published_at
            .as_ref()
            .and_then(seizure_proto::from_timestamp)
            .map(|t| t.date_naive())
    });
    let extraction = seizure_text::extract(&bulletin.text, &seizure_text::Context { published });
    let mut out = std::io::stdout().lock();
    for e in &extraction.events {
        let article = &extraction.articles[e.article];
        let mut json = output::event_json(e, article);
        if explain {
            json["why"] = serde_json::to_value(&e.why)?;
        }
        writeln!(out, "{json}")?;
    }
    Ok(())
}

fn eval(dirs: &[PathBuf], min_f1: Option<f64>, show_errors: bool) -> anyhow::Result<()> {
    use seizure_text::eval::{LabelledDoc, Tally};
    if !dirs.len().is_multiple_of(2) {
        anyhow::bail!("give folders in pairs: GOLD_DIR TEXT_DIR [GOLD_DIR TEXT_DIR ...]");
    }
    let mut tally = Tally::default();
    for pair in dirs.chunks(2) {
        let (gold_dir, text_dir) = (&pair[0], &pair[1]);
        let mut golds: Vec<PathBuf> = std::fs::read_dir(gold_dir)
            .with_context(|| format!("reading {}", gold_dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        golds.sort();
        for g in golds {
            let doc: LabelledDoc = serde_json::from_slice(&std::fs::read(&g)?)
                .with_context(|| format!("parsing {}", g.display()))?;
            let stem = g.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            let text_path = text_dir.join(format!("{stem}.txt"));
            let text = std::fs::read_to_string(&text_path)
                .with_context(|| format!("reading {}", text_path.display()))?;
            let text = ingester::normalise(&text);
            let got = seizure_text::extract(&text, &seizure_text::Context::default());
            tally.score(&doc.doc, got.language, &got.events, &doc.events);
        }
    }
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    write!(out, "{}", tally.report())?;
    if show_errors {
        for e in &tally.errors {
            writeln!(out, "{e}")?;
        }
    }
    if let Some(min) = min_f1 {
        for lang in ["all", "en", "ru"] {
            let c = tally.counts(lang, "strict");
            if c.labelled > 0 && c.f1() < min {
                anyhow::bail!("strict F1 for {lang} is {:.3}, below {min}", c.f1());
            }
        }
    }
    Ok(())
}

async fn provision(nats: &str, replicas: usize) -> anyhow::Result<()> {
    topology::set_replicas(replicas);
    let client = topology::connect(nats, "seizurectl-provision").await?;
    let js = jetstream::new(client);
    tokio::time::timeout(std::time::Duration::from_secs(60), topology::provision(&js))
        .await
        .context("NATS did not answer within 60 s")??;
    println!("provisioned: streams, buckets and object store are in place");
    Ok(())
}

async fn subscribe(country: Option<String>, nats: &str) -> anyhow::Result<()> {
    use futures::StreamExt;
    use seizure_proto::Message;
    let client = topology::connect(nats, "seizurectl-subscribe").await?;
    let js = jetstream::new(client.clone());
    let country = country.map(|c| c.to_ascii_uppercase());
    // Live updates first, so nothing published while the bucket is read is missed; no consumer
    // is created (the read-only user may not).
    let mut live = client
        .subscribe(seizure_bus::contract::stats_subject(
            country.as_deref().unwrap_or("*"),
        ))
        .await
        .context("subscribing to statistics updates")?;
    let print = |what: &str, bytes: &[u8]| match seizure_proto::v1::CountryStats::decode(bytes) {
        Ok(stats) => println!("{}", output::stats_json(&stats)),
        Err(e) => eprintln!("seizurectl: undecodable statistics for {what}: {e}"),
    };
    for (key, value) in
        topology::current_values(&js, COUNTRY_STATS_BUCKET, country.as_deref()).await?
    {
        print(&key, &value);
    }
    while let Some(msg) = live.next().await {
        print(msg.subject.as_str(), &msg.payload);
    }
    Ok(())
}
