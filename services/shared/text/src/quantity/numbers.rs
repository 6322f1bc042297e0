//! Numbers as bulletins write them: digits with separators that differ by language and text
//! ("7,000", "1,5", "9 542", "1,234.5", Indian "90,80,477"), words in every case ("двух",
//! "тремя", "forty-seven and a half", "half-a-ton") and multipliers ("2 thousand", "5,5 млн",
//! "9 lakh"). Split from `quantity.rs`, which puts a number together with its unit.

use crate::fold::Tokens;
use crate::lexicon::unit_at;

/// A number as read from digits or words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    /// The other reading of an ambiguous separator ("1,500": 1500 or 1.5).
    pub alt: Option<f64>,
    /// Four digits, no separator, 1900..=2100: possibly a year.
    pub year_like: bool,
}

impl Number {
    /// A number with no other reading that is no year ("forty-seven", "40, 000").
    pub(super) fn plain(value: f64) -> Self {
        Number {
            value,
            alt: None,
            year_like: false,
        }
    }
}

/// Whether the number at token `i` is part of a model or code name written onto a short
/// capitalised word ("methadone M-40 tablets", «ВАЗ-2106», "Ту-154"), or after a drug's name
/// and one capital letter ("Methadone M 40 tablets"): a name, not a count.
/// (Not a drug's name: «Героин-5 кг» in a list is its amount.)
pub(super) fn in_code_name(toks: &Tokens, i: usize) -> bool {
    if in_hyphenated_date(toks, i) {
        return true;
    }
    if i < 2 {
        return false;
    }
    let drug_before = crate::lexicon::drug_at(toks, i - 2).is_some();
    let glued_hyphen = toks.text(i - 1) == "-"
        && toks.is_word(i - 2)
        && toks.toks[i - 2].end == toks.toks[i - 1].start
        && toks.toks[i - 1].end == toks.toks[i].start;
    let short_capital =
        toks.is_word(i - 2) && toks.toks[i - 2].upper && toks.text(i - 2).chars().count() <= 3;
    // ("500 methadone-40 psychotropic pills": after a count, a drug's strength.)
    let strength = drug_before && toks.is_num(i.wrapping_sub(3));
    // ("counterfeit M30 pills": a capital letter or two written onto the number, no currency.)
    let glued_capitals = toks.is_word(i - 1)
        && toks.toks[i - 1].upper
        && toks.text(i - 1).chars().count() <= 2
        && toks.toks[i - 1].end == toks.toks[i].start
        && !after_a_currency_word(toks, i);
    // ("significant quantities of Shady 8 pills": a brand's name and one-figure number before
    // the pills' word, with no count of its own.)
    let brand_number = toks.is_word(i - 1)
        && toks.toks[i - 1].upper
        && toks.text(i - 1).chars().count() >= 3
        && crate::dates::month_of(toks.text(i - 1)).is_none()
        && toks.is(i - 2, &["of"])
        && toks.text(i).len() == 1
        && toks.is(i + 1, &["pills", "tablets", "capsules"]);
    glued_capitals
        || brand_number
        || (glued_hyphen && ((short_capital && !drug_before) || strength))
        // "8,010 packages of Methadone M 40 tablets": a brand's letter and number after the
        // drug's name, written apart.
        || (toks.is_word(i - 1)
            && toks.toks[i - 1].upper
            && toks.text(i - 1).chars().count() == 1
            && drug_before)
}

/// How many significant digits a figure is written with: 2 for 13,000, 4 for 2,053, 2 for
/// 0.47, 3 for 1.25 (at least 1).
pub(crate) fn significant_digits(v: f64) -> usize {
    format!("{v}")
        .replace('.', "")
        .trim_start_matches('0')
        .trim_end_matches('0')
        .len()
        .max(1)
}

/// Whether a pill's strength written as a number and "mg" ("225mg", "225 mg") starts at token
/// `k`.
pub(crate) fn strength_starts_at(toks: &Tokens, k: usize) -> bool {
    toks.is_num(k) && toks.is(k + 1, &["mg", "мг"])
}

