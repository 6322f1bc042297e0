//! Which of a sentence's dates is a figure's own: the period it falls under and the date it
//! takes. Split from `extract.rs`: a sentence may state two periods («с августа по декабрь
//! прошлого 2007 года изъято 127 тыс …, то с января по май текущего года изъяли уже 961 тыс»),
//! and each figure is of the nearest one told before it.

use super::facts::SentenceFacts;
use crate::dates::DateMention;
use crate::model::Precision;

/// A sentence's period, preferring one with a date ("nine months of 2024"), with its words.
pub(super) fn period_of(f: &SentenceFacts) -> Option<(DateMention, String)> {
    // (Not one a record's span states: "the largest seizure ... since the end of 2006".)
    period_where(f, |d| f.record_since.is_none_or(|k| d.start < k))
}

/// Of the sentence's periods that `keep` lets through, the one `period_of` would choose.
fn period_where(
    f: &SentenceFacts,
    keep: impl Fn(&DateMention) -> bool,
) -> Option<(DateMention, String)> {
    f.dates
        .iter()
        .zip(&f.date_words)
        .filter(|(d, _)| d.period && keep(d))
        .max_by_key(|(d, _)| (d.date.is_some(), std::cmp::Reverse(d.start)))
        .map(|(d, w)| (*d, w.clone()))
}

/// Whether date `d` may be the figure's at token `at`: not a date of a comparison given after
/// the figure ("98 kilogrammes ... last year, ... compared with the 109 kilogrammes seized in
/// 2006"); a figure inside the comparison may take any.
fn outside_a_later_comparison(f: &SentenceFacts, d: &DateMention, at: usize) -> bool {
    // (A figure past the comparison's clause is no longer in it.)
    let inside = |k: usize| at > k && f.comparison_ends.is_none_or(|e| at < e);
    f.comparison_after_opening
        .is_none_or(|k| d.start < k || inside(k))
}

/// Where a sentence states several periods, the index (in `f.dates`) of the figure's (tokens
/// `at..end`): the one right after it ("Cocaine seizures were 505 tonnes in 2020 and 428 tonnes
/// in 2019"), else the nearest one before it. ("from August 1 to September 1 this year": a
/// relative word right after a period is part of it.)
fn nearest_period(f: &SentenceFacts, (at, end): (usize, usize)) -> Option<usize> {
    // (Most sentences state one period or none: nothing to choose, nothing collected.)
    f.dates.iter().filter(|d| d.period).nth(1)?;
    let periods: Vec<usize> = (0..f.dates.len()).filter(|&k| f.dates[k].period).collect();
    // ("2017 – 3335.311kg; 2018 – 1148.5kg": the year before the dash, not the next item's.)
    if f.year_led.contains(&at)
        && let Some(&k) = periods.iter().find(|&&k| f.dates[k].end + 1 == at)
    {
        return Some(k);
    }
    if let Some(&k) = periods
        .iter()
        .find(|&&k| (end..=end + 1).contains(&f.dates[k].start))
    {
        return Some(k);
    }
    // ("... compared with the 109 kilogrammes seized in 2006": a figure of the comparison is
    // of the period it gives after it.)
    if f.comparison_after_opening
        .is_some_and(|c| at > c && f.comparison_ends.is_none_or(|e| at < e))
        && let Some(&k) = periods.iter().find(|&&k| f.dates[k].start >= end)
    {
        return Some(k);
    }
    (0..periods.len())
        .rev()
        .map(|n| (n, &f.dates[periods[n]]))
        .find_map(|(n, d)| {
            let glued = n > 0 && d.relative && d.start <= f.dates[periods[n - 1]].end + 2;
            (d.end <= at && !glued).then_some(periods[n])
        })
}

