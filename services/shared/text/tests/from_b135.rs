//! Own-words tests of what the b135 session taught: errors of the blind batches' page texts,
//! each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_large_city_frequent_in_english_for_being_a_place_is_a_place() {
    // Cities of 150,000 that wordfreq finds common ("detroit", "saskatoon", "miami") because
    // the news names them: the dictionary knows their Russian names as places.
    for (text, code) in [
        (
            "Warrant executed\n\nSaskatoon police seized 403 grams of heroin from an \
             apartment on Friday.",
            "CA",
        ),
        (
            "Traffic stop\n\nOfficers in Detroit found 715 grams of heroin in a car on Monday.",
            "US",
        ),
        (
            "Airport arrest\n\nA passenger arriving in Miami was found with 2 kg of cocaine \
             in his luggage.",
            "US",
        ),
    ] {
        assert_eq!(common::country_of(text), Some(code), "{text}");
    }
}

#[test]
fn a_famous_city_does_not_take_another_countrys_province_of_its_name() {
    // Portland is a city of 650,000 in the United States and a parish of Jamaica: the parish's
    // story stays Jamaica's. (A city of the table named in the sentence would outrank the
    // Jamaican force: "the parish of Seattle" reads US.)
    let text = "Ganja field uprooted\n\nThe Jamaica Constabulary Force said officers in the \
                parish of Portland destroyed ten acres of ganja and seized 30 pounds of cured \
                ganja on Tuesday.";
    assert_eq!(common::country_of(text), Some("JM"), "{text}");
}

#[test]
fn a_name_after_a_capitalised_spanish_article_is_another_place() {
    // "Los Santos" is Panama's province, not Brazil's port of Santos. (The country is named
    // a sentence before: "in the province of Santos" reads BR.)
    let text = "Speedboat intercepted\n\nPanama's National Aeronaval Service reported the \
                operation on Sunday.\n\nOfficers seized 500 packages of drugs south of \
                Mensabé, in the province of Los Santos.";
    assert_eq!(common::country_of(text), Some("PA"), "{text}");
}

#[test]
fn a_capital_letter_written_onto_a_number_names_a_pill_not_a_count() {
    // "M30" is the imprint of counterfeit oxycodone pills; "K9" a dog unit.
    let text = "Traffic stop\n\nDeputies located 10,000 pressed counterfeit M30 pills and 2 kg \
                of cocaine, with help from the K9 unit.";
    let amounts = common::amounts(text);
    assert!(!amounts.contains(&30.0), "{amounts:?}");
    assert!(!amounts.contains(&9.0), "{amounts:?}");
    assert!(amounts.contains(&2.0), "{amounts:?}");
}

#[test]
fn a_count_the_weight_is_said_to_total_is_the_same_lot() {
    // Weight before pieces: "totaling about 20,000 pills" counts the 5 kg again.
    let text = "Pills at the border\n\nOfficers seized 5 kg of ecstasy pills, totaling about \
                20,000 pills, from a car.";
    assert_eq!(common::amounts(text), vec![5.0], "{text}");
}

#[test]
fn a_thousands_group_set_off_by_a_stray_space_keeps_its_decimals() {
    // "10, 534.78 kilograms": one figure, not 10 kg and 534.78 kg.
    let text = "Crop destroyed\n\nThe agency destroyed not less than 10, 534.78 kilograms of \
                cannabis on farmland in Edo.";
    assert_eq!(common::amounts(text), vec![10534.78], "{text}");
}

#[test]
fn a_figure_expected_to_be_smuggled_is_a_forecast() {
    let text = "Border report\n\nPolice seized 2 kg of heroin on Monday. The army chief said \
                300 to 400 million methamphetamine pills are expected to be smuggled into \
                Thailand this year.";
    assert_eq!(common::amounts(text), vec![2.0], "{text}");
}

#[test]
fn marijuana_trees_are_plants_and_the_trees_destroyed_after_are_destroyed() {
    // Caribbean police count cannabis plants as "trees"; "The trees ... were destroyed"
    // right after says what became of them.
    let text = "Eradication exercise\n\nOfficers discovered 5000 fully grown marijuana trees \
                and two hundred seedlings in a field on Friday. The trees, seedlings and camp \
                were subsequently destroyed.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter()
            .all(|f| f.0 == seizure_text::model::Kind::Destruction),
        "{got:?}"
    );
}

