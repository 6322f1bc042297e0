//! Own-words tests of what the b143 session taught: errors of the corpus's page texts, each
//! written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn wraps_pellets_and_pouches_count_a_lot_with_no_weight() {
    // West Africa's "wraps", a body-packer's "pellets", Ukraine's "pouches": small packets,
    // counted as packages where no weight is given (EXTRACTION.md rule 6).
    for (text, drug, n) in [
        (
            "Suspects arrested\n\nOfficers in Kenema arrested a trader with 64 wraps of \
             cannabis on Friday, Sierra Leone Police said.",
            "cannabis",
            64.0,
        ),
        (
            "Airport arrest\n\nA passenger who landed at Banjul, Gambia, later expelled 41 \
             pellets of cocaine, the agency said.",
            "cocaine",
            41.0,
        ),
        (
            "Courier stopped\n\nIn Odesa, Ukraine, police found 312 pouches of heroin in a \
             moped's seat.",
            "heroin",
            312.0,
        ),
    ] {
        assert_eq!(
            common::drug_amounts(text),
            vec![(drug.to_string(), n)],
            "{text}"
        );
    }
}

#[test]
fn drugs_named_by_their_inn_or_street_name_are_named_drugs() {
    // Opioids and nitazenes under international control, West Africa's street mixes, a
    // cough-syrup brand and the contraband agencies report beside drugs.
    for (text, drug) in [
        (
            "Parcel stopped\n\nCustoms officers at Narita, Japan, found 57 tablets of \
             oxycodone in a parcel.",
            "other:oxycodone",
        ),
        (
            "Lab results\n\nEstonian police in Tallinn seized 310 grams of protonitazene.",
            "other:protonitazene",
        ),
        (
            "Border arrest\n\nLiberian agents at Ganta seized 12 kilograms of kush from a \
             taxi.",
            "other:kush",
        ),
        (
            "Market raid\n\nNDLEA officers in Ilorin, Nigeria, seized 140 kilograms of \
             akuskura.",
            "other:akuskura",
        ),
        (
            "Checkpoint\n\nPolice in Siliguri, India, seized 220 bottles of Corex cough \
             syrup.",
            "other:corex",
        ),
        (
            "Bus searched\n\nNDLEA operatives in Lokoja, Nigeria, seized 980 kilograms of \
             laughing gas from a bus.",
            "other:nitrous_oxide",
        ),
    ] {
        let found = common::drug_amounts(text);
        assert!(found.iter().any(|(d, _)| d == drug), "{text}: {found:?}");
    }
}

#[test]
fn the_hindu_kush_is_a_range_of_mountains() {
    // Guard: the mountains' name is no drug; the lot after it keeps its own, and a weight that
    // names no drug does not take "kush" from the place after it.
    let text = "Opium seized\n\nAfghan police in a village of the Hindu Kush seized 70 kg of \
                opium.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("opium".to_string(), 70.0)],
        "{text}"
    );
    // (A text that names no drug at all tells no drug's lot: from_b252.rs.)
    let text = "Border post\n\nPolice seized 70 kg of drugs in the Hindu Kush, Afghanistan.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("narcotic_drugs".to_string(), 70.0)],
        "{text}"
    );
}

#[test]
fn a_drug_cut_with_xylazine_is_the_drug() {
    // "xylazine fentanyl": fentanyl cut with the veterinary sedative.
    let text = "Traffic stop\n\nDeputies in Sacramento found 1.2 pounds of xylazine fentanyl in \
                a car.";
    let found = common::drug_amounts(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "other:fentanyl", "{found:?}");
}

#[test]
fn the_weight_of_the_substance_is_the_weight_of_the_story_s_find() {
    // «Вес высушенного вещества — более 2,5 килограммов»: a sentence with no verb of its own
    // that weighs the substance the sentence before found.
    let text = "Марихуану везли в мешках\n\nСотрудники ДПС остановили автомобиль у села \
                Улёты в Забайкалье и нашли в салоне мешок с марихуаной. Вес высушенного \
                вещества — более 2,5 килограммов.";
    let facts = common::facts(text);
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(
        (facts[0].2.as_str(), facts[0].3),
        ("cannabis", 2.5),
        "{facts:?}"
    );
}

#[test]
fn plants_pulled_up_and_burnt_are_destroyed() {
    // «вырвали и сожгли растения»: the plants just counted, named with no count of their own;
    // of the linked verbs, destruction wins.
    let text = "Конопля на участке\n\nОчаг конопли выявили полицейские Тихорецкого района. На \
                участке полицейские обнаружили 415 растений. Полицейские вырвали и сожгли \
                растения.";
    let events = common::events(text);
    assert_eq!(
        common::kinds_dated(&events),
        vec![(seizure_text::model::Kind::Destruction, 415.0, None)],
        "{text}"
    );
}

