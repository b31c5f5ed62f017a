//! `archive merge`: brings another archive's cards into this one: a booth's archive copied
//! to a USB stick, a folder synced with any file tool, or a bundle (see [`super::bundle`]).
//!
//! Ids are UUIDv7, so cards never clash. A card both archives hold keeps the newer version
//! of each edited part ([`Part`]), judged by the records' revisions: a part only one copy
//! changed since their latest common revision is taken from that copy; a part both changed
//! is a conflict, reported and kept in the catalog for a curator, never overwritten.
//! Consent merges to the stricter (a withdrawal anywhere wins) and every print is kept.
//! Tombstones travel too: an erased card never comes back, and a copy here is erased.
//!
//! Crash-safe as saving is. A new card's files go in first, its sidecar last, then its row
//! (`check` finds an interrupted one as it finds an interrupted save). A changed card is
//! marked (an `unsettled` file in its folder) before its sidecar is replaced, and unmarked
//! once its card files and row follow; `repair` completes a marked card from its sidecar.
//! Merging the same source again changes nothing.

use std::fmt;
use std::path::{Path, PathBuf};

use super::record::{CARD_PDF, CARD_PNG, MAX_SIDECAR_BYTES, SIDECAR, Timestamp, UNSETTLED};
use super::record::{Conflict, Part};
use super::tombstones::read_tombstones;
use super::{Archive, ArchiveError, CardId, CardRecord, PrintEntry, schema, sha256_hex};
use crate::card::CardEngine;
use crate::card::photo::MAX_PHOTO_BYTES;
use crate::fsutil::{UntrustedDir, write_atomic};

/// The file holding an archive's own id.
pub(crate) const ARCHIVE_ID: &str = "archive-id";

/// What a merge did.
#[derive(Debug, Default, PartialEq)]
pub struct MergeReport {
    /// Where the cards came from.
    pub source: String,
    /// Cards new to this archive.
    pub added: usize,
    /// Cards this archive had, brought up to date.
    pub updated: usize,
    /// Cards this archive had, already up to date.
    pub unchanged: usize,
    /// Cards erased here because the source had erased them.
    pub erased: Vec<CardId>,
    /// Cards the source still has that were erased here (not brought back).
    pub kept_erased: usize,
    /// Tombstones new to this archive.
    pub tombstones: usize,
    /// Parts both copies changed: this archive's version kept, the other's left for a
    /// curator (`welcome-booth archive conflicts`).
    pub conflicts: Vec<(CardId, Part)>,
}

impl MergeReport {
    /// Whether the merge changed nothing here.
    pub fn changed_nothing(&self) -> bool {
        self.added == 0 && self.updated == 0 && self.erased.is_empty() && self.tombstones == 0
    }
}

impl fmt::Display for MergeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "merged {}: {} new card(s), {} updated, {} already up to date",
            self.source, self.added, self.updated, self.unchanged
        )?;
        if self.tombstones > 0 || !self.erased.is_empty() {
            writeln!(
                f,
                "{} erasure(s) learnt; {} card(s) erased here as they were there",
                self.tombstones,
                self.erased.len()
            )?;
        }
        if self.kept_erased > 0 {
            writeln!(
                f,
                "{} card(s) of the source were erased here and stay erased",
                self.kept_erased
            )?;
        }
        for (id, part) in &self.conflicts {
            writeln!(
                f,
                "conflict: card {id}: both archives changed its {}; this archive's kept, the other's is in `welcome-booth archive conflicts`",
                part.as_str()
            )?;
        }
        Ok(())
    }
}

/// The result of merging two copies of one record.
struct Merged {
    record: CardRecord,
    /// Parts taken from the other copy.
    taken: Vec<Part>,
    conflicts: Vec<Part>,
}

