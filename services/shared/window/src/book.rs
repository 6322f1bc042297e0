//! [`StatsBook`]: everything the statistics are computed from, and the figures it yields.
//!
//! The book holds each event's contribution for the retained horizon (incidents and revisions
//! need the single reports), one record per bulletin (for revisions and article counts), and a
//! folded monthly archive of what has aged past the horizon. Figures are a pure function of the
//! sets held, so the order and repetition of arrivals never shows in them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::incident::{Incident, IncidentRule, incidents};
use crate::input::{BulletinRecord, CATEGORIES, Contribution, Revision};
use crate::window::{Clock, WINDOWS};

/// What applying a contribution did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// A new event.
    New,
    /// The same event again, unchanged: nothing to do.
    Duplicate,
    /// A known event id with new content: the old contribution was replaced.
    Replaced,
}

/// A series of one country: kind, drug and unit.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct SeriesKey {
    kind: String,
    drug: String,
    unit: String,
}

impl SeriesKey {
    fn of(c: &Contribution) -> Self {
        SeriesKey {
            kind: c.kind.clone(),
            drug: c.drug.clone(),
            unit: c.unit.clone(),
        }
    }
}

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
    fn of(i: &Incident<'_>) -> Cell {
        Cell {
            amount: i.amount,
            lower_bound: i.lower_bound,
            events: i.reports.len() as u64,
            incidents: 1,
            undated_events: i.reports.iter().filter(|c| c.day_is_fallback).count() as u64,
        }
    }

    fn rounded(mut self) -> Cell {
        self.amount = (self.amount * 1e6).round() / 1e6;
        self
    }
}

/// What a country's history before the archive cut-off still counts for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Archived {
    /// Series → month ("YYYY-MM") → figures.
    #[serde(with = "pairs")]
    months: BTreeMap<SeriesKey, BTreeMap<String, Cell>>,
    events: u64,
    incidents: u64,
    bulletins: BTreeSet<String>,
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

/// Everything the statistics are computed from. Serialisable: the aggregator's snapshot (the
/// index by bulletin is left out and rebuilt when read).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "BookFields")]
pub struct StatsBook {
    /// Contributions by country and event id, superseded revisions included (they are left
    /// out when figures are computed, so a late event of an old revision changes nothing).
    countries: BTreeMap<String, BTreeMap<String, Contribution>>,
    /// Events set aside, by country: event id → bulletin id.
    set_aside: BTreeMap<String, BTreeMap<String, String>>,
    /// Every bulletin's record, by id.
    bulletins: BTreeMap<String, BulletinRecord>,
    /// The revisions of each source address, the greatest current.
    revisions: BTreeMap<String, BTreeSet<(Revision, String)>>,
    /// Per country, what has been folded away from before `archived_before`.
    archive: BTreeMap<String, Archived>,
    archived_before: Option<NaiveDate>,
    /// The countries holding events (counted or set aside) of each bulletin, so that a
    /// bulletin's record finds the figures it changes without a scan of every event.
    #[serde(skip)]
    by_bulletin: BTreeMap<String, BTreeSet<String>>,
}

/// What a serialised [`StatsBook`] holds.
#[derive(Deserialize)]
struct BookFields {
    countries: BTreeMap<String, BTreeMap<String, Contribution>>,
    set_aside: BTreeMap<String, BTreeMap<String, String>>,
    bulletins: BTreeMap<String, BulletinRecord>,
    revisions: BTreeMap<String, BTreeSet<(Revision, String)>>,
    archive: BTreeMap<String, Archived>,
    archived_before: Option<NaiveDate>,
}

impl From<BookFields> for StatsBook {
    fn from(f: BookFields) -> StatsBook {
        let mut book = StatsBook {
            countries: f.countries,
            set_aside: f.set_aside,
            bulletins: f.bulletins,
            revisions: f.revisions,
            archive: f.archive,
            archived_before: f.archived_before,
            by_bulletin: BTreeMap::new(),
        };
        book.reindex();
        book
    }
}

