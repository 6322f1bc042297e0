//! The most recent events as the API shows them, with no I/O: the newest seizure events of
//! the EVENTS stream, their bulletins' addresses and current revisions, and reviewers'
//! corrections on top (what counts, the original on the side). `/v1/events`, `/v1/review`,
//! `/v1/corrections` and `seizurectl export` read it; `follow` feeds it.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet, VecDeque};

use chrono::NaiveDate;
use seizure_bus::contract::NO_COUNTRY;
use seizure_proto::json::{event_json, kind_name};
use seizure_proto::v1::{BulletinDigest, Correction, CorrectionAction, SeizureEvent};
use seizure_window::{Anchor, Revision};
use serde_json::{Value, json};

use crate::review::{anchor_of, anchor_of_correction, correction_json, supersedes};

/// The newest events, at most `capacity`, with what their bulletins' digests say: the
/// bulletin's own address (for events without one) and which revision of a page is current.
#[derive(Debug)]
pub struct RecentEvents {
    capacity: usize,
    /// Oldest first, in stream order.
    events: VecDeque<SeizureEvent>,
    /// The ids of `events`.
    ids: HashSet<String>,
    /// Bulletin id → its source address, for the bulletins of kept events.
    bulletin_urls: HashMap<String, String>,
    /// Source address → the current revision and its bulletin id, ordered as the aggregator
    /// orders them.
    revisions: HashMap<String, (Revision, String)>,
    /// Bulletins replaced by a newer revision: their events are dropped.
    superseded: HashSet<String>,
    /// The winning correction of each reviewed anchor (the aggregator's rule: latest wins).
    corrections: HashMap<Anchor, Correction>,
    /// Every correction seen, oldest first, at most `capacity`: the audit trail's recent part.
    history: VecDeque<Correction>,
}

/// What [`RecentEvents::take`] did with a message.
#[derive(Debug)]
pub enum Taken {
    /// An event: whether it was kept (new, of a current revision).
    Event(bool),
    /// A digest: whether kept events were dropped (a newer revision).
    Digest(bool),
    /// A correction: its JSON when it changed what is shown.
    Correction(Option<Value>),
    Skipped(String),
}

/// One event as the API shows it: what counts, and what was extracted if a reviewer changed it.
struct Shown<'a> {
    /// What counts (the corrected event, or the extracted one, borrowed).
    event: Cow<'a, SeizureEvent>,
    /// The extracted event, when a correction applies.
    original: Option<&'a SeizureEvent>,
    correction: Option<&'a Correction>,
    /// Arrival position, for stable ordering.
    order: usize,
}

impl Default for RecentEvents {
    fn default() -> Self {
        RecentEvents::new(10_000)
    }
}

/// A `/v1/events` query.
#[derive(Debug, Default, Clone)]
pub struct EventQuery {
    pub country: Option<String>,
    pub drug: Option<String>,
    /// Events that may have happened on or after this day.
    pub since: Option<NaiveDate>,
    pub limit: usize,
}

impl RecentEvents {
    pub fn new(capacity: usize) -> RecentEvents {
        RecentEvents {
            capacity: capacity.max(1),
            events: VecDeque::new(),
            ids: HashSet::new(),
            bulletin_urls: HashMap::new(),
            revisions: HashMap::new(),
            superseded: HashSet::new(),
            corrections: HashMap::new(),
            history: VecDeque::new(),
        }
    }

