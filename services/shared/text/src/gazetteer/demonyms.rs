//! Countries named by their people and their agencies rather than by a place: demonyms before
//! an agency's word ("Kazakh border guards", «таджикские пограничники», "Maltese police", the
//! last from the generated `data/demonyms.tsv`), a border named from one side ("on the
//! Tajik-Afghan border"), national agency names and state abbreviations ("ANF", «РТ») and
//! Britain's police forces named for their areas ("Suffolk Police"). Split
//! from `gazetteer.rs`: mentions found by a people's or an agency's name, apart from the place
//! index.

use std::sync::OnceLock;

use super::names::{AGENCY_NAMES, AGENCY_PHRASES, AGENCY_WORDS, DEMONYMS, POLICE_FORCES};
use super::{Case, PlaceMention, name_code_rows, place_at};
use crate::fold::Tokens;

/// [`AGENCY_WORDS`] as a stem set (tested after every demonym and town adjective).
pub(super) fn agency_words() -> &'static crate::fold::StemSet {
    static SET: OnceLock<crate::fold::StemSet> = OnceLock::new();
    SET.get_or_init(|| crate::fold::StemSet::new(AGENCY_WORDS))
}

/// Whether a word has "ск" or "цк", as Russian demonyms and town adjectives do: a byte scan,
/// cheaper than two substring searches on every word.
pub(super) fn has_sk_or_tsk(w: &str) -> bool {
    // с = D1 81, ц = D1 86, к = D0 BA.
    w.as_bytes()
        .windows(4)
        .any(|b| b[0] == 0xD1 && (b[1] == 0x81 || b[1] == 0x86) && b[2] == 0xD0 && b[3] == 0xBA)
}

/// The country of a demonym ("Kazakh", "таджикских").
pub(super) fn demonym(w: &str) -> Option<&'static str> {
    // Cheap test first: every Russian stem has "ск" or "цк" («турецк», «немецк»), every
    // English demonym is short.
    if !(has_sk_or_tsk(w) || (w.is_ascii() && w.len() <= 14)) {
        return None;
    }
    // Indexed by first character: most words are looked up here, and most are no demonym.
    type Index = foldhash::HashMap<char, Vec<(&'static str, &'static str)>>;
    static INDEX: OnceLock<Index> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut map = Index::default();
        for &(d, code) in DEMONYMS {
            if let Some(c) = d.chars().next() {
                map.entry(c).or_default().push((d, code));
            }
        }
        map
    });
    let listed = index.get(&w.chars().next()?).and_then(|ds| {
        ds.iter()
            .find(|(d, _)| {
                if d.is_ascii() {
                    w == *d
                } else {
                    w.starts_with(d)
                }
            })
            .map(|d| d.1)
    });
    // The hand-made list first (Russian stems, older spellings), then every country's English
    // demonym ("Maltese", "Omani"), generated from a maintained table.
    listed.or_else(|| w.is_ascii().then(|| generated_demonym(w)).flatten())
}

/// The generated table of English demonyms (`data/demonyms.tsv`, from world-countries by
/// `scripts/gen-demonyms.sh`).
const GENERATED_DEMONYMS: &str = include_str!("../../data/demonyms.tsv");

fn generated_demonym(w: &str) -> Option<&'static str> {
    static MAP: OnceLock<foldhash::HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| name_code_rows(GENERATED_DEMONYMS).collect())
        .get(w)
        .copied()
}

/// The country of a demonym of several words starting at token `i` ("south korean", "ni -
/// vanuatu" as the tokenizer reads "Ni-Vanuatu"), and how many tokens it takes.
fn multiword_demonym_at(toks: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    type Index = foldhash::HashMap<&'static str, Vec<(Vec<&'static str>, &'static str)>>;
    static INDEX: OnceLock<Index> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut map = Index::default();
        for (d, code) in name_code_rows(GENERATED_DEMONYMS) {
            if let Some((first, rest)) = d.split_once(' ') {
                map.entry(first)
                    .or_default()
                    .push((rest.split(' ').collect(), code));
            }
        }
        map
    });
    // (Cheap tests first: a demonym is capitalised, and most words are not.)
    let w = toks.text(i);
    if !toks.toks.get(i).is_some_and(|t| t.upper) || !w.is_ascii() {
        return None;
    }
    index.get(w)?.iter().find_map(|(rest, code)| {
        rest.iter()
            .enumerate()
            .all(|(k, r)| toks.text(i + 1 + k) == *r)
            .then_some((*code, rest.len() + 1))
    })
}

