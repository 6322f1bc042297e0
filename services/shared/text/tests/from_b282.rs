//! Own-words tests of what the b282 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_city_named_with_its_river_is_named_without_it_too() {
    // GeoNames calls it "Frankfurt am Main" (and "Ludwigshafen am Rhein", "Marburg an der
    // Lahn"); the news says "Frankfurt". The generated table takes the short name when it is
    // no common word and no other place or province holds it.
    assert_eq!(
        common::country_of(
            "Customs officers at the airport in Frankfurt found 4 kilograms of cocaine in the \
             luggage of two travellers."
        ),
        Some("DE")
    );
    assert_eq!(
        common::country_of("Police in Ludwigshafen seized 12 kg of amphetamine from a garage."),
        Some("DE")
    );
}
