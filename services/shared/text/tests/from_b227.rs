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
