//! Properties of the statistics core: whatever the order events and bulletin records (revisions
//! included) arrive in and however often each arrives, the figures are the same, to the byte
//! once serialised; archiving the past keeps them; windows nest.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use seizure_window::{
    ArticleRecord, BulletinRecord, CATEGORIES, Clock, Contribution, IncidentRule, Revision,
    StatsBook, set_aside_reason,
};

const COUNTRIES: &[&str] = &["TJ", "KZ", "ZZ"];
const DRUGS: &[&str] = &["heroin", "hashish", "narcotic_drugs"];
const KINDS: &[&str] = &["seizure", "destruction", "period_total"];
const UNITS: &[&str] = &["kg", "tablet"];

const URLS: &[&str] = &[
    "",
    "https://a.example/1",
    "https://a.example/2",
    "https://b.example/x",
];

fn contribution() -> impl Strategy<Value = Contribution> {
    (
        (
            0..COUNTRIES.len(),
            0..DRUGS.len(),
            0..KINDS.len(),
            0..UNITS.len(),
        ),
        // Few distinct amounts, so that reports of one incident are common.
        prop_oneof![1u32..2_000_000, (1u32..6).prop_map(|k| k * 1000)],
        0u64..900,
        any::<bool>(),
        0u8..20,
        0..URLS.len(),
        any::<bool>(),
    )
        .prop_map(
            |((c, d, k, u), milli, day, lower, bulletin, url, undated)| Contribution {
                event_id: String::new(),
                bulletin_id: format!("b{bulletin}"),
                country: COUNTRIES[c].into(),
                kind: KINDS[k].into(),
                drug: DRUGS[d].into(),
                unit: UNITS[u].into(),
                amount: f64::from(milli) / 1000.0,
                lower_bound: lower,
                day: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Days::new(day),
                day_is_fallback: undated,
                parent_event_id: None,
                source_url: URLS[url].into(),
            },
        )
}

/// One input of the aggregator: an event, a bulletin's record, or an event set aside.
#[derive(Clone, Debug)]
enum Input {
    Event(Contribution),
    Bulletin(BulletinRecord),
    SetAside(String, String, String),
}

fn apply(book: &mut StatsBook, input: &Input) {
    match input {
        Input::Event(c) => {
            book.apply(c.clone());
        }
        Input::Bulletin(r) => {
            book.record_bulletin(r.clone());
        }
        Input::SetAside(cc, id, b) => {
            book.set_aside(cc, id, b);
        }
    }
}

/// Records for bulletins b0..b19: several share a source address, so some are revisions of
/// others.
fn records() -> impl Strategy<Value = Vec<BulletinRecord>> {
    prop::collection::vec(
        (
            0..URLS.len(),
            0i64..1000,
            prop::option::of(0i64..3),
            0..3usize,
            0..8usize,
        ),
        20,
    )
    .prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(
                |(i, (url, received, published, country, category))| BulletinRecord {
                    bulletin_id: format!("b{i}"),
                    source_url: URLS[url].into(),
                    revision: Revision {
                        published,
                        received,
                    },
                    articles: vec![ArticleRecord {
                        country: COUNTRIES[country].into(),
                        category: CATEGORIES[category].into(),
                    }],
                },
            )
            .collect()
    })
}

/// Distinct inputs, and an arrival order: a permutation with repeats. A repeated bulletin
/// record is that bulletin ingested again later (a later reception time).
fn inputs_and_arrivals() -> impl Strategy<Value = (Vec<Input>, Vec<Input>)> {
    (prop::collection::vec(contribution(), 1..60), records()).prop_flat_map(
        |(mut events, records)| {
            for (i, e) in events.iter_mut().enumerate() {
                e.event_id = format!("e{i:03}");
            }
            // Some events are parts of an earlier one.
            for i in (3..events.len()).step_by(7) {
                events[i].parent_event_id = Some(events[i - 3].event_id.clone());
            }
            let mut inputs: Vec<Input> = events.into_iter().map(Input::Event).collect();
            inputs.extend(records.into_iter().map(Input::Bulletin));
            inputs.push(Input::SetAside("TJ".into(), "x1".into(), "b3".into()));
            let n = inputs.len();
            let order = Just((0..n).collect::<Vec<_>>()).prop_shuffle();
            let repeats = prop::collection::vec((0..n, 1i64..500), 0..n);
            (Just(inputs), order, repeats).prop_map(|(inputs, order, repeats)| {
                let mut arrivals: Vec<Input> = order.iter().map(|&i| inputs[i].clone()).collect();
                for (i, later) in repeats {
                    let mut again = inputs[i].clone();
                    if let Input::Bulletin(r) = &mut again {
                        r.revision.received += later;
                    }
                    arrivals.push(again);
                }
                (inputs, arrivals)
            })
        },
    )
}

