//! The gateway's picture of the pipeline, with no I/O: the latest statistics of every country
//! (from the `country_stats` bucket), the most recent seizure events (`recent`), and the
//! pipeline's backlog figures, with their Prometheus rendering. The HTTP layer reads it; the
//! feeds in `follow` write it.

use std::collections::BTreeMap;
use std::fmt::Write;

use seizure_bus::topology::ConsumerBacklog;
use seizure_proto::json::kind_name;
use seizure_proto::v1::CountryStats;
use serde_json::{Value, json};

use crate::recent::RecentEvents;

/// The metric names [`Board::metrics`] renders (besides the process's own, see
/// `seizure_bus::telemetry`).
pub const METRICS: &[&str] = &[
    "seizure_amount",
    "seizure_events",
    "seizure_incidents",
    "seizure_country_events",
    "seizure_country_bulletins",
    "seizure_country_set_aside",
    "seizure_pipeline_pending",
    "seizure_stream_messages",
    "seizure_stream_dropped",
    "seizure_gateway_recent_events",
];

/// Everything the gateway serves.
#[derive(Debug, Default)]
pub struct Board {
    pub stats: BTreeMap<String, CountryStats>,
    pub events: RecentEvents,
    pub pipeline: PipelineFigures,
}

/// Backlogs and dead letters, polled from the JetStream API.
#[derive(Debug, Default, Clone)]
pub struct PipelineFigures {
    /// Every durable consumer's backlog.
    pub consumers: Vec<ConsumerBacklog>,
    /// (stream, messages stored).
    /// Each stream's name, messages held and messages dropped by its limits.
    pub streams: Vec<(String, u64, u64)>,
}

impl Board {
    pub fn new(events_kept: usize) -> Board {
        Board {
            events: RecentEvents::new(events_kept),
            ..Default::default()
        }
    }

    /// `GET /v1/stats`: every country, with the newest `as_of` and clock among them.
    pub fn all_stats(&self) -> Value {
        let newest = self.stats.values().max_by(|a, b| a.as_of.cmp(&b.as_of));
        json!({
            "as_of": newest.map(|s| s.as_of.as_str()),
            "clock": newest.map(|s| s.clock.as_str()),
            "countries": self.stats.values().map(seizure_proto::json::stats_json).collect::<Vec<_>>(),
        })
    }

