//! [`StatsBook`]: everything the statistics are computed from.
//!
//! The book holds each event for the retained horizon (incidents and revisions need the single
//! reports), one record per bulletin (for revisions and article counts), and a folded monthly
//! archive of what has aged past the horizon (`figures`). Figures are a pure function of the
//! sets held, so the order and repetition of arrivals never shows in them.
//!
//! Memory per held event stays small over years of history: events are held in the compact
//! form of `held` (strings once, numbers in each record), and what can be derived from the
//! inputs (which revision of an address is current, which countries hold a bulletin's events,
//! which bulletins have articles about a country) is kept as indexes, rebuilt when a snapshot
//! is read rather than stored in it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize, Serializer};

use crate::figures::Archived;
use crate::held::{
    BulletinEntry, EventKey, Held, HeldRecord, HeldRow, NONE, Names, SeriesKey, SeriesTable,
};
use crate::input::{ArticleRecord, BulletinRecord, Contribution, Revision};
use crate::window::Clock;

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

/// Everything the statistics are computed from. Serialisable (the aggregator's snapshot): the
/// inputs in compact rows; the indexes are rebuilt when it is read. Two books are equal when
/// they hold the same inputs, whatever order they arrived in.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(try_from = "Stored")]
pub struct StatsBook {
    /// Source addresses, countries and article categories.
    pub(crate) names: Names,
    pub(crate) series: SeriesTable,
    /// Bulletin ids: `bulletins[i]` is what is known of bulletin `bulletin_ids.name(i)`.
    pub(crate) bulletin_ids: Names,
    pub(crate) bulletins: Vec<BulletinEntry>,
    /// Events by country and id, superseded revisions included (they are left out when figures
    /// are computed, so a late event of an old revision changes nothing).
    pub(crate) events: BTreeMap<String, BTreeMap<EventKey, Held>>,
    /// Events set aside, by country: id → bulletin number.
    pub(crate) set_aside: BTreeMap<String, BTreeMap<EventKey, u32>>,
    /// Per country, what has been folded away from before `archived_before`.
    pub(crate) archive: BTreeMap<String, Archived>,
    pub(crate) archived_before: Option<NaiveDate>,
    /// The revisions of each source address (by number): derived from the records.
    revisions: HashMap<u32, Vec<(Revision, u32)>>,
    /// The bulletins with articles about each country (by number): derived from the records.
    pub(crate) articles_by_country: BTreeMap<u32, BTreeSet<u32>>,
    /// Incident cells computed per series, reused while nothing they depend on changed.
    pub(crate) cells: crate::figures::CellCache,
    /// A counter of changes, and when each series (country's and series' numbers) and each
    /// country as a whole (which of its events count) last changed: what the cached cells are
    /// checked against.
    pub(crate) changes: u64,
    pub(crate) series_changed: HashMap<(u32, u32), u64>,
    pub(crate) country_changed: HashMap<u32, u64>,
}

impl StatsBook {
    /// The number of bulletin `id`, with an entry made for it if it is new.
    fn bulletin(&mut self, id: &str) -> u32 {
        let b = self.bulletin_ids.id(id);
        if b as usize == self.bulletins.len() {
            self.bulletins.push(BulletinEntry {
                current: true,
                ..Default::default()
            });
        }
        b
    }

    /// Whether bulletin number `b` counts (see [`StatsBook::is_current`]).
    pub(crate) fn current(&self, b: u32) -> bool {
        self.bulletins[b as usize].current
    }

    /// Notes that the events of series `series` in country number `country` changed.
    fn series_touched(&mut self, country: u32, series: u32) {
        self.changes += 1;
        self.series_changed.insert((country, series), self.changes);
    }

    /// Notes that which events of country number `country` count may have changed.
    pub(crate) fn country_touched(&mut self, country: u32) {
        self.changes += 1;
        self.country_changed.insert(country, self.changes);
    }

    /// Notes that `country` holds an event of bulletin number `b`; returns the country's
    /// number.
    fn note_country(&mut self, b: u32, country: &str) -> u32 {
        let c = self.names.id(country);
        let countries = &mut self.bulletins[b as usize].countries;
        if !countries.contains(&c) {
            countries.push(c);
        }
        c
    }

