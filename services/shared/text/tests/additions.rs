//! Own-words tests of what a figure adds to a story and what it weighs (learned from b58): a
//! destruction's large total kept as written, a weight told after its packets and before the
//! drug's name, a breakdown of people counted over a period, a charge of importing, a sentence
//! that adds something besides a total's lots, and pills named after their unit; from b62, a
//! lot of "the same drug" as the lot before, drugs sent into the fire, and what a craft was
//! transporting, and a time within a month («в конце декабря»), which reports no period; from
//! b63, a route that ends in the CIS, what a craft could carry, and many people detained over
//! a period; from b62's second look, a loose weight restated in brackets and doses kept off the
//! market; from b64, the Russian republics the ISO tables give in Latin letters only, and a
//! figure "as well as" a verb's own count, pieces of yaba, money after a currency sign, and a
//! border named by two countries, and what "the haul included"; from b65, a signed change in
//! brackets.

mod common;
use common::{amounts, drug_amounts, events, facts, kinds_dated};
use seizure_text::model::{Kind, Qualifier};

#[test]
fn a_destruction_past_a_hundred_tonnes_keeps_its_thousands() {
    // (Destructions burn years of stock: only a seizure's figure is read the smaller way past
    // 100 tonnes.)
    let text = "Since the programme began, a total of 143,512kg of narcotics have been \
        burned in the province.";
    assert_eq!(
        facts(text),
        vec![(Kind::Destruction, None, "narcotic_drugs".into(), 143_512.0)]
    );
    let seized = "Guards at the port seized 143,512kg of hashish from a ship.";
    assert_eq!(amounts(seized), vec![143.512]);
}

#[test]
fn a_weight_after_its_packets_takes_the_drug_named_after_its_comma() {
    let text = "Rangers have recovered 9 packets of contraband weighing roughly 9.3 kilograms, \
        believed to be heroin, near the fence.";
    let got = events(text);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].drug.as_str(), got[0].amount), ("heroin", 9.3));
    assert_eq!(got[0].qualifier, Qualifier::Approx);
}

#[test]
fn a_weight_abbreviated_after_its_qualifier_is_the_packets_weight() {
    let text = "On 3 May 2021, the patrol recovered 9 packets (approx wt 9.310 Kg) of \
        contraband suspected to be heroin near the border post.";
    let got = events(text);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].drug.as_str(), got[0].amount), ("heroin", 9.31));
    assert_eq!(got[0].qualifier, Qualifier::Approx);
}

#[test]
fn a_breakdown_of_people_counted_since_a_year_is_no_incident() {
    let text = "LIMA — The anti-drug directorate has seized cocaine in raids across the \
        country since the start of the year.\n\n\
        Officers said more than 200 people, including nine foreign nationals, have been held \
        since 2022 for taking part in the trade.\n\n\
        According to the directorate, roughly 3,100 kilograms of cocaine have been seized.";
    let got = kinds_dated(&events(text));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, Kind::PeriodTotal);
    // (Two couriers counted in one arrest are still one incident.)
    let single = "Police detained two men, including two foreign nationals, with 3 kilograms of \
        cocaine.";
    assert_eq!(kinds_dated(&events(single))[0].0, Kind::Seizure);
}

#[test]
fn people_charged_with_importing_a_lot_had_it_seized() {
    let text = "A joint operation has resulted in two men being charged with importing \
        about 35 kilograms of cocaine.";
    assert_eq!(
        facts(text),
        vec![(Kind::Seizure, None, "cocaine".into(), 35.0)]
    );
}

#[test]
fn a_sentence_that_adds_besides_holds_no_lots_of_the_total_before() {
    // 80 + 610 + 300 = 990 would be "nearly 1 ton" itemised; the poppy seeds were burnt
    // besides it.
    let text = "On 12 March officials burned nearly 1 ton of assorted seized drugs in the \
        provincial capital. The burned drugs included 80 kg heroin, 610 kg opium and 2 \
        million stimulant tablets. Besides, 900 liters of precursor chemicals were destroyed \
        and over 300 kg of poppy seeds separately burned.";
    let got = drug_amounts(text);
    assert!(got.contains(&("narcotic_drugs".into(), 1000.0)), "{got:?}");
    assert!(got.contains(&("heroin".into(), 80.0)), "{got:?}");
    // (Russian bulletins give a total's next lot with «Кроме того»: still its part.)
    let ru = "Сотрудники изъяли свыше 12 кг наркотиков. У жителя района изъяли около 9 кг \
        опия. Кроме того, в столице задержан мужчина, у которого изъято около 3 кг героина.";
    let got = drug_amounts(ru);
    assert!(!got.iter().any(|(_, a)| *a == 12.0), "{got:?}");
}

