//! Print PDF back end: draws the same [`Scene`] as the raster back end, with the text as
//! real text (subset fonts, a ToUnicode map for each glyph's place, /ActualText on
//! left-to-right lines, so that copy and search give the message in reading order; see
//! [`glyph_texts`]) and the photo as a JPEG at the layout's resolution. The document is
//! tagged for screen readers (see [`super::pdf_structure`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use pdf_writer::{Name, Ref};

use printpdf::{
    Codepoint, Color, DictItem, ExternalStream, ExternalXObject, FontId, ImageCompression,
    ImageOptimizationOptions, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Pt, Px, RawImage, RawImageData, RawImageFormat, TextItem, TextMatrix,
    XObjectTransform,
};

use super::error::CardError;
use super::fonts::FaceId;
use super::geometry::{PT_PER_MM, Rgb};
use super::pdf_file::{Copied, PdfFile};
use super::pdf_structure::{self, Structure};
use super::scene::{Pixels, Scene};
use super::text::{PositionedGlyph, TextBlock, TextLine};

/// JPEG quality of the embedded photo.
const PHOTO_QUALITY: u8 = 92;

/// A bundled face cut down to the glyphs one document uses.
struct Subset {
    /// The face's fonts: the same subset program under one ToUnicode map each. A glyph
    /// drawn for several texts (an Indic vowel sign before different consonants) is drawn
    /// from the font whose map gives the text of that place: variant k maps every glyph
    /// to the k-th text it was drawn for.
    variants: Vec<FontId>,
    /// Original glyph id -> glyph id in the subset.
    remap: HashMap<u16, u16>,
    /// Original glyph id -> the texts it is drawn for, in variant order.
    texts: HashMap<u16, Vec<String>>,
    /// Original glyph id -> its width in the font's /W array, thousandths of an em.
    widths: HashMap<u16, f32>,
}

impl Subset {
    /// The font to draw `gid` from where it stands for `text`.
    fn font(&self, gid: u16, text: &str) -> Option<(usize, &FontId)> {
        let k = self.texts.get(&gid)?.iter().position(|t| t == text)?;
        Some((k, self.variants.get(k)?))
    }
}

/// The glyphs a document will use, per face, each with the texts it stands for. Gathered
/// before writing, so that each font is subset and embedded once however many pages use
/// it. Colour glyphs (emoji) are kept apart: they go into the PDF as pictures, not as
/// font glyphs.
#[derive(Debug, Default, Clone)]
pub struct GlyphSet {
    outlines: BTreeMap<FaceId, BTreeMap<u16, Vec<String>>>,
    color: BTreeSet<(FaceId, u16)>,
}

impl GlyphSet {
    /// Adds the glyphs of some laid-out text.
    pub fn add(&mut self, texts: &[TextBlock]) {
        let mut faces: HashMap<FaceId, std::sync::Arc<super::fonts::Face>> = HashMap::new();
        for line in texts.iter().flat_map(|b| &b.lines) {
            for d in drawn_glyphs(line, |g| self.is_color(g, &mut faces)) {
                if d.how == DrawnAs::Outline {
                    continue;
                }
                let texts = self
                    .outlines
                    .entry(d.face)
                    .or_default()
                    .entry(d.gid)
                    .or_default();
                if !texts.contains(&d.text) {
                    texts.push(d.text);
                }
            }
        }
    }
}

impl GlyphSet {
    /// Whether `g` is a colour glyph (drawn as a picture), noting it if so. A glyph
    /// already among the outlines is not looked at again.
    fn is_color(
        &mut self,
        g: &PositionedGlyph,
        faces: &mut HashMap<FaceId, std::sync::Arc<super::fonts::Face>>,
    ) -> bool {
        if self.color.contains(&(g.face, g.gid)) {
            return true;
        }
        if self
            .outlines
            .get(&g.face)
            .is_some_and(|f| f.contains_key(&g.gid))
        {
            return false;
        }
        let face = faces.entry(g.face).or_insert_with(|| g.face.face());
        let color = !face.bundled && super::raster::is_color_glyph(face, g.gid);
        if color {
            self.color.insert((g.face, g.gid));
        }
        color
    }
}

/// The glyph that carries a colour glyph's text, drawn invisibly where the picture is:
/// the bundled Noto Sans' dotted circle, stretched to the picture's advance. Readers have
/// no text for a picture; this gives them the emoji to copy and search. It must have an
/// outline: PDFium leaves out text whose glyphs cover no width (it did so with the space).
static EMOJI_CARRIER: std::sync::LazyLock<Option<(FaceId, u16)>> = std::sync::LazyLock::new(|| {
    use ab_glyph::Font;
    let face = FaceId(0);
    let gid = face.face().outlines()?.glyph_id('\u{25CC}').0;
    (gid != 0).then_some((face, gid))
});

/// A colour glyph placed in the document once, as a picture, with its geometry.
struct ColorPicture {
    id: printpdf::XObjectId,
    bitmap: super::raster::ColorBitmap,
}

/// Writes a one-page print PDF of the scene: MediaBox = trim + bleed, TrimBox and BleedBox set.
pub fn write(scene: &Scene, title: &str) -> Result<Vec<u8>, CardError> {
    finish_card(start_card(title, &scene.texts)?, scene)
}

