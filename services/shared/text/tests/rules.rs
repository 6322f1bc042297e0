//! One small text per extraction rule learned from the real-text batches (`corpus/real/`),
//! written in the project's own words: each test names the rule and shows the structure it
//! handles, so a regression points at the rule that broke.

mod common;
use common::{amounts, events, facts};
use seizure_text::model::Kind;

#[test]
fn a_period_without_a_year_still_governs() {
    let got = facts(
        "Прокуратура проанализировала данные за январь-июнь.\n\
         Из незаконного оборота изъяли 319,2 килограмма наркотических средств.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn the_day_of_a_statement_does_not_make_a_period_figure_one_seizure() {
    let ev = events(
        "On March 4, 2021, the head of customs reported that over the past three years his \
         service has seized 4.6 tons of narcotic drugs.",
    );
    assert_eq!(ev[0].kind, Kind::PeriodTotal);
    assert_eq!(ev[0].date, None);
}

#[test]
fn a_unit_joined_by_a_hyphen_and_a_list_after_a_lead_in() {
    let got = facts("During January the force recovered 4,463.4-kg Hashish and 370-kg Opium.");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = facts(
        "Since 1 January the ministry has seized:\n\n25 kg Heroin.\n1.5 kg Cocaine.\n2.1 kg MDMA.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn compound_amounts_with_abbreviation_stops_and_numbers_split_by_thousands() {
    let got = facts("Уничтожено путём сожжения 3 кг. 880 гр. опия.");
    assert_eq!(got, [(Kind::Destruction, None, "opium".into(), 3.88)]);
    let got = facts("Выявлено и уничтожено 464 тысячи 858 кустов конопли.");
    assert_eq!(got[0].3, 464_858.0, "{got:?}");
}

#[test]
fn a_closing_total_of_the_items_just_given_is_not_an_event() {
    let got = facts(
        "During the search officers seized hashish weighing 1,490 grams and marijuana weighing \
         18,135 grams. The total weight of the seized drugs is 19.6 kilograms.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn months_between_two_names_are_a_years_period() {
    let ev = events(
        "Customs seized 117 kg of opium between March and June 2021, the agency said in a report.",
    );
    assert_eq!(ev[0].date.map(|d| d.to_string()), Some("2021".into()));
}

#[test]
fn a_million_written_onto_the_number() {
    let got = facts("Gendarmes seized 2.5M cannabis roots in fields near Lice.");
    assert_eq!(got[0].3, 2_500_000.0, "{got:?}");
}

#[test]
fn dots_as_thousands_separators_are_read_from_the_totals_parts() {
    let got = facts(
        "Provincial police confiscated 3.412 kilograms of drugs from May 2 to June 9, 2021.\n\
         About 2.105 kilograms of opium, 904 kilograms of hashish and 400 kilograms of \
         morphine were seized, the chief added.",
    );
    let amounts: Vec<f64> = got.iter().map(|e| e.3).collect();
    assert_eq!(amounts, [2105.0, 904.0, 400.0], "{got:?}");
    assert!(got.iter().all(|e| e.0 == Kind::PeriodTotal), "{got:?}");
}

#[test]
fn a_named_operation_in_the_title_governs_the_figures_and_gives_its_year() {
    let got = events(
        "В Чувашии подвели итоги операции «Мак-2018»\n\n\
         В рамках операции работали сотрудники полиции и добровольцы.\n\n\
         Всего изъято 31 кг марихуаны и 5 кг маковой соломы.",
    );
    assert!(got.iter().all(|e| e.kind == Kind::PeriodTotal), "{got:?}");
    assert!(
        got.iter().all(|e| e.date.is_some_and(|d| d.year == 2018)),
        "{got:?}"
    );
}

#[test]
fn a_title_after_a_time_stamp_is_still_the_title() {
    let got = facts(
        "14:20, 3 марта 2023 Пт\n\n\
         В Оше задержан водитель с 12 килограммами героина\n\n\
         Сотрудники милиции обнаружили в тайнике автомобиля 11 килограммов 860 граммов героина.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 11.86);
}

#[test]
fn a_figure_restated_in_brackets_keeps_its_drug() {
    let got =
        facts("Officers seized over 12 kg (26 lb) of heroin and 3.1 kg (7 lb) of methamphetamine.");
    assert_eq!(
        got.iter().map(|e| (e.2.as_str(), e.3)).collect::<Vec<_>>(),
        [("heroin", 12.0), ("methamphetamine", 3.1)]
    );
    let got = facts("They found 44.1 pounds (20 kg) of alleged cocaine in the trailer.");
    assert_eq!((got[0].2.as_str(), got[0].3), ("cocaine", 20.0), "{got:?}");
}

#[test]
fn an_operations_year_dates_what_it_reports() {
    let got = events(
        "About 12 tons of wild cannabis burned in Naryn region\n\n\
         MAK 2021 operation is underway in the region, police said.\n\n\
         Officers have destroyed at least 12 tons of wild cannabis on four hectares.",
    );
    assert!(!got.is_empty());
    assert!(
        got.iter().all(|e| e.date.is_some_and(|d| d.year == 2021)),
        "{got:?}"
    );
}

#[test]
fn a_dateline_between_bars_is_not_the_events_day() {
    let got = events(
        "Dushanbe destroys drugs\n\n\
         Khovar | 21.06.2019 |Tajik officials burned 95 kg of heroin on Friday in Dushanbe.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].date, None, "{got:?}");
}

#[test]
fn no_separator_reading_past_any_plausible_figure() {
    let got = facts(
        "The burnt drugs comprised 70665.051 kg opium, 12092.674 kg heroin and 176509.673 kg \
         hashish.",
    );
    assert!(got.iter().all(|e| e.3 < 200_000.0), "{got:?}");
}

#[test]
fn packages_of_a_weighed_drug_are_its_packaging() {
    let got = facts(
        "Police found 13 bags of dried marijuana in the car. The seized marijuana weighed 6.5 kg.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 6.5);
}

#[test]
fn a_dosage_after_its_drug_is_not_an_amount() {
    let got =
        facts("Officers recovered 12,000 pills of Tramadol 100mg, 200mg and 225mg from the shop.");
    assert_eq!(
        got.iter().map(|e| e.3).collect::<Vec<_>>(),
        [12_000.0],
        "{got:?}"
    );
    let got = facts("Police also found 640 mg of heroin in his jacket.");
    assert_eq!(got[0].3, 0.00064, "{got:?}");
}

#[test]
fn links_to_other_stories_are_page_furniture() {
    let got = facts(
        "Police destroy 4 lakh cannabis plants in Koraput\n\n\
         Officers destroyed more than 4 lakh cannabis plants on 80 acres.\n\n\
         Also Read: Over 700 kg of ganja seized in Malkangiri; three arrested",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 400_000.0);
}

#[test]
fn synthetic_drugs_are_their_own_category_unless_named() {
    let got = facts("Police seized 2.3 tonnes of synthetic drugs in the region this year.");
    assert_eq!(got[0].2, "other:synthetic_drugs", "{got:?}");
    let got = facts("Officers found 1.2 kg of the synthetic drug mephedrone on him.");
    assert_eq!(got[0].2, "mephedrone", "{got:?}");
}

#[test]
fn oils_seeds_and_poppy_parts_are_named_drugs() {
    let got = facts(
        "The following were burned at the plant in Bukhara:\n\
         •  12.5 g poppy heads;\n\
         •  40 kg of poppy straw;\n\
         •  3.2 kg poppy seeds;\n\
         •  9.1 grams of cannabis oil;\n\
         •  120 g tetrahydrocannabinol.",
    );
    let drugs: Vec<&str> = got.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(drugs.len(), 5, "{got:?}");
    assert_eq!(
        drugs,
        [
            "other:poppy_heads",
            "other:poppy_straw",
            "other:poppy_seeds",
            "other:cannabis_oil",
            "other:tetrahydrocannabinol"
        ]
    );
    assert!(got.iter().all(|e| e.0 == Kind::Destruction), "{got:?}");
    // "and" between a figure and the next drug is not a describing word of it.
    let got = facts("Officers found hashish weighing 12 kg 300 g and hash oil – 4 kg 100 g.");
    assert_eq!(got[0].2, "hashish", "{got:?}");
    assert_eq!(got[1].2, "other:hash_oil", "{got:?}");
}

#[test]
fn a_title_after_a_stamp_and_reading_time_lines() {
    // The stamp and "3 min read" run into one sentence; each line is still short furniture.
    let got = facts(
        "NEWS | 10:15 / 02.07.2024\n3 min read\n\n\
         Over 1.1 tons of drugs burned in Namangan\n\n\
         More than 1.1 tons of drugs were burned on 1 July.\n\n\
         The following were destroyed:\n\n\
         •  600 kg of hashish;\n\
         •  520 kg of opium.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_headline_names_the_drug_of_the_bodys_generic_figure() {
    let got = facts(
        "About 12 tons of wild hemp burned in Issyk-Kul region\n\n\
         Police said about 11.6 tons of the drug have been burned this month in Kyrgyzstan.",
    );
    assert_eq!(
        got,
        [(Kind::Destruction, Some("KG"), "cannabis".into(), 11600.0)]
    );
}

#[test]
fn people_counted_by_the_thousand_are_statistics_not_an_incident() {
    let got = facts(
        "Last month, 9,000 operations were carried out across Turkey and 12,400 suspects were \
         detained. More than 3 tons of cannabis and 410 kilos of heroin were seized in operations \
         in March.",
    );
    assert!(got.iter().all(|e| e.0 == Kind::PeriodTotal), "{got:?}");
}

#[test]
fn a_title_line_run_into_its_lead_is_still_the_title() {
    let got = facts(
        "In 2022, 4,100 kg of drugs were seized in Georgia\n\
         Over the year, 4,100.5 kg of drugs were seized in Georgia, 12% more than in 2021.\n\
         The ministry published the figures on its website.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 4100.5);
}

#[test]
fn the_year_compared_with_is_not_the_figures_period() {
    let got = events("In 2023, 900 kg of drugs were seized in Armenia, 10% more than in 2022.");
    assert_eq!(got[0].date.map(|d| d.to_string()), Some("2023".into()));
    let got =
        events("Это меньше, чем в 2019 году, когда в Армении было изъято 1,2 тонны наркотиков.");
    assert_eq!(got[0].date.map(|d| d.to_string()), Some("2019".into()));
}

#[test]
fn a_day_said_on_or_stamped_is_not_the_finds_day() {
    // A dateline ending in a colon.
    let got =
        events("LAHORE, Oct 3: Customs officers seized two kilograms of heroin at the airport.");
    assert_eq!(got[0].date, None, "{got:?}");
    // A publication stamp with its clock after "в".
    let got = events(
        "Новости 12.03.2019г. в 10:30 542\n\nПограничники изъяли 21 килограмм гашиша на границе.",
    );
    assert_eq!(got[0].date, None, "{got:?}");
    // "announced on <day> that": the day of the statement.
    let got = events(
        "The ministry announced on June 4 that a foreign citizen was arrested in Batumi port with \
         40 kg of heroin.",
    );
    assert_eq!(got[0].date, None, "{got:?}");
    // An incident's day with its time stays.
    let got = events(
        "The incident took place on 14 May 2024 at 21:10. Border guards found 12 kg of opium.",
    );
    assert_eq!(
        got[0].date.map(|d| d.to_string()),
        Some("2024-05-14".into())
    );
}

#[test]
fn this_year_takes_the_year_the_article_states_for_its_period() {
    let got = events(
        "Итоги операции «Мак-2011» в Москве\n\n\
         В этом году в ходе операции изъято более 300 кг героина.\n\n\
         Операция продлится до конца октября.",
    );
    assert_eq!(got[0].kind, Kind::PeriodTotal, "{got:?}");
    assert_eq!(got[0].date.map(|d| d.to_string()), Some("2011".into()));
    // No year stated for the period: "this year" stays without a label date.
    let got = events("В этом году в Бухаре изъято более 300 кг героина.");
    assert_eq!(got[0].date, None, "{got:?}");
}

#[test]
fn hemp_destroyed_by_area_and_weight_village_by_village() {
    let got = facts(
        "В селе Луговом уничтожено 0,5 га дикорастущей конопли весом 640 кг; в селе Ивановка \
         уничтожено 3 га весом 4 т 100 кг; в селе Комсомольское уничтожено 1 га весом 1 т 200 кг.\n\
         Общая площадь уничтоженной дикорастущей конопли составила 4,5 га общим весом 5 т 940 кг.",
    );
    let got: Vec<(Kind, String, f64)> = got.into_iter().map(|e| (e.0, e.2, e.3)).collect();
    assert_eq!(
        got,
        [
            (Kind::Destruction, "cannabis".into(), 640.0),
            (Kind::Destruction, "cannabis".into(), 4100.0),
            (Kind::Destruction, "cannabis".into(), 1200.0),
        ]
    );
}

#[test]
fn parts_after_an_aside_and_a_dash_before_the_drug() {
    let got = facts(
        "Всего было уничтожено 92,4 кило наркотиков. Это около 70 тысяч разовых доз. Большая \
         часть из них — 88,1 кг — это марихуана, 3,9 кг гашиша и 400 граммов героина.",
    );
    let drugs: Vec<&str> = got.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(drugs, ["cannabis", "hashish", "heroin"], "{got:?}");
}

#[test]
fn other_finds_are_more_lots_not_parts() {
    let got = facts(
        "Agents inspecting trains entering Kazakhstan found a total 12 kilogrammes of heroin in \
         two carriages. One stash was under the floor. Other finds included 9 kilogrammes of raw \
         opium and 0.8 kilogrammes of hashish.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn a_past_week_digest_and_a_day_without_its_year() {
    let got = facts(
        "В течение минувшей недели полицейские Башкирии выявили 30 преступлений.\n\
         Из незаконного оборота изъято около 4 кг наркотиков, в их числе более 3,1 кг героина.",
    );
    assert!(got.iter().all(|e| e.0 == Kind::PeriodTotal), "{got:?}");
    // A day and month with no year is still one incident's day.
    let got = facts(
        "В течение минувшей недели полицейские Башкирии выявили 30 преступлений.\n\
         31 грамм героина был изъят у безработного 14 марта.",
    );
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
    // "from January to October 31" is a period, not the day October 31.
    let got =
        facts("Officials said 4.2 million captagon pills were seized from January to October 31.");
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn regional_and_trade_names_of_drugs() {
    let got = facts(
        "In 2016, officers seized 120 kg of heroin, 31.5 kg of kuknar, 12 kg bhang and 800 kg of \
         methaqualone (mandrax).",
    );
    let drugs: Vec<&str> = got.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(
        drugs,
        [
            "heroin",
            "other:poppy_straw",
            "cannabis",
            "other:methaqualone"
        ]
    );
    let got = facts("Изъято 40,2 кг кукнара и 3 кг синтетики.");
    assert_eq!(got[0].2, "other:poppy_straw", "{got:?}");
}

#[test]
fn a_drug_before_a_comma_names_the_next_figure_only_with_a_word_of_weight() {
    // Another item of a list, not the same lot.
    let got = facts(
        "In total, officers found 52 vapes containing hash oil, 9.2 thousand tablets and 3 kg \
         of opium in 2020.",
    );
    assert!(
        got.iter().all(|e| e.2 != "other:hash_oil" || e.3 == 52.0),
        "{got:?}"
    );
    // The weight of the lot just named.
    let got = facts("В ходе досмотра изъяты 12 свёртков с героином, общим весом 6,2 кг.");
    assert_eq!(got[0].2, "heroin", "{got:?}");
    assert_eq!(got[0].3, 6.2, "{got:?}");
}

#[test]
fn the_past_year_of_a_lead_that_states_the_year() {
    let got = events(
        "During 2021, the customs service of Georgia identified 40 cases of drug smuggling.\n\
         In total, during the past year, 9 kg of opium and 2.4 kg of methamphetamine were \
         discovered.",
    );
    assert!(
        got.iter()
            .all(|e| e.date.map(|d| d.to_string()) == Some("2021".into())),
        "{got:?}"
    );
}

#[test]
fn numbers_in_words_past_a_thousand_and_a_hundred() {
    let got = facts("Было конфисковано одна тысяча двести тридцать семь килограммов гашиша.");
    assert_eq!(got[0].3, 1237.0, "{got:?}");
    let got = facts(
        "Customs stopped an attempt to bring more than a hundred and twelve kilograms of cocaine into Russia.",
    );
    assert_eq!(got[0].3, 112.0, "{got:?}");
}

#[test]
fn a_text_that_writes_both_separators_has_settled_them() {
    // "12,405.6kg" shows the convention: "318.204kg" is 318 kg, not 318 tonnes.
    let got = facts(
        "Cannabis led the seizures in May with 12,405.6kg; followed by Tramadol -318.204kg and \
         Codeine -96.117kg.",
    );
    assert!(got.iter().any(|e| e.3 == 318.204), "{got:?}");
    // Indian grouping.
    let got = events("Officers destroyed 12,40,311 pieces of Yaba in Teknaf.");
    assert_eq!(got[0].amount, 1_240_311.0, "{got:?}");
}

#[test]
fn thresholds_of_the_law_are_not_finds() {
    let got = facts(
        "Police seized 4 kg of heroin in Hanoi. Those convicted of smuggling more than 600 grams \
         of heroin face the death penalty.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_total_of_one_operation_is_a_seizure_and_its_lots_given_later_replace_it() {
    // "a total of" with one operation and no period: not a results article.
    let got = facts(
        "QUETTA: The Anti-Narcotics Force recovered a total of 905 kilograms of drugs during the \
         operation in the hills.\n\
         The spokesman said the raid followed weeks of surveillance.\n\
         The confiscated narcotics include 880 kilograms of hashish and 25 kilograms of opium.",
    );
    assert_eq!(
        got,
        [
            (Kind::Seizure, Some("PK"), "hashish".into(), 880.0),
            (Kind::Seizure, Some("PK"), "opium".into(), 25.0)
        ]
    );
}

#[test]
fn operations_counted_with_a_period_make_statistics() {
    let got = facts(
        "The committee has conducted 74 operations to combat drug trafficking since early 2023.\n\n\
         As reported, over 2.1 tons of narcotic drugs have been seized from illicit trafficking in Kazakhstan.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn what_the_seized_narcotics_were_names_the_drug() {
    let got = facts(
        "He said that 112,300 grams of the seized narcotics was hash, and 40,150 grams of the \
         seized narcotics, too, was opium.",
    );
    let drugs: Vec<&str> = got.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(drugs, ["hashish", "opium"], "{got:?}");
}

#[test]
fn brands_and_misspellings_of_tramadol() {
    let got = facts("Таможенники обнаружили 48 таблеток лекарственного препарата Tramal.");
    assert_eq!(got[0].2, "tramadol", "{got:?}");
    let got = facts("В багаже нашли 200 таблеток трамодола.");
    assert_eq!(got[0].2, "tramadol", "{got:?}");
}

#[test]
fn a_daily_digest_gives_seizures() {
    // Labelled as seizures in every batch: one day's finds are not a reporting period.
    let got =
        facts("Over the past day, police in Baku have seized 12 kg of heroin from traffickers.");
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn a_category_total_of_a_periods_finds_given_one_by_one() {
    let got = facts(
        "The Interior Ministry has detained 11 people in the last ten days. The operation led to \
         the seizure of over 31 kg of synthetic drugs.\n\
         In Pavlodar, police dismantled a lab and confiscated more than 28 kg of alpha-PVP along \
         with nearly a ton of precursor chemicals.\n\
         In Aktobe, a young man was caught with over 1 kg of mephedrone.\n\
         In Taraz, a courier was detained with around 2 kg of alpha-PVP.",
    );
    assert!(
        got.iter().all(|e| e.2 != "other:synthetic_drugs"),
        "{got:?}"
    );
    assert!(got.iter().any(|e| e.2 == "mephedrone"), "{got:?}");
}

#[test]
fn an_item_equal_to_an_itemised_total_stays() {
    let got = facts(
        "Пограничники пресекли попытку ввоза свыше 30 кг наркотиков.\n\
         В тайнике обнаружили более 1 килограмма героина и около 30 килограммов гашиша.",
    );
    let drugs: Vec<&str> = got.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(drugs, ["heroin", "hashish"], "{got:?}");
}

#[test]
fn a_further_amount_is_more_of_the_drug_just_found() {
    let got = facts(
        "У задержанного обнаружили почти 300 граммов гашиша. Позже в его гараже было найдено ещё 90 граммов.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].2, "hashish", "{got:?}");
}

#[test]
fn a_lead_total_of_operations_whose_lots_follow_paragraph_by_paragraph() {
    let got = facts(
        "RAWALPINDI: The Anti-Narcotics Force carried out four operations around the country, \
         recovering 212 kg drugs and arresting 6 accused, a spokesman said on Wednesday.\n\n\
         ANF recovered 1.5 kg heroin from the possession of the accused near Peshawar.\n\n\
         The spokesman said the accused were being questioned.\n\n\
         Over 10.5 kg opium was recovered in Quetta.\n\n\
         In another operation, 200 kg hashish concealed under crates was recovered in Karachi.",
    );
    assert!(got.iter().all(|e| e.2 != "narcotic_drugs"), "{got:?}");
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn packets_of_counted_tablets_and_pieces_of_pills() {
    let got = facts(
        "Police found 60 000 mandrax tablets contained in 60 packets under the flatbed of a truck \
         in Durban, South Africa.",
    );
    assert_eq!(
        got,
        [(Kind::Seizure, Some("ZA"), "other:mandrax".into(), 60000.0)]
    );
    let got = events("BGB recovered 1.20 lakh pieces of yaba pills in Teknaf, Bangladesh.");
    assert_eq!(got[0].unit, seizure_text::model::Unit::Tablet, "{got:?}");
}

#[test]
fn a_named_drugs_total_over_busts_given_one_by_one() {
    let got = facts(
        "LIMA – Peru's police have seized a total of 520 kilos of cocaine in two drug busts, the \
         minister said.\n\
         The first took place in Pichari, where 300 kilos of cocaine were found in a truck.\n\
         The second took place in Juliaca, where police seized 220 kilos of cocaine from a bus.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_drugs_name_that_is_also_a_city_and_an_ordinal_day() {
    let got = events(
        "Sri Lanka Navy arrested three men with 120 kilograms of Cannabis (Kerala Ganja) off \
         Mannar in the early hours of 14th July 2016.",
    );
    assert_eq!(got[0].country, Some("LK"), "{got:?}");
    assert_eq!(
        got[0].date.map(|d| d.to_string()),
        Some("2016-07-14".into())
    );
    // A source's stamp in brackets is not the find's day.
    let got = events(
        "QUETTA, (Pakistan Point News - 12th Jul, 2023 ) :The ANF recovered 30 kg hashish from a \
         vehicle near the toll plaza.",
    );
    assert_eq!(got[0].date, None, "{got:?}");
}

#[test]
fn two_categories_sharing_one_figure_are_drugs() {
    let got = facts("В 2012 году изъято 106 тонн наркотических и психотропных веществ.");
    assert_eq!(got[0].2, "narcotic_drugs", "{got:?}");
}

#[test]
fn an_area_destroyed_beside_a_seizure_and_goods_weighed_beside_a_drug() {
    // The hectares destroyed are not the kilograms seized.
    let got = facts(
        "С начала операции полицейские изъяли 1 тонну 120 кг наркотиков, уничтожено 300 \
         гектаров дикорастущей конопли.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
    // "bananas weighing about 21 tonnes" is the bananas' weight.
    let got = facts(
        "Officers found 1,2 tons of cocaine among boxes of bananas weighing about 18 tonnes in \
         the port of St. Petersburg.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

// From b20.

#[test]
fn recent_months_are_no_reporting_period() {
    let got = facts(
        "Clashes have flared on the Tajik border in recent months. After a shootout near Panj, \
         border guards found 12 kilograms of hashish and a rifle.",
    );
    assert_eq!(got, [(Kind::Seizure, Some("TJ"), "hashish".into(), 12.0)]);
}

#[test]
fn a_raid_is_one_incident_even_under_a_week_in_review() {
    let got = facts(
        "The Pakistan Coast Guards said on Monday they had seized hashish over the past week in \
         Balochistan. Acting on a tip-off, a raid was carried out near Pasni and 640 kilograms of \
         hashish hidden in the hills were seized.",
    );
    assert_eq!(got, [(Kind::Seizure, Some("PK"), "hashish".into(), 640.0)]);
}

#[test]
fn a_sentence_with_its_own_period_is_not_the_incident_before_it() {
    let got = facts(
        "Police raided a warehouse in an operation in Izmir on Tuesday. Separately, the interior \
         minister said police had seized 64 tons of drugs in the first 9 months of this year.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn a_count_of_days_or_years_after_za_is_a_reporting_period() {
    let got = facts(
        "За четыре дня полиция Карагандинской области закрыла две нарколаборатории. Изъято 16 кг \
         мефедрона.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
    // «за 5 дней до задержания» is five days before it.
    let got =
        facts("Житель Караганды купил 2 кг гашиша за 5 дней до задержания, сообщили в полиции.");
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn a_traveller_is_one_incident_even_in_a_month_named() {
    let got = facts(
        "In July, customs officers at Jeddah airport seized 1.1kg of heroin inside a traveller's \
         stomach upon his arrival.",
    );
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn a_train_is_one_incident_even_in_a_month_named() {
    let got = facts(
        "В ноябре узбекские пограничники изъяли в грузовом поезде «Душанбе — Москва» более 12 \
         килограммов героина.",
    );
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn the_reported_period_governs_the_list_it_leads() {
    let got = facts(
        "The Interior Ministry reported that since 1 January 2018 71 dealers have been detained.\n\
         In the reported period police seized:\n\
         27 kg heroin.\n\
         9,000 pills of Subutex.",
    );
    assert!(got.iter().all(|f| f.0 == Kind::PeriodTotal), "{got:?}");
}

#[test]
fn a_round_title_figure_run_into_its_lead_is_the_leads_figure() {
    let got = facts(
        "date\n\n37 kg of Opium Found in Marble Slabs\n\n\
         37 kg of opium found in marble slabs in Samarkand\n\
         In the Samarkand region, officers have found and seized 37.4 kilograms of opium \
         hidden in marble slabs.",
    );
    let amounts: Vec<f64> = got.iter().map(|e| e.3).collect();
    assert_eq!(amounts, vec![37.4], "{got:?}");
}

#[test]
fn a_breadcrumb_trail_repeats_the_title() {
    let got = facts(
        "Customs officers at Termez seized 15.2 kilograms of heroin from a lorry.\n\n\
         Home » News » 15 kg of heroin seized at Termez",
    );
    let amounts: Vec<f64> = got.iter().map(|e| e.3).collect();
    assert_eq!(amounts, vec![15.2], "{got:?}");
}

#[test]
fn slang_for_drugs_is_drugs() {
    let got = facts("В общей сложности у них изъяли почти 26 килограммов «дури».");
    assert_eq!(got[0].2, "narcotic_drugs", "{got:?}");
    assert_eq!(got[0].3, 26.0, "{got:?}");
}

#[test]
fn intoxicating_substances_are_drugs() {
    let got = facts("В ходе акции было сожжено 17 килограммов дурманящих веществ.");
    assert_eq!(
        (got[0].0, got[0].2.as_str()),
        (Kind::Destruction, "narcotic_drugs"),
        "{got:?}"
    );
}

#[test]
fn of_one_figure_told_loosely_at_the_top_the_bodys_qualifier_stands() {
    let ev = events(
        "В лесу найдено около 900 г героина, спрятанного в покрышке\n\n\
         Более 900 г героина найдено в лесу около Екатеринбурга в автомобильной покрышке.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].qualifier, seizure_text::model::Qualifier::AtLeast);
}

#[test]
fn a_title_on_the_last_line_of_page_furniture_is_a_title() {
    let text = "Exchange rates today\n$1 – 89.10\nRUB – 0.2%\nSearch\n\
        Kyrgyzstan 02/03/2009 Kyrgyz police seize over 7 kg of opium near Osh\n\n\
        More than 6 kg of opium was found by police in a car stopped near Osh, the ministry \
        said. Officers also found 1 kg of opium in the driver's house.";
    assert_eq!(amounts(text), vec![6.0, 1.0]);
}

#[test]
fn a_yearly_flow_with_its_rate_at_the_end_of_the_sentence_is_no_find() {
    let text = "At least 10-12 tons of opium and up to 60 metric tons of heroin are smuggled \
        into the region from the south each year, the report estimates.";
    assert!(events(text).is_empty());
}

#[test]
fn drugs_in_quotes_that_only_passed_for_drugs_are_no_find() {
    let text = "Репортер провез три килограмма «наркотиков» через таможню, и никто их не изъял.";
    assert!(events(text).is_empty());
}

#[test]
fn a_total_weight_told_just_before_its_figure_goes_on_with_the_find() {
    let text = "When the hiding places were opened, they held 23 plastic cans wrapped in black \
        film. In 4 of the cans, once opened, officers found 11 kg 987 g of a substance smelling \
        of heroin and 2 kg 592 g of hashish. The other 19 cans held dark brown hash oil with a \
        total weight of 81 kg 348 g, a product made from hemp.";
    assert!(amounts(text).contains(&81.348));
}
