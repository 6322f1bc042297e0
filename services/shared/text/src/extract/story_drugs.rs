//! Drugs named by the story, not beside the figure: "Полтора килограмма наркотика" in an article
//! about heroin, «уничтожены более 15,400 растений» in one about cannabis fields. Split from
//! `extract.rs`: an article-level pass over the candidates once their sentences are read.

use super::sentences::{push_drug_names, push_one_drug_names};
use super::{Candidate, cue, totals};
use crate::fold::Tokens;
use crate::model::{Kind, Unit};
use crate::segment::Sentence;

/// Gives the drug its story names to each lot named only as "the drug", and to plants whose
/// sentence names none.
pub(super) fn name_drugs_from_the_story(
    cands: &mut [Candidate],
    article_drugs: &[&'static str],
    sentences: &[Sentence],
    text: &str,
    toks: &mut Tokens,
) {
    // "Наибольшую партию героина обнаружили ... Полтора килограмма наркотика нашли в грузовике":
    // a lot given only as "the drug" is of the one drug the article names; in an article that
    // names several, of the one drug its sentence and the one before name ("изъят наркотический
    // препарат — кокаин. Общий вес изъятого вещества составил 1,2 кг").
    // (Plants the sentence names no drug for are of the one plant drug the article names, or
    // of none: "planted 2,000 saplings".)
    let has_parts = totals::with_parts(cands);
    // (Of the drugs the article names, the ones that grow as plants: «посевы мака» and
    // «маковой соломы» leave the poppy.)
    // (Bushes of poppy straw, «кустами маковой соломы», are poppy plants.)
    let mut plants: Vec<&'static str> = Vec::new();
    for d in article_drugs {
        let plant = match *d {
            "cannabis" => "cannabis",
            "other:poppy" | "other:poppy_straw" => "other:poppy",
            _ => continue,
        };
        if !plants.contains(&plant) {
            plants.push(plant);
        }
    }
    // (And the ones sold as pills: "4.2 million methamphetamine pills" leaves "4,080,000
    // pills" in the next sentence methamphetamine.)
    // (The drug the article's other pills are of, where it counts some by name; else the
    // one drug sold as pills it names.)
    let mut pills: Vec<&'static str> = Vec::new();
    for c in cands.iter() {
        if c.quantity.unit == Unit::Tablet
            && !c.story_pills
            && crate::lexicon::names_one_drug(c.drug)
            && !pills.contains(&c.drug)
        {
            pills.push(c.drug);
        }
    }
    // (Else the pills it counts as drugs of no name, "110,000 narcotic pills ... 6,000
    // pills", before the one drug sold as pills it names: "150 grams of crystal meth".)
    if pills.is_empty() && cands.iter().any(|c| c.narcotic_pills) {
        pills.push("psychotropic_tablets");
    }
    if pills.is_empty() {
        pills = article_drugs
            .iter()
            .copied()
            .filter(|d| crate::lexicon::sold_as_pills(d))
            .collect();
    }
    for ci in 0..cands.len() {
        // («21 брикет с порошком. Экспресс-тест показал кокаин. Всего в партии оказалось более
        // 21 килограмма»: packets of a substance whose weight the next two sentences tell go,
        // weight before pieces (rule 6).)
        if cands[ci].substance_packets && weighed_after(cands[ci].sentence, sentences, text, toks) {
            cands[ci].dropped = true;
            continue;
        }
        let c = &cands[ci];
        if c.same_as_before
            && let Some(before) = cands[..ci]
                .iter()
                .rev()
                .find(|o| !o.dropped && o.drug != "narcotic_drugs")
        {
            let drug = before.drug;
            name_the_drug(&mut cands[ci], drug, "the same drug as the lot before");
            continue;
        }
        // «пытался провезти 700 граммов наркотиков. Установлено, что это был героин», "... 2 kg
        // of a white powder. Tests identified it as cocaine": a lot of "drugs" that a sentence
        // of its own, right after, identifies (with no figure of its own).
        // (Not pieces whose weight is told next: "white powder packed in a total of 50
        // units. Tests showed the substance was cocaine. Officers seized approximately 59
        // kilograms", weight before pieces, rule 6.)
        if c.drug == "narcotic_drugs"
            && !(c.quantity.unit.is_count() && weighed_after(c.sentence, sentences, text, toks))
            && let Some(drug) = identified_after(
                c.sentence,
                c.substance_packets,
                cands,
                sentences,
                text,
                toks,
            )
        {
            name_the_drug(&mut cands[ci], drug, "identified in the sentence after");
            continue;
        }
        // («Свыше 55 тысяч кустов наркосодержащих растений» in a story of cannabis fields:
        // plants named only as narcotic are of the one plant drug it names.)
        if c.quantity.unit == Unit::Plant
            && c.drug == "narcotic_drugs"
            && let [drug] = plants[..]
            && {
                // (Named in its sentence or the two before, "обнаружена теплица, где
                // выращивалась конопля ... изъято 14 кустов наркосодержащего растения": not a
                // statistics page's «наркосодержащих растений», which sums several.)
                named_near(c.sentence, 2, sentences, text, toks)
                    .iter()
                    .any(|&d| d == drug || (d == "other:poppy_straw" && drug == "other:poppy"))
            }
        {
            name_the_drug(&mut cands[ci], drug, "the one plant drug the article names");
            continue;
        }
        if c.plant_matter && crate::lexicon::is_category(c.drug) {
            let matter: Vec<&'static str> = article_drugs
                .iter()
                .copied()
                .filter(|d| matches!(*d, "cannabis" | "other:poppy" | "other:poppy_straw"))
                .collect();
            if let [drug] = matter[..] {
                name_the_drug(
                    &mut cands[ci],
                    drug,
                    "plant matter of the one plant drug named",
                );
            }
            continue;
        }
        if c.story_pills {
            // (Weighed in the same or the next sentence, the lot is told by its weight: "29
            // таблетками розового цвета ... синтетический наркотик общей массой 7,25 грамма".)
            let weighed = cands.iter().any(|o| {
                o.quantity.unit == Unit::Kg
                    && !o.dropped
                    && (c.sentence..=c.sentence + 1).contains(&o.sentence)
            });
            match pills[..] {
                [drug] if !weighed => {
                    name_the_drug(
                        &mut cands[ci],
                        drug,
                        "the one drug sold as pills the article names",
                    );
                }
                _ => cands[ci].dropped = true,
            }
            continue;
        }
        if c.story_plants {
            match plants[..] {
                [drug] => {
                    name_the_drug(&mut cands[ci], drug, "the one drug the article names");
                }
                // (An article on both cannabis and the poppy: the one of them its sentence and
                // the one before name, «ликвидировали заросли конопли. Общее количество
                // уничтоженных растений составило более 1300 кустов».)
                [_, _, ..] => {
                    let mut near = named_near(c.sentence, 1, sentences, text, toks);
                    near.retain(|d| plants.contains(d));
                    match near[..] {
                        [drug] => {
                            name_the_drug(
                                &mut cands[ci],
                                drug,
                                "the one plant drug named beside it",
                            );
                        }
                        _ => cands[ci].dropped = true,
                    }
                }
                _ => cands[ci].dropped = true,
            }
            continue;
        }
        // («85 пакетов с наркотиком» in a story of one drug: packets of it.)
        let one_drug = article_drugs.len() == 1;
        // ("Most of it (106 kilograms) was found inside wooden doors", "police seized 47
        // kilogrammes and 26 kilogrammes" in a story of one drug: a bare weight whose sentence
        // names none is of it.)
        let bare_weight =
            one_drug && c.unnamed && c.drug == "narcotic_drugs" && c.quantity.unit == Unit::Kg;
        if !(bare_weight || (c.anaphoric && c.kind != Kind::PeriodTotal))
            || (c.quantity.unit.is_count() && !(one_drug && c.quantity.unit == Unit::Package))
            || has_parts[ci]
        {
            continue;
        }
        let (drug, rule) = if let [drug] = article_drugs[..] {
            (drug, "the one drug the article names")
        } else {
            match named_near(c.sentence, 1, sentences, text, toks)[..] {
                [drug] => (drug, "the one drug named beside it"),
                _ => continue,
            }
        };
        name_the_drug(&mut cands[ci], drug, rule);
    }
}

/// Whether either of the two sentences after `si` tells a weight.
fn weighed_after(si: usize, sentences: &[Sentence], text: &str, toks: &mut Tokens) -> bool {
    sentences.iter().skip(si + 1).take(2).any(|s| {
        toks.read(text, s.start, s.end);
        crate::quantity::find_quantities(toks, false)
            .iter()
            .any(|q| q.unit == Unit::Kg)
    })
}

/// The drugs named one by one in sentence `si` and the `back` sentences before it.
fn named_near(
    si: usize,
    back: usize,
    sentences: &[Sentence],
    text: &str,
    toks: &mut Tokens,
) -> Vec<&'static str> {
    let mut near: Vec<&'static str> = Vec::new();
    for s in &sentences[si.saturating_sub(back)..=si] {
        toks.read(text, s.start, s.end);
        push_one_drug_names(toks, &mut near);
    }
    near
}