/// Starts the PDF of a one-page card whose text is `texts`: its fonts subset and made
/// ready, which can be done before the photo is.
pub fn start_card(title: &str, texts: &[TextBlock]) -> Result<PdfWriter<Vec<u8>>, CardError> {
    let mut glyphs = GlyphSet::default();
    glyphs.add(texts);
    PdfWriter::new(title, &glyphs, Vec::new())
}

/// Adds the card's page to a document from [`start_card`] and finishes it.
pub fn finish_card(mut writer: PdfWriter<Vec<u8>>, scene: &Scene) -> Result<Vec<u8>, CardError> {
    writer.add_page(scene, PagePictures::of(scene)?)?;
    writer.finish()
}

/// A scene's pictures made ready for a PDF page: the photo JPEG-encoded, a logo with
/// transparency kept lossless. The slow part of making a page, so it is apart from
/// [`PdfWriter`] and can run on another core.
pub struct PagePictures(Vec<PagePicture>);

enum PagePicture {
    Jpeg(ExternalXObject),
    Lossless(RawImage),
}

impl PagePictures {
    /// Encodes every picture of `scene`, in order.
    pub fn of(scene: &Scene) -> Result<PagePictures, CardError> {
        let pictures = scene.images.iter().map(|image| {
            let (w, h) = image.pixels.dimensions();
            Ok(match &image.pixels {
                Pixels::Rgb(i) => PagePicture::Jpeg(jpeg_xobject(i)?),
                // Logos with transparency stay lossless, with their alpha as a soft mask.
                Pixels::Rgba(i) => PagePicture::Lossless(RawImage {
                    pixels: RawImageData::U8(i.as_raw().clone()),
                    width: w as usize,
                    height: h as usize,
                    data_format: RawImageFormat::RGBA8,
                    tag: Vec::new(),
                }),
            })
        });
        Ok(PagePictures(pictures.collect::<Result<_, CardError>>()?))
    }
}

/// Pages converted and written to the file together: enough to amortise the conversion,
/// few enough that memory holds only a handful of photos.
const PAGES_PER_BATCH: usize = 8;

/// A PDF of one or many pages written to `out` as the pages are made (see
/// [`super::pdf_file`]): memory holds the fonts and a batch of pages, however many pages
/// the document has. Each font is subset and embedded once per document.
pub struct PdfWriter<W: Write> {
    doc: PdfDocument,
    subsets: BTreeMap<FaceId, Subset>,
    pictures: HashMap<(FaceId, u16), ColorPicture>,
    /// Pages made since the last batch was written, with their page size and bleed.
    pending: Vec<(PdfPage, (f32, f32, f32))>,
    /// The pending pages' photos, dropped from `doc` once written.
    photos: Vec<printpdf::XObjectId>,
    /// Every glyph drawn with the text it stands for (one text per glyph of each font,
    /// see [`Subset`]): the document's font widths and ToUnicode maps, made at the end.
    drawn: BTreeMap<FontId, BTreeMap<u16, String>>,
    file: PdfFile<W>,
    /// The document's page tree and font dictionary, written at the end.
    pages_ref: Ref,
    fonts_ref: Ref,
    /// Colour glyph pictures already in the file, by resource name.
    written_pictures: HashMap<String, Ref>,
    kids: Vec<Ref>,
    /// What each page says, in reading order, for the structure tree written at the end.
    structure: Structure,
}

impl<W: Write> PdfWriter<W> {
    /// Starts a document whose text uses (at most) `glyphs`, written to `out`.
    pub fn new(title: &str, glyphs: &GlyphSet, out: W) -> Result<PdfWriter<W>, CardError> {
        let mut doc = PdfDocument::new(title);
        let subsets = subset_fonts(&mut doc, glyphs)?;
        let pictures = color_pictures(&mut doc, glyphs);
        let mut file = PdfFile::new(out).map_err(pdf_error)?;
        Ok(PdfWriter {
            doc,
            subsets,
            pictures,
            pending: Vec::new(),
            photos: Vec::new(),
            drawn: BTreeMap::new(),
            pages_ref: file.reserve(),
            fonts_ref: file.reserve(),
            file,
            written_pictures: HashMap::new(),
            kids: Vec::new(),
            structure: Structure::default(),
        })
    }

