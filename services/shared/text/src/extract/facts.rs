//! What one sentence says besides its figures: the dates it states, the places it names as
//! where something happened, and the cues that tell one incident from official statistics.

use chrono::NaiveDate;

use crate::dates::{DateMention, find_dates};
use crate::fold::Tokens;
use crate::gazetteer::{Role, agency_demonym_at, location_name_at, role};

mod comparisons;
mod cues;
mod operation_year;
use cues::word_cues;
use operation_year::year_in_a_name;

/// What one sentence says, beyond its quantities.
#[derive(Default)]
pub(super) struct SentenceFacts {
    pub(super) dates: Vec<DateMention>,
    /// A day's figures summed up («Всего за сутки изъято ...»): the sentence's own figures are
    /// that day's totals (the next sentence's lots are not).
    pub(super) day_summed: bool,
    /// The words of each date mention (for `--explain`), filled for articles with candidates.
    pub(super) date_words: Vec<String>,
    /// Where a figure of a year-by-year list starts ("2017 – 3335.311kg; 2018 – 1148.5kg"):
    /// the year before its dash is its period.
    pub(super) year_led: Vec<usize>,
    /// Countries named as where something happened, in order.
    pub(super) locations: Vec<&'static str>,
    /// Countries named by their own name after "in", "в" («в Турции», "in Kazakhstan"), not
    /// as an agency's, and the token each name starts at.
    pub(super) countries_in: Vec<(usize, &'static str)>,
    /// The countries named only as an agency's («при участии ФСКН России», "the Ministry of
    /// Interior of Tajikistan"): weaker than a place where something happened.
    pub(super) agency_countries: Vec<&'static str>,
    /// The places named after "в", "на", "in": where it happened, in so many words.
    pub(super) said_where: Vec<&'static str>,
    /// The country of the city a dateline opens with ("LONDON, Jan 15 (IranMania) -").
    pub(super) dateline: Option<&'static str>,
    /// Of those, places another country has one of the same name in: (country, other country).
    pub(super) shared_names: Vec<(&'static str, &'static str)>,
    pub(super) region: Option<&'static str>,
    /// A single incident: a person, a vehicle, a city or district.
    pub(super) incident: bool,
    /// The incident is told only by words in the plural that nobody counts ("suspects",
    /// «у подозреваемых», "warehouses"): it keeps a reporting period stated before it.
    pub(super) only_uncounted_plurals: bool,
    /// Words of official statistics ("recorded", "in total", "всего").
    pub(super) statistics: bool,
    /// Joint work of several countries.
    pub(super) joint: bool,
    /// A region's figure: a regional organisation or its member states ("on the territory of
    /// the CSTO countries", «государств-участников»), no single country's.
    pub(super) regional: bool,
    /// A find on the open ocean, far from any country's shore ("seized in the eastern Pacific",
    /// "interdicted in international waters", «изъяли в международных водах»): where a coast
    /// guard or navy patrols. (Not "moved in international waters onto a dinghy": no find.)
    pub(super) open_ocean: bool,
    /// The sentence turns to another story ("Meanwhile, ...", "In a separate case, ...").
    pub(super) another_story: bool,
    /// A sentence of the article names a find on the open ocean in the story this sentence
    /// belongs to (set once the article's sentences are read).
    pub(super) story_at_sea: bool,
    /// A named operation (`Operation "Darmek"`), or operation / campaign words.
    pub(super) named_operation: bool,
    pub(super) operation_words: bool,
    /// "during the operation", "в ходе операции": the operation the article is about.
    pub(super) during_operation: bool,
    /// The year in a named operation («Мак-2016», "Operation Poppy-2014"): its period.
    pub(super) operation_year: Option<i32>,
    /// A report of what someone said ("reported that", "сообщили"): a day in it may be the
    /// day it was said.
    pub(super) speech: bool,
    /// Where the sentence turns to another period to compare with ("compared to the same
    /// period of the last year", "than in the same period", «по сравнению с аналогичным
    /// периодом»): the periods after it are not the article's own, nor do they govern the
    /// sentences after.
    pub(super) compares_from: Option<usize>,
    /// Where a record's span begins ("the largest seizure ... since President Calderon took
    /// office at the end of 2006"): the periods after it are no report's.
    pub(super) record_since: Option<usize>,
    /// The same, unless the sentence opens on the period compared ("In the same period of
    /// 2019, ..."): where a figure given in a comparison starts.
    pub(super) comparison_after_opening: Option<usize>,
    /// Where that comparison's clause ends (a semicolon after it): "…; 8,592 pounds of
    /// cocaine, up 98% from FY 20; 33,777 pounds of methamphetamine": the figures after it
    /// are no longer compared.
    pub(super) comparison_ends: Option<usize>,
    /// The sentence compares with "the same period" or "the corresponding period" («с
    /// аналогичным периодом»): what it, or the sentence before, counts is a period's.
    pub(super) same_period: bool,
    /// "seizing 1,100 kg and 725 kg of cocaine, respectively" («соответственно»): the
    /// sentence pairs its figures with the dates (or places) it lists, one by one.
    pub(super) respectively: bool,
    /// The sentence says the figures before it are a period's («Это результаты только за
    /// январь-февраль 2021 года», "These figures are for the first quarter"): it opens with
    /// "this"/"these" and a word for results or figures, and states a period.
    pub(super) sums_up_before: bool,
}

pub(super) fn sentence_facts(toks: &Tokens, reference: Option<NaiveDate>) -> SentenceFacts {
    let mut f = SentenceFacts {
        dates: find_dates(toks, reference),
        ..Default::default()
    };
    // "The ministry announced on May 25 that a citizen was arrested": the day it was said,
    // not the day anything happened (a closing "..., the service reported on May 5." is
    // taken as the find's day when nothing else dates it).
    f.dates.retain(|d| {
        let day = d
            .date
            .is_some_and(|d| d.precision == crate::model::Precision::Day);
        !(day
            && toks.is(d.start.wrapping_sub(1), &["on"])
            && toks.is(d.end, &["that"])
            && toks.is(
                d.start.wrapping_sub(2),
                &[
                    "announced",
                    "said",
                    "reported",
                    "stated",
                    "told",
                    "informed",
                    "noted",
                ],
            ))
    });
    // "the largest cocaine seizure in Peru so far this year", «Крупнейшую с начала года партию»,
    // "said earlier this year": a frame for a comparison, or when something was said, not the
    // figure's reporting period.
    f.dates.retain(|d| {
        // ("... while the 16.5kg of heroin is the most in 20 years": the record's reach.)
        let the_most = toks.is(d.start.wrapping_sub(1), &["most", "highest"])
            && toks.is(d.start.wrapping_sub(2), &["the"]);
        let superlative = (the_most || (d.start.saturating_sub(8)..d.start).any(|k| {
            // («Одну из самых крупных партий марихуаны в этом году».)
            toks.is(
                k,
                &[
                    "largest",
                    "biggest",
                    "record",
                    "самую",
                    "самой",
                    "самых",
                    "самый",
                    "самая",
                ],
            ) || toks.starts(k, &["крупнейш", "наибольш", "рекордн"])
        }))
        // ("have seized a record 3.8 tons of drugs this year": a record figure is the
        // period's own; so are "Record seizures of cannabis products so far this year", the
        // period's seizures together.)
        && !(d.start.saturating_sub(8)..d.start).any(|k| {
            (toks.is(k, &["record"]) || toks.starts(k, &["рекордн"]))
                && (toks.is_num(k + 1) || toks.is(k + 1, &["seizures", "hauls"]))
        });
        // ("Early this year, the agency seized 200 packets from two dealers", "late last
        // year": when one find was made, not a period's figures; but "from early this year
        // to date" is one.)
        let earlier = toks.is(d.start.wrapping_sub(1), &["earlier", "later", "ранее"])
            || (toks.is(d.start.wrapping_sub(1), &["early", "late"])
                && !toks.is(d.start.wrapping_sub(2), &["from", "since"]));
        // "(in parentheses are data for the same period last year)", «за аналогичный период
        // прошлого года»: what figures are compared with.
        let compared = (d.start.saturating_sub(4)..d.start)
            .any(|k| toks.phrase_at(k, "same period") || toks.starts(k, &["аналогичн"]));
        !(d.relative && (superlative || earlier || compared))
    });
    // "During the past Iranian year (ended on March 20,) Iran seized more than 1,000 tons", «
    // иранский год заканчивается 20 марта»: the day a period ends on is no event's day.
    f.dates.retain(|d| {
        let k = d
            .start
            .wrapping_sub(usize::from(toks.is(d.start.wrapping_sub(1), &["on"])) + 1);
        !toks.is(
            k,
            &[
                "ended",
                "ending",
                "ends",
                "заканчивается",
                "закончился",
                "завершился",
            ],
        )
    });
    // "26% more than in 2022", "compared to 2022", "по сравнению с 2022 годом", "чем в 2022
    // году": the year a figure is compared with is not its period (unless the figure is that
    // year's: "по сравнению с 2010 годом, когда было изъято 1,86 тонны").
    // ("для сравнения, в 2006 году эта цифра составила 90 кг": the year of the figure it
    // gives, told as a comparison.)
    f.dates.retain(|d| {
        let gives_its_figure = (d.end..d.end + 5).any(|k| {
            (toks.starts(k, &["составил"]) || toks.is(k, &["was", "stood", "amounted"]))
                && (k + 1..k + 4).any(|n| toks.is_num(n))
        });
        let when = gives_its_figure || (d.end..d.end + 3).any(|k| toks.is(k, &["когда", "when"]));
        when || !(d.start.saturating_sub(4)..d.start).any(|k| {
            toks.is(
                k,
                &["than", "compared", "comparison", "versus", "vs", "чем"],
            ) || toks.starts(k, &["сравнени", "сравнен"])
        })
    });
    // «Всего за сутки изъято 73 кг 816 г героина», "Over the past 24 hours, in all, police
    // seized ...": a day summed up with a total's word (a day alone, «за сутки задержан курьер
    // с 2 кг», tells its finds one by one).
    // (The day first: few sentences have one, and the total's words are looked for word by
    // word.)
    f.day_summed = f.dates.iter().any(|d| {
        d.relative && !d.period && (d.start..d.end).any(|k| toks.is(k, &["сутки", "hours", "day"]))
    }) && (0..toks.len()).any(|k| {
        toks.is(k, &["всего", "total"])
            || toks.phrase_at(k, "in all")
            || toks.phrase_at(k, "общей сложности")
    });
    // An agency's nationality ("Russian border guards") counts only when the sentence names no
    // place: an explicit place outranks it ("... at the Pyanj border detachment").
    let mut demonyms: Vec<&'static str> = Vec::new();
    let mut dateline_place: Option<&'static str> = None;
    // Where the last agency's country was named ends: «УФСИН России по Республике Крым».
    let mut agency_country_end: Option<usize> = None;
    let mut counted_incident = false;
    let mut people_counted = false;
    let mut uncounted_plural = false;
    let mut operations_counted_here = false;
    // The country a demonym gives the city or province named next, and where that name starts.
    let mut city_of: Option<(&'static str, usize)> = None;
    let mut i = 0;
    while i < toks.len() {
        // Place names are capitalised.
        let name = location_name_at(toks, i);
        let mention = name.or_else(|| agency_demonym_at(toks, i));
        // «в испанском городе Сантьяго-де-Компостела», "the Spanish city of Cadiz": the
        // demonym says whose city it is (not Chile's Santiago).
        let mention = mention.map(|mut m| {
            if name.is_some()
                && let Some((code, at)) = city_of
                && at == m.start
            {
                m.place.code = code;
                m.place.also = None;
            }
            m
        });
        if let Some(m) = mention {
            let city_word = toks.starts(m.end, &["город", "порт", "провинци"])
                || toks.is(m.end, &["city", "town", "port", "province"]);
            if name.is_none() && city_word {
                let of = usize::from(toks.is(m.end + 1, &["of"]));
                city_of = Some((m.place.code, m.end + 1 + of));
            }
            if role(toks, &m) == Role::Location {
                // "Cairo: The stimulant Qat topped the types of drugs seized by Saudi border
                // guards": a dateline's city, where the report was written.
                // ("LONDON, Jan 15 (IranMania) - Provincial police seized ...": a city, a comma
                // and a date.)
                let dated = toks.is(m.end, &[","])
                    && (crate::dates::month_of(toks.text(m.end + 1)).is_some()
                        || crate::dates::month_of(toks.text(m.end + 2)).is_some());
                if name.is_some()
                    && m.start <= 6
                    && (toks.is(m.end, &[":"]) || dated)
                    && m.place.region.is_some()
                {
                    dateline_place = Some(m.place.code);
                    f.dateline = Some(m.place.code);
                }
                if name.is_some() {
                    f.locations.push(m.place.code);
                    // ("The U.S. Coast Guard", "the US Navy": a country's patrol at sea.)
                    let patrol = toks.toks.get(m.end).is_some_and(|t| t.upper)
                        && (toks.phrase_at(m.end, "coast guard")
                            || toks.is(m.end, &["navy", "naval"]));
                    if m.place.region.is_none()
                        && (crate::gazetteer::names_an_agency(toks, &m) || patrol)
                    {
                        f.agency_countries.push(m.place.code);
                        agency_country_end = Some(m.end);
                    }
                    // «изъяли в Афганистане», "seized in Afghanistan": said to be where.
                    // («сотрудниками УФСИН России по Республике Крым»: the region an agency of
                    // a country serves.)
                    let lead = if toks.is(m.start.wrapping_sub(1), &["республике"]) {
                        m.start - 1
                    } else {
                        m.start
                    };
                    let served = toks.is(lead.wrapping_sub(1), &["по"])
                        && agency_country_end == Some(lead - 1);
                    if served || toks.is(m.start.wrapping_sub(1), &["в", "во", "на", "in"]) {
                        f.said_where.push(m.place.code);
                        if m.place.region.is_none() && !crate::gazetteer::names_an_agency(toks, &m)
                        {
                            f.countries_in.push((m.start, m.place.code));
                        }
                    }
                    if let Some(also) = m.place.also {
                        f.shared_names.push((m.place.code, also));
                    }
                } else {
                    demonyms.push(m.place.code);
                }
                if f.region.is_none() {
                    f.region = m.place.region;
                }
            }
            i = m.end;
            continue;
        }
        if toks.is_word(i) {
            let w = toks.text(i);
            let cues = word_cues(w);
            // "24,202 suspects were detained", "1 250 граждан": people counted by the
            // hundred are statistics, not one incident.
            let counted = toks.is_num(i.wrapping_sub(1))
                && toks
                    .text(i - 1)
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect::<String>()
                    .parse::<u64>()
                    .is_ok_and(|n| n >= 100)
                // "19 тысяч подозреваемых", "hundreds of suspects".
                || toks.starts(i.wrapping_sub(1), &["тысяч", "тыс", "сотен", "сотни", "миллион"])
                || toks.is(i.wrapping_sub(1), &["thousand", "thousands", "hundreds"])
                || (toks.is(i.wrapping_sub(1), &["of"])
                    && toks.is(i.wrapping_sub(2), &["thousands", "hundreds"]));
            // Short words must match whole ("man", not "manage"); other stems are prefixes.
            // "The National Bureau of Statistics", "National Police": an agency's name, not
            // a foreign national.
            let agency_name = toks.toks[i].upper && w.starts_with("national");
            // "20 kg of suspected material": an adjective, not a suspect. ("national efforts",
            // "nationwide": nor a foreign national, who is "a Pakistani national", "nationals of
            // Iran", "a national who ...".)
            let adjective = matches!(w, "suspected" | "suspicious")
                || (w.starts_with("national")
                    && (!matches!(w, "national" | "nationals")
                        || (toks.is_word(i + 1)
                            && !toks.is(
                                i + 1,
                                &[
                                    "of",
                                    "was",
                                    "were",
                                    "who",
                                    "is",
                                    "are",
                                    "has",
                                    "had",
                                    "and",
                                    "identified",
                                    "named",
                                    "arrested",
                                    "detained",
                                    "with",
                                    "from",
                                    "in",
                                    "at",
                                    "on",
                                ],
                            ))));
            // ("police caught 17,363 people for drug offences in January", "Of those caught,
            // 16,245 were locals": people caught by the hundred, or the ones just counted, are
            // statistics, not one catch.)
            let caught_many = w == "caught"
                && (toks.is(i.wrapping_sub(1), &["those", "the"])
                    || whole_number_at(toks, i + 1).is_some_and(|n| n >= 100));
            let incident_word = (cues.incident
                && !counted
                && !agency_name
                && !adjective
                && !caught_many)
                || matches!(
                    w,
                    "man"
                        | "men"
                        | "car"
                        | "truck"
                        | "minibus"
                        | "minivan"
                        | "bus"
                        | "jeep"
                        | "taxi"
                        | "motorcycle"
                        | "motorbike"
                        | "train"
                        | "wagon"
                        | "trawler"
                        | "vehicle"
                        | "vehicles"
                        | "boat"
                        | "house"
                        | "apartment"
                        | "backpack"
                        | "pocket"
                        | "pockets"
                        | "suitcase"
                        | "cache"
                        | "checkpoint"
                        | "дом"
                        | "доме"
                )
                // ("hidden in a bag"; not "64 packets of plastic bags", goods listed, nor
                // "2,009 hashish bags", the lot's unit.)
                || (matches!(w, "bag" | "bags")
                    && !toks.is(i.wrapping_sub(1), &["of"])
                    && !toks.is(i.wrapping_sub(2), &["of"])
                    && !bags_counted_with_their_drug(toks, i))
                || (w == "old" && toks.text(i.wrapping_sub(1)) == "-")
                // "from a dhow", "hidden in a shipment of cables", "a shipping container":
                // one vehicle or consignment, said to be one (not "the Container Control
                // Programme", "750 container loads").
                || ((toks.is(i.wrapping_sub(1), &["a", "an", "one", "single"])
                    || toks.is(i.wrapping_sub(2), &["a", "an", "one", "single"]))
                    && matches!(
                    w,
                    "dhow"
                        | "vessel"
                        | "speedboat"
                        | "lorry"
                        | "container"
                        | "shipment"
                        | "consignment"
                        | "parcel"
                        | "warehouse"
                        // ("intercepted a ship", "from a Clermont home", "hidden inside a
                        // petrol tanker": the same.)
                        | "ship"
                        | "yacht"
                        | "sailboat"
                        | "tanker"
                        | "van"
                        | "trailer"
                        | "plane"
                        | "aircraft"
                        | "home"
                        | "flat"
                        | "residence"
                    ));
            // "in 9 operations ... arrested 6 accused persons and impounded 4 vehicles": people
            // and vehicles counted beside operations counted are results, not one incident.
            let two_or_more =
                |k: usize| crate::quantity::word_value(toks.text(k)).is_some_and(|v| v >= 2.0);
            let counted_before = || {
                toks.is_num(i.wrapping_sub(1))
                    || two_or_more(i.wrapping_sub(1))
                    || (toks.is_word(i.wrapping_sub(1)) && two_or_more(i.wrapping_sub(2)))
            };
            // «С начала года ... за пределами Таджикистана задержаны 42 жителя Согдийской
            // области»: many people (or vehicles, premises) counted over a period are results,
            // not one incident.
            // (The number written just before the word: "1 250 рейдов", "42 жителя".)
            let number_before = || whole_number_at(toks, i.wrapping_sub(1));
            // ("around 1.1 million yards of foreign cloth": a multiplier counts thousands.)
            let many_counted = || {
                number_before().is_some_and(|n| n >= 10)
                    || crate::quantity::multiplier(toks, i.wrapping_sub(1)).is_some()
            };
            // (And the breakdown of them that follows: «среди которых - 3 женщины».)
            if incident_word
                && (many_counted() || (people_counted && counted_before()))
                && f.dates.iter().any(|d| d.period)
            {
                f.statistics = true;
                people_counted = true;
            } else if incident_word && many_counted() {
                // «По ним задержано 57 подозреваемых лиц»: ten or more people (or vehicles,
                // premises) counted are no one incident, also where the sentence refers back to
                // its period instead of naming one.
            } else if incident_word && w.ends_with('s') && counted_before() {
                // ("more than 100 people, including six foreign nationals, have been arrested
                // since 2021": a breakdown of a count, which tells no incident of its own.)
                let breakdown = (i.saturating_sub(4)..i)
                    .any(|k| toks.is(k, &["including", "among", "включая", "числе", "которых"]));
                counted_incident |= !breakdown;
            } else if incident_word
                && ((w.is_ascii()
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && w.len() > 4)
                    || ((w.ends_with("ых") || w.ends_with("ые"))
                        && !two_or_more(i.wrapping_sub(1))
                        && !toks.is(i.wrapping_sub(1), &["двоих", "троих", "этих", "обоих"])))
            {
                // "arrested the most drug-trafficking suspects in the country's history",
                // «У подозреваемых изъяли более 10 кг»: people in the plural, counted by
                // nobody, are one incident only where the sentence names no period of its own.
                uncounted_plural = true;
            } else {
                f.incident |= incident_word;
            }
            // "96 operations", "1 250 рейдов": operations counted are statistics ("MAK 2019
            // operation" is a name).
            let operations_counted = cues.operation
                && number_before()
                    .is_some_and(|n| n >= 2 && (!(1990..=2100).contains(&n) || w.ends_with('s')));
            // ("... recovered nine valuable vehicles during these operations": the operations
            // just counted.)
            let these_operations = cues.operation
                && w.ends_with('s')
                && toks.is(i.wrapping_sub(1), &["these", "those", "the", "all", "such"]);
            operations_counted_here |= operations_counted || these_operations;
            f.statistics |= cues.statistics || operations_counted || toks.phrase_at(i, "in all");
            let regional = (w == "member" && toks.phrase_at(i, "member states"))
                || (w == "participating" && toks.is(i + 1, &["states", "countries"]))
                || (w == "государств" && toks.starts(i + 1, &["участник", "-"]))
                || (toks.is(i, &["csto", "одкб", "sco", "шос", "cis", "снг"])
                    // (Not a route's end: «везли через территорию Кыргызстана в страны СНГ»,
                    // "bound for CIS countries".)
                    && !(toks.is(i.wrapping_sub(1), &["to", "into", "for"])
                        || (toks.is(i.wrapping_sub(1), &["страны", "стран", "countries"])
                            && toks.is(i.wrapping_sub(2), &["в", "во", "to", "into", "for"]))));
            f.regional |= regional;
            f.open_ocean |= matches!(
                w,
                "eastern"
                    | "western"
                    | "caribbean"
                    | "international"
                    | "международных"
                    | "нейтральных"
                    | "восточной"
            ) && toks.any_phrase_at(
                i,
                &[
                    "eastern pacific",
                    "western caribbean",
                    "caribbean basin",
                    "international waters",
                    "международных водах",
                    "нейтральных водах",
                    "восточной части тихого океана",
                ],
            );
            // ("a driver jointly charged with Joseph Moyo", "faces a joint charge with": people
            // accused together, not the joint work of agencies.)
            let co_accused = (w == "jointly"
                && toks.is(
                    i + 1,
                    &[
                        "charged",
                        "accused",
                        "indicted",
                        "convicted",
                        "tried",
                        "sentenced",
                    ],
                ))
                || (w == "joint" && toks.is(i + 1, &["charge", "charges", "trial", "indictment"]));
            f.joint |= (cues.joint && !co_accused) || regional;
            f.during_operation |= matches!(w, "during" | "in" | "as" | "в")
                && toks.any_phrase_at(
                    i,
                    &[
                        "during the operation",
                        "in the course of the operation",
                        "as part of the operation",
                        "в ходе операции",
                        "в ходе мероприятия",
                        "в рамках операции",
                        "в рамках мероприятия",
                    ],
                )
                // («в ходе проведения оперативно-профилактической операции «Мак»», "during a
                // joint counter-narcotics operation": words between.)
                || (matches!(w, "в" | "during")
                    && (w == "during" || toks.is(i + 1, &["ходе", "рамках"]))
                    && (i + 1..i + 8).any(|k| {
                        toks.starts(k, &["операци", "мероприяти", "operation"])
                    }));
            // «в рамках программы "Корадори"», "under the programme 'Clean Street'": a named
            // programme of operations, as a named operation (so is «спецпрограммы "Мак"»).
            f.named_operation |= ["программ", "спецпрограмм", "programme", "program"]
                .iter()
                .any(|p| w.starts_with(p))
                && (toks.text(i + 1) == "\"" || toks.is(i + 1, &["«"]));
            f.speech |= matches!(
                w,
                "said" | "says" | "reported" | "stated" | "announced" | "told" | "noted"
            ) || ["сообщ", "заявил", "отметил", "рассказал", "доложил"]
                .iter()
                .any(|p| w.starts_with(p));
            // "North-West Operational Customs", "operational-search measures": an agency or a
            // kind of police work, not an operation; "1,557 operations in 2018": statistics.
            if cues.operation && !w.starts_with("operational") && !operations_counted {
                f.operation_words = true;
                // («операция под условным названием «Мак-2012»»: named a few words on.)
                let called = (i + 1..i + 4).any(|k| {
                    toks.is(k, &["названием", "codenamed", "dubbed"])
                        && matches!(toks.text(k + 1), "\"" | "«")
                });
                // («в ходе проведения операции Мак-2010»: a name and its year, unquoted.)
                let name_and_year = toks.toks.get(i + 1).is_some_and(|t| t.upper)
                    && toks.is_word(i + 1)
                    && toks.is(i + 2, &["-", "–"])
                    && crate::dates::year_at(toks, i + 3).is_some();
                // ("the special operation ‘Yukthiya’": in single quotes too.)
                let single = |k: usize| {
                    matches!(toks.text(k), "‘" | "'")
                        && toks.is_word(k + 1)
                        && toks.toks.get(k + 1).is_some_and(|t| t.upper)
                };
                // (A quote that opens a name: not the one closing a speaker's words, "during
                // this operation," the commander said.)
                let opens = |k: usize| {
                    toks.text(k) == "\"" && toks.toks.get(k + 1).is_some_and(|t| t.upper)
                };
                let quoted = opens(i + 1)
                    || (toks.is_word(i + 1) && opens(i + 2))
                    || single(i + 1)
                    || called;
                let quoted = quoted || name_and_year;
                let named = quoted && (w.starts_with("operation") || w.starts_with("операц"));
                f.named_operation |= named;
                if f.operation_year.is_none() {
                    f.operation_year = year_in_a_name(toks, i);
                }
            }
            // "organized Drug Burning Ceremony 2016 at Kuchh More": a ceremony's name dates
            // what it destroyed, as an operation's does.
            if f.operation_year.is_none() && (w.starts_with("ceremon") || w.starts_with("церемони"))
            {
                f.operation_year = year_in_a_name(toks, i);
            }
        }
        i += 1;
    }
    f.another_story = super::sentences::opens_another_incident(toks);
    // (The scan only when the phrase was found: most sentences name no ocean.)
    f.open_ocean = f.open_ocean
        && (0..toks.len()).any(|k| {
            toks.starts(
                k,
                &[
                    "seiz",
                    "interdict",
                    "intercept",
                    "boarded",
                    "offload",
                    "изъя",
                    "задерж",
                    "перехват",
                ],
            )
        });
    // «В присутствии ... государств-членов ОДКБ ... было сожжено 176 кг», "in the presence
    // of CSTO delegates": the organisation watched; the figure is the host country's.
    if f.regional
        && (0..toks.len()).any(|k| {
            toks.any_phrase_at(
                k,
                &[
                    "в присутствии",
                    "in the presence of",
                    "witnessed by",
                    "attended by",
                ],
            )
        })
    {
        f.regional = false;
    }
    f.incident |= counted_incident && !operations_counted_here;
    let named_one = f.incident;
    f.incident |= uncounted_plural && !f.dates.iter().any(|d| d.period);
    // Whether the sentence counts over a stretch of time (the preposition before the period or
    // opening it: «за последние 9 месяцев», "during the last week").
    let counts_over_a_stretch = f.dates.iter().any(|d| {
        d.period
            && (d.start.saturating_sub(1)..=d.start)
                .any(|k| toks.is(k, &["for", "over", "during", "throughout", "за", "течение"]))
    });
    let one_incident = super::incident::tells_one_incident(toks, &f.dates, counts_over_a_stretch);
    f.incident |= one_incident;
    f.only_uncounted_plurals = f.incident && !named_one && !one_incident;
    // "Of the suspects, some 7,020 are Cambodians, ..., a Finn, an Australian": a breakdown of
    // people counted before, however singular its words, tells no incident of its own.
    if (0..2).any(|k| {
        toks.any_phrase_at(
            k,
            &[
                "of the suspects",
                "of the detainees",
                "of those arrested",
                "of the arrested",
                "among the suspects",
                "among the detainees",
                "among those arrested",
                "среди задержанных",
                "среди подозреваемых",
            ],
        )
    }) {
        f.incident = false;
    }
    // (An agency of another country in the same sentence tells where it happened.)
    if let Some(code) = dateline_place
        && demonyms.iter().any(|d| *d != code)
        && let Some(k) = f.locations.iter().position(|l| *l == code)
    {
        f.locations.remove(k);
    }
    if f.locations.is_empty() {
        f.locations = demonyms;
    }
    comparisons::read_comparisons(toks, &mut f);
    // «зафиксировали за последние 9 месяцев 125 случаев незаконного перемещения наркотиков в
    // международных почтовых отправлениях»: cases counted over a stretch of time are
    // statistics, whatever consignments or people they name.
    if counts_over_a_stretch
        && (1..toks.len()).any(|k| {
            toks.is_num(k - 1)
                && toks.starts(
                    k,
                    &[
                        "случа",
                        "преступлен",
                        "фактов",
                        "cases",
                        "crimes",
                        "offences",
                        "offenses",
                    ],
                )
        })
    {
        f.incident = false;
    }
    f.respectively = (0..toks.len()).any(|k| toks.is(k, &["respectively", "соответственно"]));
    f.sums_up_before = toks.is(0, &["это", "these", "this", "those", "такие", "таковы"])
        && (1..4.min(toks.len())).any(|k| {
            toks.starts(k, &["результат", "итог", "данны", "показател"])
                || toks.is(k, &["results", "figures", "data", "numbers"])
        })
        && f.dates
            .iter()
            .any(|d| d.period && !d.relative && d.date.is_some());
    f.year_led = (0..toks.len())
        .filter(|&k| {
            crate::dates::year_at(toks, k).is_some()
                && (toks.is(k + 1, &["–", "-", "—"])
                    // ("In 2016 ... 779.916kg ..., 2017, 12666.400kg and 2018, 5375.985kg":
                    // a year and its comma in a list.)
                    || (toks.is(k + 1, &[","]) && toks.is(k.wrapping_sub(1), &[",", "and", "и"])))
                && toks.is_num(k + 2)
        })
        .map(|k| k + 2)
        .collect();
    f
}

/// Whether the bags at token `i` are a lot's count with its drug between ("2,009 hashish
/// bags"), not the bags something was hidden in ("in 46 50 kg bags", weighed by the piece).
fn bags_counted_with_their_drug(toks: &Tokens, i: usize) -> bool {
    toks.is_num(i.wrapping_sub(2)) && crate::lexicon::unit_at(toks, i.wrapping_sub(1)).is_none()
}

/// The whole number token `k` writes, its group separators left out ("17,363", "1 250"), if
/// it is one.
fn whole_number_at(toks: &Tokens, k: usize) -> Option<u64> {
    toks.is_num(k)
        .then(|| toks.text(k).replace([',', ' '], "").parse().ok())
        .flatten()
}
