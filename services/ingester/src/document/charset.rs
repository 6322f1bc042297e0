//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, a declared charset (HTTP header
//! or HTML `<meta charset>`), or, when the bytes are not UTF-8, the legacy Russian encodings
//! windows-1251 and KOI8-R recognised by how Russian the decoded letters look.
//!
//! Any byte sequence decodes in windows-1251, so a decoding is accepted only when its non-ASCII
//! characters are Cyrillic letters and Russian punctuation and its commonest letters are those of
//! Russian; otherwise the bytes are reported as invalid UTF-8.

use encoding_rs::{Encoding, KOI8_R, UTF_8, WINDOWS_1251};

use super::IngestError;

/// The text and the name of the encoding it was decoded from.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<(String, &'static str), IngestError> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return strict(encoding, &bytes[bom..]);
    }
    if let Some(encoding) = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        // A page that declares UTF-8 but is not is judged like an undeclared one below.
        if encoding != UTF_8 {
            return strict(encoding, bytes);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), "utf-8")),
        Err(e) => legacy_russian(bytes).ok_or(IngestError::NotUtf8 {
            offset: e.valid_up_to(),
        }),
    }
}

fn strict(
    encoding: &'static Encoding,
    bytes: &[u8],
) -> Result<(String, &'static str), IngestError> {
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|t| (t.into_owned(), name(encoding)))
        .ok_or(IngestError::Undecodable {
            charset: name(encoding),
        })
}

fn name(encoding: &'static Encoding) -> &'static str {
    match encoding.name() {
        "UTF-8" => "utf-8",
        "windows-1251" => "windows-1251",
        "KOI8-R" => "koi8-r",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        other => other,
    }
}

/// The Russian letters that make up about half of running Russian text.
const COMMON: &str = "оеаинтсрвл";

/// Decodes `bytes` as windows-1251 or KOI8-R, whichever reads as Russian, if either does.
fn legacy_russian(bytes: &[u8]) -> Option<(String, &'static str)> {
    [WINDOWS_1251, KOI8_R]
        .into_iter()
        .filter_map(|enc| {
            let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
            let score = russian_score(&text)?;
            Some((score, text.into_owned(), name(enc)))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, text, enc)| (text, enc))
}

/// How Russian the non-ASCII part of `text` looks (share of the commonest lowercase letters among
/// the Cyrillic ones), or `None` when it does not look like Russian text at all.
fn russian_score(text: &str) -> Option<f64> {
    let (mut non_ascii, mut fitting, mut cyrillic, mut common, mut lower) = (0, 0, 0, 0, 0);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        let is_cyrillic = ('\u{400}'..='\u{4ff}').contains(&c);
        if is_cyrillic {
            cyrillic += 1;
            lower += usize::from(c.is_lowercase());
            common += usize::from(COMMON.contains(c));
        }
        if is_cyrillic || "«»—–№…\u{a0}“”„‘’•°".contains(c) {
            fitting += 1;
        }
    }
    let share = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    (cyrillic >= 8
        && share(fitting, non_ascii) >= 0.95
        && share(common, cyrillic) >= 0.25
        && share(lower, cyrillic) >= 0.5)
        .then(|| share(common, cyrillic))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RU: &str = "Сотрудники полиции изъяли более 1,5 тонны гашиша — «крупная партия».";

    #[test]
    fn utf8_and_bom() {
        assert_eq!(decode(RU.as_bytes(), None).unwrap(), (RU.into(), "utf-8"));
        let bom = [b"\xef\xbb\xbf".as_slice(), RU.as_bytes()].concat();
        assert_eq!(decode(&bom, None).unwrap().0, RU);
    }

    #[test]
    fn legacy_russian_encodings_are_recognised() {
        // KOI8-R has no guillemets or dashes.
        let plain = "Сотрудники полиции изъяли более 1,5 тонны гашиша у жителя Оша.";
        for (enc, text) in [(WINDOWS_1251, RU), (KOI8_R, plain)] {
            let (bytes, _, lossy) = enc.encode(text);
            assert!(!lossy);
            assert_eq!(decode(&bytes, None).unwrap(), (text.into(), name(enc)));
        }
    }

    #[test]
    fn declared_charset_wins() {
        let (bytes, _, _) = KOI8_R.encode("Изъято 5 кг");
        assert_eq!(decode(&bytes, Some("koi8-r")).unwrap().0, "Изъято 5 кг");
    }

    #[test]
    fn stray_high_bytes_are_not_russian() {
        let err = decode(b"Seized 5 kg of heroin \xff\xfe\x80 in Osh.", None).unwrap_err();
        assert_eq!(err, IngestError::NotUtf8 { offset: 22 });
    }
}
