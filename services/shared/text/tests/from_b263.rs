//! Own-words tests of what the b263 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Unit;

#[test]
fn a_list_of_citizenships_goes_on_after_its_first_citizens_of() {
    // "18 were citizens of Kazakhstan, 9 of Tajikistan, 6 of Uzbekistan": every member of the
    // list is a citizenship, so the country the report is about stays the one the text names.
    let text = "Kyrgyzstan seized about 4 tons of drugs in January-June 2025, the interior \
         ministry reported.\n\n\
         Of 40 foreign nationals charged, 18 were citizens of Kazakhstan, 9 of Tajikistan, 6 of \
         Uzbekistan, three of Russia, two of China and two of Turkey.\n\n\
         In the same period, 950 kg of various drugs were seized at the border.";
    let countries: Vec<_> = common::events(text).iter().map(|e| e.country).collect();
    assert_eq!(countries, vec![Some("KG"), Some("KG")]);
}

#[test]
fn the_hook_of_holland_after_from_is_a_route() {
    // "a lorry that arrived on a ferry from the Hook of Holland": the port it sailed from, so
    // its country is on the route, not where the drugs were found.
    let text = "CANNABIS worth more than £1 million has been seized by UK Border Force \
         officers at the docks.\n\n\
         Officers found 310kg of herbal cannabis in a lorry that arrived on a ferry from the \
         Hook of Holland on Monday.";
    assert_eq!(common::country_of(text), Some("GB"));
}

#[test]
fn stalks_of_marijuana_are_plants() {
    // "12,400 stalks of fully grown marijuana plants": the Philippine police count plants as
    // stalks.
    let event = common::only_event(
        "Police uprooted 12,400 stalks of fully grown marijuana plants in a mountain village \
         of Cebu, Philippines.",
    );
    assert_eq!((event.amount, event.unit), (12400.0, Unit::Plant));
}
