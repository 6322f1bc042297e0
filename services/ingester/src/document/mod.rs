//! What arrives to what is published: bytes of any supported format, with whatever metadata
//! came with them, become a `Bulletin` (clean normalised text, identity, title, date, language),
//! or a named [`IngestError`]. No NATS here: every source (drop folder, HTTP, feeds, seizurectl)
//! calls [`prepare`] and hands the result to [`crate::sink::Ingester`].
//!
//! - [`charset`]: UTF-8, UTF-16, declared charsets, windows-1251 and KOI8-R;
//! - [`html`]: boilerplate removal and page metadata;
//! - [`pdf`]: PDF text in an isolated worker process with a timeout.

pub mod charset;
pub mod html;
pub mod pdf;

use chrono::{DateTime, Utc};
use seizure_bus::contract::MAX_MESSAGE_BYTES;
use seizure_proto::v1::Bulletin;
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use pdf::PdfReader;

/// Largest original the ingester accepts (a PDF may be much larger than its text).
pub const MAX_ORIGINAL_BYTES: usize = 32 * 1024 * 1024;
/// Largest normalised text a bulletin may carry, so the message fits the bus.
pub const MAX_TEXT_BYTES: usize = MAX_MESSAGE_BYTES / 2;

/// Why some bytes are not a bulletin. The message is what the caller sees.
#[derive(Clone, Debug, thiserror::Error, PartialEq)]
pub enum IngestError {
    #[error("empty: no bytes")]
    Empty,
    #[error("too large: {bytes} bytes, over the {limit}-byte limit")]
    TooLarge { bytes: usize, limit: usize },
    #[error(
        "not valid UTF-8 (first invalid byte at offset {offset}), and not windows-1251 or KOI8-R \
         Russian text either"
    )]
    NotUtf8 { offset: usize },
    #[error("not valid {charset} text")]
    Undecodable { charset: &'static str },
    #[error("binary content, not text ({control} control characters in the first {sample})")]
    Binary { control: usize, sample: usize },
    #[error("no text: {what}")]
    NoText { what: &'static str },
    #[error("PDF: {reason}")]
    Pdf { reason: String },
    #[error("PDF: the reader did not finish within {secs} s (killed)")]
    PdfTimeout { secs: f64 },
    #[error("unreadable: {reason}")]
    Unreadable { reason: String },
    #[error("HTML nested deeper than {limit} elements: refused unparsed")]
    TooDeep { limit: usize },
    #[error("PDF: the reader ran over its memory limit of {limit_mb} MB (stopped)")]
    PdfMemory { limit_mb: u64 },
    #[error("not a regular file ({what}): only regular files are taken")]
    NotRegular { what: &'static str },
}

impl IngestError {
    /// A stable machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            IngestError::Empty => "empty",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::NotUtf8 { .. } | IngestError::Undecodable { .. } => "bad_encoding",
            IngestError::Binary { .. } => "binary",
            IngestError::NoText { .. } => "no_text",
            IngestError::Pdf { .. } => "bad_pdf",
            IngestError::PdfTimeout { .. } => "pdf_timeout",
            IngestError::Unreadable { .. } => "unreadable",
            IngestError::TooDeep { .. } => "too_deep",
            IngestError::PdfMemory { .. } => "pdf_memory",
            IngestError::NotRegular { .. } => "not_a_file",
        }
    }
}

/// The formats the ingester reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Pdf,
}

impl Format {
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Text => "text/plain",
            Format::Markdown => "text/markdown",
            Format::Html => "text/html",
            Format::Pdf => "application/pdf",
        }
    }
}

/// Bytes as they arrived, with what the source said about them.
#[derive(Clone, Debug, Default)]
pub struct Submission {
    pub bytes: Vec<u8>,
    /// Short source name (`file`, `http`, a feed's host…), the bulletin subject's last token.
    pub source: String,
    /// Where it came from: a web address, `file:<name>`, or "" when unknown.
    pub source_url: String,
    pub title: Option<String>,
    /// A `Content-Type` as declared (may carry `; charset=`).
    pub content_type: Option<String>,
    /// The file name, when there was one (its extension hints the format).
    pub file_name: Option<String>,
    /// A publication date from the feed or the caller.
    pub published: Option<DateTime<Utc>>,
    pub received: DateTime<Utc>,
}

/// Hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Normalises text for identity and extraction: Unicode NFKC (ligatures, no-break spaces and
/// full-width digits folded), no BOM, `\n` line ends, no trailing spaces on lines.
/// Whether a line holds only characters that are in NFKC whatever surrounds them: ASCII, the
/// Russian alphabet, and the quotes and dashes of both languages (none combines with a
/// neighbour). Most lines hold nothing else, and the quick check's table lookups took a tenth of
/// `seizurectl extract`'s time on Russian pages.
fn plainly_nfkc(line: &str) -> bool {
    line.chars().all(|c| {
        c.is_ascii()
            || ('\u{400}'..='\u{45f}').contains(&c)
            || matches!(c, '«' | '»' | '–' | '—' | '‘' | '’' | '“' | '”' | '„' | '•')
    })
}

pub fn normalise(text: &str) -> String {
    let text = text.trim_start_matches('\u{feff}');
    // Most bulletins are already in NFKC: a quick check spares the copy through the composer,
    // line by line (no normalisation reaches across a line end), so that one no-break space
    // does not send the whole text through it.
    let mut normalised = String::with_capacity(text.len());
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            normalised.push('\n');
        }
        if plainly_nfkc(line)
            || unicode_normalization::is_nfkc_quick(line.chars())
                == unicode_normalization::IsNormalized::Yes
        {
            normalised.push_str(line);
        } else {
            normalised.extend(line.nfkc());
        }
    }
    let text = normalised;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.split('\n').any(|l| l.ends_with([' ', '\t'])) {
        text.split('\n')
            .map(|l| l.trim_end_matches([' ', '\t']))
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        text
    }
}

fn extension_format(name: &str) -> Option<Format> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "pdf" => Format::Pdf,
        "html" | "htm" | "xhtml" => Format::Html,
        "md" | "markdown" => Format::Markdown,
        "txt" | "text" => Format::Text,
        _ => return None,
    })
}

/// The format of `bytes`: the content decides first (`%PDF-`, an HTML document), then the
/// declared media type, then the file name.
pub fn sniff(bytes: &[u8], content_type: Option<&str>, file_name: Option<&str>) -> Format {
    let head = &bytes[..bytes.len().min(1024)];
    if head.starts_with(b"%PDF-") {
        return Format::Pdf;
    }
    if html::looks_like_html(&String::from_utf8_lossy(head)) {
        return Format::Html;
    }
    let declared = content_type
        .map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .and_then(|m| match m.as_str() {
            "application/pdf" => Some(Format::Pdf),
            "text/html" | "application/xhtml+xml" => Some(Format::Html),
            "text/markdown" | "text/x-markdown" => Some(Format::Markdown),
            "text/plain" => Some(Format::Text),
            _ => None,
        });
    declared
        .or_else(|| file_name.and_then(extension_format))
        .unwrap_or(Format::Text)
}

