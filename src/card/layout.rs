//! Card layouts: `layouts/*.toml`, one file per card design, in millimetres.
//!
//! Loading parses and validates in one go, so a layout that loads can always be drawn:
//! every box lies on the page, text boxes lie inside the safe area, fonts are bundled,
//! size ranges and colours make sense. Errors name the file, the line and the field.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use image::{RgbImage, RgbaImage};

use serde::Deserialize;
use toml::de::{DeTable, DeValue};

use super::error::LayoutError;
use super::fonts::{self, FaceId, FontStyle, FontWeight};
use super::geometry::{BoxMm, RectPt, Rgb, mm_to_pt};

/// The largest layout file read (the built-in ones are about 3 KB).
pub const MAX_LAYOUT_BYTES: u64 = 1 << 20;

/// The layouts shipped with the booth, by name, with their TOML source.
pub const BUILTIN: [(&str, &str); 7] = [
    (
        "postcard-4x6",
        include_str!("../../layouts/postcard-4x6.toml"),
    ),
    (
        "a6-bilingual",
        include_str!("../../layouts/a6-bilingual.toml"),
    ),
    (
        "square-social",
        include_str!("../../layouts/square-social.toml"),
    ),
    (
        "portrait-social",
        include_str!("../../layouts/portrait-social.toml"),
    ),
    (
        "story-social",
        include_str!("../../layouts/story-social.toml"),
    ),
    (
        "exhibition-a3",
        include_str!("../../layouts/exhibition-a3.toml"),
    ),
    (
        "classroom-a4-ar",
        include_str!("../../layouts/classroom-a4-ar.toml"),
    ),
];

/// The page: trim size, bleed, safe margin, resolution and background.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageSpec {
    /// Width of the trimmed card.
    pub width_mm: f32,
    /// Height of the trimmed card.
    pub height_mm: f32,
    /// Extra image beyond each trim edge, cut off by the printer or guillotine.
    #[serde(default = "default_bleed")]
    pub bleed_mm: f32,
    /// Distance from the trim edge that text must keep.
    #[serde(default = "default_safe_margin")]
    pub safe_margin_mm: f32,
    /// Resolution of the raster copy and of the photo embedded in the PDF.
    #[serde(default = "default_dpi")]
    pub dpi: u32,
    /// Background colour, under everything, bleed included.
    #[serde(default = "default_background")]
    pub background: Rgb,
    /// Optional background picture (PNG or JPEG), path relative to the layout file,
    /// stretched over the whole page including bleed.
    pub background_image: Option<String>,
}

fn default_bleed() -> f32 {
    3.0
}
fn default_safe_margin() -> f32 {
    4.0
}
fn default_dpi() -> u32 {
    300
}
fn default_background() -> Rgb {
    Rgb([255, 255, 255])
}

/// How the photo fills its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fit {
    /// Fill the box, cropping around the focal point.
    #[default]
    Cover,
    /// Show the whole photo inside the box, centred.
    Contain,
}

/// A point in the photo, each coordinate 0..=1 from the top-left.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Focal {
    /// Horizontal position, 0 = left edge.
    pub x: f32,
    /// Vertical position, 0 = top edge.
    pub y: f32,
}

impl Default for Focal {
    fn default() -> Self {
        // Faces sit above the middle of a portrait.
        Focal { x: 0.5, y: 0.4 }
    }
}

/// Where and how the portrait goes. A box edge on the trim edge runs on into the bleed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhotoSpec {
    /// The box, in mm from the trim corner.
    #[serde(rename = "box")]
    pub rect: BoxMm,
    /// Cover (crop) or contain (letterbox).
    #[serde(default)]
    pub fit: Fit,
    /// The point kept in view when cropping.
    #[serde(default)]
    pub focal: Focal,
}

/// Smallest and largest font size; text is set as large as fits.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeRange {
    /// Smallest size in points.
    pub min: f32,
    /// Largest size in points.
    pub max: f32,
}

/// Horizontal alignment of lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// The paragraph's own start: left for English, right for Arabic.
    #[default]
    Start,
    /// Centred.
    Center,
    /// The paragraph's own end.
    End,
    /// Always left.
    Left,
    /// Always right.
    Right,
}

/// Vertical placement of the text block in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VAlign {
    /// Against the top.
    Top,
    /// In the middle.
    #[default]
    Center,
    /// Against the bottom.
    Bottom,
}

