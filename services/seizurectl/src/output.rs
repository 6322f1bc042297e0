//! JSON and table renderings of events and statistics for the terminal.

use seizure_proto::category_name;
use seizure_proto::json::kind_name;
pub use seizure_proto::json::stats_json;
use seizure_proto::v1::{self, CountryStats};
use seizure_text::{Article, Event};
use serde_json::{Value, json};

/// One event as a JSON object: the fields of `shared/seeds/README.md`, plus where it stands.
pub fn event_json(e: &Event, article: &Article) -> Value {
    json!({
        "kind": e.kind,
        "country": e.country,
        "region": e.region,
        "drug": e.drug,
        "amount": e.amount,
        "unit": e.unit,
        "qualifier": e.qualifier,
        "date": e.date,
        "date_resolved": e.date_resolved,
        "evidence": e.evidence,
        "evidence_span": [e.evidence_span.0, e.evidence_span.1],
        "article": e.article,
        "source_url": article.source_url,
        "parent": e.parent,
    })
}

fn figure(s: &v1::DrugSeries, window: &str) -> (String, u64, u64) {
    s.windows
        .iter()
        .find(|w| w.window == window)
        .map(|w| {
            (
                format!("{}{}", if w.lower_bound { ">" } else { "" }, trim(w.amount)),
                w.events,
                w.incidents,
            )
        })
        .unwrap_or_else(|| ("0".into(), 0, 0))
}

fn trim(x: f64) -> String {
    let s = format!("{x:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The per-country table the demo prints.
pub fn stats_table(all: &[CountryStats]) -> String {
    let mut rows = vec![[
        "COUNTRY".to_string(),
        "KIND".into(),
        "DRUG".into(),
        "AMOUNT".into(),
        "UNIT".into(),
        "EVENTS".into(),
        "INCIDENTS".into(),
        "LAST 365 DAYS".into(),
    ]];
    for s in all {
        for d in &s.series {
            let (amount, events, incidents) = figure(d, "all");
            let (last_year, _, _) = figure(d, "365d");
            rows.push([
                s.country.clone(),
                kind_name(d.kind).into(),
                d.drug.clone(),
                amount,
                d.unit.clone(),
                events.to_string(),
                incidents.to_string(),
                last_year,
            ]);
        }
    }
    let widths: Vec<usize> = (0..8)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in &rows {
        let line: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(c, v)| {
                if (3..=7).contains(&c) && c != 4 {
                    format!("{v:>w$}", w = widths[c])
                } else {
                    format!("{v:<w$}", w = widths[c])
                }
            })
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out.push_str("\nArticles by category:\n");
    for s in all.iter().filter(|s| !s.articles.is_empty()) {
        let counts: Vec<String> = s
            .articles
            .iter()
            .map(|a| format!("{} {}", category_name(a.category), a.articles))
            .collect();
        out.push_str(&format!("  {}: {}\n", s.country, counts.join(", ")));
    }
    out
}