#[test]
fn a_name_that_does_not_decline_after_v_with_a_verb_of_carrying_is_where_it_went() {
    // «вывезти ... в США»: "США" does not decline, so «в» can mean "in" or "into"; after a
    // verb of carrying it is "into". The lot's country is where it was found.
    let text = "Кокаин в грузовике\n\nСотрудники полиции Гватемалы задержали грузовик. В \
                кузове нашли 300 кг кокаина, который собирались вывезти в США.";
    assert_eq!(common::country_of(text), Some("GT"), "{text}");
}

#[test]
fn a_date_opening_a_line_before_a_hyphenated_word_is_the_events() {
    // «29 мая 2007 года оперативно-следственная группа выехала ...»: the hyphen inside a word
    // is no dateline's dash. (A dash after an outlet's name, "Asia-Plus —", still is.)
    let text = "Героин под мостом\n\n14 марта 2009 года оперативно-следственная группа выехала \
                в Котлас, где в тайнике под мостом было обнаружено 612 г героина.";
    let events = common::events(text);
    assert_eq!(
        common::dated(&events),
        vec![(0.612, Some("2009-03-14".to_string()))],
        "{text}"
    );
}

#[test]
fn a_slash_after_the_drug_gives_another_name_not_a_rate() {
    // "1.5 kilograms of MDMA/MDA": the lot's two names; "5 kg/day" stays a rate.
    let text = "Warehouse search\n\nPolice in Surrey, Canada, seized 1.5 kilograms of MDMA/MDA \
                and 60 litres of gamma-hydroxybutyrate.";
    let found = common::drug_amounts(text);
    assert!(
        found.contains(&("other:mdma".to_string(), 1.5)),
        "{found:?}"
    );
    assert!(
        found.contains(&("other:ghb".to_string(), 60.0)),
        "{found:?}"
    );
    let rate = "Lab raided\n\nThe lab in Surrey, Canada, could turn out 5 kg/day of MDMA.";
    assert!(common::drug_amounts(rate).is_empty(), "{rate}");
}

#[test]
fn operations_that_yielded_a_weight_and_a_lot_stashed_are_finds() {
    // "operations which yielded 2.1 kilograms of shabu": what they turned up; the count of
    // operations ("611 anti-illegal drugs operations") is no lot.
    let text = "Drug war figures\n\nPDEA said its agents in La Union, Philippines, launched 611 \
                anti-illegal drugs operations which yielded 2.1 kilograms of shabu.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("methamphetamine".to_string(), 2.1)],
        "{text}"
    );
    let stashed = "Airport arrest\n\nCANU said the woman at Timehri, Guyana, had four kilos of \
                   cocaine stashed in jars of pepper sauce.";
    assert_eq!(
        common::drug_amounts(stashed),
        vec![("cocaine".to_string(), 4.0)],
        "{stashed}"
    );
}

#[test]
fn a_crop_s_yield_per_hectare_is_no_lot() {
    // Guard: "yielded 56 kg of opium per hectare" is a rate, whatever the verb.
    let text = "Survey\n\nIn Helmand, Afghanistan, opium poppy yielded 56 kg of opium per \
                hectare.";
    assert!(common::drug_amounts(text).is_empty(), "{text}");
}

#[test]
fn an_adjective_of_growth_between_the_count_and_its_plants_keeps_the_count() {
    // «116 культивированных кустов мака», «200 дикорастущих кустов»: how the plants grew,
    // between the number and its unit.
    let text = "Мак на огороде\n\nВ Пензенском районе участковые обнаружили и изъяли 116 \
                культивированных кустов мака.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("other:poppy".to_string(), 116.0)],
        "{text}"
    );
}

#[test]
fn mdpv_is_a_named_drug() {
    let text = "Закладчики задержаны\n\nВ Одессе патрульные изъяли 21 сверток с MDPV.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("other:mdpv".to_string(), 21.0)],
        "{text}"
    );
}

#[test]
fn suspects_nobody_counts_keep_an_operation_s_results() {
    // «У подозреваемых изъяли более 10 кг»: people in the plural, counted by nobody, inside
    // the results of a named operation tell no incident of their own.
    let text = "Итоги операции\n\nВ полиции Курской области подвели итоги первого этапа \
                операции «Мак-2023». В ходе первого этапа операции выявлено 41 преступление. \
                У подозреваемых изъяли более 8 кг наркотических средств.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].kind,
        seizure_text::model::Kind::PeriodTotal,
        "{events:?}"
    );
}

