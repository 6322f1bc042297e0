//! From sentences to events: which quantities are seizures, destructions or period totals, of
//! which drug, where and when; and the rules on totals, parts, restated lots and headlines
//! (see `shared/EXTRACTION.md`).

use crate::dates::DateMention;
use crate::fold::Tokens;
use crate::model::{Article, Cue, Event, EventDate, Kind, Precision, Unit};
use crate::quantity::{Quantity, find_quantities};
use crate::segment::split_sentences;

mod candidates;
mod context;
mod country;
mod datelines;
mod destroyed;
mod facts;
mod figure;
mod periods;
pub(crate) mod sentences;
mod story_drugs;
mod totals;
use candidates::sentence_candidates;
pub use context::DocContext;
use facts::sentence_facts;
use periods::is_day;
use sentences::{
    carried_by_a_person, continues_story, introduces_parts, is_title, links_elsewhere, lists_drugs,
    may_hold_quantity, opens_another_incident, push_one_drug_names, recalls_an_earlier_story,
    restates_the_day, starts_parts, tells_when_it_was_said, verbs, what_the_sentence_before_did,
};
use totals::{apply_article_rules, link_parts_to_earlier_totals};

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
    /// The sentence opens with the parts of a total given before it ("Of these, ...", or an
    /// item of a list after "из них:").
    opens_parts: bool,
    /// The sentence opens another incident ("In a separate operation, ...", "Earlier, ..."):
    /// its figures restate none told before it.
    another_incident: bool,
    /// The sentence recalls a story told before («Напомним, ...»): its figures restate none
    /// of the lead's.
    recalled: bool,
    /// Stated as a sum: "a total of 902 kilos", "в общей сложности", "всего".
    aggregate: bool,
    /// No drug is named for it: it stands for the drugs of its context.
    unnamed: bool,
    /// Plants in a sentence that names no drug («уничтожены более 15,400 растений»): of the
    /// one drug the article names, or of none.
    story_plants: bool,
    /// Pills in a sentence that names no drug ("Police recovered 4,080,000 pills after
    /// chasing a pickup truck"): of the one drug sold as pills the article names, or of none.
    story_pills: bool,
    /// Plant matter with no drug named («2,5 килограмма растительного вещества»): of the one
    /// plant drug the article names.
    plant_matter: bool,
    /// Given as "the drug" (singular) or with no drug word: the drug of the story.
    anaphoric: bool,
    dropped: bool,
    /// Dropped as a total its items add up to: a restatement of it is dropped too.
    itemised: bool,
    /// On a title line run into its lead (no full stop between them): the lead may restate
    /// the figure precisely in the same sentence.
    on_title_line: bool,
    why: Vec<Cue>,
}

fn cue(field: &'static str, rule: &'static str, words: impl Into<String>) -> Cue {
    Cue {
        field,
        rule,
        words: words.into(),
    }
}

