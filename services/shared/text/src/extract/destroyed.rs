//! Lots found and then destroyed, told apart from the sentence that finds them: the next
//! sentence burns "those drugs", the sentence before destroyed what "the 50,000 kilos" are, or
//! the title says the plants were destroyed. Split from `extract.rs`: an article-level pass
//! over the candidates once their kinds are read.

use super::sentences::{COMPOSITION_VERBS, destroys_them, may_hold_quantity};
use super::verbs::verbs;
use super::{Candidate, cue};
use crate::fold::Tokens;
use crate::model::{Kind, Unit};
use crate::segment::Sentence;

/// Turns into destructions the seizures that a later sentence or the title says were destroyed.
pub(super) fn mark_destroyed_lots(
    cands: &mut [Candidate],
    sentences: &[Sentence],
    text: &str,
    toks: &mut Tokens,
) {
    // "... were found in an operation in Sangin district." "Police set fire on those drugs at
    // the spot": lots found and then destroyed, told by the next sentence with no figure of its
    // own, are destructions.
    // (One pass over the candidates, which come in sentence order: linear for any text.)
    let mut with_figures = vec![false; sentences.len()];
    for c in cands.iter() {
        with_figures[c.sentence] = true;
    }
    let mut destroyed_next = vec![false; sentences.len()];
    // (The drugs the destroying sentence names, if it names any: "The two camps and all the
    // cannabis plants were destroyed by fire" leaves the seeds found with them seized.)
    let mut destroyed_drugs: Vec<Vec<&'static str>> = vec![Vec::new(); sentences.len()];
    let mut last_checked = None;
    for c in cands.iter().filter(|c| c.kind == Kind::Seizure) {
        let si = c.sentence;
        if last_checked == Some(si) || si + 1 >= sentences.len() {
            continue;
        }
        last_checked = Some(si);
        // (A next sentence with figures of its own, or digits, tells lots of its own; one that
        // only names their unit, "All uprooted marijuana plants were burned", tells of these.)
        let next = &sentences[si + 1];
        if with_figures[si + 1]
            || text[next.start..next.end]
                .bytes()
                .any(|b| b.is_ascii_digit())
        {
            continue;
        }
        toks.read(text, next.start, next.end);
        destroyed_next[si] = destroys_them(toks);
        if destroyed_next[si] {
            destroyed_drugs[si] = (0..toks.len())
                .filter_map(|k| crate::lexicon::drug_at(toks, k))
                .filter(|d| !d.is_generic())
                .map(|d| d.canonical)
                .collect();
        }
    }
    for c in cands.iter_mut().filter(|c| {
        c.kind == Kind::Seizure
            && destroyed_next[c.sentence]
            && (destroyed_drugs[c.sentence].is_empty()
                || destroyed_drugs[c.sentence].contains(&c.drug))
    }) {
        c.kind = Kind::Destruction;
        c.why
            .push(cue("kind", "destroyed in the next sentence", ""));
    }
    // "The Commission has destroyed cannabis worth 50 million cedis at the camp." "The 50,000
    // kilos of cannabis were intercepted between 2021 and 2023 ...": the lot a sentence with no
    // weight said was destroyed, told by the next with "the" and where it came from.
    let mut checked = None;
    let mut destroyed_before = false;
    for c in cands.iter_mut().filter(|c| c.kind == Kind::Seizure) {
        let si = c.sentence;
        if checked != Some(si) {
            checked = Some(si);
            destroyed_before = false;
            if si > 0 && c.quantity.start == 1 && !with_figures[si - 1] {
                let this = &text[sentences[si].start..sentences[si].end];
                let first = this.split_whitespace().next().unwrap_or("").to_lowercase();
                if matches!(first.as_str(), "the" | "these" | "those" | "эти") {
                    let prev = &sentences[si - 1];
                    toks.read(text, prev.start, prev.end);
                    destroyed_before = verbs(toks).iter().any(|v| v.1 == Kind::Destruction)
                        && (0..toks.len()).any(|k| {
                            crate::lexicon::drug_at(toks, k).is_some_and(|d| d.canonical == c.drug)
                        });
                }
            }
        }
        if destroyed_before && c.quantity.start == 1 {
            c.kind = Kind::Destruction;
            c.why
                .push(cue("kind", "the sentence before says it was destroyed", ""));
        }
    }
    // "The Drugs Disposal Committee oversaw the destruction of seized drugs ..." "The seized
    // drugs comprised 1,793 kg of ganja, 3,208 grams of heroin ...": the list of what was
    // destroyed, told by the participle that names the drugs, is of destructions.
    let mut checked = None;
    let mut destroyed_list = false;
    for c in cands.iter_mut().filter(|c| c.kind == Kind::Seizure) {
        let si = c.sentence;
        if checked != Some(si) {
            checked = Some(si);
            destroyed_list = false;
            let this = &sentences[si];
            // (Words of composition first, on the text: most sentences have none.)
            let line = &text[this.start..this.end];
            let composed = ["includ", "compris", "consist"]
                .iter()
                .any(|w| line.contains(w));
            if composed && {
                toks.read(text, this.start, this.end);
                lists_the_seized(toks)
            } {
                destroyed_list = sentences[..si].iter().rev().take(6).find_map(|prev| {
                    toks.read(text, prev.start, prev.end);
                    let kinds = verbs(toks);
                    (!kinds.is_empty()).then(|| kinds.iter().any(|v| v.1 == Kind::Destruction))
                }) == Some(true);
            }
        }
        if destroyed_list {
            c.kind = Kind::Destruction;
            c.why.push(cue(
                "kind",
                "a list of the seized drugs after their destruction",
                "",
            ));
        }
    }
    // "Под Мариуполем уничтожили огромную плантацию конопли" over "полицейские обнаружили
    // плантацию ... около 32 тысяч кустов": plants a title with no figure says were destroyed.
    if let Some(title) = sentences.first().filter(|t| {
        cands.iter().all(|c| c.sentence > 0) && !may_hold_quantity(&text[t.start..t.end])
    }) {
        toks.read(text, title.start, title.end);
        if !verbs(toks).iter().any(|v| v.1 == Kind::Destruction) {
            return;
        }
        for c in cands
            .iter_mut()
            .filter(|c| c.kind == Kind::Seizure && c.quantity.unit == Unit::Plant)
        {
            c.kind = Kind::Destruction;
            c.why
                .push(cue("kind", "the title says they were destroyed", ""));
        }
    }
}

/// Whether a sentence lists what "the seized drugs" were ("The seized drugs comprised ...",
/// "the drugs seized in 23 cases include ..."): its one verb of seizing is the participle
/// that names them, before the first figure, and a verb of composition follows it closely.
fn lists_the_seized(toks: &Tokens) -> bool {
    const NOUNS: &[&str] = &["drugs", "narcotics", "items", "substances", "contraband"];
    const PARTICIPLES: &[&str] = &["seized", "confiscated", "recovered"];
    let first_num = (0..toks.len())
        .find(|&k| toks.is_num(k))
        .unwrap_or(toks.len());
    let Some(named) = (0..first_num.min(12)).find(|&k| {
        toks.is(k, PARTICIPLES) && (toks.is(k + 1, NOUNS) || (k > 0 && toks.is(k - 1, NOUNS)))
    }) else {
        return false;
    };
    (named + 1..(named + 12).min(toks.len())).any(|k| toks.is(k, COMPOSITION_VERBS))
        && verbs(toks)
            .iter()
            .all(|v| v.1 == Kind::Seizure && v.0 == named)
}
