//! Dates stated in English and Russian text: "on 12 August", "August 12, 2025", "12.08.2025",
//! "from 22 to 26 September", "с 22 по 26 сентября", "in September 2025", "in 2024", "за 2024
//! год", and relative words ("yesterday", "this year", "с начала года").
//!
//! A day and month without a year take the year of the reference date (the bulletin's period or
//! dateline), moved back a year if that would put them well after it.

use chrono::{Datelike, NaiveDate};

use crate::fold::Tokens;
use crate::model::{EventDate, Precision};
use crate::quantity::parse_digits;

/// The English weekdays, in lower case as tokens are compared: "on Tuesday" anchors an
/// incident, a dateline may open with one, and a number right after one is a day of the month.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

mod day_first;
mod month_first;
mod numeric;
mod relative;
mod year;
use day_first::day_first_at;
use month_first::month_first_at;
use numeric::numeric_date_at;
use relative::relative_at;
use year::year_mention_at;

/// A date expression found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    /// `None` for relative words, and for a day and month whose year is unknown.
    pub date: Option<EventDate>,
    /// A span of time (a year, a month, a range of days) rather than one day.
    pub period: bool,
    /// Relative to the bulletin's date ("yesterday", "this year").
    pub relative: bool,
    /// The last day the expression covers, when known.
    pub last_day: Option<NaiveDate>,
    /// For relative words: the date they mean, resolved against the reference date.
    pub resolved: Option<EventDate>,
    /// A period that refers back to one the text named ("за месяц", "nine months"), unlike a
    /// deictic one ("this year"), which refers to the bulletin's own date.
    pub anaphoric: bool,
    /// "this year", "the past year", "с начала года": a whole year relative to the bulletin,
    /// which a year the text states for its reporting period names (EXTRACTION.md rule 8).
    pub whole_year: bool,
    /// Of those, the bulletin's own year ("this year", «с начала года», "between January and
    /// September"), not the one before.
    pub current_year: bool,
    /// A month named without a year the text or the bulletin's date gives ("In February,
    /// cannabis topped the list"): the year the text states for its reporting period names it.
    pub month_without_year: Option<u32>,
    /// The expression writes its year ("с начала 2023 года"), not one worked out from the
    /// bulletin's date ("за июль-август").
    pub year_written: bool,
}

