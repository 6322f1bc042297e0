//! The verbs of a sentence: where it says a figure was seized or destroyed, and the words
//! that only look like such verbs (a participle naming the drugs, a crime in a list, a
//! destruction still to come). Split from `sentences.rs`.

use crate::fold::Tokens;
use crate::lexicon::{destruction_stems, seizure_stems};
use crate::model::Kind;

/// Positions of the seizure and destruction verbs in a sentence.
pub(super) fn verbs(toks: &Tokens) -> Vec<(usize, Kind)> {
    let mut out = Vec::new();
    // "He then swallowed 80 capsules containing 593 grams of heroin": a body-packer's load,
    // told because it was found; not the capsules that killed one ("20 of the 98 capsules
    // he had swallowed ruptured").
    let died = || {
        (0..toks.len()).any(|k| {
            toks.starts(
                k,
                &[
                    "died",
                    "dead",
                    "death",
                    "overdos",
                    "ruptur",
                    "умер",
                    "скончал",
                    "смерт",
                ],
            )
        })
    };
    // Whether the sentence counts plants: a grower's plants are told because they were found
    // (asked only when a growing verb comes up).
    let mut counts_plants: Option<bool> = None;
    for i in 0..toks.len() {
        if !toks.is_word(i) {
            continue;
        }
        // «мужчина вырастил у себя во дворе 135 кустов мака», «ответит за выращивание ... 87
        // кустов конопли», «насчитали там почти 300 ростков», "were found to have cultivated 4
        // plants": plants someone grew, told because the police found them (not "40 cultivated
        // plants", an adjective after the count).
        if (toks.starts(
            i,
            &[
                "вырастил",
                "выращивал",
                "выращивани",
                "культивировал",
                "посадил",
                "посеял",
                "засеял",
                "насчитал",
            ],
        ) || (toks.is(i, &["grew", "cultivated", "cultivating", "planted"])
            && !toks.is_num(i.wrapping_sub(1))))
            && *counts_plants.get_or_insert_with(|| {
                (0..toks.len()).any(|k| {
                    toks.is_num(k)
                        && (k + 1..(k + 4).min(toks.len())).any(|u| {
                            crate::lexicon::unit_at(toks, u)
                                .is_some_and(|w| w.unit == crate::model::Unit::Plant)
                        })
                })
            })
        {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "He was charged with unlawful possession of 700g of dagga", "did have in their
        // possession 907,546 g", "dealing in dependence-producing drugs, namely 4 384 kg",
        // "for peddling 1.1kg of hemp": a court's charge names the drugs found on the accused
        // (not a law's threshold, "decriminalising possession of up to two grams").
        // ("one count of Possession of 12.09 kilograms", "unlawful cultivation of illicit drugs
        // namely Cannabis Sativa weighing 84.6 kilograms", "did ... possess 98.7 kg dagga":
        // a count's, a cultivation's and a charge's verb too.)
        // ("Count 1 ... involved the importation of 955 milliliters of liquid Cocaine": an
        // importation charged.)
        let charge = (toks.is(i, &["possession", "possessing", "cultivation", "importation"])
            && (i.saturating_sub(4)..i).any(|k| {
                toks.is(
                    k,
                    &[
                        "charged",
                        "convicted",
                        "accused",
                        "arrested",
                        "guilty",
                        "in",
                        "their",
                        "his",
                        "her",
                        "unlawful",
                        "illegal",
                        "jailed",
                        "count",
                        "involved",
                    ],
                )
            }))
            || (toks.is(i, &["possess"])
                && toks.is(i.wrapping_sub(1), &["did", "unlawfully", "illegally"]))
            // ("did then and there willfully, unlawfully and feloniously sell and deliver One
            // (1) ... sachet containing 0.61 gram of methamphetamine": an information's sale,
            // to the police's poseur buyer.)
            || (toks.is(i, &["sell", "deliver", "import", "transport"])
                && toks.is(i.wrapping_sub(1), &["feloniously", "unlawfully", "illegally"]));
        // ("the appellant trafficked 9.51 Kilograms of cannabis", "sentenced ... for
        // trafficking 11 bags containing cannabis", "charged ... for trafficking in 667
        // kilograms of loose cannabis": trafficking a figure, not the trade.)
        let trade = (toks.is(i, &["dealing", "dealt", "deal"]) && toks.is(i + 1, &["in"]))
            || toks.is(i, &["peddling", "peddled"])
            || (toks.is(i, &["trafficked", "trafficking"])
                && (toks.is_num(i + 1) || (toks.is(i + 1, &["in"]) && toks.is_num(i + 2))));
        if charge || trade {
            out.push((i, Kind::Seizure));
            continue;
        }
        if toks.starts(i, &["swallow", "проглот"]) && !died() {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "Taken out of illegal trafficking were 2 tons 298 kg", as «изъято из незаконного
        // оборота» is translated.
        if toks.is(i, &["taken", "took"])
            && toks.phrase_at(i + 1, "out of")
            && (i + 3..i + 6).any(|k| toks.is(k, &["trafficking", "circulation", "turnover"]))
        {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "police took 774.95 pounds of cocaine off the streets", "They also took 6.16 pounds
        // of liquid cocaine": drugs taken by the police, a figure right after or off the
        // streets (not "took place", "took part").
        if toks.is(i, &["took", "taken", "take", "takes", "taking"])
            && ((toks.is_num(i + 1) && !toks.is(i.wrapping_sub(1), &["it", "which"]))
                || (i + 1..(i + 12).min(toks.len())).any(|k| {
                    toks.any_phrase_at(k, &["off the streets", "off the street", "off the market"])
                }))
        {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "Some 645 gr heroin, 125 gr methamphetamine, ... were taken from the group members":
        // taken from someone, in the passive, is confiscated. ("140 pounds of cocaine ... was
        // removed from the two-bedroom apartment", "removed from Scotland's streets": so is
        // removed from somewhere; not "removed from the country's narcotics list".)
        if toks.is(i, &["removed"])
            && toks.is(i + 1, &["from"])
            && toks.is(i.wrapping_sub(1), &["was", "were", "been", "being"])
            && !(i + 2..(i + 6).min(toks.len()))
                .any(|k| toks.is(k, &["list", "schedule", "office"]))
        {
            out.push((i, Kind::Seizure));
            continue;
        }
        if toks.is(i, &["taken"])
            && toks.is(i + 1, &["from"])
            && toks.is(i.wrapping_sub(1), &["were", "was", "been", "being"])
        {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "The search produced 15 packs of marijuana", "A search of the cargo revealed that
        // ... 6,304 packages": what a search turned up, as "yielded" (not "the lab produced 100
        // kg", what was made).
        if yield_of_a_search(toks, i) {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "Fisherfolk ... turned over to the authorities packs of suspected shabu", "Some 50kg
        // of shabu was turned over ... to the authorities", "residents handed over 3 kg of
        // heroin to the police": drugs found by someone and given up, a find (a "to" must
        // follow within the clause; "turned over the case to the court" is read as a find's
        // verb too, and gives an event only where the sentence also gives a drug's figure).
        if toks.is(i, &["turned", "handed"])
            && toks.is(i + 1, &["over"])
            && (i + 2..(i + 10).min(toks.len()))
                .take_while(|&k| !toks.is(k, &[".", ";"]))
                .any(|k| toks.is(k, &["to"]))
        {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "the BDF came across three plantations on which there were 120,000 coca plants",
        // "officers stumbled upon 40 kg of cannabis": found by chance, a find.
        if toks.is(i, &["came", "come", "comes", "coming", "stumbled"])
            && toks.is(i + 1, &["across", "upon"])
        {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "another accused ... was held with 165 grams of Heroin", "held in possession of":
        // a person held with a lot, as "caught with" (not "held a meeting", "held in custody").
        if toks.is(i, &["held"])
            && (toks.is(i + 1, &["with"]) || toks.phrase_at(i + 1, "in possession of"))
        {
            out.push((i, Kind::Seizure));
            continue;
        }
        // "found that", "выяснилось": facts, not finds (but "it was detected that there are
        // 67 capsules containing 1 kilogram", what was there, is a find).
        if toks.is(i + 1, &["that", "out", "что"])
            && !(toks.is(i + 1, &["that"]) && toks.is(i + 2, &["there"]))
        {
            continue;
        }
        // ("the various cases between trafficking, possession and smuggling included (347)
        // kg of hashish": a crime named in a list of crimes, no verb of the figure's.)
        if toks.is(i, &["smuggling", "trafficking"])
            && toks.is(i.wrapping_sub(1), &["and", "or", ","])
            && (i.saturating_sub(4)..i).any(|k| {
                toks.is(
                    k,
                    &["possession", "trafficking", "dealing", "promotion", "use"],
                )
            })
        {
            continue;
        }
        // "The drugs, seized in the state since June, included ...": a participle set off
        // after the subject says where the drugs came from; the sentence lists what they were
        // (of the story's lot, burned in the lead).
        if (2..=5).contains(&i)
            && toks.is(i - 1, &[","])
            && toks.is(i - 2, &["drugs", "narcotics", "substances"])
            && (i + 1..toks.len()).any(|k| toks.is(k, &["included", "includes", "comprised"]))
        {
            continue;
        }
        // ("Illicit drugs going up in smoke on the day included 50kg of amphetamines".)
        let set_on_fire = (toks.is(i, &["fire"])
            && (toks.phrase_before(i, "set on")
                || toks.phrase_before(i, "set")
                || set_before_on_fire(toks, i).is_some()))
            || (toks.is(i, &["smoke"]) && toks.phrase_before(i, "up in"));
        // "Searches ... turned up drying equipment and more than 3.3 kilograms of marijuana".
        let turned_up = toks.is(i, &["turned", "turn", "turns"]) && toks.is(i + 1, &["up"]);
        // «изъято в ликвидированной лаборатории», "the destroyed laboratory", «ликвидированы
        // наркоплантации»: a lab, a den or a plantation destroyed, not the drugs.
        let of_a_lab = || {
            (i + 1..i + 3).any(|k| {
                toks.starts(
                    k,
                    &[
                        "лаборатор",
                        "нарколаборатор",
                        "притон",
                        "наркопритон",
                        "наркоплантац",
                        "laborator",
                    ],
                ) || toks.is(k, &["lab", "labs"])
            })
        };
        // "the narcotics material ready to be burn", «будут уничтожены», «подлежащих
        // уничтожению»: a destruction still to come is none yet.
        // (Not "the drugs to be destroyed over the next few days include …", a destruction
        // under way.)
        let to_come = || {
            (toks.is(i.wrapping_sub(1), &["be"])
                && (toks.is(
                    i.wrapping_sub(2),
                    &["will", "would", "shall", "should", "must", "could", "may"],
                ) || (toks.is(i.wrapping_sub(2), &["to"])
                    && toks.is(
                        i.wrapping_sub(3),
                        &["ready", "due", "going", "scheduled", "planned", "set"],
                    ))))
                || toks.is(i.wrapping_sub(1), &["будут", "будет"])
                || toks.starts(i.wrapping_sub(1), &["подлежа"])
        };
        // «В топку были брошены 119,52 гр. изъятых наркотических средств», «в огонь отправили
        // более 50 кустов мака», "thrown into the furnace": sent into the fire is destroyed.
        let into_the_fire = toks.is(
            i,
            &["огонь", "топку", "печь", "fire", "furnace", "furnaces"],
        ) && (toks.is(i.wrapping_sub(1), &["в"])
            || (toks.is(i.wrapping_sub(1), &["the", "a"])
                && toks.is(i.wrapping_sub(2), &["into"])))
            && (i.saturating_sub(4)..(i + 4).min(toks.len())).any(|k| {
                toks.starts(
                    k,
                    &[
                        "отправ",
                        "брош",
                        "брос",
                        "ушл",
                        "ушел",
                        "ушё",
                        "thrown",
                        "threw",
                        "fed",
                        "tossed",
                    ],
                )
            });
        let destroys = into_the_fire || toks.starts_set(i, destruction_stems());
        if destroys && to_come() {
            continue;
        }
        if set_on_fire || (destroys && !of_a_lab()) {
            out.push((i, Kind::Destruction));
        } else if turned_up
            || toks.starts_set(i, seizure_stems())
            // «Наркотики, а это более 10 килограммов героина, он вез для продажи»: what a
            // detained courier carried (not a prefix: «везде»).
            || toks.is(i, &["вез", "везла", "везли"])
            // «у которых оказались 353 таблетки», «При нем оказалось около 2,6 килограмма
            // кокаина»: what someone turned out to have on them.
            || (toks.is(i, &["оказались", "оказалось", "оказался", "оказалась"])
                && (i.saturating_sub(3)..i).any(|k| {
                    toks.is(k, &["у"])
                        || (toks.is(k, &["при"])
                            && toks.is(k + 1, &["нем", "нём", "ней", "них", "себе"]))
                }))
        {
            out.push((i, Kind::Seizure));
        }
    }
    out
}

/// Where "set" stands when `fire` is the last word of "set <a lot> on fire" ("Anti-Narcotics
/// Force set 6980 kg of drugs on fire"): the lot between is what burned. (Not "set a car on
/// fire": a figure or a drug between.)
pub(super) fn set_before_on_fire(toks: &Tokens, fire: usize) -> Option<usize> {
    if !toks.is(fire, &["fire"]) || !toks.is(fire.wrapping_sub(1), &["on"]) {
        return None;
    }
    (fire.saturating_sub(12)..fire.saturating_sub(1)).find(|&k| {
        toks.is(k, &["set", "sets"])
            && (k + 1..fire - 1)
                .any(|j| toks.is_num(j) || crate::lexicon::drug_at(toks, j).is_some())
    })
}

/// Whether token `i` is "produced" or "revealed" after a search, a raid or an inspection in its
/// clause ("The search produced 15 packs", "A search of the cargo revealed that ..."): what it
/// turned up, not what a laboratory made.
pub(super) fn yield_of_a_search(toks: &Tokens, i: usize) -> bool {
    toks.is(i, &["produced", "revealed"])
        && (i.saturating_sub(5)..i)
            .rev()
            .take_while(|&k| !toks.is(k, &[",", ".", ";", ":"]))
            .any(|k| {
                toks.starts(
                    k,
                    &[
                        "search",
                        "raid",
                        "operation",
                        "inspection",
                        "sweep",
                        "check",
                    ],
                )
            })
}