/// Whether the number at token `i` and the milligrams after it are each pill's strength, not
/// an amount: after a count of pills or packs a few words before ("7,200,000 pills of Royal
/// 225mg Tapentadol", "200 tablets of 10 mg diazepam") or before the pills' word ("81,000
/// tramadol 225mg tablets"). (Not a weight, «свёрток с героином массой 980 мг», nor milligrams
/// "of" a drug, "3 packets of 500 mg of heroin".)
pub(super) fn a_pill_s_strength(toks: &Tokens, i: usize) -> bool {
    const PILLS: &[&str] = &[
        "tablets",
        "pills",
        "capsules",
        "таблеток",
        "таблетки",
        "капсул",
    ];
    const MG: &[&str] = crate::lexicon::MILLIGRAMS;
    // ("tablets of tramadol of 220 and 250 milligrams dosage": two strengths, one unit.)
    let mg = if toks.is(i + 1, &["and", "or", "и"]) && toks.is_num(i + 2) {
        i + 3
    } else {
        i + 1
    };
    if !toks.is(mg, MG) || toks.is(mg + 1, &["of", "из"]) {
        return false;
    }
    let weighed = toks.starts(i.wrapping_sub(1), &["масс", "вес", "weigh"]);
    // (Of a pair, the first's place: "of 220 and 250 milligrams".)
    let first = if toks.is(i.wrapping_sub(1), &["and", "or", "и"]) && toks.is_num(i.wrapping_sub(2))
    {
        i - 2
    } else {
        i
    };
    let after_a_count = (first.saturating_sub(5)..first).any(|k| {
        unit_at(toks, k).is_some_and(|u| {
            matches!(
                u.unit,
                crate::model::Unit::Tablet | crate::model::Unit::Package
            )
        })
    });
    let before_the_pills =
        toks.is(mg + 1, PILLS) && crate::lexicon::drug_at(toks, first.wrapping_sub(1)).is_some();
    !weighed && (after_a_count || before_the_pills)
}

/// Whether the number at token `i` is part of a date written with hyphens, year first (" date
/// 2019-07-25 Marijuana trees": not a range of 7 to 25, nor 25 trees).
fn in_hyphenated_date(toks: &Tokens, i: usize) -> bool {
    let date_at = |y: usize| {
        toks.is_num(y)
            && toks.text(y).len() == 4
            && toks.is(y + 1, &["-"])
            && toks.is_num(y + 2)
            && toks.is(y + 3, &["-"])
            && toks.is_num(y + 4)
            && (y..y + 4).all(|k| toks.toks[k].end == toks.toks[k + 1].start)
    };
    [i, i.wrapping_sub(2), i.wrapping_sub(4)]
        .into_iter()
        .any(|y| y <= i && date_at(y))
}

/// A sum of money at token `i`, after a currency written in letters: "R90 million" (rand),
/// "KD2 million" (dinars), "N5 billion" (naira), "P6.8 million" (pesos), written together; or
/// "Rs 300 crore", "Rs. 9.9 billion", "Tk 50 lakh", "USD 5 million", apart. (The signs, "$1.4
/// million", are turned away with the number.)
pub(super) fn after_a_currency_word(toks: &Tokens, i: usize) -> bool {
    const TOGETHER: &[&str] = &["r", "n", "p", "kd", "bd", "qr", "sr", "aed", "bt"];
    const APART: &[&str] = &[
        "rs", "tk", "ksh", "sh", "dhs", "dh", "rp", "kd", "usd", "eur", "inr", "pkr", "afn", "aed",
        "sar", "kes", "ngn", "php", "lkr", "npr", "bdt", "thb", "irr", "rials", "rial",
    ];
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    let together = toks.is_word(k)
        && toks.toks[k].upper
        && toks.toks[k].end == toks.toks[i].start
        && toks.is(k, TOGETHER);
    let dotted = toks.is(k, &["."]) && k >= 1 && toks.is(k - 1, APART);
    together || dotted || toks.is(k, APART)
}

