//! The HTTP endpoint: `POST /v1/bulletins` takes a bulletin as the raw body (metadata in
//! `X-Source`, `X-Source-Url`, `X-Title`, `X-Published` headers or the same names as query
//! parameters `source`, `url`, `title`, `published`) or as `multipart/form-data` (a file part plus
//! `source`, `url`, `title`, `published` fields). It answers `202 {"id", "status", "title"}`, or
//! a 4xx JSON error `{"error": {"code", "message"}}`; every rejected upload also gets a
//! `dlq.ingester` record. Bodies are limited in size, and a bearer token can be required.
//! `GET /healthz` answers 200 while the service runs.
//!
//! Slow or numerous clients cannot hold the service: connections are capped (more wait in the
//! kernel's backlog), request headers must arrive within a timeout, a body within another (408
//! `timeout`), and only a few bodies are read and processed at once (the rest wait their turn,
//! then get 503 `busy`), which bounds the memory uploads take.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Query, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;
use serde_json::json;

use crate::document::{IngestError, Submission, html::parse_meta_date};
use crate::sink::{Ingester, Outcome};

/// Settings of the HTTP endpoint.
#[derive(Clone, Debug)]
pub struct HttpConfig {
    pub addr: SocketAddr,
    /// When set, requests must carry `Authorization: Bearer <token>`.
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    pub limits: Limits,
}

/// What slow or numerous clients may take.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Connections served at once; more wait to be accepted.
    pub max_connections: usize,
    /// Time a client has to send a request's headers.
    pub header_timeout: Duration,
    /// Time a client has to send a request's body once its headers are in.
    pub body_timeout: Duration,
    /// Uploads read and processed at once; the rest wait (up to `body_timeout`) for a turn.
    pub max_uploads: usize,
}

struct AppState {
    ing: Ingester,
    token: Option<String>,
    max_body_bytes: usize,
    body_timeout: Duration,
    uploads: tokio::sync::Semaphore,
}

/// The endpoint's routes.
pub fn router(ing: Ingester, cfg: &HttpConfig) -> Router {
    let state = Arc::new(AppState {
        ing,
        token: cfg.token.clone().filter(|t| !t.is_empty()),
        max_body_bytes: cfg.max_body_bytes,
        body_timeout: cfg.limits.body_timeout,
        uploads: tokio::sync::Semaphore::new(cfg.limits.max_uploads.max(1)),
    });
    Router::new()
        .route("/v1/bulletins", post(post_bulletin))
        .route("/healthz", get(|| async { "ok\n" }))
        .layer(DefaultBodyLimit::max(cfg.max_body_bytes))
        .with_state(state)
}

