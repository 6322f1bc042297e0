//! One small text per rule on how a figure is read, learned from the real-text batches
//! (`corpus/real/`) and written in the project's own words: its number (a comma that is a
//! decimal mark, numbers in words in every case), its qualifier, and the words between it and
//! its drug.

mod common;
use common::{amounts, drug_amounts, events, facts};
use seizure_text::model::{Kind, Qualifier};

#[test]
fn parts_that_fit_inside_their_total_read_their_commas_as_decimal_marks() {
    // (From b29, a word-for-word translation.) Read as thousands, the parts would come to
    // 43,303 tons inside a total of 52.4.
    let got: Vec<_> = events(
        "Between 2018 and 2020 the partners withdrew from circulation more 52,4 tons of drugs, \
         including: 31,275 tons of opium, 9,418 tons of hashish, 2,610 tons of marijuana.",
    )
    .into_iter()
    .map(|e| (e.drug, e.amount, e.qualifier))
    .collect();
    assert_eq!(
        got,
        [
            ("narcotic_drugs".to_string(), 52_400.0, Qualifier::AtLeast),
            ("opium".to_string(), 31_275.0, Qualifier::Exact),
            ("hashish".to_string(), 9_418.0, Qualifier::Exact),
            ("cannabis".to_string(), 2_610.0, Qualifier::Exact),
        ]
    );
    // Parts that add up to their total keep the thousands: "7,7 kg" of 2,149 and 5,599 grams.
    let got: Vec<_> = events(
        "Officers found 7,7 kg of drugs in the bag (2,149 grams heroin, 5,599 grams opium).",
    )
    .into_iter()
    .map(|e| (e.drug, e.amount))
    .collect();
    assert_eq!(
        got,
        [("heroin".to_string(), 2.149), ("opium".to_string(), 5.599)]
    );
}

#[test]
fn russian_numbers_in_words_in_every_case() {
    // (From b29.) «с тремя килограммами»: the instrumental.
    let got = facts("Полицейские изъяли пакет с тремя килограммами марихуаны.");
    assert_eq!(got, [(Kind::Seizure, None, "cannabis".into(), 3.0)]);
    let got = facts("Таможенники задержали курьера с пятью килограммами гашиша.");
    assert_eq!(got, [(Kind::Seizure, None, "hashish".into(), 5.0)]);
}

#[test]
fn a_title_in_words_rounds_the_bodys_figure() {
    // (From b27.) «двумя килограммами» at the top is the body's 2,14 kg.
    let got = facts(
        "Под вагоном поезда везли наркотики\n\
         Тайник с двумя килограммами опиума нашли таможенники.\n\n\
         В вагоне грузового поезда обнаружили 2,14 килограмма опиума.\n",
    );
    assert_eq!(got, [(Kind::Seizure, None, "opium".into(), 2.14)]);
}

#[test]
fn kept_out_of_circulation_is_seized() {
    // (From b28.)
    let got = facts("В незаконный оборот не допущено 12 кг героина.");
    assert_eq!(got, [(Kind::Seizure, None, "heroin".into(), 12.0)]);
}

#[test]
fn two_joined_describing_words_before_the_drug() {
    // (From b29.) «дикорастущих и незаконных посевов наркосодержащих растений».
    let got = facts(
        "С начала года обнаружено и уничтожено более 8,2 т дикорастущих и незаконных посевов \
         наркосодержащих растений.",
    );
    assert_eq!(
        got,
        [(Kind::Destruction, None, "narcotic_drugs".into(), 8200.0)]
    );
}

#[test]
fn drugs_of_synthetic_origin_are_synthetic_drugs() {
    // (From b28 and b29.)
    let got = facts("За 10 месяцев изъято 12,4 кг наркотиков синтетического происхождения.");
    assert_eq!(
        got,
        [(
            Kind::PeriodTotal,
            None,
            "other:synthetic_drugs".into(),
            12.4
        )]
    );
}

