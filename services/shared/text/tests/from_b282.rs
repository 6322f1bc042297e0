//! Own-words tests of what the b282 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_city_named_with_its_river_is_named_without_it_too() {
    // GeoNames calls it "Frankfurt am Main" (and "Ludwigshafen am Rhein", "Marburg an der
    // Lahn"); the news says "Frankfurt". The generated table takes the short name when it is
    // no common word and no other place or province holds it.
    assert_eq!(
        common::country_of(
            "Customs officers at the airport in Frankfurt found 4 kilograms of cocaine in the \
             luggage of two travellers."
        ),
        Some("DE")
    );
    assert_eq!(
        common::country_of("Police in Ludwigshafen seized 12 kg of amphetamine from a garage."),
        Some("DE")
    );
}

#[test]
fn a_credit_line_s_date_is_when_the_story_was_filed() {
    // "Our Correspondent February 12, 2023" under the headline, then a ceremony "on Saturday":
    // the credit line's day is the story's, not the burning's (a weekday alone gives no date).
    let text = "Navy burns seized drugs in Karachi\n\n\
         Staff Reporter March 5, 2023\n\
         Navy destroys drugs worth millions in Karachi.\n\n\
         KARACHI: The Pakistan Navy set fire to seized drugs during a ceremony on Saturday.\n\n\
         The drugs that were burnt included 2,150 kilograms of hashish and 40 kilograms of \
         heroin.";
    let events = common::events(text);
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events.iter().all(|e| e.date.is_none()), "{events:?}");
}

#[test]
fn the_special_surveillance_chemicals_are_precursors() {
    // The INCB's special surveillance list names chemicals that the news gives by themselves:
    // "included 787 tons of phenylacetamide and 52.5 tons of tartaric acid", "32,000 litres of
    // methylamine".
    let text = "Marines found 410 tons of phenylacetamide and 26.5 tons of tartaric acid in a \
         warehouse in the port of Manzanillo, Mexico, along with 18,000 litres of methylamine.";
    assert_eq!(
        common::drug_amounts(text),
        vec![
            ("precursors".to_string(), 410_000.0),
            ("precursors".to_string(), 26_500.0),
            ("precursors".to_string(), 18_000.0)
        ]
    );
}

#[test]
fn a_record_s_span_is_no_reporting_period() {
    // "It was the largest seizure of meth chemicals since the president launched his crackdown
    // at the end of 2006": the span of the record, not a period the next sentence's lots are
    // totals of; they are the one find's parts.
    let text = "The Mexican army has seized just under 840 tons of chemicals used for making \
         methamphetamine in a raid in central Mexico.\n\
         It was the largest seizure of such chemicals since the president launched a crackdown \
         on the cartels at the end of 2006.\n\
         The seizure, which the army made on Monday, included 787 tons of phenylacetamide and \
         52.5 tons of tartaric acid, all in 25kg packets.";
    let events = common::events(text);
    assert!(
        events
            .iter()
            .all(|e| e.kind == seizure_text::model::Kind::Seizure && e.date.is_none()),
        "{events:?}"
    );
    assert_eq!(common::amounts(text), vec![787_000.0, 52_500.0]);
}