    /// Rebuilds which countries hold each bulletin's events.
    pub(crate) fn reindex_countries(&mut self) {
        for entry in &mut self.bulletins {
            entry.countries.clear();
        }
        let mut notes = Vec::new();
        for (cc, events) in &self.events {
            notes.extend(events.values().map(|h| (h.bulletin, cc.clone())));
        }
        for (cc, ids) in &self.set_aside {
            notes.extend(ids.values().map(|b| (*b, cc.clone())));
        }
        for (b, cc) in notes {
            self.note_country(b, &cc);
        }
    }

    /// Sets which revision of source address `url` is current: the greatest revision, then the
    /// greatest bulletin id.
    fn refresh_current(&mut self, url: u32) {
        let Some(members) = self.revisions.get(&url) else {
            return;
        };
        let ids = &self.bulletin_ids;
        let best = members
            .iter()
            .max_by(|x, y| (x.0, ids.name(x.1)).cmp(&(y.0, ids.name(y.1))))
            .map(|m| m.1);
        let flipped: Vec<u32> = members
            .iter()
            .map(|m| m.1)
            .filter(|&b| self.bulletins[b as usize].current != (Some(b) == best))
            .collect();
        for b in flipped {
            self.set_current(b, !self.bulletins[b as usize].current);
        }
    }

    /// Sets whether bulletin number `b` counts; the countries holding its events change.
    fn set_current(&mut self, b: u32, current: bool) {
        if self.bulletins[b as usize].current == current {
            return;
        }
        self.bulletins[b as usize].current = current;
        for c in self.bulletins[b as usize].countries.clone() {
            self.country_touched(c);
        }
    }

    /// Adds an event's contribution; the same event twice changes nothing.
    pub fn apply(&mut self, c: Contribution) -> Applied {
        let b = self.bulletin(&c.bulletin_id);
        let country = self.note_country(b, &c.country);
        let held = Held {
            bulletin: b,
            series: self.series.id(&c),
            source: if c.source_url.is_empty() {
                NONE
            } else {
                self.names.id(&c.source_url)
            },
            amount: c.amount,
            day: c.day,
            lower_bound: c.lower_bound,
            day_is_fallback: c.day_is_fallback,
            parent: c
                .parent_event_id
                .as_deref()
                .map(|p| Box::new(EventKey::of(p))),
        };
        let key = EventKey::of(&c.event_id);
        let series = held.series;
        let events = self.events.entry(c.country.clone()).or_default();
        let applied = match events.get(&key) {
            Some(old) if *old == held => return Applied::Duplicate,
            Some(old) => {
                let old_series = old.series;
                events.insert(key, held);
                if old_series != series {
                    self.series_touched(country, old_series);
                }
                Applied::Replaced
            }
            None => {
                events.insert(key, held);
                Applied::New
            }
        };
        self.series_touched(country, series);
        applied
    }

    /// The contribution of event `event_id` held under `country` (not one set aside), as it
    /// was applied.
    pub fn contribution(&self, country: &str, event_id: &str) -> Option<Contribution> {
        let h = self.events.get(country)?.get(&EventKey::of(event_id))?;
        let series = self.series.key(h.series);
        Some(Contribution {
            event_id: event_id.to_string(),
            bulletin_id: self.bulletin_ids.name(h.bulletin).to_string(),
            country: country.to_string(),
            kind: series.kind.clone(),
            drug: series.drug.clone(),
            unit: series.unit.clone(),
            amount: h.amount,
            lower_bound: h.lower_bound,
            day: h.day,
            day_is_fallback: h.day_is_fallback,
            parent_event_id: h.parent.as_ref().map(|p| p.to_string()),
            source_url: match h.source {
                NONE => String::new(),
                s => self.names.name(s).to_string(),
            },
        })
    }

    /// Stops counting event `event_id` of `country` (a reviewer moved it elsewhere or said it
    /// is not an event). A record of it set aside stays: it was seen. Returns whether the book
    /// counted it.
    pub fn remove(&mut self, country: &str, event_id: &str) -> bool {
        let key = EventKey::of(event_id);
        let Some(held) = self.events.get_mut(country).and_then(|e| e.remove(&key)) else {
            return false;
        };
        let c = self.names.id(country);
        self.series_touched(c, held.series);
        true
    }

    /// Whether the book holds event `event_id` of `country`, counted or set aside.
    pub fn holds_event(&self, country: &str, event_id: &str) -> bool {
        let key = EventKey::of(event_id);
        self.events
            .get(country)
            .is_some_and(|e| e.contains_key(&key))
            || self
                .set_aside
                .get(country)
                .is_some_and(|e| e.contains_key(&key))
    }

