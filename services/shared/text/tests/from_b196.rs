//! Own-words tests of what the b196 session taught: errors of its blind batches and of the
//! earlier batches' page texts, each written as a general structure (none of these sentences is
//! from a page).

mod common;

#[test]
fn pills_called_illicit_that_name_no_drug_are_psychotropic_tablets() {
    // "672 illicit pills", "149,812 regulated medical tablets", "820,790 various pills": words
    // that say pills are drugs without naming one make them psychotropic tablets (rule 11), as
    // "narcotic pills" do.
    for text in [
        "So far this year the force has confiscated 672 illicit pills at the ports.",
        "Border patrols seized 2 tonnes of khat and 149,812 regulated medical tablets.",
        "Officers seized 40 kilograms of hashish and 820,790 various pills last year.",
    ] {
        let events = common::events(text);
        let pills: Vec<_> = events
            .iter()
            .filter(|e| e.unit == seizure_text::model::Unit::Tablet)
            .collect();
        assert_eq!(pills.len(), 1, "{text}: {events:?}");
        assert_eq!(pills[0].drug, "psychotropic_tablets", "{text}");
    }
    // (Unless the story names them: the headline's tramadol pills are the body's.)
    let text = "Customs seize 50,000 tramadol pills at the airport\n\nOfficers found 50,000 \
                illegal pills in two suitcases, the agency said.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].drug, "tramadol", "{events:?}");
}

#[test]
fn plants_told_how_grown_or_how_big_are_counted_with_the_story_s_drug() {
    // "200 fully-grown plants", "30 smaller plants": words of how the plants grew or of their
    // size stand between the number and the plants, as "40 dried bushes" do; the drug is the
    // story's.
    let text = "Officers raided a cannabis farm in a basement. Behind a false wall they found \
                200 fully-grown plants.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        (events[0].amount, events[0].drug.as_str()),
        (200.0, "cannabis")
    );
    let text = "Officers found more than 50 fully grown marijuana plants in a shed, as well as \
                30 smaller plants.";
    let events = common::events(text);
    let amounts: Vec<f64> = events.iter().map(|e| e.amount).collect();
    assert_eq!(amounts, [50.0, 30.0], "{events:?}");
    assert!(events.iter().all(|e| e.drug == "cannabis"), "{events:?}");
}
