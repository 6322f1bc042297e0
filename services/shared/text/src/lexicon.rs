//! Word lists: drug names (English and Russian, street and brand names), units, and the verbs that
//! make a quantity a seizure or a destruction.
//!
//! Patterns are folded (lower case, ё → е) and matched per token; a pattern word ending in `*`
//! matches any word that starts with it, which covers Russian inflection (героин* matches героина,
//! героином). Multi-word patterns skip hyphens between their words.

use foldhash::HashMap;
use std::sync::OnceLock;

use crate::fold::{StemSet, TokKind, Tokens};
use crate::model::Unit;

mod bounds;
mod drug_names;
mod words;
pub use bounds::single_seizure_bound_kg;
use drug_names::DRUGS;
pub use words::{
    COVER_GOODS, DESTROYED_NOT_DRUGS, DESTROYED_PLACES, DESTRUCTION_STEMS, PARTS_PHRASES,
    PEOPLE_KILLED, SEIZURE_STEMS, WEIGHT_OF_THE_LOT,
};

/// [`SEIZURE_STEMS`] as a stem set (every word of every sentence is tested against it).
pub fn seizure_stems() -> &'static StemSet {
    static SET: OnceLock<StemSet> = OnceLock::new();
    SET.get_or_init(|| StemSet::new(SEIZURE_STEMS))
}

/// [`DESTRUCTION_STEMS`] as a stem set.
pub fn destruction_stems() -> &'static StemSet {
    static SET: OnceLock<StemSet> = OnceLock::new();
    SET.get_or_init(|| StemSet::new(DESTRUCTION_STEMS))
}

/// Adjectives that, between a number and a counted unit, name the drug ("290,000 psychotropic
/// tablets").
const UNIT_ADJECTIVES: &[(&str, &str)] = &[
    ("psychotropic", "psychotropic_tablets"),
    ("психотропн*", "psychotropic_tablets"),
    ("narcotic", "narcotic_drugs"),
    // "90,291 intoxicating pills" (Indian English).
    ("intoxicating", "narcotic_drugs"),
    ("intoxicated", "narcotic_drugs"),
    ("intoxicant", "narcotic_drugs"),
    ("наркотическ*", "narcotic_drugs"),
    ("наркосодержащ*", "narcotic_drugs"),
    // "3,499 stimulant tablets", «около 18 тыс. синтетических таблеток»: pills of a kind, no
    // substance named.
    ("stimulant", "psychotropic_tablets"),
    // ("10,845 sedative pills".)
    ("sedative", "psychotropic_tablets"),
    ("седативн*", "psychotropic_tablets"),
    ("синтетическ*", "psychotropic_tablets"),
];

fn word_matches(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => pattern == word,
    }
}

