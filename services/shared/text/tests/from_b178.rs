//! Own-words tests of what the b178 session taught: errors of its blind batches and of the
//! earlier batches' page texts, each written as a general structure (none of these sentences is
//! from a page).

mod common;

use seizure_text::Kind;

#[test]
fn a_burning_s_day_dates_the_list_of_what_it_burnt_paragraphs_on() {
    // Disposal-committee releases tell the day of the burning first, then the procedure, then
    // the list of what was burnt: the list is of that day, however many sentences come between.
    let text = "date 2024-03-02 Staff Reporter\n\nThe drug disposal committee of the Kohima \
                police, chaired by the Superintendent, on Feb 28 oversaw the destruction of \
                narcotics at the municipal landfill.\n\nThe disposal followed the orders of the \
                court. Samples were drawn before a magistrate. The weight of each lot was checked \
                again. Photographs were taken throughout.\n\nThe destroyed drugs comprised 214 kg \
                of ganja and 1,120 grams of heroin.";
    let events = common::events(text);
    assert_eq!(events.len(), 2, "{events:?}");
    for e in &events {
        assert_eq!(e.kind, Kind::Destruction, "{e:?}");
        assert_eq!(
            e.date.map(|d| d.to_string()).as_deref(),
            Some("2024-02-28"),
            "{e:?}"
        );
    }
    // (Not the day of a title's stamp: the title tells when the page was written.)
    let events = common::events(
        "Over 300 kg of drugs burnt in Laos - News Agency, 06.06.2009\n\nLaotian officials burnt \
         drugs, the national news agency said on Tuesday. The drugs were seized in the past \
         year. Most came from the north. Officials spoke of a new programme. Several ministers \
         attended.\n\nAmong the drugs burnt were about 4 kilograms of heroin and 300 kilograms \
         of opium.",
    );
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events.iter().all(|e| e.date.is_none()), "{events:?}");
}

#[test]
fn a_province_or_capital_named_by_three_common_words_is_a_place() {
    // GeoNames' provinces and capitals whose every word is a common English word ("East New
    // Britain", "Port of Spain", "Bay of Plenty"): read whole, they are the place, not the
    // country or town one of their words names.
    for (place, code) in [
        ("the village of Malakuna in East New Britain", "PG"),
        ("a house in Port of Spain", "TT"),
        ("Tauranga in the Bay of Plenty", "NZ"),
    ] {
        let text = format!("Police uprooted 96 cannabis plants at {place} on Sunday.");
        assert_eq!(common::country_of(&text), Some(code), "{text}");
    }
}

#[test]
fn luxembourg_s_grand_ducal_police_name_the_country() {
    // Luxembourg's police is the Grand Ducal Police; its releases name small communes the
    // gazetteer does not hold, so the force's name is often the only place word.
    for text in [
        "The Grand Ducal Police arrested a man in Weiswampach on Friday and seized around 300g of \
         cocaine.",
        "Around 1.2 kg of marijuana was confiscated, the grand-ducal police said.",
    ] {
        assert_eq!(common::country_of(text), Some("LU"), "{text}");
    }
}

