//! What the statistics are made of: one [`Contribution`] per event, one [`BulletinRecord`] per
//! bulletin, and the sanity check that sets implausible or too-old events aside.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What one event adds to the statistics.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub event_id: String,
    pub bulletin_id: String,
    /// ISO alpha-2, or "ZZ" where no single country applies.
    pub country: String,
    /// "seizure", "destruction" or "period_total": kept apart, never summed together.
    pub kind: String,
    pub drug: String,
    pub unit: String,
    pub amount: f64,
    /// The amount is a lower bound ("over 25 t").
    #[serde(default, skip_serializing_if = "is_false")]
    pub lower_bound: bool,
    /// The day the event is placed on: the first day of its stated date.
    pub day: NaiveDate,
    /// No date was stated: `day` is the bulletin's publication or reception date.
    #[serde(default, skip_serializing_if = "is_false")]
    pub day_is_fallback: bool,
    /// For the part of a partly itemised total: the total's event id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_event_id: Option<String>,
    /// The address of the report the event comes from (an article's cited source, or the
    /// bulletin's own address): two bulletins reporting from one source report one incident.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source_url: String,
}

fn is_false(b: &bool) -> bool {
    !b
}

/// The article categories, in the order statistics list them.
pub const CATEGORIES: &[&str] = &[
    "seizure",
    "destruction",
    "statistics",
    "prevention",
    "cooperation",
    "legislation",
    "training",
    "other",
];

/// One counted article of a bulletin.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// ISO alpha-2, or "ZZ".
    pub country: String,
    /// One of [`CATEGORIES`].
    pub category: String,
}

/// Orders the revisions of one source: the greatest is current. Publication time first (when
/// the page or text gives one), then reception time (Unix nanoseconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Revision {
    pub published: Option<i64>,
    pub received: i64,
}

impl Revision {
    /// The revision of a bulletin published and received at these times (Unix nanoseconds);
    /// one with no reception time is placed at its publication. `None` without either.
    pub fn from_times(published: Option<i64>, received: Option<i64>) -> Option<Revision> {
        Some(Revision {
            published,
            received: received.or(published)?,
        })
    }
}

/// What the aggregator knows of a bulletin as a whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulletinRecord {
    pub bulletin_id: String,
    /// The bulletin's own address: revisions share it. Empty: it has no revisions.
    pub source_url: String,
    pub revision: Revision,
    pub articles: Vec<ArticleRecord>,
}

impl BulletinRecord {
    /// The record of one bulletin seen twice (re-ingested): the earliest sighting places it
    /// among revisions, so that seeing it again changes nothing, whatever the order.
    pub fn merged(&self, other: &BulletinRecord) -> BulletinRecord {
        let mut m = if (other.revision, &other.articles) < (self.revision, &self.articles) {
            other.clone()
        } else {
            self.clone()
        };
        m.revision = self.revision.min(other.revision);
        m
    }
}

/// Sanity bounds: a single seizure or destruction past these is implausible (a misread number,
/// a unit slip), and so is a period total past a hundred times them.
const SINGLE_MAX_KG: f64 = 100_000.0;
const SINGLE_MAX_LITRES: f64 = 100_000.0;
const SINGLE_MAX_COUNT: f64 = 100_000_000.0;
const TOTAL_FACTOR: f64 = 100.0;

/// Why a contribution should be set aside rather than counted: an implausible quantity, or a
/// date before the retained horizon. `None` when it is fine.
pub fn set_aside_reason(c: &Contribution, horizon_start: NaiveDate) -> Option<String> {
    if c.kind == "seizure"
        && c.unit == "kg"
        && let Some(bound) = seizure_text::lexicon::single_seizure_bound_kg(&c.drug)
        && c.amount > bound
    {
        return Some(format!(
            "implausible quantity: {} kg of {} in one seizure (bound for this drug {bound} kg, \
             about three times the largest on record)",
            c.amount, c.drug
        ));
    }
    let single_max = match c.unit.as_str() {
        "kg" => SINGLE_MAX_KG,
        "litre" => SINGLE_MAX_LITRES,
        _ => SINGLE_MAX_COUNT,
    };
    let max = if c.kind == "period_total" {
        single_max * TOTAL_FACTOR
    } else {
        single_max
    };
    if c.amount > max {
        return Some(format!(
            "implausible quantity: {} {} for one {} (bound {max} {})",
            c.amount, c.unit, c.kind, c.unit
        ));
    }
    if c.day < horizon_start {
        return Some(format!(
            "dated {} before the retained horizon ({horizon_start})",
            c.day
        ));
    }
    None
}
