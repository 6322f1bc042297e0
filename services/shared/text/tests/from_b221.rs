//! Own-words tests of what the b221 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_drug_named_like_a_town_is_the_drug_without_words_of_place() {
    // "Ganja continues to dominate the market": the drug as a sentence's subject, not
    // Azerbaijan's city, so an Indian excise report names no country rather than Azerbaijan.
    assert_ne!(
        common::country_of(
            "Excise officers seized 300 kilograms of ganja this year. Ganja remains the most \
             common drug in the district."
        ),
        Some("AZ")
    );
    // (Still the city after a preposition of place, after "city of", before "city".)
    assert_eq!(
        common::country_of("Police in Ganja seized 3 kg of heroin on Monday."),
        Some("AZ")
    );
    assert_eq!(
        common::country_of("Police in the city of Ganja seized 3 kg of heroin."),
        Some("AZ")
    );
    assert_eq!(
        common::country_of("Ganja city police seized 3 kg of heroin from a car."),
        Some("AZ")
    );
}
