//! From sentences to events: which quantities are seizures, destructions or period totals, of
//! which drug, where and when; and the rules on totals, parts, restated lots and headlines
//! (see `shared/EXTRACTION.md`).

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::dates::{DateMention, find_dates};
use crate::fold::Tokens;
use crate::gazetteer::{Role, place_at, role};
use crate::lexicon::{DESTRUCTION_STEMS, SEIZURE_STEMS, drug_at};
use crate::model::{Article, Event, EventDate, Kind, Precision, Qualifier, Unit};
use crate::quantity::{Quantity, find_quantities};
use crate::segment::split_sentences;

/// What one sentence says, beyond its quantities.
#[derive(Default)]
struct SentenceFacts {
    dates: Vec<DateMention>,
    /// Countries named as where something happened, in order.
    locations: Vec<&'static str>,
    region: Option<&'static str>,
    /// A single incident: a person, a vehicle, a city or district.
    incident: bool,
    /// Words of official statistics ("recorded", "in total", "всего").
    statistics: bool,
    /// Joint work of several countries.
    joint: bool,
    /// A named operation (`Operation "Darmek"`), or operation / campaign words.
    named_operation: bool,
    operation_words: bool,
}

/// An event before the article-level rules run.
struct Candidate {
    sentence: usize,
    quantity: Quantity,
    drug: &'static str,
    kind: Kind,
    date: Option<EventDate>,
    date_resolved: Option<EventDate>,
    country: Option<&'static str>,
    region: Option<&'static str>,
    headline: bool,
    /// Index (in the article's candidates) of the total this is a part of.
    parent: Option<usize>,
    dropped: bool,
}

const INCIDENT_STEMS: &[&str] = &[
    "resident",
    "citizen",
    "national",
    "man",
    "woman",
    "driver",
    "courier",
    "suspect",
    "passenger",
    "truck",
    "car",
    "vehicle",
    "house",
    "apartment",
    "region",
    "district",
    "province",
    "oblast",
    "village",
    "city",
    "border",
    "checkpoint",
    "airport",
    "жител",
    "гражданин",
    "гражданк",
    "мужчин",
    "женщин",
    "водител",
    "курьер",
    "подозреваем",
    "пассажир",
    "автомобил",
    "област",
    "район",
    "город",
    "сел",
    "границ",
    "пост",
    "аэропорт",
    "квартир",
    "дом",
];

const STATISTICS_STEMS: &[&str] = &[
    "recorded",
    "statistic",
    "total",
    "overall",
    "altogether",
    "registered",
    "всего",
    "итог",
    "зарегистр",
    "статистик",
    "общей",
    "целом",
];

const OPERATION_STEMS: &[&str] = &[
    "operation",
    "campaign",
    "raid",
    "measures",
    "операц",
    "мероприят",
    "рейд",
    "месячник",
    "акци",
];

/// What a word signals for the sentence-level facts.
#[derive(Clone, Copy, Default)]
struct Cues {
    incident: bool,
    statistics: bool,
    operation: bool,
    joint: bool,
}

