//! The year an operation's or a ceremony's name writes («Мак-2016», "Kanal-2019", "Drug
//! Burning Ceremony 2016"): it dates what the article reports of the operation. Split from
//! `facts.rs` (the reading of one sentence).

use crate::fold::Tokens;

/// The year in the name of an operation or ceremony named at token `i`: «Мак-2016»,
/// "Kanal-2019", "MAK 2019 operation", "Drug Burning Ceremony 2016" (after a hyphen or a
/// capitalised name, near the word; «операцию под кодовым названием «Хашхаш-2016»»: up to
/// eleven words on).
pub(super) fn year_in_a_name(toks: &Tokens, i: usize) -> Option<i32> {
    (i.saturating_sub(3)..(i + 12).min(toks.len()))
        .filter(|&k| k > 0 && toks.is_num(k))
        // (Not the end of a span of years: "a Programme of measures ... in 2011-2015", «на
        // 2023–2025 годы».)
        .filter(|&k| {
            !(k >= 2
                && toks.is(k - 1, &["-", "–", "—"])
                && crate::dates::year_at(toks, k - 2).is_some())
        })
        .filter(|&k| {
            toks.is(k - 1, &["-", "–", "—"])
                || (toks.toks[k - 1].upper
                    && toks.is_word(k - 1)
                    && crate::dates::month_of(toks.text(k - 1)).is_none())
        })
        .filter_map(|k| toks.text(k).parse::<i32>().ok())
        .find(|y| (1990..=2100).contains(y))
}
