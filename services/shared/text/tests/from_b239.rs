//! Own-words tests of what the b239 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Kind;

#[test]
fn charges_of_trafficking_in_a_figure_are_lots_and_itemise_the_total() {
    // "jointly charged with ... for trafficking in 3.47 tonnes of loose cannabis": each
    // accused's charge names the lot found on them ("trafficking in" a figure, as "trafficking"
    // one), the lots itemise the arrest's total (rule 2), and people charged together are no
    // joint work of several countries.
    let found = common::facts(
        "The commission arrested two Malawian and three Zambian nationals in Eastern \
         Province, Zambia, for trafficking in over 1 tonne of cannabis.\n\n\
         A farmer, Peter Chanda, 40, is jointly charged with John Banda, 35, for trafficking \
         in 700 kilograms of loose cannabis, and a trader, Mary Phiri, 50, faces a joint \
         charge with her son for trafficking in 350 kilograms of loose cannabis.",
    );
    let found: Vec<_> = found
        .iter()
        .map(|(_, c, d, a)| (*c, d.as_str(), *a))
        .collect();
    assert_eq!(
        found,
        vec![
            (Some("ZM"), "cannabis", 700.0),
            (Some("ZM"), "cannabis", 350.0)
        ]
    );
}

#[test]
fn a_town_named_surname_before_an_age_is_a_person() {
    // "Carlos Lima, 31, was caught", "from Sergeant Carlos Lima, 31,": a capitalised word, a
    // town's name (Lima is Peru's capital) and an age are a person, not a second country,
    // where no comma or lower-case word before them already makes the two a name. (The
    // b238 story's "a driver, Joseph Moyo, 31," was such a name already.)
    for text in [
        "Police in Zambia stopped a truck on Monday.\n\n\
         Carlos Lima, 31, was caught with 12 kg of cannabis.",
        "Police in Zambia stopped a truck on Monday.\n\n\
         Officers seized 12 kg of cannabis from Sergeant Carlos Lima, 31, a trader.",
    ] {
        assert_eq!(common::only_event(text).country, Some("ZM"), "{text}");
    }
}

#[test]
fn russian_packages_described_before_their_drug_count() {
    // «94 подготовленных пакета с наркотическим веществом», «12 фасованных свертков с
    // героином»: a word describing the packages between the number and the unit, the drug
    // after «с», as "78 maxim bags of marijuana" in English.
    for (text, drug, amount) in [
        (
            "В Орске у иностранца изъяли 94 подготовленных пакета с метадоном.",
            "methadone",
            94.0,
        ),
        (
            "В Томске у студента нашли 12 фасованных свертков с героином.",
            "heroin",
            12.0,
        ),
    ] {
        let e = common::only_event(text);
        assert_eq!((e.drug.as_str(), e.amount), (drug, amount), "{text}");
        assert_eq!(e.unit, seizure_text::model::Unit::Package, "{text}");
    }
}

#[test]
fn two_days_running_are_when_a_find_was_made() {
    // "on May 8 and 9 seized about 10 kilograms": two days running tell when the find was made,
    // not a reporting period (its month is still the date); "between May 8 and 14" is one.
    let events = common::events(
        "Customs officers in Hong Kong on May 8 and 9, 2023 seized about 10 kilograms of \
         cannabis buds at the airport.",
    );
    assert_eq!(
        common::kinds_dated(&events),
        vec![(Kind::Seizure, 10.0, Some("2023-05".to_string()))]
    );
    let events = common::events(
        "Between May 8 and 14, 2023, customs officers in Hong Kong seized 10 kilograms of \
         cannabis buds.",
    );
    assert_eq!(common::kinds_dated(&events)[0].0, Kind::PeriodTotal);
}

#[test]
fn a_labs_chemicals_are_precursors() {
    // "432 kg of chemicals were found alongside the maceration pit": a laboratory's chemicals
    // are labelled precursors (rule 11), as «химикатов» already was; not the lab's drug.
    let e = common::only_event(
        "Police in Peru found some 432 kg of chemicals alongside the first maceration pit of \
         the cocaine laboratory.",
    );
    assert_eq!((e.drug.as_str(), e.amount), ("precursors", 432.0));
}

#[test]
fn cakes_of_heroin_are_packages() {
    // "20 heroin cakes and 12 kg of crystal meth": the pressed blocks of heroin that Vietnam's
    // and Laos's bulletins count are packages, the drug named before them or after.
    let found = common::drug_amounts(
        "Police in Vietnam seized 20 heroin cakes and 12 kg of crystal meth from the courier.",
    );
    assert_eq!(
        found,
        vec![
            ("heroin".to_string(), 20.0),
            ("methamphetamine".to_string(), 12.0)
        ]
    );
}

#[test]
fn the_same_pills_weigh_the_drug_just_told() {
    // "5,335 gm of the same pills": a weight of the pills the sentence just named, as "of the
    // same substance" already was.
    let found = common::drug_amounts(
        "Police in Malaysia seized 1,760 grammes of Yaba pills in the first raid, while in the \
         second raid, 5,335 gm of the same pills were confiscated.",
    );
    assert_eq!(
        found,
        vec![
            ("methamphetamine".to_string(), 1.76),
            ("methamphetamine".to_string(), 5.335)
        ]
    );
}

#[test]
fn a_ships_tonnage_is_no_lot() {
    // "a 32,000-ton carrier suspected of carrying drugs": the ship's size, as "a 20-ton truck".
    let found = common::amounts(
        "Coast guards in South Korea seized 2 tonnes of cocaine from a ship on Wednesday. The \
         FBI had warned that a 32,000-ton carrier suspected of carrying drugs was entering \
         Korean waters.",
    );
    assert_eq!(found, vec![2000.0]);
}