/// What the translation box does before a translation exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WhenMissing {
    /// The message may use the translation's space.
    #[default]
    Nothing,
    /// Keep the slot blank so a later bilingual reprint leaves the message where it was.
    Reserve,
    /// The translation comes first (Arabic-first classroom posters): a card without an
    /// approved one is not made in this layout; exhibitions leave it out and count it.
    Skip,
}

/// A box of text: the message, attribution, translation or footer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextBoxSpec {
    /// The box, in mm from the trim corner; must lie inside the safe area.
    #[serde(rename = "box")]
    pub rect: BoxMm,
    /// A bundled family: "Noto Sans", "Noto Serif" or "Noto Naskh Arabic".
    pub font: String,
    /// "normal" or "italic".
    #[serde(default)]
    pub style: FontStyle,
    /// "regular" or "bold".
    #[serde(default)]
    pub weight: FontWeight,
    /// Size range for auto-fit, in points.
    pub size_pt: SizeRange,
    /// Text colour.
    #[serde(default = "default_text_color")]
    pub color: Rgb,
    /// Horizontal alignment.
    #[serde(default)]
    pub align: Align,
    /// Vertical placement.
    #[serde(default)]
    pub valign: VAlign,
    /// Line height as a multiple of the font size.
    #[serde(default = "default_line_spacing")]
    pub line_spacing: f32,
    /// Message only: wrap the text in quotation marks.
    #[serde(default)]
    pub quotes: bool,
    /// Footer only: the fixed text.
    pub text: Option<String>,
    /// Attribution only: which of "name", "event", "date" to show, in order.
    pub parts: Option<Vec<AttributionPart>>,
    /// Attribution only: what goes between the parts.
    pub separator: Option<String>,
    /// Translation only: blank slot or nothing while there is no translation.
    #[serde(default)]
    pub when_missing: WhenMissing,
}

impl TextBoxSpec {
    /// A plain one-style text box (captions and labels made by the program, not by a
    /// layout file): the bundled `font`, shrinking from `max_pt` down to `min_pt`,
    /// centred at the top of its box.
    pub fn caption(font: &str, min_pt: f32, max_pt: f32) -> TextBoxSpec {
        TextBoxSpec {
            rect: BoxMm {
                x: 0.0,
                y: 0.0,
                w: 1.0,
                h: 1.0,
            },
            font: font.to_string(),
            style: FontStyle::Normal,
            weight: FontWeight::Regular,
            size_pt: SizeRange {
                min: min_pt,
                max: max_pt,
            },
            color: default_text_color(),
            align: Align::Center,
            valign: VAlign::Top,
            line_spacing: 1.2,
            quotes: false,
            text: None,
            parts: None,
            separator: None,
            when_missing: WhenMissing::Nothing,
        }
    }
}

fn default_text_color() -> Rgb {
    Rgb([0x1a, 0x1a, 0x1a])
}
fn default_line_spacing() -> f32 {
    1.25
}

/// A piece of the attribution line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttributionPart {
    /// The participant's first name.
    Name,
    /// The event.
    Event,
    /// The date the portrait was taken.
    Date,
}

/// A logo or frame drawn over everything (PNG with transparency).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverlaySpec {
    /// Image path relative to the layout file.
    pub image: String,
    /// The box, in mm from the trim corner.
    #[serde(rename = "box")]
    pub rect: BoxMm,
}

/// The layout file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LayoutFile {
    name: String,
    #[serde(default)]
    description: String,
    page: PageSpec,
    photo: PhotoSpec,
    message: TextBoxSpec,
    attribution: Option<TextBoxSpec>,
    translation: Option<TextBoxSpec>,
    footer: Option<TextBoxSpec>,
    reference: Option<TextBoxSpec>,
    overlay: Option<OverlaySpec>,
}

