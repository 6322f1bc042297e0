//! Own-words tests of what the b224 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn what_the_packets_turned_out_to_contain_is_the_find_past_a_sentence_on_the_samples() {
    // «изъяли 120 свёртков с неизвестным веществом. Три свёртка отправили на экспертизу.
    // Эксперты установили, что в свёртках содержится 8,5 грамма героина»: the weight of the
    // find, past a sentence that only says samples went for examination; the count of
    // packets is not an event once the weight is given.
    assert_eq!(
        common::drug_amounts(
            "В Курске у водителя нашли 120 свёртков героина. Полицейские изъяли у него 120 \
             свёртков с неизвестным веществом. Три свёртка отправили на экспертизу. Эксперты \
             установили, что в свёртках содержится 8,5 грамма героина."
        ),
        vec![("heroin".to_string(), 0.0085)]
    );
    // (The same with "contains" in English.)
    assert_eq!(
        common::drug_amounts(
            "In Leeds, officers seized 40 wraps of a white powder from a driver. Two wraps \
             were sent for laboratory testing. The wraps contain 12 grams of cocaine."
        ),
        vec![("cocaine".to_string(), 0.012)]
    );
    // (What a laboratory says of the sample it received weighs the sample, not the find.)
    assert_eq!(
        common::drug_amounts(
            "In Delhi, 2 kg of ganja was recovered from the accused. The sample parcel was \
             sent to the laboratory. The laboratory described the sample as green leaves, \
             weighing 95 grams."
        ),
        vec![("cannabis".to_string(), 2.0)]
    );
}

#[test]
fn drugs_turned_over_to_the_authorities_are_a_find() {
    // "Fishermen turned over to the police 30 packs of shabu weighing 31 kg", "Some 20 kg of
    // cocaine was turned over to the coast guard": drugs found by someone and given up to the
    // authorities are a find.
    assert_eq!(
        common::drug_amounts(
            "In Bolinao, Pangasinan, fishermen turned over to the police 30 packs of shabu \
             weighing 31 kg. Some 20 kg of shabu was turned over in Agno town to the coast \
             guard."
        ),
        vec![
            ("methamphetamine".to_string(), 31.0),
            ("methamphetamine".to_string(), 20.0)
        ]
    );
    // (Not a case handed over to a court: no drug figure, no event.)
    assert!(
        common::events("In Manila, the case was turned over to the prosecutor on 3 May.")
            .is_empty()
    );
}

#[test]
fn sacks_or_a_substance_weighed_are_the_lot_the_story_names() {
    // «изъято 3 мешка с коробками, наполненными порошкообразным веществом серого цвета общей
    // массой около 60 килограммов. ... стоимость данной партии героина»: the weight of sacks
    // of a substance, named by the story's one drug.
    assert_eq!(
        common::drug_amounts(
            "В Курске из фуры изъято 3 мешка с коробками, наполненными порошкообразным \
             веществом серого цвета общей массой около 60 килограммов. Стоимость данной \
             партии героина оценивают в 1 млн долларов."
        ),
        vec![("heroin".to_string(), 60.0)]
    );
    // (Not a traveller's baggage weighed: no lot of drugs.)
    assert!(
        common::events(
            "In Almaty, customs checked a passenger's baggage weighing 23 kg and found nothing."
        )
        .is_empty()
    );
}

#[test]
fn people_caught_by_the_hundred_are_statistics_not_one_catch() {
    // "police caught 12,400 people for drug offences in March ... the breakdown of the
    // seizures was syabu (410kg); ...": the month's figures, not one catch.
    let events = common::events(
        "KUALA LUMPUR: Police caught 12,400 people for drug offences in March. Of those \
         caught, 11,900 were locals and the breakdown of the seizures was syabu (410kg); \
         heroin (52.5kg); and cannabis (7.2kg).",
    );
    assert_eq!(events.len(), 3);
    assert!(
        events
            .iter()
            .all(|e| e.kind == seizure_text::model::Kind::PeriodTotal),
        "{events:?}"
    );
    // (One person caught is still one catch.)
    assert_eq!(
        common::only_event("KUALA LUMPUR: Police caught a man with 3 kg of syabu in March.").kind,
        seizure_text::model::Kind::Seizure
    );
}

