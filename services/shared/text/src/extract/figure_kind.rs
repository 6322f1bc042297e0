//! The verb that decides one figure's kind: of two linked verbs destruction wins ("seized and
//! destroyed"), unless the destruction verb counts something else (labs, hectares, people) or
//! belongs to a later figure; otherwise the nearest verb. Split from `candidates.rs`, which
//! finds each figure's drug and calls this for its kind.

use super::cue;
use crate::fold::Tokens;
use crate::lexicon::drug_at;
use crate::model::{Cue, Kind};
use crate::quantity::Quantity;

/// The kind of the figure `q` among the sentence's `quantities`, decided by its `verbs`;
/// `inherited` is the kind of the story the sentence goes on with when it has no verb of its
/// own. The rule that decided it is pushed to `why`.
pub(super) fn kind_of_figure(
    toks: &Tokens,
    q: &Quantity,
    verbs: &[(usize, Kind)],
    inherited: Option<Kind>,
    quantities: &[Quantity],
    why: &mut Vec<Cue>,
) -> Kind {
    let (verbs, quantities) = near_the_figure(q, verbs, quantities);
    // Of two linked verbs ("seized and destroyed", "найденные и уничтоженные", "seized
    // drugs were burned"), destruction wins: what was seized is what was destroyed.
    // A destruction verb with a count of something else ("ликвидировали 27
    // нарколабораторий", "уничтожено 420 гектаров", "ликвидировано пятнадцать
    // наркопритонов") destroyed that, not the drugs.
    // A day of a date ("destroyed on June 26", "сожжены 26 июня") counts nothing.
    // (Nor does a year: "were destroyed in 2021".)
    let day_of_date = |k: usize| {
        crate::dates::month_of(toks.text(k + 1)).is_some()
            || crate::dates::month_of(toks.text(k.wrapping_sub(1))).is_some()
            || (crate::dates::year_at(toks, k).is_some()
                && toks.is(
                    k.wrapping_sub(1),
                    &["in", "during", "since", "в", "за", "с"],
                ))
    };
    // (Nor does a stretch of time: "уничтожено за два месяца", "destroyed over three days".)
    let time_span = |k: usize| {
        toks.starts(
            k + 1,
            &[
                "месяц",
                "дн",
                "день",
                "недел",
                "год",
                "лет",
                "сут",
                "час",
                "month",
                "day",
                "week",
                "year",
                "hour",
            ],
        )
    };
    let counts = |k: usize| {
        ((toks.is_num(k) && !day_of_date(k))
            || crate::quantity::word_value(toks.text(k)).is_some_and(|v| v >= 2.0))
            && !time_span(k)
    };
    // "уничтожено 0,7 га дикорастущей конопли весом 925 кг": an area of the drug's crop
    // whose weight this figure is (not "изъяли 2 т 310 кг, уничтожено 420 гектаров").
    // ("burned 43 hectares (106 acres) with an estimated 190,000 marijuana plants": or the
    // plants the area held.)
    let area_of_drug = |k: usize| {
        if !toks.starts(k + 1, &["га", "гектар", "hectare", "ha", "acre"]) {
            return false;
        }
        let crop_weighed = ((k + 2..k + 5).any(|d| drug_at(toks, d).is_some())
            || (k + 2..k + 4).any(|w| toks.is(w, &["весом", "массой", "weighing"])))
            && (k + 2..k + 9).contains(&q.start);
        let plants_held = q.unit == crate::model::Unit::Plant
            && (k + 2..k + 12).contains(&q.start)
            && (k + 2..q.start).any(|w| toks.is(w, &["with", "containing", "с"]));
        crop_weighed || plants_held
    };
    let governs = |p: usize| {
        // ("set 6980 kg of drugs on fire and destroyed 61,000 liquor bottles": the lot between
        // "set" and "on fire" is what burned, whatever follows.)
        if super::verbs::set_before_on_fire(toks, p).is_some_and(|set| set < q.start && q.end < p) {
            return true;
        }
        // "recovered 868 kg drugs, destroyed poppy crop on 61 acres": a crop counted by
        // its area was destroyed, not the drugs.
        // (But "destroyed 16 acres of ganja plants and about 200 pounds of seeds": a
        // figure joined to the area by "and" is the verb's second object.)
        let second_object = p < q.start && toks.is(q.start.wrapping_sub(1), &["and", "и"]);
        if (p + 1..p + 6).any(|k| {
            counts(k)
                && toks.starts(k + 1, &["acre", "hectare", "га", "гектар"])
                && !area_of_drug(k)
                && !(second_object && k < q.start)
        }) {
            return false;
        }
        // "The destroyed drugs include ...": the verb qualifies the drugs themselves.
        if drug_at(toks, p + 1).is_some() {
            return true;
        }
        // «Была ликвидирована этническая группировка и осуществлено изъятие около ста
        // килограммов», «ликвидировали канал поставки»: a gang, a supply channel or a lab
        // was destroyed, not the drugs.
        // ("destroyed a narcotics production center": a drug word may name the place's
        // trade. Not a place the drugs were destroyed in, «сожжены в печи цеха», nor one
        // they came from.)
        const STOPS: &[&str] = &["of", "from", "in", "at", "из", "у", "в", ":", ",", ";", "."];
        if (p + 1..p + 5)
            .take_while(|&k| !counts(k) && !toks.is(k, STOPS))
            .any(|k| {
                toks.starts(k, crate::lexicon::DESTROYED_NOT_DRUGS)
                    || toks.starts(k, crate::lexicon::DESTROYED_PLACES)
            })
        {
            return false;
        }
        // ("torched four 50-kilogram sacks containing over 200 kilograms of bhang": the
        // sacks that held the figure burned with it.)
        let held_it = |k: usize| {
            q.start > k
                && q.start - k <= 10
                && (k + 1..q.start).any(|w| {
                    toks.starts(
                        w,
                        &["sack", "bag", "carton", "box", "bale", "мешк", "коробк"],
                    ) || crate::lexicon::unit_at(toks, w)
                        .is_some_and(|u| u.unit == crate::model::Unit::Package)
                })
                && (k + 1..q.start).any(|w| {
                    toks.is(w, &["containing", "holding", "with", "filled", "с"])
                        || toks.starts(w, &["содержащ"])
                })
        };
        (p + 1..p + 4).find(|&k| counts(k)).is_none_or(|k| {
            quantities.iter().any(|o| (o.start..o.end).contains(&k))
                || area_of_drug(k)
                || held_it(k)
                // («обнаружили и уничтожили 5 нелегальных плантаций, где росло 448 кустов
                // конопли»: the plants of the plantations it destroyed.)
                || (q.unit == crate::model::Unit::Plant
                    && (k + 1..k + 4).any(|w| {
                        toks.starts(w, &["плантац", "очаг", "посев", "plantation", "plot"])
                    }))
                // "were burnt along with 2,000 bottles of liquor": something besides.
                || toks.is(k - 1, &["with", "and", "plus", "и", "с"])
                // ("were razed on two farms": where, not what.)
                || toks.is(k - 1, &["on", "at", "across", "на"])
        })
    };
    // «уничтожено 272 очага ..., а также 683 тонны дикорастущей конопли», "destroyed 40
    // labs as well as 2 tonnes of opium": a figure "as well as" the verb's own count is
    // another of its objects.
    // ("Sedena incinerated 402 marijuana plantations across 43 hectares, ..., 354 grams of
    // marijuana": so is a later item of the list the verb's own count opens.)
    let listed_after_its_count = |p: usize| {
        toks.is(q.start.wrapping_sub(1), &[",", "and", "и"])
            && (p + 1..p + 4).any(counts)
            && !(p..q.start).any(|k| toks.is(k, &[";", "."]))
    };
    let also_its_object = |p: usize| {
        p < q.start
            && (toks.phrase_before(q.start, "а также")
                || toks.phrase_before(q.start, "as well as")
                || listed_after_its_count(p))
            && !verbs.iter().any(|(v, _)| *v > p && *v < q.start)
    };
    let governs = |p: usize| governs(p) || also_its_object(p);
    // "изъято более 27 тонн ... и уничтожено свыше 110 тысяч кустов": a figure right after
    // its own seizure verb is not governed by a destruction verb further on that has a
    // figure of its own.
    let own_seizure_verb = verbs.iter().any(|(p, k)| {
        *k == Kind::Seizure
            && *p < q.start
            && q.start - p <= 6
            && !quantities.iter().any(|o| (*p..q.start).contains(&o.start))
    });
    let governs_a_later_figure = |p: usize| {
        p > q.end
            && (p + 1..p + 4).find(|&k| counts(k)).is_some_and(|k| {
                quantities
                    .iter()
                    .any(|o| o.start > q.end && (o.start..o.end).contains(&k))
            })
    };
    // "384 kilograms of marijuana were seized and some small seedlings ... were destroyed
    // on the spot": the figure's seizure verb right after it, and a destruction verb with
    // a subject of its own after "and".
    let seized_after = verbs.iter().find(|(p, k)| {
        *k == Kind::Seizure
            && (q.end..q.end + 5).contains(p)
            && toks.is(p + 1, &["and"])
            && toks.is(
                p + 2,
                &["some", "the", "a", "an", "several", "other", "all"],
            )
    });
    // «уничтожили ... двух наркокурьеров и захватили 200 килограммов опия»: a destruction
    // verb with its own object before "and" and the figure's own seizure verb.
    let seized_before = verbs
        .iter()
        .filter(|(p, k)| {
            *k == Kind::Seizure
                && *p < q.start
                && q.start - p <= 6
                && toks.is(p.wrapping_sub(1), &["и", "and"])
        })
        .map(|(p, _)| *p)
        .max();
    // «четверо преступников уничтожены, изъято 38 килограммов героина», "two militants
    // were destroyed": people killed in the clash, not the drugs destroyed.
    let destroys_people = |p: usize| {
        (p.saturating_sub(3)..(p + 3).min(toks.len()))
            .any(|k| toks.starts(k, crate::lexicon::PEOPLE_KILLED))
    };
    // ("the smuggling of 3,057 kilograms of drugs ... was prevented, as well as over 15 tons
    // of narcotic plants were destroyed": a destruction verb after a verb of the figure's own
    // and another figure is that figure's.)
    let anothers = |p: usize| {
        p > q.end
            && verbs.iter().any(|(v, _)| {
                *v > q.end && *v < p && quantities.iter().any(|o| o.start > *v && o.start < p)
            })
    };
    // ("this was the third such drug burning in 2004, and that 1,250 kilograms of narcotics
    // have been confiscated": a figure with a finite seizure verb of its own after it, joined
    // by "and" to a destruction told before.)
    let own_verb_after = verbs.iter().any(|(v, k)| {
        *k == Kind::Seizure
            && (q.end..q.end + 5).contains(v)
            && toks.is(v.wrapping_sub(1), &["been", "were", "was", "are", "is"])
    });
    let joined_before =
        |p: usize| own_verb_after && p < q.start && (p..q.start).any(|k| toks.is(k, &["and"]));
    let not_this_figures = |p: usize| anothers(p) || joined_before(p) || destroys_people(p);
    let linked = verbs.iter().find(|(p, k)| {
        *k == Kind::Destruction
            && governs(*p)
            && !not_this_figures(*p)
            && !(own_seizure_verb && governs_a_later_figure(*p))
            && seized_after.is_none_or(|(s, _)| p < s)
            && seized_before.is_none_or(|s| *p > s || s - p <= 2)
    });
    if let Some((p, _)) = linked {
        why.push(cue(
            "kind",
            "a destruction verb in the sentence wins",
            toks.text(*p),
        ));
        Kind::Destruction
    } else if let Some(kind) = inherited {
        why.push(cue("kind", "goes on with the sentence before", ""));
        kind
    } else {
        // ("был предотвращен ввоз 33,5 килограмма наркотиков, а также было уничтожено 177,6
        // тонны": a verb after the figure that has a figure of its own is not this one's,
        // when a verb comes before it.)
        let verb_before = verbs.iter().any(|(v, _)| *v < q.start);
        verbs
            .iter()
            .filter(|(p, k)| *k == Kind::Seizure || governs(*p))
            .filter(|(p, _)| !(verb_before && governs_a_later_figure(*p)))
            .min_by_key(|(p, _)| {
                if *p >= q.end {
                    p - q.end
                } else {
                    q.start.saturating_sub(*p) + 1
                }
            })
            .inspect(|(p, _)| why.push(cue("kind", "the nearest verb", toks.text(*p))))
            .map(|(_, k)| *k)
            .unwrap_or(Kind::Seizure)
    }
}

