//! Own-words tests of what the b85 session taught: the errors of b85 after its blind score, each
//! written as a general structure (none of these sentences is from a page).

mod common;
use common::drug_amounts;

#[test]
fn a_decimal_point_with_no_zero_before_it() {
    // American evidence lists write small weights ".9 grams".
    let got = drug_amounts(
        "Officers found 28 grams of marijuana, .9 grams of ketamine and .8 grams of cocaine.",
    );
    assert_eq!(
        got,
        [
            ("cannabis".to_string(), 0.028),
            ("other:ketamine".to_string(), 0.0009),
            ("cocaine".to_string(), 0.0008),
        ]
    );
}

#[test]
fn a_decimal_comma_set_off_by_a_space_in_a_text_of_decimal_commas() {
    // «626, 998 кг»: a Russian text's decimal comma, with a stray space after it.
    assert_eq!(
        drug_amounts("Полицейские изъяли 412 упаковок марихуаны общим весом 318, 452 кг."),
        [("cannabis".to_string(), 318.452)]
    );
    // (In English a comma groups thousands, space or not.)
    assert_eq!(
        drug_amounts("Officers seized 16, 802 kilograms of cannabis."),
        [("cannabis".to_string(), 16_802.0)]
    );
}
