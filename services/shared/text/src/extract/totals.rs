//! The rules that need the whole article: totals and the parts that itemise them (in the same
//! sentence, the next ones or a list), closing totals, separators read to agree with the other
//! figures and headlines (rules 1, 2, 3 and 13 of `shared/EXTRACTION.md`); restatements of one
//! lot, the last pass, are `restatements.rs`.

use super::{Candidate, cue};
use crate::lexicon::is_category;
use crate::model::{Kind, Precision, Qualifier, Unit};
use crate::quantity::Quantity;
use crate::quantity::significant_digits;

/// "... seized 4,755 kg of drugs. Of these, 2,140 kg was hashish ...": the parts in a sentence
/// that opens with them belong to the largest figure of the sentence before; a total its parts
/// add up to is dropped (only the parts are events).
pub(super) fn link_parts_to_earlier_totals(cands: &mut [Candidate]) {
    let mut k = 0;
    while k < cands.len() {
        if !cands[k].opens_parts {
            k += 1;
            continue;
        }
        // The group: consecutive sentences that open with parts (a list's items).
        let mut end = k;
        while end < cands.len()
            && cands[end].opens_parts
            && cands[end].sentence <= cands[end.saturating_sub(1).max(k)].sentence + 1
        {
            end += 1;
        }
        // A list with nothing before it: no total to itemise (its first item is not one).
        if k == 0 {
            k = end;
            continue;
        }
        let prev_sentence = cands[k - 1].sentence;
        // This period's total and items, then another period's given in brackets beside them.
        for other_period in [false, true] {
            let unit = (cands[k].quantity.unit, other_period);
            let total = (0..k)
                .filter(|&j| {
                    cands[j].sentence == prev_sentence
                        && !cands[j].dropped
                        && measure(&cands[j].quantity) == unit
                })
                .max_by(|&a, &b| {
                    cands[a]
                        .quantity
                        .amount
                        .total_cmp(&cands[b].quantity.amount)
                });
            if let Some(t) = total {
                let parts: Vec<usize> = (k..end)
                    .filter(|&j| !cands[j].dropped && measure(&cands[j].quantity) == unit)
                    .collect();
                let sum: f64 = parts.iter().map(|&j| cands[j].quantity.amount).sum();
                if parts.len() >= 2 && fully_itemised(&cands[t].quantity, sum, true) {
                    cands[t].dropped = true;
                    // (A total of drugs at large, its items each drug's: "NDLEA destroys
                    // 14,168kg of illicit drugs" over "over 14,168 kilogrammes ... Her
                    // breakdown of the destroyed drugs included ...", a restatement goes too.)
                    cands[t].itemised = crate::lexicon::is_category(cands[t].drug);
                }
                for j in parts {
                    cands[j].parent = Some(t);
                }
            }
        }
        k = end.max(k + 1);
    }
}

/// What a figure measures, for matching a total with its parts: its unit, and whether it is
/// another period's figure given in brackets ("1 t 864.4 kg (1 t 542.6 kg)": two totals).
pub(super) fn measure(q: &Quantity) -> (Unit, bool) {
    (q.unit, q.other_period)
}

/// Whether a total is fully itemised by parts that sum to `sum` (rule 2): the parts add up to it
/// within rounding (as its qualifier allows: "over 140 kg" and parts of 140.7 kg), or, where
/// they are presented as its parts, the total is smaller than their sum (an inconsistency).
pub(super) fn fully_itemised(total: &Quantity, sum: f64, presented_as_parts: bool) -> bool {
    let t = total.amount;
    near(t, sum, 0.02)
        || match total.qualifier {
            Qualifier::AtLeast => sum >= t && sum <= t * 1.15,
            Qualifier::Approx => near(t, sum, 0.05),
            Qualifier::Exact => false,
        }
        || (presented_as_parts && t < sum)
}

fn near(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance * a.abs().max(b.abs())
}

