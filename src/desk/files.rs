//! The desk's own style sheet and script, reading the files the desk sends, and the
//! headers that keep every page to the desk's own scripts.

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::error::Refusal;
use super::state::Desk;

/// The desk's own files (open to all: the login page uses them).
pub(super) fn router() -> Router<Arc<Desk>> {
    Router::new().route("/static/{file}", get(static_file))
}

pub(super) async fn read(path: PathBuf) -> Result<Vec<u8>, Refusal> {
    tokio::fs::read(&path)
        .await
        .map_err(|_| Refusal::not_found("such file (erased, or not built yet?)"))
}

/// The desk's own style sheet and script.
async fn static_file(Path(file): Path<String>) -> Result<Response, Refusal> {
    let (body, kind) = match file.as_str() {
        "desk.css" => (include_str!("static/desk.css"), "text/css; charset=utf-8"),
        "desk.js" => (
            include_str!("static/desk.js"),
            "text/javascript; charset=utf-8",
        ),
        _ => return Err(Refusal::not_found("such file")),
    };
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response())
}

/// Headers on every answer: only the desk's own scripts run (a participant's message is
/// escaped, and even if it were not, no inline script would run), pages are not framed,
/// sniffed, or kept in shared caches.
pub(super) async fn safety_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    let defaults = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' blob:; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "private, no-store"),
    ];
    for (name, value) in defaults {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    response
}