/// Merges the other copy of a record (`theirs`) into this archive's (`ours`).
fn merge_records(ours: &CardRecord, theirs: &CardRecord) -> Merged {
    let (our_head, their_head) = (ours.head(), theirs.head());
    let ours_newer = ours.has_seen(&their_head);
    let theirs_newer = theirs.has_seen(&our_head);
    let base = ours.chain().into_iter().rev().find(|r| theirs.has_seen(r));
    let mut merged = Merged {
        record: ours.clone(),
        taken: Vec::new(),
        conflicts: Vec::new(),
    };
    for part in Part::ALL {
        let (mine, other) = (part.of(&our_head), part.of(&their_head));
        if mine == other || ours_newer {
            continue;
        }
        let take = theirs_newer
            || match &base {
                Some(base) if part.of(base) == mine => true,
                Some(base) if part.of(base) == other => false,
                _ => {
                    merged.conflicts.push(part);
                    false
                }
            };
        if take {
            part.copy(theirs, &mut merged.record);
            merged.taken.push(part);
        }
    }
    let record = &mut merged.record;
    // Consent: what either copy withdrew stays withdrawn.
    let (consent, theirs_consent) = (&mut record.consent, &theirs.consent);
    let before = consent.clone();
    consent.print &= theirs_consent.print;
    consent.archive &= theirs_consent.archive;
    consent.exhibition &= theirs_consent.exhibition;
    consent.social &= theirs_consent.social;
    if *consent != before {
        consent.changed_at = consent.changed_at.max(theirs_consent.changed_at);
    }
    record.prints = merged_prints(&ours.prints, &theirs.prints);
    // Each other's history, unless a conflict stands: a later merge of the same copy must
    // find it again rather than take the other version as seen.
    if merged.conflicts.is_empty() {
        let mut revisions = ours.chain();
        for rev in theirs.chain() {
            if !revisions.contains(&rev) {
                revisions.push(rev);
            }
        }
        record.revisions = revisions;
    }
    merged
}

/// Every print of both copies once, in time order; of a print both know, the one that has
/// heard how it ended.
fn merged_prints(ours: &[PrintEntry], theirs: &[PrintEntry]) -> Vec<PrintEntry> {
    let mut all = ours.to_vec();
    for print in theirs {
        match all
            .iter_mut()
            .find(|p| p.at == print.at && p.printer == print.printer)
        {
            Some(known) if known.is_open() && !print.is_open() => *known = print.clone(),
            Some(_) => {}
            None => all.push(print.clone()),
        }
    }
    all.sort_by_key(|p| p.at);
    all
}

/// An archive folder's own id, if it has one. A folder from outside is read as such: the
/// file must be a small regular file holding a word (a UUID, as this booth writes).
pub(crate) fn archive_id_of(root: &Path) -> Result<Option<String>, String> {
    let dir = UntrustedDir::open(root).map_err(|e| format!("cannot read the folder ({e})"))?;
    let bytes = match dir.read(ARCHIVE_ID, 256) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("its {ARCHIVE_ID} cannot be read ({e})")),
    };
    let id = String::from_utf8_lossy(&bytes).trim().to_string();
    if !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(format!("its {ARCHIVE_ID} is not an archive id"));
    }
    Ok(Some(id).filter(|id| !id.is_empty()))
}

/// A card's files as read from the source, ready to write here.
struct CardFiles {
    files: Vec<(String, Vec<u8>)>,
    /// Layout image copies this archive lacks: name in `assets/` and bytes.
    assets: Vec<(String, Vec<u8>)>,
}

/// The largest card PDF or PNG read from another archive (a poster's is about 20 MB).
pub(crate) const MAX_CARD_FILE_BYTES: u64 = 64 << 20;

impl Archive {
    /// This archive's own id (made on first use): merges remember by it which archives hold
    /// a copy of a card, and an archive is never merged into itself.
    pub fn archive_id(&self) -> Result<String, ArchiveError> {
        let path = self.root().join(ARCHIVE_ID);
        match archive_id_of(self.root()) {
            Ok(Some(id)) => return Ok(id),
            Ok(None) => {}
            Err(reason) => return Err(ArchiveError::Sidecar { path, reason }),
        }
        let id = uuid::Uuid::now_v7().to_string();
        write_atomic(&path, id.as_bytes()).map_err(|e| ArchiveError::io(&path, e))?;
        Ok(id)
    }

