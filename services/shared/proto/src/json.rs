//! The JSON form of the wire types, with stable field names: what `seizurectl subscribe` prints
//! and what the gateway's HTTP API and live stream serve (documented in its `/openapi.json`).
//! Field names are the protobuf field names; enums are lower-case words.

use serde_json::{Map, Value, json};

use crate::v1::{self, CountryStats, SeizureEvent};
use crate::{category_name, from_timestamp};

/// "seizure", "destruction", "period_total" (or "unspecified").
pub fn kind_name(k: i32) -> &'static str {
    match v1::EventKind::try_from(k) {
        Ok(v1::EventKind::Seizure) => "seizure",
        Ok(v1::EventKind::Destruction) => "destruction",
        Ok(v1::EventKind::PeriodTotal) => "period_total",
        _ => "unspecified",
    }
}

/// "exact", "approx", "at_least" (or "unspecified").
fn qualifier_name(q: i32) -> &'static str {
    match v1::Qualifier::try_from(q) {
        Ok(v1::Qualifier::Exact) => "exact",
        Ok(v1::Qualifier::Approx) => "approx",
        Ok(v1::Qualifier::AtLeast) => "at_least",
        _ => "unspecified",
    }
}

/// "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the date is.
fn date_text(d: &v1::EventDate) -> String {
    match v1::DatePrecision::try_from(d.precision) {
        Ok(v1::DatePrecision::Day) => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
        Ok(v1::DatePrecision::Month) => format!("{:04}-{:02}", d.year, d.month),
        _ => format!("{:04}", d.year),
    }
}

/// One event. `date` is the text's own date, else the resolved relative date (then
/// `date_resolved` is true), else null; `source_url` is the article's address, else
/// `bulletin_source_url`.
pub fn event_json(e: &SeizureEvent, bulletin_source_url: &str) -> Value {
    let (date, resolved) = match (&e.date, &e.resolved_date) {
        (Some(d), _) => (Some(date_text(d)), false),
        (None, Some(d)) => (Some(date_text(d)), true),
        (None, None) => (None, false),
    };
    let source_url = if e.source_url.is_empty() {
        bulletin_source_url
    } else {
        &e.source_url
    };
    json!({
        "event_id": e.event_id,
        "bulletin_id": e.bulletin_id,
        "article_id": e.article_id,
        "country": e.country,
        "region": e.region,
        "kind": kind_name(e.kind),
        "drug": e.drug,
        "amount": e.amount,
        "unit": e.unit,
        "qualifier": qualifier_name(e.qualifier),
        "date": date,
        "date_resolved": resolved,
        "evidence": e.evidence,
        "source_url": source_url,
        "parent_event_id": e.parent_event_id,
        "extractor_version": e.extractor_version,
        "bulletin_time": e.bulletin_time.as_ref().and_then(from_timestamp).map(|t| t.to_rfc3339()),
    })
}

/// A country's statistics. `windows` is an object keyed by window name ("7d", "30d", "90d",
/// "365d", "ytd", "all"); `articles` is keyed by category name.
pub fn stats_json(s: &CountryStats) -> Value {
    json!({
        "country": s.country,
        "as_of": s.as_of,
        "clock": s.clock,
        "events": s.events,
        "incidents": s.incidents,
        "bulletins": s.bulletins,
        "set_aside": s.set_aside,
        "articles": s.articles.iter()
            .map(|a| (category_name(a.category).to_string(), json!(a.articles)))
            .collect::<Map<String, Value>>(),
        "series": s.series.iter().map(|d| json!({
            "kind": kind_name(d.kind),
            "drug": d.drug,
            "unit": d.unit,
            "windows": d.windows.iter().map(|w| (w.window.clone(), json!({
                "amount": w.amount,
                "lower_bound": w.lower_bound,
                "events": w.events,
                "incidents": w.incidents,
                "undated_events": w.undated_events,
            }))).collect::<Map<String, Value>>(),
            "months": d.months.iter().map(|m| json!({
                "month": m.month,
                "amount": m.amount,
                "lower_bound": m.lower_bound,
                "events": m.events,
                "incidents": m.incidents,
                "undated_events": m.undated_events,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_takes_its_bulletins_address_and_a_resolved_date() {
        let e = SeizureEvent {
            event_id: "e".into(),
            kind: v1::EventKind::Seizure as i32,
            qualifier: v1::Qualifier::AtLeast as i32,
            resolved_date: Some(v1::EventDate {
                year: 2025,
                month: 3,
                day: 0,
                precision: v1::DatePrecision::Month as i32,
            }),
            ..Default::default()
        };
        let j = event_json(&e, "https://example.org/b");
        assert_eq!(j["kind"], "seizure");
        assert_eq!(j["qualifier"], "at_least");
        assert_eq!(j["date"], "2025-03");
        assert_eq!(j["date_resolved"], true);
        assert_eq!(j["source_url"], "https://example.org/b");
        assert!(j["bulletin_time"].is_null());
    }
}
