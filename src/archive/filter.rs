//! What a list of cards asks for, and one page of the answer.

use super::{CardSummary, TranslationStatus, Use};

/// Filters for listing cards.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this event.
    pub event: Option<String>,
    /// Only cards made on or after this date or time (RFC 3339 prefix, e.g. "2026-11-29").
    pub since: Option<String>,
    /// Only cards without a translation.
    pub untranslated: bool,
    /// Only cards with this consent.
    pub consent: Option<Use>,
    /// Only cards made before this date or time (RFC 3339 prefix; "2026-11-30" ends on
    /// the 29th).
    pub until: Option<String>,
    /// Only cards whose translation stands so.
    pub translation: Option<TranslationStatus>,
    /// Only cards whose message is in this language (ISO 639-3, as detected).
    pub language: Option<String>,
    /// Only cards whose message, name or translation has each of these words (as the start
    /// of a word), or the card whose id or reference this is.
    pub words: Option<String>,
}

/// One page of a list of cards.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The cards on this page.
    pub cards: Vec<CardSummary>,
    /// How many cards match in all.
    pub total: u64,
}
