//! Tokens for matching: words folded to lower case (ё → е), numbers with their separators,
//! punctuation, each with its byte span in the original text.
//!
//! Folding is done per token into one shared buffer, so spans always point into the original text
//! and evidence can be cut from it unchanged.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters (apostrophes inside allowed).
    Word,
    /// Digits with their inner separators, e.g. `7,000`, `1,5`, `9 542`, `30.09.2025`.
    Num,
    /// Any other visible character.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub kind: TokKind,
    /// Byte span in the original text.
    pub start: usize,
    pub end: usize,
    /// Span of the folded text in [`Tokens::buf`].
    fold: (u32, u32),
    /// Whether the original token starts with an upper-case letter.
    pub upper: bool,
    /// Whether the original token is a word of two or more letters, all upper-case ("ICA").
    pub caps: bool,
}

/// Abbreviated month names, which a day follows after their full stop: "on Nov. 3, 2019",
/// "Sept. 22" (the tokens keep no full stop there, and no sentence ends there).
pub(crate) const ABBREVIATED_MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// A long list of stems indexed by their first two bytes (a Russian word's first letter), for
/// the lists every word is tested against: [`Tokens::starts`] walks a list, this looks up the
/// few stems that could match.
pub struct StemSet {
    by_head: foldhash::HashMap<u16, Vec<&'static [u8]>>,
    /// Stems of one byte, tested on every word.
    short: Vec<&'static [u8]>,
}

impl StemSet {
    pub fn new(stems: &[&'static str]) -> Self {
        let mut set = StemSet {
            by_head: foldhash::HashMap::default(),
            short: Vec::new(),
        };
        for s in stems {
            match head(s.as_bytes()) {
                Some(h) => set.by_head.entry(h).or_default().push(s.as_bytes()),
                None => set.short.push(s.as_bytes()),
            }
        }
        set
    }

    /// Whether `word` starts with one of the stems.
    pub fn matches(&self, word: &[u8]) -> bool {
        self.short.iter().any(|s| word.starts_with(s))
            || head(word)
                .and_then(|h| self.by_head.get(&h))
                .is_some_and(|stems| stems.iter().any(|s| word.starts_with(s)))
    }
}

/// The first two bytes of a word, if it has two.
fn head(b: &[u8]) -> Option<u16> {
    match b {
        [a, b, ..] => Some(u16::from_le_bytes([*a, *b])),
        _ => None,
    }
}

/// The tokens of one piece of text.
#[derive(Clone, Default, Debug)]
pub struct Tokens {
    pub toks: Vec<Tok>,
    buf: String,
}

/// Whether the text after an apostrophe is a possessive "s" ("Spain's SIVE", "police's").
fn is_possessive(after: &str) -> bool {
    let mut c = after.chars();
    matches!(c.next(), Some('s' | 'S')) && !c.next().is_some_and(is_letter)
}

/// `char::is_alphabetic`, answered without the Unicode tables for ASCII and the Russian
/// alphabet (most of every bulletin): the table lookup was an eighth of extraction's time.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{0400}'..='\u{045f}').contains(&c) {
        true
    } else {
        c.is_alphabetic()
    }
}

fn is_space(c: char) -> bool {
    // (And the variation selectors after an emoji bullet: "▪️".)
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{feff}' | '\u{ad}' | '\u{fe0e}' | '\u{fe0f}'
        )
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Whether `c` opens a list item: a dash, an asterisk or a bullet of any shape ("•", "▪️",
/// "●", "►", "✓").
pub fn is_bullet(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '*') || is_bullet_shape(c)
}

/// A bullet that is nothing else: "•", and the geometric shapes (▪ ● ■ ► ◦) and dingbats (✓ ✔
/// ➤ ❖) used as one. (Dashes and asterisks keep their own token.)
fn is_bullet_shape(c: char) -> bool {
    matches!(c, '•' | '·' | '‣' | '⁃')
        || ('\u{25a0}'..='\u{25ff}').contains(&c)
        || ('\u{2700}'..='\u{27bf}').contains(&c)
}

