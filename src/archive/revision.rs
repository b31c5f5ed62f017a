//! A record's history of changes, kept so copies of a card in different archives can be
//! merged: each revision holds a short hash of each part a curator or translator edits, so
//! a merge can tell which copy is newer and, when both changed, which parts each changed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::record::{Part, Revision, Timestamp};
use super::{CardRecord, Correction};
use crate::card::fonts::FontUsed;

impl Part {
    /// This part's hash in a revision.
    pub fn of(self, rev: &Revision) -> &str {
        match self {
            Part::Text => &rev.text,
            Part::Translation => &rev.translation,
            Part::Layout => &rev.layout,
            Part::Story => &rev.story,
        }
    }

    /// This part of `from` copied into `into`.
    pub fn copy(self, from: &CardRecord, into: &mut CardRecord) {
        self.apply(self.to_json(from), into)
            .expect("a part reads back as it was written");
    }

    /// This part of a record as JSON: what its revisions hash, and what a conflict keeps
    /// of the other copy's version.
    pub fn to_json(self, r: &CardRecord) -> serde_json::Value {
        let value = match self {
            Part::Text => serde_json::to_value(TextPart {
                event: r.event.clone(),
                name: r.name.clone(),
                message: r.message.clone(),
                language: r.language.clone(),
                date_text: r.date_text.clone(),
                corrections: r.corrections.clone(),
            }),
            Part::Translation => serde_json::to_value(&r.translation),
            Part::Layout => serde_json::to_value(LayoutPart {
                layout_name: r.layout_name.clone(),
                layout_toml: r.layout_toml.clone(),
                layout_images: r.layout_images.clone(),
                paper_mm: r.paper_mm,
                fonts: r.fonts.clone(),
            }),
            Part::Story => serde_json::to_value(&r.story),
        };
        value.expect("a record's parts serialise")
    }

    /// Sets this part of `into` from its JSON (as [`to_json`](Self::to_json) writes it).
    pub fn apply(self, json: serde_json::Value, into: &mut CardRecord) -> serde_json::Result<()> {
        match self {
            Part::Text => {
                let p: TextPart = serde_json::from_value(json)?;
                (into.event, into.name, into.message) = (p.event, p.name, p.message);
                (into.language, into.date_text) = (p.language, p.date_text);
                into.corrections = p.corrections;
            }
            Part::Translation => into.translation = serde_json::from_value(json)?,
            Part::Layout => {
                let p: LayoutPart = serde_json::from_value(json)?;
                (into.layout_name, into.layout_toml) = (p.layout_name, p.layout_toml);
                (into.layout_images, into.paper_mm, into.fonts) =
                    (p.layout_images, p.paper_mm, p.fonts);
            }
            Part::Story => into.story = serde_json::from_value(json)?,
        }
        Ok(())
    }
}

/// The text part of a record.
#[derive(Serialize, Deserialize)]
struct TextPart {
    event: String,
    name: Option<String>,
    message: String,
    language: String,
    date_text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    corrections: Vec<Correction>,
}

/// The layout part of a record.
#[derive(Serialize, Deserialize)]
struct LayoutPart {
    layout_name: String,
    layout_toml: String,
    layout_images: BTreeMap<String, String>,
    paper_mm: Option<[f32; 2]>,
    fonts: Vec<FontUsed>,
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
    fn revision_at(&self, at: Timestamp) -> Revision {
        Revision {
            at,
            text: short_hash(&Part::Text.to_json(self)),
            translation: short_hash(&Part::Translation.to_json(self)),
            layout: short_hash(&Part::Layout.to_json(self)),
            // No story hashes as "", as revisions made before stories were kept say.
            story: match self.story {
                Some(_) => short_hash(&Part::Story.to_json(self)),
                None => String::new(),
            },
        }
    }

    /// The latest revision. A record made before revisions were kept has one implied,
    /// dated when the card was made, so two untouched copies of it agree.
    pub fn head(&self) -> Revision {
        match self.revisions.last() {
            Some(last) => last.clone(),
            None => self.revision_at(self.created_at),
        }
    }

    /// Marks a change: the version counts up, and if an edited part differs from the latest
    /// revision a new revision is added.
    pub(crate) fn touch(&mut self) {
        let at = Timestamp::now();
        self.version += 1;
        self.updated_at = Some(at);
        let head = self.head();
        if self.revisions.is_empty() {
            self.revisions.push(head.clone());
        }
        let next = self.revision_at(at);
        if Part::ALL.iter().any(|p| p.of(&next) != p.of(&head)) {
            self.revisions.push(next);
        }
    }

    /// The record's revisions, with the one implied for records made before they were kept.
    pub fn chain(&self) -> Vec<Revision> {
        match self.revisions.is_empty() {
            true => vec![self.head()],
            false => self.revisions.clone(),
        }
    }

    /// Whether this record's history contains `rev`.
    pub fn has_seen(&self, rev: &Revision) -> bool {
        self.chain().contains(rev)
    }
}
