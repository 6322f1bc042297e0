//! Countries, regions and cities in English and Russian (with Russian case forms), and how a
//! mention is used: where something happened, or where drugs came from or went.
//!
//! Russian names are declined here from their nominative form, so "в Таджикистане" (in),
//! "из Таджикистана" (from) and "в Таджикистан" (into) can be told apart.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::sync::OnceLock;

use crate::fold::Tokens;

mod colloquial;
mod demonyms;
mod minor;
mod names;
mod not_a_place;
mod role;
mod table;
use colloquial::colloquial_region_at;
pub use demonyms::{
    agency_demonym_at, agency_name_at, agency_phrase_at, border_at, currency_demonym_at,
    police_force_at,
};
use demonyms::{agency_words, demonym, has_sk_or_tsk};
pub use minor::minor_place_country;
use names::REGION_ADJECTIVES;
use not_a_place::{inside_a_name, names_no_place};
pub use role::{Role, names_an_agency, role};
use table::Decl::{self, *};
use table::PLACES;

/// The grammatical role a Russian form signals (English forms are `Any`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Any,
    /// Nominative or accusative: after "в" it means "into".
    NomAcc,
    /// Prepositional: after "в" it means "in".
    Loc,
    /// Genitive, dative, instrumental.
    Oblique,
}

/// A named place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// The region or city name, `None` for a country.
    pub region: Option<&'static str>,
    /// Another country whose place is written the same way ("Córdoba": Argentina's city, and
    /// Spain's), for a text about that country.
    pub also: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlaceMention {
    pub place: Place,
    pub start: usize,
    pub end: usize,
    pub case: Case,
}

impl PlaceMention {
    /// A mention of country `code` itself (no province, no other country of the same name) at
    /// tokens `start..end`: what a demonym, an agency's name or a region adjective says.
    fn of_country(code: &'static str, start: usize, end: usize, case: Case) -> Self {
        PlaceMention {
            place: Place {
                code,
                region: None,
                also: None,
            },
            start,
            end,
            case,
        }
    }
}

/// Words that a country section heading may carry around the country name.
pub const HEADING_FILLERS: &[&str] = &[
    "republic",
    "pepublic",
    "republik",
    "of",
    "the",
    "federation",
    "islamic",
    "kingdom",
    "state",
    "республика",
    "федерация",
    "кыргызская",
    "российская",
    "исламская",
];

fn forms(nom: &str, decl: Decl) -> Vec<(String, Case)> {
    let stem = |n: usize| {
        nom.chars()
            .take(nom.chars().count() - n)
            .collect::<String>()
    };
    let f = |s: &str, endings: &[(&str, Case)]| {
        endings
            .iter()
            .map(|(e, c)| (format!("{s}{e}"), *c))
            .collect::<Vec<_>>()
    };
    use Case::*;
    match decl {
        Hard => f(
            nom,
            &[
                ("", NomAcc),
                ("а", Oblique),
                ("у", Oblique),
                ("ом", Oblique),
                ("е", Loc),
            ],
        ),
        Iya => f(
            &stem(2),
            &[
                ("ия", NomAcc),
                ("ии", Loc),
                ("ию", NomAcc),
                ("ией", Oblique),
            ],
        ),
        Ai => f(
            &stem(2),
            &[
                ("ай", NomAcc),
                ("ая", Oblique),
                ("аю", Oblique),
                ("аем", Oblique),
                ("ае", Loc),
            ],
        ),
        Soft => f(&stem(1), &[("ь", NomAcc), ("и", Loc), ("ью", Oblique)]),
        A => f(
            &stem(1),
            &[
                ("а", NomAcc),
                ("ы", Oblique),
                ("и", Oblique),
                ("е", Loc),
                ("у", NomAcc),
                ("ой", Oblique),
            ],
        ),
        Fixed => vec![(nom.to_string(), Any)],
    }
}

/// Place names generated from GeoNames, ISO 3166 and pymorphy3 by `scripts/gen-gazetteer.py`
/// (see its header for the sources and licences): `code, place, folded form, case` per line.
const GENERATED: &str = include_str!("../data/places.tsv");

