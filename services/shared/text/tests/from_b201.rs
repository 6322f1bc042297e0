//! Own-words tests of what the b201 session taught: errors of its blind batches and of the
//! earlier batches' page texts, each written as a general structure (none of these sentences is
//! from a page).

mod common;

use seizure_text::model::Kind;

#[test]
fn a_court_judgment_tells_one_offence_not_a_period_s_total() {
    // A judgment cites its laws and cases by year and tells the facts by month; none of them is
    // a reporting period, so its finds stay seizures, dated by the month the facts are told in
    // (rule 8) and never by a law's year.
    let text = "State v Kaloma [2024] KISC 31\nIN THE HIGH COURT OF THE REPUBLIC\n\
                SENTENCE\n\
                - Mr Kaloma, you pleaded guilty to one count of unlawful cultivation contrary \
                to section 6 of the Dangerous Drugs Act 2004.\n\
                - In June 2024, officers were told of illegal growing in the village. That led \
                them to search your plot and pull out 12 plants. Tests showed the plants were \
                cannabis, with a net weight of 2.3 kg.\n\
                - The prosecutor asks for a term of imprisonment.";
    let events = common::events(text);
    let kg: Vec<_> = common::kinds_dated(&events)
        .into_iter()
        .filter(|(_, amount, _)| *amount == 2.3)
        .collect();
    assert_eq!(
        kg,
        [(Kind::Seizure, 2.3, Some("2024-06".to_string()))],
        "{events:?}"
    );
    // (A law's year before the facts gives them no date: "Drugs Act 1994 ... He was carrying
    // 10 kilograms of cannabis".)
    let text = "The Queen v Oa [2001] PGNC 7\nIN THE NATIONAL COURT OF JUSTICE\nJUDGMENT\n\
                The accused was charged under the Dangerous Drugs Act 1994. He was carrying 10 \
                kilograms of cannabis to the coast to sell it.";
    let events = common::events(text);
    assert_eq!(
        common::kinds_dated(&events),
        [(Kind::Seizure, 10.0, None)],
        "{events:?}"
    );
    // (A news story about a court keeps its periods: "In 2024 police seized ..." is a year's
    // figure.)
    let text = "Police figures for 2024 were given to the High Court on Monday. In 2024 \
                police seized 450 kilograms of cannabis, the prosecutor said.";
    let events = common::events(text);
    assert_eq!(events[0].kind, Kind::PeriodTotal, "{events:?}");
}

#[test]
fn a_charged_importation_or_sale_names_the_drugs_found() {
    // "Count 2 involved the importation of 20.86 lbs. of Cannabis", "did then and there
    // willfully, unlawfully and feloniously sell and deliver one sachet containing 0.61 gram
    // of shabu": a count's importation and an information's sale name what the police took
    // (as a charged possession does); a jury's day is the verdict's, not the find's.
    let text = "Rex v Dill [2025] SC 40\nIN THE SUPREME COURT OF THE ISLANDS\nSENTENCE\n\
                1. On the 3rd March 2025 a Jury found the Defendant guilty of two counts of \
                importing controlled drugs.\n\
                2. Count 1 involved the importation of 12.5 lbs. of Cannabis with a street \
                value of $30,000.";
    let events = common::events(text);
    assert_eq!(
        common::kinds_dated(&events),
        [(Kind::Seizure, 5.66990463, None)], // 12.5 lb
        "{events:?}"
    );
    let text = "People v Cruz, G.R. No. 250100\nSUPREME COURT OF THE PHILIPPINES\nDECISION\n\
                That on or about the 2nd day of June 2012, in the City of Tarlac, the \
                above-named accused did then and there willfully, unlawfully and feloniously \
                sell and deliver one heat sealed plastic sachet containing 0.35 gram of \
                methamphetamine hydrochloride to a poseur buyer.";
    let events = common::events(text);
    assert_eq!(
        common::drug_amounts(text),
        [("methamphetamine".to_string(), 0.00035)],
        "{events:?}"
    );
}

