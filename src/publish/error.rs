//! What can go wrong publishing, each in words that say what to do.

use std::path::{Path, PathBuf};

use crate::Blame;
use crate::archive::ArchiveError;
use crate::card::{CardError, LayoutError};

/// Why an exhibition, a social export or a translators' sheet could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The archive could not give the cards or note what was written.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    /// A card could not be drawn.
    #[error(transparent)]
    Card(#[from] CardError),
    /// A layout could not be loaded.
    #[error(transparent)]
    Layout(#[from] LayoutError),
    /// A file could not be written.
    #[error("cannot write {}: {cause}; check the disk is not full and the folder is writable", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        cause: std::io::Error,
    },
    /// A file given to read could not be read.
    #[error("cannot read {}: {cause}; check the path", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        cause: std::io::Error,
    },
    /// A translators' sheet with rows that cannot be taken: nothing of it was taken.
    #[error("{} has {} bad row(s), nothing was imported: {}", file.display(), problems.len(), problems.join("; "))]
    Sheet {
        /// The sheet.
        file: PathBuf,
        /// What is wrong, a row each, with its line.
        problems: Vec<String>,
    },
}

impl PublishError {
    pub(crate) fn io(path: &Path, cause: std::io::Error) -> PublishError {
        PublishError::Write {
            path: path.to_path_buf(),
            cause,
        }
    }
}

impl Blame for PublishError {
    fn is_user_mistake(&self) -> bool {
        match self {
            PublishError::Archive(e) => e.is_user_mistake(),
            PublishError::Card(e) => e.is_user_mistake(),
            PublishError::Layout(e) => e.is_user_mistake(),
            PublishError::Read { .. } | PublishError::Sheet { .. } => true,
            PublishError::Write { .. } => false,
        }
    }
}
