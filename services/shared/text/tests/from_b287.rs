//! Own-words tests of what the b287 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

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