/// The generated places, parsed: (place, form, case).
fn generated() -> impl Iterator<Item = (Place, &'static str, Case)> {
    GENERATED
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|mut line| {
            // (Columns cut byte by byte: the fields are short, and start-up reads 48,000 lines.)
            let mut cut = || {
                let field = line;
                let end = field.bytes().position(|b| b == b'\t')?;
                line = &field[end + 1..];
                Some(&field[..end])
            };
            let (code, place, form, case) = (cut()?, cut()?, cut()?, cut()?);
            let also = Some(line).filter(|c| !c.is_empty());
            let case = match case {
                "nom" => Case::NomAcc,
                "loc" => Case::Loc,
                "obl" => Case::Oblique,
                _ => Case::Any,
            };
            let region = (!place.is_empty()).then_some(place);
            Some((Place { code, region, also }, form, case))
        })
}

/// The rows of a generated two-column table (`name<TAB>code`, `#` opening a comment line), as
/// `data/demonyms.tsv` and `data/minor_places.tsv` write them.
fn name_code_rows(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// One name of a place: its words as the table writes them (separated by spaces or hyphens),
/// borrowed from the tables where it can be (most names are: startup builds the index, so it
/// copies nothing it need not).
struct Pattern {
    name: Cow<'static, str>,
    /// The bytes of its words (separators left out): a cheap first test of two names' words.
    letters: usize,
    place: Place,
    case: Case,
}

impl Pattern {
    fn words(&self) -> impl Iterator<Item = &str> {
        name_words(&self.name)
    }
}

fn name_words(name: &str) -> impl Iterator<Item = &str> {
    name.split([' ', '-'])
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let (stem, s) = split_possessive(w);
            std::iter::once(stem).chain(s)
        })
}

/// A name's word and its possessive "s", apart: "Cox's Bazar", "Hawke's Bay" are read as the
/// tokens read them, "cox", "'", "s". (Not "Ma'rib", one word.)
fn split_possessive(word: &str) -> (&str, Option<&'static str>) {
    match word.strip_suffix("'s") {
        Some(stem) if !stem.is_empty() => (stem, Some("s")),
        _ => (word, None),
    }
}

/// The first of [`name_words`], found byte by byte (start-up asks it of every name).
fn first_word(name: &str) -> &str {
    let b = name.as_bytes();
    let sep = |c: &u8| matches!(c, b' ' | b'-');
    let start = b.iter().position(|c| !sep(c)).unwrap_or(b.len());
    let end = b[start..]
        .iter()
        .position(sep)
        .map_or(b.len(), |p| start + p);
    // (Both ends are at ASCII bytes or the ends of the name: char boundaries.)
    split_possessive(&name[start..end]).0
}

fn letters(name: &str) -> usize {
    name.bytes().filter(|b| !matches!(b, b' ' | b'-')).count()
}

/// The patterns of one first word: most words start one name only, kept in place (start-up
/// builds some 50,000 of them, and a vector each was most of its time, in `malloc`).
enum Patterns {
    One(Pattern),
    Many(Vec<Pattern>),
}

impl Patterns {
    fn as_slice(&self) -> &[Pattern] {
        match self {
            Patterns::One(p) => std::slice::from_ref(p),
            Patterns::Many(v) => v,
        }
    }

    fn push(&mut self, p: Pattern) {
        *self = match std::mem::replace(self, Patterns::Many(Vec::new())) {
            Patterns::One(first) => Patterns::Many(vec![first, p]),
            Patterns::Many(mut v) => {
                v.push(p);
                Patterns::Many(v)
            }
        };
    }
}

/// Patterns by their first word.
type Index = foldhash::HashMap<Cow<'static, str>, Patterns>;

