//! Reviewers' corrections as the gateway takes them: who may correct (tokens from the
//! environment, separate from the open read access), a request turned into the `Correction`
//! message the aggregator applies, and how a corrected event reads in the API. Pure: the HTTP
//! handler publishes what [`correction`] builds.
//!
//! The identity rule is the wire contract's (`proto/seizure/v1/correction.proto`): a correction
//! attaches to its event's anchor (bulletin, evidence span, ordinal among the events with that
//! span), so it stays with the event when a newer extractor reads the bulletin again. An added
//! event takes an ordinal from [`ADDED_ORDINAL_BASE`] up, so it never takes an extracted
//! event's place.

use chrono::{DateTime, NaiveDate, Utc};
use seizure_proto::v1::{self, Correction, CorrectionAction, EventDate, SeizureEvent, Span};
use seizure_window::Anchor;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Ordinals of added events start here, above any count of events sharing one sentence.
pub const ADDED_ORDINAL_BASE: u32 = 1000;

/// The reviewers allowed to correct, from `GATEWAY_REVIEWERS` (`name:token,name:token`).
#[derive(Clone, Debug, Default)]
pub struct Reviewers {
    tokens: Vec<(String, String)>,
}

/// Why a caller may not correct.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// No credentials: 401.
    Unauthenticated,
    /// Credentials that are not a reviewer's (or corrections are off): 403.
    Forbidden(&'static str),
}

impl Reviewers {
    /// Parses `name:token` pairs separated by commas; a token shorter than 16 characters is
    /// refused (it would be guessable).
    pub fn parse(spec: &str) -> Result<Reviewers, String> {
        let mut tokens = Vec::new();
        for pair in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, token) = pair
                .split_once(':')
                .ok_or_else(|| format!("reviewer {pair:?} is not name:token"))?;
            let (name, token) = (name.trim(), token.trim());
            if name.is_empty() || token.len() < 16 {
                return Err(format!(
                    "reviewer {name:?}: a name and a token of at least 16 characters are needed"
                ));
            }
            tokens.push((name.to_string(), token.to_string()));
        }
        Ok(Reviewers { tokens })
    }

    /// The reviewer an `Authorization` header names.
    pub fn who(&self, authorization: Option<&str>) -> Result<String, Refusal> {
        let Some(header) = authorization.filter(|h| !h.trim().is_empty()) else {
            return Err(Refusal::Unauthenticated);
        };
        if self.tokens.is_empty() {
            return Err(Refusal::Forbidden(
                "corrections are not enabled on this gateway (GATEWAY_REVIEWERS is empty)",
            ));
        }
        let token = header
            .strip_prefix("Bearer ")
            .map(str::trim)
            .ok_or(Refusal::Unauthenticated)?;
        self.tokens
            .iter()
            .find(|(_, t)| constant_time_eq(t.as_bytes(), token.as_bytes()))
            .map(|(name, _)| name.clone())
            .ok_or(Refusal::Forbidden("this token is not a reviewer's"))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `POST /v1/corrections`: what a reviewer asks.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CorrectionRequest {
    /// `amend`, `not_an_event`, `add` or `undo`.
    pub action: String,
    /// The event corrected (amend, not_an_event, undo).
    #[serde(default)]
    pub event_id: String,
    /// Why: required, it is the audit trail.
    #[serde(default)]
    pub reason: String,
    // The values of an amended or added event; an amendment keeps what it does not give.
    pub kind: Option<String>,
    pub country: Option<String>,
    pub drug: Option<String>,
    pub amount: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; an empty string clears the date.
    pub date: Option<String>,
    // An added event's place in its bulletin.
    #[serde(default)]
    pub bulletin_id: String,
    pub evidence_start: Option<u32>,
    pub evidence_end: Option<u32>,
    #[serde(default)]
    pub evidence: String,
}

/// The anchor of an event as the gateway holds it.
pub fn anchor_of(e: &SeizureEvent) -> Anchor {
    let span = e.evidence_span.unwrap_or_default();
    Anchor::new(&e.bulletin_id, (span.start, span.end), e.span_ordinal)
}

fn kind_of(s: &str) -> Result<v1::EventKind, String> {
    match s {
        "seizure" => Ok(v1::EventKind::Seizure),
        "destruction" => Ok(v1::EventKind::Destruction),
        "period_total" => Ok(v1::EventKind::PeriodTotal),
        _ => Err(format!(
            "kind must be seizure, destruction or period_total, got {s:?}"
        )),
    }
}

fn qualifier_of(s: &str) -> Result<v1::Qualifier, String> {
    match s {
        "exact" => Ok(v1::Qualifier::Exact),
        "approx" => Ok(v1::Qualifier::Approx),
        "at_least" => Ok(v1::Qualifier::AtLeast),
        _ => Err(format!(
            "qualifier must be exact, approx or at_least, got {s:?}"
        )),
    }
}

/// A date as precise as written: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
pub fn date_of(s: &str) -> Result<EventDate, String> {
    let bad = || format!("date must be YYYY-MM-DD, YYYY-MM or YYYY, got {s:?}");
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().map_err(|_| bad());
    let (year, month, day, precision) = match parts.as_slice() {
        [y] => (num(y)?, 0, 0, v1::DatePrecision::Year),
        [y, m] => (num(y)?, num(m)?, 0, v1::DatePrecision::Month),
        [y, m, d] => (num(y)?, num(m)?, num(d)?, v1::DatePrecision::Day),
        _ => return Err(bad()),
    };
    if !(1900..=2100).contains(&year)
        || NaiveDate::from_ymd_opt(year as i32, month.max(1), day.max(1)).is_none()
    {
        return Err(bad());
    }
    Ok(EventDate {
        year: year as i32,
        month,
        day,
        precision: precision as i32,
    })
}

/// `e` with the values a request gives.
fn with_values(mut e: SeizureEvent, r: &CorrectionRequest) -> Result<SeizureEvent, String> {
    if let Some(k) = &r.kind {
        e.kind = kind_of(k)? as i32;
    }
    if let Some(c) = &r.country {
        let c = c.trim().to_ascii_uppercase();
        if !(c.is_empty() || c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())) {
            return Err(format!("country must be an ISO alpha-2 code, got {c:?}"));
        }
        e.country = if c == "ZZ" { String::new() } else { c };
    }
    if let Some(d) = &r.drug {
        if d.trim().is_empty() {
            return Err("drug must not be empty".into());
        }
        e.drug = d.trim().to_string();
    }
    if let Some(a) = r.amount {
        if !a.is_finite() || a <= 0.0 {
            return Err(format!("amount must be a positive number, got {a}"));
        }
        e.amount = a;
    }
    if let Some(u) = &r.unit {
        if !seizure_bus::contract::UNITS.contains(&u.as_str()) {
            return Err(format!(
                "unit must be one of {}, got {u:?}",
                seizure_bus::contract::UNITS.join(", ")
            ));
        }
        e.unit = u.clone();
    }
    if let Some(q) = &r.qualifier {
        e.qualifier = qualifier_of(q)? as i32;
    }
    if let Some(d) = &r.date {
        e.date = if d.trim().is_empty() {
            None
        } else {
            Some(date_of(d.trim())?)
        };
        e.resolved_date = None;
    }
    Ok(e)
}

