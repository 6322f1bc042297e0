//! Own-words tests of what the b113 session taught: errors of the blind batches' page texts,
//! each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_town_of_fifteen_thousand_with_a_name_no_language_uses_names_its_country() {
    // GeoNames towns of 15,000 outside the focus countries, when their names are no word of a
    // language the bulletins quote (not the US's, Canada's or Australia's, whose states the
    // news names beside their towns).
    for (text, code) in [
        (
            "Ganja plants razed\n\nExcise officials in Koraput destroyed about 5,000 ganja plants.",
            "IN",
        ),
        (
            "Police report\n\nOfficers in Serenje seized 10 kg of cannabis from a trader.",
            "ZM",
        ),
        (
            "Lorry stopped\n\nBorder Force officers at Harwich found 40 kg of cocaine in a lorry.",
            "GB",
        ),
    ] {
        assert_eq!(common::country_of(text), Some(code), "{text}");
    }
}

#[test]
fn a_weight_restated_in_brackets_in_another_metric_unit_is_one_lot() {
    for text in [
        "House searched\n\nOfficers searched a shed and found 2,300 grammes (2.3 kilogrammes) of \
         cannabis in a drum.",
        "Обыск\n\nУ задержанного изъяли 2,3 кг (2300 граммов) марихуаны.",
    ] {
        let got = common::facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!((got[0].3 - 2.3).abs() < 1e-9, "{got:?}");
    }
}
