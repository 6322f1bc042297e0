//! Which drug each figure of a sentence is of: the name beside it, or the one the sentence,
//! the lot told just before or the story gives a bare weight or a count. Split from
//! `candidates.rs`, which reads each figure's kind and makes it a candidate; the choices that
//! wait for the whole article (the story's drug) are marked here and made in `story_drugs.rs`;
//! what the sentence names, read once for all its figures, is `sentence_drugs.rs`'s.

use super::Candidate;
use super::figure::{EQUIVALENT_WEIGHT, LEFT_FILLERS, drug_of};
use super::no_find;
use super::sentence_drugs::{SentenceDrugs, is_bare, plants_weighed};
use super::sentence_lots;
use crate::lexicon::drug_at;
use crate::model::{Kind, Qualifier, Unit};
use crate::quantity::Quantity;

mod referred;

/// The drug of one figure, and how it was decided.
pub(super) struct FigureDrug {
    pub drug: &'static str,
    /// The token after the words that told the drug.
    pub drug_end: usize,
    /// Whether a name decided it (beside the figure, or one the sentence or the lot before
    /// gives), rather than the sentence's pieces or the story.
    pub named_with_figure: bool,
    /// Pills in a sentence that names no drug: the story's pills, decided with the article.
    pub story_pills: bool,
    /// The candidate whose pieces this weight is of ("The plants weighed 143 kg"), which goes.
    pub weighed_pieces: Option<usize>,
    /// A weight of the story's find, whose drug the article names.
    pub of_the_story_s_drug: bool,
    /// One of bare weights given year by year.
    pub year_by_year: bool,
    /// The weight of plants of the story's drug.
    pub weighs_story_plants: bool,
    /// Plant matter («растительного вещества»), of the story's plant drug.
    pub plant_matter: bool,
    /// Packets of a substance («30 свертков с веществом»), counted only where no weight of
    /// them is told.
    pub substance_packets: bool,
}