#[test]
fn tablets_of_stimulants_are_psychotropic_tablets() {
    let text = "Customs officers seized 2.5 million tablets of stimulants at the crossing.";
    assert_eq!(
        drug_amounts(text),
        vec![("psychotropic_tablets".into(), 2_500_000.0)]
    );
}

#[test]
fn a_loose_figure_in_the_lead_that_sums_the_lots_told_after_it_is_no_lot_of_its_own() {
    let text = "KERMAN – Police have seized more than 1.2 tons of opium and detained three \
        smugglers in the province, the commander said.\n\n\
        Officers followed the gang for two weeks before stopping its truck on the highway.\n\n\
        In the operation, the officers seized 810 kilograms of opium hidden in the truck.\n\n\
        In another operation, police in the provincial capital captured 405 kg of opium.";
    assert_eq!(
        drug_amounts(text),
        vec![("opium".into(), 810.0), ("opium".into(), 405.0)]
    );
    // (Not a part of a sum itself: "95 kg narcotics including over 61 kg charras".)
    let part = "Police recovered 95 kg narcotics including over 61 kg charras near the toll \
        plaza.\n\nIn a second raid, police recovered 40 kg charras.\n\n\
        In a third raid, officers recovered 30 kg charras from a car.";
    assert!(drug_amounts(part).contains(&("hashish".into(), 61.0)));
}

#[test]
fn a_find_told_in_the_paragraph_after_its_verb_takes_that_verb() {
    // (News pages set each sentence apart; of two linked verbs, destruction wins.)
    let text = "Soldiers and police seized and destroyed a store of narcotics on 9 July 2010 \
        during a patrol in the south.\n\n\
        The store held 2.3 tonnes of opium, 5kg of morphine, and several sacks of fertiliser.";
    assert_eq!(
        facts(text),
        vec![
            (Kind::Destruction, None, "opium".into(), 2300.0),
            (Kind::Destruction, None, "other:morphine".into(), 5.0),
        ]
    );
}

#[test]
fn lots_counted_with_how_they_were_packed_keep_their_unit() {
    let text = "Port officers found 2,340 compressed slabs of leaves suspected to be cannabis \
        in boxes of cassava.";
    assert_eq!(
        facts(text),
        vec![(Kind::Seizure, None, "cannabis".into(), 2340.0)]
    );
    let sealed = "Police seized 40 sealed packets of heroin at the bus station.";
    assert_eq!(drug_amounts(sealed), vec![("heroin".into(), 40.0)]);
}

#[test]
fn days_of_two_years_with_a_comma_before_the_end_are_a_period() {
    let text = "From November 1, 2021, to June 30, 2022, the regional police intercepted more \
        than 40 million meth pills.";
    let got = kinds_dated(&events(text));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, Kind::PeriodTotal);
}

#[test]
fn a_share_is_of_the_drug_named_before_its_verb() {
    let text = "С начала 2019 года в крае изъято свыше 450 килограммов наркотических средств. \
        Из всего изъятого на синтетические наркотики приходится 120 килограммов.";
    let got = drug_amounts(text);
    assert!(
        got.contains(&("other:synthetic_drugs".into(), 120.0)),
        "{got:?}"
    );
}

#[test]
fn methylephedrone_is_labelled_by_its_own_name() {
    let ru = "В гараже изъято более 3 кг метилэфедрона.";
    assert_eq!(
        drug_amounts(ru),
        vec![("other:methylephedrone".into(), 3.0)]
    );
    let n = "Officers seized 4 kg of N-methylephedrone in a rented flat.";
    assert_eq!(
        drug_amounts(n),
        vec![("other:n_methylephedrone".into(), 4.0)]
    );
}

#[test]
fn a_title_figure_of_drugs_rounded_is_the_bodys_named_lot() {
    let text = "Police find 57 kg of drugs in Tver lab\n\n\
        During the raid the suspects were caught in the act, and officers seized 57.4 kg of \
        mephedrone, the FSB said.";
    assert_eq!(drug_amounts(text), vec![("mephedrone".into(), 57.4)]);
}

