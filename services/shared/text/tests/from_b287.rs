//! Own-words tests of what the b287 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Kind;

#[test]
fn an_agency_acronym_with_a_lower_case_possessive_is_no_town() {
    // Ica is Peru's; "ICA" is an agency's letters. A possessive in lower case ("ICA's") is
    // written by no line set in capitals, so the letters are no town's name there either.
    assert_eq!(
        common::country_of(
            "Officers seized 12 kg of heroin at the cargo terminal. However, ICA's vigilance \
             paid off."
        ),
        None
    );
    // (A line in capitals keeps its towns: "ICA'S" there is the town's possessive.)
    assert_eq!(
        common::country_of(
            "ICA'S POLICE SEIZE 12 KG OF COCAINE\n\nPolice in Ica seized 12 kg of cocaine."
        ),
        Some("PE")
    );
}

#[test]
fn a_name_spelt_without_its_inner_apostrophe_is_the_same_place() {
    // GeoNames writes "Ma'rib" and "Ta'izz"; the English news often writes "Marib" and
    // "Taizz". The generated table holds both, when the joined name is no word of a language
    // the bulletins quote.
    assert_eq!(
        common::country_of("Police seized 1,600 kg of hashish in Marib on Wednesday."),
        Some("YE")
    );
}

#[test]
fn a_country_s_letters_run_into_a_name_with_digits_are_no_mention_of_it() {
    // "Able2UK", an outlet's name in its page furniture, names no country.
    assert_eq!(
        common::country_of(
            "Customs officers found 13 kg of cocaine hidden in a wheelchair.\n\nBecome a \
             supporter of Able2UK today!\n\nAble2UK Logo"
        ),
        None
    );
}

#[test]
fn plants_of_a_grade_are_counted_as_plants() {
    // "fully grown high-grade marijuana plants": how they grew and their grade, then the drug.
    let events = common::events("Soldiers burned 21,200 fully grown high-grade marijuana plants.");
    assert_eq!(events.len(), 1);
    assert_eq!(
        (events[0].amount, events[0].unit.as_str()),
        (21200.0, "plant")
    );
}

#[test]
fn the_next_sentence_burns_the_plants_it_names_without_a_figure() {
    // It names the plants' unit but gives no figure: it tells what became of the lot before.
    let events = common::events(
        "Police uprooted 7,500 marijuana plants in the hills on March 24. No cultivator was \
         arrested but all uprooted marijuana plants were burned.",
    );
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].kind, Kind::Destruction);
    // When it names the drug, only that drug's lots were burned: the seeds were kept.
    let events = common::events(
        "Police found 200 lbs of dried cannabis plants and 40 lbs of cannabis seeds at the camp. \
         The camps and all the cannabis plants were destroyed by fire.",
    );
    let kinds: Vec<(&str, &str)> = events
        .iter()
        .map(|e| (e.drug.as_str(), e.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("cannabis", "destruction"),
            ("other:cannabis_seeds", "seizure")
        ]
    );
}

#[test]
fn a_destruction_denied_or_only_possible_destroys_nothing() {
    let events = common::events(
        "The agency seized 6 kg of methamphetamine in Medan. However, not all of the drugs were \
         destroyed.",
    );
    assert_eq!(events[0].kind, Kind::Seizure);
    // (Guard: the start build also read this one as a seizure, the plants' unit keeping the
    // sentence out.)
    let events = common::events(
        "Police found 184 cannabis plants in Northland. Wet weather reduced the number of plants \
         police could potentially destroy this year.",
    );
    assert_eq!(events[0].kind, Kind::Seizure);
}

#[test]
fn a_lead_with_no_country_told_again_to_the_digit_is_one_lot_with_the_body_s_place() {
    // The lead names three countries' agencies, so no country of its own; the body tells the
    // same 174.5 kg at a Ukrainian port. One lot, Ukraine's.
    let events = common::events(
        "With the support of the foreign intelligence service of Ukraine, and in cooperation \
         with the Drug Enforcement Administration of the United States and the police of \
         Turkey, officers completed an international operation in which 174.5 kg of heroin was \
         seized. On 21 July 2007 a truck was stopped at the sea port of Illichivsk in the Odesa \
         region. In the double floor of the trailer 174.5 kg of heroin was found.",
    );
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].country, Some("UA"));
}

#[test]
fn an_amount_believed_to_have_been_on_board_was_not_found() {
    let events = common::events(
        "Coast guards searching the freighter found only 22 pounds (10 kg) of cocaine, while as \
         much as 1,543 pounds (700 kg) was believed to have been on board.",
    );
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].amount, 10.0);
    // (What a find is taken to be stays a find.)
    let events = common::events("Police seized 2 kg of a white powder believed to be cocaine.");
    assert_eq!(events.len(), 1);
}

#[test]
fn a_law_s_threshold_for_men_caught_with_it_is_no_find() {
    let events = common::events(
        "The new law provides capital punishment for men caught transporting or possessing two \
         kilograms (or more) of opium, or 10 grams of morphine, heroin or cocaine.",
    );
    assert!(events.is_empty(), "{events:?}");
    // (Guard: the offenders of the case told of face their sentence; their lot stays.)
    let events = common::events(
        "\"Customs officers found 60 kg of cocaine in a banana container,\" the commission said, \
         noting that the offenders face from 15 years to life imprisonment.",
    );
    assert_eq!(events.len(), 1);
}

#[test]
fn a_place_named_with_a_possessive_is_found() {
    // "Cox's Bazar", "Hawke's Bay": the tokens read the possessive as words of their own.
    assert_eq!(
        common::country_of("Border guards seized 40,000 yaba tablets in Cox's Bazar."),
        Some("BD")
    );
    assert_eq!(
        common::country_of("Hawke’s Bay Police have located 15 kilograms of cannabis."),
        Some("NZ")
    );
}

#[test]
fn one_weight_of_drugs_and_tobacco_is_no_lot_of_drugs() {
    // The lead weighs drugs and tobacco together; the body gives each lot.
    let events = common::events(
        "Border officers have stopped an attempt to smuggle more than 700kg of drugs and illegal \
         tobacco through the port. They found approximately 150kg of cannabis resin, 25kg of \
         herbal cannabis and 550kg of hand rolling tobacco.",
    );
    let amounts: Vec<f64> = events.iter().map(|e| e.amount).collect();
    assert_eq!(amounts, [150.0, 25.0]);
}

#[test]
fn the_year_of_a_law_named_with_its_number_is_no_date() {
    // "Act Number 35 of 2021": the law's year, as "Act No. 37 of 1922".
    let event = common::only_event(
        "The Drug Enforcement Commission has concluded a series of operations. The suspects were \
         arrested in violation of Section 15 of the Narcotic Drugs and Psychotropic Substances \
         Act Number 35 of 2021. A woman from Mufulira was charged for trafficking in 12.9 \
         kilogrammes of cannabis.",
    );
    assert_eq!(event.date, None);
}