fn figures(book: &StatsBook, as_of: NaiveDate, rule: &IncidentRule) -> String {
    let all: Vec<_> = book
        .countries()
        .iter()
        .map(|c| book.country_figures(c, as_of, Clock::Wall, rule))
        .collect();
    serde_json::to_string(&all).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn order_and_repetition_do_not_change_the_figures((inputs, arrivals) in inputs_and_arrivals()) {
        let mut once = StatsBook::default();
        for i in &inputs {
            apply(&mut once, i);
        }
        let mut replayed = StatsBook::default();
        let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        for (k, i) in arrivals.iter().enumerate() {
            apply(&mut replayed, i);
            // Figures computed along the way fill the book's cache of incident cells, which
            // must never serve cells that later inputs made stale.
            if k % 3 == 0 {
                figures(&replayed, as_of, &IncidentRule::default());
            }
        }
        for rule in [IncidentRule::default(), IncidentRule::off()] {
            prop_assert_eq!(figures(&once, as_of, &rule), figures(&replayed, as_of, &rule));
            // A clone starts with an empty cache: what the warm one served is what it computes.
            prop_assert_eq!(figures(&replayed.clone(), as_of, &rule), figures(&replayed, as_of, &rule));
        }
        prop_assert_eq!(&once, &replayed);
        // And a snapshot restores the same book.
        let restored: StatsBook = serde_json::from_slice(&serde_json::to_vec(&replayed).unwrap()).unwrap();
        prop_assert_eq!(&restored, &once);
    }

    #[test]
    fn archiving_the_past_keeps_the_figures((inputs, _) in inputs_and_arrivals()) {
        let mut book = StatsBook::default();
        for i in &inputs {
            apply(&mut book, i);
        }
        let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        let rule = IncidentRule::off();
        let before = figures(&book, as_of, &rule);
        let held = book.len();
        book.archive_before(as_of - Days::new(400), &rule);
        prop_assert!(book.len() <= held);
        prop_assert_eq!(figures(&book, as_of, &rule), before.clone());
        prop_assert_eq!(figures(&book.clone(), as_of, &rule), before);
    }

    #[test]
    fn windows_nest((inputs, _) in inputs_and_arrivals()) {
        let mut book = StatsBook::default();
        for i in &inputs {
            apply(&mut book, i);
        }
        let as_of = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        for c in book.countries() {
            for s in book.country_figures(&c, as_of, Clock::Wall, &IncidentRule::default()).series {
                let events: Vec<u64> = s.windows.iter().map(|w| w.cell.events).collect();
                // 7d ≤ 30d ≤ 90d ≤ 365d ≤ all; the monthly series adds up to all.
                prop_assert!(events[0] <= events[1] && events[1] <= events[2] && events[2] <= events[3] && events[3] <= events[5]);
                for w in &s.windows {
                    prop_assert!(w.cell.incidents <= w.cell.events);
                    prop_assert!(w.cell.undated_events <= w.cell.events);
                }
                let all = s.windows.iter().find(|w| w.window == "all").unwrap();
                prop_assert_eq!(s.months.iter().map(|m| m.cell.events).sum::<u64>(), all.cell.events);
                prop_assert_eq!(s.months.iter().map(|m| m.cell.incidents).sum::<u64>(), all.cell.incidents);
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
        source_url: String::new(),
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
    // Per drug: a 60-tonne heroin seizure has never happened; 60 t of hashish has, and a
    // national heroin total of 60 t is plausible.
    assert!(
        set_aside_reason(&c("seizure", 60_000.0, "kg", day), horizon)
            .unwrap()
            .contains("heroin in one seizure")
    );
    assert!(set_aside_reason(&c("period_total", 60_000.0, "kg", day), horizon).is_none());
    assert!(set_aside_reason(&c("destruction", 60_000.0, "kg", day), horizon).is_none());
    let hashish = Contribution {
        drug: "hashish".into(),
        ..c("seizure", 60_000.0, "kg", day)
    };
    assert!(set_aside_reason(&hashish, horizon).is_none());
    let old = NaiveDate::from_ymd_opt(2001, 1, 1).unwrap();
    assert!(
        set_aside_reason(&c("seizure", 5.0, "kg", old), horizon)
            .unwrap()
            .contains("horizon")
    );
    let mut book = StatsBook::default();
    assert!(book.set_aside("TJ", "e1", "b1"));
    assert!(!book.set_aside("TJ", "e1", "b1"));
    let f = book.country_figures("TJ", day, Clock::Wall, &IncidentRule::default());
    assert_eq!((f.set_aside, f.events, f.series.len()), (1, 0, 0));
}