/// Whether figure `loose` (with its qualifier) may state the same lot as the figure `precise`:
/// "over 47 kg" and "47 kg 370 g", "more than a tonne" and "1,047.3 kg", "почти 1,2 тонны" and
/// "1 186,4 кг".
pub(super) fn may_restate(loose: f64, qualifier: Qualifier, precise: f64) -> bool {
    match qualifier {
        Qualifier::AtLeast => precise >= loose && precise <= loose * 1.15,
        Qualifier::Approx => near(loose, precise, 0.10),
        Qualifier::Exact => near(loose, precise, 0.03),
    }
}

/// Whether "over `loose`", a figure of one significant digit, may be `precise` told in full:
/// below the next such figure, and at most half as much again ("более килограмма" and "1230
/// граммов", "более 400 граммов" and "482,3 грамма").
pub(super) fn over_a_round_figure(loose: f64, precise: f64) -> bool {
    if loose <= 0.0 {
        return false;
    }
    let digit = loose / 10f64.powf(loose.log10().floor());
    if (digit - digit.round()).abs() > 1e-9 {
        return false;
    }
    let limit = ((digit.round() + 1.0) / digit.round()).clamp(1.15, 1.5);
    precise >= loose && precise < loose * limit
}

/// Whether `round` is `precise` given to fewer significant digits (10 for 10.2, 1500 for
/// 1527, 2 for 2.14), rounded, or cut and within 8 % of it (130 for 137, 1500 for 1590; 10 is
/// not 15 cut).
pub(super) fn rounds_to(precise: f64, round: f64) -> bool {
    if round <= 0.0 || precise == round {
        return false;
    }
    let digits = |v: f64| significant_digits(v) as i32;
    let (d, dp) = (digits(round), digits(precise));
    if d >= dp {
        return false;
    }
    let scale = 10f64.powi(precise.log10().floor() as i32 + 1 - d);
    let near = |v: f64| (v - round).abs() <= round * 1e-9;
    near((precise / scale).round() * scale)
        || ((precise - round).abs() <= round * 0.08 && near((precise / scale).floor() * scale))
}

/// The sum of some candidates' amounts as read, and with each ambiguous separator read the
/// other way.
pub(super) fn sums_by_reading(cands: &[Candidate], which: &[usize]) -> (f64, f64) {
    let read = which.iter().map(|&j| cands[j].quantity.amount).sum();
    let other = which
        .iter()
        .map(|&j| {
            let q = &cands[j].quantity;
            q.alt_amount.unwrap_or(q.amount)
        })
        .sum();
    (read, other)
}

/// Reads an ambiguous separator the other way ("1,850 kg": 1.85 kg for 1,850).
pub(super) fn take_other_reading(q: &mut Quantity) {
    if let Some(alt) = q.alt_amount {
        q.alt_amount = Some(q.amount);
        q.amount = alt;
    }
}

