//! Own-words tests of what the b236 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Unit;

#[test]
fn a_labs_raw_materials_are_precursors() {
    // "14,300 kg of drug-making materials", "88 kg of drug producing materials": what a lab
    // makes drugs of (rule 11), as "drug-making chemicals" already was.
    for text in [
        "Police in Yunnan, China, seized more than 9,200 kg of drug-making materials.",
        "Police in Yunnan, China, seized 41 kg of drug producing materials at the plant.",
    ] {
        assert_eq!(common::only_event(text).drug, "precursors", "{text}");
    }
}

#[test]
fn two_forms_joined_by_and_describe_one_drug() {
    // "107.52 kg of solid and liquid methamphetamine, 88 kg of ...": two words of the drug's
    // form joined by "and" describe one lot; read as the end of the list, they left the
    // figure drugless and it was lost.
    let events = common::events(
        "Police in Hunan, China, also seized 63.4 kg of solid and liquid methamphetamine, \
         29 kg of ephedrine and drug-making equipment from the workshop.",
    );
    let found: Vec<_> = events.iter().map(|e| (e.drug.as_str(), e.amount)).collect();
    assert_eq!(found, vec![("methamphetamine", 63.4), ("precursors", 29.0)]);
}

#[test]
fn a_tool_to_make_drugs_with_is_not_an_item_of_the_lot() {
    // "88 kg of cocaine and drug-making equipment": the equipment is no drug, and the lot stays
    // cocaine, not drugs in general.
    let e = common::only_event(
        "Police in Peru seized 35 kg of cocaine and drug-processing equipment in the jungle.",
    );
    assert_eq!(e.drug, "cocaine");
}

#[test]
fn a_package_of_any_kind_counts_when_its_drug_follows() {
    // "78 maxim bags of marijuana", "20 bullet sized packets containing illegal narcotics":
    // one or two words of what the packages were between the number and the unit, the drug
    // right after; and balls and baskets are packages too.
    for (text, drug) in [
        (
            "Police in Ghana intercepted 41 jute bags of marijuana.",
            "cannabis",
        ),
        (
            "Police in Britain found 12 snap bags of mephedrone.",
            "mephedrone",
        ),
        (
            "Police in Malta found 9 pellet sized packets containing heroin.",
            "heroin",
        ),
        ("Police in Zambia found 310 balls of cannabis.", "cannabis"),
    ] {
        let e = common::only_event(text);
        assert_eq!((e.drug.as_str(), e.unit), (drug, Unit::Package), "{text}");
    }
    // (Not bags whose drug is not named right after them: "3 Nike duffle bags that held 41
    // packages of cocaine" are the packages' bags, not a lot of their own.)
    assert_eq!(
        common::amounts(
            "Police in Peru found 3 Nike duffle bags that held 41 packages of cocaine."
        ),
        vec![41.0]
    );
}

#[test]
fn concentrate_of_poppy_straw_is_its_own_drug() {
    // "824 kg of concentrated poppy straw (CPS)", «концентрат маковой соломы»: what the straw
    // is made into (Schedule I of the 1961 Convention), not the straw.
    for text in [
        "Officers in India seized 312 kg of concentrated poppy straw (CPS) from a truck.",
        "В Николаеве изъяли около 40 граммов концентрата маковой соломы.",
    ] {
        assert_eq!(
            common::only_event(text).drug,
            "other:poppy_straw_concentrate",
            "{text}"
        );
    }
}

#[test]
fn the_drug_of_the_story_and_the_drug_a_test_names() {
    // "A bag holding 800 grams of the drug had been hidden": "the drug" with a verb after it
    // is the one drug the story names.
    let e = common::only_event(
        "Heroin in a suitcase found on a bus to Minsk\n\nA bag holding 600 grams of the drug \
         had been hidden under a seat, border guards in Belarus said.",
    );
    assert_eq!(e.drug, "heroin");
    // "119 kilogrammes of a white powder. Testing showed the powder was cocaine": the lot a
    // test names in the next sentence, though the story names another drug further on.
    let e = common::only_event(
        "Customs officers in Vietnam found sacks holding 73 kilogrammes of a white powder in \
         a container of scrap steel.\nTesting showed the powder was cocaine, the report said.\n\
         Vietnam's drug laws are harsh: people convicted of smuggling heroin can face death.",
    );
    assert_eq!(e.drug, "cocaine");
    // (Not pieces whose weight the next sentences give: the weight is the lot, rule 6.)
    let events = common::events(
        "In Turkey, officials found white powder packed in a total of 30 units. Tests showed \
         the substance was cocaine. Officers seized approximately 33 kilograms of the drug.",
    );
    assert!(events.iter().all(|e| e.unit == Unit::Kg), "{events:?}");
}

#[test]
fn russias_national_guard_names_russia() {
    // «сотрудники Росгвардии задержали ...» in a text that names no place: Rosgvardiya is
    // Russia's alone, as the FSB and the FSIN are.
    assert_eq!(
        common::country_of(
            "Сотрудники Росгвардии задержали курьера. У него изъяли 12 свертков с мефедроном."
        ),
        Some("RU")
    );
}

#[test]
fn related_news_headlines_are_page_furniture() {
    // "Related news: 4kg meth seized at Pekanbaru airport": another story's headline linked
    // from the page, not a lot of this one.
    let events = common::events(
        "Police in Indonesia destroyed 2.4 kg of crystal methamphetamine on Tuesday.\n\n\
         Related news: 9 kg crystal methamphetamine seized at Batam port\n\n\
         The suspects face the death penalty.",
    );
    let amounts: Vec<f64> = events.iter().map(|e| e.amount).collect();
    assert_eq!(amounts, vec![2.4]);
}
