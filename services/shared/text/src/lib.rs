//! The extraction core of seizure-stats: bulletin text in, seizure events out.
//!
//! Pure Rust with no I/O, so it is tested in milliseconds and used alike by the normalizer
//! service and by `seizurectl extract`. It follows the labelling rules of `shared/EXTRACTION.md`.
//!
//! # Layout
//! - [`fold`]: tokens with folded text and original spans.
//! - [`lexicon`]: drug names, units, seizure and destruction verbs.
//! - [`gazetteer`]: countries, regions and cities, English and Russian with case forms.
//! - [`quantity`]: numbers and units ("34 kg 390 g", "более 1,5 тонны").
//! - [`dates`]: dates and periods in both languages.
//! - [`segment`]: articles (CARICC-style sections and closing URLs) and sentences.
//! - `extract`: the rules that turn quantities into events.
//! - [`classify`]: article categories and countries, for the article counts.
//! - [`model`]: the output types.
//! - [`eval`]: scoring against labelled events.

pub mod classify;
pub mod dates;
pub mod eval;
mod extract;
pub mod fold;
pub mod gazetteer;
pub mod lexicon;
pub mod model;
pub mod quantity;
pub mod segment;

use chrono::NaiveDate;

pub use classify::{ArticleSummary, Category};
pub use model::{Article, Event, EventDate, Kind, Precision, Qualifier, Unit};

/// Version of the extraction rules, recorded on every event.
pub const EXTRACTOR_VERSION: &str = concat!("seizure-text/", env!("CARGO_PKG_VERSION"));

/// The language of a bulletin, as far as extraction cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Ru,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
        }
    }
}

/// Decides between English and Russian by counting Latin and Cyrillic letters.
pub fn detect_language(text: &str) -> Language {
    // Over the first 200,000 characters, byte by byte (a hot path: every text is read here
    // first; two plain counts the compiler vectorises): the Cyrillic block U+0400–U+04FF is
    // exactly the two-byte characters led by 0xD0–0xD3.
    let end = if text.len() <= 200_000 {
        text.len()
    } else {
        text.char_indices()
            .nth(200_000)
            .map_or(text.len(), |(i, _)| i)
    };
    let bytes = &text.as_bytes()[..end];
    let latin = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
    let cyrillic = bytes.iter().filter(|b| (0xD0..=0xD3).contains(*b)).count();
    if cyrillic > latin {
        Language::Ru
    } else {
        Language::En
    }
}

/// What is known about a bulletin besides its text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// The bulletin's publication date, if its metadata gives one. A dateline or reporting
    /// period stated at the top of the text takes precedence.
    pub published: Option<NaiveDate>,
}

/// The result of reading one bulletin.
#[derive(Clone, Debug)]
pub struct Extraction {
    pub language: Language,
    /// The date day-and-month dates are completed with: the bulletin's period end or dateline.
    pub reference_date: Option<NaiveDate>,
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
}

impl Extraction {
    /// Counted articles per section country, sorted by country code.
    pub fn article_counts(&self) -> Vec<(&'static str, usize)> {
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for a in self.articles.iter().filter(|a| a.counted) {
            if let Some(c) = a.country {
                match counts.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((c, 1)),
                }
            }
        }
        counts.sort();
        counts
    }
}

/// The dateline or reporting period stated at the top of a text ("1-30.09.2025", "08.07.2019",
/// "10 June 2013"): the last day it covers.
pub fn dateline(text: &str) -> Option<NaiveDate> {
    let mut end = text.len().min(1500);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut toks = fold::Tokens::default();
    toks.read(text, 0, end);
    dates::dates_in(&toks, None)
        .find(|d| {
            d.date.is_some_and(|date| {
                date.precision == Precision::Day
                    || (date.precision == Precision::Month
                        && stands_as_a_stamp(text, toks.toks[d.start].start))
            })
        })
        .and_then(|d| d.last_day)
}

