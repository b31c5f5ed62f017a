//! The archive: a SQLite catalog plus a folder per card, crash-safe.
//!
//! ```text
//! ARCHIVE/catalog.sqlite          one row per card (WAL journal)
//! ARCHIVE/cards/<id>/photo.jpg    the photo as captured
//!                   /card.pdf     the print file
//!                   /card.png     the raster copy
//!                   /card.json    the sidecar: the whole record, enough to rebuild the row
//! ARCHIVE/assets/<sha256>.png     copies of the images layouts name, shared between cards
//! ARCHIVE/erased/<id>.json        tombstones: erased cards, so merges never bring them back
//! ARCHIVE/archive-id              this archive's own id, to tell copies of cards apart
//! ARCHIVE/incoming/               a bundle being checked before it is merged
//! ARCHIVE/exhibition.json         the curators' choice and order of cards for the exhibition
//! ```
//!
//! Files are written atomically (temp, fsync, rename) and the row is committed only after
//! all of a card's files are in place, so a crash leaves at worst a folder without a row,
//! which `check` finds and `repair` completes or removes.

pub mod accounts;
mod at_booth;
pub mod bundle;
pub mod check;
mod error;
mod filter;
mod id;
pub mod merge;
pub mod record;
pub mod revision;
mod schema;
pub mod selection;
mod stories;
mod summary;
mod timestamp;
pub mod tombstones;
pub mod translations;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

pub use accounts::{Account, Role};
pub use at_booth::{InProgress, Participant};
pub use error::ArchiveError;
pub use filter::{Filter, Page};
pub use id::BadCardId;
use record::{CARD_PDF, CARD_PNG, SIDECAR};
pub use record::{
    CardId, CardRecord, Conflict, Consent, Correction, KnownCopy, MAX_STORY_CHARS, Part,
    PrintEntry, PrintState, RECORD_FORMAT, Revision, Story, Timestamp, Translation,
    TranslationStatus, Use,
};
pub use stories::check_story;
pub use summary::CardSummary;
pub use timestamp::BadTimestamp;
pub use tombstones::Tombstone;

use crate::card::{CardEngine, CardText, Layout, Photo, RenderedCard};
use crate::fsutil::write_atomic;
use revision::hex;
use schema::CATALOG;

/// The SHA-256 of some bytes in hex, as `sha256sum` prints it.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

/// Room a card needs, with a margin: photo, PDF and PNG together are 2 to 10 MB.
const MIN_FREE_BYTES: u64 = 50_000_000;

/// The file whose lock a process holds while it writes a card's several files (a save, a
/// merge, an erasure, a redraw) and while it repairs, so that repair never takes another
/// process's save in progress for one a crash cut short.
const WRITER_LOCK: &str = "writer.lock";

/// The open archive.
pub struct Archive {
    root: PathBuf,
    db: Connection,
    /// How deep in locked work this handle is (the lock is taken once, by the outermost).
    locked: u32,
}

/// A new card for the archive: what the participant gave and the rendered files.
pub struct NewCard<'a> {
    /// Its id, made before the card was drawn so the card can carry its reference.
    pub id: CardId,
    /// Message, name, event, date.
    pub text: &'a CardText,
    /// What the participant agreed to.
    pub consent: Consent,
    /// The layout it was rendered with.
    pub layout: &'a Layout,
    /// The photo exactly as captured (JPEG or PNG bytes).
    pub photo: &'a [u8],
    /// The rendered card.
    pub rendered: &'a RenderedCard,
    /// The participant's story from the interview, kept only with archive consent.
    pub story: Option<Story>,
}

/// A correction of what a card says: the fields given are changed.
#[derive(Debug, Clone, Default)]
pub struct TextFix {
    /// The corrected message.
    pub message: Option<String>,
    /// The corrected first name (empty: none).
    pub name: Option<String>,
}

/// The folder of card `id` in the archive at `root` (readers that need no catalog, such
/// as the desk's thumbnails, find files without opening it).
pub fn card_dir(root: &Path, id: CardId) -> PathBuf {
    root.join("cards").join(id.to_string())
}

impl Archive {
    /// The default archive folder: `welcome-booth/archive` in the user's data directory.
    pub fn default_dir() -> PathBuf {
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("welcome-booth")
            .join("archive")
    }

