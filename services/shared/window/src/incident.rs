//! One incident, many reports: the rule that decides when events from different bulletins are
//! the same seizure, and the grouping it induces.
//!
//! Two events of one series (country, kind, drug and unit) are reports of one incident when they
//! come from different bulletins, their amounts agree within a relative tolerance, and either
//! their days are at most a few days apart or they share a source address (a bulletin article
//! citing a source that was also ingested on its own). Incidents are the connected groups of
//! that relation (pairs taken in day order), except that a group never holds two reports from
//! one bulletin: the grouping depends only on the set of events, never on their order.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::input::Contribution;

/// When two reports are one incident. Applied when statistics are computed, so a changed rule
/// takes effect on the next publication without reprocessing anything.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct IncidentRule {
    /// Off: every event is its own incident.
    pub enabled: bool,
    /// Largest relative difference of amounts: |a - b| <= tolerance * max(a, b).
    pub amount_tolerance: f64,
    /// Largest number of days between the reports' dates.
    pub max_days_apart: u32,
    /// Reports that share a source address match whatever their dates.
    pub by_source_url: bool,
}

impl Default for IncidentRule {
    fn default() -> Self {
        IncidentRule {
            enabled: true,
            amount_tolerance: 0.05,
            max_days_apart: 3,
            by_source_url: true,
        }
    }
}

impl IncidentRule {
    /// Every event is its own incident.
    pub fn off() -> Self {
        IncidentRule {
            enabled: false,
            ..Default::default()
        }
    }

    fn amounts_agree(&self, a: f64, b: f64) -> bool {
        (a - b).abs() <= self.amount_tolerance * a.max(b)
    }

    /// Whether `a` and `b` (of one series) report the same incident.
    pub fn same_incident(&self, a: &Contribution, b: &Contribution) -> bool {
        if !self.enabled
            || a.bulletin_id == b.bulletin_id
            || !self.amounts_agree(a.amount, b.amount)
        {
            return false;
        }
        let days = (a.day - b.day).num_days().unsigned_abs();
        days <= u64::from(self.max_days_apart)
            || (self.by_source_url && !a.source_url.is_empty() && a.source_url == b.source_url)
    }
}