impl StatsBook {
    /// Rebuilds the index by bulletin from the events held.
    fn reindex(&mut self) {
        let mut index: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (cc, events) in &self.countries {
            for c in events.values() {
                index
                    .entry(c.bulletin_id.clone())
                    .or_default()
                    .insert(cc.clone());
            }
        }
        for (cc, ids) in &self.set_aside {
            for b in ids.values() {
                index.entry(b.clone()).or_default().insert(cc.clone());
            }
        }
        self.by_bulletin = index;
    }

    /// Notes that `country` holds an event of `bulletin_id`.
    fn index(&mut self, bulletin_id: &str, country: &str) {
        match self.by_bulletin.get_mut(bulletin_id) {
            Some(set) => {
                if !set.contains(country) {
                    set.insert(country.to_string());
                }
            }
            None => {
                self.by_bulletin.insert(
                    bulletin_id.to_string(),
                    BTreeSet::from([country.to_string()]),
                );
            }
        }
    }

    /// The countries holding events of `bulletin_id`.
    fn countries_of(&self, bulletin_id: &str) -> impl Iterator<Item = &String> {
        self.by_bulletin.get(bulletin_id).into_iter().flatten()
    }

    /// Adds an event's contribution; the same event twice changes nothing.
    pub fn apply(&mut self, c: Contribution) -> Applied {
        self.index(&c.bulletin_id, &c.country);
        let events = self.countries.entry(c.country.clone()).or_default();
        match events.get(&c.event_id) {
            Some(old) if *old == c => Applied::Duplicate,
            Some(_) => {
                events.insert(c.event_id.clone(), c);
                Applied::Replaced
            }
            None => {
                events.insert(c.event_id.clone(), c);
                Applied::New
            }
        }
    }

    /// Whether the book holds event `event_id` of `country`, counted or set aside.
    pub fn holds_event(&self, country: &str, event_id: &str) -> bool {
        self.countries
            .get(country)
            .is_some_and(|e| e.contains_key(event_id))
            || self
                .set_aside
                .get(country)
                .is_some_and(|e| e.contains_key(event_id))
    }

    /// Whether the book holds the record of bulletin `bulletin_id`.
    pub fn holds_bulletin(&self, bulletin_id: &str) -> bool {
        self.bulletins.contains_key(bulletin_id)
    }

    /// Records an event set aside; the same event twice counts once. Returns whether it is new.
    pub fn set_aside(&mut self, country: &str, event_id: &str, bulletin_id: &str) -> bool {
        self.index(bulletin_id, country);
        self.set_aside
            .entry(country.to_string())
            .or_default()
            .insert(event_id.to_string(), bulletin_id.to_string())
            .is_none()
    }

    /// Records what a bulletin is as a whole. A bulletin whose source address has a newer
    /// revision stops counting, and so do its events and articles. Returns `None` when the book
    /// is unchanged (the record was known), else the countries whose figures may have changed
    /// (possibly none).
    pub fn record_bulletin(&mut self, rec: BulletinRecord) -> Option<BTreeSet<String>> {
        let id = rec.bulletin_id.clone();
        let old = self.bulletins.get(&id).cloned();
        let new = match &old {
            Some(old) => old.merged(&rec),
            None => rec,
        };
        if old.as_ref() == Some(&new) {
            return None;
        }
        let mut urls = BTreeSet::new();
        if let Some(old) = &old
            && let Some(set) = self.revisions.get_mut(&old.source_url)
        {
            set.remove(&(old.revision, id.clone()));
            urls.insert(old.source_url.clone());
        }
        if !new.source_url.is_empty() {
            self.revisions
                .entry(new.source_url.clone())
                .or_default()
                .insert((new.revision, id.clone()));
            urls.insert(new.source_url.clone());
        }
        let mut affected: BTreeSet<String> = old
            .iter()
            .chain([&new])
            .flat_map(|r| r.articles.iter().map(|a| a.country.clone()))
            .collect();
        self.bulletins.insert(id.clone(), new);
        // Every bulletin of a touched address may have started or stopped counting.
        let members: BTreeSet<&str> = urls
            .iter()
            .filter_map(|u| self.revisions.get(u))
            .flatten()
            .map(|(_, b)| b.as_str())
            .chain([id.as_str()])
            .collect();
        if members.len() > 1 {
            for b in &members {
                if let Some(r) = self.bulletins.get(*b) {
                    affected.extend(r.articles.iter().map(|a| a.country.clone()));
                }
            }
        }
        for b in &members {
            affected.extend(self.countries_of(b).cloned());
        }
        Some(affected)
    }

