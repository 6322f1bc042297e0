//! The compact form in which the book holds its inputs, so that memory per held event stays
//! small over years of history: strings that repeat (bulletin ids, source addresses, series) are
//! held once and referred to by number, an event id of 32 hex digits is held as its 16 bytes,
//! and an event is a fixed record of numbers ([`Held`]). Only the book sees these; its public
//! inputs and outputs stay [`Contribution`]s, records and figures with strings.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::incident::Report;
use crate::input::Contribution;

/// "No string": the number of an absent source address.
pub(crate) const NONE: u32 = u32::MAX;

/// Strings held once, each known by its number (the order it was first seen in).
#[derive(Clone, Debug, Default)]
pub(crate) struct Names {
    list: Vec<Arc<str>>,
    index: HashMap<Arc<str>, u32>,
}

impl Names {
    /// The number of `s`, given one if it is new.
    pub(crate) fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = u32::try_from(self.list.len()).expect("fewer than 2^32 distinct strings");
        let shared: Arc<str> = s.into();
        self.list.push(shared.clone());
        self.index.insert(shared, i);
        i
    }

    /// The number of `s`, if it was seen.
    pub(crate) fn get(&self, s: &str) -> Option<u32> {
        self.index.get(s).copied()
    }

    pub(crate) fn name(&self, i: u32) -> &str {
        &self.list[i as usize]
    }

    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        self.list.iter().map(|s| &**s)
    }

    pub(crate) fn from_list(list: Vec<String>) -> Names {
        let mut names = Names::default();
        for s in list {
            names.id(&s);
        }
        names
    }
}

/// An event id: the normalizer's 32 lowercase hex digits as 16 bytes, anything else as text.
/// Ordered as the ids' text is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum EventKey {
    Hex([u8; 16]),
    Text(Box<str>),
}

impl EventKey {
    pub(crate) fn of(id: &str) -> EventKey {
        let b = id.as_bytes();
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        };
        if b.len() == 32 {
            let mut out = [0u8; 16];
            let ok = out.iter_mut().enumerate().all(|(i, o)| {
                match (digit(b[2 * i]), digit(b[2 * i + 1])) {
                    (Some(h), Some(l)) => {
                        *o = h << 4 | l;
                        true
                    }
                    _ => false,
                }
            });
            if ok {
                return EventKey::Hex(out);
            }
        }
        EventKey::Text(id.into())
    }
}

impl fmt::Display for EventKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventKey::Hex(b) => b.iter().try_for_each(|x| write!(f, "{x:02x}")),
            EventKey::Text(s) => f.write_str(s),
        }
    }
}

impl Ord for EventKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        match (self, other) {
            // Fixed-width lowercase hex sorts as its bytes.
            (EventKey::Hex(a), EventKey::Hex(b)) => a.cmp(b),
            (EventKey::Text(a), EventKey::Text(b)) => a.cmp(b),
            _ => self.to_string().cmp(&other.to_string()),
        }
    }
}

impl PartialOrd for EventKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for EventKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            EventKey::Hex(b) => s.serialize_bytes(b),
            EventKey::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for EventKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = EventKey;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an event id: 16 bytes or a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<EventKey, E> {
                Ok(EventKey::Text(v.into()))
            }
            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<EventKey, E> {
                <[u8; 16]>::try_from(v)
                    .map(EventKey::Hex)
                    .map_err(|_| E::invalid_length(v.len(), &self))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<EventKey, A::Error> {
                let mut out = [0u8; 16];
                for (i, o) in out.iter_mut().enumerate() {
                    *o = seq
                        .next_element()?
                        .ok_or_else(|| de::Error::invalid_length(i, &self))?;
                }
                Ok(EventKey::Hex(out))
            }
        }
        d.deserialize_any(KeyVisitor)
    }
}

/// A series of one country: kind, drug and unit.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub(crate) struct SeriesKey {
    pub(crate) kind: String,
    pub(crate) drug: String,
    pub(crate) unit: String,
}

impl SeriesKey {
    pub(crate) fn of(c: &Contribution) -> Self {
        SeriesKey {
            kind: c.kind.clone(),
            drug: c.drug.clone(),
            unit: c.unit.clone(),
        }
    }
}

/// The series seen, each known by its number.
#[derive(Clone, Debug, Default)]
pub(crate) struct SeriesTable {
    list: Vec<SeriesKey>,
    index: HashMap<SeriesKey, u32>,
}

impl SeriesTable {
    pub(crate) fn id(&mut self, c: &Contribution) -> u32 {
        let key = SeriesKey::of(c);
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(key.clone());
        self.index.insert(key, i);
        i
    }

    pub(crate) fn key(&self, i: u32) -> &SeriesKey {
        &self.list[i as usize]
    }

    pub(crate) fn list(&self) -> &[SeriesKey] {
        &self.list
    }

    pub(crate) fn from_list(list: Vec<SeriesKey>) -> SeriesTable {
        let index = list
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i as u32))
            .collect();
        SeriesTable { list, index }
    }
}

