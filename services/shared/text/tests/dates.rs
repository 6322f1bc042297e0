//! One small text per date rule learned from the real-text batches b13 and b14 (`corpus/real/`),
//! in the project's own words: which dates are a page's stamps, and which say when a figure
//! happened. (The date rules of earlier batches are in `rules.rs`; datelines and stamps in
//! `datelines.rs`.)

mod common;
use chrono::NaiveDate;
use common::{dated, events, kinds_dated};
use seizure_text::model::{Event, Kind};
use seizure_text::{Context, extract};

fn events_published(text: &str, published: &str) -> Vec<Event> {
    let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
    extract(text, &Context { published }).events
}

#[test]
fn late_in_a_month_is_when_an_incident_happened() {
    let got = events_published(
        "In late February, customs officers uncovered 11 kilograms of cocaine hidden in \
         banana boxes delivered to the port of St. Petersburg from Antwerp.",
        "2024-05-03",
    );
    assert_eq!(got[0].kind, Kind::Seizure);
    assert_eq!(dated(&got), [(11.0, Some("2024-02".into()))]);
}

#[test]
fn a_year_of_birth_is_no_date() {
    let got = events(
        "В Ферганской области у жителя Ферганы (1988 г. р., ранее судим) было обнаружено \
         4,4 кг опия. В Андижане у мужчины 1973 года рождения изъято 1,1 кг гашиша.",
    );
    assert_eq!(dated(&got), [(4.4, None), (1.1, None)]);
}

#[test]
fn counted_operations_give_no_operation_period() {
    let got = events(
        "Police in Sistan and Baluchestan seized 1,027 kilograms of opium after a clash with \
         smugglers on Tuesday.\n\n\
         The smugglers fled towards the border. Two vehicles were confiscated. The police chief \
         praised the officers. The province lies on a main trafficking route.\n\n\
         In 2018 alone, Iranian forces carried out 1,557 operations against drug traffickers, \
         seizing approximately 807 tons of narcotics.",
    );
    assert_eq!(got[0].date, None, "{got:?}");
    // An agency called "Operational Customs" runs no operation either.
    let got = events(
        "Officers of the North-West Operational Customs said in January that more drugs had \
         been seized than in all of 2023.\n\n\
         Customs officers found 60 kg of cocaine in a container of bananas.",
    );
    assert_eq!(dated(&got), [(60.0, None)]);
}

#[test]
fn operations_of_seizing_do_not_date_a_burning() {
    let got = events(
        "The Anti-Narcotics Force on Thursday burnt drugs seized during different operations \
         in various parts of the country in 2014-15.\n\n\
         The force burnt 12 tons of heroin in Quetta.",
    );
    assert_eq!(got[0].kind, Kind::Destruction);
    assert_eq!(got[0].date, None, "{got:?}");
}

