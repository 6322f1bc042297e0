//! What one sentence is, before its figures are read: a title, a line pointing to other
//! stories, the parts of a total, a list of lots, the story before it going on, its verbs and
//! the drugs and places it names. Split from `extract.rs`: tests on one sentence's text or
//! tokens, no article state.

use std::sync::OnceLock;

use super::verbs::verbs;
use crate::fold::Tokens;
use crate::model::Kind;
use crate::quantity::Quantity;

/// Whether a sentence without a verb of its own carries on the previous one's story
/// ("His backpack contained a further 180 doses", "Также в чемодане находились ...").
pub(super) fn continues_story(toks: &Tokens) -> bool {
    (0..toks.len().min(12)).any(|k| {
        toks.is(
            k,
            &[
                "also",
                "further",
                "additionally",
                "contained",
                "containing",
                "consisted",
                "consisting",
                "comprised",
                "comprising",
                "состояла",
                "состояли",
                "specifically",
                "также",
                "кроме",
                "ещё",
                "еще",
                "находил",
                "находились",
                "находился",
                "находилось",
                "including",
                "weight",
                "weighed",
                "weighs",
                "масса",
                "массой",
                "вес",
                "весом",
            ],
        ) || toks.phrase_at(k, "in addition")
            // ("One carried 514 kilograms of cocaine. The second container had 100 kilograms of
            // cocaine inside": what the next box held, a figure right after the verb.)
            || (toks.is(k, &["had", "held"]) && toks.is_num(k + 1))
    }) || starts_parts(toks)
}

/// Whether a sentence lists two or more figures each with its drug ("Почти 460 кг кокаина,
/// около 80 кг марихуаны, 30 кг конопли ...", a quote with no verb of its own): the lots of the
/// story before it.
pub(super) fn lists_drugs(toks: &Tokens, quantities: &[Quantity]) -> bool {
    quantities.len() >= 2
        && quantities
            .iter()
            .filter(|q| {
                let at = q.end + usize::from(toks.is(q.end, &["of"]));
                // (Or named before it and a dash: «героина – 77 кг, гашиша – 63 кг».)
                let dash = q.start.wrapping_sub(1);
                // (Or between the number and the unit: "two million amphetamine tablets".)
                q.adjective_drug.is_some()
                    || crate::lexicon::drug_at(toks, at).is_some()
                    || (toks.is(dash, &["–", "—", "-", ":"])
                        && (dash.saturating_sub(4)..dash).any(|k| {
                            crate::lexicon::drug_at(toks, k).is_some_and(|d| d.end == dash)
                        }))
            })
            .count()
            >= 2
}

/// Whether a sentence is nothing but lots, each a figure and its drug ("Cocaine, 11.6 grams.",
/// "Crack cocaine 255.9 grams, eleven cannabis plants and 500 grams of cannabis seed."): with
/// no verb of its own, more of what the sentence before did.
pub(super) fn only_lots(toks: &Tokens, quantities: &[Quantity]) -> bool {
    if quantities.is_empty() || toks.len() > 30 {
        return false;
    }
    let mut drugs = 0;
    let mut k = 0;
    while k < toks.len() {
        // ("9,213.28 grams of Cocaine worth ₱48,830,384.00;": a lot and what it is worth.)
        if drugs > 0 && toks.is(k, &["worth", "valued", "стоимостью"]) {
            break;
        }
        if let Some(q) = quantities.iter().find(|q| q.start == k) {
            k = q.end.max(k + 1);
        } else if let Some(d) = crate::lexicon::drug_at(toks, k) {
            drugs += 1;
            k = d.end.max(k + 1);
        } else if !toks.is_word(k)
            || toks.is(k, &["of", "and", "и", "plus"])
            // (A word that qualifies the drug named next: "crack cocaine", "dried cannabis".)
            || crate::lexicon::drug_at(toks, k + 1).is_some()
        {
            k += 1;
        } else {
            return false;
        }
    }
    drugs > 0
}

/// Whether a sentence opens by summing up («Всего было изъято», "In total", "Overall"): it
/// returns to the period the report is about, and counts no single find.
pub(super) fn opens_by_summing_up(toks: &Tokens) -> bool {
    toks.any_phrase_at(
        0,
        &[
            "всего",
            "итого",
            "в общей сложности",
            "in total",
            "overall",
            "altogether",
        ],
    ) || results_of_the_actions(toks)
}

