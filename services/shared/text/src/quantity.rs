//! Quantities: a number (digits or words, with its qualifier) and a unit, normalised.
//!
//! Handles "34 kg 390 g", "1 тонну 412 кг", "9 542 units", "2 thousand tablets", "полтонны",
//! "более тонны", and commas that are decimal marks in one text and thousands separators in
//! another: an ambiguous reading keeps its alternative for the caller to weigh.

use crate::fold::{TokKind, Tokens};
use crate::lexicon::{UnitWord, unit_adjective_at, unit_at};
use crate::model::{Qualifier, Unit};

mod brackets;
mod compound;
mod numbers;
mod pieces;
mod qualifier;
mod restated;
mod shared;
mod unit_check;
pub(crate) use brackets::year_label_at;
use brackets::{BracketFigure, bracket_figure};
use compound::{Compound, with_smaller_parts};
pub use numbers::{Number, parse_digits};
pub(crate) use numbers::{multiplier, significant_digits, strength_starts_at, word_value};
use numbers::{stray_group, word_number};
use pieces::{count_the_named_pieces, weigh_pieces_of_a_stated_weight};
use qualifier::qualifier_before;
use restated::{drop_restated_weights, take_net_weights};
use unit_check::unit_ok;

/// A quantity found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Token index where the quantity starts (its qualifier included).
    pub start: usize,
    /// Token index of the first number.
    pub num_start: usize,
    /// Token index just past the quantity.
    pub end: usize,
    /// Token index of the (first) unit word.
    pub unit_tok: usize,
    pub unit: Unit,
    pub amount: f64,
    /// The amount under the other reading of an ambiguous separator.
    pub alt_amount: Option<f64>,
    pub qualifier: Qualifier,
    /// A drug named by an adjective between number and unit ("psychotropic tablets").
    pub adjective_drug: Option<&'static str>,
    /// The figure is another period's, given in brackets beside this period's ("heroin -
    /// 102.96 (28.3) kg", "2 tons 298 kg (2 tons 326 kg)"): last year's, as a rule.
    pub other_period: bool,
    /// The year a bracket labels the figure with: "heroin (2024: 12 kg / 2023: 7 kg)".
    pub labelled_year: Option<i32>,
    /// The unit's factor to kilograms (1 for a count): "nearly 5,000 pounds" is 5,000 times
    /// 0.4536 kg. See [`Quantity::converted`].
    pub factor: f64,
}

impl Quantity {
    /// Written in a unit converted by a factor that is no power of ten ("nearly 5,000
    /// pounds"): its kilograms have more digits than the text gave it.
    pub fn converted(&self) -> bool {
        self.factor.log10().fract().abs() > 1e-9
    }

    /// The figure as the text wrote it, in its own unit ("more than two pounds": 2).
    pub fn as_written(&self) -> f64 {
        self.amount / self.factor
    }
}

/// Every quantity in `toks`. `comma_is_decimal` is the text's preference for "1,500".
pub fn find_quantities(toks: &Tokens, comma_is_decimal: bool) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match read_quantity(toks, i, comma_is_decimal) {
            Some((mut q, bracket)) => {
                and_a_half_after_the_unit(toks, &mut q);
                i = q.end;
                out.push(q.clone());
                // ("twenty-one (21) parcels", "five (5) kilograms": the number told again in
                // digits is the same figure, not another period's.)
                if let Some((at, amount)) = bracket.filter(|&(_, a)| a != q.amount) {
                    out.push(Quantity {
                        num_start: at,
                        amount,
                        alt_amount: None,
                        qualifier: Qualifier::Exact,
                        other_period: true,
                        ..q
                    });
                }
            }
            None => i += 1,
        }
    }
    drop_restated_weights(toks, &mut out);
    weigh_pieces_of_a_stated_weight(toks, &mut out);
    count_the_named_pieces(toks, &mut out);
    shared::share_units(toks, &mut out, comma_is_decimal);
    brackets::mark_other_periods(toks, &mut out);
    brackets::mark_labelled_years(toks, &mut out);
    take_net_weights(toks, &mut out);
    out
}

