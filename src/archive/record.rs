//! What the archive keeps about one card. The same structure is the JSON sidecar beside
//! the card's files, which alone is enough to rebuild the catalog row.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::ArchiveError;
use crate::card::CardText;
use crate::card::fonts::FontUsed;

/// A card's id: a UUIDv7, so ids sort by the time the portrait was taken. Only ids that
/// parse as UUIDs ever become folder names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardId(Uuid);

impl CardId {
    /// A fresh id for a card made now.
    pub fn new() -> CardId {
        CardId(Uuid::now_v7())
    }
}

impl Default for CardId {
    fn default() -> Self {
        CardId::new()
    }
}

impl fmt::Display for CardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// Ids as the catalog stores them (text).
impl rusqlite::types::FromSql for CardId {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e: ArchiveError| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

impl FromStr for CardId {
    type Err = ArchiveError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::try_parse(s.trim())
            .map(CardId)
            .map_err(|_| ArchiveError::BadId(s.to_string()))
    }
}

/// The uses a participant can agree to, each on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
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
    /// When the consent was given (RFC 3339).
    pub given_at: String,
    /// When a consent was last withdrawn, if ever.
    pub changed_at: Option<String>,
}

impl Consent {
    /// Consent given now for the listed uses.
    pub fn given(uses: &[Use]) -> Consent {
        Consent {
            print: uses.contains(&Use::Print),
            archive: uses.contains(&Use::Archive),
            exhibition: uses.contains(&Use::Exhibition),
            social: uses.contains(&Use::Social),
            given_at: now(),
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
        self.changed_at = Some(now());
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
    /// When it was last changed (RFC 3339).
    pub at: String,
}

/// One print of the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintEntry {
    /// When it was sent (RFC 3339).
    pub at: String,
    /// The print queue.
    pub printer: String,
    /// How many copies.
    pub copies: u32,
    /// The print system's job id, once it has one.
    pub job: Option<String>,
    /// Where the job stands (pending, printing, completed, aborted, cancelled).
    pub state: String,
    /// Why it stopped, in plain words, if it did.
    pub reason: Option<String>,
}

/// Everything the archive keeps about one card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardRecord {
    /// The id.
    pub id: CardId,
    /// When the portrait was taken (RFC 3339, UTC).
    pub created_at: String,
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
}

impl CardRecord {
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
        }
    }

    /// The files that make up the card, besides the sidecar.
    pub fn files(&self) -> [&str; 3] {
        [self.photo_file.as_str(), CARD_PDF, CARD_PNG]
    }
}

/// The print file of a card.
pub const CARD_PDF: &str = "card.pdf";
/// The raster copy of a card.
pub const CARD_PNG: &str = "card.png";
/// The sidecar.
pub const SIDECAR: &str = "card.json";

/// The language of a message, as ISO 639-3, when it can be told reliably.
pub fn detect_language(text: &str) -> String {
    match whatlang::detect(text) {
        // Booth messages are short; whatlang's own "reliable" flag rarely rises for them.
        Some(info) if info.is_reliable() || info.confidence() >= 0.25 => {
            info.lang().code().to_string()
        }
        // Short messages rarely tell the language; the script still tells Arabic apart.
        _ if whatlang::detect_script(text) == Some(whatlang::Script::Arabic) => "ara".into(),
        _ => "und".into(),
    }
}

/// The current time as RFC 3339, UTC.
pub fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_by_time_and_refuse_paths() {
        let a = CardId::new();
        let b = CardId::new();
        assert!(a.to_string() < b.to_string());
        assert_eq!(a.to_string().parse::<CardId>().unwrap(), a);
        for bad in ["../../etc/passwd", "", "0193c6e2", "a/b"] {
            assert!(bad.parse::<CardId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn languages_are_detected() {
        assert_eq!(
            detect_language("You are welcome here, this city is your home too and we are glad."),
            "eng"
        );
        assert_eq!(detect_language("أهلا"), "ara");
        // Too short to tell English from Danish: said so rather than guessed.
        assert_eq!(
            detect_language("Welcome number 1, you are among friends here"),
            "und"
        );
        assert_eq!(detect_language("Hi"), "und");
    }
}