/// A validated card layout.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Short name, e.g. `postcard-4x6`.
    pub name: String,
    /// One line for staff choosing a layout.
    pub description: String,
    /// Page geometry.
    pub page: PageSpec,
    /// The portrait.
    pub photo: PhotoSpec,
    /// The participant's message.
    pub message: TextBoxSpec,
    /// Name, event and date.
    pub attribution: Option<TextBoxSpec>,
    /// The translation of the message.
    pub translation: Option<TextBoxSpec>,
    /// Fixed footer text.
    pub footer: Option<TextBoxSpec>,
    /// The card's short reference ("ref. K7QM-4XRT"), for a participant to quote.
    pub reference: Option<TextBoxSpec>,
    /// Logo or frame.
    pub overlay: Option<OverlaySpec>,
    /// The image files the layout names, as read, so the archive can keep copies.
    pub images: Vec<LayoutImage>,
    /// The TOML text this layout came from, kept so a card can be re-rendered identically.
    pub source: String,
    /// The decoded `page.background_image`, loaded once with the layout.
    pub background_pixels: Option<Arc<RgbImage>>,
    /// The decoded overlay image, loaded once with the layout.
    pub overlay_pixels: Option<Arc<RgbaImage>>,
}

/// An image file a layout names (background or overlay), as it was read.
#[derive(Debug, Clone)]
pub struct LayoutImage {
    /// The path as the layout writes it.
    pub name: String,
    /// The file's bytes.
    pub bytes: Arc<[u8]>,
}

