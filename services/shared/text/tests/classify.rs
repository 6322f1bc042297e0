//! Article categories and countries: the seeds' CARICC release, whose own summary paragraph says
//! what its sections are about, and hand-labelled articles in both languages
//! (`tests/fixtures/article_categories.jsonl`, four per category and language). Those were written
//! after the classifier, so they guard against regressions; they do not measure accuracy on
//! unseen text.

use std::collections::BTreeMap;
use std::path::PathBuf;

use seizure_text::{Category, Context, classify::classify, extract};

fn seed(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/fixtures/seeds")
        .join(name);
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn the_caricc_release_sections_get_their_country_and_category() {
    let text = seed("002_47f95a5e802b696b.txt");
    let x = extract(&text, &Context::default());
    let got: Vec<(Option<&str>, Category)> = x
        .article_summaries(&text)
        .iter()
        .map(|a| (a.country, a.category))
        .collect();
    let count = |cc: &str, cat: Category| {
        got.iter()
            .filter(|(c, k)| *c == Some(cc) && *k == cat)
            .count()
    };
    // "...discussions between representatives of MVD and legislators on improving laws
    // (Kazakhstan), on holding a regular meeting of the GKKN (Kyrgyzstan), on implementation of
    // preventive measures by police officers in the regions (Russia), on eradication of seized
    // drugs, on discussion of cooperation in border issues (Tajikistan), ... on holding a
    // subregional seminar (Uzbekistan)."
    assert_eq!(count("KZ", Category::Legislation), 1);
    assert_eq!(count("KG", Category::Cooperation), 1);
    assert_eq!(count("RU", Category::Prevention), 8);
    assert_eq!(count("TJ", Category::Destruction), 1);
    assert_eq!(count("TJ", Category::Cooperation), 1);
    assert_eq!(count("UZ", Category::Training), 1);
    assert!(got.iter().all(|(c, _)| c.is_some()));
}

#[test]
fn single_news_items_are_classified_too() {
    let text = seed("000_6dafeabee5123793.txt");
    let x = extract(&text, &Context::default());
    let a = x.article_summaries(&text);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].category, Category::Cooperation);
}

#[derive(serde::Deserialize)]
struct Labelled {
    id: String,
    lang: String,
    category: String,
    title: String,
    text: String,
}

/// Accuracy on the hand-labelled articles, overall and per language, must stay above the floor.
#[test]
fn labelled_articles_are_mostly_classified_right() {
    let p =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/article_categories.jsonl");
    let all: Vec<Labelled> = std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(all.len() >= 30);
    let mut per_lang: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut wrong = Vec::new();
    for a in &all {
        let x = extract(&format!("{}\n\n{}", a.title, a.text), &Context::default());
        let events: Vec<&seizure_text::Event> = x.events.iter().collect();
        let got = classify(&a.title, &a.text, &events);
        let e = per_lang.entry(a.lang.as_str()).or_default();
        e.1 += 1;
        if got.as_str() == a.category {
            e.0 += 1;
        } else {
            wrong.push(format!(
                "{} want {} got {}: {}",
                a.id,
                a.category,
                got.as_str(),
                a.title
            ));
        }
    }
    println!("{per_lang:?}\n{}", wrong.join("\n"));
    for (lang, (right, n)) in &per_lang {
        let accuracy = *right as f64 / *n as f64;
        assert!(
            accuracy >= 0.8,
            "{lang}: accuracy {accuracy:.2}\n{}",
            wrong.join("\n")
        );
    }
}
