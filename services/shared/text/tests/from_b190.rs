//! Own-words tests of what the b190 session taught: errors of its blind batches and of the
//! earlier batches' page texts, each written as a general structure (none of these sentences is
//! from a page).

mod common;

#[test]
fn narcotic_pills_that_name_no_drug_are_psychotropic_tablets() {
    // "52,000 narcotic pills", "270,000 narcotic tablets": pills called narcotic that name no
    // drug are counted as psychotropic tablets (rule 11), as Russian-language releases' unnamed
    // «таблетки» are.
    for text in [
        "Border guards stopped a truck loaded with 52,000 narcotic pills near the checkpoint.",
        "Customs officers were able to seize 270,000 narcotic tablets hidden in the cargo.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].drug, "psychotropic_tablets", "{text}");
    }
    // (Unless the story names them: the headline's Captagon pills are the body's narcotic
    // pills.)
    let text = "Police seize 3 million Captagon pills in port raid\n\nIt is the largest amount of \
                narcotic pills seized at one time, 3 million narcotic pills, the minister said.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].drug, "other:captagon", "{events:?}");
}

#[test]
fn bushes_of_a_narcotic_plant_are_of_the_plant_drug_told_nearby() {
    // «кустов наркосодержащего растения» names no drug: the bushes are of the one plant drug
    // told in the two sentences before, or after them in their own sentence, where poppy straw
    // («кустами маковой соломы») makes them poppy plants.
    let text = "Полицейские установили, что мужчина выращивал коноплю в дачном доме. Там \
                оборудована теплица с лампами и вентиляторами. Изъято 20 кустов \
                наркосодержащего растения.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].drug, "cannabis", "{events:?}");
    let text = "При обыске у пенсионера изъяли 900 кустов наркосодержащего растения, которые, \
                по заключению экспертизы, оказались кустами маковой соломы.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].drug, "other:poppy", "{events:?}");
}

#[test]
fn the_country_named_more_than_any_other_is_where_when_no_rule_finds_one() {
    // An island's own news names it more often than the country its drugs come from, though
    // not twice as often: where nothing closer places a figure, the country named more than
    // any other is where it happened (none at all was given before).
    let text = "Most of the methamphetamine that arrives in Palau comes by mail, officials said. \
                Buyers in the United States post it to friends in Palau.\n\n\
                The inspector said the drug is cheaper in the United States.\n\n\
                Palauan police want scanners.\n\n\
                Last year 225 grams of meth were seized at the post office.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].country, Some("PW"), "{events:?}");
    // (Nor does a regional organisation's release, whichever member it names most: its
    // figures are the region's. The dev set's CSTO release.)
    let text = include_str!("../../../../tests/fixtures/dev/202_en_csto_kanal_operation.txt");
    let totals: Vec<_> = common::events(text)
        .into_iter()
        .filter(|e| e.kind == seizure_text::Kind::PeriodTotal)
        .collect();
    assert!(!totals.is_empty(), "{totals:?}");
    assert!(totals.iter().all(|e| e.country.is_none()), "{totals:?}");
    // (A tie names no country.)
    let text = "Police in Palau and in the United States work together.\n\n\
                Officers in the United States and in Palau met.\n\n\
                Last year 225 grams of meth were seized at the post office.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].country, None, "{events:?}");
}

#[test]
fn a_production_center_destroyed_beside_the_seizure_leaves_the_drugs_seized() {
    // "seized 9 tons of marijuana and destroyed a narcotics production center": what was
    // destroyed is the place (its trade named by a drug word), not the drugs.
    let text = "Anti-drug agents seized 9.1 tons of marijuana and destroyed a narcotics \
                production center during an operation in a rural area.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, seizure_text::Kind::Seizure, "{events:?}");
    // (Plants destroyed with the camp are destroyed: "The trees and the camp were
    // subsequently destroyed.")
    let text = "Officers discovered eleven fields containing 520 fully grown marijuana trees in \
                the forest. The trees and the camp were subsequently destroyed.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].kind,
        seizure_text::Kind::Destruction,
        "{events:?}"
    );
    // (Drugs burned in a plant's furnace are destroyed.)
    let text = "Около 30 кг наркотических средств, изъятых полицией, сожжены в печи цеха \
                одного из заводов.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].kind,
        seizure_text::Kind::Destruction,
        "{events:?}"
    );
}

#[test]
fn a_promise_to_destroy_the_dealers_destroys_no_lot() {
    // A sentence after a seizure that promises to destroy ("we will try our best to destruct
    // them") tells nothing done to the lot: it stays seized. (Told as done, "Police set fire
    // on those drugs at the spot", it is destroyed.)
    let text = "Last week police seized one hundred kilograms of cocaine off the coast. \
                \"We will try our best to destruct them in their operations.\"";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, seizure_text::Kind::Seizure, "{events:?}");
    let text = "Last week police seized 100 kg of cocaine in a field. Police set fire on those \
                drugs at the spot.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].kind,
        seizure_text::Kind::Destruction,
        "{events:?}"
    );
}

#[test]
fn a_day_and_year_glued_by_a_comma_are_a_date() {
    // "on Tuesday August 14,2012": the day and the year glued by the comma are a date, and
    // the operation that day is an incident, not a total over the months a quote spoke of
    // earlier.
    let text = "\"We are making headway. In the last couple of months we can see that the \
                successes are very great.\"\n\n\
                The latest operation occurred on Tuesday August 14,2012 in Hillsborough. That \
                operation yielded 40,000 grams of cocaine.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, seizure_text::Kind::Seizure, "{events:?}");
    assert_eq!(
        events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2012-08-14"),
        "{events:?}"
    );
}

