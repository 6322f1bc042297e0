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
    pub fn same_incident<'a, R: Report<'a>>(&self, a: R, b: R) -> bool {
        if !self.enabled
            || a.bulletin() == b.bulletin()
            || !self.amounts_agree(a.amount(), b.amount())
        {
            return false;
        }
        let days = (a.day() - b.day()).num_days().unsigned_abs();
        days <= u64::from(self.max_days_apart)
            || (self.by_source_url && a.source().is_some() && a.source() == b.source())
    }
}

/// One report of an event, as incidents are grouped from: a [`Contribution`], or an event as
/// the book holds it (strings as numbers). `Copy`: a reference or a pair of references.
pub trait Report<'a>: Copy {
    type Id: Ord + Copy + 'a;
    type Bulletin: Ord + Copy + 'a;
    type Source: Ord + Copy + 'a;
    fn id(self) -> Self::Id;
    fn bulletin(self) -> Self::Bulletin;
    /// The report's source address; `None` when it has none.
    fn source(self) -> Option<Self::Source>;
    fn amount(self) -> f64;
    fn day(self) -> NaiveDate;
    fn lower_bound(self) -> bool;
    fn day_is_fallback(self) -> bool;
}

impl<'a> Report<'a> for &'a Contribution {
    type Id = &'a str;
    type Bulletin = &'a str;
    type Source = &'a str;
    fn id(self) -> &'a str {
        &self.event_id
    }
    fn bulletin(self) -> &'a str {
        &self.bulletin_id
    }
    fn source(self) -> Option<&'a str> {
        (!self.source_url.is_empty()).then_some(self.source_url.as_str())
    }
    fn amount(self) -> f64 {
        self.amount
    }
    fn day(self) -> NaiveDate {
        self.day
    }
    fn lower_bound(self) -> bool {
        self.lower_bound
    }
    fn day_is_fallback(self) -> bool {
        self.day_is_fallback
    }
}

/// One seizure with every report of it.
#[derive(Clone, Debug)]
pub struct Incident<R> {
    /// Sorted by event id.
    pub reports: Vec<R>,
    /// The largest reported amount (exact reports before lower bounds).
    pub amount: f64,
    /// The amount retained is a lower bound.
    pub lower_bound: bool,
    /// The earliest stated date of a report; the earliest fallback date when none states one.
    pub day: NaiveDate,
}

/// An amount as a key that sorts as the amounts do (IEEE total order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct AmountKey(u64);

