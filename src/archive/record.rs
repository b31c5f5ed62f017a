//! What the archive keeps about one card. The same structure is the JSON sidecar beside
//! the card's files, which alone is enough to rebuild the catalog row.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use super::id::CardId;
pub use super::timestamp::Timestamp;
use crate::card::fonts::FontUsed;
use crate::card::{CardText, Layout, LayoutError};

/// The uses a participant can agree to, each on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Use {
    /// Printing the card for them to take home.
    Print,
    /// Keeping the portrait and message in the archive after the event.
    Archive,
    /// Showing it in an exhibition.
    Exhibition,
    /// Posting it on social media.
    Social,
}

impl Use {
    /// Every use, in the order the kiosk asks.
    pub const ALL: [Use; 4] = [Use::Print, Use::Archive, Use::Exhibition, Use::Social];

    /// The word for this use, as the command line and records write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Use::Print => "print",
            Use::Archive => "archive",
            Use::Exhibition => "exhibition",
            Use::Social => "social",
        }
    }

    /// The catalog column holding this consent.
    pub(crate) fn column(self) -> &'static str {
        match self {
            Use::Print => "consent_print",
            Use::Archive => "consent_archive",
            Use::Exhibition => "consent_exhibition",
            Use::Social => "consent_social",
        }
    }
}

impl FromStr for Use {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Use::ALL
            .into_iter()
            .find(|u| u.as_str() == s.trim())
            .ok_or_else(|| format!("{s:?} is not a use; say print, archive, exhibition or social"))
    }
}

/// What the participant agreed to, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// Printing the card.
    pub print: bool,
    /// Keeping it after the event.
    pub archive: bool,
    /// Exhibition.
    pub exhibition: bool,
    /// Social media.
    pub social: bool,
    /// When the consent was given.
    pub given_at: Timestamp,
    /// When a consent was last withdrawn, if ever.
    pub changed_at: Option<Timestamp>,
}

impl Consent {
    /// Consent given now for the listed uses.
    pub fn given(uses: &[Use]) -> Consent {
        Consent {
            print: uses.contains(&Use::Print),
            archive: uses.contains(&Use::Archive),
            exhibition: uses.contains(&Use::Exhibition),
            social: uses.contains(&Use::Social),
            given_at: Timestamp::now(),
            changed_at: None,
        }
    }

    /// Whether this use is agreed.
    pub fn allows(&self, u: Use) -> bool {
        match u {
            Use::Print => self.print,
            Use::Archive => self.archive,
            Use::Exhibition => self.exhibition,
            Use::Social => self.social,
        }
    }

    pub(crate) fn withdraw(&mut self, u: Use) {
        match u {
            Use::Print => self.print = false,
            Use::Archive => self.archive = false,
            Use::Exhibition => self.exhibition = false,
            Use::Social => self.social = false,
        }
        self.changed_at = Some(Timestamp::now());
    }
}

/// Where a translation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// Being worked on; not printed.
    Draft,
    /// Checked; used when the card is re-rendered.
    Approved,
}

impl TranslationStatus {
    /// The word used in the catalog and the translators' CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStatus::Draft => "draft",
            TranslationStatus::Approved => "approved",
        }
    }

    /// The status a word names ("draft" or "approved"), as [`as_str`](Self::as_str) writes it.
    pub fn from_word(word: &str) -> Option<TranslationStatus> {
        [TranslationStatus::Draft, TranslationStatus::Approved]
            .into_iter()
            .find(|s| s.as_str() == word)
    }
}

/// A translation of the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// The translated text.
    pub text: String,
    /// Draft or approved.
    pub status: TranslationStatus,
    /// Who translated it.
    pub translator: Option<String>,
    /// When it was last changed.
    pub at: Timestamp,
}

/// Where a print stands. Records written before the state was typed kept it as a word;
/// the same words are read, and a word this booth does not know reads as `Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PrintState {
    /// Written down, being handed to CUPS.
    Submitting,
    /// Waiting its turn.
    Pending,
    /// Held until released.
    Held,
    /// Printing.
    Printing,
    /// Stopped with the printer.
    Stopped,
    /// Printed.
    Completed,
    /// Cancelled by someone.
    Cancelled,
    /// Failed in the printer.
    Aborted,
    /// Never reached the printer.
    Failed,
    /// Over, but CUPS no longer remembers how.
    Ended,
    /// A state this booth does not know (a newer CUPS or booth): it may still print, so the
    /// card is never sent again while it stands.
    #[serde(other)]
    Unknown,
}