/// A fraction at token `i` ("1/2kg", "2 1/2 kg", "½ kg", "1½ kg", «3/4 кг») and the token past
/// it: a numerator below a denominator of 2 to 10, written together.
pub(super) fn fraction(toks: &Tokens, i: usize) -> Option<(f64, usize)> {
    let glyph = |k: usize| match toks.text(k) {
        "½" => Some(0.5),
        "¼" => Some(0.25),
        "¾" => Some(0.75),
        _ => None,
    };
    let glued = |a: usize, b: usize| match (toks.toks.get(a), toks.toks.get(b)) {
        (Some(x), Some(y)) => x.end == y.start,
        _ => false,
    };
    let whole = |k: usize| {
        toks.is_num(k)
            .then(|| toks.text(k).parse::<u32>().ok())
            .flatten()
    };
    let slashed = |k: usize| {
        let (mut n, d) = (whole(k)?, whole(k + 2)?);
        let mut w = 0;
        // "1½" folds (NFKC) to "11⁄2": a whole number run into the numerator. (The fraction
        // slash comes only from such glyphs.)
        if toks.text(k + 1) == "⁄" && n >= d {
            (w, n) = (n / 10, n % 10);
        }
        (matches!(toks.text(k + 1), "/" | "⁄")
            && glued(k, k + 1)
            && glued(k + 1, k + 2)
            && n >= 1
            && n < d
            && d <= 10)
            .then(|| (f64::from(w) + f64::from(n) / f64::from(d), k + 3))
    };
    if let Some(v) = glyph(i) {
        return Some((v, i + 1));
    }
    if let Some(w) = whole(i) {
        // "1½ kg", "2 1/2 kg": a whole number and its fraction.
        if glued(i, i + 1)
            && let Some(v) = glyph(i + 1)
        {
            return Some((f64::from(w) + v, i + 2));
        }
        if let Some((v, k)) = slashed(i + 1).filter(|_| !glued(i, i + 1)) {
            return Some((f64::from(w) + v, k));
        }
    }
    slashed(i).or_else(|| fraction_in_words(toks, i))
}

/// Fractions in words, longest first where one begins another: "three-quarters", "a third",
/// «три четверти», «трети».
const FRACTIONS: &[(&[&str], f64)] = &[
    (&["a", "quarter"], 0.25),
    (&["one", "quarter"], 0.25),
    (&["three", "quarters"], 0.75),
    (&["three", "quarter"], 0.75),
    (&["a", "third"], 1.0 / 3.0),
    (&["one", "third"], 1.0 / 3.0),
    (&["two", "thirds"], 2.0 / 3.0),
    (&["три", "четверти"], 0.75),
    (&["четверть"], 0.25),
    (&["четверти"], 0.25),
    (&["две", "трети"], 2.0 / 3.0),
    (&["треть"], 1.0 / 3.0),
    (&["трети"], 1.0 / 3.0),
];

/// "three-quarters of a pound of methamphetamine", "a quarter of a kilo", "nearly two-thirds of
/// a kilogram", «около четверти тонны», «три четверти килограмма», «около трети тонны»: a
/// fraction in words, right before its unit. (Not "a quarter of a million": no unit follows.)
fn fraction_in_words(toks: &Tokens, i: usize) -> Option<(f64, usize)> {
    let (v, k) = FRACTIONS
        .iter()
        .find_map(|(words, v)| Some((*v, hyphened_at(toks, i, words)?)))?;
    // ("a quarter-pound", "of a pound", "of an ounce": the unit's article or hyphen.)
    let k = if toks.is(k, &["of"]) && toks.is(k + 1, &["a", "an"]) {
        k + 2
    } else {
        k + usize::from(toks.is(k, &["-"]))
    };
    unit_at(toks, k).is_some().then_some((v, k))
}