    /// Merges another archive folder into this one (see the module's documentation).
    /// `name` says where it came from, in reports and in the catalog's copies.
    ///
    /// Everything in the folder is from outside: every card is read and checked before
    /// anything is written (records name their files only by the booth's own names, files
    /// are regular files inside their card's folder, never followed links, each within a
    /// size), and one card that fails refuses the whole merge.
    pub(crate) fn merge_folder(
        &mut self,
        engine: &mut CardEngine,
        source: &Path,
        name: &str,
    ) -> Result<MergeReport, ArchiveError> {
        let refuse = |reason: String| ArchiveError::Refused {
            source_name: name.to_string(),
            reason,
        };
        let cards_dir = source.join("cards");
        if !cards_dir.is_dir() {
            return Err(ArchiveError::NotAnArchive(source.to_path_buf()));
        }
        UntrustedDir::open(&cards_dir).map_err(|e| refuse(format!("its cards folder: {e}")))?;
        let source_id = archive_id_of(source)
            .map_err(refuse)?
            .unwrap_or_else(|| format!("folder {name}"));
        if source_id == self.archive_id()? {
            return Err(ArchiveError::MergeSelf(name.to_string()));
        }
        let theirs_erased = read_tombstones(source).map_err(|e| refuse(e.to_string()))?;
        let mut ids: Vec<CardId> = std::fs::read_dir(&cards_dir)
            .map_err(|cause| ArchiveError::Read {
                path: cards_dir.clone(),
                cause,
            })?
            .flatten()
            .filter_map(|e| e.file_name().to_str()?.parse().ok())
            .collect();
        ids.sort();
        // Every card is checked before anything is written; its large files are read
        // whole only when it is merged.
        let mut erased = self.tombstones()?;
        for &id in &ids {
            if !erased.contains_key(&id) && !theirs_erased.contains_key(&id) {
                self.read_source_card(id, source, false)
                    .map_err(|reason| refuse(format!("card {id} {reason}")))?;
            }
        }

        let mut report = MergeReport {
            source: name.to_string(),
            ..MergeReport::default()
        };
        // Erasures first: a card erased anywhere is never brought back.
        for stone in theirs_erased.into_values() {
            if erased.contains_key(&stone.id) {
                continue;
            }
            if self.has(stone.id)? || self.card_dir(stone.id).exists() {
                self.erase_for(&stone)?;
                report.erased.push(stone.id);
            } else {
                self.write_tombstone(&stone)?;
            }
            report.tombstones += 1;
            erased.insert(stone.id, stone);
        }
        for id in ids {
            if erased.contains_key(&id) {
                report.kept_erased += 1;
                continue;
            }
            // Read again as it is written: the folder may have changed since it was checked.
            let (theirs, files) = self
                .read_source_card(id, source, true)
                .map_err(|reason| refuse(format!("card {id} {reason}")))?;
            if self.has(id)? {
                self.merge_card(engine, theirs, files, &mut report)?;
            } else {
                self.add_card(&theirs, files)?;
                report.added += 1;
            }
            schema::note_copy(self.db(), id, &source_id, name)?;
        }
        Ok(report)
    }