/// The correction a reviewer's request makes. `seen` is the event it names (from the recent
/// events; an added event names none); `added` counts the events already added at the same
/// span (the new one's ordinal follows them).
pub fn correction(
    r: &CorrectionRequest,
    seen: Option<&SeizureEvent>,
    added: u32,
    reviewer: &str,
    at: DateTime<Utc>,
) -> Result<Correction, String> {
    if r.reason.trim().is_empty() {
        return Err("a reason is required: it is the audit trail".into());
    }
    let action = match r.action.as_str() {
        "amend" => CorrectionAction::Amend,
        "not_an_event" => CorrectionAction::NotAnEvent,
        "add" => CorrectionAction::Add,
        "undo" => CorrectionAction::Undo,
        other => {
            return Err(format!(
                "action must be amend, not_an_event, add or undo, got {other:?}"
            ));
        }
    };
    let mut c = Correction {
        action: action as i32,
        reviewer: reviewer.to_string(),
        at: Some(seizure_proto::to_timestamp(at)),
        reason: r.reason.trim().to_string(),
        ..Default::default()
    };
    if action == CorrectionAction::Add {
        let (Some(start), Some(end)) = (r.evidence_start, r.evidence_end) else {
            return Err("an added event needs evidence_start and evidence_end".into());
        };
        if r.bulletin_id.is_empty() || end <= start {
            return Err("an added event needs its bulletin_id and a non-empty span".into());
        }
        for (what, given) in [
            ("kind", r.kind.is_some()),
            ("drug", r.drug.is_some()),
            ("amount", r.amount.is_some()),
            ("unit", r.unit.is_some()),
        ] {
            if !given {
                return Err(format!("an added event needs its {what}"));
            }
        }
        c.bulletin_id = r.bulletin_id.clone();
        c.evidence_span = Some(Span { start, end });
        c.span_ordinal = ADDED_ORDINAL_BASE + added;
        let base = SeizureEvent {
            bulletin_id: r.bulletin_id.clone(),
            qualifier: v1::Qualifier::Exact as i32,
            evidence: r.evidence.clone(),
            evidence_span: c.evidence_span,
            span_ordinal: c.span_ordinal,
            bulletin_time: Some(seizure_proto::to_timestamp(at)),
            ..Default::default()
        };
        let mut e = with_values(base, r)?;
        e.event_id = short_hash(&[
            "added",
            &Anchor::new(&r.bulletin_id, (start, end), c.span_ordinal).0,
        ]);
        c.original_country = e.country.clone();
        c.corrected = Some(e);
    } else {
        let seen = seen.ok_or_else(|| {
            format!(
                "event {:?} is not among the recent events this gateway holds",
                r.event_id
            )
        })?;
        c.bulletin_id = seen.bulletin_id.clone();
        c.evidence_span = seen.evidence_span;
        c.span_ordinal = seen.span_ordinal;
        c.event_id = seen.event_id.clone();
        c.original_country = seen.country.clone();
        if action == CorrectionAction::Amend {
            c.corrected = Some(with_values(seen.clone(), r)?);
        }
    }
    if c.evidence_span.is_none_or(|s| s.end <= s.start) {
        return Err("the event has no evidence span to attach a correction to".into());
    }
    let corrected = c.corrected.as_ref().map(|e| {
        use seizure_proto::Message;
        e.encode_to_vec()
    });
    c.correction_id = short_hash(&[
        &anchor_of_correction(&c).0,
        &c.action.to_string(),
        &format!("{corrected:?}"),
        reviewer,
        &seizure_proto::unix_nanos(c.at.as_ref().expect("set above")).to_string(),
    ]);
    Ok(c)
}