/// "more than 40, 000 bushes", "16, 802 kilograms": a thousands group set off by a stray space
/// after number `n` at token `i` (a group of three starting with 0 is no number of its own; one
/// right before its unit is no item of a list); «37, 5 килограммов», «626, 998 кг»: a decimal
/// part, in a text that writes decimal commas. The whole number and the token past it.
pub(super) fn stray_group(
    toks: &Tokens,
    i: usize,
    n: Number,
    comma_is_decimal: bool,
) -> Option<(Number, usize)> {
    let group = toks.text(i + 2);
    // "2,256, 27 kilograms": a thousands comma, then a decimal comma set off by a space.
    if !comma_is_decimal
        && toks.is(i + 1, &[","])
        && toks.text(i).contains(',')
        && n.value >= 1000.0
        && n.value.fract() == 0.0
        && (1..=2).contains(&group.len())
        && group.bytes().all(|b| b.is_ascii_digit())
        && unit_at(toks, i + 3).is_some()
    {
        let decimal = format!("{}.{group}", n.value).parse::<f64>().ok()?;
        return Some((Number::plain(decimal), i + 3));
    }
    // "not less than 10, 534.78 kilograms": a thousands group with its decimals, right before
    // its unit, in a text of decimal points.
    if !comma_is_decimal
        && toks.is(i + 1, &[","])
        && n.alt.is_none()
        && n.value.fract() == 0.0
        && n.value < 1000.0
        && unit_at(toks, i + 3).is_some()
        && let Some((whole, decimals)) = group.split_once('.')
        && whole.len() == 3
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !decimals.is_empty()
        && decimals.bytes().all(|b| b.is_ascii_digit())
    {
        let value = n.value * 1000.0 + group.parse::<f64>().ok()?;
        return Some((Number::plain(value), i + 3));
    }
    // (Not a date's day: "On May 5, 150 kg of heroin", "On Friday 7, 417 kilos of cocaine".)
    let stray = toks.is(i + 1, &[","])
        && crate::dates::month_of(toks.text(i.wrapping_sub(1))).is_none()
        // ("On Friday 7, 417 kilos of cocaine": a weekday's day of the month and its comma.)
        && !toks.is(i.wrapping_sub(1), crate::dates::WEEKDAYS)
        && toks.is_num(i + 2)
        && group.bytes().all(|b| b.is_ascii_digit())
        && n.alt.is_none()
        && n.value.fract() == 0.0
        && n.value < 1000.0;
    if !stray {
        return None;
    }
    let before_unit = unit_at(toks, i + 3).is_some();
    let decimal = || format!("{}.{group}", n.value).parse::<f64>().ok();
    let thousands = || Some(n.value * 1000.0 + group.parse::<f64>().ok()?);
    let number = if comma_is_decimal && (1..=2).contains(&group.len()) && before_unit {
        Number::plain(decimal()?)
    } else if group.len() == 3 && group.starts_with('0') {
        Number::plain(thousands()?)
    } else if group.len() == 3 && before_unit {
        // «626, 998 кг» in a text of decimal commas reads as "626,998" would: the decimal first,
        // the thousands as the other reading (a stated total or a plausible size decides).
        let (value, alt) = if comma_is_decimal {
            (decimal()?, thousands())
        } else {
            (thousands()?, None)
        };
        Number {
            value,
            alt,
            year_like: false,
        }
    } else {
        return None;
    };
    Some((number, i + 3))
}

