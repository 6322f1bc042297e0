//! Smaller places, for a text that names no country at all: "Authorities in the port of Lázaro
//! Cárdenas reported …", "officers in Savusavu uprooted …". The main table keeps, outside the
//! focus countries, only large cities and some provinces (a wider net there lets in towns whose
//! names other countries' places share); when it finds nothing in a text, the towns of 1,000
//! people and the provinces it left out (`scripts/gen-minor-places.py`) are read instead, only
//! after a preposition of place, and the country they name most is the text's.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::fold::{TokKind, Tokens};

/// Names generated from GeoNames and ISO 3166-2 by `scripts/gen-minor-places.py` (see its
/// header for the sources and licences): `folded name, code` per line.
const GENERATED: &str = include_str!("../../data/minor_places.tsv");

/// Words after which a capitalised name is read as a place: "officers in Savusavu", "the port
/// of Lázaro Cárdenas". (Not a name after anything else: a smaller place's name is often a
/// surname too, "said Insp Bartolo".)
const BEFORE_A_PLACE: &[&str] = &[
    "in", "at", "near", "from", "outside", "off", "to", "into", "around", "of",
];

/// Words of a place's kind, that may follow its name ("Savusavu Police Station").
const PLACE_KINDS: &[&str] = &[
    "port",
    "harbour",
    "harbor",
    "airport",
    "international",
    "police",
    "station",
    "post",
    "customs",
    "bay",
    "beach",
    "island",
    "islands",
    "district",
    "division",
    "province",
    "state",
    "region",
    "county",
    "municipality",
    "city",
    "town",
    "village",
    "road",
    "street",
    "highway",
    "border",
    "court",
    "magistrates",
    "prison",
    "market",
    "area",
    "coast",
    "river",
    "valley",
];

/// The longest name, in words, the table holds that is worth trying.
const MAX_WORDS: usize = 3;

fn table() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| super::name_code_rows(GENERATED).collect())
}

/// A smaller place whose longer name starts with a larger place's at tokens `start..end`,
/// the capitalised words after it completing it ("PADANG BESAR, July 12 —": Malaysia's border
/// town, not Indonesia's Padang): its country and where its name ends.
pub(crate) fn longer_place_at(
    toks: &Tokens,
    start: usize,
    end: usize,
) -> Option<(&'static str, usize)> {
    let table = table();
    (1..=2).rev().find_map(|n| {
        if !(end..end + n).all(|k| toks.is_word(k) && toks.toks[k].upper) {
            return None;
        }
        // (Words only spaces separate: one name's.)
        if (start + 1..end + n).any(|k| toks.toks[k - 1].end + 1 != toks.toks[k].start) {
            return None;
        }
        let name = (start..end + n)
            .map(|k| toks.text(k))
            .collect::<Vec<_>>()
            .join(" ");
        table.get(name.as_str()).map(|code| (*code, end + n))
    })
}

/// The text's words as the tokenizer reads them, a hyphened name ("Port-au-Prince") as one:
/// their byte spans, and whether each starts with a capital.
fn words(toks: &Tokens) -> Vec<(usize, usize, bool)> {
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    for (k, t) in toks.toks.iter().enumerate() {
        if t.kind != TokKind::Word {
            continue;
        }
        // (A hyphen touching the word before and this one joins them.)
        let hyphen = k.checked_sub(1).map(|h| &toks.toks[h]);
        if let (Some(h), Some(last)) = (hyphen, out.last_mut())
            && toks.is(k - 1, &["-"])
            && h.start == last.1
            && h.end == t.start
        {
            last.1 = t.end;
            continue;
        }
        out.push((t.start, t.end, t.upper));
    }
    out
}

/// The country the smaller places a text names after a preposition of place belong to most,
/// if one leads.
pub fn minor_place_country(text: &str) -> Option<&'static str> {
    let table = table();
    let mut toks = Tokens::default();
    toks.read(text, 0, text.len());
    let words = words(&toks);
    let capitalised = |k: usize| words.get(k).is_some_and(|w| w.2);
    // Words only spaces separate: one name's.
    let joined = |a: usize, b: usize| text[words[a].1..words[b].0].chars().all(|c| c == ' ');
    let mut votes: Vec<(&'static str, usize)> = Vec::new();
    for i in 0..words.len() {
        let (s, e, _) = words[i];
        if !BEFORE_A_PLACE
            .iter()
            .any(|p| text[s..e].eq_ignore_ascii_case(p))
            || !capitalised(i + 1)
            || !joined(i, i + 1)
        {
            continue;
        }
        // (How far the run goes is asked only one word past the longest name: an all-capitals
        // text stays linear.)
        let run = (1..=MAX_WORDS + 1)
            .take_while(|&n| capitalised(i + n) && (n == 1 || joined(i + n - 1, i + n)))
            .last()
            .unwrap_or(0);
        // The name, and the capitalised run goes on only with a word of a place's kind ("in
        // Savusavu Police Station", "Lázaro Cárdenas Port"): not "at Grantley Adams
        // International Airport", an airport named after a person, nor "in Colonia Delicia",
        // a place whose first word is another's.
        let found = (1..=run.min(MAX_WORDS)).rev().find_map(|n| {
            let goes_on_as_a_name = n < run && {
                let (s, e, _) = words[i + n + 1];
                !PLACE_KINDS
                    .iter()
                    .any(|k| text[s..e].eq_ignore_ascii_case(k))
            };
            let name = text[words[i + 1].0..words[i + n].1].to_lowercase();
            (!goes_on_as_a_name)
                .then(|| table.get(name.as_str()).copied())
                .flatten()
        });
        if let Some(code) = found {
            match votes.iter_mut().find(|(c, _)| *c == code) {
                Some(v) => v.1 += 1,
                None => votes.push((code, 1)),
            }
        }
    }
    votes.sort_by_key(|v| std::cmp::Reverse(v.1));
    match votes[..] {
        [(code, _)] => Some(code),
        [(code, n), (_, m), ..] if n > m => Some(code),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::minor_place_country;

    #[test]
    fn an_all_capitals_text_is_read_in_linear_time() {
        let text = "IN ".repeat(200_000);
        assert_eq!(minor_place_country(&text), None);
    }

    #[test]
    fn a_town_after_a_preposition_names_its_country() {
        assert_eq!(
            minor_place_country("Officers in Savusavu uprooted 300 plants."),
            Some("FJ")
        );
        assert_eq!(
            minor_place_country("Customs at the port of Lázaro Cárdenas found 40 kg."),
            Some("MX")
        );
        // (Not a name without a preposition of place, nor a lower-case word.)
        assert_eq!(minor_place_country("Savusavu police said so."), None);
        assert_eq!(minor_place_country("Officers in savusavu said so."), None);
    }
}