#[test]
fn a_verb_after_the_figure_with_a_figure_of_its_own_is_not_its_verb() {
    let text = "Кроме того, был пресечен ввоз в страну 41,2 килограмма наркотиков, а также \
        уничтожено 95,3 тонны дикорастущей конопли.";
    let got = facts(text);
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
    assert_eq!(got[0].3, 41.2);
    assert_eq!(got[1].0, Kind::Destruction, "{got:?}");
}

#[test]
fn a_drug_name_of_two_words_is_one_name_for_a_bare_figure() {
    let text = "Рекордное количество синтетических наркотиков изъяли в республике в 2024 году — \
        примерно 640 килограммов.";
    assert_eq!(
        drug_amounts(text),
        vec![("other:synthetic_drugs".into(), 640.0)]
    );
}

#[test]
fn a_category_followed_by_pvp_is_alpha_pvp() {
    let text = "Задержанный хранил при себе более 2,4 граммов синтетического наркотика PVP.";
    assert_eq!(drug_amounts(text), vec![("other:alpha_pvp".into(), 0.0024)]);
}

#[test]
fn a_national_agency_of_one_country_places_its_finds() {
    let text = "Over the four months, RCMP officers seized 9 kilograms of cocaine in traffic \
        stops on the highway.";
    assert_eq!(facts(text)[0].1, Some("CA"));
    let bsf = "BSF troops recovered 3 kg of heroin near the fence.";
    assert_eq!(facts(bsf)[0].1, Some("IN"));
}

#[test]
fn doses_the_lots_equate_to_are_no_lots() {
    let text = "Police seized 8 kilograms of cocaine and 1.2 kilograms of fentanyl. The drugs \
        seized equate to about 24,000 average cocaine doses, 12,000 average fentanyl doses and \
        900 average methamphetamine doses.";
    assert_eq!(
        drug_amounts(text),
        vec![("cocaine".into(), 8.0), ("other:fentanyl".into(), 1.2)]
    );
}

#[test]
fn a_lot_of_drugs_summed_by_a_loose_lead_figure_takes_its_drug() {
    let text = "As police widen the inquiry into the discovery of over three tonnes of cocaine \
        on the island, attention turns to its buyers.\n\n\
        Officers seized two tonnes of drugs in an empty warehouse near the port last week.\n\n\
        A second raid followed at the weekend, in which police seized approximately 1.2 \
        tonnes of cocaine.";
    assert_eq!(
        drug_amounts(text),
        vec![("cocaine".into(), 2000.0), ("cocaine".into(), 1200.0)]
    );
}

#[test]
fn a_lots_weight_told_after_what_it_turned_out_to_be_is_the_find_told_before() {
    let text = "Оперативники вскрыли подозрительную посылку и обнаружили в ней порошок. \
        Экспертиза показала, что вещество является героином. Общая масса наркотика составила \
        6,2 кг.";
    let got = facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].2.as_str(), got[0].3),
        (Kind::Seizure, "heroin", 6.2)
    );
}

#[test]
fn this_year_before_found_and_destroyed_takes_the_operations_year() {
    let text = "Очаги дикорастущей конопли выявили у села. Все растения уничтожили в рамках \
        операции «Мак-2021».\n\n\
        «В этом году в рамках операции уже выявлено шесть очагов и уничтожено более двух \
        тонн дикорастущей конопли», — сообщил глава округа.";
    assert_eq!(
        kinds_dated(&events(text)),
        vec![(Kind::Destruction, 2000.0, Some("2021".into()))]
    );
}

#[test]
fn chemicals_used_in_drug_production_are_precursors() {
    let text = "Police burned over 9,200 kilograms of chemical substances that were used in \
        narcotics production.";
    assert_eq!(drug_amounts(text), vec![("precursors".into(), 9200.0)]);
}

#[test]
fn a_day_told_with_this_year_is_of_the_bulletins_year_even_after_its_date() {
    // (The page is dated 3 September 2021; "November 12 this year" is still of 2021.)
    let text = "3 September 2021\n\n\
        On November 12 this year, police officers searched the house of a local man and \
        seized 2 kg of marijuana.";
    assert_eq!(
        kinds_dated(&events(text)),
        vec![(Kind::Seizure, 2.0, Some("2021-11-12".into()))]
    );
}

