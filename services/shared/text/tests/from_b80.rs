//! Own-words tests of what the b80 session taught: corpus-wide error classes worked before
//! b80's blind score, and the errors of b80 after it.

mod common;
use common::events;

/// The country of the first event of a one-sentence text.
fn country_of(text: &str) -> Option<&'static str> {
    events(text).first().and_then(|e| e.country)
}

#[test]
fn a_city_name_of_several_words_with_one_uncommon_word_names_its_country() {
    // GeoNames cities whose names mix common words with a rare one, and one that starts like a
    // month's abbreviation.
    for (text, country) in [
        (
            "Officers in Dera Ismail Khan seized 12 kg of hashish.",
            "PK",
        ),
        (
            "Police in Mar del Plata seized 50 kg of cocaine on Monday.",
            "AR",
        ),
        (
            "Customs at Ciudad del Este seized 300 kg of marijuana.",
            "PY",
        ),
    ] {
        assert_eq!(country_of(text), Some(country), "{text}");
    }
    // ("East London" is South Africa's town, and part of Britain's capital.)
    assert_ne!(
        country_of("Police in East London seized 2 kg of cocaine."),
        Some("ZA")
    );
}