    /// Adds a page drawing `scene`, with its pictures from [`PagePictures::of`].
    pub fn add_page(&mut self, scene: &Scene, pictures: PagePictures) -> Result<(), CardError> {
        self.structure.new_page();
        let mut ops = Vec::new();
        pdf_structure::begin_artifact(&mut ops);
        ops.extend([
            Op::SetFillColor {
                col: pdf_color(scene.background),
            },
            Op::DrawRectangle {
                rectangle: printpdf::Rect {
                    x: Pt(0.0),
                    y: Pt(0.0),
                    width: Pt(scene.width_pt),
                    height: Pt(scene.height_pt),
                    mode: Some(printpdf::PaintMode::Fill),
                    winding_order: None,
                },
            },
            Op::EndMarkedContent,
        ]);
        for (image, picture) in scene.images.iter().zip(pictures.0) {
            let (w, h) = image.pixels.dimensions();
            let id = match picture {
                PagePicture::Jpeg(xobject) => self.doc.add_xobject(&xobject),
                PagePicture::Lossless(raw) => self.doc.add_image(&raw),
            };
            self.photos.push(id.clone());
            // printpdf sizes an image as pixels / dpi; scale that to the exact rectangle.
            let native = |px: u32| px as f32 * 72.0 / scene.dpi;
            self.structure.begin_picture(&mut ops, image.alt.as_deref());
            ops.push(Op::UseXobject {
                id,
                transform: XObjectTransform {
                    translate_x: Some(Pt(image.rect.x)),
                    translate_y: Some(Pt(scene.height_pt - image.rect.bottom())),
                    scale_x: Some(image.rect.w / native(w)),
                    scale_y: Some(image.rect.h / native(h)),
                    dpi: Some(scene.dpi),
                    ..Default::default()
                },
            });
            ops.push(Op::EndMarkedContent);
        }
        for block in &scene.texts {
            self.structure.begin_text(&mut ops, block);
            draw_text(
                &mut ops,
                block,
                &self.subsets,
                &self.pictures,
                scene.height_pt,
            );
            ops.push(Op::EndMarkedContent);
        }
        self.note_drawn(&ops);
        let page = PdfPage::new(
            Mm(scene.width_pt / PT_PER_MM),
            Mm(scene.height_pt / PT_PER_MM),
            ops,
        );
        self.pending
            .push((page, (scene.width_pt, scene.height_pt, scene.bleed_pt)));
        if self.pending.len() >= PAGES_PER_BATCH {
            self.write_batch()?;
        }
        Ok(())
    }

    /// Number of pages so far.
    pub fn page_count(&self) -> usize {
        self.kids.len() + self.pending.len()
    }