    /// Takes one message of the EVENTS stream by its subject: an event, a digest or a
    /// correction. Undecodable messages are skipped (the aggregator dead-letters them).
    pub fn take(&mut self, subject: &str, payload: &[u8]) -> Taken {
        use seizure_bus::contract::EventsMessage;
        use seizure_proto::Message;
        match EventsMessage::of(subject) {
            Some(EventsMessage::Seizure) => match SeizureEvent::decode(payload) {
                Ok(e) => Taken::Event(self.add_event(e)),
                Err(e) => Taken::Skipped(format!("undecodable event: {e}")),
            },
            Some(EventsMessage::BulletinDigest) => match BulletinDigest::decode(payload) {
                Ok(d) => Taken::Digest(self.add_digest(&d)),
                Err(e) => Taken::Skipped(format!("undecodable digest: {e}")),
            },
            Some(EventsMessage::Correction) => match Correction::decode(payload) {
                Ok(c) => {
                    let json = correction_json(&c);
                    Taken::Correction(self.add_correction(c).then_some(json))
                }
                Err(e) => Taken::Skipped(format!("undecodable correction: {e}")),
            },
            None => Taken::Skipped(format!("unexpected subject {subject}")),
        }
    }

    /// Takes a correction (from `events.correction.*`); returns whether it changes what is
    /// shown (an older correction of the same anchor, or a repeat, does not).
    pub fn add_correction(&mut self, c: Correction) -> bool {
        let anchor = anchor_of_correction(&c);
        if self
            .corrections
            .get(&anchor)
            .is_some_and(|old| !supersedes(&c, old))
        {
            return false;
        }
        self.history.push_back(c.clone());
        while self.history.len() > self.capacity {
            self.history.pop_front();
        }
        self.corrections.insert(anchor, c);
        true
    }

    /// The recent corrections, newest first.
    pub fn corrections_json(&self, limit: usize) -> Vec<Value> {
        self.history
            .iter()
            .rev()
            .take(limit)
            .map(correction_json)
            .collect()
    }

    /// The event `id` as extracted (or as added by a reviewer), if it is among those kept.
    pub fn find(&self, id: &str) -> Option<SeizureEvent> {
        if let Some(e) = self.events.iter().find(|e| e.event_id == id) {
            return Some(e.clone());
        }
        self.corrections
            .values()
            .filter(|c| c.action == CorrectionAction::Add as i32)
            .filter_map(|c| c.corrected.as_ref())
            .find(|e| e.event_id == id)
            .cloned()
    }

    /// How many events reviewers added at this span of this bulletin (the next one's ordinal).
    pub fn added_at(&self, bulletin_id: &str, start: u32, end: u32) -> u32 {
        self.corrections
            .values()
            .filter(|c| c.action == CorrectionAction::Add as i32 && c.bulletin_id == bulletin_id)
            .filter(|c| {
                c.evidence_span
                    .is_some_and(|s| (s.start, s.end) == (start, end))
            })
            .count() as u32
    }