#[test]
fn these_years_are_a_reporting_period() {
    let got = events(
        "Служба отмечает 13 лет со дня создания. За эти годы сотрудники выявили более 17 тысяч \
         преступлений. Количество изъятых наркотиков составило около 4 тонн.",
    );
    assert_eq!(got[0].kind, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn a_destruction_takes_the_period_its_verb_governs() {
    let got = events(
        "As part of the disposal drive, drugs worth Rs 2,246 crores were destroyed from January \
         11 to January 26, 2025, according to a press release.\n\n\
         According to the release, 7,844 kg of ganja and 23 kg of heroin were among them.",
    );
    assert!(got.iter().all(|e| e.kind == Kind::Destruction), "{got:?}");
    assert!(
        got.iter()
            .all(|e| e.date.map(|d| d.to_string()) == Some("2025-01".into())),
        "{got:?}"
    );
}

#[test]
fn a_press_conferences_day_is_not_the_day_of_what_it_reports() {
    let got = events(
        "On March 19, 2013, the press conference of the deputy head of the Russian FCS took \
         place.\n\n\
         About 1,400 attempts of drug smuggling were precluded by the Customs Authorities in the \
         year 2012, including the withdrawal of 115 kg of heroin.",
    );
    assert_eq!(got[0].kind, Kind::PeriodTotal, "{got:?}");
    assert_eq!(got[0].country, Some("RU"));
    assert_eq!(dated(&got), [(115.0, Some("2012".into()))]);
}

#[test]
fn a_superlatives_frame_and_earlier_this_year_are_no_reporting_period() {
    let got = events(
        "Police have seized 200 kilograms of cocaine in the port city of Callao in the largest \
         cocaine seizure in Peru so far this year.",
    );
    assert_eq!(got[0].kind, Kind::Seizure, "{got:?}");
    let got = events(
        "Крупнейшую с начала года партию наркотиков обнаружили российские таможенники. \
         Контрабанду - более 820 килограммов кокаина - пытались провезти в контейнерах.",
    );
    assert_eq!(got[0].kind, Kind::Seizure, "{got:?}");
    let got = events(
        "The army said earlier this year that it was stepping up its fight against smuggling.\n\n\
         Troops discovered 900,000 Captagon pills while searching the area.",
    );
    assert_eq!(got[0].kind, Kind::Seizure, "{got:?}");
}

#[test]
fn within_the_period_is_the_period_named_before() {
    let got = events(
        "The commander briefed newsmen at the command's headquarters.\n\n\
         He said that the agency also seized 17.955 tons of marijuana within the \
         period.",
    );
    assert_eq!(got[0].kind, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn the_first_semester_is_the_half_year_named_before() {
    let got = events(
        "The agency said it seized illegal drugs worth P29.76 billion in the first six months of \
         2025, surpassing the P8.28 billion confiscated during the full year of 2024.\n\n\
         The director reported that the agency had seized 4.24 tons of shabu during the first \
         semester, and 22,161 pieces of ecstasy.",
    );
    assert_eq!(dated(&got)[0], (4240.0, Some("2025".into())), "{got:?}");
    assert_eq!(got[1].unit, seizure_text::model::Unit::Tablet, "{got:?}");
}

// From b20.

#[test]
fn a_separate_case_does_not_take_the_day_told_before() {
    let got = events(
        "On 14 June 2023 police found 2,000 methamphetamine pills in a car in Lashio.\n\n\
         In a separate case, officers found 5.5 kilos of opium in the luggage of a passenger.",
    );
    assert_eq!(
        dated(&got),
        [(2000.0, Some("2023-06-14".into())), (5.5, None)]
    );
}

#[test]
fn a_year_after_until_is_a_deadline_not_a_date() {
    let got = events(
        "The interior ministry published its plan until 2030. Police seized 6 kg of heroin in \
         Samara on 3 March 2025.",
    );
    assert_eq!(dated(&got), [(6.0, Some("2025-03-03".into()))]);
}

#[test]
fn an_abbreviated_month_with_its_full_stop_is_read() {
    let got = events("Police found 180kg of heroin in a truck near Karachi on Nov. 3, 2019.");
    assert_eq!(dated(&got), [(180.0, Some("2019-11-03".into()))]);
    // A headline list's date is the page's, not the seizure's.
    let got = events(
        "• Weather forecast for world cities -- Aug. 26  • Markets close lower\n\n\
         Police found 12 kg of heroin in a car in Tbilisi.",
    );
    assert_eq!(dated(&got), [(12.0, None)]);
}

#[test]
fn simultaneously_elsewhere_is_another_incident() {
    let got = events(
        "Customs teams began the operation on 19 September 2023 and found 420 kilograms of \
         captagon pills.\n\n\
         Simultaneously, in Izmir, police raids at 30 addresses found 11 kilograms of marijuana.",
    );
    assert_eq!(
        dated(&got),
        [(420.0, Some("2023-09-19".into())), (11.0, None)]
    );
}

#[test]
fn the_year_a_figure_is_compared_with_is_not_its_date() {
    let got = events(
        "In the first half of 2010 police seized 2,100 kilograms of drugs. 90 kilograms of heroin \
         was found (40 kilograms more than the amount seized during the same period in 2009).",
    );
    assert!(
        got.iter()
            .all(|e| e.date.map(|d| d.to_string()) != Some("2009".into())),
        "{got:?}"
    );
}

#[test]
fn a_destruction_told_after_its_period_takes_it() {
    let got = events(
        "С 3 по 9 июля 2021 года сотрудниками милиции уничтожено 640 кг дикорастущей конопли в \
         Чуйской области.",
    );
    assert_eq!(dated(&got), [(640.0, Some("2021-07".into()))]);
}

#[test]
fn sentences_run_together_without_a_space_are_still_two() {
    let got = events(
        "Police in Uzbekistan burned over a ton of drugs on Wednesday.In total, 4,100 drug cases \
         were registered in Uzbekistan in 2018, the statement said.",
    );
    assert_eq!(dated(&got), [(1000.0, None)]);
}

#[test]
fn an_operations_days_with_ordinal_endings_told_after_its_figures_are_its_period() {
    // The lead counts operations and the people and vehicles they caught; the operation's
    // days come two sentences later. (From b25; "20 kg of suspected material" is no suspect.)
    let got = events(
        "Anti-narcotics officers in the province recovered 310.5 kg of drugs and 12 kg of \
         suspected material in 7 operations, arrested 5 accused persons and impounded 3 \
         vehicles.\n\
         A handout said the drugs comprised 300 kg hashish and 10.5 kg heroin.\n\
         The operation went on from 3rd March till 19th March 2024, the handout said.",
    );
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::PeriodTotal, 300.0, Some("2024-03".into())),
            (Kind::PeriodTotal, 10.5, Some("2024-03".into()))
        ]
    );
}

#[test]
fn the_same_period_last_year_is_what_figures_are_compared_with() {
    // (From b13.) The aside says what the brackets hold; the year in force stays 2016.
    let got = events(
        "In 2016 the police revealed 6,646 crimes (hereinafter in parentheses are data for the \
         same period last year – 6,648). From illegal circulation 107.76 kg of heroin were \
         seized.",
    );
    assert_eq!(dated(&got), [(107.76, Some("2016".into()))]);
}

#[test]
fn months_of_this_year_take_the_year_the_lead_states() {
    // (From b27.) «текущего года» after a range of months is the year the lead names.
    let got = events(
        "Таможенники в течение первых четырех месяцев 2021 года предотвратили 344 попытки \
         контрабанды.\n\
         С января по апрель текущего года через границу пытались провезти 1035 кг героина.",
    );
    assert_eq!(dated(&got), [(1035.0, Some("2021".into()))]);
}

#[test]
fn a_destruction_over_months_of_this_year_takes_the_operations_year() {
    // (From b27.) The operation's name states the year; the burning was over its months.
    let got = events(
        "Under the operation \"Khash-Khash 2021\", 13980 kg of hemp bushes were destroyed in \
         April-October of this year in the border area.",
    );
    assert_eq!(dated(&got), [(13980.0, Some("2021".into()))]);
    let got = events(
        "Сотрудники полиции провели операцию под кодовым названием «Хашхаш-2016». Около села \
         были обнаружены и уничтожены 2 тонны 435 кг дикорастущей конопли.",
    );
    assert_eq!(dated(&got), [(2435.0, Some("2016".into()))]);
}

#[test]
fn a_month_without_its_year_takes_the_year_the_text_states() {
    // (From b11.) No dateline; the lead names the quarter's year.
    let got = events(
        "Officers arrested 3,359 persons in the first quarter of 2022.\n\
         In February, the agency's seizures included Codeine -1,848.052kg; Tramadol -540.354kg.",
    );
    let got: Vec<_> = got
        .iter()
        .map(|e| (e.amount, e.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        got,
        [
            (1848.052, Some("2022-02".into())),
            (540.354, Some("2022-02".into()))
        ]
    );
}

#[test]
fn a_day_told_many_sentences_before_is_another_items() {
    // A digest: the first find's day does not date a find told five sentences later.
    let got = events(
        "On 12 March 2024, border guards seized 20 kg of heroin at the checkpoint.\n\
         The driver was detained.\n\
         He is a resident of the capital.\n\
         A criminal case was opened.\n\
         The investigation continues.\n\
         Police found 3 kg of hashish in a garage.",
    );
    assert_eq!(
        dated(&got),
        [(20.0, Some("2024-03-12".into())), (3.0, None)]
    );
}

#[test]
fn a_range_of_years_is_a_period_with_no_one_year() {
    // (From b29.) The figure's own range outranks the year the operation began in.
    let got = events(
        "The joint operation has run every year since 2004.\n\n\
         From 2016 to 2018 the partners withdrew from circulation 31 tons of opium.\n",
    );
    assert_eq!(kinds_dated(&got), [(Kind::PeriodTotal, 31_000.0, None)]);
    let got = events("С 2016 по 2018 год пограничники изъяли 4 тонны гашиша.");
    assert_eq!(kinds_dated(&got), [(Kind::PeriodTotal, 4_000.0, None)]);
    let got = events("Between 2016 and 2018 the agency seized 9 tons of heroin.");
    assert_eq!(kinds_dated(&got), [(Kind::PeriodTotal, 9_000.0, None)]);
}

#[test]
fn since_the_start_of_the_year_takes_the_year_a_sentence_just_before_writes() {
    // (From b30.) The year is written a paragraph before; the bulletin's date agrees.
    let text = "Пограничники подвели итоги.\n\n\
                «С начала 2023 года выявлено более 20 фактов перевозки наркотиков», — сообщили \
                в ведомстве.\n\n\
                По данным министерства, с начала года изъято 9,1 тонны наркотиков.\n";
    let got = events_published(text, "2023-09-11");
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 9_100.0, Some("2023".into()))]
    );
}

