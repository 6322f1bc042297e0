//! Dates that open with the day: "12 August 2025", «12 августа 2025 года», "14th July 2015",
//! ranges of days "from 22 to 26 September", «с 22 по 26 сентября», a night «с 25 на 26 июля»,
//! and two whole dates that make a period "(21 March 2019 – 20 January 2020)". Split from
//! `dates.rs`, which tries each form in turn.

use chrono::{Datelike, NaiveDate};

use crate::fold::Tokens;
use crate::model::EventDate;

use super::{
    DateMention, RANGE_WORDS, infer_year, last_year_after, mention, month_of, of_last_year,
    small_int, span_named, this_year_after, year_at,
};

/// A date that opens with the day `d1` at token `i`.
pub(super) fn day_first_at(
    toks: &Tokens,
    i: usize,
    d1: u32,
    reference: Option<NaiveDate>,
) -> Option<DateMention> {
    // «в ночь с 25 на 26 июля 2010 года»: a night is its first day's (as "25/26.5.2021").
    if toks.is(i.wrapping_sub(1), &["с"])
        && toks.is(i + 1, &["на"])
        && small_int(toks, i + 2, 31) == Some(d1 + 1)
        && let Some(m) = month_of(toks.text(i + 3))
    {
        let (y, end) = match year_at(toks, i + 4) {
            Some(y) => (Some(y), i + 5),
            None => (infer_year(m, d1, reference), i + 4),
        };
        let date = y.filter(|y| NaiveDate::from_ymd_opt(*y, m, d1).is_some());
        // (From its «с», which would otherwise open a period up to now.)
        return Some(mention(
            i - 1,
            end,
            date.map(|y| EventDate::day(y, m, d1)),
            false,
        ));
    }
    // A range: "1-30.09.2025", "from 22 to 26 September", "с 22 по 26 сентября".
    if toks.is(i + 1, RANGE_WORDS) {
        let t2 = toks.text(i + 2);
        if toks.is_num(i + 2) && t2.len() == 10 && t2.as_bytes()[2] == b'.' {
            let m: u32 = t2[3..5].parse().ok()?;
            let y: i32 = t2[6..10].parse().ok()?;
            return Some(mention(i, i + 3, Some(EventDate::month(y, m)), true));
        }
        if let (Some(_d2), Some(m)) = (small_int(toks, i + 2, 31), month_of(toks.text(i + 3))) {
            let (y, end) = match year_at(toks, i + 4) {
                Some(y) => (Some(y), i + 5),
                None => (infer_year(m, d1, reference), i + 4),
            };
            // (With no year to be had, the month still, for the year the text states:
            // «с 24 по 31 октября» in an article on «Канал-2005».)
            return Some(DateMention {
                month_without_year: y.is_none().then_some(m),
                ..mention(i, end, y.map(|y| EventDate::month(y, m)), true)
            });
        }
    }
    // "from 1 May to 30 June [2024]": days of different months are a period of months,
    // a year's period by the labelling convention.
    if let Some(m) = month_of(toks.text(i + 1))
        && toks.is(i + 2, RANGE_WORDS)
        && small_int(toks, i + 3, 31).is_some()
        && month_of(toks.text(i + 4)).is_some_and(|m2| m2 != m)
    {
        let (y, end) = match year_at(toks, i + 5) {
            Some(y) => (Some(y), i + 6),
            None => (infer_year(m, 1, reference), i + 5),
        };
        return Some(mention(i, end, y.map(EventDate::year), true));
    }
    // "12 August [2025]", "12 августа 2025 года", "14th July 2015".
    // ("on 17, Feb, 2014": commas around the month, when a year follows.)
    let commas = toks.is(i + 1, &[","])
        && month_of(toks.text(i + 2)).is_some()
        && toks.is(i + 3, &[","])
        && year_at(toks, i + 4).is_some();
    // ("2-Jul-2024", "02/Jul/2024": the month's name between hyphens or slashes; "on Tuesday
    // (02.Jul.2024)" between dots, the second kept by the abbreviated month as its own.)
    let commas = commas
        || (toks.is(i + 1, &["-", "/"])
            && month_of(toks.text(i + 2)).is_some()
            && toks.text(i + 3) == toks.text(i + 1)
            && year_at(toks, i + 4).is_some());
    let dotted = toks.is(i + 1, &["."])
        && month_of(toks.text(i + 2)).is_some()
        && year_at(toks, i + 3).is_some();
    let mi = if toks.is(i + 1, &["st", "nd", "rd", "th"]) || commas || dotted {
        i + 2
    } else {
        i + 1
    };
    // ("on the 8th day of December, 2021", "on the 10th of May 2024": a charge's words.)
    let mi = if mi == i + 2 && toks.is(i + 1, &["st", "nd", "rd", "th"]) {
        if toks.is(mi, &["day"]) && toks.is(mi + 1, &["of"]) {
            mi + 2
        } else if toks.is(mi, &["of"]) {
            mi + 1
        } else {
            mi
        }
    } else {
        mi
    };
    if let Some(m) = month_of(toks.text(mi)) {
        // "from 9th October till 22nd October 2023": days with their ordinal endings, of
        // one month (that month's period) or of two (a year's, by the labelling convention).
        let ordinal = |k: usize| usize::from(toks.is(k, &["st", "nd", "rd", "th"]));
        if mi > i + 1
            && toks.is(mi + 1, RANGE_WORDS)
            && let Some(d2) = small_int(toks, mi + 2, 31)
            && let Some(m2) = month_of(toks.text(mi + 3 + ordinal(mi + 3)))
            && (m2 != m || d2 > d1)
        {
            let k = mi + 4 + ordinal(mi + 3);
            let (y, end) = match year_at(toks, k) {
                Some(y) => (Some(y), k + 1),
                None => (infer_year(m, d1, reference), k),
            };
            let period = |y| {
                if m2 == m {
                    EventDate::month(y, m)
                } else {
                    EventDate::year(y)
                }
            };
            return Some(mention(i, end, y.map(period), true));
        }
        // ("on 25th May, 2021": a comma between the month and its year.)
        // (English only: «Таджикистан, 21 мая, 2008, 23:40 — ИА Регнум» is a dateline,
        // read as one elsewhere.)
        let comma_year =
            toks.is(mi + 1, &[","]) && toks.text(mi).is_ascii() && year_at(toks, mi + 2).is_some();
        // («12 апреля прошлого года», "on 12 April last year": relative to the bulletin.)
        if let Some(n) = last_year_after(toks, mi + 1) {
            return Some(of_last_year(i, mi + 1 + n, m, Some(d1), false, reference));
        }
        let (y, end) = match year_at(toks, mi + 1) {
            Some(y) => (Some(y), mi + 2),
            None if commas || comma_year => (year_at(toks, mi + 2), mi + 3),
            // («12 ноября текущего года»: the bulletin's own year, even after its date.)
            None if this_year_after(toks, mi + 1) => (reference.map(|r| r.year()), mi + 1),
            None => (infer_year(m, d1, reference), mi + 1),
        };
        let date = y.filter(|y| NaiveDate::from_ymd_opt(*y, m, d1).is_some());
        // "(21 March 2019 – 20 January 2020)": two whole dates are a period, named by its
        // year (the year it starts in when it straddles two, as for the Iranian year).
        if let Some(y) = date
            && toks.is(end, RANGE_WORDS)
            && small_int(toks, end + 1, 31).is_some()
            && let Some(m2) = month_of(toks.text(end + 2))
            && let Some(y2) = year_at(toks, end + 3).filter(|y2| *y2 >= y)
        {
            return Some(mention(i, end + 4, span_named(y, m, y2, m2), true));
        }
        return Some(mention(
            i,
            end,
            date.map(|y| EventDate::day(y, m, d1)),
            false,
        ));
    }
    None
}
