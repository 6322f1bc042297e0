//! Own-words tests of what the b230 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::{Kind, Unit};

#[test]
fn sacks_bales_and_cartons_count_a_lot_the_text_does_not_weigh() {
    // "recovered 50 sacks of bhang", "incinerated 250 cartons of seized narcotics": pieces of
    // a lot with no weight given are its unit (rule 6), as bags and bundles are.
    let e = common::only_event(
        "Police in Kisii County recovered 38 sacks of bhang hidden in two lorries on Tuesday.",
    );
    assert_eq!(
        (e.drug.as_str(), e.amount, e.unit),
        ("cannabis", 38.0, Unit::Package)
    );
    let e = common::only_event(
        "Police in Mogadishu publicly burned 120 cartons of seized narcotics on Monday.",
    );
    assert_eq!(
        (e.kind, e.amount, e.unit),
        (Kind::Destruction, 120.0, Unit::Package)
    );
    // «изъяли 13 мешков с маковой соломой», «91 трубочку с метамфетамином».
    let e = common::only_event(
        "В Актобе полицейские изъяли 17 мешков с маковой соломой у жителя области.",
    );
    assert_eq!(
        (e.drug.as_str(), e.amount, e.unit),
        ("other:poppy_straw", 17.0, Unit::Package)
    );
    // (A weight given for the same drug comes first.)
    assert_eq!(
        common::amounts(
            "Police in Kenya seized 12 sacks of bhang weighing 240 kilograms in Kisii County."
        ),
        vec![240.0]
    );
}

#[test]
fn a_running_total_since_a_day_or_over_quarters_or_this_week_is_a_period_total() {
    // "Since February 25, the police seized ...": a day with no year (and no bulletin date to
    // give one) opens a period up to now all the same.
    let events = common::events(
        "Since March 3, police in Cyprus seized 212 cannabis plants and 31.5 kilos of cannabis.",
    );
    assert_eq!(
        common::kinds_dated(&events),
        vec![
            (Kind::PeriodTotal, 212.0, None),
            (Kind::PeriodTotal, 31.5, None)
        ]
    );
    // "So far this week, they have seized nearly 2.5 tons": the week's running total.
    assert_eq!(
        common::only_event(
            "So far this week, the navy in Colombia has seized nearly 3.5 tons of cocaine."
        )
        .kind,
        Kind::PeriodTotal
    );
    // "In the first three quarters of the year, ... seized 14.7 tonnes of drugs."
    assert_eq!(
        common::only_event(
            "In the first two quarters of the year, police in Yunnan seized 8.2 tonnes of drugs."
        )
        .kind,
        Kind::PeriodTotal
    );
    // (Not "the living quarters" of a house searched.)
    assert_eq!(
        common::only_event(
            "Officers searching the living quarters of a house in Kenya found 3 kg of cannabis."
        )
        .kind,
        Kind::Seizure
    );
}
