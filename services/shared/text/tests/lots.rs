//! One small text per rule on lots learned from the real-text batches b13 and b14
//! (`corpus/real/`), in the project's own words: which drug a figure is of, which figures state
//! one lot twice, and where it was. (The rules of earlier batches are in `rules.rs`.)

mod common;
use common::events;
use seizure_text::model::{Kind, Qualifier, Unit};
use seizure_text::{Context, extract};

/// (drug, amount, unit) of each event.
fn lots(text: &str) -> Vec<(String, f64, Unit)> {
    events(text)
        .into_iter()
        .map(|e| (e.drug, e.amount, e.unit))
        .collect()
}

#[test]
fn the_drug_is_the_one_drug_the_article_names() {
    let got = lots(
        "Крупную партию героина обнаружили пограничники в пункте пропуска на границе.\n\n\
         Полтора килограмма наркотика нашли в огнетушителе грузовика.",
    );
    assert_eq!(got, [("heroin".into(), 1.5, Unit::Kg)]);
    let got = lots(
        "Police shut down a lab producing mephedrone. Officers seized over 700 kg of the drug in          the early stage of readiness.",
    );
    assert_eq!(got, [("mephedrone".into(), 700.0, Unit::Kg)]);
    // Drugs in the plural, and "illicit drug" of another lot, stay drugs.
    let got = lots(
        "Police seized 800 kg of hashish in Paktia province.\n\n\
         In a similar incident, police discovered 115 kg of illicit drug in a car.",
    );
    assert_eq!(got[1], ("narcotic_drugs".into(), 115.0, Unit::Kg));
}

#[test]
fn a_substance_that_turned_out_to_be_a_drug_is_that_drug() {
    let got = lots(
        "Пограничники обнаружили 10,2 кг вещества, которое по данным предварительной \
         экспертизы является героином, в тайнике вагона.",
    );
    assert_eq!(got, [("heroin".into(), 10.2, Unit::Kg)]);
}

