//! Relative mentions of time: "yesterday", "this year", "с начала года", "за месяц", "over the
//! past three years", «за три дня». They have no date of their own: each says what it means
//! given the bulletin's reference date, or that it refers back to a period the text named. Split
//! from `dates.rs`, which reads the dates written out.

use chrono::{Datelike, NaiveDate};

use super::{DateMention, year_at};
use crate::fold::Tokens;
use crate::model::EventDate;

/// What a relative phrase resolves to, given the reference date.
type Resolve = fn(NaiveDate) -> Option<EventDate>;

fn this_year(r: NaiveDate) -> Option<EventDate> {
    Some(EventDate::year(r.year()))
}

fn last_year(r: NaiveDate) -> Option<EventDate> {
    Some(EventDate::year(r.year() - 1))
}

fn today(r: NaiveDate) -> Option<EventDate> {
    Some(EventDate::day(r.year(), r.month(), r.day()))
}

fn yesterday(r: NaiveDate) -> Option<EventDate> {
    r.checked_sub_days(chrono::Days::new(1))
        .map(|d| EventDate::day(d.year(), d.month(), d.day()))
}

/// Relative phrases: (phrase, is a period, what it resolves to given the reference date).
const PHRASES: &[(&str, bool, Resolve)] = &[
    ("since the beginning of the year", true, this_year),
    ("since the start of the year", true, this_year),
    // "from the beginning of the year, the Customs Branch ... discovered 23 shipments".
    ("from the beginning of the year", true, this_year),
    ("from the start of the year", true, this_year),
    ("from the beginning of this year", true, this_year),
    ("from the start of this year", true, this_year),
    ("this year", true, this_year),
    ("the current year", true, this_year),
    ("last year", true, last_year),
    ("the past year", true, last_year),
    ("с начала текущего года", true, this_year),
    ("с начала этого года", true, this_year),
    ("с начала нынешнего года", true, this_year),
    ("since the beginning of this year", true, this_year),
    ("since the start of this year", true, this_year),
    ("с начала года", true, this_year),
    // «за текущий год в регионе пресечено 260 наркопреступлений».
    ("за текущий год", true, this_year),
    ("за этот год", true, this_year),
    ("за нынешний год", true, this_year),
    ("в этом году", true, this_year),
    ("в текущем году", true, this_year),
    // «в нынешнем году правоохранительные органы изъяли 250 кг», «в истекшем году».
    ("в нынешнем году", true, this_year),
    ("в истекшем году", true, last_year),
    ("в прошлом году", true, last_year),
    ("за прошлый год", true, last_year),
    // «в течение последнего года (иранский год заканчивается 20 марта)».
    ("за последний год", true, last_year),
    ("за прошедший год", true, last_year),
    ("за минувший год", true, last_year),
    ("в течение последнего года", true, last_year),
    ("в течение прошлого года", true, last_year),
    ("в минувшем году", true, last_year),
    ("в прошедшем году", true, last_year),
    ("the last year", true, last_year),
    ("за истекший период", true, this_year),
    // Short reporting periods of digests: a week, a day, the holidays.
    ("the last week", true, today),
    // (The ANF's weekly digests: "... while conducting 29 counter-narcotics operations
    // throughout the country during last week".)
    ("during last week", true, today),
    ("the past decade", true, today),
    ("the last decade", true, today),
    ("over the past weeks", true, today),
    ("in recent weeks", true, today),
    ("за последние недели", true, today),
    ("за последние месяцы", true, today),
    ("по итогам минувшего года", true, last_year),
    ("по итогам прошлого года", true, last_year),
    ("по итогам прошедшего года", true, last_year),
    // "223.5 kilograms ... have been seized at the border this month so far": a running
    // total (not "earlier this month", a day in it).
    ("this month so far", true, today),
    ("so far this month", true, today),
    // "So far this week, they have seized nearly 2.5 tons": the week's running total.
    ("so far this week", true, today),
    ("this week so far", true, today),
    ("the past week", true, today),
    ("the past month", true, today),
    ("the last month", true, today),
    ("за прошедший месяц", true, today),
    ("за минувший месяц", true, today),
    ("за последний месяц", true, today),
    ("in a week", true, today),
    ("the past day", false, today),
    ("the past 24 hours", false, today),
    ("the last 24 hours", false, today),
    ("the new year holidays", true, today),
    ("за неделю", true, today),
    ("за прошедшую неделю", true, today),
    ("за минувшую неделю", true, today),
    ("за последнюю неделю", true, today),
    ("за сутки", false, today),
    ("за прошедшие сутки", false, today),
    ("за минувшие сутки", false, today),
    ("в течение недели", true, today),
    ("в течение минувшей недели", true, today),
    ("в течение прошедшей недели", true, today),
    ("в течение прошлой недели", true, today),
    ("на минувшей неделе", true, today),
    ("на прошедшей неделе", true, today),
    ("на прошлой неделе", true, today),
    ("за прошлую неделю", true, today),
    ("за новогодние праздники", true, today),
    ("since the beginning of", true, this_year),
    ("since the start of", true, this_year),
    ("с начала месяца", true, today),
    ("с начала текущего месяца", true, today),
    ("с начала этого месяца", true, today),
    // «Таможенная служба с начала недели обнаружила около 2 тонн кокаина».
    ("с начала недели", true, today),
    ("с начала текущей недели", true, today),
    ("с начала этой недели", true, today),
    ("yesterday", false, yesterday),
    ("вчера", false, yesterday),
    ("накануне", false, yesterday),
    ("today", false, today),
    ("сегодня", false, today),
];

