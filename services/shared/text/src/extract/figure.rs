//! What one figure is of: the drug named with it (after it, before it, or as what the lot "was"),
//! and the figures that are never events (differences, rates, capacities, dosages, doses).
//! Split from `extract.rs`: these look at one quantity and the words around it, nothing else.

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

/// A list of drugs starting at `j` ("Tropicamide, Pregabalin, and Medazepam"), and the token
/// just past it.
const QUOTES: &[&str] = &["\"", "'", "‘", "’", "“", "”", "«", "»"];

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
                && (toks.is(k, &["known", "as", "called", "so", "-", "–", "—", "namely"])
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
            if let Some(s) = drug_at(toks, k).filter(|s| !(s.is_generic() || (dashed && listed(s))))
            {
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
        if k == j || next_clause || drug_at(toks, k).is_none() {
            break;
        }
        j = k;
    }
    (found, j)
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
                    // ("5,851 compressed slabs of leaves suspected to be cannabis".)
                    &["веществ", "substance", "a", "leaves", "powder", "material"],
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
    if !list.is_empty() {
        let k = end + usize::from(toks.is(end, &["manufacturing", "production", "making"]));
        if toks.is(
            k,
            &[
                "precursors",
                "precursor",
                "reagents",
                "chemicals",
                "ingredients",
            ],
        ) {
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
    // The longest name that ends there: "синтетические наркотики – 100 кг".
    for k in p.saturating_sub(4)..p {
        if let Some(d) = drug_at(toks, k)
            && d.end == p
        {
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

/// Whether `j` starts two describing words joined by «и» that agree in case («дикорастущих и
/// незаконных»): one description, not two lots.
fn joined_describers(toks: &Tokens, j: usize) -> bool {
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

/// Quantities that are never events: differences, rates, capacities, dose equivalents.
pub(super) fn not_an_event(toks: &Tokens, q: &Quantity, drug_end: usize, has_weight: bool) -> bool {
    let after = |k: usize, words: &[&str]| toks.is(k, words);
    // ("thwarted two attempts to smuggle over 2.9 captagon tablets": a count in pieces that is
    // no whole number lost its multiplier; it counts nothing.)
    if q.unit.is_count() && q.amount.fract() != 0.0 {
        return true;
    }
    // «Как я провез пять килограммов «наркотиков» через две границы», "5 kg of 'drugs'": the
    // word for drugs in quotes, as something that only passed for them.
    let k = q.end + usize::from(toks.is(q.end, &["of"]));
    if toks.is(k, &["«", "\"", "“", "'", "‘"])
        && toks.starts(k + 1, &["наркотик", "drug"])
        && toks.is(k + 2, &["»", "\"", "”", "'", "’"])
    {
        return true;
    }
    // "3 tons 806 kg (+1 ton 831.7 kg)", «(+12,5 кг)»: a change on the year before, signed, in
    // brackets.
    if toks.is(q.start.wrapping_sub(1), &["+", "-", "−", "–"])
        && toks.is(q.start.wrapping_sub(2), &["("])
    {
        return true;
    }
    // «две единицы боевого оружия», «626 единиц боеприпасов», "30 units of fire-arms, 600
    // units of various ammunition": «единиц» and "units" count tablets («25 единиц
    // "тропикамида"»), not weapons, ammunition or vehicles.
    if (toks.starts(q.unit_tok, &["единиц"]) || toks.is(q.unit_tok, &["units"]))
        && (q.unit_tok + 1..q.unit_tok + 4).any(|k| {
            toks.starts(
                k,
                &[
                    "оруж",
                    "огнестрел",
                    "боеприпас",
                    "патрон",
                    "техник",
                    "транспорт",
                    "валют",
                    "weapon",
                    "fire",
                    "arms",
                    "ammunition",
                    "cartridge",
                    "explosive",
                    "grenade",
                    "vehicle",
                    "currency",
                ],
            )
        })
    {
        return true;
    }
    // «В каждом контейнере находилось более 150 грамм героина», "each package held about 1
    // kg": the size of one piece of a lot told otherwise.
    if (q.start.saturating_sub(5)..q.start).any(|k| {
        toks.is(
            k,
            &[
                "каждом",
                "каждой",
                "каждый",
                "каждая",
                "каждого",
                "each",
                "every",
            ],
        )
    }) {
        return true;
    }
    // «планировали перевезти героин партиями по 200 кг», "shipped in batches of 50 kg": the
    // size of each lot planned or made, not a lot seized.
    if (toks.is(q.start.wrapping_sub(1), &["по"])
        && toks.starts(q.start.wrapping_sub(2), &["парти"]))
        || (toks.is(q.start.wrapping_sub(1), &["of"])
            && toks.is(
                q.start.wrapping_sub(2),
                &["batches", "lots", "consignments"],
            )
            && toks.is(q.start.wrapping_sub(3), &["in"]))
    {
        return true;
    }
    // A dosage strength in milligrams after its drug ("pills of Tramadol 225mg", "Lyrica
    // 300 мг") is not an amount seized; "850 mg of heroin" is.
    const MG: &[&str] = &["mg", "мг", "milligrams", "миллиграмм"];
    if q.unit == Unit::Kg && drug_end <= q.end && toks.is(q.unit_tok, MG) && q.start > 0 {
        let before = q.start - 1;
        let after_name = (before.saturating_sub(3)..=before)
            .any(|k| drug_at(toks, k).is_some_and(|d| d.end == q.start));
        let in_a_list = toks.is(before, &[",", "and", "и"]) && toks.is(before.wrapping_sub(1), MG);
        if after_name || in_a_list {
            return true;
        }
    }
    for e in [q.end, drug_end] {
        if (after(e, &["more", "less", "fewer", "higher", "lower"]) && toks.is(e + 1, &["than"]))
            || after(e, &["больше", "меньше", "выше", "ниже", "more", "less"])
        {
            return true;
        }
        const RATES: &[&str] = &[
            "a day",
            "per day",
            "per month",
            "per year",
            "per hour",
            "в сутки",
            "в день",
            "в месяц",
            "в год",
        ];
        // ("12 kg / 2023: 7 kg": a slash before another year's label is no "per".)
        let per = after(e, &["/"])
            && !(q.labelled_year.is_some()
                && crate::quantity::year_label_at(toks, e + 1).is_some());
        if toks.any_phrase_at(e, RATES) || after(e, &["daily", "ежедневно", "ежемесячно"]) || per
        {
            return true;
        }
    }
    // «лаборатории, в которых в месяц готовили от 30 до 100 килограмм»: a rate said before
    // its figure.
    const RATES_BEFORE: &[&str] = &[
        "в месяц",
        "в сутки",
        "в неделю",
        "per month",
        "per day",
        "per week",
    ];
    if (q.start.saturating_sub(7)..q.start).any(|k| toks.any_phrase_at(k, RATES_BEFORE)) {
        return true;
    }
    // "the average 68.50-euro price for a gramme of cocaine", "цена за один грамм": a price's
    // unit.
    if toks.is(q.start.wrapping_sub(1), &["for", "per", "за"])
        && (q.start.saturating_sub(6)..q.start)
            .any(|k| toks.starts(k, &["price", "цен", "cost", "стоимост"]))
    {
        return true;
    }
    // "About 150 metric tons of heroin ... are smuggled every year through Uzbekistan": a
    // yearly flow, not a lot: a flow verb by the figure (after it, or just before: "Each month
    // the smugglers moved about 200,000 pills"), and a rate anywhere in the sentence ("At least
    // 15-20 tons of opium and ... 80 metric tons of heroin are smuggled into the country each
    // year").
    // (The verb first: it is the rarer test and looks at a few words only.)
    let after = q.end..(q.end + 15).min(toks.len());
    let flow_verb = after
        .clone()
        .any(|k| toks.starts(k, &["smuggl", "traffick", "transit"]))
        || (q.start.saturating_sub(10)..q.start).any(|k| {
            toks.is(
                k,
                &[
                    "moved",
                    "transported",
                    "supplied",
                    "shipped",
                    "smuggled",
                    "sold",
                ],
            )
        });
    let sentence_rate = flow_verb
        && (0..toks.len()).any(|k| {
            toks.is(k, &["annually", "monthly", "ежегодно", "ежемесячно"])
                || (toks.is(k, &["every", "each", "per"])
                    && toks.any_phrase_at(
                        k,
                        &[
                            "every year",
                            "each year",
                            "per annum",
                            "every month",
                            "each month",
                            "per month",
                        ],
                    ))
        });
    if sentence_rate {
        return true;
    }
    // "More than 15 million methamphetamine pills were smuggled through the northern borders in
    // 2011": what got through, not a find, where no other verb of the sentence takes anything.
    let got_through = (q.end..(q.end + 8).min(toks.len())).any(|k| {
        toks.is(k, &["were", "was", "are", "is", "been"])
            && toks.starts(k + 1, &["smuggl", "traffick"])
    });
    if got_through
        && !(0..toks.len()).any(|k| {
            toks.starts_set(k, crate::lexicon::seizure_stems()) && !toks.starts(k, &["smuggl"])
        })
    {
        return true;
    }
    let before =
        |words: &[&str]| (q.start.saturating_sub(4)..q.start).any(|k| toks.starts(k, words));
    // "increased by 27 per cent, or by 394 kg": a difference.
    let long_before =
        |words: &[&str]| (q.start.saturating_sub(12)..q.start).any(|k| toks.starts(k, words));
    if q.start > 0
        && toks.is(q.start - 1, &["by", "на"])
        && long_before(&[
            "increas",
            "decreas",
            "rose",
            "grew",
            "fell",
            "drop",
            "up",
            "down",
            "увелич",
            "сниз",
            "уменьш",
            "вырос",
            "сократ",
            // "больше на 25 процентов, или на 619 кг"
            "больше",
            "меньше",
        ])
    {
        return true;
    }
    // "510.2 kilograms or 43 percent more than", "down 2,623.7kg from 2019", "a 25% increase
    // (619 kg)", "на 4 кг 282 кг превышает": differences too.
    let percent_more = toks.is(q.end, &["or", "или"])
        && toks.is_num(q.end + 1)
        && (q.end + 2..q.end + 6).any(|k| {
            toks.is(
                k,
                &[
                    "more",
                    "less",
                    "higher",
                    "lower",
                    "больше",
                    "меньше",
                    "выше",
                    "ниже",
                ],
            )
        });
    // (Not "officers picked up 5 kg of heroin": "up"/"down" with the "from" it is measured
    // from.)
    let up_down = (toks.is(q.start.wrapping_sub(1), &["down", "up"])
        && (q.end..q.end + 4).any(|k| toks.is(k, &["from", "on", "compared"])))
        || (toks.is(q.start.wrapping_sub(1), &["("])
            && (q.start.saturating_sub(4)..q.start)
                .any(|k| toks.starts(k, &["increas", "decreas", "rise", "drop", "рост", "сниж"])));
    let exceeds = toks.is(q.start.wrapping_sub(1), &["на"])
        && (q.end..q.end + 3).any(|k| toks.starts(k, &["превыш", "больше", "меньше", "выше"]));
    if percent_more || up_down || exceeds {
        return true;
    }
    if q.start > 0
        && toks.is(q.start - 1, &["of"])
        && before(&[
            "increase",
            "decrease",
            "rise",
            "growth",
            "drop",
            "reduction",
        ])
    {
        return true;
    }
    // "a lab able to produce 100 kg", «мощностью производства до 100 кг» (not «ингредиентов
    // для производства наркотиков, 100 кг героина», where a comma ends that phrase).
    if (q.start.saturating_sub(4)..q.start).any(|k| {
        toks.starts(k, &["capacity", "мощност", "produc", "производ"])
            && !(k..q.start).any(|j| toks.is(j, &[","]))
    }) {
        return true;
    }
    // "a submarine capable of transporting up to eight tonnes", "a vessel able to carry 8
    // tonnes", «судно, способное перевезти до 5 тонн»: what a craft could carry, no lot.
    if (q.start.saturating_sub(5)..q.start).any(|k| {
        (toks.is(k, &["capable", "able", "can", "could"]) || toks.starts(k, &["способн"]))
            && (k + 1..q.start).any(|j| {
                toks.starts(
                    j,
                    &["carr", "transport", "hold", "перевез", "перевоз", "вмест"],
                )
            })
            && !(k..q.start).any(|j| toks.is(j, &[","]))
    }) {
        return true;
    }
    // What destroyed plants would have made: "520 tons of cannabis resin was prevented", "250
    // tons of cannabis substances were prevented from being made" (not "the smuggling of 5 kg
    // of heroin was prevented", a foiled seizure).
    let from = drug_end.max(q.end);
    let prevented = (from..from + 4)
        .take_while(|&k| toks.is_word(k))
        .find(|&k| toks.is(k, &["prevented"]) && toks.is(k - 1, &["was", "were"]));
    let never_made = prevented
        .is_some_and(|k| toks.phrase_at(k + 1, "from being") || !toks.is_word(k + 1))
        && !(q.start.saturating_sub(5)..q.start).any(|j| {
            toks.starts(
                j,
                &[
                    "smuggl",
                    "traffick",
                    "transport",
                    "import",
                    "export",
                    "sale",
                    "entry",
                ],
            )
        });
    if never_made {
        return true;
    }
    // "Every year, Iran burns more than 60 tons of seized narcotics": a habit, no event (unless
    // the sentence names the year it counts).
    // (Not the habit of something else: «в ходе операции "Мак", которую ежегодно проводят,
    // изъято более 1 т».)
    // (Looked for near the figure only: a sentence of many figures stays linear.)
    let habitual = (q.start.saturating_sub(30)..q.start).any(|k| {
        (toks.any_phrase_at(k, &["every year", "each year", "каждый год"])
            || toks.is(k, &["annually", "ежегодно"]))
            && !(k.saturating_sub(6)..q.start).any(|j| toks.starts(j, &["котор", "which", "that"]))
    });
    if habitual
        && !(q.start.saturating_sub(30)..(q.end + 30).min(toks.len()))
            .any(|k| crate::dates::year_at(toks, k).is_some())
    {
        return true;
    }
    // "11 packages containing duffle bags, each weighing 50 kilograms", «пакеты весом 1 кг
    // каждый»: one piece's weight, not a lot.
    const EACH: &[&str] = &["each", "apiece", "каждый", "каждая", "каждое", "каждого"];
    // ("inside of each was a unit of cocaine weighing 250 grams": the piece's weight, told a
    // few words after "each".)
    let weighed = toks.is(q.start.wrapping_sub(1), &["weighing", "весом", "массой"]);
    let reach = if weighed { 9 } else { 3 };
    if (q.start.saturating_sub(reach)..q.start).any(|k| toks.is(k, EACH))
        || (q.end..q.end + 2).any(|k| toks.is(k, EACH))
    {
        return true;
    }
    // «56 пакетиков по 15 грамм наркотика в каждом», "packets of 15 grams of cocaine each":
    // pieces counted, then each one's weight.
    if (toks.is(q.start.wrapping_sub(1), &["по"])
        && crate::lexicon::unit_at(toks, q.start.wrapping_sub(2))
            .is_some_and(|u| u.unit.is_count()))
        || toks.is(drug_end, &["each", "apiece"])
        || (toks.is(drug_end, &["в"]) && toks.is(drug_end + 1, &["каждом", "каждой"]))
    {
        return true;
    }
    // ("the drugs seized equate to about 33,000 average cocaine doses": the lots told again as
    // doses; «операция позволила предотвратить выпуск на черный рынок порядка 173 тысяч доз»,
    // «на черный рынок не попали ... доз»: the doses kept off the market.)
    if (q.unit == Unit::Dose || toks.starts(q.unit_tok, &["dose", "доз"]))
        && (has_weight
            // (Anywhere before the figure: the doses after it come as a list.)
            || (0..q.start).any(|k| {
                toks.starts(
                    k,
                    &[
                        "enough",
                        "equivalent",
                        "equate",
                        "достаточн",
                        "хватил",
                        "эквивалент",
                        "prevent",
                        "предотвра",
                    ],
                ) || (toks.is(k, &["black", "черный", "черного"])
                    && toks.starts(k + 1, &["market", "рын"]))
            })
            || toks.starts(q.unit_tok.wrapping_sub(1), &["single", "разов"]))
    {
        return true;
    }
    false
}

/// "984 packages of cocaine, each weighing 1 kg", "10 sacks of hashish weighing 25 kg each":
/// pieces counted, then each one's weight, make a lot of their product (the piece's weight
/// alone is no event, see [`not_an_event`]). Packages and other pieces only: pills and plants
/// are counted as such (rule 6).
pub(super) fn weigh_counted_pieces(toks: &Tokens, quantities: &mut [Quantity]) {
    const EACH: &[&str] = &["each", "apiece", "каждый", "каждая", "каждое"];
    for k in 1..quantities.len() {
        let (before, rest) = quantities.split_at_mut(k);
        let (count, piece) = (&mut before[k - 1], &rest[0]);
        if !matches!(count.unit, Unit::Package | Unit::Item)
            || piece.unit != Unit::Kg
            || piece.start < count.end
            || piece.start - count.end > 8
        {
            continue;
        }
        let each_before = (count.end..piece.start).any(|t| toks.is(t, EACH))
            && toks.is(
                piece.start.wrapping_sub(1),
                &["weighing", "весом", "массой"],
            )
            || toks.phrase_before(piece.start, "each weighing");
        let each_after = toks.is(piece.end, EACH)
            && toks.is(
                piece.start.wrapping_sub(1),
                &["weighing", "весом", "массой"],
            );
        if !(each_before || each_after) {
            continue;
        }
        count.amount *= piece.amount;
        count.alt_amount = None;
        count.unit = Unit::Kg;
        if piece.qualifier != crate::model::Qualifier::Exact {
            count.qualifier = piece.qualifier;
        }
    }
}
