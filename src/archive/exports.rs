//! Exports for curators: the exhibition (print PDF, contact sheet, web gallery) and social
//! media images. Only cards whose participants agreed to that use are exported, and every
//! file written is noted so that erasing a participant can find it again.

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Archive, ArchiveError, CardId, CardRecord, Filter, TranslationStatus, Use};
use crate::card::geometry::{RectPt, Rgb, mm_to_pt};
use crate::card::pdf::{GlyphSet, PagePictures, PdfWriter};
use crate::card::scene::{Pixels, PlacedImage};
use crate::card::text::TextBlock;
use crate::card::{CardEngine, Layout, Photo, Scene, TextField, raster, scene};
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

/// Contact sheet: A4 landscape, 4 x 3 thumbnails.
const SHEET_W_MM: f32 = 297.0;
const SHEET_H_MM: f32 = 210.0;
const SHEET_COLS: usize = 4;
const SHEET_ROWS: usize = 3;
const SHEET_DPI: f32 = 150.0;
/// Gallery images: a card about 900 pixels tall, at most 150 dpi (posters less).
const GALLERY_DPI: f32 = 150.0;
const GALLERY_MAX_PX: f32 = 1400.0;

/// One card made ready for the exhibition by a worker thread.
struct ExhibitedCard {
    id: CardId,
    page: Scene,
    pictures: PagePictures,
    gallery_image: PathBuf,
    figure: String,
    thumb: PlacedImage,
    label: TextBlock,
}

