//! Another period's figures in brackets beside this period's ("heroin - 102.96 (28.3) kg",
//! "2 tons 298 kg (2 tons 326 kg)"): statistics pages give last year's that way. Split from
//! `quantity.rs`: reading such a figure, and telling it from a restatement in other units.

use super::{Quantity, parse_digits, unit_at};
use crate::fold::Tokens;
use crate::model::Unit;

/// A figure in brackets between a number and its unit: "(28.3)" of "102.96 (28.3) kg", or
/// "(1 t 25.05)" of "883.23 (1 t 25.05) kg" (a larger unit, then a number in the outer unit).
#[derive(Clone, Copy, Debug)]
pub(super) struct BracketFigure {
    lead_kg: f64,
    value: f64,
}

impl BracketFigure {
    pub(super) fn amount(self, factor: f64) -> f64 {
        self.lead_kg + self.value * factor
    }

    /// The figure, when it is a number alone ("(3,123)", not "(1 t 25.05)").
    pub(super) fn plain(self) -> Option<f64> {
        (self.lead_kg == 0.0).then_some(self.value)
    }
}

/// The figure in the brackets opening at `open`, and where they close, when the brackets
/// hold only a figure.
pub(super) fn bracket_figure(
    toks: &Tokens,
    open: usize,
    comma_is_decimal: bool,
) -> Option<(BracketFigure, usize)> {
    if toks.text(open) != "(" || !toks.is_num(open + 1) {
        return None;
    }
    let first = parse_digits(toks.text(open + 1), comma_is_decimal)?;
    if toks.text(open + 2) == ")" {
        let fig = BracketFigure {
            lead_kg: 0.0,
            value: first.value,
        };
        return Some((fig, open + 2));
    }
    let big = unit_at(toks, open + 2).filter(|u| u.unit == Unit::Kg && u.rank >= 3)?;
    let k = open + 3 + usize::from(toks.text(open + 3) == ".");
    let rest = parse_digits(toks.text(k), comma_is_decimal).filter(|_| toks.is_num(k))?;
    (toks.text(k + 1) == ")").then_some((
        BracketFigure {
            lead_kg: first.value * big.factor,
            value: rest.value,
        },
        k + 1,
    ))
}

/// Marks each quantity that is another period's figure in brackets right after one of this
/// period's.
pub(super) fn mark_other_periods(toks: &Tokens, out: &mut [Quantity]) {
    // "2 tons 298 kg (2 tons 326 kg) of drugs", "heroin – 106.5 kg. (121.6 kg.)": a different
    // figure in the same unit, in brackets right after another, is another period's (not
    // "15 kg (33 lb)", the same lot in other units).
    for k in 1..out.len() {
        let (before, q) = (&out[k - 1], &out[k]);
        let opens = toks.is(q.start.wrapping_sub(1), &["("])
            && (before.end + 1 == q.start
                || (before.end + 2 == q.start && toks.is(before.end, &["."])));
        let closes =
            toks.is(q.end, &[")"]) || (toks.is(q.end, &["."]) && toks.is(q.end + 1, &[")"]));
        // (The same unit, "1 ton 864.4 kg (1 t. 542.6 kg)": a restatement converts, "65.96
        // pounds (29.92 kg)".)
        let factor = |q: &Quantity| unit_at(toks, q.unit_tok).map(|u| u.factor);
        let same_unit = q.unit == before.unit && factor(q) == factor(before);
        let differs = q.amount != before.amount;
        if opens && closes && same_unit && differs && !before.other_period {
            out[k].other_period = true;
        }
    }
}

/// Marks each quantity that a bracket labels with its year: "heroin (2024: 12 kg / 2023: 7
/// kg)", "cocaine (2024 – 272 kg; 2023 – 110 kg)", and a table's "Heroin Seizures: 29,943 kg
/// (2000)", the year alone in brackets right after the figure.
pub(super) fn mark_labelled_years(toks: &Tokens, out: &mut [Quantity]) {
    for q in out.iter_mut() {
        // (Not a count of pieces: "Diazepam 0.462kg (2066) tablets".)
        if toks.is(q.end, &["("])
            && toks.is(q.end + 2, &[")"])
            && unit_at(toks, q.end + 3).is_none()
            && let Some(year) = crate::dates::year_at(toks, q.end + 1).filter(|y| *y <= 2035)
        {
            q.labelled_year = Some(year);
            continue;
        }
        let Some(label) = q.start.checked_sub(2) else {
            continue;
        };
        if let Some(year) = year_label_at(toks, label)
            && toks.is(label.wrapping_sub(1), &["(", "/", ";", ","])
        {
            q.labelled_year = Some(year);
        }
    }
}

/// The year of a figure's label at token `k`: a year, then a colon or a dash ("2023: 7 kg").
pub(crate) fn year_label_at(toks: &Tokens, k: usize) -> Option<i32> {
    crate::dates::year_at(toks, k).filter(|_| toks.is(k + 1, &[":", "–", "—", "-"]))
}
