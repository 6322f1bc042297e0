//! The wire contract of seizure-stats: the protobuf messages that the services exchange.
//!
//! The types are generated at build time from `proto/seizure/v1/*.proto`. Only this crate knows
//! prost types exist; other crates convert to their own domain types at the boundary. The
//! helpers below convert between `chrono` and `prost_types::Timestamp`; [`json`] gives the
//! messages' JSON form with stable field names.

#![allow(clippy::all)]

pub mod json;

/// Generated protobuf types of package `seizure.v1`.
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/seizure.v1.rs"));
}

pub use prost::Message;
pub use prost_types::Timestamp;

use chrono::{DateTime, TimeZone, Utc};

/// Converts a chrono time to a protobuf timestamp.
pub fn to_timestamp(t: DateTime<Utc>) -> Timestamp {
    Timestamp {
        seconds: t.timestamp(),
        nanos: t.timestamp_subsec_nanos() as i32,
    }
}

/// A protobuf timestamp in Unix nanoseconds (saturating at the ends of `i64`).
pub fn unix_nanos(t: &Timestamp) -> i64 {
    t.seconds
        .saturating_mul(1_000_000_000)
        .saturating_add(i64::from(t.nanos))
}

/// Converts a protobuf timestamp to a chrono time; `None` when it is out of chrono's range.
pub fn from_timestamp(t: &Timestamp) -> Option<DateTime<Utc>> {
    Utc.timestamp_opt(t.seconds, t.nanos.max(0) as u32).single()
}

/// The stable lower-case name of an article category ("seizure", ..., "other"), as statistics
/// and JSON outputs spell it; unknown values are "other".
pub fn category_name(c: i32) -> &'static str {
    use v1::ArticleCategory as C;
    match C::try_from(c) {
        Ok(C::Seizure) => "seizure",
        Ok(C::Destruction) => "destruction",
        Ok(C::Statistics) => "statistics",
        Ok(C::Prevention) => "prevention",
        Ok(C::Cooperation) => "cooperation",
        Ok(C::Legislation) => "legislation",
        Ok(C::Training) => "training",
        _ => "other",
    }
}

/// The article category named `name` (see [`category_name`]); unknown names are `Other`.
pub fn category_of(name: &str) -> v1::ArticleCategory {
    (1..=8)
        .filter_map(|i| v1::ArticleCategory::try_from(i).ok())
        .find(|c| category_name(*c as i32) == name)
        .unwrap_or(v1::ArticleCategory::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_names_round_trip() {
        for i in 1..=8 {
            assert_eq!(category_of(category_name(i)) as i32, i);
        }
        assert_eq!(category_name(99), "other");
    }

    #[test]
    fn timestamps_round_trip() {
        let t = Utc.with_ymd_and_hms(2025, 9, 30, 12, 0, 1).unwrap();
        assert_eq!(from_timestamp(&to_timestamp(t)), Some(t));
    }

    #[test]
    fn bulletin_round_trips_through_protobuf() {
        let b = v1::Bulletin {
            id: "abc".into(),
            text: "Изъято 5 кг".into(),
            ..Default::default()
        };
        let bytes = b.encode_to_vec();
        assert_eq!(v1::Bulletin::decode(bytes.as_slice()).unwrap(), b);
    }
}
