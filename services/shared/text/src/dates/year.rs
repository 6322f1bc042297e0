//! A year on its own: "in 2024", «за 2024 год», "in the year 2012", "fiscal 2018-19", and the
//! years that are no period of the text (a birth year, a deadline "until 2030", the year a
//! figure is compared with). Split from `dates.rs`, which tries each form in turn.

use chrono::{Datelike, NaiveDate};

use crate::fold::Tokens;
use crate::model::EventDate;

use super::{
    DateMention, PERIOD_PREPS, mention, month_of, opens_with_the_same_period, small_int, year_at,
};

/// A year written on its own at token `i`.
pub(super) fn year_mention_at(
    toks: &Tokens,
    i: usize,
    reference: Option<NaiveDate>,
) -> Option<DateMention> {
    // "in 2024", "за 2024 год", "2024 year".
    let y = year_at(toks, i)?;
    // "the Comprehensive Dangerous Drugs Act of 2002", "the NDPS Act, 1985", "Act 2019": the
    // year of a law's name, no period of the text.
    let act =
        |k: usize| toks.is(k, &["act", "law", "code", "ordinance", "decree"]) && toks.toks[k].upper;
    // ("did contravene Act No. 37 of 1922", "the Narcotic Drugs and Psychotropic Substances Act
    // Number 35 of 2021": a law's number before its year.)
    let numbered_act = toks.is(i.wrapping_sub(1), &["of"])
        && toks.is_num(i.wrapping_sub(2))
        && (3..=4).any(|back| {
            toks.is(i.wrapping_sub(back), &["no", "number"]) && act(i.wrapping_sub(back + 1))
        });
    // ("Wilkerson v. Grant [1967-68] PNGLR 112", "[2017] ZWBHC 79": a law report's citation,
    // its year in square brackets before the report's letters.)
    let citation = toks.is(i.wrapping_sub(1), &["["])
        && (i + 1..i + 5).any(|k| {
            toks.is(k, &["]"])
                && toks.toks.get(k + 1).is_some_and(|t| t.upper)
                && toks.is_word(k + 1)
                && toks.text(k + 1).len() >= 3
        });
    if act(i.wrapping_sub(1))
        || (toks.is(i.wrapping_sub(1), &["of", ","]) && act(i.wrapping_sub(2)))
        || numbered_act
        || citation
    {
        return None;
    }
    // "A total of 2027 grammes of Heroin", "2012 tablets": a figure with its unit, no year.
    // (Not «в 2021 г.», the year's own abbreviation.)
    if crate::lexicon::unit_at(toks, i + 1).is_some() && !toks.is(i + 1, &["г", "гг"]) {
        return None;
    }
    let next = toks.text(i + 1);
    // "in the early 1960s", "the 1990s": a decade, no year of the text.
    // («в 1990-х годах», «1990-е»: the same in Russian.)
    let glued_s = next == "s"
        && toks
            .toks
            .get(i + 1)
            .is_some_and(|t| t.start == toks.toks[i].end);
    if glued_s || (matches!(next, "-" | "–") && toks.is(i + 2, &["х", "е", "ых", "ые", "ми"]))
    {
        return None;
    }
    // "2017-2019", and "from 2017 to 2019", "between 2018 and 2020", «с 2017 по 2019 год»:
    // several years, no one year.
    let opens_range = toks.is(i.wrapping_sub(1), &["from", "between", "с", "со"]);
    let is_range = (matches!(next, "-" | "–" | "—")
        || (opens_range && matches!(next, "to" | "till" | "until" | "по" | "до"))
        || (next == "and" && toks.is(i.wrapping_sub(1), &["between"])))
        && year_at(toks, i + 2).is_some();
    // "between 2015 and October 2020": to a month of a later year.
    let to_a_month = (opens_range || toks.is(i.wrapping_sub(1), &["since"]))
        && matches!(next, "and" | "to" | "till" | "until" | "по" | "до")
        && month_of(toks.text(i + 2)).is_some()
        && year_at(toks, i + 3).is_some_and(|y2| y2 > y);
    let range_end = if to_a_month { i + 4 } else { i + 3 };
    // "in 2014-15", "fiscal 2018-19": a year that straddles two, half in each.
    let is_range = is_range
        || to_a_month
        || (matches!(next, "-" | "–" | "/")
            && toks.is_num(i + 2)
            && toks.text(i + 2).len() == 2
            && small_int(toks, i + 2, 99) == Some((y as u32 + 1) % 100));
    // («за шесть месяцев 2024-го года»: an ordinal's ending between the year and its word.)
    let after_year_word = toks.starts(i + 1, &["год", "year"])
        || matches!(next, "г" | "гг")
        || (next == "-" && toks.is(i + 2, &["го", "м", "й"]) && toks.starts(i + 3, &["год"]));
    // "since early 2024", "since the start of 2024", "с начала 2024 года".
    // ("Just under three months into 2024, the unit has seized ...": the year so far.)
    let since_start = toks.is(i.wrapping_sub(1), &["early", "начала"])
        || (toks.is(i.wrapping_sub(1), &["into"])
            && toks.is(i.wrapping_sub(2), &["months", "weeks", "days"]))
        || (toks.is(i.wrapping_sub(1), &["of"])
            && toks.is(i.wrapping_sub(2), &["start", "beginning"]));
    // "in the year 2012".
    // ("The year-2017 has witnessed registration of 1063 cases": the same, hyphenated.)
    // ("in year 2016, ANF Balochistan registered 73 drug cases": with no article too.)
    let the_year = (toks.is(i.wrapping_sub(1), &["year"])
        && toks.is(i.wrapping_sub(2), &["the", "in", "during", "for"]))
        || (toks.is(i.wrapping_sub(1), &["-"])
            && toks.is(i.wrapping_sub(2), &["year"])
            && toks.is(i.wrapping_sub(3), &["the"]));
    // ("During fiscal 2002, Customs made 725 cocaine seizures", "in fiscal year 2022", "FY
    // 2022": a fiscal year, known by the year it ends in.)
    let fiscal = toks.is(i.wrapping_sub(1), &["fiscal", "fy"])
        || (toks.is(i.wrapping_sub(1), &["year"])
            && toks.is(i.wrapping_sub(2), &["fiscal", "financial"]));
    // («по итогам 2017 полицейские задокументировали ...», «итоги 2023»: a year's results,
    // its word "года" left out.)
    let results_of = toks.is(i.wrapping_sub(1), &["итогам", "итоги", "итогах"]);
    let before =
        i > 0 && (toks.is(i - 1, PERIOD_PREPS) || since_start || the_year || fiscal || results_of);
    // ("• 2016: 413kg of meth": a line labelled by its year.)
    let label = (i == 0 || (i == 1 && toks.is(0, &["-", "•", "–", "—", "*"])))
        && toks.is(i + 1, &[":", "–", "—"])
        && toks.is_num(i + 2);
    // ("In 2016 ... 779.916kg ..., 2017, 12666.400kg and 2018, 5375.985kg": a year that labels
    // the next figure of a list.)
    let label = label
        || (toks.is(i.wrapping_sub(1), &[",", "and", "и", ";"])
            && toks.is(i + 1, &[",", ":", "–", "—"])
            && toks.is_num(i + 2)
            && crate::lexicon::unit_at(toks, i + 3).is_some());
    let before = before || label;
    // "born in 1991", "1991 года рождения", "жителя Ферганы (1988 г. р.)": a birth year,
    // not a period.
    // («при личном досмотре гражданина Таджикистана 1981 года»: a person's year, with no
    // preposition, is their birth year.)
    let persons_year = after_year_word
        && !before
        && (i.saturating_sub(3)..i)
            .any(|k| toks.starts(k, &["граждан", "жител", "уроженц", "мужчин", "женщин"]));
    let birth = persons_year
        || toks.is(i.wrapping_sub(2), &["born"])
        || toks.is(i.wrapping_sub(1), &["born"])
        || toks.starts(i + 2, &["рожд"])
        || (toks.is(i + 1, &["г"]) && toks.is(i + 2, &["."]) && toks.is(i + 3, &["р"]));
    // "its strategy and development until 2030": a deadline, not when anything happened.
    let deadline = toks.is(i.wrapping_sub(1), &["until", "till"])
        && !(i.saturating_sub(4)..i).any(|k| toks.is(k, &["from", "between"]))
        // (And the year of «до июля 2005 года», passed by above.)
        || (month_of(toks.text(i.wrapping_sub(1))).is_some()
            && toks.is(i.wrapping_sub(2), &["до", "until", "till"]));
    // "(41 kilograms more than the amount seized during the same period in 2009)", «по
    // сравнению с 2009 годом»: the year compared with, not the figure's.
    // (Unless the comparison gives a figure of its own before the year, "30 kg in 2012,
    // compared with 14 kg in 2011": the year is that figure's.)
    let compared = (i.saturating_sub(8)..i).any(|k| {
        (toks.is(k, &["compared", "comparison", "сравнению"])
            || ((toks.starts(k, &["аналогичн"]) || toks.phrase_at(k, "same period"))
                && !opens_with_the_same_period(toks, k))
            || (toks.is(k, &["than"]) && !toks.is_num(k + 1)))
            && !(k + 1..i).any(|j| toks.is_num(j) && crate::lexicon::unit_at(toks, j + 1).is_some())
    });
    if birth || deadline || compared {
        return None;
    }
    if !is_range && (before || after_year_word) {
        let end = if after_year_word { i + 2 } else { i + 1 };
        // "с 2014 года по настоящее время", "since 2014 to date": several years, no one year.
        // (So is «С 2010 года ... уничтожены свыше 24 тонн», "since 2010", unless the text
        // is of that year.)
        if toks.is(i.wrapping_sub(1), &["с", "since"])
            && (reference.is_none_or(|r| r.year() > y)
                || toks.any_phrase_at(
                    end,
                    &[
                        "по настоящее время",
                        "до настоящего времени",
                        "to date",
                        "to the present",
                        "until now",
                    ],
                ))
        {
            return Some(mention(i, end, None, true));
        }
        return Some(mention(i, end, Some(EventDate::year(y)), true));
    }
    if is_range {
        return Some(mention(i, range_end, None, true));
    }
    None
}
