//! Flattened statistics tables: a parliamentary answer's or a customs yearbook's table, stored
//! as text, gives a header that names the drugs and each column's unit ("Financial Year Heroin
//! (Kgs) Cocaine (Kgs) ...", "Heroin Kilograms £", or the drugs on one line and "Total seized kg
//! Street value £m" under each), then one line per year with a figure in every column ("2001–02
//! 1,489 6,075 113 ..."). The lines have no verbs, so the sentence rules find nothing in them;
//! each drug column's figure on a year's line is that year's total (rule 10), read here line
//! by line. English tables only (their separators are settled: "1,489" and "40.338").

use super::DocContext;
use crate::fold::Tokens;
use crate::model::{Article, Cue, Event, EventDate, Kind, Qualifier, Unit};

/// What a column holds: a drug's weight (kilograms per unit written), or anything else (money,
/// counts of seizures or weapons, a drug column whose drug the header does not name).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Column {
    Weight { drug: &'static str, kg: f64 },
    Other,
}

/// A unit word of a header, and the kilograms it stands for (`None`: a column that is no
/// weight).
fn header_unit(toks: &Tokens, k: usize) -> Option<Option<f64>> {
    const KG: &[&str] = &["kg", "kgs", "kilograms", "kilogrammes", "kilos"];
    const TONNES: &[&str] = &["tonnes", "tons"];
    const GRAMS: &[&str] = &["grams", "grammes"];
    // (Money and counts: "£", "£m", "Street value", "(Number)".)
    const OTHER: &[&str] = &["£", "$", "€", "number", "numbers"];
    if toks.is(k, KG) {
        Some(Some(1.0))
    } else if toks.is(k, TONNES) {
        Some(Some(1000.0))
    } else if toks.is(k, GRAMS) {
        Some(Some(0.001))
    } else if toks.is(k, OTHER) {
        Some(None)
    } else {
        None
    }
}