/// Matches `pattern` at token `i`; returns the index just past the match.
/// (The last word of an English name of two words or more may take a plural "s": "poppy
/// straws", as translated releases write it.)
fn match_pattern(toks: &Tokens, i: usize, pattern: &str) -> Option<usize> {
    let mut j = i;
    let mut words = pattern.split(' ').enumerate().peekable();
    while let Some((k, w)) = words.next() {
        if k > 0 && toks.text(j) == "-" {
            j += 1;
        }
        let last = words.peek().is_none();
        let plural = || {
            k > 0
                && last
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && toks.text(j).strip_suffix('s') == Some(w)
        };
        if !word_matches(w, toks.text(j)) && !plural() {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// A drug named at a token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DrugMention {
    pub canonical: &'static str,
    pub start: usize,
    pub end: usize,
}

impl DrugMention {
    /// A word for drugs in general, or for a category ("synthetic drugs"): a specific name
    /// right after it takes its place ("the synthetic drug alpha-PVP").
    pub fn is_generic(&self) -> bool {
        is_category(self.canonical)
    }
}

/// Whether a canonical name is a word for drugs in general or a category ("narcotic_drugs",
/// "other:synthetic_drugs"), not a named drug.
pub fn is_category(canonical: &str) -> bool {
    matches!(
        canonical,
        "narcotic_drugs" | "other:synthetic_drugs" | "other:smoking_mixtures"
    )
}

/// Whether a drug is sold and counted as pills (methamphetamine's yaba, medicines, ecstasy,
/// captagon), so that pills an article counts without naming them may be of it.
pub fn sold_as_pills(canonical: &str) -> bool {
    matches!(
        canonical,
        "methamphetamine"
            | "tramadol"
            | "alprazolam"
            | "pregabalin"
            | "psychotropic_tablets"
            | "other:mdma"
            | "other:captagon"
    )
}

/// Whether a drug is never counted in pills (a plant, a resin or a powder sold by weight):
/// "17 hashish blocks, 3,000 pills" are no hashish pills.
pub fn never_pills(canonical: &str) -> bool {
    matches!(
        canonical,
        "cannabis"
            | "hashish"
            | "cocaine"
            | "heroin"
            | "opium"
            | "other:poppy"
            | "other:poppy_straw"
            | "other:khat"
            | "other:coca"
    )
}

/// Whether a canonical name names one drug: not a category ("drugs"), nor a class of
/// substances ("psychotropic tablets", "precursors").
pub fn names_one_drug(canonical: &str) -> bool {
    !is_category(canonical)
        && !matches!(
            canonical,
            "psychotropic_tablets"
                | "precursors"
                | "other:psychotropic_substances"
                | "other:psychoactive_substances"
                | "other:potent_substances"
                | "other:chemical_substances"
                | "other:toxic_substances"
                | "other:new_psychoactive_substances"
                // («80 таблеток сильного опиата фентанила»: the name after the class.)
                | "other:opiates"
        )
}

/// A drug pattern's first word, the whole pattern and its canonical name.
type DrugEntry = (&'static str, &'static str, &'static str);

/// Drug patterns by the first character of their first word (split once, here: drug_at runs
/// on every word).
fn drug_index() -> &'static HashMap<char, Vec<DrugEntry>> {
    static INDEX: OnceLock<HashMap<char, Vec<DrugEntry>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: HashMap<char, Vec<DrugEntry>> = HashMap::default();
        for (pattern, canonical) in DRUGS {
            if let Some(c) = pattern.chars().next() {
                let head = pattern.split(' ').next().unwrap_or_default();
                map.entry(c).or_default().push((head, pattern, canonical));
            }
        }
        map
    })
}

/// The words before a drug's name that compare another substance with it.
const COMPARED_WITH: &[&str] = &[
    "than",
    "сильнее",
    "мощнее",
    "опаснее",
    "аналог",
    "аналога",
    "аналогом",
    "аналогов",
    "заменитель",
    "заменителя",
    "заменителем",
];

