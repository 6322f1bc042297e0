//! Splitting a bulletin into articles and sentences.
//!
//! Multi-article bulletins such as the CARICC information release are cut at country section
//! headings ("REPUBLIC OF TAJIKISTAN", "KYRGYZ PEPUBLIC", "РЕСПУБЛИКА ТАДЖИКИСТАН") and at the
//! source address in angle brackets that closes each article. Sentences are cut at terminal
//! punctuation and at paragraph breaks, but not where a PDF line break falls mid-sentence.

use crate::fold::Tokens;
use crate::gazetteer::{HEADING_FILLERS, place_at};
use crate::model::Article;

/// A sentence: its byte span and its paragraph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

impl Sentence {
    /// Whether the sentence is a headline or heading: mostly upper-case letters.
    pub fn is_headline(&self, text: &str) -> bool {
        is_upper(&text[self.start..self.end])
    }
}

/// Lines of `text[start..end]` as byte spans, without their line terminators.
fn lines(text: &str, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = start;
    std::iter::from_fn(move || {
        if pos >= end {
            return None;
        }
        let rest = &text[pos..end];
        let len = rest.find('\n').unwrap_or(rest.len());
        let line = (pos, pos + rest[..len].trim_end_matches('\r').len());
        pos += len + 1;
        Some(line)
    })
}

fn strip_markup(line: &str) -> &str {
    let mut s = line.trim();
    let markup = |b: Option<&u8>| matches!(b, Some(b'<' | b'>' | b'*' | b'#' | b'_'));
    if !markup(s.as_bytes().first()) && !markup(s.as_bytes().last()) {
        return s;
    }
    loop {
        let before = s;
        for tag in ["<i>", "</i>", "<b>", "</b>", "**", "*", "#", "_"] {
            s = s.strip_prefix(tag).unwrap_or(s).trim();
            s = s.strip_suffix(tag).unwrap_or(s).trim();
        }
        if s == before {
            return s;
        }
    }
}

/// The closing source address of an article: a line that is only `<http...>`.
fn url_line(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix('<')?.strip_suffix('>')?;
    let is_url = (inner.starts_with("http://") || inner.starts_with("https://"))
        && !inner.contains(char::is_whitespace);
    is_url.then_some(inner)
}

/// Whether a line is mostly upper-case letters.
pub fn is_upper(s: &str) -> bool {
    let (mut up, mut all) = (0usize, 0usize);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // (Exact early answer: even if every byte left were an upper-case letter, the share could
        // not reach seven in ten. Most lines are prose, and this stops a third of the way in.)
        if 3 * (up + (bytes.len() - i)) < 7 * (all - up) {
            return false;
        }
        let b = bytes[i];
        if b < 0x80 {
            all += usize::from(b.is_ascii_alphabetic());
            up += usize::from(b.is_ascii_uppercase());
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            if crate::fold::is_letter(c) {
                all += 1;
                up += usize::from(c.is_uppercase());
            }
            i += c.len_utf8();
        }
    }
    all >= 8 && up * 10 >= all * 7
}

/// The country of a section heading line, if the line is one.
pub fn heading_country(line: &str) -> Option<&'static str> {
    let s = strip_markup(line);
    if s.is_empty()
        || s.chars().any(|c| c.is_ascii_digit() || c.is_lowercase())
        || s.split_whitespace().count() > 6
    {
        return None;
    }
    let mut toks = Tokens::default();
    toks.read(s, 0, s.len());
    let n = toks.len();
    for start in 0..n.min(4) {
        if (0..start).any(|k| !toks.is(k, HEADING_FILLERS)) {
            break;
        }
        if let Some(m) = place_at(&toks, start)
            && m.place.region.is_none()
            && (m.end..n).all(|k| toks.is(k, HEADING_FILLERS))
        {
            return Some(m.place.code);
        }
    }
    None
}

fn has_letters(s: &str) -> bool {
    s.chars()
        .filter(|c| crate::fold::is_letter(*c))
        .nth(20)
        .is_some()
}

fn title_of(text: &str, start: usize, end: usize) -> String {
    lines(text, start, end)
        .map(|(a, b)| strip_markup(&text[a..b]))
        .find(|l| l.chars().any(crate::fold::is_letter))
        .map(|l| l.chars().take(200).collect())
        .unwrap_or_default()
}