/// Whether a month stands where a bulletin dates itself: in the title or lead ("... in 10
/// operations carried out October 2-17, 2021"), or opening its line or after a few words there
/// ("Xinhua, March 2014", "Опубликовано: март 2019"), unlike a month told in the body's prose
/// ("In April 2019, Pakistan's coast guards …", "… Politico, March/April 2014; …"), which dates
/// something else.
fn stands_as_a_stamp(text: &str, at: usize) -> bool {
    const TOP: usize = 400;
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    at < TOP || text[line_start..at].split_whitespace().count() <= 4
}

/// Whether the text writes a number with a thousands separator and a decimal mark in its
/// language's convention ("21,583.81" in English; "1.234,5" or "1 234,5" in Russian), which
/// settles how its other numbers read.
fn separators_settled(text: &str, russian: bool) -> bool {
    let b = text.as_bytes();
    let (group, decimal) = if russian { (b'.', ',') } else { (b',', '.') };
    // From each decimal mark (found by a fast scan) back over three digits to a separator.
    text.match_indices(decimal).any(|(i, _)| {
        i >= 5
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b[i - 3..i].iter().all(u8::is_ascii_digit)
            && (b[i - 4] == group || (russian && b[i - 4] == b' '))
            && b[i - 5].is_ascii_digit()
    })
}

/// Whether an English text writes a decimal point that cannot be a thousands separator
/// ("2300.1 Kg Opium": one or two digits after it, or "0.125" after a lone zero), so that
/// "2.500 Kg Hashish" in the same text is two and a half kilograms.
fn decimal_point_shown(text: &str) -> bool {
    let b = text.as_bytes();
    text.match_indices('.').any(|(i, _)| {
        if i == 0 {
            return false;
        }
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        // ("0.125 kg ecstasy tabs": no number grouped in thousands opens with a lone 0.)
        let lone_zero = b[i - 1] == b'0'
            && (i == 1 || !(b[i - 2].is_ascii_digit() || matches!(b[i - 2], b'.' | b',')));
        b[i - 1].is_ascii_digit()
            && ((1..=2).contains(&digits) || (digits == 3 && lone_zero))
            && !b
                .get(i + 1 + digits)
                .is_some_and(|c| *c == b'.' || c.is_ascii_alphanumeric())
            && !(i >= 2 && b[i - 2] == b'.')
            && !is_money(text, i, i + 1 + digits)
    })
}

