//! One small text per rule learned from official statistics pages and digests in the b24–b27
//! batches (`corpus/real/`), in the project's own words: another period's figures in brackets,
//! places ranked by their seizures, reporting periods of hours, classes of substances and the
//! restatements such pages make.

mod common;
use common::{amounts, drug_amounts, events, facts, kinds_dated};
use seizure_text::model::Kind;
use seizure_text::{Context, extract};

#[test]
fn a_figure_after_its_own_seizure_verb_is_no_destruction_of_the_next_clause() {
    // (From b25 and b24.) Each figure has its own verb; the destruction verb governs the
    // bushes only. The operation's name, with a long dash, gives the year.
    let got = events(
        "Итоги операции «Көкнәр — 2024»: выявлено 2,1 тысячи правонарушений, изъято более 14 \
         тонн наркотических средств и уничтожено свыше 80 тысяч кустов конопли.",
    );
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::PeriodTotal, 14000.0, Some("2024".into())),
            (Kind::Destruction, 80000.0, Some("2024".into()))
        ]
    );
}

#[test]
fn seedlings_are_plants_and_suspects_by_the_thousand_are_statistics() {
    // (From b25.)
    let got = facts("В одной из квартир было обнаружено 56 саженцев конопли.");
    assert_eq!(got, [(Kind::Seizure, None, "cannabis".into(), 56.0)]);
    let got = facts(
        "Всего за первые три квартала года полиция провинции изъяла 14,7 тонны наркотиков и \
         арестовала 19 тысяч подозреваемых.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn tablets_of_psychotropic_action_and_a_difference_after_more_by() {
    // (From b25.) "больше на 25 процентов, или на 619 кг" is the rise, not a lot.
    let got = facts(
        "В первом полугодии 2024 года в стране изъято 3 т 96 кг наркотиков, что больше на 25 \
         процентов, или на 619 кг. Также изъята 13 731 таблетка психотропного действия.",
    );
    let got: Vec<_> = got.iter().map(|f| (f.2.as_str(), f.3)).collect();
    assert_eq!(
        got,
        [
            ("narcotic_drugs", 3096.0),
            ("psychotropic_tablets", 13731.0)
        ]
    );
}

#[test]
fn last_years_figures_in_brackets_are_last_years_totals() {
    // (From b24 and b26.) The text says once what its brackets hold: the other year's figure.
    let got: Vec<_> = events(
        "In 2021, 7,142 (6,032 in 2020) crimes were exposed.\n\
         In 2021, a total of 1 ton 110 kg (1 t. 35 kg) of drugs were seized. Among them:\n\
         • heroin - 100 (30) kg;\n\
         • opium - 1 ton 10 (1 t 5) kg.",
    )
    .iter()
    .map(|e| {
        (
            e.drug.clone(),
            e.amount,
            e.date.map(|d| d.to_string()).unwrap_or_default(),
        )
    })
    .collect();
    assert_eq!(
        got,
        [
            ("heroin".into(), 100.0, "2021".into()),
            ("heroin".into(), 30.0, "2020".into()),
            ("opium".into(), 1010.0, "2021".into()),
            ("opium".into(), 1005.0, "2020".into()),
        ]
    );
}

#[test]
fn indian_english_poppy_husk_intoxicating_pills_and_injections() {
    // (From b26.)
    let got = facts(
        "On June 18, police destroyed 34kg heroin; 225 kg poppy husk; 90,291 intoxicating \
         pills, 26 injections and some powder.",
    );
    let got: Vec<_> = got.iter().map(|f| (f.0, f.2.as_str(), f.3)).collect();
    assert_eq!(
        got,
        [
            (Kind::Destruction, "heroin", 34.0),
            (Kind::Destruction, "other:poppy_straw", 225.0),
            (Kind::Destruction, "narcotic_drugs", 90291.0),
            (Kind::Destruction, "narcotic_drugs", 26.0)
        ]
    );
}

#[test]
fn the_past_48_hours_are_a_period_and_the_leads_loose_figure_restates_its_total() {
    // (From b26 and b25.)
    let got = facts(
        "Police announced the seizure of more than 4 tons of drugs.\n\
         Police in the province seized 4,200 kg of narcotics during the past 48 hours.",
    );
    assert_eq!(
        got,
        [(Kind::PeriodTotal, None, "narcotic_drugs".into(), 4200.0)]
    );
}

#[test]
fn pills_after_a_dash_restate_the_weight_before_them() {
    // (From b27.)
    let got = facts(
        "A total of 1,072 kilograms (2,000 pounds) of the drug Captagon – more than 6.2 million \
         pills – were seized.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 1072.0);
}

#[test]
fn weights_that_rank_places_take_the_drug_named_before_them() {
    // (From b12 and b11.) "at"/"with" a figure, and "followed by" another: each weight is of
    // the drug its clause names.
    let got: Vec<_> = extract(
        "In 2017 the maximum opium seizure was made from Punjab at 505.86 kgs followed by \
         Rajasthan at 426.95 kgs, the maximum amount of heroin was seized in Gujarat at 1,017 \
         kgs followed by Punjab at 406 kgs.",
        &Context::default(),
    )
    .events
    .into_iter()
    .map(|e| (e.drug, e.amount))
    .collect();
    assert_eq!(
        got,
        [
            ("opium".to_string(), 505.86),
            ("opium".to_string(), 426.95),
            ("heroin".to_string(), 1017.0),
            ("heroin".to_string(), 406.0)
        ]
    );
}

#[test]
fn the_past_month_of_operations_governs_the_total_told_later() {
    // (From b29.) The people and vehicles caught "during these operations" are results, not
    // one incident that would end the period.
    let got = facts(
        "The force arrested 15 smugglers during 19 successful operations in the past month.\n\
         It also recovered nine valuable vehicles from the accused during these operations.\n\
         The total weight of the confiscated narcotics is 5.733 tons. This includes 4775.5 kg \
         of hashish and 957.5 kg of morphine.",
    );
    let kinds: Vec<_> = got.iter().map(|f| (f.0, f.3)).collect();
    assert_eq!(
        kinds,
        [(Kind::PeriodTotal, 4775.5), (Kind::PeriodTotal, 957.5)]
    );
}

#[test]
fn figures_a_bracket_labels_with_their_years() {
    // (From b10.) The drug before the bracket; each year's figure is that year's total.
    let got = events(
        "The seized quantities of heroin (2024: 12 kg / 2023: 7 kg) and designer drugs (2024: \
         175 kg / 2023: 84 kg) have roughly doubled.",
    );
    let got: Vec<_> = got
        .iter()
        .map(|e| (e.drug.as_str(), e.amount, e.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        got,
        [
            ("heroin", 12.0, Some("2024".into())),
            ("heroin", 7.0, Some("2023".into())),
            ("other:designer_drugs", 175.0, Some("2024".into())),
            ("other:designer_drugs", 84.0, Some("2023".into()))
        ]
    );
    let got = kinds_dated(&events("Heroin seizures (2024: 12 kg) doubled."));
    assert_eq!(got, [(Kind::PeriodTotal, 12.0, Some("2024".into()))]);
}

#[test]
fn a_periods_total_itemised_by_one_list_gives_that_periods_totals() {
    // (From b29.) The list three sentences on names no day of its own.
    let got: Vec<_> = events(
        "Police have seized more than 1.2 ton of drugs in raids in the province over the past \
         four days.\n\n\
         Officers arrested 7 suspects.\n\n\
         The chief listed the seized drugs as nearly 1.1 ton of opium, 95 kg of heroin and 40 kg \
         of hashish.\n",
    )
    .into_iter()
    .map(|e| (e.kind, e.drug, e.amount))
    .collect();
    assert_eq!(
        got,
        [
            (Kind::PeriodTotal, "opium".to_string(), 1100.0),
            (Kind::PeriodTotal, "heroin".to_string(), 95.0),
            (Kind::PeriodTotal, "hashish".to_string(), 40.0),
        ]
    );
}

#[test]
fn the_past_year_in_russian_is_a_reporting_period() {
    // (From b30.) «в течение последнего года»: an Iranian year's national figure.
    let got = facts("Около 250 тонн наркотиков было изъято в Иране в течение последнего года.");
    assert_eq!(
        got,
        [(
            Kind::PeriodTotal,
            Some("IR"),
            "narcotic_drugs".into(),
            250_000.0
        )]
    );
}

#[test]
fn a_month_with_one_vehicle_or_consignment_is_one_seizure() {
    // (From b11 and b17.) "In April" names when, "from a dhow" what: one seizure.
    let got = events(
        "In April an Australian warship seized more than a tonne of heroin from a dhow off the \
         coast.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::Seizure, 1000.0, None)],
        "{got:?}"
    );
    // A programme's name is no consignment: "the Container Control Programme".
    let got = events(
        "Under the Container Control Programme, customs units seized 240 tons of cocaine in \
         2018.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 240_000.0, Some("2018".into()))]
    );
}

#[test]
fn a_find_in_a_review_of_a_year_takes_that_year() {
    // (From b17.) The year the review is of dates the finds it tells, unless they give a day.
    let got = events(
        "In 2018 the port control units had their best year.\n\n\
         In Callao, officers found a container with 1.5 tons of cocaine hidden inside.\n",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::Seizure, 1500.0, Some("2018".into()))]
    );
}

#[test]
fn more_ways_of_stating_a_reporting_period() {
    // (From b1, b4, b11, b16, b17 and b20.)
    for text in [
        "В первом полугодии текущего года было изъято 350 кг наркотиков.",
        "В первом квартале таможенники изъяли 41 кг наркотиков.",
        "The committee has seized more than 30 kilograms of drugs for a month.",
        "Police have seized more than 500 tons of narcotics over the past decade.",
        "За последние недели полиция провинции изъяла более 8 тонн наркотиков.",
        "По итогам минувшего года на таможне изъято более полутора тонн наркотиков.",
        "A total of 3,359 persons were arrested and 65,915 kilograms of drugs seized within the \
         same period.",
    ] {
        let got = facts(text);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].0, Kind::PeriodTotal, "{text}");
    }
    // "was found last week": when one find was made, not a period's total.
    let got = facts("The cocaine was found last week in a refrigerated container: 1,047 kg.");
    assert_eq!(got[0].0, Kind::Seizure);
}

