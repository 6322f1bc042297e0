//! Where a sentence turns to another period to compare with ("compared to the same period of
//! the last year", "up from 146.9 kg", «по сравнению с аналогичным периодом»), or to a record's
//! span ("the largest seizure ... since 2006"): the periods after either are not the report's
//! own. Split from `facts.rs`: the cues of one question about a sentence.

use super::SentenceFacts;
use crate::fold::Tokens;

/// Fills `f`'s comparison fields: `compares_from`, `record_since`, `comparison_after_opening`,
/// `comparison_ends` and `same_period`.
pub(super) fn read_comparisons(toks: &Tokens, f: &mut SentenceFacts) {
    f.compares_from = (0..toks.len()).find(|&k| {
        toks.is(k, &["compared", "comparison", "сравнению"])
            || toks.phrase_at(k, "same period")
            || toks.starts(k, &["аналогичн"])
            // ("This is up considerably from the 1,536.28lbs taken ... in 2015", "down 41
            // percent from 146.9 kg": the figure and year after it are the one compared with.)
            || (toks.is(k, &["up", "down"])
                && (k + 1..k + 5).any(|j| toks.is(j, &["from"]))
                && !(k + 1..k + 5).any(|j| toks.is(j, &[".", ";"])))
            // ("twice as much as in 2023", "more than in 2022", «больше, чем в 2023 году»: the
            // year compared with.)
            || (toks.is(k, &["as", "than", "чем"])
                && toks.is(k + 1, &["in", "в"])
                && toks.is_num(k + 2)
                && toks.text(k + 2).len() == 4
                && k >= 1
                && toks.is(k - 1, &["much", "many", "more", "less", "fewer", ","]))
    });
    // ("the largest seizure of meth chemicals since President Calderon launched his crackdown
    // at the end of 2006": the record's span, no period of the report.)
    f.record_since = (0..toks.len()).find(|&k| {
        toks.is(k, &["since"])
            && (k.saturating_sub(10)..k).any(|j| {
                toks.is(
                    j,
                    &[
                        "largest",
                        "biggest",
                        "largest-ever",
                        "biggest-ever",
                        "record",
                    ],
                )
            })
    });
    if f.compares_from.is_none() {
        f.compares_from = f.record_since;
    }
    // (Not a sentence that opens on the period compared: "In the same period of 2019, police
    // seized 40 kg", «За аналогичный период ...»: its figures are that period's.)
    f.comparison_after_opening = f
        .compares_from
        .filter(|&k| k > 3 || toks.is(k, &["compared", "comparison", "сравнению"]));
    f.comparison_ends = f
        .comparison_after_opening
        .and_then(|k| (k..toks.len()).find(|&j| toks.is(j, &[";"])));
    f.same_period = (0..toks.len()).any(|k| {
        (toks.is(k, &["same", "corresponding", "similar"]) && toks.starts(k + 1, &["period"]))
            || (toks.starts(k, &["аналогичн"]) && toks.starts(k + 1, &["период"]))
    });
}