#[test]
fn the_day_a_statement_was_made_is_not_the_seizures() {
    let got = events(
        "The border service said on its website on May 17, 2021 that guards had stopped 18.35 kg of \
         drugs at the frontier.",
    );
    assert_eq!(dated(&got), [(18.35, None)]);
    let got = events(
        "On March 3, 2021 the Interior Ministry said that customs officers found 400 grams of heroin \
         in a car.",
    );
    assert_eq!(dated(&got), [(0.4, None)]);
    // Reporting the seizure itself that day dates it; so does a seizure verb before the speech.
    let got = events("On October 2, 2021, the police reported the seizure of 900 kg of cocaine.");
    assert_eq!(dated(&got), [(900.0, Some("2021-10-02".into()))]);
    let got = events("In Edo, he said, officers on June 14, 2023 seized 102 kg of cannabis.");
    assert_eq!(dated(&got), [(102.0, Some("2023-06-14".into()))]);
}

#[test]
fn of_two_periods_in_one_sentence_a_figure_takes_the_nearest_before_it() {
    let got = events(
        "Если с августа по декабрь прошлого 2019 года было изъято 12 тыс 300 капсул трамадола, то \
         с января по май 2020 года изъяли уже 95 тыс 410 капсул.",
    );
    let years: Vec<Option<String>> = got.iter().map(|e| e.date.map(|d| d.to_string())).collect();
    assert_eq!(years, [Some("2019".into()), Some("2020".into())]);
    // A relative word right after a period is part of it.
    let got = events_published(
        "In total, from August 1 to September 1 this year, 7 kg of opium and 180 kg of \
         marijuana were seized.",
        "2021-09-03",
    );
    assert_eq!(
        got.iter()
            .map(|e| e.date.map(|d| d.to_string()))
            .collect::<Vec<_>>(),
        [Some("2021-08".into()), Some("2021-08".into())]
    );
}