#[test]
fn a_month_with_one_minibus_or_parcel_is_one_seizure_in_russian_too() {
    // (From b31.)
    let got = facts(
        "В сентябре таможенники обнаружили 45 килограммов гашиша в одном из микроавтобусов, \
         перевозивших посылки.",
    );
    assert_eq!(got, [(Kind::Seizure, None, "hashish".into(), 45.0)]);
    let got = facts("Почти 65 килограммов гашиша изъяли при досмотре на пункте пропуска.");
    assert_eq!(got, [(Kind::Seizure, None, "hashish".into(), 65.0)]);
}

#[test]
fn lots_found_then_destroyed_in_the_next_sentence_are_destructions() {
    // (From b32 and b25.) The next sentence gives no figure: it burns the lots just told.
    let got = facts(
        "Some 2,100 kg of opium and 40 kg of hashish were found in an operation in the \
         district. Police set fire on those drugs at the spot after taking samples.",
    );
    assert_eq!(
        got,
        [
            (Kind::Destruction, None, "opium".into(), 2100.0),
            (Kind::Destruction, None, "hashish".into(), 40.0)
        ]
    );
    // A next sentence about something else leaves them seizures.
    let got = facts(
        "Police found 40 kg of hashish in a truck. Officers also destroyed a laboratory nearby.",
    );
    assert_eq!(got, [(Kind::Seizure, None, "hashish".into(), 40.0)]);
}