/// The one drug the sentence after `si` (or the one after it) identifies the lot as
/// («Установлено, что это был героин», "turned out to be cocaine", «похожее на гашиш»), when
/// it gives no figure.
fn identified_after(
    si: usize,
    any_class: bool,
    cands: &[Candidate],
    sentences: &[Sentence],
    text: &str,
    toks: &mut Tokens,
) -> Option<&'static str> {
    for (next, s) in sentences.iter().enumerate().skip(si + 1).take(2) {
        if cands.iter().any(|o| o.sentence == next) {
            return None;
        }
        // (A cheap look at the words first: most sentences identify nothing.)
        let raw = text[s.start..s.end].to_lowercase();
        if ![
            "установлено",
            "выяснилось",
            "экспертиза",
            "показал",
            "представляет собой",
            "оказал",
            "identified",
            "turned out",
            "confirmed to be",
            "tested positive",
            "found to be",
            "похож",
            "предположительно",
            "believed to be",
            "suspected to be",
            "test",
        ]
        .iter()
        .any(|w| raw.contains(w))
        {
            continue;
        }
        toks.read(text, s.start, s.end);
        let identifies = (0..toks.len()).any(|k| {
            toks.any_phrase_at(
                k,
                &[
                    "установлено , что",
                    "выяснилось , что",
                    "экспертиза показала",
                    // («Экспресс-анализ показал, что изъятое представляет собой синтетический
                    // наркотик», «Экспресс-тест показал кокаин».)
                    "анализ показал",
                    "тест показал",
                    "исследование показало",
                    "представляет собой",
                    "identified as",
                    "identified it as",
                    "turned out to be",
                    "confirmed to be",
                    "tested positive for",
                    "found to be",
                    // («Вещество, похожее на гашиш», «Изъятое сырьё предположительно гашиш»,
                    // "The powder is believed to be cocaine": a lot named as what it seems.)
                    "предположительно",
                    "believed to be",
                    "suspected to be",
                    // ("A chemical test established that the white powder was cocaine",
                    // "Testing showed the powder was cocaine", "Preliminary tests indicate
                    // cocaine".)
                    "test established",
                    "test showed",
                    "test confirmed",
                    "tests showed",
                    "tests confirmed",
                    "tests indicate",
                    "tests indicated",
                    "tests revealed",
                    "testing showed",
                    "testing confirmed",
                    "testing revealed",
                ],
            ) || toks.starts(k, &["оказал"])
                || toks.starts(k, &["похож"]) && toks.is(k + 1, &["на"])
        });
        if identifies {
            let mut named = Vec::new();
            push_one_drug_names(toks, &mut named);
            // (Packets of a substance, «... представляет собой синтетический наркотик»: or the
            // one class narrower than drugs in general it names.)
            if named.is_empty() && any_class {
                push_drug_names(toks, &mut named, |d| d != "narcotic_drugs");
            }
            return match named[..] {
                [drug] => Some(drug),
                _ => None,
            };
        }
    }
    None
}

/// Gives a candidate the drug its story names, with the rule that did.
fn name_the_drug(c: &mut Candidate, drug: &'static str, rule: &'static str) {
    c.drug = drug;
    c.why.push(cue("drug", rule, drug));
}
