//! What can stop the desk, and what a request can be refused with.

use std::path::PathBuf;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::Blame;
use crate::archive::ArchiveError;

/// Why the desk cannot start or keep serving.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// The folder holds no archive.
    #[error(
        "there is no archive at {}; give the booth's archive folder with --archive DIR (or WELCOME_BOOTH_ARCHIVE)",
        .0.display()
    )]
    NoArchive(PathBuf),
    /// Nobody could log in.
    #[error(
        "the archive at {} has no desk accounts yet; add one first: welcome-booth desk add-user NAME --role curator",
        .0.display()
    )]
    NoAccounts(PathBuf),
    /// A password too short to keep an account safe.
    #[error(
        "a desk password has at least {0} characters; choose a longer one, or use --generate to have one made up"
    )]
    ShortPassword(usize),
    /// The password typed twice was not the same.
    #[error("the two passwords typed differ; nothing was changed, run the command again")]
    PasswordsDiffer,
    /// The address cannot be listened on.
    #[error(
        "cannot listen on {addr}: {cause}; is another desk running there? choose another with --listen ADDR:PORT"
    )]
    Listen {
        /// The address asked for.
        addr: String,
        /// The operating system's reason.
        cause: std::io::Error,
    },
    /// The web server's runtime failed.
    #[error("the desk's web server stopped: {0}")]
    Runtime(std::io::Error),
    /// The archive cannot be used.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
}

impl Blame for DeskError {
    fn is_user_mistake(&self) -> bool {
        match self {
            DeskError::NoArchive(_)
            | DeskError::NoAccounts(_)
            | DeskError::ShortPassword(_)
            | DeskError::PasswordsDiffer
            | DeskError::Listen { .. } => true,
            DeskError::Runtime(_) => false,
            DeskError::Archive(e) => e.is_user_mistake(),
        }
    }
}

/// A request the desk refuses, shown to the browser as a page with its reason.
#[derive(Debug)]
pub(super) struct Refusal {
    pub(super) status: StatusCode,
    pub(super) message: String,
}

impl Refusal {
    /// Only curators may do this.
    pub(super) fn curators_only() -> Refusal {
        Refusal {
            status: StatusCode::FORBIDDEN,
            message: "Only curators can do this; translators see messages and edit translations, interviewers work on the At the booth page."
                .into(),
        }
    }

    /// Something asked for that is not there.
    pub(super) fn not_found(what: &str) -> Refusal {
        Refusal {
            status: StatusCode::NOT_FOUND,
            message: format!("There is no {what} here."),
        }
    }
}

/// What a browser user is told. The archive's own words speak to the command line ("run
/// `welcome-booth archive check`"); here a card not found is said plainly, and trouble of
/// the machine's goes to the desk's log for whoever looks after the booth laptop.
impl From<ArchiveError> for Refusal {
    fn from(e: ArchiveError) -> Refusal {
        let (status, message) = match &e {
            ArchiveError::NotFound(_) | ArchiveError::BadId(_) => (
                StatusCode::NOT_FOUND,
                "There is no such card here (erased already, or kept in another booth's archive?)."
                    .into(),
            ),
            ArchiveError::NoSuchReference(reference) => (
                StatusCode::NOT_FOUND,
                format!(
                    "There is no card with the reference {reference} here (erased already, or kept in another booth's archive?)."
                ),
            ),
            ArchiveError::ChangedSinceOpened { .. } | ArchiveError::ParticipantChanged { .. } => {
                (StatusCode::CONFLICT, e.to_string())
            }
            e if e.is_user_mistake() => (StatusCode::UNPROCESSABLE_ENTITY, e.to_string()),
            e => {
                tracing::error!("desk: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "The archive could not do this just now; the desk's log says why, for whoever looks after the booth laptop. Try again in a moment.".into(),
                )
            }
        };
        Refusal { status, message }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (
            self.status,
            super::views::refusal(self.status, &self.message),
        )
            .into_response()
    }
}