#[test]
fn a_titles_round_figure_is_the_bodys_precise_one() {
    let got = lots(
        "Пограничники задержали 10 килограмм героина в поезде\n\n\
         Сегодня ночью пограничники обнаружили 10,2 кг героина в тайнике вагона.",
    );
    assert_eq!(got, [("heroin".into(), 10.2, Unit::Kg)]);
    // Not one figure cut from another that is far from it.
    let got = lots(
        "В прошлом году было уничтожено 10 кг наркотиков. А в этом году за 6 месяцев \
         сотрудники ликвидировали 15 кг наркотиков.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn of_two_statements_of_a_lot_the_one_with_more_digits_stays() {
    let got = lots(
        "Через порт пытались провезти 30 кг кокаина\n\n\
         Спецслужба блокировала контрабанду более 30 килограммов кокаина.\n\n\
         При досмотре контейнера в нем обнаружили 31 брикет с кокаином – весом почти 31 кг.",
    );
    assert_eq!(got, [("cocaine".into(), 31.0, Unit::Kg)]);
}

#[test]
fn pills_are_counted_by_the_weight_given_right_after_them() {
    let got = lots(
        "Customs officers seized 2.4 million captagon pills weighing a total of 424 kilograms.",
    );
    assert_eq!(got, [("other:captagon".into(), 424.0, Unit::Kg)]);
    let got = lots("Один из них провез 60 капсул с героином (622,770 грамм).");
    assert_eq!(got, [("heroin".into(), 0.62277, Unit::Kg)]);
    // Pills in a sentence that weighs something else stay pills.
    let got = lots("Police seized 52 kg of drugs. Officers also found 9,980 methadone tablets.");
    assert!(got.iter().any(|l| l.2 == Unit::Tablet), "{got:?}");
}

#[test]
fn a_named_drugs_figure_its_later_lots_add_up_to_is_their_total() {
    let got = lots(
        "\"The seized drugs include 1,500.6 kilograms of skunk and 19.20 kilograms of heroin,\" \
         the commissioner said.\n\n\
         Suspects were apprehended in Kigamboni with 1,350.4 kilograms of skunk.\n\n\
         In Tanga, two suspects were caught with 150.2 kilograms of skunk.",
    );
    assert!(!got.iter().any(|l| l.1 == 1500.6), "{got:?}");
    assert!(got.iter().any(|l| l.1 == 1350.4), "{got:?}");
}

#[test]
fn a_verbless_list_of_drugs_goes_on_with_the_story() {
    let got = lots(
        "Пограничники за год изъяли 606 килограммов наркотиков.\n\
         \"Почти 460 кг кокаина, около 80 кг марихуаны, 30 кг конопли\", - говорится в \
         сообщении.",
    );
    assert!(
        got.contains(&("cocaine".into(), 460.0, Unit::Kg)),
        "{got:?}"
    );
}

#[test]
fn a_units_abbreviation_in_brackets_and_a_national_bureau() {
    let got = events(
        "The Bureau of Statistics of Nigeria has revealed that 612,547.89 kilograms (kg) of \
         narcotic drugs were seized in 2019.\n\n\
         The National Bureau of Statistics said the figure was a record.",
    );
    assert_eq!(got[0].drug, "narcotic_drugs");
    assert_eq!(got[0].amount, 612547.89);
    assert_eq!(got[0].kind, Kind::PeriodTotal);
    let got = events(
        "The National Bureau of Statistics (NBS) has revealed that 612,547.89 kilograms of \
         narcotic drugs were seized in 2019.",
    );
    assert_eq!(got[0].kind, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn a_read_line_points_to_another_story() {
    let got = lots(
        "Police at the port seized roughly 3.2 tonnes of cannabis resin on Monday.\n\n\
         READ: Morocco: 4.6 tonnes of cannabis seized by authorities\n\n\
         The drugs were hidden in a truck.",
    );
    assert_eq!(got, [("hashish".into(), 3200.0, Unit::Kg)]);
}

#[test]
fn a_states_formal_name_keeps_its_prepositions_role() {
    let got = events(
        "Пресечена попытка перемещения наркотиков из Исламской Республики Иран в \
         Азербайджан с помощью беспилотника.\n\n\
         Об этом сообщили в пограничной службе Азербайджана.\n\n\
         При осмотре места происшествия было изъято 6 килограммов 600 граммов марихуаны.",
    );
    assert_eq!(got[0].country, Some("AZ"), "{got:?}");
}

#[test]
fn the_ends_of_a_route_with_a_dash_are_a_route() {
    let got = events(
        "На станции Аксарайской Приволжской железной дороги полицейские совместно с сотрудниками ФСБ России в поезде \
         сообщением «Душанбе-Москва» обнаружили и изъяли героин общим весом 80 кг.",
    );
    assert_eq!(got[0].country, Some("RU"), "{got:?}");
}

#[test]
fn a_weight_after_a_verb_with_no_figure_is_of_what_that_verb_did() {
    let got = events(
        "За два месяца на 22 гектарах путем скашивания с последующим сжиганием уничтожена \
         конопля. Общий вес конопли составил 16,5 тонн.",
    );
    assert_eq!(got[0].kind, Kind::Destruction, "{got:?}");
    assert_eq!(got[0].amount, 16500.0);
}

#[test]
fn a_lead_that_names_an_operation_makes_its_figures_the_operations_results() {
    let got = events(
        "Three criminal groups liquidated\n\n\
         More than 21 tons of various drugs were withdrawn from illicit trafficking, including \
         about 5,5 tons of marihuana. The large-scale operation \"Karasora\", carried out \
         annually from June to October, is complete.",
    );
    assert!(got.iter().all(|e| e.kind == Kind::PeriodTotal), "{got:?}");
}

#[test]
fn statistics_in_an_article_about_a_named_operation_are_its_results() {
    let got = events(
        "The international operation Kanal-Center 2019 was held in the member states.\n\n\
         Customs and police services of the states took part. The operation targeted the \
         northern route. Officers from several agencies coordinated their work. The results \
         were presented at a meeting.\n\n\
         In total, more than 19,500 officers were involved in the operation, which resulted in \
         seizure of more than 8.8 tons of opium.",
    );
    assert_eq!(got[0].kind, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn the_weights_of_a_sentence_that_names_one_drug_are_of_it() {
    let got = lots(
        "Согласно докладу, в 2017 году произошло увеличение объема изъятий метамфетамина на \
         30% — до 2,3 т, по сравнению с 1,7 т в 2016 году.",
    );
    assert_eq!(
        got,
        [
            ("methamphetamine".into(), 2300.0, Unit::Kg),
            ("methamphetamine".into(), 1700.0, Unit::Kg)
        ]
    );
    // Not a weight of something else, nor a difference.
    let got = lots("The FSB found 270 kilos of marijuana under 10 tons of melons.");
    assert_eq!(got, [("cannabis".into(), 270.0, Unit::Kg)]);
    let got = lots(
        "In all, 1,695.65 kilograms of narcotic drugs have been seized, which was 510.2 \
         kilograms or 43 percent more than last year.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_named_drugs_figure_is_no_total_of_other_drugs() {
    let got = lots(
        "Myanmar burnt seized drugs, including some 1.3 tonnes of opium, 225 kilogrammes of \
         heroin and 1.2 tonnes of methamphetamine tablets.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn the_weight_of_pieces_just_counted_is_of_their_drug() {
    let got = lots(
        "READ MORE: Smugglers force a grotesque ordeal on a courier while they wait for him to \
         pass the missing drugs\n\n\
         Agents later recovered 56 bundles of hashish from the sea, weighing more than 2,200 \
         kilos.",
    );
    assert_eq!(got, [("hashish".into(), 2200.0, Unit::Kg)]);
    // Not the weight of the cargo the drug was hidden in.
    let got = lots(
        "Officers found 1,5 tons of cocaine packed in 1,300 bricks among bananas weighing about \
         21 tonnes.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn stopping_an_import_is_a_seizure() {
    let got = lots(
        "For 9 months of 2019, the regional customs stopped the import of more than 5.3 kg of \
         prohibited substances into the country.",
    );
    assert_eq!(got, [("narcotic_drugs".into(), 5.3, Unit::Kg)]);
}

#[test]
fn plants_listed_after_a_weight_are_a_lot_of_their_own() {
    let got = lots(
        "The search resulted in the seizure of over 2.1 tons of marijuana, 12.7 million cannabis \
         roots and 755,100 skunk roots.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    // Bushes weighed are that weight's pieces.
    let got = lots("Police seized 119 cannabis bushes weighing 510 kilograms.");
    assert_eq!(got, [("cannabis".into(), 510.0, Unit::Kg)]);
}

#[test]
fn an_item_opening_with_its_figure_after_a_lead_in_is_a_lot() {
    let got = lots(
        "During almost 90 searches at the places of manufacture, the SBU found:\n\n\
         almost 200 kg of narcotic substances, namely α-PVP, mephedrone, amphetamine and \
         cannabis, as well as precursors;\n\n\
         equipment for the manufacture and packaging of goods;",
    );
    assert_eq!(got, [("narcotic_drugs".into(), 200.0, Unit::Kg)]);
}

#[test]
fn a_weekday_beside_the_verb_makes_an_incident() {
    let got = events(
        "Turkish security forces confiscated a total of 17.3 tons of heroin in 2018.\n\n\
         Turkish police seized on Wednesday some 103.2 kilograms of heroin in the province of \
         Van.",
    );
    assert_eq!(got[1].kind, Kind::Seizure, "{got:?}");
}

#[test]
fn a_point_in_the_past_is_no_reporting_period_and_regions_of_uzbekistan() {
    let got = events(
        "This year, customs officers at the airport seized 8 kilograms of marijuana.\n\n\
         Two years ago, Armenian authorities foiled the transport of 11 kilograms of drugs at \
         the Meghri border.",
    );
    assert_eq!(got[1].kind, Kind::Seizure, "{got:?}");
    let got = events(
        "While checking a car in central Syrdarya Region, officers discovered 15 bags of \
         opium. The total weight of the opium was 26 kg.",
    );
    assert_eq!(got[0].country, Some("UZ"), "{got:?}");
}

#[test]
fn pieces_in_a_sentence_that_names_one_drug_are_of_it() {
    let got = lots(
        "Duba port customs foiled an effort to smuggle 917,636 Captagon tablets, while the \
         causeway customs foiled another attempt to smuggle 11,276 pills.",
    );
    assert_eq!(got[1], ("other:captagon".into(), 11276.0, Unit::Tablet));
}

#[test]
fn the_make_up_of_lots_told_before_goes_on_with_them() {
    let got = lots(
        "The authority has seized 3,182 kg of heroin and methamphetamine hidden in packages of \
         coffee and tea blends.\n\n\
         The commissioner spoke to reporters in the capital. Several suspects were arrested.\n\n\
         According to him, the drugs, consisting of 2,180.29 kilograms of heroin and 1,001.71 \
         kilograms of methamphetamine, were obtained in three districts.",
    );
    assert_eq!(
        got,
        [
            ("heroin".into(), 2180.29, Unit::Kg),
            ("methamphetamine".into(), 1001.71, Unit::Kg)
        ]
    );
}

#[test]
fn the_drug_is_the_one_named_beside_it_when_the_article_names_several() {
    let got = lots(
        "У 36-летней россиянки при обыске багажа был обнаружен и изъят наркотический препарат — \
         кокаин. Общий вес изъятого вещества составил 1,2 кг, наркотик был спрятан в тайнике.\n\n\
         До этого в Подмосковье женщина пыталась спрятать 312 свертков с метадоном.",
    );
    assert_eq!(got[0], ("cocaine".into(), 1.2, Unit::Kg));
}

#[test]
fn metric_tons_and_yearly_flows() {
    let got = lots("In the first six months, officers seized nearly 5.2 metric tons of narcotics.");
    assert_eq!(got, [("narcotic_drugs".into(), 5200.0, Unit::Kg)]);
    let got = lots(
        "About 150 metric tons of heroin are smuggled every year through the country from \
         Afghanistan, according to official reports.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_one_drug_beside_a_category_word_and_a_prices_unit() {
    let got =
        lots("Самым распространенным запрещенным веществом стала марихуана, изъято 790,9 кг.");
    assert_eq!(got, [("cannabis".into(), 790.9, Unit::Kg)]);
    let got = lots(
        "The ministry estimated the street value of the drugs seized at 7.5 billion euros, based \
         on the average 68.50-euro price for a gramme of cocaine.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_figure_given_after_a_find_with_none_is_of_that_find() {
    let got = events(
        "В кузове одной из машин были обнаружены свертки с порошком белого цвета. Экспертиза \
         установила, что это афганский героин общим весом более 6 килограммов.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].kind, got[0].drug.as_str(), got[0].amount),
        (Kind::Seizure, "heroin", 6.0)
    );
    let got = lots(
        "Police have seized 1,270 kilograms of illicit drugs in a single operation in Yazd.\n\n\
         The commander said that the police traced the haul in a sedan and seized the convoy. \
         According to him, the consignment included 850 kilograms of opium and 430 kilograms of \
         morphine.",
    );
    assert_eq!(
        got,
        [
            ("opium".into(), 850.0, Unit::Kg),
            ("other:morphine".into(), 430.0, Unit::Kg)
        ]
    );
}

#[test]
fn a_list_of_places_keeps_its_first_members_role_and_a_sum_of_named_drugs() {
    let got = events(
        "Служба сообщила о пресечении попыток распространения в Узбекистане 47,2 кг \
         наркотических веществ, ввезённых из Афганистана, Таджикистана и Кыргызстана.",
    );
    assert_eq!(got[0].country, Some("UZ"), "{got:?}");
    let got = lots(
        "В 30 упаковках было обнаружено большое количество наркотических средств — марихуаны и \
         гашиша, в целом около 90 кг.",
    );
    assert_eq!(got, [("narcotic_drugs".into(), 90.0, Unit::Kg)]);
}

#[test]
fn a_routes_destination_weighs_in_the_articles_country() {
    let got = events(
        "О борьбе с незаконной транспортировкой наркотиков в Казахстан рассказали в \
         прокуратуре.\n\n\
         Сотрудники изъяли 774 кг героина у курьеров.",
    );
    assert_eq!(got[0].country, Some("KZ"), "{got:?}");
}

// From b20.

#[test]
fn a_rate_said_before_its_figure_is_no_lot() {
    let got = lots(
        "Полиция изъяла около 2-х тонн наркотиков и закрыла семь лабораторий, в которых в месяц \
         производили от 20 до 90 килограммов синтетики.",
    );
    assert_eq!(got, [("narcotic_drugs".into(), 2000.0, Unit::Kg)]);
}

#[test]
fn synthetics_in_colloquial_russian_are_synthetic_drugs() {
    let got = lots(
        "В Караганде полицейские изъяли 14 кг «синтетики» и 9 кг гашиша у двух жителей города.",
    );
    assert_eq!(
        got,
        [
            ("other:synthetic_drugs".into(), 14.0, Unit::Kg),
            ("hashish".into(), 9.0, Unit::Kg)
        ]
    );
}

#[test]
fn plants_before_another_lot_of_their_drug_are_a_lot_of_their_own() {
    let got = lots(
        "В селе под Шымкентом полицейские нашли 4120 кустов конопли, а в доме хозяина участка — \
         более 3-х кг марихуаны.",
    );
    assert_eq!(
        got,
        [
            ("cannabis".into(), 4120.0, Unit::Plant),
            ("cannabis".into(), 3.0, Unit::Kg)
        ]
    );
    // Their own weight stays theirs: "12 bushes weighing 5 kg" is one lot of 5 kg.
    let got = lots("Police in Osh found 12 cannabis bushes weighing 5 kg in a garden.");
    assert_eq!(got, [("cannabis".into(), 5.0, Unit::Kg)]);
}

#[test]
fn a_closing_total_of_all_the_drugs_is_their_sum_not_a_lot() {
    let got = lots(
        "У задержанного изъяли сумку. Экспертиза показала, что в ней героин весом свыше 3 \
         килограммов и гашиш весом около 15 килограммов. Пакеты с героином были помечены. Общий \
         вес изъятых наркотиков составил 18 килограммов.",
    );
    assert_eq!(
        got,
        [
            ("heroin".into(), 3.0, Unit::Kg),
            ("hashish".into(), 15.0, Unit::Kg)
        ]
    );
}

#[test]
fn other_types_of_narcotics_are_narcotic_drugs() {
    let got = lots("Police in Mashhad seized 4 tons other types of narcotics last month.");
    assert_eq!(got, [("narcotic_drugs".into(), 4000.0, Unit::Kg)]);
}

#[test]
fn a_break_down_gives_the_lots_and_a_count_after_or_restates_one() {
    let got = lots(
        "The agency burned 10.51 tons of narcotics in Chonburi on Friday.\n\n\
         The ceremony was attended by envoys. The drugs came from 4,200 cases.\n\n\
         They broke down to 8.2 tons of meth, or about 80 million meth pills, 2.1 tons of \
         crystal meth and 210kg of opium.",
    );
    assert_eq!(
        got,
        [
            ("methamphetamine".into(), 8200.0, Unit::Kg),
            ("methamphetamine".into(), 2100.0, Unit::Kg),
            ("opium".into(), 210.0, Unit::Kg)
        ]
    );
}

#[test]
fn poppy_is_the_plant_but_not_the_name_of_an_operation() {
    let got = lots("Всего изъято 90 кг наркотиков, из них мак — 48 кг, марихуана — 42 кг.");
    assert_eq!(
        got,
        [
            ("other:poppy".into(), 48.0, Unit::Kg),
            ("cannabis".into(), 42.0, Unit::Kg)
        ]
    );
    let got = lots("В ходе операции «Мак» из незаконного оборота изъяли 310 кг наркотиков.");
    assert_eq!(got, [("narcotic_drugs".into(), 310.0, Unit::Kg)]);
}

#[test]
fn a_text_that_writes_a_decimal_point_reads_three_decimals_as_decimals() {
    let got = lots(
        "Anti-Narcotics Force seized 1200.4 Kg Opium in Quetta. In Lahore the force recovered \
         2.500 Kg Hashish and 1.250 Kg Heroin.",
    );
    assert_eq!(
        got,
        [
            ("opium".into(), 1200.4, Unit::Kg),
            ("hashish".into(), 2.5, Unit::Kg),
            ("heroin".into(), 1.25, Unit::Kg)
        ]
    );
}

#[test]
fn a_drug_named_in_quotes_joins_the_list_of_one_figure() {
    // The figure names two drugs, so it is their total, and its parts follow.
    let got = lots(
        "The navy intercepted a trawler with over 150kg of heroin and ‘Ice’ drugs.\n\n\
         A search led to the recovery of 120 packages of heroin weighing 130kg and 18 parcels of \
         crystal methamphetamine weighing 21kg.",
    );
    assert_eq!(
        got,
        [
            ("heroin".into(), 130.0, Unit::Kg),
            ("methamphetamine".into(), 21.0, Unit::Kg)
        ]
    );
}

#[test]
fn up_to_a_number_in_words_is_an_estimate() {
    let got = events("Two men tried to smuggle up to five kg of cocaine through Tbilisi airport.");
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].amount, got[0].qualifier), (5.0, Qualifier::Approx));
}

#[test]
fn do_before_a_figure_is_an_estimate_unless_it_ends_a_range_or_a_rise() {
    let got = events("Комиссия МВД уничтожила до 4 кг опиума и до 2 кг героина.");
    let q: Vec<(f64, Qualifier)> = got.iter().map(|e| (e.amount, e.qualifier)).collect();
    assert_eq!(q, [(4.0, Qualifier::Approx), (2.0, Qualifier::Approx)]);
    let got = events(
        "В 2017 году изъятия метамфетамина в Иране выросли на 30% — до 2,3 т, сообщает ООН.",
    );
    assert_eq!(got[0].qualifier, Qualifier::Exact, "{got:?}");
}

#[test]
fn the_acids_and_banned_chemicals_of_a_lab_are_precursors() {
    let got = lots(
        "Anti Narcotics Force seized 12000 Liters Hydrochloric Acid and 3400 Liters Sulphuric Acid \
         in Quetta; in another operation it recovered 650 liters of banned chemicals.",
    );
    assert_eq!(
        got,
        [
            ("precursors".into(), 12000.0, Unit::Litre),
            ("precursors".into(), 3400.0, Unit::Litre),
            ("precursors".into(), 650.0, Unit::Litre)
        ]
    );
}

#[test]
fn a_compound_weight_may_set_its_parts_off_by_commas() {
    let got = lots(
        "In seven months police confiscated 2 tons, 150 kg, and 420.5 g of narcotics, including \
         310 kg, 879.659 g of heroin.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!((got[0].1 - 2150.4205).abs() < 1e-6, "{got:?}");
    assert!((got[1].1 - 310.879659).abs() < 1e-6, "{got:?}");
}

#[test]
fn a_class_of_substances_followed_by_a_quoted_name_is_that_drug() {
    let got = lots(
        "В лаборатории изъято 19 кг психотропного вещества \"мефедрон\" и 300 литров прекурсоров.",
    );
    assert_eq!(got[0], ("mephedrone".into(), 19.0, Unit::Kg));
}

#[test]
fn ingredients_for_making_drugs_are_precursors_and_end_their_phrase_at_the_comma() {
    let got = lots(
        "Военные уничтожили 9 тыс. кг ингредиентов для производства наркотиков, 70 кг героина и 40 \
         кг опиума.",
    );
    assert_eq!(
        got,
        [
            ("precursors".into(), 9000.0, Unit::Kg),
            ("heroin".into(), 70.0, Unit::Kg),
            ("opium".into(), 40.0, Unit::Kg)
        ]
    );
    let got = lots("Police also seized 637 g of strong-acting substances in Baku.");
    assert_eq!(got, [("other:potent_substances".into(), 0.637, Unit::Kg)]);
}

#[test]
fn a_loose_restatement_close_by_is_the_same_lot_whatever_country_its_sentence_names() {
    let got = events(
        "Customs officers in St Petersburg found about 60 kg of cocaine in a container.\n\n\
         \"Officers found 60 kg of cocaine in bananas which had arrived from Ecuador,\" the \
         service said.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].country, got[0].amount), (Some("RU"), 60.0));
}

#[test]
fn another_incidents_loose_figure_restates_no_lot_before_it() {
    // (From b35.) "up to 21 kg" in a paragraph of its own operation is its own lot, though
    // 21.3 kg was told of a find before; a lead's summary of both is restated by either.
    let got = lots(
        "Border guards stop a boat from the south\n\n\
         The border service reported a chase on the coast on Monday.\n\n\
         The boat escaped. A patrol then swept the shore.\n\n\
         It found a bag holding 21.3 kilograms of marijuana.\n\n\
         In a separate operation, up to 21 kg of marijuana were confiscated at another post.",
    );
    assert_eq!(
        got,
        [
            ("cannabis".into(), 21.3, Unit::Kg),
            ("cannabis".into(), 21.0, Unit::Kg)
        ]
    );
}

#[test]
fn a_named_drugs_figure_of_three_digits_that_its_later_lots_add_up_to_is_their_total() {
    let got = lots(
        "Police in the Kemerovo Region have seized 74.5 kg of heroin from Afghanistan.\n\n\
         A total of 66.5 kg of heroin were found in the truck.\n\n\
         Eight kg were found during the later search of a drug dealer's flat.",
    );
    assert_eq!(
        got,
        [
            ("heroin".into(), 66.5, Unit::Kg),
            ("heroin".into(), 8.0, Unit::Kg)
        ]
    );
}

#[test]
fn nabbed_with_a_lot_is_a_seizure() {
    let got = lots(
        "The naval command nabbed 03 suspects with 05kg and 907g of Kerala cannabis in Mannar.",
    );
    assert_eq!(got, [("cannabis".into(), 5.907, Unit::Kg)]);
}

#[test]
fn poppy_bushes_are_poppy_but_poppy_straw_stays_straw() {
    let got = lots("Сотрудники наркоконтроля изъяли 23 маковых куста и 4 кг маковой соломы.");
    assert_eq!(
        got,
        [
            ("other:poppy".into(), 23.0, Unit::Plant),
            ("other:poppy_straw".into(), 4.0, Unit::Kg)
        ]
    );
}

#[test]
fn a_lead_round_figure_restates_one_part_of_a_later_total() {
    let got = lots(
        "Authorities in Uzbekistan have incinerated nearly a half ton of confiscated heroin.\n\n\
         Officials say more than 650 kilograms of illegal drugs, including 497 kilograms of \
         heroin, were burned outside Tashkent.",
    );
    assert!(got.contains(&("heroin".into(), 497.0, Unit::Kg)), "{got:?}");
    assert!(
        !got.contains(&("heroin".into(), 500.0, Unit::Kg)),
        "{got:?}"
    );
}

#[test]
fn the_total_weight_told_two_sentences_later_is_the_precise_lot() {
    // (From b27.) A sentence without a figure stands between.
    let got: Vec<_> = extract(
        "The SBU found over 250 kilogrammes of the drug in containers.\n\n\
         Analysis identified it as cocaine.\n\n\
         The total weight of the drug is 257 kilogrammes.\n",
        &Context::default(),
    )
    .events
    .into_iter()
    .map(|e| (e.kind, e.drug, e.amount))
    .collect();
    assert_eq!(got, [(Kind::Seizure, "cocaine".to_string(), 257.0)]);
}

#[test]
fn capsules_filled_with_a_drug_and_intoxicated_tablets() {
    // (From b28, as ANF digests write them.)
    let got: Vec<_> = events(
        "At the airport 84 heroin-filled capsules were recovered from a passenger, and 31,700 \
         intoxicated tablets from another.",
    )
    .into_iter()
    .map(|e| (e.drug, e.amount, e.unit))
    .collect();
    assert_eq!(
        got,
        [
            ("heroin".to_string(), 84.0, Unit::Tablet),
            ("narcotic_drugs".to_string(), 31700.0, Unit::Tablet)
        ]
    );
}

#[test]
fn capsules_filled_with_a_weight_are_its_packaging_and_a_swallowed_load_is_found() {
    // (From b35, in the project's words.) The counts are packages of weighed lots (rule 6).
    let got = lots(
        "Airport customs stopped two travellers who had swallowed drugs.\n\n\
         The first had swallowed 70 capsules containing 640 grams of heroin.\n\n\
         Scans of the second found 41 capsules filled with 390g of heroin and 12 capsules with \
         95g of opium.",
    );
    assert_eq!(
        got,
        [
            ("heroin".into(), 0.64, Unit::Kg),
            ("heroin".into(), 0.39, Unit::Kg),
            ("opium".into(), 0.095, Unit::Kg)
        ]
    );
    // Capsules that killed the man who swallowed them are no find.
    let got = lots(
        "A courier died in hospital after 20 of the 90 capsules of heroin he had swallowed \
         ruptured.",
    );
    assert_eq!(got, []);
}

#[test]
fn parcels_blocks_and_shrubs_are_units_and_a_named_strain_keeps_its_weight() {
    // (From b10, b26, b35 and b36, in the project's words.)
    let got = lots("Officers seized 131 parcels of cannabis hidden in soap boxes at the airport.");
    assert_eq!(got, [("cannabis".into(), 131.0, Unit::Package)]);
    let got = lots("In the greenhouse police found 218 shrubs of cannabis.");
    assert_eq!(got, [("cannabis".into(), 218.0, Unit::Plant)]);
    // The pieces weighed just after a strain's name in brackets are that weight.
    let got = lots(
        "The examination led to the seizure of 33 parcels of cannabis indica (Colorado) \
         weighing 16.5kg.",
    );
    assert_eq!(got, [("cannabis".into(), 16.5, Unit::Kg)]);
}

#[test]
fn pieces_and_a_weight_share_the_drug_named_after_both() {
    // (From b31, in the project's words.)
    let got = lots(
        "The commission destroyed 702 pills of “Subutex”, 310 pills and 4,2gr of “MDMA”, \
         150 capsules and 12 gr. of “Pregabalin”.",
    );
    assert_eq!(
        got,
        [
            ("other:buprenorphine".into(), 702.0, Unit::Tablet),
            ("other:mdma".into(), 310.0, Unit::Tablet),
            ("other:mdma".into(), 0.0042, Unit::Kg),
            ("pregabalin".into(), 150.0, Unit::Tablet),
            ("pregabalin".into(), 0.012, Unit::Kg)
        ]
    );
}

#[test]
fn plants_given_by_weight_or_counted_in_pieces_are_the_storys_plants() {
    // (From b27 and b29, in the project's words.)
    let got = lots(
        "Под Якутском уничтожили дикорастущую коноплю\n\n\
         В ходе операции «Мак» полицейские выявили 40 очагов.\n\n\
         Всего уничтожено 2,3 тонны кустов.",
    );
    assert_eq!(got, [("cannabis".into(), 2300.0, Unit::Kg)]);
    let got = lots(
        "Найденные кусты конопли в количестве 4 тыс. 210 штук вырваны с корнями и \
         уничтожены путем сожжения.",
    );
    assert_eq!(got, [("cannabis".into(), 4210.0, Unit::Plant)]);
}

#[test]
fn russian_tablets_that_name_no_drug_are_psychotropic() {
    // (From b25, b32 and b33, in the project's words.)
    let got = lots("Таможенники изъяли 18,4 тыс. таблеток и 62 ампулы наркотиков.");
    assert_eq!(
        got[0],
        ("psychotropic_tablets".into(), 18_400.0, Unit::Tablet)
    );
    // Called narcotic, they stay drugs.
    let got = lots("Таможенники изъяли 900 наркотических таблеток.");
    assert_eq!(got, [("narcotic_drugs".into(), 900.0, Unit::Tablet)]);
}

#[test]
fn drugs_someone_kept_or_carried_are_seized() {
    // (From b1, b7 and b35, in the project's words.)
    let got = lots("Жителя села, который держал более 2,3 кг марихуаны в сарае, задержали.");
    assert_eq!(got, [("cannabis".into(), 2.3, Unit::Kg)]);
    let got = lots("A passenger was carrying in his bag 120.5 grams of opium.");
    assert_eq!(got, [("opium".into(), 0.1205, Unit::Kg)]);
}
