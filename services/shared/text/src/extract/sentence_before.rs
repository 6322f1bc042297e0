//! What the sentence before did, when a sentence with no verb of its own gives the figure of
//! the find it told ("... one bag was discovered. The total weight was 7.7 kg"). Split from
//! `sentences.rs`: it reads two sentences, not one, and the words that keep the sentence
//! before from lending its verb (who told the story, samples sent for examination).

use super::sentences::{COMPOSITION_VERBS, weight_of_the_lot};
use crate::fold::Tokens;
use crate::model::Kind;
use crate::quantity::Quantity;
use crate::segment::Sentence;

/// What the sentence before did, which gave no figure, when this one (with no verb of its own)
/// goes on with its find: "... с последующим сжиганием уничтожена конопля. Общий вес конопли
/// составил 16,5 тонн.", "... были обнаружены свертки с порошком. Экспертиза установила, что
/// это героин общим весом более 6 килограммов.", "... one bag was discovered. During the
/// inspection overall 7,7 kg of drugs (2,149 grams heroin, ...)".
#[allow(clippy::too_many_arguments)]
pub(super) fn what_the_sentence_before_did(
    text: &str,
    sentences: &[Sentence],
    si: usize,
    toks: &Tokens,
    quantities: &[Quantity],
    verbs: &[(usize, Kind)],
    told_last: bool,
    lists_drugs: bool,
) -> Option<Kind> {
    let prev = &sentences[si.checked_sub(1)?];
    // (The sentence before may close the paragraph before: news pages set each sentence
    // apart.)
    if !verbs.is_empty() || prev.paragraph + 1 < sentences[si].paragraph || told_last {
        return None;
    }
    // («В общей сложности его вес составил порядка 145 кг», "In total, the drugs weighed
    // 80 kg": a sentence that opens by summing the find.)
    // ("Two more bags were found ... In all, there were 120 kilograms of cocaine inside the
    // bags.")
    let weight_of = toks.any_phrase_at(
        0,
        &["в общей сложности", "in total", "all in all", "in all"],
    ) || (0..toks.len().min(4)).any(|k| {
        toks.is(
            k,
            &[
                "общий",
                "общая",
                "total",
                "вес",
                "масса",
                "weight",
                "overall",
                // «... изъяли крупную партию. Всего было более 200 кг марихуаны.»
                "всего",
            ],
        )
    }) || quantities.iter().any(|q| {
        // ("The opium in dozens of plastic bags weighed 154 kg in total.")
        toks.is(
            q.start.wrapping_sub(1),
            &[
                "весом", "массой", "weighing", "weight", "weighed", "weighs", "весил", "весила",
                "весили",
            ],
        )
        // ("... it was marijuana with a total weight of 10 kilograms.")
        || (toks.is(q.start.wrapping_sub(1), &["of"])
            && toks.is(q.start.wrapping_sub(2), &["weight", "mass"]))
        // («В каждом ананасе было от 800 граммов до килограмма — в общей сложности 67
        // килограммов»: the find's total.)
        || toks.phrase_before(q.start, "в общей сложности")
        // («... обнаружен дрон, к которому были прикреплены пакеты с наркотиками. К беспилотнику
        // были прикреплены пакеты, содержащие около 8,6 кг марихуаны»: what the packets found
        // held; «Специалисты выяснили, что в свёртках содержится 6,34 грамма героина».)
        || (q.start.saturating_sub(3)..q.start).any(|k| {
            toks.starts(k, &["содержащ", "содержит", "содержал"])
                || toks.is(k, &["containing", "contained", "contains", "contain", "holding"])
        })
    });
    // ("... изъят пакет с веществом. По результатам экспертизы установлено, что вещество —
    // марихуана, более 10 кг.": what the find turned out to be.)
    // ("According to the conclusion of the forensic examination, it was marijuana ...": the
    // same in English.)
    // («экспресс-анализ на месте показал, что в пакетах ... героин общим весом в 8 кг 913
    // грамм»: a field test's finding too.)
    // ("These were later identified as 1.861kg of MDMA", "Tests showed it to be ...": so is
    // what tests identified the find as.)
    let examined = (0..toks.len().min(8)).any(|k| {
        toks.starts(
            k,
            &["экспертиз", "forensic", "examination", "анализ", "analys"],
        ) || toks.is(k, &["tested", "tests", "test"])
            || (toks.is(k, &["identified"]) && (k + 1..k + 4).any(|j| toks.is(j, &["as"])))
    });
    // ("... burnt an assortment of drugs seized in the last three months. The drugs included
    // 390kg of marijuana and ...": the make-up of what the sentence before burnt or found.)
    let made_up_of = (1..toks.len().min(5)).any(|k| {
        toks.is(k, COMPOSITION_VERBS)
            && toks.is(
                k - 1,
                &[
                    "drugs",
                    "narcotics",
                    "substances",
                    "items",
                    "haul",
                    "seizure",
                ],
            )
    });
    let weight_of = weight_of || lists_drugs || examined || made_up_of;
    if !weight_of {
        return None;
    }
    // ("Officers opened the parcel and found a crystalline substance. The examination showed
    // it to be alpha-PVP. The total weight of the drug was 10.3 kg": the find told two
    // sentences back, past the one that says what it was.)
    let mut before = Tokens::default();
    let mut before_verbs = Vec::new();
    for back in 1..=si.min(3) {
        let p = &sentences[si - back];
        // (An examination's finding may come a paragraph or two after the find: «Обыскав
        // гараж, полицейские нашли и изъяли три коробки с веществом. — В коробках вещество
        // зеленого цвета. По заключению экспертизы, в коробках была марихуана весом 51 кг.»)
        if p.paragraph + 1 < sentences[si].paragraph && !examined {
            break;
        }
        before.read(text, p.start, p.end);
        before_verbs = super::verbs::verbs(&before);
        // ("On Saturday, the seized drugs were spread along tables": a participle before the
        // drugs it names says what they are, not what the sentence did to them.)
        before_verbs.retain(|v| !names_the_drugs_by_what_befell_them(&before, v.0));
        // (A short sentence that only sends part of the find for examination stands between
        // the find and what the examination found.)
        let only_sends_samples = sends_it_for_examination(&before) && !weighs_a_sample(toks);
        // ("... обнаружила более трех тонн кокаина. Об этом сообщает портал Ecuavisa.
        // Наркотик был расфасован по 3190 упаковкам общим весом 3 т и 183 кг.": a sentence
        // that only says who told it stands between the find and its weight.)
        if !before_verbs.is_empty()
            || (back == 1
                && !examined
                && !weight_of_the_lot(toks)
                && !says_who_told_it(&before)
                && !only_sends_samples)
        {
            break;
        }
    }
    // ("Troops confiscated and destroyed a cache of narcotics": of two linked verbs,
    // destruction wins.)
    before_verbs
        .iter()
        .find(|v| v.1 == Kind::Destruction)
        .or(before_verbs.first())
        .map(|v| v.1)
}