/// "on the Tajik-Afghan border", "на таджикско-афганской границе": a border named from the
/// side of the first country, the one that reports it. A mention of that country.
pub fn border_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    if toks.text(i + 1) != "-" {
        return None;
    }
    // ("near the India-Myanmar border": countries named, not their adjectives.)
    let country = |k: usize| {
        demonym(toks.text(k)).or_else(|| {
            place_at(toks, k)
                .filter(|m| m.end == k + 1 && m.place.region.is_none())
                .map(|m| m.place.code)
        })
    };
    let code = country(i)?;
    country(i + 2)?;
    toks.starts(
        i + 3,
        &[
            "border",
            "frontier",
            "customs",
            "checkpoint",
            "crossing",
            "границ",
            "рубеж",
            "пункт",
            "таможен",
        ],
    )
    .then_some(PlaceMention::of_country(code, i, i + 4, Case::Any))
}

/// An agency name or state abbreviation at token `i` ("РТ", "ANF"), as a location mention.
pub fn agency_name_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    if !toks.toks.get(i)?.upper {
        return None;
    }
    let w = toks.text(i);
    let mut code = AGENCY_NAMES.iter().find(|(n, _)| *n == w)?.1;
    // «пресс-служба ВКО «Всевеликое войско Донское»»: a Cossack society (войсковое казачье
    // общество) named in quotes after its letters, not East Kazakhstan.
    if w == "вко" && toks.is(i + 1, &["\""]) {
        return None;
    }
    // "МВД по РТ", "УФСКН России по РК": a Russian ministry's directorate for one of Russia's
    // republics (Tatarstan, Komi), not the state the letters also abbreviate. (Not "ДКНБ РК
    // по ВКО": Kazakhstan's regions are no republic of Russia.)
    if toks.is(i.wrapping_sub(1), &["по"]) && code != "RU" && !matches!(w, "вко" | "ско" | "зко")
    {
        code = "RU";
    }
    Some(PlaceMention::of_country(code, i, i + 1, Case::Any))
}

/// A national agency named by several words at token `i` ("the Guardia Civil"), as a mention
/// of its country.
pub fn agency_phrase_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    if !toks.toks.get(i)?.upper {
        return None;
    }
    let &(phrase, code) = AGENCY_PHRASES.iter().find(|(p, _)| toks.phrase_at(i, p))?;
    let n = phrase.split(' ').count();
    Some(PlaceMention::of_country(code, i, i + n, Case::Any))
}

/// A British police force named for its area at token `i` ("Suffolk Police", "officers from
/// Kent Police", "Thames Valley Police said"), as a mention of Britain. (Not "Norfolk Police
/// Department", an American city's; not "Chatham-Kent police", Ontario's; not "the Tokyo
/// Metropolitan Police": a name that goes on from the word before is another.)
pub fn police_force_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    if !toks.toks.get(i)?.upper || toks.is(i.wrapping_sub(1), &["-"]) {
        return None;
    }
    let force = POLICE_FORCES.iter().find(|f| toks.phrase_at(i, f))?;
    let end = i + force.split(' ').count();
    let before_is_a_name = i > 0
        && toks.toks[i - 1].upper
        && toks.is_word(i - 1)
        && !super::opens_a_sentence(toks, i - 1);
    (toks.is(end, &["police", "constabulary"])
        && !toks.is(end + 1, &["department", "departments", "dept"])
        && !before_is_a_name)
        .then_some(PlaceMention::of_country("GB", i, end + 1, Case::Any))
}