/// "a kilo and a half of cocaine", "two kilos and a half", "a ton and a half kilo": a whole
/// weight, then its half after the unit (as translations from Arabic, Spanish or French write
/// it), the unit sometimes said again.
fn and_a_half_after_the_unit(toks: &Tokens, q: &mut Quantity) {
    if q.unit.is_count() || q.end != q.unit_tok + 1 || q.as_written().fract() != 0.0 {
        return;
    }
    let Some(end) = numbers::hyphened_at(toks, q.end, &["and", "a", "half"]) else {
        return;
    };
    q.amount += 0.5 * q.factor;
    q.alt_amount = None;
    q.end = end;
    if unit_at(toks, end).is_some_and(|u| u.unit == q.unit && u.factor == q.factor) {
        q.end = end + 1;
    }
}

/// Ordinal words that count lots one by one ("the second 100, third 125"): a bare number
/// after one is a lot of the figure before it.
pub(crate) const ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth", "last"];

/// Whether a count is of crack ("134 units of crack cocaine"): rocks, counted apart from the
/// cocaine powder a sentence may weigh beside them.
pub(crate) fn of_crack(toks: &Tokens, q: &Quantity) -> bool {
    toks.is(q.unit_tok + 1, &["of"]) && toks.is(q.unit_tok + 2, &["crack"])
}