/// Whether the number around a decimal point at `point` (ending at `end`) is money ("$32.7
/// million", "€1.5bn", "4.2 billion"): values are written with a decimal point whatever a
/// translated text does with weights ("around 1.110 kilograms of cocaine worth $32.7 million"
/// is 1,110 kg).
fn is_money(text: &str, point: usize, end: usize) -> bool {
    // (The digits and commas before the point are ASCII: the number starts a byte after the
    // last other byte. Only a few bytes either side are looked at: a text of many points stays
    // linear.)
    let from = point.saturating_sub(24);
    let start = text.as_bytes()[from..point]
        .iter()
        .rposition(|c| !(c.is_ascii_digit() || *c == b','))
        .map_or(from, |k| from + k + 1);
    let near = text.as_bytes()[start.saturating_sub(4)..start].trim_ascii_end();
    let after: String = text[end..]
        .chars()
        .skip_while(|c| *c == ' ')
        .take(7)
        .collect::<String>()
        .to_ascii_lowercase();
    ["$", "€", "£"].iter().any(|c| near.ends_with(c.as_bytes()))
        || ["million", "billion", "bn", "mn", "mln"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Reads a bulletin and returns its articles and events.
///
/// Never panics and runs in time linear in the text for any input.
pub fn extract(text: &str, ctx: &Context) -> Extraction {
    let language = detect_language(text);
    let reference_date = dateline(text).or(ctx.published);
    let articles = segment::split_articles(text);

    let doc = extract::DocContext {
        reference: reference_date,
        comma_is_decimal: language == Language::Ru,
        text,
        single_article: articles.len() == 1,
        separators_settled: separators_settled(text, language == Language::Ru),
        decimal_point_shown: language != Language::Ru && decimal_point_shown(text),
        bracket_year: bracket_year(text),
        mentions: Default::default(),
        dominant: Default::default(),
        leading: Default::default(),
        minor: Default::default(),
        named_so_far: Default::default(),
    };
    let mut toks = fold::Tokens::default();
    let mut events = Vec::new();
    for a in &articles {
        extract::extract_article(text, a, &doc, &mut toks, &mut events);
    }
    to_char_spans(text, &mut events);
    Extraction {
        language,
        reference_date,
        articles,
        events,
    }
}

/// The year a text's brackets give comparison figures for, when one bracket says it: a
/// figure and a year, and nothing else but a preposition or a dash ("(6,032 in 2020)", "(in
/// 2013 – 7680)", «(в 2012 году — 412)»).
fn bracket_year(text: &str) -> Option<i32> {
    let mut toks = fold::Tokens::default();
    for (open, _) in text.match_indices('(') {
        // (Only the next 40 bytes are looked at: a text of brackets never closed stays linear.)
        let Some(len) = text.as_bytes()[open..]
            .iter()
            .take(41)
            .position(|&b| b == b')')
        else {
            continue;
        };
        toks.read(text, open + 1, open + len);
        let mut year = None;
        let mut figures = 0;
        let mut other = false;
        for k in 0..toks.len() {
            if let Some(y) = dates::year_at(&toks, k) {
                year = Some(y);
            } else if toks.is_num(k) {
                figures += 1;
            } else if !toks.is(k, &["in", "в", "году", "г", "год", "–", "—", "-", ":", "."])
            {
                other = true;
            }
        }
        if figures == 1 && !other && year.is_some() {
            return year;
        }
    }
    None
}

/// The country a text names as a location clearly more often than any other.
pub(crate) fn dominant_country(text: &str) -> Option<&'static str> {
    dominant_country_of(text, &country_mentions(text))
}

/// [`dominant_country`] of a text whose country mentions are already found.
pub(crate) fn dominant_country_of(text: &str, mentions: &[CountryMention]) -> Option<&'static str> {
    let mut tally = CountryTally::default();
    for m in mentions {
        tally.add(*m);
    }
    tally.dominant(usize::MAX).or_else(|| {
        if tally.counts.is_empty() {
            country_of_outlets(text).or_else(|| country_of_agencies(text))
        } else {
            None
        }
    })
}

/// One naming of a country that says where a text's story is: where in the text (byte
/// offset), which country, and how much it weighs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CountryMention {
    pub at: usize,
    pub code: &'static str,
    pub weight: usize,
    /// Another country a place of that name is in ("Córdoba"): decided by the others.
    pub also: Option<&'static str>,
}

/// How often a text names each country, mention by mention.
#[derive(Default, Debug)]
pub(crate) struct CountryTally {
    counts: Vec<(&'static str, usize)>,
}

impl CountryTally {
    pub(crate) fn add(&mut self, m: CountryMention) {
        match self.counts.iter_mut().find(|(c, _)| *c == m.code) {
            Some((_, n)) => *n += m.weight,
            None => self.counts.push((m.code, m.weight)),
        }
    }

    /// The country named more often than any other.
    pub(crate) fn leading(&self) -> Option<&'static str> {
        let mut counts = self.counts.clone();
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        match counts.as_slice() {
            [(c, _)] => Some(c),
            [(c, n), (_, m), ..] if n > m => Some(c),
            _ => None,
        }
    }

    /// The country named clearly more often than any other, among no more than
    /// `most_countries` countries named (a text listing more is about no one of them).
    pub(crate) fn dominant(&self, most_countries: usize) -> Option<&'static str> {
        if self.counts.len() > most_countries {
            return None;
        }
        let mut counts = self.counts.clone();
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        match counts.as_slice() {
            [] => None,
            [(c, _)] => Some(c),
            [(c, n), (_, m), ..] if *n >= 2 * *m => Some(c),
            _ => None,
        }
    }
}