/// ".9 grams": a decimal point with no zero before it, at `s[i]`, after a space, an opening
/// bracket or nothing, and before a digit. (Not "No.5" nor "1.5", nor "1 .6", a number's own
/// point set off by a stray space.)
fn leading_point(s: &str, i: usize) -> bool {
    let before = &s[..i];
    s[i + 1..].starts_with(|d: char| d.is_ascii_digit())
        && before
            .chars()
            .next_back()
            .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '~' | '≈'))
        && !before.trim_end().ends_with(|d: char| d.is_ascii_digit())
}

/// "packs of marijuana weighting 31.9 kg", "marihuana weighting twenty-six thousand ... gram": a
/// misspelling police releases repeat, read as the word it stands for.
fn respell(buf: &mut String, from: usize) {
    if &buf[from..] == "weighting" {
        buf.truncate(from);
        buf.push_str("weighing");
    }
}

/// «κустοв», «oбнаружили», "narсotraffic": a word of one script with look-alike letters of
/// another, as pages that guard their text from copying write it. The look-alikes are folded
/// into the script they all have a twin in (Russian when both would and most letters are
/// Russian), so the word reads as itself. Words of one script, most of every text, are let
/// through after a byte scan.
fn unmix_scripts(buf: &mut String, from: usize) {
    let w = &buf[from..];
    // (One pass over the bytes: a Russian letter's lead byte, and a Latin or Greek one.)
    let (mut russian_lead, mut other_letter) = (false, false);
    for b in w.bytes() {
        russian_lead |= matches!(b, 0xd0 | 0xd1);
        other_letter |= b.is_ascii_alphabetic() || matches!(b, 0xce | 0xcf);
    }
    if !(russian_lead && other_letter) {
        return;
    }
    const TWINS: &[(char, char)] = &[
        ('a', 'а'),
        ('c', 'с'),
        ('e', 'е'),
        ('o', 'о'),
        ('p', 'р'),
        ('x', 'х'),
        ('y', 'у'),
        ('k', 'к'),
        ('m', 'м'),
        ('t', 'т'),
        ('h', 'н'),
        ('b', 'в'),
        ('i', 'і'),
        ('ο', 'о'),
        ('κ', 'к'),
        ('α', 'а'),
        ('ε', 'е'),
        ('ρ', 'р'),
        ('τ', 'т'),
        ('υ', 'у'),
        ('χ', 'х'),
    ];
    let russian = |c: char| ('а'..='я').contains(&c) || c == 'і';
    let to_russian = |c: char| TWINS.iter().find(|t| t.0 == c).map(|t| t.1);
    let to_latin = |c: char| {
        TWINS
            .iter()
            .find(|t| t.1 == c && t.0.is_ascii())
            .map(|t| t.0)
    };
    let (mut ru, mut other) = (0, 0);
    for c in w.chars() {
        if russian(c) {
            ru += 1;
        } else {
            other += 1;
        }
    }
    let into_russian = w.chars().all(|c| russian(c) || to_russian(c).is_some());
    let into_latin = w
        .chars()
        .all(|c| c.is_ascii_alphabetic() || to_latin(c).is_some());
    let word: String = if into_russian && (ru >= other || !into_latin) {
        w.chars().map(|c| to_russian(c).unwrap_or(c)).collect()
    } else if into_latin {
        w.chars().map(|c| to_latin(c).unwrap_or(c)).collect()
    } else {
        return;
    };
    buf.truncate(from);
    buf.push_str(&word);
}