impl PrintState {
    /// The word shown to staff and kept in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            PrintState::Submitting => "submitting",
            PrintState::Pending => "pending",
            PrintState::Held => "held",
            PrintState::Printing => "printing",
            PrintState::Stopped => "stopped",
            PrintState::Completed => "completed",
            PrintState::Cancelled => "cancelled",
            PrintState::Aborted => "aborted",
            PrintState::Failed => "failed",
            PrintState::Ended => "ended",
            PrintState::Unknown => "unknown",
        }
    }

    /// Whether the print is not over yet (CUPS may still print it).
    pub fn is_open(self) -> bool {
        matches!(
            self,
            PrintState::Submitting
                | PrintState::Pending
                | PrintState::Held
                | PrintState::Printing
                | PrintState::Stopped
                | PrintState::Unknown
        )
    }
}

impl fmt::Display for PrintState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rusqlite::types::ToSql for PrintState {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl rusqlite::types::FromSql for PrintState {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let word = value.as_str()?;
        Ok(serde_json::from_value(serde_json::Value::from(word)).unwrap_or(PrintState::Unknown))
    }
}

/// One print of the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintEntry {
    /// When it was sent.
    pub at: Timestamp,
    /// The print queue.
    pub printer: String,
    /// How many copies.
    pub copies: u32,
    /// CUPS' job id, once it has one.
    #[serde(default, deserialize_with = "job_id")]
    pub job: Option<i32>,
    /// Where the job stands.
    pub state: PrintState,
    /// Why it stopped, in plain words, if it did.
    pub reason: Option<String>,
}

impl PrintEntry {
    /// Whether the print is not over yet (CUPS may still print it).
    pub fn is_open(&self) -> bool {
        self.state.is_open()
    }
}

/// A job id as a number, or as the text records of format 1 kept it.
fn job_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Job {
        Number(i32),
        Text(String),
    }
    match Option::<Job>::deserialize(d)? {
        None => Ok(None),
        Some(Job::Number(n)) => Ok(Some(n)),
        Some(Job::Text(t)) => t
            .parse()
            .map(Some)
            .map_err(|_| serde::de::Error::custom(format!("job id {t:?} is not a number"))),
    }
}

/// Everything the archive keeps about one card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardRecord {
    /// The id.
    pub id: CardId,
    /// When the portrait was taken.
    pub created_at: Timestamp,
    /// The event it was taken at.
    pub event: String,
    /// The participant's first name, if given.
    pub name: Option<String>,
    /// The message.
    pub message: String,
    /// The message's language as an ISO 639-3 code ("eng", "ara", …), or "und".
    pub language: String,
    /// The date as printed on the card.
    pub date_text: String,
    /// Consent per use.
    pub consent: Consent,
    /// The layout's name.
    pub layout_name: String,
    /// The layout file as it was, so a re-render years later is identical.
    pub layout_toml: String,
    /// File name of the original photo in the card's folder.
    pub photo_file: String,
    /// The translation, once there is one.
    pub translation: Option<Translation>,
    /// Every print.
    pub prints: Vec<PrintEntry>,
    /// The faces the card was drawn with (empty in records made before they were kept).
    #[serde(default)]
    pub fonts: Vec<FontUsed>,
    /// The record format (see [`RECORD_FORMAT`]); records from before formats were
    /// numbered read as 1.
    #[serde(default = "first_format")]
    pub format: u32,
    /// Counts every change, so an edit made on an older copy is refused rather than lost.
    #[serde(default)]
    pub version: u64,
    /// When the record last changed.
    #[serde(default)]
    pub updated_at: Option<Timestamp>,
    /// The trimmed page size in millimetres, as the printer is asked for it.
    #[serde(default)]
    pub paper_mm: Option<[f32; 2]>,
    /// The archive's copies of the images the layout names: the name as the layout writes
    /// it, and the copy's file name in the archive's `assets/` (named by its content).
    #[serde(default)]
    pub layout_images: BTreeMap<String, String>,
    /// Revisions of the edited parts, oldest first (see [`Revision`]).
    #[serde(default)]
    pub revisions: Vec<Revision>,
    /// Corrections curators made to the message or name, oldest first.
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// The participant's story as an interviewer wrote it at a staffed booth (kept only
    /// with archive consent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<Story>,
}

