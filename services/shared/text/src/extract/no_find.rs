//! Sentences whose figures are no find, and bare weights that are one: what the law threatens,
//! what a gang got through, an estimate of flows; and a weight with no drug word that a seizure
//! verb governs. Split from `candidates.rs`: questions asked of a sentence's words before its
//! figures are read as lots.

use crate::fold::Tokens;
use crate::model::Kind;
use crate::quantity::Quantity;

/// Whether a sentence's figures tell no find: a threshold of the law, what got through, or an
/// estimate of what passes.
pub(super) fn tells_no_find(toks: &Tokens) -> bool {
    threshold_of_the_law(toks) || got_through(toks) || estimate_of_flows(toks)
}

/// "Those convicted of smuggling more than 600 grams of heroin face the death penalty": a
/// threshold of the law, not a find.
fn threshold_of_the_law(toks: &Tokens) -> bool {
    words_of_the_law(toks)
        && ((0..toks.len()).any(|k| {
            toks.any_phrase_at(k, &["a person", "any person"])
                || toks.is(
                    k,
                    &[
                        "those",
                        "anyone",
                        "anybody",
                        "someone",
                        "somebody",
                        "if",
                        "whoever",
                        "persons",
                        "people",
                        "кто",
                        "лица",
                        "лицам",
                    ],
                )
                // ("the new law provides capital punishment for men caught transporting ...
                // two kilograms (or more) of opium", "offenders caught with more than 15
                // kilograms of marijuana are receiving up to 25 years' imprisonment": any
                // caught. Not "the offenders face ... life imprisonment": those of the case.)
                || (toks.is(k, &["men", "women", "offenders"])
                    && toks.is(k + 1, &["caught", "found", "convicted"]))
        }) || (0..3).any(|k| {
            // (First in the sentence, or after a dateline's colon or an opening quote.)
            toks.is(k, ACTS_OF_THE_LAW)
                && (k == 0 || toks.is(k - 1, &[":", "—", "–", "\"", "“", "«"]))
        }) || (0..toks.len()).any(|k| {
            // ("Under Section 7 of the Misuse of Drugs Act 1973, importing or exporting more
            // than 15g of diamorphine ... carries the death penalty": a law's act after the
            // law is named, with the threshold after it.)
            toks.is(k, ACTS_OF_THE_LAW)
                && toks.is(k.wrapping_sub(1), &[","])
                && (0..k).any(|j| toks.is(j, &["section", "act", "article"]))
                && (k + 1..k + 4).any(|j| toks.phrase_at(j, "more than") || toks.is(j, &["over"]))
        }))
}

/// Whether a sentence speaks of the law's penalties or measures.
fn words_of_the_law(toks: &Tokens) -> bool {
    (0..toks.len()).any(|k| {
        toks.starts(
            k,
            &["penalt", "punishab", "imprisonment", "наказыва", "наказани"],
        ) || toks.phrase_at(k, "лишения свободы")
            // («хранение одного грамма данного вещества квалифицируется как особо крупный
            // размер»: the law's measure of a quantity.)
            || toks.starts(k, &["квалифицир"])
            // ("Anybody carrying 25 grams of drugs will be sentenced to life in prison",
            // "if 50 grams of drugs are found, the punishment will be the death penalty".)
            || toks.phrase_at(k, "will be sentenced")
            || toks.phrase_at(k, "death penalty")
            // ("Those convicted of possessing or smuggling more than 600 grams of heroin ...
            // can face capital punishment".)
            || toks.phrase_at(k, "capital punishment")
            // ("those found guilty of trafficking more than 80 grams of drugs could be jailed
            // for life".)
            || toks.phrase_at(k, "found guilty")
            || toks.any_phrase_at(k, &["be jailed", "be imprisoned", "be sentenced"])
            // ("if a person is arrested for conspiracy to distribute more than 49 grams ...
            // to avoid spending at least 25 years in prison": a bill's mandatory floor.)
            || toks.any_phrase_at(k, &["years in prison", "life in prison", "mandatory minimum"])
    })
}

/// Where a clause that states the law opens after a find told in the same sentence ("... в
/// тайнике содержалось 1251 грамм карфентанила, при том, что хранение одного грамма данного
/// вещества квалифицируется как особо крупный размер"): the figures after it are no find.
pub(super) fn law_clause_start(toks: &Tokens) -> Option<usize> {
    let k = (1..toks.len())
        .find(|&k| toks.is(k - 1, &["что", "that"]) && toks.is(k, ACTS_OF_THE_LAW))?;
    words_of_the_law(toks).then_some(k)
}

/// An act named in general as a sentence's subject: "Smuggling more than 600 grams of heroin
/// ... is also punishable by death", «Хранение более 6 граммов гашиша наказывается ...».
const ACTS_OF_THE_LAW: &[&str] = &[
    "smuggling",
    "trafficking",
    "possessing",
    "possession",
    "carrying",
    "importing",
    "exporting",
    "selling",
    "хранение",
    "сбыт",
    "контрабанда",
    "перевозка",
];