    /// Every event to show: the kept ones with their corrections, then the added ones.
    fn shown(&self) -> Vec<Shown<'_>> {
        let mut out: Vec<Shown<'_>> = self
            .events
            .iter()
            .enumerate()
            .map(|(order, e)| {
                // No corrections (the usual case): no anchor to build per event.
                let correction = (!self.corrections.is_empty())
                    .then(|| self.corrections.get(&anchor_of(e)))
                    .flatten();
                (order, e, correction)
            })
            .map(|(order, e, correction)| match correction {
                None => Shown {
                    event: Cow::Borrowed(e),
                    original: None,
                    correction: None,
                    order,
                },
                Some(c) => Shown {
                    event: match (&c.corrected, c.action) {
                        (Some(fixed), a) if a == CorrectionAction::Amend as i32 => {
                            Cow::Owned(SeizureEvent {
                                event_id: e.event_id.clone(),
                                ..fixed.clone()
                            })
                        }
                        _ => Cow::Borrowed(e),
                    },
                    original: Some(e),
                    correction: Some(c),
                    order,
                },
            })
            .collect();
        let mut added: Vec<&Correction> = self
            .corrections
            .values()
            .filter(|c| c.action == CorrectionAction::Add as i32)
            .collect();
        added.sort_by_key(|c| {
            (
                c.at.as_ref().map(seizure_proto::unix_nanos),
                &c.correction_id,
            )
        });
        let n = out.len();
        out.extend(added.into_iter().enumerate().filter_map(|(i, c)| {
            Some(Shown {
                event: Cow::Borrowed(c.corrected.as_ref()?),
                original: None,
                correction: Some(c),
                order: n + i,
            })
        }));
        out
    }

    /// The JSON of a shown event: the event, and for a corrected one `corrected`, the
    /// `original` extracted values, the `correction` and `not_an_event`.
    fn shown_json(&self, s: &Shown<'_>) -> Value {
        let mut v = self.json(&s.event);
        let span = s.event.evidence_span.unwrap_or_default();
        v["evidence_span"] = json!([span.start, span.end]);
        v["span_ordinal"] = json!(s.event.span_ordinal);
        let undo = CorrectionAction::Undo as i32;
        let counted_as_read = s.correction.is_none_or(|c| c.action == undo);
        v["corrected"] = json!(!counted_as_read);
        v["not_an_event"] = json!(
            s.correction
                .is_some_and(|c| c.action == CorrectionAction::NotAnEvent as i32)
        );
        v["added"] = json!(
            s.correction
                .is_some_and(|c| c.action == CorrectionAction::Add as i32)
        );
        if !counted_as_read && let Some(o) = s.original {
            v["original"] = self.json(o);
        }
        if let Some(c) = s.correction {
            v["correction"] = correction_json(c);
        }
        v
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Keeps `e` (once: a redelivered event replaces nothing); returns whether it was kept.
    pub fn add_event(&mut self, e: SeizureEvent) -> bool {
        if self.superseded.contains(&e.bulletin_id) || self.ids.contains(&e.event_id) {
            return false;
        }
        self.ids.insert(e.event_id.clone());
        self.events.push_back(e);
        while self.events.len() > self.capacity {
            if let Some(old) = self.events.pop_front() {
                self.ids.remove(&old.event_id);
            }
        }
        true
    }

    /// The JSON of the event kept last.
    pub fn newest_json(&self) -> Option<Value> {
        self.events.back().map(|e| self.json(e))
    }

    /// Takes a bulletin's digest: its address, and whether it replaces (or is replaced by)
    /// another revision of the same page. Returns whether kept events were dropped.
    pub fn add_digest(&mut self, d: &BulletinDigest) -> bool {
        self.bulletin_urls
            .insert(d.bulletin_id.clone(), d.source_url.clone());
        self.prune();
        let nanos =
            |t: &Option<seizure_proto::Timestamp>| t.as_ref().map(seizure_proto::unix_nanos);
        let Some(revision) = Revision::from_times(nanos(&d.published_at), nanos(&d.received_at))
        else {
            return false;
        };
        if d.source_url.is_empty() {
            return false;
        }
        let this = (revision, d.bulletin_id.clone());
        let loser = match self.revisions.get(&d.source_url) {
            None => None,
            Some(current) if current.1 == this.1 => None,
            Some(current) if *current < this => Some(current.1.clone()),
            Some(_) => Some(this.1.clone()),
        };
        if loser.as_deref() != Some(this.1.as_str()) {
            self.revisions.insert(d.source_url.clone(), this);
        }
        let Some(loser) = loser else {
            return false;
        };
        let before = self.events.len();
        let ids = &mut self.ids;
        self.events.retain(|e| {
            let keep = e.bulletin_id != loser;
            if !keep {
                ids.remove(&e.event_id);
            }
            keep
        });
        self.superseded.insert(loser);
        before != self.events.len()
    }

    /// Forgets the addresses of bulletins with no kept events, once they outnumber the events.
    fn prune(&mut self) {
        if self.bulletin_urls.len() <= self.capacity.saturating_mul(2) {
            return;
        }
        let kept: HashSet<&str> = self.events.iter().map(|e| e.bulletin_id.as_str()).collect();
        self.bulletin_urls
            .retain(|id, _| kept.contains(id.as_str()));
    }

    /// The address to show for `e`: its own, else its bulletin's.
    fn json(&self, e: &SeizureEvent) -> Value {
        let url = self
            .bulletin_urls
            .get(&e.bulletin_id)
            .map_or("", String::as_str);
        event_json(e, url)
    }

    /// The events matching `q` as they count after corrections, newest first (by the date the
    /// text gives, then by arrival). Events a reviewer marked as not events are listed too
    /// (`not_an_event`), so the mark can be undone.
    pub fn query(&self, q: &EventQuery) -> Vec<Value> {
        let country = q.country.as_deref().map(str::to_ascii_uppercase);
        let mut hits: Vec<Shown<'_>> = self
            .shown()
            .into_iter()
            .filter(|s| {
                country
                    .as_deref()
                    .is_none_or(|c| country_code(&s.event) == c)
            })
            .filter(|s| q.drug.as_deref().is_none_or(|d| s.event.drug == d))
            .filter(|s| {
                q.since
                    .is_none_or(|d| latest_day(&s.event).is_none_or(|l| l >= d))
            })
            .collect();
        hits.sort_by_cached_key(|s| std::cmp::Reverse((earliest_day(&s.event), s.order)));
        hits.iter()
            .take(q.limit.max(1))
            .map(|s| self.shown_json(s))
            .collect()
    }

    /// The events most likely to be wrong first: a quantity past the plausible bounds (the
    /// aggregator sets those aside), no single country, no date of their own (placed by the
    /// bulletin's date), then the largest amounts; reviewed events last. Each carries `risks`.
    pub fn review_queue(&self, limit: usize) -> Vec<Value> {
        let mut scored: Vec<(bool, u32, f64, Shown<'_>, Vec<&str>)> = self
            .shown()
            .into_iter()
            .map(|s| {
                let (score, risks) = risks(&s.event);
                let reviewed = s.correction.is_some();
                (reviewed, score, s.event.amount, s, risks)
            })
            .collect();
        scored.sort_by(|a, b| {
            (a.0, std::cmp::Reverse(a.1))
                .cmp(&(b.0, std::cmp::Reverse(b.1)))
                .then(b.2.total_cmp(&a.2))
                .then(a.3.order.cmp(&b.3.order))
        });
        scored
            .iter()
            .take(limit.max(1))
            .map(|(_, score, _, s, risks)| {
                let mut v = self.shown_json(s);
                v["risks"] = json!(risks);
                v["risk_score"] = json!(score);
                v
            })
            .collect()
    }
}

/// Why an event may be wrong, most serious first, with a score to order by.
fn risks(e: &SeizureEvent) -> (u32, Vec<&'static str>) {
    let mut score = 0;
    let mut out = Vec::new();
    let c = seizure_window::Contribution {
        event_id: String::new(),
        bulletin_id: String::new(),
        country: String::new(),
        kind: kind_name(e.kind).to_string(),
        drug: e.drug.clone(),
        unit: e.unit.clone(),
        amount: e.amount,
        lower_bound: false,
        day: NaiveDate::MAX,
        day_is_fallback: false,
        parent_event_id: None,
        source_url: String::new(),
    };
    if seizure_window::set_aside_reason(&c, NaiveDate::MIN).is_some() {
        score += 100;
        out.push("implausible_quantity");
    }
    if e.country.is_empty() {
        score += 10;
        out.push("no_country");
    }
    if e.date.is_none() {
        score += 1;
        out.push(if e.resolved_date.is_some() {
            "relative_date"
        } else {
            "date_from_bulletin"
        });
    }
    (score, out)
}

/// An event's country as subjects, statistics and queries name it: events of no single country
/// carry an empty country, named ZZ.
fn country_code(e: &SeizureEvent) -> &str {
    if e.country.is_empty() {
        NO_COUNTRY
    } else {
        &e.country
    }
}

/// The date an event is placed on: its own, else the resolved one, else its bulletin's.
fn period(e: &SeizureEvent) -> Option<(i32, u32, u32, u32, u32)> {
    if let Some(d) = e.date.as_ref().or(e.resolved_date.as_ref()) {
        let (m0, m1) = if d.month == 0 {
            (1, 12)
        } else {
            (d.month, d.month)
        };
        let (d0, d1) = if d.day == 0 { (1, 31) } else { (d.day, d.day) };
        return Some((d.year, m0, d0, m1, d1));
    }
    let t = e
        .bulletin_time
        .as_ref()
        .and_then(seizure_proto::from_timestamp)?;
    let d = t.date_naive();
    use chrono::Datelike;
    Some((d.year(), d.month(), d.day(), d.month(), d.day()))
}

fn earliest_day(e: &SeizureEvent) -> Option<NaiveDate> {
    let (y, m, d, _, _) = period(e)?;
    NaiveDate::from_ymd_opt(y, m, d)
}

fn latest_day(e: &SeizureEvent) -> Option<NaiveDate> {
    let (y, _, _, m, d) = period(e)?;
    (1..=d)
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(y, m, day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use seizure_proto::v1::{self, EventDate};

    fn ev(id: &str, bulletin: &str, cc: &str, day: u32) -> SeizureEvent {
        SeizureEvent {
            event_id: id.into(),
            bulletin_id: bulletin.into(),
            country: cc.into(),
            kind: v1::EventKind::Seizure as i32,
            drug: "heroin".into(),
            amount: 1.5,
            unit: "kg".into(),
            evidence_span: Some(v1::Span {
                start: 0,
                end: day + 10,
            }),
            date: Some(EventDate {
                year: 2025,
                month: 8,
                day,
                precision: if day == 0 {
                    v1::DatePrecision::Month
                } else {
                    v1::DatePrecision::Day
                } as i32,
            }),
            ..Default::default()
        }
    }

    fn digest(id: &str, url: &str, published: i64) -> BulletinDigest {
        BulletinDigest {
            bulletin_id: id.into(),
            source_url: url.into(),
            published_at: Some(seizure_proto::Timestamp {
                seconds: published,
                nanos: 0,
            }),
            ..Default::default()
        }
    }

    fn all(r: &RecentEvents) -> Vec<String> {
        r.query(&EventQuery {
            limit: 100,
            ..Default::default()
        })
        .iter()
        .map(|v| v["event_id"].as_str().unwrap().to_string())
        .collect()
    }

    #[test]
    fn newest_first_filtered_and_bounded() {
        let mut r = RecentEvents::new(3);
        r.add_event(ev("a", "b1", "KZ", 1));
        r.add_event(ev("b", "b1", "TJ", 20));
        r.add_event(ev("c", "b1", "KZ", 0));
        assert!(!r.add_event(ev("c", "b1", "KZ", 0)), "kept once");
        r.add_event(ev("d", "b1", "KZ", 5));
        assert_eq!(
            all(&r),
            ["b", "d", "c"],
            "capacity 3 drops the oldest arrival"
        );
        let q = EventQuery {
            country: Some("kz".into()),
            since: NaiveDate::from_ymd_opt(2025, 8, 10),
            limit: 10,
            ..Default::default()
        };
        let hits: Vec<_> = r.query(&q).iter().map(|v| v["event_id"].clone()).collect();
        assert_eq!(hits, ["c"], "a month-precise date may fall after the 10th");
    }

    #[test]
    fn events_of_no_single_country_are_found_as_zz() {
        let mut r = RecentEvents::new(3);
        r.add_event(ev("a", "b1", "", 1));
        r.add_event(ev("b", "b1", "KZ", 1));
        let q = EventQuery {
            country: Some("zz".into()),
            limit: 10,
            ..Default::default()
        };
        let hits: Vec<_> = r.query(&q).iter().map(|v| v["event_id"].clone()).collect();
        assert_eq!(hits, ["a"]);
    }

    #[test]
    fn a_newer_revision_replaces_the_older_ones_events() {
        let mut r = RecentEvents::new(10);
        r.add_event(ev("old", "b1", "KZ", 1));
        assert!(!r.add_digest(&digest("b1", "https://x/1", 100)));
        r.add_event(ev("new", "b2", "KZ", 1));
        assert!(r.add_digest(&digest("b2", "https://x/1", 200)));
        assert_eq!(all(&r), ["new"]);
        assert!(!r.add_event(ev("late", "b1", "KZ", 2)), "superseded");
        // An older revision arriving late is the one dropped.
        r.add_event(ev("older", "b0", "KZ", 3));
        assert!(r.add_digest(&digest("b0", "https://x/1", 50)));
        assert_eq!(all(&r), ["new"]);
        assert_eq!(
            r.query(&EventQuery {
                limit: 1,
                ..Default::default()
            })[0]["source_url"],
            "https://x/1"
        );
    }

    fn amend(at: i64, amount: f64, action: CorrectionAction) -> Correction {
        let e = ev("a", "b1", "KZ", 1);
        Correction {
            correction_id: format!("c{at}"),
            action: action as i32,
            bulletin_id: "b1".into(),
            evidence_span: e.evidence_span,
            event_id: "a".into(),
            corrected: Some(SeizureEvent { amount, ..e }),
            at: Some(seizure_proto::Timestamp {
                seconds: at,
                nanos: 0,
            }),
            reviewer: "ana".into(),
            reason: "r".into(),
            ..Default::default()
        }
    }

    #[test]
    fn corrected_events_show_what_counts_and_their_original() {
        let mut r = RecentEvents::new(10);
        r.add_event(ev("a", "b1", "KZ", 1));
        r.add_event(ev("b", "b1", "KZ", 2));
        assert!(r.add_correction(amend(20, 15.0, CorrectionAction::Amend)));
        // An older correction of the same event changes nothing.
        assert!(!r.add_correction(amend(10, 99.0, CorrectionAction::Amend)));
        let q = EventQuery {
            limit: 10,
            ..Default::default()
        };
        let shown = r.query(&q);
        let a = shown.iter().find(|e| e["event_id"] == "a").unwrap();
        assert_eq!(
            (a["amount"].as_f64(), a["corrected"].as_bool()),
            (Some(15.0), Some(true))
        );
        assert_eq!(a["original"]["amount"], 1.5);
        assert_eq!(a["correction"]["reviewer"], "ana");
        let b = shown.iter().find(|e| e["event_id"] == "b").unwrap();
        assert_eq!(b["corrected"], false);
        assert!(b.get("original").is_none());
        // Undone: as extracted again.
        assert!(r.add_correction(amend(30, 15.0, CorrectionAction::Undo)));
        let a = r
            .query(&q)
            .into_iter()
            .find(|e| e["event_id"] == "a")
            .unwrap();
        assert_eq!(
            (a["amount"].as_f64(), a["corrected"].as_bool()),
            (Some(1.5), Some(false))
        );
        assert_eq!(r.corrections_json(10).len(), 2);
    }

    #[test]
    fn the_review_queue_puts_the_riskiest_first() {
        let mut r = RecentEvents::new(10);
        r.add_event(ev("small", "b1", "KZ", 1));
        r.add_event(SeizureEvent {
            amount: 40.0,
            ..ev("large", "b1", "KZ", 2)
        });
        r.add_event(ev("nowhere", "b1", "", 3));
        r.add_event(SeizureEvent {
            amount: 90_000.0,
            ..ev("implausible", "b1", "KZ", 4)
        });
        let ids: Vec<Value> = r
            .review_queue(10)
            .iter()
            .map(|e| e["event_id"].clone())
            .collect();
        assert_eq!(ids, ["implausible", "nowhere", "large", "small"]);
        assert_eq!(r.review_queue(1)[0]["risks"][0], "implausible_quantity");
    }
}