#[test]
fn hyphenated_halves_in_words() {
    // (From b29.)
    let got = facts("Half-a-ton of drugs was burned in the city square.");
    assert_eq!(
        got,
        [(Kind::Destruction, None, "narcotic_drugs".into(), 500.0)]
    );
    let got: Vec<_> = events(
        "In Lahore officers caught a passenger carrying a one-and-a-half kilogram parcel of \
         heroin in a flight for Dubai.",
    )
    .into_iter()
    .map(|e| (e.country, e.amount))
    .collect();
    assert_eq!(got, [(Some("PK"), 1.5)]);
}

#[test]
fn russian_cannabis_oil_is_the_control_lists_hash_oil() {
    // (From b29.) «масло каннабиса (гашишное масло)»; English "cannabis oil" keeps its name.
    let got = facts("У задержанного изъято свыше 500 граммов масла каннабиса.");
    assert_eq!(got, [(Kind::Seizure, None, "other:hash_oil".into(), 0.5)]);
}

#[test]
fn what_destroyed_plants_would_have_made_is_no_lot() {
    // (From b30.) The resin was never made; a foiled smuggling still is a seizure.
    let got = facts(
        "Gendarmes destroyed 3 million cannabis plants in the district. As a result, 90 tons of \
         cannabis resin was prevented.",
    );
    assert_eq!(
        got,
        [(Kind::Destruction, None, "cannabis".into(), 3_000_000.0)]
    );
    let got = facts("The smuggling of 12 kg of heroin was prevented.");
    assert_eq!(got, [(Kind::Seizure, None, "heroin".into(), 12.0)]);
}

#[test]
fn cannabis_seeds_are_seeds() {
    // (From b28 and b30.)
    let got = facts("Officers seized 25 kilograms of cannabis seeds.");
    assert_eq!(
        got,
        [(Kind::Seizure, None, "other:cannabis_seeds".into(), 25.0)]
    );
}

#[test]
fn a_titles_figure_told_again_is_the_bodys_lot_of_the_bodys_kind() {
    // (From b30.) The title says seized; the body says the same plants were destroyed.
    let got = facts(
        "4 Million Root Cannabis Seized\n\n\
         Gendarmes raided fields in the district.\n\n\
         After the operation the 4 million root cannabis plants were destroyed in the fields.\n",
    );
    assert_eq!(
        got,
        [(Kind::Destruction, None, "cannabis".into(), 4_000_000.0)]
    );
}

#[test]
fn plants_with_no_drug_named_are_of_the_articles_one_drug() {
    // (From b30.) The story names cannabis fields; the figure's sentence only "plants".
    let got = facts(
        "Полиция уничтожила плантации конопли в пустыне.\n\n\
         В ходе операции уничтожены более 9,200 растений, полиция их сосчитала.\n",
    );
    assert_eq!(got, [(Kind::Destruction, None, "cannabis".into(), 9_200.0)]);
    // An article that names no drug has no plants of one.
    let got = facts("Волонтёры высадили 2000 растений в парке, полиция изъяла 3 кг героина.");
    assert_eq!(got, [(Kind::Seizure, None, "heroin".into(), 3.0)]);
    // (From b31.) Of the drugs the article names, the one that grows: the poppy, not its straw.
    let got = facts(
        "Полицейские обнаружили посевы мака. 260 кустов изъяли у мужчины. Во дворе изъяли \
         пакет с 600 граммами маковой соломы.",
    );
    assert_eq!(
        got,
        [
            (Kind::Seizure, None, "other:poppy".into(), 260.0),
            (Kind::Seizure, None, "other:poppy_straw".into(), 0.6)
        ]
    );
    // «кустов растений мака»: the bushes are of the plant named after them.
    let got = facts("Среди уничтоженного – 100 кустов растений мака.");
    assert_eq!(
        got,
        [(Kind::Destruction, None, "other:poppy".into(), 100.0)]
    );
}