    /// Whether a bulletin counts: it is the current revision of its address, or has no
    /// address, or is not known yet.
    pub fn is_current(&self, bulletin_id: &str) -> bool {
        match self.bulletins.get(bulletin_id) {
            Some(r) if !r.source_url.is_empty() => self
                .revisions
                .get(&r.source_url)
                .and_then(|s| s.last())
                .is_none_or(|(_, b)| b == bulletin_id),
            _ => true,
        }
    }

    /// Countries with anything to report, sorted.
    pub fn countries(&self) -> Vec<String> {
        let mut all: BTreeSet<&str> = self
            .countries
            .keys()
            .chain(self.set_aside.keys())
            .chain(self.archive.keys())
            .map(String::as_str)
            .collect();
        for r in self.bulletins.values() {
            if self.is_current(&r.bulletin_id) {
                all.extend(r.articles.iter().map(|a| a.country.as_str()));
            }
        }
        all.into_iter().map(str::to_string).collect()
    }

    /// Number of events held in detail.
    pub fn len(&self) -> usize {
        self.countries.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The events that count: of current revisions.
    fn counted<'a>(
        &'a self,
        events: &'a BTreeMap<String, Contribution>,
    ) -> impl Iterator<Item = &'a Contribution> + 'a {
        events.values().filter(|c| self.is_current(&c.bulletin_id))
    }

    /// The newest day of an event that counts (the "now" of [`Clock::Event`]).
    pub fn newest_day(&self) -> Option<NaiveDate> {
        self.countries
            .values()
            .flat_map(|m| self.counted(m))
            .map(|c| c.day)
            .max()
    }

    /// The "as of" day under `clock`, given today's wall-clock date.
    pub fn as_of(&self, clock: Clock, today: NaiveDate) -> NaiveDate {
        match clock {
            Clock::Wall => today,
            Clock::Event => self.newest_day().unwrap_or(today),
        }
    }

