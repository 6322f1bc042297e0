//! Figures that share a unit with the figure beside them: "300 tramadol and 200 diazepam
//! tablets" (the unit comes once, after the last), «12 кг героина и 5 – гашиша», «7864 куста
//! конопли и 341 – мака», "12 kg of heroin and 5 of opium" (once, after the first), "... and
//! another 10,895 on Crete" (left out after "another"). Split from
//! `quantity.rs`: a pass over the figures already read, adding the numbers that lean on them.

use super::{Quantity, parse_digits, unit_at};
use crate::fold::Tokens;
use crate::lexicon::drug_at;
use crate::model::Qualifier;

/// Words that join two figures of a list.
const JOINS: &[&str] = &["and", "и", ",", ";"];

/// Adds to `out` (kept in text order) the bare numbers that take the unit of the figure
/// beside them.
pub(super) fn share_units(toks: &Tokens, out: &mut Vec<Quantity>, comma_is_decimal: bool) {
    let mut added = Vec::new();
    for (k, q) in out.iter().enumerate() {
        let Some(unit) = unit_at(toks, q.unit_tok) else {
            continue;
        };
        // After the figure: its drug, a join, then a number, a dash or "of", and a drug.
        let drug_after = if toks.is(q.end, &["of"]) {
            q.end + 1
        } else {
            q.end
        };
        // ("1.557 tons of illicit drugs, consisting of 1.536 of opium and 19 kg of hashish":
        // or words that open the figure's parts.)
        let parts_open = |j: usize| {
            let j = j + usize::from(toks.is(j, &[","]));
            crate::lexicon::PARTS_PHRASES
                .iter()
                .chain(&["consisting of", "comprising", "namely"])
                .find(|p| toks.phrase_at(j, p))
                .map(|p| j + p.split(' ').count() - 1)
                .or_else(|| toks.is(j, &[":"]).then_some(j))
        };
        if let Some(n) = drug_at(toks, drug_after)
            .map(|d| d.end)
            .and_then(|j| {
                if toks.is(j, JOINS) && parts_open(j).is_none_or(|p| p <= j) {
                    Some(j)
                } else {
                    parts_open(j)
                }
            })
            .map(|j| j + 1)
            .filter(|&n| toks.is_num(n) && out.get(k + 1).is_none_or(|o| o.start > n))
            && toks.is(n + 1, &["–", "—", "-", "of"])
            && drug_at(toks, n + 2).is_some()
            && let Some(v) = parse_digits(toks.text(n), comma_is_decimal)
        {
            added.push(leaning_on(q, n, v.value * unit.factor));
        }
        // Before a count: a number, its drug, a join, then the figure ("300 tramadol and 200
        // diazepam tablets").
        // (Only where the figure names its own drug before the unit, as its pair does: not
        // "Phenobarbital 100 psychotropic substances, 1522 capsules Pregabalin".)
        if unit.unit.is_count()
            && q.adjective_drug.is_some()
            && let Some(j) = q.start.checked_sub(1).filter(|&j| toks.is(j, JOINS))
            && let Some(n) = (j.saturating_sub(3)..j.saturating_sub(1)).find(|&n| {
                toks.is_num(n)
                    && drug_at(toks, n + 1).is_some_and(|d| d.end == j)
                    && out[..k].iter().all(|o| o.end <= n)
            })
            && let Some(v) = parse_digits(toks.text(n), comma_is_decimal)
        {
            added.push(leaning_on(q, n, v.value * unit.factor));
        }
        // Bare numbers right before the figure, joined to it: «2 и 3 тонны легких наркотиков»,
        // "4, 6 and 9 kg of cocaine" (each a lot in the figure's unit). Not a range, "between 2
        // and 3 tonnes", a year, a day ("on June 22 and 402,000 pills") or money ("a street
        // value of $3 995 000 and 2 511.35kgs of cannabis").
        // (Nor one a qualifier binds to the pair: «более 9 и 11 кг соответственно».)
        const NOT_A_LOT_AFTER: &[&str] = &[
            "between",
            "from",
            "между",
            "от",
            "с",
            "$",
            "€",
            "£",
            "value",
            "более",
            "свыше",
            "около",
            "почти",
            "over",
            "about",
            "nearly",
            "around",
        ];
        let mut j = q.start;
        while q.qualifier == Qualifier::Exact
            && q.num_start == q.start
            && j >= 2
            && toks.is(j - 1, &["and", "и", ","])
            && toks.is_num(j - 2)
            && out[..k].iter().all(|o| o.end <= j - 2)
            && !toks.is(j.wrapping_sub(3), NOT_A_LOT_AFTER)
            && crate::dates::month_of(toks.text(j.wrapping_sub(3))).is_none()
            // (Not a thousands group set off by a comma and a space: "( 2 634, 048 kg)"; but
            // «617, 605 и 770 растений».)
            && !(toks.is(j - 1, &[","])
                && (toks.text(j).starts_with('0') || toks.text(j - 2).contains(' ')))
            && let Some(v) = parse_digits(toks.text(j - 2), comma_is_decimal)
            && !(v.value.fract() == 0.0 && (1900.0..=2100.0).contains(&v.value))
        {
            added.push(leaning_on(q, j - 2, v.value * unit.factor));
            j -= 2;
        }
    }
    // "11,294 cannabis plants were destroyed in Thessaly and another 10,895 on Crete", «и ещё
    // 300 – в Чуйской области»: more of the figure before, its unit left out.
    for (k, q) in out.iter().enumerate() {
        let Some(unit) = unit_at(toks, q.unit_tok) else {
            continue;
        };
        let next_start = out.get(k + 1).map_or(usize::MAX, |o| o.start);
        // ("... and another 10,895 on Crete, out of a total of 50,528 across the country": the
        // total the figures belong to, its unit left out too.)
        let elided = (q.end..next_start.min(q.end + 16).min(toks.len())).filter(|&n| {
            toks.is_num(n)
                // (Joined to the figure's clause: not "... and arrested another 30 in Lagos".)
                && ((toks.is(n.wrapping_sub(1), &["another", "ещё", "еще"])
                    && toks.is(n.wrapping_sub(2), &["and", "и", ","]))
                    || toks.phrase_before(n, "total of")
                    // ("In the first one they found 200 kilos, the second 100, third 125 and
                    // fourth ... 97 kilos": the lots of a count by ordinals.)
                    || (toks.is(n.wrapping_sub(1), super::ORDINALS)
                        && toks.is(n + 1, &[",", "and", ";", "."])))
                && toks.is(
                    n + 1,
                    &[
                        "on",
                        "in",
                        "at",
                        "from",
                        "across",
                        "nationwide",
                        ",",
                        ".",
                        ";",
                        "–",
                        "—",
                        "-",
                        "в",
                        "на",
                        "по",
                    ],
                )
        });
        for n in elided {
            if let Some(v) = parse_digits(toks.text(n), comma_is_decimal) {
                added.push(leaning_on(q, n, v.value * unit.factor));
            }
        }
        // "has destroyed nearly 800,000 marijuana plants this year, nearly 540,000 last year,
        // nearly 840,000 in 2003, 1.2 million in 2002": a year-by-year list, the unit given
        // once, with the first figure.
        for (n, end, amount, qualifier) in year_by_year(toks, q, next_start, comma_is_decimal) {
            added.push(Quantity {
                qualifier,
                end,
                ..leaning_on(q, n, amount * unit.factor)
            });
        }
        // «710 кустов – у 67-летней женщины ..., 278 – у 40-летнего жителя», "710 plants –
        // at a farm ..., 278 – at a shed": a list of lots each told by a dash and where it
        // was, the unit given once. (A dash set off by a space: not «40-летнего».)
        const DASHES: &[&str] = &["–", "—", "-"];
        let spaced_dash = |n: usize| {
            toks.is(n + 1, DASHES)
                && toks
                    .toks
                    .get(n + 1)
                    .is_some_and(|d| d.start > toks.toks[n].end)
        };
        // (The dash after the figure or its drug: «840 кустов мака – у ...».)
        let of = q.end + usize::from(toks.is(q.end, &["of"]));
        let dash = drug_at(toks, of).map_or(q.end, |d| d.end);
        if toks.is(dash, DASHES) && toks.toks[dash].start > toks.toks[dash - 1].end {
            let items = (dash + 1..next_start.min(dash + 24).min(toks.len())).filter(|&n| {
                toks.is_num(n)
                    && toks.is(n.wrapping_sub(1), &[",", ";", "и", "and"])
                    && spaced_dash(n)
            });
            for n in items {
                if let Some(v) = parse_digits(toks.text(n), comma_is_decimal) {
                    added.push(leaning_on(q, n, v.value * unit.factor));
                }
            }
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|q| q.start);
    }
}