    /// Writes the last pages, the fonts and the document's frame; returns `out`.
    pub fn finish(mut self) -> Result<W, CardError> {
        self.write_batch()?;
        // The fonts, made from a page that draws every glyph the document drew.
        let mut inventory = Vec::new();
        for (font, glyphs) in &self.drawn {
            inventory.push(Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(10.0),
            });
            inventory.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(
                    glyphs
                        .iter()
                        .map(|(&gid, text)| Codepoint {
                            gid,
                            offset: 0.0,
                            cid: Some(text.clone()),
                        })
                        .collect(),
                )],
            });
        }
        let mut lo = self.convert(vec![PdfPage::new(Mm(10.0), Mm(10.0), inventory)]);
        let mut copied = Copied::new();
        let page = lo.get_pages().into_values().next();
        match page.and_then(|p| resource(&lo, p, b"Font")) {
            Some(fonts) => self
                .file
                .copy_to(&mut lo, fonts, self.fonts_ref, &mut copied),
            None => self.file.write_with(self.fonts_ref, |obj| drop(obj.dict())),
        }
        .map_err(pdf_error)?;
        let info = match lo
            .trailer
            .get(b"Info")
            .and_then(lopdf::Object::as_reference)
        {
            Ok(id) => self.file.copy(&mut lo, id, &mut copied),
            Err(_) => {
                let info = self.file.reserve();
                self.file
                    .write_with(info, |obj| drop(obj.dict()))
                    .map(|()| info)
            }
        }
        .map_err(pdf_error)?;

        let (pages, count) = (self.pages_ref, self.kids.len() as i32);
        let kids = std::mem::take(&mut self.kids);
        self.file
            .write_with(pages, |obj| {
                let mut tree = obj.dict();
                tree.pair(Name(b"Type"), Name(b"Pages"));
                tree.pair(Name(b"Count"), count);
                tree.insert(Name(b"Kids"))
                    .array()
                    .items(kids.iter().copied());
            })
            .map_err(pdf_error)?;
        let structure = self
            .structure
            .write(&mut self.file, &kids)
            .map_err(pdf_error)?;
        let catalog = self.file.reserve();
        self.file
            .write_with(catalog, |obj| {
                let mut catalog = obj.start::<pdf_writer::writers::Catalog>();
                catalog.pages(pages);
                self.structure.catalog(&mut catalog, structure);
            })
            .map_err(pdf_error)?;
        self.file.finish(catalog, info).map_err(pdf_error)
    }

    /// Converts the pending pages and copies them into the file. The page tree, the font
    /// dictionary and colour glyph pictures are the document's, not the batch's.
    fn write_batch(&mut self) -> Result<(), CardError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let (pages, boxes): (Vec<_>, Vec<_>) =
            std::mem::take(&mut self.pending).into_iter().unzip();
        let mut lo = self.convert(pages);
        for id in self.photos.drain(..) {
            self.doc.resources.xobjects.map.remove(&id);
        }
        set_print_boxes(&mut lo, &boxes);
        let page_ids: Vec<_> = lo.get_pages().into_values().collect();
        // Each page's key in the structure's parent tree is its index in the document.
        for (n, &id) in page_ids.iter().enumerate() {
            if let Ok(page) = lo.get_dictionary_mut(id) {
                page.set("StructParents", (self.kids.len() + n) as i64);
            }
        }
        let mut copied = Copied::new();
        let mut batch_pictures = Vec::new();
        if let Some(&first) = page_ids.first() {
            if let Ok(parent) = lo
                .get_dictionary(first)
                .and_then(|p| p.get(b"Parent"))
                .and_then(lopdf::Object::as_reference)
            {
                copied.insert(parent, self.pages_ref);
            }
            if let Some(fonts) = resource(&lo, first, b"Font") {
                copied.insert(fonts, self.fonts_ref);
            }
            let xobjects = resource(&lo, first, b"XObject").and_then(|x| lo.get_dictionary(x).ok());
            for (name, value) in xobjects.into_iter().flat_map(|d| d.iter()) {
                let (Ok(name), Ok(id)) = (std::str::from_utf8(name), value.as_reference()) else {
                    continue;
                };
                if let Some(&r) = self.written_pictures.get(name) {
                    copied.insert(id, r);
                } else if self.pictures.values().any(|p| p.id.0 == name) {
                    batch_pictures.push((name.to_string(), id));
                }
            }
        }
        for id in page_ids {
            let page = self
                .file
                .copy(&mut lo, id, &mut copied)
                .map_err(pdf_error)?;
            self.kids.push(page);
        }
        for (name, id) in batch_pictures {
            if let Some(&r) = copied.get(&id) {
                self.written_pictures.insert(name, r);
            }
        }
        Ok(())
    }

    /// The printpdf document with `pages` as a lopdf document with compressed streams.
    fn convert(&mut self, pages: Vec<PdfPage>) -> lopdf::Document {
        self.doc.with_pages(pages);
        let options = PdfSaveOptions {
            optimize: false,     // streams are compressed one by one as they are copied
            subset_fonts: false, // done in new(), with glyph ids printpdf cannot know
            secure: true,
            image_optimization: Some(ImageOptimizationOptions {
                quality: None,
                max_image_size: None,
                dither_greyscale: None,
                convert_to_greyscale: Some(false),
                auto_optimize: Some(false),
                format: Some(ImageCompression::Flate),
            }),
        };
        let mut warnings = Vec::new();
        let lo = self.doc.to_lopdf_document(&options, &mut warnings);
        self.doc.pages.clear();
        for w in &warnings {
            tracing::debug!(message = %w.msg, "printpdf");
        }
        lo
    }

    /// Notes the glyphs `ops` draw, with their text, as printpdf reads them.
    fn note_drawn(&mut self, ops: &[Op]) {
        let mut font = None;
        for op in ops {
            match op {
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    ..
                } => font = Some(id),
                Op::ShowText { items } => {
                    let Some(font) = font else { continue };
                    let glyphs = self.drawn.entry(font.clone()).or_default();
                    for item in items {
                        if let TextItem::GlyphIds(codepoints) = item {
                            for c in codepoints {
                                glyphs.insert(c.gid, c.cid.clone().unwrap_or_default());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// The object a page's resources name under `kind` (its fonts, its pictures).
fn resource(lo: &lopdf::Document, page: lopdf::ObjectId, kind: &[u8]) -> Option<lopdf::ObjectId> {
    let resources = lo
        .get_dictionary(page)
        .ok()?
        .get(b"Resources")
        .ok()?
        .as_reference()
        .ok()?;
    lo.get_dictionary(resources)
        .ok()?
        .get(kind)
        .ok()?
        .as_reference()
        .ok()
}

fn pdf_error(e: std::io::Error) -> CardError {
    CardError::Encode(format!("PDF: {e}"))
}

/// A photo as a JPEG image XObject (DCTDecode), embedded as compressed.
fn jpeg_xobject(img: &image::RgbImage) -> Result<ExternalXObject, CardError> {
    let jpeg = super::raster::encode_jpeg(img, PHOTO_QUALITY)?;
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let dict = BTreeMap::from([
        ("Type".to_string(), name("XObject")),
        ("Subtype".to_string(), name("Image")),
        ("Width".to_string(), DictItem::Int(i64::from(img.width()))),
        ("Height".to_string(), DictItem::Int(i64::from(img.height()))),
        ("ColorSpace".to_string(), name("DeviceRGB")),
        ("BitsPerComponent".to_string(), DictItem::Int(8)),
        ("Filter".to_string(), name("DCTDecode")),
    ]);
    Ok(ExternalXObject {
        stream: ExternalStream {
            dict,
            content: jpeg,
            compress: false,
        },
        width: Some(Px(img.width() as usize)),
        height: Some(Px(img.height() as usize)),
        dpi: None,
    })
}

/// printpdf writes boxes as [x y w h] and no BleedBox; a printer needs [llx lly urx ury].
fn set_print_boxes(lo: &mut lopdf::Document, boxes: &[(f32, f32, f32)]) {
    let rect = |x0: f32, y0: f32, x1: f32, y1: f32| {
        lopdf::Object::Array(vec![x0.into(), y0.into(), x1.into(), y1.into()])
    };
    // get_pages() is keyed by page number, in order.
    let page_ids: Vec<_> = lo.get_pages().into_values().collect();
    for (id, &(w, h, b)) in page_ids.into_iter().zip(boxes) {
        if let Ok(page) = lo.get_dictionary_mut(id) {
            page.set("MediaBox", rect(0.0, 0.0, w, h));
            page.set("CropBox", rect(0.0, 0.0, w, h));
            page.set("BleedBox", rect(0.0, 0.0, w, h));
            page.set("TrimBox", rect(b, b, w - b, h - b));
        }
    }
}

fn pdf_color(c: Rgb) -> Color {
    let [r, g, b] = c.to_unit();
    Color::Rgb(printpdf::Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// Whether a text holds right-to-left letters (Arabic, Hebrew, Thaana, Syriac, N'Ko…).
fn has_rtl(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            unicode_bidi::bidi_class(c),
            unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
        )
    })
}

/// UTF-16BE with a byte-order mark: how PDF text strings carry non-Latin text.
fn pdf_text_string(s: &str) -> DictItem {
    let mut data = vec![0xFE, 0xFF];
    data.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    DictItem::String {
        data,
        literal: false,
    }
}

fn draw_text(
    ops: &mut Vec<Op>,
    block: &TextBlock,
    subsets: &BTreeMap<FaceId, Subset>,
    pictures: &HashMap<(FaceId, u16), ColorPicture>,
    page_h: f32,
) {
    ops.push(Op::SetFillColor {
        col: pdf_color(block.color),
    });
    for line in &block.lines {
        // Extractors that honour /ActualText (poppler, PDFium, mupdf, Acrobat) take a
        // line's text from here instead of guessing it from glyph positions: Indic
        // conjuncts and CJK come back exactly (pdf.js reads the glyphs' own text, see
        // `glyph_texts`). Not for lines with right-to-left letters: poppler reorders an
        // /ActualText as if it were in visual order, and scrambles it. Nor for lines with
        // characters beyond the Basic Multilingual Plane (emoji): PDFium drops them from
        // an /ActualText, where it reads them from the glyphs.
        let marked = !has_rtl(&line.text) && !line.text.chars().any(|c| c > '\u{FFFF}');
        if marked {
            let properties = BTreeMap::from([(
                "ActualText".to_string(),
                pdf_text_string(&super::text::extractable(&line.text)),
            )]);
            ops.push(Op::BeginMarkedContentWithProperties {
                tag: "Span".into(),
                properties: DictItem::Dict { map: properties },
            });
        }
        draw_line(ops, line, subsets, pictures, page_h);
        // Emoji: pictures placed and sized with the line (pictures cannot go inside BT/ET).
        for g in &line.glyphs {
            if let Some(p) = pictures.get(&(g.face, g.gid)) {
                let s = g.size / p.bitmap.ppem;
                let h = p.bitmap.pixels.height();
                let top = g.y - p.bitmap.top * s;
                ops.push(Op::UseXobject {
                    id: p.id.clone(),
                    transform: XObjectTransform {
                        translate_x: Some(Pt(g.x + p.bitmap.left * s)),
                        translate_y: Some(Pt(page_h - top - h as f32 * s)),
                        // At dpi 72 one picture pixel is one point before scaling.
                        scale_x: Some(s),
                        scale_y: Some(s),
                        dpi: Some(72.0),
                        ..Default::default()
                    },
                });
            }
        }
        if marked {
            ops.push(Op::EndMarkedContent);
        }
    }
}

/// Draws a line's glyphs as one text object: one text matrix at its start, then each
/// glyph placed by a kerning number from where the previous one left the pen (worked out
/// from the same /W widths the readers use), raised or lowered with the text rise, its
/// font switched where it needs another variant. A reader follows the pen from glyph to
/// glyph the whole line long and never sees the line start over: pdf.js, which counts
/// any glyph whose text holds a combining mark as zero width, would otherwise find a gap
/// where the pen was set again, and put a space in a word.
///
/// A glyph that stands for no characters of its own (the alef of a lam-alef, whose text
/// the lam carries) is drawn as its outline after the text: readers take nothing from a
/// path, where an unmapped glyph would give them a character code to guess at.
fn draw_line(
    ops: &mut Vec<Op>,
    line: &TextLine,
    subsets: &BTreeMap<FaceId, Subset>,
    pictures: &HashMap<(FaceId, u16), ColorPicture>,
    page_h: f32,
) {
    let is_picture = |g: &PositionedGlyph| pictures.contains_key(&(g.face, g.gid));
    let (outlined, glyphs): (Vec<_>, Vec<_>) = drawn_glyphs(line, is_picture)
        .into_iter()
        .partition(|d| d.how == DrawnAs::Outline);
    for d in outlined {
        if let Some(polygon) = glyph_outline(d.g, page_h) {
            ops.push(Op::DrawPolygon { polygon });
        }
    }
    let glyphs: Vec<Placed> = glyphs
        .into_iter()
        .filter_map(|d| {
            let subset = subsets.get(&d.face)?;
            let (variant, font) = subset.font(d.gid, &d.text)?;
            Some(Placed {
                gid: subset.remap.get(&d.gid).copied().unwrap_or(0),
                font: (d.face, variant, font),
                width: subset.widths.get(&d.gid).copied().unwrap_or(0.0) * d.g.size / 1000.0,
                drawn: d,
            })
        })
        .collect();
    let Some(first) = glyphs.first().map(|p| p.drawn.g) else {
        return;
    };
    let baseline = glyphs
        .iter()
        .find(|p| p.drawn.g.advance > 0.0)
        .map_or(first.y, |p| p.drawn.g.y);
    ops.push(Op::StartTextSection);
    ops.push(Op::SetTextMatrix {
        matrix: TextMatrix::Translate(Pt(first.x), Pt(page_h - baseline)),
    });
    let (mut pen, mut rise) = (first.x, 0.0);
    let mut current = None;
    for Placed {
        drawn: Drawn { g, text, how, .. },
        gid,
        font: (face, variant, font),
        width,
    } in glyphs
    {
        if current != Some((face, variant, g.size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(g.size),
            });
            current = Some((face, variant, g.size));
        }
        if baseline - g.y != rise {
            rise = baseline - g.y;
            ops.push(Op::SetLineOffset { multiplier: rise });
        }
        // A TJ number n moves the pen n thousandths of an em back. A mark carrier is
        // drawn where the glyph before it left the pen.
        let x = if how == DrawnAs::Marks { pen } else { g.x };
        let kern = (pen - x) * 1000.0 / g.size;
        if kern.abs() > 0.01 {
            ops.push(Op::ShowText {
                items: vec![TextItem::Offset(kern)],
            });
        }
        // An emoji's carrier is drawn invisibly, stretched to the picture's advance.
        let stretch = (how == DrawnAs::Picture && width > 0.0).then(|| 100.0 * g.advance / width);
        if let Some(percent) = stretch {
            ops.push(Op::SetTextRenderingMode {
                mode: printpdf::TextRenderingMode::Invisible,
            });
            ops.push(Op::SetHorizontalScaling { percent });
        }
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(vec![Codepoint {
                gid,
                offset: 0.0,
                cid: Some(text),
            }])],
        });
        pen = x + stretch.map_or(width, |percent| width * percent / 100.0);
        if stretch.is_some() {
            ops.push(Op::SetHorizontalScaling { percent: 100.0 });
            ops.push(Op::SetTextRenderingMode {
                mode: printpdf::TextRenderingMode::Fill,
            });
        }
    }
    ops.push(Op::EndTextSection);
}

/// A glyph of a line ready to draw: the glyph id and font (face, variant) it is drawn
/// from, and its width in points as readers count it.
struct Placed<'a> {
    drawn: Drawn<'a>,
    gid: u16,
    font: (FaceId, usize, &'a FontId),
    width: f32,
}

/// A glyph's outline as a filled path at its place on the page.
fn glyph_outline(g: &PositionedGlyph, page_h: f32) -> Option<printpdf::Polygon> {
    use ab_glyph::{Font, OutlineCurve};
    let face = g.face.face();
    let font = face.outlines()?;
    let outline = font.outline(ab_glyph::GlyphId(g.gid))?;
    let scale = g.size / font.units_per_em()?;
    let at = |p: ab_glyph::Point, bezier: bool| printpdf::LinePoint {
        p: printpdf::Point {
            x: Pt(g.x + p.x * scale),
            y: Pt(page_h - g.y + p.y * scale),
        },
        bezier,
    };
    let toward = |from: ab_glyph::Point, to: ab_glyph::Point| {
        ab_glyph::point(
            from.x + (to.x - from.x) * 2.0 / 3.0,
            from.y + (to.y - from.y) * 2.0 / 3.0,
        )
    };
    let mut rings: Vec<printpdf::PolygonRing> = Vec::new();
    let mut pen = None;
    for curve in &outline.curves {
        let (start, end, points) = match *curve {
            OutlineCurve::Line(a, b) => (a, b, vec![at(b, false)]),
            // A quadratic curve as the cubic that draws it.
            OutlineCurve::Quad(a, c, b) => (
                a,
                b,
                vec![at(toward(a, c), true), at(toward(b, c), true), at(b, false)],
            ),
            OutlineCurve::Cubic(a, c1, c2, b) => {
                (a, b, vec![at(c1, true), at(c2, true), at(b, false)])
            }
        };
        // A curve that does not go on from the last one starts a new contour.
        if pen != Some(start) {
            rings.push(printpdf::PolygonRing {
                points: vec![at(start, false)],
            });
        }
        pen = Some(end);
        rings.last_mut()?.points.extend(points);
    }
    Some(printpdf::Polygon {
        rings,
        mode: printpdf::PaintMode::Fill,
        winding_order: printpdf::WindingOrder::NonZero,
    })
}

/// The text each glyph of a line stands for, in drawing order: what its font's ToUnicode
/// map gives for it there.
///
/// Readers take a line's text from its glyphs in the order they are drawn (pdf.js) or
/// left to right (PDFium, poppler) and put right-to-left runs back into reading order
/// themselves. So a line is drawn left to right, the pen never going back (see
/// [`drawing_order`]), and each cluster's characters are handed to its glyphs in that
/// order, one each, the last glyph taking any left over; in a right-to-left run the
/// characters go out last first, since the reader turns the run round. Together a
/// cluster's glyphs stand for exactly its characters: a vowel sign drawn before its
/// consonant, a tanwin above its alef.
///
/// Right-to-left glyphs stacked at one pen position (Naskh's lam-alef: the lam moves the
/// pen, the alef and its tanwin do not) read as one ligature: all their text on the glyph
/// that moves the pen, drawn last; the others stand for nothing and are drawn as
/// outlines (see [`draw_line`]). Readers that meet glyphs on top of each other split the
/// word there (poppler), or put a space in it (PDFium, pdf.js).
fn glyph_texts(line: &TextLine) -> Vec<(&PositionedGlyph, String)> {
    let glyphs = &line.glyphs;
    let order = drawing_order(glyphs);
    let mut texts = vec![String::new(); glyphs.len()];
    for cluster in order.chunk_by(|&a, &b| glyphs[a].cluster == glyphs[b].cluster) {
        let first = &glyphs[cluster[0]];
        let text = super::text::extractable(&line.text[first.cluster.clone()]);
        let mut chars: Vec<char> = text.chars().collect();
        // A cluster drawn as more glyphs than it has characters (Tamil's «ோ» as ே, the
        // consonant and ா) is named by its canonical decomposition, piece by piece: a
        // glyph that moves the pen and stands for nothing reads as a space in pdf.js.
        if !first.rtl && chars.len() < cluster.len() {
            use unicode_normalization::UnicodeNormalization;
            chars = text.nfd().collect();
        }
        if first.rtl {
            chars.reverse();
        }
        for (k, c) in chars.into_iter().enumerate() {
            texts[cluster[k.min(cluster.len() - 1)]].push(c);
        }
    }
    let mut out = Vec::with_capacity(glyphs.len());
    for stack in order.chunk_by(|&a, &b| (glyphs[b].x - glyphs[a].x).abs() < 0.05 * glyphs[a].size)
    {
        let (&top, under) = stack.split_last().unwrap_or((&stack[0], &[]));
        let ligature = glyphs[top].rtl
            && glyphs[top].advance > 0.0
            && !under.is_empty()
            && under.iter().all(|&j| glyphs[j].advance == 0.0)
            && under
                .iter()
                .any(|&j| glyphs[j].cluster != glyphs[top].cluster);
        if ligature {
            let unit: String = stack.iter().map(|&j| texts[j].as_str()).collect();
            out.extend(under.iter().map(|&j| (&glyphs[j], String::new())));
            out.push((&glyphs[top], unit));
        } else {
            out.extend(
                stack
                    .iter()
                    .map(|&j| (&glyphs[j], std::mem::take(&mut texts[j]))),
            );
        }
    }
    // A space is a gap, not a glyph: every reader puts a space in a gap that wide.
    out.retain(|(g, _)| {
        !line.text[g.cluster.clone()]
            .chars()
            .all(char::is_whitespace)
    });
    out
}

/// How a line's glyphs go into the PDF, in drawing order: each shaped glyph with the text
/// [`glyph_texts`] gives it, a colour glyph's text on its invisible carrier
/// (`is_picture` says which are pictures), and the combining marks of a text that starts
/// with a letter on an empty glyph after it.
///
/// pdf.js counts any glyph whose text holds a combining mark (Unicode category Mn) as a
/// mark of no width, and looks for no word space before it: the space before «स्वागत»
/// (whose half form of sa stands for «स्») came out after «स्», the one before «❤️» (a
/// heart and its emoji variation selector) was lost. So a glyph that moves the pen keeps
/// the letters its text starts with, and the marks after them are drawn as its face's
/// empty glyph where it leaves the pen (right-to-left glyphs excepted: pdf.js turns a run
/// round character by character, so their marks must come first).
fn drawn_glyphs(
    line: &TextLine,
    mut is_picture: impl FnMut(&PositionedGlyph) -> bool,
) -> Vec<Drawn<'_>> {
    let mut drawn = Vec::new();
    for (g, mut text) in glyph_texts(line) {
        let ((face, gid), how) = if text.is_empty() {
            ((g.face, g.gid), DrawnAs::Outline)
        } else if is_picture(g) {
            match *EMOJI_CARRIER {
                Some(carrier) => (carrier, DrawnAs::Picture),
                None => continue,
            }
        } else {
            ((g.face, g.gid), DrawnAs::Glyph)
        };
        let marks = text
            .char_indices()
            .skip(1)
            .find(|&(_, c)| {
                unicode_general_category::get_general_category(c)
                    == unicode_general_category::GeneralCategory::NonspacingMark
            })
            .filter(|_| how != DrawnAs::Outline && !g.rtl && g.advance > 0.0)
            .and_then(|(at, _)| Some((mark_carrier(face)?, at)))
            .map(|(carrier, at)| Drawn {
                g,
                face,
                gid: carrier,
                text: text.split_off(at),
                how: DrawnAs::Marks,
            });
        drawn.push(Drawn {
            g,
            face,
            gid,
            text,
            how,
        });
        drawn.extend(marks);
    }
    drawn
}

