//! What each participant screen says aloud when the participant taps Listen (or as it opens,
//! in audio mode): its title and instructions in their language, and on the message and
//! card screens what the participant wrote. Whole sentences from the language's file,
//! joined one after another.

use crate::card::CardText;

use super::i18n::Language;

/// A participant screen, with what it says beyond its fixed words.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen<'a> {
    /// The start screen.
    Start,
    /// Consent.
    Consent,
    /// The live camera.
    Camera,
    /// The camera cannot be reached.
    CameraUnavailable,
    /// The photo just taken, and the retakes left.
    Review {
        /// Retakes left.
        retakes_left: u32,
    },
    /// Typing the message, and what is typed so far.
    Message {
        /// The message.
        message: &'a str,
        /// The first name.
        name: &'a str,
    },
    /// The card being made.
    Making,
    /// The finished card.
    Preview {
        /// What it says.
        card: &'a CardText,
    },
    /// The card being saved and sent.
    Printing,
    /// Thank you.
    Goodbye {
        /// Whether the printer took it.
        printed: bool,
        /// Whether it is kept after today.
        kept: bool,
        /// The card's reference.
        reference: Option<String>,
    },
    /// The booth will go back to its start unless the participant asks for more time.
    MoreTime {
        /// Seconds left.
        seconds: u32,
    },
}

/// What `screen` says aloud in `lang`.
pub fn words(lang: &Language, screen: &Screen<'_>) -> String {
    let t = |id: &str| lang.text(id);
    let sentences: Vec<String> = match screen {
        Screen::Start => vec![t("attract-title"), t("attract-body"), t("start")],
        Screen::Consent => vec![
            t("consent-title"),
            t("consent-body"),
            t("consent-print"),
            t("consent-archive"),
            t("consent-exhibition"),
            t("consent-social"),
            t("consent-note"),
        ],
        Screen::Camera => vec![t("camera-title"), t("take-photo")],
        Screen::CameraUnavailable => vec![t("camera-unavailable"), t("camera-unavailable-body")],
        Screen::Review { retakes_left } => vec![
            t("review-title"),
            lang.text_with("retakes-left", &[("count", (*retakes_left).into())]),
        ],
        Screen::Message { message, name } => {
            let mut said = vec![t("message-title")];
            if !message.trim().is_empty() {
                said.push(lang.text_with("heard-message", &[("message", (*message).into())]));
            }
            if !name.trim().is_empty() {
                said.push(lang.text_with("heard-name", &[("name", (*name).into())]));
            }
            said
        }
        Screen::Making => vec![t("making-card")],
        Screen::Preview { card } => {
            let mut said = vec![t("preview-title"), card.message.clone()];
            said.extend(card.name.clone());
            said.extend(card.date.clone());
            said.push(t("print"));
            said
        }
        Screen::Printing => vec![t("printing")],
        Screen::Goodbye {
            printed,
            kept,
            reference,
        } => {
            let mut said = vec![t("goodbye-title")];
            if *printed {
                said.push(t("goodbye-body"));
            } else {
                said.extend([t("print-trouble"), t("saved-not-printed")]);
            }
            if let Some(reference) = reference {
                said.push(t(if *kept {
                    "goodbye-kept"
                } else {
                    "goodbye-not-kept"
                }));
                said.push(lang.text_with(
                    "goodbye-reference",
                    &[("reference", reference.as_str().into())],
                ));
            }
            said
        }
        Screen::MoreTime { seconds } => vec![
            t("more-time-title"),
            lang.text_with("more-time-body", &[("seconds", (*seconds).into())]),
            t("more-time-button"),
        ],
    };
    // Each ends as a sentence, so the voice pauses between them (a title has no full stop).
    let ends = [
        '.', '!', '?', '…', '؟', '۔', '。', '！', '？', '።', '»', '”',
    ];
    sentences
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| {
            if s.ends_with(ends) {
                s.to_string()
            } else {
                format!("{s}.")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
