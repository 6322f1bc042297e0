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

#[test]
fn a_whole_figure_and_a_half_in_words_is_one_figure() {
    // "5 and a half kilos", «2 с половиной килограмма»: the half belongs to the digits before
    // it, not a lot of half a kilo.
    assert_eq!(
        common::amounts("Police seized 5 and a half kilos of hashish at the port."),
        [5.5]
    );
    assert_eq!(
        common::amounts("Полиция изъяла 2 с половиной килограмма гашиша."),
        [2.5]
    );
}

#[test]
fn a_town_s_name_before_a_bay_s_or_a_hill_s_word_names_another_place() {
    // "Consett Bay" is a bay of Barbados, not England's Consett; "Montego Bay", which the
    // table holds whole, is still Jamaica's.
    assert_eq!(
        common::country_of("Police found 3,242 cannabis plants at Consett Bay, Barbados."),
        Some("BB")
    );
    assert_eq!(
        common::country_of("Police found 1,018 cannabis plants at Montego Bay."),
        Some("JM")
    );
}

#[test]
fn a_part_told_without_its_unit_takes_the_total_s() {
    // "1.557 tons of illicit drugs, consisting of 1.536 of opium and 19 kg of hashish": the
    // first part leans on the total's unit, and the parts stand for the total.
    assert_eq!(
        common::drug_amounts(
            "The police busted 1.557 tons of illicit drugs, consisting of 1.536 of opium and \
             19 kg of hashish."
        ),
        [("opium".to_string(), 1536.0), ("hashish".to_string(), 19.0)]
    );
}

#[test]
fn cremated_drugs_were_destroyed() {
    let event =
        common::only_event("The authorities cremated on Saturday more than 3.3 tons of cocaine.");
    assert_eq!(event.kind, seizure_text::model::Kind::Destruction);
}

#[test]
fn a_drug_s_name_and_a_word_may_stand_between_a_count_and_its_plants() {
    // "1,909 cannabis sativa narcotic plants": a name of two words and one more before the
    // unit.
    assert_eq!(
        common::drug_amounts("In Kruja, 1,909 cannabis sativa narcotic plants were destroyed."),
        [("cannabis".to_string(), 1909.0)]
    );
}

#[test]
fn one_loose_figure_told_twice_is_one_lot_wherever_the_crew_came_from() {
    // The lead's "more than two tons", told again word for word at the end after a sentence
    // on a Colombian crew: one lot, in the lead's country.
    let text = "Navy seizes 2 tons of cocaine\n\nBy Staff\nMarch 10, 2014\n\n\
                MANAGUA, Nicaragua – Officials said Nicaragua's navy seized more than two tons \
                of cocaine in the country's south Caribbean region on Mar. 9.\n\
                According to the naval chief, the operation took place early Mar. 8 at Punta \
                Gorda, 40 nautical miles from the port city of Bluefields.\n\
                The drugs were found abandoned on a boat at Punta Gorda, an area regarded as \
                \"high-risk\", which is why the sailors chose not to keep searching for three \
                crew members thought to have fled, he said.\n\
                \"The boat's crew probably have some kind of link to local groups, several of \
                whose members were caught last week in the south Atlantic region,\" he said.\n\
                He added that the crew may have been Colombian, since the cargo was found near \
                San Andrés Island, a Colombian territory.\n\
                At the site, the navy found 80 sacks of the drug, each holding 25 packets of \
                cocaine, totaling more than two tons, he said.";
    let event = common::only_event(text);
    assert_eq!((event.country, event.amount), (Some("NI"), 2000.0));
}

#[test]
fn a_state_s_agency_in_its_own_territory_is_no_joint_work() {
    // "US Customs and Border Protection (US CBP) and Puerto Rico Police units seized ...":
    // the United States' agency works in its territory; the find is Puerto Rico's.
    assert_eq!(
        common::country_of(
            "US Customs and Border Protection (US CBP) and Puerto Rico Police units seized \
             1,151 pounds (522.1 kilos) of cocaine."
        ),
        Some("PR")
    );
}