#[test]
fn a_net_weight_in_brackets_is_the_lots_weight() {
    // (From b19.)
    let got = facts(
        "В контейнере обнаружено 900 брикетов с кокаином общей массой 1100 кг с упаковкой \
         (масса нетто 960 кг).",
    );
    assert_eq!(got, [(Kind::Seizure, None, "cocaine".into(), 960.0)]);
}

#[test]
fn plants_pulled_up_are_seized() {
    // (From b11.)
    let got = facts("Полицейские вырвали более 300 кустов конопли на поле у села.");
    assert_eq!(got, [(Kind::Seizure, None, "cannabis".into(), 300.0)]);
}

#[test]
fn numbers_with_two_multipliers_a_decimal_rest_or_a_stray_space() {
    // (From b31.)
    let got = facts("Gendarmes seized 34 million 270 thousand narcotic pills in the raid.");
    assert_eq!(
        got,
        [(
            Kind::Seizure,
            None,
            "psychotropic_tablets".into(),
            34_270_000.0
        )]
    );
    let got = facts("Было изъято 7 миллионов 830 тысяч 760 таблеток экстази.");
    assert_eq!(
        got,
        [(Kind::Seizure, None, "other:mdma".into(), 7_830_760.0)]
    );
    let got = facts("Пограничники изъяли 1 тыс. 740,3 килограмм наркотиков.");
    assert_eq!(
        got,
        [(Kind::Seizure, None, "narcotic_drugs".into(), 1740.3)]
    );
    let got = facts("Also 16, 802 kilograms of psychotropic substances were confiscated.");
    assert_eq!(
        got,
        [(
            Kind::Seizure,
            None,
            "other:psychotropic_substances".into(),
            16_802.0
        )]
    );
    // A date's day is no thousands: "On May 5, 150 kg".
    let got = facts("On May 5, 150 kg of heroin were seized.");
    assert_eq!(got, [(Kind::Seizure, None, "heroin".into(), 150.0)]);
    let got = facts("Полицейские обнаружили 37, 5 килограммов конопли.");
    assert_eq!(got, [(Kind::Seizure, None, "cannabis".into(), 37.5)]);
    let got = facts("Police destroyed more than 40, 000 bushes of wild hemp.");
    assert_eq!(
        got,
        [(Kind::Destruction, None, "cannabis".into(), 40_000.0)]
    );
}

#[test]
fn doses_of_a_drug_sold_by_weight_are_no_lot() {
    // (From b11, b30 and b31.) What the lot would have made; LSD blotters are pieces.
    let got = facts(
        "Police seized 480 kg of cocaine. The seizure prevented about 4,800,000 cocaine doses \
         from reaching the streets.",
    );
    assert_eq!(got, [(Kind::Seizure, None, "cocaine".into(), 480.0)]);
    let got = facts("Там было обнаружено 80 тысяч доз наркотиков.");
    assert_eq!(got, []);
}

#[test]
fn drugs_suspected_to_be_a_drug_are_of_it_and_each_pieces_weight_is_no_lot() {
    // (From b1, b4, b26 and b5.)
    let got = facts("Naval units apprehended 13.5 kg of drugs suspected to be heroin.");
    assert_eq!(got, [(Kind::Seizure, None, "heroin".into(), 13.5)]);
    let got = facts(
        "Officers found 11 kg 987 g of a narcotic substance with a specific pungent odor of \
         heroin.",
    );
    assert_eq!(got, [(Kind::Seizure, None, "heroin".into(), 11.987)]);
    let got = facts(
        "Customs found 500 kg of cocaine in the container: 10 duffle bags, each weighing 50 \
         kilograms and filled with blocks of what is believed to be cocaine.",
    );
    assert_eq!(got, [(Kind::Seizure, None, "cocaine".into(), 500.0)]);
}

#[test]
fn patches_of_plants_are_no_count_of_plants() {
    // (From b8 and b21.)
    let got = facts("Было выявлено и уничтожено 22 очага наркотикосодержащих растений.");
    assert_eq!(got, []);
}