/// Whether the comma at `s[comma]`, after the digits that start at `s[start]` (one to three
/// of them, no other separator), is a thousands comma set off by a stray space: "25, 489
/// marijuana shrubs", "4, 320 kilograms" (exactly three digits after one space, then a word).
/// (Not "April 15, 230 kg": a day of a month before it; nor a list of numbers.)
fn stray_space_thousands(s: &str, start: usize, comma: usize) -> bool {
    let b = s.as_bytes();
    if b.get(comma) != Some(&b',') || b.get(comma + 1) != Some(&b' ') {
        return false;
    }
    let int_digits = comma - start;
    let after = &s[comma + 2..];
    let group = after.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&int_digits)
        || !b[start..comma].iter().all(u8::is_ascii_digit)
        || group != 3
        || !after[3..].starts_with(' ')
        || !after[4..].starts_with(|c: char| c.is_alphabetic())
    {
        return false;
    }
    // A list goes on after it ("with 830, 398 and 1,200 kilograms", «617, 605 и 770
    // растений»).
    let next_word = after[4..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if matches!(next_word, "and" | "or" | "и" | "или") {
        return false;
    }
    // The word before the number: no month or weekday ("April 15, 230 kg", "On Friday 7, 417
    // kilos"), no number or comma of a list before it ("12, 345, 678").
    let before = s[..start].trim_end_matches(' ');
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    !before.ends_with(|c: char| c.is_ascii_digit() || c == ',')
        && crate::dates::month_of(&word).is_none()
        && !word.ends_with("day")
}

/// "seized 1. 767 kg of heroin", "23. 8 kg": a decimal point set off from its decimals by a
/// stray space, at `s[dot]` right after a number of up to three digits, the decimals followed
/// by a weight's unit. (Not a sentence ending in a figure: "... in 2019. 40 kg were ...".)
pub(crate) fn stray_space_decimal(s: &str, dot: usize) -> bool {
    let b = s.as_bytes();
    if b.get(dot) != Some(&b'.') || b.get(dot + 1) != Some(&b' ') {
        return false;
    }
    let int_digits = b[..dot]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    // (After a word or a comma and a space: "seized 1. 767 kg", "April 15, 23. 8 kg"; not an
    // item's number opening a line, "1. 20 kg of cocaine".)
    let before = &s[..dot - int_digits];
    if !(1..=3).contains(&int_digits)
        || !before.ends_with(' ')
        || !before
            .trim_end_matches(' ')
            .ends_with(|c: char| c.is_alphabetic() || c == ',')
    {
        return false;
    }
    let after = &s[dot + 2..];
    let decimals = after.bytes().take_while(u8::is_ascii_digit).count();
    if decimals == 0 {
        return false;
    }
    let unit = after[decimals..].trim_start();
    let word: String = unit
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(
        word.as_str(),
        "kg" | "kgs"
            | "g"
            | "gr"
            | "grams"
            | "kilos"
            | "kilograms"
            | "tons"
            | "tonnes"
            | "кг"
            | "г"
    ) || word.starts_with("грам")
        || word.starts_with("килограм")
        || word.starts_with("тонн")
}

fn fold_char(c: char, out: &mut String) {
    // (ASCII and the Russian alphabet first, without a table lookup: most of every text.)
    match c {
        '`' => out.push('\''),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        'а'..='я' => out.push(c),
        'А'..='Я' => out.push(char::from_u32(c as u32 + 32).unwrap_or(c)),
        'ё' | 'Ё' => out.push('е'),
        // Every bullet reads as one.
        c if is_bullet_shape(c) => out.push('•'),
        '’' | 'ʼ' => out.push('\''),
        '“' | '”' | '„' | '«' | '»' | '″' => out.push('"'),
        c => out.extend(c.to_lowercase()),
    }
}

