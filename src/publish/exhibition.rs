//! The exhibition the curators chose: a print PDF of every card, a contact sheet and the
//! web gallery, made on every core and written as each card is made.

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use maud::Markup;

use super::PublishError;
use super::contact_sheet::{self, SHEET_COLS, SHEET_DPI, SHEET_ROWS};
use super::gallery;
use crate::archive::{Archive, CardId, CardRecord, Filter, TranslationStatus};
use crate::card::pdf::{GlyphSet, PagePictures, PdfWriter};
use crate::card::scene::{Pixels, PlacedImage};
use crate::card::text::TextBlock;
use crate::card::{CardEngine, Layout, Photo, Scene, raster, scene};
use crate::fsutil::{AtomicFile, write_atomic};
use crate::parallel;
use crate::progress::Progress;

/// What an exhibition build wrote.
#[derive(Debug)]
pub struct ExhibitionReport {
    /// Cards included.
    pub cards: usize,
    /// Cards with exhibition consent left out because the layout puts the translation
    /// first and they have no approved one.
    pub without_translation: usize,
    /// One print-ready page per card.
    pub pdf: PathBuf,
    /// Thumbnails, twelve to an A4 page.
    pub contact_sheet: PathBuf,
    /// The web gallery's page.
    pub gallery: PathBuf,
}

/// Gallery images: a card about 900 pixels tall, at most 150 dpi (posters less).
const GALLERY_DPI: f32 = 150.0;
const GALLERY_MAX_PX: f32 = 1400.0;

/// One card made ready for the exhibition by a worker thread.
struct ExhibitedCard {
    id: CardId,
    page: Scene,
    pictures: PagePictures,
    gallery_image: PathBuf,
    figure: Markup,
    thumb: PlacedImage,
    label: TextBlock,
}

/// Builds the exhibition the curators chose (see [`Archive::exhibited`]) into `out`:
/// `exhibition.pdf`, `contact-sheet.pdf`, and `index.html` with `images/`, in their
/// order. Each card
/// in its own layout, or every card in `poster` (cards without an approved
/// translation are left out, and counted, when that layout puts it first).
///
/// Cards are made on every core and written as they are made, so memory holds a
/// few cards at a time whatever the size of the exhibition.
pub fn build(
    archive: &Archive,
    engine: &mut CardEngine,
    out: &Path,
    poster: Option<&Layout>,
    progress: &dyn Progress,
) -> Result<ExhibitionReport, PublishError> {
    let shown = archive.exhibited()?;
    let ids: Vec<CardId> = match poster.is_some_and(Layout::needs_translation) {
        false => shown.clone(),
        true => {
            let translated: std::collections::HashSet<CardId> = archive
                .summaries(&Filter::default())?
                .into_iter()
                .filter(|c| c.translation == Some(TranslationStatus::Approved))
                .map(|c| c.id)
                .collect();
            shown
                .iter()
                .copied()
                .filter(|id| translated.contains(id))
                .collect()
        }
    };
    let out = &absolute(out)?;
    let images_dir = out.join("images");
    std::fs::create_dir_all(&images_dir).map_err(|e| PublishError::io(&images_dir, e))?;
    progress.start(2 * ids.len() as u64);
    // Each card with the path of its photo: the workers do not use the catalog.
    let assets = archive.assets_dir();
    let records = || {
        ids.iter().map(|&id| {
            let card = archive.get(id)?;
            let photo = archive.photo_path(&card);
            Ok((card, photo))
        })
    };

    // Pass 1, text only (fast): which glyphs the documents use, so each font is
    // subset and embedded once.
    let mut card_glyphs = GlyphSet::default();
    let mut label_glyphs = GlyphSet::default();
    parallel::in_order(
        workers(engine),
        records(),
        |engine, n, (card, _)| {
            let layout = layout_for(&card, poster, &assets)?;
            let texts = engine.check_text(&layout, &card.card_text())?;
            let label = contact_sheet::sheet_caption(engine, n, &card)?;
            Ok::<_, PublishError>((texts, label))
        },
        |(texts, label)| {
            card_glyphs.add(&texts);
            label_glyphs.add(&[label]);
            progress.step();
            Ok(())
        },
    )?;

    // Pass 2: every card drawn, its gallery image and thumbnail made, by the workers;
    // pages added to the documents here, in order.
    let report = ExhibitionReport {
        cards: ids.len(),
        without_translation: shown.len() - ids.len(),
        pdf: out.join("exhibition.pdf"),
        contact_sheet: out.join("contact-sheet.pdf"),
        gallery: out.join("index.html"),
    };
    let create = |path: &Path| AtomicFile::create(path).map_err(|e| PublishError::io(path, e));
    let mut book = PdfWriter::new(
        "Portraits of Welcome: exhibition",
        &card_glyphs,
        create(&report.pdf)?,
    )?;
    let mut sheet = PdfWriter::new(
        "Portraits of Welcome: contact sheet",
        &label_glyphs,
        create(&report.contact_sheet)?,
    )?;
    let mut gallery = create(&report.gallery)?;
    let gallery_error = |e| PublishError::io(&report.gallery, e);
    gallery
        .write_all(gallery::head(ids.len()).as_bytes())
        .map_err(gallery_error)?;
    let mut sheet_page = contact_sheet::blank_sheet();
    parallel::in_order(
        workers(engine),
        records(),
        |engine, n, (card, photo)| {
            let layout = layout_for(&card, poster, &assets)?;
            exhibit(engine, n, &card, &layout, &photo, &images_dir)
        },
        |card| {
            book.add_page(&card.page, card.pictures)?;
            archive.note_export(card.id, &card.gallery_image)?;
            gallery
                .write_all(format!("{}\n", card.figure.into_string()).as_bytes())
                .map_err(gallery_error)?;
            sheet_page.images.push(card.thumb);
            sheet_page.texts.push(card.label);
            if sheet_page.images.len() == SHEET_COLS * SHEET_ROWS {
                let full = std::mem::replace(&mut sheet_page, contact_sheet::blank_sheet());
                let pictures = PagePictures::of(&full)?;
                sheet.add_page(&full, pictures)?;
            }
            progress.step();
            Ok(())
        },
    )?;
    if !sheet_page.images.is_empty() || sheet.page_count() == 0 {
        let pictures = PagePictures::of(&sheet_page)?;
        sheet.add_page(&sheet_page, pictures)?;
    }
    gallery
        .write_all(gallery::FOOT.as_bytes())
        .map_err(gallery_error)?;

    book.finish()?
        .commit()
        .map_err(|e| PublishError::io(&report.pdf, e))?;
    sheet
        .finish()?
        .commit()
        .map_err(|e| PublishError::io(&report.contact_sheet, e))?;
    gallery.commit().map_err(gallery_error)?;
    archive.note_exports(&ids, &[&report.pdf, &report.contact_sheet, &report.gallery])?;
    Ok(report)
}