/// Ambiguous separators ("29,770 kg": 29 770 or 29.77) read the way that agrees with the other
/// figures of the article: a headline's "over 29 kg", or items that add up.
fn reconcile_readings(cands: &mut [Candidate]) {
    for a in 0..cands.len() {
        let Some(alt) = cands[a].quantity.alt_amount else {
            continue;
        };
        let agrees = |amount: f64| {
            (0..cands.len()).any(|b| {
                b != a
                    && measure(&cands[b].quantity) == measure(&cands[a].quantity)
                    && (cands[b].drug == cands[a].drug
                        || cands[b].drug == "narcotic_drugs"
                        || cands[a].drug == "narcotic_drugs")
                    && cands[b].quantity.alt_amount.is_none()
                    && (may_restate(
                        cands[b].quantity.amount,
                        cands[b].quantity.qualifier,
                        amount,
                    )
                        // ("... 2kgs of dagga" in the lead over "2,235 kilogrammes of dagga":
                        // the lead's figure rounds one reading.)
                        || ((cands[b].headline || cands[b].sentence <= 2)
                            && rounds_to(amount, cands[b].quantity.amount)))
            })
        };
        if !agrees(cands[a].quantity.amount) && agrees(alt) {
            take_other_reading(&mut cands[a].quantity);
        }
    }
    // A total and the items of the next sentence read the way that makes them add up: items
    // ("1,850 kg") or the total ("7.197 kilograms of drugs ... 5.888 kilograms of opium, 761
    // kilograms of hashish ...") whose separator is ambiguous take their other reading when
    // only that agrees.
    for t in 0..cands.len() {
        let next = cands[t].sentence + 1;
        let items: Vec<usize> = (t + 1..cands.len())
            .take_while(|&j| cands[j].sentence <= next)
            .filter(|&j| {
                cands[j].sentence == next
                    && measure(&cands[j].quantity) == measure(&cands[t].quantity)
            })
            .collect();
        if items.len() < 2 {
            continue;
        }
        let (read, other) = sums_by_reading(cands, &items);
        let total = cands[t].quantity.amount;
        if near(read, total, 0.02) {
            continue;
        }
        let total_other = cands[t].quantity.alt_amount;
        let (switch_total, switch_items) = if other != read && near(other, total, 0.02) {
            (false, true)
        } else if total_other.is_some_and(|a| near(read, a, 0.02)) {
            (true, false)
        } else if other != read && total_other.is_some_and(|a| near(other, a, 0.02)) {
            (true, true)
        } else {
            continue;
        };
        if switch_total {
            take_other_reading(&mut cands[t].quantity);
        }
        if switch_items {
            for j in items {
                take_other_reading(&mut cands[j].quantity);
            }
        }
    }
}

/// How round a figure is: the zeros that end a whole number (200 → 2, 240 → 1), less the
/// decimals of one with a fraction (12.2 → -1).
fn roundness(amount: f64) -> i32 {
    if amount.fract().abs() > 1e-9 {
        let mut decimals = 0;
        let mut x = amount;
        while x.fract().abs() > 1e-6 && decimals < 6 {
            x *= 10.0;
            decimals += 1;
        }
        return -decimals;
    }
    let mut whole = amount.round() as i64;
    let mut zeros = 0;
    while whole != 0 && whole % 10 == 0 {
        whole /= 10;
        zeros += 1;
    }
    zeros
}

/// Whether the body tells the headline figure `h` again, or may: a headline of "drugs" sums
/// the body's lots; one of a named drug is told again by any lot of that drug, by a figure of
/// "drugs" restating it, or by the body's other lots together coming to it (a headline may
/// name the drug wrongly: "About 400KG Opium Seized" over a body of 395 kg of hashish).
fn told_in_the_body(cands: &[Candidate], h: usize) -> bool {
    let x = &cands[h];
    if is_category(x.drug) {
        return true;
    }
    let mut sum = 0.0;
    for y in cands.iter().filter(|y| !y.headline) {
        if measure(&y.quantity) != measure(&x.quantity) {
            continue;
        }
        // (Not a lot less than half its size: "Airport swoop nets 1.5kg heroin haul" over "In
        // a separate incident ... 138g of heroin"; such lots still add up to it below.)
        if y.drug == x.drug && y.quantity.amount * 2.0 >= x.quantity.amount {
            return true;
        }
        if is_category(y.drug)
            && (y.quantity.amount == x.quantity.amount
                || may_restate(x.quantity.amount, x.quantity.qualifier, y.quantity.amount)
                || may_restate(y.quantity.amount, y.quantity.qualifier, x.quantity.amount))
        {
            return true;
        }
        sum += y.quantity.amount;
    }
    // (A rounded headline: "Close to 1,000 Kilos" of lots that come to 928.)
    let tolerance = if x.quantity.qualifier == Qualifier::Exact {
        0.98
    } else {
        0.85
    };
    sum >= x.quantity.amount * tolerance
}

