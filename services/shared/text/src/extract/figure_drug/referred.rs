//! Figures whose drug another figure or an earlier name gives: the figure a change starts
//! from ("from 615.0 kg to 452.7 kg for herbal cannabis"), and one told as "the same
//! substance", "this drug", "of the drug". Split from `figure_drug.rs` (the drug beside a
//! figure, the sentence's and the story's).

use super::super::Candidate;
use super::super::figure::drug_of;
use crate::fold::Tokens;
use crate::lexicon::drug_at;
use crate::quantity::Quantity;

/// "fell ... from 615.0 kg to 452.7 kg for herbal cannabis": the figure a change starts from
/// is of the drug of the one it ends at (named with it, or after "for").
pub(super) fn change_from(
    toks: &Tokens,
    q: &Quantity,
    quantities: &[Quantity],
) -> Option<(&'static str, usize)> {
    let next = quantities.iter().find(|o| o.start >= q.end)?;
    if !(toks.is(q.start.wrapping_sub(1), &["from"])
        && toks.is(q.end, &["to"])
        && next.start == q.end + 1
        && next.unit == q.unit)
    {
        return None;
    }
    let drug = drug_of(toks, next).map(|(d, _)| d).or_else(|| {
        toks.is(next.end, &["for"])
            .then(|| drug_at(toks, next.end + 1))
            .flatten()
            .map(|d| d.canonical)
    })?;
    Some((drug, q.end))
}

/// The drug of a figure given as "the same substance", "this drug", «этого наркотика»: the drug
/// of the lot just told (in this sentence or the two before), and where the anaphor's noun ends.
pub(super) fn same_as_told(
    toks: &Tokens,
    q: &Quantity,
    previous: Option<(&Quantity, &'static str)>,
    cands: &[Candidate],
    si: usize,
) -> Option<(&'static str, usize)> {
    // («ещё 200 граммов этого наркотика», «того же вещества», "5 kg of this drug": so
    // in Russian, and "this" in English.)
    let of = q.end + usize::from(toks.is(q.end, &["of"]));
    let same = of + usize::from(toks.is(of, &["the"]));
    // ("one of the largest single hauls of ephedrine ..., which saw 274 kilograms of the drug
    // hidden in a shipment of rice": "the drug" is the one this sentence named before the
    // figure.)
    if of > q.end
        && same > of
        && toks.is(same, &["drug", "substance"])
        && let Some(named) = (0..q.start)
            .rev()
            .find_map(|k| drug_at(toks, k).filter(|d| d.end <= q.start))
            .filter(|d| !crate::lexicon::is_category(d.canonical))
    {
        return Some((named.canonical, same + 1));
    }
    let russian = toks.is(q.end, &["этого", "данного", "того"]);
    if !(toks.is(same, &["same"])
        || russian
        || (toks.is(of, &["this"]) && toks.is(of.wrapping_sub(1), &["of"])))
    {
        return None;
    }
    let noun = (same + 1..same + 4).find(|&k| {
        toks.is(
            k,
            &[
                "substance",
                "substances",
                "drug",
                "drugs",
                "narcotic",
                "narcotics",
                // ("5,335 gm of the same pills": a weight of the pills just told.)
                "pills",
                "tablets",
            ],
        ) || (russian && toks.starts(k, &["наркотик", "веществ", "зель"]))
    })?;
    let drug = previous.map(|(_, d)| d).or_else(|| {
        cands
            .last()
            .filter(|c| si - c.sentence <= 2 && !c.unnamed)
            .map(|c| c.drug)
    })?;
    (!crate::lexicon::is_category(drug)).then_some((drug, noun + 1))
}