#[test]
fn days_of_a_month_with_no_year_take_the_year_an_operations_name_gives() {
    let got = events(
        "В ходе операции «Канал-2008» за неделю с 12 по 19 ноября изъято 40 кг героина и более \
         3 кг марихуаны.",
    );
    let years: Vec<Option<String>> = got.iter().map(|e| e.date.map(|d| d.to_string())).collect();
    assert_eq!(years, [Some("2008-11".into()), Some("2008-11".into())]);
}

#[test]
fn last_year_is_the_year_the_text_writes_for_it_elsewhere() {
    let got = events_published(
        "Customs intercepted a total of 31,200 kilograms of cocaine in the port last year. Most \
         of it came from South America. Ecuador was the main source. Panama came second. The \
         port is the largest in Europe. Scanners were added in the spring. The largest single \
         find of 2022 was 2,100 kilograms hidden in bananas.",
        "2023-01-12",
    );
    assert_eq!(got[0].date.map(|d| d.to_string()), Some("2022".into()));
}

#[test]
fn since_the_start_of_the_bulletins_own_month_is_that_month() {
    let got = events_published(
        "Police have conducted 30 operations since the beginning of March. In total, 157 kg of \
         drugs were seized.",
        "2024-03-27",
    );
    assert_eq!(got[0].date.map(|d| d.to_string()), Some("2024-03".into()));
}

#[test]
fn a_single_find_takes_an_operations_period_only_from_a_named_operation() {
    let got = events(
        "Coast Guards seized a big haul of hashish in Balochistan, a spokesman said.\n\nIn one \
         operation the Coast Guards recovered a 1500 kilograms consignment of hashish from \
         Pasni.\n\nEarlier, in May the Coast Guards had recovered drugs in a number of raids.\n\n\
         In April 2019, the Coast Guards raiding the Jiwani area seized 300 kilogrammes of \
         hashish.",
    );
    assert_eq!(dated(&got)[0], (1500.0, None));
}