impl AmountKey {
    fn of(a: f64) -> AmountKey {
        let bits = a.to_bits();
        AmountKey(if bits >> 63 == 1 {
            !bits
        } else {
            bits | 1 << 63
        })
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups the events of one series into incidents, sorted by day then first event id.
pub fn incidents<'a, R: Report<'a>>(events: &[R], rule: &IncidentRule) -> Vec<Incident<R>> {
    let mut order: Vec<R> = events.to_vec();
    order.sort_by(|a, b| (a.day(), a.id()).cmp(&(b.day(), b.id())));
    if !rule.enabled {
        // Every event its own incident (and no grouping to pay for).
        return order
            .into_iter()
            .map(|c| Incident {
                amount: c.amount(),
                lower_bound: c.lower_bound(),
                day: c.day(),
                reports: vec![c],
            })
            .collect();
    }
    let n = order.len();
    let mut parent: Vec<usize> = (0..n).collect();
    // The bulletins of each group: a bulletin reports a seizure once, so two groups holding
    // reports from one bulletin are different seizures and never merge.
    let mut bulletins: Vec<BTreeSet<R::Bulletin>> = order
        .iter()
        .map(|c| BTreeSet::from([c.bulletin()]))
        .collect();
    let mut union = |parent: &mut Vec<usize>, i: usize, j: usize| {
        let (a, b) = (find(parent, i), find(parent, j));
        if a != b && bulletins[a].is_disjoint(&bulletins[b]) {
            let (keep, gone) = (a.min(b), a.max(b));
            parent[gone] = keep;
            // The smaller set moves into the larger, whichever root keeps the group.
            if bulletins[gone].len() > bulletins[keep].len() {
                bulletins.swap(keep, gone);
            }
            let moved = std::mem::take(&mut bulletins[gone]);
            bulletins[keep].extend(moved);
        }
    };
    // Reports close in time: a sweep over the day-sorted events. The events of each day are
    // also kept sorted by amount, so for event i only the later events within `max_days_apart`
    // whose amounts can agree are tried; pairs are still taken in the order (i, then j)
    // ascending, as a plain sweep takes them.
    let max_days = i64::from(rule.max_days_apart);
    let (low, high) = (
        1.0 - rule.amount_tolerance,
        if rule.amount_tolerance < 1.0 {
            1.0 / (1.0 - rule.amount_tolerance)
        } else {
            f64::INFINITY
        },
    );
    // Runs of one day: (day, the run's events by amount).
    let mut days: Vec<(NaiveDate, Vec<(AmountKey, usize)>)> = Vec::new();
    let mut day_of = Vec::with_capacity(n);
    for (i, c) in order.iter().enumerate() {
        if days.last().is_none_or(|(d, _)| *d != c.day()) {
            days.push((c.day(), Vec::new()));
        }
        day_of.push(days.len() - 1);
        days.last_mut()
            .expect("a run was pushed")
            .1
            .push((AmountKey::of(c.amount()), i));
    }
    for (_, run) in &mut days {
        run.sort_unstable();
    }
    let mut candidates = Vec::new();
    for i in 0..n {
        let a = order[i].amount();
        // A little wider than the rule, so rounding never leaves out a pair it accepts.
        let slack = a.abs() * 1e-9;
        let (lo, hi) = if a > 0.0 && a.is_finite() {
            (
                AmountKey::of(a * low - slack),
                AmountKey::of(a * high + slack),
            )
        } else {
            (AmountKey(0), AmountKey(u64::MAX))
        };
        candidates.clear();
        for (day, run) in &days[day_of[i]..] {
            if (*day - order[i].day()).num_days() > max_days {
                break;
            }
            let from = run.partition_point(|(k, _)| *k < lo);
            candidates.extend(
                run[from..]
                    .iter()
                    .take_while(|(k, _)| *k <= hi)
                    .map(|(_, j)| *j)
                    .filter(|j| *j > i),
            );
        }
        candidates.sort_unstable();
        for &j in &candidates {
            if rule.same_incident(order[i], order[j]) {
                union(&mut parent, i, j);
            }
        }
    }
    // Reports from one source, whatever their dates.
    if rule.by_source_url {
        let mut by_url: BTreeMap<R::Source, Vec<usize>> = Default::default();
        for (i, c) in order.iter().enumerate() {
            if let Some(url) = c.source() {
                by_url.entry(url).or_default().push(i);
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
    let mut groups: BTreeMap<usize, Vec<R>> = Default::default();
    for (i, c) in order.iter().enumerate() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(*c);
    }
    let mut out: Vec<Incident<R>> = groups
        .into_values()
        .map(|mut reports| {
            reports.sort_by(|a, b| a.id().cmp(&b.id()));
            let best = reports
                .iter()
                .max_by(|a, b| {
                    a.amount()
                        .total_cmp(&b.amount())
                        .then(b.lower_bound().cmp(&a.lower_bound()))
                        .then(b.id().cmp(&a.id()))
                })
                .expect("an incident has a report");
            let stated = reports
                .iter()
                .filter(|c| !c.day_is_fallback())
                .map(|c| c.day())
                .min();
            Incident {
                amount: best.amount(),
                lower_bound: best.lower_bound(),
                day: stated.unwrap_or_else(|| reports.iter().map(|c| c.day()).min().unwrap()),
                reports,
            }
        })
        .collect();
    out.sort_by(|a, b| (a.day, a.reports[0].id()).cmp(&(b.day, b.reports[0].id())));
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

    /// The plain quadratic sweep the indexed one must agree with, pair for pair.
    fn naive(events: &[&Contribution], rule: &IncidentRule) -> Vec<Vec<String>> {
        let mut order = events.to_vec();
        order.sort_by(|a, b| (a.day, &a.event_id).cmp(&(b.day, &b.event_id)));
        let n = order.len();
        let mut parent: Vec<usize> = (0..n).collect();
        let mut bulletins: Vec<BTreeSet<&str>> = order
            .iter()
            .map(|c| BTreeSet::from([c.bulletin_id.as_str()]))
            .collect();
        for i in 0..n {
            for j in i + 1..n {
                if (order[j].day - order[i].day).num_days() > i64::from(rule.max_days_apart) {
                    break;
                }
                if rule.same_incident(order[i], order[j]) {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    if a != b && bulletins[a].is_disjoint(&bulletins[b]) {
                        let (keep, gone) = (a.min(b), a.max(b));
                        parent[gone] = keep;
                        let moved = std::mem::take(&mut bulletins[gone]);
                        bulletins[keep].extend(moved);
                    }
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for (i, c) in order.iter().enumerate() {
            let root = find(&mut parent, i);
            groups.entry(root).or_default().push(c.event_id.clone());
        }
        let mut out: Vec<Vec<String>> = groups
            .into_values()
            .map(|mut g| {
                g.sort();
                g
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn the_indexed_sweep_groups_as_the_plain_one_does() {
        let mut seed = 7u64;
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        for round in 0..50 {
            let events: Vec<Contribution> = (0..120)
                .map(|k| {
                    report(
                        &format!("e{k:03}"),
                        &format!("b{}", next(15)),
                        [1.0, 1.02, 1.05, 1.1, 2.0, 50.0][next(6) as usize] * (1 + next(3)) as f64,
                        1 + next(20) as u32,
                        "",
                    )
                })
                .collect();
            let refs: Vec<&Contribution> = events.iter().collect();
            let rule = IncidentRule {
                amount_tolerance: [0.0, 0.02, 0.05, 0.5][round % 4],
                ..Default::default()
            };
            let mut indexed = grouped(&events, rule);
            for g in &mut indexed {
                g.sort();
            }
            indexed.sort();
            assert_eq!(indexed, naive(&refs, &rule), "round {round}");
        }
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