/// Parses a number token's text ("7,000", "1,5", "9 542", "1,234.5").
pub fn parse_digits(s: &str, comma_is_decimal: bool) -> Option<Number> {
    let year_like = s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&s.parse::<u32>().ok()?);
    let s: String = s.chars().filter(|c| *c != ' ').collect();
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let groups_of_three = |sep: char| s.split(sep).skip(1).all(|g| g.len() == 3);
    let plain = |t: &str| t.parse::<f64>().ok();
    let (value, alt) = match (commas, dots) {
        (0, 0) => (plain(&s)?, None),
        (0, 1) => {
            let after = s.split('.').nth(1)?.len();
            let decimal = plain(&s)?;
            if after == 3 {
                (decimal, plain(&s.replace('.', "")))
            } else {
                (decimal, None)
            }
        }
        (1, 0) => {
            let after = s.split(',').nth(1)?.len();
            let decimal = plain(&s.replace(',', "."))?;
            let thousands = plain(&s.replace(',', ""))?;
            // ("(0,850) kg of cocaine": a leading zero is no thousands group.)
            match (after == 3 && !s.starts_with("0,"), comma_is_decimal) {
                (false, _) => (decimal, None),
                (true, true) => (decimal, Some(thousands)),
                (true, false) => (thousands, Some(decimal)),
            }
        }
        // ("18,198,299 kilos" restated as "18.1 tons": a translation that wrote the decimal
        // comma of "18.198,299" like the thousands one; the other reading, which a restatement
        // or a sum may choose.)
        (2, 0) if groups_of_three(',') => {
            let last = s.rfind(',')?;
            let other = format!("{}.{}", s[..last].replace(',', ""), &s[last + 1..]);
            (plain(&s.replace(',', ""))?, plain(&other))
        }
        (_, 0) if groups_of_three(',') => (plain(&s.replace(',', ""))?, None),
        // Indian grouping: "90,80,477" (lakhs and crores in pairs of digits).
        (_, 0)
            if {
                let groups: Vec<&str> = s.split(',').collect();
                groups.last().is_some_and(|g| g.len() == 3)
                    && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
                    && (1..=2).contains(&groups[0].len())
            } =>
        {
            (plain(&s.replace(',', ""))?, None)
        }
        (0, _) if groups_of_three('.') => (plain(&s.replace('.', ""))?, None),
        (_, 1) if s.find(',')? < s.find('.')? => (plain(&s.replace(',', ""))?, None),
        (1, _) if s.find('.')? < s.find(',')? => {
            (plain(&s.replace('.', "").replace(',', "."))?, None)
        }
        _ => return None,
    };
    Some(Number {
        value,
        alt,
        year_like,
    })
}

/// One digit said as a word ("zero", "five"), as decimals are read out after "point".
fn digit_word(w: &str) -> Option<f64> {
    if w == "zero" || w == "oh" {
        return Some(0.0);
    }
    word_value(w).filter(|v| *v < 10.0 && v.fract() == 0.0)
}