    /// Whether the book holds the record of bulletin `bulletin_id`.
    pub fn holds_bulletin(&self, bulletin_id: &str) -> bool {
        self.bulletin_ids
            .get(bulletin_id)
            .is_some_and(|b| self.bulletins[b as usize].record.is_some())
    }

    /// Records an event set aside; the same event twice counts once. Returns whether it is new.
    pub fn set_aside(&mut self, country: &str, event_id: &str, bulletin_id: &str) -> bool {
        let b = self.bulletin(bulletin_id);
        self.note_country(b, country);
        self.set_aside
            .entry(country.to_string())
            .or_default()
            .insert(EventKey::of(event_id), b)
            .is_none()
    }

    /// The record of bulletin number `b` with its strings, if it has one.
    fn record_of(&self, b: u32) -> Option<BulletinRecord> {
        let r = self.bulletins[b as usize].record.as_ref()?;
        Some(BulletinRecord {
            bulletin_id: self.bulletin_ids.name(b).to_string(),
            source_url: match r.source {
                NONE => String::new(),
                s => self.names.name(s).to_string(),
            },
            revision: Revision {
                published: r.published,
                received: r.received,
            },
            articles: r
                .articles
                .iter()
                .map(|(c, k)| ArticleRecord {
                    country: self.names.name(*c).to_string(),
                    category: self.names.name(*k).to_string(),
                })
                .collect(),
        })
    }

    /// Records what a bulletin is as a whole. A bulletin whose source address has a newer
    /// revision stops counting, and so do its events and articles. Returns `None` when the book
    /// is unchanged (the record was known), else the countries whose figures may have changed
    /// (possibly none).
    pub fn record_bulletin(&mut self, rec: BulletinRecord) -> Option<BTreeSet<String>> {
        let b = self.bulletin(&rec.bulletin_id);
        let old = self.record_of(b);
        let new = match &old {
            Some(old) => old.merged(&rec),
            None => rec,
        };
        if old.as_ref() == Some(&new) {
            return None;
        }
        let mut urls = Vec::new();
        if let Some(previous) = self.bulletins[b as usize].record.take() {
            if previous.source != NONE {
                if let Some(members) = self.revisions.get_mut(&previous.source) {
                    members.retain(|(_, x)| *x != b);
                }
                urls.push(previous.source);
            }
            for (c, _) in previous.articles.iter() {
                if let Some(set) = self.articles_by_country.get_mut(c) {
                    set.remove(&b);
                }
            }
        }
        let record = HeldRecord {
            source: if new.source_url.is_empty() {
                NONE
            } else {
                self.names.id(&new.source_url)
            },
            published: new.revision.published,
            received: new.revision.received,
            articles: new
                .articles
                .iter()
                .map(|a| (self.names.id(&a.country), self.names.id(&a.category)))
                .collect(),
        };
        if record.source != NONE {
            self.revisions
                .entry(record.source)
                .or_default()
                .push((new.revision, b));
            if !urls.contains(&record.source) {
                urls.push(record.source);
            }
        }
        for (c, _) in record.articles.iter() {
            self.articles_by_country.entry(*c).or_default().insert(b);
        }
        let no_source = record.source == NONE;
        self.bulletins[b as usize].record = Some(record);
        let mut affected: BTreeSet<String> = old
            .iter()
            .chain([&new])
            .flat_map(|r| r.articles.iter().map(|a| a.country.clone()))
            .collect();
        // Every bulletin of a touched address may have started or stopped counting.
        let mut members: BTreeSet<u32> = urls
            .iter()
            .filter_map(|u| self.revisions.get(u))
            .flatten()
            .map(|(_, x)| *x)
            .collect();
        members.insert(b);
        for &m in &members {
            let entry = &self.bulletins[m as usize];
            if members.len() > 1
                && let Some(r) = &entry.record
            {
                affected.extend(r.articles.iter().map(|(c, _)| self.names.name(*c).into()));
            }
            affected.extend(entry.countries.iter().map(|c| self.names.name(*c).into()));
        }
        for u in urls {
            self.refresh_current(u);
        }
        if no_source {
            self.set_current(b, true);
        }
        Some(affected)
    }

    /// Whether a bulletin counts: it is the current revision of its address, or has no
    /// address, or is not known yet.
    pub fn is_current(&self, bulletin_id: &str) -> bool {
        self.bulletin_ids
            .get(bulletin_id)
            .is_none_or(|b| self.current(b))
    }