/// One seizure with every report of it.
#[derive(Clone, Debug)]
pub struct Incident<'a> {
    /// Sorted by event id.
    pub reports: Vec<&'a Contribution>,
    /// The largest reported amount (exact reports before lower bounds).
    pub amount: f64,
    /// The amount retained is a lower bound.
    pub lower_bound: bool,
    /// The earliest stated date of a report; the earliest fallback date when none states one.
    pub day: NaiveDate,
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups the events of one series into incidents, sorted by day then first event id.
pub fn incidents<'a>(events: &[&'a Contribution], rule: &IncidentRule) -> Vec<Incident<'a>> {
    let mut order: Vec<&'a Contribution> = events.to_vec();
    order.sort_by(|a, b| (a.day, &a.event_id).cmp(&(b.day, &b.event_id)));
    let n = order.len();
    let mut parent: Vec<usize> = (0..n).collect();
    // The bulletins of each group: a bulletin reports a seizure once, so two groups holding
    // reports from one bulletin are different seizures and never merge.
    let mut bulletins: Vec<BTreeSet<&str>> = order
        .iter()
        .map(|c| BTreeSet::from([c.bulletin_id.as_str()]))
        .collect();
    let mut union = |parent: &mut Vec<usize>, i: usize, j: usize| {
        let (a, b) = (find(parent, i), find(parent, j));
        if a != b && bulletins[a].is_disjoint(&bulletins[b]) {
            let (keep, gone) = (a.min(b), a.max(b));
            parent[gone] = keep;
            let moved = std::mem::take(&mut bulletins[gone]);
            bulletins[keep].extend(moved);
        }
    };
    if rule.enabled {
        // Reports close in time: a sweep over the day-sorted events.
        for i in 0..n {
            for j in i + 1..n {
                if (order[j].day - order[i].day).num_days() > i64::from(rule.max_days_apart) {
                    break;
                }
                if rule.same_incident(order[i], order[j]) {
                    union(&mut parent, i, j);
                }
            }
        }
        // Reports from one source, whatever their dates.
        if rule.by_source_url {
            let mut by_url: BTreeMap<&str, Vec<usize>> = Default::default();
            for (i, c) in order.iter().enumerate() {
                if !c.source_url.is_empty() {
                    by_url.entry(&c.source_url).or_default().push(i);
                }
            }
            for members in by_url.values().filter(|m| m.len() > 1) {
                for (k, &i) in members.iter().enumerate() {
                    for &j in &members[k + 1..] {
                        if rule.same_incident(order[i], order[j]) {
                            union(&mut parent, i, j);
                        }
                    }
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<&'a Contribution>> = Default::default();
    for (i, c) in order.iter().enumerate() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(*c);
    }
    let mut out: Vec<Incident<'a>> = groups
        .into_values()
        .map(|mut reports| {
            reports.sort_by(|a, b| a.event_id.cmp(&b.event_id));
            let best = reports
                .iter()
                .max_by(|a, b| {
                    a.amount
                        .total_cmp(&b.amount)
                        .then(b.lower_bound.cmp(&a.lower_bound))
                        .then(b.event_id.cmp(&a.event_id))
                })
                .expect("an incident has a report");
            let stated = reports
                .iter()
                .filter(|c| !c.day_is_fallback)
                .map(|c| c.day)
                .min();
            Incident {
                amount: best.amount,
                lower_bound: best.lower_bound,
                day: stated.unwrap_or_else(|| reports.iter().map(|c| c.day).min().unwrap()),
                reports,
            }
        })
        .collect();
    out.sort_by(|a, b| (a.day, &a.reports[0].event_id).cmp(&(b.day, &b.reports[0].event_id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(id: &str, bulletin: &str, amount: f64, day: u32, url: &str) -> Contribution {
        Contribution {
            event_id: id.into(),
            bulletin_id: bulletin.into(),
            country: "KZ".into(),
            kind: "seizure".into(),
            drug: "hashish".into(),
            unit: "kg".into(),
            amount,
            lower_bound: false,
            day: NaiveDate::from_ymd_opt(2025, 3, day).unwrap(),
            day_is_fallback: false,
            parent_event_id: None,
            source_url: url.into(),
        }
    }

    fn grouped(events: &[Contribution], rule: IncidentRule) -> Vec<Vec<String>> {
        let refs: Vec<&Contribution> = events.iter().collect();
        incidents(&refs, &rule)
            .into_iter()
            .map(|i| i.reports.iter().map(|c| c.event_id.clone()).collect())
            .collect()
    }

    #[test]
    fn two_sources_close_in_amount_and_time_are_one_incident() {
        let events = [
            report("a", "ministry", 120.0, 10, "https://mvd.example/1"),
            report("b", "caricc", 121.5, 12, "https://caricc.example/r9"),
            // Too far in time.
            report("c", "news", 120.0, 20, "https://news.example/7"),
            // Same bulletin: two lots, not two reports.
            report("d", "ministry", 120.0, 10, "https://mvd.example/1"),
        ];
        assert_eq!(
            grouped(&events, IncidentRule::default()),
            vec![vec!["a", "b"], vec!["d"], vec!["c"]]
        );
        let refs: Vec<&Contribution> = events.iter().collect();
        let first = &incidents(&refs, &IncidentRule::default())[0];
        assert_eq!(
            (first.amount, first.day.to_string()),
            (121.5, "2025-03-10".into())
        );
    }

    #[test]
    fn amounts_past_the_tolerance_are_different_seizures() {
        let events = [
            report("a", "x", 100.0, 10, ""),
            report("b", "y", 106.0, 10, ""),
        ];
        assert_eq!(grouped(&events, IncidentRule::default()).len(), 2);
        let loose = IncidentRule {
            amount_tolerance: 0.1,
            ..Default::default()
        };
        assert_eq!(grouped(&events, loose).len(), 1);
    }

    #[test]
    fn a_cited_source_matches_whatever_the_dates() {
        let events = [
            report("a", "ministry", 5.0, 1, "https://mvd.example/1"),
            report("b", "caricc", 5.0, 28, "https://mvd.example/1"),
        ];
        assert_eq!(grouped(&events, IncidentRule::default()).len(), 1);
        let no_urls = IncidentRule {
            by_source_url: false,
            ..Default::default()
        };
        assert_eq!(grouped(&events, no_urls).len(), 2);
        assert_eq!(grouped(&events, IncidentRule::off()).len(), 2);
    }

    #[test]
    fn a_stated_date_places_the_incident_before_a_fallback_date() {
        let mut undated = report("a", "x", 5.0, 2, "");
        undated.day_is_fallback = true;
        let dated = report("b", "y", 5.0, 4, "");
        let events = [undated, dated];
        let refs: Vec<&Contribution> = events.iter().collect();
        let i = incidents(&refs, &IncidentRule::default());
        assert_eq!(i.len(), 1);
        assert_eq!(i[0].day.to_string(), "2025-03-04");
    }
}
