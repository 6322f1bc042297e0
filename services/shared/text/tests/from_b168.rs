//! Own-words tests of what the b168 session taught: errors of its blind batches and of the
//! waiting rewrites, each written as a general structure (none of these sentences is from a
//! page).

mod common;

use seizure_text::Unit;

#[test]
fn a_ton_with_no_number_is_one_ton() {
    // Russian news writes a round ton as the bare noun, in the nominative or the accusative.
    for text in [
        "Береговая охрана Испании задержала рыболовецкое судно, на борту которого находилась \
         тонна кокаина.",
        "Пограничники Эквадора изъяли тонну кокаина в порту Гуаякиль.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].unit, Unit::Kg);
        assert_eq!(events[0].amount, 1000.0, "{text}");
        assert_eq!(events[0].drug, "cocaine");
    }
    // (A price per ton weighs no lot.)
    let text = "Полиция Эквадора изъяла 50 кг кокаина; за тонну его на рынке платят миллионы.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].amount, 50.0);
}

#[test]
fn a_dog_s_find_a_package_s_contents_and_carriers_are_seizures() {
    // Russian border and police news tell a find by what the dog sniffed out, by what a bag
    // turned out to hold, or by what the people detained were carrying.
    for (text, amount) in [
        (
            "На вокзале Гомеля служебная собака Рекс учуяла в рюкзаке пассажира 300 граммов \
             марихуаны.",
            0.3,
        ),
        (
            "Таможенники Бреста досмотрели посылку из Польши: в коробке оказалось 2 килограмма \
             гашиша.",
            2.0,
        ),
        (
            "Под Минском задержаны двое граждан Литвы, перевозивших 4,5 кг героина.",
            4.5,
        ),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].kind, seizure_text::Kind::Seizure, "{text}");
        assert!(
            (events[0].amount - amount).abs() < 1e-9,
            "{text}: {events:?}"
        );
        assert_eq!(events[0].country, Some("BY"), "{text}");
    }
}

#[test]
fn the_drug_named_again_as_the_drug_leaves_a_bare_weight_its_own() {
    // "of the drug" names no second drug: the second bare weight is of the one the sentence
    // names.
    let text = "Customs officers in Rotterdam, the Netherlands, found two containers of cocaine, \
                the first holding 412.5kg of the drug and the second 97.3kg.";
    let events = common::events(text);
    let amounts: Vec<(String, f64)> = events.iter().map(|e| (e.drug.clone(), e.amount)).collect();
    assert!(
        amounts.contains(&("cocaine".to_string(), 97.3)),
        "{amounts:?}"
    );
}

#[test]
fn results_of_a_bare_year_are_that_year_s_totals() {
    // «по итогам 2019» leaves out «года»: the year still sets the period the figures after it
    // are totals of.
    let text = "Наркополиция подвела итоги\n\nПо итогам 2019 полицейские Харьковской области \
                задокументировали 1400 преступлений в сфере оборота наркотиков. Изъято почти 40 \
                кг наркотиков.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, seizure_text::Kind::PeriodTotal);
    assert_eq!(events[0].date.map(|d| d.year), Some(2019));
}

#[test]
fn a_drug_in_single_quotes_is_named_with_its_figure() {
    // Singapore's bureau writes its slang names in single quotes: the second lot is of the
    // name in quotes, not lost for want of a drug.
    let text = "Officers raided the flat in Singapore. A total of about 1,040g of heroin and 86g \
                of ‘Ice’ were recovered from within the unit.";
    let lots: Vec<(String, f64)> = common::events(text)
        .iter()
        .map(|e| (e.drug.clone(), e.amount))
        .collect();
    assert!(
        lots.contains(&("methamphetamine".to_string(), 0.086)),
        "{lots:?}"
    );
    assert!(lots.contains(&("heroin".to_string(), 1.04)), "{lots:?}");
}

#[test]
fn a_thousand_pills_in_words_are_counted() {
    // «тысяча таблеток» writes the number as a word: a thousand pills, as «тысячу кустов» was
    // a thousand plants.
    let text = "В Хабаровске транспортные полицейские обнаружили в посылке тысячу таблеток \
                «экстази».";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].unit, Unit::Tablet);
    assert_eq!(events[0].amount, 1000.0);
    // (Not a thousand packets of a lot weighed elsewhere: the weight is the lot, rule 6.)
    let text = "Пограничники изъяли две тонны наркотиков, спрятанных в дынях\n\nСреди настоящих \
                дынь на границе США пограничники обнаружили более тысячи пакетов метамфетамина.";
    let events = common::events(text);
    assert!(events.iter().all(|e| e.unit != Unit::Package), "{events:?}");
}

#[test]
fn plants_per_square_metre_are_a_density() {
    // How densely a field was sown is no lot of its own.
    for text in [
        "State agents in Sinaloa, Mexico, located a field of 6,000 poppy plants, grouped into \
         three plants per square meter.",
        "В Чуйской области Кыргызстана нашли поле с 6000 кустов конопли, по три куста на \
         квадратный метр.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].amount, 6000.0, "{text}");
    }
}