/// The longest drug pattern that matches at token `i`.
pub fn drug_at(toks: &Tokens, i: usize) -> Option<DrugMention> {
    let first = toks.text(i);
    if first.is_empty() || toks.kind(i) == Some(TokKind::Num) {
        return None;
    }
    let candidates = drug_index().get(&first.chars().next()?)?;
    let mut best: Option<DrugMention> = None;
    for &(head, pattern, canonical) in candidates {
        if !word_matches(head, first) {
            continue;
        }
        if let Some(end) = match_pattern(toks, i, pattern)
            && best.is_none_or(|b| end > b.end)
        {
            best = Some(DrugMention {
                canonical,
                start: i,
                end,
            });
        }
    }
    // "amphetamine-like pills": like the drug, not it.
    if let Some(b) = best
        && toks.is(b.end, &["-"])
        && toks.is(b.end + 1, &["like"])
    {
        return None;
    }
    // "tablets 40 times stronger than heroin", «в 40 раз сильнее героина», «синтетического
    // аналога героина», "a synthetic analogue of heroin": the drug another is measured
    // against, not the one found.
    if best.is_some()
        && (toks.is(i.wrapping_sub(1), COMPARED_WITH)
            || (toks.is(i.wrapping_sub(1), &["of", "for"])
                && toks.is(
                    i.wrapping_sub(2),
                    &["analogue", "analog", "analogues", "analogs", "substitute"],
                )))
    {
        return None;
    }
    // "ganja seeds", "weed seeds": the seeds of any name of the plant (the table names the
    // usual ones, «семена конопли» among them).
    if let Some(b) = best.as_mut()
        && b.canonical == "cannabis"
        && toks.is(b.end, &["seed", "seeds"])
    {
        b.canonical = "other:cannabis_seeds";
        b.end += 1;
    }
    // "drug trafficking", "drug dealers", "narcotics network": the word for drugs before the
    // trade or the people in it names no lot.
    if best.is_some_and(|b| {
        b.canonical == "narcotic_drugs"
            && b.end == i + 1
            && toks.is(i, &["drug", "drugs", "narcotics"])
            && toks.starts(
                b.end,
                &[
                    "traffick",
                    "dealer",
                    "dealing",
                    "network",
                    "smuggl",
                    "cartel",
                    "lord",
                    "syndicate",
                    "ring",
                    "gang",
                    "abuse",
                    "addict",
                    "user",
                    "law",
                    "squad",
                    "enforcement",
                    "mule",
                    "money",
                    "offen",
                    "charge",
                    "trade",
                    // ("Drug agents found one ton of cocaine", "the Drug Control Agency".)
                    "agent",
                    "agenc",
                    "control",
                    "unit",
                    "czar",
                    "war",
                    "polic",
                    "court",
                    // ("500 grams of suspected shabu and drug paraphernalia": the tools.)
                    "parapherna",
                ],
            )
    }) {
        return None;
    }
    // "the Hindu Kush": the mountains, not West Africa's "kush".
    if best.is_some_and(|b| b.canonical == "other:kush") && toks.is(i.wrapping_sub(1), &["hindu"]) {
        return None;
    }
    // «операция «Мак»», "Operation Poppy": the name of an operation, not the plant.
    if best.is_some_and(|b| b.canonical == "other:poppy")
        && toks.is(i.wrapping_sub(1), &["«", "\"", "“", "„"])
    {
        return None;
    }
    best
}

/// The words of milligrams, the unit of a pill's strength ("Tramadol 225mg", «Лирика 300 мг»).
pub const MILLIGRAMS: &[&str] = &["mg", "мг", "milligrams", "миллиграмм"];

/// Words that, between a number and pills, say the pills are drugs without naming one ("672
/// illicit pills", "149,812 regulated medical tablets", "820,790 various pills", "118,596
/// hallucinogenic pills"): pills of
/// some drug (rule 11), settled as psychotropic tablets when the story names none.
pub const PILLS_OF_SOME_DRUG: &[&str] = &[
    "narcotic",
    "illicit",
    "illegal",
    "prohibited",
    "banned",
    "controlled",
    "regulated",
    "unauthorised",
    "unauthorized",
    "various",
    "assorted",
    // "118,596 hallucinogenic pills" (North Africa's reports).
    "hallucinogenic",
];

/// A drug-naming adjective at token `i` (see [`UNIT_ADJECTIVES`]).
pub fn unit_adjective_at(toks: &Tokens, i: usize) -> Option<&'static str> {
    let w = toks.text(i);
    UNIT_ADJECTIVES
        .iter()
        .find(|(p, _)| word_matches(p, w))
        .map(|(_, c)| *c)
}

/// A unit word and what one of it is worth in the normalised unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitWord {
    pub unit: Unit,
    pub factor: f64,
    /// An abbreviation ("kg", "т"): it needs a number before it.
    pub abbrev: bool,
    /// A mass unit's rank for compound amounts (t > quintal > kg > g > mg: "4 tons and 8
    /// quintals"); 0 for other units.
    pub rank: u8,
}

const fn uw(unit: Unit, factor: f64, abbrev: bool, rank: u8) -> UnitWord {
    UnitWord {
        unit,
        factor,
        abbrev,
        rank,
    }
}