impl Archive {
    /// Builds the exhibition the curators chose (see [`Archive::exhibited`]) into `out`:
    /// `exhibition.pdf`, `contact-sheet.pdf`, and `index.html` with `images/`, in their
    /// order. Each card
    /// in its own layout, or every card in `poster` (cards without an approved
    /// translation are left out, and counted, when that layout puts it first).
    ///
    /// Cards are made on every core and written as they are made, so memory holds a
    /// few cards at a time whatever the size of the exhibition.
    pub fn build_exhibition(
        &self,
        engine: &mut CardEngine,
        out: &Path,
        poster: Option<&Layout>,
        progress: &dyn Progress,
    ) -> Result<ExhibitionReport, ArchiveError> {
        let shown = self.exhibited()?;
        let ids: Vec<CardId> = match poster.is_some_and(Layout::needs_translation) {
            false => shown.clone(),
            true => {
                let translated: std::collections::HashSet<CardId> = self
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
        std::fs::create_dir_all(&images_dir).map_err(|e| ArchiveError::io(&images_dir, e))?;
        progress.start(2 * ids.len() as u64);
        // Each card with the path of its photo: the workers do not use the catalog.
        let assets = self.assets_dir();
        let records = || {
            ids.iter().map(|&id| {
                let card = self.get(id)?;
                let photo = self.photo_path(&card);
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
                let label = sheet_caption(engine, n, &card)?;
                Ok::<_, ArchiveError>((texts, label))
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
        let create = |path: &Path| AtomicFile::create(path).map_err(|e| ArchiveError::io(path, e));
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
        let gallery_error = |e| ArchiveError::io(&report.gallery, e);
        gallery
            .write_all(gallery_head(ids.len()).as_bytes())
            .map_err(gallery_error)?;
        let mut sheet_page = blank_sheet();
        parallel::in_order(
            workers(engine),
            records(),
            |engine, n, (card, photo)| {
                let layout = layout_for(&card, poster, &assets)?;
                exhibit(engine, n, &card, &layout, &photo, &images_dir)
            },
            |card| {
                book.add_page(&card.page, card.pictures)?;
                self.note_export(card.id, &card.gallery_image)?;
                gallery
                    .write_all(card.figure.as_bytes())
                    .map_err(gallery_error)?;
                sheet_page.images.push(card.thumb);
                sheet_page.texts.push(card.label);
                if sheet_page.images.len() == SHEET_COLS * SHEET_ROWS {
                    let full = std::mem::replace(&mut sheet_page, blank_sheet());
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
            .write_all(GALLERY_FOOT.as_bytes())
            .map_err(gallery_error)?;

        book.finish()?
            .commit()
            .map_err(|e| ArchiveError::io(&report.pdf, e))?;
        sheet
            .finish()?
            .commit()
            .map_err(|e| ArchiveError::io(&report.contact_sheet, e))?;
        gallery.commit().map_err(gallery_error)?;
        self.note_exports(&ids, &[&report.pdf, &report.contact_sheet, &report.gallery])?;
        Ok(report)
    }

    /// Writes a JPEG in `format`, a caption (ending with `hashtags`) and an alt text for
    /// every card with social media consent into `out`; returns how many cards.
    pub fn export_social(
        &self,
        engine: &mut CardEngine,
        out: &Path,
        format: SocialFormat,
        hashtags: &[String],
        progress: &dyn Progress,
    ) -> Result<usize, ArchiveError> {
        let cards = self.list(&Filter {
            consent: Some(Use::Social),
            ..Filter::default()
        })?;
        std::fs::create_dir_all(out).map_err(|e| ArchiveError::io(out, e))?;
        let out = &absolute(out)?;
        let layout = Layout::find(format.layout_name())?;
        progress.start(cards.len() as u64);
        for card in &cards {
            let rendered = self.render_record(engine, card, &layout)?;
            let jpeg =
                raster::encode_jpeg(&engine.rasterize(&rendered.scene, rendered.scene.dpi)?, 90)?;
            let files = [
                (format!("{}.jpg", card.id), jpeg),
                (
                    format!("{}.txt", card.id),
                    social_caption(card, hashtags).into_bytes(),
                ),
                (format!("{}.alt.txt", card.id), alt_text(card).into_bytes()),
            ];
            for (name, bytes) in files {
                let path = out.join(name);
                write_atomic(&path, &bytes).map_err(|e| ArchiveError::io(&path, e))?;
                self.note_export(card.id, &path)?;
            }
            progress.step();
        }
        Ok(cards.len())
    }
}

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

/// Makes card number `n` of the exhibition: its page, its gallery image (written to
/// `images_dir`), its contact sheet thumbnail and label.
fn exhibit(
    engine: &mut CardEngine,
    n: usize,
    card: &CardRecord,
    layout: &Layout,
    photo: &Path,
    images_dir: &Path,
) -> Result<ExhibitedCard, ArchiveError> {
    let photo = Photo::open(photo, scene::photo_pixels_needed(layout))?;
    let page = engine.compose(layout, &card.card_text(), &photo)?;
    let pictures = PagePictures::of(&page)?;

    let image_name = format!("{}.jpg", card.id);
    let gallery_image = images_dir.join(&image_name);
    let dpi = GALLERY_DPI.min(GALLERY_MAX_PX * 72.0 / page.height_pt);
    let pixels = trimmed(engine.rasterize(&page, dpi)?, &page, dpi);
    write_atomic(&gallery_image, &raster::encode_jpeg(&pixels, 85)?)
        .map_err(|e| ArchiveError::io(&gallery_image, e))?;

    let slot = n % (SHEET_COLS * SHEET_ROWS);
    let thumb = fit_rect(cell_rect(slot), page.width_pt / page.height_pt);
    let (x0, y0, x1, y1) = thumb.to_px(SHEET_DPI);
    let small = crate::card::resize_rgb(&pixels, (x1 - x0) as u32, (y1 - y0) as u32)?;
    Ok(ExhibitedCard {
        id: card.id,
        figure: figure(card, &image_name, pixels.dimensions()),
        page,
        pictures,
        gallery_image,
        thumb: PlacedImage {
            rect: thumb,
            pixels: Pixels::Rgb(Arc::new(small)),
        },
        label: sheet_caption(engine, n, card)?,
    })
}

/// The layout a card is exhibited in: the poster's, or its own.
fn layout_for<'a>(
    card: &CardRecord,
    poster: Option<&'a Layout>,
    assets: &Path,
) -> Result<Cow<'a, Layout>, ArchiveError> {
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
fn absolute(out: &Path) -> Result<PathBuf, ArchiveError> {
    std::path::absolute(out).map_err(|e| ArchiveError::io(out, e))
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

fn approved_translation(card: &CardRecord) -> Option<&str> {
    card.translation
        .as_ref()
        .filter(|t| t.status == TranslationStatus::Approved)
        .map(|t| t.text.as_str())
}

/// "Amal, Museum Night, 29 November 2026" (the parts the card has).
fn byline(card: &CardRecord) -> String {
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
fn alt_text(card: &CardRecord) -> String {
    let who = card.name.as_deref().unwrap_or("a visitor");
    let mut text = format!(
        "Portrait card of {who} at {}, with the message: “{}”",
        card.event,
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

fn social_caption(card: &CardRecord, hashtags: &[String]) -> String {
    let mut text = format!("“{}”\n", card.message.trim());
    if let Some(t) = approved_translation(card) {
        text.push_str(&format!("«{}»\n", t.trim()));
    }
    text.push_str(&format!("— {}\n", byline(card)));
    let tags: Vec<String> = hashtags
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

/// HTML `lang` for the languages the booth meets most.
fn html_lang(iso639_3: &str) -> Option<&'static str> {
    match iso639_3 {
        "eng" => Some("en"),
        "ara" => Some("ar"),
        "fra" => Some("fr"),
        "deu" => Some("de"),
        "spa" => Some("es"),
        _ => None,
    }
}

fn figure(card: &CardRecord, image: &str, (w, h): (u32, u32)) -> String {
    use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
    let lang = html_lang(&card.language)
        .map(|l| format!(" lang=\"{l}\""))
        .unwrap_or_default();
    let translation = approved_translation(card)
        .map(|t| {
            format!(
                "\n      <p class=\"translation\" lang=\"ar\" dir=\"rtl\">{}</p>",
                text(t.trim())
            )
        })
        .unwrap_or_default();
    format!(
        "  <figure id=\"card-{id}\">\n    <img src=\"images/{image}\" width=\"{w}\" height=\"{h}\" loading=\"lazy\" alt=\"{alt}\">\n    <figcaption>\n      <p class=\"message\" dir=\"auto\"{lang}>{message}</p>{translation}\n      <p class=\"byline\">{byline}</p>\n    </figcaption>\n  </figure>\n",
        id = card.id,
        alt = attr(&alt_text(card)),
        message = text(card.message.trim()),
        byline = text(&byline(card)),
    )
}

/// The web gallery up to its first figure.
fn gallery_head(count: usize) -> String {
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portraits of Welcome</title>
<style>
  body {{ margin: 0; padding: 2rem; background: #f7f3ec; color: #1f1f1f; font-family: "Noto Serif", Georgia, serif; }}
  h1 {{ font-weight: normal; letter-spacing: .08em; text-transform: uppercase; font-size: 1.2rem; color: #9b6b2f; }}
  main {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 2rem; }}
  figure {{ margin: 0; background: #fff; padding: 1rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); }}
  img {{ width: 100%; height: auto; display: block; }}
  .message {{ font-style: italic; }}
  .translation {{ font-family: "Noto Naskh Arabic", serif; font-size: 1.1em; }}
  .byline {{ font-family: "Noto Sans", sans-serif; font-size: .85rem; color: #5c5c5c; }}
</style>
</head>
<body>
<h1>Portraits of Welcome</h1>
<p class="byline">{count} portrait(s)</p>
<main>
"#
    )
}

/// The web gallery after its last figure.
const GALLERY_FOOT: &str = "</main>\n</body>\n</html>\n";

/// "#3 · Amal" under each thumbnail.
/// The label under card number `n`'s thumbnail on the contact sheet, laid out.
fn sheet_caption(
    engine: &mut CardEngine,
    n: usize,
    card: &CardRecord,
) -> Result<TextBlock, ArchiveError> {
    let slot = n % (SHEET_COLS * SHEET_ROWS);
    Ok(engine.caption(
        TextField::Attribution,
        &sheet_label(n, card),
        label_rect(slot),
        7.0,
    )?)
}

/// "#3 · Amal · K7QM-4XRT": the number on the sheet, the name and the card's reference.
fn sheet_label(n: usize, card: &CardRecord) -> String {
    let short = card.id.reference();
    match &card.name {
        Some(name) => format!("#{} · {name} · {short}", n + 1),
        None => format!("#{} · {short}", n + 1),
    }
}

fn blank_sheet() -> Scene {
    Scene {
        layout_name: "contact-sheet".into(),
        width_pt: mm_to_pt(SHEET_W_MM),
        height_pt: mm_to_pt(SHEET_H_MM),
        bleed_pt: 0.0,
        dpi: SHEET_DPI,
        background: Rgb([255, 255, 255]),
        images: Vec::new(),
        texts: Vec::new(),
        photo_ppi: SHEET_DPI,
    }
}

/// The cell of slot `i` on a contact sheet page (10 mm margins, 6 mm label strip).
fn cell_rect(i: usize) -> RectPt {
    let (margin, gap) = (mm_to_pt(10.0), mm_to_pt(6.0));
    let w =
        (mm_to_pt(SHEET_W_MM) - 2.0 * margin - (SHEET_COLS as f32 - 1.0) * gap) / SHEET_COLS as f32;
    let h =
        (mm_to_pt(SHEET_H_MM) - 2.0 * margin - (SHEET_ROWS as f32 - 1.0) * gap) / SHEET_ROWS as f32;
    let (col, row) = ((i % SHEET_COLS) as f32, (i / SHEET_COLS) as f32);
    RectPt {
        x: margin + col * (w + gap),
        y: margin + row * (h + gap),
        w,
        h: h - mm_to_pt(6.0),
    }
}

fn label_rect(i: usize) -> RectPt {
    let cell = cell_rect(i);
    RectPt {
        x: cell.x,
        y: cell.bottom() + mm_to_pt(1.0),
        w: cell.w,
        h: mm_to_pt(5.0),
    }
}

/// The largest rectangle of this aspect ratio centred in `cell`.
fn fit_rect(cell: RectPt, aspect: f32) -> RectPt {
    let (w, h) = if cell.w / cell.h > aspect {
        (cell.h * aspect, cell.h)
    } else {
        (cell.w, cell.w / aspect)
    };
    RectPt {
        x: cell.x + (cell.w - w) / 2.0,
        y: cell.y + (cell.h - h) / 2.0,
        w,
        h,
    }
}
