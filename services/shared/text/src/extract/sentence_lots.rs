//! The lots of one sentence settled against each other, once its candidates are found: a lot
//! given by weight is not counted again by its packages, pills or plants (unless they are a
//! lot of their own), and a total whose items follow in the same sentence is dropped when they
//! add up to it, or becomes their parent. Split from `candidates.rs`.

use super::totals::{fully_itemised, sums_by_reading, take_other_reading};
use super::{Candidate, introduces_parts};
use crate::fold::Tokens;
use crate::model::{Qualifier, Unit};
use crate::quantity::Quantity;
use crate::quantity::significant_digits;

/// Settles the candidates `cands[first..]` of one sentence. `unnamed[k]` says that candidate
/// `first + k` names no drug of its own; `year_listed[k]` that it is one of bare weights given
/// year by year.
pub(super) fn settle_sentence_lots(
    toks: &Tokens,
    cands: &mut [Candidate],
    first: usize,
    unnamed: Vec<bool>,
    year_listed: &[bool],
) {
    drop_pieces_of_respective_weights(toks, cands, first);
    let here = first..cands.len();
    // Weight before pieces: a lot given by weight is not counted again by its packages.
    let weights: Vec<&'static str> = cands[here.clone()]
        .iter()
        .filter(|c| c.quantity.unit == Unit::Kg)
        .map(|c| c.drug)
        .collect();
    // "2.4 million captagon pills weighing a total of 424 kilograms", "60 капсул с героином
    // (622,770 грамм)": pills whose weight is given right after them are counted by that weight
    // (rule 6).
    // ("165 capsules filled with 1.65 kilograms of heroin", "59 capsules containing 802g of
    // heroin": the capsules are the packaging of a weighed lot.)
    const WEIGHED_BY: &[&str] = &[
        // "6 million Captagon pills — equivalent to around 1,000kg".
        "equivalent",
        // ("600,000 Captagon pills, amounting to 104 kilograms".)
        "amounting",
        "weighing",
        "weight",
        "containing",
        "filled",
        "весом",
        "массой",
        "общим",
    ];
    // ("26 capsules with 250g of heroin".)
    const CAPSULES: &[&str] = &["capsul", "pellet", "капсул"];
    let lots = &cands[here.clone()];
    let weighed: Vec<bool> = lots
        .iter()
        .map(|c| {
            lots.iter().any(|w| {
                w.quantity.unit == Unit::Kg
                    && (w.drug == c.drug || c.drug == "narcotic_drugs")
                    && w.quantity.start > c.quantity.end
                    // ("268 capsules with hard white substance in the internals of all four
                    // passengers, specifically in the colon weighting 4-kilogram …": a
                    // body-packer's capsules are told with their weight at more length.)
                    && w.quantity.start - c.quantity.end
                        <= if toks.starts(c.quantity.unit_tok, CAPSULES) { 20 } else { 8 }
                    && ((c.quantity.end..w.quantity.start).any(|k| {
                        toks.is(k, WEIGHED_BY)
                            || (toks.is(k, &["with", "с"])
                                && toks.starts(c.quantity.unit_tok, CAPSULES))
                    }) || toks.is(w.quantity.start.wrapping_sub(1), &["("]))
                    && !(c.quantity.end..w.quantity.start).any(|k| toks.is(k, &[".", ";"]))
                    || (w.drug == c.drug || c.drug == "narcotic_drugs")
                        && super::sentences::weighed_past_a_clause(toks, &c.quantity, &w.quantity)
                    // («Вес изъятых 4 кустов конопли составил 1,5 килограмма», "The weight of
                    // the 12 packets was 30 grams": the weight the sentence opens on is theirs.)
                    || (w.drug == c.drug || c.drug == "narcotic_drugs")
                        && w.quantity.start > c.quantity.end
                        && w.quantity.start - c.quantity.end <= 8
                        && (c.quantity.start.saturating_sub(4)..c.quantity.start)
                            .any(|k| toks.is(k, &["вес", "масса", "weight"]))
                        && (c.quantity.end..w.quantity.start).any(|k| {
                            toks.is(
                                k,
                                &["составил", "составила", "составило", "was", "is", "totalled"],
                            )
                        })
                        && !(c.quantity.end..w.quantity.start).any(|k| toks.is(k, &[".", ";"]))
            })
        })
        .collect();
    // "12.369 tons of meth, or about 137 million meth pills": the same lot counted again.
    // ("1,072 kilograms of Captagon – more than 6.2 million pills": a dash too.)
    // ("0.125 kg ecstasy tabs (200 tablets)": so are the pills in brackets right after the
    // weight, of its drug or of none named.)
    // ("over 66 pounds of counterfeit pills, totaling approximately 330,000 pills": a count
    // the weight is said to total.)
    let restated = |c: &Candidate| {
        let bracketed = toks.is(c.quantity.start.wrapping_sub(1), &["("]);
        // ("165 kilograms of Captagon, equivalent to one million pills": so is a count the
        // weight is said to equal.)
        let totalling = (c.quantity.start.saturating_sub(3)..c.quantity.start).any(|k| {
            toks.is(
                k,
                &[
                    "totaling",
                    "totalling",
                    "amounting",
                    "numbering",
                    "equivalent",
                ],
            )
        });
        (bracketed
            || totalling
            || toks.is(c.quantity.start.wrapping_sub(1), &["or", "или", "–", "—"]))
            && lots.iter().any(|w| {
                w.quantity.unit == Unit::Kg
                    && (w.drug == c.drug || (bracketed && c.drug == "narcotic_drugs"))
                    && w.quantity.end < c.quantity.start
                    && c.quantity.start - w.quantity.end <= if bracketed { 4 } else { 10 }
            })
    };
    let pills_by_weight: Vec<usize> = lots
        .iter()
        .enumerate()
        .filter(|(k, c)| c.quantity.unit == Unit::Tablet && (weighed[*k] || restated(c)))
        .map(|(k, _)| first + k)
        .collect();
    // "почти 5 килограммов (4 кг 956 г)", "about 2 tonnes of hashish (1,987 kg)": a loose weight
    // and, in brackets right after it, the precise one are one lot, told by the precise figure.
    // ("more than four tons (4,387 tons)": the precise one in its other reading, the comma a
    // decimal mark, when that is the one that fits.)
    let mut loose_restated: Vec<usize> = Vec::new();
    let mut other_reading: Vec<usize> = Vec::new();
    // («более 13 тысяч кустов (13690 кустов)», «2 тонны в сыром виде (2053кг.)»: so are a
    // round figure and the precise one in brackets, in any unit. "About 467kg (0.47 tonnes)":
    // a rounder figure in brackets restates the one before it, which stays.)
    for (k, c) in lots.iter().enumerate() {
        let near = |a: f64| (a - c.quantity.amount).abs() <= 0.1 * c.quantity.amount;
        let Some(j) = lots.iter().position(|w| {
            w.quantity.unit == c.quantity.unit
                && w.quantity.start > c.quantity.end
                && w.quantity.start - c.quantity.end <= 6
                && toks.is(w.quantity.start - 1, &["("])
                && !(c.quantity.end..w.quantity.start).any(|k| toks.is(k, &[".", ";", ")"]))
                && (near(w.quantity.amount) || w.quantity.alt_amount.is_some_and(near))
        }) else {
            continue;
        };
        // (Digits are counted only for a figure with one in brackets after it: few are.)
        let digits = significant_digits(c.quantity.amount);
        let round = digits <= 2;
        let w = &lots[j].quantity;
        let finer = significant_digits(w.amount) > digits
            || w.alt_amount.is_some_and(|a| significant_digits(a) > digits);
        let loose =
            (c.quantity.unit == Unit::Kg && c.quantity.qualifier != Qualifier::Exact) || round;
        if loose && w.qualifier == Qualifier::Exact && finer {
            loose_restated.push(first + k);
            if !near(w.amount) {
                other_reading.push(first + j);
            }
        } else if significant_digits(w.amount) < digits.min(3) && near(w.amount) {
            loose_restated.push(first + j);
        }
    }
    // "six bags, containing sixty nine (69) big bundles", "2 suitcases holding 40 packages of
    // cocaine": packages counted inside other packages are the lot's pieces; the outer count
    // goes.
    let outer: Vec<usize> = lots
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.quantity.unit == Unit::Package
                && lots.iter().any(|w| {
                    w.quantity.unit == Unit::Package
                        && w.quantity.start > c.quantity.end
                        && w.quantity.start - c.quantity.end <= 6
                        && w.quantity.amount > c.quantity.amount
                        && (c.quantity.end..w.quantity.start).any(|k| {
                            toks.is(k, &["containing", "holding", "contained", "содержащих"])
                        })
                        && !(c.quantity.end..w.quantity.start).any(|k| toks.is(k, &[".", ";"]))
                })
        })
        .map(|(k, _)| first + k)
        .collect();
    // "30,000 narcotic pills (Captagon), weighing 5,100 kg": the weight of so many pills reads
    // the separator as a decimal comma (5.1 kg, about 0.17 g a pill), not 170 g a pill.
    for &k in &pills_by_weight {
        let pills = cands[k].quantity.amount;
        if let Some(w) = (first..cands.len()).find(|&w| {
            cands[w].quantity.unit == Unit::Kg
                && cands[w].quantity.start > cands[k].quantity.end
                && cands[w].quantity.start - cands[k].quantity.end <= 8
        }) && let Some(alt) = cands[w].quantity.alt_amount
        {
            let per_pill = |kg: f64| kg / pills;
            if per_pill(cands[w].quantity.amount) > 0.005
                && (0.00005..0.002).contains(&per_pill(alt))
            {
                take_other_reading(&mut cands[w].quantity);
            }
        }
    }
    for k in pills_by_weight {
        cands[k].dropped = true;
    }
    for k in loose_restated {
        cands[k].dropped = true;
    }
    for k in other_reading {
        take_other_reading(&mut cands[k].quantity);
    }
    for k in outer {
        cands[k].dropped = true;
    }
    // Plants listed after a weight as a lot of their own ("over 2.1 tons of marijuana, 12.7
    // million cannabis roots", «28 кг конопли и более 4 тыс. кустов конопли») are not that
    // weight's pieces.
    let weight_ends: Vec<usize> = cands[here.clone()]
        .iter()
        .filter(|c| c.quantity.unit == Unit::Kg)
        .map(|c| c.quantity.end)
        .collect();
    // Plants before a weight are its pieces only when the weight is theirs ("3 bushes weighing
    // 2 kg"); «5232 куста конопли, а в жилище — более 2 кг марихуаны» are two lots.
    let plants_before: Vec<bool> = cands[here.clone()]
        .iter()
        .zip(&weighed)
        .map(|(c, &weighed)| {
            c.quantity.unit == Unit::Plant
                && weight_ends.iter().all(|&e| e > c.quantity.start)
                && !weighed
        })
        .collect();
    let own_lot = |c: &Candidate, before: bool| {
        c.quantity.unit == Unit::Plant
            && (before
                || weight_ends.iter().all(|&e| e < c.quantity.start)
                    && weight_ends
                        .iter()
                        .any(|&e| (e..c.quantity.start).any(|k| toks.is(k, &[",", "and", "и"]))))
    };
    for ((c, unnamed), before) in cands[here.clone()]
        .iter_mut()
        .zip(unnamed)
        .zip(plants_before)
    {
        c.unnamed = unnamed;
        // ("5 grams of cocaine powder ... 134 units of crack cocaine": crack's rocks are a lot
        // of their own beside the powder.)
        let crack = crate::quantity::of_crack(toks, &c.quantity);
        if matches!(
            c.quantity.unit,
            Unit::Package | Unit::Item | Unit::Plant | Unit::Dose
        ) && (weights.contains(&c.drug) || (!weights.is_empty() && unnamed))
            && (!own_lot(c, before) || unnamed)
            && !crack
        {
            c.dropped = true;
        }
    }
    // Totals and their parts.
    let idx: Vec<usize> = here.filter(|k| !cands[*k].dropped).collect();
    for (n, &t) in idx.iter().enumerate() {
        // (One year's figure is no total of the other years'.)
        if year_listed[t - first] {
            continue;
        }
        let rest: Vec<usize> = idx[n + 1..]
            .iter()
            .copied()
            .filter(|k| {
                cands[*k].quantity.unit == cands[t].quantity.unit && cands[*k].kind == cands[t].kind
            })
            .collect();
        // "some 1.3 tonnes of opium, 225 kilogrammes of heroin and 1.2 tonnes of
        // methamphetamine": a named drug's figure is no total of other drugs' lots.
        // (Unless they are introduced as its parts: "... составило 195 килограммов, из них".)
        if !crate::lexicon::is_category(cands[t].drug)
            && rest.iter().any(|&k| cands[k].drug != cands[t].drug)
            && !introduces_parts(toks, cands[t].quantity.end, cands[rest[0]].quantity.start)
        {
            continue;
        }
        let Some(&next) = rest.first() else { continue };
        // A total its items add up to is not an event: its items are.
        if rest.len() >= 2 {
            // Precursors are not part of a total of drugs ("12.4 t of drugs, including …, as
            // well as 9 t of precursors").
            let parts: Vec<usize> = rest
                .iter()
                .copied()
                .filter(|&k| cands[k].drug != "precursors" || cands[t].drug == "precursors")
                .collect();
            // (One part left is no itemisation: "800 кг наркотических средств ..., 4 тонны
            // сырья маковой соломы и более 10 тонн химических реагентов".)
            if parts.len() < 2 {
                continue;
            }
            let (mut sum, other) = sums_by_reading(cands, &parts);
            let introduced =
                introduces_parts(toks, cands[t].quantity.end, cands[next].quantity.start);
            // ("found 43,000 pills in a vehicle, 45,349 pills ... and 62,790 pills": the first
            // of a list of one drug's lots is no total of lots larger than itself, unless the
            // text says so.)
            if !introduced
                && parts.iter().all(|&k| {
                    cands[k].drug == cands[t].drug
                        || (crate::lexicon::is_category(cands[k].drug)
                            && crate::lexicon::is_category(cands[t].drug))
                })
                && parts
                    .iter()
                    .any(|&k| cands[k].quantity.amount > cands[t].quantity.amount)
            {
                continue;
            }
            // (A figure of "drugs" or plants no words present as a total is none of bare figures
            // after it that come to more: «в Обливском юрте уничтожено 1464 килограммов
            // растений, Пономаревском юрте – 950 килограммов, ... – 795 килограммов» is a list
            // of three lots.)
            let bare_lots_beyond =
                parts.iter().all(|&k| cands[k].unnamed) && sum > cands[t].quantity.amount * 1.02;
            let marked = introduced || (cands[t].drug == "narcotic_drugs" && !bare_lots_beyond);
            // Parts fit inside their total: when they read far above a total that has no other
            // reading, and their other reading fits ("more 67,6 tons ..., including: 48,988
            // tons of opium, 6,665 tons of hashish"), their commas are decimal marks.
            let total = cands[t].quantity.amount;
            if marked
                && cands[t].quantity.alt_amount.is_none()
                && sum > total * 1.5
                && (total * 0.5..=total * 1.02).contains(&other)
            {
                for &k in &parts {
                    take_other_reading(&mut cands[k].quantity);
                }
                sum = other;
            }
            let q = &cands[t].quantity;
            let alt = q.alt_amount.map(|a| Quantity {
                amount: a,
                ..q.clone()
            });
            if fully_itemised(q, sum, marked) || alt.is_some_and(|a| fully_itemised(&a, sum, false))
            {
                cands[t].dropped = true;
                continue;
            }
        }
        // "3 tonnes of drugs, including 400 kg of heroin": both, the part linked to its total.
        if introduces_parts(toks, cands[t].quantity.end, cands[next].quantity.start) {
            for k in rest {
                cands[k].parent = Some(t);
            }
        }
    }
}