/// "As a result of the activities, approximately 15 kilograms of cannabis ... were seized": a
/// sentence that opens on the results of the actions told before (in the plural) sums them up.
/// (Not «В ходе оперативных мероприятий ... изъяли 318 грамм»: Russian reports say so of one
/// search.)
fn results_of_the_actions(toks: &Tokens) -> bool {
    toks.any_phrase_at(0, &["as a result of"])
        && (4..7).any(|j| {
            toks.is(
                j,
                &["activities", "actions", "operations", "raids", "searches"],
            )
        })
}

/// Whether a sentence opens with the parts of a total given before it ("Of these, ...", "Из
/// них ...", "This includes ...").
pub(super) fn starts_parts(toks: &Tokens) -> bool {
    // "Other finds included ...": more lots, not parts of the one before.
    // («Уточняется, что из указанного количества ...»: after a word of attribution.)
    let attributed = toks.is(1, &[","]) && toks.is(2, &["что"]);
    (introduces_parts(toks, 0, 3)
        || (attributed && introduces_parts(toks, 3, 5))
        || the_haul_included(toks)
        || gives_the_breakdown(toks))
        && !(0..3).any(|k| toks.is(k, &["other", "another", "further", "другие", "другой"]))
}

/// "The commander gave the breakdown of the seized drugs as follows: psychotropic substances
/// 411.77kg, methamphetamine 175.365kg, ...": the parts of the total told before, said after
/// words of attribution.
fn gives_the_breakdown(toks: &Tokens) -> bool {
    (0..toks.len().min(25))
        .take_while(|&k| !toks.is_num(k))
        .any(|k| toks.is(k, &["breakdown"]) || toks.phrase_at(k, "broken down"))
}

/// "A spokesperson said the haul included 2,766 kg of opium, ...", "The illicit drugs included
/// Cannabis, Heroine, ..., weighing ... respectively": what the lot told just before was made
/// of, said after a few words of attribution.
fn the_haul_included(toks: &Tokens) -> bool {
    const LOT: &[&str] = &[
        "haul",
        "seizure",
        "consignment",
        "cache",
        "stockpile",
        "shipment",
        "drugs",
    ];
    // (Before any figure: the attribution may be long, "Mullah X, a spokesperson for the
    // provincial police, said the haul included ...".)
    (1..toks.len().min(20))
        .take_while(|&k| !toks.is_num(k))
        .any(|k| {
            toks.is(k, &["included", "includes", "comprised"])
                && ((toks.is(k - 1, LOT)
                    // ("The illicit drugs included ...": an adjective between. Not a
                    // participle, "the seized drugs comprised", which other rules read.)
                    && (toks.is(k.wrapping_sub(2), &["the", "this"])
                        || (toks.is(k.wrapping_sub(3), &["the", "this"])
                            && toks.is(k.wrapping_sub(2), &["illicit", "illegal", "narcotic"]))))
                    // ("The seizure, which the army made on Monday, included ...": a clause
                    // between commas.)
                    || (toks.is(k - 1, &[","])
                        && (1..k - 1).any(|n| {
                            toks.is(n, LOT)
                                && toks.is(n - 1, &["the", "this"])
                                && toks.is(n + 1, &[","])
                        })))
        })
}

/// A line that points to other stories ("Also Read: Over 900 kg of ganja seized", "Читайте
/// также: …", "Be the first to comment on …"): page furniture, whatever figures its headlines
/// give.
pub(crate) fn links_elsewhere(sentence: &str) -> bool {
    let s = sentence.trim_start();
    // Cheap test first: every marker starts with one of these letters.
    if !s.starts_with([
        'A', 'a', 'B', 'b', 'M', 'm', 'R', 'r', 'S', 's', 'Y', 'y', 'Ч', 'ч', 'С', 'с',
    ]) {
        return false;
    }
    let head: String = s.chars().take(16).collect::<String>().to_lowercase();
    [
        "also read",
        // ("Be the first to comment on "Man carrying 0.5 kg of heroin arrested"": a comment
        // form quoting another story's headline.)
        "be the first to",
        "read:",
        "read also",
        "read more",
        "related:",
        // ("Related news: 4kg meth seized at Pekanbaru airport", "You may also like".)
        "related news",
        "related stories",
        "related articles",
        "related posts",
        "more stories",
        "you may also",
        "see also",
        "читайте также",
        "читайте еще",
        "читайте ещё",
        "смотрите также",
        "см. также",
    ]
    .iter()
    .any(|m| head.starts_with(m))
}