/// The folded words of tokens `a..b`, for a cue.
fn words(toks: &Tokens, a: usize, b: usize) -> String {
    (a..b.min(toks.len()))
        .map(|k| toks.text(k))
        .collect::<Vec<_>>()
        .join(" ")
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
    let mut last_list_item: Option<usize> = None;
    // The verb of the last lead-in ("the Interior Ministry has seized:"), for its list.
    let mut lead_in: Option<Kind> = None;
    for (si, s) in sentences.iter().enumerate() {
        if text[s.start..s.end].trim_end().ends_with(':') {
            toks.read(text, s.start, s.end);
            lead_in = verbs(toks).first().map(|v| v.1);
        }
        if !may_hold_quantity(&text[s.start..s.end]) || links_elsewhere(&text[s.start..s.end]) {
            continue;
        }
        toks.read(text, s.start, s.end);
        let mut quantities = find_quantities(toks, doc.comma_is_decimal);
        // A text that writes "21,583.81kg" has told how it separates: "417.207kg" is 417 kg.
        if doc.separators_settled {
            for q in &mut quantities {
                q.alt_amount = None;
            }
        } else if doc.decimal_point_shown {
            // "2300.1 Kg Opium ... 2.500 Kg Hashish": the point is a decimal point throughout.
            for q in quantities.iter_mut().filter(|q| {
                let t = toks.text(q.num_start);
                t.contains('.') && !t.contains(',')
            }) {
                q.alt_amount = None;
            }
        }
        if !quantities.is_empty() {
            let verbs = verbs(toks);
            // A sentence right after one with events may go on with the same story.
            // An item of a list ("- гашиша — 312,45 кг;") after "из них:" or another item.
            let after_colon = si > 0
                && text[sentences[si - 1].start..sentences[si - 1].end]
                    .trim_end()
                    .ends_with(':');
            // A line that is only a figure ("25 kg Heroin.", "1.5 kg Cocaine.", "more than 1
            // kg of cocaine;") in a list after a lead-in or another such line.
            let figure_line = (toks.is_num(0) || quantities.first().is_some_and(|q| q.start == 0))
                && toks.len() <= 10
                && verbs.is_empty();
            // "... the SBU found:\n\nalmost 200 kg of narcotic substances, namely α-PVP, ...;": an
            // item that opens with its figure after a lead-in, however long.
            let figure_item =
                after_colon && verbs.is_empty() && quantities.first().is_some_and(|q| q.start == 0);
            let list_item = si > 0
                && ((toks.is(0, &["-", "•", "–", "—", "*"])
                    && (after_colon
                        || text[sentences[si - 1].start..].starts_with(crate::fold::is_bullet)))
                    || (figure_line && (after_colon || last_list_item == Some(si - 1)))
                    || figure_item);
            if list_item {
                last_list_item = Some(si);
            }
            let lists_drugs = lists_drugs(toks, &quantities);
            // "The SBU found over 250 kilogrammes ... «A rapid analysis identified the powder as
            // cocaine.» «The total weight of the drug is 257 kilogrammes»": the weight of the
            // lot told a sentence or two before.
            let total_weight = verbs.is_empty()
                && (0..toks.len().min(4))
                    .any(|k| toks.any_phrase_at(k, crate::lexicon::WEIGHT_OF_THE_LOT));
            let continues = cands
                .last()
                .filter(|c| {
                    // "Всего уничтожено 166,7 кг. Это 130 тысяч доз. Из них 161,6 кг — ...":
                    // parts may come one sentence later.
                    // "... the drugs, consisting of 2,180.29 kilograms of heroin and 1,001.71
                    // kilograms of methamphetamine, were obtained in ...", «партия составляла
                    // 3,9 тонны морфина и 5,8 тонны опия»: the make-up of the lots told before,
                    // however far back.
                    let make_up = lists_drugs
                        && (0..toks.len()).any(|k| {
                            toks.is(
                                k,
                                &[
                                    "consisting",
                                    "comprising",
                                    "consisted",
                                    "comprised",
                                    "included",
                                    "includes",
                                    "contained",
                                ],
                            ) || toks.starts(k, &["состоящ", "состоял", "включал", "составлял"])
                                // "They broke down to 12.369 tons of meth, 3.443 tons of ...".
                                || toks.any_phrase_at(
                                    k,
                                    &["broke down", "broken down", "breaking down", "break down"],
                                )
                        });
                    // "Kusaya said the heroin weighed 12.25 kilograms and the methamphetamine
                    // weighed 76.02 kilograms": the weights of the drugs told before.
                    let weighed = (1..toks.len()).any(|k| {
                        toks.is(k, &["weighed", "весил", "весила", "весили"])
                            && crate::lexicon::drug_at(toks, k - 1).is_some()
                    });
                    (si - c.sentence <= 1
                        || list_item
                        || make_up
                        || (si - c.sentence <= 4 && weighed)
                        || (si - c.sentence <= 3 && total_weight)
                        || (si - c.sentence <= 2
                            && (0..4).any(|k| {
                                toks.any_phrase_at(
                                    k,
                                    &["из них", "of them", "of which", "of these"],
                                )
                            })))
                        && !c.headline
                        && (list_item
                            || continues_story(toks)
                            || lists_drugs
                            || total_weight
                            || weighed)
                })
                .map(|c| c.kind);
            let continues = lead_in.filter(|_| list_item).or(continues);
            // What the sentence before did, which gave no figure.
            let continues = continues.or_else(|| {
                let told_last = cands.last().is_some_and(|c| c.sentence + 1 == si);
                what_the_sentence_before_did(
                    text,
                    &sentences,
                    si,
                    toks,
                    &quantities,
                    &verbs,
                    told_last,
                    lists_drugs,
                )
            });
            // The title: the first sentence, or one after page furniture (a time stamp, a
            // "Support us!" line: short sentences) at the top.
            let after_furniture = si <= 3
                && sentences[..si].iter().all(|p| {
                    // Line by line: "SOCIETY | 09:40 / 27.06.2024" and "3 min read" may
                    // run into one sentence.
                    text[p.start..p.end]
                        .lines()
                        .all(|l| l.split_whitespace().count() <= 6)
                });
            // ("News » Society » 37 kg of Opium Found ...": a page's breadcrumb trail repeats
            // its title.)
            let breadcrumb = text[s.start..s.end].matches(" » ").count() >= 2;
            let headline = s.is_headline(text)
                || breadcrumb
                || (after_furniture && is_title(&text[s.start..s.end], sentences.len()));
            let first_new = cands.len();
            let opens_parts = starts_parts(toks) || list_item;
            let another_incident = opens_another_incident(toks);
            let recalled = recalls_an_earlier_story(toks);
            sentence_candidates(
                toks,
                headline,
                si,
                &quantities,
                &verbs,
                continues,
                &mut cands,
            );
            for c in &mut cands[first_new..] {
                c.opens_parts = opens_parts;
                c.another_incident = another_incident;
                c.recalled = recalled;
                // On the first line of a sentence that runs on to the next line: a title
                // with no full stop, run into its lead.
                let at = toks.toks.get(c.quantity.start).map_or(s.start, |t| t.start);
                c.on_title_line =
                    si <= 3 && !text[s.start..at].contains('\n') && text[at..s.end].contains('\n');
            }
        }
    }
    if cands.is_empty() {
        return;
    }
    link_parts_to_earlier_totals(&mut cands);
    // Pass 2, only for articles with candidates: what every sentence says about time and place.
    let mut facts = Vec::with_capacity(sentences.len());
    let mut article_countries: Vec<&'static str> = Vec::new();
    let mut article_drugs: Vec<&'static str> = Vec::new();
    let mut destroyed_over: Vec<bool> = Vec::with_capacity(sentences.len());
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
    let mut day_told_at: Option<usize> = None;
    const DAY_CARRIES: usize = 4;
    let mut day_so_far: Option<EventDate> = None;
    let mut scope: Vec<Option<(DateMention, String)>> = Vec::with_capacity(sentences.len());
    let mut scope_so_far: Option<(DateMention, String)> = None;
    // Whether the period in force was one a destruction verb governs.
    let mut scope_destroyed: Vec<bool> = Vec::with_capacity(sentences.len());
    let mut scope_destroyed_so_far = false;
    for (si, s) in sentences.iter().enumerate() {
        toks.read(text, s.start, s.end);
        let mut f = sentence_facts(toks, doc.reference);
        let sentence_verbs = verbs(toks);
        if si < 5 && !sentence_verbs.is_empty() {
            lead_with_verb.push(si);
        }
        // A dateline ("Dushanbe, 11 March 2025 —"), a byline or a page's stamp is when the
        // bulletin was written, not when anything happened.
        datelines::drop_page_dates(text, toks, si < 6, sentence_verbs.is_empty(), &mut f.dates);
        datelines::drop_statement_days(toks, &sentence_verbs, &mut f.dates);
        f.date_words = f
            .dates
            .iter()
            .map(|d| words(toks, d.start, d.end))
            .collect();
        // "... were destroyed from January 11 to January 26": a period a destruction verb
        // governs (not "burnt drugs seized during operations in 2014-15").
        // («с 12 по 17 августа 2019 года ... проведено мероприятие по уничтожению»: with no verb
        // before the period, the first after it.)
        destroyed_over.push(f.dates.iter().any(|d| {
            d.period
                && sentence_verbs
                    .iter()
                    .filter(|v| v.0 < d.start)
                    .max_by_key(|v| v.0)
                    .or_else(|| sentence_verbs.iter().find(|v| v.0 >= d.end))
                    .is_some_and(|v| v.1 == Kind::Destruction)
        }));
        // The reporting period in force: stated in a title, a lead or an earlier paragraph, it
        // governs the figures after it until an incident (a day, a person, a vehicle) resets it.
        scope.push(scope_so_far.clone());
        scope_destroyed.push(scope_destroyed_so_far);
        in_operation.push(operation_so_far);
        if si < 5 && f.named_operation {
            operation_so_far = true;
        }
        operation_year = operation_year.or(f.operation_year);
        // An incident anchor (a person, a vehicle, a day) ends both.
        let anchored = f.incident
            || f.dates
                .iter()
                .any(|d| d.date.is_some_and(|d| d.precision == Precision::Day));
        if anchored {
            operation_so_far = false;
            scope_so_far = None;
            scope_destroyed_so_far = false;
        } else if let Some((p, w)) = f
            .dates
            .iter()
            .zip(&f.date_words)
            .rev()
            .find(|d| d.0.period && f.compares_from.is_none_or(|k| d.0.start < k))
        {
            scope_so_far = Some((*p, w.clone()));
            scope_destroyed_so_far = destroyed_over[si];
        }
        if opens_another_incident(toks) {
            day_so_far = None;
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
        let said = tells_when_it_was_said(toks);
        if let Some(d) = f
            .dates
            .iter()
            .rev()
            .find_map(|d| d.date.filter(|d| d.precision == Precision::Day))
            .filter(|_| !said)
        {
            day_so_far = Some(d);
            day_told_at = Some(si);
        }
        // The named drugs of the article, for figures given only as "the drug".
        if article_drugs.len() < 2 {
            push_one_drug_names(toks, &mut article_drugs);
        }
        for c in &f.locations {
            if !article_countries.contains(c) {
                article_countries.push(c);
            }
        }
        if si < 5 {
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
    // The year in an operation's name dates what the article reports of it when nothing else
    // does. (A period said of operations dates no destruction: "burnt ... drugs seized during
    // different operations in 2014-15" were seized then, burnt later.)
    let operation_name_year = operation_year.map(|year| EventDate {
        year,
        month: 0,
        day: 0,
        precision: Precision::Year,
    });
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
            .map(|d| (si, d.date))
    });
    let article_period = article_period_told
        .and_then(|(_, d)| d)
        .or(operation_year.map(|year| EventDate {
            year,
            month: 0,
            day: 0,
            precision: Precision::Year,
        }));
    // The year the title or lead states for the article's reporting period («Мак-2007»,
    // "January–April 2022"): what "this year" in its figures means (rule 8).
    let stated_year = operation_year.or_else(|| {
        // Only a sentence with figures or a verb of its own: not a calendar widget's "Март
        // 2026".
        facts
            .iter()
            .take(5)
            .enumerate()
            .filter(|(si, _)| {
                lead_with_verb.contains(si) || cands.iter().any(|c| c.sentence == *si)
            })
            .flat_map(|(_, f)| &f.dates)
            .find(|d| d.period && !d.relative)
            .and_then(|d| d.date)
            .map(|d| d.year)
    });
    let years_written = periods::years_written(&facts);
    destroyed::mark_destroyed_lots(&mut cands, &sentences, text, toks);
    // Sentences that give another period's figures in brackets ("heroin – 106.5 kg. (121.6
    // kg.)"): their own figures are of the period after the brackets'.
    let bracketed: Vec<usize> = cands
        .iter()
        .filter(|c| c.quantity.other_period)
        .map(|c| c.sentence)
        .collect();
    // "The FSB carried out two operations in March and April, seizing 1,100 kg and 725 kg of
    // cocaine, respectively": each figure is of its own month, one operation's find, not a
    // month's total.
    let respective = periods::respective_dates(&cands, &facts);
    // Kind, date and country need the neighbouring sentences.
    for ci in 0..cands.len() {
        // A part given in its own sentence is of its total's kind and period.
        let inherited = cands[ci]
            .parent
            .filter(|&p| cands[p].sentence != cands[ci].sentence)
            .map(|p| (cands[p].kind, cands[p].date));
        let c = &mut cands[ci];
        if let Some((kind, _)) = inherited {
            c.kind = kind;
            c.why.push(cue("kind", "a part takes its total's kind", ""));
        }
        let f = &facts[c.sentence];
        let prev = (c.sentence > 0
            && sentences[c.sentence - 1].paragraph == sentences[c.sentence].paragraph)
            .then(|| &facts[c.sentence - 1]);
        // "On March 4, the committee reported that over the past three years it seized ...":
        // the day is when it was said; the period is what the figure covers.
        let statement_day = f.speech && f.dates.iter().any(|d| d.period && !is_day(d));
        let own_date = respective[ci]
            .or_else(|| periods::own_date(f, (c.quantity.start, c.quantity.end), statement_day));
        // A day, even one whose year is unknown ("изъято у молодого человека 11 декабря").
        let own_day = respective[ci].is_some()
            || (!statement_day
                && f.dates
                    .iter()
                    .any(|d| is_day(d) || (!d.period && !d.relative)));
        // A person, a vehicle or premises in this sentence or the one before: one incident.
        // (A region alone is not one: results articles give regional totals too. Nor is the
        // sentence before's incident when this one states its own period: "Officers raided two
        // sites in an operation ... The minister said police had seized 81 tons of drugs in the
        // first 10 months of this year.")
        let own_period_stated = f.dates.iter().any(|d| d.period);
        let incident = f.incident || (prev.is_some_and(|p| p.incident) && !own_period_stated);
        let prev_period = if f.dates.is_empty() {
            prev.and_then(periods::period_of)
        } else {
            None
        };
        let own = periods::own_period(f, (c.quantity.start, c.quantity.end))
            .filter(|_| respective[ci].is_none());
        let own_period = own.is_some();
        let (period, period_rule) = match (own, &prev_period, &scope[c.sentence]) {
            (Some(p), _, _) => (Some(p), "reporting period in the sentence"),
            (None, Some(p), _) => (Some(p.clone()), "reporting period in the sentence before"),
            (None, None, Some(p)) => (Some(p.clone()), "reporting period in force since earlier"),
            _ => (None, ""),
        };
        let prev_period = prev_period.map(|p| p.0);
        let period_words = period.as_ref().map(|p| p.1.clone()).unwrap_or_default();
        let period = period.map(|p| p.0);
        // A year, a month, several months, or "since the beginning of the year" is a reporting
        // period (a single seizure states its day).
        // ("за январь-июнь" is one even when no year can be worked out.)
        let reporting_period = period
            .is_some_and(|p| p.relative || p.date.is_none_or(|d| d.precision != Precision::Day));
        // A destruction stays one even when it sums a period (rule 10).
        if c.kind == Kind::Seizure && !own_day && !incident {
            let statistics = f.statistics || prev.is_some_and(|p| p.statistics);
            let seizure_total = f.named_operation
                || (named_operation && (f.during_operation || c.sentence < 5))
                || in_operation[c.sentence]
                || ((period.is_some() || operation_spans_a_period) && statistics)
                || (statistics && (named_operation || operation_year.is_some()));
            // "some 16.739 tons of illicit drugs ... have been busted by police forces. The
            // figure indicates a 64 percent increase compared to the corresponding period last
            // year": a figure compared with the same period is a period's total.
            // ("... a 98% increase in comparison with last year's similar period, when the
            // police confiscated some 10,620 kilograms": so is the figure compared with.)
            let compared_with_a_period = (f.same_period && f.compares_from.is_some())
                || facts.get(c.sentence + 1).is_some_and(|n| {
                    n.same_period && n.dates.iter().all(|d| d.relative || !d.period)
                });
            if totals_article || reporting_period || seizure_total || compared_with_a_period {
                c.kind = Kind::PeriodTotal;
                c.why.push(
                    if compared_with_a_period && !reporting_period && !totals_article {
                        cue("kind", "compared with the same period", "")
                    } else if reporting_period {
                        cue("kind", period_rule, period_words.clone())
                    } else if totals_article {
                        cue("kind", "results article (title or lead)", "")
                    } else if seizure_total {
                        cue(
                            "kind",
                            "operation or statistics with a period",
                            period_words.clone(),
                        )
                    } else {
                        cue("kind", "results article", "")
                    },
                );
            }
        }
        // Whether the period in force is one the drugs were destroyed over (rule 10).
        let period_is_destructions = match (own_period, prev_period.is_some()) {
            (true, _) => destroyed_over[c.sentence],
            (false, true) => destroyed_over[c.sentence - 1],
            (false, false) => scope_destroyed[c.sentence],
        };
        let (date, date_rule) = match own_date {
            Some(d) => (d.date, "stated in the sentence"),
            None if inherited.is_some() => (inherited.and_then(|(_, d)| d), "its total's date"),
            None if c.kind == Kind::PeriodTotal => match period {
                Some(p) if p.anaphoric && p.date.is_none() => {
                    (article_period, "the article's reporting period")
                }
                // "в этом году" in an article about «Мак-2007» or "January–April 2022".
                // "During 2019 ... during the past year": the year stated, where the bulletin's
                // own date does not say otherwise.
                Some(p)
                    if p.whole_year
                        && stated_year.is_some()
                        && p.resolved.is_none_or(|r| Some(r.year) == stated_year) =>
                {
                    (
                        stated_year.map(EventDate::year),
                        "the year the title or lead states for this year",
                    )
                }
                // "С начала 2023 года было выявлено ..." and, a paragraph on, «с начала года ...
                // изъято 14,3 тонны»: the year a sentence just before states for its period,
                // where the bulletin's own date agrees.
                Some(p)
                    if p.whole_year
                        && p.resolved.is_some_and(|r| {
                            periods::year_stated_before(&facts, c.sentence) == Some(r.year)
                                || years_written.contains(&r.year)
                        }) =>
                {
                    (
                        p.resolved.map(|r| EventDate::year(r.year)),
                        "the year a sentence just before states for this year",
                    )
                }
                // «С начала года ... Изъято 1,6 тонны», and two sentences on «В 2016 году
                // ликвидирована деятельность 4 групп»: with no bulletin date, the one year the
                // text writes for its periods.
                Some(p)
                    if p.current_year
                        && p.resolved.is_none()
                        && years_written
                            .first()
                            .is_some_and(|y| years_written.iter().all(|z| z == y)) =>
                {
                    (
                        years_written.first().map(|y| EventDate::year(*y)),
                        "the one year the text writes for its periods",
                    )
                }
                // "In February, cannabis topped the list ... with 20,538.79kg" in a text about
                // "the first quarter of 2022": that year's February.
                Some(p) if p.date.is_none() && p.month_without_year.is_some() => (
                    p.month_without_year
                        .zip(stated_year.or(article_period.map(|d| d.year)))
                        .map(|(m, y)| EventDate::month(y, m)),
                    "the month, of the year the text states",
                ),
                // ("during the joint Border 2019 exercise during May and June": months with no
                // year of their own, of the year the operation's name gives.)
                Some(p) if p.date.is_none() && !p.relative && operation_year.is_some() => (
                    operation_year.map(EventDate::year),
                    "the year in the operation's name",
                ),
                Some(p) => (p.date, "the total's reporting period"),
                // (Not one told only well after the figure, of another time: "in 2018 alone,
                // Iranian forces ... seized approximately 807 tons" closing a report of this
                // year's figures.)
                None if article_period_told.is_some_and(|(si, _)| si > c.sentence + 2)
                    && operation_year.is_none() =>
                {
                    (None, "no period told before the figure")
                }
                None => (article_period, "the article's reporting period"),
            },
            // "... were destroyed from January 11 to January 26. ... 7,844 kg of ganja, ...": a
            // destruction over a stated period takes it (rule 10).
            None if c.kind == Kind::Destruction
                && period.is_some_and(|p| p.date.is_some() && !p.relative)
                && period_is_destructions =>
            {
                (period.and_then(|p| p.date), period_rule)
            }
            // "destroyed ... under «Khash-Khash 2021» in April-October of this year": the year
            // the title or lead states, as for a period total.
            None if c.kind == Kind::Destruction
                && stated_year.is_some()
                && period.is_some_and(|p| {
                    p.whole_year && p.resolved.is_none_or(|r| Some(r.year) == stated_year)
                })
                && period_is_destructions =>
            {
                (
                    stated_year.map(EventDate::year),
                    "the year the title or lead states for this year",
                )
            }
            None if f.dates.iter().any(|d| d.relative) => (None, "relative words: no label"),
            // The incident's date stated earlier in the article, else the operation's period.
            None => {
                // (A single find takes an operation's period only from a named operation: not
                // "In one operation the Coast Guards recovered 2192 kilograms" in a page that
                // tells of operations in July 2018.)
                let operation = if c.kind == Kind::Destruction
                    || (c.kind == Kind::Seizure && !named_operation)
                {
                    operation_name_year
                } else {
                    operation_period
                };
                // ("... the largest cocaine seizure in history of Santos" in a review of 2018's
                // work: a find of the period in force.)
                let in_force = period
                    .filter(|p| c.kind == Kind::Seizure && !p.relative)
                    .and_then(|p| p.date);
                match (last_day[c.sentence], operation, in_force) {
                    (Some(d), _, _) => (Some(d), "the incident's day stated earlier"),
                    (None, Some(d), _) => (Some(d), "the operation's period"),
                    (None, None, Some(d)) => (Some(d), "the period in force"),
                    _ => (None, "no date in the text"),
                }
            }
        };
        // "heroin - 102.96 (28.3) kg": the bracketed figure is the year the text says its
        // brackets are of, else the year before the figure's own.
        let (date, date_rule) = if let Some(year) = c.quantity.labelled_year {
            // "heroin (2024: 12 kg / 2023: 7 kg)": the year its bracket gives it, a year's
            // total.
            if c.kind == Kind::Seizure {
                c.kind = Kind::PeriodTotal;
                c.why
                    .push(cue("kind", "a year's figure in brackets", year.to_string()));
            }
            (Some(EventDate::year(year)), "the year its bracket gives it")
        } else if c.quantity.other_period {
            let year = doc.bracket_year.or_else(|| {
                date.filter(|d| d.precision != Precision::Day)
                    .map(|d| d.year - 1)
            });
            (
                year.map(EventDate::year),
                "another period's figure in brackets",
            )
        } else if date.is_none()
            && c.kind == Kind::PeriodTotal
            && bracketed.contains(&c.sentence)
            && let Some(year) = doc.bracket_year
        {
            (
                Some(EventDate::year(year + 1)),
                "the year after the one its brackets give",
            )
        } else {
            (date, date_rule)
        };
        c.date = date;
        c.why.push(cue(
            "date",
            date_rule,
            date.map(|d| d.to_string()).unwrap_or_default(),
        ));
        if c.date.is_none() {
            c.date_resolved = f
                .dates
                .iter()
                .chain(prev_period.as_ref())
                .find_map(|d| d.resolved);
        }
        c.region = f.region;
        let (country, country_rule, distinct) = country::country_of(
            &facts,
            c.sentence,
            prev,
            &sentences,
            article,
            &article_countries,
            doc,
        );
        c.country = country;
        let named = if distinct.is_empty() {
            country.unwrap_or_default().to_string()
        } else {
            distinct.join(" ")
        };
        c.why.push(cue("country", country_rule, named));
    }
    story_drugs::name_drugs_from_the_story(&mut cands, &article_drugs, &sentences, text, toks);
    apply_article_rules(&mut cands);
    let mut index_of = vec![usize::MAX; cands.len()];
    for (k, c) in cands.iter_mut().enumerate() {
        if c.dropped {
            continue;
        }
        let s = &sentences[c.sentence];
        let mut amount = c.quantity.amount;
        if c.kind != Kind::PeriodTotal
            && c.quantity.unit == Unit::Kg
            && amount > 100_000.0
            // The smaller reading only: "176509.673 kg" is not 176,509 tonnes.
            && let Some(alt) = c.quantity.alt_amount.filter(|a| *a < amount)
        {
            amount = alt;
        }
        // "Bulgarian customs officers in Burgas seized 42,412 kilos of heroin": a reading past
        // the largest one seizure of the drug can be is the other one (42.4 kg).
        if c.kind == Kind::Seizure
            && c.quantity.unit == Unit::Kg
            && let Some(bound) = crate::lexicon::single_seizure_bound_kg(c.drug)
            && amount > bound
            && let Some(alt) = c.quantity.alt_amount.filter(|a| *a < bound)
        {
            amount = alt;
        }
        // "a passenger of the car ... was carrying 3,363 kg of opium": what one person carries
        // on them is kilograms, not tonnes; of a separator's two readings, the smaller.
        if c.kind == Kind::Seizure
            && c.quantity.unit == Unit::Kg
            && amount >= 1000.0
            && let Some(alt) = c.quantity.alt_amount.filter(|a| *a < 100.0)
        {
            toks.read(text, s.start, s.end);
            if carried_by_a_person(toks) {
                amount = alt;
            }
        }
        index_of[k] = out.len();
        out.push(Event {
            kind: c.kind,
            country: c.country,
            region: c.region,
            drug: c.drug.to_string(),
            amount: (amount * 1e6).round() / 1e6,
            // Doses counted as seized pieces (film, blotter) are items.
            unit: if c.quantity.unit == Unit::Dose {
                Unit::Item
            } else {
                c.quantity.unit
            },
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
            why: std::mem::take(&mut c.why),
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
