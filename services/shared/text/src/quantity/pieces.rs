//! Figures of pieces: a count of pieces that each weigh a stated weight ("three five-kilogram
//! boxes"), and pieces counted "in the number of" or as "pieces of" a unit named beside them.
//! Split from `quantity.rs`: passes over the figures already read that settle what a count is
//! of.

use super::{Quantity, of_crack, word_value};
use crate::fold::Tokens;
use crate::lexicon::{unit_adjective_at, unit_at};
use crate::model::{Qualifier, Unit};

/// "three five-kilogram boxes of methamphetamine", "two 10-kg bags": a count of pieces that
/// each weigh the hyphenated weight after it is that many times the weight.
pub(super) fn weigh_pieces_of_a_stated_weight(toks: &Tokens, out: &mut [Quantity]) {
    const PIECES: &[&str] = &[
        "boxes",
        "bags",
        "sacks",
        "packs",
        "packages",
        "parcels",
        "bales",
        "bricks",
        "blocks",
        "slabs",
        "cans",
        "bottles",
        "containers",
    ];
    for q in out.iter_mut() {
        let count = q.start.wrapping_sub(1);
        if q.unit != Unit::Kg
            || q.qualifier != Qualifier::Exact
            || !toks.is(q.unit_tok.wrapping_sub(1), &["-"])
            || !toks.is(q.end, PIECES)
        {
            continue;
        }
        let n = if toks.is_num(count) {
            toks.text(count).parse::<u32>().ok().map(f64::from)
        } else {
            word_value(toks.text(count))
        };
        if let Some(n) = n.filter(|n| *n >= 2.0 && n.fract() == 0.0) {
            q.amount *= n;
            q.alt_amount = None;
            q.start = count;
        }
    }
}

/// «кусты конопли в количестве 6 тыс. 670 штук», «таблетки в количестве 500 штук»: pieces
/// counted "in the number of" are of the unit named before. («свыше 960 шт. растений мака»:
/// or named right after.)
pub(super) fn count_the_named_pieces(toks: &Tokens, out: &mut [Quantity]) {
    // "134 units of crack cocaine": crack's units are rocks, pieces (EXTRACTION.md rule 12 makes
    // "units" pills only of a medicine).
    for q in out.iter_mut().filter(|q| q.unit == Unit::Tablet) {
        if toks.is(q.unit_tok, &["units"]) && of_crack(toks, q) {
            q.unit = Unit::Item;
        }
    }
    for q in out.iter_mut().filter(|q| q.unit == Unit::Item) {
        let after = q.unit_tok + 1 + usize::from(toks.is(q.unit_tok + 1, &["."]));
        if let Some(u) = unit_at(toks, after).filter(|u| u.unit.is_count() && u.unit != Unit::Item)
        {
            q.unit = u.unit;
            continue;
        }
        // "848 pieces of narcotic pills": pieces of a counted unit named a few words on.
        // ("660 pieces of stimulant tablets": the words between name their drug, as in "3,499
        // stimulant tablets"; "28,300 pieces of fully grown marijuana plants".)
        if toks.is(after, &["of"])
            && let Some((k, u)) = (after + 2..after + 6)
                .take_while(|&k| toks.is_word(k - 1) && unit_at(toks, k - 1).is_none())
                .find_map(|k| unit_at(toks, k).map(|u| (k, u)))
                .filter(|(_, u)| u.unit.is_count() && u.unit != Unit::Item)
        {
            q.unit = u.unit;
            q.unit_tok = k;
            q.end = k + 1;
            q.adjective_drug = q.adjective_drug.or_else(|| {
                (after + 1..k)
                    .find_map(|w| crate::lexicon::drug_at(toks, w).map(|d| d.canonical))
                    .or_else(|| (after + 1..k).find_map(|w| unit_adjective_at(toks, w)))
            });
            continue;
        }
        if !(toks.is(q.start.wrapping_sub(1), &["количестве"])
            && toks.is(q.start.wrapping_sub(2), &["в"]))
        {
            continue;
        }
        let named = (q.start.saturating_sub(6)..q.start - 2)
            .rev()
            .find_map(|k| unit_at(toks, k).filter(|u| u.unit.is_count() && u.unit != Unit::Item));
        if let Some(u) = named {
            q.unit = u.unit;
        }
    }
}