/// Whether a year's words start at token `k`: "this year", "last year", "in 2003".
fn names_a_year(toks: &Tokens, k: usize) -> bool {
    toks.phrase_at(k, "this year")
        || toks.phrase_at(k, "last year")
        || (toks.is(k, &["in"]) && crate::dates::year_at(toks, k + 1).is_some())
}

/// The bare numbers that go on a year-by-year list opened by figure `q` ("nearly 800,000
/// marijuana plants this year, nearly 540,000 last year, 1.2 million in 2002"): each after a
/// comma or "and" (and its own qualifier), before a year's words; with where each ends (after
/// its multiplier), its amount (in the figure's unit as written) and its qualifier.
fn year_by_year(
    toks: &Tokens,
    q: &Quantity,
    next_start: usize,
    comma_is_decimal: bool,
) -> Vec<(usize, usize, f64, Qualifier)> {
    const LOOSE: &[&str] = &[
        "nearly",
        "about",
        "around",
        "almost",
        "some",
        "approximately",
    ];
    const OVER: &[&str] = &["over"];
    // The first figure's own year, right after it or its drug.
    let after = if toks.is(q.end, &["of"]) {
        drug_at(toks, q.end + 1).map_or(q.end, |d| d.end)
    } else {
        q.end
    };
    if !names_a_year(toks, after) {
        return Vec::new();
    }
    // (Not a thousands group set off by a comma and a space: "the 232, 231 in 2006".)
    let group = |t: &str| t.len() == 3 && t.bytes().all(|b| b.is_ascii_digit());
    let mut out = Vec::new();
    for n in after..next_start.min(after + 40).min(toks.len()) {
        if !toks.is_num(n) {
            continue;
        }
        let before = n.wrapping_sub(1);
        let own = if toks.is(before, LOOSE) {
            Some(Qualifier::Approx)
        } else if toks.is(before, OVER) {
            Some(Qualifier::AtLeast)
        } else {
            None
        };
        let join = before.wrapping_sub(usize::from(own.is_some()));
        if !toks.is(join, &[",", "and"])
            || (toks.is(join, &[","]) && toks.is_num(join.wrapping_sub(1)) && group(toks.text(n)))
        {
            continue;
        }
        let (times, k) = super::multiplier(toks, n + 1).unwrap_or((1.0, n + 1));
        if !names_a_year(toks, k) {
            continue;
        }
        let Some(v) = parse_digits(toks.text(n), comma_is_decimal) else {
            continue;
        };
        let qualifier = own.unwrap_or(Qualifier::Exact);
        out.push((n, k, v.value * times, qualifier));
    }
    out
}

/// The bare number at token `n`, worth `amount`, in the unit of figure `q` it leans on.
fn leaning_on(q: &Quantity, n: usize, amount: f64) -> Quantity {
    Quantity {
        start: n,
        num_start: n,
        end: n + 1,
        amount,
        alt_amount: None,
        qualifier: Qualifier::Exact,
        adjective_drug: None,
        ..q.clone()
    }
}
