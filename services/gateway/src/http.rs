//! The gateway's HTTP surface: the JSON API (`/v1/...`), the live stream (`/v1/stream`,
//! Server-Sent Events), the operations endpoints (`/healthz`, `/readyz`, `/metrics`), the
//! OpenAPI document and the dashboard's files, all read-only. Every response allows any origin:
//! the data is public to whoever can reach the gateway, and dashboards may live elsewhere.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, Query, State};
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
use crate::board::{Board, EventQuery};
use crate::follow::Update;

/// Most events one `/v1/events` call returns.
pub const MAX_EVENTS: usize = 1000;

#[derive(Clone)]
pub struct AppState {
    pub board: Arc<RwLock<Board>>,
    pub updates: broadcast::Sender<Update>,
    pub client: seizure_bus::async_nats::Client,
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

async fn events(State(s): State<AppState>, Query(p): Query<EventsParams>) -> Response {
    let since = match p.since.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(text) => match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "bad_since",
                    format!("since must be a date YYYY-MM-DD, got {text:?}"),
                );
            }
        },
    };
    let q = EventQuery {
        country: p.country.filter(|c| !c.is_empty()),
        drug: p.drug.filter(|d| !d.is_empty()),
        since,
        limit: p.limit.unwrap_or(50).clamp(1, MAX_EVENTS),
    };
    let events = s.board.read().await.events.query(&q);
    Json(json!({ "events": events })).into_response()
}

/// `/v1/stream`: `stats` and `event` messages as they happen; `resync` when this client fell
/// behind and should fetch `/v1/stats` again.
async fn stream(State(s): State<AppState>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let updates = BroadcastStream::new(s.updates.subscribe()).map(|u| {
        Ok(match u {
            Ok(Update::Stats(v)) => Event::default().event("stats").data(v.to_string()),
            Ok(Update::Event(v)) => Event::default().event("event").data(v.to_string()),
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