#[test]
fn the_weights_of_the_drugs_told_a_few_sentences_later() {
    // (From b32.) Sentences without figures stand between the total and its weights.
    let got = facts(
        "The agency said it has seized 64.5 kilograms of heroin and methamphetamine.\n\n\
         The drugs were hidden in a car and the driver is held.\n\n\
         The commissioner said the heroin weighed 14.5 kilograms and the methamphetamine \
         weighed 50 kilograms.\n",
    );
    assert_eq!(
        got,
        [
            (Kind::Seizure, None, "heroin".into(), 14.5),
            (Kind::Seizure, None, "methamphetamine".into(), 50.0)
        ]
    );
}

#[test]
fn a_russian_lot_made_up_of_two_drugs_told_a_paragraph_later() {
    // (From b32.)
    let got = facts(
        "Полиция изъяла около 7 тонн наркотиков, предназначенных для Европы.\n\n\
         По информации полиции партия составляла 2,9 тонны морфина и 4,1 тонны опия.\n",
    );
    assert_eq!(
        got,
        [
            (Kind::Seizure, None, "other:morphine".into(), 2900.0),
            (Kind::Seizure, None, "opium".into(), 4100.0)
        ]
    );
}

#[test]
fn a_weight_restated_in_pounds_with_a_qualifier_before_the_drug() {
    // (From b32 and b5.)
    let got = facts("Police seized more than 46 kilograms (over 100 pounds) of opium.");
    assert_eq!(got, [(Kind::Seizure, None, "opium".into(), 46.0)]);
}

#[test]
fn a_number_plates_letter_is_no_unit() {
    // (From b33.) "KDT 659G" is a truck's plate, not 659 grams.
    let got = facts(
        "Detectives intercepted a truck with registration number KDT 659G carrying 2,400 kg of \
         bhang.",
    );
    assert_eq!(got, [(Kind::Seizure, None, "cannabis".into(), 2400.0)]);
}

#[test]
fn searches_that_turned_up_drugs_seized_them() {
    // (From b33.)
    let got = facts(
        "Searches of homes turned up digital scales and more than 2.1 kilograms of dried \
         marijuana.",
    );
    assert_eq!(got, [(Kind::Seizure, None, "cannabis".into(), 2.1)]);
}

#[test]
fn a_destroyed_laboratory_is_no_destruction_of_its_drugs() {
    // (From b33.)
    let got = facts("Полицейские изъяли 55 кг мефедрона в ликвидированной лаборатории.");
    assert_eq!(got, [(Kind::Seizure, None, "mephedrone".into(), 55.0)]);
    let got = facts("Изъято свыше 750 килограммов наркотиков, ликвидированы наркоплантации.");
    assert_eq!(got, [(Kind::Seizure, None, "narcotic_drugs".into(), 750.0)]);
}

#[test]
fn rohypnol_by_its_brand() {
    // (From b11 and b32.)
    let got = facts("Officers recovered 1,350 tablets of Rohypnol from the store.");
    assert_eq!(
        got,
        [(Kind::Seizure, None, "other:rohypnol".into(), 1350.0)]
    );
}

#[test]
fn the_weight_of_the_plants_just_counted() {
    // (From b33.)
    let got = facts(
        "Investigators uncovered 1,337 cannabis plants in the village. The plants weighed more \
         than 143 kilograms in total.",
    );
    assert!(
        got.contains(&(Kind::Seizure, None, "cannabis".into(), 143.0)),
        "{got:?}"
    );
}

#[test]
fn bonzai_is_a_synthetic_cannabinoid() {
    // (From b31 and b33.) Turkey's street name.
    let got = facts("Police confiscated 202 kilograms of Banzai drug substance.");
    assert_eq!(
        got,
        [(Kind::Seizure, None, "synthetic_cannabinoids".into(), 202.0)]
    );
}

