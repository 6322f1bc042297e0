//! Regions by the colloquial names Russian news gives them: «на Николаевщине», «с Донетчины»,
//! «Вологодчина», «на Брестчине». Each is made from the region's adjective («Николаевская
//! область» → «Николаевщина»), so the names are derived from the table of region adjectives,
//! not listed one by one.

use super::names::REGION_ADJECTIVES;
use super::{Case, PlaceMention};
use crate::fold::Tokens;

/// The case endings of a colloquial region's name, with the role each signals.
const ENDINGS: &[(&str, Case)] = &[
    ("а", Case::NomAcc),
    ("у", Case::NomAcc),
    ("е", Case::Loc),
    ("ы", Case::Oblique),
    ("ой", Case::Oblique),
    ("ою", Case::Oblique),
];

/// A region's colloquial name at token `i` («на Херсонщине»), as a mention of its country.
pub(super) fn colloquial_region_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    if !toks.toks.get(i)?.upper {
        return None;
    }
    let w = toks.text(i);
    let (base, case) = ENDINGS.iter().find_map(|(e, c)| {
        let b = w.strip_suffix(e)?;
        let base = b
            .strip_suffix("щин")
            .map(|b| (b, false))
            .or_else(|| b.strip_suffix("чин").map(|b| (b, true)))?;
        Some((base, *c))
    })?;
    let code = REGION_ADJECTIVES
        .iter()
        .find(|(stem, _)| derives(stem, base))
        .map(|r| r.1)?;
    Some(PlaceMention::of_country(code, i, i + 1, case))
}

/// Whether the colloquial name's base `(base, with_ch)` (the word before «щина» or, when
/// `with_ch`, «чина») is made from the region adjective's stem `stem`:
/// - «донецк» → «Донетчина», «винницк» → «Виннитчина», «липецк» → «Липетчина»;
/// - «тамбовск» → «Тамбовщина», «гомельск» → «Гомельщина»;
/// - after д, т or с also «чина»: «вологодск» → «Вологодчина», «брестск» → «Брестчина»,
///   «одесск» → «Одесчина» (and «Одесщина»).
fn derives(stem: &str, (base, with_ch): (&str, bool)) -> bool {
    if let Some(x) = stem.strip_suffix("цк") {
        return with_ch && base.strip_suffix('т') == Some(x);
    }
    let Some(x) = stem.strip_suffix("ск") else {
        return false;
    };
    // (Two letters at least before the suffix: «омск», «ошск» make no colloquial name.)
    base == x && x.chars().count() > 2 && (!with_ch || x.ends_with(['д', 'т', 'с']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<(&'static str, Case)> {
        let mut toks = Tokens::default();
        toks.read(text, 0, text.len());
        let i = (0..toks.len()).find(|&i| toks.toks[i].upper)?;
        colloquial_region_at(&toks, i).map(|m| (m.place.code, m.case))
    }

    #[test]
    fn colloquial_names_of_regions_are_their_countries() {
        assert_eq!(at("на Николаевщине"), Some(("UA", Case::Loc)));
        assert_eq!(at("с Донетчины"), Some(("UA", Case::Oblique)));
        assert_eq!(at("на Вологодчину"), Some(("RU", Case::NomAcc)));
        assert_eq!(at("на Брестчине"), Some(("BY", Case::Loc)));
        assert_eq!(at("на Гомельщине"), Some(("BY", Case::Loc)));
        assert_eq!(at("на Одесчине"), Some(("UA", Case::Loc)));
        assert_eq!(at("на Одесщине"), Some(("UA", Case::Loc)));
        assert_eq!(at("Тамбовщина"), Some(("RU", Case::NomAcc)));
        assert_eq!(at("на Могилёвщине"), Some(("BY", Case::Loc)));
    }

    #[test]
    fn other_words_in_shchina_are_no_regions() {
        assert_eq!(at("Мужчина"), None);
        assert_eq!(at("Женщине"), None);
        assert_eq!(at("Причина"), None);
        assert_eq!(at("в Гатчине"), None);
        assert_eq!(at("Тамбовчина"), None);
        assert_eq!(at("на николаевщине"), None);
    }
}
