//! Lots found and then destroyed, told apart from the sentence that finds them: the next
//! sentence burns "those drugs", the sentence before destroyed what "the 50,000 kilos" are, or
//! the title says the plants were destroyed. Split from `extract.rs`: an article-level pass
//! over the candidates once their kinds are read.

use super::sentences::{destroys_them, may_hold_quantity};
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
    let mut destroyed_next = vec![false; sentences.len()];
    let mut last_checked = None;
    for c in cands.iter().filter(|c| c.kind == Kind::Seizure) {
        let si = c.sentence;
        if last_checked == Some(si) || si + 1 >= sentences.len() {
            continue;
        }
        last_checked = Some(si);
        let next = &sentences[si + 1];
        if may_hold_quantity(&text[next.start..next.end]) {
            continue;
        }
        toks.read(text, next.start, next.end);
        destroyed_next[si] = destroys_them(toks);
    }
    for c in cands
        .iter_mut()
        .filter(|c| c.kind == Kind::Seizure && destroyed_next[c.sentence])
    {
        c.kind = Kind::Destruction;
        c.why
            .push(cue("kind", "destroyed in the next sentence", ""));
    }
    // "The Commission has destroyed cannabis worth 50 million cedis at the camp." "The 50,000
    // kilos of cannabis were intercepted between 2021 and 2023 ...": the lot a sentence with no
    // weight said was destroyed, told by the next with "the" and where it came from.
    let mut with_figures = vec![false; sentences.len()];
    for c in cands.iter() {
        with_figures[c.sentence] = true;
    }
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