impl Tokens {
    /// Tokenizes `text[start..end]`; spans are relative to `text`.
    pub fn read(&mut self, text: &str, start: usize, end: usize) {
        self.toks.clear();
        self.buf.clear();
        let s = &text[start..end];
        let bytes = s.as_bytes();
        let mut it = s.char_indices().peekable();
        let mut saw_narcotic = false;
        while let Some((i, c)) = it.next() {
            if is_space(c) {
                continue;
            }
            let f0 = self.buf.len() as u32;
            if is_letter(c) {
                let mut j = i + c.len_utf8();
                fold_char(c, &mut self.buf);
                let mut last = c;
                while let Some(&(k, d)) = it.peek() {
                    // (The commonest letters first: ASCII and lower-case Russian.)
                    if d.is_ascii_alphabetic() || ('а'..='я').contains(&d) {
                        // ("ЛатвияLETA15 окт.": a page's section glued to an agency's name; a
                        // capital Latin letter after a lower-case Russian one starts a word.)
                        if d.is_ascii_uppercase() && ('а'..='я').contains(&last) {
                            break;
                        }
                        self.buf.push(d.to_ascii_lowercase());
                        last = d;
                        j = k + d.len_utf8();
                        it.next();
                    } else if is_letter(d) || d == '\u{301}' {
                        if d != '\u{301}' {
                            fold_char(d, &mut self.buf);
                            last = d;
                        }
                        j = k + d.len_utf8();
                        it.next();
                    } else if matches!(d, '\'' | '’')
                        && s[k + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(is_letter)
                        // A possessive ("Spain's") ends the word.
                        && !is_possessive(&s[k + d.len_utf8()..])
                    {
                        fold_char(d, &mut self.buf);
                        j = k + d.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
                // "on Nov. 3, 2019": an abbreviated month keeps its full stop, so that the day
                // follows the month as in "Nov 3, 2019". ("the Jan.-June period": so does one
                // a dash joins to the next.)
                let month_dot = s[j..].starts_with('.')
                    && s[j + 1..]
                        .trim_start()
                        .starts_with(|d: char| d.is_ascii_digit() || matches!(d, '-' | '–' | '—'))
                    && ABBREVIATED_MONTHS.contains(&&self.buf[f0 as usize..]);
                unmix_scripts(&mut self.buf, f0 as usize);
                respell(&mut self.buf, f0 as usize);
                saw_narcotic |= self.buf.len() - f0 as usize == 8
                    && self.buf.as_bytes()[f0 as usize..] == *b"narcotic";
                self.push(TokKind::Word, start + i, start + j, f0, c.is_uppercase());
                if c.is_uppercase() && j > i + c.len_utf8() {
                    let last = self.toks.len() - 1;
                    self.toks[last].caps = s[i..j]
                        .chars()
                        .all(|d| !d.is_alphabetic() || d.is_uppercase());
                }
                if month_dot {
                    it.next();
                }
            } else if c.is_ascii_digit() || (c == '.' && leading_point(s, i)) {
                let mut j = i + 1;
                if c == '.' {
                    self.buf.push_str("0.");
                } else {
                    self.buf.push(c);
                }
                let mut only_space_groups = true;
                loop {
                    while j < bytes.len() && bytes[j].is_ascii_digit() {
                        self.buf.push(bytes[j] as char);
                        j += 1;
                    }
                    let rest = &s[j..];
                    let mut rc = rest.chars();
                    let Some(sep) = rc.next() else { break };
                    let after = &rest[sep.len_utf8()..];
                    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
                    if matches!(sep, ',' | '.') && digits > 0 {
                        only_space_groups = false;
                        self.buf.push(sep);
                        j += 1;
                        continue;
                    }
                    // "uprooted 25, 489 marijuana shrubs", "4, 320 kilograms": a thousands comma
                    // set off by a stray space before a word.
                    if only_space_groups && stray_space_thousands(s, i, j) {
                        only_space_groups = false;
                        self.buf.push(',');
                        j += 2;
                        continue;
                    }
                    if only_space_groups && stray_space_decimal(s, j) {
                        only_space_groups = false;
                        self.buf.push('.');
                        j += 2;
                        continue;
                    }
                    // "9 542": a space-separated group of exactly three digits after a group of
                    // at most three digits.
                    let group_len = self.buf[f0 as usize..]
                        .rsplit(|ch: char| !ch.is_ascii_digit())
                        .next()
                        .map_or(0, str::len);
                    if is_group_space(sep)
                        && digits == 3
                        && only_space_groups
                        && group_len <= 3
                                                // A fourth digit would make it another number; a decimal part may follow
                        // ("1 186,4").
                        && !after[3..].starts_with(|ch: char| ch.is_ascii_digit())
                        // ("60 200-litre drums": a count, then each drum's size written onto
                        // its unit.)
                        && !(after[3..].starts_with('-')
                            && after[4..].starts_with(|ch: char| ch.is_alphabetic()))
                    {
                        self.buf.push(' ');
                        j += sep.len_utf8();
                        continue;
                    }
                    break;
                }
                while it.peek().is_some_and(|&(k, _)| k < j) {
                    it.next();
                }
                self.push(TokKind::Num, start + i, start + j, f0, false);
            } else if c == '#' && s[i + 1..].chars().next().is_some_and(is_letter) {
                // "445 kilograms of #opium", "in #Badakhshan": a hashtag is its word.
                continue;
            } else {
                fold_char(c, &mut self.buf);
                self.push(
                    TokKind::Punct,
                    start + i,
                    start + i + c.len_utf8(),
                    f0,
                    false,
                );
            }
        }
        if saw_narcotic {
            self.narcotic_as_noun();
        }
    }

    /// "2.05 kg of the narcotic, said ...", "the narcotic weighing about 476 kg": "the
    /// narcotic" with no noun after it is the story's drug, read as "the drug" (not "the
    /// narcotic pills", "the narcotic substance").
    #[cold]
    #[inline(never)]
    fn narcotic_as_noun(&mut self) {
        const AFTER: &[&str] = &[
            "weighing",
            "was",
            "were",
            "is",
            "worth",
            "in",
            "and",
            "from",
            "hidden",
            "concealed",
            "with",
            "to",
            "at",
            "on",
            "valued",
            "which",
            "that",
            "had",
            "has",
            "said",
            "inside",
        ];
        for i in 1..self.toks.len() {
            if self.text(i) != "narcotic"
                || !self.is(i - 1, &["the", "this", "that"])
                || (self.is_word(i + 1) && !self.is(i + 1, AFTER))
            {
                continue;
            }
            let f0 = self.buf.len() as u32;
            self.buf.push_str("drug");
            self.toks[i].fold = (f0, self.buf.len() as u32);
        }
    }

    fn push(&mut self, kind: TokKind, start: usize, end: usize, f0: u32, upper: bool) {
        let fold = (f0, self.buf.len() as u32);
        self.toks.push(Tok {
            kind,
            start,
            end,
            fold,
            upper,
            caps: false,
        });
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The folded text of token `i` ("" past the end).
    pub fn text(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.buf[t.fold.0 as usize..t.fold.1 as usize],
            None => "",
        }
    }

    /// The folded bytes of token `i` (empty past the end): `text` without the char-boundary
    /// checks of slicing a `str`, for the hot comparisons below.
    fn bytes(&self, i: usize) -> &[u8] {
        match self.toks.get(i) {
            Some(t) => self
                .buf
                .as_bytes()
                .get(t.fold.0 as usize..t.fold.1 as usize)
                .unwrap_or_default(),
            None => &[],
        }
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Num)
    }

    /// Whether token `i` is one of `words`.
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        // (A hot path: the length and the first byte turn most words away before a compare.)
        let t = self.bytes(i);
        let Some(&first) = t.first() else {
            return false;
        };
        words.iter().any(|w| {
            let w = w.as_bytes();
            w.len() == t.len() && w[0] == first && w == t
        })
    }

    /// Whether token `i` is a word starting with one of `stems`.
    pub fn starts(&self, i: usize, stems: &[&str]) -> bool {
        self.is_word(i) && {
            // (A hot path: the first two bytes, a Russian word's first letter, turn most stems
            // away before a compare.)
            let t = self.bytes(i);
            let t_head = head(t);
            stems.iter().any(|s| {
                let s = s.as_bytes();
                s.len() <= t.len()
                    && (if s.len() >= 2 {
                        head(s) == t_head
                    } else {
                        s.first().is_none_or(|&b| b == t[0])
                    })
                    && t.starts_with(s)
            })
        }
    }

    /// Whether token `i` is a word starting with one of the stems of `set`.
    pub fn starts_set(&self, i: usize, set: &StemSet) -> bool {
        self.is_word(i) && set.matches(self.bytes(i))
    }

    /// Whether the tokens from `i` on read `phrase` (space-separated folded words).
    pub fn phrase_at(&self, mut i: usize, phrase: &str) -> bool {
        // Word by word without splitting the phrase (a hot path: most calls fail on the first
        // word).
        let mut rest = phrase.as_bytes();
        loop {
            let t = self.bytes(i);
            let Some(after) = rest.strip_prefix(t) else {
                return false;
            };
            match after.first() {
                None => return !t.is_empty() || phrase.is_empty(),
                Some(b' ') if !t.is_empty() => rest = &after[1..],
                Some(_) => return false,
            }
            i += 1;
        }
    }

    /// Whether the tokens from `i` on read any of `phrases`.
    pub fn any_phrase_at(&self, i: usize, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.phrase_at(i, p))
    }