#[test]
fn a_laboratory_s_chemicals_and_reagents_are_precursors() {
    // Russian reports of drug laboratories name the chemicals by plain nouns («химикаты»,
    // «реактивы», «растворитель»), which the labels count as precursors (EXTRACTION.md rule 11).
    for (text, amount, unit) in [
        (
            "При обыске в гараже изъяли 12 кг мефедрона, свыше 1,5 тонны химикатов для его \
             производства и лабораторное оборудование.",
            1500.0,
            seizure_text::Unit::Kg,
        ),
        (
            "В частном доме полиция нашла около 300 литров реактивов и посуду для синтеза.",
            300.0,
            seizure_text::Unit::Litre,
        ),
        (
            "На складе обнаружили 80 литров растворителя, которым очищали наркотик.",
            80.0,
            seizure_text::Unit::Litre,
        ),
    ] {
        let events = common::events(text);
        let chemicals: Vec<_> = events.iter().filter(|e| e.drug == "precursors").collect();
        assert_eq!(chemicals.len(), 1, "{text}: {events:?}");
        assert_eq!(chemicals[0].amount, amount, "{text}");
        assert_eq!(chemicals[0].unit, unit, "{text}");
    }
    // (Not rockets, «реактивные снаряды»: no drug at all.)
    let events =
        common::events("Пограничники изъяли 40 реактивных снарядов и более 100 кг взрывчатки.");
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn gaza_and_the_west_bank_are_the_palestinian_territories() {
    // GeoNames' Gaza yields to Mozambique's province of that name, Hebron to towns of the US:
    // the hand table names the territories as the news does.
    for text in [
        "Police in Gaza City seized 12 kg of hashish hidden in a truck of vegetables.",
        "Anti-narcotics officers seized 4,000 Captagon pills near Hebron in the West Bank.",
        "The Gaza police burned 300,000 tramadol tablets on Monday.",
    ] {
        assert_eq!(common::country_of(text), Some("PS"), "{text}");
    }
}

#[test]
fn bags_counted_with_their_drug_are_the_lot_not_a_container() {
    // "hidden in a bag" tells one find; "1,540 hashish bags" is the lot's count, which does not
    // make a year's figure one incident.
    let events = common::events(
        "In 2023 the anti-narcotics department seized 1,540 hashish bags and 6,200 tramadol \
         tablets.",
    );
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(
        events.iter().all(|e| e.kind == Kind::PeriodTotal),
        "{events:?}"
    );
    // (Bags weighed by the piece are still where the drugs were hidden: "hidden in 46 50 kg
    // bags" tells one find.)
    let events = common::events(
        "In 2015 customs found 14 million Captagon pills in Port Sudan, hidden in 46 50 kg bags.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, Kind::Seizure, "{events:?}");
}

#[test]
fn bare_weights_listed_with_where_they_were_taken_from_share_the_drug() {
    // "60 kg of marijuana hidden in a house, 80 kg from a shed": each bare weight told with
    // the place it was taken from is of the lot's drug, and together they itemise the lead's
    // total, which is then no lot of its own.
    let text = "Four held with 87 kg of hashish in Dhading\n\nPolice arrested four men in \
                possession of 87 kg of hashish in Dhading district on Monday.\n\nPolice said \
                they seized 40 kg of hashish hidden in a barn, 30 kg from a garage, 5 kg from a \
                shed and 12 kg from a car.";
    assert_eq!(common::amounts(text), vec![40.0, 30.0, 5.0, 12.0]);
    assert!(
        common::events(text).iter().all(|e| e.drug == "hashish"),
        "{:?}",
        common::events(text)
    );
}

#[test]
fn a_weight_of_the_same_substance_is_of_the_lot_just_told() {
    // Digests tell a second find by "the same substance" rather than by its name: it is the
    // drug of the lot just told, in its sentence or the ones before.
    for text in [
        "Officers arrested Musa Bello, 28, with 2.4 kilogrammes of cannabis, and Ada Okafor, 41, \
         with 700 grammes of the same illicit substance.",
        "Operatives seized 312 kg of cannabis at a farm in Ekiti on Monday. In Ondo, they \
         recovered 1,140 kilogrammes of the same psychoactive substance from a warehouse.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 2, "{text}: {events:?}");
        assert!(
            events.iter().all(|e| e.drug == "cannabis"),
            "{text}: {events:?}"
        );
    }
}

#[test]
fn pounds_in_russian_are_a_weight_unless_money() {
    // American finds retold in Russian keep their pounds («30 фунтов марихуаны»); pounds by
    // the million or sterling are money.
    let events = common::events(
        "Пограничники в Аризоне задержали мужчину, который вез в багажнике 44 фунта героина.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        (events[0].amount - 44.0 * 0.453_592_37).abs() < 1e-6,
        "{events:?}"
    );
    assert_eq!(events[0].drug, "heroin");
    for text in [
        "Полиция Лондона изъяла героин на сумму 200 тысяч фунтов стерлингов.",
        "Ущерб от контрабанды кокаина оценили в 50 миллионов фунтов.",
    ] {
        let events = common::events(text);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
}

#[test]
fn pieces_of_plants_are_plants_however_described() {
    // Philippine eradication releases count "pieces of fully grown marijuana plants": the
    // pieces are the plants, a few words on.
    let events = common::events(
        "Destroyed during the eradication on May 14 were 31,500 pieces of fully grown marijuana \
         plants in Kalinga.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].unit, seizure_text::Unit::Plant, "{events:?}");
    assert_eq!(events[0].amount, 31_500.0);
}

#[test]
fn of_the_amount_just_told_opens_its_parts() {
    // «Уточняется, что из указанного количества ...»: the parts of the total told just before,
    // each with its drug after a dash, in a sentence with no verb of its own.
    let text = "За первый квартал сотрудники управления изъяли 4,2 килограмма наркотических \
                средств. Уточняется, что из указанного количества около 3,4 килограмма — \
                марихуана, 700 граммов — опий-сырец и 100 граммов — амфетамин.";
    let events = common::events(text);
    let drugs: Vec<&str> = events.iter().map(|e| e.drug.as_str()).collect();
    assert_eq!(
        drugs,
        vec!["cannabis", "opium", "amphetamine"],
        "{events:?}"
    );
    // («Из этого количества можно получить ...»: what the lot could make, no lot.)
    let events = common::events(
        "Полицейские изъяли 10 кг концентрата. Из этого количества можно получить более 200 кг \
         спайсов.",
    );
    assert!(events.iter().all(|e| e.amount < 100.0), "{events:?}");
}

#[test]
fn the_most_in_twenty_years_is_a_record_not_a_period() {
    // "the most in 20 years", like "the biggest in 25 years", measures a record; it is no
    // period the figures were counted over.
    let events = common::events(
        "The 31.2kg of cannabis seized is the biggest in 18 years while the 12.4kg of heroin is \
         the most in 20 years, the bureau said.",
    );
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events.iter().all(|e| e.kind == Kind::Seizure), "{events:?}");
}

#[test]
fn a_loose_figure_told_precisely_later_is_one_lot() {
    // The lead's "over 2.5 kilograms" and the body's "The total seizure amounted to 2.58
    // kilograms" are one lot, told by its precise weight; so are "almost a tonne" and a weight
    // the body gives with the place the drugs were loaded.
    let events = common::events(
        "Police at Port Castries seized over 3.5 kilograms of cannabis hidden inside tins of \
         fruit.\n\nOne tin was opened on site. The total seizure amounted to 3.62 kilograms, \
         police said.",
    );
    assert_eq!(
        events.iter().map(|e| e.amount).collect::<Vec<_>>(),
        vec![3.62],
        "{events:?}"
    );
    let events = common::events(
        "Border Force officers have seized almost a tonne of cocaine in Southampton.\n\nThe \
         drugs were found in a container of bananas. The cocaine, which weighed a total of 968 \
         kilos, was loaded in Ecuador.",
    );
    assert_eq!(
        events.iter().map(|e| e.amount).collect::<Vec<_>>(),
        vec![968.0],
        "{events:?}"
    );
    assert_eq!(events[0].country, Some("GB"), "{events:?}");
}

#[test]
fn japan_s_stimulants_are_methamphetamine() {
    // Japanese customs and press write "stimulant drugs", "stimulants" or "kakuseizai" for
    // methamphetamine; a stimulant named after the word is that drug.
    for text in [
        "Tokyo Customs seized 41.2 kilograms of kakuseizai, or stimulant drugs, hidden in a \
         crate of machine parts at Oi terminal.",
        "Police in Naha seized 212 kg of stimulants from a yacht.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].drug, "methamphetamine", "{text}");
    }
    let events = common::events(
        "Customs at Prague airport seized 142 kilograms of the stimulant drug khat in seven \
         suitcases.",
    );
    assert_eq!(events[0].drug, "other:khat", "{events:?}");
}

#[test]
fn saipan_is_the_northern_mariana_islands() {
    for text in [
        "Customs officers at the Port of Saipan seized 1.9 pounds of ice hidden in a paint can.",
        "CNMI Customs seized 480 grams of methamphetamine at the Saipan airport.",
    ] {
        assert_eq!(common::country_of(text), Some("MP"), "{text}");
    }
}

#[test]
fn plants_the_story_says_were_destroyed_further_on_are_destroyed() {
    // Farms told one by one, then "the plants ... were destroyed by fire" at the end: each
    // farm's plants were destroyed, however many sentences lie between.
    let text = "Police raided three cannabis farms along the Essequibo River on Tuesday.\n\nThe \
                first farm was found at Bartica with about 6,000 plants.\n\nThe second, a mile \
                upstream, was found with 4,500 plants.\n\nA farmer was arrested at the third, \
                where 9,000 plants were found.\n\nThe police said the plants and the camps were \
                photographed and destroyed by fire.";
    let events = common::events(text);
    assert_eq!(events.len(), 3, "{events:?}");
    assert!(
        events.iter().all(|e| e.kind == Kind::Destruction),
        "{events:?}"
    );
    // (Not plants that "will be destroyed".)
    let events = common::events(
        "Police found 6,000 cannabis plants at a farm in Bartica on Tuesday.\n\nA farmer was \
         arrested there. The police said the plants will be destroyed next week.",
    );
    assert!(events.iter().all(|e| e.kind == Kind::Seizure), "{events:?}");
}

#[test]
fn a_day_after_its_weekday_is_no_thousands_group() {
    // "On Friday 7, 417 kilos": the day of the month and its comma, then the figure; not
    // 7,417 kilos (as "On May 5, 150 kg" is not 5,150).
    let amounts = common::amounts(
        "On Friday 9, 512 kilos of cocaine, valued at more than 30 million dollars, were seized \
         in a container at the port of Montevideo.",
    );
    assert!(amounts.contains(&512.0), "{amounts:?}");
    assert!(!amounts.contains(&9512.0), "{amounts:?}");
}

#[test]
fn quintals_in_words_and_goods_counted_beside_the_drugs() {
    // Algeria's bulletins weigh hashish in quintals, often in words ("about two quintals"),
    // and count the goods seized with it ("(10930) units of different drinks"), which are no
    // lot of the drug.
    let events = common::events(
        "Detachments of the army seized a quantity of treated hashish amounting at about three \
         quintals, as well as (8420) units of different drinks, in Tlemcen.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].amount, 300.0, "{events:?}");
    assert_eq!(events[0].drug, "hashish");
    // (A sentence whose only figure is in words: "about two quintals".)
    let events = common::events("Coast guards seized about two quintals of hashish off Oran.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].amount, 200.0, "{events:?}");
}

#[test]
fn a_loose_bare_weight_opening_a_sentence_after_lots_sums_them() {
    // "... 13 kilos of cocaine ... more than 53 kilos. Almost 67 kilos were seized in a few
    // hours.": the loose figure that opens its sentence with no drug of its own adds up the
    // lots told before; the lots are the events.
    let text = "Gendarmes in Salta found 21 kilos of cocaine hidden in a car's stereo.\n\nHours \
                later in Cafayate they stopped a truck that was carrying more than 38 kilos of \
                cocaine.\n\nAlmost 60 kilos were seized in a few hours.";
    assert_eq!(common::amounts(text), vec![21.0, 38.0]);
}

#[test]
fn units_of_crack_are_pieces_beside_the_powder() {
    // Namibian police tallies count crack cocaine in "units" (rocks) beside cocaine powder in
    // grams: the units are pieces of a lot of their own, not pills and not the powder's
    // packaging; LSD comes as "stickers".
    let events = common::events(
        "Police confiscated 212 kg of cannabis, 96 units of crack cocaine, 7 grams of cocaine \
         powder and 41 stickers of LSD in Windhoek.",
    );
    let crack: Vec<_> = events.iter().filter(|e| e.amount == 96.0).collect();
    assert_eq!(crack.len(), 1, "{events:?}");
    assert_eq!(crack[0].unit, seizure_text::Unit::Item, "{events:?}");
    assert_eq!(crack[0].drug, "cocaine");
    assert!(
        events
            .iter()
            .any(|e| e.amount == 41.0 && e.unit == seizure_text::Unit::Item),
        "{events:?}"
    );
}

#[test]
fn the_day_a_following_sentence_says_the_drugs_were_found() {
    // Customs releases tell the find first and its day in the next sentence: "The cocaine was
    // discovered on March 28, 2013 in two sports bags".
    for text in [
        "The border agency announced on Wednesday that its officers had seized 52.5 kg of \
         cocaine at the Port of Halifax. The cocaine was discovered on April 4, 2014 in three \
         sports bags placed inside a container.",
        "More than 410 kg of cocaine were seized in the Port of Montreal, the agency said. The \
         cargo was found in a marine container on July 11, 2018, aboard a vessel from Peru.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert!(events[0].date.is_some(), "{text}: {events:?}");
    }
}

#[test]
fn a_day_written_as_an_ordinal_keeps_its_year() {
    // "Sep 13th 2024", "May 1st, 2023": the ordinal's letters between the day and the year.
    for (text, date) in [
        (
            "Customs seized 1.5 kilograms of cocaine at Boncourt on Sep 13th 2024.",
            "2024-09-13",
        ),
        (
            "Police seized 12 kg of cannabis in Kenema on May 1st, 2023.",
            "2023-05-01",
        ),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(
            events[0].date.map(|d| d.to_string()).as_deref(),
            Some(date),
            "{text}"
        );
    }
}
