//! One lot written twice among a sentence's figures: a weight in pounds beside the same weight in
//! metric units, short tons after metric ones, a metric weight restated in brackets in another
//! metric unit, and a gross weight with its net weight in brackets. Split from `quantity.rs`: a
//! pass over the figures already read, keeping one figure for each lot.

use super::Quantity;
use crate::fold::Tokens;
use crate::model::{Qualifier, Unit};

/// Drops the figures that write again a weight just given: "264 kilograms (582 pounds) of
/// heroin", "200 kilograms, about 440 pounds, of cocaine", "65.96 pounds (29.92 kg)" (a weight in
/// pounds or ounces beside the same weight in metric units is its conversion, not a lot; the
/// metric figure stays), short tons after metric ones, and a metric weight restated in another metric unit.
pub(super) fn drop_restated_weights(toks: &Tokens, out: &mut Vec<Quantity>) {
    // (Pounds and ounces: "0.3 kg (10 ounces)".)
    let imperial = |q: &Quantity| toks.starts(q.unit_tok, &["pound", "lb", "ounce", "oz"]);
    let beside = |a: &Quantity, b: &Quantity| {
        a.unit == Unit::Kg
            && b.unit == Unit::Kg
            && b.start >= a.end
            && b.start - a.end <= 3
            && (a.end..b.start).all(|k| toks.is(k, &["(", ",", "or", "about", "около", "—", "–"]))
    };
    // "139.4 kilograms of cocaine (over 300lbs)": the weight in brackets after the drug's name,
    // about the same.
    let after_the_drug = |a: &Quantity, b: &Quantity| {
        a.unit == Unit::Kg
            && b.unit == Unit::Kg
            && (b.amount / a.amount - 1.0).abs() < 0.15
            && (b.start.saturating_sub(2)..b.start)
                .find(|&k| toks.is(k, &["("]))
                .is_some_and(|open| {
                    open > a.end
                        && open - a.end <= 4
                        && (a.end..open).all(|k| toks.is_word(k))
                        && (open + 1..b.start).all(|k| toks.is_word(k))
                })
    };
    // ("about 2,205 tons (2,000 metric tons) of precursor chemicals": short tons with their
    // metric tonnes in brackets after them.)
    let short_tons = |a: &Quantity, b: &Quantity| {
        toks.starts(a.unit_tok, &["ton"])
            && toks.is(b.unit_tok.wrapping_sub(1), &["metric"])
            && toks.is(a.end, &["("])
    };
    let conversions: Vec<bool> = (0..out.len())
        .map(|k| {
            out.get(k + 1)
                .is_some_and(|n| short_tons(&out[k], n) && beside(&out[k], n))
                || imperial(&out[k])
                    && ((k > 0
                        && !imperial(&out[k - 1])
                        && (beside(&out[k - 1], &out[k]) || after_the_drug(&out[k - 1], &out[k])))
                        || out
                            .get(k + 1)
                            .is_some_and(|n| !imperial(n) && beside(&out[k], n)))
        })
        .collect();
    // ("about 660 pounds (300 kilograms) of fentanyl", "more than 2,000 pounds (900 kg)": the
    // metric figure that stays is the conversion of a loose one, and as loose when round: two
    // significant digits at most.)
    for k in 0..out.len() {
        if !conversions[k] || out[k].qualifier == Qualifier::Exact {
            continue;
        }
        // (Only a metric figure after the loose one converts it: in "24 kilograms
        // (approximately 53 pounds)" the loose one converts the metric figure.)
        let metric = k + 1;
        if metric >= out.len() || conversions[metric] || !beside(&out[k], &out[metric]) {
            continue;
        }
        // (A precise conversion stays exact: "more than 100 pounds – 49,895 grams –",
        // "some 600 lbs. (275 kg)" give the weight to the gram or kilogram.)
        if out[metric].qualifier == Qualifier::Exact
            && super::significant_digits(out[metric].amount) <= 2
        {
            out[metric].qualifier = out[k].qualifier;
        }
    }
    let mut conversion = conversions.into_iter();
    out.retain(|_| !conversion.next().unwrap_or(false));
    // "5,084lb of cocaine — about two and a quarter tonnes —": a loose metric weight set off
    // after a precise one in pounds is its rounding, not a lot; the precise figure stays.
    drop_second_of_pairs(out, |precise, loose| {
        imperial(precise)
            && !imperial(loose)
            && precise.unit == Unit::Kg
            && loose.unit == Unit::Kg
            && precise.qualifier == Qualifier::Exact
            && loose.qualifier == Qualifier::Approx
            && loose.start > precise.end
            && loose.start - precise.end <= 6
            && toks.is(loose.start - 1, &["—", "–", "(", "-"])
            && (loose.amount / precise.amount - 1.0).abs() < 0.1
    });
    // "1.24 metric tons (1.37 tons) of cannabis": American short tons in brackets after metric
    // ones, a tenth more (0.907 tonnes each), are the same lot.
    drop_second_of_pairs(out, |metric, short| {
        toks.is(metric.unit_tok.wrapping_sub(1), &["metric"])
            && toks.is(short.unit_tok, &["ton", "tons"])
            && toks.is(short.start.wrapping_sub(1), &["("])
            && beside(metric, short)
            && (short.amount / metric.amount - 1.1023).abs() < 0.02
    });
    // "2,300 grammes (2.3 kilogrammes) of marijuana", «1,5 кг (1500 граммов)»: the same weight
    // in another metric unit, in brackets right after it, is the same lot written again.
    // (Not a loose weight's precise one, "почти 5 килограммов (4 кг 956 г)": the lots settled
    // in a sentence keep that.)
    drop_second_of_pairs(out, |first, again| {
        first.unit == Unit::Kg
            && again.unit == Unit::Kg
            && first.qualifier == Qualifier::Exact
            && again.start == first.end + 1
            && toks.is(first.end, &["("])
            && (again.amount - first.amount).abs() <= 0.01 * first.amount
    });
}

