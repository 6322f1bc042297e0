//! Tests of reading quantities: separators, words, units, qualifiers and the figures that are
//! no quantities. Split from `quantity.rs`.

use super::*;

fn q(s: &str) -> Vec<(f64, Unit, Qualifier)> {
    let mut t = Tokens::default();
    t.read(s, 0, s.len());
    find_quantities(&t, false)
        .into_iter()
        .map(|q| ((q.amount * 1e6).round() / 1e6, q.unit, q.qualifier))
        .collect()
}

/// (amount, whether it is another period's) of each quantity.
fn periods(s: &str) -> Vec<(f64, bool)> {
    let mut t = Tokens::default();
    t.read(s, 0, s.len());
    find_quantities(&t, false)
        .into_iter()
        .map(|q| ((q.amount * 1e6).round() / 1e6, q.other_period))
        .collect()
}

#[test]
fn a_year_after_a_preposition_is_no_count() {
    assert!(q("In the first half of 2020 units to combat smuggling revealed 64 facts").is_empty());
    assert_eq!(
        q("seized 2020 units of heroin"),
        [(2020.0, Unit::Tablet, Qualifier::Exact)]
    );
}

#[test]
fn another_periods_figure_in_brackets() {
    assert_eq!(
        periods("heroin - 102.96 (28.3) kg; opium 1 ton 446.82 (882.25) kg"),
        [
            (102.96, false),
            (28.3, true),
            (1446.82, false),
            (882.25, true)
        ]
    );
    assert_eq!(
        periods("883.23 (1 t 25.05) kg of marijuana"),
        [(883.23, false), (1025.05, true)]
    );
    assert_eq!(
        periods("seized 2 tons 298 kg (2 tons 326 kg) of drugs, heroin – 106.5 kg. (121.6 kg.)"),
        [
            (2298.0, false),
            (2326.0, true),
            (106.5, false),
            (121.6, true)
        ]
    );
    // The same lot restated is no other period's: it is the one quantity.
    assert_eq!(periods("2 tonnes (2,000 kg) of hashish"), [(2000.0, false)]);
}

#[test]
fn compound_weights() {
    assert_eq!(
        q("34 kg 390 g of heroin"),
        [(34.39, Unit::Kg, Qualifier::Exact)]
    );
    assert_eq!(q("3 кг 90 г"), [(3.09, Unit::Kg, Qualifier::Exact)]);
    assert_eq!(q("1 тонну 412 кг"), [(1412.0, Unit::Kg, Qualifier::Exact)]);
    assert_eq!(
        q("3 tons and 240 kilograms"),
        [(3240.0, Unit::Kg, Qualifier::Exact)]
    );
    // A part written in words, as some translated releases do.
    assert_eq!(
        q("six kilo and three hundred eighty six grams of heroin"),
        [(6.386, Unit::Kg, Qualifier::Exact)]
    );
    assert_eq!(
        q("5 kg and 3 tablets"),
        [
            (5.0, Unit::Kg, Qualifier::Exact),
            (3.0, Unit::Tablet, Qualifier::Exact)
        ]
    );
}

#[test]
fn separators_and_words() {
    assert_eq!(
        q("Approximately 7,000 drugs"),
        [(7000.0, Unit::Item, Qualifier::Approx)]
    );
    assert_eq!(
        q("более 1,5 тонны"),
        [(1500.0, Unit::Kg, Qualifier::AtLeast)]
    );
    assert_eq!(q("9 542 units"), [(9542.0, Unit::Tablet, Qualifier::Exact)]);
    assert_eq!(q("two kilograms"), [(2.0, Unit::Kg, Qualifier::Exact)]);
    assert_eq!(
        q("forty-seven and a half kilograms"),
        [(47.5, Unit::Kg, Qualifier::Exact)]
    );
    assert_eq!(
        q("three hundred and twenty litres"),
        [(320.0, Unit::Litre, Qualifier::Exact)]
    );
    assert_eq!(
        q("более двух килограммов"),
        [(2.0, Unit::Kg, Qualifier::AtLeast)]
    );
    assert_eq!(q("полтонны"), [(500.0, Unit::Kg, Qualifier::Exact)]);
    assert_eq!(q("около полутонны"), [(500.0, Unit::Kg, Qualifier::Approx)]);
    assert_eq!(
        q("2 thousand tablets"),
        [(2000.0, Unit::Tablet, Qualifier::Exact)]
    );
    assert_eq!(
        q("290 тыс. таблеток"),
        [(290000.0, Unit::Tablet, Qualifier::Exact)]
    );
    assert_eq!(
        q("Turkey seizes 5.5M cannabis plants"),
        [(5_500_000.0, Unit::Plant, Qualifier::Exact)]
    );
    assert_eq!(
        q("6M cannabis roots"),
        [(6_000_000.0, Unit::Plant, Qualifier::Exact)]
    );
    assert_eq!(
        q("more than 9 lakh cannabis plants"),
        [(900_000.0, Unit::Plant, Qualifier::AtLeast)]
    );
    // A metre is not a million: the suffix must be written onto the number and counted.
    assert!(q("a 3 m deep pit").is_empty());
    assert_eq!(q("БОЛЕЕ ТОННЫ"), [(1000.0, Unit::Kg, Qualifier::AtLeast)]);
    assert_eq!(q("около 2-х тонн"), [(2000.0, Unit::Kg, Qualifier::Approx)]);
    assert_eq!(
        q("nearly a half ton"),
        [(500.0, Unit::Kg, Qualifier::Approx)]
    );
    assert_eq!(q("as many as 5 kgs"), [(5.0, Unit::Kg, Qualifier::Exact)]);
    assert_eq!(q("5-ти килограммов"), [(5.0, Unit::Kg, Qualifier::Exact)]);
    assert_eq!(
        q("290,000 psychotropic tablets"),
        [(290000.0, Unit::Tablet, Qualifier::Exact)]
    );
}

#[test]
fn not_quantities() {
    assert!(q("в 2024 г. было").is_empty());
    assert!(q("7,62 мм").is_empty());
    assert!(q("thousands of tablets").is_empty());
    assert!(q("10% of all").is_empty());
}

#[test]
fn ambiguous_comma() {
    assert_eq!(parse_digits("1,500", false).unwrap().value, 1500.0);
    assert_eq!(parse_digits("1,500", true).unwrap().value, 1.5);
    assert_eq!(parse_digits("1,5", false).unwrap().value, 1.5);
    assert_eq!(parse_digits("1,234,567", true).unwrap().value, 1_234_567.0);
    assert!(parse_digits("30.09.2025", false).is_none());
}
