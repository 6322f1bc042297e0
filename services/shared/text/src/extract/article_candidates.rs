//! Pass 1 of an article: every sentence's figures become candidates, read with what the
//! sentences around them say (a list and its lead-in, a title line, a story that goes on).
//! Most sentences hold no figure, and a cheap look at their bytes says so.

use super::Candidate;
use super::candidates::sentence_candidates;
use super::context::DocContext;
use super::sentence_before::what_the_sentence_before_did;
use super::sentences::{
    adds_besides, continues_story, is_title, links_elsewhere, lists_drugs, may_hold_quantity,
    named_again, only_lots, opens_another_incident, pieces_at, recalls_an_earlier_story,
    starts_parts, weight_of_the_lot, weight_word_before, year_label_at,
};
use super::verbs::verbs;
use crate::fold::Tokens;
use crate::model::{Kind, Unit};
use crate::quantity::find_quantities;
use crate::segment::Sentence;

/// A sentence pass 1 tokenized, with its verbs where it asked for them: pass 2 reads every
/// sentence, and takes these instead of reading them again.
pub(super) struct ReadSentence {
    pub toks: Tokens,
    pub verbs: Option<Vec<(usize, Kind)>>,
}

/// The candidates of an article's sentences, in the order of the text, and the sentences read
/// for them (by sentence index).
pub(super) fn article_candidates(
    text: &str,
    sentences: &[Sentence],
    doc: &DocContext,
    toks: &mut Tokens,
) -> (Vec<Candidate>, Vec<Option<ReadSentence>>) {
    let mut cands: Vec<Candidate> = Vec::new();
    let mut read: Vec<Option<ReadSentence>> = Vec::new();
    let mut keep = |si: usize, toks: &Tokens, verbs: Option<Vec<(usize, Kind)>>| {
        if read.len() <= si {
            read.resize_with(si + 1, || None);
        }
        read[si] = Some(ReadSentence {
            toks: toks.clone(),
            verbs,
        });
    };
    let mut last_list_item: Option<usize> = None;
    // The verb of the last lead-in ("the Interior Ministry has seized:"), for its list.
    let mut lead_in: Option<Kind> = None;
    // What the title and the lead did, read once when a sentence first asks.
    let mut lead_did: Option<Option<Kind>> = None;
    for (si, s) in sentences.iter().enumerate() {
        if under_a_links_heading(text, s) {
            continue;
        }
        let lead_in_line = leads_in(&text[s.start..s.end]);
        let holds = may_hold_quantity(&text[s.start..s.end])
            && (!links_elsewhere(&text[s.start..s.end])
                || marker_then_sentence(&text[s.start..s.end]));
        if !(lead_in_line || holds) {
            continue;
        }
        toks.read(text, s.start, s.end);
        let mut lead_in_verbs = None;
        if lead_in_line {
            let v = verbs(toks);
            lead_in = v.first().map(|v| v.1);
            lead_in_verbs = Some(v);
        }
        if !holds {
            keep(si, toks, lead_in_verbs);
            continue;
        }
        let mut quantities = find_quantities(toks, doc.comma_is_decimal);
        super::non_events::weigh_counted_pieces(toks, &mut quantities);
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
        if quantities.is_empty() {
            keep(si, toks, lead_in_verbs);
        } else {
            let verbs = lead_in_verbs.unwrap_or_else(|| verbs(toks));
            keep(si, toks, Some(verbs.clone()));
            // A sentence right after one with events may go on with the same story.
            // An item of a list ("- гашиша — 312,45 кг;") after "из них:" or another item.
            let after_colon =
                si > 0 && leads_in(&text[sentences[si - 1].start..sentences[si - 1].end]);
            // A line that is only a figure ("25 kg Heroin.", "1.5 kg Cocaine.", "more than 1
            // kg of cocaine;") in a list after a lead-in or another such line.
            let figure_line = (toks.is_num(0) || quantities.first().is_some_and(|q| q.start == 0))
                && toks.len() <= 10
                && verbs.is_empty();
            // "... the SBU found:\n\nalmost 200 kg of narcotic substances, namely α-PVP, ...;": an
            // item that opens with its figure after a lead-in, however long.
            let figure_item =
                after_colon && verbs.is_empty() && quantities.first().is_some_and(|q| q.start == 0);
            // "Plantation Number 2: 10,000 fully-grown marijuana plants on ...": an item whose
            // figure comes after a short label and its colon.
            let label_item = verbs.is_empty()
                && quantities
                    .first()
                    .is_some_and(|q| (2..=6).contains(&q.start) && toks.is(q.start - 1, &[":"]));
            // "Marijuana – 1,535 pounds worth $3.8 million", «Героин – 12 кг»: a line that
            // names a drug, then a dash and its figure.
            let drug_line = verbs.is_empty()
                && toks.len() <= 14
                && crate::lexicon::drug_at(toks, 0).is_some_and(|d| {
                    toks.is(d.end, &["–", "—", "-", ":"])
                        && quantities.first().is_some_and(|q| q.start == d.end + 1)
                });
            // "• 2016: 413kg of meth", "2015 – 283 kg": a year's figure on a line of its own,
            // in a run of such lines.
            let year_line =
                verbs.is_empty() && toks.len() <= 12 && year_label_at(toks, &quantities);
            let next_year_line = sentences
                .get(si + 1)
                .is_some_and(|n| opens_with_a_year_label(&text[n.start..n.end]));
            let list_item = si > 0
                && ((toks.is(0, &["-", "•", "–", "—", "*"])
                    && (after_colon
                        || text[sentences[si - 1].start..].starts_with(crate::fold::is_bullet)))
                    || ((figure_line || label_item || drug_line)
                        && (after_colon || last_list_item == Some(si - 1)))
                    || figure_item
                    || (year_line
                        && (after_colon || last_list_item == Some(si - 1) || next_year_line)));
            if list_item {
                last_list_item = Some(si);
            }
            let lists_drugs = lists_drugs(toks, &quantities);
            // "The SBU found over 250 kilogrammes ... «A rapid analysis identified the powder as
            // cocaine.» «The total weight of the drug is 257 kilogrammes»": the weight of the
            // lot told a sentence or two before.
            // (Or just before the figure: "..., а его вес составил 120 килограммов".)
            let total_weight = verbs.is_empty()
                && (weight_of_the_lot(toks)
                    || quantities.first().is_some_and(|q| {
                        (q.start.saturating_sub(4)..q.start)
                            .any(|k| toks.any_phrase_at(k, crate::lexicon::WEIGHT_OF_THE_LOT))
                    }));
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
                    // ("The plants occupied an acre ... with an estimated weight of approximately
                    // 300kg": the weight of the plants just counted.)
                    // ("He added the seven bags were estimated to weigh 120kg": the pieces
                    // told again with "the", however far back.)
                    let pieces_weighed = |far: bool| {
                        (0..6).any(|k| {
                            pieces_at(toks, k, c.quantity.unit) && (!far || named_again(toks, k))
                        }) && quantities
                            .iter()
                            .any(|q| weight_word_before(toks, q).is_some())
                    };
                    let pieces_far = si - c.sentence <= 8 && pieces_weighed(true);
                    let weighed = weighed || pieces_weighed(false) || pieces_far;
                    (si - c.sentence <= 1
                        || list_item
                        || make_up
                        || (si - c.sentence <= 4 && weighed)
                        || pieces_far
                        || (si - c.sentence <= 3 && total_weight)
                        // ("... seized in total 2.36 kg of cocaine. The seizures were made in
                        // July. This included 1.94 kg from ...": the parts a sentence later.)
                        || (si - c.sentence <= 2
                            && ((0..4).any(|k| {
                                toks.any_phrase_at(
                                    k,
                                    &["из них", "of them", "of which", "of these"],
                                )
                            }) || starts_parts(toks))))
                        && !c.headline
                        && (list_item
                            || continues_story(toks)
                            || lists_drugs
                            || (verbs.is_empty() && only_lots(toks, &quantities))
                            || total_weight
                            || weighed)
                })
                .map(|c| c.kind);
            // (A run of years' figures: each year's total.)
            let continues = if year_line && list_item {
                Some(Kind::PeriodTotal)
            } else {
                lead_in.filter(|_| list_item).or(continues)
            };
            // What the sentence before did, which gave no figure.
            let continues = continues.or_else(|| {
                // (Packets of a substance, «103 пакета с растительным веществом», leave the lot
                // to be told: «Экспертиза показала, что это марихуана, более 10 кг».)
                // (Nor do packages of drugs at large: "there were found (3) bags with a total
                // of nine (9) packages of suspected narcotics. ... it was marihuana weighting
                // 26300 gr.")
                let told_last = cands.last().is_some_and(|c| {
                    c.sentence + 1 == si
                        && !c.substance_packets
                        && !(c.unnamed && c.quantity.unit == Unit::Package)
                });
                what_the_sentence_before_did(
                    text,
                    sentences,
                    si,
                    toks,
                    &quantities,
                    &verbs,
                    told_last,
                    lists_drugs,
                )
            });
            // ("Myanmar Puts Seized Drugs to the Torch ... The drugs--including 2,862 pounds of
            // opium, 255 pounds of heroin ...--were mostly still in their original packing": a
            // list of drugs no sentence near it has a verb for is of what the title and the
            // lead did.)
            let continues = continues.or_else(|| {
                (verbs.is_empty() && lists_drugs && si >= 2)
                    .then(|| *lead_did.get_or_insert_with(|| what_the_lead_did(text, sentences)))
                    .flatten()
            });
            // The title: the first sentence, or one after page furniture (a time stamp, a
            // "Support us!" line: short sentences) at the top.
            let after_furniture = si <= 5
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
            // ("Currency rates ...\n$1 – 12820.47\nSearch\nUzbekistan 15/08/2007 Uzbek
            // authorities seize over 5 kg of heroin in capital city\n\n": furniture lines and
            // the title, with no full stop between them, read as one sentence: the title is
            // its last line.)
            let last_line_title = after_furniture
                && text[s.start..s.end]
                    .trim_end()
                    .rsplit_once('\n')
                    .is_some_and(|(before, last)| {
                        quantities
                            .first()
                            .is_some_and(|q| toks.toks[q.start].start >= s.start + before.len())
                            && before.lines().all(|l| l.split_whitespace().count() <= 6)
                            && is_title(last.trim(), sentences.len())
                    });
            let headline = s.is_headline(text)
                || breadcrumb
                || last_line_title
                || (after_furniture && is_title(&text[s.start..s.end], sentences.len()));
            let first_new = cands.len();
            let opens_parts = starts_parts(toks) || list_item;
            // ("Another batch of five boxes ... was found with 138 packages of marijuana with an
            // estimated weight of 70,000 grams", after a batch of 65,000 grams: another lot, no
            // restatement of the one before.)
            let another_incident = opens_another_incident(toks) || toks.is(0, &["another"]);
            let recalled = recalls_an_earlier_story(toks);
            let besides = adds_besides(toks);
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
                c.adds_besides = besides;
                // On the first line of a sentence that runs on to the next line: a title
                // with no full stop, run into its lead.
                let at = toks.toks.get(c.quantity.start).map_or(s.start, |t| t.start);
                c.on_title_line =
                    si <= 3 && !text[s.start..at].contains('\n') && text[at..s.end].contains('\n');
            }
        }
    }
    (cands, read)
}

