//! Own-words tests of what the b275 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Kind;

#[test]
fn a_figure_compared_with_is_of_the_drug_of_the_figure_before_it() {
    // Statistics releases give last year's figure in brackets after this year's: "(compared to
    // 80.4 kg in 2012-13)" is the heroin of the year before, a total of its own, even when
    // another drug's figures follow in the same sentence.
    let text = "In 2015-16 the constabulary reported seizing 96.1 kilograms of heroin \
         (compared to 51.7 kg in 2014-15) and 77.2 kg of cocaine (63.5 kg in 2014-15).";
    let lots = common::drug_amounts(text);
    assert!(lots.contains(&("heroin".to_string(), 51.7)), "{lots:?}");
    assert!(lots.contains(&("cocaine".to_string(), 63.5)), "{lots:?}");
}

#[test]
fn a_change_from_one_figure_to_another_gives_both_the_drug_named_after() {
    // "fell from 615.0 kg to 452.7 kg for herbal cannabis and from 1,707.0 kg to 367.8 kg for
    // cannabis resin": the figure a change starts from is the year before's total of the drug
    // named after the figure it ends at.
    let text = "Seizures of cannabis fell between 2014-15 and 2015-16, from 722.4 kg to 518.9 \
         kg for herbal cannabis and from 1,204.0 kg to 433.6 kg for cannabis resin.";
    let lots = common::drug_amounts(text);
    assert!(lots.contains(&("cannabis".to_string(), 722.4)), "{lots:?}");
    assert!(lots.contains(&("hashish".to_string(), 1204.0)), "{lots:?}");
    assert!(
        common::events(text)
            .iter()
            .all(|e| e.kind == Kind::PeriodTotal)
    );
}
