//! Unit tests of `find_dates`: each date form the text may use, with and without a reference
//! date (split from `dates.rs`, whose rules they pin).

use super::*;

fn dates(s: &str, reference: Option<NaiveDate>) -> Vec<(Option<String>, bool)> {
    let mut t = Tokens::default();
    t.read(s, 0, s.len());
    find_dates(&t, reference)
        .into_iter()
        .map(|m| (m.date.map(|d| d.to_string()), m.period))
        .collect()
}

fn r() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2025, 9, 30)
}

#[test]
fn unpadded_days_and_months_and_a_night_of_two_days() {
    assert_eq!(
        dates("on 26.5.2021", r()),
        [(Some("2021-05-26".into()), false)]
    );
    assert_eq!(
        dates("on the night of (25/26.5.2021)", r()),
        [(Some("2021-05-25".into()), false)]
    );
}

#[test]
fn a_year_that_straddles_two_is_named_by_the_year_it_starts_in() {
    assert_eq!(
        dates("за прошедший иранский год (март 2005 - март 2006)", r()),
        [(Some("2005".into()), true)]
    );
    assert_eq!(
        dates(
            "the current Iranian year (March 21, 2019 – January 20, 2020)",
            r()
        ),
        [(None, true), (Some("2019".into()), true)]
    );
    assert_eq!(
        dates("from 1 January 2021 to 30 June 2021", r()),
        [(Some("2021".into()), true)]
    );
}

#[test]
fn a_fiscal_year_half_in_each_of_two_names_neither() {
    assert_eq!(
        dates("за финансовый год (1 июля 2014 - 30 июня 2015)", r()),
        [(None, true)]
    );
    assert_eq!(dates("seized in 2014-15", r()), [(None, true)]);
    assert_eq!(dates("in the fiscal 2018-19.", r()), [(None, true)]);
    assert_eq!(dates("in 2014-2015", r()), [(None, true)]);
    assert_eq!(dates("between 2015 and October 2020", r()), [(None, true)]);
    assert_eq!(dates("from July 2013 to May 2014", r()), [(None, true)]);
}

#[test]
fn the_first_of_a_month_to_the_first_of_the_next_is_that_month() {
    assert_eq!(
        dates("from August 1 to September 1", r()),
        [(Some("2025-08".into()), true)]
    );
    assert_eq!(
        dates("from August 23 to September 6", r()),
        [(Some("2025".into()), true)]
    );
}

#[test]
fn a_day_with_commas_around_its_month() {
    assert_eq!(
        dates("seized 500 kilos on 17, Feb, 2014 in Greshk", r()),
        [(Some("2014-02-17".into()), false)]
    );
}

#[test]
fn english_and_russian_days() {
    assert_eq!(
        dates("destroyed on 12 August.", r()),
        [(Some("2025-08-12".into()), false)]
    );
    assert_eq!(
        dates("12 августа 2024 года", r()),
        [(Some("2024-08-12".into()), false)]
    );
    assert_eq!(
        dates("on August 12, 2023", r()),
        [(Some("2023-08-12".into()), false)]
    );
    assert_eq!(
        dates("08.07.2019 13:21", None),
        [(Some("2019-07-08".into()), false)]
    );
}

#[test]
fn periods() {
    assert_eq!(
        dates("from 22 to 26 September", r()),
        [(Some("2025-09".into()), true)]
    );
    assert_eq!(
        dates("с 22 по 26 сентября", r()),
        [(Some("2025-09".into()), true)]
    );
    assert_eq!(
        dates("1-30.09.2025", None),
        [(Some("2025-09".into()), true)]
    );
    assert_eq!(
        dates("in 2024, Russia", None),
        [(Some("2024".into()), true)]
    );
    assert_eq!(dates("за 2024 год", None), [(Some("2024".into()), true)]);
    assert_eq!(dates("за сентябрь", r()), [(Some("2025-09".into()), true)]);
    // «В сентябре» tells when something happened.
    assert_eq!(dates("в сентябре", r()), [(Some("2025-09".into()), false)]);
    assert_eq!(
        dates("since the beginning of the year", r()),
        [(None, true)]
    );
    assert_eq!(
        dates("since August 23 to September 6, 2019", r()),
        [(Some("2019".into()), true)]
    );
    assert_eq!(
        dates("since January 1, 2018, the ministry has seized", r()),
        [(Some("2018".into()), true)]
    );
    assert_eq!(
        dates("starting from January 1, 2019, officers have seized", r()),
        [(Some("2019".into()), true)]
    );
    assert_eq!(
        dates("police seized (starting March 21, 2019)", r()),
        [(Some("2019".into()), true)]
    );
    assert_eq!(
        dates("from 1 March 2021 the unit has taken", r()),
        [(Some("2021".into()), true)]
    );
    // A "from" with its end is a range, read as such elsewhere: not a period up to now.
    assert_ne!(
        dates("from 1 March 2021 to 5 March 2021", r()).first(),
        Some(&(Some("2021".into()), true))
    );
    assert_eq!(
        dates("с 1 января 2025 года изъято", r()),
        [(Some("2025".into()), true)]
    );
    assert_eq!(
        dates("operations since early 2024, the NSC said", r()),
        [(Some("2024".into()), true)]
    );
}

#[test]
fn december_in_a_january_bulletin_is_last_year() {
    let jan = NaiveDate::from_ymd_opt(2026, 1, 31);
    assert_eq!(
        dates("on 28 December", jan),
        [(Some("2025-12-28".into()), false)]
    );
}

#[test]
fn relative_words_resolve_but_are_not_labels() {
    let mut t = Tokens::default();
    let s = "вчера и в прошлом году";
    t.read(s, 0, s.len());
    let m = find_dates(&t, r());
    assert!(m.iter().all(|d| d.relative && d.date.is_none()));
    assert_eq!(m[0].resolved, Some(EventDate::day(2025, 9, 29)));
    assert_eq!(m[1].resolved, Some(EventDate::year(2024)));
}

#[test]
fn not_dates() {
    // «до июля 2005 года», "until July 2005": a deadline.
    assert_eq!(dates("что до июля 2005 года наши пограничники", r()), []);
    assert!(
        dates("program for 2025-2030 approved", None)
            .iter()
            .all(|d| d.0.is_none())
    );
    assert!(dates("you may go", r()).is_empty());
}

#[test]
fn for_some_years_is_a_period_unless_a_prison_term() {
    // (From b39, in the project's words.)
    assert_eq!(
        dates("seized 12 tons of drugs for three years", r()),
        [(None, true)]
    );
    assert_eq!(dates("over 18 months officers seized", r()), [(None, true)]);
    // ("over 18 months" was read before, by its "months"; "over three years" only now.)
    assert_eq!(
        dates("over three years officers seized", r()),
        [(None, true)]
    );
    assert!(dates("the courier was jailed for 10 years", r()).is_empty());
}

#[test]
fn an_english_day_with_a_comma_before_its_year() {
    assert_eq!(
        dates("was made by him on 25th May, 2021", r()),
        [(Some("2021-05-25".into()), false)]
    );
}
