//! What one figure is of: the drug named with it (after it, before it, or as what the lot "was").
//! Split from `extract.rs`: this looks at one quantity and the words around it, nothing else;
//! the figures that are never events are in `non_events.rs`.

use crate::fold::Tokens;
use crate::lexicon::{drug_at, unit_at};
use crate::model::Unit;
use crate::quantity::Quantity;

const DRUG_FILLERS: &[&str] = &[
    "of",
    "containing",
    "contained",
    "with",
    "the",
    "a",
    "an",
    "various",
    // "15 tons other types of narcotics".
    "other",
    "different",
    "assorted",
    "so",
    "called",
    "-",
    "(",
    "\"",
    // "191g of ‘Ice’": single quotes, which the tokens keep as written.
    "‘",
    "'",
    "type",
    "types",
    "kind",
    "kinds",
    "содержащих",
    "содержащие",
    "содержащего",
    "вида",
    "видов",
    "under",
    "brand",
    "name",
    "names",
    // «100 кустов растений мака», «37 кустов растения каннабиса».
    "растений",
    "растения",
    "препарата",
    "препаратов",
    "лекарственного",
    "лекарственных",
    "medicine",
    // "161,6 кг — это марихуана".
    "—",
    "–",
    "это",
];

/// Words between a count and the weight of the same lot ("6 million Captagon pills —
/// equivalent to around 1,000kg"), beyond the fillers before a weight.
pub(super) const EQUIVALENT_WEIGHT: &[&str] = &["equivalent", "to", "—", "–", ","];

pub(super) const LEFT_FILLERS: &[&str] = &[
    "weighing",
    "weight",
    "weighs",
    // "Kusaya said the heroin weighed 12.25 kilograms".
    "weighed",
    "with",
    "a",
    "total",
    "of",
    "net",
    "gross",
    "массой",
    "весом",
    "общим",
    "общей",
    "общий",
    "вес",
    "объемом",
    "(",
    ":",
    ",",
    "-",
    "—",
    "–",
    "в",
    "количестве",
    "amounting",
    "to",
    "in",
    "amount",
    "quantity",
    "was",
    "were",
    "is",
    "amounted",
    "totalled",
    "totaled",
    "составила",
    "составило",
    "составил",
    "составляет",
    // "героин, общий вес которого составил 775 кг", "heroin, whose weight was 5 kg".
    "которого",
    "которой",
    "которых",
    "whose",
];

/// Quotation marks around a drug's name ('"мефедрон"', "‘Ice’").
const QUOTES: &[&str] = &["\"", "'", "‘", "’", "“", "”", "«", "»"];

/// The participles of a drug's making, hyphened after its name: "drug-making", "heroin-
/// processing".
const MAKING: &[&str] = &["making", "producing", "manufacturing", "processing"];

/// What a drug is made of, named after its making ("drug-making chemicals", "amphetamine
/// manufacturing reagents"): precursors (rule 11).
const MAKINGS: &[&str] = &[
    "precursors",
    "precursor",
    "reagents",
    "chemicals",
    "ingredients",
    "materials",
];