/// The month a word names (English names need a number beside them to count, see callers).
pub fn month_of(w: &str) -> Option<u32> {
    // (A hot path, asked of most words: the first letter turns most away.)
    if w.len() < 3
        || !matches!(
            w.chars().next(),
            Some(
                'j' | 'f'
                    | 'm'
                    | 'a'
                    | 's'
                    | 'o'
                    | 'n'
                    | 'd'
                    | 'я'
                    | 'ф'
                    | 'м'
                    | 'а'
                    | 'и'
                    | 'с'
                    | 'о'
                    | 'н'
                    | 'д'
            )
        )
    {
        return None;
    }
    let en = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if let Some(m) = en.iter().position(|m| *m == w) {
        return Some(m as u32 + 1);
    }
    let short = [
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if w == "sept" {
        return Some(9);
    }
    if let Some(m) = short.iter().position(|m| !m.is_empty() && *m == w) {
        return Some(m as u32 + 1);
    }
    let ru = [
        "январ",
        "феврал",
        "март",
        "апрел",
        "ма",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ];
    if matches!(w, "май" | "мая" | "мае") {
        return Some(5);
    }
    ru.iter()
        .enumerate()
        .find(|(k, stem)| {
            *k != 4 && w.starts_with(*stem) && w.chars().count() <= stem.chars().count() + 2
        })
        .map(|(k, _)| k as u32 + 1)
}

fn small_int(toks: &Tokens, i: usize, max: u32) -> Option<u32> {
    let t = toks.text(i);
    if !toks.is_num(i) || t.len() > 2 {
        return None;
    }
    t.parse().ok().filter(|v| (1..=max).contains(v))
}

pub(crate) fn year_at(toks: &Tokens, i: usize) -> Option<i32> {
    let t = toks.text(i);
    if toks.is_num(i) && t.len() == 4 {
        parse_digits(t, false)
            .filter(|n| n.year_like)
            .map(|n| n.value as i32)
    } else {
        None
    }
}

fn last_day_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// Whether the words at `k` say "this year" («текущего года», "of this year") after a day and
/// month: the bulletin's own year.
fn this_year_after(toks: &Tokens, k: usize) -> bool {
    toks.any_phrase_at(
        k,
        &[
            "this year",
            "of this year",
            "текущего года",
            "этого года",
            "сего года",
            "нынешнего года",
        ],
    )
}

/// How many tokens at `k` say "of last year" («прошлого года», "last year") after a day or a
/// month: a date relative to the bulletin's (EXTRACTION.md rule 8 leaves it out of the label).
fn last_year_after(toks: &Tokens, k: usize) -> Option<usize> {
    [
        "прошлого года",
        "минувшего года",
        "предыдущего года",
        "of last year",
        "last year",
        "of the previous year",
    ]
    .iter()
    .find(|p| toks.phrase_at(k, p))
    .map(|p| p.split(' ').count())
}

/// A day (`day`) or a month of last year, told relative to the bulletin's date: no date of its
/// own, the bulletin's year before as the resolved one.
fn of_last_year(
    start: usize,
    end: usize,
    month: u32,
    day: Option<u32>,
    period: bool,
    reference: Option<NaiveDate>,
) -> DateMention {
    let resolved = reference.and_then(|r| match day {
        Some(d) => NaiveDate::from_ymd_opt(r.year() - 1, month, d)
            .map(|_| EventDate::day(r.year() - 1, month, d)),
        None => Some(EventDate::month(r.year() - 1, month)),
    });
    DateMention {
        relative: true,
        resolved,
        ..mention(start, end, None, period)
    }
}

/// The year for a day and month stated without one.
fn infer_year(month: u32, day: u32, reference: Option<NaiveDate>) -> Option<i32> {
    let r = reference?;
    let d = NaiveDate::from_ymd_opt(r.year(), month, day.max(1))?;
    Some(if d > r + chrono::Days::new(31) {
        r.year() - 1
    } else {
        r.year()
    })
}

/// What a span from month `m` of year `y` to month `m2` of year `y2` names: its month when
/// both ends are in one month, else its year; when it straddles two years, the one that holds
/// at least twice as many of its months as the other (the Iranian year, March to March, is the
/// year it starts in), and nothing when they share it more evenly (a July-to-June fiscal year,
/// "July 2013 to May 2014") or it runs longer.
fn span_named(y: i32, m: u32, y2: i32, m2: u32) -> Option<EventDate> {
    let (first, second) = (13 - m, m2);
    match (y2 - y, m2 == m) {
        (0, true) => Some(EventDate::month(y, m)),
        (0, false) => Some(EventDate::year(y)),
        (1, _) if first >= 2 * second => Some(EventDate::year(y)),
        (1, _) if second >= 2 * first => Some(EventDate::year(y2)),
        _ => None,
    }
}

fn mention(start: usize, end: usize, date: Option<EventDate>, period: bool) -> DateMention {
    let last_day = date.and_then(|d| match d.precision {
        Precision::Day => NaiveDate::from_ymd_opt(d.year, d.month, d.day),
        Precision::Month => last_day_of_month(d.year, d.month),
        Precision::Year => NaiveDate::from_ymd_opt(d.year, 12, 31),
    });
    DateMention {
        start,
        end,
        date,
        period,
        relative: false,
        last_day,
        resolved: None,
        anaphoric: false,
        whole_year: false,
        month_without_year: None,
        year_written: false,
        current_year: false,
    }
}

/// Every date expression in `toks`.
pub fn find_dates(toks: &Tokens, reference: Option<NaiveDate>) -> Vec<DateMention> {
    dates_in(toks, reference).collect()
}

/// The date expressions in `toks`, in text order, found as they are asked for (a reader
/// that wants the first only stops there).
pub fn dates_in(
    toks: &Tokens,
    reference: Option<NaiveDate>,
) -> impl Iterator<Item = DateMention> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < toks.len() {
            let Some(mut m) = date_at(toks, i, reference) else {
                i += 1;
                continue;
            };
            // "since January 1, 2018", "с 1 января 2025 года", "starting from January 1,
            // 2019", "(starting March 21, 2019)": from that day up to now, a period (a
            // year's, by the labelling convention), not the day of an event.
            // ("from January 1 until yesterday": the same, its end told as now.)
            let to_now = !toks.is(m.end, RANGE_WORDS)
                || toks.is(
                    m.end + 1,
                    &["yesterday", "today", "now", "date", "вчера", "сегодня"],
                );
            // ("By September 19, 2025, authorities had seized 640 kilograms", "as of 1 October",
            // «по состоянию на 1 октября»: everything up to that day, the same.)
            let as_of = toks.phrase_at(m.start.saturating_sub(2), "as of")
                || (toks.is(m.start.wrapping_sub(1), &["by"]) && m.start == 1)
                || toks.phrase_at(m.start.saturating_sub(3), "по состоянию на");
            // ("Since February 25, YKAN seized ...": a day whose year neither the text nor a
            // bulletin date gives opens such a period all the same.)
            let day_of_unknown_year = m.date.is_none() && !m.relative;
            if !m.period
                && (m.date.is_some_and(|d| d.precision == Precision::Day) || day_of_unknown_year)
                && ((m.start > 0 && opens_a_period_to_now(toks, m.start) && to_now) || as_of)
            {
                // (A day with no year written is of the bulletin's year: a relative period,
                // which takes no year from the dateline alone, rule 8.)
                let written = (m.start..m.end).any(|k| year_at(toks, k).is_some());
                let year = m.date.map(|d| d.year);
                m = if written {
                    mention(m.start, m.end, year.map(EventDate::year), true)
                } else {
                    DateMention {
                        relative: true,
                        resolved: year.map(EventDate::year),
                        ..mention(m.start, m.end, None, true)
                    }
                };
            }
            // "The ANF operations up to June 2016": the months of that year up to June, a
            // year's period by the labelling convention.
            if m.date.is_some_and(|d| d.precision == Precision::Month)
                && (toks.phrase_at(m.start.saturating_sub(2), "up to")
                    || toks.is(m.start.wrapping_sub(1), &["until", "till", "through"]))
            {
                let year = m.date.map(|d| d.year);
                m = mention(m.start, m.end, year.map(EventDate::year), true);
            }
            // «в конце декабря 2010 года», "in late May 2019", "in mid-March": a time within the
            // month, when something happened, not a month reported over.
            if m.period
                && m.date.is_some_and(|d| d.precision == Precision::Month)
                && within_the_month(toks, m.start)
            {
                m.period = false;
            }
            // "the largest seizure of cocaine (3.7 tonnes) since 2015", «крупнейшая партия с 2019
            // года»: a record's reach, no period anything is counted over.
            // (Of one lot: "the highest level since 2008/09" is a year's total; "since June
            // 2019, when approximately 532 kg ..." dates the lot told next.)
            if m.period
                && toks.is(m.start.wrapping_sub(1), &["since", "с"])
                && !(toks.is(m.end, &[","]) && toks.is(m.end + 1, &["when", "когда"]))
                && (m.start.saturating_sub(12)..m.start).any(|k| {
                    (toks.is(k, &["largest", "biggest", "record"])
                        || toks.starts(k, &["крупнейш", "рекордн"]))
                        && (k + 1..k + 3).any(|j| {
                            toks.is(
                                j,
                                &[
                                    "seizure",
                                    "haul",
                                    "bust",
                                    "find",
                                    "shipment",
                                    "consignment",
                                    "партия",
                                    "партию",
                                    "партии",
                                    "изъятие",
                                ],
                            )
                        })
                })
            {
                m.period = false;
                m.date = None;
            }
            m.year_written = (m.start..m.end).any(|k| year_at(toks, k).is_some());
            i = m.end.max(i + 1);
            return Some(m);
        }
        None
    })
}

