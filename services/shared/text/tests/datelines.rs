//! One small text per rule on a page's own dates, learned from the real-text batches
//! (`corpus/real/`), in the project's own words: datelines, stamps and clocks, which date the
//! bulletin and not what it reports. Split from `dates.rs` (when a figure happened).

mod common;
use common::{dated, events, kinds_dated};
use seizure_text::model::{Kind, Qualifier};
use seizure_text::{Context, extract};

#[test]
fn a_dateline_is_judged_by_its_place_in_its_own_line() {
    // The page's address, its title, a stamp and the dateline run into one sentence.
    let got = events(
        "https://example.org/news/20251209/burning\n\
         Полиция сообщила об уничтожении почти тонны наркотиков\n\
         09.12.2025\n\
         ТБИЛИСИ, 9 дек — Агентство. Сотрудники полиции уничтожили 926 килограммов наркотиков.",
    );
    assert_eq!(dated(&got), [(926.0, None)]);
}

#[test]
fn an_agency_between_slashes_closes_a_dateline() {
    let got = events(
        " date 2020-05-21 MOSCOW, May 21. /TASS/. The security service said that over 48kg \
         of heroin was seized from a gang of couriers in the Moscow Region.",
    );
    assert_eq!(dated(&got), [(48.0, None)]);
}

#[test]
fn a_machine_time_stamp_is_neither_a_tonne_nor_a_day() {
    let got = events(
        "Таможенники задержали банду контрабандистов гашиша\n\
         2025-11-21T13:12:00+03:00\n\
         МИНСК, 21 ноя – Агентство. Таможенники задержали банду, пытавшуюся провезти \
         136 килограммов гашиша из Польши.",
    );
    assert_eq!(dated(&got), [(136.0, None)]);
}

#[test]
fn stamps_alone_on_their_line_or_after_posted_date_nothing() {
    let got = events(
        "Posted 2 августа 2012, 07:40\n\n\
         Пограничники изъяли более 101 кг марихуаны у жителя Шурабада.\n\n\
         Другие новости\n\
         • 24 Сентября 2004\n\
         Кроме того, в ауле Аккыр у жителя было обнаружено 5232 куста конопли.",
    );
    assert_eq!(dated(&got), [(101.0, None), (5232.0, None)]);
}

#[test]
fn a_date_with_a_clock_opening_its_line_is_a_stamp() {
    let got = events(
        "Пограничники нашли посев конопли\n\
         5 сентября 2014, 18:40 [«Вестник», Иван Петров]\n\
         2 сентября пограничники в Гродненском районе обнаружили посев конопли массой около 300 кг.",
    );
    assert_eq!(dated(&got), [(300.0, Some("2014-09-02".into()))]);
}

#[test]
fn a_dateline_between_slashes_dates_a_month_told_from_the_first_to_the_first() {
    let got = events(
        "Baku/09.09.21/Turan: In total, from August 1 to September 1 this year, 7 kg of opium \
         and 180 kg of marijuana were seized by police in Azerbaijan.",
    );
    assert_eq!(
        dated(&got),
        [
            (7.0, Some("2021-08".into())),
            (180.0, Some("2021-08".into()))
        ]
    );
}

#[test]
fn a_reporting_year_before_a_dashed_list_is_no_dateline() {
    // (From b25.) A dateline's dash follows a day; a year's period before "drug - figure"
    // items is the figures' period.
    let got = events("За 9 месяцев 2019 года выявлено: героина - 1,25 кг, каннабиса - 40,5 кг.");
    assert_eq!(
        kinds_dated(&got),
        [
            (Kind::PeriodTotal, 1.25, Some("2019".into())),
            (Kind::PeriodTotal, 40.5, Some("2019".into()))
        ]
    );
}

#[test]
fn up_to_a_month_is_that_years_period_and_an_outlets_address_ends_a_dateline() {
    // (From b31.)
    let got =
        events("The agency's operations up to June 2016 helped it seize 49.12 tons of narcotics.");
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 49_120.0, Some("2016".into()))]
    );
    let got = events(
        "Душанбе, 9 января, example.tj — Пограничниками в 2017 году из незаконного оборота \
         изъято 1 тыс. 740,3 килограмм наркотиков.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::PeriodTotal, 1740.3, Some("2017".into()))]
    );
}

