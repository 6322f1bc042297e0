//! `seizurectl export`: every event on the EVENTS stream as it counts after reviewers'
//! corrections (superseded revisions left out), with every field, as CSV, JSON lines or Parquet
//! for spreadsheets, R and pandas; and `--corrections DIR`: the reviewed bulletins as labelled
//! files that `seizurectl eval` reads (facts only), so reviews become test data.
//!
//! The events are read with an ordered consumer from the stream's first message to its last
//! at the start, through the gateway's own fold (`gateway::recent::RecentEvents`), so the export
//! and the API agree on what a corrected or superseded event is. Rows are
//! `gateway::export::EventRow`: the same columns in every format.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context as _, bail};
use arrow_array::builder::{
    BooleanBuilder, Float64Builder, StringBuilder, TimestampMicrosecondBuilder, UInt32Builder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use futures::StreamExt;
use gateway::export::{EventRow, to_csv};
use gateway::recent::{EventQuery, RecentEvents};
use seizure_bus::async_nats::jetstream::{self, consumer};
use seizure_bus::contract;
use seizure_bus::topology;
use serde_json::{Value, json};

/// The file formats of `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Jsonl,
    Parquet,
}

/// What to export, and where.
#[derive(Clone, Debug)]
pub struct Request {
    pub nats: String,
    pub format: Format,
    pub country: Option<String>,
    pub since: Option<chrono::NaiveDate>,
    /// The file to write; standard output when absent (not for Parquet).
    pub output: Option<PathBuf>,
    /// Write reviewed bulletins as labelled files here instead.
    pub corrections: Option<PathBuf>,
}

pub async fn run(r: Request) -> anyhow::Result<()> {
    let client = topology::connect(&r.nats, "seizurectl-export").await?;
    let js = jetstream::new(client);
    let mut events = RecentEvents::new(usize::MAX);
    let read = for_each_message(&js, contract::EVENTS_STREAM, |subject, payload| {
        events.take(subject, payload);
    })
    .await?;
    if let Some(dir) = &r.corrections {
        let written = write_reviewed(&js, &events, dir).await?;
        eprintln!(
            "seizurectl: {written} reviewed bulletins written to {} (gold/ and texts/)",
            dir.display()
        );
        return Ok(());
    }
    let shown = events.query(&EventQuery {
        country: r.country.clone(),
        drug: None,
        since: r.since,
        limit: usize::MAX,
    });
    let rows: Vec<EventRow> = shown.iter().map(EventRow::of).collect();
    match (r.format, &r.output) {
        (Format::Parquet, None) => bail!("Parquet needs --output FILE"),
        (Format::Parquet, Some(path)) => write_parquet(&rows, path)?,
        (Format::Csv, out) => write_to(out, to_csv(&rows).map_err(anyhow::Error::msg)?)?,
        (Format::Jsonl, out) => {
            let mut text = String::new();
            for row in &rows {
                text.push_str(&serde_json::to_string(row)?);
                text.push('\n');
            }
            write_to(out, text)?;
        }
    }
    eprintln!(
        "seizurectl: {} events exported ({read} EVENTS messages read)",
        rows.len()
    );
    Ok(())
}

fn write_to(out: &Option<PathBuf>, text: String) -> anyhow::Result<()> {
    match out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
        }
        None => Ok(std::io::stdout().lock().write_all(text.as_bytes())?),
    }
}

/// Calls `f` with every message of `stream`, from the first to the last one stored when the
/// call began; returns how many.
async fn for_each_message(
    js: &jetstream::Context,
    stream: &str,
    mut f: impl FnMut(&str, &[u8]),
) -> anyhow::Result<u64> {
    let s = js
        .get_stream(stream)
        .await
        .with_context(|| format!("reading stream {stream}"))?;
    let last = s.cached_info().state.last_sequence;
    if s.cached_info().state.messages == 0 {
        return Ok(0);
    }
    let consumer = s
        .create_consumer(consumer::push::OrderedConfig {
            deliver_subject: js.client().new_inbox(),
            deliver_policy: consumer::DeliverPolicy::All,
            ..Default::default()
        })
        .await
        .with_context(|| format!("reading stream {stream}"))?;
    let mut messages = consumer.messages().await?;
    let mut n = 0;
    while let Some(m) = messages.next().await {
        let m = m.with_context(|| format!("reading stream {stream}"))?;
        f(m.subject.as_str(), &m.payload);
        n += 1;
        let seq = m.info().map_err(anyhow::Error::msg)?.stream_sequence;
        if seq >= last {
            break;
        }
    }
    Ok(n)
}

