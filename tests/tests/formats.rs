//! One bulletin in every format gives the same events: seed 002 as text, as a web page (with
//! menus, sidebar and footer carrying figures of their own) and as a PDF (a committed fixture
//! rendered from the text by `scripts/make-pdf-fixtures.py`), through the ingester's
//! preparation and the normalizer's extraction. Also: Russian text in windows-1251 and KOI8-R,
//! a Cyrillic PDF, and PDFs that are truncated, encrypted, or hang or crash the reader.
//! No NATS: these are the pure stages the services wire to the bus.

mod common;

use std::time::Duration;

use chrono::Utc;
use ingester::{IngestError, PdfReader, Submission, document::prepare};
use seizure_proto::Message;

const SEED_002: &str = "002_47f95a5e802b696b";

fn submission(bytes: Vec<u8>, file_name: &str) -> Submission {
    Submission {
        bytes,
        source: "test".into(),
        source_url: format!("file:{file_name}"),
        file_name: Some(file_name.into()),
        received: Utc::now(),
        ..Default::default()
    }
}

async fn prepared(
    bytes: Vec<u8>,
    file_name: &str,
) -> Result<seizure_proto::v1::Bulletin, IngestError> {
    prepare(&submission(bytes, file_name), &common::pdf_reader()).await
}

/// The events of a bulletin as the normalizer publishes them, reduced to what statistics use
/// plus the evidence with its spacing normalised.
fn events(b: &seizure_proto::v1::Bulletin) -> Vec<String> {
    let n = normalizer::normalize(&b.encode_to_vec()).expect("normalizes");
    let mut out: Vec<String> = n.events.iter().map(common::event_key).collect();
    out.sort();
    out
}

fn seed_text() -> Vec<u8> {
    common::read(&common::fixtures().join(format!("seeds/{SEED_002}.txt")))
}

#[tokio::test]
async fn seed_002_as_text_html_and_pdf_gives_the_same_events() {
    let text = prepared(seed_text(), &format!("{SEED_002}.txt"))
        .await
        .unwrap();
    let page = common::as_web_page(
        &String::from_utf8(seed_text()).unwrap(),
        "CARICC release #17",
    );
    let html = prepared(page.into_bytes(), &format!("{SEED_002}.html"))
        .await
        .unwrap();
    let pdf_bytes = common::read(&common::fixtures().join(format!("formats/{SEED_002}.pdf")));
    let pdf = prepared(pdf_bytes, &format!("{SEED_002}.pdf"))
        .await
        .unwrap();
    assert_eq!(
        (
            text.media_type.as_str(),
            html.media_type.as_str(),
            pdf.media_type.as_str()
        ),
        ("text/plain", "text/html", "application/pdf")
    );
    assert_eq!(html.title, "CARICC release #17");
    for b in [&text, &html, &pdf] {
        assert_eq!(b.language, "en");
    }
    let from_text = events(&text);
    assert!(from_text.len() >= 10, "{from_text:#?}");
    assert_eq!(events(&html), from_text, "HTML");
    assert_eq!(events(&pdf), from_text, "PDF");
    assert!(!html.text.contains("750 kg") && !html.text.contains("Most read"));
}

#[tokio::test]
async fn russian_in_legacy_encodings_reads_like_utf8() {
    let ru = "МВД Кыргызской Республики\n\n12 сентября 2025 года\n\nВ Оше сотрудники милиции \
              изъяли 5 кг 300 г героина и 12 кг гашиша. Возбуждено уголовное дело.\n";
    let utf8 = prepared(ru.as_bytes().to_vec(), "ru.txt").await.unwrap();
    let want = events(&utf8);
    assert!(want.len() >= 2, "{want:#?}");
    for (enc, name) in [
        (encoding_rs::WINDOWS_1251, "windows-1251"),
        (encoding_rs::KOI8_R, "koi8-r"),
    ] {
        let (bytes, _, lossy) = enc.encode(ru);
        assert!(!lossy);
        let b = prepared(bytes.into_owned(), "ru.txt").await.unwrap();
        assert_eq!(b.charset, name);
        assert_eq!(b.id, utf8.id, "same text, same bulletin");
        assert_eq!(events(&b), want, "{name}");
    }
}

#[tokio::test]
async fn cyrillic_pdf_is_read_in_order() {
    let pdf = common::read(&common::fixtures().join("formats/cyrillic.pdf"));
    let b = prepared(pdf, "cyrillic.pdf").await.unwrap();
    assert_eq!(b.language, "ru");
    assert!(
        b.text.starts_with("МВД Кыргызской Республики"),
        "{}",
        b.text
    );
    assert!(
        b.text.contains("изъяли 5 кг 300 г героина и 12 кг гашиша"),
        "{}",
        b.text
    );
    let ev = events(&b);
    assert!(ev.iter().any(|e| e.contains(" heroin 5.3 kg ")), "{ev:#?}");
    assert!(ev.iter().any(|e| e.contains(" hashish 12 kg ")), "{ev:#?}");
}

#[tokio::test]
async fn broken_pdfs_are_clear_errors() {
    let good = common::read(&common::fixtures().join("formats/cyrillic.pdf"));
    let truncated = good[..good.len() / 2].to_vec();
    let err = prepared(truncated, "truncated.pdf").await.unwrap_err();
    assert!(matches!(err, IngestError::Pdf { .. }), "{err}");
    let encrypted = common::read(&common::fixtures().join("formats/encrypted.pdf"));
    let err = prepared(encrypted, "encrypted.pdf").await.unwrap_err();
    assert!(err.to_string().contains("encrypted"), "{err}");
    let garbage = [b"%PDF-1.7\n".as_slice(), &[0x9c; 5000]].concat();
    assert!(matches!(
        prepared(garbage, "garbage.pdf").await.unwrap_err(),
        IngestError::Pdf { .. }
    ));
}

#[tokio::test]
async fn a_reader_that_hangs_is_killed_and_one_that_crashes_is_reported() {
    let pdf = common::read(&common::fixtures().join("formats/cyrillic.pdf"));
    let sub = submission(pdf, "x.pdf");
    let hangs = PdfReader {
        program: "/bin/sh".into(),
        args: vec!["-c".into(), "sleep 30".into()],
        timeout: Duration::from_millis(300),
        memory_limit_mb: 0,
    };
    let started = std::time::Instant::now();
    let err = prepare(&sub, &hangs).await.unwrap_err();
    assert!(matches!(err, IngestError::PdfTimeout { .. }), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
    let crashes = PdfReader {
        program: "/bin/sh".into(),
        args: vec![
            "-c".into(),
            "echo 'thread panicked at lopdf' >&2; kill -ABRT $$".into(),
        ],
        timeout: Duration::from_secs(5),
        memory_limit_mb: 0,
    };
    let err = prepare(&sub, &crashes).await.unwrap_err();
    assert!(err.to_string().contains("crashed"), "{err}");
}