/// A participant's story, from the interview at a staffed booth. It is not printed; the
/// desk shows and searches it, and the gallery shows it with the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// The interview notes, as the interviewer wrote them.
    pub text: String,
    /// Who wrote it.
    pub by: String,
    /// When it was last changed.
    pub at: Timestamp,
    /// Its translation, once there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<Translation>,
    /// Corrections curators made to it, oldest first (the field is "story").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// The longest story kept, in characters (an interview's notes, not a book).
pub const MAX_STORY_CHARS: usize = 5_000;

/// A curator's correction of what a card says (a typo, a participant's request): the
/// value before and after, when and by whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// When.
    pub at: Timestamp,
    /// Who made it.
    pub by: String,
    /// "message" or "name".
    pub field: String,
    /// The value before.
    pub before: Option<String>,
    /// The value after.
    pub after: Option<String>,
}

/// Why a record's JSON cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// It is not a card record.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// It names its files by something other than the names the booth writes.
    #[error("{0}")]
    Names(String),
}

/// The record format this booth writes. 2 added the fields from `format` on and typed the
/// print history (job ids as numbers; states as one of [`PrintState`]'s words).
pub const RECORD_FORMAT: u32 = 2;

fn first_format() -> u32 {
    1
}

impl CardRecord {
    /// Reads a record from its JSON (a sidecar, the catalog, a bundle), bringing a record
    /// of an older format up to this one: the paper size is read from its layout snapshot.
    pub fn from_json(json: &[u8]) -> Result<CardRecord, RecordError> {
        let mut record: CardRecord = serde_json::from_slice(json)?;
        record.check_names().map_err(RecordError::Names)?;
        if record.paper_mm.is_none() {
            record.paper_mm = paper_of(&record.layout_toml);
        }
        record.format = RECORD_FORMAT;
        Ok(record)
    }

    /// The layout the card was made with, from its snapshot, its images read from the
    /// archive's copies in `assets` (a record of format 1 names them relative to the
    /// current folder, as they were read then).
    pub fn layout(&self, assets: &Path) -> Result<Layout, LayoutError> {
        let find_image = |name: &str| match self.layout_images.get(name) {
            Some(copy) => assets.join(copy),
            None => PathBuf::from(name),
        };
        Layout::parse(
            &self.layout_toml,
            &format!("layout snapshot of card {}", self.id),
            &find_image,
        )
    }

    /// Images the layout snapshot names that the archive keeps no copy of (records of
    /// format 1, made before copies were kept).
    pub fn images_without_copy(&self) -> Vec<String> {
        images_named(&self.layout_toml)
            .into_iter()
            .filter(|name| !self.layout_images.contains_key(name))
            .collect()
    }

    /// The card's text as the card engine takes it; only an approved translation is printed.
    pub fn card_text(&self) -> CardText {
        CardText {
            message: self.message.clone(),
            name: self.name.clone(),
            event: Some(self.event.clone()),
            date: Some(self.date_text.clone()),
            translation: self
                .translation
                .as_ref()
                .filter(|t| t.status == TranslationStatus::Approved)
                .map(|t| t.text.clone()),
            reference: Some(self.id.reference()),
            language: Some(self.language.clone()),
        }
    }

    /// The files that make up the card, besides the sidecar.
    pub fn files(&self) -> [&str; 3] {
        [self.photo_file.as_str(), CARD_PDF, CARD_PNG]
    }