/// Splits a bulletin into articles.
pub fn split_articles(text: &str) -> Vec<Article> {
    // Each line: its span, the country if it is a section heading, the address if it is one.
    let all: Vec<(usize, usize, Option<&'static str>, Option<&str>)> = lines(text, 0, text.len())
        .map(|(a, b)| (a, b, heading_country(&text[a..b]), url_line(&text[a..b])))
        .collect();
    let urls = all.iter().filter(|l| l.3.is_some()).count();
    let headings = all.iter().filter(|l| l.2.is_some()).count();
    if urls < 2 && headings < 2 {
        return vec![Article {
            index: 0,
            country: None,
            title: title_of(text, 0, text.len()),
            source_url: None,
            span: (0, text.len()),
            counted: true,
        }];
    }
    let mut out = Vec::new();
    let mut country = None;
    let mut start = 0;
    let push = |out: &mut Vec<Article>, s: usize, e: usize, country, url: Option<&str>| {
        if has_letters(&text[s..e]) {
            out.push(Article {
                index: out.len(),
                country,
                title: title_of(text, s, e),
                source_url: url.map(str::to_string),
                span: (s, e),
                counted: url.is_some() || urls < 2,
            });
        }
    };
    for &(a, b, heading, url) in &all {
        if let Some(c) = heading {
            push(&mut out, start, a, country, None);
            country = Some(c);
            start = b;
        } else if let Some(url) = url {
            push(&mut out, start, a, country, Some(url));
            start = b;
        }
    }
    push(&mut out, start, text.len(), country, None);
    out
}

const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "gen", "col", "lt", "maj", "inc",
    "ltd", "co", "corp", "approx", "art", "ул", "г", "гг", "им", "т", "д", "п", "тыс", "млн",
    "млрд", "руб", "обл", "р", "ст", "пр", "см", "рис", "ч", "кв", "пос", "с",
];

/// Whether a full stop after word `w` (`next` is the first character after the spaces that
/// follow it) belongs to an abbreviation rather than ending a sentence: an initial, a listed
/// abbreviation, a mass unit before the rest of its amount ("117 кг. 244 гр."), or a month
/// before its day ("Nov. 3").
fn is_abbreviation(w: &str, next: Option<char>) -> bool {
    let lower = w.to_lowercase();
    (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&lower.as_str())
        // "heroin – 106.5 kg. (121.6 kg.), opium ...": last year's figure in brackets.
        || (next == Some('(') && continues_an_amount(w))
        || (next.is_some_and(|n| n.is_ascii_digit())
            && (continues_an_amount(w)
                || crate::fold::ABBREVIATED_MONTHS.contains(&lower.as_str())
                // "heroin worth Rs. 9.9 billion", "Tk. 50 lakh": a currency before its sum.
                || CURRENCIES.contains(&lower.as_str())))
}

/// Currencies abbreviated with a full stop before a sum: rupees, taka, shillings, dirhams,
/// rupiah.
const CURRENCIES: &[&str] = &["rs", "tk", "ksh", "sh", "dhs", "dh", "rp"];

/// An abbreviated unit of kilograms or more, which a compound amount continues after: "3 кг.
/// 880 гр.".
fn continues_an_amount(w: &str) -> bool {
    crate::quantity::unit_by_word(&w.to_lowercase()).is_some_and(|u| u.abbrev && u.rank >= 3)
}

const TRAILING_FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "in", "to", "for", "with", "by", "on", "at", "from", "и",
    "в", "на", "с", "по", "из", "а", "к", "о", "от", "для",
];

fn ends_sentence(line: &str) -> bool {
    let t = line
        .trim_end()
        .trim_end_matches(['*', '"', '”', '»', ')', '\'', '’']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// The last word of a line, lower case; empty when the line ends with a number.
fn last_word(line: &str) -> String {
    if line.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
        return String::new();
    }
    line.split(|c: char| !crate::fold::is_letter(c))
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase()
}

/// Whether a line is only a date or time stamp ("09 июля 2024 в 19:02", "May 21, 2025",
/// "20/05/2021 - 18:39 (по МСК)"): digits, month names and short words, with a year or a
/// time of day.
fn is_stamp(line: &str) -> bool {
    if line.len() > 48 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut dated = false;
    for w in line.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '|' | '/')) {
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation() || c == '—' || c == '–');
        if w.is_empty() {
            continue;
        }
        let digits = w
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'-'));
        if digits {
            let year = w.len() == 4
                && w.bytes().all(|b| b.is_ascii_digit())
                && (w.starts_with("19") || w.starts_with("20"));
            dated |= w.contains(':') || year || w.matches('.').count() == 2;
            continue;
        }
        let lower = w.to_lowercase();
        if crate::dates::month_of(&lower).is_some() {
            continue;
        }
        if w.chars().count() > 3 {
            return false;
        }
    }
    dated
}