/// The cue stems by their first character, so each word is checked against a few only.
fn word_cues(w: &str) -> Cues {
    type Index = std::collections::HashMap<char, Vec<(&'static str, u8)>>;
    static INDEX: OnceLock<Index> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut map: Index = Index::new();
        let lists: [(&[&'static str], u8); 4] = [
            (INCIDENT_STEMS, 0),
            (STATISTICS_STEMS, 1),
            (OPERATION_STEMS, 2),
            (&["joint", "совместн", "летн"], 3),
        ];
        for (list, cue) in lists {
            for stem in list {
                if let Some(c) = stem.chars().next() {
                    map.entry(c).or_default().push((stem, cue));
                }
            }
        }
        map
    });
    let mut cues = Cues::default();
    let Some(first) = w.chars().next() else {
        return cues;
    };
    for (stem, cue) in index.get(&first).map(Vec::as_slice).unwrap_or_default() {
        if w.starts_with(stem) {
            match cue {
                0 => cues.incident = true,
                1 => cues.statistics = true,
                2 => cues.operation = true,
                _ if *stem == "летн" => cues.incident = true,
                _ => cues.joint = true,
            }
        }
    }
    cues
}

fn sentence_facts(toks: &Tokens, reference: Option<NaiveDate>) -> SentenceFacts {
    let mut f = SentenceFacts {
        dates: find_dates(toks, reference),
        ..Default::default()
    };
    let mut i = 0;
    while i < toks.len() {
        // Place names are capitalised.
        if let Some(m) = toks.toks[i].upper.then(|| place_at(toks, i)).flatten() {
            if m.place.region.is_some() {
                f.incident = true;
            }
            if role(toks, &m) == Role::Location {
                f.locations.push(m.place.code);
                if f.region.is_none() {
                    f.region = m.place.region;
                }
            }
            i = m.end;
            continue;
        }
        if toks.is_word(i) {
            let w = toks.text(i);
            // "man" and "car" must be whole words; other stems are prefixes.
            let incident = INCIDENT_STEMS.iter().any(|s| {
                if s.len() <= 3 {
                    w == *s || w == format!("{s}s")
                } else {
                    w.starts_with(s)
                }
            }) || (w == "old" && toks.text(i.wrapping_sub(1)) == "-")
                || w.starts_with("летн");
            f.incident |= incident;
            f.statistics |=
                STATISTICS_STEMS.iter().any(|s| w.starts_with(s)) || toks.phrase_at(i, "in all");
            f.joint |= w.starts_with("joint") || w.starts_with("совместн");
            if OPERATION_STEMS.iter().any(|s| w.starts_with(s)) {
                f.operation_words = true;
                let quoted = toks.text(i + 1) == "\"" || toks.text(i + 2) == "\"";
                f.named_operation |=
                    quoted && (w.starts_with("operation") || w.starts_with("операц"));
            }
        }
        i += 1;
    }
    f
}

/// Positions of the seizure and destruction verbs in a sentence.
fn verbs(toks: &Tokens) -> Vec<(usize, Kind)> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if !toks.is_word(i) {
            continue;
        }
        // "found that", "выяснилось": facts, not finds.
        if toks.is(i + 1, &["that", "out", "что"]) {
            continue;
        }
        if toks.starts(i, DESTRUCTION_STEMS) {
            out.push((i, Kind::Destruction));
        } else if toks.starts(i, SEIZURE_STEMS) {
            out.push((i, Kind::Seizure));
        }
    }
    out
}

const DRUG_FILLERS: &[&str] = &[
    "of",
    "containing",
    "contained",
    "with",
    "the",
    "a",
    "an",
    "various",
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
];

const LEFT_FILLERS: &[&str] = &[
    "weighing",
    "weight",
    "weighs",
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
    "в",
    "количестве",
    "amounting",
    "to",
    "in",
    "amount",
    "quantity",
];