/// The phrases of [`PHRASES`] by their first word, in table order: the first words ("the",
/// "in", «в», «за») are among the commonest, and most phrases start with another.
fn phrases_opening_with(word: &str) -> &'static [usize] {
    static INDEX: std::sync::OnceLock<foldhash::HashMap<&'static str, Vec<usize>>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index: foldhash::HashMap<&'static str, Vec<usize>> = Default::default();
            for (n, (p, _, _)) in PHRASES.iter().enumerate() {
                index
                    .entry(p.split(' ').next().unwrap_or(p))
                    .or_default()
                    .push(n);
            }
            index
        })
        .get(word)
        .map_or(&[], Vec::as_slice)
}

/// A relative mention ("this year", "за месяц", "over the past three years"): no date of its
/// own; `resolved` is what it means given the reference date, `anaphoric` that it refers back to
/// a period the text named.
pub(super) fn relative(
    start: usize,
    end: usize,
    period: bool,
    resolved: Option<EventDate>,
    anaphoric: bool,
) -> DateMention {
    DateMention {
        start,
        end,
        date: None,
        period,
        relative: true,
        last_day: None,
        resolved,
        anaphoric,
        whole_year: false,
        current_year: false,
        month_without_year: None,
        year_written: false,
    }
}

/// Phrases of a period that refers back to one the text named: "за месяц" (the month just
/// named), "с начала операции" (since the operation began), "in the reported period".
const ANAPHORIC_PERIODS: &[&str] = &[
    "за месяц",
    "с начала операции",
    // «Всего за время кампании было изъято 11,4 тонны»: over the campaign the text names.
    "за время кампании",
    "за время операции",
    "during the campaign",
    "с начала мероприятия",
    "с начала акции",
    "since the start of the operation",
    "since the beginning of the operation",
    "during the year",
    "over the year",
    // "The Ministry said throughout the year it has arrested 71 drug dealers".
    "throughout the year",
    "in the course of the year",
    "за год",
    "в течение года",
    "за отчетный период",
    "за этот период",
    "за эти годы",
    "за это время",
    "over this time",
    "during this time",
    "за все эти годы",
    "за годы работы",
    "over the years",
    "over these years",
    "за указанный период",
    "in the same period",
    "within the same period",
    "during the same period",
    "over the same period",
    "за тот же период",
    "for a month",
    "in a month",
    "over a month",
    "during this period",
    "over this period",
    "within the period",
    "during the period",
    "over the period",
    // "In the reported period police seized:", "during the period under review".
    "in the reported period",
    "in the reporting period",
    "during the reported period",
    "during the reporting period",
    "over the reporting period",
    "in the period under review",
    "during the period under review",
    "в отчетный период",
];

