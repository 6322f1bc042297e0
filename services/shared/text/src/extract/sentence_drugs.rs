//! The drugs a sentence names, read once for all its figures: each drug named, the names of
//! one drug, the one drug its weights are of, and the drug a weight introduced as one
//! ("весом", "weighing") is of. Split from `figure_drug.rs`, which decides each figure's drug
//! with them.

use crate::fold::Tokens;
use crate::lexicon::drug_at;
use crate::model::Unit;
use crate::quantity::Quantity;

/// The drugs a sentence names, read once for all its figures.
pub(super) struct SentenceDrugs<'a> {
    pub(super) toks: &'a Tokens,
    pub(super) quantities: &'a [Quantity],
    /// Each drug named, once, in the order of the text.
    pub(super) named: Vec<&'static str>,
    /// Of those, the names of one drug (not a category's).
    specific: Vec<&'static str>,
    /// The one drug the sentence's weights are of, when it names one.
    pub(super) only_drug: Option<&'static str>,
    /// Whether the sentence names any drug.
    pub(super) drug_context: bool,
}

impl<'a> SentenceDrugs<'a> {
    pub(super) fn new(toks: &'a Tokens, quantities: &'a [Quantity]) -> Self {
        // (A name read once: «синтетических наркотиков» is not also «наркотиков».)
        let mut named: Vec<&'static str> = Vec::new();
        // Whether every category word is an anaphor of a drug named ("of the drug").
        let mut categories_anaphoric = true;
        let mut k = 0;
        while k < toks.len() {
            match drug_at(toks, k) {
                Some(d) => {
                    if d.canonical == "narcotic_drugs"
                        && !toks.is(k.wrapping_sub(1), &["the", "this", "этого", "данного"])
                    {
                        categories_anaphoric = false;
                    }
                    if !named.contains(&d.canonical) {
                        named.push(d.canonical);
                    }
                    k = d.end.max(k + 1);
                }
                None => k += 1,
            }
        }
        let drug_context = !named.is_empty();
        // ("Самым распространенным запрещенным веществом стала марихуана, изъято 790,9 кг": a
        // category word beside the one drug it names does not count.)
        let specific: Vec<&'static str> = named
            .iter()
            .copied()
            .filter(|d| crate::lexicon::names_one_drug(d))
            .collect();
        // The one drug the sentence names, a category word beside it being its anaphor
        // ("two consignments of cocaine, the first containing 856.8kg of the drug and the
        // second 537.9kg").
        let one_drug = match (named.as_slice(), specific.as_slice()) {
            ([d], _) => Some(*d),
            (_, [d])
                if categories_anaphoric
                    && named.iter().all(|n| n == d || *n == "narcotic_drugs") =>
            {
                Some(*d)
            }
            _ => None,
        };
        let only_drug = match (named.as_slice(), quantities) {
            ([d], [q]) if q.unit == Unit::Kg && !cover_goods(toks, q) => Some(*d),
            // ("around 23 kilograms of what appeared to be marijuana, packed in 39 packets,
            // inside two bags": one weight and the packages that hold it, of the one drug.)
            ([d], qs)
                if qs.len() <= 3
                    && qs.iter().filter(|q| q.unit == Unit::Kg).count() == 1
                    && qs.iter().all(|q| {
                        matches!(q.unit, Unit::Kg | Unit::Package) && !cover_goods(toks, q)
                    }) =>
            {
                Some(*d)
            }
            (_, [q]) if q.unit == Unit::Kg && specific.len() == 1 && !cover_goods(toks, q) => {
                Some(specific[0])
            }
            // (Not the breakdown of a total by agency, rule 4: "Из общего объема изъятых
            // наркотиков СБНОН МВД изъято 812 кг, ГКНБ — 301 кг, ...".)
            (_, qs)
                if let Some(d) = one_drug
                    && qs.len() <= 3
                    && qs.iter().all(|q| {
                        q.unit == Unit::Kg && is_bare(toks, q) && !cover_goods(toks, q)
                    })
                    && !(0..3).any(|k| {
                        toks.any_phrase_at(k, &["из общего", "of the total", "из них", "of which"])
                    }) =>
            {
                Some(d)
            }
            _ => None,
        };

        SentenceDrugs {
            toks,
            quantities,
            named,
            specific,
            only_drug,
            drug_context,
        }
    }