const UNITS: &[(&str, UnitWord)] = &[
    ("t", uw(Unit::Kg, 1000.0, true, 5)),
    ("т", uw(Unit::Kg, 1000.0, true, 5)),
    ("tn", uw(Unit::Kg, 1000.0, true, 5)),
    // "in 2016 the ANF seized 215 MT narcotics": metric tonnes.
    ("mt", uw(Unit::Kg, 1000.0, true, 5)),
    ("ton", uw(Unit::Kg, 1000.0, false, 5)),
    ("tons", uw(Unit::Kg, 1000.0, false, 5)),
    ("tonne", uw(Unit::Kg, 1000.0, false, 5)),
    ("tonnes", uw(Unit::Kg, 1000.0, false, 5)),
    ("тонн*", uw(Unit::Kg, 1000.0, false, 5)),
    // "232 quintals poppy husk" (Indian English), «2 центнера конопли»: 100 kg.
    ("quintal", uw(Unit::Kg, 100.0, false, 4)),
    ("quintals", uw(Unit::Kg, 100.0, false, 4)),
    ("центнер*", uw(Unit::Kg, 100.0, false, 4)),
    ("kg", uw(Unit::Kg, 1.0, true, 3)),
    ("kgs", uw(Unit::Kg, 1.0, true, 3)),
    ("кг", uw(Unit::Kg, 1.0, true, 3)),
    ("kilogram", uw(Unit::Kg, 1.0, false, 3)),
    ("kilograms", uw(Unit::Kg, 1.0, false, 3)),
    ("kilogramme", uw(Unit::Kg, 1.0, false, 3)),
    ("kilogrammes", uw(Unit::Kg, 1.0, false, 3)),
    ("kilo", uw(Unit::Kg, 1.0, false, 3)),
    ("kilos", uw(Unit::Kg, 1.0, false, 3)),
    ("кило", uw(Unit::Kg, 1.0, false, 3)),
    ("килограм*", uw(Unit::Kg, 1.0, false, 3)),
    // "1,100 pounds of morphine" (an avoirdupois pound; money is told apart in `quantity`).
    ("pound", uw(Unit::Kg, 0.453_592_37, false, 3)),
    ("pounds", uw(Unit::Kg, 0.453_592_37, false, 3)),
    ("lb", uw(Unit::Kg, 0.453_592_37, true, 3)),
    ("lbs", uw(Unit::Kg, 0.453_592_37, true, 3)),
    // «30 фунтов марихуаны», «44 фунта героина»: American finds retold in Russian.
    ("фунт", uw(Unit::Kg, 0.453_592_37, false, 3)),
    ("фунта", uw(Unit::Kg, 0.453_592_37, false, 3)),
    ("фунтов", uw(Unit::Kg, 0.453_592_37, false, 3)),
    ("фунтами", uw(Unit::Kg, 0.453_592_37, false, 3)),
    // "9 pounds, 4 ounces of heroin": the avoirdupois ounce, a pound's sixteenth (ranked below
    // the pound, for the compound).
    ("ounce", uw(Unit::Kg, 0.028_349_523_125, false, 2)),
    ("ounces", uw(Unit::Kg, 0.028_349_523_125, false, 2)),
    ("oz", uw(Unit::Kg, 0.028_349_523_125, true, 2)),
    ("g", uw(Unit::Kg, 0.001, true, 2)),
    ("gr", uw(Unit::Kg, 0.001, true, 2)),
    // "8 kg. 840 grs. of Hashish": the League of Nations' summaries write grams so.
    ("grs", uw(Unit::Kg, 0.001, true, 2)),
    // "598 gm of heroin", "brown sugar 69.33 gms": Indian English writes grams so.
    ("gm", uw(Unit::Kg, 0.001, true, 2)),
    ("gms", uw(Unit::Kg, 0.001, true, 2)),
    ("gram", uw(Unit::Kg, 0.001, false, 2)),
    ("grams", uw(Unit::Kg, 0.001, false, 2)),
    ("gramme", uw(Unit::Kg, 0.001, false, 2)),
    ("grammes", uw(Unit::Kg, 0.001, false, 2)),
    ("г", uw(Unit::Kg, 0.001, true, 2)),
    ("гр", uw(Unit::Kg, 0.001, true, 2)),
    ("грам*", uw(Unit::Kg, 0.001, false, 2)),
    ("mg", uw(Unit::Kg, 0.000_001, true, 1)),
    ("мг", uw(Unit::Kg, 0.000_001, true, 1)),
    ("milligram", uw(Unit::Kg, 0.000_001, false, 1)),
    ("milligrams", uw(Unit::Kg, 0.000_001, false, 1)),
    ("миллиграм*", uw(Unit::Kg, 0.000_001, false, 1)),
    ("l", uw(Unit::Litre, 1.0, true, 0)),
    ("ltr", uw(Unit::Litre, 1.0, true, 0)),
    ("л", uw(Unit::Litre, 1.0, true, 0)),
    ("litre", uw(Unit::Litre, 1.0, false, 0)),
    ("litres", uw(Unit::Litre, 1.0, false, 0)),
    ("liter", uw(Unit::Litre, 1.0, false, 0)),
    ("liters", uw(Unit::Litre, 1.0, false, 0)),
    ("литр*", uw(Unit::Litre, 1.0, false, 0)),
    ("ml", uw(Unit::Litre, 0.001, true, 0)),
    ("мл", uw(Unit::Litre, 0.001, true, 0)),
    ("millilitres", uw(Unit::Litre, 0.001, false, 0)),
    ("milliliters", uw(Unit::Litre, 0.001, false, 0)),
    ("миллилитр*", uw(Unit::Litre, 0.001, false, 0)),
    ("tablet", uw(Unit::Tablet, 1.0, false, 0)),
    ("tablets", uw(Unit::Tablet, 1.0, false, 0)),
    // "115321 Xanax Tabs, 3517 Ecstasy Tabs".
    ("tabs", uw(Unit::Tablet, 1.0, false, 0)),
    ("pill", uw(Unit::Tablet, 1.0, false, 0)),
    ("pills", uw(Unit::Tablet, 1.0, false, 0)),
    ("capsule", uw(Unit::Tablet, 1.0, false, 0)),
    ("capsules", uw(Unit::Tablet, 1.0, false, 0)),
    ("units", uw(Unit::Tablet, 1.0, false, 0)),
    // «25 единиц "тропикамида"»: a medicine's units (rule 12).
    ("единиц", uw(Unit::Tablet, 1.0, false, 0)),
    ("единицы", uw(Unit::Tablet, 1.0, false, 0)),
    ("единица", uw(Unit::Tablet, 1.0, false, 0)),
    // «13 флаконов «Тропикамида»»: a medicine's vials are its units (rule 12), as labelled.
    ("флакон*", uw(Unit::Tablet, 1.0, false, 0)),
    ("таблет*", uw(Unit::Tablet, 1.0, false, 0)),
    ("капсул*", uw(Unit::Tablet, 1.0, false, 0)),
    ("ampoule", uw(Unit::Ampoule, 1.0, false, 0)),
    ("ampoules", uw(Unit::Ampoule, 1.0, false, 0)),
    ("ampule", uw(Unit::Ampoule, 1.0, false, 0)),
    ("ampules", uw(Unit::Ampoule, 1.0, false, 0)),
    ("injections", uw(Unit::Ampoule, 1.0, false, 0)),
    ("ампул*", uw(Unit::Ampoule, 1.0, false, 0)),
    ("bush", uw(Unit::Plant, 1.0, false, 0)),
    ("bushes", uw(Unit::Plant, 1.0, false, 0)),
    ("plant", uw(Unit::Plant, 1.0, false, 0)),
    ("plants", uw(Unit::Plant, 1.0, false, 0)),
    ("root", uw(Unit::Plant, 1.0, false, 0)),
    ("roots", uw(Unit::Plant, 1.0, false, 0)),
    ("saplings", uw(Unit::Plant, 1.0, false, 0)),
    ("shrubs", uw(Unit::Plant, 1.0, false, 0)),
    ("seedling", uw(Unit::Plant, 1.0, false, 0)),
    ("seedlings", uw(Unit::Plant, 1.0, false, 0)),
    ("sprouts", uw(Unit::Plant, 1.0, false, 0)),
    // "15,840 stalks of fully grown marijuana plants": the Philippine police's count of plants.
    ("stalk", uw(Unit::Plant, 1.0, false, 0)),
    ("stalks", uw(Unit::Plant, 1.0, false, 0)),
    // "15 thousand stems", "about 53,000 stems": Indonesian and Kenyan releases count
    // cannabis plants as stems.
    ("stem", uw(Unit::Plant, 1.0, false, 0)),
    ("stems", uw(Unit::Plant, 1.0, false, 0)),
    // "24,000 fully grown marijuana trees": the Caribbean news's word for cannabis plants.
    ("tree", uw(Unit::Plant, 1.0, false, 0)),
    ("trees", uw(Unit::Plant, 1.0, false, 0)),
    ("корн*", uw(Unit::Plant, 1.0, false, 0)),
    ("куст*", uw(Unit::Plant, 1.0, false, 0)),
    ("растени*", uw(Unit::Plant, 1.0, false, 0)),
    ("саженц*", uw(Unit::Plant, 1.0, false, 0)),
    ("саженец", uw(Unit::Plant, 1.0, false, 0)),
    // «30 ростков конопли»: sprouts, a plant each.
    ("ростк*", uw(Unit::Plant, 1.0, false, 0)),
    ("росток", uw(Unit::Plant, 1.0, false, 0)),
    // «24 горшка с коноплей»: plants in pots, a pot each.
    ("горшк*", uw(Unit::Plant, 1.0, false, 0)),
    ("горшок", uw(Unit::Plant, 1.0, false, 0)),
    ("рассад*", uw(Unit::Plant, 1.0, false, 0)),
    ("package", uw(Unit::Package, 1.0, false, 0)),
    ("packages", uw(Unit::Package, 1.0, false, 0)),
    ("packet", uw(Unit::Package, 1.0, false, 0)),
    ("packets", uw(Unit::Package, 1.0, false, 0)),
    ("pack", uw(Unit::Package, 1.0, false, 0)),
    ("packs", uw(Unit::Package, 1.0, false, 0)),
    ("bags", uw(Unit::Package, 1.0, false, 0)),
    // "131 parcels of cannabis", "176 compressed blocks of cannabis", "slabs".
    ("parcel", uw(Unit::Package, 1.0, false, 0)),
    ("parcels", uw(Unit::Package, 1.0, false, 0)),
    ("blocks", uw(Unit::Package, 1.0, false, 0)),
    ("slabs", uw(Unit::Package, 1.0, false, 0)),
    ("bricks", uw(Unit::Package, 1.0, false, 0)),
    // "20 cakes of heroin", "20 heroin cakes": the pressed blocks of the Golden Triangle's
    // heroin (Vietnam's and Laos's bulletins).
    ("cakes", uw(Unit::Package, 1.0, false, 0)),
    // "5490 bundles of khat", "242 rolls of dagga": pieces of a lot with no weight given.
    ("bundles", uw(Unit::Package, 1.0, false, 0)),
    ("rolls", uw(Unit::Package, 1.0, false, 0)),
    // "recovered 50 sacks of bhang", "burn 250 cartons of seized narcotics", "954 bowls of
    // cannabis", «13 мешков с маковой соломой», «130 трубочек с метамфетамином»: the same,
    // where the text weighs none of that drug (a weight given for it comes first, rule 6).
    // (Not boxes or containers: more often a medicine's boxes or a ship's containers.)
    ("sacks", uw(Unit::Package, 1.0, false, 0)),
    ("bales", uw(Unit::Package, 1.0, false, 0)),
    ("cartons", uw(Unit::Package, 1.0, false, 0)),
    ("bowls", uw(Unit::Package, 1.0, false, 0)),
    // "1,190 balls of cannabis", "5 baskets of chamba": the same.
    ("balls", uw(Unit::Package, 1.0, false, 0)),
    ("baskets", uw(Unit::Package, 1.0, false, 0)),
    ("мешк*", uw(Unit::Package, 1.0, false, 0)),
    ("трубоч*", uw(Unit::Package, 1.0, false, 0)),
    // "three sachets of suspected shabu" (the Philippines' small packets).
    ("sachet", uw(Unit::Package, 1.0, false, 0)),
    ("sachets", uw(Unit::Package, 1.0, false, 0)),
    ("wraps", uw(Unit::Package, 1.0, false, 0)),
    ("pellets", uw(Unit::Package, 1.0, false, 0)),
    ("pouches", uw(Unit::Package, 1.0, false, 0)),
    ("упаков*", uw(Unit::Package, 1.0, false, 0)),
    ("пакет*", uw(Unit::Package, 1.0, false, 0)),
    ("сверт*", uw(Unit::Package, 1.0, false, 0)),
    ("брикет*", uw(Unit::Package, 1.0, false, 0)),
    ("dose", uw(Unit::Dose, 1.0, false, 0)),
    ("doses", uw(Unit::Dose, 1.0, false, 0)),
    ("доз", uw(Unit::Dose, 1.0, false, 0)),
    ("дозы", uw(Unit::Dose, 1.0, false, 0)),
    ("доза", uw(Unit::Dose, 1.0, false, 0)),
    ("item", uw(Unit::Item, 1.0, false, 0)),
    ("items", uw(Unit::Item, 1.0, false, 0)),
    ("pieces", uw(Unit::Item, 1.0, false, 0)),
    ("pcs", uw(Unit::Item, 1.0, true, 0)),
    ("bits", uw(Unit::Item, 1.0, false, 0)),
    // "15,000 blots of LSD": the blotter paper's pieces, as "bits".
    ("blots", uw(Unit::Item, 1.0, false, 0)),
    // "952 LSD stamps": the blotter's squares; "315 LSD stickers", "41 stickers of LSD".
    ("stamps", uw(Unit::Item, 1.0, false, 0)),
    ("stickers", uw(Unit::Item, 1.0, false, 0)),
    // "3,400 joints", «15 косяков»: rolled cannabis cigarettes, as pieces.
    ("joints", uw(Unit::Item, 1.0, false, 0)),
    ("косяк*", uw(Unit::Item, 1.0, false, 0)),
    ("blotters", uw(Unit::Item, 1.0, false, 0)),
    ("blisters", uw(Unit::Item, 1.0, false, 0)),
    // "400 bottles of codeine syrup", "77 bottles of Phensedyl": a syrup's bottles, as labelled.
    ("bottles", uw(Unit::Item, 1.0, false, 0)),
    ("шт", uw(Unit::Item, 1.0, true, 0)),
    ("штук*", uw(Unit::Item, 1.0, false, 0)),
    ("блистер*", uw(Unit::Item, 1.0, false, 0)),
    ("drugs", uw(Unit::Item, 1.0, false, 0)),
    ("medicines", uw(Unit::Item, 1.0, false, 0)),
    ("medications", uw(Unit::Item, 1.0, false, 0)),
    ("preparations", uw(Unit::Item, 1.0, false, 0)),
    ("препарат*", uw(Unit::Item, 1.0, false, 0)),
    ("лекарств*", uw(Unit::Item, 1.0, false, 0)),
];