/// The Arrow schema of [`EventRow`]: strings, numbers and booleans as such, the bulletin's time
/// as a UTC timestamp.
fn schema() -> Schema {
    use DataType::*;
    let f = |name: &str, t: DataType, nullable: bool| Field::new(name, t, nullable);
    let ts = Timestamp(TimeUnit::Microsecond, Some("UTC".into()));
    Schema::new(vec![
        f("event_id", Utf8, false),
        f("bulletin_id", Utf8, false),
        f("article_id", Utf8, false),
        f("country", Utf8, false),
        f("region", Utf8, false),
        f("kind", Utf8, false),
        f("drug", Utf8, false),
        f("amount", Float64, false),
        f("unit", Utf8, false),
        f("qualifier", Utf8, false),
        f("date", Utf8, true),
        f("date_resolved", Boolean, false),
        f("evidence", Utf8, false),
        f("evidence_start", UInt32, false),
        f("evidence_end", UInt32, false),
        f("source_url", Utf8, false),
        f("parent_event_id", Utf8, false),
        f("bulletin_time", ts, true),
        f("extractor_version", Utf8, false),
        f("corrected", Boolean, false),
        f("not_an_event", Boolean, false),
        f("added", Boolean, false),
        f("original_country", Utf8, true),
        f("original_kind", Utf8, true),
        f("original_drug", Utf8, true),
        f("original_amount", Float64, true),
        f("original_unit", Utf8, true),
        f("original_qualifier", Utf8, true),
        f("original_date", Utf8, true),
        f("correction_id", Utf8, true),
        f("reviewer", Utf8, true),
        f("correction_reason", Utf8, true),
    ])
}

/// The rows as one Arrow record batch.
pub fn record_batch(rows: &[EventRow]) -> anyhow::Result<RecordBatch> {
    let text = |get: fn(&EventRow) -> &str| -> ArrayRef {
        let mut b = StringBuilder::new();
        rows.iter().for_each(|r| b.append_value(get(r)));
        Arc::new(b.finish())
    };
    // Empty means absent: null, so pandas reads it as missing.
    let optional = |get: fn(&EventRow) -> &str| -> ArrayRef {
        let mut b = StringBuilder::new();
        rows.iter()
            .for_each(|r| b.append_option(Some(get(r)).filter(|s| !s.is_empty())));
        Arc::new(b.finish())
    };
    let flag = |get: fn(&EventRow) -> bool| -> ArrayRef {
        let mut b = BooleanBuilder::new();
        rows.iter().for_each(|r| b.append_value(get(r)));
        Arc::new(b.finish())
    };
    let count = |get: fn(&EventRow) -> u32| -> ArrayRef {
        let mut b = UInt32Builder::new();
        rows.iter().for_each(|r| b.append_value(get(r)));
        Arc::new(b.finish())
    };
    let mut amount = Float64Builder::new();
    let mut original_amount = Float64Builder::new();
    let mut time = TimestampMicrosecondBuilder::new().with_timezone("UTC");
    for r in rows {
        amount.append_value(r.amount);
        original_amount.append_option(r.original_amount);
        time.append_option(
            chrono::DateTime::parse_from_rfc3339(&r.bulletin_time)
                .ok()
                .map(|t| t.timestamp_micros()),
        );
    }
    let columns: Vec<ArrayRef> = vec![
        text(|r| &r.event_id),
        text(|r| &r.bulletin_id),
        text(|r| &r.article_id),
        text(|r| &r.country),
        text(|r| &r.region),
        text(|r| &r.kind),
        text(|r| &r.drug),
        Arc::new(amount.finish()),
        text(|r| &r.unit),
        text(|r| &r.qualifier),
        optional(|r| &r.date),
        flag(|r| r.date_resolved),
        text(|r| &r.evidence),
        count(|r| r.evidence_start),
        count(|r| r.evidence_end),
        text(|r| &r.source_url),
        text(|r| &r.parent_event_id),
        Arc::new(time.finish()),
        text(|r| &r.extractor_version),
        flag(|r| r.corrected),
        flag(|r| r.not_an_event),
        flag(|r| r.added),
        optional(|r| &r.original_country),
        optional(|r| &r.original_kind),
        optional(|r| &r.original_drug),
        Arc::new(original_amount.finish()),
        optional(|r| &r.original_unit),
        optional(|r| &r.original_qualifier),
        optional(|r| &r.original_date),
        optional(|r| &r.correction_id),
        optional(|r| &r.reviewer),
        optional(|r| &r.correction_reason),
    ];
    Ok(RecordBatch::try_new(Arc::new(schema()), columns)?)
}