#[test]
fn a_town_s_name_in_capitals_beside_small_words_is_an_agency_s_acronym() {
    // "Immigration & Checkpoints Authority (ICA) officers": an agency's acronym that spells a
    // town (Ica, in Peru) names no place, in brackets or beside lower-case words.
    for text in [
        "Drugs found at the checkpoint in Singapore. Immigration & Checkpoints Authority \
         (ICA) officers found 2 kg of cannabis in a lorry.",
        "Drugs found at the checkpoint in Singapore. ICA officers found 2 kg of cannabis in \
         a lorry.",
    ] {
        assert_eq!(common::country_of(text), Some("SG"), "{text}");
    }
    // (A dateline in capitals is still the town: "OSH, May 5".)
    let text = "OSH, May 5 - Police seized 2 kg of hashish from a driver.";
    assert_eq!(common::country_of(text), Some("KG"), "{text}");
}

#[test]
fn the_maghreb_s_words_for_cannabis_and_hallucinogenic_pills() {
    // "2,086 kg of chira" (Morocco's word for cannabis resin), "processed kif" (Algeria's
    // reports), "118,596 hallucinogenic pills" (pills of some drug, rule 11).
    let text = "Police foiled an attempt to smuggle 2,086 kg of chira at the border crossing.";
    assert_eq!(
        common::drug_amounts(text),
        [("hashish".to_string(), 2086.0)],
        "{text}"
    );
    let text = "Army detachments seized 4 quintals of processed kif near the border, and \
                12,400 hallucinogenic pills in the south.";
    assert_eq!(
        common::drug_amounts(text),
        [
            ("cannabis".to_string(), 400.0),
            ("psychotropic_tablets".to_string(), 12400.0)
        ],
        "{text}"
    );
}

#[test]
fn pills_beside_a_drug_never_sold_as_pills_are_the_story_s_pills() {
    // "officers discovered 17 hashish blocks, 3,000 pills": hashish is never counted in pills,
    // so the pills are of the story's pills: the ones it calls drugs of no name ("110,000
    // narcotic pills"), before a drug sold as pills it names elsewhere ("crystal meth").
    let text = "In Amman police found 150 grams of crystal meth. In Irbid they seized 110,000 \
                narcotic pills. In Mafraq, officers discovered 17 hashish blocks and 3,000 \
                pills.";
    let events = common::events(text);
    let pills: Vec<_> = events
        .iter()
        .filter(|e| e.unit == seizure_text::model::Unit::Tablet)
        .map(|e| (e.drug.as_str(), e.amount))
        .collect();
    assert_eq!(
        pills,
        [
            ("psychotropic_tablets", 110000.0),
            ("psychotropic_tablets", 3000.0)
        ],
        "{events:?}"
    );
}

#[test]
fn a_floor_told_as_the_sum_of_attempts_is_itemised_by_their_lots() {
    // "two separate attempts to smuggle over 1 million captagon tablets", then 699,500 and
    // 579,632 pills: a total said to be of several attempts, a floor its lots pass, is fully
    // itemised by them (rule 2: items only).
    let text = "Customs foiled two separate attempts to smuggle over 1 million captagon tablets \
                through the port.\n\nIn the first, officers found 640,000 captagon pills in a \
                fuel tank; in the second, they found 512,300 captagon pills in tyres.";
    let events = common::events(text);
    assert_eq!(common::amounts(text), [640000.0, 512300.0], "{events:?}");
}

#[test]
fn the_day_the_next_sentence_says_the_police_seized_the_drugs() {
    // "KUNMING, July 14 -- Police seized 23.98 kg of methamphetamine ... On July 8, the police
    // seized the drugs from a backpack": the day a sentence right after the figure's says the
    // drugs were seized (rule 8).
    let text = "KUNMING, July 14, 2019 -- Police in Yunnan seized 12.5 kg of methamphetamine, \
                the provincial department said.\n\nOn July 9, the police seized the drugs from \
                a bag left by a fleeing rider.";
    let events = common::events(text);
    assert_eq!(
        common::dated(&events),
        [(12.5, Some("2019-07-09".to_string()))],
        "{events:?}"
    );
}
