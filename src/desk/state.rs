//! What every request of the desk shares, and the way handlers reach the archive and the
//! card engine off the async threads.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::auth::Auth;
use super::build::Build;
use super::images::ImageCache;
use super::shared::lock;
use crate::archive::Archive;
use crate::card::CardEngine;

/// What every request shares: the archive, the card engine, sessions and jobs.
pub(super) struct Desk {
    /// The archive folder.
    pub(super) dir: PathBuf,
    /// The archive; one request at a time uses the catalog.
    pub(super) archive: Mutex<Archive>,
    /// Draws cards (corrections, approvals, previews).
    pub(super) engine: Mutex<CardEngine>,
    /// Who is logged in, and wrong passwords.
    pub(super) auth: Arc<Auth>,
    /// Thumbnails and the photo being previewed, kept in memory only (an erased card
    /// leaves nothing on disk).
    pub(super) images: ImageCache,
    /// The exhibition build, if one was started.
    pub(super) build: Build,
}

impl Desk {
    /// Runs `work` on a thread where blocking is allowed (files, drawing, hashing); its
    /// panic, if any, is carried on to the request.
    pub(super) async fn blocking<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Desk) -> T + Send + 'static,
    ) -> T {
        let desk = self.clone();
        tokio::task::spawn_blocking(move || work(&desk))
            .await
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic.into_panic()))
    }

    /// Runs `work` on the archive on a thread where blocking is allowed.
    pub(super) async fn with_archive<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Desk, &mut Archive) -> T + Send + 'static,
    ) -> T {
        self.blocking(move |desk| work(desk, &mut lock(&desk.archive)))
            .await
    }
}