/// The quantity at token `i`, and where another period's figure in brackets between its number
/// and its unit stands and its amount ("102.96 (28.3) kg"): a quantity of its own.
fn read_quantity(
    toks: &Tokens,
    i: usize,
    comma_is_decimal: bool,
) -> Option<(Quantity, Option<(usize, f64)>)> {
    // "полтонны", "полкило", and after a preposition or a qualifier «около полутонны».
    if toks.is_word(i)
        && let Some(rest) = toks
            .text(i)
            .strip_prefix("полу")
            .or_else(|| toks.text(i).strip_prefix("пол"))
        && rest.chars().count() >= 4
        && let Some(u) = unit_by_word(rest)
        && u.unit == Unit::Kg
    {
        let (qualifier, start) = qualifier_before(toks, i);
        return Some((
            Quantity {
                start,
                num_start: i,
                end: i + 1,
                unit_tok: i,
                unit: u.unit,
                amount: 0.5 * u.factor,
                alt_amount: None,
                qualifier,
                adjective_drug: None,
                other_period: false,
                labelled_year: None,
                factor: u.factor,
            },
            None,
        ));
    }
    // The number: digits or words.
    let (mut num, mut j) = match toks.kind(i) {
        Some(TokKind::Num) if numbers::in_code_name(toks, i) => return None,
        Some(TokKind::Num) if numbers::a_pill_s_strength(toks, i) => return None,
        // "U.S.$1.4 Million Narcotic Drugs Busted", "£2m of cocaine": money.
        Some(TokKind::Num)
            if toks.is(
                i.wrapping_sub(1),
                &["$", "£", "€", "¢", "₦", "₹", "৳", "₽", "₸", "¥"],
            ) =>
        {
            return None;
        }
        Some(TokKind::Num) if numbers::after_a_currency_word(toks, i) => return None,
        _ if let Some((v, k)) = numbers::fraction(toks, i) => (Number::plain(v), k),
        Some(TokKind::Num) => {
            // Part of a date or a range of days ("12.08.2025", "1-30.09.2025").
            let n = parse_digits(toks.text(i), comma_is_decimal)?;
            let (n, j) = stray_group(toks, i, n, comma_is_decimal).unwrap_or((n, i + 1));
            // "(347) kg of hashish, (29) kg of heroin", "(5,000,000) Captagon pills": figures
            // set in brackets, as releases translated from Arabic write them. (Not the figure
            // that repeats a number in words, "twenty-seven (27) kilograms".)
            let bracketed = i >= 1
                && toks.is(i - 1, &["("])
                && toks.is(j, &[")"])
                && !(i >= 2
                    && (toks.is_num(i - 2) || numbers::word_value(toks.text(i - 2)).is_some()));
            let (mut n, mut j) = (n, if bracketed { j + 1 } else { j });
            // "5 and a half kilos", "2-and-a-half tonnes", «2 с половиной тонны»: a whole figure,
            // then its half in words, before the unit.
            let half = numbers::hyphened_at(toks, j, &["and", "a", "half"])
                .or_else(|| toks.phrase_at(j, "с половиной").then_some(j + 2));
            if let Some(end) =
                half.filter(|&e| n.value.fract() == 0.0 && unit_at(toks, e).is_some())
            {
                n.value += 0.5;
                n.alt = None;
                j = end;
            }
            (n, j)
        }
        Some(TokKind::Word) => match word_number(toks, i) {
            Some((mut v, mut j)) => {
                // ("one-thousand-417 kilograms": a multiplier joined by a hyphen.)
                if toks.is(j, &["-"])
                    && let Some((m, k)) = multiplier(toks, j + 1)
                {
                    v *= m;
                    j = k;
                    // ("one-thousand-four-hundred and thirty mature trees": the rest in words.)
                    if toks.is(j, &["-", "and"])
                        && let Some((rest, k)) = word_number(toks, j + 1)
                        && rest < m
                    {
                        v += rest;
                        j = k;
                    }
                }
                // ("One hundred and 64 kilograms", "one-thousand-417 kilograms": words, then
                // the rest in figures.)
                if v >= 100.0
                    && toks.is(j, &["and", "-"])
                    && toks.is_num(j + 1)
                    && unit_at(toks, j + 2).is_some()
                    && let Some(rest) = parse_digits(toks.text(j + 1), comma_is_decimal)
                {
                    let place = if v % 1000.0 == 0.0 { 1000.0 } else { 100.0 };
                    if rest.value < place && rest.value.fract() == 0.0 {
                        v += rest.value;
                        j += 2;
                    }
                }
                (Number::plain(v), j)
            }
            // "A ton and 597 kilograms and 480 grams of cannabis": one of the unit, then the
            // compound's smaller parts.
            None if toks.is(i, &["a", "an"])
                && toks.is(i + 2, &["and"])
                && toks.is_num(i + 3)
                && unit_at(toks, i + 1).is_some_and(|u| u.unit == Unit::Kg && u.rank > 0) =>
            {
                (Number::plain(1.0), i + 1)
            }
            None => return implied_one(toks, i).map(|q| (q, None)),
        },
        _ => return None,
    };
    // ("3,90,000 lakh yaba tablets": a number written out in Indian grouping, then the word of
    // its own largest group, which says it again.)
    let restated_group = |m: f64| {
        m >= 1e5 && num.value >= m && toks.is_num(i) && toks.text(i).matches(',').count() >= 2
    };
    // («свыше 55-ти тысяч кустов»: a case ending written onto the number before its
    // multiplier, as before a unit below.)
    if toks.text(j) == "-"
        && toks.is(j + 1, &["х", "ух", "ёх", "ех", "ти", "ми"])
        && multiplier(toks, j + 2).is_some()
    {
        j += 2;
    }
    if let Some((first, k)) = multiplier(toks, j).filter(|(m, _)| !restated_group(*m)) {
        // (Rounded to thousandths: "two point zero five million" is 2,050,000, not the float
        // product's 2,049,999.9999999998.)
        num.value = (num.value * first * 1000.0).round() / 1000.0;
        num.alt = num.alt.map(|a| a * first);
        j = k;
        // "464 тысячи 858 кустов", «1 тыс. 740,3 килограмм»: the rest of the number after its
        // multiplier; "34 million 270 thousand narcotic pills", «7 миллионов 830 тысяч 760
        // таблеток»: the rest with smaller ones.
        let mut m = first;
        loop {
            let rest = toks
                .is_num(j)
                .then(|| parse_digits(toks.text(j), comma_is_decimal))
                .flatten();
            let smaller = rest
                .and_then(|_| multiplier(toks, j + 1))
                .filter(|(m2, _)| *m2 < m);
            // ("8 million and 152 thousand hallucinogenic tablets": "and" before the rest.)
            let after_and = toks.is(j, &["and"]).then(|| {
                let rest = parse_digits(toks.text(j + 1), comma_is_decimal)
                    .filter(|_| toks.is_num(j + 1))?;
                let (m2, k) = multiplier(toks, j + 2).filter(|(m2, _)| *m2 < m)?;
                Some((rest, (m2, k)))
            });
            let part = after_and.flatten().or(rest.zip(smaller));
            if let Some((rest, (m2, k))) = part
                && rest.value * m2 < m
            {
                num.value += rest.value * m2;
                num.alt = None;
                j = k;
                m = m2;
                continue;
            }
            // ("14 million 654 thousand 192 cannabis roots": a describing word or two may
            // stand before the unit.)
            if let Some(rest) = rest
                && rest.value < m
                && (j + 1..j + 4)
                    .take_while(|&u| toks.is_word(u))
                    .any(|u| unit_at(toks, u).is_some())
            {
                num.value += rest.value;
                num.alt = None;
                j += 1;
            } else if toks.is_word(j)
                && let Some((rest, k)) = word_number(toks, j)
                && rest < m
                && (k..k + 3).any(|u| unit_at(toks, u).is_some())
            {
                // "одна тысяча сто девяносто один килограмм", "two thousand five hundred kg",
                // "one thousand four hundred and thirty marijuana plants" (a describing word or
                // two before the unit).
                num.value += rest;
                num.alt = None;
                j = k;
            }
            break;
        }
    }
    // "heroin - 102.96 (28.3) kg": another period's figure in brackets before the unit.
    let mut bracket = None;
    // ("three thousand one hundred and twenty-three (3,123) pounds", "sixty nine (69) big
    // bundles": a number in words told again in digits is that number, the digits' the
    // precise one, whatever words come before the unit.)
    let in_words = toks.kind(i) == Some(TokKind::Word);
    if let Some((fig, close)) = bracket_figure(toks, j, comma_is_decimal)
        && (unit_at(toks, close + 1).is_some() || (in_words && fig.plain().is_some()))
    {
        match fig.plain().filter(|_| in_words) {
            Some(value) => {
                num.value = value;
                num.alt = None;
            }
            None => bracket = Some((j + 1, fig)),
        }
        j = close + 1;
    }
    // "4,463.4-kg Hashish", "370-kg": a unit joined to its number by a hyphen.
    if toks.text(j) == "-" && !toks.is_num(j + 1) && unit_at(toks, j + 1).is_some() {
        j += 1;
    }
    // «около 2-х тонн», «5-ти кг»: a case ending written onto the number («выше 3-х с
    // половиной тонн»: and its half after it).
    if toks.text(j) == "-" && toks.is(j + 1, &["х", "ух", "ёх", "ех", "ти", "ми"]) {
        let half = toks.phrase_at(j + 2, "с половиной") && num.value.fract() == 0.0;
        let unit = j + 2 + if half { 2 } else { 0 };
        if unit_at(toks, unit).is_some() {
            if half {
                num.value += 0.5;
                num.alt = None;
            }
            j = unit;
        }
    }
    // "5.2 metric tons", "a metric tonne".
    if toks.is(j, &["metric", "метрических", "метрической"]) && unit_at(toks, j + 1).is_some()
    {
        j += 1;
    }
    // How lots were packed, between their number and their counted unit.
    const PACKED: &[&str] = &[
        "compressed",
        "sealed",
        "wrapped",
        "pressed",
        "packed",
        "plastic",
        // ("25 rubber packets containing hash oil", "12 foil wraps": what they were made of.)
        "rubber",
        "paper",
        "foil",
        "nylon",
        "cellophane",
        "polythene",
        "прессованных",
        "спрессованных",
        "полиэтиленовых",
        // ("50 высушенных кустов конопли", "40 dried bushes": how the plants were kept.)
        "высушенных",
        "сухих",
        "засохших",
        "dried",
        "dry",
        // ("about 250 planted plants", «300 посаженных кустов»: how they grew.)
        "planted",
        "growing",
        "mature",
        "young",
        "посаженных",
        "растущих",
        // («116 культивированных кустов мака», «200 дикорастущих кустов», "40 cultivated
        // plants".)
        "культивированных",
        "культивируемых",
        "дикорастущих",
        "взрослых",
        "цветущих",
        "созревших",
        "cultivated",
        "wild",
        // ("200 fully-grown plants", "40 fully grown plants and 40 seedlings", "30 smaller
        // plants": grown, or their size against others.)
        "fully",
        "grown",
        "flowering",
        // ("2 small packets allegedly containing methamphetamine": their size.)
        "small",
        "large",
        "big",
        "tiny",
        "smaller",
        "larger",
        "bigger",
        "маленьких",
        "небольших",
        "больших",
        "крупных",
        // ("34 more bricks of cocaine", "a further 13 bricks", "27 similar-looking blocks":
        // more of the same lots, their drug named after them.)
        "more",
        "further",
        "additional",
        "similar",
        "looking",
        "ещё",
        "еще",
    ];
    // Up to two adjectives before a counted unit ("290,000 psychotropic tablets").
    let mut adjective_drug = None;
    let mut u = j;
    let mut unit = unit_at(toks, u);
    // ("discovered three additional kilogrammes of cocaine", "5 more kilos": more of the same
    // drug, by weight.)
    if unit.is_none()
        && toks.is(j, &["more", "additional", "further", "extra"])
        && let Some(w) = unit_at(toks, j + 1).filter(|w| !w.unit.is_count())
    {
        u = j + 1;
        unit = Some(w);
    }
    if unit.is_none() {
        // ("84 heroin-filled capsules": a hyphenated adjective is three tokens.)
        let hyphenated = toks.is(j + 1, &["-"]);
        // ("22 очага наркотикосодержащих растений", "261 patches of cannabis plants": the
        // patches are counted, not the plants.)
        const PATCHES: &[&str] = &[
            "очаг",
            "участк",
            "плантац",
            "поле",
            "поля",
            "полей",
            "field",
            "patch",
            "plot",
            "plantation",
            "site",
            // ("на площади около 30 соток наркосодержащее растение": an area, not plants.)
            "соток",
            "сотки",
            "гектар",
            "hectare",
            "acre",
        ];
        // ("450 methadone M-40 tablets": a code name is one adjective of three tokens.)
        let code = |k: usize| toks.is_num(k) && numbers::in_code_name(toks, k);
        let coded = (j + 2..j + 4).any(code);
        // ("81,000 tramadol 225mg tablets": each pill's strength, a number and milligrams
        // after the drug's name.)
        let strength = |k: usize| {
            numbers::strength_starts_at(toks, k)
                || numbers::strength_starts_at(toks, k.wrapping_sub(1))
        };
        let strengthened =
            crate::lexicon::drug_at(toks, j).is_some() && (j + 1..j + 4).any(strength);
        // ("150 Subutex (buprenorphine) tablets": a brand and its substance in brackets.)
        let bracketed = toks.is(j + 1, &["("]) && toks.is_word(j + 2) && toks.is(j + 3, &[")"]);
        // ("3,600 ecstasy and methadone tablets": two drugs' tablets under one count.)
        let drug_word = |k: usize| crate::lexicon::drug_at(toks, k).map(|d| d.canonical);
        let two_drugs = toks.is(j + 1, &["and", "or", "и"])
            && drug_word(j).is_some()
            && drug_word(j + 2).is_some()
            && drug_word(j) != drug_word(j + 2);
        // ("10,000 fully-grown marijuana plants", "5,000 mature wild cannabis bushes": words
        // that tell how the plants grew, then the drug, however many; "21,200 fully grown
        // high-grade marijuana plants": and their grade.)
        const GROWN: &[&str] = &[
            "high",
            "grade",
            "quality",
            "fully",
            "grown",
            "full",
            "mature",
            "young",
            "wild",
            "wildly",
            "growing",
            "cultivated",
            "flowering",
            "fresh",
            "live",
            "matured",
            "-",
        ];
        let grown = (j..j + 6).take_while(|&k| toks.is(k, GROWN)).count();
        // ("17,400 SP+ capsules": a drug's name may hold a sign.)
        let name_end = crate::lexicon::drug_at(toks, j).map_or(j, |d| d.end);
        let widest = (2
            + usize::from(hyphenated || two_drugs)
            + 2 * usize::from(coded || bracketed || strengthened))
        .max(if grown > 0 && drug_word(j + grown).is_some() {
            grown + 2
        } else {
            0
        })
        // ("5,760 Spasmo Proxyvon Plus capsules": a name of several words; "15,744
        // cannabis sativa narcotic plants": and one word after it.)
        .max(if name_end > j { name_end - j + 1 } else { 0 });
        for gap in 1..=widest {
            if let Some(cand) = unit_at(toks, j + gap)
                && cand.unit.is_count()
                && (j..j + gap).all(|k| {
                    (toks.is_word(k)
                        || k < name_end
                        || (hyphenated && k == j + 1)
                        || (k < j + grown && toks.text(k) == "-")
                        || code(k)
                        || (toks.text(k) == "-" && code(k + 1))
                        || (bracketed && (k == j + 1 || k == j + 3))
                        || (two_drugs && k == j + 1)
                        || (strengthened && strength(k)))
                        && (unit_at(toks, k).is_none() || (strengthened && strength(k)))
                        && !toks.starts(k, PATCHES)
                })
            {
                // "290,000 psychotropic tablets", "1,850 cannabis bushes", "240 ecstasy pills".
                adjective_drug = if two_drugs && gap == 3 {
                    // (Several drugs under one figure.)
                    Some("narcotic_drugs")
                } else {
                    (j..j + gap)
                        .find_map(|k| crate::lexicon::drug_at(toks, k).map(|d| d.canonical))
                        .or_else(|| (j..j + gap).find_map(|k| unit_adjective_at(toks, k)))
                        .or_else(|| {
                            (cand.unit == Unit::Tablet
                                && (j..j + gap)
                                    .any(|k| toks.is(k, crate::lexicon::PILLS_OF_SOME_DRUG)))
                            .then_some("narcotic_drugs")
                        })
                };
                // ("5,851 compressed slabs", "40 sealed packets": how the lots were packed,
                // which names no drug.)
                let packed = (j..j + gap).all(|k| toks.is(k, PACKED) || (hyphenated && k == j + 1));
                // («около 200 ухоженных кустов конопли»: any one adjective that agrees with
                // the bushes, the drug named after them.)
                let described_bushes = gap == 1
                    && cand.unit == Unit::Plant
                    && (toks.text(j).ends_with("ых") || toks.text(j).ends_with("их"))
                    && crate::lexicon::drug_at(toks, j + 2).is_some();
                // ("78 maxim bags of marijuana", "14 maize meal bags packed with loose dagga",
                // "30 snap bags of mephedrone": a package of any kind, of the drug named right
                // after it; "six Shangaan bags of Indian hemp", named for a people, too;
                // «94 подготовленных пакета с метадоном», described in Russian.)
                let described_packages = gap <= 2
                    && cand.unit == Unit::Package
                    && (j..j + gap).all(|k| {
                        (toks.is_word(k) || toks.is(k, &["-"]))
                            && crate::lexicon::drug_at(toks, k).is_none()
                    })
                    && packed_drug_after(toks, j + gap + 1);
                if adjective_drug.is_some() || packed || described_bushes || described_packages {
                    u = j + gap;
                    unit = Some(cand);
                }
                break;
            }
        }
    }
    let unit = unit?;
    // (Each bracketed figure is in the unit after it: this one in the first unit, one inside a
    // compound amount in the smaller unit it comes before.)
    let bracket = bracket.map(|(at, fig): (usize, BracketFigure)| (at, fig.amount(unit.factor)));
    if !unit_ok(toks, u, &unit, &num) {
        return None;
    }
    let mut amount = num.value * unit.factor;
    let mut alt_amount = num.alt.map(|a| a * unit.factor);
    // Counts are whole: prefer the integer reading of an ambiguous separator. ("30.000
    // ecstasy tablets": and a count written with three zeros after its separator is
    // thousands, not a whole number with zero decimals.)
    if unit.unit.is_count()
        && let Some(a) = alt_amount
        && ((amount.fract() != 0.0 && a.fract() == 0.0)
            || (a == amount * 1000.0 && a != 0.0 && toks.text(i).ends_with(".000")))
    {
        alt_amount = Some(amount);
        amount = a;
    }
    let Compound {
        amount,
        alt_amount,
        end,
        bracket,
    } = with_smaller_parts(
        toks,
        comma_is_decimal,
        &unit,
        Compound {
            amount,
            alt_amount,
            end: u + 1,
            bracket,
        },
    );
    let (qualifier, start) = qualifier_before(toks, i);
    let q = Quantity {
        start,
        num_start: i,
        end,
        unit_tok: u,
        unit: unit.unit,
        amount,
        alt_amount,
        qualifier,
        adjective_drug,
        other_period: false,
        labelled_year: None,
        factor: unit.factor,
    };
    Some((q, bracket))
}