/// Serves the endpoint on `listener` until `shutdown` fires: at most `limits.max_connections`
/// connections at once, each given `limits.header_timeout` to send a request's headers. On
/// shutdown, requests in progress get ten seconds to finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    limits: &Limits,
    mut shutdown: seizure_bus::runtime::Shutdown,
) -> std::io::Result<()> {
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let (closing, closed) = tokio::sync::watch::channel(false);
    let mut connections = tokio::task::JoinSet::new();
    loop {
        let slot = tokio::select! {
            _ = shutdown.wait() => break,
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
        };
        let stream = tokio::select! {
            _ = shutdown.wait() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(error) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::warn!(message = "Accept failed.", %error);
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        let header_timeout = limits.header_timeout;
        let mut closed = closed.clone();
        connections.spawn(async move {
            let _slot = slot;
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(header_timeout)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            let mut connection = std::pin::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = closed.changed() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
        });
        while connections.try_join_next().is_some() {}
    }
    let _ = closing.send(true);
    let _ = tokio::time::timeout(Duration::from_secs(10), async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    Ok(())
}

fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    let message = message.into();
    (
        status,
        axum::Json(json!({ "error": { "code": code, "message": message } })),
    )
        .into_response()
}

fn authorised(headers: &HeaderMap, token: &str) -> bool {
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    // Constant time in the token's length.
    given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Metadata fields, from headers, query parameters or form fields.
#[derive(Default)]
struct Fields {
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
}

impl Fields {
    fn set(&mut self, name: &str, value: String) {
        let value = Some(value.trim().to_string()).filter(|v| !v.is_empty());
        match name.to_ascii_lowercase().as_str() {
            "source" | "x-source" => self.source = value.or(self.source.take()),
            "url" | "source_url" | "x-source-url" => self.url = value.or(self.url.take()),
            "title" | "x-title" => self.title = value.or(self.title.take()),
            "published" | "x-published" => self.published = value.or(self.published.take()),
            _ => {}
        }
    }
}

async fn post_bulletin(
    State(st): State<Arc<AppState>>,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let headers = request.headers().clone();
    let client = headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("client")
        .to_string();
    let origin = format!("http:{client}");
    if let Some(token) = &st.token
        && !authorised(&headers, token)
    {
        return error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a valid `Authorization: Bearer <token>` header is required",
        );
    }
    let mut fields = Fields::default();
    for (k, v) in &query {
        fields.set(k, v.clone());
    }
    for name in ["x-source", "x-source-url", "x-title", "x-published"] {
        if let Some(v) = headers.get(name).and_then(|v| v.to_str().ok()) {
            fields.set(name, v.to_string());
        }
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let is_multipart = content_type
        .as_deref()
        .is_some_and(|c| c.to_ascii_lowercase().starts_with("multipart/form-data"));
    // A turn to read and process a body: the memory uploads take is bounded by these turns.
    let Ok(Ok(_turn)) = tokio::time::timeout(st.body_timeout, st.uploads.acquire()).await else {
        return (
            [(header::RETRY_AFTER, "5")],
            error(
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "too many uploads in progress; try again shortly",
            ),
        )
            .into_response();
    };
    let read = async {
        if is_multipart {
            read_multipart(request, &st, &mut fields).await
        } else {
            Bytes::from_request(request, &st)
                .await
                .map(|b| (b.to_vec(), content_type, None))
                .map_err(|e| (e.status(), e.body_text()))
        }
    };
    let body = match tokio::time::timeout(st.body_timeout, read).await {
        Ok(body) => body,
        Err(_) => Err((
            StatusCode::REQUEST_TIMEOUT,
            format!(
                "the body did not arrive within {} s",
                st.body_timeout.as_secs()
            ),
        )),
    };
    let (bytes, content_type, file_name) = match body {
        Ok(b) => b,
        Err((status, message)) => {
            let (code, message) = if status == StatusCode::PAYLOAD_TOO_LARGE {
                let e = IngestError::TooLarge {
                    bytes: st.max_body_bytes + 1,
                    limit: st.max_body_bytes,
                };
                (
                    e.code(),
                    format!("body over the {}-byte limit", st.max_body_bytes),
                )
            } else if status == StatusCode::REQUEST_TIMEOUT {
                ("timeout", message)
            } else {
                ("bad_request", message)
            };
            if let Err(e) = st.ing.reject(&origin, &[], &message).await {
                return error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    e.to_string(),
                );
            }
            return error(status, code, message);
        }
    };
    let published = match fields.published.as_deref().map(|p| (p, parse_meta_date(p))) {
        Some((p, None)) => {
            return error(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!("`published` must be RFC 3339 or YYYY-MM-DD, not {p:?}"),
            );
        }
        Some((_, d)) => d,
        None => None,
    };
    let sub = Submission {
        bytes,
        source: fields.source.unwrap_or_else(|| "http".into()),
        source_url: fields.url.unwrap_or_default(),
        title: fields.title,
        content_type,
        file_name,
        published,
        received: Utc::now(),
    };
    match st.ing.submit(&sub, &origin).await {
        Ok(Outcome::Ingested { id, title }) => (
            StatusCode::ACCEPTED,
            axum::Json(json!({ "id": id, "status": "accepted", "title": title })),
        )
            .into_response(),
        Ok(Outcome::Duplicate { id }) => (
            StatusCode::ACCEPTED,
            axum::Json(json!({ "id": id, "status": "duplicate" })),
        )
            .into_response(),
        Ok(Outcome::Rejected { error: e }) => {
            let status = if matches!(e, IngestError::TooLarge { .. }) {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            error(status, e.code(), e.to_string())
        }
        Err(e) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            e.to_string(),
        ),
    }
}

type Body = (Vec<u8>, Option<String>, Option<String>);

/// The file part and metadata fields of a multipart upload.
async fn read_multipart(
    request: Request,
    st: &Arc<AppState>,
    fields: &mut Fields,
) -> Result<Body, (StatusCode, String)> {
    let mut form = Multipart::from_request(request, st)
        .await
        .map_err(|e| (e.status(), e.body_text()))?;
    let mut file: Option<Body> = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| (e.status(), e.body_text()))?
    {
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(str::to_string);
        let data = field
            .bytes()
            .await
            .map_err(|e| (e.status(), e.body_text()))?;
        if file_name.is_some() || matches!(name.as_str(), "file" | "body" | "bulletin") {
            if file.is_some() {
                return Err((
                    StatusCode::BAD_REQUEST,
                    "one bulletin per request: several file parts were sent".into(),
                ));
            }
            file = Some((data.to_vec(), content_type, file_name));
        } else {
            fields.set(&name, String::from_utf8_lossy(&data).into_owned());
        }
    }
    file.ok_or((
        StatusCode::BAD_REQUEST,
        "the form has no file part (send it as `file`)".into(),
    ))
}
