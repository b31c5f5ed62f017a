//! `archive check`: proves the archive whole, or says exactly what is not, and repairs
//! what can be repaired.

use std::fmt;
use std::path::{Path, PathBuf};

use super::bundle::INCOMING;
use super::record::{CARD_PDF, CARD_PNG, SIDECAR, UNSETTLED};
use super::{Archive, ArchiveError, CardId, CardRecord, CardSummary, schema};
use crate::card::CardEngine;

/// What a check found.
#[derive(Debug, Default, PartialEq)]
pub struct CheckReport {
    /// Cards in the catalog.
    pub cards: u64,
    /// SQLite's own verdict ("ok" when sound).
    pub integrity: String,
    /// Folders with a complete sidecar but no row (a save interrupted after its files).
    pub orphans: Vec<CardId>,
    /// Folders without a sidecar and without a row (a save interrupted early).
    pub incomplete: Vec<PathBuf>,
    /// Cards whose row differs from their sidecar (an update interrupted between the two;
    /// the sidecar, written first, is the newer).
    pub stale: Vec<CardId>,
    /// Cards whose row exists but some files do not.
    pub missing: Vec<(CardId, Vec<String>)>,
    /// Temporary files left by interrupted writes.
    pub temp_files: Vec<PathBuf>,
    /// Folders under cards/ whose names are not card ids.
    pub strangers: Vec<PathBuf>,
    /// Cards a merge or correction was changing when it stopped (repair finishes them).
    pub merging: Vec<CardId>,
    /// Cards with a tombstone that are still here: an erasure cut short (repair finishes it).
    pub unerased: Vec<CardId>,
    /// Cards whose layout names images the archive keeps no copy of (records of format 1);
    /// repair copies them in when they can be read from the current folder, as then.
    pub uncopied: Vec<(CardId, Vec<String>)>,
}

impl CheckReport {
    /// Whether nothing needs attention.
    pub fn is_clean(&self) -> bool {
        self.integrity == "ok"
            && self.orphans.is_empty()
            && self.incomplete.is_empty()
            && self.missing.is_empty()
            && self.stale.is_empty()
            && self.temp_files.is_empty()
            && self.strangers.is_empty()
            && self.merging.is_empty()
            && self.unerased.is_empty()
            && self.uncopied.is_empty()
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} card(s) in the catalog; database integrity: {}",
            self.cards, self.integrity
        )?;
        for id in &self.orphans {
            writeln!(
                f,
                "orphan: {id} has its files and record but no catalog row (repairable)"
            )?;
        }
        for dir in &self.incomplete {
            writeln!(
                f,
                "incomplete: {} was never finished saving (repair removes it)",
                dir.display()
            )?;
        }
        for (id, files) in &self.missing {
            writeln!(f, "missing: card {id} lacks {}", files.join(", "))?;
        }
        for id in &self.stale {
            writeln!(
                f,
                "stale: the catalog row of {id} is older than its record file (repairable)"
            )?;
        }
        for tmp in &self.temp_files {
            writeln!(f, "leftover: {} (repair removes it)", tmp.display())?;
        }
        for id in &self.merging {
            writeln!(
                f,
                "interrupted change (a merge or correction): card {id} (repairable)"
            )?;
        }
        for id in &self.unerased {
            writeln!(
                f,
                "interrupted erasure: card {id} has a tombstone but is still here (repair erases it)"
            )?;
        }
        for (id, images) in &self.uncopied {
            writeln!(
                f,
                "no copy: card {id}'s layout names {}, which the archive does not keep; run `welcome-booth archive check --repair` from the layout file's folder to copy it in",
                images.join(", ")
            )?;
        }
        for dir in &self.strangers {
            writeln!(f, "unknown folder: {} (left alone)", dir.display())?;
        }
        if self.is_clean() {
            writeln!(f, "all good")?;
        }
        Ok(())
    }
}

/// Whether the temporary file `name` (`.card.json.PID.tmp`, as `write_atomic` names it)
/// is being written by another process that is still running: a write under way, not
/// one a crash left behind.
fn writer_alive(name: &str) -> bool {
    let pid = name
        .strip_suffix(".tmp")
        .and_then(|n| n.rsplit('.').next())
        .and_then(|pid| pid.parse::<u32>().ok());
    pid.is_some_and(|pid| pid != std::process::id() && Path::new(&format!("/proc/{pid}")).exists())
}