#[test]
fn a_release_dateline_may_give_the_place_after_the_date() {
    let got = events(
        "14 March 2021, Bishkek, Kyrgyzstan - Customs officers seized 6 kg of hashish from a \
         courier.",
    );
    assert_eq!(dated(&got), [(6.0, None)]);
}

#[test]
fn a_clock_before_a_date_in_figures_is_a_stamp() {
    let got = events(
        "Шерабад. Задержан курьер... 41 кг гашиша 10:25 14.05.2007\nКак сообщили в пресс-службе, \
         в одном из домов обнаружено около 41 килограмма гашиша.",
    );
    assert_eq!(dated(&got), [(41.0, None)]);
    // The title's bare figure run into the lead goes; the lead's "около" tells the lot.
    assert_eq!(got[0].qualifier, Qualifier::Approx);
}

#[test]
fn months_with_no_year_take_none_from_the_page_stamp() {
    let ev = extract(
        "Last Updated: Friday, 27 May 2016, 08:49 GMT\n\n\
         Between January and September, the security forces seized 5.5 tons of narcotics.",
        &Context::default(),
    )
    .events;
    assert_eq!(ev[0].kind, Kind::PeriodTotal);
    assert_eq!(ev[0].date, None, "{ev:?}");
}

#[test]
fn a_stamp_with_commas_around_its_day_dates_the_days_the_text_names() {
    // "Mar, 09, 2021" at the top: the year of "This Tuesday, March 9"; the precise weight
    // told later keeps the day the loose statement told.
    let got = events(
        "Feb, 16, 2021 Posted by a harbour reporter\n\n\
         This Tuesday, February 16, four men were held and more than a ton of cocaine was \
         seized at the container terminal.\n\n\
         In the container, officers found 40 sacks, totaling 1,046 kg of cocaine.",
    );
    assert_eq!(
        kinds_dated(&got),
        [(Kind::Seizure, 1046.0, Some("2021-02-16".into()))]
    );
}

#[test]
fn a_month_told_in_the_bodys_prose_dates_no_day_without_a_year() {
    // The day has no year; the only month with a year comes deep in the body, about something
    // else, and gives it none. The same month as a stamp on its own line does.
    let body = "On March 9, customs officers in Dushanbe burned 310 kilograms of seized heroin, \
                the agency said in a statement read out to reporters at the site of the fire. \
                Officials told the gathering that the drugs had been taken from couriers on the \
                roads from the southern border over several months, and that the ashes would be \
                buried. The country, which shares a long mountain border with its neighbour to \
                the south, has been a transit route for many years, observers say; in May 2011 \
                it joined a regional programme of the United Nations against trafficking.";
    assert_eq!(dated(&events(body)), [(310.0, None)]);
    let stamped = format!("Asia News, March 2014\n{body}");
    assert_eq!(
        dated(&events(&stamped)),
        [(310.0, Some("2014-03-09".to_string()))]
    );
}

#[test]
fn a_day_after_an_opening_adverb_that_a_statement_follows_is_when_it_was_said() {
    let text = "Earlier on March 3, 2021, a district police spokesman said that officers found 42 kg \
        of hashish in the boot of a car near the provincial border.";
    assert_eq!(dated(&events(text)), vec![(42.0, None)]);
}

#[test]
fn the_day_a_report_was_published_is_no_day_of_its_figures() {
    let text = "According to a report published by the ministry on May 4, 2019, in the past three \
        years police seized 9.2 tons of narcotics.";
    assert_eq!(
        kinds_dated(&events(text)),
        vec![(Kind::PeriodTotal, 9200.0, None)]
    );
}

#[test]
fn a_page_clock_and_weekday_before_todays_date_are_the_pages() {
    let text = "16+\nИнформационное агентство «Север» Новости Мурманска и Мурманской области\n\
        17:12 Суббота 21 марта 2026\n\n\
        900 кг гашиша прятали в грузовике\n\n\
        14:36 – 12 ноября 2016\n\n\
        Совместно с коллегами сотрудники таможни пресекли деятельность группировки\n\n\
        РОССИЯ/12 ноября – Почти 900 килограммов гашиша таможенники обнаружили в тайнике \
        грузовика.";
    let got = events(text);
    assert_eq!(got.len(), 1);
    assert_ne!(
        got[0].date.map(|d| d.to_string()),
        Some("2026-03-21".into())
    );
}
