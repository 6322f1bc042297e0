//! Own-words tests of what the b68 session taught: corpus-wide error classes worked before
//! b68 was scored (a title with a drug's figure and no verb), and what b68 showed after its
//! blind score.

mod common;
use common::facts;
use seizure_text::model::Kind;

#[test]
fn a_title_naming_a_drug_s_figure_without_a_verb_is_a_find() {
    let text = "Ночной рейд: 12 килограммов гашиша и 200 граммов героина\n\nСотрудники \
        наркоконтроля Томской области перекрыли канал поставки наркотиков из соседнего \
        региона. Задержаны двое местных жителей.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.0, f.2, f.3)).collect();
    assert_eq!(
        got,
        vec![
            (Kind::Seizure, "hashish".to_string(), 12.0),
            (Kind::Seizure, "heroin".to_string(), 0.2)
        ]
    );
    // (Not a sentence of the body that names a drug and no verb.)
    let body = "Полиция провела рейд в Томске. В городе 12 килограммов гашиша стоят дорого.";
    assert!(facts(body).is_empty(), "{:?}", facts(body));
}

#[test]
fn an_examination_s_finding_a_paragraph_after_the_find_is_its_weight() {
    let text = "Обыскав сарай, полицейские обнаружили и изъяли два мешка с сухой травой.\n\n\
        — В мешках трава серого цвета, — рассказал следователь.\n\n\
        Согласно заключению химической экспертизы, в мешках оказалась конопля массой 18 кг.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.0, f.2, f.3)).collect();
    assert_eq!(got, vec![(Kind::Seizure, "cannabis".to_string(), 18.0)]);
}

#[test]
fn a_weekly_digest_of_several_operations_gives_period_totals() {
    // (After b68's blind score: an agency's weekly round-up.)
    let text = "ISLAMABAD: The Coast Guards recovered 410.250 kg drugs in 14 operations across \
        the country during last week, netting 9 suspects.\n\nCoast Guards Makran recovered \
        210.400 kg drugs in four operations and arrested two smugglers with a boat.\n\nThe \
        seized drugs comprised 10.400 kg heroin and 200 kg hashish.";
    let got = facts(text);
    assert!(!got.is_empty());
    assert!(got.iter().all(|f| f.0 == Kind::PeriodTotal), "{got:?}");
    // (One operation the suspects were arrested in stays a seizure.)
    let one = "Police arrested two smugglers with a boat and recovered 210 kg of hashish.";
    assert_eq!(facts(one)[0].0, Kind::Seizure);
}

#[test]
fn pills_in_brackets_after_a_weight_are_that_lot() {
    let text = "Officers seized 3.2 kg heroin, 0.250 kg ecstasy tabs (400 tablets) and 0.075 \
        kg alprazolam tabs (300 tablets).";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.2, f.3)).collect();
    assert_eq!(
        got,
        vec![
            ("heroin".to_string(), 3.2),
            ("other:mdma".to_string(), 0.25),
            ("alprazolam".to_string(), 0.075)
        ]
    );
}

#[test]
fn a_crop_destroyed_by_its_area_is_no_destruction_of_the_weight_seized() {
    let text = "The force recovered 512.300 kg drugs, destroyed poppy crop on 40 acres and \
        arrested 12 suspects.";
    assert_eq!(facts(text)[0].0, Kind::Seizure);
    // (A crop's area whose weight the figure is stays its destruction.)
    let area = "Всего уничтожено 8,55 га дикорастущей конопли общим весом 11 т 432 кг.";
    assert_eq!(facts(area)[0].0, Kind::Destruction);
}

#[test]
fn a_lone_zero_before_the_point_shows_it_is_a_decimal_point() {
    // ("2.500" alone could be 2,500 in a translated text; "0.125" cannot. Read as thousands,
    // these items would add up to the total read as thousands too, but they are kilograms.)
    let text = "Police recovered 60.700 kg drugs in five operations. The seized drugs comprised \
        2.500 kg heroin, 58.200 kg hashish, 0.125 kg methamphetamine and 10 kg opium.";
    let got: Vec<f64> = facts(text).into_iter().map(|f| f.3).collect();
    assert!(got.contains(&2.5) && got.contains(&58.2), "{got:?}");
}

#[test]
fn a_loose_lead_after_page_furniture_is_summed_by_the_lots_after_it() {
    let text = "Over 6 kg cocaine seized in two ports\n\nNews Desk\n10:05 - 3/02/2021\nFile \
        photo\n\nCustoms officers have seized over 6 kilograms of cocaine in the ports of \
        Mersin and Iskenderun, officials said Monday.\n\nIn Mersin, officers searched a \
        container of bananas.\n\nInside it, 3.9 kg of cocaine was found.\n\nIn Iskenderun, \
        officers seized 2.4 kg of cocaine from a truck.";
    let got: Vec<f64> = facts(text).into_iter().map(|f| f.3).collect();
    assert_eq!(got, vec![3.9, 2.4]);
}

