//! Own-words tests of what the b252 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Kind;

/// Two plots cleared by soldiers in a province, told one by one, then summed up in a quote by
/// an officer whose surname is also a Brazilian port's name.
const TWO_PLOTS: &str = "Soldiers cleared two hemp farms in the province of Sulu, officials \
     said on Friday, May 8, 2026.\n\n\
     Colonel Ramon Delos Santos said the first farm, about 800 square meters, contained 3,200 \
     mature marijuana plants, while the second, covering 1,500 square meters, yielded 4,100 \
     plants.\n\n\
     \"In total, 7,300 mature marijuana plants were discovered and destroyed across 2,300 \
     square meters,\" Delos Santos said.";

#[test]
fn a_surname_after_delos_is_no_place() {
    // "Delos Santos": a Philippine surname's particle before a place's name makes it a
    // surname (Santos is Brazil's port), as "Los Santos" and "Dos Santos" did already.
    assert_eq!(common::country_of(TWO_PLOTS), Some("PH"));
}

#[test]
fn a_quoted_closing_total_destroyed_gives_its_lots_and_their_kind() {
    // "\"In total, 7,300 ... were discovered and destroyed\"": a total in quoted speech that sums
    // the lots told before it is not an event; its lots are, and they were destroyed.
    let found = common::facts(TWO_PLOTS);
    let got: Vec<(Kind, f64)> = found.iter().map(|f| (f.0, f.3)).collect();
    assert_eq!(
        got,
        vec![(Kind::Destruction, 3200.0), (Kind::Destruction, 4100.0)],
        "{found:?}"
    );
}

#[test]
fn a_capital_letter_glued_to_a_rings_number_is_a_code() {
    // "the bust of drug ring 512T, seizing 9 bricks of heroin": the ring's code, not 512
    // tonnes; tonnes written as such stay.
    assert_eq!(
        common::amounts(
            "Provincial police announced the bust of drug ring 512T, seizing 9 bricks of heroin."
        ),
        vec![9.0]
    );
    assert_eq!(
        common::amounts("Customs officers seized 3T of cocaine in the port."),
        vec![3000.0]
    );
}

#[test]
fn russian_cannabis_oil_is_named() {
    // «конопляное масло», «масло конопли»: cannabis oil, a named drug of its own (rule 11),
    // as "cannabis oil" is.
    let found = common::drug_amounts("Таможенники изъяли 6 кг конопляного масла.");
    assert_eq!(found, vec![("other:cannabis_oil".to_string(), 6.0)]);
}
