//! The day a sentence right after a figure tells ("The incident happened at 10.30am on November
//! 1.", "the suspect was apprehended ... on Tuesday, June 14, 2022"), for a lot whose own
//! sentence gives none. Split from `extract.rs`: one lookup the per-candidate date pass makes.

use super::facts;
use crate::model::{EventDate, Kind, Precision};
use crate::segment::Sentence;

/// The day a sentence right after a figure of `kind` says it happened, when that sentence
/// tells no lot of its own: "Customs seized 14.5kg of Captagon at the border. The incident
/// happened at 10.30am on November 1.", «Задержание произошло 3 мая.» A destruction's only by
/// words that it took place ("... were burnt in a ceremony. The ceremony took place on the
/// morning of July 10, 2020."), not a day the drugs "were found"; a period total's never.
pub(super) fn day_told_after(
    text: &str,
    sentences: &[Sentence],
    facts: &[facts::SentenceFacts],
    figures_of: &[Vec<(usize, usize)>],
    si: usize,
    kind: Kind,
) -> Option<EventDate> {
    const HAPPENED: &[&str] = &[
        "happened",
        "occurred",
        "took place",
        "произошл",
        "случил",
        "состоял",
    ];
    // (Or that the drugs were seized then: "The drugs were confiscated after police were
    // tipped off ... on Wednesday 16 November 2022", «Наркотики были изъяты 3 мая».)
    const SEIZED_THEN: &[&str] = &[
        "drugs were confiscated",
        "drugs were seized",
        "drugs were found",
        "were seized on",
        "were confiscated on",
        // ("The cocaine was discovered on March 28, 2013 in two sports bags", "The illicit
        // cargo was found in a marine container on June 20, 2017".)
        "was discovered",
        "were discovered",
        "was found",
        "were found",
        "was intercepted",
        "were intercepted",
        "наркотики были изъяты",
        "наркотики изъяли",
        // ("On July 8, the police seized the drugs from a backpack discarded by a suspected
        // motorcyclist"; "... were arrested with the drugs on October 21, 2014".)
        "seized the drugs",
        "found the drugs",
        "with the drugs",
        "seized the consignment",
        // ("... the culprit was apprehended about 6 a.m. on Tuesday, June 14, 2022", "The
        // man was stopped by officers yesterday morning (18 September, 2023)", "The container
        // was searched ... after it arrived on 12 September": the stop that found them.)
        "was apprehended",
        "were apprehended",
        "was stopped",
        "were stopped",
        "was searched",
    ];
    let seized_then = match kind {
        Kind::Seizure => SEIZED_THEN,
        Kind::Destruction => &[],
        Kind::PeriodTotal => return None,
    };
    (si + 1..(si + 3).min(sentences.len()))
        .take_while(|&k| figures_of[k].is_empty())
        .find_map(|k| {
            let said = text[sentences[k].start..sentences[k].end].to_lowercase();
            if !HAPPENED.iter().chain(seized_then).any(|w| said.contains(w)) {
                return None;
            }
            facts[k]
                .dates
                .iter()
                .filter(|d| !d.relative && !d.period)
                .find_map(|d| d.date.filter(|x| x.precision == Precision::Day))
        })
}