/// A list of drugs starting at `j` ("Tropicamide, Pregabalin, and Medazepam").
fn drug_list(toks: &Tokens, mut j: usize) -> Vec<&'static str> {
    let mut found = Vec::new();
    while let Some(mut d) = drug_at(toks, j) {
        // "of the drug heroin": a generic word yields to the name after it.
        if d.is_generic() {
            let k = if toks.text(d.end) == "\"" {
                d.end + 1
            } else {
                d.end
            };
            if let Some(s) = drug_at(toks, k).filter(|s| !s.is_generic()) {
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
        if k == j || drug_at(toks, k).is_none() {
            break;
        }
        j = k;
    }
    found
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
fn drug_of(toks: &Tokens, q: &Quantity) -> Option<(&'static str, usize)> {
    if let Some(d) = q.adjective_drug {
        // "290,000 psychotropic tablets", unless a drug is named after: "narcotic tablets of X".
        let list = after_list(toks, q.end);
        return Some(match (d, resolve(&list.0)) {
            ("narcotic_drugs", Some(named)) => (named, list.1),
            _ => (d, q.end),
        });
    }
    let (list, end) = after_list(toks, q.end);
    if let Some(d) = resolve(&list) {
        return Some((d, end));
    }
    // Left: "героин массой 5 кг", "heroin weighing 5 kg".
    let mut p = q.start;
    while p > 0 && toks.is(p - 1, LEFT_FILLERS) {
        p -= 1;
    }
    for k in (p.saturating_sub(4)..p).rev() {
        if let Some(d) = drug_at(toks, k)
            && d.end == p
        {
            return Some((d.canonical, q.end));
        }
    }
    None
}

fn after_list(toks: &Tokens, end: usize) -> (Vec<&'static str>, usize) {
    let mut j = end;
    let mut skipped = 0;
    while skipped < 3 && toks.is(j, DRUG_FILLERS) && drug_at(toks, j).is_none() {
        j += 1;
        skipped += 1;
    }
    let list = drug_list(toks, j);
    (list, j)
}

/// Quantities that are never events: differences, rates, capacities, dose equivalents.
fn not_an_event(toks: &Tokens, q: &Quantity, drug_end: usize, has_weight: bool) -> bool {
    let after = |k: usize, words: &[&str]| toks.is(k, words);
    for e in [q.end, drug_end] {
        if (after(e, &["more", "less", "fewer", "higher", "lower"]) && toks.is(e + 1, &["than"]))
            || after(e, &["больше", "меньше", "выше", "ниже", "more", "less"])
        {
            return true;
        }
        if toks.phrase_at(e, "a day")
            || toks.phrase_at(e, "per day")
            || toks.phrase_at(e, "per month")
            || toks.phrase_at(e, "per year")
            || toks.phrase_at(e, "per hour")
            || toks.phrase_at(e, "в сутки")
            || toks.phrase_at(e, "в день")
            || toks.phrase_at(e, "в месяц")
            || after(e, &["daily", "ежедневно", "ежемесячно", "/"])
        {
            return true;
        }
    }
    let before =
        |words: &[&str]| (q.start.saturating_sub(4)..q.start).any(|k| toks.starts(k, words));
    if q.start > 0
        && toks.is(q.start - 1, &["by", "на"])
        && before(&[
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
        ])
    {
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
    if before(&["capacity", "мощност", "produc", "производ"]) {
        return true;
    }
    if q.unit == Unit::Dose
        && (has_weight
            || before(&["enough", "equivalent", "достаточн", "хватил", "эквивалент"])
            || toks.starts(q.unit_tok.wrapping_sub(1), &["single", "разов"]))
    {
        return true;
    }
    false
}

/// The words after which a quantity is the part of the total before it.
fn introduces_parts(toks: &Tokens, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        toks.is(k, &["including", "включая"])
            || toks.phrase_at(k, "of which")
            || toks.phrase_at(k, "among them")
            || toks.phrase_at(k, "в том числе")
            || toks.phrase_at(k, "из них")
            || toks.phrase_at(k, "in particular")
    })
}

/// Whether a sentence may state a quantity: it has a digit, or a unit or multiplier word that
/// numbers in words go with ("two kilograms", "полтонны", "более тонны", "two thousand").
fn may_hold_quantity(sentence: &str) -> bool {
    static WORDS: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    if sentence.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let words = WORDS.get_or_init(|| {
        // Cyrillic case is not folded by the automaton: list the cases that occur.
        let stems = [
            "тонн",
            "килограм",
            "кило",
            "грам",
            "литр",
            "тысяч",
            "миллион",
            "полкило",
        ];
        let mut patterns: Vec<String> = [
            "ton", "kilo", "gram", "litre", "liter", "thousand", "million", "dozen",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for s in stems {
            let mut cap = s.chars();
            let first = cap
                .next()
                .map(|c| c.to_uppercase().collect::<String>())
                .unwrap_or_default();
            patterns.extend([
                s.to_string(),
                s.to_uppercase(),
                format!("{first}{}", cap.as_str()),
            ]);
        }
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(patterns)
            .expect("valid patterns")
    });
    words.is_match(sentence)
}

/// Everything the extraction needs to know about the bulletin as a whole.
pub struct DocContext<'a> {
    pub text: &'a str,
    pub reference: Option<NaiveDate>,
    pub comma_is_decimal: bool,
    pub single_article: bool,
    /// The country a single-article bulletin is mostly about: worked out on first need.
    pub dominant: std::cell::OnceCell<Option<&'static str>>,
}

impl DocContext<'_> {
    fn dominant_country(&self) -> Option<&'static str> {
        *self.dominant.get_or_init(|| {
            if self.single_article {
                crate::dominant_country(self.text)
            } else {
                None
            }
        })
    }
}