#[test]
fn a_year_right_after_a_figure_is_its_own() {
    let got =
        events("Cocaine seizures were 410 tonnes in 2021 and 380 tonnes in 2020, police said.");
    let years: Vec<Option<String>> = got.iter().map(|e| e.date.map(|d| d.to_string())).collect();
    assert_eq!(years, [Some("2021".into()), Some("2020".into())]);
}

#[test]
fn the_same_day_carries_the_day_told_before() {
    let ev = events(
        "On 3 May 2019, officers in Osh arrested a man with 2 kilograms of heroin.\n\
         He was taken to the station. He carried no papers. His car was searched.\n\
         On the same day, police in Jalal-Abad stopped a van. The driver was arrested.\n\
         Inside, the officers found two sacks with 40 kilograms of hashish.",
    );
    let hashish = ev.iter().find(|e| e.amount == 40.0).expect("the hashish");
    assert_eq!(
        hashish.date.map(|d| d.to_string()).as_deref(),
        Some("2019-05-03")
    );
}

#[test]
fn a_period_compared_with_is_not_the_articles_own() {
    let ev = events(
        "DUSHANBE, Asia-Plus — Border troops have seized more than 1,360 kilograms of drugs \
         over the first six months of this year.\n\
         That is four times as much compared to the same period of the last year: \
         \"about 320 kilograms of drugs were seized in January-June 2005\", the officer said.\n\
         The first half of 2006 saw 15 operations by the troops.",
    );
    let first = ev
        .iter()
        .find(|e| e.amount == 1360.0)
        .expect("the half-year total");
    assert_eq!(first.date.map(|d| d.to_string()).as_deref(), Some("2006"));
}

#[test]
fn from_the_beginning_of_the_year_is_a_period() {
    let ev = events(
        "From the beginning of the year, customs officers at the airport discovered 23 \
         shipments holding a total of nearly 40 kg of marijuana.",
    );
    assert_eq!(ev[0].kind, Kind::PeriodTotal);
}

#[test]
fn since_a_past_year_is_several_years() {
    let ev = events(
        "«С 2010 года в ходе совместных операций были уничтожены свыше 24 тонн опиатов», — \
         отметил он.",
    );
    assert_eq!(ev[0].date, None, "{ev:?}");
}

#[test]
fn in_seven_years_is_a_period() {
    let ev = events(
        "Law enforcement structures have seized over 234 tonnes of drugs from illegal \
         circulation in seven years, the minister said.",
    );
    assert_eq!(ev[0].kind, Kind::PeriodTotal);
}

#[test]
fn this_year_with_no_bulletin_date_takes_the_one_year_the_text_writes() {
    let ev = events(
        "На наркоситуацию больше всего влияет транзит героина.\n\
         Об этом сообщил министр внутренних дел на отчетной встрече с населением.\n\
         С начала года полицейскими выявлено 1618 наркопреступлений. Изъято 1,6 тонны \
         наркотиков, в т.ч. свыше 61 кг героина.\n\
         Основные усилия направлены на разоблачение организованных групп. В 2016 году \
         ликвидирована деятельность 4 организованных преступных групп.",
    );
    assert!(
        ev.iter()
            .all(|e| e.date.map(|d| d.to_string()).as_deref() == Some("2016")),
        "{ev:?}"
    );
}

#[test]
fn a_comma_between_a_month_and_its_year() {
    // A machine-translated wire item: "Month - Month, year" heads it, "in Month, year" too.
    let ev = events(
        "From January - August, 2003 the frontier guards have detained 2 t 140 kg of heroin.\n\
         In March, 2005 customs officers found 12 kg of hashish in a lorry.",
    );
    assert_eq!(
        kinds_dated(&ev),
        [
            (Kind::PeriodTotal, 2140.0, Some("2003".into())),
            (Kind::Seizure, 12.0, Some("2005-03".into())),
        ]
    );
}

#[test]
fn the_day_a_press_release_said_it_ends_no_reporting_period() {
    // The operation's days, then the day the release came out: the figures are the
    // operation's, over its period.
    let ev = events(
        "DUSHANBE, March 12, 2012 -- A regional anti-drug operation, dubbed Kanal-2012, was \
         held from March 3 to March 10, a press release issued by the secretariat on March 11 \
         said.\n\n\
         The operation resulted in the seizure of some 7,000 kilograms of narcotics.",
    );
    assert_eq!(
        kinds_dated(&ev),
        [(Kind::PeriodTotal, 7000.0, Some("2012-03".into()))]
    );
}