/// Whether the words before a month at `start` place a time within it: «в конце», «в начале»,
/// «в середине», "at the end of", "in the middle of", "in late", "in early", "in mid-" (not "by
/// the end of March", up to which a total counts).
fn within_the_month(toks: &Tokens, start: usize) -> bool {
    let k = start.wrapping_sub(usize::from(toks.is(start.wrapping_sub(1), &["-", "of"])));
    toks.is(k.wrapping_sub(1), &["late", "early", "mid"])
        || (toks.is(k.wrapping_sub(1), &["конце", "начале", "середине"])
            && toks.is(k.wrapping_sub(2), &["в"]))
        || (toks.is(k.wrapping_sub(1), &["end", "beginning", "start", "middle"])
            && toks.is(k.wrapping_sub(2), &["the"])
            && toks.is(k.wrapping_sub(3), &["at", "in"]))
}

/// Whether the words before a day's date at `start` make it the first day of a period that
/// runs up to now: "since", «с», "starting (from)", "beginning from", "beginning on", "from" with
/// no end.
fn opens_a_period_to_now(toks: &Tokens, start: usize) -> bool {
    let before = |k: usize| start.checked_sub(k);
    let is = |k: usize, words: &[&str]| before(k).is_some_and(|i| toks.is(i, words));
    is(1, &["since", "с", "starting", "beginning", "commencing"])
        // "(beginning on March 21, 2021)" after "the current Iranian year" (a day whose year
        // is written: "an operation that began on 18 December" tells when it started).
        || (is(1, &["on"])
            && is(2, &["starting", "beginning", "commencing", "began", "started"])
            && (start..start + 6).any(|k| year_at(toks, k).is_some()))
        || (is(1, &["from"]) && !is(2, &["seized", "taken", "dated", "report", "letter"]))
        // "in the current Iranian year (started March 21)": a year's first day, in brackets.
        || (is(1, &["started", "began"]) && is(2, &["("]))
}