/// Extracts the events of one article, appending them to `out`.
pub fn extract_article(
    text: &str,
    article: &Article,
    doc: &DocContext,
    toks: &mut Tokens,
    out: &mut Vec<Event>,
) {
    let sentences = split_sentences(text, article.span.0, article.span.1);
    // Pass 1: quantities. Most sentences hold none, and a cheap look at their bytes says so.
    let mut cands: Vec<Candidate> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        if !may_hold_quantity(&text[s.start..s.end]) {
            continue;
        }
        toks.read(text, s.start, s.end);
        let quantities = find_quantities(toks, doc.comma_is_decimal);
        if !quantities.is_empty() {
            let verbs = verbs(toks);
            sentence_candidates(
                toks,
                s.is_headline(text),
                si,
                &quantities,
                &verbs,
                &mut cands,
            );
        }
    }
    if cands.is_empty() {
        return;
    }
    // Pass 2, only for articles with candidates: what every sentence says about time and place.
    let mut facts = Vec::with_capacity(sentences.len());
    let mut article_countries: Vec<&'static str> = Vec::new();
    let mut totals_article = false;
    let mut operation_period: Option<EventDate> = None;
    for (si, s) in sentences.iter().enumerate() {
        toks.read(text, s.start, s.end);
        let f = sentence_facts(toks, doc.reference);
        for c in &f.locations {
            if !article_countries.contains(c) {
                article_countries.push(c);
            }
        }
        if si < 3 {
            let head = &text[s.start..s.end].to_lowercase();
            totals_article |= ["result", "итог", "outcome", "summary", "total"]
                .iter()
                .any(|w| head.contains(w))
                && f.operation_words;
        }
        if operation_period.is_none() && f.operation_words {
            operation_period = f
                .dates
                .iter()
                .find(|d| d.period && !d.relative)
                .and_then(|d| d.date);
        }
        facts.push(f);
    }
    // Kind, date and country need the neighbouring sentences.
    let mut last_dated: Option<(Kind, EventDate)> = None;
    for c in cands.iter_mut() {
        let f = &facts[c.sentence];
        let prev = (c.sentence > 0
            && sentences[c.sentence - 1].paragraph == sentences[c.sentence].paragraph)
            .then(|| &facts[c.sentence - 1]);
        let own_date = f.dates.iter().find(|d| d.date.is_some() && !d.relative);
        let own_day = f
            .dates
            .iter()
            .any(|d| d.date.is_some_and(|d| d.precision == Precision::Day));
        let incident = f.incident || prev.is_some_and(|p| p.incident);
        let prev_period = if f.dates.is_empty() {
            prev.and_then(|p| p.dates.iter().find(|d| d.period))
        } else {
            None
        };
        let period = f.dates.iter().find(|d| d.period).or(prev_period);
        if c.kind == Kind::Seizure && !own_day && !incident {
            let statistics = f.statistics || prev.is_some_and(|p| p.statistics);
            if totals_article
                || f.named_operation
                || (period.is_some() && (statistics || period.is_some_and(|p| !p.relative)))
            {
                c.kind = Kind::PeriodTotal;
            }
        }
        c.date = match own_date {
            Some(d) => d.date,
            None if c.kind == Kind::PeriodTotal && period.is_some_and(|p| p.date.is_some()) => {
                period.and_then(|p| p.date)
            }
            None if f.dates.iter().any(|d| d.relative) => None,
            None => operation_period.or(match last_dated {
                Some((k, d)) if k == c.kind && k != Kind::PeriodTotal => Some(d),
                _ => None,
            }),
        };
        if let Some(d) = c.date {
            last_dated = Some((c.kind, d));
        } else {
            c.date_resolved = f.dates.iter().chain(prev_period).find_map(|d| d.resolved);
        }
        c.region = f.region;
        let mut distinct = f.locations.clone();
        distinct.dedup();
        c.country = if distinct.len() == 1 || (distinct.len() > 1 && !f.joint) {
            distinct.first().copied()
        } else if distinct.len() > 1 {
            None
        } else if let Some(p) = prev.filter(|p| {
            let mut d = p.locations.clone();
            d.dedup();
            d.len() == 1
        }) {
            p.locations.first().copied()
        } else if f.joint && article_countries.len() + usize::from(article.country.is_some()) > 1 {
            None
        } else {
            article.country.or_else(|| doc.dominant_country())
        };
    }
    apply_article_rules(&mut cands);
    let mut index_of = vec![usize::MAX; cands.len()];
    for (k, c) in cands.iter().enumerate() {
        if c.dropped {
            continue;
        }
        let s = &sentences[c.sentence];
        let mut amount = c.quantity.amount;
        if c.kind != Kind::PeriodTotal
            && c.quantity.unit == Unit::Kg
            && amount > 100_000.0
            && let Some(alt) = c.quantity.alt_amount
        {
            amount = alt;
        }
        index_of[k] = out.len();
        out.push(Event {
            kind: c.kind,
            country: c.country,
            region: c.region,
            drug: c.drug.to_string(),
            amount: (amount * 1e6).round() / 1e6,
            unit: c.quantity.unit,
            qualifier: c.quantity.qualifier,
            date: c.date,
            date_resolved: c.date_resolved,
            evidence: text[s.start..s.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            evidence_span: (s.start, s.end),
            article: article.index,
            parent: None,
        });
    }
    for (k, c) in cands.iter().enumerate() {
        if let Some(p) = c.parent
            && index_of[k] != usize::MAX
            && index_of[p] != usize::MAX
        {
            out[index_of[k]].parent = Some(index_of[p]);
        }
    }
}