    /// Checks a record read from outside (another booth's folder, a bundle) before
    /// anything of it is written: the file names it gives are one of the names the booth
    /// writes (never a path), every text is within the card engine's bounds and every list
    /// within reason, and its layout's images all have copies (a merged record never makes
    /// the booth read an image by a name it gives). The error says what is wrong.
    pub fn check_untrusted(&self) -> Result<(), String> {
        self.check_names()?;
        let missing = self.images_without_copy();
        if !missing.is_empty() {
            return Err(format!(
                "its layout names images it carries no copy of ({})",
                missing.join(", ")
            ));
        }
        use crate::card::TextField::{Attribution, Message, Translation};
        use crate::card::text::check_bounds;
        let texts = [
            (Message, Some(self.message.as_str())),
            (Attribution, self.name.as_deref()),
            (Attribution, Some(self.event.as_str())),
            (Attribution, Some(self.date_text.as_str())),
            (
                Translation,
                self.translation.as_ref().map(|t| t.text.as_str()),
            ),
        ];
        for (field, text) in texts {
            check_bounds(field, text.unwrap_or_default()).map_err(|e| e.to_string())?;
        }
        if let Some(story) = &self.story {
            let texts = [
                Some(&story.text),
                story.translation.as_ref().map(|t| &t.text),
            ];
            if let Some(long) = texts
                .into_iter()
                .flatten()
                .find(|t| t.chars().count() > MAX_STORY_CHARS)
            {
                return Err(format!(
                    "its story is {} characters long (at most {MAX_STORY_CHARS})",
                    long.chars().count()
                ));
            }
        }
        let short = [
            ("layout name", self.layout_name.as_str()),
            ("language", self.language.as_str()),
        ];
        for (what, text) in short {
            if text.len() > MAX_SHORT_TEXT {
                return Err(format!("its {what} is {} bytes long", text.len()));
            }
        }
        let lists = [
            ("prints", self.prints.len()),
            ("revisions", self.revisions.len()),
            ("corrections", self.corrections.len()),
            (
                "story corrections",
                self.story.as_ref().map_or(0, |s| s.corrections.len()),
            ),
            ("fonts", self.fonts.len()),
            ("layout images", self.layout_images.len()),
        ];
        for (what, n) in lists {
            if n > MAX_LIST {
                return Err(format!("it lists {n} {what} (at most {MAX_LIST})"));
            }
        }
        let long = self.layout_toml.len()
            + self
                .prints
                .iter()
                .map(|p| p.printer.len() + p.reason.as_ref().map_or(0, String::len))
                .sum::<usize>()
            + self
                .corrections
                .iter()
                .chain(self.story.iter().flat_map(|s| &s.corrections))
                .map(|c| {
                    c.by.len()
                        + c.before.as_ref().map_or(0, String::len)
                        + c.after.as_ref().map_or(0, String::len)
                })
                .sum::<usize>();
        if long > MAX_RECORD_BYTES {
            return Err(format!(
                "it is {long} bytes of text, more than any card's record"
            ));
        }
        Ok(())
    }

    /// The names a record gives for files: its photo is `photo.jpg` or `photo.png`, and
    /// each layout image copy is named by its SHA-256, as the booth writes them. Checked
    /// on every record read (a sidecar, the catalog, a bundle), since they become paths.
    fn check_names(&self) -> Result<(), String> {
        if !PHOTO_FILES.contains(&self.photo_file.as_str()) {
            return Err(format!(
                "its photo file is named {:?}, not photo.jpg or photo.png",
                self.photo_file
            ));
        }
        if let Some(copy) = self.layout_images.values().find(|c| !is_asset_name(c)) {
            return Err(format!(
                "it names a layout image copy {copy:?}, which is not a content name"
            ));
        }
        Ok(())
    }
}

/// The names a card's photo has in its folder.
pub const PHOTO_FILES: [&str; 2] = ["photo.jpg", "photo.png"];
/// Texts that are a word (layout name, language) are at most this
/// many bytes in a record from outside.
const MAX_SHORT_TEXT: usize = 200;
/// Lists in a record (prints, revisions, corrections) have at most this many entries.
const MAX_LIST: usize = 10_000;
/// A record's layout snapshot, print reasons and corrections together are at most this
/// many bytes (the sidecar itself is read up to [`MAX_SIDECAR_BYTES`]).
const MAX_RECORD_BYTES: usize = 2 << 20;
/// The largest sidecar read.
pub const MAX_SIDECAR_BYTES: u64 = 4 << 20;

/// Whether `name` is a layout image copy's name: 64 hex digits of SHA-256, `.png` or `.jpg`.
pub fn is_asset_name(name: &str) -> bool {
    name.split_once('.').is_some_and(|(sum, ext)| {
        sum.len() == 64
            && sum.bytes().all(|b| b.is_ascii_hexdigit())
            && ["png", "jpg"].contains(&ext)
    })
}

