//! Own-words tests of what the b113 session taught: errors of the blind batches' page texts,
//! each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_town_of_fifteen_thousand_with_a_name_no_language_uses_names_its_country() {
    // GeoNames towns of 15,000 outside the focus countries, when their names are no word of a
    // language the bulletins quote (not the US's, Canada's or Australia's, whose states the
    // news names beside their towns).
    for (text, code) in [
        (
            "Ganja plants razed\n\nExcise officials in Koraput destroyed about 5,000 ganja plants.",
            "IN",
        ),
        (
            "Police report\n\nOfficers in Serenje seized 10 kg of cannabis from a trader.",
            "ZM",
        ),
        (
            "Lorry stopped\n\nBorder Force officers at Harwich found 40 kg of cocaine in a lorry.",
            "GB",
        ),
    ] {
        assert_eq!(common::country_of(text), Some(code), "{text}");
    }
}

#[test]
fn a_weight_restated_in_brackets_in_another_metric_unit_is_one_lot() {
    for text in [
        "House searched\n\nOfficers searched a shed and found 2,300 grammes (2.3 kilogrammes) of \
         cannabis in a drum.",
        "Обыск\n\nУ задержанного изъяли 2,3 кг (2300 граммов) марихуаны.",
    ] {
        let got = common::facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!((got[0].3 - 2.3).abs() < 1e-9, "{got:?}");
    }
}

#[test]
fn plants_counted_after_a_find_told_with_no_figure_are_the_find() {
    // The find is told first with no figure; the next sentence, with no verb of its own, counts
    // its plants, whose drug the find named.
    let text = "Мак на огороде\n\nУчастковые обнаружили на огороде пенсионера посевы мака. Всего \
        там оказалось 140 кустов.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].2.as_str(), got[0].3), ("other:poppy", 140.0));
}

#[test]
fn plants_weighed_past_a_clause_set_off_by_commas_are_counted_by_their_weight() {
    // «N кустов, растущих на площади ..., общим весом W»: the weight is the plants', and the
    // lot is counted by it (weight before pieces), of the story's drug.
    for text in [
        "Поле конопли уничтожено\n\nПограничники нашли поле дикорастущей конопли у реки. Наряд \
         уничтожил около 90 тысяч кустов, растущих на площади 2 тысячи кв. метров, общим весом \
         около 700 кг.",
        "Plants pulled up\n\nOfficers found a field of wild cannabis near the river. They \
         destroyed 9,000 plants, growing along the bank, weighing about 700 kg.",
    ] {
        let got = common::facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!((got[0].2.as_str(), got[0].3), ("cannabis", 700.0), "{text}");
    }
}

#[test]
fn a_find_of_under_a_gram_weighed_in_brackets_is_a_lot_not_a_dosage() {
    // A dosage strength is written in milligrams ("Lyrica (pregabalin, 300 mg)"); a find of less
    // than a gram weighed in grams in brackets is what was seized.
    let text = "Search at a home\n\nOfficers seized three packs of cannabis (0.82 grams) and cash.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!((got[0].3 - 0.00082).abs() < 1e-12, "{got:?}");
}

