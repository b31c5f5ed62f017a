//! A card's translation, set by a translator: checked to fit the card it will be printed
//! on, and the card drawn again when the printed words change.

use super::record::Timestamp;
use super::{Archive, ArchiveError, CardId, CardRecord, Translation, TranslationStatus};
use crate::card::CardEngine;

impl Archive {
    /// Whether `text` as the translation fits the card it will be printed on.
    pub fn check_translation_fits(
        &self,
        engine: &mut CardEngine,
        record: &CardRecord,
        text: &str,
    ) -> Result<(), ArchiveError> {
        let layout = self.layout_of(record)?;
        let mut card = record.card_text();
        card.translation = Some(text.to_string());
        engine.check_text(&layout, &card)?;
        Ok(())
    }

    /// Sets a card's translation for translator `by`, if the card is still at
    /// `opened_version` (else it changed since they opened it and nothing is overwritten).
    /// It must fit the card; when the printed translation changes (approved now, or
    /// approved before) the card is drawn again. Empty text removes the translation.
    pub fn translate(
        &mut self,
        engine: &mut CardEngine,
        id: CardId,
        opened_version: u64,
        text: &str,
        status: TranslationStatus,
        by: &str,
    ) -> Result<CardRecord, ArchiveError> {
        let mut record = self.get_opened(id, opened_version)?;
        let text = text.trim();
        let printed_before = record.card_text().translation;
        record.translation = if text.is_empty() {
            None
        } else {
            self.check_translation_fits(engine, &record, text)?;
            Some(Translation {
                text: text.to_string(),
                status,
                translator: Some(by.to_string()),
                at: Timestamp::now(),
            })
        };
        if record.card_text().translation == printed_before {
            self.update(&mut record)?;
        } else {
            self.update_and_redraw(engine, &mut record)?;
        }
        Ok(record)
    }
}