fn write_parquet(rows: &[EventRow], path: &Path) -> anyhow::Result<()> {
    let batch = record_batch(rows)?;
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let mut w = parquet::arrow::ArrowWriter::try_new(file, batch.schema(), Some(props))?;
    w.write(&batch)?;
    w.close()?;
    Ok(())
}

/// Writes `dir/gold/<bulletin>.json` (the bulletin's events as they count after corrections,
/// in the labelled-file format) and `dir/texts/<bulletin>.txt` for every bulletin a reviewer
/// corrected; returns how many.
async fn write_reviewed(
    js: &jetstream::Context,
    events: &RecentEvents,
    dir: &Path,
) -> anyhow::Result<usize> {
    let shown = events.query(&EventQuery {
        limit: usize::MAX,
        ..Default::default()
    });
    let reviewed: BTreeSet<String> = shown
        .iter()
        .filter(|e| e["correction"].is_object())
        .filter_map(|e| e["bulletin_id"].as_str().map(String::from))
        .collect();
    let mut labels: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for e in shown.iter().rev() {
        let Some(b) = e["bulletin_id"].as_str().filter(|b| reviewed.contains(*b)) else {
            continue;
        };
        let entry = labels.entry(b.to_string()).or_default();
        if e["not_an_event"] != true {
            entry.push(label(e));
        }
    }
    let mut texts: BTreeMap<String, (String, String)> = BTreeMap::new();
    for_each_message(js, contract::BULLETINS_STREAM, |_, payload| {
        use seizure_proto::Message;
        if let Ok(b) = seizure_proto::v1::Bulletin::decode(payload)
            && reviewed.contains(&b.id)
        {
            texts.insert(b.id.clone(), (b.language, b.text));
        }
    })
    .await?;
    std::fs::create_dir_all(dir.join("gold"))?;
    std::fs::create_dir_all(dir.join("texts"))?;
    let mut written = 0;
    for (bulletin, events) in labels {
        let Some((lang, text)) = texts.get(&bulletin) else {
            eprintln!("seizurectl: bulletin {bulletin} is no longer on BULLETINS; skipped");
            continue;
        };
        let doc = json!({"doc": bulletin, "lang": lang, "events": events});
        std::fs::write(
            dir.join("gold").join(format!("{bulletin}.json")),
            serde_json::to_string_pretty(&doc)? + "\n",
        )?;
        std::fs::write(dir.join("texts").join(format!("{bulletin}.txt")), text)?;
        written += 1;
    }
    Ok(written)
}

/// One event as a label: facts only (no evidence text), the date as the text states it.
fn label(e: &Value) -> Value {
    let country = e["country"].as_str().filter(|c| !c.is_empty());
    let date = if e["date_resolved"] == true {
        Value::Null
    } else {
        e["date"].clone()
    };
    json!({
        "kind": e["kind"],
        "country": country,
        "drug": e["drug"],
        "amount": e["amount"],
        "unit": e["unit"],
        "qualifier": e["qualifier"],
        "date": date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parquet_schema_has_every_column_of_the_csv() {
        use gateway::export::ColumnNames;
        let names: Vec<String> = schema().fields().iter().map(|f| f.name().clone()).collect();
        assert_eq!(names, EventRow::COLUMNS);
        let row = EventRow::of(&json!({"event_id": "e", "amount": 2.0,
            "bulletin_time": "2025-08-12T10:00:00+00:00", "corrected": true,
            "original": {"amount": 20.0}}));
        let batch = record_batch(&[row]).unwrap();
        assert_eq!(batch.num_rows(), 1);
        assert_eq!(batch.num_columns(), EventRow::COLUMNS.len());
    }

    #[test]
    fn labels_keep_facts_and_stated_dates_only() {
        let l = label(&json!({"kind": "seizure", "country": "", "drug": "heroin",
            "amount": 2.0, "unit": "kg", "qualifier": "exact", "date": "2025-08",
            "date_resolved": true, "evidence": "secret"}));
        assert_eq!(l["country"], Value::Null);
        assert_eq!(l["date"], Value::Null);
        assert!(l.get("evidence").is_none());
    }
}