#[test]
fn a_small_country_s_capital_names_its_country() {
    // (GeoNames' capitals of countries of 150,000 people, however small the city.)
    let text = "Customs officers in Apia arrested a traveller who carried 2.3 kg of cocaine in \
        his luggage.";
    assert_eq!(facts(text)[0].1, Some("WS"));
    let ru = "В Парамарибо полиция изъяла 300 кг кокаина.";
    assert_eq!(facts(ru)[0].1, Some("SR"));
}

#[test]
fn a_find_s_total_weight_with_no_lot_told_before_is_of_the_story_s_drug() {
    let text = "Border guards found cannabis fields with a total area of 3 hectares near the \
        village. Their total weight was over 4.1 tons.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.2, f.3)).collect();
    assert_eq!(got, vec![("cannabis".to_string(), 4100.0)]);
    let ru = "В гараже полицейские обнаружили свертки с гашишем. Их общий вес составил 31 кг.";
    assert_eq!(facts(ru)[0].2, "hashish");
}

#[test]
fn a_find_destroyed_in_the_next_sentence_is_a_destruction() {
    let text = "Border guards found cannabis fields near the village of Kara-Bulak. Their total \
        weight was over 3.4 tons. All the cannabis was burned on the spot.";
    assert_eq!(facts(text)[0].0, Kind::Destruction);
    // (Not what will be destroyed, nor a count of its own.)
    let later = "Police seized 40 kg of hashish in a truck. The hashish will be destroyed.";
    assert_eq!(facts(later)[0].0, Kind::Seizure);
    let count = "Изъято 20 тонн марихуаны. Уничтожены миллионы ростков конопли.";
    assert_eq!(facts(count)[0].0, Kind::Seizure);
}

#[test]
fn police_slang_for_a_bust_is_a_seizure() {
    let text = "В Нижнем Тагиле полицейские накрыли подпольный склад с 35 кг запрещенных веществ.";
    assert_eq!(facts(text)[0].0, Kind::Seizure);
}

#[test]
fn a_lot_the_headline_says_was_destroyed_is_a_destruction_though_the_body_says_seized() {
    let text = "В Эквадоре полицейские сожгли 4 тонны кокаина\n\nНа полигоне собрали журналистов. \
        Эти 4 тонны кокаина правоохранители изъяли в ходе трех операций в порту Гуаякиль. \
        Операции длились полгода.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.0, f.3)).collect();
    assert_eq!(got, vec![(Kind::Destruction, 4000.0)]);
}

#[test]
fn a_sum_after_a_currency_written_in_letters_is_money() {
    let text = "Dagga worth more than R12 million formed part of a R75 million drugs haul \
        destroyed by the police on Monday.";
    assert!(facts(text).is_empty(), "{:?}", facts(text));
    let pesos = "Agents seized P6.8 million worth of shabu and 1.2 kg of marijuana.";
    let got: Vec<f64> = facts(pesos).into_iter().map(|f| f.3).collect();
    assert_eq!(got, vec![1.2]);
}

#[test]
fn what_a_gang_got_through_in_total_is_no_find() {
    let text = "По данным следствия, преступники незаконно переправили в Эстонию в общей \
        сложности около 90 килограммов амфетамина.";
    assert!(facts(text).is_empty(), "{:?}", facts(text));
    // (A foiled attempt, or a lot seized, is one.)
    let foiled = "Таможенники пресекли попытку: преступники пытались ввезти в общей сложности \
        около 90 килограммов амфетамина.";
    assert_eq!(facts(foiled).len(), 1);
}

#[test]
fn a_number_told_again_in_digits_is_one_figure_and_the_pieces_weight_is_the_lot() {
    let text = "In all, fourteen (14) packets of cocaine were discovered, with a total weight of \
        16.2 kg.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.2, f.3)).collect();
    assert_eq!(got, vec![("cocaine".to_string(), 16.2)]);
    let count = "Officers seized twenty (20) bags of cocaine at the wharf.";
    assert_eq!(facts(count).len(), 1, "{:?}", facts(count));
}