    /// A country's counted events by series, parts of a total in their series left out.
    fn series_of<'a>(&'a self, country: &str) -> BTreeMap<SeriesKey, Vec<&'a Contribution>> {
        let mut series: BTreeMap<SeriesKey, Vec<&Contribution>> = BTreeMap::new();
        if let Some(events) = self.countries.get(country) {
            for c in self.counted(events) {
                series.entry(SeriesKey::of(c)).or_default().push(c);
            }
        }
        for members in series.values_mut() {
            let ids: BTreeSet<&str> = members.iter().map(|c| c.event_id.as_str()).collect();
            // A part whose total is in the same series is already counted by the total.
            members.retain(|c| {
                c.parent_event_id
                    .as_deref()
                    .is_none_or(|p| !ids.contains(p))
            });
        }
        series
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
        let detail = self.series_of(country);
        let keys: BTreeSet<&SeriesKey> = detail.keys().chain(archived.months.keys()).collect();
        let mut total_incidents = archived.incidents;
        let series = keys
            .into_iter()
            .map(|key| {
                let members = detail.get(key).map(Vec::as_slice).unwrap_or(&[]);
                let found = incidents(members, rule);
                total_incidents += found.len() as u64;
                let cells: Vec<(NaiveDate, Cell)> =
                    found.iter().map(|i| (i.day, Cell::of(i))).collect();
                let mut months = archived.months.get(key).cloned().unwrap_or_default();
                for (day, cell) in &cells {
                    months
                        .entry(day.format("%Y-%m").to_string())
                        .or_default()
                        .add(cell);
                }
                let windows = WINDOWS
                    .iter()
                    .map(|w| {
                        let mut sum = Cell::default();
                        for (day, cell) in &cells {
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
        let counted: Vec<&Contribution> = self
            .countries
            .get(country)
            .map(|e| self.counted(e).collect())
            .unwrap_or_default();
        let bulletins: BTreeSet<&str> = counted
            .iter()
            .map(|c| c.bulletin_id.as_str())
            .chain(archived.bulletins.iter().map(String::as_str))
            .collect();
        let set_aside = self.set_aside.get(country).map_or(0, |ids| {
            ids.values().filter(|b| self.is_current(b)).count() as u64
        });
        CountryFigures {
            country: country.to_string(),
            as_of,
            clock,
            series,
            events: counted.len() as u64 + archived.events,
            incidents: total_incidents,
            bulletins: bulletins.len() as u64,
            set_aside,
            articles: self.article_counts(country),
        }
    }

    /// Articles about `country` by category, from current revisions.
    fn article_counts(&self, country: &str) -> Vec<(String, u64)> {
        let mut counts = vec![0u64; CATEGORIES.len()];
        for r in self
            .bulletins
            .values()
            .filter(|r| self.is_current(&r.bulletin_id))
        {
            for a in r.articles.iter().filter(|a| a.country == country) {
                let i = CATEGORIES
                    .iter()
                    .position(|c| *c == a.category)
                    .unwrap_or(CATEGORIES.len() - 1);
                counts[i] += 1;
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
            .countries
            .iter()
            .filter(|(_, e)| e.values().any(|c| c.day < cutoff))
            .map(|(cc, _)| cc.clone())
            .collect();
        for cc in &due {
            // Events before the cut-off, and the parts of those totals in their series whatever
            // their dates (such a part stays uncounted only while its total is beside it).
            let events = &self.countries[cc];
            let before: BTreeMap<&str, SeriesKey> = self
                .counted(events)
                .filter(|c| c.day < cutoff)
                .map(|c| (c.event_id.as_str(), SeriesKey::of(c)))
                .collect();
            let old: BTreeSet<String> = events
                .values()
                .filter(|c| {
                    c.day < cutoff
                        || c.parent_event_id
                            .as_deref()
                            .and_then(|p| before.get(p))
                            .is_some_and(|k| *k == SeriesKey::of(c))
                })
                .map(|c| c.event_id.clone())
                .collect();
            let mut folded = Archived::default();
            for (key, members) in self.series_of(cc) {
                let old: Vec<&Contribution> = members
                    .into_iter()
                    .filter(|c| old.contains(&c.event_id))
                    .collect();
                for i in incidents(&old, rule) {
                    folded
                        .months
                        .entry(key.clone())
                        .or_default()
                        .entry(i.day.format("%Y-%m").to_string())
                        .or_default()
                        .add(&Cell::of(&i));
                    folded.incidents += 1;
                }
            }
            // Parts still count as events, and their bulletins as bulletins.
            for c in self
                .counted(&self.countries[cc])
                .filter(|c| old.contains(&c.event_id))
            {
                folded.events += 1;
                folded.bulletins.insert(c.bulletin_id.clone());
            }
            if let Some(events) = self.countries.get_mut(cc) {
                events.retain(|id, _| !old.contains(id));
            }
            self.archive.entry(cc.clone()).or_default().absorb(folded);
        }
        self.countries.retain(|_, e| !e.is_empty());
        self.archived_before = self.archived_before.max(Some(cutoff));
        if !due.is_empty() {
            self.reindex();
        }
        due.into_iter().collect()
    }
}