/// The patterns whose first word is `word`.
fn patterns_of(word: &str) -> Option<&'static [Pattern]> {
    index().get(word).map(Patterns::as_slice)
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = Index::with_capacity_and_hasher(GENERATED.len() / 32, Default::default());
        let mut add = |name: Cow<'static, str>, place: Place, case: Case, generated: bool| {
            let first = first_word(&name);
            if first.is_empty() {
                return;
            }
            // "Saint Petersburg" is written "St Petersburg" and "St. Petersburg" too.
            if first == "saint" {
                let short = format!(
                    "st {}",
                    &name["saint".len()..].trim_start_matches([' ', '-'])
                );
                let p = Pattern {
                    letters: letters(&short),
                    name: Cow::Owned(short),
                    place,
                    case,
                };
                match map.entry(Cow::Borrowed("st")) {
                    Entry::Occupied(mut e) => e.get_mut().push(p),
                    Entry::Vacant(e) => {
                        e.insert(Patterns::One(p));
                    }
                }
            }
            let key = match &name {
                Cow::Borrowed(n) => Cow::Borrowed(first_word(n)),
                Cow::Owned(_) => Cow::Owned(first.to_string()),
            };
            // The hand-made entries below outrank generated forms of the same words.
            let letters = letters(&name);
            let pattern = |name| Pattern {
                name,
                letters,
                place,
                case,
            };
            match map.entry(key) {
                Entry::Vacant(e) => {
                    e.insert(Patterns::One(pattern(name)));
                }
                Entry::Occupied(mut e) => {
                    if generated
                        && e.get()
                            .as_slice()
                            .iter()
                            .any(|p| p.letters == letters && p.words().eq(name_words(&name)))
                    {
                        return;
                    }
                    e.get_mut().push(pattern(name));
                }
            }
        };
        for (code, region, en, ru) in PLACES {
            let place = Place {
                code,
                region: *region,
                also: None,
            };
            for name in *en {
                add(Cow::Borrowed(name), place, Case::Any, false);
            }
            for (nom, decl) in *ru {
                // Multi-word Russian names decline their last word only.
                let (head, last) = nom.rsplit_once(' ').map_or(("", *nom), |(h, l)| (h, l));
                for (form, case) in forms(last, *decl) {
                    let name = if head.is_empty() {
                        form
                    } else {
                        format!("{head} {form}")
                    };
                    add(Cow::Owned(name), place, case, false);
                }
            }
        }
        for (place, form, case) in generated() {
            add(Cow::Borrowed(form), place, case, true);
        }
        map
    })
}

/// "in the U.S.", "at U.S. borders", "across the US": the United States as where something
/// happened. (Elsewhere "US" and "U.S." are left out of the table: mostly a foreign agency's
/// nationality, "the U.S. embassy", "US Navy", or money, "US$30 million".)
fn the_us_as_a_place(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    let end = if toks.text(i) == "us" && toks.toks[i].upper {
        i + 1
    } else if toks.text(i) == "u" && toks.text(i + 1) == "." && toks.text(i + 2) == "s" {
        i + 3 + usize::from(toks.text(i + 3) == ".")
    } else {
        return None;
    };
    let located = toks.is(i.wrapping_sub(1), &["at"])
        || (toks.is(i.wrapping_sub(1), &["the"])
            && toks.is(
                i.wrapping_sub(2),
                &["in", "across", "throughout", "within", "inside", "around"],
            ));
    // (Not "in the U.S. Virgin Islands", nor the agencies of "at the U.S. embassy"; its
    // borders are its own.)
    let named_after = toks.is(end, &["virgin", "$"])
        || (toks.starts_set(end, agency_words()) && !toks.is(end, &["border", "borders"]))
        || toks.starts(
            end,
            &["embass", "consul", "department", "attorney", "dea", "cbp"],
        );
    (located && !named_after).then(|| PlaceMention::of_country("US", i, end, Case::Any))
}

