//! Own-words tests of what the b263 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::{Kind, Unit};

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

/// A find during the poppy operation told in the lead, the finder's garden in the next
/// paragraph.
const GARDEN_DURING_THE_OPERATION: &str = "В Липецкой области у пенсионерки изъяли более 12 \
     кг марихуаны\n5 Октября 2016, 11:20\n\n\
     В рамках оперативно-профилактической операции «Мак-2016» полицейские изъяли более 300 \
     кустов конопли и около 9 кг марихуаны.\n\n\
     Оперативники установили, что 61-летняя местная жительница выращивала коноплю на своем \
     огороде.";

#[test]
fn a_find_during_an_operation_told_by_the_next_paragraph_is_one_seizure() {
    // «В рамках операции «Мак-2016» ... изъяли более 300 кустов» and, opening the next
    // paragraph, the woman who grew them: one find during the operation, not its total.
    let kinds: Vec<_> = common::events(GARDEN_DURING_THE_OPERATION)
        .iter()
        .map(|e| (e.kind, e.amount))
        .collect();
    assert_eq!(kinds, vec![(Kind::Seizure, 300.0), (Kind::Seizure, 9.0)]);
}

#[test]
fn opium_doda_chura_is_poppy_straw() {
    // "658 kilograms of opium doda chura": the opium poppy's straw, not opium.
    assert_eq!(
        common::drug_amounts(
            "The Chittorgarh police in Rajasthan, India seized 658 kilograms of opium doda \
             chura from a truck."
        ),
        vec![("other:poppy_straw".to_string(), 658.0)]
    );
}

#[test]
fn doda_powder_is_poppy_straw() {
    // "150 kgs of doda powder": India's ground poppy straw.
    assert_eq!(
        common::drug_amounts(
            "Police in Jharkhand, India recovered 8 kgs of opium and 150 kgs of doda powder \
             from a house."
        ),
        vec![
            ("opium".to_string(), 8.0),
            ("other:poppy_straw".to_string(), 150.0)
        ]
    );
}

#[test]
fn the_next_container_had_its_own_lot() {
    // "The other container had 90 kilograms of cocaine inside": the second box's lot, told
    // with "had" and its figure right after.
    assert_eq!(
        common::amounts(
            "Two containers of bananas were seized in the port of Antwerp, Belgium. One of \
             them carried 310 kilograms of cocaine. The other container had 90 kilograms of \
             cocaine inside."
        ),
        vec![310.0, 90.0]
    );
}

#[test]
fn a_bare_weight_burnt_through_an_incinerator_is_the_story_s_drug() {
    // "the burning of 1,420.5 kilograms through an incinerator": a preposition after the
    // weight is no noun the weight is of.
    let event = common::only_event(
        "The government of Sierra Leone held a public destruction of cocaine on Monday. The \
         ceremony saw the burning of 1,420.5 kilograms through an incinerator.",
    );
    assert_eq!(
        (event.kind, event.drug.as_str(), event.amount),
        (Kind::Destruction, "cocaine", 1420.5)
    );
}

#[test]
fn an_indian_state_the_news_writes_often_is_a_place() {
    // "Gujarat", "Kerala", "Goa": one-word states common in English news but no word of the
    // languages the bulletins quote are now places of the table.
    assert_eq!(
        common::country_of(
            "Police seized 16 kg of hashish at a fishing port in Gujarat on May 21."
        ),
        Some("IN")
    );
}

#[test]
fn a_place_named_right_before_a_drug_is_where_it_came_from() {
    // "33 kg of Afghanistan heroin", "120 kg of Kerala cannabis": the drug's origin, not where
    // it was found.
    assert_eq!(
        common::country_of(
            "Border guards seized 33 kg of Afghanistan heroin at a post in Termez district."
        ),
        Some("UZ")
    );
    assert_eq!(
        common::country_of(
            "The Navy seized 120 kg of Kerala cannabis in operations across the island."
        ),
        None
    );
    // (A table's heading of a country's own figures stays that country's.)
    assert_eq!(
        common::country_of("Iran Heroin Seizures: 29,943 kg (2000)"),
        Some("IR")
    );
}