/// Whether a sentence leads in to a list after it: it ends with a colon ("Customs officers
/// seized the following:"), or with "the following" and its verb ("... when a search was
/// conducted in his house the following were recovered.", «изъято следующее.»).
fn leads_in(sentence: &str) -> bool {
    let s = sentence.trim_end();
    if s.ends_with(':') {
        return true;
    }
    let Some(head) = s.strip_suffix('.') else {
        return false;
    };
    // (The last words only, read without copying: this runs for every sentence.)
    let mut from = head.len().saturating_sub(80);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let tail = &head[from..];
    !tail.bytes().any(|b| b.is_ascii_digit())
        && (tail.contains("the following")
            || tail.contains("The following")
            || tail.contains("следующ"))
}

/// What the title and the lead did (of their verbs, destruction wins): the kind of the story.
fn what_the_lead_did(text: &str, sentences: &[Sentence]) -> Option<Kind> {
    let mut toks = Tokens::default();
    let mut kinds = Vec::new();
    for s in sentences.iter().take(2) {
        toks.read(text, s.start, s.end);
        kinds.extend(verbs(&toks).into_iter().map(|v| v.1));
    }
    kinds
        .iter()
        .find(|k| **k == Kind::Destruction)
        .or(kinds.first())
        .copied()
}

