//! The figures a [`StatsBook`] yields: per country and series, the windows and the months, from
//! the events that count (incidents grouped by the rule) and the monthly archive; and the
//! folding of aged details into that archive.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::book::StatsBook;
use crate::held::{EventKey, HeldRef, SeriesKey};
use crate::incident::{Incident, IncidentRule, Report, incidents};
use crate::input::CATEGORIES;
use crate::window::{Clock, WINDOWS};

/// Summed figures of a set of incidents (a window, a month, an archived month).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub amount: f64,
    pub lower_bound: bool,
    pub events: u64,
    pub incidents: u64,
    pub undated_events: u64,
}

impl Cell {
    fn add(&mut self, other: &Cell) {
        self.amount += other.amount;
        self.lower_bound |= other.lower_bound;
        self.events += other.events;
        self.incidents += other.incidents;
        self.undated_events += other.undated_events;
    }

    /// The figures of one incident.
    fn of<'a, R: Report<'a>>(i: &Incident<R>) -> Cell {
        Cell {
            amount: i.amount,
            lower_bound: i.lower_bound,
            events: i.reports.len() as u64,
            incidents: 1,
            undated_events: i.reports.iter().filter(|c| c.day_is_fallback()).count() as u64,
        }
    }

    fn rounded(mut self) -> Cell {
        self.amount = (self.amount * 1e6).round() / 1e6;
        self
    }
}

/// The incident cells of one series (a day and figures per incident, by day), as computed by
/// `incidents`, with the change counter and rule they were computed at.
#[derive(Clone, Debug)]
struct CachedCells {
    computed: u64,
    rule: IncidentRule,
    cells: Arc<Vec<(NaiveDate, Cell)>>,
}

/// Incident cells per (country number, series number), so that figures recompute only the series
/// whose events changed: grouping incidents is most of a country's cost. Not part of the
/// book's value: a clone or a loaded book starts empty.
#[derive(Debug, Default)]
pub(crate) struct CellCache(std::sync::Mutex<HashMap<(u32, u32), CachedCells>>);

impl Clone for CellCache {
    fn clone(&self) -> Self {
        CellCache::default()
    }
}

/// The cells of a series' incidents: a day and figures per incident, by day.
fn incident_cells<'a, R: Report<'a>>(members: &[R], rule: &IncidentRule) -> Vec<(NaiveDate, Cell)> {
    incidents(members, rule)
        .iter()
        .map(|i| (i.day, Cell::of(i)))
        .collect()
}

/// "YYYY-MM".
fn month_name((year, month): (i32, u32)) -> String {
    format!("{year:04}-{month:02}")
}

fn month_of(day: NaiveDate) -> (i32, u32) {
    (day.year(), day.month())
}

/// What a country's history before the archive cut-off still counts for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Archived {
    /// Series → month ("YYYY-MM") → figures.
    #[serde(with = "pairs")]
    pub(crate) months: BTreeMap<SeriesKey, BTreeMap<String, Cell>>,
    pub(crate) events: u64,
    pub(crate) incidents: u64,
    /// The numbers of the bulletins of the archived events.
    pub(crate) bulletins: BTreeSet<u32>,
}

impl Archived {
    fn absorb(&mut self, other: Archived) {
        for (key, months) in other.months {
            let into = self.months.entry(key).or_default();
            for (m, cell) in months {
                into.entry(m).or_default().add(&cell);
            }
        }
        self.events += other.events;
        self.incidents += other.incidents;
        self.bulletins.extend(other.bulletins);
    }
}

/// Maps with structured keys, serialised as lists of pairs (JSON keys must be strings).
mod pairs {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer, K: Serialize, V: Serialize>(
        m: &BTreeMap<K, V>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(m.iter())
    }

    pub fn deserialize<'de, D, K, V>(d: D) -> Result<BTreeMap<K, V>, D::Error>
    where
        D: Deserializer<'de>,
        K: Deserialize<'de> + Ord,
        V: Deserialize<'de>,
    {
        Ok(Vec::<(K, V)>::deserialize(d)?.into_iter().collect())
    }
}

/// The figures of one window.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WindowFigures {
    pub window: String,
    #[serde(flatten)]
    pub cell: Cell,
}

/// One calendar month of a series.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonthFigures {
    /// "YYYY-MM".
    pub month: String,
    #[serde(flatten)]
    pub cell: Cell,
}

/// One series: a country's events of one kind, drug and unit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SeriesFigures {
    pub kind: String,
    pub drug: String,
    pub unit: String,
    pub windows: Vec<WindowFigures>,
    /// Every month with events, oldest first.
    pub months: Vec<MonthFigures>,
}

