//! The curator desk: a small web app over the archive, served by `welcome-booth desk`,
//! where curators and translators review, translate, correct and select the portraits
//! from a browser (which edits Arabic right to left, as the kiosk's toolkit cannot).
//!
//! Every page but the login page needs an account, on loopback too: the booth laptop
//! stands in a public room. Handlers are thin: the work is the library's (`archive`,
//! `card`, `publish`), run off the async threads because it reads files and draws cards.
//!
//! Organised by resource, each with its own `router()`: `cards`, `translation`,
//! `exhibition`, `session` (logging in and out) and `files` (the desk's own style and
//! script). They share `state` (the archive, engine, sessions, images and build), `auth`
//! (sessions, the form token, the `Curator` extractor) and `error`; the templates in
//! `views` take plain data and know no handler.

mod at_booth;
mod auth;
mod build;
mod cards;
mod conn;
mod error;
mod exhibition;
mod files;
mod images;
mod session;
mod shared;
mod state;
mod translation;
mod views;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use axum::Router;

use crate::archive::{Archive, ArchiveError};
use crate::card::CardEngine;
use state::Desk;

pub use error::DeskError;

/// The address the desk listens on unless told otherwise: this computer only.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// Passwords shorter than this are refused.
pub const MIN_PASSWORD: usize = 10;

/// Checks a new account's password, typed `first` and `again` (the same when not asked
/// twice).
pub fn check_password(first: &str, again: &str) -> Result<(), DeskError> {
    if first != again {
        return Err(DeskError::PasswordsDiffer);
    }
    if first.chars().count() < MIN_PASSWORD {
        return Err(DeskError::ShortPassword(MIN_PASSWORD));
    }
    Ok(())
}

/// Serves the desk for the archive in `dir` on `listen` until the process is stopped;
/// `started` is told the address once it listens (port 0 picks a free one). Refuses to
/// start while the archive has no accounts.
pub fn serve(dir: &Path, listen: &str, started: impl FnOnce(SocketAddr)) -> Result<(), DeskError> {
    // Never a new, empty archive for a mistyped folder.
    let archive = Archive::reopen(dir).map_err(|e| match e {
        ArchiveError::Gone { .. } => DeskError::NoArchive(dir.to_path_buf()),
        e => e.into(),
    })?;
    if archive.account_count()? == 0 {
        return Err(DeskError::NoAccounts(dir.to_path_buf()));
    }
    let desk = Arc::new(Desk {
        dir: dir.to_path_buf(),
        archive: Mutex::new(archive),
        engine: Mutex::new(CardEngine::new()),
        auth: Arc::default(),
        images: images::ImageCache::default(),
        build: build::Build::default(),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_io()
        .enable_time()
        .build()
        .map_err(DeskError::Runtime)?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|cause| DeskError::Listen {
                addr: listen.to_string(),
                cause,
            })?;
        started(listener.local_addr().map_err(DeskError::Runtime)?);
        let app = router(desk).into_make_service_with_connect_info::<SocketAddr>();
        // tap_io: the connection's address reaches handlers as it does from a plain socket.
        let listener =
            axum::serve::ListenerExt::tap_io(conn::BoundedListener::new(listener), |_| {});
        axum::serve(listener, app).await.map_err(DeskError::Runtime)
    })
}

/// Every page and action of the desk: each resource's, behind a login but the login
/// page and the desk's own files.
fn router(desk: Arc<Desk>) -> Router {
    let signed_in = Router::new()
        .merge(cards::router())
        .merge(translation::router())
        .merge(exhibition::router())
        .merge(at_booth::router())
        .merge(session::signed_in())
        .layer(axum::middleware::from_fn_with_state(
            desk.auth.clone(),
            auth::require_login,
        ));
    Router::new()
        .merge(session::router())
        .merge(files::router())
        .route(
            "/favicon.ico",
            axum::routing::get(|| async { axum::http::StatusCode::NO_CONTENT }),
        )
        .merge(signed_in)
        .layer(axum::middleware::from_fn(time_limit))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(axum::middleware::map_response(files::safety_headers))
        .with_state(desk)
}

/// The largest form the desk reads: a 5,000-character story in Arabic is 10 KB.
const MAX_FORM_BYTES: usize = 256 << 10;
/// A request not answered in this time is answered 503 (a client sending its form slowly,
/// or work that should have been refused as too big).
const REQUEST_TIME: std::time::Duration = std::time::Duration::from_secs(30);

async fn time_limit(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    match tokio::time::timeout(REQUEST_TIME, next.run(req)).await {
        Ok(response) => response,
        Err(_) => error::Refusal {
            status: axum::http::StatusCode::SERVICE_UNAVAILABLE,
            message: "The desk took too long over this; try again, or with less.".into(),
        }
        .into_response(),
    }
}
