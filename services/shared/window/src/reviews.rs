//! Reviewers' corrections on top of the extracted events: the pure core of "figures follow
//! corrections, exactly once".
//!
//! A correction attaches to an [`Anchor`] (bulletin, evidence span, ordinal among the events
//! with that span), not to an event id: event ids hash what was read, so a newer extractor gives
//! new ids, while the anchor stays as long as the same sentence still yields an event. Of the
//! corrections of one anchor the greatest ([`Review::at`], [`Review::id`]) wins, so what is
//! counted is a function of the set of extracted events and corrections, whatever order they
//! arrive in and however often: the same inputs give the same book, so the same bytes.
//!
//! [`Reviews`] does not touch the book itself. Each input returns the [`BookOp`]s that bring the
//! book from what was counted for the anchor before to what counts now; the aggregator runs them
//! through its usual path (sanity bounds, set-asides). It keeps, per reviewed anchor, the
//! extracted contribution (what an undo restores) and the latest correction; anchors nobody
//! reviewed cost nothing. An amendment carries the whole event as it should be counted (the
//! gateway fills it from the event the reviewer saw), so it does not depend on whether the
//! extracted event arrived before it, after it, or was set aside.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::StatsBook;
use crate::input::Contribution;

/// Where an event was read: `<bulletin id>/<span start>-<span end>/<ordinal>`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Anchor(pub String);

impl Anchor {
    pub fn new(bulletin_id: &str, span: (u32, u32), ordinal: u32) -> Anchor {
        Anchor(format!("{bulletin_id}/{}-{}/{ordinal}", span.0, span.1))
    }
}

/// What a correction does to its anchor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// The event is counted as this contribution (the extracted event's id, the reviewer's
    /// values), whatever the extractor read at the anchor.
    Amend(Contribution),
    /// Nothing is counted at the anchor.
    NotAnEvent,
    /// An event the extractor missed, counted whatever was extracted there.
    Add(Contribution),
    /// What the extractor read is counted again.
    Undo,
}

/// One correction, as the aggregator holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub id: String,
    pub anchor: Anchor,
    /// When the reviewer made it (Unix nanoseconds): the later one of an anchor wins.
    pub at: i64,
    pub change: Change,
}

/// One step that brings the book to what now counts for an anchor.
#[derive(Clone, Debug, PartialEq)]
pub enum BookOp {
    /// Take this event out of this country.
    Remove { country: String, event_id: String },
    /// Count this contribution (it replaces one of the same id and country).
    Apply(Contribution),
}

/// The corrections known, and the extracted events they apply to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reviews {
    /// The winning correction of each reviewed anchor.
    latest: BTreeMap<Anchor, Review>,
    /// The extracted contribution at each reviewed anchor, when one has arrived.
    extracted: BTreeMap<Anchor, Contribution>,
}

impl Reviews {
    /// The winning correction of `anchor`, if it has one.
    pub fn latest(&self, anchor: &Anchor) -> Option<&Review> {
        self.latest.get(anchor)
    }

    /// Whether `review` is held, or a later correction of its anchor.
    pub fn knows(&self, review: &Review) -> bool {
        self.latest
            .get(&review.anchor)
            .is_some_and(|old| (old.at, &old.id) >= (review.at, &review.id))
    }

    /// What counts at `anchor` now.
    fn effective(&self, anchor: &Anchor) -> Option<Contribution> {
        let extracted = self.extracted.get(anchor);
        match self.latest.get(anchor).map(|r| &r.change) {
            None | Some(Change::Undo) => extracted.cloned(),
            Some(Change::NotAnEvent) => None,
            Some(Change::Add(c) | Change::Amend(c)) => Some(c.clone()),
        }
    }

    /// An extracted event arrives at `anchor`. Returns what the book must do: count it as it is
    /// when nobody reviewed the anchor, else what its correction makes of it.
    pub fn on_event(&mut self, anchor: Anchor, c: Contribution) -> Vec<BookOp> {
        if !self.latest.contains_key(&anchor) {
            return vec![BookOp::Apply(c)];
        }
        let before = self.effective(&anchor);
        self.extracted.insert(anchor.clone(), c);
        let after = self.effective(&anchor);
        transition(before, after)
    }

    /// A correction arrives. `counted` is what the book counts at the anchor when the anchor
    /// has no correction yet (the event the reviewer saw, looked up in the book); it becomes the
    /// anchor's extracted event. An older correction than the anchor's latest changes nothing.
    pub fn on_review(&mut self, review: Review, counted: Option<Contribution>) -> Vec<BookOp> {
        let anchor = review.anchor.clone();
        if let Some(old) = self.latest.get(&anchor)
            && (old.at, &old.id) >= (review.at, &review.id)
        {
            return Vec::new();
        }
        if !self.latest.contains_key(&anchor)
            && let Some(c) = counted
        {
            self.extracted.insert(anchor.clone(), c);
        }
        let before = self.effective(&anchor);
        self.latest.insert(anchor.clone(), review);
        let after = self.effective(&anchor);
        transition(before, after)
    }
}

/// Runs the steps on a book as they are, counting every contribution (the aggregator's own
/// path sets implausible ones aside on the way): what pure folds and tests use.
pub fn apply_to(book: &mut StatsBook, ops: Vec<BookOp>) {
    for op in ops {
        match op {
            BookOp::Remove { country, event_id } => {
                book.remove(&country, &event_id);
            }
            BookOp::Apply(c) => {
                book.apply(c);
            }
        }
    }
}