/// The longest place name starting at token `i`.
pub fn place_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    if let Some(us) = the_us_as_a_place(toks, i) {
        return Some(us);
    }
    let candidates = patterns_of(toks.text(i))?;
    // A month is not a place: "Май" is also a Russian spelling of Miami in GeoNames. (A name
    // of several words that starts like one is: "Mar del Plata".)
    let month = crate::dates::month_of(toks.text(i)).is_some();
    // «в провинции Нонг Каен»: a capitalised word no place starts with, inside the sentence,
    // makes the name a foreign one of two words ("Каен" alone is an old name of a Russian
    // town).
    // (Not a preposition or a word capitalised for opening the sentence: «Ханой. В Лаосе»,
    // «Из Лаоса» at a line's start.)
    if i >= 2
        && toks.toks[i - 1].upper
        && toks.is_word(i - 1)
        && !toks.text(i - 1).is_ascii()
        && toks.text(i).chars().count() <= 5
        && patterns_of(toks.text(i - 1)).is_none()
        && !opens_a_sentence(toks, i - 1)
    {
        return None;
    }
    let mut best: Option<PlaceMention> = None;
    for pattern in candidates {
        let mut j = i;
        let mut ok = true;
        let mut previous: Option<&str> = None;
        for w in pattern.words() {
            // "Kara-Balta", "St. Petersburg", "St.-Petersburg".
            if let Some(before) = previous {
                // ("U.K.", "U.S.": letters with full stops.)
                while matches!(toks.text(j), "-" | "'")
                    || (toks.text(j) == "." && (before == "st" || before.len() == 1))
                {
                    j += 1;
                }
            }
            if toks.text(j) != w {
                ok = false;
                break;
            }
            previous = Some(w);
            j += 1;
        }
        if !ok {
            continue;
        }
        // "в Ленинском районе", "на Кировской улице": an adjective naming a district or a
        // street, not the town "Ленинск".
        let last = toks.text(j - 1);
        if ["ском", "ского", "ский", "ская", "ской", "скую", "ское"]
            .iter()
            .any(|e| last.ends_with(e))
            && toks.starts(j, &["район", "улиц", "проспект", "переул", "микрорайон"])
        {
            continue;
        }
        // "передает NUR.KZ", "Fergana.news": a site's address names an outlet, not a place.
        // ("the provincial capital's Cariaco neighborhood", "in the Cariaco neighbourhood": nor
        // does a neighbourhood's name after a possessive or "the", which is only sometimes a
        // town's elsewhere; "a northwest Atlanta neighbourhood" names its city.)
        let neighbourhood = toks.is(j, &["neighborhood", "neighbourhood"])
            && (toks.is(i.wrapping_sub(1), &["the"])
                || (toks.is(i.wrapping_sub(1), &["s"]) && toks.is(i.wrapping_sub(2), &["'", "’"])));
        if web_address_at(toks, j) || neighbourhood {
            continue;
        }
        // "Osh" and other short names need a capital letter to count.
        if (toks.text(i).chars().count() > 3 || toks.toks[i].upper)
            && best.is_none_or(|b| j > b.end)
            && !(month && j == i + 1)
        {
            best = Some(PlaceMention {
                place: pattern.place,
                start: i,
                end: j,
                case: pattern.case,
            });
        }
    }
    best
}

/// Whether tokens from `j` are a site's top-level domain glued to the word before them
/// (".kz" in "NUR.KZ", ".news" in "Fergana.news"): that word is an outlet's name.
fn web_address_at(toks: &Tokens, j: usize) -> bool {
    const DOMAINS: &[&str] = &[
        "com", "net", "org", "info", "news", "media", "tv", "ru", "su", "kz", "kg", "tj", "uz",
        "tm", "az", "am", "ge", "by", "ua", "md", "af", "ir", "pk",
    ];
    j > 0
        && j + 1 < toks.toks.len()
        && toks.is(j, &["."])
        && toks.is(j + 1, DOMAINS)
        && toks.toks[j - 1].end == toks.toks[j].start
        && toks.toks[j].end == toks.toks[j + 1].start
}

/// Whether token `i` is a word capitalised for where it stands, not a name: it opens the
/// tokens or a sentence (after a full stop, a question or an exclamation mark), or it is a
/// preposition (at a line's start, which the tokens do not mark).
fn opens_a_sentence(toks: &Tokens, i: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "в", "во", "на", "из", "у", "с", "со", "к", "ко", "от", "до", "по", "под", "над", "для",
        "при", "о", "об", "за",
    ];
    i == 0 || toks.is(i - 1, &[".", "!", "?"]) || toks.is(i, PREPOSITIONS)
}

