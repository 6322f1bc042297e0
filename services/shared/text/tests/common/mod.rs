//! Helpers the own-words rule tests share: extract a short text and keep the fields a test
//! asserts on. (Each test file is a crate of its own; not every one uses every helper.)
#![allow(dead_code)]

use seizure_text::model::{Event, Kind};
use seizure_text::{Context, extract};

/// The events of `text`, with no bulletin date.
pub fn events(text: &str) -> Vec<Event> {
    extract(text, &Context::default()).events
}

/// The one event of `text`; the test fails, showing the text and its events, when it has none
/// or several.
pub fn only_event(text: &str) -> Event {
    let mut events = events(text);
    assert_eq!(events.len(), 1, "{text}: {events:?}");
    events.remove(0)
}

/// (kind, country, drug, amount) of each event, for short assertions.
pub fn facts(text: &str) -> Vec<(Kind, Option<&'static str>, String, f64)> {
    events(text)
        .into_iter()
        .map(|e| (e.kind, e.country, e.drug, e.amount))
        .collect()
}

/// The country of the first event of a short text.
pub fn country_of(text: &str) -> Option<&'static str> {
    events(text).first().and_then(|e| e.country)
}

/// The amount of each event.
pub fn amounts(text: &str) -> Vec<f64> {
    events(text).into_iter().map(|e| e.amount).collect()
}

/// (drug, amount) of each event.
pub fn drug_amounts(text: &str) -> Vec<(String, f64)> {
    events(text)
        .into_iter()
        .map(|e| (e.drug, e.amount))
        .collect()
}

/// (kind, amount, date) of each event.
pub fn kinds_dated(events: &[Event]) -> Vec<(Kind, f64, Option<String>)> {
    events
        .iter()
        .map(|e| (e.kind, e.amount, e.date.map(|d| d.to_string())))
        .collect()
}

/// (amount, date) of each event.
pub fn dated(events: &[Event]) -> Vec<(f64, Option<String>)> {
    events
        .iter()
        .map(|e| (e.amount, e.date.map(|d| d.to_string())))
        .collect()
}
