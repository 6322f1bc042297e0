//! Whether a unit word after a number really is that unit: not the year of «2024 г.» or the
//! abbreviation «т.е.», not bottles of liquor, not pounds of money ("worth 2 million pounds",
//! "half a million pounds worth of cannabis resin"). Split from `quantity.rs`: the checks one
//! unit word gets, apart from reading the figure.

use super::Number;
use crate::fold::Tokens;
use crate::lexicon::UnitWord;

/// Whether the unit word at `u`, after number `n`, really is that unit.
pub(super) fn unit_ok(toks: &Tokens, u: usize, unit: &UnitWord, n: &Number) -> bool {
    let w = toks.text(u);
    // "400 bottles of codeine syrup", "77 Phensedyl bottles": bottles of a drug (not "16,732
    // bottles of liquor", nor "five bottles holding the narcotics substance").
    if w == "bottles" {
        let drug = |k: usize| crate::lexicon::drug_at(toks, k).is_some();
        return drug(u.wrapping_sub(1)) || (toks.is(u + 1, &["of"]) && (u + 2..u + 4).any(drug));
    }
    // "2024 г." is a year, "т.е." / "т.д." are abbreviations.
    if matches!(w, "г" | "гг") && n.year_like {
        return false;
    }
    if matches!(w, "т" | "г" | "л")
        && toks.text(u + 1) == "."
        && toks.text(u + 2).chars().count() == 1
        && toks.is_word(u + 2)
    {
        return false;
    }
    // "In the first half of 2020 units to combat drug smuggling revealed ...": a year after a
    // preposition is a date, not a count.
    if n.year_like
        && unit.unit.is_count()
        && toks.is(
            u.wrapping_sub(2),
            &["of", "in", "since", "during", "за", "в", "с"],
        )
    {
        return false;
    }
    // A capital letter glued to the figure before it: "a truck with registration number KDT
    // 659G", a plate's letter, not grams; "the bust of major drug ring 718T", "case 12T", right
    // after the word for what it names, a code, not tonnes or kilograms.
    if unit.abbrev && toks.toks[u].upper && u >= 2 && toks.toks[u - 1].end == toks.toks[u].start {
        let plate = w.chars().count() == 1
            && toks.is_word(u - 2)
            && toks.toks[u - 2].upper
            && toks.text(u - 2).chars().count() <= 4
            && crate::lexicon::drug_at(toks, u + 1).is_none();
        let code = toks.is(
            u - 2,
            &[
                "ring",
                "case",
                "plan",
                "project",
                "code",
                "file",
                "codenamed",
                "dubbed",
            ],
        );
        if plate || code {
            return false;
        }
    }
    // An abbreviation glued to more letters is not a unit ("5G").
    if unit.abbrev && toks.text(u + 1) == "'" {
        return false;
    }
    // "2025-11-21T13:12:00": a time stamp's "T" between the day and the hour (not "1кг700г",
    // a compound amount written together).
    if unit.abbrev
        && w == "t"
        && toks.is_num(u + 1)
        && toks.toks[u].end == toks.toks[u + 1].start
        && toks.toks[u - 1].end == toks.toks[u].start
    {
        return false;
    }
    // "worth 2 million pounds", "valued at 90,000 pounds", "300 pounds sterling": money, not
    // weight.
    // («200 тысяч фунтов стерлингов», «50 миллионов фунтов», «765 фунтов стоимостью»: so
    // are Russian pounds by the million, or beside a word for money.)
    // ("half a million pounds worth of cannabis resin", "20,000 pounds' worth of": the
    // pounds are the value of what follows; not "5,287 pounds worth $83 million".)
    let worth_of = |k: usize| toks.is(k, &["worth"]) && toks.is(k + 1, &["of"]);
    if toks.starts(u, &["pound", "lb", "фунт"])
        && (toks.is(u + 1, &["sterling", "стерлингов", "стерлинга"])
            || (toks.is(u, &["pounds"])
                && (worth_of(u + 1) || (toks.is(u + 1, &["'", "’"]) && worth_of(u + 2))))
            // ("worth more than a quarter a million pounds": further back when the figure is
            // written in words, with no number between.)
            || (u.saturating_sub(8)..u).any(|k| {
                (u - k <= 6 || !(k..u).any(|n| toks.is_num(n)))
                    && toks.is(
                    k,
                    &[
                        "£",
                        "worth",
                        "valued",
                        "value",
                        "cost",
                        "costs",
                        "price",
                        "стоимостью",
                        "сумму",
                        "сумма",
                    ],
                )
            })
            || (toks.starts(u, &["фунт"])
                && toks.starts(u - 1, &["млн", "миллион", "млрд", "миллиард"]))
            // ("Police seize 20m pounds of heroin": millions written "m" glued to the figure,
            // as for money, are pounds sterling; weights by the million are written out.)
            || (toks.is(u, &["pounds"])
                && u >= 2
                && toks.is(u - 1, &["m", "bn"])
                && toks.is_num(u - 2)
                && toks.toks[u - 1].start == toks.toks[u - 2].end))
    {
        return false;
    }
    // "1,819,485 lei, 83,230 euros, 4,280 pounds and 4,000 other currencies were also
    // seized": pounds listed among other money are money too (not "765 фунтов стоимостью 7,9
    // миллиона долларов", pounds worth dollars).
    let listed = |k: usize| toks.is(k, &[",", "and", "и"]);
    if toks.is(u, &["pounds", "pound", "фунтов", "фунта"])
        && ((u >= 3 && listed(u - 2) && toks.is(u - 3, CURRENCIES))
            || (listed(u + 1)
                && (u + 2..u + 6)
                    .find(|&k| !(toks.is_num(k) || listed(k) || toks.is(k, &["other"])))
                    .is_some_and(|k| toks.is(k, CURRENCIES))))
    {
        return false;
    }
    true
}

/// Names of money that, listed beside a figure of pounds, make the pounds money too.
const CURRENCIES: &[&str] = &[
    "euros",
    "euro",
    "dollars",
    "lei",
    "rubles",
    "roubles",
    "yen",
    "yuan",
    "currencies",
    "currency",
    "евро",
    "долларов",
    "доллара",
    "рублей",
    "валюты",
    "валюте",
];
