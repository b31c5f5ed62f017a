//! A record's history of changes, kept so copies of a card in different archives can be
//! merged: each revision holds a short hash of each part a curator or translator edits, so
//! a merge can tell which copy is newer and, when both changed, which parts each changed.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::CardRecord;
use super::record::now;

/// One state of a card's edited parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// When it was made (RFC 3339).
    pub at: String,
    /// The message, name, event, date and language.
    pub text: String,
    /// The translation.
    pub translation: String,
    /// The layout, its images and the faces it drew with.
    pub layout: String,
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
}

impl Part {
    /// Every part, in the order they are merged.
    pub const ALL: [Part; 3] = [Part::Text, Part::Translation, Part::Layout];

    /// The word staff read.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Text => "text",
            Part::Translation => "translation",
            Part::Layout => "layout",
        }
    }

    /// The part named by a word as [`as_str`](Self::as_str) writes it.
    pub fn from_word(word: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.as_str() == word)
    }

    /// This part's hash in a revision.
    pub fn of(self, rev: &Revision) -> &str {
        match self {
            Part::Text => &rev.text,
            Part::Translation => &rev.translation,
            Part::Layout => &rev.layout,
        }
    }

    /// This part of `from` copied into `into`.
    pub fn copy(self, from: &CardRecord, into: &mut CardRecord) {
        match self {
            Part::Text => {
                into.event.clone_from(&from.event);
                into.name.clone_from(&from.name);
                into.message.clone_from(&from.message);
                into.language.clone_from(&from.language);
                into.date_text.clone_from(&from.date_text);
            }
            Part::Translation => into.translation.clone_from(&from.translation),
            Part::Layout => {
                into.layout_name.clone_from(&from.layout_name);
                into.layout_toml.clone_from(&from.layout_toml);
                into.layout_images.clone_from(&from.layout_images);
                into.paper_mm = from.paper_mm;
                into.fonts.clone_from(&from.fonts);
            }
        }
    }

    /// This part of a record as JSON, as a conflict keeps the other copy's version.
    pub fn to_json(self, record: &CardRecord) -> serde_json::Value {
        match self {
            Part::Text => serde_json::json!({
                "event": record.event, "name": record.name, "message": record.message,
                "language": record.language, "date_text": record.date_text,
            }),
            Part::Translation => serde_json::json!(record.translation),
            Part::Layout => serde_json::json!({
                "layout_name": record.layout_name, "layout_toml": record.layout_toml,
                "layout_images": record.layout_images, "paper_mm": record.paper_mm,
                "fonts": record.fonts,
            }),
        }
    }
}

/// A short hash of some JSON: enough to tell versions of a part apart.
fn short_hash(value: &serde_json::Value) -> String {
    let digest = Sha256::digest(value.to_string().as_bytes());
    hex(&digest[..8])
}

/// Lower-case hex of some bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl CardRecord {
    /// The revision this record's parts are at now, made at `at`.
    fn revision_at(&self, at: String) -> Revision {
        Revision {
            at,
            text: short_hash(&Part::Text.to_json(self)),
            translation: short_hash(&Part::Translation.to_json(self)),
            layout: short_hash(&Part::Layout.to_json(self)),
        }
    }

    /// The latest revision. A record made before revisions were kept has one implied,
    /// dated when the card was made, so two untouched copies of it agree.
    pub fn head(&self) -> Revision {
        match self.revisions.last() {
            Some(last) => last.clone(),
            None => self.revision_at(self.created_at.clone()),
        }
    }

    /// Marks a change: the version counts up, and if an edited part differs from the latest
    /// revision a new revision is added.
    pub(crate) fn touch(&mut self) {
        let at = now();
        self.version += 1;
        self.updated_at = Some(at.clone());
        let head = self.head();
        if self.revisions.is_empty() {
            self.revisions.push(head.clone());
        }
        let next = self.revision_at(at);
        if Part::ALL.iter().any(|p| p.of(&next) != p.of(&head)) {
            self.revisions.push(next);
        }
    }

    /// Whether this record's history contains `rev`.
    pub fn has_seen(&self, rev: &Revision) -> bool {
        self.revisions.contains(rev) || self.head() == *rev
    }
}