impl SentenceDrugs<'_> {
    /// The drug of figure `q`, or `None` when the figure is of no drug. `previous` is the
    /// sentence's last figure with its drug, `cands` the article's candidates so far, `si`
    /// the sentence's index, `verbs` the sentence's verbs (never empty: a sentence with none
    /// has the one it goes on from), `own_verbs` whether they are the sentence's own rather than
    /// taken from the sentence before.
    pub(super) fn of_figure(
        &self,
        q: &Quantity,
        previous: Option<(&Quantity, &'static str)>,
        cands: &[Candidate],
        si: usize,
        verbs: &[(usize, Kind)],
        own_verbs: bool,
    ) -> Option<FigureDrug> {
        let (toks, quantities, named, drug_context) =
            (self.toks, self.quantities, &self.named, self.drug_context);
        let bare = |q: &Quantity| is_bare(toks, q);
        // The count of pieces this weight is of («The plants weighed 143 kg»), which goes.
        let mut weighed_pieces: Option<usize> = None;
        // "448 pills and 5,46gr of “MDMA”", «262 капсулы и 25 г прегабалина», "676 capsules
        // and 896 pills of tramadol": pieces and a weight (or other pieces) of the one drug
        // named after both.
        // ("15,392 cannabis plants, 429 grams and 240 tablets of potent substances": a weight
        // and pieces of the drug named after both, before the pieces just told.)
        // ("seizing 635 marijuana plants, 136 joints and ...", «15 косяков»: a joint is rolled
        // cannabis, whatever else the sentence names.)
        let joints = || {
            (toks.is(q.unit_tok, &["joints"]) || toks.starts(q.unit_tok, &["косяк"]))
                .then_some(("cannabis", q.end))
        };
        let found = drug_of(toks, q)
            .or_else(joints)
            .or_else(|| referred::change_from(toks, q, quantities))
            .or_else(|| {
                let next = quantities.iter().find(|o| o.start >= q.end)?;
                (((q.unit.is_count() && (next.unit == Unit::Kg || next.unit.is_count()))
                    || (q.unit == Unit::Kg && next.unit.is_count()))
                    && next.start == q.end + 1
                    && toks.is(q.end, &["and", "и"]))
                .then(|| drug_of(toks, next))
                .flatten()
                .map(|(d, _)| (d, q.end))
            });
        // «28 килограммов невысушенной и почти 12 килограммов высушенной ... марихуаны», "40 kg
        // of wet and 12 kg of dried cannabis": a weight told only by how it was kept, then
        // another weight of the same kind, is of the drug named after that one.
        let found = found.or_else(|| {
            let next = quantities.iter().find(|o| o.start >= q.end)?;
            let of = q.end + usize::from(toks.is(q.end, &["of"]));
            let kept = |k: usize| {
                let w = toks.text(k);
                toks.is_word(k)
                    && ((["ой", "ей", "ых", "их", "ого", "его"]
                        .iter()
                        .any(|e| w.ends_with(e))
                        && w.chars().next().is_some_and(|c| ('а'..='я').contains(&c)))
                        || (of > q.end
                            && (w.ends_with("ed")
                                || toks.is(
                                    k,
                                    &["wet", "raw", "dry", "fresh", "crude", "liquid", "pure"],
                                ))))
            };
            (q.unit == next.unit
                && kept(of)
                && toks.is(of + 1, &["and", "и"])
                // (The next figure's qualifier, «почти», is its own: its words start there.)
                && next.start == of + 2)
                .then(|| drug_of(toks, next))
                .flatten()
                .map(|(d, _)| (d, of + 1))
        });
        // "12 packages weighing a total of 6 kg 200 g": the weight is of the packages' drug.
        let found = found.or_else(|| match previous {
            Some((p, d))
                if !q.unit.is_count()
                    && p.unit.is_count()
                    && q.start.saturating_sub(p.end) <= 6
                    && (p.end..q.start)
                        .all(|k| toks.is(k, LEFT_FILLERS) || toks.is(k, EQUIVALENT_WEIGHT)) =>
            {
                Some((d, q.end))
            }
            Some((p, d)) if super::sentences::weighed_past_a_clause(toks, p, q) => Some((d, q.end)),
            // "24 packets of mandrax tablets totalling 24,000 capsules": the packets' pills.
            Some((p, d))
                if p.unit == Unit::Package
                    && matches!(q.unit, Unit::Tablet | Unit::Ampoule)
                    && q.start.saturating_sub(p.end) <= 8
                    && toks.is(
                        q.start.wrapping_sub(1),
                        &[
                            "totalling",
                            "totaling",
                            "containing",
                            "with",
                            "общим",
                            "всего",
                        ],
                    ) =>
            {
                Some((d, q.end))
            }
            _ => None,
        });
        // (The weight of plants of the story's drug is of it too.)
        let weighs_story_plants = previous.is_some_and(|(p, d)| {
            d == "narcotic_drugs"
                && p.unit == Unit::Plant
                && super::sentences::weighed_past_a_clause(toks, p, q)
        });
        // "heroin (2024: 12 kg / 2023: 7 kg)", "marijuana seized (2024: 1,104 kg / ...)": a
        // figure a bracket labels with its year is of the drug named just before the bracket.
        let found = found.or_else(|| {
            q.labelled_year?;
            let open = (q.start.saturating_sub(14)..q.start)
                .rev()
                .take_while(|&k| !toks.is(k, &[")"]))
                .find(|&k| toks.is(k, &["("]))?;
            // (The longest name ending nearest the bracket: "designer drugs", not "drugs".)
            (open.saturating_sub(4)..open)
                .filter_map(|k| drug_at(toks, k).map(|d| (k, d)))
                .max_by_key(|(k, d)| (d.end, std::cmp::Reverse(*k)))
                .map(|(_, d)| (d.canonical, q.end))
        });
        // «на складе покоились прекурсоры: 750 килограммов винной кислоты, 275 килограммов
        // маннита ...»: items the sentence's lead-in names the kind of, whose own names are no
        // drug's.
        let found = found.or_else(|| {
            let colon = (0..q.start).rev().find(|&k| toks.text(k) == ":")?;
            let kind = drug_at(toks, colon.checked_sub(1)?)
                .or_else(|| drug_at(toks, colon.checked_sub(2)?))
                .filter(|d| d.end == colon && d.canonical == "precursors")?;
            Some((kind.canonical, q.end))
        });
        // "... weighing 6kg, 9kg, 7kg and 3.4kg": a bare weight listed right after a figure is
        // of its drug.
        let found = found.or_else(|| {
            let (p, d) = previous?;
            (q.unit == Unit::Kg
                && p.unit == Unit::Kg
                && q.start == p.end + 1
                && toks.is(p.end, &[",", "and", "и"])
                && bare(q))
            .then_some((d, q.end))
        });
        // ("found one ton of cocaine in a ranch in Presidente Hayes and 1.8 tons in
        // Concepcion", «изъяли 5 кг гашиша в Бишкеке и 3 кг в Оше»: a bare weight joined by
        // "and" to the sentence's lot before it, with no other drug named between, is of its
        // drug; so is one joined by a comma when each weight is told with its place ("176kg of
        // Kerala cannabis in Palaviya, 460g in Kalpitiya, 02kg in Kinniya").)
        // (Not "2,5 килограммов маковой соломки и полукилограмма «солей»", "670 граммов —
        // гашиш, и 16,1 гр ...": past the lot's own drug name, only a weight told with its place
        // is; a drug named after the weight, or after a dash, is its own.)
        let found = found.or_else(|| {
            let (p, d) = previous?;
            let own_name = (p.end..p.end + 3).find_map(|k| drug_at(toks, k).map(|m| (k, m.end)));
            let named_end = own_name.map_or(p.end, |(_, end)| end);
            // ("60 kg of marijuana hidden in Gole's house, 80 kg from Bamjan's shed": the place
            // it was taken from.)
            let with_place = toks.is(q.end, &["in", "at", "from", "в", "на"]);
            let ends_clause = q.end >= toks.len() || toks.is(q.end, &[",", ".", ";"]);
            // (A drug named after the weight, before its clause ends.)
            let own_drug_after = (q.end..(q.end + 6).min(toks.len()))
                .take_while(|&k| !toks.is(k, &[",", ".", ";"]))
                .any(|k| drug_at(toks, k).is_some());
            (q.unit == Unit::Kg
                && p.unit == Unit::Kg
                && q.start > p.end
                && q.start - p.end <= 12
                && bare(q)
                && crate::lexicon::names_one_drug(d)
                && (own_name.is_none() || with_place || ends_clause)
                && !own_name.is_some_and(|(k, _)| (p.end..k).any(|j| toks.is(j, &["-", "–", "—"])))
                && (named_end..q.start).any(|k| {
                    toks.is(k, &["and", "и", "а", "while"]) || (toks.is(k, &[","]) && with_place)
                })
                && !own_drug_after
                && !(named_end..q.start).any(|k| {
                    drug_at(toks, k).is_some()
                        || toks.is(k, &[".", ";", ":", "(", ")"])
                        || toks.is_num(k)
                }))
            .then_some((d, q.end))
        });
        // "heroin – 106.5 kg. (121.6 kg.)": another period's figure is of the drug beside it.
        let found = found.or_else(|| previous.filter(|_| q.other_period).map(|(_, d)| (d, q.end)));
        let found = found.or(self.only_drug.or(self.weighed_drug(q)).map(|d| (d, q.end)));
        // "3.1 kilogrammes of cannabis, and ... 900 grammes of the same illicit substance",
        // "1,169 kilogrammes of the same psychoactive substance": the drug of the lot just told,
        // in this sentence or the two before.
        let same_as_told = referred::same_as_told(toks, q, previous, cands, si);
        // (The anaphor's noun reads as "drugs" at large: the drug told is meant.)
        let found = match found {
            Some((d, _)) if d == "narcotic_drugs" && same_as_told.is_some() => same_as_told,
            found => found.or(same_as_told),
        };
        // "Позже в его гараже было найдено ещё 75 граммов", "a further 3 kg": more of the drug
        // just found.
        // ("That is more than the 1.16 kilos seized during the same period last year", "well up
        // from last year's 5.2 kilos", «против 262,4 килограмма»: the figure compared with is
        // of the same drug.)
        let compared = (q.start.saturating_sub(4)..q.start).any(|k| {
            toks.phrase_at(k, "more than the")
                || toks.phrase_at(k, "up from")
                || toks.phrase_at(k, "down from")
                // ("142.8 kilograms of heroin (compared to 80.4 kg in 2012-13)".)
                || toks.phrase_at(k, "compared to")
                || toks.phrase_at(k, "compared with")
                || toks.phrase_at(k, "as against")
                || toks.is(k, &["против"])
        });
        // ("... they found 200 kilos, the second 100, third 125": lots counted by ordinals.)
        let more = compared
            || [q.start.wrapping_sub(1), q.start, q.start.wrapping_sub(2)]
                .iter()
                .any(|&k| toks.is(k, &["ещё", "еще", "further", "another"]))
            || (bare(q) && toks.is(q.start.wrapping_sub(1), crate::quantity::ORDINALS));
        // (Compared with this sentence's figure before it, of its drug: "three kilos and 408g
        // have come into the hands of the YKAN, compared to 15 kilos last year".)
        let found = found.or_else(|| {
            let (p, d) = previous?;
            (compared && p.unit == q.unit && d != "narcotic_drugs").then_some((d, q.end))
        });
        let found = found.or_else(|| {
            let last = cands
                .last()
                .filter(|c| si - c.sentence <= 2 && !c.unnamed)?;
            (more && q.unit == last.quantity.unit && last.drug != "narcotic_drugs")
                .then_some((last.drug, q.end))
        });
        // "... seized in total 2.36 kg of cocaine ... This included 1.94 kg from a Brazilian
        // national, 252.4 grammes from ...": bare weights opening as the parts of the total
        // told just before are of its drug. (Not of drugs in general: «наркотики общим весом
        // 6895 граммов. В том числе, 4065 граммов – героин»: the part's drug comes after it.)
        let found = found.or_else(|| {
            let last = cands.last().filter(|c| {
                si - c.sentence <= 2
                    && !c.unnamed
                    && c.quantity.unit == Unit::Kg
                    && !crate::lexicon::is_category(c.drug)
            })?;
            // ("... a total of 11,706 grams of marijuana had been taken off the streets. These
            // seizures were categorized by location: 11,056 grams were confiscated on land,
            // while 650 grams ...": or bare weights that add up to it.)
            let bare_weights = quantities
                .iter()
                .filter(|o| o.unit == Unit::Kg && bare(o))
                .map(|o| o.amount);
            let adds_up = bare_weights.clone().count() >= 2
                && (bare_weights.sum::<f64>() - last.quantity.amount).abs()
                    <= 0.01 * last.quantity.amount;
            (q.unit == Unit::Kg
                && !drug_context
                && bare(q)
                && q.amount < last.quantity.amount
                && (super::sentences::starts_parts(toks) || adds_up))
                .then_some((last.drug, q.end))
        });
        // "... выявили 46 брикетов с наркотиками ... Общий вес находки (брутто) составляет
        // почти 57 кг", "The total weight of the drug is 257 kilogrammes": the weight of the
        // lot just told, of its drug.
        let found = found.or_else(|| {
            let total_weight = (0..toks.len().min(4))
                .any(|k| toks.any_phrase_at(k, crate::lexicon::WEIGHT_OF_THE_LOT));
            // (Packages of drugs in general name no drug, but their weight is of them.)
            // ("более килограмма наркотиков" in the title, then the story, then «Вес изъятого
            // составил 1230 граммов»: or the precise weight of a lot told loosely.)
            let loose = |c: &Candidate| {
                c.quantity.unit == Unit::Kg && c.quantity.qualifier != Qualifier::Exact
            };
            let last = cands.last().filter(|c| {
                (si - c.sentence <= 3 || (loose(c) && si - c.sentence <= 6))
                    && c.sentence < si
                    && (!c.unnamed || c.quantity.unit == Unit::Package)
            })?;
            (q.unit == Unit::Kg
                && total_weight
                && (last.quantity.unit != Unit::Kg || (loose(last) && !drug_context)))
                .then_some((last.drug, q.end))
        });
        // ("... cannabis crops with a total area of 6.5 hectares were found. Its total weight
        // was over 7.2 tons.": with no lot told before it, the weight of the story's find, whose
        // drug the article names.)
        let mut of_the_story_s_drug = false;
        let mut substance_packets = false;
        let found = found.or_else(|| {
            of_the_story_s_drug = q.unit == Unit::Kg
                && !drug_context
                && (0..toks.len().min(4))
                    .any(|k| toks.any_phrase_at(k, crate::lexicon::WEIGHT_OF_THE_LOT))
                && !(0..toks.len()).any(|k| toks.starts(k, crate::lexicon::COVER_GOODS));
            of_the_story_s_drug.then_some(("narcotic_drugs", q.end))
        });
        // «нашли около 5 кг белого порошка. Экспертиза показала, что в посылке находилось
        // наркотическое средство ... (спайс)», "found 2 kg of a white powder": a substance found,
        // whose drug the story names.
        let found = found.or_else(|| {
            let mut k = q.end + usize::from(toks.is(q.end, &["of"]));
            k += usize::from(toks.is(k, &["a", "an", "the"]));
            // ("about 896kg of the illicit powder", «5 кг белого порошка».)
            while k < q.end + 5
                && toks.is(
                    k,
                    &[
                        "white",
                        "illicit",
                        "unknown",
                        "suspicious",
                        "crystalline",
                        "белого",
                        "белый",
                        "белое",
                        "неизвестного",
                        "кристаллического",
                    ],
                )
            {
                k += 1;
            }
            let substance = toks.starts(k, &["порошк", "веществ", "powder", "substance"]);
            // («изъяла обнаруженные свертки общим весом около 40 килограммов», "seized the
            // packets, weighing 40 kg", «нашли брикеты с порошком общим весом 18 кг»: the weight
            // of packets the sentence names no drug of.)
            let w = q.start.wrapping_sub(1);
            let packets_weighed = toks.is(w, &["весом", "массой", "weighing"])
                && (w.saturating_sub(4)..w).any(|j| {
                    toks.starts(
                        j,
                        &[
                            "свертк",
                            "свёртк",
                            "пакет",
                            "упаковк",
                            "брикет",
                            "packet",
                            "package",
                            "parcel",
                            "brick",
                            // («4 мешка с бутылками, наполненными порошкообразным веществом
                            // бежевого цвета общей массой около 100 килограммов», "sacks of
                            // a white powder weighing 40 kg": and of sacks or a substance.)
                            "мешк",
                            "мешок",
                            "sack",
                            "веществ",
                            "порошк",
                            "substance",
                            "powder",
                            // («десятки тысяч таблеток общей массой свыше 16 килограммов»: and
                            // of pills.)
                            "таблет",
                            "капсул",
                            "pills",
                            "tablets",
                        ],
                    ) || toks.is(
                        j,
                        // ("The seizure weighing 205kg was processed", «партия весом 20 кг»:
                        // and of the lot itself; not "seizures weighing 100kg or more", a
                        // class of finds.)
                        &[
                            // ("bags of a white powder weighing 40 kg", not "baggage".)
                            "bag",
                            "bags",
                            "seizure",
                            "haul",
                            "consignment",
                            "shipment",
                            "stash",
                            "cache",
                            "партия",
                            "партию",
                        ],
                    )
                })
                && !drug_context;
            // («изъяли 30 свертков с веществом, похожим на наркотическое», «7 свертков с
            // порошкообразным веществом», "12 sachets containing a white substance": packets of
            // a substance, counted where no weight is told.)
            // (The words end past the substance's name: "103 wraps of the same substance" is
            // of the lot before.)
            // («десять свертков из полимерного материала с гранулированным веществом», «69
            // пакетиков запрещённого вещества»: what the packets are made of may come first,
            // and a substance in the genitive needs no preposition.)
            let made_of = if toks.is(q.end, &["из"]) {
                (q.end + 2..q.end + 5).find(|&k| toks.is(k, &["с", "со"]))
            } else {
                None
            };
            let with = made_of.unwrap_or(q.end);
            let preposition = usize::from(toks.is(with, &["с", "со", "of", "with", "containing"]));
            let substance_end = (q.unit == Unit::Package
                // (Not «4 пакета с растительным веществом общей массой 12 кг»: their weight
                // tells the lot, rule 6.)
                && !quantities.iter().any(|o| o.start >= q.end && o.unit == Unit::Kg))
            .then(|| {
                let substance_word = |j: usize| {
                    if preposition == 1 {
                        toks.starts(j, &["веществ"])
                            || toks.is(j, &["порошком", "substance", "powder"])
                    } else {
                        toks.is(j, &["вещества", "веществ"])
                    }
                };
                (with + preposition..with + preposition + 3).find(|&j| {
                    substance_word(j)
                        && (with + preposition..j)
                            .all(|a| toks.is_word(a) && !toks.is(a, &["and", "и"]))
                })
            })
            .flatten()
            .map(|j| j + 1);
            substance_packets = substance_end.is_some();
            of_the_story_s_drug |=
                (q.unit == Unit::Kg && (substance || packets_weighed)) || substance_packets;
            of_the_story_s_drug.then_some(("narcotic_drugs", substance_end.unwrap_or(q.end)))
        });
        // "... uncovered 1,337 cannabis plants in the village. The plants weighed more than 143
        // kilograms in total.": the weight of the plants just counted, of their drug.
        // ("The plants occupied an acre of land ... with an estimated weight of approximately
        // 300kg": the sentence is about the plants, the weight comes later in it; "... seven
        // bags of dagga ... He added the seven bags were estimated to weigh 120kg": so are
        // other pieces, told again however far back when named with "the".)
        let found = found.or_else(|| {
            let k = super::sentences::weight_word_before(toks, q)?;
            let last = cands.last().filter(|c| {
                c.quantity.unit.is_count() && !c.unnamed && c.sentence < si && si - c.sentence <= 8
            })?;
            let pieces = |j: usize| super::sentences::pieces_at(toks, j, last.quantity.unit);
            let subject = (0..6.min(k))
                .find(|&j| pieces(j))
                .or(pieces(k.wrapping_sub(1)).then_some(k.wrapping_sub(1)));
            let told_again = subject
                .is_some_and(|j| si - last.sentence <= 2 || super::sentences::named_again(toks, j));
            let of_the_pieces = q.unit == Unit::Kg && !drug_context && told_again;
            // (Weight before pieces, rule 6: the count goes.)
            weighed_pieces = of_the_pieces.then(|| cands.len() - 1);
            of_the_pieces.then_some((last.drug, q.end))
        });
        // "56 bundles of hashish from the sea, weighing more than 2,200 kilos", "116 bundles
        // weighing more than 4,500 kilos": the weight of the pieces just counted.
        let found = found.or_else(|| {
            let p = quantities.iter().rev().find(|p| p.end <= q.start)?;
            let between = p.end..q.start;
            // (Not "1,300 bricks among bananas weighing about 21 tonnes": the word before
            // "weighing" is the pieces', a drug's, or a comma.)
            // ("20 bags of Indian hemp (Chamba) packed in 90kgs", "32 bags of cocaine tablets,
            // totaling 1,111 kg", "101 bags of cannabis, representing about 3716 Kg", "16 bags
            // containing 417 kg of cocaine": what the pieces come to.)
            let w = between.clone().find(|&k| {
                toks.is(
                    k,
                    &[
                        "weighing",
                        "весом",
                        "массой",
                        "weight",
                        // ("about 53,000 stems and is estimated to weigh around 13.3 tons".)
                        "weigh",
                        "weighed",
                        "totaling",
                        "totalling",
                        "representing",
                        "amounting",
                        "containing",
                        // («25 упаковок с кокаином - всего 32 килограмма»: what they come to,
                        // set off by a dash.)
                        "всего",
                    ],
                ) || (toks.is(k, &["packed"]) && toks.is(k + 1, &["in"]) && k + 2 == q.start)
            })?;
            // ("33 parcels of cannabis indica (Colorado) weighing 16.5kg": a bracket too.)
            // ("twenty-one (21) parcels of cocaine were found, with a total weight of 24.63 kg":
            // the weight the pieces come to.)
            let weight_of = toks.is(q.start.wrapping_sub(1), &["of"])
                && toks.is(q.start.wrapping_sub(2), &["weight"])
                && (q.start.saturating_sub(5)..q.start.saturating_sub(2))
                    .any(|k| toks.is(k, &["with"]));
            // ("53,000 stems and is estimated to weigh around 13.3 tons", "53,000 plants and
            // weighed 13.3 tons": the pieces' verb of weight, joined by "and".)
            let joined = (p.end..w).all(|k| {
                toks.is(
                    k,
                    &[
                        "and",
                        "is",
                        "are",
                        "was",
                        "were",
                        "estimated",
                        "to",
                        "which",
                        "that",
                    ],
                )
            }) && toks.is(p.end, &["and", "which", "that"]);
            let of_the_pieces = weight_of
                || joined
                || toks.is(w - 1, &[",", ")", "-", "–", "—"])
                || w - 1 == p.unit_tok
                || drug_at(toks, w - 1).is_some()
                || (w >= 2 && drug_at(toks, w - 2).is_some_and(|d| d.end == w));
            (q.unit == Unit::Kg
                && p.unit.is_count()
                && q.start - p.end <= 12
                && of_the_pieces
                && !between.clone().any(|k| toks.is(k, &[";", "."])))
            .then(|| {
                // (Else the pieces' own drug: "around 5,000 cannabis stems were destroyed with
                // a weight of 2.5 tons".)
                let pieces_drug = previous
                    .filter(|(o, _)| o.start == p.start)
                    .map_or("narcotic_drugs", |(_, d)| d);
                let d = between.clone().find_map(|k| drug_at(toks, k));
                (d.map_or(pieces_drug, |d| d.canonical), q.end)
            })
        });
        // ("• 2016: 413kg of meth • 2015: 283kg": a year's line with no drug of its own is of
        // the drug of the year's line before.)
        let found = found.or_else(|| {
            let last = cands.last().filter(|c| c.sentence + 1 == si)?;
            (q.unit == Unit::Kg
                && !drug_context
                && last.kind == Kind::PeriodTotal
                && super::sentences::year_label_at(toks, quantities))
            .then_some((last.drug, q.end))
        });
        // "... наркотических средств — марихуаны и гашиша, в целом около 90 кг": a sum of the
        // drugs the sentence names.
        let found = found.or_else(|| {
            (q.unit == Unit::Kg
                && drug_context
                && (q.start.saturating_sub(3)..q.start).any(|k| {
                    toks.any_phrase_at(k, &["в целом", "в общей сложности", "in total", "in all"])
                }))
            .then_some(("narcotic_drugs", q.end))
        });
        // "the maximum opium seizure was made from Punjab at 505.86 kgs followed by Rajasthan
        // at 426.95 kgs, the maximum amount of heroin was seized in Gujarat at 1,017 kgs",
        // "Cannabis topped the list with 20,538.79kg": a bare weight "at" or "with" which a
        // sentence that names several drugs ranks them is of the last one named before it,
        // when nothing but such weights stands between.
        let found = found.or_else(|| {
            if q.unit != Unit::Kg || !bare(q) || !toks.is(q.start.wrapping_sub(1), &["at", "with"])
            {
                return None;
            }
            // ("In terms of marijuana seizures, the Western Division led with 282 kilogrammes
            // removed from the hands of drug dealers, followed by the South Western Division at
            // 268 kilogrammes": the drug ranked, not the dealers' "drug".)
            let last_drug = |range: std::ops::Range<usize>| {
                range.rev().find_map(|k| drug_at(toks, k).map(|d| (k, d)))
            };
            let (k, d) = last_drug(q.start.saturating_sub(20)..q.start)?;
            let (k, d) = if crate::lexicon::is_category(d.canonical) {
                last_drug(q.start.saturating_sub(40)..k)
                    .filter(|(_, d)| !crate::lexicon::is_category(d.canonical))
                    .unwrap_or((k, d))
            } else {
                (k, d)
            };
            quantities
                .iter()
                .filter(|o| o.start > k && o.end <= q.start)
                .all(|o| o.unit == Unit::Kg && bare(o))
                .then_some((d.canonical, q.end))
        });
        // "seized, in the last five years: 2017 – 3335.311kg; 2018 – 1148.5kg; ...", «в 2018
        // году было изъято 90,5 кг, в 2020 — 153 кг»: bare weights given year by year, in a
        // sentence with a seizure verb of its own that names no drug, are the drugs' totals.
        let mut year_by_year = false;
        let found = found.or_else(|| {
            // (Not "(2020 – 543.4 kilograms)": another year's figure in brackets.)
            let by_year = |o: &Quantity| {
                let before = o.start.saturating_sub(5)..o.start;
                before
                    .clone()
                    .any(|k| crate::dates::year_at(toks, k).is_some())
                    && !before.clone().any(|k| toks.is(k, &["("]))
                    && !o.other_period
            };
            (q.unit == Unit::Kg
                && named.iter().all(|d| crate::lexicon::is_category(d))
                && own_verbs
                && bare(q)
                && by_year(q)
                && quantities
                    .iter()
                    .filter(|o| o.unit == Unit::Kg && bare(o) && by_year(o))
                    .count()
                    >= 2)
                .then(|| {
                    year_by_year = true;
                    ("narcotic_drugs", q.end)
                })
        });
        // «свыше 2,5 килограмма растительного вещества», «170 килограммов растительных
        // наркотиков», «37,5 килограммов растительной массы»: plant matter, of the story's plant
        // drug (decided with the article, below).
        // («пакет с веществом растительного происхождения зеленого цвета весом около 10
        // граммов»: or its weight given after it.)
        let weighed_matter = toks.is(q.start.wrapping_sub(1), &["весом", "массой"])
            && (q.start.saturating_sub(8)..q.start).any(|k| toks.starts(k, &["растительн"]));
        let plant_matter = q.unit == Unit::Kg
            && (((q.end..q.end + 3).any(|k| toks.starts(k, &["растительн"]))
                && (q.end..q.end + 2).all(|k| !toks.is(k, &[",", ".", "и", "and"])))
                || weighed_matter);
        let found = found.or_else(|| plant_matter.then_some(("narcotic_drugs", q.end + 2)));
        // ("at least two million narcotic pills known as Captagon", «таблеток под названием
        // "Лирика"»: a name given after the category is the drug.)
        let found = found.map(|(d, end)| {
            let named_after = crate::lexicon::is_category(d)
                .then(|| {
                    (end..end + 2)
                        .find(|&k| {
                            toks.phrase_at(k, "known as")
                                || toks.is(k, &["called", "dubbed", "названием"])
                        })
                        .and_then(|k| (k + 1..k + 5).find_map(|j| drug_at(toks, j)))
                        // ("140 kilos of the narcotic substance (kratom)": or in brackets.)
                        .or_else(|| {
                            toks.is(end, &["("])
                                .then(|| drug_at(toks, end + 1))
                                .flatten()
                                .filter(|n| toks.is(n.end, &[")"]))
                        })
                        .filter(|n| !crate::lexicon::is_category(n.canonical))
                })
                .flatten();
            named_after.map_or((d, end), |n| (n.canonical, n.end))
        });
        // ("two bags of heroin, weighing 18 kilograms and 2 kilograms respectively".)
        let found = sentence_lots::respective_drug(toks, quantities, q)
            .map(|d| (d, q.end))
            .or(found);
        // Pills in a sentence that names no drug: of the story's pills (decided with the
        // article).
        // (Nor pills in a sentence whose one drug is never pills: "Nine others were
        // apprehended after officers discovered 17 hashish blocks, 3,000 pills".)
        // (Russian «таблетки» that name no drug are psychotropic tablets of their own.)
        let only_drug_never_pills = matches!(named.as_slice(), [d] if crate::lexicon::never_pills(d))
            && !toks.starts(q.unit_tok, &["таблет"]);
        let story_pills =
            found.is_none() && q.unit == Unit::Tablet && (!drug_context || only_drug_never_pills);
        let (drug, drug_end) = match found {
            Some(d) => d,
            // "... 917,636 Captagon tablets, while ... another attempt to smuggle 11,276 pills":
            // pieces in a sentence that names one drug are of it.
            None if q.unit.is_count() && drug_context && own_verbs && !story_pills => {
                match named.as_slice() {
                    [d] if !crate::lexicon::is_category(d) => (*d, q.end),
                    _ => ("narcotic_drugs", q.end),
                }
            }
            // «уничтожены более 15,400 растений» in a story of cannabis fields: plants of the
            // article's one drug (decided with the article, below; dropped without one).
            // (So are plants counted after a find told with no figure: «Полицейские нашли
            // и вырвали маки. Их всего оказалось 182 куста».)
            None if q.unit == Unit::Plant || plants_weighed(toks, q) => ("narcotic_drugs", q.end),
            // "Police recovered 4,080,000 pills after chasing a pickup truck" in a story of
            // methamphetamine pills: the article's pills (decided with the article, below).
            None if story_pills && own_verbs => ("narcotic_drugs", q.end),
            // "Prior to this, the biggest seizure involved 402 kg ... while 107 kg was seized on
            // February 22" in a story of one drug: a bare weight in a sentence with a seizure
            // verb of its own is of the article's drug (decided with the article, below).
            None if q.unit == Unit::Kg
                && !drug_context
                && bare(q)
                && own_verbs
                && no_find::bare_weight_of_the_story(toks, q, verbs) =>
            {
                of_the_story_s_drug = true;
                ("narcotic_drugs", q.end)
            }
            None => return None,
        };
        Some(FigureDrug {
            drug,
            drug_end,
            named_with_figure: found.is_some(),
            story_pills,
            weighed_pieces,
            of_the_story_s_drug,
            year_by_year,
            weighs_story_plants,
            plant_matter,
            substance_packets,
        })
    }
}