#[test]
fn a_merchant_ship_named_after_a_country_is_no_place() {
    // "on board the MV Panama": a ship's name, as "HMS Montrose" is; the port it docked at
    // tells where.
    assert_eq!(
        common::country_of(
            "Border Force officers found 1.1 tonnes of heroin in a container on board the MV \
             Panama after the vessel docked at the port of Tilbury on 4 May."
        ),
        Some("GB")
    );
}

#[test]
fn another_batch_is_no_restatement_of_the_batch_before() {
    // "Another batch of five boxes ... an estimated weight of 70,000 grams" after a batch of
    // 65,000 grams: a second lot, though its loose figure is near the first.
    let text = "MANILA, Philippines - The Bureau of Customs warned workers against hiding drugs \
         in balikbayan boxes. The warning followed the interception of marijuana at the Manila \
         port. The shipment was examined by customs officers. Five boxes were found to contain \
         126 packages of marijuana with a total weight of 65,000 grams. Another batch of five \
         boxes was found with 138 packages of marijuana with an estimated weight of 70,000 \
         grams.";
    assert_eq!(common::amounts(text), vec![65.0, 70.0]);
}

#[test]
fn a_year_like_figure_with_its_unit_is_no_year() {
    // "A total of 2024 grammes of heroin": a weight, not the year 2024.
    let event = common::only_event(
        "A total of 2024 grammes of heroin were seized from a passenger at Hyderabad airport, \
         India, on Sunday.",
    );
    assert_eq!((event.amount, event.date), (2.024, None));
}

#[test]
fn a_man_named_by_where_he_was_born_is_one_incident() {
    // «был задержан уроженец Тверской области»: one man's find during the operation
    // «Заслон», not the operation's total.
    let event = common::only_event(
        "В ходе операции «Заслон» сотрудниками полиции на Московском метрополитене был \
         задержан уроженец Тверской области, у которого оказалось наркотическое средство - \
         марихуана, общей массой 60 граммов.",
    );
    assert_eq!((event.kind, event.amount), (Kind::Seizure, 0.06));
}

#[test]
fn the_day_the_carrier_was_apprehended_is_the_find_s() {
    // "... transporting 550 kilograms of bhang. ... the suspect was apprehended about 6 a.m.
    // on Tuesday, June 14, 2022": the next sentence's stop is the find's day.
    let event = common::only_event(
        "Police in Webuye, Kenya detained a man who was transporting 550 kilograms of bhang \
         to Eldoret. The station chief said the suspect was apprehended about 6 a.m. on \
         Tuesday, June 14, 2022.",
    );
    assert_eq!(
        event.date.map(|d| d.to_string()),
        Some("2022-06-14".to_string())
    );
}

#[test]
fn locating_a_lot_finds_it() {
    // "searched a 28-year-old man, locating 25.71 kilograms of MDMA": what the search found.
    let event = common::only_event(
        "Customs officers searched a 28-year-old man at Auckland Airport, New Zealand, \
         locating 25.71 kilograms of MDMA in his suitcase.",
    );
    assert_eq!((event.kind, event.amount), (Kind::Seizure, 25.71));
}

#[test]
fn millions_glued_to_pounds_are_money() {
    // "Police seize 20m pounds of heroin": twenty million pounds sterling's worth, not nine
    // thousand tonnes.
    assert!(common::events("Police seize 20m pounds of heroin on M1").is_empty());
}

#[test]
fn a_thousands_comma_set_off_by_a_stray_space_joins_its_groups() {
    // "uprooted 25, 489 marijuana shrubs": one figure written with a stray space.
    assert_eq!(
        common::amounts(
            "Police on Friday uprooted 25, 489 marijuana shrubs in Lanao del Sur, Philippines."
        ),
        vec![25489.0]
    );
    // (Not a day of a month before a figure, nor a list of figures.)
    assert_eq!(
        common::amounts("On April 15, 230 kg of heroin were seized in Kabul, Afghanistan."),
        vec![230.0]
    );
    assert_eq!(
        common::amounts(
            "The Civil Guard in Spain seized caches with 830, 398 and 1,200 kilograms of \
             hashish."
        ),
        vec![830.0, 398.0, 1200.0]
    );
}

