//! The gateway's HTTP surface: the JSON API (`/v1/...`), the live stream (`/v1/stream`,
//! Server-Sent Events), the operations endpoints (`/healthz`, `/readyz`, `/metrics`), the
//! OpenAPI document and the dashboard's files. Reads are open, and every response allows any
//! origin: the data is public to whoever can reach the gateway, and dashboards may live
//! elsewhere. The one write, `POST /v1/corrections`, is for reviewers only (a bearer token from
//! `GATEWAY_REVIEWERS`): anyone else gets 401 or 403 with a JSON error and changes nothing.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use futures::{Stream, StreamExt};
use seizure_bus::runtime;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::{RwLock, broadcast};
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;

use crate::assets;
use crate::board::Board;
use crate::follow::Update;
use crate::recent::EventQuery;
use crate::review::{self, CorrectionRequest, Refusal, Reviewers};

/// Most events one `/v1/events` call returns.
pub const MAX_EVENTS: usize = 1000;

#[derive(Clone)]
pub struct AppState {
    pub board: Arc<RwLock<Board>>,
    pub updates: broadcast::Sender<Update>,
    pub client: seizure_bus::async_nats::Client,
    pub js: seizure_bus::async_nats::jetstream::Context,
    pub reviewers: Arc<Reviewers>,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(|| async { assets::serve("index.html") }))
        .route("/assets/{*path}", get(asset))
        .route(
            "/openapi.json",
            get(|| async { assets::serve("openapi.json") }),
        )
        .route("/v1/stats", get(all_stats))
        .route("/v1/stats/{country}", get(country_stats))
        .route("/v1/events", get(events))
        .route("/v1/events.csv", get(events_csv))
        .route("/v1/stats.csv", get(stats_csv))
        .route("/v1/review", get(review_queue))
        .route(
            "/v1/corrections",
            get(corrections).post(correct).options(preflight),
        )
        .route("/v1/stream", get(stream))
        .route("/metrics", get(metrics))
        .merge(runtime::health_routes(state.client.clone()))
        .layer(axum::middleware::map_response(allow_any_origin))
        .with_state(state)
}

async fn allow_any_origin(mut r: Response) -> Response {
    r.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    r
}

/// CORS preflight of a correction from a dashboard served elsewhere.
async fn preflight() -> Response {
    let mut r = StatusCode::NO_CONTENT.into_response();
    let h = r.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("authorization, content-type"),
    );
    r
}

fn error(status: StatusCode, code: &str, message: String) -> Response {
    (
        status,
        Json(json!({"error": {"code": code, "message": message}})),
    )
        .into_response()
}

async fn asset(Path(path): Path<String>) -> Response {
    assets::serve(&path)
}

async fn all_stats(State(s): State<AppState>) -> Json<Value> {
    Json(s.board.read().await.all_stats())
}

async fn country_stats(State(s): State<AppState>, Path(country): Path<String>) -> Response {
    let cc = country.to_ascii_uppercase();
    match s.board.read().await.stats.get(&cc) {
        Some(stats) => Json(seizure_proto::json::stats_json(stats)).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "unknown_country",
            format!("no statistics for {cc}"),
        ),
    }
}

#[derive(Debug, Deserialize)]
struct EventsParams {
    country: Option<String>,
    drug: Option<String>,
    since: Option<String>,
    limit: Option<usize>,
}

/// The events a `/v1/events` query asks for, or the error to answer.
async fn queried_events(s: &AppState, p: EventsParams) -> Result<Vec<Value>, Response> {
    let since = match p.since.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(text) => match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                return Err(error(
                    StatusCode::BAD_REQUEST,
                    "bad_since",
                    format!("since must be a date YYYY-MM-DD, got {text:?}"),
                ));
            }
        },
    };
    let q = EventQuery {
        country: p.country.filter(|c| !c.is_empty()),
        drug: p.drug.filter(|d| !d.is_empty()),
        since,
        limit: p.limit.unwrap_or(50).clamp(1, MAX_EVENTS),
    };
    Ok(s.board.read().await.events.query(&q))
}

async fn events(State(s): State<AppState>, Query(p): Query<EventsParams>) -> Response {
    match queried_events(&s, p).await {
        Ok(events) => Json(json!({ "events": events })).into_response(),
        Err(r) => r,
    }
}

/// `/v1/events.csv`: the same events and filters as `/v1/events`, one row each.
async fn events_csv(State(s): State<AppState>, Query(p): Query<EventsParams>) -> Response {
    match queried_events(&s, p).await {
        Ok(events) => csv_response(crate::export::events_csv(&events), "events.csv"),
        Err(r) => r,
    }
}

#[derive(Debug, Deserialize)]
struct StatsParams {
    country: Option<String>,
}

