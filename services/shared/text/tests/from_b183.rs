//! Own-words tests of what the b183 session taught: errors of its blind batches and of the
//! earlier batches' page texts, each written as a general structure (none of these sentences is
//! from a page).

mod common;

#[test]
fn crimea_s_adjective_and_the_region_a_russian_agency_serves_name_crimea() {
    // Releases from Crimea name the peninsula by its adjective («крымского управления», the
    // same word as the adjective of Krymsk, a town elsewhere) or as the region a Russian
    // agency's board serves («УФСИН России по Республике Крым»): the place is Crimea, labelled
    // UA like the rest of the peninsula, and the agency's country is not where it happened.
    for text in [
        "В пресс-службе крымского управления ФСБ сообщили, что изъято около 2,5 кг мефедрона.",
        "Сотрудниками УФСИН России по Республике Крым у забора колонии изъят сверток с 6 г \
         марихуаны.",
    ] {
        assert_eq!(common::country_of(text), Some("UA"), "{text}");
    }
    // (A region a Russian agency serves in Russia stays Russia's.)
    assert_eq!(
        common::country_of("Сотрудники УМВД России по Тверской области изъяли 3 кг гашиша."),
        Some("RU")
    );
}

#[test]
fn this_drug_or_this_substance_is_the_drug_just_told() {
    // A second lot told as "this drug" («этого наркотика») in the next sentence, in a quoted
    // statement or in plain prose, is the drug of the lot just told, not drugs at large.
    for text in [
        "«Задержаны три человека. У одного из них изъяли около трех килограммов гашиша. При \
         обыске гаража нашли еще 300 граммов этого наркотика», - рассказал представитель \
         полиции.",
        "Customs officers seized 3 kg of hashish from a van. Another 300 grams of this drug \
         were found in the driver's flat.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 2, "{events:?}");
        assert!(events.iter().all(|e| e.drug == "hashish"), "{events:?}");
    }
}

#[test]
fn one_weight_and_the_packages_holding_it_are_of_the_one_drug_named() {
    // A weight whose drug is named loosely after it ("of what appeared to be marijuana"), then
    // the packets and bags that hold it: the weight is the lot, of the sentence's one drug, and
    // the packages are its packaging (weight before pieces).
    let text = "Upon a search, officers found around 31 kilograms of what looked like cannabis, \
                wrapped in 52 small packets, inside three bags in the boot.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].drug, "cannabis");
    assert!((events[0].amount - 31.0).abs() < 1e-9, "{events:?}");
    let text = "In the car police found 200 bricks of cocaine in 18 waterproof bags, holding a \
                total of 227 kg.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!((events[0].amount - 227.0).abs() < 1e-9, "{events:?}");
}

