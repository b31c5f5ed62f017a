//! The curators' exhibition: which cards hang and in what order. Kept in
//! `ARCHIVE/exhibition.json` (written atomically), beside the cards rather than in their
//! records: it is this exhibition's choice, not part of a participant's card.
//!
//! Every card with exhibition consent is shown unless excluded; cards put in order come
//! first, in that order, and the rest follow in the order they were made, so a card
//! arriving from a booth joins the end until a curator places it.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::{Archive, ArchiveError, CardId, Filter, Use};
use crate::fsutil::write_atomic;

/// The file the selection is kept in.
const SELECTION: &str = "exhibition.json";

/// The curators' choices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    /// Cards placed, in the order they hang.
    #[serde(default)]
    pub order: Vec<CardId>,
    /// Cards left out.
    #[serde(default)]
    pub excluded: Vec<CardId>,
}

impl Archive {
    /// The curators' choices (none yet: every consenting card, in the order made).
    pub fn selection(&self) -> Result<Selection, ArchiveError> {
        let path = self.root().join(SELECTION);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| ArchiveError::Sidecar {
                path,
                reason: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Selection::default()),
            Err(cause) => Err(ArchiveError::Read { path, cause }),
        }
    }

    fn save_selection(&self, selection: &Selection) -> Result<(), ArchiveError> {
        let path = self.root().join(SELECTION);
        let json = serde_json::to_vec_pretty(selection).map_err(|e| ArchiveError::Sidecar {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        write_atomic(&path, &json).map_err(|e| ArchiveError::io(&path, e))
    }

    /// The cards the exhibition shows, in order.
    pub fn exhibited(&self) -> Result<Vec<CardId>, ArchiveError> {
        let selection = self.selection()?;
        let consenting: Vec<CardId> = self
            .summaries(&Filter {
                consent: Some(Use::Exhibition),
                ..Filter::default()
            })?
            .into_iter()
            .map(|c| c.id)
            .collect();
        let allowed: HashSet<CardId> = consenting.iter().copied().collect();
        let excluded: HashSet<CardId> = selection.excluded.iter().copied().collect();
        let placed: HashSet<CardId> = selection.order.iter().copied().collect();
        let shown = |id: &CardId| allowed.contains(id) && !excluded.contains(id);
        Ok(selection
            .order
            .iter()
            .copied()
            .filter(shown)
            .chain(
                consenting
                    .iter()
                    .copied()
                    .filter(|id| !placed.contains(id) && shown(id)),
            )
            .collect())
    }

    /// Leaves cards out of the exhibition.
    pub fn exclude(&self, ids: &[CardId]) -> Result<(), ArchiveError> {
        let mut selection = self.selection()?;
        for &id in ids {
            self.get(id)?;
            if !selection.excluded.contains(&id) {
                selection.excluded.push(id);
            }
        }
        self.save_selection(&selection)
    }

    /// Puts cards back in the exhibition; only cards whose participants agreed to it.
    pub fn include(&self, ids: &[CardId]) -> Result<(), ArchiveError> {
        let mut selection = self.selection()?;
        for &id in ids {
            if !self.get(id)?.consent.exhibition {
                return Err(ArchiveError::NoConsent {
                    id,
                    use_: Use::Exhibition.as_str(),
                });
            }
            selection.excluded.retain(|e| *e != id);
        }
        self.save_selection(&selection)
    }

    /// Hangs these cards first, in this order (the rest follow as before).
    pub fn place_first(&self, ids: &[CardId]) -> Result<(), ArchiveError> {
        let mut selection = self.selection()?;
        for &id in ids {
            self.get(id)?;
        }
        selection.order.retain(|id| !ids.contains(id));
        selection.order.splice(0..0, ids.iter().copied());
        self.save_selection(&selection)
    }

    /// Forgets an erased card's place.
    pub(crate) fn unselect(&self, id: CardId) -> Result<(), ArchiveError> {
        let mut selection = self.selection()?;
        let before = selection.clone();
        selection.order.retain(|e| *e != id);
        selection.excluded.retain(|e| *e != id);
        match selection == before {
            true => Ok(()),
            false => self.save_selection(&selection),
        }
    }
}