/// The date a figure (tokens `at..end`) takes from its own sentence, if any: of several
/// periods its own (none when that one is relative), else the first date stated (not a
/// statement's day).
pub(super) fn own_date(
    f: &SentenceFacts,
    figure: (usize, usize),
    statement_day: bool,
) -> Option<DateMention> {
    match nearest_period(f, figure) {
        Some(k) => Some(f.dates[k]).filter(|d| d.date.is_some() && !d.relative),
        None => f
            .dates
            .iter()
            .find(|d| {
                d.date.is_some()
                    && !d.relative
                    && !(statement_day && is_day(d))
                    && outside_a_later_comparison(f, d, figure.0)
            })
            .copied(),
    }
}

/// The period a figure (tokens `at..end`) falls under in its own sentence, with its words.
pub(super) fn own_period(
    f: &SentenceFacts,
    figure: (usize, usize),
) -> Option<(DateMention, String)> {
    match nearest_period(f, figure) {
        Some(k) => Some((f.dates[k], f.date_words[k].clone())),
        None => period_where(f, |d| outside_a_later_comparison(f, d, figure.0)),
    }
}

/// The year the three sentences before `sentence` (or its own) state for a period ("С начала
/// 2023 года", "in 2023"), the nearest first.
pub(super) fn year_stated_before(facts: &[SentenceFacts], sentence: usize) -> Option<i32> {
    facts[sentence.saturating_sub(3)..=sentence]
        .iter()
        .rev()
        .flat_map(|f| f.dates.iter().rev())
        .find(|d| d.period && !d.relative)
        .filter(|d| d.year_written)
        .and_then(|d| d.date)
        .filter(|d| d.precision == Precision::Year)
        .map(|d| d.year)
}

/// Years the text writes out for a period anywhere ("The largest bust of 2022 was ..."):
/// "last year" in a bulletin of January 2023 is 2022 when the text says so too.
pub(super) fn years_written(facts: &[SentenceFacts]) -> Vec<i32> {
    facts
        .iter()
        .flat_map(|f| &f.dates)
        .filter(|d| d.period && !d.relative && d.year_written)
        .filter_map(|d| d.date.filter(|d| d.precision == Precision::Year))
        .map(|d| d.year)
        .collect()
}

/// Whether a date names a day.
pub(super) fn is_day(d: &DateMention) -> bool {
    d.date.is_some_and(|d| d.precision == Precision::Day)
}

/// For each candidate, the date a "respectively" sentence pairs it with: where a sentence
/// lists as many months or days as it gives figures (two or more), the k-th figure is of the
/// k-th date.
pub(super) fn respective_dates(
    cands: &[super::Candidate],
    facts: &[SentenceFacts],
) -> Vec<Option<DateMention>> {
    let mut out = vec![None; cands.len()];
    for (si, f) in facts.iter().enumerate().filter(|(_, f)| f.respectively) {
        let dates: Vec<&DateMention> = f
            .dates
            .iter()
            .filter(|d| {
                !d.relative
                    && d.date
                        .is_some_and(|d| matches!(d.precision, Precision::Month | Precision::Day))
            })
            .collect();
        let figures: Vec<usize> = (0..cands.len())
            .filter(|&k| cands[k].sentence == si && !cands[k].dropped)
            .collect();
        if figures.len() >= 2 && figures.len() == dates.len() {
            for (k, d) in figures.into_iter().zip(dates) {
                out[k] = Some(*d);
            }
        }
    }
    out
}

/// Whether a sentence names "this year" beside a year it writes: "In 2020 700 kilos ... was
/// seized, but that had risen to 1,800 kilos this year" sets the year against this one.
pub(super) fn sets_a_year_against_this_one(f: &SentenceFacts) -> bool {
    f.date_words.iter().any(|w| {
        let w = w.to_lowercase();
        [
            "this year",
            "этом году",
            "текущем году",
            "этого года",
            "текущего года",
        ]
        .iter()
        .any(|t| w.ends_with(t))
    }) && f
        .dates
        .iter()
        .any(|d| !d.relative && d.date.is_some_and(|x| x.precision == Precision::Year))
}
