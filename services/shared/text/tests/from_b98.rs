//! Own-words tests of what the b98 session taught: errors of the blind batches' page texts,
//! each written as a general structure (none of these sentences is from a page).

mod common;
use common::facts;

#[test]
fn a_sentences_capitalised_preposition_is_no_part_of_a_foreign_name() {
    // «Ханой. В Лаосе»: "В" is capitalised for opening the sentence, not the first word of a
    // two-word foreign name ("в провинции Нонг Каен"), so Laos is named and outweighs the
    // bureau's city.
    let text = "Лаос сжёг наркотики\n\nХАНОЙ, 28 июн. В Лаосе сожгли 700 кг наркотиков.\n\n\
        Среди них около 4 килограммов героина и 325 килограммов опиума.";
    let got = facts(text);
    assert!(got.iter().all(|f| f.1 == Some("LA")), "{got:?}");
}
