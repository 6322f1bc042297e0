//! Scoring extraction against labelled events (the seeds' gold schema).
//!
//! Predicted and labelled events are aligned per document by their quantity (same unit, amount
//! within 1 %), greedily preferring pairs that agree on more fields. An event is **strictly**
//! right when kind, country, drug and unit are equal and the amount is within 1 %; each field
//! also gets its own precision, recall and F1 over the aligned pairs, so a wrong country shows
//! as a country error rather than as one missed and one spurious event.

use serde::Deserialize;

use crate::Language;
use crate::model::Event;

/// A labelled event, as in `gold/*.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Labelled {
    pub kind: String,
    pub country: Option<String>,
    pub drug: String,
    pub amount: f64,
    pub unit: String,
    pub qualifier: String,
    pub date: Option<String>,
    #[serde(default)]
    pub evidence: String,
}

/// A labelled document.
#[derive(Clone, Debug, Deserialize)]
pub struct LabelledDoc {
    pub doc: String,
    pub events: Vec<Labelled>,
}

/// The fields scored, in report order. "strict" is kind + country + drug + unit + amount.
pub const FIELDS: &[&str] = &[
    "strict",
    "kind",
    "country",
    "drug",
    "unit",
    "amount",
    "qualifier",
    "date",
];

/// Counts for one field.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub true_positives: usize,
    pub predicted: usize,
    pub labelled: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.true_positives as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.labelled == 0 {
            1.0
        } else {
            self.true_positives as f64 / self.labelled as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Per-field counts, overall and per language, plus the mismatches for a report.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    /// (language, field) → counts; language "all", "en" or "ru".
    counts: Vec<((&'static str, &'static str), Counts)>,
    pub documents: usize,
    /// Human-readable lines for every missed, spurious or partly wrong event.
    pub errors: Vec<String>,
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01 * a.abs().max(b.abs())
}

fn fields(p: &Event, g: &Labelled) -> [bool; 8] {
    let kind = p.kind.as_str() == g.kind;
    let country = p.country == g.country.as_deref();
    let drug = p.drug == g.drug;
    let unit = p.unit.as_str() == g.unit;
    let amount = near(p.amount, g.amount);
    let qualifier = p.qualifier.as_str() == g.qualifier;
    let date = p.date.map(|d| d.to_string()) == g.date;
    [
        kind && country && drug && unit && amount,
        kind,
        country,
        drug,
        unit,
        amount,
        qualifier,
        date,
    ]
}

fn describe_event(e: &Event) -> String {
    format!(
        "{} {} {} {} {} {} {}",
        e.kind.as_str(),
        e.country.unwrap_or("-"),
        e.drug,
        e.amount,
        e.unit.as_str(),
        e.qualifier.as_str(),
        e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
    )
}

fn describe_label(g: &Labelled) -> String {
    format!(
        "{} {} {} {} {} {} {}",
        g.kind,
        g.country.as_deref().unwrap_or("-"),
        g.drug,
        g.amount,
        g.unit,
        g.qualifier,
        g.date.as_deref().unwrap_or("-")
    )
}

