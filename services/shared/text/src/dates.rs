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

mod relative;
use relative::relative_at;

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
            if !m.period
                && m.date.is_some_and(|d| d.precision == Precision::Day)
                && m.start > 0
                && opens_a_period_to_now(toks, m.start)
                && !toks.is(m.end, RANGE_WORDS)
            {
                let year = m.date.map(|d| d.year);
                m = mention(m.start, m.end, year.map(EventDate::year), true);
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
            m.year_written = (m.start..m.end).any(|k| year_at(toks, k).is_some());
            i = m.end.max(i + 1);
            return Some(m);
        }
        None
    })
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
    let w = toks.text(i);
    // yyyy-mm-dd (page metadata: " date 2024-03-27").
    if toks.is_num(i)
        && w.len() == 4
        && toks.text(i + 1) == "-"
        && toks.text(i + 2).len() == 2
        && toks.text(i + 3) == "-"
        && toks.text(i + 4).len() == 2
    {
        let y: i32 = w.parse().ok()?;
        let m: u32 = toks.text(i + 2).parse().ok()?;
        let d: u32 = toks.text(i + 4).parse().ok()?;
        if (1900..=2100).contains(&y) && NaiveDate::from_ymd_opt(y, m, d).is_some() {
            return Some(mention(i, i + 5, Some(EventDate::day(y, m, d)), false));
        }
    }
    // dd.mm.yyyy, possibly ending a range "1-30.09.2025"; also unpadded, "26.5.2021" (a
    // night "25/26.5.2021" is the first day's).
    if toks.is_num(i)
        && let Some((d, rest)) = w.split_once('.')
        && let Some((m, y)) = rest.split_once('.')
        && (1..=2).contains(&d.len())
        && (1..=2).contains(&m.len())
        && y.len() == 4
    {
        let mut d: u32 = d.parse().ok()?;
        let m: u32 = m.parse().ok()?;
        let y: i32 = y.parse().ok()?;
        NaiveDate::from_ymd_opt(y, m, d)?;
        let mut start = i;
        if toks.is(i.wrapping_sub(1), &["/"])
            && small_int(toks, i.wrapping_sub(2), 31).is_some_and(|d0| d0 + 1 == d)
        {
            d -= 1;
            start = i - 2;
        }
        return Some(mention(start, i + 1, Some(EventDate::day(y, m, d)), false));
    }
    // "Baku/09.09.21/Turan:": a two-digit year, only between the slashes of a dateline.
    if toks.is_num(i)
        && w.len() == 8
        && w.as_bytes()[2] == b'.'
        && w.as_bytes()[5] == b'.'
        && toks.is(i.wrapping_sub(1), &["/"])
        && toks.is(i + 1, &["/"])
    {
        let d: u32 = w[0..2].parse().ok()?;
        let m: u32 = w[3..5].parse().ok()?;
        let y: i32 = 2000 + w[6..8].parse::<i32>().ok()?;
        NaiveDate::from_ymd_opt(y, m, d)?;
        return Some(mention(i, i + 1, Some(EventDate::day(y, m, d)), false));
    }
    if let Some(d1) = small_int(toks, i, 31) {
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
        let mi = if toks.is(i + 1, &["st", "nd", "rd", "th"]) || commas {
            i + 2
        } else {
            i + 1
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
            let comma_year = toks.is(mi + 1, &[","])
                && toks.text(mi).is_ascii()
                && year_at(toks, mi + 2).is_some();
            let (y, end) = match year_at(toks, mi + 1) {
                Some(y) => (Some(y), mi + 2),
                None if commas || comma_year => (year_at(toks, mi + 2), mi + 3),
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
    }
    // A month name counts next to a number or after a preposition: test that before the name.
    // "In late February", "in mid-May": the month still.
    // («в первой половине сентября», «в конце мая», «во второй декаде июля».)
    let part_of_month = |k: usize| {
        toks.is(
            k,
            &[
                "late",
                "early",
                "mid",
                "начале",
                "конце",
                "середине",
                "половине",
                "декаде",
            ],
        )
    };
    // (The name first: most words are no month, and the context is the dearer test.)
    let month = toks.is_word(i).then(|| month_of(w)).flatten();
    // "Mar, 09, 2021": a page's stamp with commas around the day, when a year follows.
    let comma_day = toks.is(i + 1, &[","])
        && toks.is_num(i + 2)
        && toks.is(i + 3, &[","])
        && year_at(toks, i + 4).is_some();
    // "in March and April": the second month of a pair too.
    let second_of_a_pair = toks.is(i.wrapping_sub(1), &["and", "и"])
        && month_of(toks.text(i.wrapping_sub(2))).is_some()
        && toks.is(i.wrapping_sub(3), PERIOD_PREPS);
    let month_context = month.is_some()
        && (toks.is_num(i + 1)
            || comma_day
            || (i > 0 && toks.is(i - 1, PERIOD_PREPS))
            || part_of_month(i.wrapping_sub(1))
            || (toks.is(i.wrapping_sub(1), &["-"]) && part_of_month(i.wrapping_sub(2)))
            || toks.is(i.wrapping_sub(1), &["начала", "between", "from"])
            || second_of_a_pair);
    if let Some(m) = month.filter(|_| month_context) {
        // "January–September 2024", "январь-сентябрь", "between March and June 2021": several
        // months are a year's period.
        let between = toks.is(i.wrapping_sub(1), &["between", "from"]);
        if (toks.is(
            i + 1,
            &["-", "–", "—", "to", "по", "through", "till", "until"],
        ) || (between && toks.is(i + 1, &["and"])))
            && month_of(toks.text(i + 2)).is_some_and(|m2| m2 != m)
        {
            // «с января по апрель текущего года», "January to April this year": the year the
            // text states for its reporting period, else the bulletin's.
            if year_at(toks, i + 3).is_none()
                && (toks.any_phrase_at(
                    i + 3,
                    &["текущего года", "этого года", "нынешнего года", "сего года"],
                ) || toks.any_phrase_at(i + 3, &["this year", "of this year"]))
            {
                let end = i + 5 + usize::from(toks.is(i + 3, &["of"]));
                return Some(DateMention {
                    relative: true,
                    whole_year: true,
                    current_year: true,
                    resolved: reference.map(|r| EventDate::year(r.year())),
                    ..mention(i, end, None, true)
                });
            }
            // («с августа по декабрь прошлого 2007 года»: the year written after a word that
            // places it.)
            // ("January - August, 2003": a comma before the year in English.)
            let comma = usize::from(toks.is(i + 3, &[","]));
            let written = year_at(toks, i + 3 + comma)
                .map(|y| (y, i + 4 + comma))
                .or_else(|| {
                    toks.is(
                        i + 3,
                        &["прошлого", "минувшего", "текущего", "этого", "of", "last"],
                    )
                    .then(|| year_at(toks, i + 4).map(|y| (y, i + 5)))
                    .flatten()
                });
            // ("Between January and September, the security forces seized 5.5 tons": with no
            // year written, a relative period, resolved against the bulletin's date.)
            return Some(match written {
                Some((y, end)) => mention(i, end, Some(EventDate::year(y)), true),
                None => DateMention {
                    relative: true,
                    whole_year: true,
                    current_year: true,
                    resolved: reference.map(|r| EventDate::year(r.year())),
                    ..mention(i, i + 3, None, true)
                },
            });
        }
        // "August 23 to September 6, 2019": days of different months are a period of months,
        // a year's period by the labelling convention.
        if let Some(d) = small_int(toks, i + 1, 31)
            && toks.is(i + 2, RANGE_WORDS)
            && let Some(m2) = month_of(toks.text(i + 3)).filter(|&m2| m2 != m)
            && let Some(d2) = small_int(toks, i + 4, 31)
        {
            let k = if toks.text(i + 5) == "," {
                i + 6
            } else {
                i + 5
            };
            let (y, end) = match year_at(toks, k) {
                Some(y) => (Some(y), k + 1),
                None => (infer_year(m, d, reference), i + 5),
            };
            // "from August 1 to September 1": one month, the first to the first.
            let one_month = d == 1 && d2 == 1 && m2 == m % 12 + 1;
            let date = y.map(|y| {
                if one_month {
                    EventDate::month(y, m)
                } else {
                    EventDate::year(y)
                }
            });
            return Some(mention(i, end, date, true));
        }
        // "From January 1 to 9", "May 18 to May 23": days of one month are that month's period.
        if let Some(d) = small_int(toks, i + 1, 31) {
            let mut k = i + 2;
            if toks.is(k, RANGE_WORDS) {
                k += 1;
                if month_of(toks.text(k)) == Some(m) {
                    k += 1;
                }
                if small_int(toks, k, 31).is_some_and(|d2| d2 > d) {
                    let k = if toks.text(k + 1) == "," {
                        k + 2
                    } else {
                        k + 1
                    };
                    let (y, end) = match year_at(toks, k) {
                        Some(y) => (Some(y), k + 1),
                        None => (infer_year(m, d, reference), k),
                    };
                    return Some(mention(i, end, y.map(|y| EventDate::month(y, m)), true));
                }
            }
        }
        // "August 12, 2025", "November 18", and "Mar, 09, 2021".
        let day_at = if comma_day { i + 2 } else { i + 1 };
        if let Some(d) = small_int(toks, day_at, 31) {
            let start = i;
            let i = day_at - 1;
            let k = if toks.text(i + 2) == "," {
                i + 3
            } else {
                i + 2
            };
            // "(March 21, 2019 – January 20, 2020)": a period (see the day-first form above).
            if let Some(y) = year_at(toks, k)
                && toks.is(k + 1, RANGE_WORDS)
                && let Some(m2) = month_of(toks.text(k + 2))
                && small_int(toks, k + 3, 31).is_some()
                && let Some((e, y2)) = [k + 4, k + 5]
                    .into_iter()
                    .find_map(|e| year_at(toks, e).filter(|y2| *y2 >= y).map(|y2| (e, y2)))
            {
                return Some(mention(start, e + 1, span_named(y, m, y2, m2), true));
            }
            let (y, end) = match year_at(toks, k) {
                Some(y) => (Some(y), k + 1),
                None => (infer_year(m, d, reference), i + 2),
            };
            return Some(mention(
                start,
                end,
                y.map(|y| EventDate::day(y, m, d)),
                false,
            ));
        }
        // "September 2025", "сентябре 2025 года", "in August, 2003".
        let comma = usize::from(toks.is(i + 1, &[","]) && toks.is(i.wrapping_sub(1), PERIOD_PREPS));
        if let Some(y) = year_at(toks, i + 1 + comma) {
            // («нельзя забывать, что до июля 2005 года наши пограничники были …», "until July
            // 2005": a deadline, no period anything is counted over.)
            if toks.is(i.wrapping_sub(1), &["до", "until", "till"])
                && !(i.saturating_sub(5)..i).any(|k| toks.is(k, &["с", "from", "between"]))
            {
                return None;
            }
            // «(март 2005 - март 2006)», "March 2005 to March 2006": a year that straddles two,
            // named as `span_named` says.
            if toks.is(i + 2 + comma, RANGE_WORDS)
                && let Some(m2) = month_of(toks.text(i + 3 + comma))
                && let Some(y2) = year_at(toks, i + 4 + comma).filter(|y2| *y2 == y + 1)
            {
                return Some(mention(i, i + 5 + comma, span_named(y, m, y2, m2), true));
            }
            return Some(mention(
                i,
                i + 2 + comma,
                Some(EventDate::month(y, m)),
                true,
            ));
        }
        // "in September", "в сентябре", "in late February" (not the English modal "may").
        if i > 0
            && (toks.is(i - 1, PERIOD_PREPS)
                || second_of_a_pair
                || toks.is(i - 1, &["начала"])
                || part_of_month(i - 1)
                || (toks.is(i - 1, &["-"]) && part_of_month(i.wrapping_sub(2))))
            // ("in May" written with its capital is the month.)
            && (w != "may" || toks.toks[i].upper)
            && (w.len() > 3 || w == "may")
        {
            let y = reference.map(|r| {
                if m > r.month() + 1 {
                    r.year() - 1
                } else {
                    r.year()
                }
            });
            // "since July", "since the beginning of July", "с начала июля": months up to now,
            // a year's period by the labelling convention.
            let since = toks.is(i - 1, &["since"])
                || (toks.is(i - 1, &["of"])
                    && toks.is(i.wrapping_sub(2), &["beginning", "start"])
                    && toks.is(i.wrapping_sub(4), &["since"]))
                || (toks.is(i - 1, &["начала"]) && toks.is(i.wrapping_sub(2), &["с"]));
            // ("since the beginning of March" in a bulletin of 27 March: that month alone.)
            let this_month = reference.is_some_and(|r| r.month() == m);
            let date = if since && !this_month {
                y.map(EventDate::year)
            } else {
                y.map(|y| EventDate::month(y, m))
            };
            // "In late February, officers uncovered ...": when an incident happened, not a
            // reporting period.
            let when =
                part_of_month(i - 1) || toks.is(i - 1, &["-"]) || toks.is(i - 1, &["в", "во"]);
            // "in late November and early December": two months, a year's period by the
            // labelling convention (what was counted over them is their total).
            let other = i + 2 + usize::from(part_of_month(i + 2));
            if toks.is(i + 1, &["and", "и"])
                && month_of(toks.text(other)).is_some_and(|m2| m2 != m)
                && (part_of_month(i - 1) || toks.is(i - 1, &["during", "за"]))
            {
                return Some(mention(i, other + 1, y.map(EventDate::year), true));
            }
            return Some(DateMention {
                month_without_year: (date.is_none() && !since).then_some(m),
                year_written: false,
                ..mention(i, i + 1, date, !when)
            });
        }
    }
    // "in 2024", "за 2024 год", "2024 year".
    if let Some(y) = year_at(toks, i) {
        let next = toks.text(i + 1);
        // "2017-2019", and "from 2017 to 2019", "between 2018 and 2020", «с 2017 по 2019 год»:
        // several years, no one year.
        let opens_range = toks.is(i.wrapping_sub(1), &["from", "between", "с", "со"]);
        let is_range = (matches!(next, "-" | "–" | "—")
            || (opens_range && matches!(next, "to" | "till" | "until" | "по" | "до"))
            || (next == "and" && toks.is(i.wrapping_sub(1), &["between"])))
            && year_at(toks, i + 2).is_some();
        // "between 2015 and October 2020": to a month of a later year.
        let to_a_month = (opens_range || toks.is(i.wrapping_sub(1), &["since"]))
            && matches!(next, "and" | "to" | "till" | "until" | "по" | "до")
            && month_of(toks.text(i + 2)).is_some()
            && year_at(toks, i + 3).is_some_and(|y2| y2 > y);
        let range_end = if to_a_month { i + 4 } else { i + 3 };
        // "in 2014-15", "fiscal 2018-19": a year that straddles two, half in each.
        let is_range = is_range
            || to_a_month
            || (matches!(next, "-" | "–" | "/")
                && toks.is_num(i + 2)
                && toks.text(i + 2).len() == 2
                && small_int(toks, i + 2, 99) == Some((y as u32 + 1) % 100));
        let after_year_word = toks.starts(i + 1, &["год", "year"]) || matches!(next, "г" | "гг");
        // "since early 2024", "since the start of 2024", "с начала 2024 года".
        let since_start = toks.is(i.wrapping_sub(1), &["early", "начала"])
            || (toks.is(i.wrapping_sub(1), &["of"])
                && toks.is(i.wrapping_sub(2), &["start", "beginning"]));
        // "in the year 2012".
        // ("The year-2017 has witnessed registration of 1063 cases": the same, hyphenated.)
        // ("in year 2016, ANF Balochistan registered 73 drug cases": with no article too.)
        let the_year = (toks.is(i.wrapping_sub(1), &["year"])
            && toks.is(i.wrapping_sub(2), &["the", "in", "during", "for"]))
            || (toks.is(i.wrapping_sub(1), &["-"])
                && toks.is(i.wrapping_sub(2), &["year"])
                && toks.is(i.wrapping_sub(3), &["the"]));
        let before = i > 0 && (toks.is(i - 1, PERIOD_PREPS) || since_start || the_year);
        // "born in 1991", "1991 года рождения", "жителя Ферганы (1988 г. р.)": a birth year,
        // not a period.
        // («при личном досмотре гражданина Таджикистана 1981 года»: a person's year, with no
        // preposition, is their birth year.)
        let persons_year = after_year_word
            && !before
            && (i.saturating_sub(3)..i)
                .any(|k| toks.starts(k, &["граждан", "жител", "уроженц", "мужчин", "женщин"]));
        let birth = persons_year
            || toks.is(i.wrapping_sub(2), &["born"])
            || toks.is(i.wrapping_sub(1), &["born"])
            || toks.starts(i + 2, &["рожд"])
            || (toks.is(i + 1, &["г"]) && toks.is(i + 2, &["."]) && toks.is(i + 3, &["р"]));
        // "its strategy and development until 2030": a deadline, not when anything happened.
        let deadline = toks.is(i.wrapping_sub(1), &["until", "till"])
            && !(i.saturating_sub(4)..i).any(|k| toks.is(k, &["from", "between"]))
            // (And the year of «до июля 2005 года», passed by above.)
            || (month_of(toks.text(i.wrapping_sub(1))).is_some()
                && toks.is(i.wrapping_sub(2), &["до", "until", "till"]));
        // "(41 kilograms more than the amount seized during the same period in 2009)", «по
        // сравнению с 2009 годом»: the year compared with, not the figure's.
        let compared = (i.saturating_sub(8)..i).any(|k| {
            toks.is(k, &["compared", "comparison", "сравнению"])
                || ((toks.starts(k, &["аналогичн"]) || toks.phrase_at(k, "same period"))
                    && !opens_with_the_same_period(toks, k))
                || (toks.is(k, &["than"]) && !toks.is_num(k + 1))
        });
        if birth || deadline || compared {
            return None;
        }
        if !is_range && (before || after_year_word) {
            let end = if after_year_word { i + 2 } else { i + 1 };
            // "с 2014 года по настоящее время", "since 2014 to date": several years, no one year.
            // (So is «С 2010 года ... уничтожены свыше 24 тонн», "since 2010", unless the text
            // is of that year.)
            if toks.is(i.wrapping_sub(1), &["с", "since"])
                && (reference.is_none_or(|r| r.year() > y)
                    || toks.any_phrase_at(
                        end,
                        &[
                            "по настоящее время",
                            "до настоящего времени",
                            "to date",
                            "to the present",
                            "until now",
                        ],
                    ))
            {
                return Some(mention(i, end, None, true));
            }
            return Some(mention(i, end, Some(EventDate::year(y)), true));
        }
        if is_range {
            return Some(DateMention {
                start: i,
                end: range_end,
                date: None,
                period: true,
                relative: false,
                last_day: None,
                resolved: None,
                anaphoric: false,
                whole_year: false,
                month_without_year: None,
                year_written: false,
                current_year: false,
            });
        }
    }
    relative_at(toks, i, reference)
}

#[cfg(test)]
mod tests;
