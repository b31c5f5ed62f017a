//! A card's story: corrected by curators with the value before kept, and translated. The
//! story is not printed, so neither change draws the card again.

use super::record::{
    Correction, MAX_STORY_CHARS, Story, Timestamp, Translation, TranslationStatus,
};
use super::{Archive, ArchiveError, CardId, CardRecord};

impl Archive {
    /// Sets a card's story for curator `by`, if the card is still at `opened_version`; the
    /// story before is kept among its corrections. Empty text removes the story. Refused
    /// when the participant did not agree to the card being kept (stories are kept only
    /// with archive consent).
    pub fn correct_story(
        &mut self,
        id: CardId,
        opened_version: u64,
        text: &str,
        by: &str,
    ) -> Result<CardRecord, ArchiveError> {
        let mut record = self.get_opened(id, opened_version)?;
        let text = check_story(text)?;
        if !record.consent.archive {
            return Err(ArchiveError::NoConsent {
                id,
                use_: "keeping a story",
            });
        }
        let before = record.story.as_ref().map(|s| s.text.clone());
        if before.as_deref() == Some(text).filter(|t| !t.is_empty()) {
            return Ok(record);
        }
        let at = Timestamp::now();
        let mut story = record.story.take().unwrap_or_else(|| Story {
            text: String::new(),
            by: by.to_string(),
            at,
            translation: None,
            corrections: Vec::new(),
        });
        story.corrections.push(Correction {
            at,
            by: by.to_string(),
            field: "story".into(),
            before,
            after: Some(text.to_string()).filter(|t| !t.is_empty()),
        });
        story.text = text.to_string();
        story.at = at;
        // An emptied story is gone, with its history: nothing of it is kept.
        record.story = Some(story).filter(|s| !s.text.is_empty());
        self.update(&mut record)?;
        Ok(record)
    }

    /// Sets the translation of a card's story for translator `by`, if the card is still at
    /// `opened_version`. Empty text removes it.
    pub fn translate_story(
        &mut self,
        id: CardId,
        opened_version: u64,
        text: &str,
        status: TranslationStatus,
        by: &str,
    ) -> Result<CardRecord, ArchiveError> {
        let mut record = self.get_opened(id, opened_version)?;
        let text = check_story(text)?;
        let Some(story) = record.story.as_mut() else {
            return Err(ArchiveError::NoStory(id));
        };
        story.translation = (!text.is_empty()).then(|| Translation {
            text: text.to_string(),
            status,
            translator: Some(by.to_string()),
            at: Timestamp::now(),
        });
        self.update(&mut record)?;
        Ok(record)
    }
}

/// A story trimmed, if the archive keeps one that long.
pub fn check_story(text: &str) -> Result<&str, ArchiveError> {
    let text = text.trim();
    let chars = text.chars().count();
    if chars > MAX_STORY_CHARS {
        return Err(ArchiveError::StoryTooLong {
            chars,
            max: MAX_STORY_CHARS,
        });
    }
    Ok(text)
}