#[test]
fn suspects_counted_by_nobody_beside_a_year_are_no_incident() {
    // (From b32.) "the most suspects in the country's history" beside "in 2020".
    let got = events(
        "Last year, anti-drug operations seized a record amount and arrested the most \
         trafficking suspects in history, Security forces conducted 159,259 operations in 2020.\n\
         During these raids, they seized 4,168 kilograms of methamphetamine.\n",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 4168.0, Some("2020".into()))]
    );
}

#[test]
fn the_day_a_year_ends_on_is_no_days_find() {
    // (From b33.) The Iranian year's total, not a seizure on 20 March.
    let got = events(
        "During the past Iranian year (ended on March 20,) Iran seized more than 1,000 tons of \
         opium.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].kind, Kind::PeriodTotal);
    assert_eq!(got[0].amount, 1_000_000.0);
}

#[test]
fn a_habit_is_no_event() {
    // (From b34 and b9.)
    let got = facts("Every year, Iran burns more than 60 tons of seized narcotics.");
    assert_eq!(got, []);
    // The habit of an operation, not of the figure.
    let got = facts(
        "В ходе операции «Мак», которую ежегодно проводят в области, изъято более 1 т \
         наркотиков.",
    );
    assert_eq!(got.len(), 1);
}

#[test]
fn a_month_beside_one_lot_is_when_not_a_reporting_period() {
    // (From b34, b35 and b36, in the project's words.) One batch, one gang, «партия»: a
    // seizure in that month.
    for text in [
        "In April, a large batch of heroin – 41 kg – was discovered at the border post.",
        "In November, police smashed a gang bringing pills from abroad and seized 65 kilograms \
         of drugs.",
        "В сентябре 2014 года на границе была обнаружена партия героина весом 312 килограммов.",
    ] {
        let got = facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, Kind::Seizure, "{text}");
    }
    // Shipments by the dozen over half a year are statistics still.
    let got = facts(
        "So far this year 61 shipments with a total of 18,400 kilograms of cocaine have been \
         intercepted.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn half_a_year_counted_over_is_a_reporting_period() {
    // (From b36, in the project's words.) «за полгода» governs the lots after it.
    let got = facts(
        "Около 120 кг наркотиков изъяли за полгода пограничники.\n\n\
         В основном выявляли маковую соломку – 51,2 кг, коноплю – 14,6 кг, гашиш – 19 кг.",
    );
    assert!(got.len() >= 3, "{got:?}");
    assert!(got.iter().all(|f| f.0 == Kind::PeriodTotal), "{got:?}");
    // An operation prepared for half a year is one raid.
    let got = facts(
        "В операции, которая готовилась полгода, участвовали 900 полицейских. Были изъяты \
         41 килограмм героина и 12 пистолетов.",
    );
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn plants_a_title_says_were_destroyed_are_a_destruction() {
    // (From b36, in the project's words.) The body only finds the field.
    let got = facts(
        "Под Бердянском уничтожили большую плантацию конопли\n\n\
         Возле села полицейские обнаружили плантацию, на которой росло около 21 тысячи кустов \
         конопли.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Kind::Destruction);
    // A title that finds them leaves them seized.
    let got = facts(
        "Под Бердянском нашли большую плантацию конопли\n\n\
         Возле села полицейские обнаружили плантацию, на которой росло около 21 тысячи кустов \
         конопли.",
    );
    assert_eq!(got[0].0, Kind::Seizure);
}

#[test]
fn figures_beside_last_years_in_brackets_are_of_the_year_after() {
    // (From b24, in the project's words.) Only the brackets' year is told; the lots beside
    // them are the next year's.
    let got: Vec<_> = events(
        "Drug situation in the country for 2014\n\n\
         The agencies revealed 5,210 (in 2013 – 4,890) drug crimes.\n\n\
         Drug crimes revealed in the country in 2013-2014\n\n\
         From illegal trafficking there were seized 1 ton 900 kg (2 tons 10 kg) of drugs, \
         including heroin – 95.5 kg. (110.2 kg.), opium – 700.1 kg. (690.4 kg.).",
    )
    .iter()
    .filter(|e| e.drug == "heroin")
    .map(|e| (e.amount, e.date.map(|d| d.to_string()).unwrap_or_default()))
    .collect();
    assert_eq!(
        got,
        [(95.5, "2014".to_string()), (110.2, "2013".to_string())]
    );
}

#[test]
fn taken_out_of_illegal_trafficking_is_seized() {
    // (From b24's rewrite: «изъято из незаконного оборота» translated word for word.)
    let got = facts("Taken out of illegal trafficking in 2014 were 1 ton 120 kg of drugs.");
    assert_eq!(
        got,
        [(Kind::PeriodTotal, None, "narcotic_drugs".into(), 1120.0)]
    );
    // Taking something out of a car is no seizure word.
    let got = facts("He took out of the car a bag and 3 kg of apples.");
    assert_eq!(got, []);
}

#[test]
fn a_loose_total_a_tenth_above_its_items_is_partly_itemised() {
    // (From b16 and b35, in the project's words.) "About 4 kg" with items of 3.7 kg keeps both.
    let got = facts(
        "В ходе первого этапа операции «Мак» изъято около 4 кг наркотиков, в том числе 2,9 кг \
         марихуаны и 0,8 кг гашиша.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].3, 4.0);
}

#[test]
fn one_operations_results_are_its_finds_but_a_named_programmes_are_totals() {
    let kinds = |t: &str| -> Vec<Kind> { events(t).into_iter().map(|e| e.kind).collect() };
    assert_eq!(
        kinds(
            "По итогам операции в трёх областях общий объем изъятых наркотиков составил более \
             15,5 килограмма."
        ),
        [Kind::Seizure]
    );
    assert_eq!(
        kinds(
            "По итогам оперативных мероприятий в рамках программы \"Тозалик\" проверены 950 \
             человек. Всего в ходе мероприятий изъяты 14,2кг наркотиков."
        ),
        [Kind::PeriodTotal]
    );
}

#[test]
fn a_business_headlines_quarter_is_no_reporting_period() {
    let kinds = |t: &str| -> Vec<Kind> { events(t).into_iter().map(|e| e.kind).collect() };
    assert_eq!(
        kinds(
            "Alphabet posts first $100 bn quarter.\n\nPolice seized 5 kg of heroin in Ramadi, Iraq."
        ),
        [Kind::Seizure]
    );
    assert_eq!(
        kinds("Results of the first quarter.\n\nPolice seized 5 kg of heroin in Iraq."),
        [Kind::PeriodTotal]
    );
}

#[test]
fn a_named_programme_or_operation_called_so_a_few_words_on_gives_period_totals() {
    // (From b40, in the project's words.)
    let got: Vec<_> = events(
        "С начала лета в ходе спецпрограммы \"Мак\" уничтожено более 150 т дикорастущей \
         конопли. Из незаконного оборота изъято около 6 кг марихуаны, 40 кг иных запрещенных веществ.",
    )
    .into_iter()
    .map(|e| (e.kind, e.amount))
    .collect();
    assert_eq!(
        got,
        [
            (Kind::Destruction, 150_000.0),
            (Kind::PeriodTotal, 6.0),
            (Kind::PeriodTotal, 40.0)
        ]
    );
    let got = kinds_dated(&events(
        "В области прошла операция под условным названием «Мак-2011». Проведено более двух \
         тысяч проверок. Из незаконного оборота изъято более 310 килограмм наркосырья.",
    ));
    assert_eq!(got, [(Kind::PeriodTotal, 310.0, Some("2011".into()))]);
}

#[test]
fn one_lot_found_in_one_of_the_houses_during_an_operation_is_a_seizure() {
    // (From b40, in the project's words.) "This year" frames a superlative, not a period.
    let got = facts(
        "Одну из самых крупных партий гашиша в этом году изъяли сотрудники полиции.\n\n\
         В рамках операции \"Мак\" в одном из домов оперативники обнаружили 14,2 килограмма \
         гашиша.",
    );
    assert_eq!(got, [(Kind::Seizure, None, "hashish".into(), 14.2)]);
}

#[test]
fn bare_weights_given_year_by_year_are_the_drugs_totals_of_each_year() {
    // (From b40, in the project's words.)
    let got = kinds_dated(&events(
        "В Молдове растет объем изъятых наркотиков. По данным полиции, в 2017 году было \
         изъято 80,5 кг, в 2019 — 143 кг, а в 2022 году — 348 кг.",
    ));
    assert_eq!(
        &got[..],
        [
            (Kind::PeriodTotal, 80.5, Some("2017".into())),
            (Kind::PeriodTotal, 143.0, Some("2019".into())),
            (Kind::PeriodTotal, 348.0, Some("2022".into()))
        ]
    );
    let got = kinds_dated(&events(
        "Drug seizures\n\nThe command seized, over the last years: 2016 – 2325.2kg; 2017 – \
         1248.5kg; 2018 – 3,434.58kg.",
    ));
    assert!(
        got.contains(&(Kind::PeriodTotal, 1248.5, Some("2017".into()))),
        "{got:?}"
    );
}

#[test]
fn one_other_figure_and_precursors_do_not_itemise_a_total_of_drugs() {
    let got = drug_amounts(
        "В первом квартале 2024 года из оборота изъято свыше 800 кг наркотических средств и \
         психотропных веществ, 4 тонны сырья маковой соломы и более 10 тонн химических \
         реагентов для изготовления синтетических наркотиков.",
    );
    assert_eq!(
        got,
        vec![
            ("narcotic_drugs".to_string(), 800.0),
            ("other:poppy_straw".to_string(), 4000.0),
            ("precursors".to_string(), 10000.0),
        ]
    );
}

#[test]
fn items_after_emoji_bullets_are_a_list() {
    let got = drug_amounts(
        "The police seized almost 3 tons of drugs in 2023:\n\n\
         ▪\u{fe0f}1,8 tons of cannabis.\n\n\
         ▪\u{fe0f}Almost 800 kg of poppy straw.\n\n\
         ▪\u{fe0f}64 kg of amphetamine and 10 kg of MDMA.",
    );
    assert!(got.contains(&("cannabis".to_string(), 1800.0)), "{got:?}");
    assert!(got.contains(&("amphetamine".to_string(), 64.0)), "{got:?}");
}

#[test]
fn national_efforts_are_no_foreign_national() {
    let got = facts(
        "From June 2022 to June 2023 the force worked hard. It continued to spearhead national \
         efforts against drugs. A total of 266 metric tons of drugs were seized by all agencies.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn a_sum_told_as_such_looks_back_over_the_finds() {
    let got = facts(
        "Border troops found 14.5 kilograms of hashish in a bag.\n\n\
         A man was detained in the Tashlak district.\n\n\
         In the Bekabad district, a man was caught selling 9.4 kg of raw opium.\n\n\
         A Tajik courier had brought the drugs.\n\n\
         In Kokand, a passenger was found hiding 1.7 kg of hashish on his body.\n\n\
         In Fergana, 995 grams of hashish were discovered inside a car.\n\n\
         In total, 26.805 kilograms of narcotic drugs were seized during the operation.",
    );
    assert!(got.iter().all(|e| e.3 != 26.805), "{got:?}");
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn an_operation_named_with_its_year_unquoted() {
    let ev = events(
        "В Кировоградской области в ходе проведения операции Мак-2010 сотрудники милиции \
         изъяли из незаконного обращения более 36 кг наркотических средств, из них около 25 кг \
         маковой соломки и более 11 кг конопли.",
    );
    assert!(ev.iter().all(|e| e.kind == Kind::PeriodTotal), "{ev:?}");
    assert!(
        ev.iter()
            .all(|e| e.date.map(|d| d.to_string()).as_deref() == Some("2010"))
    );
}

#[test]
fn a_sentence_that_restates_a_total_does_not_itemise_it() {
    let got = amounts(
        "Customs officers have seized 2.6 tons of drugs this year.\n\n\
         This year, 2.6 tons of drugs and 30 kilograms of heroin have been seized, the deputy \
         head said.",
    );
    assert!(got.contains(&2600.0), "{got:?}");
}

#[test]
fn a_lead_figure_of_two_digits_that_later_lots_add_up_to_is_no_lot_of_its_own() {
    let got = amounts(
        "Police seized 640 kilograms of opium in separate operations, officials said. In \
         Helmand, officers found 420 kilograms of opium in a truck. In Badakhshan, a patrol \
         found 220 kilograms of opium in a cave.",
    );
    assert_eq!(got, [420.0, 220.0]);
}

#[test]
fn figures_counted_from_a_first_day_up_to_now_are_the_year_s_totals() {
    // "Starting from" a day, "beginning from" it, "(starting ...)": a period up to now.
    let got = events(
        "The interior ministry reports that starting from January 1, 2021, officers have \
         confiscated:\n\n7 kg of heroin.\n\n3,100 pills of methadone.",
    );
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::PeriodTotal, 7.0, Some("2021".into())),
            (Kind::PeriodTotal, 3100.0, Some("2021".into()))
        ]
    );
    // "from <day> through <day>" is a range: the year's period, not its first day.
    let got = events(
        "Border guards seized 25 kg of drugs in anti-drug work across the region.\n\n\
         According to the agency, border guards seized 25 kg of drugs across the region \
         from March 1 through June 12, 2022.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 25.0, Some("2022".into()))]
    );
}

#[test]
fn list_lines_that_open_with_a_qualified_figure_are_items_of_the_lead_in() {
    // "more than 2 kg of cocaine;": a figure line, though its first word is no number.
    let got = drug_amounts(
        "The ministry said that over the past four months police have seized:\n\n\
         Up to 6 kg of heroin;\n\nmore than 2 kg of cocaine;\n\n\
         up to 250 gr of new psychoactive substances;\n\n3,1 kg of MDMA.",
    );
    let amounts: Vec<f64> = got.iter().map(|d| d.1).collect();
    assert_eq!(amounts, [6.0, 2.0, 0.25, 3.1], "{got:?}");
}

#[test]
fn a_figure_compared_with_the_corresponding_period_is_a_periods_total() {
    // The period itself is never told; the comparison says the figure is one. (A year told
    // only in a closing background paragraph does not date it.)
    let got = events(
        "The head of the drug control office said on Tuesday that some 9.2 tons of illicit \
         drugs, including 7.1 tons of opium and 2.1 tons of hashish, have been busted by police \
         forces.\n\nThe figure shows a 40 percent rise compared to the corresponding period \
         last year.\n\nHe added that 900 smugglers have been detained in the same period.\n\n\
         Officials say hundreds of officers have died in the fight.\n\n\
         In 2016 alone, police seized approximately 600 tons of narcotics.",
    );
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::PeriodTotal, 7100.0, None),
            (Kind::PeriodTotal, 2100.0, None),
            (Kind::PeriodTotal, 600_000.0, Some("2016".into()))
        ]
    );
}