/// One event as the book holds it (its id is the key it is held under, its country the map).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Held {
    /// The bulletin's number in the book.
    pub(crate) bulletin: u32,
    /// The series' number in the book.
    pub(crate) series: u32,
    /// The source address's number, or [`NONE`].
    pub(crate) source: u32,
    pub(crate) amount: f64,
    pub(crate) day: NaiveDate,
    pub(crate) lower_bound: bool,
    pub(crate) day_is_fallback: bool,
    /// For the part of a partly itemised total: the total's id (rare, so boxed).
    pub(crate) parent: Option<Box<EventKey>>,
}

/// An event held, with its id: what incidents are grouped from.
pub(crate) type HeldRef<'a> = (&'a EventKey, &'a Held);

impl<'a> Report<'a> for HeldRef<'a> {
    type Id = &'a EventKey;
    type Bulletin = u32;
    type Source = u32;
    fn id(self) -> &'a EventKey {
        self.0
    }
    fn bulletin(self) -> u32 {
        self.1.bulletin
    }
    fn source(self) -> Option<u32> {
        (self.1.source != NONE).then_some(self.1.source)
    }
    fn amount(self) -> f64 {
        self.1.amount
    }
    fn day(self) -> NaiveDate {
        self.1.day
    }
    fn lower_bound(self) -> bool {
        self.1.lower_bound
    }
    fn day_is_fallback(self) -> bool {
        self.1.day_is_fallback
    }
}

/// A held event as a row of a snapshot: id, bulletin, series, source, amount, day (days from
/// the common era), flags (1: lower bound, 2: fallback day), parent.
/// Written with borrowed ids (`K` = `&EventKey`), read with owned ones.
#[derive(Serialize, Deserialize)]
pub(crate) struct HeldRow<K = EventKey>(
    pub(crate) K,
    pub(crate) u32,
    pub(crate) u32,
    pub(crate) u32,
    pub(crate) f64,
    pub(crate) i32,
    pub(crate) u8,
    pub(crate) Option<K>,
);

impl<'a> HeldRow<&'a EventKey> {
    pub(crate) fn of(key: &'a EventKey, h: &'a Held) -> HeldRow<&'a EventKey> {
        use chrono::Datelike;
        HeldRow(
            key,
            h.bulletin,
            h.series,
            h.source,
            h.amount,
            h.day.num_days_from_ce(),
            u8::from(h.lower_bound) | u8::from(h.day_is_fallback) << 1,
            h.parent.as_deref(),
        )
    }
}

impl HeldRow {
    pub(crate) fn into_held(self) -> Result<(EventKey, Held), String> {
        let HeldRow(key, bulletin, series, source, amount, day, flags, parent) = self;
        let day = NaiveDate::from_num_days_from_ce_opt(day)
            .ok_or_else(|| format!("event {key}: day {day} out of range"))?;
        Ok((
            key,
            Held {
                bulletin,
                series,
                source,
                amount,
                day,
                lower_bound: flags & 1 != 0,
                day_is_fallback: flags & 2 != 0,
                parent: parent.map(Box::new),
            },
        ))
    }
}

/// What the book knows of one bulletin.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct BulletinEntry {
    /// Its record, once its digest arrived.
    pub(crate) record: Option<HeldRecord>,
    /// It counts: the current revision of its address (derived from the records).
    pub(crate) current: bool,
    /// The names of the countries holding its events (derived from the events).
    pub(crate) countries: Vec<u32>,
}

/// A bulletin's record, its strings as numbers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct HeldRecord {
    /// The source address's number, or [`NONE`].
    pub(crate) source: u32,
    pub(crate) published: Option<i64>,
    pub(crate) received: i64,
    /// Articles: the numbers of their country and category.
    pub(crate) articles: Box<[(u32, u32)]>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_are_compact_and_keep_their_order() {
        let a = "0123456789abcdef0123456789abcdef";
        let b = "f123456789abcdef0123456789abcdef";
        assert!(matches!(EventKey::of(a), EventKey::Hex(_)));
        assert_eq!(EventKey::of(a).to_string(), a);
        assert!(matches!(EventKey::of("e001"), EventKey::Text(_)));
        assert!(matches!(EventKey::of(&a.to_uppercase()), EventKey::Text(_)));
        assert!(EventKey::of(a) < EventKey::of(b));
        assert!(EventKey::of("0") < EventKey::of(a) && EventKey::of(a) < EventKey::of("1"));
        assert!(EventKey::of(a) < EventKey::of("z"));
        for key in [EventKey::of(a), EventKey::of("e001")] {
            let json = serde_json::to_vec(&key).unwrap();
            assert_eq!(serde_json::from_slice::<EventKey>(&json).unwrap(), key);
        }
    }

    #[test]
    fn names_are_held_once() {
        let mut n = Names::default();
        assert_eq!((n.id("x"), n.id("y"), n.id("x")), (0, 1, 0));
        assert_eq!((n.name(1), n.get("y"), n.get("z")), ("y", Some(1), None));
        assert_eq!(n.len(), 2);
    }
}