#[test]
fn a_figure_collectively_weighing_is_a_sum_of_the_lots_after_it() {
    let text = "Customs foiled four attempts to smuggle hashish, collectively weighing 21kg. \
        The attempts were made at the airport. Officers found hashish in bags weighing 5kg, 8kg \
        and 6kg, respectively. A fourth traveller was found with hashish weighing 2.2kg.";
    let got: Vec<f64> = facts(text).into_iter().map(|f| f.3).collect();
    assert!(!got.contains(&21.0), "{got:?}");
}

#[test]
fn metric_tonnes_written_mt_are_tonnes() {
    // (From b69, after its blind score.)
    let text = "In 2016 the force seized 215 MT narcotics and 25 MT precursor chemicals.";
    let got: Vec<f64> = facts(text).into_iter().map(|f| f.3).collect();
    assert_eq!(got, vec![215000.0, 25000.0]);
}

#[test]
fn an_estimate_of_what_passes_through_is_no_find() {
    let text = "Because the country sits on smuggling routes, an estimated up to 9 metric tons \
        of heroin is believed to pass through it every year.";
    assert!(facts(text).is_empty(), "{:?}", facts(text));
    // (A find's estimated value is still a find.)
    let value = "Police seized 12 kg of heroin with an estimated street value of $2 million.";
    assert_eq!(facts(value).len(), 1);
}

#[test]
fn a_pause_before_the_figure_does_not_end_the_sentence_and_met_is_meth() {
    let text = "Пограничники задержали на реке лодку контрабандистов, которые везли... 4 млн \
        таблеток мета.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.2, f.3)).collect();
    assert_eq!(got, vec![("methamphetamine".to_string(), 4_000_000.0)]);
}

#[test]
fn a_bare_weight_a_seizure_verb_governs_is_of_the_story_s_drug() {
    // (From b69, after its blind score.)
    let text = "Police seized 88 kg of syabu hidden in a lorry. Prior to this, the biggest \
        seizure involved 230 kg on March 3 while 64 kg was seized on March 19.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.2, f.3)).collect();
    assert_eq!(
        got,
        vec![
            ("methamphetamine".to_string(), 88.0),
            ("methamphetamine".to_string(), 230.0),
            ("methamphetamine".to_string(), 64.0)
        ]
    );
    // (Not goods, nor an agency's part of a total.)
    let goods = "Таможенники выявили нарушения: топливо — 580 случаев, изъято более 60 тонн.";
    assert!(facts(goods).is_empty(), "{:?}", facts(goods));
    let agencies = "За год изъято 41 тонна наркотиков. Из общего объёма полицией изъято 35 \
        тонн, органами национальной безопасности — 4,8 тонны.";
    let got: Vec<f64> = facts(agencies).into_iter().map(|f| f.3).collect();
    assert_eq!(got, vec![41000.0]);
}

#[test]
fn what_a_search_located_is_a_find_and_goods_weights_are_not() {
    let box_ = "Officers located a wooden box concealing 1.4 kilograms of cocaine.";
    assert_eq!(facts(box_).len(), 1);
    let logs = "Customs seized a truck of hollowed logs at the border crossing. The logs weighed \
        about 310 kg in total, and they yielded 64 kg of heroin.";
    let got: Vec<f64> = facts(logs).into_iter().map(|f| f.3).collect();
    assert_eq!(got, vec![64.0]);
}

#[test]
fn straw_of_the_poppy_named_the_other_way_round_is_poppy_straw() {
    let text = "В ходе мероприятий изъято около 300 граммов высушенной соломки мака.";
    assert_eq!(facts(text)[0].2, "other:poppy_straw");
}

#[test]
fn roubles_say_which_country_a_text_that_names_none_is_about() {
    let text = "Сегодня полицейские уничтожили вещественные доказательства на сотни тысяч рублей. \
        Сожжено 2,4 кг марихуаны и 30 граммов героина.";
    assert!(
        facts(text).iter().all(|f| f.1 == Some("RU")),
        "{:?}",
        facts(text)
    );
    let by = "Изъято 2,4 кг марихуаны стоимостью 9 тысяч белорусских рублей.";
    assert_eq!(facts(by)[0].1, Some("BY"));
}

#[test]
fn ringgit_written_against_the_sum_is_malaysia_s() {
    let text = "Police seized 41 kg of syabu worth RM1.5 million hidden in a lorry.";
    assert_eq!(facts(text)[0].1, Some("MY"));
}

#[test]
fn a_count_of_pieces_that_is_no_whole_number_counts_nothing() {
    // (From b70, after its blind score: "over 2.9 captagon tablets" lost its "million".)
    let text = "Security forces thwarted two attempts to smuggle over 3.4 captagon tablets into the \
        Kingdom.";
    assert!(facts(text).is_empty(), "{:?}", facts(text));
}