/// Whether a sentence is an item of a list under a line that only points to other stories
/// ("Читайте также", "Read also"): their headlines are page furniture, whatever figures they
/// give.
fn under_a_links_heading(text: &str, s: &Sentence) -> bool {
    if !text[s.start..s.end]
        .trim_start()
        .starts_with(crate::fold::is_bullet)
    {
        return false;
    }
    for line in text[..s.start].lines().rev() {
        let line = line.trim();
        if line.is_empty() || line.starts_with(crate::fold::is_bullet) {
            continue;
        }
        return links_elsewhere(line) && line.chars().count() <= 20;
    }
    false
}

/// "Also Read" alone on its line, then a sentence of the story ("He said the narcotic weighing
/// about 476 kg was seized."): the link's headline is missing from the stored page, and the
/// line after it, ending with a full stop, is no headline.
fn marker_then_sentence(sentence: &str) -> bool {
    let s = sentence.trim();
    let Some((marker, rest)) = s.split_once('\n') else {
        return false;
    };
    let rest = rest.trim();
    marker.trim().chars().count() <= 20
        && rest.ends_with(['.', '!', '?'])
        && rest.split_whitespace().count() >= 6
}

/// Whether a line opens with a year and its colon or dash, after an optional bullet ("•
/// 2015: 283kg"): a cheap look at the next line, before it is read.
fn opens_with_a_year_label(line: &str) -> bool {
    let rest = line.trim_start_matches(|c: char| c.is_whitespace() || crate::fold::is_bullet(c));
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    digits == 4 && rest[4..].trim_start().starts_with([':', '–', '—', '-'])
}
