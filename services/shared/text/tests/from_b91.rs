//! Own-words tests of what the b91 session taught: errors of the earlier blind batches' page
//! texts, each written as a general structure (none of these sentences is from a page).

mod common;
use common::{drug_amounts, events};
use seizure_text::{Qualifier, Unit};

#[test]
fn plants_counted_in_words() {
    // «трех сотен кустов», "five ... plants": a count of plants in words, with no digit in the
    // sentence.
    let got = events("В Подмосковье полицейские сожгли около трех сотен кустов конопли.");
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].amount, got[0].unit), (300.0, Unit::Plant));
    assert_eq!(got[0].qualifier, Qualifier::Approx);
    let got = events("Police in Fiji uprooted five cannabis plants from a backyard in Nadi.");
    assert_eq!(
        got.iter().map(|e| (e.amount, e.unit)).collect::<Vec<_>>(),
        [(5.0, Unit::Plant)]
    );
}

#[test]
fn a_few_hundred_and_not_a_single_one_are_no_figures() {
    // A guard for `plants_counted_in_words`: the starting build read none of these either,
    // since no digit let the sentences through.
    assert!(events("Officers in Belize burned a few hundred pounds of weed on Friday.").is_empty());
    assert!(
        events("Полицейские в Ростовской области сожгли несколько тысяч кустов конопли.")
            .is_empty()
    );
    assert!(
        events("На одном из участков в Ростовской области не нашли ни одного куста конопли.")
            .is_empty()
    );
}

#[test]
fn close_to_a_figure_is_an_estimate() {
    let got =
        events("Close to two hundred marijuana plants were uprooted on a farm in Serua, Fiji.");
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].amount, got[0].qualifier),
        (200.0, Qualifier::Approx)
    );
}

#[test]
fn a_drug_weighed_on_its_own_after_a_comma_is_the_next_item() {
    assert_eq!(
        drug_amounts(
            "Police in Iran seized 4 tons of opium, 3 tons of morphine, hashish weighing 512 kg."
        ),
        [
            ("opium".to_string(), 4000.0),
            ("other:morphine".to_string(), 3000.0),
            ("hashish".to_string(), 512.0),
        ]
    );
}

#[test]
fn plants_of_an_article_on_cannabis_and_poppy_take_the_one_named_beside_them() {
    // The lead names both plants; the sentence before the count names one.
    let text = "В рамках операции «Мак» полицейские Краснодарского края ищут посевы конопли и \
        мака.\nВ ходе рейдов уничтожены заросли конопли. Общее количество уничтоженных растений \
        составило более 900 кустов.";
    assert_eq!(drug_amounts(text), [("cannabis".to_string(), 900.0)]);
}

#[test]
fn look_alike_letters_of_another_script_do_not_hide_a_word() {
    // A page that guards its text writes Greek and Latin twins into Russian words.
    let text = "Полицейские в Казани οбнаружили 140 κустοв конопли и уничтожили их.";
    let got = events(text);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].amount, got[0].unit), (140.0, Unit::Plant));
    assert_eq!(got[0].drug, "cannabis");
}

#[test]
fn a_raid_described_by_any_words_is_one_incident_whatever_its_month() {
    let text = "Police in Norway described a large coordinated raid that led to the confiscation \
        of 48 kilograms of amphetamine in Bergen in March 2019.";
    let got = events(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].kind, seizure_text::Kind::Seizure);
    // (An ongoing operation is a stretch of time: its month is a reporting period.)
    let text = "Police in Tonga seized 12 grams of methamphetamine in April 2021 in a continuing \
        operation aimed at dealers.";
    assert_eq!(events(text)[0].kind, seizure_text::Kind::PeriodTotal);
}

#[test]
fn weights_given_respectively_pair_with_the_drugs_in_order() {
    for text in [
        "Soldiers in Mexico found 40 bags of fentanyl pills and three bags of heroin, weighing \
         20 kilograms and 3 kilograms respectively.",
        "В Мексике военные нашли 40 пакетов с фентанилом и три пакета с героином весом 20 \
         килограммов и 3 килограмма соответственно.",
    ] {
        assert_eq!(
            drug_amounts(text),
            [
                ("other:fentanyl".to_string(), 20.0),
                ("heroin".to_string(), 3.0)
            ],
            "{text}"
        );
    }
}

#[test]
fn an_approximate_weight_is_an_estimate() {
    let got = events("В Мексике нашли пакеты с героином с приблизительным весом 7 килограммов.");
    assert_eq!(got[0].qualifier, Qualifier::Approx);
    let got = events("Police in Mexico found heroin with an estimated weight of 7 kilograms.");
    assert_eq!(got[0].qualifier, Qualifier::Approx);
}

