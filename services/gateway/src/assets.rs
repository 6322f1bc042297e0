//! The dashboard's files, compiled into the binary so the gateway is one file to deploy. The
//! third-party libraries under `assets/vendor/` come from npm (`services/gateway/web/`,
//! `scripts/web-assets.sh` copies them in; the test suite checks the copies are current).

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// (path under `/assets/`, content type, bytes).
pub const FILES: &[(&str, &str, &[u8])] = &[
    (
        "index.html",
        "text/html; charset=utf-8",
        include_bytes!("../assets/index.html"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/app.js"),
    ),
    (
        "review.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/review.js"),
    ),
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/app.css"),
    ),
    (
        "openapi.json",
        "application/json",
        include_bytes!("../assets/openapi.json"),
    ),
    (
        "vendor/chart.umd.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/vendor/chart.umd.min.js"),
    ),
    (
        "vendor/topojson-client.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/vendor/topojson-client.min.js"),
    ),
    (
        "vendor/countries-110m.json",
        "application/json",
        include_bytes!("../assets/vendor/countries-110m.json"),
    ),
    (
        "vendor/iso-codes.json",
        "application/json",
        include_bytes!("../assets/vendor/iso-codes.json"),
    ),
];

/// The file at `path`, or 404.
pub fn serve(path: &str) -> Response {
    match FILES.iter().find(|(p, _, _)| *p == path) {
        Some((_, content_type, bytes)) => (
            [
                (header::CONTENT_TYPE, *content_type),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            *bytes,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