/// A glyph as it goes into the PDF.
struct Drawn<'a> {
    /// The shaped glyph: where it goes.
    g: &'a PositionedGlyph,
    /// The face and glyph drawn there.
    face: FaceId,
    gid: u16,
    /// The text it stands for there ("" for an outline).
    text: String,
    how: DrawnAs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DrawnAs {
    /// The shaped glyph, as text.
    Glyph,
    /// A colour glyph's carrier (see [`EMOJI_CARRIER`]): invisible text stretched over
    /// the picture.
    Picture,
    /// The empty glyph of [`mark_carrier`] standing for marks of the glyph before it,
    /// drawn where that one left the pen.
    Marks,
    /// The shaped glyph's outline, as a path: it stands for no text of its own.
    Outline,
}

/// An empty glyph of `face` that does not move the pen (TrueType's .null: glyph 1 or 2 of
/// the Noto faces), to carry marks; `None` where the face has none among its first.
fn mark_carrier(face: FaceId) -> Option<u16> {
    use ab_glyph::{Font, GlyphId};
    let face = face.face();
    let font = face.outlines()?;
    let count = u16::try_from(font.glyph_count()).unwrap_or(u16::MAX);
    (1..count.min(16)).find(|&gid| {
        font.h_advance_unscaled(GlyphId(gid)) == 0.0 && font.outline(GlyphId(gid)).is_none()
    })
}