#[test]
fn throughout_the_year_in_the_sentence_before_makes_totals() {
    let got = facts(
        "The ministry said throughout the year it has detained 40 dealers and shut 9 websites. \
         Police have seized 52 kgs of heroin and 3,000 pills of Subutex, it added.",
    );
    assert!(got.iter().all(|e| e.0 == Kind::PeriodTotal), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn the_figure_of_the_similar_period_compared_with_is_a_periods_total_too() {
    let got = facts(
        "The deputy said the figure shows a 40% increase in comparison with last year's similar \
         period, when police confiscated some 6,200 kilograms of illicit drugs.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn a_sum_over_busts_counted_is_itemised_by_their_lots() {
    // "more than 3.1 million" over two busts; the first bust's lot is just below it, no
    // restatement of it.
    let got = amounts(
        "Police in Tak seized more than 3.1 million methamphetamine pills in two separate busts.\n\
         Officers recovered 3,020,000 pills from a truck abandoned at a checkpoint on Monday.\n\
         In a separate raid, police arrested two men holding 150,000 pills on Tuesday.",
    );
    assert_eq!(got, [3_020_000.0, 150_000.0]);
}

#[test]
fn the_total_weight_of_two_lots_of_one_drug_is_no_third() {
    let got = amounts(
        "У ограды колонии задержали двоих мужчин. У одного из них нашли сверток с героином весом \
         12 граммов. Рядом с другим лежала пачка сигарет, в которой был спрятан героин массой \
         3 грамма. Общий вес героина составил 15 граммов.",
    );
    assert_eq!(got, [0.012, 0.003]);
}
