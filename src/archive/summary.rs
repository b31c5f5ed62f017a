//! What lists, counters, the print queue and the kiosk's recent cards need of a card, read
//! from the catalog's columns: no record is parsed to list 10,000 cards.

use serde::Serialize;

use super::{CardId, CardRecord, Consent, PrintEntry, Timestamp, TranslationStatus};

/// A card as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardSummary {
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
    /// The message's language (ISO 639-3) or "und".
    pub language: String,
    /// Consent per use.
    pub consent: Consent,
    /// Where the translation stands, if there is one.
    pub translation: Option<TranslationStatus>,
    /// The latest print, if it was ever printed.
    pub last_print: Option<PrintEntry>,
}

impl From<&CardRecord> for CardSummary {
    fn from(r: &CardRecord) -> CardSummary {
        CardSummary {
            id: r.id,
            created_at: r.created_at,
            event: r.event.clone(),
            name: r.name.clone(),
            message: r.message.clone(),
            language: r.language.clone(),
            consent: r.consent.clone(),
            translation: r.translation.as_ref().map(|t| t.status),
            last_print: r.prints.last().cloned(),
        }
    }
}