pub(super) fn relative_at(
    toks: &Tokens,
    i: usize,
    reference: Option<NaiveDate>,
) -> Option<DateMention> {
    const FIRST_WORDS: &[&str] = &[
        // ("so far this month", "so far this week").
        "so",
        "since",
        "during",
        "from",
        "within",
        "this",
        "the",
        "last",
        "over",
        "for",
        "по",
        "на",
        "in",
        "с",
        "в",
        "за",
        "yesterday",
        "вчера",
        "накануне",
        "today",
        "сегодня",
    ];
    // (Every phrase here opens with a word: numbers and punctuation are passed by at once.)
    if !toks.is_word(i) {
        return None;
    }
    // "seizing so far this April (1,670) kilos of cocaine": the month to date, a running
    // total (as "so far this month").
    if toks.is(i, &["so"])
        && toks.is(i + 1, &["far"])
        && toks.is(i + 2, &["this", "in"])
        && super::month_of(toks.text(i + 3)).is_some()
    {
        return Some(relative(i, i + 4, true, reference.and_then(today), false));
    }
    // "за месяц" (the month just named), "с начала операции" (since the operation began).
    // (Every such phrase opens with one of these words: asked once, not once per phrase.)
    if toks.is(
        i,
        &[
            "за",
            "с",
            "since",
            "during",
            "over",
            "в",
            "in",
            "within",
            "for",
            "throughout",
        ],
    ) && let Some(p) = ANAPHORIC_PERIODS.iter().find(|p| toks.phrase_at(i, p))
    {
        let end = i + p.split(' ').count();
        return Some(relative(i, end, true, None, true));
    }
    // "nine months", "за 9 месяцев", "first half", "первое полугодие", "the quarter".
    if toks.is(
        i,
        &[
            "months",
            "месяцев",
            "месяца",
            "quarter",
            "квартал",
            "квартала",
            "полугодие",
            "полугодия",
            "полугодии",
            "квартале",
        ],
    ) || (toks.is(i, &["half", "semester"]) && toks.is(i.wrapping_sub(1), &["first", "second"]))
        // "In the first three quarters of the year" (not "the living quarters", nor "three
        // quarters of a million dollars").
        || (toks.is(i, &["quarters"])
            && (toks.is_num(i.wrapping_sub(1))
                || crate::quantity::word_value(toks.text(i.wrapping_sub(1))).is_some())
            && !(toks.is(i + 1, &["of"]) && toks.is(i + 2, &["a", "an"])))
        // "a five-month operation", "the six-month period", "a 10-week crackdown": a campaign
        // counted over (not "an eight-week investigation" into one gang).
        // ("a three-year crackdown on a nationwide drug trafficking operation": years too.)
        // ("an 11-day island-wide operation": days too, past an adjective of one or two words.)
        || (toks.is(i, &["month", "week", "year", "day"])
            && toks.is(i.wrapping_sub(1), &["-"])
            && (toks.is_num(i.wrapping_sub(2))
                || crate::quantity::word_value(toks.text(i.wrapping_sub(2))).is_some())
            && (i + 1..i + 5)
                .take_while(|&k| toks.is_word(k) || toks.is(k, &["-"]))
                .any(|k| {
                    toks.is(
                        k,
                        &["operation", "campaign", "crackdown", "period", "drive", "blitz", "offensive"],
                    )
                }))
        // «В ходе 10-дневной операции», «месячной акции»: the same in Russian.
        || (toks.starts(i, &["дневн", "недельн", "месячн"])
            && toks.is(i.wrapping_sub(1), &["-"])
            && toks.is_num(i.wrapping_sub(2))
            && (i + 1..i + 4)
                .take_while(|&k| toks.is_word(k))
                .any(|k| toks.starts(k, &["операци", "акци", "рейд", "кампани", "мероприят"])))
        // «за первую половину этого года», «во второй половине 2019 года» (not «в первой
        // половине дня»).
        || (toks.starts(i, &["половин"])
            && toks.starts(i.wrapping_sub(1), &["перв", "втор"])
            && (toks.starts(i + 1, &["год"]) || toks.starts(i + 2, &["год"])))
        // «за полгода», «в течение полугода»: half a year counted over (not «операция,
        // которая готовилась полгода»).
        || (toks.is(i, &["полгода", "полугода"]) && toks.is(i.wrapping_sub(1), &["за", "течение"]))
    {
        // "besieged by militants in recent months": no period anything is counted over.
        // ("Over the next several months, a number of search warrants were obtained": months
        // of an investigation, uncounted.)
        if toks.is(
            i.wrapping_sub(1),
            &["recent", "coming", "several", "few", "many", "next"],
        ) {
            return None;
        }
        // ("Alphabet posts first $100 bn quarter": a business headline's quarter, not one
        // counted over; an English quarter is named by its place or its article.)
        if toks.is(i, &["quarter"])
            && !toks.is(
                i.wrapping_sub(1),
                &[
                    "first", "second", "third", "fourth", "last", "the", "this", "previous",
                    "past", "same",
                ],
            )
        {
            return None;
        }
        return Some(relative(i, i + 1, true, None, true));
    }
    if !toks.is(i, FIRST_WORDS) {
        return None;
    }
    // "over the past three years", "in the last 6 months", "за последние пять лет": a period
    // up to the time of writing.
    let n = |k: usize| toks.is_num(k) || crate::quantity::word_value(toks.text(k)).is_some();
    let lengths: &[&str] = &[
        "year",
        "month",
        "week",
        "day",
        "лет",
        "год",
        "месяц",
        "недел",
        "дн",
    ];
    // ("the past 48 hours", «за последние 72 часа»: two days or more, as "the past two
    // days"; the past 24 hours are one day's news.)
    let days_of_hours = |k: usize| {
        toks.starts(k + 1, &["hour", "час"]) && toks.text(k).parse::<u32>().is_ok_and(|h| h >= 48)
    };
    if ((toks.is(i, &["the"]) && toks.is(i + 1, &["past", "last"]))
        || (toks.is(i, &["за"]) && toks.is(i + 1, &["последние", "прошедшие", "минувшие"])))
        && n(i + 2)
        && (toks.starts(i + 3, lengths) || days_of_hours(i + 2))
    {
        return Some(relative(i, i + 4, true, None, false));
    }
    // «За три дня сотрудниками полиции ...», «за 10 лет»: a period too (not «за 5 дней до
    // задержания», five days before it).
    // (Not «за 2024 год», nor «за 10 месяцев 2017 года», which name their year.)
    let few = |k: usize| {
        crate::quantity::word_value(toks.text(k)).is_some()
            || (toks.is_num(k) && toks.text(k).parse::<u32>().is_ok_and(|v| v < 100))
    };
    if toks.is(i, &["за"])
        && few(i + 1)
        && toks.starts(i + 2, lengths)
        && !toks.is(i + 3, &["до"])
        && year_at(toks, i + 3).is_none()
    {
        // («За 10 месяцев года»: of the year the text named.)
        return Some(relative(i, i + 3, true, None, true));
    }
    // «за две прошедшие недели», «за три последних месяца»: the same, the count first.
    if toks.is(i, &["за"])
        && few(i + 1)
        && toks.starts(i + 2, &["последн", "прошедш", "минувш"])
        && toks.starts(i + 3, lengths)
        && year_at(toks, i + 4).is_none()
    {
        return Some(relative(i, i + 4, true, None, false));
    }
    // "seized 15 tons ... of drugs for three years", "over six months": the same in English
    // (not a prison term: "jailed for 10 years", "sentenced ... for five years").
    // (Read only after the cheap checks: this function runs for most words of every text.)
    let sentence_words = || {
        (i.saturating_sub(8)..i).any(|k| {
            toks.starts(
                k,
                &[
                    "sentenc", "jail", "prison", "imprison", "term", "punish", "face", "custod",
                    "detain",
                ],
            )
        })
    };
    // ("seized over 234 tonnes of drugs ... in seven years", "within two years": the same.)
    if (toks.is(i, &["for", "over"])
        || (toks.is(i, &["in", "within"]) && toks.is(i + 2, &["years", "months"])))
        && few(i + 1)
        && toks.starts(i + 2, &["year", "month", "week"])
        && !sentence_words()
    {
        return Some(relative(i, i + 3, true, None, false));
    }
    // ("In less than six months, the army has seized an estimated 6 tonnes", "in under two
    // years": a bound before the count.)
    if toks.is(i, &["in", "within"]) {
        let skip = if toks.is(i + 1, &["less"]) && toks.is(i + 2, &["than"]) {
            2
        } else {
            usize::from(toks.is(i + 1, &["under", "just"]))
        };
        if skip > 0
            && few(i + 1 + skip)
            && toks.is(i + 2 + skip, &["years", "months", "weeks", "days"])
            && !sentence_words()
        {
            return Some(relative(i, i + 3 + skip, true, None, false));
        }
    }
    // ("yielding over seven hundred pounds of marijuana within a five day period", "over a
    // two-week period": a stretch of days or weeks named as a period.)
    if toks.is(i, &["within", "in", "over", "during"]) && toks.is(i + 1, &["a"]) && few(i + 2) {
        let unit = i + 3 + usize::from(toks.is(i + 3, &["-"]));
        if toks.is(unit, &["day", "week", "month"]) && toks.is(unit + 1, &["period", "span"]) {
            return Some(relative(i, unit + 2, true, None, false));
        }
    }
    // "the last fiscal year", "this Persian calendar year", "the current Iranian year".
    const YEAR_KINDS: &[&str] = &[
        "fiscal",
        "financial",
        "calendar",
        "persian",
        "iranian",
        "current",
        "last",
        "past",
        "previous",
    ];
    let mut k = i + 1;
    while k < i + 4 && toks.is(k, YEAR_KINDS) {
        k += 1;
    }
    if k > i + 1 && toks.is(k, &["year"]) {
        let last = (i..k).any(|j| toks.is(j, &["last", "past", "previous"]));
        // A calendar year; not an Iranian or fiscal one, which straddles two.
        // ("the previous year" is the year before the one the text talks of.)
        let calendar = !(i..k).any(|j| {
            toks.is(
                j,
                &["fiscal", "financial", "persian", "iranian", "previous"],
            )
        });
        return Some(DateMention {
            whole_year: calendar,
            ..relative(
                i,
                k + 1,
                true,
                reference.and_then(if last { last_year } else { this_year }),
                false,
            )
        });
    }
    for &(p, period, resolve) in phrases_opening_with(toks.text(i))
        .iter()
        .map(|&n| &PHRASES[n])
    {
        if toks.phrase_at(i, p) {
            // "the second time in a week", "twice in a week": how often, no period counted
            // over.
            if toks.is(i, &["in"]) && toks.is(i.wrapping_sub(1), &["time", "times", "twice"]) {
                return None;
            }
            let n = p.split(' ').count();
            let resolved = reference.and_then(resolve);
            // The resolvers are plain functions: compare by what they make of one day.
            let probe = NaiveDate::from_ymd_opt(2001, 6, 15).expect("a valid day");
            return Some(DateMention {
                whole_year: [this_year(probe), last_year(probe)].contains(&resolve(probe)),
                current_year: this_year(probe) == resolve(probe),
                ..relative(i, i + n, period, resolved, false)
            });
        }
    }
    past_length_at(toks, i, reference).or_else(|| this_length_at(toks, i))
}