    /// Countries with anything to report, sorted.
    pub fn countries(&self) -> Vec<String> {
        let mut all: BTreeSet<&str> = self
            .events
            .keys()
            .chain(self.set_aside.keys())
            .chain(self.archive.keys())
            .map(String::as_str)
            .collect();
        for (c, bulletins) in &self.articles_by_country {
            if bulletins.iter().any(|b| self.current(*b)) {
                all.insert(self.names.name(*c));
            }
        }
        all.into_iter().map(str::to_string).collect()
    }

    /// Number of events held in detail.
    pub fn len(&self) -> usize {
        self.events.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The newest day of an event that counts (the "now" of [`Clock::Event`]).
    pub fn newest_day(&self) -> Option<NaiveDate> {
        self.events
            .values()
            .flat_map(BTreeMap::values)
            .filter(|h| self.current(h.bulletin))
            .map(|h| h.day)
            .max()
    }

    /// The "as of" day under `clock`, given today's wall-clock date.
    pub fn as_of(&self, clock: Clock, today: NaiveDate) -> NaiveDate {
        match clock {
            Clock::Wall => today,
            Clock::Event => self.newest_day().unwrap_or(today),
        }
    }

    /// The book's inputs with their strings, in a fixed order: what equality compares.
    fn canonical(&self) -> Canonical<'_> {
        let bulletin = |b: u32| self.bulletin_ids.name(b);
        Canonical {
            events: self
                .events
                .iter()
                .map(|(cc, events)| {
                    let rows = events
                        .iter()
                        .map(|(k, h)| {
                            let source = (h.source != NONE).then(|| self.names.name(h.source));
                            let row = (
                                bulletin(h.bulletin),
                                self.series.key(h.series),
                                source,
                                h.amount.to_bits(),
                                h.day,
                                (h.lower_bound, h.day_is_fallback),
                                h.parent.as_deref(),
                            );
                            (k, row)
                        })
                        .collect();
                    (cc.as_str(), rows)
                })
                .collect(),
            set_aside: self
                .set_aside
                .iter()
                .map(|(cc, ids)| {
                    let ids = ids.iter().map(|(k, b)| (k, bulletin(*b))).collect();
                    (cc.as_str(), ids)
                })
                .collect(),
            records: (0..self.bulletins.len() as u32)
                .filter_map(|b| self.record_of(b).map(|r| (bulletin(b), r)))
                .collect(),
            archive: self
                .archive
                .iter()
                .map(|(cc, a)| {
                    let bulletins = a.bulletins.iter().map(|b| bulletin(*b)).collect();
                    (cc.as_str(), (&a.months, a.events, a.incidents, bulletins))
                })
                .collect(),
            archived_before: self.archived_before,
        }
    }
}

impl PartialEq for StatsBook {
    fn eq(&self, other: &Self) -> bool {
        self.canonical() == other.canonical()
    }
}

/// An event held, with its strings: bulletin, series, source, amount bits, day, flags, parent.
type CanonicalEvent<'a> = (
    &'a str,
    &'a SeriesKey,
    Option<&'a str>,
    u64,
    NaiveDate,
    (bool, bool),
    Option<&'a EventKey>,
);

/// An archived country: months, events, incidents, bulletin ids.
type CanonicalArchive<'a> = (
    &'a BTreeMap<SeriesKey, BTreeMap<String, crate::Cell>>,
    u64,
    u64,
    BTreeSet<&'a str>,
);

/// A book's inputs with their strings (see [`StatsBook::canonical`]).
#[derive(PartialEq)]
struct Canonical<'a> {
    events: BTreeMap<&'a str, BTreeMap<&'a EventKey, CanonicalEvent<'a>>>,
    set_aside: BTreeMap<&'a str, BTreeMap<&'a EventKey, &'a str>>,
    records: BTreeMap<&'a str, BulletinRecord>,
    archive: BTreeMap<&'a str, CanonicalArchive<'a>>,
    archived_before: Option<NaiveDate>,
}

/// The serialised book: its strings, then its inputs as rows of numbers (what
/// [`StatsBook`]'s `Serialize` writes, field for field).
#[derive(Deserialize)]
struct Stored {
    names: Vec<String>,
    bulletin_ids: Vec<String>,
    series: Vec<SeriesKey>,
    /// One per bulletin number.
    records: Vec<Option<HeldRecord>>,
    events: Vec<(String, Vec<HeldRow>)>,
    set_aside: Vec<(String, Vec<(EventKey, u32)>)>,
    archive: BTreeMap<String, Archived>,
    archived_before: Option<NaiveDate>,
}