/// Whether the verb at `i` is a participle before the drugs it names: "the seized drugs",
/// "these confiscated narcotics".
fn names_the_drugs_by_what_befell_them(toks: &Tokens, i: usize) -> bool {
    toks.is(i.wrapping_sub(1), &["the", "these", "those"])
        && toks.is(
            i,
            &[
                "seized",
                "confiscated",
                "recovered",
                "intercepted",
                "impounded",
            ],
        )
        && (toks.is(i + 1, &["drugs", "narcotics", "substances", "contraband"])
            || crate::lexicon::drug_at(toks, i + 1).is_some())
}

/// Whether a sentence only says who told the story: «Об этом сообщает пресс-служба МВД»,
/// "This was reported by the ministry's press service".
fn says_who_told_it(toks: &Tokens) -> bool {
    toks.len() <= 16
        && (toks.phrase_at(0, "об этом") || toks.phrase_at(0, "this was"))
        && (1..toks.len().min(5)).any(|k| {
            toks.starts(k, &["сообщ", "рассказ", "заяв", "информир", "передает"])
                || toks.is(k, &["reported", "announced", "said", "stated"])
        })
}

/// Whether a short sentence only says part of the find went for examination: «... изъяли 150
/// свёртков с неизвестным веществом. Для проведения экспертизы взяли три пакетика.
/// Специалисты выяснили, что в свёртках содержится 6,34 грамма героина».
fn sends_it_for_examination(toks: &Tokens) -> bool {
    toks.len() <= 16
        && (0..toks.len()).any(|k| {
            toks.starts(k, &["экспертиз", "исследован"])
                || toks.is(k, &["examination", "analysis", "testing", "laboratory"])
        })
}

/// Whether a sentence speaks of a sample: "... the laboratory described the sample it
/// received as ... weighing approximately 105 gms" weighs what was tested, not the find.
fn weighs_a_sample(toks: &Tokens) -> bool {
    (0..toks.len())
        .any(|k| toks.is(k, &["sample", "samples"]) || toks.starts(k, &["образц", "образец"]))
}
