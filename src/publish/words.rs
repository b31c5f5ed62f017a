//! The words said about a card beside its picture: byline, alt text, the approved
//! translation.

use crate::archive::{CardRecord, TranslationStatus};

pub(super) fn approved_translation(card: &CardRecord) -> Option<&str> {
    card.translation
        .as_ref()
        .filter(|t| t.status == TranslationStatus::Approved)
        .map(|t| t.text.as_str())
}

/// "Amal, Museum Night, 29 November 2026" (the parts the card has).
pub(super) fn byline(card: &CardRecord) -> String {
    [
        card.name.as_deref(),
        Some(card.event.as_str()),
        Some(card.date_text.as_str()),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// Alt text: what a screen reader says for the card image.
pub(super) fn alt_text(card: &CardRecord) -> String {
    let who = card.name.as_deref().unwrap_or("a visitor");
    let at = match card.event.trim() {
        "" => String::new(),
        event => format!(" at {event}"),
    };
    let mut text = format!(
        "Portrait card of {who}{at}, with the message: “{}”",
        card.message.trim()
    );
    text.push_str(full_stop(&card.message));
    if let Some(t) = approved_translation(card) {
        text.push_str(&format!(
            " The message in Arabic: «{}»{}",
            t.trim(),
            full_stop(t)
        ));
    }
    text
}

/// The full stop a sentence ending in a quotation of `quoted` needs: none when the
/// quotation ends its own sentence already.
fn full_stop(quoted: &str) -> &'static str {
    let ends_sentence = quoted.trim_end().ends_with(['.', '!', '?', '…', '؟', '۔']);
    if ends_sentence { "" } else { "." }
}