/// `/v1/stats.csv`: one row per country, series and window (`?country=` keeps one country).
async fn stats_csv(State(s): State<AppState>, Query(p): Query<StatsParams>) -> Response {
    let country = p
        .country
        .filter(|c| !c.is_empty())
        .map(|c| c.to_ascii_uppercase());
    let board = s.board.read().await;
    let stats = board
        .stats
        .values()
        .filter(|st| country.as_deref().is_none_or(|c| st.country == c));
    csv_response(crate::export::stats_csv(stats), "stats.csv")
}

fn csv_response(body: Result<String, String>, name: &str) -> Response {
    match body {
        Ok(text) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
            ],
            text,
        )
            .into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "csv", e),
    }
}

#[derive(Debug, Deserialize)]
struct LimitParams {
    limit: Option<usize>,
}

/// `/v1/review`: the recent events most likely to be wrong first.
async fn review_queue(State(s): State<AppState>, Query(p): Query<LimitParams>) -> Json<Value> {
    let limit = p.limit.unwrap_or(50).clamp(1, MAX_EVENTS);
    Json(json!({ "events": s.board.read().await.events.review_queue(limit) }))
}

/// `GET /v1/corrections`: the recent corrections, newest first (the whole audit trail is the
/// CORRECTIONS stream).
async fn corrections(State(s): State<AppState>, Query(p): Query<LimitParams>) -> Json<Value> {
    let limit = p.limit.unwrap_or(100).clamp(1, MAX_EVENTS);
    Json(json!({ "corrections": s.board.read().await.events.corrections_json(limit) }))
}

/// `POST /v1/corrections`: a reviewer corrects an event. The correction is published on
/// `corrections.<CC>` (stored before the answer: 202 with the correction); the aggregator and
/// this gateway's events follow it from the stream.
async fn correct(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok());
    let reviewer = match s.reviewers.who(auth) {
        Ok(name) => name,
        Err(Refusal::Unauthenticated) => {
            let mut r = error(
                StatusCode::UNAUTHORIZED,
                "unauthenticated",
                "corrections need a reviewer's bearer token".into(),
            );
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            return r;
        }
        Err(Refusal::Forbidden(why)) => {
            return error(StatusCode::FORBIDDEN, "forbidden", why.into());
        }
    };
    let request: CorrectionRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!("not a correction: {e}"),
            );
        }
    };
    let (seen, added) = {
        let board = s.board.read().await;
        let seen = (!request.event_id.is_empty())
            .then(|| board.events.find(&request.event_id))
            .flatten();
        let added = board.events.added_at(
            &request.bulletin_id,
            request.evidence_start.unwrap_or(0),
            request.evidence_end.unwrap_or(0),
        );
        (seen, added)
    };
    if !request.event_id.is_empty() && seen.is_none() {
        return error(
            StatusCode::NOT_FOUND,
            "unknown_event",
            format!(
                "event {:?} is not among the recent events this gateway holds",
                request.event_id
            ),
        );
    }
    let c = match review::correction(
        &request,
        seen.as_ref(),
        added,
        &reviewer,
        chrono::Utc::now(),
    ) {
        Ok(c) => c,
        Err(e) => return error(StatusCode::BAD_REQUEST, "bad_correction", e),
    };
    let country = c
        .corrected
        .as_ref()
        .map_or(c.original_country.as_str(), |e| e.country.as_str());
    let subject = seizure_bus::contract::correction_subject(country);
    match seizure_bus::publish::publish(&s.js, &subject, &c.correction_id, &c).await {
        Ok(_) => {
            tracing::info!(
                message = "Correction published.",
                reviewer,
                correction = %c.correction_id,
                action = review::action_name(c.action)
            );
            (StatusCode::ACCEPTED, Json(review::correction_json(&c))).into_response()
        }
        Err(e) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            format!("the correction could not be stored, try again: {e}"),
        ),
    }
}

/// `/v1/stream`: `stats` and `event` messages as they happen; `resync` when this client fell
/// behind and should fetch `/v1/stats` again.
async fn stream(State(s): State<AppState>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let updates = BroadcastStream::new(s.updates.subscribe()).map(|u| {
        Ok(match u {
            Ok(Update::Stats(v)) => Event::default().event("stats").data(v.to_string()),
            Ok(Update::Event(v)) => Event::default().event("event").data(v.to_string()),
            Ok(Update::Correction(v)) => Event::default().event("correction").data(v.to_string()),
            Err(BroadcastStreamRecvError::Lagged(n)) => {
                Event::default().event("resync").data(n.to_string())
            }
        })
    });
    let hello = futures::stream::once(async { Ok(Event::default().event("hello").data("{}")) });
    Sse::new(hello.chain(updates)).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

async fn metrics(State(s): State<AppState>) -> impl IntoResponse {
    let mut text = seizure_bus::telemetry::render();
    text.push_str(&s.board.read().await.metrics());
    runtime::prometheus_text(text)
}
