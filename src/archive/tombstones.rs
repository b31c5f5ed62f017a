//! Erasure that sticks: an erased card leaves a tombstone (its id and the time, nothing
//! about the participant) in `ARCHIVE/erased/`, which merges carry both ways, so an erased
//! card never comes back from an older copy and is erased wherever a copy is merged with
//! this archive.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::record::Timestamp;
use super::{Archive, ArchiveError, CardId, KnownCopy, schema};
use crate::fsutil::{UntrustedDir, write_atomic};

/// The folder of tombstones in an archive.
pub(crate) const ERASED: &str = "erased";

/// What is left of an erased card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// The card's id.
    pub id: CardId,
    /// When it was first erased.
    pub erased_at: Timestamp,
}

/// The largest tombstone file read (one is about 100 bytes).
pub(crate) const MAX_TOMBSTONE_BYTES: u64 = 4096;

/// The tombstones in an archive folder (`root/erased/`), by card id; files that are not
/// tombstones (temporary files of an interrupted write) are left alone. The folder may be
/// another booth's: each tombstone is a small regular file named by the id it holds.
pub(crate) fn read_tombstones(root: &Path) -> Result<BTreeMap<CardId, Tombstone>, ArchiveError> {
    let path = root.join(ERASED);
    let mut stones = BTreeMap::new();
    let entries = match std::fs::read_dir(&path) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(stones),
        Err(e) => return Err(ArchiveError::io(&path, e)),
    };
    let dir = UntrustedDir::open(&path).map_err(|cause| ArchiveError::Read {
        path: path.clone(),
        cause,
    })?;
    for entry in entries {
        let name = entry.map_err(|e| ArchiveError::io(&path, e))?.file_name();
        let Some(id) = name.to_str().and_then(|n| n.strip_suffix(".json")) else {
            continue; // a temporary file of an interrupted write
        };
        let unreadable = |reason: String| ArchiveError::Sidecar {
            path: path.join(&name),
            reason,
        };
        let id: CardId = id
            .parse()
            .map_err(|_| unreadable("it is not named by a card id".into()))?;
        let bytes = dir
            .read(&format!("{id}.json"), MAX_TOMBSTONE_BYTES)
            .map_err(|e| unreadable(e.to_string()))?;
        let stone: Tombstone =
            serde_json::from_slice(&bytes).map_err(|e| unreadable(e.to_string()))?;
        if stone.id != id {
            return Err(unreadable(format!(
                "it holds the tombstone of {}",
                stone.id
            )));
        }
        stones.insert(stone.id, stone);
    }
    Ok(stones)
}

impl Archive {
    /// Every card erased from this archive, or from one merged into it.
    pub fn tombstones(&self) -> Result<BTreeMap<CardId, Tombstone>, ArchiveError> {
        read_tombstones(self.root())
    }

    fn tombstone_path(&self, id: CardId) -> PathBuf {
        self.root().join(ERASED).join(format!("{id}.json"))
    }

    /// Writes a tombstone (before anything is removed: an erasure cut short by a crash is
    /// finished by `archive check --repair`).
    pub(crate) fn write_tombstone(&self, stone: &Tombstone) -> Result<(), ArchiveError> {
        let path = self.tombstone_path(stone.id);
        if path.is_file() {
            return Ok(());
        }
        let dir = self.root().join(ERASED);
        std::fs::create_dir_all(&dir).map_err(|e| ArchiveError::io(&dir, e))?;
        let json = serde_json::to_vec_pretty(stone).map_err(|e| ArchiveError::Sidecar {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        write_atomic(&path, &json).map_err(|e| ArchiveError::io(&path, e))
    }

    /// A tombstone for a card erased now.
    pub(crate) fn tombstone_now(id: CardId) -> Tombstone {
        Tombstone {
            id,
            erased_at: Timestamp::now(),
        }
    }

    /// The other archives known to hold a copy of this card: those it was merged from or
    /// into. An erasure must be carried to them (merge this archive into each).
    pub fn copies_of(&self, id: CardId) -> Result<Vec<KnownCopy>, ArchiveError> {
        schema::copies_of(self.db(), id)
    }
}
