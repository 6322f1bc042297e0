//! Restatements of one lot across an article (rule 1 of `shared/EXTRACTION.md`): a title run
//! into its lead, a loose figure at the top told precisely in the body, a total's restatement
//! dropped with it. Split from `totals.rs`: the last of the article-level passes.

use super::Candidate;
use super::totals::{
    first_of_lots_adding_up, may_restate, measure, over_a_round_figure, rounds_to,
};
use crate::model::{Kind, Qualifier, Unit};
use crate::quantity::significant_digits;

/// Restatements of one lot (rule 1): of two figures close together that state the same lot,
/// rounded, loosely or to the digit, the more precise one stays, with the specific name and
/// the first country either gives; a restatement of a total dropped for its items goes too.
pub(super) fn drop_restated_lots(cands: &mut [Candidate]) {
    // (A weight converted from pounds is no more precise than the figure written: "2.5 tons of
    // raw opium" and "the nearly 5,000 pounds of opium" are one lot of 2.5 tonnes; "more than
    // 2000 pounds" and "approximately 2354 pounds", the later figure.)
    let precision = |c: &Candidate| {
        let exact = u8::from(c.quantity.qualifier == Qualifier::Exact);
        let digits = if c.quantity.converted() {
            significant_digits(c.quantity.as_written().round()) as u8
        } else {
            significant_digits(c.quantity.amount) as u8
        };
        (digits, exact)
    };
    // Restatements stand close together: compare each candidate with the next few only.
    const WINDOW: usize = 24;
    for a in 0..cands.len() {
        for b in a + 1..cands.len().min(a + 1 + WINDOW) {
            let (x, y) = (&cands[a], &cands[b]);
            // "Over half a ton of drugs burned – Over half a ton of drugs were destroyed": a
            // title run into its lead states the lot twice in one sentence.
            if x.sentence == y.sentence {
                // ("273 кг опия 13:48 03.03.2006 Как сообщили ... около 273 килограммов опия":
                // the lead's words, qualifier and all, tell it; the title's figure goes.)
                // ("6 Million Pills Seized in Wiang Kaen District In a separate operation ...
                // seized ... 6 million methamphetamine pills": a subheading run into its
                // paragraph, of pills its words name no drug of: the named lot stays.)
                if !x.dropped
                    && !y.dropped
                    && x.quantity.amount == y.quantity.amount
                    && measure(&x.quantity) == measure(&y.quantity)
                    && (x.drug == y.drug || x.drug == "narcotic_drugs")
                {
                    let title = if x.drug != y.drug || x.quantity.qualifier != y.quantity.qualifier
                    {
                        a
                    } else {
                        b
                    };
                    cands[title].dropped = true;
                    continue;
                }
                // ("37 kg of opium found hidden in marble slabs In the Samarkand region, ...
                // seized 37.4 kilograms of opium": the title's round figure, run into the lead.)
                let (x, y) = (&cands[a], &cands[b]);
                if !x.dropped
                    && !y.dropped
                    && x.on_title_line
                    && !y.on_title_line
                    && x.drug == y.drug
                    && measure(&x.quantity) == measure(&y.quantity)
                    && rounds_to(y.quantity.amount, x.quantity.amount)
                {
                    cands[a].dropped = true;
                }
                continue;
            }
            // A restatement of a total dropped for its items goes with it.
            // (Of the same drug word: "около 30 кг гашиша" among the items is one of them.)
            // (So does a loose one: "почти 1 килограмм" in the lead over 940 grams itemised.)
            // (And a title's round figure of it: "768 kg of Drugs Were Seized" over "768.5kg
            // of various types of narcotics", itemised in the body.)
            let loose_of = |total: &Candidate, other: &Candidate| {
                total.itemised
                    && other.parent.is_none()
                    && other.quantity.amount != total.quantity.amount
                    && (other.drug == total.drug || other.drug == "narcotic_drugs")
                    && ((other.quantity.qualifier != Qualifier::Exact
                        && may_restate(
                            other.quantity.amount,
                            other.quantity.qualifier,
                            total.quantity.amount,
                        ))
                        || ((other.headline || other.sentence < total.sentence)
                            && rounds_to(total.quantity.amount, other.quantity.amount)
                            && (total.quantity.amount - other.quantity.amount).abs()
                                <= 0.02 * other.quantity.amount))
            };
            // (Not the loose first of the lots that come to it: "At least 80kgs" and "Other
            // 3kgs" after "83kgs".)
            let first_lot = |t: usize, o: usize| o > t && first_of_lots_adding_up(cands, t, o);
            if ((x.itemised && !y.dropped) || (y.itemised && !x.dropped))
                && measure(&x.quantity) == measure(&y.quantity)
                && ((x.quantity.amount == y.quantity.amount && x.drug == y.drug)
                    || (loose_of(x, y) && !first_lot(a, b))
                    || (loose_of(y, x) && !first_lot(b, a)))
            {
                cands[a].dropped = true;
                cands[b].dropped = true;
                continue;
            }
            if x.dropped || y.dropped {
                continue;
            }
            // ("1,650 psychotropic pills" in the lead, "1,650 pregabalin pills" in the body:
            // pills of no named drug are any drug's pills.)
            let pills = x.quantity.unit == Unit::Tablet && y.quantity.unit == Unit::Tablet;
            let generic = x.drug == "narcotic_drugs"
                || y.drug == "narcotic_drugs"
                || (pills
                    && (x.drug == "psychotropic_tablets" || y.drug == "psychotropic_tablets"));
            // (Two figures in pounds are compared as written: "more than two pounds" and
            // "2.7 pounds", not 0.907 kg and 1.225 kg.)
            let written = x.quantity.converted() && x.quantity.factor == y.quantity.factor;
            let (p, q) = if written {
                (x.quantity.as_written(), y.quantity.as_written())
            } else {
                (x.quantity.amount, y.quantity.amount)
            };
            let (xq, yq) = (x.quantity.qualifier, y.quantity.qualifier);
            // "recovered 1,200 kgs of hashish ... at the Pak-Afghan border"; two sentences on,
            // "trying to smuggle about 1,200 kgs of hashish": a loose restatement close by is
            // the same lot even where its sentence names another country.
            // ("seized almost a tonne of cocaine" in the lead, "The cocaine, which weighed a
            // total of 946 kilos, was ... placed in the cargo in Colombia" two sentences on: so
            // is a loose figure told precisely.)
            let loose_nearby = (p == q || (xq != Qualifier::Exact && may_restate(p, xq, q)))
                && (xq != Qualifier::Exact || yq != Qualifier::Exact)
                && y.sentence <= x.sentence + 3;
            // ("seized more than two tons of cocaine" in the lead; "found 95 sacks ...,
            // totaling more than two tons" at the end, after a sentence on where the crew came
            // from: one loose figure told twice, word for word, is one lot, however far apart.)
            // (Not a loose figure of another day: "more than two tons" found again a week on;
            // the day of the operation and the day it was told are a day or two apart.)
            let days_apart = |a: &crate::model::EventDate, b: &crate::model::EventDate| {
                (a.year, a.month) == (b.year, b.month) && a.day.abs_diff(b.day) <= 3
            };
            let loose_again = p == q
                && xq == yq
                && xq != Qualifier::Exact
                && x.drug == y.drug
                && y.date.is_none_or(|d| {
                    d.precision != crate::model::Precision::Day
                        || x.date.is_some_and(|e| days_apart(&d, &e))
                });
            // "задержали 10 килограмм героина" at the top, "обнаружили 10,2 кг" in the body:
            // a title's or lead's round figure is the precise one rounded.
            // ("Нарколабораторию с 81 килограммом наркотиков" in the title, «производным
            // N-метилэфедрона общей массой 81,5 килограмм» in the body: the drugs named.)
            // (Not «в 2024 году — около одной тонны» against another year's 1,191 kg.)
            // (A figure with no date agrees with any: "bringing 4 kilogrammes of drugs" in the
            // lead, "4,200 grammes of marijuana" found in January 2022.)
            let same_year = x.date.zip(y.date).is_none_or(|(a, b)| a.year == b.year);
            let rounded =
                x.sentence <= 3 && (x.drug == y.drug || (generic && same_year)) && rounds_to(q, p);
            // ("nearly a half ton of heroin" at the top is the body's "including 497 kilograms
            // of heroin", though that is one part of a total.)
            let part_rounded = rounded && x.parent.is_none() && y.parent.is_some() && p > q;
            // ("Police announced the seizure of more than 4 tons" in the lead, "4,200 kg ...
            // in the past 48 hours" in the body: the lead's loose figure is the body's total,
            // whatever kind its own sentence made it.)
            let lead_loose = x.sentence <= 2
                && xq != Qualifier::Exact
                && x.kind != Kind::Destruction
                && y.kind != Kind::Destruction;
            // ("22 Million Root Cannabis Seized" over "the destruction of 22 million root
            // cannabis plants seized in the operations": a title's (or first sentence's) figure
            // given again in the body is the body's lot, of the kind the body tells.)
            // ("... 12.45 kilograms of marijuana ..."; then "In a separate operation, up to 12 kg
            // of marijuana were confiscated": another incident's figure restates no body figure
            // before it, though it may restate the lead's summary of both.)
            // ("The Ministry has seized 18 kg of drugs through anti-drug work" in the lead,
            // "seized 18 kg of drugs ... from January 1 through April 24" next: the lead's
            // figure told again with its period.)
            // (Or further down, when it is the very figure of the same drug: a subheading's
            // "Конфисковано 67 тонн марихуаны" told again with its period in the body.)
            let lead_again = x.sentence <= 2
                && (y.sentence <= x.sentence + 2 || (p == q && x.drug == y.drug))
                && x.date.is_none();
            let title_again = (x.headline || x.sentence == 0 || lead_again)
                && !y.headline
                && p == q
                && x.kind != y.kind;
            // ("seizing three suspects and 160 kilograms of drugs" in the lead, "found six
            // bags of methamphetamine with a total weight of 160 kilograms" in the body: the
            // lead's figure of "drugs" told again to the digit with its drug named, wherever
            // each sentence says it happened.)
            let named_again = x.drug == "narcotic_drugs"
                && y.drug != "narcotic_drugs"
                && p == q
                && x.sentence <= 2
                && !x.headline
                && y.sentence <= x.sentence + 6;
            let same = (x.drug == y.drug || generic)
                && measure(&x.quantity) == measure(&y.quantity)
                && (x.kind == y.kind || lead_loose || title_again)
                // ("СБУ ... изъято 174,5 кг героина" in a lead naming three countries, no
                // country of its own; «... в Илличевском морском порту ... обнаружено 174,5 кг
                // героина» in the body: a figure told again to the digit fills in the place.)
                && (x.country == y.country
                    || loose_nearby
                    || named_again
                    || loose_again
                    || (p == q && x.sentence <= 2 && (x.country.is_none() || y.country.is_none())))
                && x.parent.is_none()
                && (y.parent.is_none() || part_rounded)
                && !(y.another_incident && x.sentence > 1 && !x.headline)
                // («Напомним, в октябре ... задержали ... с 1,75 кг героина» after the lead's
                // "2 кг": a story recalled is not the lead's lot.)
                && !y.recalled
                // ("over 75 kilograms of cocaine" three months into 2024, "75.17 kilograms of
                // cocaine" over 2023: figures of two years are two lots.)
                && (x.date.is_none() || y.date.is_none() || same_year);
            // ("более 400 граммов наркотиков" in the lead, "482,3 грамма" in the body.)
            let lead_over =
                xq == Qualifier::AtLeast && x.sentence <= 2 && over_a_round_figure(p, q);
            let restated = lead_over
                || (xq != Qualifier::Exact && may_restate(p, xq, q))
                || (yq != Qualifier::Exact && may_restate(q, yq, p))
                || rounded
                || p == q;
            if same && restated {
                // The more precise statement stays; of two as precise, the one with a date.
                // ("Шесть тонн наркотиков изъято" at the top, "изъято более шести тонн" in
                // the body: of one figure told with two qualifiers, the body's words tell it.)
                // ("около 900 г" in the title, "Более 900 г" in the body: the same.)
                let top_unqualified = p == q && x.sentence <= 3 && yq != xq;
                // (And the lead's loose figure is the body's lot of the kind the body tells:
                // "Около 2 тонн кокаина обнаружили" over «с начала недели ... обнаружила около
                // 2 тонн».)
                let body_kind =
                    lead_loose && x.kind != y.kind && !y.headline && y.sentence > x.sentence;
                let drop = match precision(&cands[b]).cmp(&precision(&cands[a])) {
                    _ if title_again || top_unqualified || body_kind || named_again => a,
                    std::cmp::Ordering::Greater => a,
                    std::cmp::Ordering::Less => b,
                    std::cmp::Ordering::Equal if x.date.is_none() && y.date.is_some() => a,
                    std::cmp::Ordering::Equal => b,
                };
                // The lot keeps the specific name either statement gives it, and the country
                // of the first statement (the other's sentence names another on the way).
                let countries_differ = x.country != y.country;
                let kept = a + b - drop;
                if cands[kept].drug == "narcotic_drugs"
                    || (pills && cands[kept].drug == "psychotropic_tablets")
                {
                    cands[kept].drug = cands[drop].drug;
                }
                // (A first statement with no country of its own takes the other's.)
                if countries_differ && !named_again {
                    cands[kept].country = cands[a.min(b)].country.or(cands[a.max(b)].country);
                }
                // ("This Tuesday, March 9, ... more than a ton of cocaine was seized"; later,
                // "totaling 1,111 kg of cocaine": the lot keeps the day the loose statement
                // told. "In late November 2020, the Chilean Navy seized more than half a ton of
                // cocaine"; later, "532 kilograms": or its month.)
                if cands[kept].date.is_none()
                    && cands[kept].kind == Kind::Seizure
                    && cands[drop].kind == Kind::Seizure
                    && drop < kept
                    && cands[drop].date.is_some_and(|d| {
                        matches!(
                            d.precision,
                            crate::model::Precision::Day | crate::model::Precision::Month
                        )
                    })
                {
                    cands[kept].date = cands[drop].date;
                    cands[kept].date_resolved = cands[drop].date_resolved;
                }
                cands[drop].dropped = true;
            }
        }
    }
}