/// Every naming of a country in `text` that weighs on where its story is, in text order.
pub(crate) fn country_mentions(text: &str) -> Vec<CountryMention> {
    let mut toks = fold::Tokens::default();
    toks.read(text, 0, text.len());
    let mut out = Vec::new();
    let (mut scanned, mut line_start) = (0, 0);
    // Whether the line at a start is another story's link, asked once per line: a line holds
    // many mentions, and the question reads the whole line and the lines before it.
    let mut line_links: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < toks.len() {
        if let Some(m) = gazetteer::location_mention_at(&toks, i) {
            // Someone's citizenship says less than a place, and a route nothing.
            // (A route's destination, "в Казахстан", "into Azerbaijan", is where the smuggling
            // was stopped as often as not: it weighs like a nationality.)
            // ("from Iran to Azerbaijan": "to" after a "from" is a destination too.)
            // (Not "cash from three male passengers travelling to New York": a "from" that
            // names no place.)
            // (But "a ship that stopped here on its way from Ecuador to Spain", "en route to":
            // a cargo on its way was stopped before its destination.)
            let on_its_way = || {
                (m.start.saturating_sub(8)..m.start)
                    .any(|k| toks.is(k, &["way", "route", "transit", "пути"]))
            };
            let into = (toks.is(m.start.wrapping_sub(1), &["в", "во", "into"])
                || (toks.is(m.start.wrapping_sub(1), &["to"])
                    && (m.start.saturating_sub(6)..m.start.saturating_sub(1)).any(|k| {
                        toks.is(k, &["from"])
                            && gazetteer::location_mention_at(&toks, k + 1).is_some()
                    })))
                && !on_its_way();
            // (Where someone lives, «трое жителей Шымкента», is as good as a place for what
            // a text is about, though not for where its find was.)
            // ("a woman from Samarkand", "two men from Osh": a person from a place lives
            // there, no route.)
            let residence = toks.starts(m.start.wrapping_sub(1), &["жител"])
                || (toks.is(m.start.wrapping_sub(1), &["from"])
                    && toks.is(
                        m.start.wrapping_sub(2),
                        &[
                            "woman",
                            "man",
                            "men",
                            "women",
                            "resident",
                            "residents",
                            "native",
                            "couple",
                            "family",
                            "youth",
                            "farmer",
                            "boy",
                            "girl",
                            "son",
                            "daughter",
                            "brothers",
                        ],
                    ));
            // "Иерусалим:" alone on its line: a weather widget's city, page furniture.
            // (The line's start is found by scanning on from the last mention's: linear.)
            let at = toks.toks[m.start].start;
            if let Some(n) = text[scanned..at].rfind('\n') {
                line_start = scanned + n + 1;
            }
            scanned = at;
            let widget = at - line_start <= 16
                && text[line_start..at].trim().is_empty()
                && toks.is(m.end, &[":"])
                && (m.end + 1 >= toks.len()
                    || text[toks.toks[m.end].end..toks.toks[m.end + 1].start].contains('\n'));
            // "Also read: Russia… foiled a terrorist attack in Cherkessk": another story's link.
            // (So are the headlines listed under a "Читайте также:" heading.)
            let link = match line_links {
                Some((start, link)) if start == line_start => link,
                _ => {
                    let link = extract::sentences::links_elsewhere(&text[line_start..])
                        || extract::sentences::under_links_heading(text, line_start);
                    line_links = Some((line_start, link));
                    link
                }
            };
            let weight = match gazetteer::role(&toks, &m) {
                _ if widget || link => 0,
                gazetteer::Role::Location => 2,
                gazetteer::Role::Nationality if residence => 2,
                gazetteer::Role::Nationality => 1,
                gazetteer::Role::Route if residence => 2,
                gazetteer::Role::Route if into => 1,
                gazetteer::Role::Route
                | gazetteer::Role::Currency
                | gazetteer::Role::Byline
                | gazetteer::Role::Topic
                | gazetteer::Role::Partner => 0,
            };
            if weight > 0 {
                out.push(CountryMention {
                    at: toks.toks[m.start].start,
                    code: m.place.code,
                    weight,
                    also: m.place.also,
                });
            }
            i = m.end;
        } else {
            // "стоимость ... более 7 миллиардов тенге", "worth Tk 125m": a national currency
            // weighs like a nationality. (Not "kgs": a word of its own.)
            if let Some(code) = currency_country(&toks, i) {
                out.push(CountryMention {
                    at: toks.toks[i].start,
                    code,
                    weight: 1,
                    also: None,
                });
            }
            i += 1;
        }
    }
    // "Córdoba" in a text that names Spain otherwise is Spain's.
    let mut plain = CountryTally::default();
    for m in out.iter().filter(|m| m.also.is_none()) {
        plain.add(*m);
    }
    if let Some(leader) = plain.dominant(usize::MAX) {
        for m in out.iter_mut().filter(|m| m.also == Some(leader)) {
            m.code = leader;
        }
    }
    out
}

