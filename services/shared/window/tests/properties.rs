//! Properties of the statistics core: whatever the order events arrive in and however often
//! each arrives, the figures are the same, to the byte once serialised.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use seizure_window::{Clock, Contribution, StatsBook, set_aside_reason};

const COUNTRIES: &[&str] = &["TJ", "KZ", "ZZ"];
const DRUGS: &[&str] = &["heroin", "hashish", "narcotic_drugs"];
const KINDS: &[&str] = &["seizure", "destruction", "period_total"];
const UNITS: &[&str] = &["kg", "tablet"];

fn contribution() -> impl Strategy<Value = Contribution> {
    (
        0..COUNTRIES.len(),
        0..DRUGS.len(),
        0..KINDS.len(),
        0..UNITS.len(),
        1u32..2_000_000,
        0u64..900,
        any::<bool>(),
        0u8..20,
    )
        .prop_map(|(c, d, k, u, milli, day, lower, bulletin)| Contribution {
            event_id: String::new(),
            bulletin_id: format!("b{bulletin}"),
            country: COUNTRIES[c].into(),
            kind: KINDS[k].into(),
            drug: DRUGS[d].into(),
            unit: UNITS[u].into(),
            amount: f64::from(milli) / 1000.0,
            lower_bound: lower,
            day: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Days::new(day),
            day_is_fallback: false,
            parent_event_id: None,
        })
}

/// Distinct events, and an arrival order: a permutation with repeats.
fn events_and_arrivals() -> impl Strategy<Value = (Vec<Contribution>, Vec<usize>)> {
    prop::collection::vec(contribution(), 1..60).prop_flat_map(|mut events| {
        for (i, e) in events.iter_mut().enumerate() {
            e.event_id = format!("e{i:03}");
        }
        // Some events are parts of an earlier one.
        for i in (3..events.len()).step_by(7) {
            events[i].parent_event_id = Some(events[i - 3].event_id.clone());
        }
        let n = events.len();
        let order = Just((0..n).collect::<Vec<_>>()).prop_shuffle();
        let repeats = prop::collection::vec(0..n, 0..n);
        (Just(events), order, repeats).prop_map(|(events, mut order, repeats)| {
            order.extend(repeats);
            (events, order)
        })
    })
}

fn figures(book: &StatsBook, as_of: NaiveDate) -> String {
    let all: Vec<_> = book
        .countries()
        .map(|c| book.country_figures(c, as_of, Clock::Wall))
        .collect();
    serde_json::to_string(&all).unwrap()
}

proptest! {
    #[test]
    fn any_order_and_any_repetition_gives_the_same_figures((events, arrivals) in events_and_arrivals()) {
        let mut once = StatsBook::default();
        for e in &events {
            once.apply(e.clone());
        }
        let mut replayed = StatsBook::default();
        for &i in &arrivals {
            replayed.apply(events[i].clone());
        }
        let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        prop_assert_eq!(figures(&once, as_of), figures(&replayed, as_of));
        prop_assert_eq!(&once, &replayed);
        // And a checkpoint restores the same book.
        let restored: StatsBook = serde_json::from_slice(&serde_json::to_vec(&replayed).unwrap()).unwrap();
        prop_assert_eq!(figures(&restored, as_of), figures(&once, as_of));
    }

    #[test]
    fn windows_nest(events in prop::collection::vec(contribution(), 1..40)) {
        let mut book = StatsBook::default();
        for (i, mut e) in events.into_iter().enumerate() {
            e.event_id = format!("e{i}");
            book.apply(e);
        }
        let as_of = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        for c in book.countries().collect::<Vec<_>>() {
            for s in book.country_figures(c, as_of, Clock::Wall).series {
                let events: Vec<u64> = s.windows.iter().map(|w| w.events).collect();
                // 7d ≤ 30d ≤ 90d ≤ 365d ≤ all; the monthly series adds up to all.
                prop_assert!(events[0] <= events[1] && events[1] <= events[2] && events[2] <= events[3] && events[3] <= events[5]);
                let all = s.windows.iter().find(|w| w.window == "all").unwrap();
                prop_assert_eq!(s.months.iter().map(|m| m.events).sum::<u64>(), all.events);
            }
        }
    }
}

#[test]
fn implausible_and_old_events_are_set_aside_with_a_reason() {
    let day = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    let horizon = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    let c = |kind: &str, amount: f64, unit: &str, day: NaiveDate| Contribution {
        event_id: "e".into(),
        bulletin_id: "b".into(),
        country: "TJ".into(),
        kind: kind.into(),
        drug: "heroin".into(),
        unit: unit.into(),
        amount,
        lower_bound: false,
        day,
        day_is_fallback: false,
        parent_event_id: None,
    };
    assert!(set_aside_reason(&c("seizure", 34.39, "kg", day), horizon).is_none());
    assert!(set_aside_reason(&c("period_total", 25_000.0, "kg", day), horizon).is_none());
    assert!(
        set_aside_reason(&c("seizure", 150_000.0, "kg", day), horizon)
            .unwrap()
            .contains("implausible")
    );
    assert!(
        set_aside_reason(&c("period_total", 50_000_000.0, "kg", day), horizon)
            .unwrap()
            .contains("implausible")
    );
    let old = NaiveDate::from_ymd_opt(2001, 1, 1).unwrap();
    assert!(
        set_aside_reason(&c("seizure", 5.0, "kg", old), horizon)
            .unwrap()
            .contains("horizon")
    );
    let mut book = StatsBook::default();
    assert!(book.set_aside("TJ", "e1"));
    assert!(!book.set_aside("TJ", "e1"));
    let f = book.country_figures("TJ", day, Clock::Wall);
    assert_eq!((f.set_aside, f.events, f.series.len()), (1, 0, 0));
}
