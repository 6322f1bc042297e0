//! The windows every series reports and the clock that says where they end.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The windows every series reports, in order.
pub const WINDOWS: &[Window] = &[
    Window::Days(7),
    Window::Days(30),
    Window::Days(90),
    Window::Days(365),
    Window::YearToDate,
    Window::All,
];

/// A statistics window ending on the "as of" day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// The last N days, the "as of" day included.
    Days(u32),
    /// From 1 January of the "as of" year.
    YearToDate,
    /// Everything seen.
    All,
}

impl Window {
    pub fn name(self) -> String {
        match self {
            Window::Days(n) => format!("{n}d"),
            Window::YearToDate => "ytd".to_string(),
            Window::All => "all".to_string(),
        }
    }

    pub fn contains(self, day: NaiveDate, as_of: NaiveDate) -> bool {
        match self {
            Window::Days(n) => {
                day <= as_of
                    && as_of
                        .checked_sub_days(Days::new(u64::from(n)))
                        .is_none_or(|s| day > s)
            }
            Window::YearToDate => day <= as_of && day.year() == as_of.year(),
            Window::All => true,
        }
    }
}

/// What "now" is for the windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Clock {
    /// The wall-clock date: windows slide as days pass (live mode).
    Wall,
    /// The newest event date seen: a replay of an archive gives the figures as they stood.
    Event,
}

impl Clock {
    pub fn as_str(self) -> &'static str {
        match self {
            Clock::Wall => "wall",
            Clock::Event => "event",
        }
    }
}

impl std::str::FromStr for Clock {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "wall" => Ok(Clock::Wall),
            "event" => Ok(Clock::Event),
            other => Err(format!(
                "unknown clock {other:?}: expected \"wall\" or \"event\""
            )),
        }
    }
}