/// The unit named by the word at token `i`, if any.
pub fn unit_at(toks: &Tokens, i: usize) -> Option<UnitWord> {
    if !toks.is_word(i) {
        return None;
    }
    let w = toks.text(i);
    UNITS
        .iter()
        .find(|(p, _)| word_matches(p, w))
        .map(|(_, u)| *u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drug(s: &str) -> Option<&'static str> {
        let mut t = Tokens::default();
        t.read(s, 0, s.len());
        drug_at(&t, 0).map(|d| d.canonical)
    }

    #[test]
    fn drugs_in_both_languages_and_inflections() {
        assert_eq!(drug("героином"), Some("heroin"));
        assert_eq!(drug("Marijuana"), Some("cannabis"));
        assert_eq!(drug("опий-сырец"), Some("opium"));
        assert_eq!(drug("acetic anhydride"), Some("precursors"));
        assert_eq!(drug("наркотических средств"), Some("narcotic_drugs"));
        assert_eq!(drug("toxic substances"), Some("other:toxic_substances"));
        assert_eq!(drug("\"ice\""), Some("methamphetamine"));
        assert_eq!(drug("alpha-PVP"), Some("other:alpha_pvp"));
        assert_eq!(drug("PVP"), Some("other:alpha_pvp"));
        assert_eq!(drug("альфа-ПВП"), Some("other:alpha_pvp"));
        assert_eq!(drug("ya ba"), Some("methamphetamine"));
        assert_eq!(drug("methylephedron"), Some("mephedrone"));
        assert_eq!(
            drug("производных метилэфедрона"),
            Some("other:methylephedrone_derivatives")
        );
        assert_eq!(drug("coal"), None);
    }
}
