//! Own-words tests of what the b206 session taught: errors of its blind batches, each written
//! as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_place_spelt_with_a_letter_no_accent_makes_is_found_as_the_news_writes_it() {
    // GeoNames and ISO write "Đắk Lắk", "Białystok", "Tromsø": "đ", "ł" and "ø" are letters of
    // their own, not a letter and an accent, so dropping accents left them, and the English
    // news's "Dak Lak", "Bialystok" and "Tromso" were no place.
    assert_eq!(
        common::country_of("Police in Dak Lak province seized 4 kg of heroin."),
        Some("VN")
    );
    assert_eq!(
        common::country_of("Border guards in Bialystok seized 30 kg of amphetamine."),
        Some("PL")
    );
    assert_eq!(
        common::country_of("Customs officers in Tromso seized 12 kg of hashish."),
        Some("NO")
    );
}

#[test]
fn a_drug_s_makings_are_precursors_and_a_second_object_is_no_capacity() {
    // "500 kg of ingredients used in amphetamine production as well as two tonnes of hash": the
    // makings are precursors, whatever drug they make, and "production" says nothing of the
    // figure after "as well as".
    assert_eq!(
        common::drug_amounts(
            "Police intercepted 500 kg of ingredients used in amphetamine production as well \
             as two tonnes of hash."
        ),
        [
            ("precursors".to_string(), 500.0),
            ("hashish".to_string(), 2000.0)
        ]
    );
    // (A laboratory's capacity is still no lot.)
    assert!(
        common::events("A laboratory able to produce 100 kg of methamphetamine a month was found.")
            .is_empty()
    );
}

#[test]
fn the_first_of_a_list_of_one_drug_s_lots_is_no_total_of_larger_lots() {
    // The lead's total is told lot by lot in the body: "found 12,000 pills in a car, 15,500
    // pills ... and 20,100 pills": the first lot is smaller than the others, so it cannot be
    // their total; the lots stay and the lead's total, which they add up to, goes.
    let text = "Customs seized 47,600 Captagon pills hidden in three cars at the border \
                crossing.\nOfficers found 12,000 pills in a car, 15,500 pills hidden in a \
                second car and 20,100 pills in the spare wheel of a third car.";
    assert_eq!(common::amounts(text), [12000.0, 15500.0, 20100.0]);
    // (A total the text presents as one still goes for its lots.)
    assert_eq!(
        common::amounts(
            "Customs seized 50,000 Captagon pills: 20,000 pills in a car and 30,000 pills in \
             a van."
        ),
        [20000.0, 30000.0]
    );
}

#[test]
fn a_national_agency_s_letters_place_a_text_that_names_no_place() {
    // "The men were handed over to the TTPS": the police it was handed to is a destination, no
    // place of the story; but a text that names no place at all is in the agency's country.
    assert_eq!(
        common::country_of(
            "The coast guard stopped a boat near the bay and found 15.1 kg of marijuana. The \
             men were handed over to the TTPS for processing."
        ),
        Some("TT")
    );
    // (A place named outranks it.)
    assert_eq!(
        common::country_of(
            "Police in Hanoi seized 4 kg of heroin. The men were handed over to the TTPS."
        ),
        Some("VN")
    );
}

#[test]
fn what_a_search_produced_or_revealed_was_found() {
    // "The search produced 12 packs of marijuana weighing 11.4 kg": a search's yield.
    let event = common::only_event(
        "Officers searched the boat. The search produced 12 packs of marijuana weighing 11.4 kg.",
    );
    assert_eq!(event.amount, 11.4);
    // "A search of the lorry revealed that the boxes were hiding ... 1 ton and 120 kilos": the
    // lead's round figure told precisely.
    assert_eq!(
        common::amounts(
            "Customs seized 1.1 tonnes of cannabis at the port on Monday.\nA search of the \
             lorry revealed that the boxes were hiding 900 packages of cannabis weighing 1 ton \
             and 120 kilos."
        ),
        [1120.0]
    );
    // (What a laboratory produced was made, not found.)
    assert!(
        common::events("The laboratory produced 100 kg of methamphetamine, police said.")
            .is_empty()
    );
}