/// Whether candidate `first` and the lots after it of the total `t`'s drug and unit, within
/// the sentences a total's lots are looked for in, come to the total exactly, two or more of
/// them.
pub(super) fn first_of_lots_adding_up(cands: &[Candidate], t: usize, first: usize) -> bool {
    let total = &cands[t];
    let mut sum = 0.0;
    let lots = cands[first..]
        .iter()
        .take_while(|c| c.sentence <= total.sentence + 15)
        .filter(|c| {
            !c.dropped
                && c.drug == total.drug
                && c.quantity.unit == total.quantity.unit
                && c.kind == total.kind
        });
    for (n, c) in lots.enumerate() {
        sum += c.quantity.amount;
        if n >= 1 && near(sum, total.quantity.amount, 0.0005) {
            return true;
        }
        if sum > total.quantity.amount {
            return false;
        }
    }
    false
}

/// Which candidates are totals with parts linked to them.
pub(super) fn with_parts(cands: &[Candidate]) -> Vec<bool> {
    let mut has_parts = vec![false; cands.len()];
    for c in cands {
        if let Some(p) = c.parent {
            has_parts[p] = true;
        }
    }
    has_parts
}

/// A total stated after its lots ("seized 20 kilos of cocaine ... seized 3 kilos of cocaine
/// ... The total amount of cocaine seized in these operations is 22,243 grammes"): when the
/// lots told one by one just before it come to it (within 2 %), or to a little more, up to a
/// tenth (rule 2: an inconsistency gives the items), it is not an event; its lots are.
fn drop_closing_totals_of_the_lots_before(cands: &mut [Candidate]) {
    for t in 0..cands.len() {
        let total = &cands[t];
        if total.dropped || total.headline || !total.sums_the_lots || total.parent.is_some() {
            continue;
        }
        let mut sum = 0.0;
        let mut lots = Vec::new();
        for j in (0..t).rev() {
            let lot = &cands[j];
            if lot.sentence == total.sentence {
                continue;
            }
            if lot.dropped || lot.parent.is_some() {
                continue;
            }
            // (Not over a lot that is most of it: "seizing approximately 5,400,000 pills" in
            // the lead is the total told again.)
            if measure(&lot.quantity) != measure(&total.quantity)
                || !(lot.drug == total.drug || is_category(total.drug))
                || !(lot.kind == total.kind
                    || total.kind == Kind::PeriodTotal
                    || (lot.kind == Kind::Seizure && total.kind == Kind::Destruction))
                || lot.aggregate
                || lot.quantity.amount >= total.quantity.amount * 0.9
            {
                lots.clear();
                break;
            }
            sum += lot.quantity.amount;
            lots.push(j);
            if sum >= total.quantity.amount * 0.98 {
                break;
            }
        }
        let amount = total.quantity.amount;
        if lots.len() >= 2 && amount >= sum * 0.9 && amount <= sum * 1.02 {
            cands[t].dropped = true;
            cands[t].itemised = true;
            // ("... contained 5,500 plants, while the second yielded 6,000 plants. In total,
            // 11,500 plants were discovered and destroyed": lots the total says were
            // destroyed were destroyed.)
            if cands[t].kind == Kind::Destruction {
                for j in lots {
                    if cands[j].kind == Kind::Seizure {
                        cands[j].kind = Kind::Destruction;
                        cands[j]
                            .why
                            .push(cue("kind", "a lot of a total destroyed: destroyed", ""));
                    }
                }
            }
        }
    }
}

