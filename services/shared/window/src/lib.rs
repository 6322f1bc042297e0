//! The statistics core of seizure-stats: rolling per-country windows over seizure events.
//!
//! Pure and deterministic, with no NATS inside: the aggregator service feeds it events and
//! bulletin records and publishes what it computes. Applying the same input twice changes
//! nothing, and the figures do not depend on the order inputs arrive in: they are a function of
//! the set of inputs held (sums run in a fixed order).
//!
//! # Layout
//! - [`input`]: what the figures are made of ([`Contribution`] per event, [`BulletinRecord`]
//!   per bulletin) and the sanity check that sets events aside.
//! - [`incident`]: when reports from several sources are one incident ([`IncidentRule`]).
//! - [`window`]: the windows (7, 30, 90, 365 days, year to date, all) and the [`Clock`].
//! - [`book`]: [`StatsBook`], the state (the aggregator's snapshot), held in the compact form
//!   of `held` (strings once, events as rows of numbers).
//! - [`figures`]: what the book yields ([`CountryFigures`]) and the monthly archive.
//! - [`reviews`]: reviewers' corrections on top of the extracted events ([`Reviews`]).

pub mod book;
pub mod figures;
mod held;
pub mod incident;
pub mod input;
pub mod reviews;
pub mod window;

pub use book::{Applied, StatsBook};
pub use figures::{Cell, CountryFigures, MonthFigures, SeriesFigures, WindowFigures};
pub use incident::{Incident, IncidentRule};
pub use input::{
    ArticleRecord, BulletinRecord, CATEGORIES, Contribution, Revision, set_aside_reason,
};
pub use reviews::{Anchor, BookOp, Change, Review, Reviews};
pub use window::{Clock, WINDOWS, Window};

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

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
            source_url: String::new(),
        }
    }

    fn window(f: &CountryFigures, drug: &str, w: &str) -> (f64, u64) {
        let s = f.series.iter().find(|s| s.drug == drug).unwrap();
        let w = s.windows.iter().find(|x| x.window == w).unwrap();
        (w.cell.amount, w.cell.events)
    }

    #[test]
    fn windows_slide_over_event_time() {
        let mut b = StatsBook::default();
        b.apply(c("a", "heroin", 10.0, (2025, 9, 20)));
        b.apply(c("b", "heroin", 5.0, (2025, 6, 1)));
        b.apply(c("c", "heroin", 1.0, (2024, 12, 31)));
        let as_of = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
        let f = b.country_figures("TJ", as_of, Clock::Wall, &IncidentRule::default());
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
            x.country_figures("TJ", d, Clock::Event, &IncidentRule::default()),
            y.country_figures("TJ", d, Clock::Event, &IncidentRule::default())
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
            &IncidentRule::default(),
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

    fn record(id: &str, url: &str, received: i64, articles: &[(&str, &str)]) -> BulletinRecord {
        BulletinRecord {
            bulletin_id: id.into(),
            source_url: url.into(),
            revision: Revision {
                published: None,
                received,
            },
            articles: articles
                .iter()
                .map(|(c, k)| ArticleRecord {
                    country: c.to_string(),
                    category: k.to_string(),
                })
                .collect(),
        }
    }

    fn on(b: &mut Contribution, bulletin: &str) -> Contribution {
        b.bulletin_id = bulletin.into();
        b.clone()
    }

    fn tj(b: &StatsBook) -> CountryFigures {
        b.country_figures(
            "TJ",
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
            Clock::Wall,
            &IncidentRule::default(),
        )
    }

    #[test]
    fn a_new_revision_replaces_the_figures_of_the_old_one() {
        let url = "https://mvd.example/news/1";
        let mut b = StatsBook::default();
        b.apply(on(&mut c("old", "heroin", 10.0, (2025, 9, 20)), "r1"));
        b.record_bulletin(record("r1", url, 100, &[("TJ", "seizure")]));
        assert_eq!(window(&tj(&b), "heroin", "all"), (10.0, 1));
        // The source corrects its figure: a new revision, with a new event.
        let affected = b.record_bulletin(record("r2", url, 200, &[("TJ", "seizure")]));
        assert!(affected.unwrap().contains("TJ"));
        assert_eq!(
            b.record_bulletin(record("r2", url, 250, &[("TJ", "seizure")])),
            None,
            "seen again later: nothing changes"
        );
        b.apply(on(&mut c("new", "heroin", 12.0, (2025, 9, 20)), "r2"));
        assert_eq!(window(&tj(&b), "heroin", "all"), (12.0, 1));
        assert_eq!(tj(&b).articles, vec![("seizure".to_string(), 1)]);
        // An event of the old revision arriving late changes nothing.
        let before = tj(&b);
        b.apply(on(&mut c("old2", "heroin", 3.0, (2025, 9, 21)), "r1"));
        assert_eq!(tj(&b), before);
        // A revision that no longer reports any seizure leaves none.
        b.record_bulletin(record("r3", url, 300, &[("TJ", "other")]));
        assert!(
            tj(&b)
                .series
                .iter()
                .all(|s| s.windows.iter().all(|w| w.cell.events == 0))
        );
        assert_eq!(tj(&b).articles, vec![("other".to_string(), 1)]);
    }

    #[test]
    fn the_same_bulletin_recorded_twice_keeps_its_first_place_among_revisions() {
        let url = "https://mvd.example/news/1";
        let mut x = StatsBook::default();
        x.record_bulletin(record("r1", url, 100, &[]));
        x.record_bulletin(record("r2", url, 200, &[]));
        // r1 re-ingested later: still the older revision.
        x.record_bulletin(record("r1", url, 300, &[]));
        assert!(x.is_current("r2") && !x.is_current("r1"));
        let mut y = StatsBook::default();
        y.record_bulletin(record("r1", url, 300, &[]));
        y.record_bulletin(record("r2", url, 200, &[]));
        y.record_bulletin(record("r1", url, 100, &[]));
        assert_eq!(x, y);
    }

    #[test]
    fn reports_of_one_seizure_by_two_sources_count_once() {
        let mut b = StatsBook::default();
        b.apply(on(&mut c("m", "heroin", 20.0, (2025, 9, 20)), "ministry"));
        b.apply(on(&mut c("r", "heroin", 20.0, (2025, 9, 21)), "caricc"));
        b.apply(on(&mut c("o", "heroin", 7.0, (2025, 9, 21)), "caricc"));
        let f = tj(&b);
        let all = &f.series[0]
            .windows
            .iter()
            .find(|w| w.window == "all")
            .unwrap()
            .cell;
        assert_eq!((all.amount, all.events, all.incidents), (27.0, 3, 2));
        assert_eq!((f.events, f.incidents), (3, 2));
        let off = b.country_figures(
            "TJ",
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
            Clock::Wall,
            &IncidentRule::off(),
        );
        assert_eq!(window(&off, "heroin", "all"), (47.0, 3));
    }

    #[test]
    fn undated_events_are_flagged() {
        let mut b = StatsBook::default();
        let mut u = c("u", "heroin", 1.0, (2025, 9, 20));
        u.day_is_fallback = true;
        b.apply(u);
        b.apply(c("d", "opium", 1.0, (2025, 9, 20)));
        let f = tj(&b);
        let undated: Vec<u64> = f
            .series
            .iter()
            .map(|s| s.windows[5].cell.undated_events)
            .collect();
        assert_eq!(undated, vec![1, 0]);
    }

    #[test]
    fn archiving_keeps_the_figures_and_forgets_the_details() {
        let mut b = StatsBook::default();
        for i in 0..50u32 {
            b.apply(on(
                &mut c(
                    &format!("e{i:02}"),
                    "heroin",
                    1.0,
                    (2020, 1 + i % 12, 1 + i % 28),
                ),
                &format!("b{}", i % 5),
            ));
        }
        b.apply(c("recent", "heroin", 2.0, (2025, 9, 20)));
        let before = tj(&b);
        let touched = b.archive_before(
            NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
            &IncidentRule::default(),
        );
        assert_eq!(
            touched.into_iter().collect::<Vec<_>>(),
            vec!["TJ".to_string()]
        );
        assert_eq!(b.len(), 1);
        assert_eq!(tj(&b), before);
        let json = serde_json::to_vec(&b).unwrap();
        assert_eq!(serde_json::from_slice::<StatsBook>(&json).unwrap(), b);
    }
}