pub(crate) fn unit_by_word(w: &str) -> Option<UnitWord> {
    let mut t = Tokens::default();
    t.read(w, 0, w.len());
    unit_at(&t, 0)
}

/// "более тонны", "over a ton", "a kilogram of", «изъяли килограмм кокаина»: a unit word
/// standing for one of it.
fn implied_one(toks: &Tokens, i: usize) -> Option<Quantity> {
    // Cheap test first: the word before must be an article or a qualifier, or the unit a
    // Russian one in the singular with no number before it.
    if !bare_russian_unit(toks, i)
        && (i == 0
            || (!toks.is(i - 1, &["a", "an", "one"])
                && qualifier_before(toks, i).0 == Qualifier::Exact))
    {
        return None;
    }
    let unit = unit_at(toks, i)?;
    if unit.abbrev || unit.unit.is_count() {
        return None;
    }
    // ("more than RM180 a kilogramme", "$2,000 a kilo": a price for each unit, no lot.)
    if i >= 2 && toks.is(i - 1, &["a", "an"]) && toks.is_num(i - 2) {
        return None;
    }
    let (qualifier, start) = if i == 0 {
        (Qualifier::Exact, i)
    } else if toks.is(i - 1, &["a", "an", "one"]) {
        let (q, s) = qualifier_before(toks, i - 1);
        (q, s)
    } else {
        let (q, s) = qualifier_before(toks, i);
        if q == Qualifier::Exact && !bare_russian_unit(toks, i) {
            return None;
        }
        (q, s)
    };
    Some(Quantity {
        start,
        num_start: i,
        end: i + 1,
        unit_tok: i,
        unit: unit.unit,
        amount: unit.factor,
        alt_amount: None,
        qualifier,
        adjective_drug: None,
        other_period: false,
        labelled_year: None,
        factor: unit.factor,
    })
}