/// The anchor a correction attaches to.
pub fn anchor_of_correction(c: &Correction) -> Anchor {
    let span = c.evidence_span.unwrap_or_default();
    Anchor::new(&c.bulletin_id, (span.start, span.end), c.span_ordinal)
}

fn short_hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The action's name as the API spells it.
pub fn action_name(a: i32) -> &'static str {
    match CorrectionAction::try_from(a) {
        Ok(CorrectionAction::Amend) => "amend",
        Ok(CorrectionAction::NotAnEvent) => "not_an_event",
        Ok(CorrectionAction::Add) => "add",
        Ok(CorrectionAction::Undo) => "undo",
        _ => "unspecified",
    }
}

/// A correction's JSON (the audit trail's record).
pub fn correction_json(c: &Correction) -> Value {
    json!({
        "correction_id": c.correction_id,
        "action": action_name(c.action),
        "bulletin_id": c.bulletin_id,
        "event_id": c.event_id,
        "anchor": anchor_of_correction(c).0,
        "reviewer": c.reviewer,
        "at": c.at.as_ref().and_then(seizure_proto::from_timestamp).map(|t| t.to_rfc3339()),
        "reason": c.reason,
        "corrected": c.corrected.as_ref().map(|e| seizure_proto::json::event_json(e, "")),
    })
}