/// A list of drugs starting at `j` ("Tropicamide, Pregabalin, and Medazepam"), and the token
/// just past it.
fn drug_list(toks: &Tokens, mut j: usize) -> (Vec<&'static str>, usize) {
    let mut found = Vec::new();
    while let Some(mut d) = drug_at(toks, j) {
        // "of the drug heroin": a generic word yields to the name after it; so does a class of
        // substances ('психотропного вещества "мефедрон"', rule 11).
        if !crate::lexicon::names_one_drug(d.canonical) {
            // ... or after "known as", "called": "the synthetic drug known as "ice"".
            let mut k = d.end;
            // ('психотропного вещества "мефедрон"': or in quotes.)
            while k < d.end + 3
                // ("1 kg of drugs containing heroin": or by what they contain.)
                && (toks.is(k, &["known", "as", "called", "so", "-", "–", "—", "namely", "containing"])
                    // («наркотического средства с содержанием героина», «вещества, содержащего
                    // метадон».)
                    || toks.starts(k, &["содержащ"])
                    || (toks.is(k, &["с"]) && toks.is(k + 1, &["содержанием"]))
                    || toks.is(k, &["содержанием"])
                    || toks.is(k, QUOTES)
                    // ("14.5 kg of drugs, known as heroin".)
                    || (toks.is(k, &[","]) && toks.is(k + 1, &["known", "called", "namely"])))
            {
                k += 1;
            }
            // («зелья — каннабиса»: after a dash, one name; not the first of a list, «средств
            // — “героин”, “смола канабиса” и другие».)
            let dashed = (d.end..k).any(|w| toks.is(w, &["–", "—"]));
            let listed = |s: &crate::lexicon::DrugMention| {
                let after = s.end + usize::from(toks.is(s.end, QUOTES));
                toks.is(after, &[",", "и", "and"])
            };
            // (Nor what they contain when they contain several: «с содержанием трамадола и
            // фентанила» is of two drugs.)
            let contained = (d.end..k).any(|w| {
                toks.is(w, &["containing", "содержанием"]) || toks.starts(w, &["содержащ"])
            });
            // ("750kg of ingredients used to make cocaine": what the chemicals make is no
            // name of theirs; it is passed over.)
            let makes = toks.is(
                d.end.wrapping_sub(1),
                &[
                    "make",
                    "produce",
                    "making",
                    "production",
                    "производства",
                    "изготовления",
                ],
            );
            if let Some(s) = drug_at(toks, k)
                .filter(|s| !(s.is_generic() || ((dashed || contained) && listed(s))))
            {
                if makes {
                    found.push(d.canonical);
                    j = s.end;
                    break;
                }
                d = s;
            }
        }
        found.push(d.canonical);
        j = d.end;
        if toks.text(j) == "\"" || toks.text(j) == ")" {
            j += 1;
        }
        let mut k = j;
        while toks.is(k, &[",", "and", "or", "и", "или", "as", "well", ";"]) {
            k += 1;
        }
        // "212kg of heroin and ‘Ice’ drugs": a name in quotes is still a name.
        let quoted = toks.is(k, QUOTES) && drug_at(toks, k + 1).is_some();
        if k > j && quoted {
            k += 1;
        }
        // ("11 миллионов таблеток каптагона, наркотики прибыли из Ливана": a generic word after
        // a bare comma opens the next clause, not a list; "heroin, hashish and other drugs"
        // still lists.)
        let next_clause =
            toks.text(j) == "," && k == j + 1 && drug_at(toks, k).is_some_and(|d| d.is_generic());
        // ("88 kg of cocaine and drug-making equipment": a thing to make drugs with is no
        // item of the lot; "drugs and drug-making chemicals" are.)
        let tool = drug_at(toks, k).is_some_and(|d| {
            toks.is(d.end, &["-"]) && toks.is(d.end + 1, MAKING) && !toks.is(d.end + 2, MAKINGS)
        });
        if k == j || next_clause || tool || drug_at(toks, k).is_none() {
            break;
        }
        // ("2 tons of morphine, hashish weighing 846 kg": after a comma, a drug weighed on its
        // own is the next item, not this one's.)
        if toks.is(j, &[","])
            && let Some(next) = drug_at(toks, k)
            && (toks.is(next.end, &["weighing", "весом", "массой"]) || toks.is_num(next.end))
        {
            break;
        }
        j = k;
    }
    (found, j)
}

/// Where "ingredients (chemicals, reagents) used in (for, to) ... making" ends, when such a
/// phrase starts at `k`: a drug's makings, named in its clause by what they make.
fn made_of_at(toks: &Tokens, k: usize) -> Option<usize> {
    if !toks.is(k, &["ingredients", "chemicals", "reagents", "substances"]) {
        return None;
    }
    // ("4,438 tons of chemicals and other raw materials used for producing narcotics": a
    // second kind of makings before the participle.)
    let k = match (2..5).find(|&n| toks.is(k + n, &["materials", "ingredients"])) {
        Some(n) if toks.is(k + 1, &["and"]) => k + n,
        _ => k,
    };
    if !toks.is(k + 1, &["used", "needed", "meant", "intended"]) {
        return None;
    }
    (k + 2..(k + 8).min(toks.len()))
        .take_while(|&j| !toks.is(j, &[",", ".", ";", "and"]))
        .find(|&j| toks.starts(j, &["produc", "manufactur", "making", "make", "synthes"]))
        .map(|j| {
            // (The drug the makings are of goes with them: "... to make amphetamine".)
            let after = drug_at(toks, j + 1).map_or(j + 1, |d| d.end);
            if toks.is(j, &["production", "manufacture", "manufacturing"]) {
                j + 1
            } else {
                after
            }
        })
}