/// Article-level rules: headlines that restate the body, the same lot given twice.
pub(super) fn apply_article_rules(cands: &mut [Candidate]) {
    reconcile_readings(cands);
    drop_closing_totals_of_the_lots_before(cands);
    // A total whose items follow in the next sentence and add up to it is not an event.
    for t in 0..cands.len() {
        if cands[t].dropped || cands[t].headline {
            continue;
        }
        let next = cands[t].sentence + 1;
        let items: Vec<usize> = (t + 1..cands.len())
            .take_while(|&j| cands[j].sentence <= next)
            .filter(|&j| {
                cands[j].sentence == cands[t].sentence + 1
                    && !cands[j].dropped
                    && measure(&cands[j].quantity) == measure(&cands[t].quantity)
                    && (cands[j].kind == cands[t].kind || cands[t].kind == Kind::PeriodTotal)
            })
            .collect();
        let sum: f64 = items.iter().map(|&j| cands[j].quantity.amount).sum();
        // ("seized a record 3.8 tons of drugs this year" over "This year, 3.8 tons of drugs
        // and more than 50 kilograms of drug products have been seized": a sentence that
        // restates the total does not itemise it.)
        let restated = items.iter().any(|&j| {
            cands[j].quantity.amount == cands[t].quantity.amount && cands[j].drug == cands[t].drug
        });
        // («Почти 4 тонны наркотиков ... утилизировано» over «3 тонны марихуаны, 600 кг
        // кокаина и 700 кг героина сожгли»: drugs in general told loosely, then as named drugs
        // that come to a little more, an inconsistency, rule 2: the items.)
        let loose = &cands[t].quantity;
        let a_little_more = is_category(cands[t].drug)
            && loose.qualifier == Qualifier::Approx
            && sum > loose.amount
            && sum <= loose.amount * 1.1
            && items.iter().all(|&j| !is_category(cands[j].drug));
        if items.len() >= 2
            && !restated
            && (a_little_more || fully_itemised(&cands[t].quantity, sum, false))
        {
            cands[t].dropped = true;
            cands[t].itemised = true;
            let kind = cands[t].kind;
            for j in items {
                if cands[j].kind != kind {
                    cands[j].kind = kind;
                    cands[j]
                        .why
                        .push(cue("kind", "an item of a total: its kind", ""));
                }
            }
        }
    }
    // "... seized a total of 1.3 tons of narcotic substances in operations at three gates."
    // followed, a few sentences on, by each gate's lot: a total of drugs whose lots, given one
    // by one after it, add up to it is not an event either.
    let has_parts = with_parts(cands);
    for t in 0..cands.len() {
        // A category, or a named drug stated as a sum ("a total of 902 kilos of cocaine in
        // three busts"), whose lots are then of that drug.
        let category = is_category(cands[t].drug) || cands[t].aggregate;
        // Any other figure of a named drug only when its later lots add up to it to the last
        // digit of two or more ("The seized drugs include 1,500.6 kilograms of skunk ..."
        // then "1,350.4 kilograms of skunk" and "150.2 kilograms of skunk"; "seized 92.5 kg of
        // heroin", then "83.5 kg ... in the truck" and "Nine kg ... in an apartment"; "640
        // kilograms of opium in separate operations", then 420 and 220 kilograms).
        let precise = cands[t].quantity.qualifier == Qualifier::Exact
            && format!("{}", cands[t].quantity.amount)
                .replace('.', "")
                .trim_matches('0')
                .len()
                >= 2;
        // (An item of a list is not the total of the items after it; a total whose parts were
        // introduced as such, "В их числе ...", was judged on them.)
        // ("capture more than 1.5 tons of opium" in the lead, then 1,112 kilograms in the
        // operation and 393 kg in another: a loose figure at the top that sums the lots told
        // after it.)
        // (Not a part itself: "recovered 95 kg narcotics including over 61 kg charras".)
        // (The lead may come after page furniture: "Over 8 kg heroin seized ... File photo\n
        // Turkish forces have seized over 8 kilograms of heroin in Gaziantep and Hatay", then
        // 4.6 kg in Gaziantep and 3.8 kg in Hatay: the first figure after the headline's.)
        let lead_loose = (cands[t].sentence <= 2 || cands[..t].iter().all(|c| c.headline))
            && cands[t].quantity.qualifier != Qualifier::Exact
            && cands[t].parent.is_none();
        if cands[t].dropped
            || cands[t].headline
            || (cands[t].opens_parts && category)
            || !(category || precise || lead_loose)
            || has_parts[t]
        {
            continue;
        }
        let (mut sum, mut parts) = (0.0, 0);
        let mut counted = Vec::new();
        // From the next sentence on (candidates come in sentence order).
        let next = t + cands[t..].partition_point(|c| c.sentence == cands[t].sentence);
        for j in next..cands.len() {
            let c = &cands[j];
            // (Its restatement ends the search; another lot of "drugs" is one of its lots.)
            // ("more than 4.2 million" is not restated by "4,080,000", below it.)
            let below_its_floor = cands[t].quantity.qualifier == Qualifier::AtLeast
                && c.quantity.amount < cands[t].quantity.amount;
            // (Of its unit: "424 kilograms of marijuana packed in 519 plastic bags" after "over
            // 500 kilograms" restates nothing.)
            let restates = c.drug == cands[t].drug
                && measure(&c.quantity) == measure(&cands[t].quantity)
                && !below_its_floor
                && (may_restate(
                    cands[t].quantity.amount,
                    cands[t].quantity.qualifier,
                    c.quantity.amount,
                ) || may_restate(
                    c.quantity.amount,
                    c.quantity.qualifier,
                    cands[t].quantity.amount,
                ));
            // (Nor are the figures of a sentence that adds something besides: "... burned
            // nearly 1.5 tons of drugs. The burned drugs included 74 kg heroin, 970 kg opium ...
            // Besides, ... over 500 kg of poppy seeds separately burned.")
            // ("sneak 83kgs of cannabis ..." then "At least 80kgs of cannabis were seized ...
            // Other 3kgs of cannabis ...": a loose figure that begins lots adding up to the
            // total exactly is its first lot, not its restatement.)
            let restates = restates && !first_of_lots_adding_up(cands, t, j);
            if c.sentence > cands[t].sentence + 15 || restates || c.adds_besides {
                break;
            }
            // Precursors are not part of a total of drugs; a period's total has its period's
            // finds for lots; a named drug's total has lots of that drug.
            let named = !is_category(cands[t].drug);
            // (A lot of "drugs" may be one of a loose lead figure's: "over four tonnes of
            // methamphetamine", then "three tonnes of drugs" and "1.1 tonnes of ... crystal".)
            let unnamed_lot = lead_loose && c.drug == "narcotic_drugs";
            if c.dropped
                || (named && c.drug != cands[t].drug && !unnamed_lot)
                || c.drug == "precursors"
                || c.quantity.unit != cands[t].quantity.unit
                || (c.kind != cands[t].kind && cands[t].kind != Kind::PeriodTotal)
            {
                continue;
            }
            sum += c.quantity.amount;
            parts += 1;
            counted.push(j);
            // ("two separate attempts to smuggle over 1 million captagon tablets", then
            // 699,500 and 579,632 pills: a floor told as the sum of the lots, which they pass.)
            let floor_of_the_lots = cands[t].aggregate
                && cands[t].quantity.qualifier == Qualifier::AtLeast
                && sum >= cands[t].quantity.amount;
            let adds_up = if category || lead_loose {
                fully_itemised(&cands[t].quantity, sum, false) || floor_of_the_lots
            } else {
                near(sum, cands[t].quantity.amount, 0.0005)
            };
            if parts >= 2 && adds_up {
                cands[t].dropped = true;
                cands[t].itemised = true;
                // (Its lots of "drugs" are of its drug.)
                if named {
                    let drug = cands[t].drug;
                    for &j in &counted {
                        if cands[j].drug == "narcotic_drugs" {
                            cands[j].drug = drug;
                        }
                    }
                }
                // ("seized more than 1.5 ton ... over the past three days", then "The official
                // listed the seized drugs as nearly 1.3 ton of opium, 144 kg of ..."): a
                // period's total itemised by one list of lots with no day of their own is
                // itemised by that period's totals. (Not lots told one by one in sentences of their own:
                // a digest's finds.)
                let list = cands[counted[0]].sentence;
                let one_list = counted.iter().all(|&j| cands[j].sentence == list);
                if cands[t].kind == Kind::PeriodTotal && one_list {
                    // (All the list's lots: the first ones may already come to the total.)
                    let unit = cands[t].quantity.unit;
                    let lots: Vec<usize> = (next..cands.len())
                        .filter(|&j| cands[j].sentence == list && cands[j].quantity.unit == unit)
                        .collect();
                    for j in lots {
                        let day = cands[j].date.is_some_and(|d| d.precision == Precision::Day);
                        if cands[j].kind == Kind::Seizure && !day {
                            cands[j].kind = Kind::PeriodTotal;
                            if cands[j].date.is_none() {
                                cands[j].date = cands[t].date;
                            }
                        }
                    }
                }
                break;
            }
            if sum > cands[t].quantity.amount * 1.02 {
                break;
            }
        }
    }
    // A closing total ("The total weight of the seized drugs is 19.6 kilograms") of the items
    // just given is not an event either.
    // So is one of a named drug whose lots were just given ("... весом 925 кг; ... 5 т 500 кг.
    // Общая площадь ... общим весом 11 т 432 кг").
    for t in 0..cands.len() {
        if cands[t].dropped || cands[t].headline {
            continue;
        }
        let generic = cands[t].drug == "narcotic_drugs";
        let mut sum = 0.0;
        let mut parts = 0;
        // ("In total, 26.805 kilograms ... were seized during the operation" after six
        // paragraphs of finds: a sum told as such looks further back.)
        let reach = if cands[t].aggregate { 12 } else { 4 };
        for j in (0..t).rev() {
            let c = &cands[j];
            if c.sentence + reach < cands[t].sentence {
                break;
            }
            if c.dropped
                || c.drug == "narcotic_drugs"
                || (!generic && c.drug != cands[t].drug)
                || c.quantity.unit != cands[t].quantity.unit
                || c.kind != cands[t].kind
            {
                continue;
            }
            sum += c.quantity.amount;
            parts += 1;
            let weighed_sum = cands[t].aggregate && cands[t].quantity.unit == Unit::Kg;
            let enough = if generic || weighed_sum { 2 } else { 3 };
            if parts >= enough && fully_itemised(&cands[t].quantity, sum, false) {
                cands[t].dropped = true;
                cands[t].itemised = true;
                break;
            }
        }
    }
    // Pieces that name no drug, in an article that gives weights, are packaging of those lots;
    // so are packages of a drug the article weighs ("13 bags of dried marijuana" of a 6.5 kg
    // lot, "315 packs of heroin").
    let weighed: Vec<&str> = cands
        .iter()
        .filter(|c| c.quantity.unit == Unit::Kg && !c.dropped)
        .map(|c| c.drug)
        .collect();
    // So are packets of what the same sentence counts in tablets or ampoules ("100 000 mandrax
    // tablets contained in 100 packets").
    // (An unnamed count is of the packets' drug when it outnumbers them: "24 packets of
    // mandrax tablets totalling 24,000 capsules".)
    // (Candidates come in sentence order: each packet looks only at its own sentence's counts.)
    let counted: Vec<(usize, &str, bool, f64)> = cands
        .iter()
        .filter(|c| matches!(c.quantity.unit, Unit::Tablet | Unit::Ampoule) && !c.dropped)
        .map(|c| (c.sentence, c.drug, c.unnamed, c.quantity.amount))
        .collect();
    for c in cands.iter_mut() {
        let of_a_weight = !weighed.is_empty()
            && ((c.unnamed && matches!(c.quantity.unit, Unit::Package | Unit::Item))
                || (c.quantity.unit == Unit::Package && weighed.contains(&c.drug)));
        let of_a_count = c.quantity.unit == Unit::Package && {
            let from = counted.partition_point(|k| k.0 < c.sentence);
            counted[from..]
                .iter()
                .take_while(|k| k.0 == c.sentence)
                .any(|&(_, d, unnamed, n)| {
                    d == c.drug || c.unnamed || (unnamed && n > c.quantity.amount)
                })
        };
        if of_a_weight || of_a_count {
            c.dropped = true;
        }
    }
    if cands.iter().any(|c| !c.headline && !c.dropped) {
        // "About 20 tons of wild cannabis burned" over "about 18.5 tons of the drug have been
        // burned": the body's figure stays, with the name the headline gives its drug.
        for h in 0..cands.len() {
            if !cands[h].headline || cands[h].drug == "narcotic_drugs" {
                continue;
            }
            let body = (0..cands.len()).find(|&b| {
                let (x, y) = (&cands[h], &cands[b]);
                !y.headline
                    && !y.dropped
                    && y.drug == "narcotic_drugs"
                    && y.kind == x.kind
                    && measure(&y.quantity) == measure(&x.quantity)
                    && (x.quantity.amount == y.quantity.amount
                        || (x.quantity.qualifier != Qualifier::Exact
                            && may_restate(
                                x.quantity.amount,
                                x.quantity.qualifier,
                                y.quantity.amount,
                            )))
            });
            if let Some(b) = body {
                cands[b].drug = cands[h].drug;
                cands[b]
                    .why
                    .push(cue("drug", "named in the headline", cands[h].drug));
            }
        }
        // «В Перу полицейские уничтожили 6 тонн кокаина» over «6 тонн кокаина правоохранители
        // изъяли во время двух спецопераций»: the lot the headline says was destroyed was seized
        // first; of the two, destruction wins, as in one sentence.
        for h in 0..cands.len() {
            if !cands[h].headline || cands[h].kind != Kind::Destruction {
                continue;
            }
            let (amount, unit, drug) = (
                cands[h].quantity.amount,
                cands[h].quantity.unit,
                cands[h].drug,
            );
            for y in cands.iter_mut() {
                if !y.headline
                    && !y.dropped
                    && y.kind == Kind::Seizure
                    && y.quantity.unit == unit
                    && y.quantity.amount == amount
                    && (y.drug == drug || y.drug == "narcotic_drugs")
                {
                    y.kind = Kind::Destruction;
                    y.why
                        .push(cue("kind", "the headline says it was destroyed", ""));
                }
            }
        }
        // A headline's figure the body tells again (the same lot, rounded or precise, or the
        // sum of its lots) goes; one the body never tells is a lot of its own ("сожгли более
        // центнера марихуаны и 8 килограммов героина" over a body that weighs only "более
        // центнера" of drugs).
        // («нашли 240 килограммов кокаина» over a body whose one lot of it is «более 200
        // килограммов»: the same lot, and the headline's precise figure is the one kept, rule 1.
        // Not a round headline over a precise body: "200 кг" over «около 188 кг».)
        for h in 0..cands.len() {
            if !cands[h].headline
                || cands[h].dropped
                || cands[h].quantity.qualifier != Qualifier::Exact
            {
                continue;
            }
            let same: Vec<usize> = (0..cands.len())
                .filter(|&y| {
                    !cands[y].headline
                        && !cands[y].dropped
                        && cands[y].drug == cands[h].drug
                        && measure(&cands[y].quantity) == measure(&cands[h].quantity)
                })
                .collect();
            if let [y] = same[..]
                && cands[y].quantity.qualifier != Qualifier::Exact
                && roundness(cands[y].quantity.amount) > roundness(cands[h].quantity.amount)
                && (may_restate(
                    cands[y].quantity.amount,
                    cands[y].quantity.qualifier,
                    cands[h].quantity.amount,
                ) || (cands[y].quantity.qualifier == Qualifier::AtLeast
                    && over_a_round_figure(cands[y].quantity.amount, cands[h].quantity.amount)))
            {
                cands[y].dropped = true;
                cands[h].headline = false;
                cands[h].why.push(cue(
                    "kind",
                    "a headline's precise figure the body tells loosely",
                    "",
                ));
            }
        }
        for h in 0..cands.len() {
            if cands[h].headline && told_in_the_body(cands, h) {
                cands[h].dropped = true;
            }
        }
        for c in cands.iter_mut().filter(|c| c.headline && !c.dropped) {
            c.why
                .push(cue("kind", "a headline's lot the body never tells", ""));
        }
    }
    super::restatements::drop_restated_lots(cands);
}