/// "36 bags of fentanyl pills and two bags of heroin, weighing about 18 kilograms and 2
/// kilograms respectively" («... соответственно»): the drug of a weight in a row of as many
/// weights as the drugs named before them, paired in order.
pub(super) fn respective_drug(
    toks: &Tokens,
    quantities: &[Quantity],
    q: &Quantity,
) -> Option<&'static str> {
    let (named, row) = respective_row(toks, quantities)?;
    let at = row.iter().position(|r| r.start == q.start)?;
    Some(named[at])
}

/// The drugs named before a "respectively" row of weights, and the row, when they pair.
fn respective_row<'q>(
    toks: &Tokens,
    quantities: &'q [Quantity],
) -> Option<(Vec<&'static str>, Vec<&'q Quantity>)> {
    let resp = (0..toks.len()).find(|&k| toks.is(k, &["respectively", "соответственно"]))?;
    // The weights right before the word, in a row joined only by "and" and commas.
    let mut row: Vec<&Quantity> = Vec::new();
    for w in quantities.iter().rev().filter(|w| w.end <= resp) {
        // (A quantity read twice is one weight of the row.)
        if row.last().is_some_and(|r| r.start == w.start) {
            continue;
        }
        let next = row.last().map_or(resp, |r| r.start);
        let gap_ok = if row.is_empty() {
            (w.end..next).all(|k| toks.is(k, &[","]))
        } else {
            (w.end..next).all(|k| toks.is(k, &[",", "and", "и"]))
        };
        if w.unit != Unit::Kg || !gap_ok {
            break;
        }
        row.push(w);
    }
    row.reverse();
    if row.len() < 2 {
        return None;
    }
    // (The drugs named since the weight before the row: "Methamphetamine comprised ... 438
    // kilograms, while ketamine and marijuana accounted for 172 kilograms and 143 kilograms,
    // respectively".)
    let mut named: Vec<&'static str> = Vec::new();
    let mut k = quantities
        .iter()
        .filter(|o| o.unit == Unit::Kg && o.end <= row[0].start)
        .map(|o| o.end)
        .max()
        .unwrap_or(0);
    while k < row[0].start {
        match crate::lexicon::drug_at(toks, k) {
            Some(d) => {
                // (In the order of their last mention: "seizures of cannabis ..., with 31 for
                // cannabis resin and 110 for herbal cannabis, but that only involved 1.2kg and
                // 3.3kg respectively" pairs resin, then herbal cannabis.)
                if crate::lexicon::names_one_drug(d.canonical) {
                    named.retain(|n| *n != d.canonical);
                    named.push(d.canonical);
                }
                k = d.end.max(k + 1);
            }
            None => k += 1,
        }
    }
    (named.len() == row.len()).then_some((named, row))
}

/// The pieces counted before a "respectively" row of weights are the weighed lots': "36 bags
/// of fentanyl pills" is the 18 kilograms.
fn drop_pieces_of_respective_weights(toks: &Tokens, cands: &mut [Candidate], first: usize) {
    let quantities: Vec<Quantity> = cands[first..].iter().map(|c| c.quantity.clone()).collect();
    let Some((named, row)) = respective_row(toks, &quantities) else {
        return;
    };
    let row_start = row[0].start;
    for c in cands[first..].iter_mut() {
        if c.quantity.unit.is_count() && c.quantity.end <= row_start && named.contains(&c.drug) {
            c.dropped = true;
        }
    }
}