/// Whether `new` wins over `old` at one anchor: the later (`at`, id).
pub fn supersedes(new: &Correction, old: &Correction) -> bool {
    let key = |c: &Correction| {
        (
            c.at.as_ref().map(seizure_proto::unix_nanos),
            c.correction_id.clone(),
        )
    };
    key(new) > key(old)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen() -> SeizureEvent {
        SeizureEvent {
            event_id: "e1".into(),
            bulletin_id: "b1".into(),
            country: "TJ".into(),
            kind: v1::EventKind::Seizure as i32,
            drug: "heroin".into(),
            amount: 5.0,
            unit: "kg".into(),
            evidence_span: Some(Span { start: 3, end: 40 }),
            ..Default::default()
        }
    }

    fn at() -> DateTime<Utc> {
        DateTime::from_timestamp(1_750_000_000, 0).unwrap()
    }

    #[test]
    fn reviewers_come_from_name_token_pairs() {
        let r = Reviewers::parse("ana:0123456789abcdef, bo:fedcba9876543210").unwrap();
        assert_eq!(r.who(Some("Bearer fedcba9876543210")), Ok("bo".into()));
        assert_eq!(r.who(None), Err(Refusal::Unauthenticated));
        assert_eq!(r.who(Some("Basic x")), Err(Refusal::Unauthenticated));
        assert!(matches!(
            r.who(Some("Bearer wrongwrongwrong1")),
            Err(Refusal::Forbidden(_))
        ));
        assert!(Reviewers::parse("ana:short").is_err());
        assert!(matches!(
            Reviewers::default().who(Some("Bearer 0123456789abcdef")),
            Err(Refusal::Forbidden(_))
        ));
    }

    #[test]
    fn an_amendment_keeps_what_it_does_not_change() {
        let r = CorrectionRequest {
            action: "amend".into(),
            event_id: "e1".into(),
            reason: "50, not 5: the text says 50 kg".into(),
            amount: Some(50.0),
            date: Some("2025-08".into()),
            ..Default::default()
        };
        let c = correction(&r, Some(&seen()), 0, "ana", at()).unwrap();
        let e = c.corrected.as_ref().unwrap();
        assert_eq!(
            (e.amount, e.drug.as_str(), e.country.as_str()),
            (50.0, "heroin", "TJ")
        );
        assert_eq!(e.date.unwrap().month, 8);
        assert_eq!(anchor_of_correction(&c), anchor_of(&seen()));
        assert_eq!(c.correction_id.len(), 32);
        // The same request at the same time is the same correction (a repeat is dropped).
        assert_eq!(
            correction(&r, Some(&seen()), 0, "ana", at())
                .unwrap()
                .correction_id,
            c.correction_id
        );
    }

    #[test]
    fn bad_requests_say_what_is_wrong() {
        let ok = CorrectionRequest {
            action: "amend".into(),
            event_id: "e1".into(),
            reason: "r".into(),
            ..Default::default()
        };
        let err = |r: CorrectionRequest, seen: Option<&SeizureEvent>| {
            correction(&r, seen, 0, "ana", at()).unwrap_err()
        };
        assert!(
            err(
                CorrectionRequest {
                    reason: " ".into(),
                    ..ok.clone()
                },
                Some(&seen())
            )
            .contains("reason")
        );
        assert!(err(ok.clone(), None).contains("not among the recent events"));
        assert!(
            err(
                CorrectionRequest {
                    amount: Some(-1.0),
                    ..ok.clone()
                },
                Some(&seen())
            )
            .contains("positive")
        );
        assert!(
            err(
                CorrectionRequest {
                    unit: Some("lb".into()),
                    ..ok.clone()
                },
                Some(&seen())
            )
            .contains("unit")
        );
        assert!(
            err(
                CorrectionRequest {
                    date: Some("2025-13-01".into()),
                    ..ok.clone()
                },
                Some(&seen())
            )
            .contains("date")
        );
        assert!(
            err(
                CorrectionRequest {
                    action: "drop".into(),
                    ..ok.clone()
                },
                Some(&seen())
            )
            .contains("action")
        );
        assert!(
            err(
                CorrectionRequest {
                    action: "add".into(),
                    ..ok
                },
                None
            )
            .contains("evidence_start")
        );
    }

    #[test]
    fn an_added_event_has_its_own_anchor_and_id() {
        let r = CorrectionRequest {
            action: "add".into(),
            reason: "missed".into(),
            bulletin_id: "b1".into(),
            evidence_start: Some(3),
            evidence_end: Some(40),
            kind: Some("seizure".into()),
            country: Some("uz".into()),
            drug: Some("hashish".into()),
            amount: Some(2.5),
            unit: Some("kg".into()),
            ..Default::default()
        };
        let c = correction(&r, None, 0, "ana", at()).unwrap();
        assert_eq!(c.span_ordinal, ADDED_ORDINAL_BASE);
        let e = c.corrected.unwrap();
        assert_eq!((e.country.as_str(), e.event_id.len()), ("UZ", 32));
        assert_ne!(
            Anchor::new("b1", (3, 40), c.span_ordinal),
            anchor_of(&seen()),
            "never an extracted event's anchor"
        );
    }
}
