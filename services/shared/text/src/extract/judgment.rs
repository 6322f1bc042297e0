//! Whether an article is a court's judgment or sentence: its facts are one accused's offence,
//! so no year or month it names is a reporting period. A judgment cites laws and cases by
//! year ("Illicit Drugs Control Act 2004", "[2025] VUSC 149") and tells when the offence was
//! found ("In March 2025, police received information ... and uprooted 3 plants"); of sixty
//! judgments labelled, only one gave a period's total. Split from `article_scope.rs`: one
//! question about the article's genre, read from its opening.

use crate::fold::Tokens;

/// How far into the article its court's heading and the case's words are looked for.
const OPENING: usize = 6_000;

/// Whether the article `text` opens as a court's judgment: a court's name ("IN THE SUPREME
/// COURT OF VANUATU", "High Court of Kenya"), the words of a criminal case (the accused, the
/// prosecutor, a plea) and a judgment's heading or the case's citation. (English only: the
/// Russian corpus holds court news, not judgments.)
pub(super) fn is_court_judgment(text: &str) -> bool {
    let mut end = text.len().min(OPENING);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let opening = text[..end].to_lowercase();
    const COURTS: &[&str] = &[
        "supreme court",
        "high court",
        "magistrate court",
        "magistrates court",
        "magistrate's court",
        "magistrates' court",
        "district court",
        "national court",
        "circuit court",
        "court of appeal",
        "subordinate court",
        "intermediate court",
        "crown court",
        "court of first instance",
    ];
    const CASE_WORDS: &[&str] = &[
        "accused",
        "prosecutor",
        "prosecution",
        "appellant",
        "defendant",
        "pleaded guilty",
        "convicted",
    ];
    const HEADINGS: &[&str] = &["sentence", "judgment", "judgement", "ruling"];
    let court = COURTS.iter().any(|c| opening.contains(c));
    let case = CASE_WORDS.iter().any(|w| opening.contains(w));
    // The heading a judgment opens with, or the citation of the case ("Public Prosecutor v
    // Nalau [2025] VUSC 149", "R v Smith").
    let heading = HEADINGS.iter().any(|h| {
        opening
            .lines()
            .any(|l| l.trim().trim_matches(|c: char| !c.is_alphanumeric()) == *h)
    }) || opening.contains(" v ")
        || opening.contains(" vs ")
        || opening.contains(" v. ");
    court && case && heading
}

/// Whether a judgment's sentence tells a step of the court's own process (a trial, a jury's
/// verdict, a sentencing, a hearing): its day is the court's, not the offence's.
pub(super) fn tells_the_courts_process(toks: &Tokens) -> bool {
    (0..toks.len()).any(|k| {
        toks.is(
            k,
            &[
                "jury",
                "verdict",
                "sentenced",
                "sentencing",
                "convicted",
                "trial",
                "hearing",
                "adjourned",
                "arraigned",
                "remanded",
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::is_court_judgment;

    #[test]
    fn a_courts_sentence_is_a_judgment() {
        assert!(is_court_judgment(
            "Public Prosecutor v Tabi [2024] VUSC 12\nIN THE SUPREME COURT OF\nTHE REPUBLIC \
             OF VANUATU\nSENTENCE\nMr Tabi, you pleaded guilty to one charge of cultivation."
        ));
    }

    #[test]
    fn news_of_a_court_is_not_a_judgment() {
        assert!(!is_court_judgment(
            "Police seized 12 kg of cannabis in 2024. The accused will appear before the \
             High Court next week."
        ));
    }
}