#[test]
fn gbl_ghb_and_mitragynine_are_drugs() {
    for (text, drug) in [
        (
            "Drums examined\n\nBorder officers seized drums holding 4000 litres of GBL.",
            "other:gbl",
        ),
        (
            "Container checked\n\nCustoms seized about 52 tonnes of suspected mitragynine \
             at the cargo compound.",
            "other:kratom",
        ),
    ] {
        let got = common::drug_amounts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, drug, "{text}");
    }
}

#[test]
fn secured_as_evidence_is_seized() {
    let text = "Labs raided\n\nThe police were also able to secure 14 kilograms of \
                methamphetamine in four laboratories.";
    assert_eq!(common::amounts(text), vec![14.0], "{text}");
}

#[test]
fn a_comment_form_quoting_a_headline_is_page_furniture() {
    let text = "Airport arrest\n\nA man who flew in from Dubai was arrested with 578 grams of \
                heroin on Monday.\n\nBe the first to comment on \"Man carrying 0.5 kg of \
                heroin arrested at main airport\"";
    assert_eq!(common::amounts(text), vec![0.578], "{text}");
}

#[test]
fn the_day_of_a_date_written_with_hyphens_counts_nothing() {
    // A stored page's date line runs into its first line: not 25 trees, nor 7 to 25.
    let text = " date 2019-07-25 Marijuana trees worth an estimated $24 million were destroyed \
                by officers yesterday.";
    assert!(common::amounts(text).is_empty(), "{text}");
}

#[test]
fn doses_a_haul_is_put_at_are_no_lots() {
    let text = "Traffic enforcement\n\nOfficers seized 2 kg of cocaine. Police put the haul at \
                roughly 33,000 cocaine doses and 50,000 GHB doses.";
    assert_eq!(common::amounts(text), vec![2.0], "{text}");
}

#[test]
fn a_total_told_after_its_lots_that_they_come_to_is_no_lot_of_its_own() {
    // Rule 2: 20 kg and 3 kg, then "the total ... is 22,243 grammes" (a little less than
    // their sum: an inconsistency gives the items). "three additional kilogrammes" is a
    // weight too.
    let text = "Operations in the islands\n\nThe Coast Guard seized 20 kilos of cocaine on \
                Monday.\n\nIn a separate operation, police searched a yard in Bequia and \
                discovered three additional kilogrammes of cocaine hidden in a buried \
                bucket.\n\nThe total amount of cocaine seized in these operations is 22,243 \
                grammes.";
    assert_eq!(common::amounts(text), vec![20.0, 3.0], "{text}");
}

#[test]
fn a_total_told_again_after_one_more_lot_is_not_their_sum() {
    // The lead's 5.4 million pills and the closing "In total, ... about 5,400,000" are one
    // lot; the 400,000 found first is a lot of its own.
    let text = "Border bust\n\nOfficers seized approximately 5,400,000 methamphetamine pills \
                on Saturday. A search of the area found two sacks containing about 400,000 \
                methamphetamine pills. In total, authorities seized 27 sacks holding about \
                5,400,000 methamphetamine tablets.";
    let amounts = common::amounts(text);
    assert!(amounts.contains(&5_400_000.0), "{amounts:?}");
}

#[test]
fn a_lot_someone_hid_is_a_lot_of_the_find() {
    // «прятал» (hid), as "concealed": the two sailors' lots itemise the 16 kg.
    let text = "Кокаин в бананах\n\nКокаин общей массой 16 кг изъят у двоих моряков \
                теплохода. Один прятал 6 кг кокаина среди своих вещей, второй - 10 кг в \
                машинном отделении.";
    assert_eq!(common::amounts(text), vec![6.0, 10.0], "{text}");
}

#[test]
fn where_a_vehicle_is_registered_is_not_where_it_was_stopped() {
    let text = "Marijuana in a trailer\n\nMacedonian customs officers seized over 130kg of \
                marijuana from an Albania-registered truck on Wednesday.";
    assert_eq!(common::country_of(text), Some("MK"), "{text}");
}

