//! From sentences to events: which quantities are seizures, destructions or period totals, of
//! which drug, where and when; and the rules on totals, parts, restated lots and headlines
//! (see `shared/EXTRACTION.md`).

use crate::fold::Tokens;
use crate::model::{Article, Cue, Event, EventDate, Kind, Precision, Unit};
use crate::quantity::Quantity;
use crate::segment::split_sentences;

mod article_candidates;
mod article_scope;
mod candidates;
mod context;
mod country;
mod datelines;
mod day_after;
mod destroyed;
mod facts;
mod figure;
mod figure_drug;
mod figure_kind;
mod incident;
mod judgment;
mod no_find;
mod non_events;
mod periods;
mod potential;
mod restatements;
mod sentence_before;
mod sentence_drugs;
mod sentence_lots;
pub(crate) mod sentences;
mod story_drugs;
mod tables;
mod totals;
mod verbs;
use article_candidates::article_candidates;
use article_scope::{ArticleScope, read_article_scope};
pub use context::DocContext;
use periods::is_day;
use sentences::{carried_by_a_person, introduces_parts};
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
    /// The sentence opens by adding something besides what was told ("Besides, 6,319 liters
    /// of precursor chemicals were destroyed", «Кроме того, ...»): its figures are no lots of
    /// a total told before it.
    adds_besides: bool,
    /// Stated as a sum: "a total of 902 kilos", "в общей сложности", "всего".
    aggregate: bool,
    /// In a sentence that opens with the total ("The total amount of cocaine seized in these
    /// operations is ...", "In total, ..."): the sum of the lots told before it.
    sums_the_lots: bool,
    /// Summed over several operations or busts ("301 kg in five operations"): never one
    /// incident, whoever was arrested in them.
    over_several: bool,
    /// No drug is named for it: it stands for the drugs of its context.
    unnamed: bool,
    /// Plants in a sentence that names no drug («уничтожены более 15,400 растений»): of the
    /// one drug the article names, or of none.
    story_plants: bool,
    /// Pills in a sentence that names no drug ("Police recovered 4,080,000 pills after
    /// chasing a pickup truck"): of the one drug sold as pills the article names, or of none.
    story_pills: bool,
    /// Pills called narcotic with no drug named ("52,000 narcotic pills"): psychotropic
    /// tablets, unless the story names their drug.
    narcotic_pills: bool,
    /// Plant matter with no drug named («2,5 килограмма растительного вещества»): of the one
    /// plant drug the article names.
    plant_matter: bool,
    /// Packets of a substance with no drug named («30 свертков с веществом»): they go where
    /// their sentence or the next two tell a weight (rule 6).
    substance_packets: bool,
    /// Given as "the drug" (singular) or with no drug word: the drug of the story.
    anaphoric: bool,
    /// Given as "the same drug", "a similar substance", «аналогичного вещества»: the drug of
    /// the lot told before it.
    same_as_before: bool,
    dropped: bool,
    /// Dropped as a total its items add up to: a restatement of it is dropped too.
    itemised: bool,
    /// On a title line run into its lead (no full stop between them): the lead may restate
    /// the figure precisely in the same sentence.
    on_title_line: bool,
    why: Vec<Cue>,
}