    /// The statistics and pipeline figures in the Prometheus text format.
    pub fn metrics(&self) -> String {
        let mut out = String::new();
        let series = |out: &mut String, name: &str, help: &str| {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge");
        };
        let figures: [(&str, &str, WindowValue); 3] = [
            (
                "seizure_amount",
                "Summed amount of a country's series in a window, in the unit label's unit.",
                |w| w.amount,
            ),
            (
                "seizure_events",
                "Events (reports) summed in a country's series in a window.",
                |w| w.events as f64,
            ),
            (
                "seizure_incidents",
                "Distinct incidents in a country's series in a window.",
                |w| w.incidents as f64,
            ),
        ];
        for (name, help, value) in figures {
            series(&mut out, name, help);
            for s in self.stats.values() {
                for d in &s.series {
                    for w in &d.windows {
                        let _ = writeln!(
                            out,
                            "{name}{{country=\"{}\",kind=\"{}\",drug=\"{}\",unit=\"{}\",window=\"{}\"}} {}",
                            label(&s.country),
                            kind_name(d.kind),
                            label(&d.drug),
                            label(&d.unit),
                            label(&w.window),
                            value(w)
                        );
                    }
                }
            }
        }
        let per_country: [(&str, &str, CountryValue); 3] = [
            (
                "seizure_country_events",
                "Distinct events counted for a country.",
                |s| s.events,
            ),
            (
                "seizure_country_bulletins",
                "Distinct bulletins that contributed to a country's statistics.",
                |s| s.bulletins,
            ),
            (
                "seizure_country_set_aside",
                "A country's events set aside (implausible quantity, date before the horizon).",
                |s| s.set_aside,
            ),
        ];
        for (name, help, value) in per_country {
            series(&mut out, name, help);
            for s in self.stats.values() {
                let _ = writeln!(
                    out,
                    "{name}{{country=\"{}\"}} {}",
                    label(&s.country),
                    value(s)
                );
            }
        }
        series(
            &mut out,
            "seizure_pipeline_pending",
            "Messages waiting for a durable consumer (not yet delivered, or not yet acknowledged).",
        );
        for b in &self.pipeline.consumers {
            let (c, pending, ack_pending) = (label(&b.consumer), b.undelivered, b.unacknowledged);
            let _ = writeln!(
                out,
                "seizure_pipeline_pending{{consumer=\"{c}\",state=\"undelivered\"}} {pending}\n\
                 seizure_pipeline_pending{{consumer=\"{c}\",state=\"unacknowledged\"}} {ack_pending}"
            );
        }
        series(
            &mut out,
            "seizure_stream_messages",
            "Messages stored in a stream (DLQ: dead letters; QUARANTINE: events set aside).",
        );
        for (stream, messages, _) in &self.pipeline.streams {
            let _ = writeln!(
                out,
                "seizure_stream_messages{{stream=\"{}\"}} {messages}",
                label(stream)
            );
        }
        series(
            &mut out,
            "seizure_stream_dropped",
            "Messages a stream no longer holds because of its size or age limit, oldest first \
             (DLQ: dead letters dropped to keep it within DLQ_MAX_BYTES).",
        );
        for (stream, _, dropped) in &self.pipeline.streams {
            let _ = writeln!(
                out,
                "seizure_stream_dropped{{stream=\"{}\"}} {dropped}",
                label(stream)
            );
        }
        series(
            &mut out,
            "seizure_gateway_recent_events",
            "Events the gateway keeps for /v1/events.",
        );
        let _ = writeln!(out, "seizure_gateway_recent_events {}", self.events.len());
        out
    }
}

/// One figure of a window, as a metric's value.
type WindowValue = fn(&seizure_proto::v1::WindowFigures) -> f64;
/// One per-country total, as a metric's value.
type CountryValue = fn(&CountryStats) -> u64;

/// A Prometheus label value, escaped.
fn label(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use seizure_proto::v1;

    #[test]
    fn metrics_are_labelled_and_escaped() {
        let mut b = Board::new(10);
        b.stats.insert(
            "KZ".into(),
            CountryStats {
                country: "KZ".into(),
                events: 2,
                series: vec![v1::DrugSeries {
                    kind: v1::EventKind::Seizure as i32,
                    drug: "other:\"x\"".into(),
                    unit: "kg".into(),
                    windows: vec![v1::WindowFigures {
                        window: "all".into(),
                        amount: 12.5,
                        events: 2,
                        incidents: 1,
                        ..Default::default()
                    }],
                    months: vec![],
                }],
                ..Default::default()
            },
        );
        b.pipeline.streams.push(("DLQ".into(), 3, 2));
        let m = b.metrics();
        assert!(m.contains(
            "seizure_amount{country=\"KZ\",kind=\"seizure\",drug=\"other:\\\"x\\\"\",unit=\"kg\",window=\"all\"} 12.5"
        ));
        assert!(m.contains("seizure_country_events{country=\"KZ\"} 2"));
        assert!(m.contains("seizure_stream_messages{stream=\"DLQ\"} 3"));
        assert!(m.contains("seizure_stream_dropped{stream=\"DLQ\"} 2"));
        let typed: Vec<&str> = m
            .lines()
            .filter_map(|l| l.strip_prefix("# TYPE "))
            .filter_map(|l| l.split(' ').next())
            .collect();
        assert_eq!(typed, METRICS, "METRICS lists what is rendered");
    }
}
