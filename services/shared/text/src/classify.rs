//! What an article is mainly about: the categories analysts count articles by (seizure,
//! destruction, statistics, prevention, cooperation, legislation, training, other).
//!
//! A transparent score, not a model: cue words in the headline weigh three times as much as in
//! the body, and the events extracted from the article are strong evidence of their own kind.
//! The highest score wins; ties go to the earlier category; no cue at all is "other".

use crate::fold::Tokens;
use crate::model::{Article, Event, Kind};
use crate::{Extraction, dominant_country};

/// An article category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Seizure,
    Destruction,
    Statistics,
    Prevention,
    Cooperation,
    Legislation,
    Training,
    Other,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Seizure,
        Category::Destruction,
        Category::Statistics,
        Category::Prevention,
        Category::Cooperation,
        Category::Legislation,
        Category::Training,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Seizure => "seizure",
            Category::Destruction => "destruction",
            Category::Statistics => "statistics",
            Category::Prevention => "prevention",
            Category::Cooperation => "cooperation",
            Category::Legislation => "legislation",
            Category::Training => "training",
            Category::Other => "other",
        }
    }
}

/// Word stems (folded: lower case, ё as е) that point to a category, English and Russian.
/// "=word" matches that word only; "a b" matches the phrase.
const STEMS: &[(Category, &[&str])] = &[
    (
        Category::Seizure,
        &[
            "seiz",
            "confiscat",
            "detain",
            "arrest",
            "smuggl",
            "intercept",
            "изъят",
            "изъял",
            "задерж",
            "контрабанд",
            "пресеч",
            "обнаружен",
        ],
    ),
    (
        Category::Destruction,
        &[
            "destroy",
            "destruct",
            "incinerat",
            "burn",
            "уничтож",
            "сожж",
            "сожг",
            "сжиг",
            "утилиз",
        ],
    ),
    (
        Category::Statistics,
        &[
            "statistic",
            "annual",
            "=total",
            "=totals",
            "figures",
            "compared",
            "increase",
            "decrease",
            "статистик",
            "итог",
            "=всего",
            "ежегодн",
            "годов",
            "сравнени",
            "снизил",
            "увеличил",
            "показател",
        ],
    ),
    (
        Category::Prevention,
        &[
            "prevent",
            "awareness",
            "campaign",
            "lecture",
            "school",
            "pupil",
            "student",
            "youth",
            "propaganda",
            "healthy",
            "sport",
            "rehabilit",
            "volunteer",
            "профилакт",
            "акци",
            "лекци",
            "школ",
            "учащ",
            "студент",
            "молодеж",
            "пропаганд",
            "здоров",
            "спорт",
            "реабилит",
            "волонтер",
            "разъяснит",
        ],
    ),
    (
        Category::Cooperation,
        &[
            "cooperat",
            "meeting",
            "memorand",
            "agreement",
            "delegation",
            "talks",
            "conference",
            "bilateral",
            "partner",
            "donat",
            "ambassador",
            "=visit",
            "=visits",
            "=visited",
            "сотрудничеств",
            "встреч",
            "меморандум",
            "соглашени",
            "визит",
            "делегаци",
            "переговор",
            "конференц",
            "двусторон",
            "партнер",
            "безвозмезд",
            "посол",
            "взаимодейств",
        ],
    ),
    (
        Category::Legislation,
        &[
            "=law",
            "=laws",
            "=bill",
            "=bills",
            "decree",
            "amendment",
            "parliament",
            "legislat",
            "penalt",
            "criminal code",
            "закон",
            "=указ",
            "=указа",
            "=указом",
            "=указе",
            "поправк",
            "кодекс",
            "парламент",
            "мажилис",
            "постановлени",
            "депутат",
            "сенат",
            "нормативн",
            "ужесточ",
            "наказани",
        ],
    ),
    (
        Category::Training,
        &[
            "training",
            "trained",
            "seminar",
            "workshop",
            "course",
            "exercise",
            "instructor",
            "семинар",
            "тренинг",
            "обучени",
            "=курс",
            "=курса",
            "=курсы",
            "=курсов",
            "=курсах",
            "учени",
            "квалификац",
            "мастер",
            "инструктор",
        ],
    ),
];

fn cue_scores(toks: &Tokens, weight: u32, scores: &mut [u32; 8]) {
    for i in 0..toks.len() {
        if !toks.is_word(i) {
            continue;
        }
        let t = toks.text(i);
        // "law enforcement" is about police, not legislation.
        if (t == "law" || t == "laws") && toks.starts(i + 1, &["enforc"]) {
            continue;
        }
        for (cat, stems) in STEMS {
            let hit = stems.iter().any(|s| match s.strip_prefix('=') {
                Some(word) => t == word,
                None if s.contains(' ') => toks.phrase_at(i, s),
                None => t.starts_with(s),
            });
            if hit {
                scores[*cat as usize] += weight;
            }
        }
    }
}

/// The category of an article, from its headline, its body and the events found in it.
pub fn classify(title: &str, body: &str, events: &[&Event]) -> Category {
    let mut scores = [0u32; 8];
    let mut toks = Tokens::default();
    toks.read(title, 0, title.len());
    cue_scores(&toks, 3, &mut scores);
    toks.read(body, 0, body.len());
    cue_scores(&toks, 1, &mut scores);
    for (kind, cat) in [
        (Kind::Seizure, Category::Seizure),
        (Kind::Destruction, Category::Destruction),
        (Kind::PeriodTotal, Category::Statistics),
    ] {
        if events.iter().any(|e| e.kind == kind) {
            scores[cat as usize] += 6;
        }
    }
    let best = (0..7)
        .max_by_key(|&i| (scores[i], std::cmp::Reverse(i)))
        .unwrap_or(7);
    if scores[best] == 0 {
        Category::Other
    } else {
        Category::ALL[best]
    }
}

/// One counted article, as the statistics count it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ArticleSummary {
    pub index: usize,
    /// The section's country, else the one most of its events name, else the one its text
    /// names clearly most; `None` when no single country applies.
    pub country: Option<&'static str>,
    pub category: Category,
    pub title: String,
}

impl Extraction {
    /// The counted articles of `text` (from which this extraction was made), classified.
    pub fn article_summaries(&self, text: &str) -> Vec<ArticleSummary> {
        self.articles
            .iter()
            .filter(|a| a.counted)
            .map(|a| summary(text, a, &self.events))
            .collect()
    }
}

fn summary(text: &str, a: &Article, events: &[Event]) -> ArticleSummary {
    let mine: Vec<&Event> = events.iter().filter(|e| e.article == a.index).collect();
    let body = text.get(a.span.0..a.span.1).unwrap_or("");
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for c in mine.iter().filter_map(|e| e.country) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    counts.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
    let country = a
        .country
        .or_else(|| counts.first().map(|(c, _)| *c))
        .or_else(|| dominant_country(body));
    ArticleSummary {
        index: a.index,
        country,
        category: classify(&a.title, body, &mine),
        title: a.title.clone(),
    }
}