/// A sequence serialised straight from an iterator, without collecting it first.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

impl Serialize for StatsBook {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Stored", 8)?;
        st.serialize_field("names", &Seq(|| self.names.iter()))?;
        st.serialize_field("bulletin_ids", &Seq(|| self.bulletin_ids.iter()))?;
        st.serialize_field("series", self.series.list())?;
        st.serialize_field(
            "records",
            &Seq(|| self.bulletins.iter().map(|e| e.record.as_ref())),
        )?;
        st.serialize_field(
            "events",
            &Seq(|| {
                self.events
                    .iter()
                    .map(|(cc, events)| (cc, Seq(|| events.iter().map(|(k, h)| HeldRow::of(k, h)))))
            }),
        )?;
        st.serialize_field(
            "set_aside",
            &Seq(|| {
                self.set_aside
                    .iter()
                    .map(|(cc, ids)| (cc, Seq(|| ids.iter())))
            }),
        )?;
        st.serialize_field("archive", &self.archive)?;
        st.serialize_field("archived_before", &self.archived_before)?;
        st.end()
    }
}

impl TryFrom<Stored> for StatsBook {
    type Error = String;

    fn try_from(s: Stored) -> Result<StatsBook, String> {
        let (n_names, n_bulletins, n_series) =
            (s.names.len(), s.bulletin_ids.len(), s.series.len());
        if s.records.len() != n_bulletins {
            return Err(format!(
                "{} bulletin records for {n_bulletins} bulletins",
                s.records.len()
            ));
        }
        let name_ok = |i: u32| (i as usize) < n_names;
        let mut book = StatsBook {
            names: Names::from_list(s.names),
            series: SeriesTable::from_list(s.series),
            bulletin_ids: Names::from_list(s.bulletin_ids),
            archive: s.archive,
            archived_before: s.archived_before,
            ..Default::default()
        };
        if book.names.len() != n_names || book.bulletin_ids.len() != n_bulletins {
            return Err("repeated strings in the snapshot's tables".into());
        }
        for record in s.records {
            if let Some(r) = &record {
                let ok = (r.source == NONE || name_ok(r.source))
                    && r.articles.iter().all(|(c, k)| name_ok(*c) && name_ok(*k));
                if !ok {
                    return Err("a bulletin record refers to an unknown string".into());
                }
            }
            book.bulletins.push(BulletinEntry {
                record,
                current: true,
                countries: Vec::new(),
            });
        }
        for (cc, rows) in s.events {
            let events = rows
                .into_iter()
                .map(|row| {
                    let (k, h) = row.into_held()?;
                    let ok = (h.bulletin as usize) < n_bulletins
                        && (h.series as usize) < n_series
                        && (h.source == NONE || name_ok(h.source));
                    ok.then_some((k, h))
                        .ok_or_else(|| format!("event of {cc} refers to an unknown entry"))
                })
                .collect::<Result<BTreeMap<_, _>, String>>()?;
            book.events.insert(cc, events);
        }
        for (cc, ids) in s.set_aside {
            if ids.iter().any(|(_, b)| *b as usize >= n_bulletins) {
                return Err(format!("event set aside in {cc} of an unknown bulletin"));
            }
            book.set_aside.insert(cc, ids.into_iter().collect());
        }
        if book
            .archive
            .values()
            .flat_map(|a| &a.bulletins)
            .any(|b| *b as usize >= n_bulletins)
        {
            return Err("archive refers to an unknown bulletin".into());
        }
        // The indexes, from the inputs.
        book.reindex_countries();
        let mut urls = BTreeSet::new();
        for (b, entry) in book.bulletins.iter().enumerate() {
            let Some(r) = &entry.record else { continue };
            let revision = Revision {
                published: r.published,
                received: r.received,
            };
            if r.source != NONE {
                book.revisions
                    .entry(r.source)
                    .or_default()
                    .push((revision, b as u32));
                urls.insert(r.source);
            }
            for (c, _) in r.articles.iter() {
                book.articles_by_country
                    .entry(*c)
                    .or_default()
                    .insert(b as u32);
            }
        }
        for u in urls {
            book.refresh_current(u);
        }
        Ok(book)
    }
}
