//! Thumbnails and previews of cards, made in memory: nothing of a card is left on disk by
//! the desk, so erasure stays complete.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use super::shared::lock;
use crate::archive::{ArchiveError, CardId};
use crate::card::{CardEngine, CardError, CardText, Layout, Photo, raster, resize_rgb, scene};

/// Thumbnails this wide (shown at 160 CSS pixels: sharp on high-density screens).
const THUMB_WIDTH: u32 = 320;
/// Previews of a card being translated, drawn at this resolution.
const PREVIEW_DPI: f32 = 110.0;
/// Thumbnails kept; past this the cache starts again (a page shows 48).
const THUMBS_KEPT: usize = 4096;

/// A thumbnail JPEG and the time of the card image it was made from.
type Thumb = (SystemTime, Arc<Vec<u8>>);

/// Thumbnails and the photo being previewed, in memory only: nothing of a card is left
/// on disk by the desk, so erasure stays complete.
#[derive(Default)]
pub(super) struct ImageCache {
    thumbs: Mutex<HashMap<CardId, Thumb>>,
    photo: Mutex<Option<(CardId, Arc<Photo>)>>,
}

impl ImageCache {
    /// The thumbnail of the card drawn in `png` (made again when the card was redrawn).
    pub(super) fn thumb(
        &self,
        id: CardId,
        png: &std::path::Path,
    ) -> Result<Arc<Vec<u8>>, CardError> {
        let fail = |reason: String| CardError::Photo {
            origin: png.display().to_string(),
            reason,
        };
        let modified = std::fs::metadata(png)
            .and_then(|m| m.modified())
            .map_err(|e| fail(e.to_string()))?;
        if let Some((at, jpeg)) = lock(&self.thumbs).get(&id)
            && *at == modified
        {
            return Ok(jpeg.clone());
        }
        // A merged card's PNG came from outside: decoded with the photo's limits.
        let card = Photo::open(png, (THUMB_WIDTH, 1))?.image;
        let height =
            (card.height() as u64 * THUMB_WIDTH as u64 / card.width().max(1) as u64).max(1);
        let small = resize_rgb(&card, THUMB_WIDTH, height as u32)?;
        let jpeg = Arc::new(raster::encode_jpeg(&small, 82)?);
        let mut thumbs = lock(&self.thumbs);
        if thumbs.len() >= THUMBS_KEPT {
            thumbs.clear();
        }
        thumbs.insert(id, (modified, jpeg.clone()));
        Ok(jpeg)
    }

    /// Card `id` drawn with `card`'s text in `layout` from its `photo` file, as a JPEG
    /// for the screen. The decoded photo is kept for the next keystroke.
    pub(super) fn preview(
        &self,
        engine: &mut CardEngine,
        id: CardId,
        photo: &std::path::Path,
        layout: &Layout,
        card: &CardText,
    ) -> Result<Vec<u8>, ArchiveError> {
        let kept = lock(&self.photo).clone();
        let decoded = match kept {
            Some((kept_id, decoded)) if kept_id == id => decoded,
            _ => {
                let bytes = Photo::read(photo)?;
                let needed = scene::photo_pixels_needed(layout);
                let origin = photo.display().to_string();
                let decoded = Arc::new(Photo::decode(&bytes, &origin, needed)?);
                *lock(&self.photo) = Some((id, decoded.clone()));
                decoded
            }
        };
        let scene = engine.compose(layout, card, &decoded)?;
        let image = engine.rasterize(&scene, PREVIEW_DPI)?;
        Ok(raster::encode_jpeg(&image, 85)?)
    }

    /// Forgets an erased card's images.
    pub(super) fn forget(&self, id: CardId) {
        lock(&self.thumbs).remove(&id);
        let mut photo = lock(&self.photo);
        if photo.as_ref().is_some_and(|(kept, _)| *kept == id) {
            *photo = None;
        }
    }
}