#[test]
fn hasheesh_is_hashish() {
    // "980 grams of Hasheesh": the older spelling.
    assert_eq!(
        common::drug_amounts("In Manama, customs found 980 grams of Hasheesh in a car."),
        vec![("hashish".to_string(), 0.98)]
    );
}

#[test]
fn a_round_metric_conversion_of_a_loose_weight_is_as_loose() {
    // "about 440 pounds (200 kilograms) of cocaine": the kilograms convert the loose pounds.
    let e = common::only_event(
        "In Culiacan, soldiers found about 440 pounds (200 kilograms) of cocaine in a house.",
    );
    assert_eq!(
        (e.amount, e.qualifier),
        (200.0, seizure_text::model::Qualifier::Approx)
    );
    // (A precise conversion stays exact: "some 600 lbs. (272 kg)".)
    let e = common::only_event(
        "In Culiacan, soldiers found some 600 lbs. (272 kg) of cocaine in a house.",
    );
    assert_eq!(
        (e.amount, e.qualifier),
        (272.0, seizure_text::model::Qualifier::Exact)
    );
    // (Nor does a loose conversion after the metric figure loosen it.)
    let e = common::only_event(
        "In Culiacan, soldiers found 200 kilograms (about 440 pounds) of cocaine in a house.",
    );
    assert_eq!(
        (e.amount, e.qualifier),
        (200.0, seizure_text::model::Qualifier::Exact)
    );
}

#[test]
fn an_act_named_in_general_with_its_penalty_or_a_class_of_cases_is_no_find() {
    // "Smuggling more than 600 grams of heroin ... is punishable by death": the law's
    // threshold, with no person named, after the story's find.
    assert_eq!(
        common::amounts(
            "HANOI: Police in Hanoi seized 5 kg of heroin on Monday. Trafficking more than 300 \
             grams of heroin or more than 2 kilograms of methamphetamine is punishable by death."
        ),
        vec![5.0]
    );
    // "the number of cases of smuggling more than one kilogram ... has surpassed": a class
    // of cases counted.
    assert!(
        common::events(
            "SEOUL: The number of cases of smuggling more than one kilogram of cocaine at once \
             has already surpassed last year's."
        )
        .is_empty()
    );
    // (Two seizures of a size are still finds.)
    assert_eq!(
        common::amounts("SEOUL: Customs made two seizures of more than 100 kg of cocaine."),
        vec![100.0]
    );
}

#[test]
fn a_person_from_a_town_lives_there() {
    // "a woman from Samarkand" tells where the story is, as «жительница Самарканда» does;
    // "from Tajikistan to Russia" is a route.
    assert_eq!(
        common::country_of(
            "Officers stopped a car carrying 10 bags of onions and found 40 kg of heroin. A \
             man who tried to take the drugs from Tajikistan to Russia and a woman from \
             Samarkand were arrested."
        ),
        Some("UZ")
    );
}

#[test]
fn what_a_find_was_for_making_is_no_lot() {
    // «с порошком для изготовления 40 кг спайса», "chemicals, enough to make 2 tonnes of
    // meth": what the find could have made.
    assert_eq!(
        common::drug_amounts(
            "В Сочи у мужчины изъяли 1,2 кг порошка для изготовления 40 кг спайса."
        )
        .len(),
        1
    );
    assert!(
        common::amounts(
            "In Brno, police found 3 tonnes of chemicals, enough to make more than 1.5 tonnes \
             of pervitin."
        )
        .iter()
        .all(|a| *a != 1500.0)
    );
}

#[test]
fn a_count_of_pieces_each_of_a_stated_weight_is_their_total() {
    // "three five-kilogram boxes of methamphetamine": 15 kg.
    assert_eq!(
        common::amounts("In Sinuiju, guards found four five-kilogram boxes of methamphetamine."),
        vec![20.0]
    );
    // (One piece of a stated weight is that weight.)
    assert_eq!(
        common::amounts("In Sinuiju, guards found a five-kilogram box of methamphetamine."),
        vec![5.0]
    );
}