/// Whether a line is a list's row of a label and its figure: "Heroin – 10.45 kg", "Кокаин:
/// 2,5 кг" (a short line whose dash or colon is followed by a number).
fn label_and_figure(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 80
        && !t.ends_with([',', ';'])
        && [" – ", " - ", " — ", ": "].iter().any(|sep| {
            t.find(sep).is_some_and(|k| {
                k > 0
                    && t[k + sep.len()..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
            })
        })
}

fn starts_bullet(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    match (chars.next(), chars.next()) {
        // A dash or an asterisk opens an item only before a space ("-5 °C", "*Note").
        (Some('-' | '–' | '—' | '*'), Some(next)) => next.is_whitespace(),
        (Some(c), _) => crate::fold::is_bullet(c),
        _ => false,
    }
}

/// Past this many bytes a sentence is read in pieces (see `split_sentences`). No sentence of
/// the corpus comes near it; a flattened table of hundreds of figures does.
const LONG_SENTENCE: usize = 4_000;

/// Pushes `text[s..e]`, trimmed, as a sentence when it holds a letter or a digit.
fn push_sentence(out: &mut Vec<Sentence>, text: &str, s: usize, e: usize, paragraph: usize) {
    let s = s + (text[s..e].len() - text[s..e].trim_start().len());
    let seg = text[s..e].trim_end();
    if seg.chars().any(char::is_alphanumeric) {
        out.push(Sentence {
            start: s,
            end: s + seg.len(),
            paragraph,
        });
    }
}

/// Splits `text[start..end]` into sentences.
pub fn split_sentences(text: &str, start: usize, end: usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut cur: Option<usize> = None; // start of the open sentence
    let mut last_end = start; // end of the last content line
    let mut prev_line: &str = "";
    let mut prev_upper: Option<bool> = None;
    // Whether the previous line, and the one before it, is a list's row of a label and its
    // figure (each line is asked once).
    let mut prev_row = false;
    let mut row_before_prev = false;
    let mut blank = false;
    // Lines the open sentence spans.
    let mut lines_in_sentence = 0;
    let close = |out: &mut Vec<Sentence>, mut s: usize, e: usize, paragraph: usize| {
        // A run of text past `LONG_SENTENCE` bytes with no sentence end is a table or list run
        // together: it is read in pieces cut after a comma, a semicolon or a space, since
        // reading one sentence costs more than its length.
        while e - s > LONG_SENTENCE {
            let window = &text.as_bytes()[s..s + LONG_SENTENCE];
            let cut = [b';', b',', b' ']
                .iter()
                .find_map(|&b| window[LONG_SENTENCE / 2..].iter().rposition(|&c| c == b))
                .map_or_else(
                    || {
                        (s + LONG_SENTENCE..e)
                            .find(|&k| text.is_char_boundary(k))
                            .unwrap_or(e)
                    },
                    |k| s + LONG_SENTENCE / 2 + k + 1,
                );
            push_sentence(out, text, s, cut, paragraph);
            s = cut;
        }
        push_sentence(out, text, s, e, paragraph);
    };
    for (a, b) in lines(text, start, end) {
        let line = &text[a..b];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank = true;
            continue;
        }
        if url_line(trimmed).is_some() {
            if let Some(s) = cur.take() {
                close(&mut out, s, last_end, paragraph);
            }
            paragraph += 1;
            blank = false;
            prev_line = "";
            prev_upper = None;
            prev_row = false;
            row_before_prev = false;
            continue;
        }
        let first = trimmed.chars().next().unwrap_or(' ');
        let this_row = label_and_figure(trimmed);
        // (Whether this line is upper case, asked once: the next line asks it of this one.)
        let mut this_upper: Option<bool> = None;
        if let Some(s) = cur {
            let prev = strip_markup(prev_line);
            // (The previous line's answer stands when markup took nothing off it.)
            let prev_is_upper = || match prev_upper {
                Some(u) if prev.len() == prev_line.trim().len() => u,
                _ => is_upper(prev),
            };
            // Cheapest tests first: most lines end a sentence.
            let boundary = ends_sentence(prev)
                || prev_is_upper()
                // "09 июля 2024 в 19:02", "20/05/2021 - 18:39 (по МСК)": a page's time stamp
                // stands alone, between a title and its lead.
                || is_stamp(prev)
                || is_stamp(trimmed)
                || *this_upper.insert(is_upper(trimmed))
                || starts_bullet(trimmed)
                // "Heroin – 10.45 kg" over "Cannabis – 1,934.27 kg": rows of a list, a label
                // and its figure each, one per line (the last row of two or more ends too).
                || (prev_row && (row_before_prev || this_row))
                // A blank line (after a line of any length: "READ MORE: <a long headline>"),
                // or the article's first short line run into the next: a page's title line is
                // often followed by its lead with no blank line between.
                || ((blank || (out.is_empty() && lines_in_sentence == 1 && prev.chars().count() < 100))
                    && !first.is_lowercase()
                    && !prev.ends_with([',', '-', '–'])
                    // ("• +A", a font-size button, is no sentence ending on the article "a".)
                    && !(TRAILING_FUNCTION_WORDS.contains(&last_word(prev).as_str())
                        && prev
                            .split_whitespace()
                            .filter(|w| w.chars().any(char::is_alphabetic))
                            .nth(1)
                            .is_some()));
            if boundary {
                close(&mut out, s, last_end, paragraph);
                cur = None;
                lines_in_sentence = 0;
            }
        }
        if blank {
            paragraph += 1;
        }
        blank = false;
        // Sentence cuts inside the line.
        let lead = line.len() - line.trim_start().len();
        let mut s = cur.unwrap_or(a + lead);
        let bytes = line.as_bytes();
        let mut k = 0;
        while k < line.len() {
            // Straight to the next byte that may start a sentence end ('.', '!', '?', or the
            // first byte of '…').
            match bytes[k..]
                .iter()
                .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
            {
                Some(p) => k += p,
                None => break,
            }
            let c = line[k..].chars().next().unwrap_or(' ');
            let clen = c.len_utf8();
            if matches!(c, '.' | '!' | '?' | '…') {
                let mut j = k + clen;
                while j < line.len() && matches!(bytes[j], b'"' | b')' | b'\'') {
                    j += 1;
                }
                for q in ['”', '»', '’'] {
                    if line[j..].starts_with(q) {
                        j += q.len_utf8();
                    }
                }
                let ws = line[j..].len() - line[j..].trim_start().len();
                let next = line[j + ws..].chars().next();
                let abbreviation = c == '.' && {
                    let w = line[..k]
                        .rsplit(|ch: char| !crate::fold::is_letter(ch))
                        .next()
                        .unwrap_or("");
                    is_abbreviation(w, next)
                };
                // "... from neighboring Afghanistan.The drugs, seized by ...": a page that lost
                // the space between its sentences (a word of lower case, then a capitalised one).
                // ("... continued to rise.A total of 86.8 kilograms ...": the article "A" too;
                // "... in 2019.By type, ...": a year before, a word of lower case after.)
                let glued = ws == 0 && c == '.' && {
                    let mut after = line[j..].chars();
                    let (first, second) = (after.next(), after.next());
                    // (The letters after first: a decimal point fails there at once.)
                    first.is_some_and(char::is_uppercase) && {
                        let mut before = line[..k].chars().rev();
                        let last3: Vec<char> = before.by_ref().take(3).collect();
                        // ("... 35 млн долларов.ВМС Колумбии ...": an acronym too.)
                        let lower_word_before =
                            last3.len() == 3 && last3.iter().all(|ch| ch.is_lowercase());
                        let year_before = last3.len() == 3
                            && last3.iter().all(char::is_ascii_digit)
                            && before.next().is_some_and(|ch| ch.is_ascii_digit())
                            && line[..k - 4].ends_with(|ch: char| !ch.is_alphanumeric());
                        (lower_word_before
                            && (second.is_some_and(char::is_alphabetic)
                                || (first == Some('A') && second == Some(' '))))
                            || (year_before && second.is_some_and(char::is_lowercase))
                    }
                };
                // («контрабандистов, которые переправляли... 11 млн таблеток»: a pause before
                // the figure, not a sentence's end.)
                let pause = ((c == '…' || (c == '.' && line[..k].ends_with("..")))
                    && next.is_some_and(|n| n.is_ascii_digit()))
                    // ("seized 1. 767 kg of heroin": a decimal point set off by a space.)
                    || crate::fold::stray_space_decimal(line, k);
                if (ws > 0 || glued)
                    && !abbreviation
                    && !pause
                    && next.is_some_and(|n| {
                        n.is_uppercase() || n.is_ascii_digit() || "\"«“(–-•".contains(n)
                    })
                {
                    close(&mut out, s, a + j, paragraph);
                    s = a + j + ws;
                }
                k = j;
                continue;
            }
            k += clen;
        }
        if cur.is_some_and(|c| c == s) {
            lines_in_sentence += 1;
        } else {
            lines_in_sentence = 1;
        }
        cur = Some(s);
        last_end = b;
        row_before_prev = prev_row;
        prev_row = this_row;
        prev_line = line;
        prev_upper = this_upper;
    }
    if let Some(s) = cur {
        close(&mut out, s, last_end, paragraph);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_with_typos_and_in_russian() {
        assert_eq!(heading_country("KYRGYZ PEPUBLIC"), Some("KG"));
        assert_eq!(heading_country("REPUBLIC OF TAJIKISTAN"), Some("TJ"));
        assert_eq!(heading_country("RUSSIAN FEDERATION"), Some("RU"));
        assert_eq!(heading_country("РЕСПУБЛИКА ТАДЖИКИСТАН"), Some("TJ"));
        assert_eq!(heading_country("<i>TURKMENISTAN</i>\t24"), None);
        assert_eq!(heading_country("AZERBAIJAN ADOPTS SIX-YEAR PROGRAM"), None);
    }

    fn sentences(t: &str) -> Vec<&str> {
        split_sentences(t, 0, t.len())
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_run_of_text_with_no_sentence_end_is_read_in_pieces_cut_after_a_comma() {
        let t = "5 kg of heroin, ".repeat(1_000);
        let pieces = sentences(&t);
        assert!(pieces.len() >= 4);
        for p in &pieces {
            assert!(p.len() <= LONG_SENTENCE && p.starts_with("5 kg") && p.ends_with(','));
        }
        assert_eq!(pieces.concat().len() + pieces.len() - 1, t.trim_end().len());
        // (A sentence below the bound is one sentence.)
        assert_eq!(sentences(&"5 kg of heroin, ".repeat(100)).len(), 1);
    }

    #[test]
    fn a_headline_may_start_with_a_mixed_case_word() {
        assert!(is_upper("Диалог.**БОЛЕЕ ТОННЫ НАРКОТИЧЕСКИХ"));
        assert!(!is_upper("A training session was held in ABSHERON."));
    }

    #[test]
    fn a_lost_space_before_an_acronym_still_ends_a_sentence() {
        let t = "Стоимость оценивается в 35 млн долларов.ВМС Колумбии конфисковали 900 кг.";
        assert_eq!(sentences(t).len(), 2);
        let t =
            "Attempts continued to rise.A total of 86.8 kg were seized in 2019.By type, meth led.";
        assert_eq!(sentences(t).len(), 3);
        // Not an abbreviation glued to a name: «г.Москва», "U.S.".
        assert_eq!(sentences("Изъято 5 кг в г.Москва сегодня.").len(), 1);
    }

    #[test]
    fn pdf_breaks_inside_a_sentence_are_joined() {
        let t = "Some 80 tons of toxic substances classified as dual-use\n\ngoods were seized.\n\nNext one. And Mr. Smith left.";
        assert_eq!(sentences(t).len(), 3);
    }

    #[test]
    fn last_years_figure_in_brackets_after_an_abbreviated_unit_goes_on_the_sentence() {
        let t = "Seized: heroin – 106.5 kg. (121.6 kg.), opium – 881.9 kg. (851.3 kg.). Next.";
        assert_eq!(sentences(t).len(), 2);
    }

    #[test]
    fn a_font_size_button_is_no_sentence_ending_on_an_article() {
        // "+A" ends on "a", an English word that runs a line into the next; a button does not.
        let t = "  • A\n  • +A\n\nИз незаконного оборота изъято 238 кг наркотиков\n";
        let s = sentences(t);
        assert_eq!(
            s.last(),
            Some(&"Из незаконного оборота изъято 238 кг наркотиков")
        );
    }

    #[test]
    fn headlines_stand_alone() {
        let t = "TRAINING CONDUCTED IN ABSHERON DISTRICT\n\n\n\nA training session was held.";
        let s = split_sentences(t, 0, t.len());
        assert_eq!(s.len(), 2);
        assert!(s[0].is_headline(t) && !s[1].is_headline(t));
    }

    #[test]
    fn a_time_stamp_line_stands_alone_between_a_title_and_its_lead() {
        let t = "Комментарии 0\n...комментариев нет\nВ области изъято 10 кг наркотиков\n\
                 09 июля 2024 в 19:02\nВ области завершился этап операции";
        assert_eq!(
            sentences(t),
            [
                "Комментарии 0",
                "...комментариев нет\nВ области изъято 10 кг наркотиков",
                "09 июля 2024 в 19:02",
                "В области завершился этап операции"
            ]
        );
        // Exchange rates are no stamps.
        assert!(!is_stamp("RUB 1.05") && !is_stamp("USD 69.74"));
        assert!(is_stamp("20/05/2021 - 18:39 (по МСК)") && is_stamp("May 21, 2025"));
    }
}