/// The image files a layout snapshot names (background, overlay), if it reads.
fn images_named(layout_toml: &str) -> Vec<String> {
    let Ok(table) = layout_toml.parse::<toml::Table>() else {
        return Vec::new();
    };
    [("page", "background_image"), ("overlay", "image")]
        .into_iter()
        .filter_map(|(t, key)| Some(table.get(t)?.get(key)?.as_str()?.to_string()))
        .collect()
}

/// The page size a layout snapshot gives, if it reads.
fn paper_of(layout_toml: &str) -> Option<[f32; 2]> {
    let table: toml::Table = layout_toml.parse().ok()?;
    let page = table.get("page")?;
    let mm = |key: &str| {
        page.get(key)?
            .as_float()
            .or_else(|| Some(page.get(key)?.as_integer()? as f64))
    };
    Some([mm("width_mm")? as f32, mm("height_mm")? as f32])
}

/// The print file of a card.
pub const CARD_PDF: &str = "card.pdf";
/// The raster copy of a card.
pub const CARD_PNG: &str = "card.png";
/// The sidecar.
pub const SIDECAR: &str = "card.json";
/// The file that marks a card whose change (a merge, a correction) is not finished: its
/// sidecar is the new one, its card files and row may not be yet.
pub(crate) const UNSETTLED: &str = "unsettled";

// What the catalog keeps beside each record: its revisions and the parts a merge compares,
// conflicts left for curators, and the other archives known to hold a copy.

/// One state of a card's edited parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// When it was made.
    pub at: Timestamp,
    /// The message, name, event, date and language.
    pub text: String,
    /// The translation.
    pub translation: String,
    /// The layout, its images and the faces it drew with.
    pub layout: String,
    /// The story ("" while there is none, as in revisions made before stories were kept).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub story: String,
}

/// The parts of a record a merge treats one by one. Consent and prints are not among
/// them: they merge without conflict (a withdrawal wins; prints are all kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Message, name, event, date and language.
    Text,
    /// The translation.
    Translation,
    /// The layout.
    Layout,
    /// The participant's story, its translation and corrections.
    Story,
}

impl Part {
    /// Every part, in the order they are merged.
    pub const ALL: [Part; 4] = [Part::Text, Part::Translation, Part::Layout, Part::Story];

    /// The word staff read.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Text => "text",
            Part::Translation => "translation",
            Part::Layout => "layout",
            Part::Story => "story",
        }
    }

    /// The part named by a word as [`as_str`](Self::as_str) writes it.
    pub fn from_word(word: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.as_str() == word)
    }
}

impl std::str::FromStr for Part {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Part::from_word(s).ok_or_else(|| {
            format!("{s:?} is not a part of a card; say text, translation, layout or story")
        })
    }
}

/// Parts as the catalog's conflicts keep them.
impl rusqlite::types::FromSql for Part {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let word = value.as_str()?;
        Part::from_word(word).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(format!("{word:?} is not a part of a card").into())
        })
    }
}

/// A part of a card both copies changed, left for a curator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The card.
    pub id: CardId,
    /// The part both changed.
    pub part: Part,
    /// The other copy's version of the part, as JSON (this archive keeps its own).
    pub theirs: String,
    /// Where the other copy came from.
    pub source: String,
    /// When the conflict was first found.
    pub found_at: Timestamp,
    /// The other copy's revisions: a curator's choice marks them seen, so the same copy
    /// merged again does not raise the conflict again.
    pub their_revisions: Vec<Revision>,
}

/// Another archive known to hold a copy of a card (one this archive was merged with).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownCopy {
    /// That archive's id.
    pub archive_id: String,
    /// Where it was merged from (a folder or a bundle file).
    pub name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_print_state_this_booth_does_not_know_stays_open() {
        let entry: PrintEntry = serde_json::from_str(
            r#"{"at":"2026-11-29T10:00:00Z","printer":"Booth","copies":1,"job":"12","state":"resting","reason":null}"#,
        )
        .unwrap();
        assert_eq!((entry.job, entry.state), (Some(12), PrintState::Unknown));
        assert!(entry.is_open());
        let bad =
            r#"{"at":"x","printer":"B","copies":1,"job":"twelve","state":"pending","reason":null}"#;
        assert!(serde_json::from_str::<PrintEntry>(bad).is_err());
    }
}