/// The steps from counting `before` to counting `after`.
fn transition(before: Option<Contribution>, after: Option<Contribution>) -> Vec<BookOp> {
    let mut ops = Vec::new();
    if let Some(b) = &before
        && after
            .as_ref()
            .is_none_or(|a| a.country != b.country || a.event_id != b.event_id)
    {
        ops.push(BookOp::Remove {
            country: b.country.clone(),
            event_id: b.event_id.clone(),
        });
    }
    if let Some(a) = after
        && before.as_ref() != Some(&a)
    {
        ops.push(BookOp::Apply(a));
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap()
    }

    fn extracted(id: &str, amount: f64) -> Contribution {
        Contribution {
            event_id: id.into(),
            bulletin_id: "b1".into(),
            country: "TJ".into(),
            kind: "seizure".into(),
            drug: "heroin".into(),
            unit: "kg".into(),
            amount,
            lower_bound: false,
            day: day(3),
            day_is_fallback: false,
            parent_event_id: None,
            source_url: String::new(),
        }
    }

    fn amend(id: &str, at: i64, country: &str, amount: f64) -> Review {
        Review {
            id: id.into(),
            anchor: Anchor::new("b1", (10, 40), 0),
            at,
            change: Change::Amend(Contribution {
                country: country.into(),
                ..extracted("e1", amount)
            }),
        }
    }

    fn with_change(id: &str, at: i64, change: Change) -> Review {
        Review {
            change,
            ..amend(id, at, "TJ", 1.0)
        }
    }

    /// Runs inputs through the reviews into a book, as the aggregator does.
    fn book_of(inputs: &[Input]) -> StatsBook {
        let mut reviews = Reviews::default();
        let mut book = StatsBook::default();
        for input in inputs {
            let ops = match input {
                Input::Event(c) => reviews.on_event(Anchor::new("b1", (10, 40), 0), c.clone()),
                Input::Review(r, seen) => {
                    let counted = book.contribution(&seen.0, &seen.1);
                    reviews.on_review(r.clone(), counted)
                }
            };
            apply_to(&mut book, ops);
        }
        book
    }

    #[derive(Clone)]
    enum Input {
        Event(Contribution),
        /// A review and the (country, event id) the reviewer saw.
        Review(Review, (String, String)),
    }

    fn seen() -> (String, String) {
        ("TJ".into(), "e1".into())
    }

    fn amounts(book: &StatsBook) -> Vec<(String, f64)> {
        book.countries()
            .into_iter()
            .flat_map(|cc| {
                book.events
                    .get(&cc)
                    .into_iter()
                    .flat_map(|e| e.values().map(|h| h.amount))
                    .map(move |a| (cc.clone(), a))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn an_amendment_replaces_the_extracted_figure_and_an_undo_restores_it() {
        let ev = Input::Event(extracted("e1", 5.0));
        let fix = Input::Review(amend("r1", 10, "TJ", 50.0), seen());
        let book = book_of(&[ev.clone(), fix.clone()]);
        assert_eq!(amounts(&book), vec![("TJ".into(), 50.0)]);
        let undo = Input::Review(with_change("r2", 20, Change::Undo), seen());
        let book = book_of(&[ev.clone(), fix.clone(), undo.clone()]);
        assert_eq!(book, book_of(std::slice::from_ref(&ev)));
        // The undo is the latest: an older correction read again changes nothing.
        assert_eq!(book_of(&[ev, fix.clone(), undo, fix]), book);
    }

    #[test]
    fn the_latest_correction_wins_whatever_the_order() {
        let ev = Input::Event(extracted("e1", 5.0));
        let a = Input::Review(amend("r1", 10, "TJ", 50.0), seen());
        let b = Input::Review(amend("r2", 20, "KZ", 7.0), seen());
        let one = book_of(&[ev.clone(), a.clone(), b.clone()]);
        assert_eq!(amounts(&one), vec![("KZ".into(), 7.0)]);
        assert_eq!(book_of(&[ev.clone(), b.clone(), a.clone()]), one);
        assert_eq!(book_of(&[ev.clone(), a.clone(), b.clone(), a, ev, b]), one);
    }

    #[test]
    fn not_an_event_removes_it_and_the_anchor_follows_a_new_extraction() {
        let ev = Input::Event(extracted("e1", 5.0));
        let gone = Input::Review(with_change("r1", 10, Change::NotAnEvent), seen());
        assert!(amounts(&book_of(&[ev.clone(), gone.clone()])).is_empty());
        // A newer extractor reads the same sentence as another event id: still not counted.
        let reread = Input::Event(extracted("e2", 6.0));
        let book = book_of(&[ev.clone(), gone.clone(), reread.clone()]);
        assert!(amounts(&book).is_empty());
        // Amended, the anchor counts the reviewer's event once, before or after the re-read.
        let fix = Input::Review(amend("r2", 20, "TJ", 60.0), seen());
        let book = book_of(&[ev.clone(), gone.clone(), fix.clone(), reread.clone()]);
        assert_eq!(amounts(&book), vec![("TJ".into(), 60.0)]);
        assert_eq!(book_of(&[ev, fix, reread]), book);
    }

    #[test]
    fn an_added_event_counts_and_its_undo_takes_it_away() {
        let missed = Contribution {
            event_id: "added-1".into(),
            country: "UZ".into(),
            ..extracted("added-1", 12.0)
        };
        let add = Input::Review(
            with_change("r1", 10, Change::Add(missed)),
            ("UZ".into(), String::new()),
        );
        let book = book_of(std::slice::from_ref(&add));
        assert_eq!(amounts(&book), vec![("UZ".into(), 12.0)]);
        let undo = Input::Review(
            with_change("r2", 20, Change::Undo),
            ("UZ".into(), String::new()),
        );
        assert!(amounts(&book_of(&[add, undo])).is_empty());
    }

    #[test]
    fn anchors_name_their_bulletin() {
        let a = Anchor::new("abc/def", (3, 9), 1);
        assert_eq!(a.0, "abc/def/3-9/1");
    }
}
