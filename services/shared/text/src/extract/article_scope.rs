//! Pass 2 of an article with candidates: what every sentence says about time and place, and
//! what is in force when each sentence is read (a reporting period, a named operation, the
//! day of an incident), with the article's own period and year. Pass 3 (`extract_article`)
//! decides each candidate's kind, date and country from it.

use super::article_candidates::ReadSentence;
use super::context::DocContext;
use super::facts::{SentenceFacts, sentence_facts};
use super::judgment::{is_court_judgment, tells_the_courts_process};
use super::sentences::{push_one_drug_names, restates_the_day, tells_when_it_was_said};
use super::verbs::verbs;
use super::{Candidate, datelines, periods, words};
use crate::dates::DateMention;
use crate::fold::Tokens;
use crate::model::{EventDate, Kind, Precision, Unit};
use crate::segment::Sentence;

/// What the article's sentences say, one entry per sentence where a field is a `Vec`.
pub(super) struct ArticleScope {
    pub facts: Vec<SentenceFacts>,
    /// The countries the article names, in order.
    pub article_countries: Vec<&'static str>,
    /// The article's named drugs (two at most), for figures given only as "the drug".
    pub article_drugs: Vec<&'static str>,
    /// Whether the article names any drug at all: by name, by a word for drugs, by pills or by
    /// a word for a substance.
    pub names_a_drug: bool,
    /// Whether a destruction verb governs the sentence's own period.
    pub destroyed_over: Vec<bool>,
    /// A short sentence with no figure that says the find was destroyed ("All the cannabis
    /// was burned.", «Вся конопля уничтожена.»): the find told just before was destroyed.
    pub destroys_the_find: Vec<bool>,
    /// Whether each sentence says "the plants" were destroyed, with no figure of its own: the
    /// plants its story counted before ("The police noted that the plants and camps were
    /// photographed and destroyed by fire").
    pub destroys_the_plants: Vec<bool>,
    /// A results article: an operation's results or a reporting period with figures.
    pub totals_article: bool,
    /// A named operation in the title or lead.
    pub named_operation: bool,
    /// The operation's period, or the year in its name.
    pub operation_period: Option<EventDate>,
    /// The operation's period is more than one day.
    pub operation_spans_a_period: bool,
    /// The year in an operation's name, as a date.
    pub operation_name_year: Option<EventDate>,
    /// Whether a named operation of the title or lead is in force at each sentence.
    pub in_operation: Vec<bool>,
    pub operation_year: Option<i32>,
    /// The last day-precise date told before each sentence (the incident's date).
    pub last_day: Vec<Option<EventDate>>,
    /// The month of the last incident told before each sentence with its year but no day ("In
    /// April 2025, authorities ... intercepted a shipment"), for the finds told after it.
    pub last_month: Vec<Option<EventDate>>,
    /// The day of the last destruction told before each sentence, however far back in its
    /// story: a ceremony's day stands for the list of what it burnt.
    pub destruction_day: Vec<Option<EventDate>>,
    /// The reporting period in force at each sentence, with its words.
    pub scope: Vec<Option<(DateMention, String)>>,
    /// Whether the period in force was one a destruction verb governs.
    pub scope_destroyed: Vec<bool>,
    /// The sentence and date of the article's own period, where it is told.
    pub article_period_told: Option<(usize, Option<EventDate>)>,
    /// The article's own period (or the year in an operation's name).
    pub article_period: Option<EventDate>,
    /// The year the title or lead states for the article's reporting period.
    pub stated_year: Option<i32>,
    /// The years written in the article.
    pub years_written: Vec<i32>,
    /// The article is a court's judgment: no period of it is a reporting period.
    pub judgment: bool,
}