#[test]
fn the_title_and_lead_are_counted_from_where_the_article_begins() {
    // A stored page opens with its menu: the title that sums up an operation's results is the
    // eighth sentence, yet the article's first; its figures are the operation's totals.
    let text = "Главная.\nНовости.\nПроисшествия.\nОбщество.\nЭкономика.\nСпорт.\nКультура.\n\n\
                Подведены итоги операции «Мак»\n\nПолицейские области изъяли более 30 кг \
                марихуаны.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0].kind,
        seizure_text::model::Kind::PeriodTotal,
        "{events:?}"
    );
}

#[test]
fn pot_and_hallucinogenic_mushrooms_are_named_drugs() {
    // "Nearly 68,500 pot plants" (the American press's word for cannabis); "hallucinogenic
    // mushrooms" are psilocybin mushrooms.
    let text = "Grow site raided\n\nDeputies in Ventura County, California, eradicated nearly \
                12,300 pot plants on Tuesday.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("cannabis".to_string(), 12_300.0)],
        "{text}"
    );
    let text = "Parcels stopped\n\nCustoms in Shantou, China, intercepted a parcel with 830 \
                grams of hallucinogenic mushrooms.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("other:psilocybin_mushrooms".to_string(), 0.83)],
        "{text}"
    );
}

#[test]
fn blots_and_sprouts_are_counted_and_a_yield_per_plant_is_no_lot() {
    // "15,000 blots of LSD" (blotter pieces, as "bits"); «30 ростков конопли» (sprouts, a
    // plant each); "each plant would yield one pound" is what the crop would give.
    let text = "Darknet bust\n\nThe NCB in Delhi, India, seized 12,400 blots of LSD.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("other:lsd".to_string(), 12_400.0)],
        "{text}"
    );
    let text = "Гидропоника в квартире\n\nПолицейские в Москве обнаружили 27 ростков конопли.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("cannabis".to_string(), 27.0)],
        "{text}"
    );
    let text = "Grow eradicated\n\nDeputies raided gardens in Tulare County, California. \
                Approximately 9,200 live marijuana plants were seized. The sheriff's office \
                said if allowed to fully mature each of these plants would yield in excess of \
                one pound of usable marijuana bud with a street value over $3,000 per pound, \
                thus the total value of $27,600,000 of marijuana was destroyed.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("cannabis".to_string(), 9_200.0)],
        "{text}"
    );
}

#[test]
fn a_chinese_province_is_named_without_its_word_for_province() {
    // GeoNames and ISO 3166-2 write "Guangdong Sheng", "Xinjiang Uygur Zizhiqu"; the news
    // writes "Guangdong", "Xinjiang".
    for text in [
        "Drug report\n\nGuangdong police seized 3.2 tons of drugs in the first five months of \
         the year.",
        "Border find\n\nCustoms officers in Xinjiang seized 41 kg of heroin from a truck.",
    ] {
        assert_eq!(common::country_of(text), Some("CN"), "{text}");
    }
}

#[test]
fn poppy_plants_and_joints_are_counted() {
    // "485 poppy plants" (the plant, as «мак»); "3,400 joints" (rolled cannabis, as pieces).
    let text = "Garden raided\n\nPolice in Kbang district, Vietnam, discovered 212 poppy plants \
                in a vegetable garden.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("other:poppy".to_string(), 212.0)],
        "{text}"
    );
    let text = "Christiania raid\n\nPolice in Copenhagen, Denmark, seized 1,250 joints of \
                cannabis.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("cannabis".to_string(), 1_250.0)],
        "{text}"
    );
    // Guard: Nigeria's "drug joints" are dens, dismantled, not rolled cannabis.
    let text = "Monthly figures\n\nThe NDLEA command in Kaduna, Nigeria, seized 1,250 kg of \
                illicit drugs in December. He disclosed that 19 illicit drug joints were \
                dismantled, while the command secured six convictions.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("narcotic_drugs".to_string(), 1_250.0)],
        "{text}"
    );
}

#[test]
fn a_comparison_s_year_ends_with_its_clause() {
    // "8,592 pounds of cocaine, up 98% from FY 20; 33,777 pounds of methamphetamine; ...
    // up 21% from FY 2020": the figures after the semicolon are the year's, not the years
    // compared with.
    let text = "Port figures\n\nDuring FY 2021, officers at the Laredo ports seized 60,000 \
                pounds of narcotics. Specifically, they seized 7,100 pounds of cocaine, up 40% \
                from FY 20; 21,500 pounds of methamphetamine; 950 pounds of heroin, 400 pounds \
                of fentanyl, up 300 percent from FY 2020, and 210 weapons, up 12% from FY \
                2020.";
    for (amount, date) in common::dated(&common::events(text)) {
        assert_eq!(date.as_deref(), Some("2021"), "{amount}: {text}");
    }
}