impl Layout {
    /// Names of the built-in layouts.
    pub fn builtin_names() -> impl Iterator<Item = &'static str> {
        BUILTIN.iter().map(|(name, _)| *name)
    }

    /// A built-in layout by name, or a layout file if `name_or_path` names one.
    pub fn find(name_or_path: &str) -> Result<Layout, LayoutError> {
        if let Some((name, src)) = BUILTIN.iter().find(|(n, _)| *n == name_or_path) {
            return Layout::parse(src, name, &|image| PathBuf::from(image));
        }
        let path = Path::new(name_or_path);
        if path.exists() || name_or_path.ends_with(".toml") {
            return Layout::load(path);
        }
        Err(LayoutError {
            origin: name_or_path.to_string(),
            line: None,
            message: format!(
                "no such layout; use one of {} or the path of a .toml layout file",
                Layout::builtin_names().collect::<Vec<_>>().join(", ")
            ),
        })
    }

    /// Loads and validates a layout file (at most [`MAX_LAYOUT_BYTES`]).
    pub fn load(path: &Path) -> Result<Layout, LayoutError> {
        let origin = path.display().to_string();
        let src =
            crate::fsutil::read_text_limited(path, MAX_LAYOUT_BYTES).map_err(|e| LayoutError {
                origin: origin.clone(),
                line: None,
                message: format!("cannot read the layout file ({e}); check the path"),
            })?;
        let base = path.parent().unwrap_or(Path::new(""));
        Layout::parse(&src, &origin, &|name| base.join(name))
    }

    /// Parses and validates layout TOML. `origin` names it in errors; `find_image` says
    /// where an image the layout names is (beside the layout file, or the archive's copy).
    pub fn parse(
        src: &str,
        origin: &str,
        find_image: &dyn Fn(&str) -> PathBuf,
    ) -> Result<Layout, LayoutError> {
        let error = |line: Option<usize>, message: String| LayoutError {
            origin: origin.to_string(),
            line,
            message,
        };
        let file: LayoutFile = toml::from_str(src).map_err(|e| {
            let line = e.span().map(|s| line_of(src, s.start));
            error(
                line,
                format!(
                    "{}; see layouts/postcard-4x6.toml for a working example",
                    e.message().trim()
                ),
            )
        })?;
        let layout = Layout {
            name: file.name,
            description: file.description,
            page: file.page,
            photo: file.photo,
            message: file.message,
            attribution: file.attribution,
            translation: file.translation,
            footer: file.footer,
            reference: file.reference,
            overlay: file.overlay,
            images: Vec::new(),
            source: src.to_string(),
            background_pixels: None,
            overlay_pixels: None,
        };
        let field_error = |path: &[&str], message: String| {
            error(
                field_line(src, path),
                format!("[{}] {message}", path.join(".")),
            )
        };
        layout
            .validate()
            .map_err(|(path, message)| field_error(&path, message))?;
        let mut layout = layout;
        let mut images = Vec::new();
        let mut load = |name: &str| {
            let path = find_image(name);
            let read = crate::fsutil::read_limited(&path, super::photo::MAX_PHOTO_BYTES)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    let (img, _) = super::photo::decode_bounded(&bytes)?;
                    images.push(LayoutImage {
                        name: name.to_string(),
                        bytes: bytes.into(),
                    });
                    Ok(img)
                });
            read.map_err(|e| {
                format!("cannot read image {} ({e}); give a PNG or JPEG path relative to the layout file", path.display())
            })
        };
        if let Some(rel) = &layout.page.background_image {
            let img = load(rel).map_err(|m| field_error(&["page", "background_image"], m))?;
            layout.background_pixels = Some(Arc::new(img.into_rgb8()));
        }
        if let Some(o) = &layout.overlay {
            let img = load(&o.image).map_err(|m| field_error(&["overlay", "image"], m))?;
            layout.overlay_pixels = Some(Arc::new(img.into_rgba8()));
        }
        layout.images = images;
        Ok(layout)
    }

    /// Whether a card needs an approved translation to be made in this layout.
    pub fn needs_translation(&self) -> bool {
        self.translation
            .as_ref()
            .is_some_and(|t| t.when_missing == WhenMissing::Skip)
    }

    /// Every text box with its table name.
    fn text_boxes(&self) -> impl Iterator<Item = (&'static str, &TextBoxSpec)> {
        [
            ("message", Some(&self.message)),
            ("attribution", self.attribution.as_ref()),
            ("translation", self.translation.as_ref()),
            ("footer", self.footer.as_ref()),
            ("reference", self.reference.as_ref()),
        ]
        .into_iter()
        .filter_map(|(n, b)| b.map(|b| (n, b)))
    }

    /// Checks everything that deserialisation cannot: returns the field path and the problem.
    fn validate(&self) -> Result<(), (Vec<&'static str>, String)> {
        let p = &self.page;
        let in_range = |v: f32, lo: f32, hi: f32| v.is_finite() && (lo..=hi).contains(&v);
        for (key, value) in [("width_mm", p.width_mm), ("height_mm", p.height_mm)] {
            if !in_range(value, 20.0, 1000.0) {
                return Err((
                    vec!["page", key],
                    "page width and height must be between 20 and 1000 mm".into(),
                ));
            }
        }
        if !in_range(p.bleed_mm, 0.0, 10.0) {
            return Err((
                vec!["page", "bleed_mm"],
                "bleed must be between 0 and 10 mm (3 mm is usual)".into(),
            ));
        }
        if !in_range(p.safe_margin_mm, 0.0, p.width_mm.min(p.height_mm) / 3.0) {
            return Err((
                vec!["page", "safe_margin_mm"],
                "safe margin must be between 0 and a third of the card's shorter side".into(),
            ));
        }
        if !(72..=1200).contains(&p.dpi) {
            return Err((
                vec!["page", "dpi"],
                "dpi must be between 72 and 1200 (300 is usual for print)".into(),
            ));
        }
        let within = |r: &BoxMm, inset: f32| {
            [r.x, r.y, r.w, r.h].iter().all(|v| v.is_finite())
                && r.w > 0.0
                && r.h > 0.0
                && r.x >= inset - 1e-3
                && r.y >= inset - 1e-3
                && r.x + r.w <= p.width_mm - inset + 1e-3
                && r.y + r.h <= p.height_mm - inset + 1e-3
        };
        let describe = |r: &BoxMm, area: &str, inset: f32| {
            format!(
                "box {{ x = {}, y = {}, w = {}, h = {} }} must have a positive size and lie inside the {area} \
                 (x from {inset} to {}, y from {inset} to {} mm); move or shrink it",
                r.x,
                r.y,
                r.w,
                r.h,
                p.width_mm - inset,
                p.height_mm - inset
            )
        };
        if !within(&self.photo.rect, 0.0) {
            return Err((
                vec!["photo", "box"],
                describe(&self.photo.rect, "page", 0.0),
            ));
        }
        let f = self.photo.focal;
        if !in_range(f.x, 0.0, 1.0) || !in_range(f.y, 0.0, 1.0) {
            return Err((
                vec!["photo", "focal"],
                "focal x and y must be between 0 and 1".into(),
            ));
        }
        for (name, b) in self.text_boxes() {
            let m = p.safe_margin_mm;
            if !within(&b.rect, m) {
                return Err((vec![name, "box"], describe(&b.rect, "safe area", m)));
            }
            if fonts::find_face(&b.font, b.style, b.weight).is_none() {
                return Err((
                    vec![name, "font"],
                    format!(
                        "font {:?} in {:?} {:?} is not bundled; bundled families: {} (Noto Serif has no bold, Noto Naskh Arabic no italic)",
                        b.font,
                        b.style,
                        b.weight,
                        fonts::families().join(", ")
                    ),
                ));
            }
            let s = b.size_pt;
            if !in_range(s.min, 4.0, 200.0) || !in_range(s.max, s.min, 200.0) {
                return Err((
                    vec![name, "size_pt"],
                    "size_pt needs 4 <= min <= max <= 200 (points)".into(),
                ));
            }
            if !in_range(b.line_spacing, 0.8, 3.0) {
                return Err((
                    vec![name, "line_spacing"],
                    "line_spacing must be between 0.8 and 3.0".into(),
                ));
            }
        }
        if let Some(footer) = &self.footer
            && footer.text.as_deref().is_none_or(|t| t.trim().is_empty())
        {
            return Err((vec!["footer"], "a footer needs text = \"…\"".into()));
        }
        if let Some(o) = &self.overlay
            && !within(&o.rect, 0.0)
        {
            return Err((vec!["overlay", "box"], describe(&o.rect, "page", 0.0)));
        }
        Ok(())
    }

    /// Bleed in points.
    pub fn bleed_pt(&self) -> f32 {
        mm_to_pt(self.page.bleed_mm)
    }

    /// Full page size (trim plus bleed on each side) in points.
    pub fn page_size_pt(&self) -> (f32, f32) {
        let b = 2.0 * self.bleed_pt();
        (
            mm_to_pt(self.page.width_mm) + b,
            mm_to_pt(self.page.height_mm) + b,
        )
    }

    /// A layout box on the full page, in points.
    pub fn rect_pt(&self, r: &BoxMm) -> RectPt {
        let b = self.bleed_pt();
        RectPt {
            x: b + mm_to_pt(r.x),
            y: b + mm_to_pt(r.y),
            w: mm_to_pt(r.w),
            h: mm_to_pt(r.h),
        }
    }

    /// Like [`Layout::rect_pt`], with every edge that touches the trim edge pushed out to
    /// the page edge, so photos and backgrounds print to the edge after trimming.
    pub fn rect_pt_bled(&self, r: &BoxMm) -> RectPt {
        let mut rect = self.rect_pt(r);
        let (pw, ph) = self.page_size_pt();
        let eps = 0.01;
        if r.x <= eps {
            rect.w += rect.x;
            rect.x = 0.0;
        }
        if r.y <= eps {
            rect.h += rect.y;
            rect.y = 0.0;
        }
        if r.x + r.w >= self.page.width_mm - eps {
            rect.w = pw - rect.x;
        }
        if r.y + r.h >= self.page.height_mm - eps {
            rect.h = ph - rect.y;
        }
        rect
    }

    /// The face a text box is set in (validated at load time).
    pub fn face(&self, b: &TextBoxSpec) -> FaceId {
        fonts::find_face(&b.font, b.style, b.weight).unwrap_or(FaceId(0))
    }
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// The line where the deepest existing key of `path` is written.
pub(crate) fn field_line(src: &str, path: &[&str]) -> Option<usize> {
    let doc = DeTable::parse(src).ok()?;
    let mut table = doc.get_ref();
    let mut found = None;
    for key in path {
        let (k, v) = table.get_key_value(*key)?;
        found = Some(line_of(src, k.span().start));
        match v.get_ref() {
            DeValue::Table(t) => table = t,
            _ => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_layouts_load() {
        for name in Layout::builtin_names() {
            let layout = Layout::find(name).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(layout.name, name);
        }
    }

    #[test]
    fn bled_rect_reaches_the_page_edge() {
        let layout = Layout::find("postcard-4x6").unwrap();
        let (pw, _) = layout.page_size_pt();
        let r = layout.rect_pt_bled(&BoxMm {
            x: 0.0,
            y: 0.0,
            w: layout.page.width_mm,
            h: 50.0,
        });
        assert_eq!((r.x, r.y), (0.0, 0.0));
        assert!((r.w - pw).abs() < 1e-3);
        assert!((r.h - (mm_to_pt(50.0) + layout.bleed_pt())).abs() < 1e-3);
    }

    #[test]
    fn field_lines_point_at_the_key() {
        let src =
            "name = \"x\"\n\n[message]\nfont = \"Comic\"\nbox = { x = 1, y = 2, w = 3, h = 4 }\n";
        assert_eq!(field_line(src, &["message", "box"]), Some(5));
        assert_eq!(field_line(src, &["message", "font"]), Some(4));
        assert_eq!(field_line(src, &["message"]), Some(3));
        assert_eq!(field_line(src, &["nothing"]), None);
    }
}