/// Whether the line at byte `line_start` is one of the headlines listed under a short "Read
/// also:", «Читайте также:» heading: the lines between are headlines too (no full stop), a
/// few at most.
pub(crate) fn under_links_heading(text: &str, line_start: usize) -> bool {
    let ends_a_sentence = |l: &str| l.trim_end().ends_with(['.', '!', '?']);
    let line = text[line_start..].lines().next().unwrap_or("");
    if ends_a_sentence(line) {
        return false;
    }
    for prev in text[..line_start]
        .lines()
        .rev()
        .filter(|l| !l.trim().is_empty())
        .take(8)
    {
        if links_elsewhere(prev) && prev.trim().chars().count() <= 20 {
            return true;
        }
        if ends_a_sentence(prev) {
            return false;
        }
    }
    false
}

/// The verbs that tell what a lot was made up of ("The seized drugs comprised ...", "The drugs
/// included ...").
pub(super) const COMPOSITION_VERBS: &[&str] = &[
    "comprised",
    "comprise",
    "comprises",
    "included",
    "include",
    "includes",
    "consisted",
    "consist",
    "consists",
];

/// Whether an article's first sentence is its title: one short line with no full stop, before
/// a body of its own.
pub(super) fn is_title(sentence: &str, sentences: usize) -> bool {
    sentences > 2
        && !sentence.contains('\n')
        && sentence.len() < 200
        && !sentence.trim_end().ends_with(['.', '!', '?', ':', ';'])
}