#[test]
fn what_officers_came_across_or_stumbled_upon_is_found() {
    // "came across three plantations on which there were 120,000 coca plants", "stumbled
    // upon": a find by chance is a seizure (a discovered plantation, rule 10).
    for text in [
        "A joint patrol came across three plantations on which there were a total of 120,000 \
         coca plants.",
        "Soldiers on patrol stumbled upon 40 kg of cannabis hidden in the bush.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].kind, seizure_text::Kind::Seizure, "{events:?}");
    }
}

#[test]
fn a_country_after_bound_for_and_a_region_is_on_the_route() {
    // "a speedboat bound for Central America or Mexico": the list after "bound for" opens with
    // a region of several words; the country after it is a destination too, not where the
    // beach was.
    let text = "Colombian Police Seize 2.6 Tons of Cocaine\n\
                Police on Saturday seized more than 2 tons of cocaine hidden on a beach on the \
                Caribbean coast and arrested five suspects who were preparing to load the drugs \
                aboard a speedboat bound for Central America or Mexico.";
    let events = common::events(text);
    assert!(!events.is_empty(), "{events:?}");
    assert!(events.iter().all(|e| e.country == Some("CO")), "{events:?}");
}

#[test]
fn a_cartel_named_after_a_town_is_no_place_of_the_story() {
    // "members of the Tijuana cartel": a gang's name is no place of the find.
    let text = "Peruvian police seized 550 kilograms of cocaine in Callao on Friday.\n\n\
                Last week police arrested 21 alleged members of the Tijuana cartel and \
                confiscated 990 kilograms of cocaine bound for the United States.";
    let events = common::events(text);
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events.iter().all(|e| e.country == Some("PE")), "{events:?}");
}

#[test]
fn chemicals_used_to_make_a_drug_are_precursors() {
    // "750kg of ingredients used to make cocaine", "10 tons of chemicals used in the production
    // of synthetic drugs": a lab's chemicals are precursors (rule 11); the drug they make is no
    // name of theirs.
    for text in [
        "Officials seized 750kg of ingredients used to make cocaine after a gunbattle.",
        "The police seized 10 tons of chemicals used in the production of synthetic drugs.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].drug, "precursors", "{text}");
    }
}

#[test]
fn bushes_described_by_any_one_agreeing_adjective_are_counted() {
    // «около 200 ухоженных кустов конопли»: one adjective that agrees with the bushes, between
    // the number and the unit, the drug named after them.
    let text = "На огороде у женщины правоохранители обнаружили около 200 ухоженных кустов \
                конопли.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!((events[0].amount - 200.0).abs() < 1e-9, "{events:?}");
    assert_eq!(events[0].drug, "cannabis", "{events:?}");
}

#[test]
fn decimals_read_out_after_point_are_numbers() {
    // "about two point zero five million Captagon pills", "sixty two point nine pounds":
    // decimals read out digit by digit after "point", before a multiplier or a unit; and
    // pounds in words are read in a sentence with no digit ("found two pounds of meth").
    let events = common::events(
        "Authorities recovered about two point zero five million \
                                 Captagon pills at the border.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert!((events[0].amount - 2_050_000.0).abs() < 1e-6, "{events:?}");
    let events = common::events(
        "Officers searched the vehicle and found some sixty two point \
                                 nine pounds of cannabis.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        (events[0].amount - 62.9 * 0.45359237).abs() < 1e-6,
        "{events:?}"
    );
}

#[test]
fn pounds_in_words_are_read_in_a_sentence_with_no_digit() {
    let events = common::events("Deputies found two pounds of methamphetamine in the truck.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        (events[0].amount - 2.0 * 0.45359237).abs() < 1e-6,
        "{events:?}"
    );
}

#[test]
fn what_is_usually_done_is_no_lot() {
    // "Swallowers usually ingest between half a pound and two pounds of cocaine", "eradications
    // have usually ranged from 5,000 to 15,000 plants": what is done as a rule, no lot.
    for text in [
        "Swallowers usually ingest between half a pound and two pounds of cocaine.",
        "Reported plant eradications in the county have usually ranged from 5,000 to 15,000 \
         plants.",
    ] {
        let events = common::events(text);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    // (Not "as usual": «Как обычно, больше всего сгорело марихуаны (10 кг ...)».)
    let events = common::events(
        "В Воронеже сожгли изъятые наркотики. Как обычно, больше всего \
                                 сгорело марихуаны (10 кг).",
    );
    assert!(!events.is_empty(), "{events:?}");
}

#[test]
fn a_year_with_an_ordinal_ending_is_the_period_s_year() {
    // «за шесть месяцев 2024-го года»: the year with an ordinal's ending before its word.
    let events = common::events(
        "Всего за шесть месяцев 2024-го года в области изъято более 200 \
                                 кг наркотических средств.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2024"),
        "{events:?}"
    );
}

#[test]
fn a_territory_named_is_the_territory_not_its_sovereign() {
    // "seized ... off Martinique" by French customs, "Barcadera, Aruba" in a Dutch story: a
    // territory's own name (also its sovereign's province in ISO 3166-2, "FR-972", "NL-AW") is
    // where, not the sovereign.
    for (text, code) in [
        (
            "French customs seized 1,328 kilos of cocaine from a sailboat off Martinique.",
            "MQ",
        ),
        (
            "The Dutch coast guard seized 2 kilos of cocaine from a fishing boat in Aruba.",
            "AW",
        ),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].country, Some(code), "{text}");
    }
}