#[test]
fn in_all_sums_the_lots_told_before() {
    let text = "Airport arrests\n\nCustoms officers found 3.1 kg of heroin in one passenger's \
                bag and 4.1 kg in another's. In all, 7.2kg of the drug were seized.";
    assert_eq!(common::amounts(text), vec![3.1, 4.1], "{text}");
}

#[test]
fn the_year_of_a_laws_name_is_no_reporting_period() {
    // "the Comprehensive Dangerous Drugs Act of 2002" names a law: the lots after it are
    // no totals of 2002.
    let text = "Busts in the region\n\nFrom Feb. 16 to 17, joint operations led to multiple \
                arrests across the region.\n\nAgents arrested a suspect in a buy-bust \
                operation. He now faces charges under the Comprehensive Dangerous Drugs Act of \
                2002.\n\nMeanwhile, separate operations netted 326.9 grams of shabu in the same \
                two-day window.";
    let got = common::events(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].date, None, "{got:?}");
}

#[test]
fn the_year_a_figure_is_compared_with_is_not_its_year() {
    // "twice as much as in 2023": the figure is of the year after (relative here: no label).
    let text = "Posted: 12.03.2025 16:04:00\n\nMinistry at the commission\n\nThe head of the \
                delegation spoke at the session in Vienna.\n\nLast year the ministry closed 12 \
                laboratories. About 2 tonnes of prohibited substances were seized from illicit \
                traffic, twice as much as in 2023.";
    let got = common::events(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].date.map(|d| d.year), Some(2023), "{got:?}");
}

#[test]
fn figures_set_in_brackets_are_read() {
    // Releases translated from Arabic set figures in brackets: "(347) kg", "(0,850) kg" (a
    // leading zero is no thousands group), "(5,000,000) Captagon pills"; "smuggling" in a list
    // of crimes is no verb of the figures.
    let text = "Drugs destroyed\n\nThe Anti-Narcotics Department destroyed drugs seized in \
                (490) cases. The quantities of destroyed drugs in the various cases between \
                trafficking, possession and smuggling included (347) kg of hashish, (29) kg \
                of heroin, (0,850) kg of cocaine and (5,000,000) Captagon pills.";
    let got = common::facts(text);
    let amounts: Vec<f64> = got.iter().map(|f| f.3).collect();
    assert_eq!(amounts, vec![347.0, 29.0, 0.85, 5_000_000.0], "{got:?}");
    assert!(
        got.iter()
            .all(|f| f.0 == seizure_text::model::Kind::Destruction),
        "{got:?}"
    );
}

#[test]
fn a_bracketed_qualifier_and_pieces_after_a_weight_go_with_their_figure() {
    // "seized about (424) kilograms": the qualifier before the bracket; "0.52kg (316)
    // tablets": the pieces of the lot just weighed.
    let got = common::events(
        "Seizures\n\nForces seized about (424) kilograms of drugs south of the port.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].qualifier, seizure_text::model::Qualifier::Approx);
    let amounts = common::amounts(
        "Breakdown\n\nOfficers seized Tramadol 36.202kg (7,697) tablets and Diazepam 0.462kg \
         (2066) tablets.",
    );
    assert!(!amounts.contains(&2066.0), "{amounts:?}");
}

#[test]
fn so_far_this_month_named_is_a_running_total() {
    let text = "Port inspection\n\nThe authorities have reinforced security work at the \
                terminals, seizing so far this April 1,670 kilos of cocaine, with thirteen \
                people detained.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, seizure_text::model::Kind::PeriodTotal, "{got:?}");
}

#[test]
fn a_town_name_inside_a_persons_name_is_no_place() {
    // Miri is a city of Malaysia; "Miqdad Miri Hassan" is a spokesman.
    let text = "Ministry statement\n\nInterior Ministry spokesman Brigadier General Miqdad Miri \
                Hassan Al-Moussawi said the directorate seized 3,500 kilograms of narcotic \
                substances during the current year.";
    assert_ne!(common::country_of(text), Some("MY"), "{text}");
}