#[test]
fn figures_given_respectively_for_two_months_are_each_months_lot() {
    let got = events(
        "June 4, 2024. Customs ran two operations in February and March, seizing 640 kg and \
         310 kg of cocaine, respectively.",
    );
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::Seizure, 640.0, Some("2024-02".into())),
            (Kind::Seizure, 310.0, Some("2024-03".into()))
        ]
    );
}

#[test]
fn what_was_seized_in_late_one_month_and_early_the_next_is_their_total() {
    let got = events(
        " date 2022-03-08 By a staff writer\n\nThree border detachments have seized over 15 kg \
         of drugs in operations in late January and early February, the service said.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 15.0, Some("2022".into()))]
    );
}

#[test]
fn a_comparison_years_figure_told_with_it_is_of_that_year() {
    let got = events(
        "По итогам 2015 года таможней изъято 210 кг наркотических средств (для сравнения, в \
         2014 году эта цифра составила 64 кг).",
    );
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::PeriodTotal, 210.0, Some("2015".into())),
            (Kind::PeriodTotal, 64.0, Some("2014".into()))
        ]
    );
}

#[test]
fn the_hyphenated_year_of_a_report_dates_its_totals() {
    let got = events(
        "The year-2019 has witnessed 900 cases of drug trafficking.\n\nThe sources said the \
         force also seized 2150.5 kg Opium and 310.25 kg Heroin during the period.",
    );
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::PeriodTotal, 2150.5, Some("2019".into())),
            (Kind::PeriodTotal, 310.25, Some("2019".into()))
        ]
    );
}

#[test]
fn in_may_with_its_capital_is_the_month() {
    let got = events_published(
        "Customs officers in Odesa found 60 kilograms of cocaine in a container. In May, the \
         security service seized 53 kg of cocaine in a port warehouse.",
        "2020-08-03",
    );
    assert_eq!(
        got[1].date.map(|d| d.to_string()),
        Some("2020-05".to_string())
    );
    // The modal verb is no month.
    let got = events_published(
        "Officers may have seized 12 kg of heroin in Osh, police said.",
        "2020-08-03",
    );
    assert_eq!(got[0].date, None);
}

#[test]
fn a_year_beginning_on_a_day_is_a_period_from_it() {
    let got = events(
        "TEHRAN - More than 40 tons of narcotics have been seized by Fars police since the \
         beginning of the current Iranian year (beginning on March 21, 2019), the commander said.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 40_000.0, Some("2019".to_string()))]
    );
}

#[test]
fn a_sentence_opening_with_the_same_period_of_a_year_is_that_years() {
    // Its figure is of the year it names; the figures before keep theirs.
    let got = events(
        "За 9 месяцев текущего года пограничники задержали 950 кг наркотических веществ. За \
         аналогичный период 2005 года пограничники изъяли всего 420 кг наркотических веществ.",
    );
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::PeriodTotal, 950.0, None),
            (Kind::PeriodTotal, 420.0, Some("2005".to_string()))
        ]
    );
    // Compared with the same period of a year, the year is not the figure's.
    let got = events(
        "В 2006 году изъято 950 кг наркотиков, больше, чем за аналогичный период 2005 года.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 950.0, Some("2006".to_string()))]
    );
}

#[test]
fn the_first_half_of_a_month_is_that_month() {
    let got = events_published(
        "В первой половине августа милиционеры уничтожили более 9 тысяч килограммов конопли.",
        "2021-08-30",
    );
    assert_eq!(
        got[0].date.map(|d| d.to_string()),
        Some("2021-08".to_string())
    );
}

#[test]
fn months_with_no_year_take_the_year_in_the_operations_name() {
    let got = events(
        "The border service said that during the joint Frontier 2018 exercise during April and \
         May units detained 150 migrants.\n\n\
         \"More than 210 kilograms of narcotics were seized,\" the press service said.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 210.0, Some("2018".to_string()))]
    );
}

#[test]
fn a_night_from_one_day_to_the_next_is_the_first_day() {
    let text = "В ночь с 14 на 15 марта 2012 года наркополицейские задержали грузовик, в котором \
        везли 40 кг героина.";
    assert_eq!(
        dated(&events(text)),
        vec![(40.0, Some("2012-03-14".into()))]
    );
}

#[test]
fn a_persons_year_with_no_preposition_is_their_birth_year() {
    let text = "При досмотре гражданина Узбекистана 1979 года был изъят героин весом более 2 \
        килограммов.";
    assert_eq!(dated(&events(text)), vec![(2.0, None)]);
}