    /// Reads a card of the source: its record, its files and the layout images this
    /// archive lacks, each checked. The error says why it cannot be merged. Unless
    /// `whole`, its card files are only checked (regular, within their size, of their
    /// kind), not read whole, and left out.
    fn read_source_card(
        &self,
        id: CardId,
        source: &Path,
        whole: bool,
    ) -> Result<(CardRecord, CardFiles), String> {
        let folder = UntrustedDir::open(&source.join("cards").join(id.to_string()))
            .map_err(|e| format!("cannot be read ({e})"))?;
        let unreadable = |dir: &UntrustedDir, file: &str, e: std::io::Error| {
            format!("cannot be read: {} ({e})", dir.path().join(file).display())
        };
        let read = |dir: &UntrustedDir, file: &str, max: u64| {
            dir.read(file, max).map_err(|e| unreadable(dir, file, e))
        };
        let record = CardRecord::from_json(&read(&folder, SIDECAR, MAX_SIDECAR_BYTES)?)
            .map_err(|e| format!("has an unreadable record ({e})"))?;
        if record.id != id {
            return Err(format!("has the record of another card, {}", record.id));
        }
        record
            .check_untrusted()
            .map_err(|reason| format!("has a record that cannot be taken in: {reason}"))?;
        let mut files = Vec::new();
        for file in record.files() {
            let max = if file == record.photo_file {
                MAX_PHOTO_BYTES
            } else {
                MAX_CARD_FILE_BYTES
            };
            let bytes = match whole {
                true => read(&folder, file, max)?,
                false => folder
                    .head(file, max, 8)
                    .map_err(|e| unreadable(&folder, file, e))?,
            };
            let magic: &[u8] = match file.rsplit('.').next() {
                Some("jpg") => &[0xFF, 0xD8],
                Some("png") => &[0x89, b'P', b'N', b'G'],
                _ => b"%PDF",
            };
            if !bytes.starts_with(magic) {
                return Err(format!("has a {file} that is not what its name says"));
            }
            if whole {
                files.push((file.to_string(), bytes));
            }
        }
        let mut assets = Vec::new();
        let mut source_assets = None;
        for copy in record.layout_images.values() {
            if self.assets_dir().join(copy).is_file() {
                continue;
            }
            if source_assets.is_none() {
                let dir = UntrustedDir::open(&source.join("assets")).map_err(|e| {
                    format!("names layout images, but the assets folder cannot be read ({e})")
                })?;
                source_assets = Some(dir);
            }
            let dir = source_assets.as_ref().expect("opened just above");
            let bytes = read(dir, copy, MAX_PHOTO_BYTES)?;
            if !copy.starts_with(&sha256_hex(&bytes)) {
                return Err(format!("has its layout image {copy} damaged in the source"));
            }
            assets.push((copy.clone(), bytes));
        }
        Ok((record, CardFiles { files, assets }))
    }

    fn write_assets(&self, assets: &[(String, Vec<u8>)]) -> Result<(), ArchiveError> {
        assets
            .iter()
            .try_for_each(|(copy, bytes)| self.keep_asset(copy, bytes))
    }

    /// A card new here: its files, then its sidecar, then its row, as a save does.
    fn add_card(&mut self, record: &CardRecord, files: CardFiles) -> Result<(), ArchiveError> {
        self.write_assets(&files.assets)?;
        let dir = self.card_dir(record.id);
        std::fs::create_dir_all(&dir).map_err(|e| ArchiveError::io(&dir, e))?;
        for (name, bytes) in &files.files {
            let path = dir.join(name);
            write_atomic(&path, bytes).map_err(|e| ArchiveError::io(&path, e))?;
        }
        self.store(record)
    }

