//! The HTTP endpoint: `POST /v1/bulletins` takes a bulletin as the raw body (metadata in
//! `X-Source`, `X-Source-Url`, `X-Title`, `X-Published` headers or the same names as query
//! parameters `source`, `url`, `title`, `published`) or as `multipart/form-data` (a file part plus
//! `source`, `url`, `title`, `published` fields). It answers `202 {"id", "status", "title"}`, or
//! a 4xx JSON error `{"error": {"code", "message"}}`; every rejected upload also gets a
//! `dlq.ingester` record. Bodies are limited in size, and a bearer token can be required.
//! `GET /healthz` answers 200 while the service runs.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

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
}

struct AppState {
    ing: Ingester,
    token: Option<String>,
    max_body_bytes: usize,
}

/// The endpoint's routes.
pub fn router(ing: Ingester, cfg: &HttpConfig) -> Router {
    let state = Arc::new(AppState {
        ing,
        token: cfg.token.clone().filter(|t| !t.is_empty()),
        max_body_bytes: cfg.max_body_bytes,
    });
    Router::new()
        .route("/v1/bulletins", post(post_bulletin))
        .route("/healthz", get(|| async { "ok\n" }))
        .layer(DefaultBodyLimit::max(cfg.max_body_bytes))
        .with_state(state)
}

/// Serves the endpoint on `listener` until `shutdown` fires.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    mut shutdown: seizure_bus::runtime::Shutdown,
) -> std::io::Result<()> {
    axum::serve(listener, router)
        .with_graceful_shutdown(async move { shutdown.wait().await })
        .await
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
    let body = if is_multipart {
        read_multipart(request, &st, &mut fields).await
    } else {
        Bytes::from_request(request, &st)
            .await
            .map(|b| (b.to_vec(), content_type, None))
            .map_err(|e| (e.status(), e.body_text()))
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