/// The country whose currency token `i` names (only currencies of one country).
fn currency_country(toks: &fold::Tokens, i: usize) -> Option<&'static str> {
    const CURRENCIES: &[(&[&str], &str)] = &[
        (&["тенге", "tenge", "kzt"], "KZ"),
        (&["сомони", "somoni", "tjs"], "TJ"),
        (&["сумов", "uzs"], "UZ"),
        (&["лари", "lari"], "GE"),
        (&["драмов", "drams", "amd"], "AM"),
        (&["azn"], "AZ"),
        (&["afghanis", "афгани"], "AF"),
        (&["tomans", "туманов"], "IR"),
        (&["гривен", "грн", "hryvnias", "uah"], "UA"),
        (&["byn"], "BY"),
        (&["taka", "tk"], "BD"),
        (&["baht"], "TH"),
        (&["naira"], "NG"),
        (&["ringgit"], "MY"),
        // ("a street value estimated at 2,400 patacas": Macau's money; so are the others, each
        // one country's.)
        (&["patacas", "pataca"], "MO"),
        (&["rupiah"], "ID"),
        (&["cedis"], "GH"),
        (&["kyats"], "MM"),
        (&["riels"], "KH"),
        (&["birr"], "ET"),
        (&["quetzales"], "GT"),
        (&["lempiras"], "HN"),
    ];
    // "₹12.44 crore drug money": the Indian rupee's sign (Pakistan's rupee is written "Rs").
    if toks.text(i) == "₹" {
        return Some("IN");
    }
    // "worth more than 3 million Kuwaiti dinars", "Saudi riyals": a people's currency.
    if let Some(code) = gazetteer::currency_demonym_at(toks, i) {
        return Some(code);
    }
    if !toks.is_word(i) {
        return None;
    }
    let w = toks.text(i);
    // "worth 6.5 mln GEL": the lari's code, after a sum (alone, "gel" is a word of its own).
    if w == "gel"
        && (toks.is_num(i.wrapping_sub(1))
            || quantity::multiplier(toks, i.wrapping_sub(1)).is_some())
    {
        return Some("GE");
    }
    // «121.000 турецких лир», "Turkish liras": lira alone is several countries' money.
    if matches!(w, "лир" | "лиры" | "лира" | "lira" | "liras")
        && toks.starts(i.wrapping_sub(1), &["турецк", "turkish"])
    {
        return Some("TR");
    }
    // "ISK 2.4 billion", "KES 650,000", "AED 5 million": a national currency's ISO code in
    // capitals beside a sum (codes of one country only; not "EUR", "XOF", nor "RUB", in which
    // regional operations of the CIS report).
    const CODES: &[(&str, &str)] = &[
        ("isk", "IS"),
        ("ils", "IL"),
        ("nis", "IL"),
        ("kes", "KE"),
        ("ugx", "UG"),
        ("tzs", "TZ"),
        ("ghs", "GH"),
        ("zar", "ZA"),
        ("nad", "NA"),
        ("npr", "NP"),
        ("pkr", "PK"),
        ("inr", "IN"),
        ("bdt", "BD"),
        ("lkr", "LK"),
        ("mvr", "MV"),
        ("kwd", "KW"),
        ("bhd", "BH"),
        ("omr", "OM"),
        ("qar", "QA"),
        ("sar", "SA"),
        ("aed", "AE"),
        ("egp", "EG"),
        ("idr", "ID"),
        ("thb", "TH"),
        ("vnd", "VN"),
        ("myr", "MY"),
        ("sgd", "SG"),
        ("hkd", "HK"),
        ("twd", "TW"),
        ("jpy", "JP"),
        ("cny", "CN"),
        ("mxn", "MX"),
        ("brl", "BR"),
        ("cop", "CO"),
        ("jmd", "JM"),
        ("ttd", "TT"),
        ("bbd", "BB"),
        ("bsd", "BS"),
        ("fjd", "FJ"),
        ("pgk", "PG"),
    ];
    if toks.toks[i].upper
        && (toks.is_num(i + 1) || toks.is_num(i.wrapping_sub(1)))
        && let Some(&(_, code)) = CODES.iter().find(|(c, _)| *c == w)
    {
        return Some(code);
    }
    // "worth RM3.6 million": Malaysian ringgit, written against the sum.
    if w == "rm"
        && toks.toks[i].upper
        && toks.is_num(i + 1)
        && toks.toks[i].end == toks.toks[i + 1].start
    {
        return Some("MY");
    }
    // «на сотни тысяч рублей»: Russian roubles, unless Belarusian ones.
    if matches!(w, "рублей" | "рубля" | "рубль" | "руб") {
        return Some(if toks.starts(i.wrapping_sub(1), &["белорусск"]) {
            "BY"
        } else {
            "RU"
        });
    }
    CURRENCIES
        .iter()
        .find(|(words, _)| words.contains(&w))
        .map(|(_, code)| *code)
}

