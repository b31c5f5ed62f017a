//! Files the desk sends: a card's images and PDF, thumbnails and previews made in memory,
//! the built exhibition, the desk's own style and script; and the headers that keep
//! every page to the desk's own scripts.

use std::collections::HashMap;
use std::path::{Component, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::Extension;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::error::Refusal;
use super::{Desk, exhibition_dir, lock};
use crate::archive::record::{CARD_PDF, CARD_PNG};
use crate::archive::{self, ArchiveError, CardId};
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
    fn thumb(&self, id: CardId, png: &std::path::Path) -> Result<Arc<Vec<u8>>, CardError> {
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

/// A card's files: `card.png`, `card.pdf`, `photo` (as taken) and `thumb.jpg`.
pub(super) async fn card_file(
    State(desk): State<Arc<Desk>>,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, Refusal> {
    let id: CardId = id.parse().map_err(|_| Refusal::not_found("such card"))?;
    let dir = archive::card_dir(&desk.dir, id);
    let (bytes, kind) = match file.as_str() {
        "thumb.jpg" => {
            let png = dir.join(CARD_PNG);
            let thumb = desk.blocking(move |desk| desk.images.thumb(id, &png)).await;
            let thumb = thumb.map_err(|_| Refusal::not_found("card image"))?;
            (thumb.as_ref().clone(), "image/jpeg")
        }
        CARD_PNG => (read(dir.join(CARD_PNG)).await?, "image/png"),
        CARD_PDF => (read(dir.join(CARD_PDF)).await?, "application/pdf"),
        "photo" => {
            let photo = desk
                .with_archive(move |_, a| a.get(id).map(|r| a.photo_path(&r)))
                .await?;
            let kind = match photo.extension().and_then(|e| e.to_str()) {
                Some("png") => "image/png",
                _ => "image/jpeg",
            };
            (read(photo).await?, kind)
        }
        _ => return Err(Refusal::not_found("such file")),
    };
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        bytes,
    )
        .into_response())
}

async fn read(path: PathBuf) -> Result<Vec<u8>, Refusal> {
    tokio::fs::read(&path)
        .await
        .map_err(|_| Refusal::not_found("such file (erased, or not built yet?)"))
}

/// The exhibition the desk built: its gallery, images and PDFs.
pub(super) async fn exhibition_file(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<super::auth::User>,
    Path(path): Path<String>,
) -> Result<Response, Refusal> {
    user.curator()?;
    let relative = std::path::Path::new(&path);
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return Err(Refusal::not_found("such file"));
    }
    let kind = match relative.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("jpg") => "image/jpeg",
        Some("png") => "image/png",
        _ => return Err(Refusal::not_found("such file")),
    };
    let bytes = read(exhibition_dir(&desk.dir).join(relative)).await?;
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "private, no-store"),
            // The gallery carries its own style sheet inline, and no script.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'",
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The desk's own style sheet and script.
pub(super) async fn static_file(Path(file): Path<String>) -> Result<Response, Refusal> {
    let (body, kind) = match file.as_str() {
        "desk.css" => (include_str!("static/desk.css"), "text/css; charset=utf-8"),
        "desk.js" => (
            include_str!("static/desk.js"),
            "text/javascript; charset=utf-8",
        ),
        _ => return Err(Refusal::not_found("such file")),
    };
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response())
}

/// Headers on every answer: only the desk's own scripts run (a participant's message is
/// escaped, and even if it were not, no inline script would run), pages are not framed,
/// sniffed, or kept in shared caches.
pub(super) async fn safety_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    let defaults = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' blob:; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "private, no-store"),
    ];
    for (name, value) in defaults {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    response
}
