//! The curator desk: a small web app over the archive, served by `welcome-booth desk`,
//! where curators and translators review, translate, correct and select the portraits
//! from a browser (which edits Arabic right to left, as the kiosk's toolkit cannot).
//!
//! Every page but the login page needs an account, on loopback too: the booth laptop
//! stands in a public room. Handlers are thin: the work is the library's (`archive`,
//! `card`), run off the async threads because it reads files and draws cards.

mod auth;
mod conn;
mod error;
mod exhibition;
mod files;
mod forms;
mod pages;
mod views;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::Router;
use axum::routing::{get, post};

use crate::archive::{Archive, ArchiveError};
use crate::card::CardEngine;

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

/// What every request shares: the archive, the card engine, sessions and jobs.
struct Desk {
    /// The archive folder.
    dir: PathBuf,
    /// The archive; one request at a time uses the catalog.
    archive: Mutex<Archive>,
    /// Draws cards (corrections, approvals, previews).
    engine: Mutex<CardEngine>,
    /// Who is logged in, and wrong passwords.
    auth: auth::Auth,
    /// Thumbnails and the photo being previewed, kept in memory only (an erased card
    /// leaves nothing on disk).
    images: files::ImageCache,
    /// The exhibition build, if one was started.
    build: exhibition::Build,
}

impl Desk {
    /// Runs `work` on a thread where blocking is allowed (files, drawing, hashing); its
    /// panic, if any, is carried on to the request.
    async fn blocking<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Desk) -> T + Send + 'static,
    ) -> T {
        let desk = self.clone();
        tokio::task::spawn_blocking(move || work(&desk))
            .await
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic.into_panic()))
    }

    /// Runs `work` on the archive on a thread where blocking is allowed.
    async fn with_archive<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Desk, &mut Archive) -> T + Send + 'static,
    ) -> T {
        self.blocking(move |desk| work(desk, &mut lock(&desk.archive)))
            .await
    }
}

/// Locks what requests share. A request that panicked while holding it left nothing
/// half-done (archive writes are atomic), so the next one carries on.
fn lock<T>(shared: &Mutex<T>) -> MutexGuard<'_, T> {
    shared
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
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
        auth: auth::Auth::default(),
        images: files::ImageCache::default(),
        build: exhibition::Build::default(),
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

/// Every page and action of the desk.
fn router(desk: Arc<Desk>) -> Router {
    let signed_in = Router::new()
        .route("/", get(pages::home))
        .route("/cards", get(pages::grid))
        .route("/cards/{id}", get(pages::card))
        .route("/cards/{id}/correct", post(forms::correct))
        .route("/cards/{id}/withdraw", post(forms::withdraw))
        .route("/cards/{id}/erase", get(pages::erase).post(forms::erase))
        .route(
            "/cards/{id}/translate",
            get(pages::translate).post(forms::translate),
        )
        .route("/cards/{id}/preview", post(forms::preview))
        .route("/cards/{id}/{file}", get(files::card_file))
        .route("/exhibition", get(exhibition::page))
        .route("/exhibition/change", post(exhibition::change))
        .route("/exhibition/build", post(exhibition::start_build))
        .route("/exhibition/files/{*path}", get(files::exhibition_file))
        .route("/logout", post(auth::logout))
        .layer(axum::middleware::from_fn_with_state(
            desk.clone(),
            auth::require_login,
        ));
    Router::new()
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/static/{file}", get(files::static_file))
        .route(
            "/favicon.ico",
            get(|| async { axum::http::StatusCode::NO_CONTENT }),
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

/// Where the desk builds the exhibition: inside the archive, so erasure finds it.
fn exhibition_dir(dir: &Path) -> PathBuf {
    dir.join("exhibition")
}