/// A country's statistics as of a day.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountryFigures {
    pub country: String,
    pub as_of: NaiveDate,
    pub clock: Clock,
    pub series: Vec<SeriesFigures>,
    /// Distinct events (reports) counted.
    pub events: u64,
    /// Distinct incidents counted.
    pub incidents: u64,
    pub bulletins: u64,
    /// Events set aside (implausible or before the horizon), not summed.
    pub set_aside: u64,
    /// Articles per category, non-zero counts in [`CATEGORIES`] order.
    pub articles: Vec<(String, u64)>,
}

impl StatsBook {
    /// A country's counted events by series (in series order), parts of a total in their
    /// series left out.
    fn series_of(&self, country: &str) -> Vec<(u32, &SeriesKey, Vec<HeldRef<'_>>)> {
        let Some(events) = self.events.get(country) else {
            return Vec::new();
        };
        let mut by_series: Vec<Vec<HeldRef<'_>>> = vec![Vec::new(); self.series.list().len()];
        for (k, h) in events {
            if self.current(h.bulletin) {
                by_series[h.series as usize].push((k, h));
            }
        }
        let mut out: Vec<(u32, &SeriesKey, Vec<HeldRef<'_>>)> = by_series
            .into_iter()
            .enumerate()
            .filter(|(_, members)| !members.is_empty())
            .map(|(i, mut members)| {
                if members.iter().any(|(_, h)| h.parent.is_some()) {
                    // A part whose total is in the same series is already counted by the total.
                    let ids: HashSet<&EventKey> = members.iter().map(|(k, _)| *k).collect();
                    members.retain(|(_, h)| h.parent.as_deref().is_none_or(|p| !ids.contains(p)));
                }
                (i as u32, self.series.key(i as u32), members)
            })
            .collect();
        out.sort_by(|a, b| a.1.cmp(b.1));
        out
    }

    /// The incident cells of series `series` of `country` (its counted `members`), from the
    /// cache when neither the series nor which of the country's events count changed since.
    fn cells_of(
        &self,
        country: &str,
        series: u32,
        members: &[HeldRef<'_>],
        rule: &IncidentRule,
    ) -> Arc<Vec<(NaiveDate, Cell)>> {
        // A country holding events is always among the names.
        let Some(country) = self.names.get(country) else {
            return Arc::new(incident_cells(members, rule));
        };
        let key = (country, series);
        let changed = self
            .series_changed
            .get(&key)
            .copied()
            .unwrap_or(0)
            .max(self.country_changed.get(&country).copied().unwrap_or(0));
        let mut cache = self.cells.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = cache.get(&key)
            && c.computed >= changed
            && c.rule == *rule
        {
            return c.cells.clone();
        }
        let cells = Arc::new(incident_cells(members, rule));
        cache.insert(
            key,
            CachedCells {
                computed: self.changes,
                rule: *rule,
                cells: cells.clone(),
            },
        );
        cells
    }

    /// A country's figures as of `as_of`, incidents grouped by `rule`.
    pub fn country_figures(
        &self,
        country: &str,
        as_of: NaiveDate,
        clock: Clock,
        rule: &IncidentRule,
    ) -> CountryFigures {
        let empty_archive = Archived::default();
        let archived = self.archive.get(country).unwrap_or(&empty_archive);
        let detail: BTreeMap<&SeriesKey, (u32, Vec<HeldRef<'_>>)> = self
            .series_of(country)
            .into_iter()
            .map(|(id, key, members)| (key, (id, members)))
            .collect();
        let keys: BTreeSet<&SeriesKey> = detail
            .keys()
            .copied()
            .chain(archived.months.keys())
            .collect();
        let mut total_incidents = archived.incidents;
        let series = keys
            .into_iter()
            .map(|key| {
                let cells = match detail.get(key) {
                    Some((id, members)) => self.cells_of(country, *id, members, rule),
                    None => Default::default(),
                };
                total_incidents += cells.len() as u64;
                let mut detail_months: BTreeMap<(i32, u32), Cell> = BTreeMap::new();
                for (day, cell) in cells.iter() {
                    detail_months.entry(month_of(*day)).or_default().add(cell);
                }
                let mut months = archived.months.get(key).cloned().unwrap_or_default();
                for (m, cell) in detail_months {
                    months.entry(month_name(m)).or_default().add(&cell);
                }
                let windows = WINDOWS
                    .iter()
                    .map(|w| {
                        let mut sum = Cell::default();
                        for (day, cell) in cells.iter() {
                            if w.contains(*day, as_of) {
                                sum.add(cell);
                            }
                        }
                        if *w == crate::Window::All {
                            for m in archived
                                .months
                                .get(key)
                                .into_iter()
                                .flat_map(|m| m.values())
                            {
                                sum.add(m);
                            }
                        }
                        WindowFigures {
                            window: w.name(),
                            cell: sum.rounded(),
                        }
                    })
                    .collect();
                SeriesFigures {
                    kind: key.kind.clone(),
                    drug: key.drug.clone(),
                    unit: key.unit.clone(),
                    windows,
                    months: months
                        .into_iter()
                        .map(|(month, cell)| MonthFigures {
                            month,
                            cell: cell.rounded(),
                        })
                        .collect(),
                }
            })
            .collect();
        // Distinct bulletins of the events counted, in detail or archived.
        let mut seen = vec![false; self.bulletins.len()];
        let mut counted = 0u64;
        for h in self
            .events
            .get(country)
            .into_iter()
            .flat_map(|e| e.values())
        {
            if self.current(h.bulletin) {
                counted += 1;
                seen[h.bulletin as usize] = true;
            }
        }
        for &b in &archived.bulletins {
            seen[b as usize] = true;
        }
        let set_aside = self.set_aside.get(country).map_or(0, |ids| {
            ids.values().filter(|b| self.current(**b)).count() as u64
        });
        CountryFigures {
            country: country.to_string(),
            as_of,
            clock,
            series,
            events: counted + archived.events,
            incidents: total_incidents,
            bulletins: seen.iter().filter(|s| **s).count() as u64,
            set_aside,
            articles: self.article_counts(country),
        }
    }

    /// Articles about `country` by category, from current revisions.
    fn article_counts(&self, country: &str) -> Vec<(String, u64)> {
        let mut counts = vec![0u64; CATEGORIES.len()];
        if let Some(c) = self.names.get(country)
            && let Some(bulletins) = self.articles_by_country.get(&c)
        {
            for &b in bulletins.iter().filter(|b| self.current(**b)) {
                let Some(record) = &self.bulletins[b as usize].record else {
                    continue;
                };
                for (_, category) in record.articles.iter().filter(|(ac, _)| *ac == c) {
                    let name = self.names.name(*category);
                    let i = CATEGORIES
                        .iter()
                        .position(|c| *c == name)
                        .unwrap_or(CATEGORIES.len() - 1);
                    counts[i] += 1;
                }
            }
        }
        CATEGORIES
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(c, n)| (c.to_string(), n))
            .collect()
    }

    /// Folds the events dated before `cutoff` into the monthly archive and forgets their
    /// details, so the book grows with the days retained, not with the events ever seen.
    /// Archived figures are final: a later revision no longer retracts them, and incidents
    /// are not matched across the cut-off. Returns the countries whose detail changed.
    pub fn archive_before(&mut self, cutoff: NaiveDate, rule: &IncidentRule) -> BTreeSet<String> {
        let due: Vec<String> = self
            .events
            .iter()
            .filter(|(_, e)| e.values().any(|h| h.day < cutoff))
            .map(|(cc, _)| cc.clone())
            .collect();
        for cc in &due {
            // Events before the cut-off, and the parts of those totals in their series whatever
            // their dates (such a part stays uncounted only while its total is beside it).
            let events = &self.events[cc];
            let before: BTreeMap<&EventKey, u32> = events
                .iter()
                .filter(|(_, h)| self.current(h.bulletin) && h.day < cutoff)
                .map(|(k, h)| (k, h.series))
                .collect();
            let old: BTreeSet<EventKey> = events
                .iter()
                .filter(|(_, h)| {
                    h.day < cutoff
                        || h.parent
                            .as_deref()
                            .and_then(|p| before.get(p))
                            .is_some_and(|s| *s == h.series)
                })
                .map(|(k, _)| k.clone())
                .collect();
            let mut folded = Archived::default();
            for (_, key, members) in self.series_of(cc) {
                let old: Vec<HeldRef<'_>> = members
                    .into_iter()
                    .filter(|(k, _)| old.contains(*k))
                    .collect();
                for i in incidents(&old, rule) {
                    folded
                        .months
                        .entry(key.clone())
                        .or_default()
                        .entry(month_name(month_of(i.day)))
                        .or_default()
                        .add(&Cell::of(&i));
                    folded.incidents += 1;
                }
            }
            // Parts still count as events, and their bulletins as bulletins.
            for (_, h) in self.events[cc]
                .iter()
                .filter(|(k, h)| self.current(h.bulletin) && old.contains(*k))
            {
                folded.events += 1;
                folded.bulletins.insert(h.bulletin);
            }
            if let Some(events) = self.events.get_mut(cc) {
                events.retain(|k, _| !old.contains(k));
            }
            self.archive.entry(cc.clone()).or_default().absorb(folded);
            let country = self.names.id(cc);
            self.country_touched(country);
        }
        self.events.retain(|_, e| !e.is_empty());
        self.archived_before = self.archived_before.max(Some(cutoff));
        if !due.is_empty() {
            self.reindex_countries();
        }
        due.into_iter().collect()
    }
}