#[test]
fn a_list_line_of_a_lot_and_its_worth_carries_on_the_list() {
    // "9,213.28 grams of Cocaine worth ₱48,830,384.00;": a line with no verb that gives a lot
    // and what it is worth is one more item of the list before it.
    let text = "Thermolysis\n\nThe PDEA destroyed seized drugs in Cavite, Philippines.\n\n\
                Destroyed were 50,120.5 grams of Shabu\n\n 8,400.25 grams of Cocaine worth \
                ₱44,000,000.00;\n\n 2,100.5 grams of MDMA worth ₱7,100,000.00;";
    let found = common::drug_amounts(text);
    assert!(
        found.contains(&("cocaine".to_string(), 8.40025)),
        "{found:?}"
    );
    assert!(
        found.contains(&("other:mdma".to_string(), 2.1005)),
        "{found:?}"
    );
}

#[test]
fn plants_found_and_then_said_destroyed_are_destroyed() {
    // "They were destroyed." (a pronoun for what was just found), a sentence or two after the
    // plants were counted, with no other figure between.
    let text = "Cannabis farms\n\nRanks of the Narcotics Branch conducted operations at \
                Mabura, Guyana, yesterday. Two fields were found under cultivation with about \
                9,000 cannabis plants. No one was arrested. They were destroyed.";
    let events = common::events(text);
    assert_eq!(
        common::kinds_dated(&events),
        vec![(seizure_text::model::Kind::Destruction, 9_000.0, None)],
        "{text}"
    );
}

#[test]
fn named_synthetic_cannabinoids_and_desomorphine_are_drugs() {
    // «JWH-018», "MDMB-4en-PINACA": synthetic cannabinoids by name; «дезоморфин» a named
    // drug, whose doses are no lot (rule 5).
    let text = "Посылка из Китая\n\nТаможенники в Оренбурге изъяли 498 граммов JWH-073.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("synthetic_cannabinoids".to_string(), 0.498)],
        "{text}"
    );
    let text = "Итоги\n\nПолицейские Барнаула изъяли 4 кг дезоморфина. Также обнаружено \
                порядка 210 тыс. доз дезоморфина.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("other:desomorphine".to_string(), 4.0)],
        "{text}"
    );
}

#[test]
fn a_number_in_words_told_again_in_digits_is_the_digits() {
    // "three thousand (3,123) pounds", "six thousand, five hundred (6,500) tablets": the
    // digits in brackets restate the words precisely; they are no other period's figure.
    let text = "Go-fast searched\n\nOfficers in Exuma, Bahamas, seized marijuana. The drugs \
                weighed three thousand (3,123) pounds.";
    let found = common::drug_amounts(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!((found[0].1 - 1_416.568_971).abs() < 0.001, "{found:?}");
    let text = "Warehouse raided\n\nNDLEA operatives in Kano, Nigeria, seized six thousand, \
                five hundred (6,500) tablets of tramadol.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("tramadol".to_string(), 6_500.0)],
        "{text}"
    );
}

#[test]
fn a_bare_weight_joined_by_and_shares_the_lot_before_it_s_drug() {
    // "found one ton of cocaine in a ranch in Presidente Hayes and 1.8 tons in Concepcion";
    // "Drug agents" are people, no lot of drugs.
    let text = "Ranch raided\n\nDrug agents in Paraguay found one ton of cocaine in a ranch in \
                Presidente Hayes and 1.4 tons in Concepcion on Thursday.";
    assert_eq!(
        common::drug_amounts(text),
        vec![
            ("cocaine".to_string(), 1_000.0),
            ("cocaine".to_string(), 1_400.0)
        ],
        "{text}"
    );
}

#[test]
fn packages_counted_inside_other_packages_are_the_lot_s_pieces() {
    // "six bags, containing sixty nine (69) big bundles of cannabis": the bundles are the
    // pieces; the bags that hold them go. (The number in words before its digits may be
    // followed by adjectives before its unit.)
    let text = "Soldiers arrested\n\nTwo soldiers were arrested in Brikama, Gambia. The \
                suspects were arrested with four bags, containing fifty two (52) big bundles \
                of cannabis sativa, the agency said.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("cannabis".to_string(), 52.0)],
        "{text}"
    );
}

#[test]
fn a_slash_before_a_drug_whose_name_starts_like_a_unit_is_no_rate() {
    // Guard: "heroin/hashish", «героин/гашиш»: the abbreviation of hectares is a word of its
    // own, not the start of the next drug's name.
    let text = "Border find\n\nPolice in Quetta, Pakistan, seized 12 kg of heroin/hashish.";
    assert_eq!(common::drug_amounts(text).len(), 1, "{text}");
    let text = "Находка\n\nПограничники в Хороге изъяли 7 кг героина/гашиша.";
    assert_eq!(common::drug_amounts(text).len(), 1, "{text}");
}