    /// A card both archives hold: the merged record, and card files that match it.
    fn merge_card(
        &mut self,
        engine: &mut CardEngine,
        theirs: CardRecord,
        files: CardFiles,
        report: &mut MergeReport,
    ) -> Result<(), ArchiveError> {
        let id = theirs.id;
        let ours = self.get(id)?;
        let mut merged = merge_records(&ours, &theirs);
        for &part in &merged.conflicts {
            let conflict = Conflict {
                id,
                part,
                theirs: part.to_json(&theirs).to_string(),
                source: report.source.clone(),
                found_at: Timestamp::now(),
                their_revisions: theirs.chain(),
            };
            schema::note_conflict(self.db(), &conflict)?;
            report.conflicts.push((id, part));
        }
        // Kept even when nothing is taken: a curator may take their layout later.
        self.write_assets(&files.assets)?;
        if merged.record == ours {
            report.unchanged += 1;
            return Ok(());
        }
        // Past both copies' counts, so a page opened on either sees the change.
        merged.record.version = ours.version.max(theirs.version);
        merged.record.touch();
        // Their card files fit the merged record when every edited part is theirs.
        let card_files = Part::ALL
            .iter()
            .all(|p| p.of(&merged.record.head()) == p.of(&theirs.head()))
            .then_some(files.files);
        let marker = self.card_dir(id).join(UNSETTLED);
        if !merged.taken.is_empty() {
            write_atomic(&marker, b"").map_err(|e| ArchiveError::io(&marker, e))?;
        }
        self.store(&merged.record)?;
        if !merged.taken.is_empty() {
            self.settle(engine, id, card_files)?;
        }
        report.updated += 1;
        Ok(())
    }