    /// Opens (creating if needed) the archive in `root`.
    pub fn open(root: &Path) -> Result<Archive, ArchiveError> {
        let fail = |reason: String| ArchiveError::Open {
            path: root.to_path_buf(),
            reason,
        };
        std::fs::create_dir_all(root.join("cards")).map_err(|e| fail(e.to_string()))?;
        let db = Connection::open(root.join(CATALOG)).map_err(|e| fail(e.to_string()))?;
        schema::prepare(&db).map_err(|e| fail(e.to_string()))?;
        Ok(Archive {
            root: root.to_path_buf(),
            db,
            locked: 0,
        })
    }

    /// Runs `work` holding the archive's writer lock (waiting for another process's to be
    /// let go). A process that dies lets go of it.
    pub(crate) fn exclusive<T>(
        &mut self,
        work: impl FnOnce(&mut Archive) -> Result<T, ArchiveError>,
    ) -> Result<T, ArchiveError> {
        if self.locked > 0 {
            return work(self);
        }
        let path = self.root.join(WRITER_LOCK);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| ArchiveError::io(&path, e))?;
        rustix::fs::flock(&file, rustix::fs::FlockOperation::LockExclusive)
            .map_err(|e| ArchiveError::io(&path, e.into()))?;
        self.locked += 1;
        let done = work(self);
        self.locked -= 1;
        drop(file);
        done
    }

    /// Opens the archive in `root` for a command that reads one: a folder without a
    /// catalog is refused (a mistyped `--archive` must not become a new, empty archive).
    pub fn open_existing(root: &Path) -> Result<Archive, ArchiveError> {
        if !root.join(CATALOG).is_file() {
            return Err(ArchiveError::NoArchive {
                path: root.to_path_buf(),
            });
        }
        Archive::open(root)
    }

    /// Opens an archive that already exists, never creating one: after a drive comes back,
    /// a folder that is still missing must not be made on the computer's own disk instead.
    pub fn reopen(root: &Path) -> Result<Archive, ArchiveError> {
        if !root.join(CATALOG).is_file() {
            return Err(ArchiveError::Gone {
                path: root.to_path_buf(),
            });
        }
        Archive::open(root)
    }

    /// Whether a card can be saved now: the folder is there, writable, and its disk has
    /// room for a few more cards. Cheap enough to ask every few seconds.
    pub fn check_room(&self) -> Result<(), ArchiveError> {
        use rustix::fs::StatVfsMountFlags;
        let path = self.root.clone();
        let stat = match rustix::fs::statvfs(&path) {
            Ok(stat) if self.root.join(CATALOG).is_file() => stat,
            _ => return Err(ArchiveError::Gone { path }),
        };
        if stat.f_flag.contains(StatVfsMountFlags::RDONLY) {
            return Err(ArchiveError::ReadOnly { path });
        }
        let free = stat.f_bavail.saturating_mul(stat.f_frsize);
        if free < MIN_FREE_BYTES {
            return Err(ArchiveError::DiskFull {
                path,
                free_mb: free / 1_000_000,
            });
        }
        Ok(())
    }

    /// The archive folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of one card.
    pub fn card_dir(&self, id: CardId) -> PathBuf {
        card_dir(&self.root, id)
    }

    /// Saves a new card: files first, each atomically, then the catalog row.
    pub fn save(&mut self, new: NewCard<'_>) -> Result<CardRecord, ArchiveError> {
        self.exclusive(|archive| archive.save_locked(new))
    }

    fn save_locked(&mut self, new: NewCard<'_>) -> Result<CardRecord, ArchiveError> {
        let id = new.id;
        let kept = new.consent.archive;
        let photo_ext = match new.photo {
            [0xFF, 0xD8, ..] => "jpg",
            [0x89, b'P', b'N', b'G', ..] => "png",
            _ => return Err(ArchiveError::PhotoFormat),
        };
        let mut record = CardRecord {
            id,
            created_at: Timestamp::now(),
            event: new.text.event.clone().unwrap_or_default(),
            name: new.text.name.clone().filter(|n| !n.trim().is_empty()),
            message: new.text.message.clone(),
            language: new
                .text
                .language
                .clone()
                .unwrap_or_else(|| crate::language::detect(&new.text.message, None)),
            date_text: new.text.date.clone().unwrap_or_default(),
            consent: new.consent,
            layout_name: new.layout.name.clone(),
            layout_toml: new.layout.source.clone(),
            photo_file: format!("photo.{photo_ext}"),
            // A translation given with the card (`archive add --translation`) is kept, as a
            // draft until someone approves it.
            translation: new.text.translation.clone().map(|text| Translation {
                text,
                status: TranslationStatus::Draft,
                translator: None,
                at: Timestamp::now(),
            }),
            prints: Vec::new(),
            fonts: new.rendered.scene.fonts_used(),
            format: RECORD_FORMAT,
            version: 0,
            updated_at: None,
            paper_mm: Some([new.layout.page.width_mm, new.layout.page.height_mm]),
            layout_images: Default::default(),
            revisions: Vec::new(),
            corrections: Vec::new(),
            story: new.story.filter(|_| kept),
        };
        record.layout_images = self.keep_layout_images(new.layout)?;
        record.touch();
        let dir = self.card_dir(id);
        let saved = std::fs::create_dir_all(&dir)
            .map_err(|e| ArchiveError::io(&dir, e))
            .and_then(|()| self.write_file(id, &record.photo_file, new.photo))
            .and_then(|()| self.write_file(id, CARD_PDF, &new.rendered.pdf))
            .and_then(|()| self.write_file(id, CARD_PNG, &new.rendered.png))
            .and_then(|()| self.write_sidecar(&record))
            .and_then(|()| schema::upsert(&self.db, &record));
        if saved.is_err() {
            // A full disk or a pulled drive: the files written so far go, so nothing
            // half-saved is left for `archive check` to find (a crash leaves them, and
            // check clears them).
            let _ = std::fs::remove_dir_all(&dir);
        }
        saved.map(|()| record)
    }

    fn write_file(&self, id: CardId, name: &str, bytes: &[u8]) -> Result<(), ArchiveError> {
        let path = self.card_dir(id).join(name);
        write_atomic(&path, bytes).map_err(|e| ArchiveError::io(&path, e))
    }

    fn write_sidecar(&self, record: &CardRecord) -> Result<(), ArchiveError> {
        let json = serde_json::to_vec_pretty(record).map_err(|e| ArchiveError::Sidecar {
            path: self.card_dir(record.id).join(SIDECAR),
            reason: e.to_string(),
        })?;
        self.write_file(record.id, SIDECAR, &json)
    }

    /// Copies the images a layout names into `assets/` (once: a copy is named by its
    /// content) and returns the record's map from the names to the copies.
    pub(crate) fn keep_layout_images(
        &self,
        layout: &Layout,
    ) -> Result<std::collections::BTreeMap<String, String>, ArchiveError> {
        let mut kept = std::collections::BTreeMap::new();
        for image in &layout.images {
            let ext = match *image.bytes {
                [0x89, b'P', b'N', b'G', ..] => "png",
                _ => "jpg",
            };
            let copy = format!("{}.{ext}", sha256_hex(&image.bytes));
            self.keep_asset(&copy, &image.bytes)?;
            kept.insert(image.name.clone(), copy);
        }
        Ok(kept)
    }

    /// Writes a layout image's copy into `assets/` under its content name, unless there.
    pub(crate) fn keep_asset(&self, copy: &str, bytes: &[u8]) -> Result<(), ArchiveError> {
        let assets = self.assets_dir();
        let path = assets.join(copy);
        if path.is_file() {
            return Ok(());
        }
        std::fs::create_dir_all(&assets).map_err(|e| ArchiveError::io(&assets, e))?;
        write_atomic(&path, bytes).map_err(|e| ArchiveError::io(&path, e))
    }

    /// Where the copies of layout images are.
    pub fn assets_dir(&self) -> PathBuf {
        self.root.join("assets")
    }

    /// The layout a card was made with, from its snapshot and the archive's image copies.
    pub fn layout_of(&self, record: &CardRecord) -> Result<Layout, ArchiveError> {
        Ok(record.layout(&self.assets_dir())?)
    }

    /// Stores a changed record, counting the change (its version, and a revision if an
    /// edited part changed): the sidecar first (it is the source of truth for repair), then
    /// the row.
    pub fn update(&mut self, record: &mut CardRecord) -> Result<(), ArchiveError> {
        record.touch();
        self.store(record)
    }

    /// Stores a record as it is (a merge keeps the other copy's version and history).
    fn store(&mut self, record: &CardRecord) -> Result<(), ArchiveError> {
        self.write_sidecar(record)?;
        schema::upsert(&self.db, record)?;
        Ok(())
    }

    /// Cards whose latest print is not completed, with that print, oldest card first.
    pub fn unfinished_prints(&self) -> Result<Vec<(CardId, PrintEntry)>, ArchiveError> {
        schema::unfinished_prints(&self.db)
    }

    /// One card's record.
    pub fn get(&self, id: CardId) -> Result<CardRecord, ArchiveError> {
        self.db
            .query_row(
                "SELECT json FROM records WHERE id = ?1",
                params![id.to_string()],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .ok_or(ArchiveError::NotFound(id))
            .and_then(|json| schema::parse_record(&json))
    }

    /// Cards matching `filter`, oldest first.
    pub fn list(&self, filter: &Filter) -> Result<Vec<CardRecord>, ArchiveError> {
        schema::list(&self.db, filter)
    }

    /// Number of cards in the catalog.
    pub fn count(&self) -> Result<u64, ArchiveError> {
        let n: i64 = self
            .db
            .query_row("SELECT count(*) FROM cards", [], |r| r.get(0))?;
        Ok(n.max(0) as u64)
    }

    /// Summaries of the cards matching `filter`, oldest first: what lists show, read from
    /// the catalog's columns.
    pub fn summaries(&self, filter: &Filter) -> Result<Vec<CardSummary>, ArchiveError> {
        schema::summaries(&self.db, filter, None)
    }

    /// The `n` newest cards matching `filter`, newest first.
    pub fn recent(&self, filter: &Filter, n: usize) -> Result<Vec<CardSummary>, ArchiveError> {
        schema::summaries(&self.db, filter, Some(n))
    }

    /// The cards matching `filter`, `limit` of them from `offset`: newest first, or best
    /// match first when it has words. Only the page's rows are read.
    pub fn page(&self, filter: &Filter, offset: u64, limit: usize) -> Result<Page, ArchiveError> {
        let named = filter
            .words
            .as_deref()
            .map(str::trim)
            .filter(|w| !w.is_empty());
        let card = named.and_then(|w| self.find_card(w).ok());
        schema::page(&self.db, filter, card, offset, limit)
    }

    /// The events cards were made at, in alphabetical order.
    pub fn events(&self) -> Result<Vec<String>, ArchiveError> {
        schema::distinct(&self.db, "event")
    }

    /// The languages messages were detected in (ISO 639-3), in order.
    pub fn languages(&self) -> Result<Vec<String>, ArchiveError> {
        schema::distinct(&self.db, "language")
    }

    /// Cards made, and card copies handed to a printer, since `since`: the staff screen's
    /// counters for the day.
    pub fn activity_since(&self, since: Timestamp) -> Result<(usize, usize), ArchiveError> {
        schema::activity_since(&self.db, since)
    }

    /// Withdraws one consent of a card, effective at once for every later export.
    pub fn withdraw_consent(&mut self, id: CardId, use_: Use) -> Result<CardRecord, ArchiveError> {
        let mut record = self.get(id)?;
        record.consent.withdraw(use_);
        self.update(&mut record)?;
        Ok(record)
    }

    /// Records a file exported for this card, so that erasure can find it.
    pub fn note_export(&self, id: CardId, path: &Path) -> Result<(), ArchiveError> {
        schema::note_export(&self.db, id, path)
    }

    /// Remembers that each of `paths` holds every card of `ids` (one transaction: an
    /// exhibition of thousands of cards).
    pub fn note_exports(&self, ids: &[CardId], paths: &[&Path]) -> Result<(), ArchiveError> {
        let tx = self.db.unchecked_transaction()?;
        for &id in ids {
            for path in paths {
                schema::note_export(&tx, id, path)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Removes every trace of a card: its folder, its row, and every exported file the
    /// archive knows of (shared exports such as the exhibition PDF are removed whole and
    /// must be rebuilt). A tombstone is written first, so a merge never brings the card back
    /// and an erasure cut short is finished by repair. Returns what was removed.
    pub fn erase(&mut self, id: CardId) -> Result<Vec<PathBuf>, ArchiveError> {
        self.exclusive(|archive| archive.erase_for(&Archive::tombstone_now(id)))
    }

    /// Erases the card a tombstone names (one made here, or brought by a merge).
    pub(crate) fn erase_for(&mut self, stone: &Tombstone) -> Result<Vec<PathBuf>, ArchiveError> {
        let id = stone.id;
        let dir = self.card_dir(id);
        if !self.has(id)? && !dir.exists() {
            return Err(ArchiveError::NotFound(id));
        }
        self.write_tombstone(stone)?;
        let mut removed = Vec::new();
        for path in schema::exports_of(&self.db, id)? {
            if path.exists() {
                std::fs::remove_file(&path).map_err(|e| ArchiveError::io(&path, e))?;
                removed.push(path);
            }
        }
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| ArchiveError::io(&dir, e))?;
            removed.push(dir);
        }
        schema::delete(&self.db, id)?;
        self.unselect(id)?;
        // The deleted rows are zeroed in the catalog (secure_delete); the journal's copies
        // of the pages that held them go too.
        schema::checkpoint(&self.db)?;
        Ok(removed)
    }

    /// Keeps the consent screen's word: erases (as [`Archive::erase`] does, tombstone and
    /// all) every card made before `day_start` (the start of today) whose
    /// participant did not agree to keep it after its day. A card whose print is not over
    /// waits for it. Returns the cards erased, and how many still wait for their print.
    pub fn erase_unkept(
        &mut self,
        day_start: Timestamp,
    ) -> Result<(Vec<CardId>, usize), ArchiveError> {
        self.exclusive(|archive| {
            let mut erased = Vec::new();
            let mut waiting = 0;
            for card in schema::unkept_before(&archive.db, day_start)? {
                if card.last_print.as_ref().is_some_and(PrintEntry::is_open) {
                    waiting += 1;
                    continue;
                }
                archive.erase_for(&Archive::tombstone_now(card.id))?;
                erased.push(card.id);
            }
            Ok((erased, waiting))
        })
    }

    /// The card someone names: by its id, or by the reference printed on it (as a
    /// participant types it when they ask for their card to be erased).
    pub fn find_card(&self, text: &str) -> Result<CardId, ArchiveError> {
        if let Ok(id) = text.parse::<CardId>() {
            return Ok(id);
        }
        let reference =
            id::read_reference(text).ok_or_else(|| ArchiveError::BadId(text.to_string()))?;
        let ids: Vec<CardId> = schema::ids(&self.db)?
            .into_iter()
            .filter(|id| id.reference() == reference)
            .collect();
        match ids.as_slice() {
            [] => Err(ArchiveError::NoSuchReference(reference)),
            [id] => Ok(*id),
            _ => Err(ArchiveError::AmbiguousReference { reference, ids }),
        }
    }

    /// Cards a curator looks for: the card whose id or reference `text` is, or else the
    /// cards whose message, name or translation has each word of `text` (as the start of a
    /// word: "welc" finds "welcome"), best first, at most `limit`.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<CardSummary>, ArchiveError> {
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let words = Filter {
            words: Some(text.to_string()),
            ..Filter::default()
        };
        Ok(self.page(&words, 0, limit)?.cards)
    }

    /// Whether the catalog has a row for this card.
    pub fn has(&self, id: CardId) -> Result<bool, ArchiveError> {
        Ok(self
            .db
            .query_row(
                "SELECT 1 FROM cards WHERE id = ?1",
                params![id.to_string()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Corrects what a card says (its message, its name, or both) for a curator `by`, if the
    /// card is still at `opened_version` (else it changed since they opened it, and nothing
    /// is overwritten). The corrected text must fit the card; the record keeps the values
    /// before, and the card is drawn again. Crash-safe as a merge is (see `settle`).
    pub fn correct(
        &mut self,
        engine: &mut CardEngine,
        id: CardId,
        opened_version: u64,
        fix: &TextFix,
        by: &str,
    ) -> Result<CardRecord, ArchiveError> {
        let mut record = self.get_opened(id, opened_version)?;
        let at = Timestamp::now();
        let mut note = |field: &str, before: Option<String>, after: Option<String>| {
            if before != after {
                record.corrections.push(record::Correction {
                    at,
                    by: by.to_string(),
                    field: field.to_string(),
                    before,
                    after,
                });
            }
        };
        let message = fix.message.as_ref().map(|m| m.trim().to_string());
        let name = fix
            .name
            .as_ref()
            .map(|n| Some(n.trim().to_string()).filter(|n| !n.is_empty()));
        if let Some(m) = &message {
            note("message", Some(record.message.clone()), Some(m.clone()));
        }
        if let Some(n) = &name {
            note("name", record.name.clone(), n.clone());
        }
        if let Some(m) = message {
            // The language the card was in still tells what detection cannot (Dari).
            record.language = crate::language::detect(&m, Some(&record.language));
            record.message = m;
        }
        if let Some(n) = name {
            record.name = n;
        }
        // The fit check first: a message that no longer fits is refused with the reason.
        engine.check_text(&self.layout_of(&record)?, &record.card_text())?;
        self.update_and_redraw(engine, &mut record)?;
        Ok(record)
    }

    /// A card's record, if it is still at the version someone opened it at.
    pub(crate) fn get_opened(
        &self,
        id: CardId,
        opened_version: u64,
    ) -> Result<CardRecord, ArchiveError> {
        let record = self.get(id)?;
        if record.version != opened_version {
            return Err(ArchiveError::ChangedSinceOpened {
                id,
                opened: opened_version,
                now: record.version,
            });
        }
        Ok(record)
    }

    /// Stores a changed record and draws its card again, marked as unsettled meanwhile so
    /// that a crash part-way is finished by repair (see `settle`).
    fn update_and_redraw(
        &mut self,
        engine: &mut CardEngine,
        record: &mut CardRecord,
    ) -> Result<(), ArchiveError> {
        self.exclusive(|archive| archive.update_and_redraw_locked(engine, record))
    }

    fn update_and_redraw_locked(
        &mut self,
        engine: &mut CardEngine,
        record: &mut CardRecord,
    ) -> Result<(), ArchiveError> {
        let marker = self.card_dir(record.id).join(record::UNSETTLED);
        write_atomic(&marker, b"").map_err(|e| ArchiveError::io(&marker, e))?;
        record.touch();
        self.store(record)?;
        self.settle(engine, record.id, None)
    }

    /// Re-renders a card from its original photo, with its own layout snapshot or with
    /// `layout`; an approved translation is included.
    pub fn rerender(
        &mut self,
        engine: &mut CardEngine,
        id: CardId,
        layout: Option<&Layout>,
    ) -> Result<CardRecord, ArchiveError> {
        let mut record = self.get(id)?;
        let snapshot;
        let layout = match layout {
            Some(l) => l,
            None => {
                snapshot = self.layout_of(&record)?;
                &snapshot
            }
        };
        let rendered = self.render_record(engine, &record, layout)?;
        let fonts = rendered.scene.fonts_used();
        for change in crate::card::fonts::font_changes(&record.fonts, &fonts) {
            tracing::warn!("card {id}: {change}; the new card may look different");
        }
        self.write_file(id, CARD_PDF, &rendered.pdf)?;
        self.write_file(id, CARD_PNG, &rendered.png)?;
        record.layout_name = layout.name.clone();
        record.layout_toml = layout.source.clone();
        record.layout_images = self.keep_layout_images(layout)?;
        record.paper_mm = Some([layout.page.width_mm, layout.page.height_mm]);
        record.fonts = fonts;
        self.update(&mut record)?;
        Ok(record)
    }

    /// Renders a record's card (nothing is written).
    pub fn render_record(
        &self,
        engine: &mut CardEngine,
        record: &CardRecord,
        layout: &Layout,
    ) -> Result<RenderedCard, ArchiveError> {
        let path = self.photo_path(record);
        let photo = Photo::read(&path)?;
        let origin = path.display().to_string();
        Ok(engine.render_photo_file(layout, &record.card_text(), &photo, &origin, None)?)
    }

    /// Where the card's original photo is.
    pub fn photo_path(&self, record: &CardRecord) -> PathBuf {
        self.card_dir(record.id).join(&record.photo_file)
    }

    pub(crate) fn db(&self) -> &Connection {
        &self.db
    }
}
