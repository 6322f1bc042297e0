//! Events and statistics as flat rows for spreadsheets, R and pandas: one [`EventRow`] per event
//! with every field (evidence, addresses, bulletin, extractor version, whether a reviewer
//! corrected it and the original values), one [`StatsRow`] per country, series and window. The
//! gateway serves them as CSV; `seizurectl export` writes the same rows as CSV, JSON lines or
//! Parquet, so every format has the same columns.

use seizure_proto::json::kind_name;
use seizure_proto::v1::CountryStats;
use serde::Serialize;
use serde_json::Value;

/// One event, flat. Columns in this order; empty strings and `None` where a value is absent.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventRow {
    pub event_id: String,
    pub bulletin_id: String,
    pub article_id: String,
    pub country: String,
    pub region: String,
    pub kind: String,
    pub drug: String,
    pub amount: f64,
    pub unit: String,
    pub qualifier: String,
    /// As precise as the text: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when none.
    pub date: String,
    pub date_resolved: bool,
    pub evidence: String,
    pub evidence_start: u32,
    pub evidence_end: u32,
    pub source_url: String,
    pub parent_event_id: String,
    /// RFC 3339, UTC, milliseconds.
    pub bulletin_time: String,
    pub extractor_version: String,
    /// A reviewer changed it (amended, marked not an event, or added it).
    pub corrected: bool,
    pub not_an_event: bool,
    pub added: bool,
    pub original_country: String,
    pub original_kind: String,
    pub original_drug: String,
    pub original_amount: Option<f64>,
    pub original_unit: String,
    pub original_qualifier: String,
    pub original_date: String,
    pub correction_id: String,
    pub reviewer: String,
    pub correction_reason: String,
}

fn text(v: &Value, key: &str) -> String {
    match &v[key] {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// An RFC 3339 time in one shape for every row (UTC, milliseconds, `Z`), so that readers
/// infer one format for the column.
fn uniform_time(t: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(t).map_or(String::new(), |t| {
        t.with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    })
}

impl EventRow {
    /// The row of one event as `/v1/events` shows it.
    pub fn of(v: &Value) -> EventRow {
        let o = &v["original"];
        let c = &v["correction"];
        let span = |i: usize| v["evidence_span"][i].as_u64().unwrap_or(0) as u32;
        EventRow {
            event_id: text(v, "event_id"),
            bulletin_id: text(v, "bulletin_id"),
            article_id: text(v, "article_id"),
            country: text(v, "country"),
            region: text(v, "region"),
            kind: text(v, "kind"),
            drug: text(v, "drug"),
            amount: v["amount"].as_f64().unwrap_or(f64::NAN),
            unit: text(v, "unit"),
            qualifier: text(v, "qualifier"),
            date: text(v, "date"),
            date_resolved: v["date_resolved"].as_bool().unwrap_or(false),
            evidence: text(v, "evidence"),
            evidence_start: span(0),
            evidence_end: span(1),
            source_url: text(v, "source_url"),
            parent_event_id: text(v, "parent_event_id"),
            bulletin_time: uniform_time(&text(v, "bulletin_time")),
            extractor_version: text(v, "extractor_version"),
            corrected: v["corrected"].as_bool().unwrap_or(false),
            not_an_event: v["not_an_event"].as_bool().unwrap_or(false),
            added: v["added"].as_bool().unwrap_or(false),
            original_country: text(o, "country"),
            original_kind: text(o, "kind"),
            original_drug: text(o, "drug"),
            original_amount: o["amount"].as_f64(),
            original_unit: text(o, "unit"),
            original_qualifier: text(o, "qualifier"),
            original_date: text(o, "date"),
            correction_id: text(c, "correction_id"),
            reviewer: text(c, "reviewer"),
            correction_reason: text(c, "reason"),
        }
    }
}

/// One window of one series of one country.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatsRow {
    pub country: String,
    pub as_of: String,
    pub kind: String,
    pub drug: String,
    pub unit: String,
    pub window: String,
    pub amount: f64,
    pub lower_bound: bool,
    pub events: u64,
    pub incidents: u64,
    pub undated_events: u64,
}

/// The rows of these countries' statistics.
pub fn stats_rows<'a>(stats: impl IntoIterator<Item = &'a CountryStats>) -> Vec<StatsRow> {
    let mut rows = Vec::new();
    for s in stats {
        for d in &s.series {
            for w in &d.windows {
                rows.push(StatsRow {
                    country: s.country.clone(),
                    as_of: s.as_of.clone(),
                    kind: kind_name(d.kind).to_string(),
                    drug: d.drug.clone(),
                    unit: d.unit.clone(),
                    window: w.window.clone(),
                    amount: w.amount,
                    lower_bound: w.lower_bound,
                    events: w.events,
                    incidents: w.incidents,
                    undated_events: w.undated_events,
                });
            }
        }
    }
    rows
}

