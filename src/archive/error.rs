//! Errors of the archive, each one line saying what, where and what to do.

use std::path::{Path, PathBuf};

use super::id::{BadCardId, CardId};
use crate::card::{CardError, LayoutError};

/// Everything that can go wrong with the archive.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    /// The archive folder or catalog cannot be opened.
    #[error("cannot open the archive at {}: {reason}; check the folder is writable, or choose another with --archive DIR", path.display())]
    Open {
        /// The archive folder.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Text that is not a card id.
    #[error(
        "{0:?} is neither a card id nor a card reference; ids look like 0193c6e2-7d1a-7b3c-9f00-2a1b3c4d5e6f (see `welcome-booth archive list`), references like K7QM-4XRT (printed on the card)"
    )]
    BadId(String),
    /// No card with this reference.
    #[error(
        "no card with the reference {0} in this archive (erased already, or kept in another booth's archive?); `welcome-booth archive list` shows the cards it has"
    )]
    NoSuchReference(String),
    /// More than one card with this reference (one in a trillion; ask for the card's id).
    #[error("more than one card has the reference {reference}: {}; give the card's id instead", ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", "))]
    AmbiguousReference {
        /// The reference.
        reference: String,
        /// The cards that have it.
        ids: Vec<CardId>,
    },
    /// A desk account name that cannot be used.
    #[error("{0:?} cannot be an account name: give 1 to 64 letters, digits or spaces")]
    BadAccountName(String),
    /// No such card.
    #[error("no card {0} in this archive; `welcome-booth archive list` shows the cards it has")]
    NotFound(CardId),
    /// The photo is neither JPEG nor PNG.
    #[error(
        "the photo is neither JPEG nor PNG; the archive keeps photos as captured, in one of those"
    )]
    PhotoFormat,
    /// A file could not be written or removed.
    #[error("cannot write {}: {cause}; check the disk is not full and the folder is writable", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        cause: std::io::Error,
    },
    /// A command that reads an archive was pointed at a folder that holds none.
    #[error("there is no archive at {}; give the booth's archive folder with --archive DIR (or WELCOME_BOOTH_ARCHIVE); `archive add` and `archive merge` start a new one", path.display())]
    NoArchive {
        /// The folder given.
        path: PathBuf,
    },
    /// The archive folder is not there: its drive unplugged, say.
    #[error("the archive folder {} is not there (is its drive unplugged?); plug it back in and the booth carries on", path.display())]
    Gone {
        /// The archive folder.
        path: PathBuf,
    },
    /// The archive folder cannot be written to.
    #[error("the archive folder {} is read-only; make its drive writable again (a lock switch on a card or stick?)", path.display())]
    ReadOnly {
        /// The archive folder.
        path: PathBuf,
    },
    /// Too little room left on the archive's disk for another card.
    #[error("the archive's disk is full ({free_mb} MB left at {}); free some space or copy the archive to a larger drive", path.display())]
    DiskFull {
        /// The archive folder.
        path: PathBuf,
        /// Megabytes left.
        free_mb: u64,
    },
    /// A file given to read (an import) cannot be read.
    #[error("cannot read {}: {cause}; check the path", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        cause: std::io::Error,
    },
    /// A date filter that is not a date.
    #[error("{0:?} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-29")]
    BadDate(String),
    /// A sidecar could not be written or read.
    #[error("card record {} is unreadable: {reason}; run `welcome-booth archive check`", path.display())]
    Sidecar {
        /// The sidecar.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A folder given to merge that is not a booth archive.
    #[error("{} is not a booth archive (it has no cards/ folder); give the archive folder itself, or a bundle made by `welcome-booth archive export-bundle`", .0.display())]
    NotAnArchive(PathBuf),
    /// An archive given to merge into itself.
    #[error(
        "{0} is this archive itself (or a copy or bundle of it); give another booth's archive folder or bundle"
    )]
    MergeSelf(String),
    /// A bundle that is damaged or not a bundle; nothing of it was merged.
    #[error("the bundle {} was refused whole: {reason}; copy it again from the booth, or make a new one there with `welcome-booth archive export-bundle`", path.display())]
    Bundle {
        /// The bundle file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// An archive folder given to merge that holds something no booth writes (a link, a
    /// record naming a path, text beyond any card's bounds); nothing of it was merged.
    #[error(
        "{source_name} was refused whole, nothing of it was merged: {reason}; ask that booth for a fresh copy of its archive, or a bundle made with `welcome-booth archive export-bundle`"
    )]
    Refused {
        /// The folder or bundle, as given.
        source_name: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A conflict to settle that no merge left.
    #[error(
        "card {id} has no conflict over its {part}; `welcome-booth archive conflicts` lists those there are"
    )]
    NoConflict {
        /// The card.
        id: CardId,
        /// The part named.
        part: &'static str,
    },
    /// An edit made on a card that changed after it was opened; nothing was overwritten.
    #[error(
        "card {id} changed since you opened it (version {opened}, now {now}); open it again and make your change there"
    )]
    ChangedSinceOpened {
        /// The card.
        id: CardId,
        /// The version the editor saw.
        opened: u64,
        /// The version it is at.
        now: u64,
    },
    /// An interviewer's change for a participant who is no longer the one they opened.
    #[error(
        "the participant at booth {booth:?} changed since you opened it (they finished, walked away, or someone else sent first); open the page again"
    )]
    ParticipantChanged {
        /// The booth.
        booth: String,
    },
    /// A story's translation asked for on a card without a story.
    #[error("card {0} has no story to translate; a curator can add one on the card's page")]
    NoStory(CardId),
    /// A story longer than the archive keeps.
    #[error("the story is {chars} characters long; the archive keeps stories of at most {max}")]
    StoryTooLong {
        /// Its length.
        chars: usize,
        /// The most kept.
        max: usize,
    },
    /// A use the participant did not agree to.
    #[error("card {id} cannot be used for {use_}: its participant did not agree to it")]
    NoConsent {
        /// The card.
        id: CardId,
        /// The use.
        use_: &'static str,
    },
    /// The catalog database failed.
    #[error("archive catalog error: {0}; run `welcome-booth archive check`")]
    Db(#[from] rusqlite::Error),
    /// Making the card failed.
    #[error(transparent)]
    Card(#[from] CardError),
    /// A layout (snapshot or chosen) is unusable.
    #[error(transparent)]
    Layout(#[from] LayoutError),
}

impl crate::Blame for ArchiveError {
    fn is_user_mistake(&self) -> bool {
        match self {
            ArchiveError::BadId(_)
            | ArchiveError::NoSuchReference(_)
            | ArchiveError::BadAccountName(_)
            | ArchiveError::AmbiguousReference { .. }
            | ArchiveError::NotFound(_)
            | ArchiveError::PhotoFormat
            | ArchiveError::Read { .. }
            | ArchiveError::BadDate(_)
            | ArchiveError::Layout(_)
            | ArchiveError::NotAnArchive(_)
            | ArchiveError::NoArchive { .. }
            | ArchiveError::MergeSelf(_)
            | ArchiveError::Bundle { .. }
            | ArchiveError::Refused { .. }
            | ArchiveError::NoConflict { .. }
            | ArchiveError::ChangedSinceOpened { .. }
            | ArchiveError::ParticipantChanged { .. }
            | ArchiveError::StoryTooLong { .. }
            | ArchiveError::NoStory(_)
            | ArchiveError::NoConsent { .. } => true,
            ArchiveError::Card(e) => e.is_user_mistake(),
            // The machine's trouble: a disk, a drive, a catalog or a record gone wrong.
            ArchiveError::Open { .. }
            | ArchiveError::Io { .. }
            | ArchiveError::Gone { .. }
            | ArchiveError::ReadOnly { .. }
            | ArchiveError::DiskFull { .. }
            | ArchiveError::Sidecar { .. }
            | ArchiveError::Db(_) => false,
        }
    }
}

impl From<BadCardId> for ArchiveError {
    fn from(BadCardId(text): BadCardId) -> ArchiveError {
        ArchiveError::BadId(text)
    }
}

impl ArchiveError {
    pub(crate) fn io(path: &Path, cause: std::io::Error) -> ArchiveError {
        ArchiveError::Io {
            path: path.to_path_buf(),
            cause,
        }
    }
}
