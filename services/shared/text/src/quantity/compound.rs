//! Compound amounts: "34 kg 390 g", "1 тонну 412 кг", "3 tons and 240 kilograms", "4 tons,
//! 299 kg, and 831.849 g". Split from `quantity.rs`: once a figure and its unit are read, the
//! parts in smaller units that follow are added to it.

use super::{bracket_figure, parse_digits, unit_at, word_number};
use crate::fold::Tokens;
use crate::lexicon::UnitWord;
use crate::model::Unit;

/// An amount read so far: its value in the base unit, its other reading when a separator is
/// ambiguous, the token after it and another period's figure in brackets (at its token).
pub(super) struct Compound {
    pub(super) amount: f64,
    pub(super) alt_amount: Option<f64>,
    pub(super) end: usize,
    pub(super) bracket: Option<(usize, f64)>,
}

/// `c` (a figure in `unit`, its unit word just before `c.end`) with the parts in smaller units after
/// it added. A part drops the other reading of an ambiguous separator.
pub(super) fn with_smaller_parts(
    toks: &Tokens,
    comma_is_decimal: bool,
    unit: &UnitWord,
    c: Compound,
) -> Compound {
    // An abbreviation's full stop inside a sentence is part of it: "117 кг. 244 гр.".
    let past_abbrev = |k: usize, abbrev: bool| {
        if abbrev && toks.text(k) == "." && k + 1 < toks.len() {
            k + 1
        } else {
            k
        }
    };
    let mut end = past_abbrev(c.end, unit.abbrev);
    let mut amount = c.amount;
    let mut alt_amount = c.alt_amount;
    let mut bracket = c.bracket;
    // Compound amounts: "34 kg 390 g", "1 тонну 412 кг", "3 tons and 240 kilograms".
    let mut rank = unit.rank;
    let mut factor = unit.factor;
    loop {
        // "4 tons, 299 kg, and 831.849 g": the parts may be set off by commas too.
        let comma = toks.is(end, &[","]);
        let mut k = end + usize::from(comma);
        // ("5kg & 130 gms of heroin", as Indian police releases join the parts.)
        if toks.is(k, &["and", "и", "&"]) {
            k += 1;
        }
        // ("7 kg of 800 grams of marijuana": «7 кг 800 граммов» translated word for word.)
        if toks.is(k, &["of"])
            && toks.is_num(k + 1)
            && unit_at(toks, k + 2).is_some_and(|n| n.rank < rank && n.rank > 0)
        {
            k += 1;
        }
        if rank == 0 {
            break;
        }
        // ("six kilo and three hundred eighty six grams": a part in words.)
        let (part, mut unit_at_k) = if toks.is_num(k) {
            let Some(part) = parse_digits(toks.text(k), comma_is_decimal) else {
                break;
            };
            // ("one ton and 542,700 kg of opium": a part is less than one of the unit before,
            // so its separator is a decimal comma, 542.7 kg.)
            let smaller = unit_at(toks, k + 1).map(|n| n.factor);
            let value = match (part.alt, smaller) {
                (Some(alt), Some(f)) if part.value * f >= factor && alt * f < factor => alt,
                _ => part.value,
            };
            (value, k + 1)
        } else if let Some((value, after)) = word_number(toks, k) {
            (value, after)
        } else {
            break;
        };
        // "1 ton 446.82 (882.25) kg of opium": the bracket is the smaller unit's.
        let mut part_bracket = None;
        if bracket.is_none()
            && toks.is_num(k)
            && let Some((fig, close)) = bracket_figure(toks, k + 1, comma_is_decimal)
        {
            part_bracket = Some((k + 2, fig));
            unit_at_k = close + 1;
        }
        let Some(next) = unit_at(toks, unit_at_k) else {
            break;
        };
        if next.unit != Unit::Kg || next.rank >= rank || next.rank == 0 {
            break;
        }
        // (After a comma only a part smaller than one of the unit before: not "5 kg, 300 kg".)
        if comma && part * next.factor >= factor {
            break;
        }
        factor = next.factor;
        amount += part * next.factor;
        alt_amount = None;
        rank = next.rank;
        end = past_abbrev(unit_at_k + 1, next.abbrev);
        if let Some((at, fig)) = part_bracket {
            bracket = Some((at, fig.amount(next.factor)));
        }
    }
    Compound {
        amount,
        alt_amount,
        end,
        bracket,
    }
}