#[test]
fn a_model_code_written_onto_a_letter_is_no_count() {
    // (From b35.) "M-40" names the tablets; 450 counts them, three tokens before the unit.
    let got = drug_amounts(
        "The border guards found a sack with 8.2 kilograms of marijuana and 310 methadone \
         M-40 tablets in it.",
    );
    assert_eq!(
        got,
        [
            ("cannabis".to_string(), 8.2),
            ("methadone".to_string(), 310.0)
        ]
    );
    // A brand with its substance in brackets before the unit: "150 Subutex (buprenorphine)
    // tablets" (from the development set).
    let got = drug_amounts("Officers also found 150 Subutex (buprenorphine) tablets in his bag.");
    assert_eq!(got, [("other:buprenorphine".to_string(), 150.0)]);
    // A drug's name before a hyphen is a list item's, not a code: «Героин-5 кг».
    let got = drug_amounts("Полицейские изъяли наркотики: Героин-5 кг, Гашиш-12 кг.");
    assert_eq!(
        got,
        [("heroin".to_string(), 5.0), ("hashish".to_string(), 12.0)]
    );
}

#[test]
fn fractions_of_a_unit() {
    // (From b36.) "1/2kg" is half a kilogram, not 2 kg; so are the glyphs, which the ingester's
    // NFKC folding writes as "1⁄2" ("1½" as "11⁄2").
    for (text, amount) in [
        ("Police seized 1/2kg of heroin in the town.", 0.5),
        ("Police seized ½ kg of heroin in the town.", 0.5),
        ("Police seized 2 1/2 kg of heroin in the town.", 2.5),
        ("Police seized 1\u{2044}2 kg of heroin in the town.", 0.5),
        ("Police seized 11\u{2044}2 kg of heroin in the town.", 1.5),
        ("Полиция изъяла 3/4 кг героина.", 0.75),
    ] {
        let got = amounts(text);
        assert_eq!(got, [amount], "{text}");
    }
    // A date is no fraction.
    let got = amounts("On 12/08/2025 police seized 3 kg of heroin.");
    assert_eq!(got, [3.0]);
}

#[test]
fn pounds_are_weights_but_not_conversions_or_money() {
    // (From b36.) "1,100 pounds of morphine" is a lot of its own, in kilograms.
    let got: Vec<_> = events("Border guards seized 1,100 pounds of morphine from the smugglers.")
        .into_iter()
        .map(|e| (e.drug, (e.amount * 1000.0).round() / 1000.0))
        .collect();
    assert_eq!(got, [("other:morphine".to_string(), 498.952)]);
    // A conversion beside the metric figure, either way round, is the same lot.
    for text in [
        "Police seized 264 kilograms (582 pounds) of heroin.",
        "Police seized 264 kilograms, about 582 pounds, of heroin.",
        "Police seized 582 lbs (264 kg) of heroin.",
    ] {
        let got = amounts(text);
        assert_eq!(got, [264.0], "{text}");
    }
    // Money is no weight.
    let got = amounts("Police seized 2 kg of heroin worth 90,000 pounds.");
    assert_eq!(got, [2.0]);
}

