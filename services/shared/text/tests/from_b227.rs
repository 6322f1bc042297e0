//! Own-words tests of what the b227 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn chemicals_for_making_drugs_are_precursors_when_hyphened_or_listed_with_raw_materials() {
    // "180 tons of drug-producing chemicals", "3 tonnes of drug-making chemicals": chemicals
    // to make drugs are precursors (rule 11), the drug word being part of the adjective.
    assert_eq!(
        common::drug_amounts(
            "Police in Yunnan seized 12 tonnes of drug-producing chemicals this spring. \
             Customs in Fujian seized 3 tonnes of drug-making chemicals."
        ),
        vec![
            ("precursors".to_string(), 12000.0),
            ("precursors".to_string(), 3000.0)
        ]
    );
    // "... tons of chemicals and other raw materials used for producing narcotics": a
    // second kind of makings before the participle.
    assert_eq!(
        common::drug_amounts(
            "Police in Hunan seized 25 tonnes of chemicals and other raw materials used for \
             producing narcotics."
        ),
        vec![("precursors".to_string(), 25000.0)]
    );
    // (Drugs and their makings under one figure stay drugs.)
    assert_eq!(
        common::drug_amounts(
            "Police in Kandahar burned about 9 tons of drugs and drug-making chemicals."
        ),
        vec![("narcotic_drugs".to_string(), 9000.0)]
    );
}

#[test]
fn a_text_that_names_no_country_is_where_its_smaller_places_are() {
    // "Authorities in the port of Lázaro Cárdenas reported ...": a text that names no
    // country, region or large city takes the country of the towns and provinces it names
    // after a preposition of place.
    assert_eq!(
        common::country_of(
            "Divers at the port of Lázaro Cárdenas found 28 packages holding 31 kilograms of \
             cocaine in the hull of a ship, the customs office reported."
        ),
        Some("MX")
    );
    assert_eq!(
        common::country_of(
            "Officers in Savusavu uprooted 410 cannabis plants from a farm on Tuesday, police \
             said."
        ),
        Some("FJ")
    );
    // (Not a name that goes on as another's: "at Grantley Adams International Airport",
    // named after a person; nor a surname with no preposition of place.)
    assert_eq!(
        common::country_of(
            "Officers at Grantley Adams International Airport seized 4 kilograms of cocaine, \
             Inspector Dundas said."
        ),
        None
    );
}

#[test]
fn a_force_only_one_country_has_names_it() {
    // "The DLEAG has also seized 844 kilograms of cocaine", "officers of YKAN found ...": a
    // drug agency or police force by its letters, where only one country has it.
    assert_eq!(
        common::country_of("The DLEAG said it seized 12 kilograms of cannabis at a farm."),
        Some("GM")
    );
    assert_eq!(
        common::country_of("Members of YKAN found 3 kilograms of cocaine in a flat."),
        Some("CY")
    );
    assert_eq!(
        common::country_of(
            "A man was charged under the NDPS Act after 20 kilograms of ganja was found in his \
             car."
        ),
        Some("IN")
    );
}
