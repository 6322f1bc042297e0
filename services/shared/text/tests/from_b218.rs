//! Own-words tests of what the b218 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_british_police_force_named_for_its_county_is_britain() {
    // "Suffolk Police", "Kent Police", "Thames Valley Police": a county's name that is a
    // common word, or an American town's too, names Britain in its force's name.
    assert_eq!(
        common::country_of(
            "Officers from Suffolk Police found more than 300 cannabis plants in a house."
        ),
        Some("GB")
    );
    assert_eq!(
        common::country_of("Kent Police said 4 kg of cocaine was found in a lorry at the port."),
        Some("GB")
    );
    assert_eq!(
        common::country_of("Thames Valley Police seized 2 kg of heroin during a raid."),
        Some("GB")
    );
    // (Not an American city's department, nor Ontario's Chatham-Kent, nor Tokyo's force.)
    assert_ne!(
        common::country_of(
            "The Norfolk Police Department seized 3 kg of cocaine from a car on Monday."
        ),
        Some("GB")
    );
    assert_ne!(
        common::country_of("Chatham-Kent police seized 2 kg of cocaine on Monday."),
        Some("GB")
    );
    assert_ne!(
        common::country_of("The Tokyo Metropolitan Police seized 5 kg of methamphetamine."),
        Some("GB")
    );
}

#[test]
fn a_half_told_after_the_unit_adds_half_the_unit() {
    // "a kilo and a half", "two kilos and a half", "a ton and a half": translations write the
    // half after the unit, sometimes with the unit said again.
    assert_eq!(
        common::amounts("Customs officers seized a kilo and a half of cocaine at the airport."),
        vec![1.5]
    );
    assert_eq!(
        common::amounts(
            "Officers seized 8 kilograms of hashish and a kilo and a half kilo of cocaine."
        ),
        vec![8.0, 1.5]
    );
    assert_eq!(
        common::amounts("The police seized two kilos and a half of heroin."),
        vec![2.5]
    );
    assert_eq!(
        common::amounts("The navy seized a ton and a half of hashish."),
        vec![1500.0]
    );
    // (A half before the unit is read as it was: "one and a half kilos".)
    assert_eq!(
        common::amounts("The police seized one and a half kilos of heroin."),
        vec![1.5]
    );
}

#[test]
fn scheduled_substances_and_plants_are_named_as_such() {
    // Names of the international schedules and of plants that bulletins name, kept by name.
    let drug = |text: &str| common::drug_amounts(text).first().map(|(d, _)| d.clone());
    assert_eq!(
        drug(
            "Customs officers seized a parcel holding 600 grams of a substance which tested \
             positive for synthetic cathinone."
        ),
        Some("other:synthetic_cathinone".to_string())
    );
    assert_eq!(
        drug("Officers seized 433 grams of DMT from a house in the suburb."),
        Some("other:dmt".to_string())
    );
    assert_eq!(
        drug("Police found 24 kilograms of kava in a suitcase at the airport."),
        Some("other:kava".to_string())
    );
    assert_eq!(
        drug("Police seized two kilograms of happy water and 16,000 tablets."),
        Some("other:happy_water".to_string())
    );
    assert_eq!(
        drug("Таможенники изъяли 181 кг сушеных мухоморов."),
        Some("other:fly_agaric".to_string())
    );
    // (A cannabis product named by its substance is cannabis.)
    assert_eq!(
        drug("Customs seized about 25 grams of THC gummies at the airport."),
        Some("cannabis".to_string())
    );
}

#[test]
fn what_a_lot_was_believed_to_be_names_its_drug_in_a_list() {
    // "2 kilograms of what is believed to be fentanyl" beside another drug's lot: the drug it
    // was taken to be, not the sentence's other drug.
    assert_eq!(
        common::drug_amounts(
            "Police seized 8 kilograms of cocaine and 2 kilograms of what is believed to be \
             fentanyl."
        ),
        vec![
            ("cocaine".to_string(), 8.0),
            ("other:fentanyl".to_string(), 2.0)
        ]
    );
    assert_eq!(
        common::drug_amounts(
            "Officers found 5 kilograms of cannabis, 3 kilograms of what appeared to be heroin \
             and cash."
        ),
        vec![("cannabis".to_string(), 5.0), ("heroin".to_string(), 3.0)]
    );
}

#[test]
fn a_brand_s_number_before_its_pills_is_no_count() {
    // "quantities of Shady 8 pills": the pills' brand, not eight pills.
    assert_eq!(
        common::amounts(
            "Police seized 8 kilograms of methamphetamine and large quantities of Shady 8 pills."
        ),
        vec![8.0]
    );
    // (A count written before the pills still counts: "of 8 pills".)
    assert_eq!(
        common::amounts("Police seized a bag of 8 pills of ecstasy."),
        vec![8.0]
    );
}

#[test]
fn nitazenes_are_named_as_a_family() {
    assert_eq!(
        common::drug_amounts(
            "Detectives seized around 150,000 tablets containing nitazenes in a raid."
        ),
        vec![("other:nitazene".to_string(), 150000.0)]
    );
}