impl Tally {
    fn add(
        &mut self,
        lang: &'static str,
        field: &'static str,
        tp: usize,
        predicted: usize,
        labelled: usize,
    ) {
        let key = (lang, field);
        let c = match self.counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, c)) => c,
            None => {
                self.counts.push((key, Counts::default()));
                &mut self.counts.last_mut().expect("just pushed").1
            }
        };
        c.true_positives += tp;
        c.predicted += predicted;
        c.labelled += labelled;
    }

    /// Scores one document.
    pub fn score(
        &mut self,
        doc: &str,
        language: Language,
        predicted: &[Event],
        labelled: &[Labelled],
    ) {
        self.documents += 1;
        // Greedy alignment on quantity, best agreement first.
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for (pi, p) in predicted.iter().enumerate() {
            for (gi, g) in labelled.iter().enumerate() {
                if p.unit.as_str() == g.unit && near(p.amount, g.amount) {
                    let agree = fields(p, g).iter().filter(|x| **x).count();
                    candidates.push((agree, pi, gi));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let (mut p_used, mut g_used) = (vec![false; predicted.len()], vec![false; labelled.len()]);
        let mut tp = [0usize; 8];
        for (_, pi, gi) in candidates {
            if p_used[pi] || g_used[gi] {
                continue;
            }
            p_used[pi] = true;
            g_used[gi] = true;
            let f = fields(&predicted[pi], &labelled[gi]);
            for (k, ok) in f.iter().enumerate() {
                tp[k] += usize::from(*ok);
            }
            if !f.iter().all(|x| *x) {
                self.errors.push(format!(
                    "{doc}: wrong   {}  (labelled {})",
                    describe_event(&predicted[pi]),
                    describe_label(&labelled[gi])
                ));
            }
        }
        for (pi, p) in predicted.iter().enumerate().filter(|(i, _)| !p_used[*i]) {
            let _ = pi;
            self.errors.push(format!(
                "{doc}: spurious {}  <- {}",
                describe_event(p),
                p.evidence
            ));
        }
        for g in labelled
            .iter()
            .zip(&g_used)
            .filter(|(_, u)| !**u)
            .map(|(g, _)| g)
        {
            self.errors.push(format!(
                "{doc}: missed  {}  <- {}",
                describe_label(g),
                g.evidence
            ));
        }
        for lang in ["all", language.as_str()] {
            for (k, field) in FIELDS.iter().enumerate() {
                self.add(lang, field, tp[k], predicted.len(), labelled.len());
            }
        }
    }

    /// Counts for a language ("all", "en", "ru") and field.
    pub fn counts(&self, lang: &str, field: &str) -> Counts {
        self.counts
            .iter()
            .find(|((l, f), _)| *l == lang && *f == field)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }

    /// The report: precision, recall and F1 per field, overall and per language.
    pub fn report(&self) -> String {
        let mut out = format!("{} documents\n{:<10}", self.documents, "field");
        let langs = ["all", "en", "ru"];
        for l in langs {
            out.push_str(&format!(
                "  {:>6} {:>6} {:>6}",
                format!("P.{l}"),
                format!("R.{l}"),
                format!("F1.{l}")
            ));
        }
        out.push('\n');
        for f in FIELDS {
            out.push_str(&format!("{f:<10}"));
            for l in langs {
                let c = self.counts(l, f);
                out.push_str(&format!(
                    "  {:>6.3} {:>6.3} {:>6.3}",
                    c.precision(),
                    c.recall(),
                    c.f1()
                ));
            }
            out.push('\n');
        }
        for l in langs {
            let c = self.counts(l, "strict");
            out.push_str(&format!(
                "{l}: {} labelled, {} predicted, {} strictly right\n",
                c.labelled, c.predicted, c.true_positives
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Context, extract};

    #[test]
    fn perfect_and_imperfect_scores() {
        let text = "Police seized 5 kg of heroin in Dushanbe on 3 March 2025.";
        let got = extract(text, &Context::default()).events;
        let right = Labelled {
            kind: "seizure".into(),
            country: Some("TJ".into()),
            drug: "heroin".into(),
            amount: 5.0,
            unit: "kg".into(),
            qualifier: "exact".into(),
            date: Some("2025-03-03".into()),
            evidence: String::new(),
        };
        let mut t = Tally::default();
        t.score("a", Language::En, &got, std::slice::from_ref(&right));
        assert_eq!(t.counts("all", "strict").f1(), 1.0);
        let wrong_country = Labelled {
            country: Some("KZ".into()),
            ..right.clone()
        };
        let mut t = Tally::default();
        t.score("b", Language::En, &got, &[wrong_country]);
        assert_eq!(t.counts("en", "strict").f1(), 0.0);
        assert_eq!(t.counts("en", "drug").f1(), 1.0);
        assert_eq!(t.counts("en", "country").f1(), 0.0);
        assert_eq!(t.errors.len(), 1);
    }
}