/// "During the month, officers detained 49 people": a length of time with "the" or "this"
/// after a word of extent is the period the text is about (the table above names the common
/// ones exactly; this reads the rest of the same shape).
fn this_length_at(toks: &Tokens, i: usize) -> Option<DateMention> {
    // ("the preliminary results from the third week of the initiative", "in the first month of
    // the campaign": a stretch of an operation, counted.)
    if toks.is(i, &["from", "in", "during", "over", "for", "of"])
        && toks.is(i + 1, &["the"])
        && toks.is(
            i + 2,
            &[
                "first", "second", "third", "fourth", "fifth", "sixth", "final", "last",
            ],
        )
        && toks.is(i + 3, &["week", "weeks", "month", "months", "fortnight"])
        && toks.is(i + 4, &["of"])
        && toks.is(i + 5, &["the", "this", "its", "our"])
        && toks.is(
            i + 6,
            &[
                "initiative",
                "operation",
                "campaign",
                "crackdown",
                "drive",
                "effort",
                "blitz",
                "surge",
            ],
        )
    {
        return Some(relative(i, i + 7, true, None, true));
    }
    (toks.is(i, &["during", "over", "throughout", "within"])
        && toks.is(i + 1, &["the", "this", "that"])
        && toks.is(
            i + 2,
            &["week", "fortnight", "month", "quarter", "year", "period"],
        )
        // ("over the year before", "during the month before the election": another period.)
        && !toks.is(i + 3, &["before", "after", "ahead", "earlier"]))
    .then(|| relative(i, i + 3, true, None, true))
}