#[test]
fn a_qualifier_before_a_preposition_ukrainian_thousands_and_drug_raw_material() {
    // (From b9, b35 and b36, in the project's words.) «почти в 700 килограммов».
    let got: Vec<_> = events("На складе изъяли мак общим весом почти в 640 килограммов.")
        .into_iter()
        .map(|e| (e.amount, e.qualifier))
        .collect();
    assert_eq!(got, [(640.0, Qualifier::Approx)]);
    // A Ukrainian release's «тис.» is a thousand (b34).
    let got = amounts("Пограничники изъяли более 12 тис. таблеток трамадола.");
    assert_eq!(got, [12_000.0]);
    // «наркосырьё» is drugs.
    let got = facts("Объем уничтоженного наркосырья составил более тонны.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].2.as_str(), got[0].3), ("narcotic_drugs", 1000.0));
}

#[test]
fn a_figure_shares_the_unit_given_once_beside_it() {
    // (From b27 and b34, in the project's words; the issue's own example first.)
    for (text, want) in [
        (
            "Police seized 300 tramadol and 200 diazepam tablets.",
            vec![("tramadol", 300.0), ("other:diazepam", 200.0)],
        ),
        (
            "Изъято 5120 кустов конопли и 214 – мака.",
            vec![("cannabis", 5120.0), ("other:poppy", 214.0)],
        ),
        (
            "Изъято 14 кг героина и 6 – гашиша.",
            vec![("heroin", 14.0), ("hashish", 6.0)],
        ),
        (
            "Police seized 14 kg of heroin and 6 of opium.",
            vec![("heroin", 14.0), ("opium", 6.0)],
        ),
        // A number of something else is no figure of the list.
        (
            "Police seized 14 kg of heroin and 6 of them were arrested.",
            vec![("heroin", 14.0)],
        ),
    ] {
        let got = drug_amounts(text);
        let want: Vec<_> = want.into_iter().map(|(d, a)| (d.to_string(), a)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn what_one_person_carries_reads_in_kilograms() {
    // (From b25, in the project's words.) A decimal comma in an English translation: one
    // passenger does not carry three tonnes.
    let got = amounts(
        "The search showed that a passenger of the car, a resident of the district, was \
         carrying 2,418 kg of opium.",
    );
    assert_eq!(got, [2.418]);
    // A truck may.
    let got = amounts("Customs found that the truck was carrying 2,418 kg of hashish.");
    assert_eq!(got, [2418.0]);
}

#[test]
fn a_title_cuts_the_bodys_figure_and_drugs_burnt_up_are_destroyed() {
    // (From b18 and b35, in the project's words.) «130» at the top is the body's 138 cut to
    // two digits; «сгорели» burnt them.
    let got = facts(
        "Наркоконтроль уничтожил 130 килограммов наркотиков\n\n\
         Уничтожение прошло в котельной города.\n\n\
         В печах сгорели 138 килограммов наркотиков.\n",
    );
    assert_eq!(
        got,
        [(Kind::Destruction, None, "narcotic_drugs".into(), 138.0)]
    );
}

#[test]
fn a_compound_amount_written_together() {
    // "1кг700г" is 1.7 kg (the time stamp's "T" rule is for "T" only).
    assert_eq!(amounts("Изъято 1кг700г марихуаны."), [1.7]);
    assert_eq!(
        amounts("On 2025-11-21T13:12:00 police seized 5 kg of heroin."),
        [5.0]
    );
}

#[test]
fn what_was_found_to_be_there_is_a_find() {
    assert_eq!(
        amounts(
            "On examination it was detected that there are 55 capsules containing 1 kilogram \
             and 17 grams of heroin."
        ),
        [1.017]
    );
}

#[test]
fn a_body_packers_capsules_are_told_with_their_weight_at_length() {
    assert_eq!(
        amounts(
            "Scans found 140 capsules with a hard white substance in the bodies of all three \
             passengers, in the stomach mostly, weighing 2 kilograms 310 grams of heroin."
        ),
        [2.31]
    );
}

#[test]
fn a_loose_title_over_an_itemised_total_goes_with_it() {
    assert_eq!(
        amounts(
            "Over 90 kilograms of hashish seized in the east\n\n\
             Hashish found in two separate operations, says police\n\n\
             Over 90 kilograms of hashish seized in the east\n\n\
             Security forces seized 93.4 kilograms of hashish in two operations in the province.\n\n\
             In the first, 60 packs of hashish -- 61.2 kilograms -- were found in a car's trunk.\n\n\
             In the same district, a sniffer dog found 32.2 kg of hashish in a suspect's bag."
        ),
        [61.2, 32.2]
    );
}

#[test]
fn a_brands_letter_and_number_after_a_drug_are_a_name() {
    assert_eq!(
        drug_amounts("Officers found 2,400 packages of Methadone M 40 tablets in the boat."),
        [("methadone".to_string(), 2400.0)]
    );
    // After a count, a drug's strength glued on with a hyphen.
    assert_eq!(
        drug_amounts("Guards found 120 grams of heroin and 300 methadone-40 psychotropic pills."),
        [
            ("heroin".to_string(), 0.12),
            ("methadone".to_string(), 300.0)
        ]
    );
}

#[test]
fn pills_given_with_their_equivalent_weight_are_the_weight() {
    assert_eq!(
        drug_amounts(
            "Customs seized 2 million Captagon pills — equivalent to around 330kg — at the border."
        ),
        [("other:captagon".to_string(), 330.0)]
    );
}

#[test]
fn a_compound_weight_written_in_words_is_one_lot() {
    // (From b39, a translated release, in the project's words.)
    let got = drug_amounts(
        "Border police confiscated six kilo and two hundred forty five grams of heroin at the \
         airport.",
    );
    assert_eq!(got, [("heroin".into(), 6.245)]);
}

#[test]
fn the_bodys_qualifier_tells_a_figure_the_top_states_bare() {
    // (From b39 and earlier batches, in the project's words.) The title and its slug line
    // state the figure bare; the body says "more than".
    let got: Vec<_> = events(
        "Пять тонн наркотиков изъято с начала года\n\n\
         Пять-тонн-наркотиков-изъято-с-начала-года\n\n\
         С начала 2024 года в Казахстане изъято более пяти тонн наркотиков, сообщили в МВД.",
    )
    .into_iter()
    .map(|e| (e.amount, e.qualifier))
    .collect();
    assert_eq!(got, [(5000.0, Qualifier::AtLeast)]);
}

#[test]
fn a_pieces_weight_told_a_few_words_after_each_is_no_lot() {
    // (From b39, in the project's words.)
    let got = amounts(
        "Officers seized plastic pods made to look like tea; inside each one sat a block of \
         cocaine weighing 300 grams.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn what_the_find_weighed_or_turned_out_to_be_is_its_lot() {
    // (From b39, in the project's words.) The sentence with the figure has no verb of finding.
    let got = drug_amounts(
        "Officers discovered the drugs buried in his garden. The hashish in several sacks \
         weighed 87 kg in total.",
    );
    assert_eq!(got, [("hashish".into(), 87.0)]);
    let got = drug_amounts(
        "При досмотре автомашины обнаружен мешок с веществом растительного происхождения. \
         Согласно экспертизе, вещество — марихуана, более 6 кг.",
    );
    assert_eq!(got, [("cannabis".into(), 6.0)]);
}

#[test]
fn what_a_detained_courier_carried_is_seized() {
    // (From b39 and earlier batches, in the project's words.)
    let got: Vec<_> = events(
        "Сотрудники полиции задержали курьера.\n\n\
         Наркотики, а это более 12 килограммов гашиша, он вез на продажу в Шымкент.",
    )
    .into_iter()
    .map(|e| (e.drug, e.amount, e.qualifier))
    .collect();
    assert_eq!(got, [("hashish".into(), 12.0, Qualifier::AtLeast)]);
}

#[test]
fn packets_of_drugs_in_general_beside_a_weight_are_its_packaging() {
    let got = drug_amounts(
        "Border guards found 60 packets of drugs in the van. A total of 31 kg of heroin was \
         seized.",
    );
    assert_eq!(got, vec![("heroin".to_string(), 31.0)]);
}

#[test]
fn pieces_named_after_their_count_are_of_that_unit() {
    let got = events("В ходе операции уничтожено свыше 500 шт. растений мака.");
    assert_eq!(got[0].unit, seizure_text::model::Unit::Plant, "{got:?}");
}

#[test]
fn the_size_of_each_planned_lot_is_no_lot() {
    let got = amounts(
        "Таможенники изъяли 600 кг героина. Задержанные планировали перевозить героин партиями \
         по 150 кг в Бельгию.",
    );
    assert_eq!(got, [600.0]);
}

#[test]
fn a_total_weight_told_after_packages_is_the_lots_weight() {
    // The packages are the lot's packaging; the weight is the lot's.
    let got = amounts(
        "В Херсоне нашли героин в контейнере с орехами\n\nКрупную партию героина спрятали в \
         контейнере. Таможенники выявили 31 брикет с \
         наркотиками в порту Херсона. Общий вес находки составляет почти 38 кг.",
    );
    assert_eq!(got, [38.0]);
}

#[test]
fn a_reading_past_the_largest_seizure_a_drug_can_be_is_the_other_reading() {
    // 42 tonnes of heroin in one seizure has never happened: the comma is a decimal mark.
    let got = facts("Romanian customs officers in Constanta seized 38,215 kilos of heroin.");
    assert_eq!(got[0].3, 38.215, "{got:?}");
    assert_eq!(got[0].1, Some("RO"), "{got:?}");
    // Cannabis has no such bound: 38 tonnes of it have been seized at once.
    let got = facts("Police seized 38,215 kilos of cannabis in one raid.");
    assert_eq!(got[0].3, 38_215.0, "{got:?}");
}

#[test]
fn a_hyphenated_describing_word_stands_between_a_figure_and_its_drug() {
    let got =
        drug_amounts("Officers found 40 kg of high-grade heroin and 12 kg of top-quality cocaine.");
    assert_eq!(
        got,
        [("heroin".to_string(), 40.0), ("cocaine".to_string(), 12.0)]
    );
}

#[test]
fn the_weight_of_what_was_seized_told_after_it_exceeded_is_at_least_that() {
    let got = events(
        "На участке хранились 40 растений высушенного мака. Растения изъяли. Масса изъятого \
         превысила 3 кг.",
    );
    assert!(
        got.iter().any(|e| e.amount == 3.0
            && e.qualifier == Qualifier::AtLeast
            && e.drug == "other:poppy"),
        "{got:?}"
    );
}

#[test]
fn the_size_of_each_piece_is_no_lot() {
    let got = amounts(
        "Всего изъято 120 контейнеров с героином общим весом 19 кг. В каждом контейнере \
         находилось более 150 грамм героина.",
    );
    assert_eq!(got, [19.0]);
}

#[test]
fn pounds_are_no_more_precise_than_the_figure_written() {
    // "nearly 4,000 pounds" restates "1.8 tons": the lot is 1.8 tonnes.
    let got = amounts(
        "Officials burned 1.8 tons of raw opium in Herat. The nearly 4,000 pounds of opium \
         burned is a small share of the harvest.",
    );
    assert_eq!(got, [1800.0]);
}

#[test]
fn the_weight_of_what_was_seized_restates_a_loose_title() {
    // "более килограмма" in the title, the story, then the precise weight with no drug word.
    let got = amounts(
        "Полиция изъяла из тайника в Томске более килограмма наркотиков\n\
         ТОМСК, 3 апреля. Крупную партию наркотиков изъяли сотрудники полиции.\n\
         По данным ведомства, в ходе мероприятий в одном из дворов был обнаружен тайник. \
         Поиски вела служебная собака. Закладку нашли под скамейкой. Вес изъятого составил \
         1340 граммов.",
    );
    assert_eq!(got, [1.34]);
}

#[test]
fn over_a_round_figure_in_the_lead_is_the_bodys_lot() {
    // "более 300 граммов" in the lead is the body's 371,5 g.
    let got = amounts(
        "В Майкопе у двух местных жителей изъято более 300 граммов наркотиков.\n\n\
         По данным ведомства, мужчин остановили для проверки документов. При досмотре у одного \
         из них обнаружен и изъят сверток с марихуаной весом 371,5 грамма.",
    );
    assert_eq!(got, [0.3715]);
}