    // So is a weight introduced as one ("весом", "weighing") in a sentence that names one drug
    // ("уничтожено 0,7 га конопли весом 925 кг; ... уничтожено 4 га весом 5 т 500 кг").
    // (Not "bananas weighing about 21 tonnes": in English the weighed thing is named before.)
    // («вещества являются мефедроном в жидком виде весом более 10 кг, ..., 30 литров
    // прекурсоров и 80 кг ядовитого вещества»: in a sentence of several drugs, the one named
    // a few words before the weight.)
    pub(super) fn weighed_drug(&self, q: &Quantity) -> Option<&'static str> {
        let (toks, named, specific) = (self.toks, &self.named, &self.specific);
        // (A quantity starts at its qualifier: «весом более 10 кг».)
        let weight_word = q.start.checked_sub(1)?;
        // In English, the weighed thing is named before "weighing".
        // ("30 barrels of hashish (totalling 1,250 kg), and 709,000 Captagon tablets": what
        // the lot totals, in brackets after its name, is its weight too.)
        let bracketed_total = toks.is(weight_word, &["totalling", "totaling"])
            && toks.is(weight_word.wrapping_sub(1), &["("]);
        if q.unit == Unit::Kg && (toks.is(weight_word, &["weighing"]) || bracketed_total) {
            // ("They found marijuana in different packs weighing 6kg, 9kg, ...": packs of the
            // one drug the sentence names; "241 million Tramadol tablets in 11 containers,
            // weighing 118 metric tonnes": containers too.)
            let holder = weight_word
                .wrapping_sub(1)
                .wrapping_sub(usize::from(toks.is(weight_word.wrapping_sub(1), &[","])));
            if toks.is(
                holder,
                &[
                    "packs",
                    "packets",
                    "packages",
                    "bags",
                    "parcels",
                    "pouches",
                    "containers",
                    "sacks",
                    "boxes",
                    "cartons",
                    "bundles",
                ],
            ) && let [d] = specific.as_slice()
            {
                return Some(*d);
            }
            // ("officers recovered Hashish (Charas) weighing 650 Kgs, ... and 08 Kgs Opium": the
            // drug named right before "weighing", its other name in brackets aside; "seized
            // Colarado (Cannabis Sativa) weighing 345.1kg": or named in the brackets.)
            return (weight_word.saturating_sub(5)..weight_word)
                .filter_map(|k| drug_at(toks, k))
                .find(|d| {
                    d.end == weight_word
                        // ("81,000 tablets of tramadol 225mg weighing 32.4kgs": its pills'
                        // strength aside.)
                        || (d.end + 2 == weight_word
                            && crate::quantity::strength_starts_at(toks, d.end))
                        // ("hashish (totalling 1,250 kg)": the weight in brackets after it;
                        // not the last of a list's, "heroin and hashish (totalling 90 kg)".)
                        || (d.end + 1 == weight_word
                            && toks.is(d.end, &["("])
                            && !toks.is(d.start.wrapping_sub(1), &["and", "or", ",", "и"]))
                        || (d.end + 1 == weight_word
                            && toks.is(d.end, &[")"])
                            && toks.is(d.start.wrapping_sub(1), &["("]))
                        || (toks.is(d.end, &["("])
                            && (d.end + 1..weight_word)
                                .all(|k| toks.is_word(k) || k + 1 == weight_word)
                            && toks.is(weight_word - 1, &[")"]))
                })
                .map(|d| d.canonical);
        }
        if q.unit != Unit::Kg || !toks.is(weight_word, &["весом", "массой"]) {
            return None;
        }
        match named.as_slice() {
            [d] => Some(*d),
            _ => (weight_word.saturating_sub(5)..weight_word)
                .rev()
                .find_map(|k| drug_at(toks, k))
                .map(|d| d.canonical),
        }
    }
}