/// The country of a national currency named by its people's adjective at token `i`: "more
/// than 3 million Kuwaiti dinars", "Saudi riyals", «кувейтских динаров». (Not dollars, which
/// many countries' sums are told in, nor the euro.)
pub fn currency_demonym_at(toks: &Tokens, i: usize) -> Option<&'static str> {
    const CURRENCIES: &[&str] = &[
        "dinar",
        "riyal",
        "rial",
        "dirham",
        "rupee",
        "shilling",
        "kwacha",
        "cedi",
        "rand",
        "naira",
        "peso",
        "manat",
        "hryvni",
        "zlot",
        "forint",
        "koruna",
        "kron",
        "yuan",
        "yen",
        "ringgit",
        "rupiah",
        "dong",
        "kyat",
        "birr",
        "pound",
        "lira",
        "динар",
        "риал",
        "риял",
        "дирхам",
        "рупи",
        "шиллинг",
        "песо",
        "манат",
        "юан",
        "иен",
        "фунт",
        "лир",
        "злот",
        "крон",
    ];
    if !toks.is_word(i) || !toks.starts(i + 1, CURRENCIES) {
        return None;
    }
    demonym(toks.text(i))
}

/// An agency demonym at token `i` ("Kazakh border guards"), as a location mention.
pub fn agency_demonym_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    // ("South Korean customs", "Sri Lankan police": a demonym of two words or more.)
    let (code, last) = if names_a_body_after(toks, i) {
        (demonym(toks.text(i))?, i)
    } else {
        let (code, n) = multiword_demonym_at(toks, i)?;
        if !names_a_body_after(toks, i + n - 1) {
            return None;
        }
        (code, i + n - 1)
    };
    // "near the Bolivian border", "on the Syrian border", "across the Iranian border": a
    // border, not its guards, and the neighbour's ("at the Tajik border" is where it was).
    let before = i.wrapping_sub(1 + usize::from(toks.is(i.wrapping_sub(1), &["the"])));
    if toks.is(last + 1, &["border", "borders"])
        && toks.is(
            before,
            &[
                "near", "on", "across", "along", "from", "to", "with", "over", "by",
            ],
        )
        && !toks.starts(
            last + 2,
            &[
                "guard", "police", "troop", "service", "force", "officer", "agenc", "patrol",
                "control",
            ],
        )
    {
        return None;
    }
    Some(PlaceMention::of_country(code, i, last + 1, Case::Any))
}

/// Whether the words after a demonym ending at token `last` name a body of its country (its
/// police, customs, guards) or a place of it (its province, city, waters).
fn names_a_body_after(toks: &Tokens, last: usize) -> bool {
    // «на территории иранской провинции Кирман», "in the Afghan province of Nimroz": a
    // province of that country. (The word after is tested first: most words have neither.)
    // («в испанском городе Сантьяго-де-Компостела», "the Spanish city of Cadiz": a city or a
    // port of it.)
    // («полиция австралийского штата Квинсленд», «австралийского Квинсленда», "the Mexican
    // state of Sinaloa": a state, region or island of it, or a place it names in the Russian
    // adjective's case.)
    let province = toks.starts(
        last + 1,
        &[
            "провинци",
            "province",
            "город",
            "порт",
            "штат",
            "регион",
            "остров",
            "округ",
        ],
    ) || toks.is(
        last + 1,
        // ("in Australian waters", "on Colombian soil": the country's own ground.)
        &[
            "city",
            "town",
            "port",
            "state",
            "island",
            "region",
            "waters",
            "territory",
            "soil",
        ],
    ) || (!toks.text(last).is_ascii()
            && toks.is_word(last + 1)
            && toks.toks.get(last + 1).is_some_and(|t| t.upper)
            && !toks.text(last + 1).is_ascii()
            // (Not a short word, mostly an abbreviation: «французских ВВС» is a foreign
            // force's help.)
            && toks.text(last + 1).chars().count() > 4);
    province || toks.starts_set(last + 1, agency_words())
}
