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

#[test]
fn a_lot_of_drugs_named_in_the_next_sentence_as_what_it_seems_is_that_drug() {
    // «8 килограммов наркотиков ... Вещество, похожее на гашиш»: the sentence after tells
    // what the lot of "drugs" looks like; the label takes that drug.
    assert_eq!(
        common::drug_amounts(
            "У берега нашли тайник с 5 килограммами наркотиков. Вещество, похожее на гашиш, \
             нашли собаки."
        ),
        vec![("hashish".to_string(), 5.0)]
    );
    assert_eq!(
        common::drug_amounts(
            "Полицейские изъяли около 3 килограммов наркотиков. Изъятое вещество \
             предположительно героин."
        ),
        vec![("heroin".to_string(), 3.0)]
    );
    assert_eq!(
        common::drug_amounts(
            "Officers seized 2 kg of drugs from the car. The powder is believed to be cocaine."
        ),
        vec![("cocaine".to_string(), 2.0)]
    );
    // (Two drugs named: still drugs in general.)
    assert_eq!(
        common::drug_amounts(
            "Officers seized 2 kg of drugs from the car. The powder is believed to be cocaine \
             or heroin."
        ),
        vec![("narcotic_drugs".to_string(), 2.0)]
    );
}

#[test]
fn a_pill_s_strength_in_milligrams_is_no_amount() {
    // After a count of pills, before the drug's name: each pill's strength, not a lot.
    assert_eq!(
        common::drug_amounts(
            "Customs seized 2,500,000 pills of Super 225mg Tapentadol at the port."
        ),
        vec![("other:tapentadol".to_string(), 2_500_000.0)]
    );
    assert_eq!(
        common::drug_amounts("Officers seized 300 tablets of 10 mg diazepam in the flat."),
        vec![("other:diazepam".to_string(), 300.0)]
    );
    // Between the count and the pills' word, the count still counts the pills ...
    assert_eq!(
        common::drug_amounts("Customs seized 40,000 tramadol 225mg tablets at the airport."),
        vec![("tramadol".to_string(), 40_000.0)]
    );
    // ... and a weight told after the strength is the lot's weight (weight before pieces).
    assert_eq!(
        common::drug_amounts(
            "Officers recovered 40,000 tablets of tramadol 225mg weighing 16.2 kg from a house."
        ),
        vec![("tramadol".to_string(), 16.2)]
    );
    // (Milligrams "of" a drug, or weighed, are a lot: «свёрток с героином массой 980 мг».)
    assert_eq!(
        common::drug_amounts("Police seized 3 packets of 500 mg of heroin."),
        vec![("heroin".to_string(), 0.0005)]
    );
    assert_eq!(
        common::drug_amounts("Полицейские изъяли свёрток с героином массой 980 мг."),
        vec![("heroin".to_string(), 0.00098)]
    );
}

#[test]
fn a_threshold_of_the_law_for_someone_or_a_person_is_no_find() {
    // What the law threatens anyone over a weight with is no lot, whoever the sentence names.
    assert!(common::events(
        "Under the new act, someone convicted of trafficking more than 30 grams of heroin could \
         be jailed for life."
    )
    .is_empty());
    assert!(
        common::events(
            "If the bill passes, a person arrested for selling more than 20 grams of cocaine would \
         face at least 15 years in prison."
        )
        .is_empty()
    );
    // (A court's sentence for a find is still the find.)
    assert_eq!(
        common::amounts(
            "The smuggler, caught with 4 kg of heroin at the airport in March, was sentenced to \
             12 years in prison."
        ),
        vec![4.0]
    );
}

#[test]
fn a_paragraph_that_opens_on_a_day_tells_one_find_in_a_review() {
    // A review of two months' work, then a paragraph that opens on a day: its find is a
    // seizure of that day, not the review's total.
    let text = "Customs seized 180 kg of cocaine at the airport in January and February 2016\n\n\
                In the first two months of 2016, customs seized 180 kg of cocaine at the airport.\n\n\
                On 12 February 2016, officers inspected a cargo of tinned fish bound for Africa. \
                Several boxes held packages of white powder. Approximately 60 kg of cocaine were \
                seized.";
    let events = common::events(text);
    let found: Vec<_> = events
        .iter()
        .map(|e| (e.kind, e.amount, e.date.map(|d| d.to_string())))
        .collect();
    assert!(
        found.contains(&(
            seizure_text::Kind::Seizure,
            60.0,
            Some("2016-02-12".to_string())
        )),
        "{found:?}"
    );
}