/// Drops each figure that `same_lot` says writes again the figure just before it.
fn drop_second_of_pairs(out: &mut Vec<Quantity>, same_lot: impl Fn(&Quantity, &Quantity) -> bool) {
    let again: Vec<bool> = (0..out.len())
        .map(|k| k > 0 && same_lot(&out[k - 1], &out[k]))
        .collect();
    let mut again = again.into_iter();
    out.retain(|_| !again.next().unwrap_or(false));
}

/// "кокаин общей массой 1750 кг с упаковкой (масса нетто 1515 кг)", "2 tonnes gross (net
/// weight 1.8 tonnes)": the lot weighs its net weight; the bracket's figure takes the place of
/// the gross one.
pub(super) fn take_net_weights(toks: &Tokens, out: &mut Vec<Quantity>) {
    let mut k = 1;
    while k < out.len() {
        let (gross, net) = (&out[k - 1], &out[k]);
        let open = (gross.end..(gross.end + 4).min(net.start)).find(|&j| toks.is(j, &["("]));
        let net_word = |j: usize| toks.is(j, &["нетто", "net"]) || toks.phrase_at(j, "net weight");
        // ("37 packages with a gross weight of 27.5 kilograms, or a total net weight of 24.6
        // kilograms": or told after a gross weight, past a comma and "or".)
        let gross_told = (gross.start.saturating_sub(4)..gross.start)
            .any(|j| toks.is(j, &["gross", "брутто"]))
            && net.start - gross.end <= 8
            && !(gross.end..net.start).any(|j| toks.is(j, &[".", ";"]));
        if gross.unit == Unit::Kg
            && net.unit == Unit::Kg
            && net.amount < gross.amount
            && (open.is_some_and(|o| (o + 1..net.start).any(net_word))
                || (gross_told && (gross.end..net.start).any(net_word)))
        {
            let net = out.remove(k);
            let gross = &mut out[k - 1];
            gross.amount = net.amount;
            gross.alt_amount = net.alt_amount;
            gross.qualifier = net.qualifier;
        } else {
            k += 1;
        }
    }
}