fn charset_param(content_type: Option<&str>) -> Option<String> {
    content_type?
        .split(';')
        .filter_map(|p| p.trim().split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
}

/// Text that is mostly control characters is binary that happened to decode.
fn check_not_binary(text: &str) -> Result<(), IngestError> {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if control * 20 > sample.len() || text.contains('\0') {
        return Err(IngestError::Binary {
            control,
            sample: sample.len(),
        });
    }
    Ok(())
}

/// The text found in the bytes, with what the format itself says.
struct Found {
    text: String,
    format: Format,
    charset: &'static str,
    page: html::Page,
}

async fn read_text(sub: &Submission, pdf: &PdfReader) -> Result<Found, IngestError> {
    let bytes = &sub.bytes;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(if bytes.is_empty() {
            IngestError::Empty
        } else {
            IngestError::NoText {
                what: "only whitespace",
            }
        });
    }
    if bytes.len() > MAX_ORIGINAL_BYTES {
        return Err(IngestError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_ORIGINAL_BYTES,
        });
    }
    let format = sniff(bytes, sub.content_type.as_deref(), sub.file_name.as_deref());
    if format == Format::Pdf {
        if !bytes.starts_with(b"%PDF-") {
            return Err(IngestError::Pdf {
                reason: "declared as PDF but has no %PDF- header".into(),
            });
        }
        let text = pdf::tidy(&pdf.text(bytes).await?);
        return Ok(Found {
            text,
            format,
            charset: "",
            page: html::Page::default(),
        });
    }
    let declared = charset_param(sub.content_type.as_deref()).or_else(|| {
        (format == Format::Html)
            .then(|| html::declared_charset(bytes))
            .flatten()
    });
    let (text, charset) = charset::decode(bytes, declared.as_deref())?;
    check_not_binary(&text)?;
    if format == Format::Html {
        if html::nesting_depth(&text, html::MAX_DEPTH) > html::MAX_DEPTH {
            return Err(IngestError::TooDeep {
                limit: html::MAX_DEPTH,
            });
        }
        let page = html::page(&text);
        if page.text.trim().is_empty() {
            return Err(IngestError::NoText {
                what: "the page has no article text once navigation and scripts are removed",
            });
        }
        return Ok(Found {
            text: page.text.clone(),
            format,
            charset,
            page,
        });
    }
    Ok(Found {
        text,
        format,
        charset,
        page: html::Page::default(),
    })
}