#[test]
fn the_day_the_next_sentence_says_a_burning_took_place_dates_it() {
    // A burning's figures first, then the ceremony's day in a sentence of its own: the day is
    // the destruction's. (A sentence that only says drugs "were found" on a day dates a find,
    // not a burning.)
    let text = "Kampot: 12,500 grams of heroin and 3,400 methamphetamine tablets seized over the \
                past year were burnt in a ceremony.\n\nThe ceremony took place on the morning of \
                March 4, 2021.";
    let events = common::events(text);
    assert_eq!(events.len(), 2, "{events:?}");
    for e in &events {
        assert_eq!(e.kind, seizure_text::Kind::Destruction, "{e:?}");
        assert_eq!(
            e.date.map(|d| d.to_string()).as_deref(),
            Some("2021-03-04"),
            "{e:?}"
        );
    }
    let events = common::events(
        "Officials burnt 12,500 grams of heroin in a ceremony. The drugs were found on March 4, \
         2021, in a truck.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].date, None, "{events:?}");
}

#[test]
fn a_count_of_pills_a_weight_is_said_to_equal_is_the_same_lot() {
    // "165 kilograms of Captagon, equivalent to one million pills": one lot, weighed and
    // counted; the weight is its figure (weight before pieces).
    let events = common::events(
        "Customs officers found 240 kilograms of Captagon, equivalent to 1,450,000 pills, in \
         the container.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert!((events[0].amount - 240.0).abs() < 1e-9, "{events:?}");
    // (So are pills the text says amount to a weight: "600,000 Captagon pills, amounting to
    // 104 kilograms".)
    let events = common::events(
        "A spokesman said 820,000 Captagon pills, amounting to 141 kilograms, had been hidden          in the doors of a lorry.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert!((events[0].amount - 141.0).abs() < 1e-9, "{events:?}");
}

#[test]
fn packages_of_drugs_at_large_leave_their_weight_to_the_next_sentence() {
    // A search finds bags and packages "of suspected narcotics"; the next sentence, with no verb
    // of its own, says what they held and what it weighed: that weight is the lot, and the
    // packages are its packaging.
    let text = "In the boot of the car officers found (2) bags with a total of seven (7) \
                packages of suspected narcotics.\nAfter weighing by police, it turned out that \
                it was marihuana weighing 18400 gr.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].drug, "cannabis");
    assert!((events[0].amount - 18.4).abs() < 1e-9, "{events:?}");
}

#[test]
fn what_someone_expected_to_find_is_no_lot() {
    // Officers or thieves "expecting to find" or "hoping to find" a quantity tell what they
    // expected, not a lot seized.
    for text in [
        "The gang had opened the crates in the back of the lorry expecting to find two tonnes \
         of cocaine.",
        "Thieves broke into the depot hoping to seize 300 kilograms of hashish.",
    ] {
        assert!(common::events(text).is_empty(), "{text}");
    }
}

#[test]
fn a_round_figure_and_the_precise_one_in_brackets_are_one_lot() {
    // «более 13 тысяч кустов (13690 кустов)», «2 тонны в сыром виде (2053 кг)», "4.4 tonnes
    // (3,991.61 kilogrammes)": a round figure, qualified or not, and the precise one in
    // brackets after it are one lot, told by the precise figure, in any unit.
    let events = common::events(
        "Уничтожено более 21 тысячи кустов дикорастущей конопли (21470 кустов). Общий вес \
         уничтоженных растений составил 3 тонны в сыром виде (3120кг.).",
    );
    let mut amounts: Vec<f64> = events.iter().map(|e| e.amount).collect();
    amounts.sort_by(f64::total_cmp);
    assert_eq!(amounts, vec![3120.0, 21470.0], "{events:?}");
    // (The other way round, a rounder figure in brackets restates the one before it: "About
    // 512kg (0.51 tonnes) of ketamine".)
    let events = common::events("About 512kg (0.51 tonnes) of ketamine were found in sacks.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert!((events[0].amount - 512.0).abs() < 1e-9, "{events:?}");
}

#[test]
fn the_illicit_drugs_included_lists_the_parts_of_the_lot_just_told() {
    // A destruction's total, then "The illicit drugs included A, B and C, weighing x, y and z
    // respectively": the parts of that total, each a destruction of its own drug.
    let text = "The commission has destroyed over 9,000 kilograms of various illicit drugs seized \
                since 2022.\nThe illicit drugs included cannabis, heroin and cocaine, weighing \
                8,940kg, 41kg and 19kg respectively.";
    let events = common::events(text);
    let got: Vec<(&str, f64)> = events.iter().map(|e| (e.drug.as_str(), e.amount)).collect();
    assert_eq!(
        got,
        vec![("cannabis", 8940.0), ("heroin", 41.0), ("cocaine", 19.0)],
        "{events:?}"
    );
    assert!(
        events
            .iter()
            .all(|e| e.kind == seizure_text::Kind::Destruction),
        "{events:?}"
    );
}

#[test]
fn the_country_of_a_route_s_port_the_table_does_not_hold_is_on_the_route() {
    // "on its way to the port of Bar in Montenegro": the port's name is no place the table
    // holds, but the country after it is the route's end, not where the find was.
    let text = "Customs officers in Malta inspected three containers. The third was on its way \
                to the port of Bar in Montenegro. Customs officials found 80 packets of cocaine \
                weighing 96kg.";
    assert_eq!(common::country_of(text), Some("MT"), "{text}");
    // (Not "According to the Drug Control Service in Bashkortostan": a source, not a route.)
    assert_eq!(
        common::country_of(
            "According to the Drug Control Service in Bashkortostan, police seized four \
             kilograms of marihuana."
        ),
        Some("RU")
    );
}

#[test]
fn a_place_and_a_day_between_commas_opening_the_text_are_a_dateline() {
    // "Jazan, August 21, 2023, In a commendable display of vigilance, border patrols ...": the
    // place, the day between commas and the sentence going on with a capital letter is when
    // the bulletin was written, not when the find was.
    let text = "Khat smuggler stopped at the border\n\nNajran, March 14, 2024, In a fine display \
                of vigilance, border guard patrols in the Najran Region seized 64 kg of khat.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].date, None, "{events:?}");
    // (Not "Last Saturday, December 28, Pardo police carried out ...": a day in the story.)
    let events = common::events(
        "Police seized shabu twice.\n\nLast Saturday, December 28, 2019, Pardo police carried \
         out a buy-bust operation and seized 475 grams of suspected shabu.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2019-12-28"),
        "{events:?}"
    );
}

#[test]
fn a_loose_lead_s_month_dates_the_precise_lot_told_later() {
    // "In late March 2021, the navy seized more than half a ton of cocaine ..." and, further
    // on, the precise "541 kilograms": one lot, told by the precise figure, in the month the
    // lead gives (as a lead's day already was).
    let text = "In late March 2021, the Navy seized more than half a ton of cocaine in the \
                north, the largest seizure by sea in its history.\n\nThe gang used a fishing \
                boat. Officers found 541 kilograms of cocaine hidden under the deck.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!((events[0].amount - 541.0).abs() < 1e-9, "{events:?}");
    assert_eq!(
        events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2021-03"),
        "{events:?}"
    );
}

#[test]
fn a_town_s_name_closing_a_person_s_name_is_a_surname() {
    // "... as confirmed by the Security Minister, Mario Zamora.": a town's one-word name
    // (Zamora, Spain's) closing a two-word name after a comma is a surname, not a place.
    let text = "Costa Rica police searched 129 containers. In the first one they found 200 kilos \
                of cocaine, as confirmed by the Security Minister, Mario Zamora.";
    assert_eq!(common::country_of(text), Some("CR"), "{text}");
    // (The town itself stays one: "in Zamora, Spain".)
    assert_eq!(
        common::country_of("Police seized 300 kilos of cocaine in Zamora, Spain."),
        Some("ES")
    );
}

#[test]
fn bare_numbers_after_ordinals_are_lots_of_the_figure_before() {
    // "In the first container they found 200 kilos of cocaine, the second 100, third 125":
    // lots counted one by one, the unit and the drug given once.
    let events = common::events(
        "In the first container they found 180 kilos of cocaine, the second 110, third 135, \
         and in the fourth they found 92 kilos.",
    );
    let got: Vec<(&str, f64)> = events.iter().map(|e| (e.drug.as_str(), e.amount)).collect();
    assert_eq!(
        got,
        vec![
            ("cocaine", 180.0),
            ("cocaine", 110.0),
            ("cocaine", 135.0),
            ("cocaine", 92.0)
        ],
        "{events:?}"
    );
}

#[test]
fn pounds_worth_of_a_drug_are_money() {
    // "caught with half a million pounds worth of cannabis resin": the pounds are what the lot
    // was worth, not its weight. ("Cocaine – 5,287 pounds worth $83 million" stays a weight.)
    for text in [
        "A courier was caught with half a million pounds worth of cannabis resin at the port.",
        "A courier was caught with 30,000 pounds' worth of heroin.",
    ] {
        assert!(common::events(text).is_empty(), "{text}");
    }
    let events = common::events(
        "CBP officers seized the following drugs at the border:\nCocaine – 4,120 pounds worth \
         $61 million\nHeroin – 227 pounds worth $3 million",
    );
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(
        (events[0].amount - 4120.0 * 0.45359237).abs() < 1e-3,
        "{events:?}"
    );
}

#[test]
fn what_packets_are_made_of_stands_between_their_number_and_their_unit() {
    // "the dogs located 25 rubber packets containing hash oil", "12 foil wraps of heroin": the
    // packets' material, between the count and its unit, is no break in the figure.
    let events = common::events(
        "The sniffer dogs located 31 rubber packets containing hash oil in the cells.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].unit, seizure_text::Unit::Package, "{events:?}");
    assert!((events[0].amount - 31.0).abs() < 1e-9, "{events:?}");
}

#[test]
fn extermination_is_a_destruction() {
    // Indonesia's narcotics agency writes of the "extermination" of evidence: "The evidence
    // extermination of 31 kgs of amphetamine was conducted by mixing in the cement mixer. The
    // 150 kgs of marijuana were exterminated by burning."
    let events = common::events(
        "The evidence extermination of 27 kgs of amphetamine was conducted by mixing in a \
         cement mixer.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].kind,
        seizure_text::Kind::Destruction,
        "{events:?}"
    );
}

#[test]
fn bare_weights_that_add_up_to_the_total_just_told_are_of_its_drug() {
    // "a total of 11,706 grams of marijuana had been taken off the streets. These seizures were
    // categorized by location: 11,056 grams were confiscated on land, while 650 grams were
    // intercepted at the ports": bare weights that add up to the total are its parts, of its
    // drug.
    let text = "So far this year a total of 9,420 grams of marijuana had been taken off the \
                streets. These seizures were split by location: 8,870 grams were confiscated on \
                land, while 550 grams were intercepted at the ports.";
    let events = common::events(text);
    assert!(!events.is_empty(), "{events:?}");
    assert!(events.iter().all(|e| e.drug == "cannabis"), "{events:?}");
}

#[test]
fn a_sample_taken_for_testing_is_no_lot_of_its_own() {
    // «Чтобы убедиться в этом, три куста взяли на экспертизу, а остальные уничтожили»: the
    // plants taken for testing are a sample of the lot, not a lot of their own.
    let text = "В огороде нашли 1420 кустов конопли. Чтобы убедиться в этом, четыре куста \
                взяли на экспертизу, а остальные уничтожили.";
    let events = common::events(text);
    assert!(
        events.iter().all(|e| (e.amount - 4.0).abs() > 1e-9),
        "{events:?}"
    );
    // (A lot sent for testing stays one: «изъяли 84 куста конопли, которые направлены на
    // экспертизу».)
    let events =
        common::events("Стражи порядка изъяли 84 куста конопли, которые направлены на экспертизу.");
    assert_eq!(events.len(), 1, "{events:?}");
}

#[test]
fn a_total_said_to_amount_to_the_lots_just_told_is_no_lot() {
    // "... ganja buds, weighing 60.8 kilogrammes, compressed ganja weighing 6.95 kilogrammes ...
    // The total drug haul in Kuala Krai alone amounted to 67.75 kilogrammes of ganja": the
    // closing total of the two lots, its "total" further back than the words before the figure.
    let text = "He said that an inspection of the car led to the discovery of 95 plastic \
                packages, containing dried plant material believed to be ganja buds, weighing \
                52.4 kilogrammes, compressed ganja weighing 7.15 kilogrammes, and 120 yaba \
                pills.\n\n\"The total drug haul in the district alone amounted to 59.55 \
                kilogrammes of ganja and 12 grams of yaba pills,\" he said.";
    let weights: Vec<f64> = common::events(text)
        .iter()
        .filter(|e| e.drug == "cannabis")
        .map(|e| e.amount)
        .collect();
    assert_eq!(weights, vec![52.4, 7.15], "{text}");
}