/// The one country whose national agencies a text that names no place names by their letters
/// ("handed over to the TTPS Organised Crime ... Bureau", where the agency is the story's
/// destination, not its place): a national police's or drug agency's country.
fn country_of_agencies(text: &str) -> Option<&'static str> {
    let mut toks = fold::Tokens::default();
    toks.read(text, 0, text.len());
    let mut found: Option<&'static str> = None;
    for i in 0..toks.len() {
        if let Some(m) =
            gazetteer::agency_name_at(&toks, i).or_else(|| gazetteer::agency_phrase_at(&toks, i))
        {
            match found {
                None => found = Some(m.place.code),
                Some(f) if f != m.place.code => return None,
                Some(_) => {}
            }
        }
    }
    found
}

/// The country whose national domain every outlet or agency site the text cites shares
/// ("передаёт Ratel.kz со ссылкой на Polisia.kz"), for a text that names no place at all.
/// (Not ".ru": Russian-language outlets report on the whole region.)
fn country_of_outlets(text: &str) -> Option<&'static str> {
    const DOMAINS: &[(&str, &str)] = &[
        ("kz", "KZ"),
        ("kg", "KG"),
        ("tj", "TJ"),
        ("uz", "UZ"),
        ("tm", "TM"),
        ("af", "AF"),
        ("az", "AZ"),
        ("ge", "GE"),
        ("am", "AM"),
        ("by", "BY"),
        ("ua", "UA"),
        ("pk", "PK"),
        ("ir", "IR"),
    ];
    let mut found: Option<&'static str> = None;
    for (at, _) in text.match_indices('.') {
        let before = text[..at].chars().next_back();
        // (In lower case, as addresses are written: "killed.By contrast" is two sentences run
        // together, not a Belarusian site.)
        let rest = &text.as_bytes()[at + 1..];
        let len = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
        let glued = rest.get(len).is_some_and(u8::is_ascii_alphabetic);
        if !before.is_some_and(char::is_alphanumeric) || len != 2 || glued {
            continue;
        }
        let tld = &text[at + 1..at + 3];
        let Some(&(_, cc)) = DOMAINS.iter().find(|(d, _)| *d == tld) else {
            continue;
        };
        match found {
            None => found = Some(cc),
            Some(f) if f != cc => return None,
            Some(_) => {}
        }
    }
    found
}

/// Turns the events' byte spans into character spans.
fn to_char_spans(text: &str, events: &mut [Event]) {
    let mut bounds: Vec<usize> = events
        .iter()
        .flat_map(|e| [e.evidence_span.0, e.evidence_span.1])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut chars_at = Vec::with_capacity(bounds.len());
    let (mut pos, mut count) = (0usize, 0usize);
    for b in &bounds {
        count += text[pos..*b].chars().count();
        pos = *b;
        chars_at.push(count);
    }
    let lookup = |b: usize| chars_at[bounds.binary_search(&b).unwrap_or(0)];
    for e in events.iter_mut() {
        e.evidence_span = (lookup(e.evidence_span.0), lookup(e.evidence_span.1));
    }
}
