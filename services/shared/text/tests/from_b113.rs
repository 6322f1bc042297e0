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
