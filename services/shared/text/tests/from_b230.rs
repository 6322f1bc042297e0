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
    // (Not "three quarters of a million dollars", a fraction.)
    assert_eq!(
        common::only_event(
            "Officers in the Bahamas found 41 kilos of cocaine worth about three quarters of a \
             million dollars."
        )
        .kind,
        Kind::Seizure
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

#[test]
fn resin_alone_is_hashish_and_a_sum_opened_by_in_all_is_of_the_find_before() {
    // "both men denied smuggling 803kg of resin": the drug press's short name.
    assert_eq!(
        common::drug_amounts(
            "At Maidstone Crown Court the two drivers denied smuggling 612kg of resin in a lorry."
        ),
        vec![("hashish".to_string(), 612.0)]
    );
    // "Two more bags were found ... In all, there were 120 kilograms of cocaine inside the
    // bags": a sentence with no verb that sums up the find told just before.
    let e = common::only_event(
        "Cocaine washes ashore on beaches in Japan\n\n\
         Three more bags were found on Monday after a fisherman discovered two drug-filled \
         rucksacks.\n\n\
         In all, there were 95 kilograms of wrapped blocks of cocaine inside the bags, the \
         media said.",
    );
    assert_eq!(
        (e.kind, e.drug.as_str(), e.amount),
        (Kind::Seizure, "cocaine", 95.0)
    );
}

#[test]
fn millions_thousands_and_units_before_a_describing_word() {
    // "14 million 654 thousand 192 cannabis roots": the rest of the number after its
    // multipliers, a describing word before the unit.
    let e = common::only_event(
        "The operation in Diyarbakir, Turkey, led to the seizure of 3 million 208 thousand 415 \
         cannabis roots.",
    );
    assert_eq!((e.amount, e.unit), (3_208_415.0, Unit::Plant));
}

#[test]
fn a_russian_operation_of_some_days_is_a_period() {
    // «В ходе 10-дневной операции ... изъято более 16 тонн»: an operation counted over days.
    let e = common::only_event(
        "В ходе 12-дневной операции в округе Сан-Бернардино изъято более 9 тонн конопли.",
    );
    assert_eq!(e.kind, Kind::PeriodTotal);
}

#[test]
fn a_month_beside_one_ship_or_home_dates_a_seizure_not_a_total() {
    // "In 2016, police also intercepted a ship and discovered 3,300 kilograms", "In March
    // 2013 the drug unit seized 350 grams of cocaine from a Clermont home": one vehicle or
    // one home named with the indefinite article is one incident, its month or year its date.
    let events = common::events(
        "In 2017, the navy in Poland intercepted a ship and discovered 2,100 kilograms of \
         hashish.",
    );
    assert_eq!(
        common::kinds_dated(&events),
        vec![(Kind::Seizure, 2100.0, Some("2017".to_string()))]
    );
    let events = common::events(
        "In April 2014 the drug unit in Canada seized 420 grams of cocaine from a Summerside \
         home.",
    );
    assert_eq!(
        common::kinds_dated(&events),
        vec![(Kind::Seizure, 0.42, Some("2014-04".to_string()))]
    );
}

#[test]
fn the_biggest_bust_or_one_ring_is_one_find_whatever_its_month() {
    // "In the biggest bust of the year, customs seized 621 kilograms of cocaine".
    let events = common::events(
        "In the biggest bust of 2019, customs in Shenzhen seized 540 kilograms of cocaine \
         hidden in timber.",
    );
    assert_eq!(
        common::kinds_dated(&events),
        vec![(Kind::Seizure, 540.0, Some("2019".to_string()))]
    );
    // "Last June, police uncovered a major smuggling ring, discovering 1,032 kg of heroin".
    let events = common::events(
        "In June 2009, police in Guangdong uncovered a smuggling ring, discovering 870 kg of \
         heroin and detaining 12 suspects.",
    );
    assert_eq!(
        common::kinds_dated(&events),
        vec![(Kind::Seizure, 870.0, Some("2009-06".to_string()))]
    );
    // (Not a year's haul: "During the last year, police seized nearly 1,700kg of hashish, the
    // largest haul ever recorded in one year".)
    assert_eq!(
        common::only_event(
            "During the last year, police in Kuwait seized nearly 1,300kg of hashish, the largest \
             haul ever recorded in one year."
        )
        .kind,
        Kind::PeriodTotal
    );
    // (Not "the second largest seizure on record", a year's sum.)
    assert_eq!(
        common::only_event(
            "The drugs seized by customs in Japan in 2023 came to 2,406 kilograms, the second \
             largest seizure on record."
        )
        .kind,
        Kind::PeriodTotal
    );
}