// "Выявленный объем контрабанды наркосодержащих веществ за 2025 год превысил 34 тонны": a
// weight apart from the one drug its sentence names is of that drug.
// ("рост изъятий метамфетамина на 30% — до 2,3 т, по сравнению с 1,7 т в 2016 году": so
// are the two or three weights of a sentence that names one drug.)
// (Not "270 kilos of marijuana under 10 tons of melons": a figure followed by a noun of
// its own is of that.)
// ("bananas weighing about 18 tonnes": the weight of what was named before it.)
pub(super) fn is_bare(toks: &Tokens, q: &Quantity) -> bool {
    let next = toks.text(q.end);
    // ("505.86 kgs followed by Rajasthan at 426.95 kgs", "5 kg then ...": a verb or an
    // adverb after it is no noun.)
    let no_noun = next.ends_with("ed")
        || next.ends_with("ly")
        || matches!(
            next,
            "then"
                | "while"
                | "each"
                | "were"
                | "with"
                | "from"
                | "into"
                | "during"
                | "than"
                // ("the burning of 2,190.5 kilograms through an incinerator", "10 kg worth Rs 5
                // lakh": a preposition or "worth" after it is no noun either.)
                | "through"
                | "throughout"
                | "using"
                | "inside"
                | "within"
                | "across"
                | "along"
                | "aboard"
                | "behind"
                | "beneath"
                | "under"
                | "after"
                | "before"
                | "since"
                | "until"
                | "among"
                | "between"
                | "near"
                | "onto"
                | "upon"
                | "worth"
        );
    // ("The 38kg haul was found": the lot itself, whose drug the story names.)
    let lot = matches!(
        next,
        "haul" | "consignment" | "shipment" | "stash" | "cache" | "batch" | "load"
    );
    let own_noun = toks.is_word(q.end)
        && !lot
        && ((next.chars().count() > 3 && !no_noun) || next == "of")
        && !(q.end..q.end + 4).any(|k| drug_at(toks, k).is_some());
    let weighed = toks.is(
        q.start.wrapping_sub(1),
        &["weighing", "weight", "весом", "массой"],
    );
    !own_noun && !weighed
}

// («Наркотики были спрятаны среди 78 тонн бананов», "360.3 tonnes of tobacco": not the
// weight of the goods the drugs were hidden in, or seized beside.)
// ("The logs weighed about 475 kg in total, and they yielded 102 kg of heroin": nor the
// weight the goods just named come to.)
fn cover_goods(toks: &Tokens, q: &Quantity) -> bool {
    let k = q.end + usize::from(toks.is(q.end, &["of"]));
    // ("importing 25-tonne blocks of marble": the pieces of the goods between.)
    let pieces_of = toks.is_word(q.end)
        && toks.is(q.end + 1, &["of"])
        && toks.starts(q.end + 2, crate::lexicon::COVER_GOODS);
    pieces_of
        || toks.starts(k, crate::lexicon::COVER_GOODS)
        || (q.start.saturating_sub(6)..q.start).any(|k| toks.starts(k, crate::lexicon::COVER_GOODS))
            && !(q.start.saturating_sub(6)..q.start).any(|k| drug_at(toks, k).is_some())
}

// «уничтожено 1,8 тонны кустов», "7 tonnes of bushes": plants given by their weight.
pub(super) fn plants_weighed(toks: &Tokens, q: &Quantity) -> bool {
    q.unit == Unit::Kg
        && [q.end, q.end + 1].iter().any(|&k| {
            crate::lexicon::unit_at(toks, k).is_some_and(|u| u.unit == Unit::Plant)
                && (k == q.end || toks.is(q.end, &["of"]))
        })
}