/// Past this many verb-and-figure pairs a sentence is not prose but a table or a list run
/// together with no full stop, and each figure is read among its neighbours only: the verbs
/// and figures within [`REACH`] tokens of it, and the nearest verb on either side beyond.
/// (Every figure looks at every verb, and every verb at every figure: a sentence of 2,000
/// figures took seconds, of 20,000 hours.) No sentence of the corpus comes near the bound.
const CROWDED_SENTENCE: usize = 10_000;
const REACH: usize = 300;

/// The verbs and figures that may decide `q`'s kind: all of them, unless the sentence is
/// longer than [`CROWDED_SENTENCE`] allows. Both lists are in the order of the text.
fn near_the_figure<'a>(
    q: &Quantity,
    verbs: &'a [(usize, Kind)],
    quantities: &'a [Quantity],
) -> (&'a [(usize, Kind)], &'a [Quantity]) {
    if verbs.len() * quantities.len() <= CROWDED_SENTENCE {
        return (verbs, quantities);
    }
    debug_assert!(verbs.is_sorted_by_key(|(p, _)| *p));
    debug_assert!(quantities.is_sorted_by_key(|o| o.start));
    let lo = q.start.saturating_sub(REACH);
    let hi = q.end + REACH;
    let first = verbs.partition_point(|(p, _)| *p < lo).saturating_sub(1);
    let last = (verbs.partition_point(|(p, _)| *p <= hi) + 1).min(verbs.len());
    let from = quantities.partition_point(|o| o.start < lo);
    let to = quantities.partition_point(|o| o.start <= hi);
    (&verbs[first..last], &quantities[from..to])
}