/// Whether "the same period" at `k` opens the sentence as its own period («За аналогичный
/// период 2020 года всего изъято 6,15 тонн», "In the same period of 2020, ..."), not one its
/// figures are compared with.
pub(crate) fn opens_with_the_same_period(toks: &Tokens, k: usize) -> bool {
    let before = k.wrapping_sub(1);
    let first = if toks.is(before, &["the"]) {
        before.wrapping_sub(1)
    } else {
        before
    };
    first <= 1 && toks.is(first, &["за", "в", "in", "during", "for", "over"])
}

const RANGE_WORDS: &[&str] = &[
    "-", "–", "—", "to", "по", "and", "till", "until", "through", "thru", "до",
];
const PERIOD_PREPS: &[&str] = &[
    "in",
    "during",
    "for",
    "since",
    "of",
    "throughout",
    "в",
    "во",
    "за",
    "с",
    "на",
    "по",
    "until",
    "till",
];

fn date_at(toks: &Tokens, i: usize, reference: Option<NaiveDate>) -> Option<DateMention> {
    numeric_date_at(toks, i)
        .or_else(|| weekday_with_its_day_at(toks, i, reference))
        .or_else(|| small_int(toks, i, 31).and_then(|d1| day_first_at(toks, i, d1, reference)))
        .or_else(|| month_first_at(toks, i, reference))
        .or_else(|| year_mention_at(toks, i, reference))
        .or_else(|| relative_at(toks, i, reference))
}

/// "this Monday (27)", "on Sunday (15)": a weekday with its day of the month in brackets, as
/// Brazilian and Sri Lankan releases write it. The month and year are the bulletin's, or the
/// month before when the day is later than the bulletin's.
fn weekday_with_its_day_at(
    toks: &Tokens,
    i: usize,
    reference: Option<NaiveDate>,
) -> Option<DateMention> {
    if !toks.is(i, WEEKDAYS) || !toks.is(i + 1, &["("]) || !toks.is(i + 3, &[")"]) {
        return None;
    }
    let day = small_int(toks, i + 2, 31)?;
    let reference = reference?;
    let month_start = reference.with_day(1)?;
    let month_start = if day > reference.day() {
        month_start.pred_opt()?.with_day(1)?
    } else {
        month_start
    };
    let date = month_start.with_day(day)?;
    Some(mention(
        i,
        i + 4,
        Some(EventDate::day(date.year(), date.month(), date.day())),
        false,
    ))
}

#[cfg(test)]
mod tests;