    /// Brings a card's files in line with its sidecar after a merge or a correction
    /// changed it: their files when given (the merged card is theirs), else rendered again;
    /// then the row, and the mark removed. Repair calls it for a change a crash cut short.
    pub(crate) fn settle(
        &mut self,
        engine: &mut CardEngine,
        id: CardId,
        files: Option<Vec<(String, Vec<u8>)>>,
    ) -> Result<(), ArchiveError> {
        let dir = self.card_dir(id);
        let record = self.read_sidecar(id)?;
        match files {
            Some(files) => {
                for (name, bytes) in files.iter().filter(|(n, _)| n != &record.photo_file) {
                    let path = dir.join(name);
                    write_atomic(&path, bytes).map_err(|e| ArchiveError::io(&path, e))?;
                }
            }
            None => {
                let layout = self.layout_of(&record)?;
                let rendered = self.render_record(engine, &record, &layout)?;
                for (name, bytes) in [(CARD_PDF, &rendered.pdf), (CARD_PNG, &rendered.png)] {
                    let path = dir.join(name);
                    write_atomic(&path, bytes).map_err(|e| ArchiveError::io(&path, e))?;
                }
            }
        }
        schema::upsert(self.db(), &record)?;
        let marker = dir.join(UNSETTLED);
        match std::fs::remove_file(&marker) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(ArchiveError::io(&marker, e)),
            _ => Ok(()),
        }
    }

    /// Conflicts merges left for a curator.
    pub fn conflicts(&self) -> Result<Vec<Conflict>, ArchiveError> {
        schema::conflicts(self.db())
    }

    /// Settles the conflicts over one part of a card: this archive's version is kept, or
    /// the other copy's is taken (the latest found, if several) and the card drawn again.
    /// Either way the other copies' revisions are marked seen, so merging them again
    /// raises nothing.
    pub fn resolve(
        &mut self,
        engine: &mut CardEngine,
        id: CardId,
        part: Part,
        take_theirs: bool,
    ) -> Result<CardRecord, ArchiveError> {
        let conflicts: Vec<Conflict> = self
            .conflicts()?
            .into_iter()
            .filter(|c| c.id == id && c.part == part)
            .collect();
        let Some(latest) = conflicts.iter().max_by(|a, b| a.found_at.cmp(&b.found_at)) else {
            return Err(ArchiveError::NoConflict {
                id,
                part: part.as_str(),
            });
        };
        let mut record = self.get(id)?;
        if take_theirs {
            let theirs =
                serde_json::from_str(&latest.theirs).and_then(|json| part.apply(json, &mut record));
            theirs.map_err(|e| ArchiveError::Sidecar {
                path: PathBuf::from("catalog"),
                reason: format!("the other copy's {} is unreadable: {e}", part.as_str()),
            })?;
        }
        let mut revisions = record.chain();
        for rev in conflicts.iter().flat_map(|c| &c.their_revisions) {
            if !revisions.contains(rev) {
                revisions.push(rev.clone());
            }
        }
        record.revisions = revisions;
        self.update(&mut record)?;
        schema::forget_conflicts(self.db(), id, part)?;
        if take_theirs {
            return self.rerender(engine, id, None);
        }
        Ok(record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::{Consent, PrintState, Translation, TranslationStatus, Use};

    fn record() -> CardRecord {
        let mut r = CardRecord {
            id: CardId::new(),
            created_at: "2026-11-29T10:00:00Z".parse().unwrap(),
            event: "Southbank Centre".into(),
            name: Some("Amal".into()),
            message: "Welcome".into(),
            language: "eng".into(),
            date_text: "29 November 2026".into(),
            consent: Consent::given(&Use::ALL),
            layout_name: "postcard-4x6".into(),
            layout_toml: String::new(),
            photo_file: "photo.jpg".into(),
            translation: None,
            prints: Vec::new(),
            fonts: Vec::new(),
            format: 2,
            version: 0,
            updated_at: None,
            paper_mm: None,
            layout_images: Default::default(),
            revisions: Vec::new(),
            corrections: Vec::new(),
            story: None,
        };
        r.touch();
        r
    }

    fn translated(mut r: CardRecord, text: &str) -> CardRecord {
        r.translation = Some(Translation {
            text: text.into(),
            status: TranslationStatus::Approved,
            translator: None,
            at: "2026-11-30T10:00:00Z".parse().unwrap(),
        });
        std::thread::sleep(std::time::Duration::from_millis(2)); // revisions a moment apart
        r.touch();
        r
    }

    #[test]
    fn the_newer_copy_wins_and_merging_again_changes_nothing() {
        let old = record();
        let new = translated(old.clone(), "أهلا");
        for (ours, theirs) in [(&old, &new), (&new, &old)] {
            let m = merge_records(ours, theirs);
            assert!(m.conflicts.is_empty());
            assert_eq!(m.record.translation, new.translation);
            let again = merge_records(&m.record, theirs);
            assert_eq!(again.record, m.record);
        }
    }

    #[test]
    fn different_parts_merge_and_the_same_part_conflicts() {
        let base = record();
        let mut text = base.clone();
        text.message = "Welcome, friend".into();
        text.touch();
        let translation = translated(base.clone(), "أهلا");
        let m = merge_records(&text, &translation);
        assert!(m.conflicts.is_empty());
        assert_eq!(
            (m.record.message.as_str(), m.taken.as_slice()),
            ("Welcome, friend", [Part::Translation].as_slice())
        );
        let mut merged = m.record;
        merged.touch();
        assert!(merge_records(&merged, &translation).record == merged);
        assert!(merge_records(&merged, &text).record == merged);

        let mut other_text = base.clone();
        other_text.message = "Welcome, neighbour".into();
        other_text.touch();
        let m = merge_records(&text, &other_text);
        assert_eq!(m.conflicts, [Part::Text]);
        assert_eq!(m.record.message, "Welcome, friend", "ours kept");
        assert_eq!(
            merge_records(&m.record, &other_text).conflicts,
            [Part::Text]
        );
    }

    #[test]
    fn a_withdrawal_wins_and_prints_are_all_kept() {
        let base = record();
        let mut ours = base.clone();
        ours.consent.withdraw(Use::Social);
        let mut theirs = base.clone();
        let print = |at: &str, state| PrintEntry {
            at: at.parse().unwrap(),
            printer: "Booth".into(),
            copies: 1,
            job: Some(3),
            state,
            reason: None,
        };
        ours.prints = vec![print("2026-11-29T10:01:00Z", PrintState::Pending)];
        theirs.prints = vec![
            print("2026-11-29T10:01:00Z", PrintState::Completed),
            print("2026-11-29T11:00:00Z", PrintState::Completed),
        ];
        let m = merge_records(&ours, &theirs).record;
        assert!(!m.consent.social && m.consent.exhibition);
        assert_eq!(m.prints, theirs.prints);
    }
}