#[test]
fn packets_of_the_drug_in_a_story_of_one_drug_are_of_it() {
    let text = "Полиция Эквадора конфисковала 120 пакетов кокаина в провинции Пичинча. В первом \
        автомобиле нашли 70 пакетов с наркотиком, во втором ещё 50 пакетов.";
    let got = drug_amounts(text);
    assert!(got.contains(&("cocaine".to_string(), 70.0)), "{got:?}");
}

#[test]
fn a_prison_service_names_its_country() {
    // Russia's penitentiary boards; a city adjective before a prison.
    let got = events("Сотрудники УФСИН обнаружили в посылке для осужденного 12 граммов гашиша.");
    assert_eq!(got[0].country, Some("RU"));
    let got = events("В Витебскую исправительную колонию пытались передать 7 граммов марихуаны.");
    assert_eq!(got[0].country, Some("BY"));
}

#[test]
fn cases_counted_over_months_are_statistics_whatever_consignments_they_name() {
    let text = "Таможенники Молдовы зафиксировали за последние 8 месяцев 90 случаев пересылки \
        наркотиков в международных почтовых отправлениях.\nПо данным ведомства, среди изъятого \
        более 3,2 кг кокаина и 14 кг конопли.";
    let got = events(text);
    assert_eq!(got.len(), 2);
    assert!(
        got.iter()
            .all(|e| e.kind == seizure_text::Kind::PeriodTotal),
        "{got:?}"
    );
}

#[test]
fn benzodiazepines_of_the_green_list_are_named() {
    assert_eq!(
        drug_amounts(
            "Police in the Gambia seized 57 tablets of clonazepam and 10 tablets of lorazepam."
        ),
        [
            ("other:clonazepam".to_string(), 57.0),
            ("other:lorazepam".to_string(), 10.0)
        ]
    );
    assert_eq!(
        drug_amounts("В Бресте у гражданина изъяли 40 таблеток феназепама."),
        [("other:phenazepam".to_string(), 40.0)]
    );
}

#[test]
fn a_seizure_described_by_any_words_in_a_month_is_one_find() {
    let text = "Customs in Sweden have seized 900 kilos of cocaine in the port of Malmo since \
        March last year.\nIn June, a record-breaking seizure of 340 kilos was made, and in July \
        customs confiscated another 310 kilos of cocaine.";
    let kinds: Vec<_> = events(text).iter().map(|e| (e.kind, e.amount)).collect();
    use seizure_text::Kind::{PeriodTotal, Seizure};
    assert_eq!(
        kinds,
        [(PeriodTotal, 900.0), (Seizure, 340.0), (Seizure, 310.0)]
    );
    // (In a sentence stating a year, "a seizure of" sums the year.)
    let text = "In 2015 police in the Almaty region reported a seizure of 410 kg of drugs.";
    assert_eq!(events(text)[0].kind, PeriodTotal);
}

#[test]
fn a_thousand_plants_in_russian_words() {
    let got = events("Более тысячи кустов конопли уничтожили полицейские в подмосковном Ступино.");
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].amount, got[0].qualifier),
        (1000.0, Qualifier::AtLeast)
    );
    // (Thousands of them, with no qualifier, are no figure.)
    assert!(events("Полицейские в Ступино уничтожили тысячи кустов конопли.").is_empty());
}

#[test]
fn headlines_listed_under_a_read_also_line_are_furniture() {
    let text = "Полиция Колумбии нашла в аэропорту Боготы 41 килограмм кокаина в коробках с \
        цветами.\nВ апреле полиция задержала троих граждан Перу с кокаином в бутылках\n\
        Читайте также\n- В Испании задержали катер с 900 кг кокаина\n\
        - У берегов Колумбии нашли подлодку с 3 тоннами кокаина";
    assert_eq!(drug_amounts(text), [("cocaine".to_string(), 41.0)]);
}

#[test]
fn a_ton_and_kilograms_and_grams_is_one_weight() {
    assert_eq!(
        drug_amounts(
            "A ton and 214 kilograms and 350 grams of cannabis was burned in Luanda, Angola."
        ),
        [("cannabis".to_string(), 1214.35)]
    );
}

#[test]
fn drugs_dashed_to_their_weights_after_a_total_are_its_parts() {
    let text = "С начала года в Югре изъято 150 кг наркотиков. Героина – 90 кг, гашиша – 52 кг, \
        каннабиса – 8 кг.";
    assert_eq!(
        drug_amounts(text),
        [
            ("heroin".to_string(), 90.0),
            ("hashish".to_string(), 52.0),
            ("cannabis".to_string(), 8.0)
        ]
    );
}

#[test]
fn precursors_of_narcotic_drugs_are_precursors() {
    assert_eq!(
        drug_amounts(
            "Прекурсоры наркотических средств массой 612 кг обнаружены на складе в Омской области."
        ),
        [("precursors".to_string(), 612.0)]
    );
}

