//! Own-words tests of what the b211 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Kind;

#[test]
fn a_weight_a_lot_totals_in_brackets_after_its_name_is_that_lot_s() {
    // "30 drums of hashish (totalling 1,250 kg), and 709,000 Captagon tablets": the bracket
    // gives the hashish's weight; the pills after it are a lot of their own.
    assert_eq!(
        common::drug_amounts(
            "The coast guard stopped an attempt to smuggle 30 drums of hashish (totalling \
             1,250 kg), and 709,000 Captagon tablets."
        ),
        [
            ("hashish".to_string(), 1250.0),
            ("other:captagon".to_string(), 709_000.0)
        ]
    );
    // (Not the last of a list of drugs, whose figure is all of theirs.)
    assert_ne!(
        common::drug_amounts("Police seized heroin and hashish (totalling 90 kg)."),
        [("hashish".to_string(), 90.0)]
    );
}

#[test]
fn a_fraction_in_words_is_a_figure() {
    // "three-quarters of a pound", "a quarter of a kilogram", «четверть тонны»: the fraction is
    // the amount, not the "a" before the unit.
    let amounts = common::amounts(
        "Agents seized a pound of fentanyl, three-quarters of a pound of methamphetamine and a \
         quarter of a kilogram of heroin from the flat.",
    );
    let expected = [0.453_592_37, 0.340_194_277_5, 0.25];
    assert_eq!(amounts.len(), expected.len(), "{amounts:?}");
    for (a, e) in amounts.iter().zip(expected) {
        assert!((a - e).abs() < 1e-6, "{amounts:?}");
    }
    assert_eq!(
        common::amounts("Пограничники изъяли около четверти тонны гашиша."),
        [250.0]
    );
    // ("a quarter of a million" has no unit after it: no figure.)
    assert_eq!(
        common::amounts("Officers seized a quarter of a million dollars and 5 kg of heroin."),
        [5.0]
    );
}

#[test]
fn a_loose_metric_rounding_of_a_precise_weight_in_pounds_is_no_second_lot() {
    // "4,120lb of cocaine — about one and a half tonnes —" (whole and a quarter: "two and a
    // quarter tonnes" too): the rounding goes, the precise figure stays.
    let amounts = common::amounts(
        "The commissioner said the haul came to 4,960lb of cocaine — about two and a quarter \
         tonnes — with a street value of $70 million.",
    );
    assert_eq!(amounts.len(), 1, "{amounts:?}");
    assert!((amounts[0] - 4960.0 * 0.453_592_37).abs() < 1e-3);
    // (A weight in words with its quarter is a figure of its own.)
    assert_eq!(
        common::amounts("Police seized two and a quarter tonnes of cannabis."),
        [2250.0]
    );
}

#[test]
fn a_day_summed_up_with_a_total_s_word_gives_that_day_s_totals() {
    // «Всего за сутки изъято ...», "Over the past 24 hours, in all, police seized ...": the
    // day's figures, summed across the country, are period totals.
    let events =
        common::events("Всего за сутки изъято 41 кг 230 г героина и 6 кг 108 г маковой соломки.");
    assert_eq!(events.len(), 2);
    assert!(events.iter().all(|e| e.kind == Kind::PeriodTotal));
    assert_eq!(
        common::only_event(
            "Over the past 24 hours, in all, police seized 40 batches of drugs weighing 9 kg."
        )
        .kind,
        Kind::PeriodTotal
    );
    // (A day alone tells its finds one by one; and the lots of the sentence after a day's
    // total are that day's finds.)
    assert_eq!(
        common::only_event("За сутки полицейские задержали курьера с 2 кг героина.").kind,
        Kind::Seizure
    );
    let events = common::events(
        "Всего за сутки таможенники нашли 700 таблеток. В числе найденного 500 капсул \
         прегабалина и 200 таблеток трамадола.",
    );
    assert!(events.iter().all(|e| e.kind == Kind::Seizure), "{events:?}");
}

#[test]
fn seizures_of_less_than_a_weight_are_a_class_of_finds() {
    // "not prosecuting seizures of less than 2 kg of cocaine": a threshold, no lot.
    assert!(
        common::events(
            "The trial of not prosecuting seizures of less than 2 kg of cocaine at the airport \
             has ended."
        )
        .is_empty()
    );
    // (A lot of less than a weight is still a lot.)
    assert_eq!(
        common::amounts("Police seized less than 2 kg of cocaine in the raid."),
        [2.0]
    );
}

#[test]
fn a_district_named_after_its_town_is_in_the_town_s_country() {
    // «в Угличском районе» (Углич), «Татищевского района» (Татищево): the district around a
    // town of the former Soviet Union.
    assert_eq!(
        common::country_of("В Угличском районе полицейские изъяли 300 граммов героина."),
        Some("RU")
    );
    assert_eq!(
        common::country_of("На поле Татищевского района нашли 40 кустов конопли."),
        Some("RU")
    );
    // (Not a Soviet name that districts of many countries carry, nor a capital's, which a
    // district elsewhere is named after.)
    assert_eq!(
        common::country_of("В Ленинском районе полицейские изъяли 300 граммов героина."),
        None
    );
    assert_eq!(
        common::country_of("В Тбилисском районе полицейские изъяли 300 граммов героина."),
        None
    );
}

#[test]
fn a_weekday_with_its_day_in_brackets_dates_the_find() {
    // "this Monday (27)", as Brazilian releases write it: the day of the bulletin's month (or
    // of the month before, when the day is later than the bulletin's).
    let published = |y, m, d| seizure_text::Context {
        published: chrono::NaiveDate::from_ymd_opt(y, m, d),
    };
    let events = seizure_text::extract(
        "The Federal Highway Police made this Monday (27) a seizure of 1.2 tons of cocaine \
         found in a tank truck.",
        &published(2023, 2, 28),
    )
    .events;
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2023-02-27")
    );
    let events = seizure_text::extract(
        "Police seized 80 kg of cocaine on the night of Saturday (25) at the port.",
        &published(2023, 3, 2),
    )
    .events;
    assert_eq!(
        events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2023-02-25")
    );
}

#[test]
fn a_destination_called_the_country_of_is_on_the_route() {
    // "destined for the country of Mozambique": where the drugs were going, not where they
    // were found.
    assert_eq!(
        common::country_of(
            "Agents first found 2.1 tons of cocaine in containers at the port, destined for the \
             country of Mozambique, in Africa. The Federal Police of Brazil said the drug came \
             by truck."
        ),
        Some("BR")
    );
}

#[test]
fn a_drug_s_form_after_its_name_does_not_hide_it_from_its_bracketed_weight() {
    // "cocaine hydrochloride (5,120 kg), cocaine paste (2,040 kg), marijuana (1,880 kg)": each
    // weight is of the drug named before its bracket, its form word aside.
    assert_eq!(
        common::drug_amounts(
            "The police burned cocaine hydrochloride (5,120 kg), cocaine paste (2,040 kg) and \
             marijuana (1,880 kg)."
        ),
        [
            ("cocaine".to_string(), 5120.0),
            ("cocaine".to_string(), 2040.0),
            ("cannabis".to_string(), 1880.0)
        ]
    );
}