#[test]
fn pounds_a_worth_written_in_words_gives_are_money() {
    // "cannabis worth more than a quarter a million pounds": money, though "worth" stands
    // seven words before the pounds.
    assert!(
        common::events(
            "Two men appeared in court in Douglas after police seized cannabis worth more than \
             a quarter a million pounds."
        )
        .is_empty()
    );
}

#[test]
fn diamorphine_is_heroin() {
    // "half a kilogram of diamorphine": heroin by its pharmaceutical name.
    assert_eq!(
        common::drug_amounts(
            "Police in Scotland stopped a car on the M90 and recovered half a kilogram of \
             diamorphine and half a kilogram of cocaine."
        ),
        vec![("heroin".to_string(), 0.5), ("cocaine".to_string(), 0.5)]
    );
}

#[test]
fn what_each_piece_was_estimated_to_weigh_is_no_lot() {
    // "Each packet was estimated to weigh one kg": one piece's weight, as "each weighing".
    assert_eq!(
        common::amounts(
            "Police in Johor, Malaysia seized 100 packets of syabu from a fibre boat. Each \
             packet was estimated to weigh one kg while the boat was estimated to be worth \
             RM12,000."
        ),
        vec![100.0]
    );
}

#[test]
fn another_incident_restates_no_lot_of_the_third_sentence() {
    // "In another incident, ... seized nearly six kilograms" after "5.4 kilograms" told in
    // the third sentence: another find, however close its loose figure.
    assert_eq!(
        common::amounts(
            "KUWAIT CITY: Customs officers at the airport foiled an attempt to smuggle drugs in \
             a chocolate shipment. The officers checked 15 boxes of chocolate bars. Inside them \
             they found 5.4 kilograms of shabu. In another incident, customs officers at the \
             Shuwaikh port seized nearly six kilograms of shabu in a container."
        ),
        vec![5.4, 6.0]
    );
}

#[test]
fn a_chemical_used_to_make_a_drug_is_a_precursor() {
    // "21 tonnes of an illegal chemical used in the manufacture of heroin": a precursor, not
    // 21 tonnes of heroin.
    assert_eq!(
        common::drug_amounts(
            "Two officials of the Tanzania Revenue Authority were arrested over the irregular \
             importation of 21 tonnes of an illegal chemical used in the manufacture of heroin."
        ),
        vec![("precursors".to_string(), 21000.0)]
    );
}

#[test]
fn kota_before_a_capitalised_word_is_no_indian_town() {
    // "KOTA SAMARAHAN: Police have seized ...": a Malaysian town's name opening on «Kota»
    // ("town"), not India's Kota; Kota alone still is.
    assert_ne!(
        common::country_of(
            "KOTA SAMARAHAN: Police have seized about 23.88 kilogrammes of syabu following \
             the arrest of a man in Jalan Stutong here."
        ),
        Some("IN")
    );
    assert_eq!(
        common::country_of("Police in Kota seized 20 kg of opium."),
        Some("IN")
    );
}

#[test]
fn kush_is_cannabis_outside_west_africa() {
    // "9,809 grams of kush" in Manila: marijuana; in Freetown, West Africa's synthetic mix.
    assert_eq!(
        common::drug_amounts(
            "MANILA, Philippines - Customs examiners at the Manila container port found 9,809 \
             grams of kush in balikbayan boxes from Canada."
        ),
        vec![("cannabis".to_string(), 9.809)]
    );
    assert_eq!(
        common::drug_amounts(
            "FREETOWN, Sierra Leone - Police seized 46 wraps and 2 kg of kush in Kenema."
        ),
        vec![("other:kush".to_string(), 2.0)]
    );
}

#[test]
fn coca_leaves_and_coca_paste_keep_their_own_names() {
    // "800 kilos of coca leaves", "29 kg of coca paste": the leaf and the paste, as labelled,
    // not the plant.
    assert_eq!(
        common::drug_amounts(
            "Police in La Convencion, Peru seized 800 kilos of coca leaves and 29 kg of coca \
             paste from a truck."
        ),
        vec![
            ("other:coca_leaves".to_string(), 800.0),
            ("other:coca_paste".to_string(), 29.0)
        ]
    );
}