#[test]
fn a_decimal_point_set_off_by_a_space_before_a_weight() {
    assert_eq!(
        drug_amounts("Police in Sri Lanka today seized 2. 415 kg of heroin from a house in Galle."),
        [("heroin".to_string(), 2.415)]
    );
    // (A sentence that ends in a figure is still one: a count of years, then a weight.)
    assert_eq!(
        drug_amounts(
            "Police in Sri Lanka have worked on the case since 2019. 40 kg of heroin were seized."
        ),
        [("heroin".to_string(), 40.0)]
    );
}

#[test]
fn a_figure_compared_with_takes_the_year_given_after_it() {
    let got =
        events("Customs in Indonesia seized 41 kg of heroin in 2012, compared with 17 kg in 2011.");
    let dated: Vec<_> = got
        .iter()
        .map(|e| (e.amount, e.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        dated,
        [
            (41.0, Some("2012".to_string())),
            (17.0, Some("2011".to_string()))
        ]
    );
}

#[test]
fn a_year_ago_as_a_baseline_is_no_incident() {
    let got = events(
        "In 2008, the police in Macau seized a total of 18,410 grams of heroin, nearly double from a year ago.",
    );
    assert_eq!(got[0].kind, seizure_text::Kind::PeriodTotal);
}

#[test]
fn the_drug_that_accounts_for_a_weight() {
    let text = "Zambian officers destroyed 1.9 tonnes of drugs in Lusaka. Of the total destroyed, \
        cannabis accounts for the largest quantity of 1.85 tonnes, followed by 50 kilograms of \
        cocaine.";
    assert_eq!(
        drug_amounts(text),
        [
            ("cannabis".to_string(), 1850.0),
            ("cocaine".to_string(), 50.0)
        ]
    );
}

#[test]
fn respectively_pairs_the_drugs_named_since_the_weight_before() {
    let text = "Korean customs seized 612 kilograms of drugs last year. Methamphetamine comprised \
        more than half of the confiscated drugs at 351 kilograms, while ketamine and marijuana accounted for 150 kilograms and 111 \
        kilograms, respectively.";
    let got = drug_amounts(text);
    assert!(
        got.contains(&("other:ketamine".to_string(), 150.0)),
        "{got:?}"
    );
    assert!(got.contains(&("cannabis".to_string(), 111.0)), "{got:?}");
}

#[test]
fn khat_by_its_east_african_names() {
    assert_eq!(
        drug_amounts("Djibouti police seized 3,100 kilograms of miraa in Ali Sabieh."),
        [("other:khat".to_string(), 3100.0)]
    );
}

#[test]
fn a_word_in_quotes_after_a_common_noun_names_a_thing_not_a_place() {
    // A device's brand that is also an American city's name.
    let text = "Пограничники Казахстана на посту Кайрак досмотрели автомобиль. При осмотре сумки \
        с помощью досмотрового фонаря «Феникс» обнаружено 5 кг марихуаны.";
    assert_eq!(events(text)[0].country, Some("KZ"));
    // (A border post named after its town is still the town.)
    let text = "Таможенники изъяли 3 кг гашиша у пассажира на таможенном посту «Керчь».";
    assert_ne!(events(text)[0].country, None);
}

#[test]
fn a_count_of_weeks_before_past_is_a_period() {
    let got = events(
        "ОДЕССА, 14 марта. За три прошедшие недели пограничники Украины изъяли 8,4 кг наркотиков.",
    );
    assert_eq!(got[0].kind, seizure_text::Kind::PeriodTotal);
}

#[test]
fn guards_from_the_review() {
    // An item's number opening a line is no decimal's whole part.
    assert_eq!(
        drug_amounts(
            "Police in Peru listed the finds.\n1. 20 kg of cocaine were found in a truck."
        ),
        [("cocaine".to_string(), 20.0)]
    );
    // A sentence that opens on the period compared keeps its own year for its first figure.
    let got = events(
        "In the same period of 2019, police in Peru seized 40 kg of heroin, against 25 kg in 2018.",
    );
    let years: Vec<_> = got.iter().map(|e| e.date.map(|d| d.to_string())).collect();
    assert_eq!(years, [Some("2019".to_string()), Some("2018".to_string())]);
    // A share of a total is not the drug's weight.
    let got = drug_amounts(
        "Zambian officers destroyed 2.7 tonnes of drugs; cannabis accounted for 60% of the 2.7 tonnes.",
    );
    assert!(!got.contains(&("cannabis".to_string(), 2700.0)), "{got:?}");
}

#[test]
fn respectively_pairs_drugs_in_the_order_of_their_last_mention() {
    let text = "In 2021 there were more seizures of cannabis in Guernsey, with 28 for cannabis \
        resin and 97 for herbal cannabis, but that only involved 1.4kg and 2.9kg respectively.";
    let got = drug_amounts(text);
    assert!(got.contains(&("hashish".to_string(), 1.4)), "{got:?}");
    assert!(got.contains(&("cannabis".to_string(), 2.9)), "{got:?}");
}