fn sentence_candidates(
    toks: &Tokens,
    headline: bool,
    si: usize,
    quantities: &[Quantity],
    verbs: &[(usize, Kind)],
    cands: &mut Vec<Candidate>,
) {
    if verbs.is_empty() {
        return;
    }
    let has_weight = quantities.iter().any(|q| q.unit == Unit::Kg);
    let drug_context = (0..toks.len()).any(|k| drug_at(toks, k).is_some());
    let first = cands.len();
    let mut unnamed = Vec::new();
    for q in quantities {
        let found = drug_of(toks, q);
        let (drug, drug_end) = match found {
            Some(d) => d,
            None if q.unit.is_count() && drug_context => ("narcotic_drugs", q.end),
            None => continue,
        };
        if not_an_event(toks, q, drug_end, has_weight) {
            continue;
        }
        let kind = verbs
            .iter()
            .min_by_key(|(p, _)| {
                if *p >= q.end {
                    p - q.end
                } else {
                    q.start.saturating_sub(*p) + 1
                }
            })
            .map(|(_, k)| *k)
            .unwrap_or(Kind::Seizure);
        unnamed.push(found.is_none());
        cands.push(Candidate {
            sentence: si,
            quantity: q.clone(),
            drug,
            kind,
            date: None,
            date_resolved: None,
            country: None,
            region: None,
            headline,
            parent: None,
            dropped: false,
        });
    }
    let here = first..cands.len();
    // Weight before pieces: a lot given by weight is not counted again by its packages.
    let weights: Vec<&'static str> = cands[here.clone()]
        .iter()
        .filter(|c| c.quantity.unit == Unit::Kg)
        .map(|c| c.drug)
        .collect();
    for (c, unnamed) in cands[here.clone()].iter_mut().zip(unnamed) {
        if matches!(
            c.quantity.unit,
            Unit::Package | Unit::Item | Unit::Plant | Unit::Dose
        ) && (weights.contains(&c.drug) || (!weights.is_empty() && unnamed))
        {
            c.dropped = true;
        }
    }
    // Totals and their parts.
    let idx: Vec<usize> = here.filter(|k| !cands[*k].dropped).collect();
    for (n, &t) in idx.iter().enumerate() {
        let rest: Vec<usize> = idx[n + 1..]
            .iter()
            .copied()
            .filter(|k| {
                cands[*k].quantity.unit == cands[t].quantity.unit && cands[*k].kind == cands[t].kind
            })
            .collect();
        let Some(&next) = rest.first() else { continue };
        if introduces_parts(toks, cands[t].quantity.end, cands[next].quantity.start) {
            for k in rest {
                cands[k].parent = Some(t);
            }
            continue;
        }
        if rest.len() >= 2 {
            let sum: f64 = rest.iter().map(|k| cands[*k].quantity.amount).sum();
            let total = cands[t].quantity.amount;
            let close = |a: f64| (a - sum).abs() <= 0.02 * a.max(sum);
            if close(total) || cands[t].quantity.alt_amount.is_some_and(close) {
                cands[t].dropped = true;
            }
        }
    }
}

/// Article-level rules: headlines that restate the body, the same lot given twice.
fn apply_article_rules(cands: &mut [Candidate]) {
    if cands.iter().any(|c| !c.headline && !c.dropped) {
        for c in cands.iter_mut().filter(|c| c.headline) {
            c.dropped = true;
        }
    }
    let precision = |c: &Candidate| {
        let exact = u8::from(c.quantity.qualifier == Qualifier::Exact);
        let digits = format!("{}", c.quantity.amount)
            .trim_matches('0')
            .replace('.', "")
            .len() as u8;
        (exact, digits)
    };
    // Restatements stand close together: compare each candidate with the next few only.
    const WINDOW: usize = 24;
    for a in 0..cands.len() {
        for b in a + 1..cands.len().min(a + 1 + WINDOW) {
            if cands[a].dropped || cands[b].dropped || cands[a].sentence == cands[b].sentence {
                continue;
            }
            let (x, y) = (&cands[a], &cands[b]);
            let same = x.drug == y.drug
                && x.quantity.unit == y.quantity.unit
                && x.kind == y.kind
                && x.country == y.country
                && x.parent.is_none()
                && y.parent.is_none();
            let (p, q) = (x.quantity.amount, y.quantity.amount);
            let near = (p - q).abs() <= 0.03 * p.max(q);
            let restated = x.quantity.qualifier != Qualifier::Exact
                || y.quantity.qualifier != Qualifier::Exact
                || p == q;
            if same && near && restated {
                let drop = if precision(&cands[b]) > precision(&cands[a]) {
                    a
                } else {
                    b
                };
                cands[drop].dropped = true;
            }
        }
    }
}