/// Rows as CSV text with a header line (the struct's field names).
pub fn to_csv<T: Serialize>(rows: &[T]) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.serialize(r).map_err(|e| format!("writing CSV: {e}"))?;
    }
    let bytes = w.into_inner().map_err(|e| format!("writing CSV: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("writing CSV: {e}"))
}

/// `/v1/events.csv` from the events `/v1/events` would give.
pub fn events_csv(events: &[Value]) -> Result<String, String> {
    let rows: Vec<EventRow> = events.iter().map(EventRow::of).collect();
    if rows.is_empty() {
        return Ok(header_of::<EventRow>());
    }
    to_csv(&rows)
}

/// `/v1/stats.csv`.
pub fn stats_csv<'a>(stats: impl IntoIterator<Item = &'a CountryStats>) -> Result<String, String> {
    let rows = stats_rows(stats);
    if rows.is_empty() {
        return Ok(header_of::<StatsRow>());
    }
    to_csv(&rows)
}

/// The header line alone, for an empty table (csv writes headers with the first row only).
fn header_of<T: ColumnNames>() -> String {
    format!("{}\n", T::COLUMNS.join(","))
}

/// The column names of a row type, in order.
pub trait ColumnNames {
    const COLUMNS: &'static [&'static str];
}

impl ColumnNames for EventRow {
    const COLUMNS: &'static [&'static str] = &[
        "event_id",
        "bulletin_id",
        "article_id",
        "country",
        "region",
        "kind",
        "drug",
        "amount",
        "unit",
        "qualifier",
        "date",
        "date_resolved",
        "evidence",
        "evidence_start",
        "evidence_end",
        "source_url",
        "parent_event_id",
        "bulletin_time",
        "extractor_version",
        "corrected",
        "not_an_event",
        "added",
        "original_country",
        "original_kind",
        "original_drug",
        "original_amount",
        "original_unit",
        "original_qualifier",
        "original_date",
        "correction_id",
        "reviewer",
        "correction_reason",
    ];
}

impl ColumnNames for StatsRow {
    const COLUMNS: &'static [&'static str] = &[
        "country",
        "as_of",
        "kind",
        "drug",
        "unit",
        "window",
        "amount",
        "lower_bound",
        "events",
        "incidents",
        "undated_events",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_columns_listed_are_the_columns_written() {
        let v = json!({"event_id": "e1", "amount": 2.5, "evidence": "a, \"quoted\" line",
            "evidence_span": [3, 9], "corrected": true,
            "original": {"amount": 25.0, "country": "TJ"},
            "correction": {"reviewer": "ana", "reason": "typo"}});
        let csv = events_csv(&[v]).unwrap();
        let mut lines = csv.lines();
        assert_eq!(lines.next().unwrap(), EventRow::COLUMNS.join(","));
        let row = lines.next().unwrap();
        assert!(row.starts_with("e1,"));
        assert!(row.contains("\"a, \"\"quoted\"\" line\",3,9"));
        assert!(row.contains(",true,false,false,TJ,,,25.0,"));
        assert_eq!(events_csv(&[]).unwrap().trim(), EventRow::COLUMNS.join(","));
        let stats = CountryStats::default();
        assert_eq!(
            stats_csv([&stats]).unwrap().trim(),
            StatsRow::COLUMNS.join(",")
        );
    }
}