#[test]
fn bare_numbers_joined_to_a_figure_before_it_are_lots_in_its_unit() {
    // «4 и 7 тонн гашиша», "12 and 30 kg of cocaine": each number a lot in the unit given once
    // after the last. Not a range ("between 2 and 3 tonnes").
    for (text, want) in [
        (
            "Изъятия\n\nТаможенники изъяли в порту и на трассе 4 и 7 тонн гашиша.",
            vec![4000.0, 7000.0],
        ),
        (
            "Two finds\n\nOfficers seized 12 and 30 kg of cocaine at two ports.",
            vec![12.0, 30.0],
        ),
        (
            "One find\n\nOfficers seized between 2 and 3 tonnes of hashish.",
            vec![3000.0],
        ),
    ] {
        let got: Vec<f64> = common::facts(text).iter().map(|f| f.3).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_finds_total_in_a_sentence_of_its_own_after_the_size_of_each_piece() {
    // The find is told loosely, then again with no figure; a later sentence with no verb gives
    // the size of each piece (a range) and then, «в общей сложности», the precise total, which
    // is the one lot.
    let text = "Кокаин в ананасах\n\nПолиция обнаружила на складе в порту почти 50 килограммов \
        кокаина, спрятанного в ананасах. Наркотики нашли при досмотре партии фруктов. В каждом \
        ананасе было от 700 граммов до килограмма кокаина – в общей сложности 48 килограммов.";
    let got: Vec<f64> = common::facts(text).iter().map(|f| f.3).collect();
    assert_eq!(got, vec![48.0], "{text}");
}

#[test]
fn a_category_followed_by_a_name_in_brackets_takes_the_name() {
    // Rule 11: a category followed by a specific name takes the name, in brackets too.
    let text = "Airport customs\n\nOfficers stopped a parcel holding 12 kilos of the narcotic \
        substance (kratom) at the cargo terminal.";
    let got = common::facts(text);
    assert_eq!(
        got.first().map(|f| f.2.as_str()),
        Some("other:kratom"),
        "{got:?}"
    );
}

#[test]
fn pieces_described_by_their_size_are_counted() {
    // "small", «небольших»: the size of the packets, like "sealed" or "plastic", names no drug
    // and does not stop the count.
    for text in [
        "Car searched\n\nOfficers searched the car and found 3 small packets containing cocaine.",
        "Обыск\n\nУ мужчины нашли 4 небольших свертка с героином.",
    ] {
        let got = common::facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
    }
}

#[test]
fn months_between_which_a_total_falls_take_the_year_after_the_second_months_day() {
    // "between January and May 31, 2021": a period of months, the year written after the
    // second month's day.
    let text = "Port figures\n\nThe agency said it seized 52.3kg of cocaine at the port between \
        January and May 31, 2021.";
    let got = common::events(text);
    assert_eq!(
        got.first().and_then(|e| e.date.map(|d| d.year)),
        Some(2021),
        "{got:?}"
    );
}

#[test]
fn a_year_and_its_comma_label_the_next_figure_of_a_list() {
    // "In 2019 ... 310kg ..., 2020, 455kg and 2021, 290kg": each year labels the figure after
    // its comma.
    let text = "Airport statistics\n\nIn 2019 the command recorded seizures of 310kg of \
        drugs, 2020, 455kg and 2021, 290kg.";
    let got: Vec<(f64, Option<i32>)> = common::events(text)
        .iter()
        .map(|e| (e.amount, e.date.map(|d| d.year)))
        .collect();
    for want in [(455.0, Some(2020)), (290.0, Some(2021))] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
}

#[test]
fn a_bare_weight_burned_in_a_story_of_one_drug_is_of_that_drug() {
    // Like a bare weight seized: "the whole crop, whose weight passed 300 kg, was burned" in a
    // story of one drug is of it.
    let text = "Конопля сожжена\n\nПолицейские нашли плантацию конопли у деревни. Стражи \
        порядка выкосили плантацию, а весь урожай, вес которого превысил 300 килограммов, сожгли.";
    let got = common::facts(text);
    assert!(
        got.iter().any(|f| f.2 == "cannabis" && f.3 == 300.0),
        "{got:?}"
    );
}

#[test]
fn a_countrys_long_name_in_its_own_order_names_it() {
    // ISO orders some names ("Congo, The Democratic Republic of the"); texts write them in
    // order, "the Democratic Republic of Congo", which is not the Republic of the Congo.
    let text = "Airport seizure\n\nAuthorities in the Democratic Republic of Congo said they \
        had seized 6 kg of cocaine at the airport.";
    assert_eq!(common::country_of(text), Some("CD"), "{text}");
}

#[test]
fn a_destruction_that_should_or_must_happen_has_not_happened() {
    // "should be incinerated", "must be destroyed": to come, like "will be destroyed"; the lot
    // told is the seizure.
    let text = "Airport seizure\n\nCustoms seized heroin at the airport on Monday. The 9 kg of \
        heroin seized should be incinerated, officials say.";
    let got = common::events(text);
    assert_eq!(
        got.first().map(|e| e.kind),
        Some(seizure_text::model::Kind::Seizure),
        "{got:?}"
    );
}

#[test]
fn units_of_anything_but_a_drug_or_medicine_are_no_tablets() {
    // «единиц» counts tablets of a named drug or medicine; «единиц оборудования», «единиц
    // мобильной связи» count goods.
    let text = "Итоги года\n\nЗа год изъято 40 кг наркотиков, 210 единиц оборудования для их \
        изготовления и 380 единиц мобильной связи.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    // (A medicine still counts.)
    let text = "Аптека\n\nУ провизора изъяли 25 единиц препарата «Лирика».";
    assert_eq!(common::facts(text).len(), 1, "{text}");
}

#[test]
fn sedative_pills_and_narcotic_powder_are_drugs_of_a_kind() {
    // "sedative pills" are psychotropic tablets, like "stimulant tablets"; "narcotic powder" is
    // a narcotic drug of no name, like "narcotic substance".
    let text = "Disposal\n\nThe committee burned 3.2-kg narcotic powder and 4,210 sedative pills.";
    let got: Vec<(String, f64)> = common::facts(text)
        .into_iter()
        .map(|f| (f.2, f.3))
        .collect();
    assert_eq!(
        got,
        vec![
            ("narcotic_drugs".to_string(), 3.2),
            ("psychotropic_tablets".to_string(), 4210.0)
        ],
        "{text}"
    );
}

#[test]
fn a_drug_whose_weight_is_told_after_its_participle_and_a_phrase_is_that_weights_drug() {
    // "the cocaine seized within the period weighed 15.580kg, heroin ...": the drug before
    // its participle and a few words of where or when.
    let text = "Airport figures\n\nThe command said the heroin seized at the airport weighed \
        8.250kg, cocaine 3.100kg and cannabis 21.400kg.";
    let got: Vec<String> = common::facts(text).into_iter().map(|f| f.2).collect();
    assert_eq!(got, vec!["heroin", "cocaine", "cannabis"], "{text}");
}

#[test]
fn sachets_are_packages() {
    let text = "Buy-bust operation\n\nOperatives confiscated 5 sachets of suspected shabu from the \
        suspect.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].2.as_str(), got[0].3), ("methamphetamine", 5.0));
}

#[test]
fn the_word_drug_before_the_trade_names_no_lot() {
    // "prosecuted for drug trafficking": no drug of the sentence's lots; the bare weight of the
    // haul is the story's drug, and its bags are its packing.
    let text = "Record cannabis haul\n\nGendarmes made their biggest seizure of cannabis in a raid \
        on a warehouse on Friday.\n\nThe haul, about 2,700 kg, was found in 27 bags inside the \
        warehouse, and three suspects will be prosecuted for drug trafficking.";
    let got: Vec<(String, f64)> = common::facts(text)
        .into_iter()
        .map(|f| (f.2, f.3))
        .collect();
    assert_eq!(got, vec![("cannabis".to_string(), 2700.0)], "{text}");
}

#[test]
fn a_us_county_by_its_full_name_is_in_the_united_states() {
    // GeoNames' US counties ("Kern County", "Santa Barbara County"): a sheriff's county named
    // where no state is.
    let text = "Plants uprooted\n\nSheriff's deputies in Kern County uprooted 3,400 marijuana \
        plants on Tuesday.";
    assert_eq!(common::country_of(text), Some("US"), "{text}");
}

#[test]
fn a_countrys_waters_territory_or_soil_by_its_demonym_is_that_country() {
    // "in Australian waters", "on Colombian soil": the country's own ground, as "the Spanish
    // city of Cadiz" is.
    let text = "Vessel boarded\n\nPatrol boats seized 40 kg of cocaine from a fishing vessel in \
        Australian waters.";
    assert_eq!(common::country_of(text), Some("AU"), "{text}");
}