/// A Russian adjective made from a place name, before a word for officers: "витебские
/// таможенники" (Витебск), "брестских пограничников" (Брест), "казахстанские пограничники".
/// The adjective's stem, or the stem without its -ск, must be a place in the gazetteer.
fn city_adjective_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    const ENDINGS: &[&str] = &[
        "ими", "ого", "ому", "ий", "ая", "ое", "ие", "ой", "ом", "им", "их", "ую", "ые", "ых",
    ];
    let w = toks.text(i);
    // Cheap test first: the adjectives have "ск" or "цк" (most words have neither).
    if !has_sk_or_tsk(w) {
        return None;
    }
    let stem = ENDINGS.iter().find_map(|e| w.strip_suffix(e))?;
    if !(stem.ends_with("ск") || stem.ends_with("цк")) || stem.chars().count() < 4 {
        return None;
    }
    // «Армянские таможенники» are Armenia's, not those of Armyansk (a town in Crimea): a
    // country's demonym is no town's adjective.
    if demonym(w).is_some() {
        return None;
    }
    // Officers, or a port, an airport or a station of the city ("в Одесском морском
    // торговом порту"; not "в Московском районе", a district of another city).
    if !toks.starts_set(i + 1, agency_words())
        && !toks.starts(
            i + 1,
            &[
                "таможн",
                "милиц",
                "погранич",
                "оперативник",
                "управлени",
                "порт",
                "морск",
                "аэропорт",
                "речн",
                "вокзал",
                // «в Ставропольскую исправительную колонию»: a prison of the city.
                "исправительн",
                "колони",
                "следственн",
                // «в Угличском районе», «Татищевского района»: the district around the town.
                "район",
            ],
        )
    {
        return None;
    }
    // («крымского управления ФСБ», «крымские пограничники»: Crimea's, which the texts mean
    // far more often than Krymsk, the town whose adjective is the same.)
    if let Some((_, code)) = REGIONS_BEFORE_TOWNS.iter().find(|(s, _)| *s == stem) {
        return Some(PlaceMention::of_country(code, i, i + 1, Case::Any));
    }
    // "витебск-ие" (Витебск), "брест-ск-ие" (Брест), "казахстан-ск-ие" (Казахстан).
    let single = |name: &str| {
        patterns_of(name)?
            .iter()
            .find(|p| p.words().nth(1).is_none())
            .map(|p| p.place)
    };
    // "витебск" itself, "брест" (its -ск dropped), "одесс-а", "астрахан-ь" (the name's last
    // vowel or soft sign dropped before the suffix), "загатал-а" (a soft sign before it).
    let shorter = stem
        .strip_suffix("ск")
        .filter(|s| s.chars().count() >= 4)
        .map(str::to_string);
    let vowel_dropped = stem
        .strip_suffix("ск")
        .or_else(|| stem.strip_suffix('к'))
        .filter(|b| b.chars().count() >= 3)
        .into_iter()
        .flat_map(|b| ["а", "я", "ь", "о", "ка"].map(|v| format!("{b}{v}")));
    let soft_sign = stem
        .strip_suffix("ьск")
        .filter(|b| b.chars().count() >= 4)
        .into_iter()
        .flat_map(|b| ["а", "я", "ы", "и"].map(|v| format!("{b}{v}")));
    let mut places = std::iter::once(stem.to_string())
        .chain(shorter)
        .chain(vowel_dropped)
        .chain(soft_sign)
        .filter_map(|name| single(&name));
    // «в Угличском районе»: a district of the former Soviet Union is named after its town, but
    // Soviet names («Ленинский», «Октябрьский район»), capitals' («Тбилисский район» is in
    // Russia), the last part of a double name («Катон-Карагайский») and towns of one name in
    // two countries («Чугуевский район», Chuguyevka's or Chuhuiv's) tell no country.
    if toks.starts(i + 1, &["район"]) {
        let first = places.next()?;
        if first.also.is_some()
            || !POST_SOVIET.contains(&first.code)
            || toks.is(i.wrapping_sub(1), &["-"])
            || places.any(|p| p.code != first.code)
            || SHARED_DISTRICT_NAMES.iter().any(|n| stem.starts_with(n))
        {
            return None;
        }
        return Some(PlaceMention::of_country(first.code, i, i + 1, Case::Any));
    }
    let place = places.next()?;
    Some(PlaceMention::of_country(place.code, i, i + 1, Case::Any))
}