/// Whether a sentence says something was seized or stopped, in so many words.
fn says_seized(toks: &Tokens) -> bool {
    (0..toks.len()).any(|k| {
        toks.starts(
            k,
            &[
                "изъя",
                "изым",
                "обнаруж",
                "задерж",
                "конфиск",
                "выяв",
                "перехват",
                "пытал",
                "попытк",
                "seiz",
                "confiscat",
                "found",
                "intercept",
                "recover",
                "detain",
                "arrest",
                "caught",
                "attempt",
                "tried",
                "foil",
                "stopp",
                "prevent",
            ],
        )
    })
}

/// «По версии таможни, преступники незаконно ввезли в Финляндию в общей сложности около 146
/// килограммов амфетамина»: what a gang got through over time, in total, with nothing said to be
/// seized or stopped. («Они ввезли и реализовали около 180 кг амфетамина», "smuggled and sold
/// 40 kg": so is what they brought in and sold.)
fn got_through(toks: &Tokens) -> bool {
    const BROUGHT_IN: &[&str] = &[
        "ввезли",
        "переправили",
        "smuggled",
        "imported",
        "trafficked",
    ];
    let mut brought_in = (0..toks.len())
        .filter(|&k| toks.is(k, BROUGHT_IN))
        .peekable();
    if brought_in.peek().is_none() || says_seized(toks) {
        return false;
    }
    let and_sold = |k: usize| {
        toks.is(k + 1, &["и", "and"])
            && (toks.starts(k + 2, &["реализовал", "сбыл", "продал"])
                || toks.is(k + 2, &["sold", "distributed"]))
    };
    brought_in.any(and_sold)
        || (0..toks.len())
            .any(|k| toks.any_phrase_at(k, &["в общей сложности", "in total", "a total of"]))
}

/// "In 2011 UNODC estimated that 75-80 metric tons (MT) of Afghan heroin ... passed through
/// Tajikistan", "an estimated up to 11 MT of heroin is believed to pass": an estimate of flows
/// (rule 5). (Not "an estimated street value", "estimated at Rs 5 crore": what a find is worth.)
fn estimate_of_flows(toks: &Tokens) -> bool {
    // (A weight estimated, not "on an estimated 1,000 sqm": an area where plants grew.)
    let weight_after = |j: usize| {
        (j + 1..j + 3).any(|u| {
            crate::lexicon::unit_at(toks, u).is_some_and(|u| {
                matches!(u.unit, crate::model::Unit::Kg | crate::model::Unit::Litre)
            })
        })
    };
    (0..toks.len()).any(|k| {
        (toks.is(k, &["estimated", "estimates"])
            && (toks.is(k + 1, &["that"])
                || (toks.is(k.wrapping_sub(1), &["an"])
                    && (k + 1..k + 4).any(|j| toks.is_num(j) && weight_after(j)))))
            || toks.phrase_at(k, "по оценкам")
    }) && !says_seized(toks)
}

/// Whether a weight with no drug word is the find a seizure verb of its sentence governs ("the
/// biggest seizure involved 402 kg ... while 107 kg was seized on February 22"), of the story's
/// drug: not another period's figure in brackets, nor a sentence about goods («топливо — 580
/// случаев, более 60 тонн»), nor an agency's part of a total ("Of this amount, the Interior
/// Ministry seized 819.12 kilograms", «Из общего объёма полицией изъято 35 тонн»), nor a sum
/// ("totalling over 2988.219 Kgs").
pub(super) fn bare_weight_of_the_story(
    toks: &Tokens,
    q: &Quantity,
    verbs: &[(usize, Kind)],
) -> bool {
    const GOODS: &[&str] = &["товар", "топлив", "goods", "fuel", "cigarett", "сигарет"];
    const PARTS: &[&str] = &[
        "of this amount",
        "of the total",
        "of them",
        "of which",
        "из них",
        "в том числе",
        "из общего",
    ];
    !q.other_period
        && q.labelled_year.is_none()
        // ("... а весь урожай, вес которого превысил 420 килограммов, сожгли": a destruction
        // verb's too.)
        && verbs
            .iter()
            .any(|v| matches!(v.1, Kind::Seizure | Kind::Destruction))
        && !(0..toks.len())
            .any(|k| toks.starts(k, crate::lexicon::COVER_GOODS) || toks.starts(k, GOODS))
        && !(0..toks.len().min(4)).any(|k| toks.any_phrase_at(k, PARTS))
        && !(q.start.saturating_sub(6)..q.start)
            .any(|k| toks.starts(k, &["total", "всего", "общ"]) || toks.phrase_at(k, "in all"))
}
