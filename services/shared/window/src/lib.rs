//! The statistics core of seizure-stats: rolling per-country windows over seizure events.
//!
//! Pure and deterministic, with no NATS inside: the aggregator service feeds it events and
//! publishes what it computes. Applying the same event twice changes nothing, and the figures
//! do not depend on the order events arrive in (sums run in event-id order).
//!
//! # Layout
//! - [`Contribution`]: what one event adds to the statistics.
//! - [`StatsBook`]: every contribution, by country; serialisable as the aggregator's checkpoint.
//! - [`CountryFigures`]: a country's series and window figures as of a day.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The windows every series reports, in order.
pub const WINDOWS: &[Window] = &[
    Window::Days(7),
    Window::Days(30),
    Window::Days(90),
    Window::Days(365),
    Window::YearToDate,
    Window::All,
];

/// A statistics window ending on the "as of" day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// The last N days, the "as of" day included.
    Days(u32),
    /// From 1 January of the "as of" year.
    YearToDate,
    /// Everything seen.
    All,
}

impl Window {
    pub fn name(self) -> String {
        match self {
            Window::Days(n) => format!("{n}d"),
            Window::YearToDate => "ytd".to_string(),
            Window::All => "all".to_string(),
        }
    }

    fn contains(self, day: NaiveDate, as_of: NaiveDate) -> bool {
        match self {
            Window::Days(n) => {
                day <= as_of
                    && as_of
                        .checked_sub_days(Days::new(u64::from(n)))
                        .is_none_or(|s| day > s)
            }
            Window::YearToDate => day <= as_of && day.year() == as_of.year(),
            Window::All => true,
        }
    }
}

/// What "now" is for the windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Clock {
    /// The wall-clock date: windows slide as days pass (live mode).
    Wall,
    /// The newest event date seen: a replay of an archive gives the figures as they stood.
    Event,
}

impl Clock {
    pub fn as_str(self) -> &'static str {
        match self {
            Clock::Wall => "wall",
            Clock::Event => "event",
        }
    }
}

impl std::str::FromStr for Clock {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "wall" => Ok(Clock::Wall),
            "event" => Ok(Clock::Event),
            other => Err(format!(
                "unknown clock {other:?}: expected \"wall\" or \"event\""
            )),
        }
    }
}

/// What one event adds to the statistics.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub event_id: String,
    pub bulletin_id: String,
    /// ISO alpha-2, or "ZZ" where no single country applies.
    pub country: String,
    /// "seizure", "destruction" or "period_total": kept apart, never summed together.
    pub kind: String,
    pub drug: String,
    pub unit: String,
    pub amount: f64,
    /// The amount is a lower bound ("over 25 t").
    pub lower_bound: bool,
    /// The day the event is placed on: the first day of its stated date.
    pub day: NaiveDate,
    /// No date was stated: `day` is the bulletin's publication or reception date.
    pub day_is_fallback: bool,
    /// For the part of a partly itemised total: the total's event id.
    pub parent_event_id: Option<String>,
}

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

/// Sanity bounds: a single seizure or destruction past these is implausible (a misread number,
/// a unit slip), and so is a period total past a hundred times them.
const SINGLE_MAX_KG: f64 = 100_000.0;
const SINGLE_MAX_LITRES: f64 = 100_000.0;
const SINGLE_MAX_COUNT: f64 = 100_000_000.0;
const TOTAL_FACTOR: f64 = 100.0;

/// Why a contribution should be set aside rather than counted: an implausible quantity, or a
/// date before the retained horizon. `None` when it is fine.
pub fn set_aside_reason(c: &Contribution, horizon_start: NaiveDate) -> Option<String> {
    let single_max = match c.unit.as_str() {
        "kg" => SINGLE_MAX_KG,
        "litre" => SINGLE_MAX_LITRES,
        _ => SINGLE_MAX_COUNT,
    };
    let max = if c.kind == "period_total" {
        single_max * TOTAL_FACTOR
    } else {
        single_max
    };
    if c.amount > max {
        return Some(format!(
            "implausible quantity: {} {} for one {} (bound {max} {})",
            c.amount, c.unit, c.kind, c.unit
        ));
    }
    if c.day < horizon_start {
        return Some(format!(
            "dated {} before the retained horizon ({horizon_start})",
            c.day
        ));
    }
    None
}