/// The order a line's glyphs are drawn in: the shaper's clusters left to right by where
/// their pen stands, what does not move the pen first where two share a position (the
/// alef before the lam that carries it on); within a cluster the shaper's order (a
/// right-to-left run comes from the layout in reading order, so its clusters' glyphs are
/// turned round).
fn drawing_order(glyphs: &[PositionedGlyph]) -> Vec<usize> {
    let indices: Vec<usize> = (0..glyphs.len()).collect();
    let mut clusters: Vec<(f32, bool, Vec<usize>)> = indices
        .chunk_by(|&a, &b| glyphs[a].cluster == glyphs[b].cluster)
        .map(|cluster| {
            let mut members = cluster.to_vec();
            if glyphs[cluster[0]].rtl {
                members.reverse();
            }
            let x = |&i: &usize| glyphs[i].x;
            let moving: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| glyphs[i].advance > 0.0)
                .collect();
            let at = if moving.is_empty() { &members } else { &moving };
            let pen = at.iter().map(x).fold(f32::MAX, f32::min);
            (pen, !moving.is_empty(), members)
        })
        .collect();
    // Positions within a hundredth of a point are one (the same pen reached by two sums).
    clusters.sort_by(|a, b| {
        ((a.0 * 100.0).round(), a.1)
            .partial_cmp(&((b.0 * 100.0).round(), b.1))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    clusters.into_iter().flat_map(|(_, _, m)| m).collect()
}

/// Adds every colour glyph (emoji) the document uses as a picture with transparency.
fn color_pictures(
    doc: &mut PdfDocument,
    glyphs: &GlyphSet,
) -> HashMap<(FaceId, u16), ColorPicture> {
    let mut pictures = HashMap::new();
    for &(face_id, gid) in &glyphs.color {
        let face = face_id.face();
        let Some(bitmap) = face
            .outlines()
            .and_then(|font| super::raster::color_bitmap(&font, gid))
        else {
            continue;
        };
        let (w, h) = bitmap.pixels.dimensions();
        let id = doc.add_image(&RawImage {
            pixels: RawImageData::U8(bitmap.pixels.as_raw().clone()),
            width: w as usize,
            height: h as usize,
            data_format: RawImageFormat::RGBA8,
            tag: Vec::new(),
        });
        pictures.insert((face_id, gid), ColorPicture { id, bitmap });
    }
    pictures
}

/// Subsets every face the scene uses to just its glyphs and adds it to the document, as
/// many times as one of its glyphs has texts (see [`Subset`]); the file holds the program
/// once (see [`super::pdf_file`]).
fn subset_fonts(
    doc: &mut PdfDocument,
    glyphs: &GlyphSet,
) -> Result<BTreeMap<FaceId, Subset>, CardError> {
    let mut subsets = BTreeMap::new();
    for (&face, texts) in &glyphs.outlines {
        // allsorts numbers the subset's glyphs by their position in this list; .notdef first.
        let ids: Vec<u16> = std::iter::once(0)
            .chain(texts.keys().copied().filter(|&g| g != 0))
            .collect();
        let bytes = subset_face(face, &ids)?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| {
            CardError::Encode(format!("PDF: subset of {} did not parse", face.face().file))
        })?;
        parsed.font_name = Some(format!(
            "{}+{}",
            subset_tag(&ids),
            face.face().postscript_name
        ));
        let count = texts.values().map(Vec::len).max().unwrap_or(1);
        let variants = (0..count).map(|_| doc.add_font(&parsed)).collect();
        // As printpdf writes /W: the advance in font units to whole thousandths of an em.
        let em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let widths = ids
            .iter()
            .enumerate()
            .map(|(new, &old)| {
                let units = parsed.get_glyph_width(new as u16).unwrap_or(0);
                (old, (f32::from(units) * 1000.0 / em).trunc())
            })
            .collect();
        let remap = ids
            .iter()
            .enumerate()
            .map(|(new, &old)| (old, new as u16))
            .collect();
        let texts = texts.iter().map(|(&g, t)| (g, t.clone())).collect();
        subsets.insert(
            face,
            Subset {
                variants,
                remap,
                texts,
                widths,
            },
        );
    }
    Ok(subsets)
}

fn subset_face(face: FaceId, ids: &[u16]) -> Result<Vec<u8>, CardError> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};
    let face = face.face();
    let fail = |e: String| CardError::Encode(format!("PDF: cannot subset {}: {e}", face.file));
    let data = ReadScope::new(face.data())
        .read::<FontData<'_>>()
        .map_err(|e| fail(e.to_string()))?;
    let provider = data
        .table_provider(face.index as usize)
        .map_err(|e| fail(e.to_string()))?;
    subset(&provider, ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| fail(e.to_string()))
}

/// The six-capital-letter tag PDF puts before the name of a subset font, derived from
/// the glyph set so that equal subsets get equal names.
fn subset_tag(ids: &[u16]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for id in ids {
        for b in id.to_le_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 8)) % 26) as u8))
        .collect()
}
