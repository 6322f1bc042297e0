//! The word lists a sentence's facts are read from: the stems that mark one incident, official
//! statistics, an operation and joint work, and what each word signals. Split from `facts.rs`
//! (the reading itself).

use std::sync::OnceLock;

use crate::fold::StemSet;

/// Words of a single incident (a person, a vehicle, premises, a catch): they make a figure a
/// seizure rather than a period total. Places do not: regions report totals too.
const INCIDENT_STEMS: &[&str] = &[
    "resident",
    "citizen",
    "national",
    "woman",
    "women",
    "driver",
    "courier",
    "suspect",
    "passenger",
    "traveller",
    "traveler",
    "caught",
    "luggage",
    "baggage",
    "жител",
    "гражданин",
    "гражданк",
    "мужчин",
    "женщин",
    "водител",
    "курьер",
    // «наркокурьеру, который проглотил 91 капсулу»: a body packer.
    "проглот",
    "подозреваем",
    // «задержан уроженец Рязанской области»: a person by where he was born.
    "уроженец",
    "уроженц",
    "уроженк",
    "пассажир",
    "автомобил",
    // «в грузовом поезде», «в вагоне», «в фуре»: a vehicle.
    "поезд",
    "вагон",
    "грузовик",
    "фур",
    // «в одном из микроавтобусов», «в контейнере», «в посылке», «при досмотре».
    "микроавтобус",
    "автобус",
    "контейнер",
    "посылк",
    "лодк",
    "досмотр",
    // «В ходе осмотра были обнаружены свертки»: the inspection of a place or a car.
    "осмотр",
    "квартир",
    // "34-летний": an age, so a person.
    "летн",
    "багаж",
    "задержанн",
    // Find-spots: a bag, a pocket, a hiding place.
    "сумк",
    "рюкзак",
    "карман",
    "чемодан",
    "тайник",
    // Premises and consignments: «нашли в лесу склад», «шесть международных отправлений».
    "склад",
    "гараж",
    "сарай",
    "подвал",
    "отправлени",
    "warehouse",
    "garage",
    "truck",
    "lorry",
    "apartment",
    // "During the inspection of his yard, 97 cannabis bushes were found".
    "yard",
    "courtyard",
    // One lot: «партия героина весом в 717 килограммов» (a month beside it is when, not a
    // reporting period; "a large batch of heroin" is read word for word, below).
    "партия",
    "партию",
    "партией",
];

const STATISTICS_STEMS: &[&str] = &[
    "recorded",
    "statistic",
    "total",
    "overall",
    "altogether",
    "registered",
    "всего",
    "итог",
    "зарегистр",
    "статистик",
    "общей",
    "целом",
];

const OPERATION_STEMS: &[&str] = &[
    "operation",
    "campaign",
    "raid",
    "measures",
    "операц",
    // «антинаркотической кампании, стартовавшей в январе 2020 года».
    "кампани",
    "мероприят",
    // «ОПМ «Карасора-2020»»: an operative-preventive measure, by its initials.
    "опм",
    "рейд",
    "месячник",
    // "during the joint Border 2019 exercise".
    "exercise",
    "акци",
];

/// What a word signals for the sentence-level facts.
#[derive(Clone, Copy, Default)]
pub(super) struct Cues {
    pub(super) incident: bool,
    pub(super) statistics: bool,
    pub(super) operation: bool,
    pub(super) joint: bool,
}

/// What the word `w` (folded) signals: the cue stems it starts with.
pub(super) fn word_cues(w: &str) -> Cues {
    struct CueStems {
        incident: StemSet,
        statistics: StemSet,
        operation: StemSet,
        joint: StemSet,
    }
    static STEMS: OnceLock<CueStems> = OnceLock::new();
    let stems = STEMS.get_or_init(|| CueStems {
        incident: StemSet::new(INCIDENT_STEMS),
        statistics: StemSet::new(STATISTICS_STEMS),
        operation: StemSet::new(OPERATION_STEMS),
        joint: StemSet::new(&["joint", "совместн"]),
    });
    // («пассажиропотоки которых увеличиваются»: an airport's passenger traffic, no passenger;
    // asked only of a word that matched.)
    let traffic = || w.starts_with("пассажиропот") || w.starts_with("пассажирооборот");
    let bytes = w.as_bytes();
    Cues {
        incident: stems.incident.matches(bytes) && !traffic(),
        statistics: stems.statistics.matches(bytes),
        operation: stems.operation.matches(bytes),
        joint: stems.joint.matches(bytes),
    }
}