fn resolve(list: &[&'static str]) -> Option<&'static str> {
    let first = *list.first()?;
    if list.iter().all(|d| *d == first) {
        Some(first)
    } else {
        Some("narcotic_drugs")
    }
}

/// The drug a quantity refers to, and the token where its mention ends.
pub(super) fn drug_of(toks: &Tokens, q: &Quantity) -> Option<(&'static str, usize)> {
    if let Some(d) = q.adjective_drug {
        // "290,000 psychotropic tablets", unless a drug is named after: "narcotic tablets of X".
        let list = after_list(toks, q.end);
        return Some(match (d, resolve(&list.0)) {
            ("narcotic_drugs", Some(named)) => (named, list.1),
            _ => (d, q.end),
        });
    }
    // "500kg of ingredients used in amphetamine production", "chemicals used for making
    // heroin": what the drug is made of, whatever drug is named (rule 11: precursors).
    if let Some(used) = made_of_at(toks, q.end + usize::from(toks.is(q.end, &["of"]))) {
        return Some(("precursors", used));
    }
    // "405 million tablets of stimulants": pills of a kind, named after their unit, as "3,499
    // stimulant tablets".
    if q.unit == Unit::Tablet
        && toks.is(q.end, &["of"])
        && toks.is(q.end + 1, &["stimulants", "psychotropics"])
    {
        return Some(("psychotropic_tablets", q.end + 2));
    }
    // «на синтетические наркотики приходится 180 килограммов»: what a share is of is named
    // before its verb.
    if toks.is(
        q.start.wrapping_sub(1),
        &[
            "приходится",
            "приходилось",
            "приходятся",
            "приходились",
            "пришлось",
        ],
    ) && after_list(toks, q.end).0.is_empty()
        && let Some(on) = (q.start.saturating_sub(8)..q.start)
            .rev()
            .find(|&k| toks.is(k, &["на"]))
        && let Some(m) = (on + 1..q.start - 1).find_map(|k| drug_at(toks, k))
    {
        return Some((m.canonical, q.end));
    }
    // "cannabis accounts for the largest quantity of 2.7 tonnes", "heroin made up 40 kg": the
    // drug named before the verb of a share.
    if after_list(toks, q.end).0.is_empty()
        && !(q.end..toks.len()).any(|k| toks.is(k, &["respectively", "соответственно"]))
        && let Some(v) = (q.start.saturating_sub(7)..q.start).rev().find(|&k| {
            toks.is(k, &["accounts", "accounted", "account"])
                || (toks.is(k, &["made", "makes", "make"]) && toks.is(k + 1, &["up"]))
        })
        // (Not a share of the figure: "cannabis accounted for 60% of the 2.7 tonnes".)
        && !(v..q.start).any(|k| {
            toks.is(k, &[",", ".", ";", "%", "percent", "per"])
                || toks.is_num(k)
                || (toks.is(k, &["of"]) && toks.is(k + 1, &["the"]))
        })
        && let Some(d) = (v.saturating_sub(3)..v)
            .rev()
            .find_map(|k| drug_at(toks, k).filter(|d| d.end == v))
    {
        return Some((d.canonical, q.end));
    }
    let (list, end) = after_list(toks, q.end);
    // "246,500 grams of the seized narcotics was hash": the drug named as what the lot was.
    if resolve(&list) == Some("narcotic_drugs")
        && let Some(k) = (end..end + 5).find(|&k| toks.is(k, &["was", "were", "is", "are"]))
    {
        let named = (k + 1..k + 4)
            .take_while(|&j| !toks.is(j, &[".", ";"]))
            .find_map(|j| drug_at(toks, j).filter(|m| !m.is_generic()));
        if let Some(m) = named {
            return Some((m.canonical, m.end));
        }
    }
    // "13.5 kg of drugs suspected to be heroin", "11 kg 987 g of a narcotic substance with a
    // specific pungent odor of heroin", «вещество с характерным запахом конопли»: what the
    // drugs were taken to be.
    if resolve(&list).is_none_or(|d| d == "narcotic_drugs") {
        let from = if list.is_empty() { q.end } else { end };
        let cue = (from..from + 10)
            .take_while(|&k| !toks.is(k, &[".", ";"]))
            .find(|&k| {
                toks.any_phrase_at(
                    k,
                    &[
                        "suspected to be",
                        "believed to be",
                        "appeared to be",
                        "appears to be",
                        "suspected of being",
                        "odor of",
                        "odour of",
                        "smell of",
                    ],
                ) || toks.is(k, &["запахом"])
            });
        let named = cue.and_then(|k| {
            (k + 1..k + 6)
                .take_while(|&j| !toks.is(j, &[".", ";", ","]))
                .find_map(|j| drug_at(toks, j).filter(|m| !m.is_generic()))
        });
        // ("weighing approximately 14.7 kilograms, suspected to be heroin": the cue right after
        // the figure's comma.)
        if let Some(m) = named
            && (!list.is_empty()
                || (toks.is(q.end, &[","]) && cue == Some(q.end + 1))
                || toks.starts(
                    q.end + usize::from(toks.is(q.end, &["of"])),
                    // ("5,851 compressed slabs of leaves suspected to be cannabis", "two
                    // kilograms of what is believed to be fentanyl".)
                    &[
                        "веществ",
                        "substance",
                        "a",
                        "leaves",
                        "powder",
                        "material",
                        "what",
                    ],
                ))
        {
            return Some((m.canonical, end.max(q.end)));
        }
    }
    // "13,750 kilograms of chemical substances that were used in narcotics production":
    // chemicals to make drugs are precursors (rule 11).
    if resolve(&list) == Some("other:chemical_substances")
        && (end..end + 8).any(|k| {
            toks.starts(
                k,
                &[
                    "produc",
                    "manufactur",
                    "making",
                    "производств",
                    "изготовлен",
                ],
            )
        })
    {
        return Some(("precursors", end));
    }
    // "10 litres of amphetamine manufacturing reagents", "heroin precursors": chemicals to make
    // the drug, not the drug.
    // ("180 tons of drug-producing chemicals", "drug-making chemicals": the same, hyphened;
    // not "16 tons of drugs and drug-making chemicals", drugs and their makings together;
    // "14,300 kg of drug-making materials", "88 kg of drug producing materials": a lab's raw
    // materials, labelled as precursors by rule 11.)
    if !list.is_empty() {
        let hyphened = list.len() == 1 && toks.is(end, &["-"]) && toks.is(end + 1, MAKING);
        let k = if hyphened {
            end + 2
        } else {
            end + usize::from(toks.is(end, &["manufacturing", "production", "making", "producing"]))
        };
        if toks.is(k, MAKINGS) {
            return Some(("precursors", k + 1));
        }
    }
    // «около 26 кг марихуаны, 3 кг гашиша, 2 кг гашишного масла, героин, амфетамин»: in a
    // list of figures with their drugs, names in the nominative after the last figure's own
    // drug are items of their own (of amounts not given), not part of its lot (which «2
    // килограмма героина, опия, гашиша» are).
    if list.len() > 1
        && toks.is(q.start.wrapping_sub(1), &[","])
        && (q.start.saturating_sub(6)..q.start - 1)
            .any(|k| drug_at(toks, k).is_some_and(|d| d.end == q.start - 1))
        && let Some(own) = (q.end..end)
            .find_map(|k| drug_at(toks, k))
            .filter(|m| toks.is(m.end, &[","]))
        && toks
            .text(own.end + 1)
            .chars()
            .last()
            .is_some_and(|c| "бвгджзклмнпрстфхцчшщ".contains(c))
    {
        return Some((own.canonical, own.end));
    }
    if let Some(d) = resolve(&list) {
        // "около 700 кг этого наркотика", "5 kg of this drug": the drug just named.
        if d == "narcotic_drugs"
            && toks.is(q.end, &["этого", "этих", "данного", "this", "the", "same"])
        {
            let named = (0..q.start)
                .rev()
                .find_map(|k| drug_at(toks, k).filter(|m| !m.is_generic()));
            if let Some(m) = named {
                return Some((m.canonical, end));
            }
        }
        return Some((d, end));
    }
    // "10,2 кг вещества, которое ... является героином", "2 kg of a white powder that was
    // identified as cocaine": what the substance turned out to be.
    if toks.starts(
        q.end + usize::from(toks.is(q.end, &["of"])),
        &["веществ", "порошк", "substance", "powder"],
    ) || (toks.is(q.end, &["of"])
        && toks.is(q.end + 1, &["a", "white", "an"])
        && toks.starts(q.end + 2, &["substance", "powder", "white"]))
    {
        let cue = (q.end..q.end + 16)
            .take_while(|&k| !toks.is(k, &[".", ";"]))
            .find(|&k| {
                toks.starts(k, &["являет", "являющ", "оказал"])
                    || toks.phrase_at(k, "identified as")
                    || toks.phrase_at(k, "turned out to be")
                    || toks.phrase_at(k, "confirmed as")
            });
        let named = cue.and_then(|k| {
            (k + 1..k + 5)
                .take_while(|&j| !toks.is(j, &[".", ";", ","]))
                .find_map(|j| drug_at(toks, j).filter(|m| !m.is_generic()))
        });
        if let Some(m) = named {
            return Some((m.canonical, m.end));
        }
    }
    // Left: "героин массой 5 кг", "heroin weighing 5 kg".
    let mut p = q.start;
    while p > 0 && toks.is(p - 1, LEFT_FILLERS) {
        p -= 1;
    }
    // "yaba pills (226.11kg)", "ecstasy tablets (143.66kg)": the weight of the pills named.
    if toks.is(p, &["("]) && toks.is(p.wrapping_sub(1), &["pills", "tablets", "capsules"]) {
        p -= 1;
    }
    // Across a comma only with a word of weight ("30 свёртков с героином, общим весом 31,9 кг"):
    // "... containing hash oil, 16.5 thousand tablets" lists another item.
    let weight_words = &[
        "весом",
        "массой",
        "вес",
        "weighing",
        "weight",
        "weighs",
        "weighed",
        "которого",
        "которой",
        "которых",
        "whose",
    ];
    if (p..q.start).any(|k| toks.is(k, &[","])) && !(p..q.start).any(|k| toks.is(k, weight_words)) {
        return None;
    }
    // "The cocaine seized within the period weighed 15.580kg": the drug before its participle
    // and a few words that say where or when, then the verb of its weight.
    if toks.is(p, &["weighed", "weighs"])
        && let Some(k) = (p.saturating_sub(6)..p).find(|&k| {
            toks.is(
                k,
                &["seized", "confiscated", "recovered", "found", "intercepted"],
            ) && (k + 1..p).all(|j| toks.is_word(j) && !toks.is_num(j))
                && (k.saturating_sub(4)..k).any(|d| drug_at(toks, d).is_some_and(|m| m.end == k))
        })
    {
        p = k;
    }
    // The longest name that ends there: "синтетические наркотики – 100 кг". ("cocaine
    // hydrochloride (6,307 kg), cocaine paste (3,196 kg)": or the word of its form after it.)
    for k in p.saturating_sub(4)..p {
        if let Some(d) = drug_at(toks, k)
            && (d.end == p
                || (d.end + 1 == p
                    && toks.is(d.end, &["hydrochloride", "paste", "base", "powder", "hcl"])))
        {
            // ("The seized drugs, including methamphetamine, ecstasy pills and marijuana,
            // weighed a total of 22.58kg": the last of several drugs listed; the weight is of
            // them all.)
            if listed_after_another(toks, k, d.canonical) {
                return Some(("narcotic_drugs", q.end));
            }
            return Some((d.canonical, q.end));
        }
    }
    // "50 кг и 1200 упакованных доз "прегабалина"", "2 kg and 400 units of tropicamide": a
    // weight and a count of one drug (no drug named before the weight).
    if q.unit == Unit::Kg && toks.is(q.end, &["и", "and"]) && toks.is_num(q.end + 1) {
        let named = (q.end + 2..q.end + 6)
            .take_while(|&j| toks.is_word(j) || toks.is(j, &["\"", "«"]))
            .find_map(|j| drug_at(toks, j).filter(|m| !m.is_generic()));
        if let Some(m) = named {
            return Some((m.canonical, q.end));
        }
    }
    None
}

/// Whether the drug named at `k` closes a list of other drugs ("methamphetamine, ecstasy pills
/// and marijuana"): "and" before it, and another drug (or its pills) right before that.
fn listed_after_another(toks: &Tokens, k: usize, drug: &str) -> bool {
    if k < 2 || !toks.is(k - 1, &["and", "и"]) {
        return false;
    }
    let mut end = k - 1;
    if toks.is(end - 1, &["pills", "tablets", "таблеток"]) {
        end -= 1;
    }
    (end.saturating_sub(4)..end).any(|j| {
        drug_at(toks, j).is_some_and(|m| m.end == end && m.canonical != drug && !m.is_generic())
    })
}

fn after_list(toks: &Tokens, end: usize) -> (Vec<&'static str>, usize) {
    let mut j = end;
    // «из которых 21 кг – синтетические, 10 килограммов – растительные»: after a dash, the
    // class's adjective alone.
    if toks.is(j, &["-", "–", "—"])
        && toks.starts(j + 1, &["синтетическ", "synthetic"])
        && !toks.is_word(j + 2)
    {
        return (vec!["other:synthetic_drugs"], j + 2);
    }
    // "15 kg (33 lb) of heroin": the same figure restated in brackets before the drug; and
    // "65.96 pounds (29.92 kg) of cocaine": a figure in brackets, its drug after them.
    // ("46 kilograms (over 100 pounds) of opium": with a qualifier too.)
    const ROUGHLY: &[&str] = &[
        "over",
        "about",
        "some",
        "nearly",
        "almost",
        "around",
        "более",
    ];
    if toks.text(j) == "("
        && let Some(close) = (j + 1..j + 7).find(|&k| toks.text(k) == ")")
        && (toks.is_num(j + 1) || (toks.is(j + 1, ROUGHLY) && toks.is_num(j + 2)))
    {
        j = close + 1;
    } else if toks.text(j) == "(" && unit_at(toks, j + 1).is_some() && toks.text(j + 2) == ")" {
        // "612,547.89 kilograms (kg) of narcotic drugs": the unit's abbreviation.
        j += 3;
    } else if toks.text(j) == ")" && toks.is(j + 1, &["of"]) {
        // Not "марихуана (41,8 кг) гашиш (20,8 кг)": there the drug came before the bracket.
        j += 1;
    }
    // ("1.1 tons of marijuana in powdered form and 49 kilograms as hashish".)
    if toks.is(j, &["as"]) && drug_at(toks, j + 1).is_some() {
        j += 1;
    }
    let mut skipped = 0;
    while skipped < 4 && toks.is(j, DRUG_FILLERS) && drug_at(toks, j).is_none() {
        j += 1;
        skipped += 1;
    }
    // «свыше 200 кг готовой продукции – наркотика «мефедрон»»: a few words of what the lot
    // was, then, after a dash, its drug.
    if drug_at(toks, j).is_none()
        && let Some(dash) = (j + 1..j + 4).find(|&k| toks.is(k, &["–", "—"]))
        && (j..dash).all(|k| toks.is_word(k) && unit_at(toks, k).is_none())
        && drug_at(toks, dash + 1).is_some()
    {
        j = dash + 1;
    }
    // «более 18 килограммов высушенных соцветий, листьев и стеблей конопли», "dried flowers,
    // leaves and stems of cannabis": the parts of the plant listed, then the plant.
    if drug_at(toks, j).is_none()
        && let Some(plant) = after_plant_parts(toks, j)
    {
        j = plant;
    }
    // Up to two describing words before the name: "of dried marijuana", "высушенной марихуаны";
    // two joined describing words count as one ("дикорастущих и незаконных посевов
    // наркосодержащих растений").
    if drug_at(toks, j).is_none() {
        let joined = usize::from(joined_describers(toks, j)) * 2;
        // ("over 2,000 pounds of high-quality heroin": a hyphenated describing word is one.)
        let hyphenated = (j + 1..j + 4)
            .any(|x| toks.is(x, &["-"]) && toks.is_word(x - 1) && toks.is_word(x + 1));
        // Not a conjunction: "hashish of 30 kg 648 g and hash oil – 45 kg" names two.
        const JOINS: &[&str] = &["and", "or", "и", "или", "а", "as", "while", "but"];
        for k in [1, 2].into_iter().chain(hyphenated.then_some(3)) {
            let k = k + joined;
            if (j + joined..j + k).all(|x| {
                (toks.is_word(x) && unit_at(toks, x).is_none() && !toks.is(x, JOINS))
                    || (x > j && toks.is(x, &["-"]))
            }) && drug_at(toks, j + k).is_some()
            {
                j += k;
                break;
            }
        }
    }
    drug_list(toks, j)
}

/// Where the plant is named after a list of its parts that starts at `j` (a describing word
/// may come first): «высушенных соцветий, листьев и стеблей конопли», "dried leaves and stems
/// of cannabis".
fn after_plant_parts(toks: &Tokens, j: usize) -> Option<usize> {
    const PARTS: &[&str] = &[
        "соцвети",
        "листь",
        "листов",
        "стебл",
        "стеблей",
        "верхуш",
        "flower",
        "leaves",
        "leaf",
        "stem",
        "stalk",
        "bud",
        "head",
    ];
    let part = |k: usize| toks.is_word(k) && toks.starts(k, PARTS);
    let mut k = j + usize::from(toks.is_word(j) && !part(j) && part(j + 1));
    if !part(k) {
        return None;
    }
    loop {
        k += 1;
        if toks.is(k, &[","]) && part(k + 1) {
            k += 1;
        } else if toks.is(k, &["and", "or", "и", "или"]) && part(k + 1) {
            k += 2;
            break;
        } else {
            break;
        }
    }
    k += usize::from(toks.is(k, &["of"]));
    drug_at(toks, k).is_some().then_some(k)
}

/// Whether `j` starts two describing words joined by «и» that agree in case («дикорастущих и
/// незаконных»), or two English words of the drug's form joined by "and" or "or" ("solid and
/// liquid", "dried and pressed"): one description, not two lots.
fn joined_describers(toks: &Tokens, j: usize) -> bool {
    const FORMS: &[&str] = &[
        "solid",
        "liquid",
        "wet",
        "dry",
        "raw",
        "crude",
        "fresh",
        "pure",
        "powder",
        "crystal",
        "finished",
        "processed",
        "unprocessed",
    ];
    let form = |k: usize| {
        toks.is_word(k)
            && unit_at(toks, k).is_none()
            && (toks.is(k, FORMS) || (toks.text(k).ends_with("ed") && toks.text(k).len() > 4))
    };
    if toks.is(j + 1, &["and", "or"]) && form(j) && form(j + 2) {
        return true;
    }
    const ENDINGS: &[&str] = &["ых", "их", "ой", "ого", "ую", "ая", "ые", "ие", "ым", "ими"];
    let ending = |k: usize| {
        let w = toks.text(k);
        ENDINGS
            .iter()
            .find(|e| w.ends_with(*e) && w.len() > e.len() + 4)
    };
    toks.is(j + 1, &["и"])
        && toks.is_word(j)
        && toks.is_word(j + 2)
        && ending(j).is_some()
        && ending(j) == ending(j + 2)
}