#[test]
fn a_lot_of_the_same_drug_takes_the_drug_of_the_lot_before() {
    // (Learned from b62: a category such as "synthetic drugs" is the lot before's drug too.)
    let text = "Officers stopped a van near Kazan and found over 6 kilograms of synthetic drugs \
        in its boot.\n\nLater, in a garage rented by the couple, they found another 14 \
        kilograms of a similar drug.";
    assert_eq!(
        drug_amounts(text),
        vec![
            ("other:synthetic_drugs".to_string(), 6.0),
            ("other:synthetic_drugs".to_string(), 14.0)
        ]
    );
    let ru = "В квартире задержанного нашли 40 граммов гашиша. В его машине обнаружили еще \
        25 граммов аналогичного вещества.";
    assert_eq!(
        drug_amounts(ru),
        vec![
            ("hashish".to_string(), 0.04),
            ("hashish".to_string(), 0.025)
        ]
    );
}

#[test]
fn drugs_sent_into_the_fire_are_destroyed() {
    // (Learned from b62: «в топку», «в огонь», «в печь» with a verb of sending or throwing.)
    let ru = "В Твери в топку котельной были брошены 3,4 кг изъятых наркотических средств.";
    assert_eq!(
        facts(ru),
        vec![(Kind::Destruction, Some("RU"), "narcotic_drugs".into(), 3.4)]
    );
    let ru = "В Омске в огонь отправили 12 кг марихуаны.";
    assert_eq!(facts(ru)[0].0, Kind::Destruction);
    let en = "At the plant in Almaty, 40 kilograms of seized heroin were thrown into the furnace.";
    assert_eq!(facts(en)[0].0, Kind::Destruction);
}

#[test]
fn what_a_stopped_craft_was_transporting_is_seized() {
    // (Learned from b62: "transporting", as "carrying".)
    let text = "Border guards in Khatlon forced down a motor glider that was transporting 21 \
        kilograms of opium from Afghanistan on 3 May 2011.";
    assert_eq!(
        facts(text),
        vec![(Kind::Seizure, Some("TJ"), "opium".into(), 21.0)]
    );
}

#[test]
fn a_time_within_a_month_dates_an_incident_and_reports_no_period() {
    // (Learned from b62: «в конце декабря 2010 года ... изъяли 52 кг марихуаны» is one haul.)
    let ru = "В конце марта 2015 года полицейские Тюмени пресекли канал поставок и изъяли 31 кг \
        марихуаны.";
    let got = events(ru);
    assert_eq!(
        kinds_dated(&got),
        vec![(Kind::Seizure, 31.0, Some("2015-03".to_string()))]
    );
    let en = "In mid-June 2016, police in Astana dismantled a smuggling ring and seized 17 kg of \
        hashish.";
    assert_eq!(
        kinds_dated(&events(en)),
        vec![(Kind::Seizure, 17.0, Some("2016-06".to_string()))]
    );
    // (A month reported over stays a period.)
    let over = "В марте 2015 года полицейские Тюмени изъяли 31 кг марихуаны.";
    assert_eq!(events(over)[0].kind, Kind::PeriodTotal);
}

#[test]
fn a_route_that_ends_in_the_cis_leaves_the_country_where_the_find_was() {
    // (Learned from b63: «в страны СНГ» is where the drugs were going, not the figure's scope.)
    let ru = "Сотрудники ГКНБ в Ошской области остановили грузовик. В нем нашли 14 килограммов \
        гашиша, который везли транзитом в страны СНГ.";
    assert_eq!(facts(ru)[0].1, Some("KG"));
    // (The member states' own figure still has no one country.)
    let joint = "В ходе операции «Канал» правоохранительные органы стран СНГ изъяли 3 тонны \
        наркотиков.";
    assert_eq!(facts(joint)[0].1, None);
}

#[test]
fn what_a_craft_could_carry_is_no_lot() {
    // (Learned from b63, and b51's speedboats: the issue's "a vessel able to carry up to 8
    // tonnes".)
    let text = "The navy seized a semi-submersible able to carry up to 6 tonnes of cocaine; \
        inside were 950 kilograms of cocaine.";
    assert_eq!(amounts(text), vec![950.0]);
    let ru = "Пограничники задержали катер, способный перевезти до 3 тонн гашиша. На борту \
        нашли 700 кг гашиша.";
    assert_eq!(amounts(ru), vec![700.0]);
}

#[test]
fn many_people_detained_over_a_period_are_no_one_incident() {
    // (Learned from b63: «По ним задержано 57 подозреваемых» refers back to the period.)
    let text = "Управление подвело итоги работы за 9 месяцев 2011 года.\n\nЗа этот период \
        возбуждено 180 уголовных дел. По ним задержаны 43 подозреваемых. Изъято 31 кг \
        наркотических средств.";
    assert_eq!(
        kinds_dated(&events(text)),
        vec![(Kind::PeriodTotal, 31.0, Some("2011".to_string()))]
    );
}