/// Turns a submission into a bulletin, or says why it is not one.
pub async fn prepare(sub: &Submission, pdf: &PdfReader) -> Result<Bulletin, IngestError> {
    let found = read_text(sub, pdf).await?;
    let text = normalise(&found.text);
    if text.trim().is_empty() {
        return Err(IngestError::NoText {
            what: if found.format == Format::Pdf {
                "the PDF has no text layer (a scan needs OCR first)"
            } else {
                "only whitespace"
            },
        });
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(IngestError::TooLarge {
            bytes: text.len(),
            limit: MAX_TEXT_BYTES,
        });
    }
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|l| l.chars().any(char::is_alphabetic))
        .unwrap_or("");
    let title = sub
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or(found.page.title)
        .unwrap_or_else(|| first_line.to_string());
    let published = sub.published.or(found.page.published).or_else(|| {
        seizure_text::dateline(&text)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc())
    });
    Ok(Bulletin {
        id: sha256_hex(text.as_bytes()),
        source: sub.source.clone(),
        source_url: sub.source_url.clone(),
        title: title.trim().chars().take(300).collect(),
        received_at: Some(seizure_proto::to_timestamp(sub.received)),
        published_at: published.map(seizure_proto::to_timestamp),
        media_type: found.format.media_type().into(),
        language: seizure_text::detect_language(&text).as_str().into(),
        original: sha256_hex(&sub.bytes),
        charset: found.charset.into(),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader() -> PdfReader {
        PdfReader {
            program: "/nonexistent".into(),
            args: vec![],
            timeout: std::time::Duration::from_secs(1),
            memory_limit_mb: 0,
        }
    }

    fn sub(bytes: &[u8]) -> Submission {
        Submission {
            bytes: bytes.to_vec(),
            source: "file".into(),
            source_url: "file:x.txt".into(),
            file_name: Some("x.txt".into()),
            received: Utc::now(),
            ..Default::default()
        }
    }

    fn prep(bytes: &[u8]) -> Result<Bulletin, IngestError> {
        futures::executor::block_on(prepare(&sub(bytes), &reader()))
    }

    #[test]
    fn identity_is_the_hash_of_the_normalised_text() {
        let x = prep("Изъято 5 кг героина.\r\n".as_bytes()).unwrap();
        let y = prep("\u{feff}Изъято 5\u{a0}кг героина. \n".as_bytes()).unwrap();
        assert_eq!(x.id, y.id);
        assert_ne!(x.original, y.original);
        assert_eq!(x.language, "ru");
        assert_eq!(x.charset, "utf-8");
    }

    #[test]
    fn the_plain_characters_are_in_nfkc_and_combine_with_nothing() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{IsNormalized, is_nfkc_quick};
        let plain: Vec<char> = (0u32..0x2100)
            .filter_map(char::from_u32)
            .filter(|c| plainly_nfkc(&c.to_string()))
            .collect();
        assert!(plain.len() > 200);
        for c in plain {
            assert_eq!(
                is_nfkc_quick(std::iter::once(c)),
                IsNormalized::Yes,
                "{c:?}"
            );
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        // Cyrillic letters with a combining mark are left to the composer.
        assert!(!plainly_nfkc("и\u{306}"));
        assert_eq!(normalise("и\u{306}"), "й");
    }

    #[test]
    fn normalising_line_by_line_is_normalising_the_whole() {
        use unicode_normalization::UnicodeNormalization;
        let text = "Изъято 5\u{a0}кг\nﬁve ① kg\ncafe\u{301}\n\u{301}mark\nplain ascii\n½ kg\n";
        let whole: String = text.nfkc().collect();
        assert_eq!(normalise(text), whole);
        assert_eq!(normalise("1½ kg"), "11\u{2044}2 kg");
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(prep(b""), Err(IngestError::Empty));
        assert!(matches!(prep(b"  \n "), Err(IngestError::NoText { .. })));
        assert!(matches!(
            prep(&[0x66, 0xff, 0xfe]),
            Err(IngestError::NotUtf8 { offset: 1 })
        ));
        assert!(matches!(prep(&[1u8; 100]), Err(IngestError::Binary { .. })));
        assert!(matches!(
            prep(b"<html><body><nav>Menu</nav></body></html>"),
            Err(IngestError::NoText { .. })
        ));
        let mut s = sub(b"text");
        s.content_type = Some("application/pdf".into());
        assert!(matches!(
            futures::executor::block_on(prepare(&s, &reader())),
            Err(IngestError::Pdf { .. })
        ));
    }

    #[test]
    fn dateline_becomes_the_publication_date_unless_metadata_gives_one() {
        let x = prep(b"News\n\n08.07.2019 13:21\n\nText.").unwrap();
        let day = |y, m, d| {
            chrono::NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                .and_utc()
        };
        assert_eq!(x.published_at.unwrap().seconds, day(2019, 7, 8).timestamp());
        let mut s = sub(b"News\n\n08.07.2019 13:21\n\nText.");
        s.published = Some(day(2020, 1, 2));
        let y = futures::executor::block_on(prepare(&s, &reader())).unwrap();
        assert_eq!(y.published_at.unwrap().seconds, day(2020, 1, 2).timestamp());
    }

    #[test]
    fn html_and_legacy_encodings() {
        let page = "<html lang=ru><head><meta charset=windows-1251><title>Изъятие</title></head>\
                    <body><nav>Меню</nav><p>Изъято 5 кг героина в Оше.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(page);
        let b = prep(&bytes).unwrap();
        assert_eq!(b.text, "Изъято 5 кг героина в Оше.");
        assert_eq!(b.title, "Изъятие");
        assert_eq!(b.media_type, "text/html");
        assert_eq!(b.charset, "windows-1251");
    }

    #[test]
    fn html_nested_too_deep_is_refused_unparsed() {
        let deep = format!(
            "<!DOCTYPE html><html><body>{}5 kg of heroin{}</body></html>",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        let err = prep(deep.as_bytes()).unwrap_err();
        assert_eq!(err.code(), "too_deep");
        assert!(err.to_string().contains("deeper than 512"), "{err}");
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b"%PDF-1.4", None, Some("a.txt")), Format::Pdf);
        assert_eq!(sniff(b"<!doctype html>", None, None), Format::Html);
        assert_eq!(sniff(b"# Title", None, Some("a.md")), Format::Markdown);
        assert_eq!(
            sniff(b"x", Some("text/html; charset=utf-8"), None),
            Format::Html
        );
        assert_eq!(sniff(b"x", None, None), Format::Text);
    }
}