/// Makes card number `n` of the exhibition: its page, its gallery image (written to
/// `images_dir`), its contact sheet thumbnail and label.
fn exhibit(
    engine: &mut CardEngine,
    n: usize,
    card: &CardRecord,
    layout: &Layout,
    photo: &Path,
    images_dir: &Path,
) -> Result<ExhibitedCard, PublishError> {
    let photo = Photo::open(photo, scene::photo_pixels_needed(layout))?;
    let text = card.card_text();
    let page = engine.compose(layout, &text, &photo)?;
    let pictures = PagePictures::of(&page)?;

    let image_name = format!("{}.jpg", card.id);
    let gallery_image = images_dir.join(&image_name);
    let dpi = GALLERY_DPI.min(GALLERY_MAX_PX * 72.0 / page.height_pt);
    let pixels = trimmed(engine.rasterize(&page, dpi)?, &page, dpi);
    write_atomic(&gallery_image, &raster::encode_jpeg(&pixels, 85)?)
        .map_err(|e| PublishError::io(&gallery_image, e))?;

    let slot = n % (SHEET_COLS * SHEET_ROWS);
    let thumb = contact_sheet::fit_rect(
        contact_sheet::cell_rect(slot),
        page.width_pt / page.height_pt,
    );
    let (x0, y0, x1, y1) = thumb.to_px(SHEET_DPI);
    let small = crate::card::resize_rgb(&pixels, (x1 - x0) as u32, (y1 - y0) as u32)?;
    Ok(ExhibitedCard {
        id: card.id,
        figure: gallery::figure(card, &image_name, pixels.dimensions()),
        page,
        pictures,
        gallery_image,
        thumb: PlacedImage {
            rect: thumb,
            pixels: Pixels::Rgb(Arc::new(small)),
            alt: Some(crate::card::card_title(&text)),
        },
        label: contact_sheet::sheet_caption(engine, n, card)?,
    })
}

/// The layout a card is exhibited in: the poster's, or its own.
fn layout_for<'a>(
    card: &CardRecord,
    poster: Option<&'a Layout>,
    assets: &Path,
) -> Result<Cow<'a, Layout>, PublishError> {
    Ok(match poster {
        Some(layout) => Cow::Borrowed(layout),
        None => Cow::Owned(card.layout(assets)?),
    })
}

/// A card engine per core: the caller's and copies sharing its fonts.
fn workers(engine: &mut CardEngine) -> Vec<CardEngine> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    (0..cores).map(|_| engine.fork()).collect()
}

/// The export folder as an absolute path, so that erasure finds its files from anywhere.
pub(super) fn absolute(out: &Path) -> Result<PathBuf, PublishError> {
    std::path::absolute(out).map_err(|e| PublishError::io(out, e))
}

/// The card as it looks after trimming: the bleed cut off, for screens.
fn trimmed(pixels: image::RgbImage, page: &Scene, dpi: f32) -> image::RgbImage {
    let bleed = crate::card::geometry::pt_to_px(page.bleed_pt, dpi).round() as u32;
    let (w, h) = pixels.dimensions();
    if bleed == 0 || 2 * bleed >= w.min(h) {
        return pixels;
    }
    image::imageops::crop_imm(&pixels, bleed, bleed, w - 2 * bleed, h - 2 * bleed).to_image()
}