/// Districts' names given across the former Soviet Union, and capitals' names that districts
/// elsewhere carry: no town's district.
const SHARED_DISTRICT_NAMES: &[&str] = &[
    "ленинск",
    "октябрьск",
    "советск",
    "кировск",
    "пролетарск",
    "первомайск",
    "московск",
    "заводск",
    "калининск",
    "свердловск",
    "фрунзенск",
    "куйбышевск",
    "дзержинск",
    "красноармейск",
    "ворошиловск",
    "комсомольск",
    "чкаловск",
    "нариманов",
    // Capitals', which districts elsewhere are named after.
    "тбилисск",
    "бакинск",
    "ереванск",
    "киевск",
    "минск",
    "ташкентск",
    "кишиневск",
];

/// The countries whose districts are «районы» named after their towns.
const POST_SOVIET: &[&str] = &[
    "RU", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "BY", "UA", "MD",
];

/// Region adjectives that a town's adjective shares, meaning the region: Crimea's, not
/// Krymsk's.
const REGIONS_BEFORE_TOWNS: &[(&str, &str)] = &[("крымск", "UA")];

/// A Russian region adjective at token `i` ("Костанайской области"), as a location mention.
pub fn region_adjective_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    // "Южно-Казахстанской области", "Северо-Казахстанская": a compass word and a hyphen
    // before the adjective.
    let compass = toks.is(i, &["южно", "северо", "западно", "восточно", "центрально"])
        && toks.is(i + 1, &["-"]);
    let w = if compass {
        toks.text(i + 2)
    } else {
        toks.text(i)
    };
    let Some(code) = REGION_ADJECTIVES
        .iter()
        .find(|(stem, _)| w.starts_with(stem))
        .map(|r| r.1)
    else {
        return city_adjective_at(toks, i);
    };
    let mut k = i + 1;
    // "Восточно-Казахстанской области": skip the rest of a hyphenated name.
    while toks.is(k, &["-"]) {
        k += 2;
    }
    // ("кра" for края/краю, not "Полтавской Красноармейского района".)
    (toks.starts(
        k,
        &[
            "област",
            "обл",
            "район",
            "округ",
            "погранотряд",
            "таможн",
            "республик",
        ],
    ) || toks.is(k, &["край", "края", "крае", "краю", "краем"]))
    .then_some(PlaceMention::of_country(code, i, k + 1, Case::Loc))
    .or_else(|| city_adjective_at(toks, i))
}

/// Any mention of where something happened that starts at token `i`: a place name
/// (capitalised), an agency demonym ("Kazakh border guards") or a Russian region adjective.
pub fn location_mention_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    location_name_at(toks, i).or_else(|| agency_demonym_at(toks, i))
}

