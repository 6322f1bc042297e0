//! The qualifier written before a figure ("more than", «около», "up to", "close to", «с
//! приблизительным весом») and where the figure's words start with it. Split from
//! `quantity.rs`, which reads the number and its unit.

use crate::fold::{TokKind, Tokens};
use crate::model::Qualifier;

/// A word of a figure changing: «увеличились», «выросло», «сократился», «увеличение».
fn is_change(w: &str) -> bool {
    [
        "увелич",
        "вырос",
        "возрос",
        "сократ",
        "снизи",
        "уменьш",
        "достиг",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// The qualifier just before token `i`, and where it starts.
pub(super) fn qualifier_before(toks: &Tokens, i: usize) -> (Qualifier, usize) {
    if i == 0 {
        return (Qualifier::Exact, i);
    }
    // "nearly a half ton": the qualifier comes before the article; «почти в 700 килограммов»
    // before the preposition.
    // ("14 packets (approx wt 14.790 Kg)": before the weight's abbreviation.)
    // ("Also, at least, 127.5kg of cannabis": a comma between them.)
    // ("seized about (424) kilograms": before a figure set in brackets.)
    if toks.is(i - 1, &["a", "an", "в", "wt", "("])
        || (toks.text(i - 1) == "," && toks.is(i.wrapping_sub(2), &["least"]))
    {
        let (q, start) = qualifier_before(toks, i - 1);
        if q != Qualifier::Exact {
            return (q, start);
        }
    }
    let prev = |k: usize| if k <= i { toks.text(i - k) } else { "" };
    match prev(1) {
        // "more than", "более чем"
        "than" if matches!(prev(2), "more") => (Qualifier::AtLeast, i - 2),
        "чем" if matches!(prev(2), "более" | "больше") => (Qualifier::AtLeast, i - 2),
        // "at least", "не менее"
        "least" if prev(2) == "at" => (Qualifier::AtLeast, i - 2),
        "менее" | "меньше" if prev(2) == "не" => (Qualifier::AtLeast, i - 2),
        // "no less than 1350 kg", "not less than" (the English of «не менее»).
        "than" if prev(2) == "less" && matches!(prev(3), "not" | "no") => {
            (Qualifier::AtLeast, i - 3)
        }
        // "in excess of", "upwards of"
        "of" if prev(2) == "excess" && prev(3) == "in" => (Qualifier::AtLeast, i - 3),
        "of" if prev(2) == "upwards" => (Qualifier::AtLeast, i - 2),
        // "as many as 5 kgs", "as much as": emphasis on a large figure, which is exact (the
        // labels of b19 and b24 read it so); the words still belong to the figure.
        "as" if matches!(prev(2), "many" | "much") && prev(3) == "as" => (Qualifier::Exact, i - 3),
        // "up to five kg of cocaine": an upper bound, so an estimate.
        "to" if prev(2) == "up" => (Qualifier::Approx, i - 2),
        // «с приблизительным весом 18 килограммов», "an estimated weight of 2 tonnes": the
        // weight is an estimate.
        "весом" | "массой" | "вес"
            if ["приблизительн", "примерн", "ориентировочн"]
                .iter()
                .any(|s| prev(2).starts_with(s)) =>
        {
            (Qualifier::Approx, i - 2)
        }
        "of" if prev(2) == "weight" && matches!(prev(3), "approximate" | "estimated") => {
            (Qualifier::Approx, i - 3)
        }
        // "close to two hundred plants": as "nearly".
        "to" if prev(2) == "close" => (Qualifier::Approx, i - 2),
        // "hashish estimated at 152 kg", «оцениваемых в 5 тонн»: an estimate.
        "at" if prev(2) == "estimated" => (Qualifier::Approx, i - 2),
        // «до 5 кг опиума», but not the end of a range («от 30 до 100 кг») nor a level reached
        // («увеличились ... до 2,3 тонны»).
        "до" if prev(3) != "от" && !(2..=10).any(|k| is_change(prev(k))) => {
            (Qualifier::Approx, i - 1)
        }
        "over" | "более" | "свыше" | "больше" => (Qualifier::AtLeast, i - 1),
        // «Масса изъятого превысила 2 кг», "the haul exceeded 300 kg": a verb, which stays
        // out of the figure's words.
        "превысила" | "превысил" | "превысило" | "превысили" | "exceeded" | "exceeds" => {
            (Qualifier::AtLeast, i)
        }
        // «более 67,6 тонн» translated word for word: "withdrawn more 67,6 tons".
        "more"
            if i >= 2
                && toks.kind(i - 2) == Some(TokKind::Word)
                && !matches!(prev(2), "one" | "and" | "or") =>
        {
            (Qualifier::AtLeast, i - 1)
        }
        "approximately"
        | "approx"
        | "about"
        | "around"
        | "some"
        | "nearly"
        | "almost"
        | "roughly"
        | "circa"
        | "estimated"
        | "~"
        | "около"
        | "почти"
        | "порядка"
        | "примерно"
        | "приблизительно"
        | "ориентировочно" => (Qualifier::Approx, i - 1),
        _ => (Qualifier::Exact, i),
    }
}