#[test]
fn a_thousand_and_more_in_words_is_one_number() {
    // Caribbean police releases write counts out in words, hyphenated or not, with describing
    // words before the unit: one number, not its last part.
    for text in [
        "In Belize, police uprooted one thousand two hundred and sixty marijuana plants.",
        "In Belize, police found a marijuana field with one-thousand-two-hundred and sixty \
         mature trees.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].amount, 1260.0, "{text}");
        assert_eq!(events[0].unit, Unit::Plant, "{text}");
    }
}

#[test]
fn a_day_with_the_month_s_name_between_dots_or_hyphens_is_that_day() {
    // Brazilian agencies date a find "(02.Jul.2024)"; other pages write "2-Jul-2024": one day,
    // not the month's period.
    for (text, day) in [
        (
            "Federal revenue officers intercepted 412 kg of cocaine at the Port of Santos, Brazil, \
             on the morning of Tuesday (09.Apr.2024).",
            9,
        ),
        (
            "Federal revenue officers intercepted 412 kg of cocaine at the Port of Santos, Brazil, \
             on 9-Apr-2024.",
            9,
        ),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].kind, seizure_text::Kind::Seizure, "{text}");
        let date = events[0].date.expect("a date");
        assert_eq!((date.year, date.month, date.day), (2024, 4, day), "{text}");
    }
}

#[test]
fn a_count_of_bags_restates_no_weight_the_lead_sums() {
    // The lead's loose weight sums two finds told later; the bags the first is packed in are
    // a count, not the lead's weight told again, and do not end the search for its lots.
    let text = "Police in Serbia seized over 600 kilograms of marijuana in two operations.\n\n\
                A spokesman said that 505 kilograms of marijuana packed in 640 plastic bags were \
                found hidden in a truck.\n\n\
                In a separate operation near Subotica, police found 112 kilograms of marijuana.";
    let weights: Vec<f64> = common::events(text)
        .iter()
        .filter(|e| e.unit == Unit::Kg)
        .map(|e| e.amount)
        .collect();
    assert_eq!(weights, vec![505.0, 112.0]);
}

#[test]
fn a_plant_substance_weighed_after_it_is_a_lot() {
    // Russian police notes weigh «вещество растительного происхождения» after it, with
    // «весом»: plant matter of the story's drugs, not a weight of nothing.
    let text = "На посту ДПС под Липецком инспекторы выявили перевозку наркотиков. У пассажира \
                полицейские обнаружили сверток с веществом растительного происхождения бурого \
                цвета весом около 25 граммов.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!((events[0].amount - 0.025).abs() < 1e-9, "{events:?}");
    assert_eq!(events[0].drug, "narcotic_drugs");
}

#[test]
fn a_buried_cache_is_a_find() {
    // "Buried within ... were N kilograms": a sentence with no verb of finding whose
    // participle says where the lot lay.
    let text = "Gendarmes in Misiones, Argentina stopped a truck carrying paper pulp.\n\n\
                Buried within 120 packages were 2,310 kilograms of marijuana.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].amount, 2310.0);
    assert_eq!(events[0].kind, seizure_text::Kind::Seizure);
}

#[test]
fn crimea_by_its_short_name_is_placed() {
    // «в Крыму», "in Crimea": the peninsula by its short name, placed as ISO 3166-2 places it
    // and as the labels do (its towns, Kerch and Sevastopol, already were).
    for text in [
        "В Крыму полицейские изъяли у местного жителя 3 кг марихуаны.",
        "Police in Crimea seized 3 kg of marijuana from a local man.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].country, Some("UA"), "{text}");
    }
}

#[test]
fn small_territories_by_their_own_news_names_are_placed() {
    // The territories' own outlets name their islands, not the ISO name.
    for (text, code) in [
        (
            "Police on Tortola seized 120 kilograms of cocaine from a vessel.",
            "VG",
        ),
        (
            "Officers at the Grand Cayman airport found 2 kg of cocaine in a suitcase.",
            "KY",
        ),
        (
            "Police in St. Maarten seized 80 kilograms of cocaine at Simpson Bay.",
            "SX",
        ),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].country, Some(code), "{text}");
    }
}

#[test]
fn grams_written_gm_are_grams() {
    // Indian English abbreviates grams "gm" and "gms".
    let text = "During the operation in Aizawl, Mizoram, 612 gm of heroin and 35 gms of \
                methamphetamine were seized, police said.";
    let lots: Vec<(String, f64)> = common::events(text)
        .iter()
        .map(|e| (e.drug.clone(), e.amount))
        .collect();
    assert!(lots.contains(&("heroin".to_string(), 0.612)), "{lots:?}");
    assert!(
        lots.contains(&("methamphetamine".to_string(), 0.035)),
        "{lots:?}"
    );
}