/// Whether a sentence may state a quantity: it has a digit, or a unit or multiplier word that
/// numbers in words go with ("two kilograms", "полтонны", "более тонны", "two thousand").
pub(super) fn may_hold_quantity(sentence: &str) -> bool {
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
            // "up to five kg of cocaine", «пять кг»: a number in words before an abbreviation.
            "кг",
            // «около трех сотен кустов конопли», "five cannabis plants": plants counted in words.
            "сотен",
            "сотн",
            "куст",
            "сверт",
            "свёрт",
            // «два центнера конопли»: hundredweights in words.
            "центнер",
        ];
        let mut patterns: Vec<String> = [
            "ton", "kilo", "gram", "litre", "liter", "thousand", "million", "dozen", " kg",
            "hundred", "plant", "pound", "ounce",
            // "about two quintals of treated hashish" (Algeria's bulletins).
            "quintal",
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

/// Whether a sentence opens another incident ("In a separate case last Friday ...", "Earlier,
/// the check post had captured ...", «Ранее ...»), which the day told so far is not of. (Not
/// "moreover", «кроме того»: «Кроме того, в его автомобиле обнаружено ...» is the same one.)
pub(super) fn opens_another_incident(toks: &Tokens) -> bool {
    recalls_an_earlier_story(toks)
        || (0..toks.len().min(4)).any(|k| {
            toks.is(
                k,
                &[
                    "separately",
                    "simultaneously",
                    "meanwhile",
                    "earlier",
                    "previously",
                    "ранее",
                ],
            ) || toks.any_phrase_at(
                k,
                &[
                    "in a separate",
                    "in another",
                    "in a similar",
                    "в другом",
                    "в другой",
                ],
            )
        })
}

/// Whether a sentence opens by adding something besides what was told before ("Besides, 6,319
/// liters of precursor chemicals were destroyed", "In addition, during the period mentioned,
/// ..."). (Not «Кроме того», «Помимо этого»: Russian bulletins give a total's next lot so,
/// «изъяли свыше 27 кг ... около 19 кг опия. Кроме того, ... около 8 кг героина».)
pub(super) fn adds_besides(toks: &Tokens) -> bool {
    toks.is(0, &["besides", "moreover", "additionally"]) || toks.phrase_at(0, "in addition")
}

/// Whether a sentence recalls a story told before, in an earlier bulletin («Напомним, в октябре
/// ...», "It will be recalled that ..."), possibly after a subheading run into it.
pub(super) fn recalls_an_earlier_story(toks: &Tokens) -> bool {
    (0..toks.len().min(6)).any(|k| toks.is(k, &["напомним", "напомню", "recalled"]))
}

/// Whether a sentence tells its incident's day by pointing back to the one told before ("On the
/// same day", «в тот же день», «в этот же день»).
pub(super) fn restates_the_day(toks: &Tokens) -> bool {
    (0..toks.len()).any(|k| {
        toks.phrase_at(k, "the same day")
            || toks.phrase_at(k, "that same day")
            || (toks.is(k, &["тот", "этот"])
                && toks.is(k + 1, &["же"])
                && toks.is(k + 2, &["день", "дню", "дня"]))
    })
}

/// Whether a sentence opens by moving on from the time told before ("Since then, ... they have
/// made arrests in Estepona", "After that, in Barbate, they went on to seize", «С тех пор»):
/// the day or month told before is no longer its date.
pub(super) fn moves_on_in_time(toks: &Tokens) -> bool {
    const SPANS: &[&str] = &[
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "день",
        "дня",
        "дней",
        "неделю",
        "недели",
        "недель",
        "месяц",
        "месяца",
        "месяцев",
        "год",
        "года",
        "лет",
    ];
    let first = usize::from(toks.is(0, &["and", "и"]));
    toks.phrase_at(first, "since then")
        || toks.phrase_at(first, "after that")
        || toks.phrase_at(first, "с тех пор")
        // «Через месяц ещё двоих членов группы задержали», "A month later, ...", "Two weeks
        // later".
        || (toks.is(first, &["через"])
            && (first + 1..first + 3).any(|k| toks.is(k, SPANS)))
        || (first + 1..first + 3).any(|k| toks.is(k, SPANS) && toks.is(k + 1, &["later"]))
}

/// Whether a sentence tells when something began ("The investigation started in February
/// 2016", "began watching the ring in September 2011"): its month is not a find's.
pub(super) fn tells_a_beginning(toks: &Tokens) -> bool {
    (0..toks.len()).any(|k| {
        toks.is(
            k,
            &[
                "began",
                "begun",
                "started",
                "launched",
                "initiated",
                "since",
            ],
        ) || toks.starts(k, &["начал", "начат", "стартовал"])
    })
}

/// Whether a sentence tells of a press conference or a briefing ("On March 19, 2012, the press
/// conference of ... took place"): its day is when something was said, not the day of what it
/// reports.
pub(super) fn tells_when_it_was_said(toks: &Tokens) -> bool {
    (0..toks.len()).any(|k| {
        toks.phrase_at(k, "press conference")
            || toks.is(k, &["briefing", "брифинге", "брифинг"])
            || (toks.is(k, &["пресс"])
                && toks.is(k + 1, &["-"])
                && toks.starts(k + 2, &["конференц"]))
    })
}

/// Whether a sentence destroys the lots just told ("Police set fire on those drugs at the
/// spot", «Изъятые наркотики уничтожены на месте»): a destruction verb and a word pointing back.
pub(super) fn destroys_them(toks: &Tokens) -> bool {
    // (Told as done, not as meant: "we will try our best to destruct them in their
    // operations" is a promise about the dealers, "the plants police could potentially
    // destroy" a possibility; nor denied: "However, not all drugs were destroyed".)
    const INTENT: &[&str] = &[
        "will",
        "would",
        "shall",
        "to",
        "try",
        "could",
        "can",
        "may",
        "might",
        "potentially",
        "будем",
        "будут",
    ];
    const DENIED: &[&str] = &["not", "never", "не"];
    verbs(toks).iter().any(|v| {
        v.1 == Kind::Destruction
            && !(v.0.saturating_sub(3)..v.0).any(|k| toks.is(k, INTENT))
            && !(v.0.saturating_sub(6)..v.0).any(|k| toks.is(k, DENIED))
    }) && (0..toks.len()).any(|k| {
        toks.is(
            k,
            &[
                "those",
                "these",
                "them",
                "their",
                "all",
                "spot",
                "их",
                "эти",
                "все",
                "данные",
                "изъятые",
                "изъятое",
                "месте",
            ],
        )
    })
}

/// Whether token `j` names pieces of `unit` ("bags", "plants", «кустов»), a unit counted in
/// pieces.
pub(super) fn pieces_at(toks: &Tokens, j: usize, unit: crate::model::Unit) -> bool {
    unit.is_count() && crate::lexicon::unit_at(toks, j).is_some_and(|u| u.unit == unit)
}

/// Whether the pieces named at token `j` are told again: "the seven bags", "these plants".
pub(super) fn named_again(toks: &Tokens, j: usize) -> bool {
    (j.saturating_sub(2)..j).any(|d| toks.is(d, &["the", "these", "those"]))
}

/// The word a few words before figure `q` that gives it as a weight ("weighed 143 kg", "an
/// estimated weight of approximately 300kg", "estimated to weigh 120kg"), if any.
pub(super) fn weight_word_before(toks: &Tokens, q: &Quantity) -> Option<usize> {
    (q.start.saturating_sub(6)..q.start)
        .find(|&k| toks.is(k, &["weighed", "weight", "weighing", "weigh"]))
}

/// Whether the weight `q` is that of the pieces `p` told before it, past a clause set off by
/// commas: «270 тысяч кустов, растущих на площади 4 тысячи кв. метров, общим весом 1 500 кг»,
/// "300 plants, found in a maize field, weighing 90 kg". (No drug, no "and" and no semicolon
/// between: those would make the weight a lot of its own. A full stop inside one sentence
/// ends an abbreviation, «кв.».)
pub(super) fn weighed_past_a_clause(toks: &Tokens, p: &Quantity, q: &Quantity) -> bool {
    p.unit.is_count()
        && q.unit == crate::model::Unit::Kg
        && q.start > p.end
        && q.start - p.end <= 16
        // ("33 packets of methamphetamine tablets—approximately 3,33,300 tablets—collectively
        // weighing around 37.476 kilograms": a dash as much as a comma.)
        && toks.is(p.end, &[",", "—", "–"])
        && toks.is(q.start - 1, &["весом", "массой", "weighing"])
        && !(p.end..q.start).any(|k| {
            toks.is(k, &[";", "and", "и", "а"]) || crate::lexicon::drug_at(toks, k).is_some()
        })
}

/// Whether the words between two quantities introduce the second as a part of the first.
pub(super) fn introduces_parts(toks: &Tokens, from: usize, to: usize) -> bool {
    (from..to).any(|k| toks.any_phrase_at(k, crate::lexicon::PARTS_PHRASES))
}

/// Adds to `out` the names of one drug (`lexicon::names_one_drug`) that `toks` mention and it
/// does not hold yet.
pub(super) fn push_one_drug_names(toks: &Tokens, out: &mut Vec<&'static str>) {
    push_drug_names(toks, out, crate::lexicon::names_one_drug);
}

/// Adds to `out` each drug the sentence in `toks` names that `keep` takes, once.
pub(super) fn push_drug_names(
    toks: &Tokens,
    out: &mut Vec<&'static str>,
    keep: impl Fn(&str) -> bool,
) {
    for k in 0..toks.len() {
        if let Some(d) = crate::lexicon::drug_at(toks, k)
            && keep(d.canonical)
            && !out.contains(&d.canonical)
        {
            out.push(d.canonical);
        }
    }
}

/// The one country a sentence's places name, if they name just one.
pub(super) fn one_place(locations: &[&'static str]) -> Option<&'static str> {
    let first = *locations.first()?;
    locations.iter().all(|l| *l == first).then_some(first)
}

/// Whether a sentence tells of drugs one person carried ("a passenger ... was carrying", «у
/// пассажира ... обнаружили»): a person and no vehicle, container or vessel that could hold
/// tonnes.
pub(super) fn carried_by_a_person(toks: &Tokens) -> bool {
    let person = (0..toks.len()).any(|k| {
        toks.starts(
            k,
            &[
                "passenger",
                "courier",
                "resident",
                "citizen",
                "traveller",
                "traveler",
                "пассажир",
                "курьер",
                "жител",
                "гражданин",
                "гражданк",
            ],
        )
    });
    let vehicle = (0..toks.len()).any(|k| {
        toks.starts(
            k,
            &[
                "truck",
                "lorry",
                "trailer",
                "container",
                "ship",
                "vessel",
                "boat",
                "wagon",
                "train",
                "грузовик",
                "фур",
                "контейнер",
                "судн",
                "вагон",
                "поезд",
                "прицеп",
                "камаз",
            ],
        )
    });
    person && !vehicle
}

/// Whether a sentence opens by giving the weight of a lot told before ("The total weight of the
/// drug was 10.3 kg", «Общая масса наркотика составила 10,3 кг»).
pub(super) fn weight_of_the_lot(toks: &Tokens) -> bool {
    (0..toks.len().min(4)).any(|k| toks.any_phrase_at(k, crate::lexicon::WEIGHT_OF_THE_LOT))
}

/// Whether a line's first figure follows a year and its colon or dash, after an optional
/// bullet: "2016: 413kg of meth", "- 2015 – 283 kg".
pub(super) fn year_label_at(toks: &Tokens, quantities: &[Quantity]) -> bool {
    let y = usize::from(toks.is(0, &["-", "•", "–", "—", "*"]));
    crate::dates::year_at(toks, y).is_some()
        && toks.is(y + 1, &[":", "–", "—", "-"])
        && quantities.first().is_some_and(|q| q.start == y + 2)
}
