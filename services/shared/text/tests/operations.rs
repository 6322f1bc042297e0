//! Own-words tests of what dates and governs the figures of named operations, ceremonies and
//! reporting periods told before them (learned from b55): the year in a ceremony's or an
//! operation's name, "in year 2016", and a statement's "days ago" that is no incident.

mod common;
use common::{events, kinds_dated};
use seizure_text::model::Kind;

#[test]
fn a_burning_ceremony_named_with_its_year_dates_what_it_burnt() {
    let text = "Friday 4 November 2016\n\n\
        Drugs worth millions set on fire outside Quetta\n\n\
        The provincial force held its Drug Burning Ceremony 2016 on the city's eastern edge.\n\n\
        At the end of the ceremony 120 tons of narcotics were burnt, among them 20 tons of \
        heroin and 100 tons of hashish.";
    let got = kinds_dated(&events(text));
    assert_eq!(
        got,
        vec![
            (Kind::Destruction, 20_000.0, Some("2016".into())),
            (Kind::Destruction, 100_000.0, Some("2016".into())),
        ]
    );
}

#[test]
fn in_year_with_no_article_is_a_reporting_year() {
    let text = "The commander told the guests that in year 2015 his unit registered 61 cases, \
        detained 40 people and seized 190 tons of narcotics.";
    assert_eq!(
        kinds_dated(&events(text)),
        vec![(Kind::PeriodTotal, 190_000.0, Some("2015".into()))]
    );
}

#[test]
fn days_ago_that_dates_a_statement_of_a_period_is_no_incident() {
    let text = "Some days ago, ministry officials visiting Herat said that in the past year \
        they carried out 2,900 operations in which 3,100 suspects were detained. \
        The officials added that they confiscated 310 tons of assorted drugs.";
    let got = kinds_dated(&events(text));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, Kind::PeriodTotal);
    // ("Two years ago, guards stopped a lorry with 11 kilograms": still one find.)
    let single = "Two years ago, guards stopped a lorry with 11 kilograms of opium.";
    assert_eq!(kinds_dated(&events(single))[0].0, Kind::Seizure);
}

#[test]
fn a_span_counted_back_in_an_operation_takes_the_year_of_its_name() {
    let text = "В Курганской области подвели итоги операции «Мак-2011».\n\n\
        Полицейские завершили операцию «Мак-2011». В течение недели выявлено 40 преступлений. \
        За несколько дней изъято около 9,5 килограмма наркотиков. Из них – более двух \
        килограммов маковой соломы, около семи килограммов марихуаны.";
    let got = kinds_dated(&events(text));
    assert_eq!(
        got,
        vec![
            (Kind::PeriodTotal, 9.5, Some("2011".into())),
            (Kind::PeriodTotal, 2.0, Some("2011".into())),
            (Kind::PeriodTotal, 7.0, Some("2011".into())),
        ]
    );
}

#[test]
fn a_month_told_without_its_year_in_a_named_operation_is_of_the_operation_year() {
    let text = "Более двадцати килограммов прекурсоров изъяли наркополицейские Удмуртии в ходе \
        первого этапа операции \"Канал-2012\".\n\
        Всего в рамках операции \"Канал\", проходившей с 10 по 17 октября, выявлено 30 \
        преступлений.";
    assert_eq!(
        kinds_dated(&events(text)),
        vec![(Kind::PeriodTotal, 20.0, Some("2012-10".into()))]
    );
}

#[test]
fn a_destruction_over_the_reporting_period_takes_the_articles_period() {
    let text = "Results of January–October 2023\n\n\
        The commission reported its results for January–October 2023. During the reporting \
        period, 1,250,000 wild cannabis plants were destroyed across the country.";
    assert_eq!(
        kinds_dated(&events(text)),
        vec![(Kind::Destruction, 1_250_000.0, Some("2023".into()))]
    );
}