/// «изъяли килограмм кокаина», «килограмм растительной массы»: a Russian kilogram in the
/// singular (nominative or accusative) before a drug or a substance, with no number before it ("пять килограмм" is the colloquial plural,
/// «несколько килограмм», «десятки килограмм» no figure, «за килограмм» a price's, «килограмм
/// чая» no drug). A ton likewise: «на борту находилась тонна кокаина», «изъяли тонну
/// гашиша» (a headline's round ton over the body's precise weight goes as a restatement).
fn bare_russian_unit(toks: &Tokens, i: usize) -> bool {
    // («обнаружили сверток с килограммом героина»: instrumental, after «с».)
    (toks.is(i, &["килограмм", "кило", "тонну", "тонна"])
        || (toks.is(i, &["килограммом"]) && toks.is(i.wrapping_sub(1), &["с", "со"])))
        && (i + 1..i + 3).any(|k| {
            crate::lexicon::drug_at(toks, k).is_some()
                || toks.starts(k, &["веществ", "масс", "смес", "порошк"])
        })
        && (i == 0
            || !(toks.is_num(i - 1)
                || numbers::word_number(toks, i - 1).is_some()
                || toks.is(
                    i - 1,
                    &[
                        "за",
                        "на",
                        "по",
                        "в",
                        "несколько",
                        "нескольких",
                        "пару",
                        "сколько",
                        "каждый",
                        "один",
                        "десятки",
                        "десятков",
                        "сотни",
                        "сотен",
                        "тысячи",
                        "тысяч",
                        "полтора",
                        "пол",
                    ],
                )))
}

/// Whether a drug is named right after a package word ending at `k`: "of marijuana", "packed
/// with loose dagga", "containing heroin", "filled with cannabis", «с метадоном».
fn packed_drug_after(toks: &Tokens, k: usize) -> bool {
    let first = if toks.is(k, &["of", "containing", "holding", "с", "со"]) {
        k + 1
    } else if toks.is(k, &["packed", "filled", "stuffed"]) && toks.is(k + 1, &["with"]) {
        k + 2
    } else {
        return false;
    };
    (first..first + 3)
        .take_while(|&j| toks.is_word(j))
        .any(|j| crate::lexicon::drug_at(toks, j).is_some())
}

#[cfg(test)]
mod tests;