/// Every contribution, by country and event id, and the events set aside.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StatsBook {
    countries: BTreeMap<String, BTreeMap<String, Contribution>>,
    /// Event ids set aside per country (implausible or too old): counted, never summed.
    #[serde(default)]
    set_aside: BTreeMap<String, BTreeSet<String>>,
}

/// The figures of one window.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WindowFigures {
    pub window: String,
    pub amount: f64,
    pub lower_bound: bool,
    pub events: u64,
}

/// One calendar month of a series.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonthFigures {
    /// "YYYY-MM".
    pub month: String,
    pub amount: f64,
    pub lower_bound: bool,
    pub events: u64,
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
    pub events: u64,
    pub bulletins: u64,
    /// Events set aside (implausible or before the horizon), not summed.
    pub set_aside: u64,
}

fn rounded(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

impl StatsBook {
    /// Records an event set aside; the same event twice counts once. Returns whether it is new.
    pub fn set_aside(&mut self, country: &str, event_id: &str) -> bool {
        self.set_aside
            .entry(country.to_string())
            .or_default()
            .insert(event_id.to_string())
    }

    /// Adds an event's contribution; the same event twice changes nothing.
    pub fn apply(&mut self, c: Contribution) -> Applied {
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

    /// Countries with at least one event, sorted.
    pub fn countries(&self) -> impl Iterator<Item = &str> {
        let all: BTreeSet<&str> = self
            .countries
            .keys()
            .chain(self.set_aside.keys())
            .map(String::as_str)
            .collect();
        all.into_iter()
    }

    /// Number of events held.
    pub fn len(&self) -> usize {
        self.countries.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The newest event day held (the "now" of [`Clock::Event`]).
    pub fn newest_day(&self) -> Option<NaiveDate> {
        self.countries
            .values()
            .flat_map(|m| m.values())
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

    /// A country's figures as of `as_of`.
    pub fn country_figures(&self, country: &str, as_of: NaiveDate, clock: Clock) -> CountryFigures {
        let empty = BTreeMap::new();
        let events = self.countries.get(country).unwrap_or(&empty);
        // Series keyed by (kind, drug, unit); event-id order makes sums deterministic.
        let mut series: BTreeMap<(&str, &str, &str), Vec<&Contribution>> = BTreeMap::new();
        for c in events.values() {
            series
                .entry((&c.kind, &c.drug, &c.unit))
                .or_default()
                .push(c);
        }
        let bulletins: BTreeSet<&str> = events.values().map(|c| c.bulletin_id.as_str()).collect();
        let series = series
            .into_iter()
            .map(|((kind, drug, unit), members)| {
                let ids: BTreeSet<&str> = members.iter().map(|c| c.event_id.as_str()).collect();
                // A part whose total is in the same series is already counted by the total.
                let counted: Vec<&&Contribution> = members
                    .iter()
                    .filter(|c| {
                        c.parent_event_id
                            .as_deref()
                            .is_none_or(|p| !ids.contains(p))
                    })
                    .collect();
                let windows = WINDOWS
                    .iter()
                    .map(|w| {
                        let inside: Vec<&&&Contribution> = counted
                            .iter()
                            .filter(|c| w.contains(c.day, as_of))
                            .collect();
                        let amount: f64 = inside.iter().map(|c| c.amount).sum();
                        WindowFigures {
                            window: w.name(),
                            amount: rounded(amount),
                            lower_bound: inside.iter().any(|c| c.lower_bound),
                            events: inside.len() as u64,
                        }
                    })
                    .collect();
                let mut by_month: BTreeMap<String, (f64, bool, u64)> = BTreeMap::new();
                for c in &counted {
                    let m = by_month
                        .entry(c.day.format("%Y-%m").to_string())
                        .or_default();
                    m.0 += c.amount;
                    m.1 |= c.lower_bound;
                    m.2 += 1;
                }
                let months = by_month
                    .into_iter()
                    .map(|(month, (amount, lower_bound, events))| MonthFigures {
                        month,
                        amount: rounded(amount),
                        lower_bound,
                        events,
                    })
                    .collect();
                SeriesFigures {
                    kind: kind.into(),
                    drug: drug.into(),
                    unit: unit.into(),
                    windows,
                    months,
                }
            })
            .collect();
        CountryFigures {
            country: country.to_string(),
            as_of,
            clock,
            series,
            events: events.len() as u64,
            bulletins: bulletins.len() as u64,
            set_aside: self.set_aside.get(country).map_or(0, |s| s.len() as u64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: &str, drug: &str, amount: f64, day: (i32, u32, u32)) -> Contribution {
        Contribution {
            event_id: id.into(),
            bulletin_id: "b1".into(),
            country: "TJ".into(),
            kind: "seizure".into(),
            drug: drug.into(),
            unit: "kg".into(),
            amount,
            lower_bound: false,
            day: NaiveDate::from_ymd_opt(day.0, day.1, day.2).unwrap(),
            day_is_fallback: false,
            parent_event_id: None,
        }
    }

    fn window(f: &CountryFigures, drug: &str, w: &str) -> (f64, u64) {
        let s = f.series.iter().find(|s| s.drug == drug).unwrap();
        let w = s.windows.iter().find(|x| x.window == w).unwrap();
        (w.amount, w.events)
    }

    #[test]
    fn windows_slide_over_event_time() {
        let mut b = StatsBook::default();
        b.apply(c("a", "heroin", 10.0, (2025, 9, 20)));
        b.apply(c("b", "heroin", 5.0, (2025, 6, 1)));
        b.apply(c("c", "heroin", 1.0, (2024, 12, 31)));
        let as_of = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
        let f = b.country_figures("TJ", as_of, Clock::Wall);
        assert_eq!(window(&f, "heroin", "30d"), (10.0, 1));
        assert_eq!(window(&f, "heroin", "365d"), (16.0, 3));
        assert_eq!(window(&f, "heroin", "ytd"), (15.0, 2));
        assert_eq!(window(&f, "heroin", "all"), (16.0, 3));
    }

    #[test]
    fn the_same_event_twice_changes_nothing() {
        let mut b = StatsBook::default();
        assert_eq!(b.apply(c("a", "heroin", 10.0, (2025, 9, 20))), Applied::New);
        let before = b.clone();
        assert_eq!(
            b.apply(c("a", "heroin", 10.0, (2025, 9, 20))),
            Applied::Duplicate
        );
        assert_eq!(b, before);
    }

    #[test]
    fn order_does_not_matter() {
        let events = [
            c("a", "heroin", 0.1, (2025, 1, 1)),
            c("b", "heroin", 0.2, (2025, 1, 2)),
            c("c", "opium", 3.0, (2025, 1, 3)),
        ];
        let mut x = StatsBook::default();
        let mut y = StatsBook::default();
        for e in events.iter() {
            x.apply(e.clone());
        }
        for e in events.iter().rev() {
            y.apply(e.clone());
        }
        let d = NaiveDate::from_ymd_opt(2025, 2, 1).unwrap();
        assert_eq!(
            x.country_figures("TJ", d, Clock::Event),
            y.country_figures("TJ", d, Clock::Event)
        );
        assert_eq!(
            x.as_of(Clock::Event, d),
            NaiveDate::from_ymd_opt(2025, 1, 3).unwrap()
        );
    }

    #[test]
    fn a_part_is_not_added_to_its_total() {
        let mut b = StatsBook::default();
        b.apply(c("total", "heroin", 100.0, (2025, 1, 1)));
        let mut part = c("part", "heroin", 40.0, (2025, 1, 1));
        part.parent_event_id = Some("total".into());
        b.apply(part);
        let f = b.country_figures(
            "TJ",
            NaiveDate::from_ymd_opt(2025, 1, 2).unwrap(),
            Clock::Wall,
        );
        assert_eq!(window(&f, "heroin", "all"), (100.0, 1));
    }

    #[test]
    fn checkpoint_round_trips() {
        let mut b = StatsBook::default();
        b.apply(c("a", "heroin", 10.0, (2025, 9, 20)));
        let json = serde_json::to_vec(&b).unwrap();
        assert_eq!(serde_json::from_slice::<StatsBook>(&json).unwrap(), b);
    }
}