/// An amount rounded to nine significant digits, which clears a conversion's float noise
/// ("2.5 tons" of pounds) without losing a small lot ("0.00534 grammes": 5.34e-6 kg).
fn significant(amount: f64) -> f64 {
    if amount == 0.0 || !amount.is_finite() {
        return amount;
    }
    let scale = 10f64.powi(9 - amount.abs().log10().ceil() as i32);
    (amount * scale).round() / scale
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

/// Extracts the events of one article, appending them to `out`: those its sentences tell
/// ([`extract_sentences`]), then the yearly totals of its flattened tables (`tables.rs`).
pub fn extract_article(
    text: &str,
    article: &Article,
    doc: &DocContext,
    toks: &mut Tokens,
    out: &mut Vec<Event>,
) {
    // (A table's lines are read after the sentences: a line the sentence rules read stays
    // theirs.)
    let first = out.len();
    extract_sentences(text, article, doc, toks, out);
    tables::table_events(text, article, doc, toks, first, out);
}

/// The events the sentences of one article tell: pass 1 finds the candidates, pass 2 reads
/// the article's scope, pass 3 (here) decides each candidate's kind, date and country, then the
/// article-level rules run and the events are written.
fn extract_sentences(
    text: &str,
    article: &Article,
    doc: &DocContext,
    toks: &mut Tokens,
    out: &mut Vec<Event>,
) {
    let sentences = split_sentences(text, article.span.0, article.span.1);
    let (mut cands, mut read) = article_candidates(text, &sentences, doc, toks);
    if cands.is_empty() {
        return;
    }
    link_parts_to_earlier_totals(&mut cands);
    // Pass 2, only for articles with candidates: what every sentence says about time and place.
    let ArticleScope {
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
    } = read_article_scope(text, &sentences, doc, toks, &mut read, &cands);
    // ("Общий вес изъятой икры составил около полутонны" in a story of caviar in a hearse:
    // an article that names no drug at all, by name, by a word for drugs, by pills or by a
    // word for a substance, tells no drug's lot.)
    if !names_a_drug {
        return;
    }
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
    // The figures of each sentence, where they stand (for a figure's own place).
    let mut figures_of: Vec<Vec<(usize, usize)>> = vec![Vec::new(); sentences.len()];
    for c in cands.iter().filter(|c| !c.dropped) {
        figures_of[c.sentence].push((c.quantity.start, c.quantity.end));
    }
    for ci in 0..cands.len() {
        // A part given in its own sentence is of its total's kind and period.
        // ("... since January 2019 the Bureau has seized in total 2.36 kg ... This included
        // 1.94 kg from a Brazilian national, 252.4 grammes from a Kenyan woman": the parts of
        // a period's total taken from people are single seizures, of the period's year.)
        let inherited = cands[ci]
            .parent
            .filter(|&p| cands[p].sentence != cands[ci].sentence)
            .map(|p| {
                let (kind, date) = (cands[p].kind, cands[p].date);
                if kind == Kind::PeriodTotal && facts[cands[ci].sentence].incident {
                    let year = date.map(|d| EventDate::year(d.year));
                    (
                        Kind::Seizure,
                        year,
                        "a part of a period's total taken from someone",
                    )
                } else {
                    (kind, date, "a part takes its total's kind")
                }
            });
        let c = &mut cands[ci];
        if let Some((kind, _, rule)) = inherited {
            c.kind = kind;
            c.why.push(cue("kind", rule, ""));
        }
        let inherited = inherited.map(|(kind, date, _)| (kind, date));
        // "Its total weight was over 7.2 tons. All the cannabis was burned.": of a find and
        // its destruction, destruction wins, as in one sentence.
        // (Plants found are destroyed where they stand: a sentence a little further on that
        // says so, with no other figure between, tells of them too: "... found 22,000 plants
        // ... and 2 kilograms of dried marijuana. No one was arrested. They were destroyed.")
        let later = |k: usize| {
            destroys_the_find.get(c.sentence + k) == Some(&true)
                && figures_of[c.sentence + 1..c.sentence + k]
                    .iter()
                    .all(Vec::is_empty)
        };
        // ("... found at the Gaettroy Village with 5,000 plants ... The police noted that the
        // plants and camps were photographed and destroyed by fire": a sentence of the same
        // story, however far on, that says the plants were destroyed.)
        let plants_destroyed_later = || {
            (c.sentence + 1..facts.len())
                .take_while(|&k| !facts[k].another_story)
                .any(|k| destroys_the_plants[k])
        };
        let destroyed_later = c.quantity.unit == Unit::Plant && (later(2) || later(3));
        if c.kind == Kind::Seizure
            && (destroys_the_find.get(c.sentence + 1) == Some(&true) || destroyed_later)
        {
            c.kind = Kind::Destruction;
            c.why
                .push(cue("kind", "the next sentence says it was destroyed", ""));
        } else if c.kind == Kind::Seizure
            && c.quantity.unit == Unit::Plant
            && plants_destroyed_later()
        {
            c.kind = Kind::Destruction;
            c.why.push(cue(
                "kind",
                "a later sentence of its story says the plants were destroyed",
                "",
            ));
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
        // («4,630 кг марихуаны ... изъяты в ходе операции «Мак». О месте хранения наркотиков
        // сообщили жители ... на заброшенной остановке находится тайник»: a find during an
        // operation whose find-spot the next sentence of the paragraph tells.)
        let next_tells_the_find = f.during_operation
            && facts.get(c.sentence + 1).is_some_and(|n| n.incident)
            && sentences
                .get(c.sentence + 1)
                .is_some_and(|n| n.paragraph == sentences[c.sentence].paragraph || c.sentence < 3);
        // («подвели итоги операции «Мак-2022» ... У подозреваемых изъяли более 10 кг»: people
        // in the plural whom nobody counts tell no incident inside a period or operation's
        // results.)
        let plurals_in_results = f.only_uncounted_plurals
            && (scope[c.sentence].is_some()
                || in_operation[c.sentence]
                || totals_article
                || named_operation);
        let incident = ((f.incident && !plurals_in_results)
            || (prev.is_some_and(|p| p.incident) && !own_period_stated)
            || (next_tells_the_find && !own_period_stated))
            && !c.over_several;
        // (A judgment's years are its laws' and cases'; a month it tells the facts in,
        // "In March 2025, police received information ...", is the offence's.)
        let prev_period = if f.dates.is_empty() {
            prev.and_then(periods::period_of).filter(|(d, _)| {
                !judgment || d.date.is_some_and(|d| d.precision == Precision::Month)
            })
        } else {
            None
        };
        let own = periods::own_period(f, (c.quantity.start, c.quantity.end))
            .filter(|_| respective[ci].is_none());
        let own_period = own.is_some();
        // «Более 700 килограммов наркотиков изъяли ... Это результаты только за январь-февраль
        // 2021 года»: the period the next sentence says the figures are of.
        let next_period = facts
            .get(c.sentence + 1)
            .filter(|n| n.sums_up_before && f.dates.is_empty() && !judgment)
            .and_then(periods::period_of);
        let (period, period_rule) = match (own, &prev_period, &next_period, &scope[c.sentence]) {
            (Some(p), _, _, _) => (Some(p), "reporting period in the sentence"),
            (None, Some(p), _, _) => (Some(p.clone()), "reporting period in the sentence before"),
            (None, None, Some(p), _) => (
                Some(p.clone()),
                "the period the next sentence says it is of",
            ),
            (None, None, None, Some(p)) => {
                (Some(p.clone()), "reporting period in force since earlier")
            }
            _ => (None, ""),
        };
        let prev_period = prev_period.map(|p| p.0);
        let period_words = period.as_ref().map(|p| p.1.clone()).unwrap_or_default();
        let period = period.map(|p| p.0);
        // "In March, Istanbul police seized 320,000 Captagon pills bound for Saudi Arabia",
        // "LSO intercepted 30 lbs of methamphetamine in April pursuant to a traffic stop on
        // I-80": one month named in an English figure's own sentence, the only period there,
        // with a place and no word of statistics, sum or operation, tells when one find was
        // made, not a month's total. Not "Since the start of the Iranian year in March", two
        // periods, nor "in April 2021 in a continuing operation", an operation's stretch.
        // Russian reports keep a month's word for its total: «В марте 2015 года полицейские
        // Тюмени изъяли 31 кг марихуаны». (An agency's monthly figure told the same way, "In
        // May 2022, the State Border Service seized 316 kg", now reads as one find too: over
        // the whole corpus 41 events were put right and 10 made wrong, mostly such figures.)
        let one_month_find = own_period
            && period_words.is_ascii()
            && !f.statistics
            && !f.operation_words
            && !c.aggregate
            && !f.locations.is_empty()
            && f.dates.iter().filter(|d| d.period).count() == 1
            && period.is_some_and(|p| {
                !p.relative
                    && (p.date.is_some_and(|d| d.precision == Precision::Month)
                        || (p.date.is_none() && p.month_without_year.is_some()))
                    && p.end - p.start <= 2
            });
        // A year, a month, several months, or "since the beginning of the year" is a reporting
        // period (a single seizure states its day).
        // ("за январь-июнь" is one even when no year can be worked out.)
        let reporting_period = f.day_summed
            || (!one_month_find
                && period.is_some_and(|p| {
                    p.relative || p.date.is_none_or(|d| d.precision != Precision::Day)
                }));
        // A destruction stays one even when it sums a period (rule 10).
        if c.kind == Kind::Seizure && !own_day && !incident && !judgment {
            let statistics = f.statistics || prev.is_some_and(|p| p.statistics);
            let seizure_total = f.named_operation
                // ("During the operation, 241 drug crimes were uncovered ... More than 187
                // kilograms of narcotic drugs were found and seized": the sentence before.)
                || (named_operation
                    && (f.during_operation
                        || prev.is_some_and(|p| p.during_operation)
                        || c.sentence < 5))
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
            // ("On 22 February 2016, another cargo ... was inspected ... Approximately 90 kg
            // of cocaine were seized" in a review of two months' work: a paragraph that opens
            // on a day tells one find, however the article sums up.)
            let opening = (0..c.sentence)
                .rev()
                .take_while(|&k| sentences[k].paragraph == sentences[c.sentence].paragraph)
                .last();
            let day_of_the_paragraph = !own_period_stated
                && opening.is_some_and(|k| {
                    facts[k]
                        .dates
                        .iter()
                        .any(|d| is_day(d) && !d.period && !d.relative)
                });
            let totals_article = totals_article && !day_of_the_paragraph;
            if totals_article || reporting_period || seizure_total || compared_with_a_period {
                c.kind = Kind::PeriodTotal;
                c.why.push(
                    if compared_with_a_period && !reporting_period && !totals_article {
                        cue("kind", "compared with the same period", "")
                    } else if f.day_summed {
                        cue("kind", "a day's figures summed up", "")
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
        // The day a sentence right after the figure's says it happened: a find's, or a
        // destruction's when the sentence says it took place ("... were burnt in a ceremony.
        // The ceremony took place on the morning of July 10, 2020.").
        let told_after = |kind: Kind, si: usize| {
            day_after::day_told_after(text, &sentences, &facts, &figures_of, si, kind)
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
                // (Not a year the text sets against this one: "In 2020 700 kilos of cocaine
                // was seized at the airport, but that had risen to 1,800 kilos this year".)
                Some(p)
                    if p.current_year
                        && p.resolved.is_none()
                        && years_written
                            .first()
                            .is_some_and(|y| years_written.iter().all(|z| z == y))
                        && !facts.iter().any(periods::sets_a_year_against_this_one) =>
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
                // (And a span counted back from the report, «За несколько дней изъято» in a
                // report of «Канал-2009»: not "last year", which names a year of its own.)
                Some(p)
                    if p.date.is_none()
                        && (!p.relative || !p.whole_year)
                        && operation_year.is_some() =>
                {
                    (
                        operation_year.map(EventDate::year),
                        "the year in the operation's name",
                    )
                }
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
            // "During the reporting period, 2,864,953 wild narcotic plants were identified and
            // destroyed" in a report of January–November 2024: the article's period.
            None if c.kind == Kind::Destruction
                && period.is_some_and(|p| p.anaphoric && p.date.is_none())
                && period_is_destructions
                && article_period.is_some() =>
            {
                (article_period, "the article's reporting period")
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
            // ("Police yesterday confiscated 125 kilograms ... The drugs were confiscated after
            // police were tipped off ... on Wednesday 16 November 2022": the day a later
            // sentence states for the find.)
            None if f.dates.iter().any(|d| d.relative) => match told_after(c.kind, c.sentence) {
                Some(d) => (Some(d), "the day the next sentence says it happened"),
                None => (None, "relative words: no label"),
            },
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
                    // (Not a single find's: the year in «Мак-2018» is the campaign's, and a
                    // find in it is labelled by its own date, or none.)
                    (None, Some(d), _)
                        if !(c.kind == Kind::Seizure && d.precision == Precision::Year) =>
                    {
                        (Some(d), "the operation's period")
                    }
                    (None, None, Some(d)) => (Some(d), "the period in force"),
                    _ if c.kind == Kind::Destruction && destruction_day[c.sentence].is_some() => (
                        destruction_day[c.sentence],
                        "the day of the destruction told before",
                    ),
                    _ => match told_after(c.kind, c.sentence) {
                        Some(d) => (Some(d), "the day the next sentence says it happened"),
                        // (A find told after the month of its incident: "In April 2025, authorities ...
                        // intercepted a shipment ... approximately 2,000 pills".)
                        None if c.kind == Kind::Seizure && last_month[c.sentence].is_some() => (
                            last_month[c.sentence],
                            "the incident's month stated earlier",
                        ),
                        None => (None, "no date in the text"),
                    },
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
            ((c.quantity.start, c.quantity.end), &figures_of[c.sentence]),
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
    for c in cands.iter_mut() {
        if c.narcotic_pills && c.drug == "narcotic_drugs" {
            c.drug = "psychotropic_tablets";
            c.why
                .push(cue("drug", "narcotic pills that name no drug", c.drug));
        }
        // "kush" is West Africa's synthetic mix (Sierra Leone, Liberia, Guinea, The Gambia)
        // there; elsewhere, "dried marijuana or 'kush'" in Manila or Colombo, it is cannabis.
        if c.drug == "other:kush"
            && c.country.is_some_and(|k| {
                !matches!(
                    k,
                    "SL" | "LR" | "GN" | "GM" | "GW" | "CI" | "GH" | "NG" | "SN"
                )
            })
        {
            c.drug = "cannabis";
            c.why.push(cue("drug", "kush outside West Africa", c.drug));
        }
    }
    let mut index_of = vec![usize::MAX; cands.len()];
    for (k, c) in cands.iter_mut().enumerate() {
        if c.dropped {
            continue;
        }
        let s = &sentences[c.sentence];
        let mut amount = c.quantity.amount;
        // (A seizure only: destructions burn years of stock, "a total of 128,776kg of drugs"
        // destroyed since 1978, and period totals add many seizures.)
        if c.kind == Kind::Seizure
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
            amount: significant(amount),
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