impl Archive {
    /// Checks the catalog against the files.
    pub fn check(&self) -> Result<CheckReport, ArchiveError> {
        let mut report = CheckReport {
            cards: self.count()?,
            integrity: schema::integrity(self.root())?,
            ..CheckReport::default()
        };
        let rows = self.list(&Default::default())?;
        let columns: std::collections::HashMap<CardId, CardSummary> = self
            .summaries(&Default::default())?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
        let erased = self.tombstones()?;
        for record in &rows {
            if erased.contains_key(&record.id) {
                report.unerased.push(record.id);
                continue;
            }
            let dir = self.card_dir(record.id);
            let lacking: Vec<String> = record
                .files()
                .iter()
                .chain(&[SIDECAR])
                .filter(|f| !dir.join(f).is_file())
                .map(|f| f.to_string())
                .collect();
            let uncopied = record.images_without_copy();
            if !uncopied.is_empty() {
                report.uncopied.push((record.id, uncopied));
            }
            if !lacking.is_empty() {
                report.missing.push((record.id, lacking));
            } else if self.read_sidecar(record.id).ok().as_ref() != Some(record)
                || columns.get(&record.id) != Some(&CardSummary::from(record))
            {
                report.stale.push(record.id);
            }
        }
        let known: std::collections::HashSet<CardId> = rows.iter().map(|r| r.id).collect();
        let cards_dir = self.root().join("cards");
        for entry in std::fs::read_dir(&cards_dir).map_err(|e| ArchiveError::io(&cards_dir, e))? {
            let path = entry.map_err(|e| ArchiveError::io(&cards_dir, e))?.path();
            let Some(id) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.parse::<CardId>().ok())
            else {
                report.strangers.push(path);
                continue;
            };
            if let Ok(files) = std::fs::read_dir(&path) {
                for file in files.flatten() {
                    let name = file.file_name();
                    if name.to_string_lossy().ends_with(".tmp")
                        && !writer_alive(&name.to_string_lossy())
                    {
                        report.temp_files.push(file.path());
                    }
                }
            }
            if erased.contains_key(&id) {
                if !known.contains(&id) {
                    report.unerased.push(id); // its row already gone
                }
                continue;
            }
            if path.join(UNSETTLED).exists() {
                report.merging.push(id);
            }
            if known.contains(&id) {
                continue;
            }
            match self.read_sidecar(id) {
                Ok(_) => report.orphans.push(id),
                Err(_) => report.incomplete.push(path),
            }
        }
        // Bundles being checked when the merge stopped.
        if let Ok(unpacked) = std::fs::read_dir(self.root().join(INCOMING)) {
            report
                .temp_files
                .extend(unpacked.flatten().map(|e| e.path()));
        }
        Ok(report)
    }

    pub(crate) fn read_sidecar(&self, id: CardId) -> Result<CardRecord, ArchiveError> {
        let path = self.card_dir(id).join(SIDECAR);
        let bytes = crate::fsutil::read_limited(&path, super::record::MAX_SIDECAR_BYTES)
            .map_err(|e| ArchiveError::io(&path, e))?;
        CardRecord::from_json(&bytes).map_err(|e| ArchiveError::Sidecar {
            path,
            reason: e.to_string(),
        })
    }

    /// Repairs what `check` found: rows rebuilt or brought up to date from sidecars, unfinished saves and
    /// temporary files removed, missing card files re-rendered from the photo and the
    /// layout snapshot. Returns what is still wrong afterwards.
    ///
    /// It holds the writer lock throughout, so a save or merge another process (the kiosk,
    /// the desk) has under way finishes first and is never taken for one cut short.
    pub fn repair(&mut self, engine: &mut CardEngine) -> Result<CheckReport, ArchiveError> {
        self.exclusive(|archive| archive.repair_locked(engine))
    }

    fn repair_locked(&mut self, engine: &mut CardEngine) -> Result<CheckReport, ArchiveError> {
        let report = self.check()?;
        let erased = self.tombstones()?;
        for id in &report.unerased {
            self.erase_for(&erased[id])?;
        }
        for tmp in &report.temp_files {
            let removed = match tmp.is_dir() {
                true => std::fs::remove_dir_all(tmp),
                false => std::fs::remove_file(tmp),
            };
            removed.map_err(|e| ArchiveError::io(tmp, e))?;
        }
        for dir in &report.incomplete {
            std::fs::remove_dir_all(dir).map_err(|e| ArchiveError::io(dir, e))?;
        }
        for &id in report.orphans.iter().chain(&report.stale) {
            let record = self.read_sidecar(id)?;
            schema::upsert(self.db(), &record)?;
        }
        for (id, _) in &report.uncopied {
            // Read as when the card was made: relative to the current folder.
            let mut record = self.get(*id)?;
            if let Ok(layout) = self.layout_of(&record) {
                record.layout_images = self.keep_layout_images(&layout)?;
                self.update(&mut record)?;
            }
        }
        for &id in &report.merging {
            self.settle(engine, id, None)?;
        }
        for (id, files) in report
            .missing
            .iter()
            .filter(|(id, _)| !report.merging.contains(id))
        {
            let renderable = files.iter().all(|f| f == CARD_PDF || f == CARD_PNG);
            if renderable {
                // Its own layout snapshot, as the card was first made.
                self.rerender(engine, *id, None)?;
            }
        }
        self.check()
    }
}