/// The columns a header's lines give, or none. Each unit word ends a column, of the last drug
/// named since the column before ("Heroin (Kgs) Cocaine (Kgs) ... Firearms seized (Number)");
/// where the units' line names no drug, the line before it does, each drug over as many
/// columns as the units divide evenly ("Heroin Cocaine" over "Total seized kg Street value £m
/// Total seized kg Street value £m").
fn header_columns(text: &str, lines: &[(usize, usize)], toks: &mut Tokens) -> Option<Vec<Column>> {
    // The header may run over lines ("... Firearms seized1", "(Number)", "Other offensive
    // weapons seized2 (Number)"): from the last line with a unit back over the short lines
    // with no full stop before it.
    let last_with_unit = lines.iter().rposition(|&(s, e)| {
        toks.read(text, s, e);
        (0..toks.len()).any(|k| header_unit(toks, k).is_some())
    })?;
    let mut first = last_with_unit;
    while first > 0 {
        let (s, e) = lines[first - 1];
        toks.read(text, s, e);
        if e - s > 160 || (0..toks.len()).any(|k| toks.is(k, &[".", "?", ";"])) {
            break;
        }
        first -= 1;
    }
    let mut units: Vec<(Option<f64>, Option<&'static str>)> = Vec::new();
    // The drugs of the last line that names drugs and no unit.
    let mut drugs_before_units: Vec<&'static str> = Vec::new();
    for &(s, e) in &lines[first..=last_with_unit] {
        toks.read(text, s, e);
        let mut pending: Option<&'static str> = None;
        let mut named: Vec<&'static str> = Vec::new();
        let mut with_units = false;
        let mut k = 0;
        while k < toks.len() {
            if let Some(d) = crate::lexicon::drug_at(toks, k) {
                pending = Some(d.canonical);
                named.push(d.canonical);
                k = d.end.max(k + 1);
                continue;
            }
            if let Some(unit) = header_unit(toks, k) {
                units.push((unit, pending.take()));
                with_units = true;
            }
            k += 1;
        }
        if !with_units && !named.is_empty() {
            drugs_before_units = named;
        }
    }
    if units.is_empty() {
        return None;
    }
    let named = units.iter().filter(|(_, d)| d.is_some()).count();
    let columns: Vec<Column> = if named > 0 {
        units
            .iter()
            .map(|&(kg, drug)| match (kg, drug) {
                (Some(kg), Some(drug)) => Column::Weight { drug, kg },
                _ => Column::Other,
            })
            .collect()
    } else {
        // The drugs on the line before, each over an equal share of the units.
        let d = drugs_before_units.len();
        if d == 0 || !units.len().is_multiple_of(d) {
            return None;
        }
        let share = units.len() / d;
        units
            .iter()
            .enumerate()
            .map(|(i, &(kg, _))| match kg {
                Some(kg) => Column::Weight {
                    drug: drugs_before_units[i / share],
                    kg,
                },
                None => Column::Other,
            })
            .collect()
    };
    columns
        .iter()
        .any(|c| matches!(c, Column::Weight { .. }))
        .then_some(columns)
}

/// A year's line: its year label ("1979", "2001–02", "1999–2000", "1989*", "1983 (1st January
/// to 28th October)") and the cells after it: each figure one cell, each run of words one
/// ("Not separately recorded"). The year is `None` for a financial year, which spans two.
fn year_row(line: &str) -> Option<(Option<i32>, Vec<Option<f64>>)> {
    let mut words = line.split_whitespace().peekable();
    let label = words.next()?;
    let label = label.trim_end_matches('*');
    let (year, rest) = (label.get(..4)?, label.get(4..)?);
    if !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = year.parse().ok()?;
    if !(1900..=2099).contains(&y) {
        return None;
    }
    let financial = match rest {
        "" => false,
        r if r.starts_with(['–', '-', '/'])
            && r[r.char_indices().nth(1)?.0..]
                .bytes()
                .all(|b| b.is_ascii_digit()) =>
        {
            true
        }
        _ => return None,
    };
    // ("1983 (1st January to 28th October)": the part of the year told, in brackets.)
    if words.peek().is_some_and(|w| w.starts_with('(')) {
        for w in words.by_ref() {
            if w.ends_with(')') {
                break;
            }
        }
    }
    let mut cells: Vec<Option<f64>> = Vec::new();
    let mut in_words = false;
    for w in words {
        let figure = w.trim_end_matches(['-', '*']);
        let numeric = !figure.is_empty()
            && figure.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && figure
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
        if numeric {
            cells.push(figure.replace(',', "").parse().ok());
            in_words = false;
        } else if !in_words {
            cells.push(None);
            in_words = true;
        }
    }
    (!cells.is_empty()).then_some(((!financial).then_some(y), cells))
}

/// Appends the yearly totals of the article's flattened tables to `out`: for each year's line
/// with a figure in every column of the header above it, one period total per drug column. A
/// line the sentence rules already read (an event of `out[first..]`, this article's) is left
/// to them. The totals are of the country the bulletin is about.
pub(super) fn table_events(
    text: &str,
    article: &Article,
    doc: &DocContext,
    toks: &mut Tokens,
    first: usize,
    out: &mut Vec<Event>,
) {
    // (Most articles have no line that opens with a year and goes on with figures: a cheap
    // look at the lines first, before any is read as tokens.)
    let body = &text[article.span.0..article.span.1];
    if doc.comma_is_decimal || !body.lines().any(|l| year_row(l.trim_start()).is_some()) {
        return;
    }
    let country = doc.dominant_country().or_else(|| doc.leading_country());
    let mut header: Vec<(usize, usize)> = Vec::new();
    let mut columns: Option<Vec<Column>> = None;
    let mut header_read = true;
    let read_before = out.len();
    let mut start = article.span.0;
    for raw in body.split_inclusive('\n') {
        let (s, e) = (start, start + raw.trim_end().len());
        start += raw.len();
        let line = text[s..e].trim_start();
        let s = e - line.len();
        if line.is_empty() {
            continue;
        }
        let Some((year, cells)) = year_row(line) else {
            // (A line naming one drug alone after a table's rows: the next section, of that
            // drug, in the same columns: "Heroin Kilograms £ ... Cocaine".)
            toks.read(text, s, e);
            let alone = crate::lexicon::drug_at(toks, 0).filter(|d| d.end == toks.len());
            if header_read
                && let (Some(d), Some(cols)) = (alone, columns.as_mut())
                && cols
                    .iter()
                    .filter(|c| matches!(c, Column::Weight { .. }))
                    .count()
                    == 1
            {
                for c in cols.iter_mut() {
                    if let Column::Weight { drug, .. } = c {
                        *drug = d.canonical;
                    }
                }
                continue;
            }
            if header_read {
                header.clear();
                header_read = false;
            }
            header.push((s, e));
            if header.len() > 4 {
                header.remove(0);
            }
            continue;
        };
        if !header_read {
            columns = header_columns(text, &header, toks).or(columns);
            header_read = true;
        }
        let Some(cols) = &columns else {
            continue;
        };
        if cells.len() != cols.len()
            || out[first..read_before]
                .iter()
                .any(|ev| ev.evidence_span.0 < e && s < ev.evidence_span.1)
        {
            continue;
        }
        for (cell, col) in cells.iter().zip(cols) {
            let (Some(amount), Column::Weight { drug, kg }) = (cell, col) else {
                continue;
            };
            out.push(Event {
                kind: Kind::PeriodTotal,
                country,
                region: None,
                drug: drug.to_string(),
                amount: super::significant(amount * kg),
                unit: Unit::Kg,
                qualifier: Qualifier::Exact,
                date: year.map(EventDate::year),
                date_resolved: None,
                evidence: line.split_whitespace().collect::<Vec<_>>().join(" "),
                evidence_span: (s, e),
                article: article.index,
                parent: None,
                why: vec![Cue {
                    field: "kind",
                    rule: "a year's line of a table of drugs",
                    words: String::new(),
                }],
            });
        }
    }
}
