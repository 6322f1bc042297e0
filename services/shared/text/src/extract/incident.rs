//! Whether a sentence tells of one incident by the words around its figures: a weekday beside
//! its verb, one batch or gang, "one of the flats", one raid or find, a single haul, a point in
//! the past. Split from `facts.rs`, which reads the rest of what a sentence says (people and
//! vehicles named, places, periods); an incident anchors a figure as a seizure and ends the
//! reporting period in force.

use crate::dates::DateMention;
use crate::fold::Tokens;

use crate::dates::WEEKDAYS;

/// Whether `toks` tells of one incident by its words. `dates` are the sentence's date mentions;
/// `counts_over_a_stretch` says whether it counts over a stretch of time («за последние 9
/// месяцев»), where a batch or a gang is one of many.
pub(super) fn tells_one_incident(
    toks: &Tokens,
    dates: &[DateMention],
    counts_over_a_stretch: bool,
) -> bool {
    let mut one = false;
    // "Turkish police seized on Wednesday some 103.2 kilograms", «во вторник пограничники
    // задержали»: a weekday beside the verb is the incident's day.
    const RU_WEEKDAYS: &[&str] = &[
        "понедельник",
        "вторник",
        "среду",
        "четверг",
        "пятницу",
        "субботу",
        "воскресенье",
    ];
    let weekday = |k: usize| {
        (toks.is(k, WEEKDAYS) && toks.is(k.wrapping_sub(1), &["on"]))
            || (toks.is(k, RU_WEEKDAYS) && toks.is(k.wrapping_sub(1), &["в", "во"]))
    };
    let verb_near = |k: usize| {
        (k.saturating_sub(3)..(k + 4).min(toks.len())).any(|j| {
            toks.starts_set(j, crate::lexicon::seizure_stems())
                || toks.starts_set(j, crate::lexicon::destruction_stems())
        })
    };
    one |= (0..toks.len()).any(|k| weekday(k) && verb_near(k));
    // "In March, a large batch of heroin – 37 kg – was discovered", "smashed a gang ... and
    // seized 80 kilograms": one lot (not "77 shipments", "50 gangs"). (Not in a sentence
    // that counts over a stretch of time: "for the last week: four kilograms of marihuana
    // and a big batch of heroin were withdrawn".)
    one |= !counts_over_a_stretch
        && (0..toks.len()).any(|k| {
            toks.is(
                k,
                &[
                    "batch",
                    "consignment",
                    "shipment",
                    "gang",
                    "ring",
                    "syndicate",
                ],
            )
        });
    // «в одном из домов оперативники обнаружили», "in one of the flats": one place searched.
    one |= (1..toks.len()).any(|k| {
        toks.is(k, &["одном", "одной", "одного", "one"])
            && toks.is(k + 1, &["из", "of"])
            && toks.starts(
                k + 2 + usize::from(toks.is(k + 2, &["the"])),
                &[
                    "дом",
                    "двор",
                    "гараж",
                    "квартир",
                    "автомоб",
                    "машин",
                    "сара",
                    "house",
                    "flat",
                    "apartment",
                    "car",
                    "garage",
                    "vehicle",
                ],
            )
    });
    // "a raid was carried out", "in a joint operation with the ATS": one raid, one incident.
    const ONE_RAID: &[&str] = &["raid", "operation", "search", "bust", "swoop"];
    // ("In April, a record-breaking seizure of 460 kilos was made": one seizure, in a
    // sentence that states no period longer than a month; not "a seizure of 482 kg of drugs"
    // in 2015, a year's sum.)
    // ("Last week troops foiled a similar attempt, seizing 28 kilograms": one attempt.)
    // ("By the end of September 2018, a cargo of more than 900,000 Tramadol tablets had been
    // intercepted": one cargo.)
    const ONE_FIND: &[&str] = &["seizure", "haul", "interception", "attempt", "cargo"];
    let no_long_period = dates.iter().all(|d| {
        !d.period
            || (!d.relative
                && (d.month_without_year.is_some()
                    || d.date
                        .is_some_and(|d| d.precision == crate::model::Precision::Month))
                && !d.whole_year)
    });
    const ITS_KIND: &[&str] = &[
        "joint",
        "special",
        "separate",
        "single",
        "police",
        "successful",
        "targeted",
        "covert",
    ];
    // ("a major raid which resulted in the confiscation of 66 kilograms ... in October 2017":
    // one raid whatever words describe it, so its month is when, not a reporting period.)
    let describes = |k: usize| {
        toks.is(k, ITS_KIND)
            || (toks.is_word(k)
                && !toks.toks[k].upper
                && toks.text(k).ends_with(|c: char| c.is_ascii_alphabetic())
                && !toks.is(
                    k,
                    &[
                        "month",
                        "week",
                        "year",
                        "day",
                        // ("a continuing operation aimed at dealers": a stretch of time.)
                        "continuing",
                        "ongoing",
                        "sustained",
                        "nationwide",
                        "countrywide",
                        // ("a total seizure of 5 tonnes in 2023": a sum.)
                        "total",
                        "combined",
                        "cumulative",
                        "overall",
                        "annual",
                        "monthly",
                        "yearly",
                        "months",
                        "weeks",
                        "years",
                        "days",
                        // ("as a result of Operation Kanal", "a sharp increase in the seizure
                        // of heroin": words of a phrase, not of one raid.)
                        "of",
                        "the",
                        "in",
                        "on",
                        "at",
                        "for",
                        "to",
                        "with",
                        "by",
                        "from",
                        "and",
                        "or",
                        "result",
                        "increase",
                        "decrease",
                        "rise",
                        "drop",
                        "number",
                        "series",
                    ],
                )
                && !toks.text(k).ends_with("long"))
    };
    // (Up to two describing words before a raid's word; up to four tokens before a find's,
    // a hyphen counted: "a record-breaking seizure"; not "A regional anti-drug operation,
    // dubbed Kanal-2012, was held from March 3 to March 10", an operation over days.)
    let one_raid = |j: usize| toks.is(j, ONE_RAID);
    // ("Overall customs officers have revealed an attempt to smuggle 1,750 kilograms": a
    // sentence that opens by summing up counts one attempt of many.)
    let sums_up = super::sentences::opens_by_summing_up(toks);
    let one_find =
        |j: usize| no_long_period && toks.is(j, ONE_FIND) && !(sums_up && toks.is(j, &["attempt"]));
    one |= (0..toks.len()).any(|k| {
        toks.is(k, &["a", "an"])
            && ({
                let mut j = k + 1;
                while j < k + 3 && !one_raid(j) && describes(j) {
                    j += 1;
                }
                one_raid(j)
            } || {
                let mut j = k + 1;
                while j < k + 5 && !one_find(j) && (describes(j) || toks.is(j, &["-"])) {
                    j += 1;
                }
                one_find(j)
            })
    });
    // "In June, the agency seized 80 tonnes of cannabis in its largest ever single haul": one
    // find, whatever the month.
    one |= (0..toks.len()).any(|k| {
        toks.is(k, &["single"])
            && toks.starts(k + 1, &["haul", "seizure", "consignment", "shipment"])
    });
    // "In the biggest bust of the year, customs seized 621 kilograms", "the biggest catch was
    // around 3,060 kg ganja ... in June 2021": the largest find is one find (not "the second
    // largest seizure on record", "the largest opium seizure" of a state: a year's or a
    // region's sum may be called a seizure, not a bust, a catch or a haul).
    // (Not "the largest haul ever recorded in one year": a haul a year long is a year's sum.)
    let in_one_stretch = |j: usize| {
        (j + 1..j + 6).any(|y| {
            toks.is(y, &["year", "month", "week"])
                && toks.is(y.wrapping_sub(1), &["one", "a", "single"])
                && toks.is(y.wrapping_sub(2), &["in", "within", "over"])
        })
    };
    one |= (0..toks.len()).any(|k| {
        toks.is(k, &["biggest", "largest"])
            && (k + 1..k + 3).any(|j| toks.is(j, &["bust", "catch", "haul"]) && !in_one_stretch(j))
    });
    // "Two years ago, authorities foiled the transport of 11 kilograms": a point in the past,
    // not the reporting period in force.
    // (Not when a period is stated after it: "A few days ago, officials said ... that in the
    // past year, they conducted 3,700 operations": the day it was said.)
    one |= (1..toks.len()).any(|k| {
        toks.is(k, &["ago", "назад"])
            && !dates.iter().any(|d| d.period && d.start > k)
            // (Nor a baseline: "nearly triple from a year ago", "up on a year ago", "compared
            // with a year ago"; not "returned from Peru days ago".)
            && !(k.saturating_sub(3)..k).any(|j| {
                toks.is(j, &["from", "than", "on", "versus", "vs"])
                    && (toks.is(j + 1, &["a", "an"]) || toks.is_num(j + 1))
            })
            && !(k.saturating_sub(5)..k).any(|j| toks.is(j, &["compared"]))
            && toks.starts(
                k - 1,
                &[
                    "year",
                    "month",
                    "week",
                    "day",
                    "год",
                    "лет",
                    "месяц",
                    "недел",
                    "дн",
                ],
            )
    });
    one
}