pub(crate) fn word_value(w: &str) -> Option<f64> {
    Some(match w {
        "one" | "один" | "одна" | "одну" | "одного" | "одной" | "одному" | "одним" | "одном" => {
            1.0
        }
        "two" | "два" | "две" | "двух" | "двум" | "двумя" => 2.0,
        "three" | "три" | "трех" | "трем" | "тремя" => 3.0,
        "four" | "четыре" | "четырех" | "четырем" | "четырьмя" => 4.0,
        "five" | "пять" | "пяти" | "пятью" => 5.0,
        "six" | "шесть" | "шести" | "шестью" => 6.0,
        "seven" | "семь" | "семи" | "семью" => 7.0,
        "eight" | "восемь" | "восьми" | "восемью" | "восьмью" => 8.0,
        "nine" | "девять" | "девяти" | "девятью" => 9.0,
        "ten" | "десять" | "десяти" | "десятью" => 10.0,
        "eleven" | "одиннадцать" | "одиннадцати" | "одиннадцатью" => {
            11.0
        }
        "twelve" | "двенадцать" | "двенадцати" | "двенадцатью" => {
            12.0
        }
        "thirteen" | "тринадцать" | "тринадцати" | "тринадцатью" => {
            13.0
        }
        "fourteen" | "четырнадцать" | "четырнадцати" | "четырнадцатью" => {
            14.0
        }
        "fifteen" | "пятнадцать" | "пятнадцати" | "пятнадцатью" => {
            15.0
        }
        "sixteen" | "шестнадцать" | "шестнадцати" | "шестнадцатью" => {
            16.0
        }
        "seventeen" | "семнадцать" | "семнадцати" | "семнадцатью" => {
            17.0
        }
        "eighteen" | "восемнадцать" | "восемнадцати" | "восемнадцатью" => {
            18.0
        }
        "nineteen" | "девятнадцать" | "девятнадцати" | "девятнадцатью" => {
            19.0
        }
        "twenty" | "двадцать" | "двадцати" | "двадцатью" => 20.0,
        "thirty" | "тридцать" | "тридцати" | "тридцатью" => 30.0,
        "forty" | "сорок" | "сорока" => 40.0,
        "fifty" | "пятьдесят" | "пятидесяти" | "пятьюдесятью" => {
            50.0
        }
        "sixty" | "шестьдесят" | "шестидесяти" | "шестьюдесятью" => {
            60.0
        }
        "seventy" | "семьдесят" | "семидесяти" | "семьюдесятью" => {
            70.0
        }
        "eighty" | "восемьдесят" | "восьмидесяти" | "восемьюдесятью" => {
            80.0
        }
        "ninety" | "девяносто" | "девяноста" => 90.0,
        "hundred" | "сто" | "ста" | "стами" => 100.0,
        "двести" | "двухсот" => 200.0,
        "триста" | "трехсот" => 300.0,
        "четыреста" | "четырехсот" => 400.0,
        "пятьсот" | "пятисот" => 500.0,
        "шестьсот" | "шестисот" => 600.0,
        "семьсот" | "семисот" => 700.0,
        "восемьсот" | "восьмисот" => 800.0,
        "девятьсот" | "девятисот" => 900.0,
        "полтора" | "полторы" | "полутора" => 1.5,
        // («больше полутысячи растений мака», «полсотни кустов»: half a thousand, half a
        // hundred.)
        "полтысячи" | "полутысячи" | "полутысячей" => 500.0,
        "полсотни" | "полусотни" | "полусотней" => 50.0,
        // («больше половины килограмма»: as "half a kilogram".)
        "half" | "половина" | "половину" | "половины" => 0.5,
        _ => return None,
    })
}

pub(crate) fn multiplier(toks: &Tokens, i: usize) -> Option<(f64, usize)> {
    let w = toks.text(i);
    let m = match w {
        // (Ukrainian «тис.», «тисяч» too: Russian-language pages quote Ukrainian releases.)
        "thousand" | "thousands" | "тыс" | "тысяча" | "тысячи" | "тысяч" | "тысячу"
        | "тысячами" | "тысячей" | "тис" | "тисяч" | "тисячі" => 1e3,
        "million" | "millions" | "mln" | "млн" | "миллион" | "миллиона" | "миллионов" => {
            1e6
        }
        "billion" | "млрд" | "миллиард" | "миллиарда" | "миллиардов" => {
            1e9
        }
        // «около трех сотен кустов», «две сотни граммов»: hundreds counted.
        "сотни" | "сотен" | "сотню" | "сотня" | "сотнями" => 1e2,
        // Indian numbering: "9 lakh cannabis plants", "2 crore tablets".
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        // "5.5M cannabis plants", "6M roots", "2bn", "+20k captagon pills": a suffix written
        // onto the number.
        "k" | "m" | "mn" | "bn"
            if i > 0 && toks.is_num(i - 1) && toks.toks[i].start == toks.toks[i - 1].end =>
        {
            match w {
                "k" => 1e3,
                "bn" => 1e9,
                _ => 1e6,
            }
        }
        _ => return None,
    };
    let end = if toks.text(i + 1) == "." && matches!(w, "тыс" | "тис" | "млн" | "млрд" | "mln")
    {
        i + 2
    } else {
        i + 1
    };
    Some((m, end))
}