    /// Whether the tokens ending just before `i` read `phrase`.
    pub fn phrase_before(&self, i: usize, phrase: &str) -> bool {
        let n = phrase.bytes().filter(|&b| b == b' ').count() + 1;
        i >= n && self.phrase_at(i - n, phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let mut t = Tokens::default();
        t.read(s, 0, s.len());
        (0..t.len()).map(|i| t.text(i).to_string()).collect()
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(texts("7,000 drugs"), ["7,000", "drugs"]);
        assert_eq!(texts("1,5 тонны"), ["1,5", "тонны"]);
        assert_eq!(texts("9\u{a0}542 units"), ["9 542", "units"]);
        assert_eq!(texts("34 kg 390 g"), ["34", "kg", "390", "g"]);
        assert_eq!(texts("1-30.09.2025"), ["1", "-", "30.09.2025"]);
        assert_eq!(texts("2024 145"), ["2024", "145"]);
        assert_eq!(texts("1\u{a0}186,4 кг"), ["1 186,4", "кг"]);
    }

    #[test]
    fn words_fold_case_and_yo() {
        assert_eq!(texts("ЁЛКА Героина"), ["елка", "героина"]);
        assert_eq!(texts("dual-use"), ["dual", "-", "use"]);
        assert_eq!(
            texts("Shymkent’s СкЛаД«x»"),
            ["shymkent", "'", "s", "склад", "\"", "x", "\""]
        );
    }

    #[test]
    fn look_alike_letters_of_another_script_read_as_the_word_s_own() {
        // Greek omicron and kappa, Latin o and c, in Russian words; a Russian "с" in English.
        assert_eq!(
            texts("225 κустοв конопли oбнаружили"),
            ["225", "кустов", "конопли", "обнаружили"]
        );
        assert_eq!(texts("narсotraffic"), ["narcotraffic"]);
        // Words of one script, and Greek letters standing alone, are left as they are.
        assert_eq!(
            texts("α-PVP Москва iPhone"),
            ["α", "-", "pvp", "москва", "iphone"]
        );
    }

    #[test]
    fn a_stem_set_answers_as_the_list_it_was_made_from() {
        let stems: &[&'static str] = &["seiz", "изъ", "уничтож", "s", "burn", "бу"];
        let set = StemSet::new(stems);
        let text = "Seized seizure s sample изъято изъятие уничтожено бурый burned x ban у";
        let mut t = Tokens::default();
        t.read(text, 0, text.len());
        for i in 0..t.len() {
            assert_eq!(t.starts_set(i, &set), t.starts(i, stems), "{}", t.text(i));
        }
        assert!(t.starts_set(0, &set) && !t.starts_set(t.len() - 1, &set));
    }
}