/// Reads what every sentence of the article says about time and place.
pub(super) fn read_article_scope(
    text: &str,
    sentences: &[Sentence],
    doc: &DocContext,
    buf: &mut Tokens,
    read: &mut [Option<ReadSentence>],
    cands: &[Candidate],
) -> ArticleScope {
    let mut facts = Vec::with_capacity(sentences.len());
    let mut article_countries: Vec<&'static str> = Vec::new();
    let mut article_drugs: Vec<&'static str> = Vec::new();
    let mut names_a_drug = false;
    let mut destroyed_over: Vec<bool> = Vec::with_capacity(sentences.len());
    let mut destroys_the_find: Vec<bool> = Vec::with_capacity(sentences.len());
    let mut destroys_the_plants: Vec<bool> = Vec::with_capacity(sentences.len());
    let mut totals_article = false;
    let mut named_operation = false;
    let mut operation_period: Option<EventDate> = None;
    // A named operation stated in the title or lead governs the figures after it, like a
    // reporting period, until an incident (a day, a person, a vehicle) resets it.
    let mut in_operation: Vec<bool> = Vec::with_capacity(sentences.len());
    let mut operation_so_far = false;
    // The lead's sentences that say what was done (a seizure or destruction verb).
    let mut lead_with_verb: Vec<usize> = Vec::new();
    let mut operation_year: Option<i32> = None;
    // The last day-precise date stated before each sentence (the incident's date).
    let mut last_day: Vec<Option<EventDate>> = Vec::with_capacity(sentences.len());
    let mut destruction_day: Vec<Option<EventDate>> = Vec::with_capacity(sentences.len());
    let mut destruction_day_so_far: Option<EventDate> = None;
    let mut day_told_at: Option<usize> = None;
    const DAY_CARRIES: usize = 4;
    let mut day_so_far: Option<EventDate> = None;
    let mut last_month: Vec<Option<EventDate>> = Vec::with_capacity(sentences.len());
    let mut month_so_far: Option<(EventDate, usize)> = None;
    let mut scope: Vec<Option<(DateMention, String)>> = Vec::with_capacity(sentences.len());
    let mut scope_so_far: Option<(DateMention, String)> = None;
    // The last reporting period stated, though an incident has ended its force since.
    let mut last_period: Option<(DateMention, String)> = None;
    // Whether the period in force was one a destruction verb governs.
    let mut scope_destroyed: Vec<bool> = Vec::with_capacity(sentences.len());
    let mut scope_destroyed_so_far = false;
    // Where the article's text begins: the sentence before its first figure (a title, as a
    // rule), past the menus and stamps a stored page opens with. "The title or lead" is
    // counted from there.
    let top = cands.first().map_or(0, |c| c.sentence.saturating_sub(1));
    let judgment = sentences.first().is_some_and(|first| {
        is_court_judgment(&text[first.start..sentences.last().map_or(first.end, |l| l.end)])
    });
    for (si, s) in sentences.iter().enumerate() {
        // (Pass 1 read the sentences with figures: their tokens and verbs are taken as they are.)
        let held;
        let (toks, read_verbs): (&Tokens, _) = match read.get_mut(si).and_then(Option::take) {
            Some(r) => {
                held = r.toks;
                (&held, r.verbs)
            }
            None => {
                buf.read(text, s.start, s.end);
                (&*buf, None)
            }
        };
        let mut f = sentence_facts(toks, doc.reference);
        let sentence_verbs = read_verbs.unwrap_or_else(|| verbs(toks));
        if si < top + 5 && !sentence_verbs.is_empty() {
            lead_with_verb.push(si);
        }
        // A dateline ("Dushanbe, 11 March 2025 —"), a byline or a page's stamp is when the
        // bulletin was written, not when anything happened.
        datelines::drop_page_dates(text, toks, si < 6, sentence_verbs.is_empty(), &mut f.dates);
        datelines::drop_statement_days(toks, &sentence_verbs, &mut f.dates);
        datelines::drop_investigation_spans(toks, &mut f.dates);
        f.date_words = f
            .dates
            .iter()
            .map(|d| words(toks, d.start, d.end))
            .collect();
        // "... were destroyed from January 11 to January 26": a period a destruction verb
        // governs (not "burnt drugs seized during operations in 2014-15").
        // («с 12 по 17 августа 2019 года ... проведено мероприятие по уничтожению»: with no verb
        // before the period, the first after it.)
        // («В этом году в рамках операции «Мак» уже выявлено четыре очага ... и уничтожено
        // более трех тонн»: of the verbs after it, linked, destruction wins.)
        destroyed_over.push(f.dates.iter().any(|d| {
            d.period
                && match sentence_verbs
                    .iter()
                    .filter(|v| v.0 < d.start)
                    .max_by_key(|v| v.0)
                {
                    Some(v) => v.1 == Kind::Destruction,
                    None => sentence_verbs
                        .iter()
                        .any(|v| v.0 >= d.end && v.1 == Kind::Destruction),
                }
        }));
        // (The verbs first: most sentences have no destruction verb. Candidates come in sentence
        // order: whether this sentence has one is a binary search, not a scan.)
        // ("The trees, seedlings and camp were subsequently destroyed.": the plants just
        // counted.)
        // («... вырвали и сожгли растения», «кусты уничтожены»: so are the plants named with no
        // count of their own.)
        let plant_at =
            |k: usize| crate::lexicon::unit_at(toks, k).is_some_and(|u| u.unit == Unit::Plant);
        let destroying = sentence_verbs.iter().any(|v| v.1 == Kind::Destruction);
        // (Asked only of a short sentence with a destruction verb: a unit is looked up word by
        // word.)
        let short_destroying = toks.len() <= 12 && destroying;
        let plants_subject = short_destroying
            && ((toks.is(0, &["the", "these", "all"]) && plant_at(1))
                || (0..toks.len()).any(|k| {
                    toks.is_word(k)
                        && !toks.is_num(k.wrapping_sub(1))
                        && toks
                            .text(k)
                            .chars()
                            .next()
                            .is_some_and(|c| ('а'..='я').contains(&c))
                        && plant_at(k)
                }));
        let no_figure_here = cands
            .get(cands.partition_point(|c| c.sentence < si))
            .is_none_or(|c| c.sentence != si);
        destroys_the_plants.push(
            no_figure_here
                && destroying
                && (1..toks.len()).any(|k| toks.is(k - 1, &["the"]) && plant_at(k))
                && !(0..toks.len()).any(|k| {
                    toks.is(k, &["will", "would", "to", "be", "not", "never"])
                        || crate::lexicon::unit_at(toks, k).is_some_and(|u| u.unit != Unit::Plant)
                }),
        );
        destroys_the_find.push(
            short_destroying
                // (Pulled up and burnt, «вырвали и сожгли»: of linked verbs destruction wins.)
                && !sentence_verbs.iter().any(|v| {
                    v.1 == Kind::Seizure && !toks.starts(v.0, &["вырва", "uproot"])
                })
                && no_figure_here
                // (Of the drugs: "All the cannabis", «Вся конопля», "The drugs", not "the labs
                // were dismantled".)
                && ((0..toks.len()).any(|k| crate::lexicon::drug_at(toks, k).is_some())
                    || plants_subject
                    // ("They were destroyed.", «Их уничтожили.»: what was just found.)
                    || (toks.len() <= 6
                        && toks.is(0, &["they", "these", "those", "их", "они", "всё", "все"])))
                && !(0..toks.len()).any(|k| {
                    toks.starts(k, crate::lexicon::DESTROYED_NOT_DRUGS)
                        // («Уничтожены миллионы ростков конопли»: a count of its own.)
                        || toks.starts(k, &["миллион", "тысяч", "сотн", "million", "thousand", "hundred"])
                        || crate::lexicon::unit_at(toks, k)
                            .is_some_and(|u| !(plants_subject && u.unit == Unit::Plant))
                })
                && !(0..toks.len()).any(|k| {
                    toks.is(
                        k,
                        &["will", "would", "to", "be", "будет", "будут", "планируется", "должны"],
                    )
                })
                // (Not another lot of its own: "A quantity of unprocessed Hashish was
                // destroyed" after the lots seized.)
                && !(toks.is(0, &["a", "an", "another"])
                    && toks.is(1, &["quantity", "amount", "batch", "lot"])),
        );
        // The reporting period in force: stated in a title, a lead or an earlier paragraph, it
        // governs the figures after it until an incident (a day, a person, a vehicle) resets it.
        // («за текущий год ... пресечено 260 наркопреступлений». «В мае этого года ... пресекли
        // деятельность ещё одной мини-лаборатории». «Всего было изъято более 375 кг»: a sentence
        // that opens by summing up returns to the period the report is about.)
        let sums_up = super::sentences::opens_by_summing_up(toks);
        if scope_so_far.is_none() && sums_up {
            scope.push(last_period.clone());
        } else {
            scope.push(scope_so_far.clone());
        }
        scope_destroyed.push(scope_destroyed_so_far);
        in_operation.push(operation_so_far);
        if si < top + 5 && f.named_operation {
            operation_so_far = true;
        }
        operation_year = operation_year.or(f.operation_year);
        // An incident anchor (a person, a vehicle, a day) ends both.
        // (Not the day something was said: "An official communique issued here on Tuesday
        // said the recovery rate was 30 percent higher than in the same period last year".)
        let said_on = |d: &DateMention| {
            (d.start.saturating_sub(3)..d.start).any(|k| {
                toks.is(
                    k,
                    &["issued", "released", "said", "told", "announced", "stated"],
                )
            })
        };
        // The period the sentence states (not one a comparison states).
        let stated_period = f
            .dates
            .iter()
            .zip(&f.date_words)
            .rev()
            .find(|d| d.0.period && f.compares_from.is_none_or(|k| d.0.start < k))
            .map(|(p, w)| (*p, w.clone()));
        // (A period stated beside a person, a speaker as often as not, is remembered too.)
        if stated_period.is_some() {
            last_period = stated_period.clone();
        }
        let anchored = (f.incident
            && !(f.only_uncounted_plurals && (scope_so_far.is_some() || operation_so_far)))
            || f.dates
                .iter()
                .any(|d| d.date.is_some_and(|d| d.precision == Precision::Day) && !said_on(d));
        if anchored {
            operation_so_far = false;
            scope_so_far = None;
            scope_destroyed_so_far = false;
        } else if stated_period.is_some() {
            scope_so_far = stated_period;
            scope_destroyed_so_far = destroyed_over[si];
        }
        if f.another_story || super::sentences::moves_on_in_time(toks) {
            day_so_far = None;
            month_so_far = None;
            destruction_day_so_far = None;
        }
        // "On the same day, police officers carried out an operation ...", «в тот же день»:
        // the day told before is told again, for this incident too.
        if day_so_far.is_some() && restates_the_day(toks) {
            day_told_at = Some(si);
        }
        // (A day told many sentences before is another item's, in a digest.)
        if day_told_at.is_some_and(|at| si > at + DAY_CARRIES) {
            day_so_far = None;
        }
        last_day.push(day_so_far);
        // (An incident's month holds until any date is told again: "The first batch ... was
        // seized in June 2020. ... The last stage of the operation was carried out in
        // November.")
        if !f.dates.is_empty() || month_so_far.is_some_and(|(_, at)| si > at + DAY_CARRIES) {
            month_so_far = None;
        }
        last_month.push(month_so_far.map(|(m, _)| m));
        destruction_day.push(destruction_day_so_far);
        // (Nor a judgment's day of its own process: "On the 29th July 2025 a Jury unanimously
        // found the Defendant guilty of two counts", the verdict's day, not the find's.)
        let said = tells_when_it_was_said(toks) || (judgment && tells_the_courts_process(toks));
        if let Some(d) = f
            .dates
            .iter()
            .rev()
            .find_map(|d| d.date.filter(|d| d.precision == Precision::Day))
            .filter(|_| !said)
        {
            day_so_far = Some(d);
            day_told_at = Some(si);
            // ("... on Oct 17 oversaw the pre-trial destruction of seized drugs ... The seized
            // drugs comprised 1,793 kg of Ganja, ...": the list, paragraphs on, is of that day.)
            // (Not the opening line's day, a page's stamp as often as not: «В Лаосе уничтожено
            // более 700 килограммов наркотиков - РИА Новости, 06.06.2008».)
            if si > 0 && destroying {
                destruction_day_so_far = Some(d);
            }
        }
        // ("In April 2025, authorities in Yap State intercepted a shipment ... The drugs were
        // discovered in an incoming package ... approximately 2,000 pills": an incident's month,
        // its year written, where no day is told. Not one of several dates: "began watching the
        // ring in September 2011, and carried out a raid on Monday", «с августа 2022-го по март
        // 2023 года».)
        // (Nor the month something began: "The investigation started in February 2016".)
        if f.incident
            && day_so_far.is_none()
            && !said
            && f.dates.len() == 1
            && !super::sentences::tells_a_beginning(toks)
        {
            let d = &f.dates[0];
            month_so_far = d
                .date
                .filter(|e| {
                    e.precision == Precision::Month && d.year_written && !d.relative && !said_on(d)
                })
                .map(|m| (m, si));
        }
        // The named drugs of the article, for figures given only as "the drug".
        if article_drugs.len() < 2 {
            push_one_drug_names(toks, &mut article_drugs);
        }
        // (Pills are drugs' own form, «тысячи таблеток общей массой более 9 килограммов»,
        // and a substance the police's words leave unnamed one, «58 пакетиков запрещённого
        // вещества».)
        names_a_drug = names_a_drug
            || !article_drugs.is_empty()
            || (0..toks.len()).any(|k| {
                crate::lexicon::drug_at(toks, k).is_some()
                    || toks.starts(k, &["таблет", "pill", "tablet", "веществ", "substance"])
            });
        for c in &f.locations {
            if !article_countries.contains(c) {
                article_countries.push(c);
            }
        }
        if si < top + 5 {
            named_operation |= f.named_operation;
            let head = &text[s.start..s.end].to_lowercase();
            // A results article: results of an operation, or a reporting period with figures.
            let reporting = f.dates.iter().any(|d| {
                d.period && (d.relative || d.date.is_some_and(|d| d.precision == Precision::Year))
            });
            // "Results of the operation", not "as a result of a search" (one seizure).
            let results = ["results", "итог", "outcome", "summary", "сводк"]
                .iter()
                .any(|w| head.contains(w));
            let any_period = f.dates.iter().any(|d| d.period && d.date.is_some());
            // "a total of 1788 kilograms were seized during the operation" is one operation's
            // find: a total makes a results article only with a period.
            let total = head.contains("total") && any_period;
            // ("По итогам операции задержаны пять граждан ...": one operation's results are
            // its finds; a named operation makes totals on its own.)
            // (Not from a background paragraph after the article's first figures: "in 2018
            // alone, Iranian forces carried out 1,557 operations" closing a single seizure.)
            let background = cands.first().is_some_and(|c| c.sentence < si);
            totals_article |= (results
                && (any_period || named_operation || operation_year.is_some()))
                || total
                || (reporting && f.statistics && !background);
        }
        if operation_period.is_none() && f.operation_words {
            operation_period = f
                .dates
                .iter()
                .find(|d| d.period && !d.relative)
                .and_then(|d| d.date);
        }
        // "Córdoba" in a text about Spain is Spain's.
        if !f.shared_names.is_empty()
            && let Some(story) = doc.dominant_country()
        {
            for (code, also) in std::mem::take(&mut f.shared_names) {
                if also == story {
                    for l in f.locations.iter_mut().filter(|l| **l == code) {
                        *l = also;
                    }
                }
            }
        }
        facts.push(f);
    }
    // The stories of the article, each opened by a sentence that turns to another ("Meanwhile,
    // ..."): a story told at sea is so in all its sentences (one pass, not one per figure).
    let mut start = 0;
    for k in 1..=facts.len() {
        if k == facts.len() || facts[k].another_story {
            let at_sea = facts[start..k].iter().any(|f| f.open_ocean);
            for f in &mut facts[start..k] {
                f.story_at_sea = at_sea;
            }
            start = k;
        }
    }
    // The year in an operation's name dates what the article reports of it when nothing else
    // does. (A period said of operations dates no destruction: "burnt ... drugs seized during
    // different operations in 2014-15" were seized then, burnt later.)
    let operation_name_year = operation_year.map(EventDate::year);
    // "The operation ... continued from 9th October till 22nd October 2023": operations
    // counted beside it are statistics of that period, wherever the period is told.
    let operation_spans_a_period = operation_period.is_some_and(|d| d.precision != Precision::Day);
    let operation_period = operation_period.or(operation_name_year);
    // The article's own period (its first stated month, year or range): the date of period
    // totals that state none.
    // (Not the period a sentence compares with: "4.1 times more compared to the same period
    // of the last year, ... in January-June 2005" before "the first half-year of 2006".)
    let article_period_told = facts.iter().enumerate().find_map(|(si, f)| {
        f.dates
            .iter()
            .filter(|d| f.compares_from.is_none_or(|k| d.start < k))
            .find(|d| d.period && !d.relative)
            .map(|d| (si, *d))
    });
    // A period told without a year of its own takes the one the operation's name writes: «с 15
    // по 22 сентября» in a report of "Канал-2008" (that month of the operation's year), «Мак-2025»
    // ... «проходила с 14 июля по 22 октября» on a page stamped with another year (not a year
    // worked out from the page's date).
    let of_the_operation_s_year = article_period_told
        .filter(|(_, d)| !d.year_written)
        .zip(operation_year)
        .map(|((_, d), y)| match (d.date, d.month_without_year) {
            (Some(date), _) if date.precision == Precision::Month => {
                EventDate::month(y, date.month)
            }
            (None, Some(m)) => EventDate::month(y, m),
            _ => EventDate::year(y),
        });
    let article_period_told = article_period_told.map(|(si, d)| (si, d.date));
    let article_period = of_the_operation_s_year
        .or(article_period_told.and_then(|(_, d)| d))
        .or(operation_name_year);
    // The year the title or lead states for the article's reporting period («Мак-2007»,
    // "January–April 2022"): what "this year" in its figures means (rule 8).
    let stated_year = operation_year.or_else(|| {
        // Only a sentence with figures or a verb of its own: not a calendar widget's "Март
        // 2026".
        facts
            .iter()
            .take(5)
            .enumerate()
            .filter(|(si, f)| {
                (lead_with_verb.contains(si) || cands.iter().any(|c| c.sentence == *si))
                    && !periods::sets_a_year_against_this_one(f)
            })
            .flat_map(|(_, f)| &f.dates)
            .find(|d| d.period && !d.relative)
            .and_then(|d| d.date)
            .map(|d| d.year)
    });
    let years_written = periods::years_written(&facts);
    if judgment {
        // (Nor is a period in force, though a month the facts were told in is the offence's:
        // "In March 2025, police received information ... Testing confirmed ... 0.84 kg".)
        for s in scope.iter_mut() {
            if s.as_ref()
                .is_none_or(|(d, _)| d.date.is_none_or(|d| d.precision != Precision::Month))
            {
                *s = None;
            }
        }
        totals_article = false;
    }
    ArticleScope {
        facts,
        article_countries,
        article_drugs,
        names_a_drug,
        destroyed_over,
        destroys_the_find,
        destroys_the_plants,
        totals_article,
        named_operation,
        operation_period,
        operation_spans_a_period,
        operation_name_year,
        in_operation,
        operation_year,
        last_day,
        last_month,
        destruction_day,
        scope,
        scope_destroyed,
        article_period_told,
        article_period,
        stated_year,
        years_written,
        judgment,
    }
}