#[test]
fn a_loose_weight_restated_in_brackets_is_one_lot() {
    // (Learned from b62: «почти 5 килограммов (4 кг 956 г)».)
    let ru = "В тайнике у дороги нашли 8 свертков гашиша общим весом около 3 килограммов \
        (2 кг 870 г).";
    assert_eq!(amounts(ru), vec![2.87]);
}

#[test]
fn doses_kept_off_the_market_are_no_lot() {
    // (Learned from b62: what an operation kept off the black market, counted in doses.)
    let ru = "В Павлодаре полицейские изъяли 12 кг мефедрона. Операция позволила предотвратить \
        выпуск на черный рынок около 60 тысяч доз синтетических наркотиков.";
    assert_eq!(amounts(ru), vec![12.0]);
}

#[test]
fn russian_republics_the_iso_tables_give_in_latin_letters_are_places() {
    // (Learned from b64: «Наркополицейские Коми подвели итоги работы».)
    for text in [
        "Наркополицейские Коми изъяли 5 кг гашиша.",
        "В Карелии полицейские изъяли 5 кг гашиша.",
        "В Калмыкии полицейские изъяли 5 кг гашиша.",
        "Police in Tuva seized 5 kg of hashish.",
    ] {
        assert_eq!(facts(text)[0].1, Some("RU"), "{text}");
    }
}

#[test]
fn a_figure_as_well_as_the_verbs_own_count_is_its_object_too() {
    // (Learned from b64: «уничтожено 272 очага ..., а также 683 тонны дикорастущей конопли».)
    let ru = "С начала операции «Мак» в 2012 году в области уничтожено 95 очагов произрастания \
        конопли, а также 140 тонн дикорастущей конопли.";
    assert_eq!(facts(ru)[0].0, Kind::Destruction);
}

#[test]
fn pieces_of_yaba_are_tablets() {
    // (Learned from b64: "two lakh pieces of Burmese Yaba"; yaba is sold as pills.)
    let text = "Border guards in Teknaf recovered 35,000 pieces of Yaba from a fishing boat.";
    let got = events(text);
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].drug.as_str(), got[0].amount, got[0].unit),
        (
            "methamphetamine",
            35_000.0,
            seizure_text::model::Unit::Tablet
        )
    );
}

#[test]
fn a_figure_after_a_currency_sign_is_money() {
    // (Learned from b64: "U.S.$1.4 Million Narcotic Drugs Busted".)
    let text = "Customs: $2.5 Million Narcotic Drugs Intercepted\n\nOfficers at the airport found \
        12 kg of cocaine in a suitcase.";
    assert_eq!(amounts(text), vec![12.0]);
}

#[test]
fn a_border_named_by_two_countries_is_the_first_ones() {
    // (Learned from b64: "near the India-Myanmar border", told by the first country's agency,
    // in a text that names Myanmar as often as India's states.)
    let text = "Officers seized 4.5 kg of heroin near the India-Myanmar border on Monday. The \
        drugs came from Myanmar, police said.";
    assert_eq!(facts(text)[0].1, Some("IN"));
    let text = "Officers seized 4.5 kg of heroin near the Iran-Pakistan border on Monday. The \
        drugs came from Pakistan, police said.";
    assert_eq!(facts(text)[0].1, Some("IR"));
}

#[test]
fn what_the_haul_included_are_the_parts_of_the_lot_before() {
    // (Learned from b64: the parts of a burned stock take its kind, told a sentence on.)
    let text = "In Helmand province, police said on Sunday that more than 12 tons of narcotics \
        seized over the past year were burned near Lashkar Gah. Haji Karim, the police \
        spokesman in the province, said the haul included 1,480 kg of opium and 650 kg of \
        hashish.";
    let got = facts(text);
    assert!(got.iter().all(|f| f.0 == Kind::Destruction), "{got:?}");
    assert_eq!(got.len(), 3);
}

#[test]
fn a_signed_change_in_brackets_is_no_lot() {
    // (Learned from b65: "3 tons 806 kg 356.5 gr (+1 ton 831.7 kg)", the change on a year
    // before.)
    let text = "In nine months of 2021, the police seized 2 tons 410 kg (+640 kg) of drugs.";
    assert_eq!(amounts(text), vec![2410.0]);
    let fewer = "In nine months of 2021, the police seized 2 tons 410 kg (-640 kg) of drugs.";
    assert_eq!(amounts(fewer), vec![2410.0]);
}
