//! Extraction never panics and never loops, whatever the text: arbitrary strings, and strings
//! built from the words the extractor reacts to (numbers, units, drugs, places, dates), under a
//! per-case timeout.

use proptest::prelude::*;

const PIECES: &[&str] = &[
    "1",
    "34",
    "7,000",
    "1,5",
    "9 542",
    "2024",
    "12.08.2025",
    "1-30.09.2025",
    "kg",
    "кг",
    "g",
    "г",
    "т",
    "тонны",
    "tons",
    "tablets",
    "таблеток",
    "ампул",
    "of",
    "heroin",
    "героина",
    "drugs",
    "наркотических средств",
    "seized",
    "изъято",
    "destroyed",
    "уничтожено",
    "including",
    "в том числе",
    "more than",
    "более",
    "около",
    "approximately",
    "in",
    "в",
    "Dushanbe",
    "Таджикистане",
    "from",
    "из",
    "Афганистана",
    "on",
    "12",
    "August",
    "августа",
    "since the beginning of the year",
    ".",
    ",",
    ":",
    "\n",
    "\n\n",
    "<https://x.y/z>",
    "REPUBLIC OF TAJIKISTAN",
    "KYRGYZ PEPUBLIC",
    "\"",
    "«",
    "»",
    "полтонны",
    "two",
    "thousand",
    "тыс.",
    "-",
    "–",
    "(",
    ")",
    "%",
    "\u{a0}",
    "ё",
    "İ",
    "ﬁ",
    "\u{301}",
];

fn text_from_pieces() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), prop::bool::ANY), 0..400).prop_map(|v| {
        let mut s = String::new();
        for (i, space) in v {
            s.push_str(PIECES[i]);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, timeout: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        let _ = seizure_text::extract(&s, &Default::default());
    }

    #[test]
    fn extractor_vocabulary_never_panics_or_loops(s in text_from_pieces()) {
        let x = seizure_text::extract(&s, &Default::default());
        for e in &x.events {
            prop_assert!(e.amount.is_finite() && e.amount > 0.0);
            prop_assert!(e.evidence_span.0 <= e.evidence_span.1 && e.evidence_span.1 <= s.chars().count());
            prop_assert!(e.article < x.articles.len());
        }
    }
}

#[test]
fn huge_and_degenerate_inputs_finish() {
    let long_line = "7,000 ".repeat(200_000);
    let _ = seizure_text::extract(&long_line, &Default::default());
    let dots = ".".repeat(500_000);
    let _ = seizure_text::extract(&dots, &Default::default());
    // Brackets opened and never closed (the comparison-year scan looks a little way on only).
    let brackets = "(".repeat(500_000);
    let _ = seizure_text::extract(&brackets, &Default::default());
    // One line of places and figures with no sentence end (the line-start and widget tests
    // scan on from the last mention).
    let places = "in Kabul police seized 5 kg of heroin, every year ".repeat(20_000);
    let _ = seizure_text::extract(&places, &Default::default());
    // One sentence of thousands of figures and verbs (a table run together with no full
    // stop): each figure's kind looks at the sentence's other verbs and figures.
    let run_together = "Police seized 5 kg of heroin and ".repeat(5_000);
    let x = seizure_text::extract(&run_together, &Default::default());
    assert!(!x.events.is_empty());
    let comma_list = "seized 5 kg heroin, destroyed 2 kg opium, ".repeat(5_000);
    let _ = seizure_text::extract(&comma_list, &Default::default());
    let heroin = "Police seized 5 kg of heroin. ".repeat(20_000);
    let x = seizure_text::extract(&heroin, &Default::default());
    assert!(!x.events.is_empty());
}