/// A place name, a region adjective, a national agency's name or a British police force's at
/// token `i`: all capitalised (demonyms may not be: "российские таможенники").
pub fn location_name_at(toks: &Tokens, i: usize) -> Option<PlaceMention> {
    if !toks.is_word(i) {
        return None;
    }
    // "Able2UK", a name of letters and digits run together: a country's letters at its end are
    // part of the name, no mention of the country.
    if i > 0 && toks.toks[i - 1].end == toks.toks[i].start && toks.is_num(i - 1) {
        return None;
    }
    if let Some(m) = border_at(toks, i) {
        return Some(m);
    }
    if !toks.toks[i].upper {
        // "витебские таможенники": adjectives are written in lower case.
        return city_adjective_at(toks, i);
    }
    // «Того же дня были задержаны ...»: a sentence that opens with the pronoun, not Togo
    // (which is named after a preposition: «в Того», «из Того»).
    if toks.is(i, &["того"]) && !toks.is(i.wrapping_sub(1), &["в", "во", "из", "на", "от", "до"])
    {
        return None;
    }
    // "Surrey Police", "Kent Police": Britain's force, whatever else the county's name is.
    if let Some(m) = police_force_at(toks, i) {
        return Some(m);
    }
    let place = place_at(toks, i).filter(|m| !neighbours_border(toks, m));
    // ("PADANG BESAR, July 12 —": a smaller place of another country whose name goes on past
    // the town's is that place.)
    if let Some(m) = &place
        && m.place.region.is_some()
        && let Some((code, end)) = minor::longer_place_at(toks, m.start, m.end)
        && code != m.place.code
    {
        return Some(PlaceMention::of_country(code, m.start, end, m.case));
    }
    // (Tested only for a place's name: most capitalised words are none.)
    if place.is_some() && names_no_place(toks, i) {
        return None;
    }
    // "Immigration & Checkpoints Authority (ICA) officers": a town's short name written in
    // capitals, in brackets or beside a lower-case word, is an agency's acronym (Ica is
    // Peru's). (Not a dateline's "OSH, May 5", nor a table's own abbreviation, "KPK".)
    if place
        .as_ref()
        .is_some_and(|m| m.end == i + 1 && acronym_of_a_town(toks, i, m))
    {
        return None;
    }
    // "Brigadier General Miqdad Miri Hassan Al-Moussawi": a town's one-word name inside a run
    // of capitalised words that name no place is a person's name (Miri is Malaysia's).
    if place
        .as_ref()
        .is_some_and(|m| m.place.region.is_some() && m.end == i + 1)
        && inside_a_name(toks, i)
    {
        return None;
    }
    match place {
        // «Иссык-Кульской области»: the first half of a hyphenated region adjective is no
        // town of that name (Иссык, in Kazakhstan).
        Some(m) if toks.is(m.end, &["-"]) => Some(
            region_adjective_at(toks, i)
                .filter(|r| r.end > m.end)
                .unwrap_or(m),
        ),
        Some(m) => Some(m),
        None => region_adjective_at(toks, i)
            .or_else(|| agency_name_at(toks, i))
            .or_else(|| colloquial_region_at(toks, i)),
    }
}

/// Whether the town `m`, named by token `i` alone, is written as an acronym: its own name in
/// capitals of four letters at most, in brackets, beside a lower-case word or with a lower-case
/// possessive.
fn acronym_of_a_town(toks: &Tokens, i: usize, m: &PlaceMention) -> bool {
    let lower_word = |k: usize| toks.is_word(k) && !toks.toks[k].upper;
    toks.toks[i].caps
        && toks.text(i).len() <= 4
        && m.place
            .region
            .is_some_and(|r| r.eq_ignore_ascii_case(toks.text(i)))
        && ((toks.is(i.wrapping_sub(1), &["("]) && toks.is(i + 1, &[")"]))
            || lower_word(i + 1)
            || lower_word(i.wrapping_sub(1))
            // ("However, ICA's vigilance": its possessive in lower case, which no line in
            // capitals writes.)
            || (toks.is(i + 1, &["'"]) && toks.is(i + 2, &["s"]) && lower_word(i + 2)))
}

/// "Tajik authorities ... seizing a cache near the Afghanistan border", "along the Iran
/// border": a country named by the border its neighbour's officers work near is not where
/// they acted.
fn neighbours_border(toks: &Tokens, m: &PlaceMention) -> bool {
    let at = m
        .start
        .wrapping_sub(usize::from(toks.is(m.start.wrapping_sub(1), &["the"])));
    m.place.region.is_none()
        && toks.is(m.end, &["border", "frontier"])
        && toks.is(at.wrapping_sub(1), &["near", "along"])
}

/// The state a territory with a code of its own belongs to (ISO 3166-1 gives Puerto Rico,
/// Curaçao or Gibraltar codes of their own; their police and customs are often the state's).
pub(crate) fn sovereign_of(territory: &str) -> Option<&'static str> {
    Some(match territory {
        "PR" | "VI" | "GU" | "AS" | "MP" | "UM" => "US",
        "AW" | "CW" | "SX" | "BQ" => "NL",
        "VG" | "KY" | "GI" | "BM" | "AI" | "MS" | "TC" | "FK" | "JE" | "GG" | "IM" | "SH" => "GB",
        "GF" | "GP" | "MQ" | "RE" | "YT" | "PF" | "NC" | "PM" | "BL" | "MF" | "WF" => "FR",
        "GL" | "FO" => "DK",
        "CK" | "NU" | "TK" => "NZ",
        "CX" | "CC" | "NF" => "AU",
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