/// "за истекший месяц", «в течение минувшего квартала», «по итогам прошедшей недели», "over the
/// previous month": a word of extent, a word for "just past" and a length of time, in any of
/// their forms, make a period up to the time of writing. (The table above names the common
/// ones exactly; this reads the rest of the same shape.)
fn past_length_at(toks: &Tokens, i: usize, reference: Option<NaiveDate>) -> Option<DateMention> {
    let past = if toks.is(i, &["за"]) {
        i + 1
    } else if (toks.is(i, &["в"]) && toks.is(i + 1, &["течение"]))
        || (toks.is(i, &["по"]) && toks.is(i + 1, &["итогам"]))
        || (toks.is(i, &["over", "during", "in", "for", "within", "throughout"])
            && toks.is(i + 1, &["the"]))
    {
        i + 2
    } else {
        return None;
    };
    // (Where the table reads the words after the opening one, it reads them.)
    if (i + 1..past + 1).any(|k| {
        phrases_opening_with(toks.text(k))
            .iter()
            .any(|&n| toks.phrase_at(k, PHRASES[n].0))
    }) {
        return None;
    }
    let unit = past + 1;
    let russian = toks.starts(past, &["прошедш", "минувш", "истекш", "последн", "прошл"])
        && toks.starts(
            unit,
            &[
                "год",
                "месяц",
                "недел",
                "квартал",
                "полугоди",
                "сут",
                "период",
            ],
        );
    // (A year in English is read above: "the previous year" is not a calendar one.)
    let english = toks.is(past, &["past", "last", "previous", "preceding"])
        && toks.is(
            unit,
            &["week", "weeks", "fortnight", "month", "months", "quarter"],
        );
    if !(russian || english) {
        return None;
    }
    // «за прошедшие сутки»: one day's news, not a period counted over.
    let period = !toks.starts(unit, &["сут"]);
    let resolve = if toks.is(unit, &["год", "года", "году"]) {
        last_year
    } else if toks.starts(unit, &["период"]) {
        this_year
    } else {
        today
    };
    let whole_year = toks.is(unit, &["год", "года", "году"]);
    Some(DateMention {
        whole_year,
        ..relative(i, unit + 1, period, reference.and_then(resolve), false)
    })
}