/// A number written in words at `i` ("two", "twenty-five", "двух", "a" before "thousand").
pub(super) fn word_number(toks: &Tokens, i: usize) -> Option<(f64, usize)> {
    // "a few hundred pounds", "several thousand plants", «несколько тысяч кустов»: no figure;
    // «ни одного куста»: none at all.
    if toks.is(
        i.wrapping_sub(1),
        &["few", "several", "many", "несколько", "нескольких", "ни"],
    ) {
        return None;
    }
    let mut total = 0.0;
    // "a hundred and seventeen".
    let mut j = if toks.is(i, &["a"]) && toks.is(i + 1, &["hundred"]) {
        i + 1
    } else {
        i
    };
    let mut any = false;
    let mut last = f64::INFINITY;
    while let Some(v) = word_value(toks.text(j)) {
        // ("десять-пятнадцать килограммов": a range of two figures, not their sum; a figure
        // goes on only with a smaller word, "twenty-five", "сто двадцать".)
        if any && v != 100.0 && v >= last {
            break;
        }
        if v == 100.0 && any {
            total *= 100.0;
        } else {
            total += v;
        }
        last = v;
        any = true;
        j += 1;
        // "twenty-five", "three hundred and twenty"
        if matches!(toks.text(j), "-" | "and")
            && word_value(toks.text(j + 1)).is_some_and(|n| n != 0.5 && (n < last || n == 100.0))
        {
            j += 1;
        }
    }
    // "two point zero five million", "one point two tons": decimals read out, digit by digit.
    if any && toks.is(j, &["point"]) {
        let (mut frac, mut scale, mut k) = (0.0, 0.1, j + 1);
        while let Some(d) = digit_word(toks.text(k)) {
            frac += d * scale;
            scale /= 10.0;
            k += 1;
        }
        if k > j + 1 {
            total += frac;
            j = k;
        }
    }
    // "forty-seven and a half", "one-and-a-half", "два с половиной"
    if any && let Some(end) = hyphened_at(toks, j, &["and", "a", "half"]) {
        total += 0.5;
        j = end;
    } else if any && let Some(end) = hyphened_at(toks, j, &["and", "a", "quarter"]) {
        // ("about two and a quarter tonnes".)
        total += 0.25;
        j = end;
    } else if any && toks.phrase_at(j, "с половиной") {
        total += 0.5;
        j += 2;
    }
    if !any {
        // "a thousand", "a hundred"
        if toks.is(i, &["a", "one"]) && multiplier(toks, i + 1).is_some() {
            return Some((1.0, i + 1));
        }
        // «тысячу кустов», «более тысячи кустов конопли»: a thousand plants, as eradication
        // reports count them (not «тысячи кустов», thousands, with no qualifier); and «тысяча
        // таблеток «экстази»»: a thousand pills or doses too (not packets, whose lot is weighed
        // as often as not: «более тысячи пакетов метамфетамина» of two tonnes).
        if (toks.is(i, &["тысячу", "тысяча"])
            || (toks.is(i, &["тысячи"])
                && super::qualifier::qualifier_before(toks, i).0 != crate::model::Qualifier::Exact))
            && crate::lexicon::unit_at(toks, i + 1)
                .is_some_and(|u| u.unit.is_count() && u.unit != crate::model::Unit::Package)
        {
            return Some((1.0, i));
        }
        return None;
    }
    // "half a ton", "half-a-ton"
    if total == 0.5
        && let Some(end) = hyphened_at(toks, j, &["a"])
    {
        j = end;
    }
    Some((total, j))
}

/// Where `words` end when they start at `j`, each joined to the last by a space or a hyphen
/// ("and a half", "-and-a-half", "-a-").
pub(crate) fn hyphened_at(toks: &Tokens, mut j: usize, words: &[&str]) -> Option<usize> {
    for w in words {
        if toks.text(j) == "-" {
            j += 1;
        }
        if toks.text(j) != *w {
            return None;
        }
        j += 1;
    }
    if toks.text(j) == "-" {
        j += 1;
    }
    Some(j)
}
