//! The candidate events of one sentence: each figure with its drug, and its kind from the verb
//! `figure_kind.rs` finds for it.
//! Split from `extract.rs`: the sentence-level step; the sentence's lots are then settled
//! against each other (packaging beside a weight, totals whose items follow) in
//! `sentence_lots.rs`, and the article-level rules are in `totals.rs`.

use super::figure_drug::FigureDrug;
use super::figure_kind::kind_of_figure;
use super::no_find;
use super::non_events::not_an_event;
use super::sentence_drugs::{SentenceDrugs, plants_weighed};
use super::sentence_lots::settle_sentence_lots;
use super::{Candidate, cue, words};
use crate::fold::Tokens;
use crate::lexicon::drug_at;
use crate::model::{Kind, Unit};
use crate::quantity::Quantity;

/// The candidates of one sentence. `continues` is the kind of the previous sentence's events
/// when this one may carry on their story without a verb of its own ("His backpack contained a
/// further 180 doses ...").
pub(super) fn sentence_candidates(
    toks: &Tokens,
    headline: bool,
    si: usize,
    quantities: &[Quantity],
    verbs: &[(usize, Kind)],
    continues: Option<Kind>,
    cands: &mut Vec<Candidate>,
) {
    let inherited = [(0, continues.unwrap_or(Kind::Seizure))];
    let verbs = match (verbs.is_empty(), continues) {
        (false, _) => verbs,
        (true, Some(_)) => &inherited[..],
        // (Not a headline of how much flows each year, "More Than 100 Tons of Heroin Brought
        // Every Year Across Tajik-Afghan Border": an estimate, no find.)
        (true, None)
            if headline
                && (0..toks.len()).any(|k| drug_at(toks, k).is_some())
                && !(0..toks.len()).any(|k| {
                    toks.phrase_at(k, "every year")
                        || toks.phrase_at(k, "each year")
                        || toks.phrase_at(k, "per year")
                        || toks.is(k, &["annually", "ежегодно"])
                        || toks.phrase_at(k, "каждый год")
                }) =>
        {
            &inherited[..]
        }
        (true, None) => return,
    };
    if no_find::tells_no_find(toks) {
        return;
    }
    let has_weight = quantities.iter().any(|q| q.unit == Unit::Kg);
    let drugs = SentenceDrugs::new(toks, quantities);
    let drug_context = drugs.drug_context;
    let first = cands.len();
    // (The breakdown of a total told before: only after a weight.)
    let by_agency = breakdown_by_agency(toks)
        && cands
            .iter()
            .any(|c| c.sentence < si && c.quantity.unit == Unit::Kg);
    let mut unnamed = Vec::new();
    // Of each candidate: one of bare weights given year by year (each year's own total).
    let mut year_listed = Vec::new();
    let mut previous: Option<(&Quantity, &'static str)> = None;
    // Where the last figure that is no lot (an estimate, a capacity) ends.
    let mut no_lot_end: Option<usize> = None;
    let law_clause = no_find::law_clause_start(toks);
    for q in quantities {
        if law_clause.is_some_and(|k| q.start > k) {
            continue;
        }
        let own_verbs = verbs.as_ptr() != inherited.as_ptr();
        let Some(FigureDrug {
            drug,
            drug_end,
            named_with_figure,
            story_pills,
            mut weighed_pieces,
            of_the_story_s_drug,
            year_by_year,
            weighs_story_plants,
            plant_matter,
            substance_packets,
        }) = drugs.of_figure(q, previous, cands, si, verbs, own_verbs)
        else {
            continue;
        };
        // (Pills of the story lend no drug to the next figure: "23 units of 5-liter plastic
        // containers".)
        if !story_pills {
            previous = Some((q, drug));
        }
        // Psychotropic substances counted in tablets are psychotropic tablets.
        // So are «таблетки» that name no drug («19,8 тыс. таблеток», as Russian-language
        // releases count medicines), unless called narcotic («наркотических таблеток»).
        let unnamed_pills = toks.starts(q.unit_tok, &["таблет"])
            && !(q.start.saturating_sub(2)..q.unit_tok).any(|k| toks.starts(k, &["наркотическ"]));
        // "52,000 narcotic pills", "672 illicit pills": pills called drugs that name no drug
        // are psychotropic tablets (rule 11), unless the story names them later (the
        // headline's "Captagon pills"), so the name is settled after the article's rules.
        let narcotic_pills = q.unit == Unit::Tablet
            && drug == "narcotic_drugs"
            && toks.is(q.unit_tok, &["pills", "tablets"])
            && (q.start..q.unit_tok).any(|k| toks.is(k, crate::lexicon::PILLS_OF_SOME_DRUG));
        let drug = if q.unit == Unit::Tablet
            && (drug == "other:psychotropic_substances"
                || (drug == "narcotic_drugs" && unnamed_pills))
        {
            "psychotropic_tablets"
        } else if q.unit == Unit::Plant && drug == "opium" {
            // "319 million opium plants", «400 кустов опийного мака»: plants are the poppy, not
            // the opium drawn from it.
            "other:poppy"
        } else {
            drug
        };
        // A dosage strength, "Lyrica (pregabalin, 300 mg)", is not an amount seized. (A find
        // weighed in grams is: "two packs of cannabis (0.93 grams)".)
        if q.unit == Unit::Kg
            && q.amount < 0.001
            && toks.text(q.end) == ")"
            && toks.starts(q.unit_tok, &["mg", "мг", "milligram", "миллиграм"])
        {
            continue;
        }
        // ("could have been turned into around 800 kilograms of amphetamine or around 1,400
        // kilograms of methamphetamine": the alternative to a figure that is no lot is none
        // either.)
        let alternative_to_none = no_lot_end.is_some_and(|end: usize| {
            q.start > end
                && q.start - end <= 6
                && (end..q.start).any(|k| toks.is(k, &["or", "или"]))
                && !(end..q.start).any(|k| toks.is(k, &[".", ";", ","]))
        });
        if alternative_to_none || not_an_event(toks, q, drug_end, has_weight) {
            no_lot_end = Some(drug_end.max(q.end));
            continue;
        }
        // "prevented about 9,590,400 cocaine doses from going abroad", «80 тысяч доз
        // наркотиков»: doses of a drug sold by weight are what the lot would have made, not
        // pieces seized (blotters of LSD are).
        if q.unit == Unit::Dose
            && matches!(
                drug,
                "cocaine"
                    | "heroin"
                    | "opium"
                    | "hashish"
                    | "cannabis"
                    | "methamphetamine"
                    | "narcotic_drugs"
                    | "other:desomorphine"
            )
        {
            continue;
        }
        let mut why = vec![cue(
            "drug",
            if year_by_year {
                "weights given year by year"
            } else if named_with_figure {
                "drug named with the figure"
            } else {
                "pieces in a sentence about drugs"
            },
            words(toks, q.start, drug_end.max(q.end)),
        )];
        let inherited_kind = (verbs.as_ptr() == inherited.as_ptr()).then_some(inherited[0].1);
        let kind = kind_of_figure(toks, q, verbs, inherited_kind, quantities, &mut why);
        // ("127 packages of compressed drugs ... a total of 109 kg of pure cocaine": packages
        // of drugs in general name no drug either, unlike "82 packages of Tropicamide,
        // Pregabalin, and Medazepam".)
        let packages_of_drugs = q.unit == Unit::Package
            && drug == "narcotic_drugs"
            && !(q.end..drug_end).any(|k| drug_at(toks, k).is_some_and(|d| d.canonical != drug));
        unnamed.push(!named_with_figure || packages_of_drugs);
        year_listed.push(year_by_year);
        let story_plants = (!named_with_figure || weighs_story_plants)
            && (q.unit == Unit::Plant || plants_weighed(toks, q) || weighs_story_plants)
            && !drug_context;
        // ("more than 4.2 million methamphetamine pills in two separate busts": a sum over the
        // busts counted after it.)
        // ("two separate attempts to smuggle over 1 million captagon tablets": or counted
        // before it.)
        let several = |k: usize| {
            toks.is_num(k)
                || toks.is(k, &["several", "separate"])
                || crate::quantity::word_value(toks.text(k)).is_some_and(|v| v >= 2.0)
        };
        let busts = |j: usize, stems: &[&str]| toks.starts(j, stems) && toks.text(j).ends_with('s');
        const BUSTS: &[&str] = &["bust", "operation", "raid", "seizure", "haul"];
        let several_before = (q.start.saturating_sub(8)..q.start).any(|k| {
            several(k)
                && (k + 1..(k + 3).min(q.start)).any(|j| busts(j, BUSTS) || busts(j, &["attempt"]))
        });
        let over_several = several_before
            || (q.end..q.end + 8).any(|k| {
                toks.is(k, &["in", "during", "across"])
                    && several(k + 1)
                    && (k + 1..k + 4).any(|j| busts(j, BUSTS))
            });
        // The sum of the lots told before it: "The total amount of cocaine seized in these
        // operations is 22,243 grammes", a sentence that opens with the total; "The khat had a
        // combined weight of 312.7 pounds", "In all, ...", words that sum what was told.
        // ("\"In total, 11,500 ... plants were discovered and destroyed,\" he said": in
        // quoted speech too.)
        let o = usize::from(toks.is(0, &["\""]));
        let sums_the_lots = ((toks.is(o, &["total"])
            || (toks.is(o, &["the", "in"]) && toks.is(o + 1, &["total"])))
            && q.start > o + 1)
            || (q.start.saturating_sub(6)..q.start).any(|k| {
                toks.is(k, &["combined", "altogether"])
                    || (toks.is(k, &["in"]) && toks.is(k + 1, &["all"]))
            })
            // ("... 13 kilos of cocaine ... more than 53 kilos. Almost 67 kilos were seized in a
            // few hours.": a sentence that opens with a loose bare weight.)
            || (q.start == 0
                && !named_with_figure
                && q.qualifier != crate::model::Qualifier::Exact);
        // («Общий вес героина составил 17 граммов»: the weight of the lots told.)
        let aggregate = over_several
            || (q.start.saturating_sub(4)..q.start).any(|k| {
                // ("five attempts to smuggle marijuana, collectively weighing 29kg".)
                toks.is(
                    k,
                    &[
                        "total",
                        "всего",
                        "overall",
                        "altogether",
                        "combined",
                        "collectively",
                        "cumulatively",
                    ],
                ) || toks.phrase_at(k, "общей сложности")
            })
            || (q.start.saturating_sub(6)..q.start)
                .any(|k| toks.any_phrase_at(k, crate::lexicon::WEIGHT_OF_THE_LOT))
            // ("..., taking the total seizure of heroin to 565.94 kg", "bringing the tally to
            // 40 kg": a running total of the lots told.)
            || (toks.is(q.start.wrapping_sub(1), &["to"])
                && (q.start.saturating_sub(8)..q.start).any(|k| {
                    toks.is(k, &["total", "tally"])
                        && toks.is(k.wrapping_sub(1), &["the", "its", "their"])
                        && toks.is(
                            k.wrapping_sub(2),
                            &["taking", "bringing", "takes", "brings", "took", "brought", "pushing"],
                        )
                }))
            // ("The total drug haul in Kuala Krai alone amounted to 67.75 kilogrammes": a total
            // said to amount to the figure, its word further back in the clause.)
            || (toks.is(q.start.wrapping_sub(1), &["to"])
                && toks.is(q.start.wrapping_sub(2), &["amounted", "came", "amounts", "comes"])
                && (q.start.saturating_sub(12)..q.start)
                    .take_while(|&k| !toks.is(k, &[".", ";"]))
                    .any(|k| toks.is(k, &["total"])));
        // "2.50 lakh pieces of yaba pills": pills counted by the piece are tablets.
        // "22,161 pieces of ecstasy", "two lakh pieces of Burmese Yaba": of a drug sold as
        // pills, too.
        let unit_is_pills = q.unit == Unit::Item
            && ((drug_end..drug_end + 2).any(|k| toks.is(k, &["pills", "tablets", "таблеток"]))
                // ("583 packs of Tramadol, totaling 58,300 pieces": medicines sold as pills.)
                || matches!(
                    drug,
                    "other:mdma"
                        | "other:captagon"
                        | "tramadol"
                        | "pregabalin"
                        | "alprazolam"
                        | "other:mandrax"
                        | "other:diazepam"
                        | "other:clonazepam"
                )
                || (q.end..drug_end).any(|k| toks.is(k, &["yaba", "яба"])));
        // "Полтора килограмма наркотика", "a 270 kilogrammes pile of the drug", a weight with
        // no drug word: "the drug" of the story, which the article may name elsewhere.
        // ("115 kg of illicit drug", "the 700-kilo drug stockpile", "общим весом 14 кг": not
        // that.)
        // ("over 700 kg of the drug in the early stage of readiness": a function word after it
        // still ends the noun.)
        // ("166.6 kilograms of that drug": so is "that" or "this" drug.)
        let the_drug = toks.is(drug_end - 1, &["drug"])
            && (drug_end.saturating_sub(3)..drug_end - 1)
                .any(|k| toks.is(k, &["the", "a", "that", "this"]))
            && (!toks.is_word(drug_end)
                || toks.is(
                    drug_end,
                    &[
                        "in",
                        "at",
                        "on",
                        "from",
                        "was",
                        "were",
                        "that",
                        "which",
                        "and",
                        "with",
                        "concealed",
                        "hidden",
                        // ("800 grams of the drug had been hidden in a closet": a verb after
                        // it.)
                        "had",
                        "has",
                        "is",
                        "are",
                        "inside",
                    ],
                ));
        // The words just before the figure: a total's, and what it is of.
        let before = |n: usize, words: &[&str], stems: bool| {
            (q.start.saturating_sub(n)..q.start).any(|k| {
                if stems {
                    toks.starts(k, words)
                } else {
                    toks.is(k, words)
                }
            })
        };
        const TOTAL: &[&str] = &["total", "общ", "всего"];
        const LOT: &[&str] = &[
            "партия",
            "партию",
            "партии",
            "consignment",
            "shipment",
            "batch",
        ];
        // «Вся партия наркотиков, общим весом 40 килограммов, была изъята», "the consignment
        // of drugs, weighing 40 kg": the weight of one lot, of the story's drug, not a total of
        // several drugs.
        let lot_of_drugs = (q.start.saturating_sub(8)..q.start).any(|k| {
            let of = k + 1 + usize::from(toks.is(k + 1, &["of"]));
            toks.is(k, LOT) && toks.is(of, &["наркотиков", "drugs", "narcotics"])
        });
        let anaphoric = of_the_story_s_drug
            || (drug == "narcotic_drugs"
            && (drug_end <= q.end
                || the_drug
                || toks.is(
                    drug_end - 1,
                    &[
                        "наркотика",
                        "наркотик",
                        "наркотиком",
                        "наркотику",
                        // («изъятого вещества», «изъятого зелья»: one substance.)
                        "вещества",
                        "вещество",
                        "зелья",
                        "зелье",
                        "зельем",
                    ],
                ))
            // "Общий вес изъятых наркотиков составил 22 килограмма": a total of them all.
            && (lot_of_drugs
                || !(before(6, TOTAL, true)
                    && before(6, &["наркотиков", "drugs", "narcotics"], false)))
            // "Общий вес наркотика составил 1 кг 331 грамм", «Всего было изъято почти 53
            // грамма наркотика», "A total of 380kg of the Class A drug": the drug's total
            // still.
            && (lot_of_drugs
                || !before(4, TOTAL, true)
                || before(3, &["наркотика"], false)
                || (q.end..drug_end).any(|k| toks.is(k, &["наркотика"]))
                || the_drug));
        // "another 20 kilograms of a similar drug", «еще 190 граммов аналогичного вещества»:
        // the lot before's drug, whatever its name.
        let same_as_before = drug == "narcotic_drugs"
            && (drug_end.saturating_sub(3)..drug_end).any(|k| {
                toks.is(
                    k,
                    &[
                        "same",
                        "similar",
                        "аналогичного",
                        "аналогичное",
                        "аналогичным",
                        "аналогичных",
                        "такого",
                    ],
                )
            });
        // (The breakdown of a total told before by the agencies that seized it, rule 4.)
        if by_agency && drug == "narcotic_drugs" && q.unit == Unit::Kg {
            continue;
        }
        let mut q = q.clone();
        if unit_is_pills {
            q.unit = Unit::Tablet;
        }
        if let Some(pieces) = weighed_pieces.take() {
            cands[pieces].dropped = true;
        }
        cands.push(Candidate {
            sentence: si,
            quantity: q,
            aggregate,
            sums_the_lots,
            over_several,
            drug,
            kind,
            date: None,
            date_resolved: None,
            country: None,
            region: None,
            headline,
            parent: None,
            opens_parts: false,
            another_incident: false,
            recalled: false,
            adds_besides: false,
            unnamed: false,
            story_plants,
            story_pills,
            narcotic_pills,
            plant_matter,
            substance_packets,
            anaphoric,
            same_as_before,
            dropped: false,
            itemised: false,
            on_title_line: false,
            why,
        });
    }
    settle_sentence_lots(toks, cands, first, unnamed, &year_listed);
}

/// "Of this amount, the Drug Control Agency seized over 217 kg, the Ministry of Internal Affairs
/// more than 2 tons, ...", «Из них силами МВД конфисковано свыше 2440 кг, Госкомитетом
/// нацбезопасности - около 100 кг, ...»: a sentence that opens on a total told before and
/// shares it out among several agencies is its breakdown by agency, which rule 4 does not
/// count (the caller checks that a weight came before).
fn breakdown_by_agency(toks: &Tokens) -> bool {
    const LEAD_INS: &[&str] = &[
        "of this amount",
        "out of this amount",
        "of this quantity",
        "of the total",
        "out of the total",
        "из них",
        "из общего",
        "из этого количества",
        "из этого объема",
    ];
    const AGENCIES: &[&str] = &[
        "agency",
        "ministry",
        "committee",
        "customs",
        "border",
        "police",
        "мвд",
        "гкнб",
        "кнб",
        "фсб",
        "агентств",
        "госкомитет",
        "комитет",
        "таможен",
        "погранич",
        "полици",
        "милици",
    ];
    if !(0..3).any(|k| toks.any_phrase_at(k, LEAD_INS) && (0..k).all(|j| !toks.is_word(j))) {
        return false;
    }
    let mut named: Vec<&str> = Vec::new();
    for k in 0..toks.len() {
        if let Some(a) = AGENCIES.iter().find(|a| toks.starts(k, &[a]))
            && !named.contains(a)
        {
            named.push(a);
        }
    }
    named.len() >= 2
}
