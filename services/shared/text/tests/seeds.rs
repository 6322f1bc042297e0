//! The seed bulletins against their labelled events: every labelled event found, nothing else.

use std::path::PathBuf;

use serde_json::Value;

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/seeds")
}

fn key(
    kind: &str,
    country: Option<&str>,
    drug: &str,
    unit: &str,
    qualifier: &str,
    date: Option<&str>,
) -> String {
    format!(
        "{kind}|{}|{drug}|{unit}|{qualifier}|{}",
        country.unwrap_or("-"),
        date.unwrap_or("-")
    )
}

fn check(doc: &str) {
    let dir = seeds_dir();
    let text = std::fs::read_to_string(dir.join(format!("{doc}.txt"))).unwrap();
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("gold/{doc}.json"))).unwrap(),
    )
    .unwrap();
    let got = seizure_text::extract(&text, &Default::default());
    let mut expected: Vec<(String, f64)> = gold["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                key(
                    e["kind"].as_str().unwrap(),
                    e["country"].as_str(),
                    e["drug"].as_str().unwrap(),
                    e["unit"].as_str().unwrap(),
                    e["qualifier"].as_str().unwrap(),
                    e["date"].as_str(),
                ),
                e["amount"].as_f64().unwrap(),
            )
        })
        .collect();
    let mut unexpected = Vec::new();
    for e in &got.events {
        let date = e.date.map(|d| d.to_string());
        let k = key(
            e.kind.as_str(),
            e.country,
            &e.drug,
            e.unit.as_str(),
            e.qualifier.as_str(),
            date.as_deref(),
        );
        match expected
            .iter()
            .position(|(ek, ea)| *ek == k && (ea - e.amount).abs() <= 0.01 * ea.abs())
        {
            Some(p) => {
                expected.remove(p);
            }
            None => unexpected.push(format!("{k}|{} <- {}", e.amount, e.evidence)),
        }
    }
    assert!(
        expected.is_empty() && unexpected.is_empty(),
        "{doc}\nmissing: {expected:#?}\nunexpected: {unexpected:#?}"
    );
    if let Some(counts) = gold["article_counts"].as_object() {
        let mut want: Vec<(String, usize)> = counts
            .iter()
            .map(|(k, v)| (k.clone(), v.as_u64().unwrap() as usize))
            .collect();
        want.sort();
        let have: Vec<(String, usize)> = got
            .article_counts()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        assert_eq!(have, want, "{doc}: article counts");
    }
}

#[test]
fn seed_000_news_item_with_a_period_total_and_a_joint_seizure() {
    check("000_6dafeabee5123793");
}

#[test]
fn seed_001_is_a_negative() {
    check("001_8f96f0c42b4d8625");
}

#[test]
fn seed_002_caricc_release() {
    check("002_47f95a5e802b696b");
}

#[test]
fn seed_003_is_a_negative() {
    check("003_03a438e96c9986e7");
}

#[test]
fn seed_004_is_a_negative() {
    check("004_805b2a3c5ffcaa04");
}
