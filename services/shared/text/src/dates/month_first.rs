//! Dates that open with the month's name: "August 12, 2025", "September 2025", «в сентябре
//! 2025 года», "in late February", "January–September 2024", «с января по апрель текущего
//! года», "since July". An English month name counts only beside a number or after a
//! preposition ("may" is a verb). Split from `dates.rs`, which tries each form in turn.

use chrono::{Datelike, NaiveDate};

use crate::fold::Tokens;
use crate::model::EventDate;

use super::{
    DateMention, PERIOD_PREPS, RANGE_WORDS, infer_year, last_year_after, mention, month_of,
    of_last_year, small_int, span_named, this_year_after, year_at,
};

/// A date that opens with a month's name at token `i`.
pub(super) fn month_first_at(
    toks: &Tokens,
    i: usize,
    reference: Option<NaiveDate>,
) -> Option<DateMention> {
    let w = toks.text(i);
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
            || second_of_a_pair
            // "in the January-June period": two months joined as the name of a period.
            || (toks.is(i.wrapping_sub(1), &["the"])
                && toks.is(i + 1, &["-", "–", "—", "to", "through"])
                && month_of(toks.text(i + 2)).is_some()));
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
                return Some(months_of_this_year(i, end, reference));
            }
            // («с августа по декабрь прошлого 2007 года»: the year written after a word that
            // places it.)
            // ("January - August, 2003": a comma before the year in English.)
            // ("between January and June 25, 2019": the second month's day before the year.)
            let day = usize::from(
                small_int(toks, i + 3, 31).is_some()
                    && (year_at(toks, i + 4).is_some()
                        || (toks.is(i + 4, &[","]) && year_at(toks, i + 5).is_some())),
            );
            let comma = usize::from(toks.is(i + 3 + day, &[","]));
            let written = year_at(toks, i + 3 + day + comma)
                .map(|y| (y, i + 4 + day + comma))
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
                None => months_of_this_year(i, i + 3, reference),
            });
        }
        // "from January to last month", "from January to date": the months of the bulletin's
        // year up to the time of writing.
        if toks.is(i.wrapping_sub(1), &["from", "since"])
            && toks.is(i + 1, &["to", "until", "till", "through"])
            && (toks.any_phrase_at(i + 2, &["last month", "this month", "the present"])
                || toks.is(i + 2, &["date", "now", "today"]))
        {
            let end = i + 3 + usize::from(!toks.is(i + 2, &["date", "now", "today"]));
            return Some(months_of_this_year(i, end, reference));
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
        // ("on May 8 and 9": two days running, when a find was made, not a period anything is
        // counted over; "between February 17 and 21" is one.)
        if let Some(d) = small_int(toks, i + 1, 31) {
            let mut k = i + 2;
            if toks.is(k, RANGE_WORDS) {
                let two_days = toks.is(k, &["and", "и"])
                    && !toks.is(i.wrapping_sub(1), &["between"])
                    && small_int(toks, k + 1, 31) == Some(d + 1);
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
                    return Some(mention(
                        i,
                        end,
                        y.map(|y| EventDate::month(y, m)),
                        !two_days,
                    ));
                }
            }
        }
        // "Tuesday August 14,2012": the day and the year glued by the comma, one token.
        if let Some((d, y)) = toks.text(i + 1).split_once(',')
            && y.len() == 4
            && let (Ok(d), Ok(y)) = (d.parse::<u32>(), y.parse::<i32>())
            && (1..=31).contains(&d)
            && (1900..=2100).contains(&y)
        {
            return Some(mention(i, i + 2, Some(EventDate::day(y, m, d)), false));
        }
        // "August 12, 2025", "November 18", and "Mar, 09, 2021".
        let day_at = if comma_day { i + 2 } else { i + 1 };
        if let Some(d) = small_int(toks, day_at, 31) {
            let start = i;
            // ("Sep 13th 2024", "May 1st, 2023": an ordinal's letters after the day.)
            let i = day_at - 1 + usize::from(toks.is(day_at + 1, &["st", "nd", "rd", "th"]));
            let k = if toks.text(i + 2) == "," {
                i + 3
            } else {
                i + 2
            };
            // "(March 21, 2019 – January 20, 2020)": a period (see the day-first form above).
            // ("From October 1, 2022, to July 19, 2023": a comma before its end.)
            let r = k + 1 + usize::from(toks.is(k + 1, &[","]));
            if let Some(y) = year_at(toks, k)
                && toks.is(r, RANGE_WORDS)
                && let Some(m2) = month_of(toks.text(r + 1))
                && small_int(toks, r + 2, 31).is_some()
                && let Some((e, y2)) = [r + 3, r + 4]
                    .into_iter()
                    .find_map(|e| year_at(toks, e).filter(|y2| *y2 >= y).map(|y2| (e, y2)))
                    // ("from January 1, 2020 till November 30": a later month of the same
                    // year, its year unwritten.)
                    .or_else(|| (m2 > m && year_at(toks, r + 3).is_none()).then_some((r + 2, y)))
            {
                return Some(mention(start, e + 1, span_named(y, m, y2, m2), true));
            }
            let (y, end) = match year_at(toks, k) {
                Some(y) => (Some(y), k + 1),
                // ("On November 12 this year": the bulletin's own year, even after its date.)
                None if this_year_after(toks, i + 2) => (reference.map(|r| r.year()), i + 2),
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
            // ("from July 2016 to January 2022": several years, no one year or month.)
            if toks.is(i + 2 + comma, RANGE_WORDS)
                && let Some(m2) = month_of(toks.text(i + 3 + comma))
                && let Some(y2) = year_at(toks, i + 4 + comma).filter(|y2| *y2 > y)
            {
                let date = (y2 == y + 1).then(|| span_named(y, m, y2, m2)).flatten();
                return Some(mention(i, i + 5 + comma, date, true));
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
            // («в апреле прошлого года», "in April last year": relative to the bulletin; not
            // "since September last year", months up to now.)
            if !since && let Some(n) = last_year_after(toks, i + 1) {
                return Some(of_last_year(i, i + 1 + n, m, None, false, reference));
            }
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
    None
}

/// Months of the bulletin's own year, its year unwritten ("January to April this year",
/// "between January and September", "from January to last month"): a relative period of the
/// year the bulletin is dated in.
fn months_of_this_year(start: usize, end: usize, reference: Option<NaiveDate>) -> DateMention {
    DateMention {
        relative: true,
        whole_year: true,
        current_year: true,
        resolved: reference.map(|r| EventDate::year(r.year())),
        ..mention(start, end, None, true)
    }
}
