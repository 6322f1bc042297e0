//! The extraction core's output types: what a bulletin yields, independent of any wire format.

use serde::{Serialize, Serializer};

/// What happened to the drugs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Seized, confiscated, found, intercepted, carried by a detained courier.
    Seizure,
    /// Burned, destroyed, eradicated.
    Destruction,
    /// An official aggregate over a reporting period or a named operation.
    PeriodTotal,
}

/// How exact the stated amount is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    /// approximately, about, around, some, nearly; около, почти, порядка.
    Approx,
    /// over, more than, at least; более, свыше, не менее.
    AtLeast,
}

/// The unit an amount is normalised to: weights become kg, volumes litres, the rest are counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Kg,
    Litre,
    Tablet,
    Ampoule,
    Plant,
    Dose,
    Package,
    Item,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Kg => "kg",
            Unit::Litre => "litre",
            Unit::Tablet => "tablet",
            Unit::Ampoule => "ampoule",
            Unit::Plant => "plant",
            Unit::Dose => "dose",
            Unit::Package => "package",
            Unit::Item => "item",
        }
    }

    /// Whether the unit counts pieces rather than measuring weight or volume.
    pub fn is_count(self) -> bool {
        !matches!(self, Unit::Kg | Unit::Litre)
    }
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Seizure => "seizure",
            Kind::Destruction => "destruction",
            Kind::PeriodTotal => "period_total",
        }
    }
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
        }
    }
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A calendar date as precise as the text allows (month and day are 0 when unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EventDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub precision: Precision,
}

impl EventDate {
    pub fn day(year: i32, month: u32, day: u32) -> Self {
        EventDate {
            year,
            month,
            day,
            precision: Precision::Day,
        }
    }
    pub fn month(year: i32, month: u32) -> Self {
        EventDate {
            year,
            month,
            day: 0,
            precision: Precision::Month,
        }
    }
    pub fn year(year: i32) -> Self {
        EventDate {
            year,
            month: 0,
            day: 0,
            precision: Precision::Year,
        }
    }
}

impl std::fmt::Display for EventDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Year => write!(f, "{:04}", self.year),
        }
    }
}

impl Serialize for EventDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Why an event has one of its values: the rule that decided it and the words it matched
/// (folded), for `seizurectl extract --explain`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cue {
    /// kind, country, drug or date.
    pub field: &'static str,
    pub rule: &'static str,
    pub words: String,
}

/// One seizure, destruction or period total found in a bulletin.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub kind: Kind,
    /// ISO 3166-1 alpha-2 of where it happened; `None` where no single country applies.
    pub country: Option<&'static str>,
    /// A region or city named for the event, when the text gives one.
    pub region: Option<&'static str>,
    /// Canonical drug name (heroin, narcotic_drugs, other:mdma, ...).
    pub drug: String,
    pub amount: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
    /// The date stated for the event, or the period of a period total.
    pub date: Option<EventDate>,
    /// A relative date ("yesterday", "this year") resolved against the bulletin's date: for
    /// placing the event in time, never a label (`date` stays empty).
    pub date_resolved: Option<EventDate>,
    /// The sentence that states it, whitespace collapsed.
    pub evidence: String,
    /// Character span (Unicode scalar values, end exclusive) of the evidence in the input text.
    pub evidence_span: (usize, usize),
    /// Index of the article (see [`Article`]) the event belongs to.
    pub article: usize,
    /// For the part of a partly itemised total: the index of that total in the event list.
    pub parent: Option<usize>,
    /// The rules that decided its kind, country, drug and date, in the order they applied.
    pub why: Vec<Cue>,
}

/// A section of a multi-article bulletin (or the whole of a single-article one).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Article {
    pub index: usize,
    /// The country of the bulletin section the article stands in.
    pub country: Option<&'static str>,
    pub title: String,
    /// The closing source address, for bulletins that give one.
    pub source_url: Option<String>,
    /// Byte span of the article in the input text.
    #[serde(skip)]
    pub span: (usize, usize),
    /// Whether the article is one of the bulletin's counted articles (not front matter or a footer).
    pub counted: bool,
}
