//! Social media: a picture of each card whose participant agreed to it, with a caption
//! and an alt text.

use std::path::Path;

use super::PublishError;
use super::exhibition::absolute;
use super::words::{alt_text, approved_translation, byline};
use crate::archive::{Archive, CardRecord, Filter, TranslationStatus, Use};
use crate::card::{CardEngine, Layout, raster};
use crate::fsutil::write_atomic;
use crate::progress::Progress;

/// The shape of the images for social media.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SocialFormat {
    /// 1080 x 1080.
    Square,
    /// 1080 x 1350, the tallest a feed shows whole.
    #[default]
    Portrait,
    /// 1080 x 1920, full screen.
    Story,
}

impl SocialFormat {
    /// Every format, by name.
    pub const ALL: [(&'static str, SocialFormat); 3] = [
        ("square", SocialFormat::Square),
        ("portrait", SocialFormat::Portrait),
        ("story", SocialFormat::Story),
    ];

    /// The built-in layout drawn at this format's size.
    pub fn layout_name(self) -> &'static str {
        match self {
            SocialFormat::Square => "square-social",
            SocialFormat::Portrait => "portrait-social",
            SocialFormat::Story => "story-social",
        }
    }
}

impl std::str::FromStr for SocialFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SocialFormat::ALL
            .iter()
            .find(|(name, _)| *name == s)
            .map(|&(_, format)| format)
            .ok_or_else(|| format!("{s}: no such format; use square, portrait or story"))
    }
}

/// What a social media caption says besides the card's words.
#[derive(Debug, Clone, Copy, Default)]
pub struct Caption<'a> {
    /// Hashtags ending it, without the `#`.
    pub hashtags: &'a [String],
    /// Whether the participant's story (from the interview at a staffed booth) follows the
    /// message, with its approved Arabic translation.
    pub story: bool,
}

/// Writes a JPEG in `format`, a caption and an alt text for every card with social media
/// consent into `out`; returns how many cards.
pub fn export(
    archive: &Archive,
    engine: &mut CardEngine,
    out: &Path,
    format: SocialFormat,
    caption: Caption<'_>,
    progress: &dyn Progress,
) -> Result<usize, PublishError> {
    let cards = archive.list(&Filter {
        consent: Some(Use::Social),
        ..Filter::default()
    })?;
    std::fs::create_dir_all(out).map_err(|e| PublishError::io(out, e))?;
    let out = &absolute(out)?;
    let layout = Layout::find(format.layout_name())?;
    progress.start(cards.len() as u64);
    for card in &cards {
        let rendered = archive.render_record(engine, card, &layout)?;
        let jpeg =
            raster::encode_jpeg(&engine.rasterize(&rendered.scene, rendered.scene.dpi)?, 90)?;
        let files = [
            (format!("{}.jpg", card.id), jpeg),
            (
                format!("{}.txt", card.id),
                social_caption(card, caption).into_bytes(),
            ),
            (format!("{}.alt.txt", card.id), alt_text(card).into_bytes()),
        ];
        for (name, bytes) in files {
            let path = out.join(name);
            write_atomic(&path, &bytes).map_err(|e| PublishError::io(&path, e))?;
            archive.note_export(card.id, &path)?;
        }
        progress.step();
    }
    Ok(cards.len())
}

fn social_caption(card: &CardRecord, caption: Caption<'_>) -> String {
    let mut text = format!("“{}”\n", card.message.trim());
    if let Some(t) = approved_translation(card) {
        text.push_str(&format!("«{}»\n", t.trim()));
    }
    text.push_str(&format!("— {}\n", byline(card)));
    if let Some(story) = card.story.as_ref().filter(|_| caption.story) {
        text.push_str(&format!("\n{}\n", story.text.trim()));
        let approved = story.translation.as_ref();
        if let Some(t) = approved.filter(|t| t.status == TranslationStatus::Approved) {
            text.push_str(&format!("{}\n", t.text.trim()));
        }
    }
    let tags: Vec<String> = caption
        .hashtags
        .iter()
        // A hashtag is one word: "#Museum Night" would tag "Museum" only.
        .map(|t| {
            t.trim()
                .trim_start_matches('#')
                .split_whitespace()
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .map(|t| format!("#{t}"))
        .collect();
    if !tags.is_empty() {
        text.push_str(&format!("\n{}\n", tags.join(" ")));
    }
    text
}
