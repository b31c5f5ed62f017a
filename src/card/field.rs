//! Text laid out for a field on screen that is being typed into: the card's own fonts,
//! shaping and bidi, so the participant sees their words as the card will print them
//! (Arabic joined and right to left, each paragraph's direction from its first strong
//! letter, like `dir="auto"`), plus where the caret goes and which character a tap hits.
//!
//! Unlike a card's text box nothing is trimmed, fitted or shrunk: the text is shown as
//! typed, trailing spaces and empty lines included, at one size, wrapping at the width.

use std::collections::HashMap;
use std::ops::Range;

use cosmic_text::{Buffer, Metrics, Shaping, Wrap};
use image::RgbImage;

use super::fonts::{FaceId, Fonts};
use super::geometry::Rgb;
use super::text::{PositionedGlyph, attrs, spans};

/// The span of one character cluster (a letter and its marks, a ligature) on its line.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSpan {
    /// Its bytes in the whole text.
    pub range: Range<usize>,
    /// Left edge, pixels.
    pub left: f32,
    /// Right edge, pixels.
    pub right: f32,
    /// Whether it reads right to left.
    pub rtl: bool,
}

/// One visual line of the field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldLine {
    /// Top of the line, pixels from the field's top.
    pub top: f32,
    /// Height of the line, pixels.
    pub height: f32,
    /// Whether its paragraph reads right to left.
    pub rtl: bool,
    /// Its bytes in the whole text.
    pub range: Range<usize>,
    /// Its clusters, left to right as drawn.
    pub clusters: Vec<ClusterSpan>,
}

/// Where the caret is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CaretPlace {
    /// Horizontal position, pixels.
    pub x: f32,
    /// Top of the caret's line, pixels.
    pub top: f32,
    /// Height of the line, pixels.
    pub height: f32,
}

/// A field's text, laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldLayout {
    /// Width laid out for, pixels.
    pub width: f32,
    /// Height of the text, pixels (one line's height when empty).
    pub height: f32,
    /// The lines, top to bottom.
    pub lines: Vec<FieldLine>,
    /// The glyphs to draw, positions in pixels from the field's top-left.
    pub glyphs: Vec<PositionedGlyph>,
}

/// The face and size a field is set in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldStyle {
    /// The card face (the layout's message face, so the field looks like the card).
    pub face: FaceId,
    /// Font size, pixels.
    pub size_px: f32,
    /// Line height as a multiple of the size.
    pub line_spacing: f32,
    /// Lines centred (titles, buttons) rather than at the start of their direction.
    pub centred: bool,
}

/// Lays out `text` as typed, `width` pixels wide.
pub fn lay_out_field(fonts: &mut Fonts, text: &str, style: FieldStyle, width: f32) -> FieldLayout {
    let line_height = style.size_px * style.line_spacing;
    let system = fonts.system_for(style.face);
    let mut buffer = Buffer::new(system, Metrics::new(style.size_px, line_height));
    buffer.set_size(Some(width.max(1.0)), None);
    buffer.set_wrap(Wrap::WordOrGlyph);
    let align = style.centred.then_some(cosmic_text::Align::Center);
    buffer.set_rich_text(
        spans(text, style.face),
        &attrs(style.face),
        Shaping::Advanced,
        align,
    );
    buffer.shape_until_scroll(system, false);

    // Byte offset of each paragraph in the whole text (the buffer splits at new lines).
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));

    let mut lines: Vec<FieldLine> = Vec::new();
    let mut glyphs = Vec::new();
    for run in buffer.layout_runs() {
        let base = starts.get(run.line_i).copied().unwrap_or(text.len());
        let mut clusters: Vec<ClusterSpan> = Vec::new();
        for g in run.glyphs {
            let range = base + g.start..base + g.end;
            let (left, right) = (g.x, g.x + g.w);
            // A letter's marks share its cluster: widen one span rather than add one.
            match clusters.last_mut() {
                Some(last) if last.range == range => {
                    last.left = last.left.min(left);
                    last.right = last.right.max(right);
                }
                _ => clusters.push(ClusterSpan {
                    range: range.clone(),
                    left,
                    right,
                    rtl: g.level.is_rtl(),
                }),
            }
            if let Some(face) = fonts.face_of(g.font_id) {
                glyphs.push(PositionedGlyph {
                    face,
                    gid: g.glyph_id,
                    x: g.x + g.font_size * g.x_offset,
                    y: run.line_y + g.y - g.font_size * g.y_offset,
                    size: g.font_size,
                    cluster: range,
                    rtl: g.level.is_rtl(),
                    advance: g.w,
                });
            }
        }
        let range = match (
            clusters.iter().map(|c| c.range.start).min(),
            clusters.iter().map(|c| c.range.end).max(),
        ) {
            (Some(s), Some(e)) => s..e,
            _ => base..base,
        };
        lines.push(FieldLine {
            top: run.line_top,
            height: run.line_height,
            rtl: run.rtl,
            range,
            clusters,
        });
    }
    // The buffer may give no line for a last empty paragraph (text ending in a new line):
    // the caret still needs one to sit on.
    let last_start = *starts.last().unwrap_or(&0);
    if lines.iter().all(|l| l.range.start < last_start) && text.ends_with('\n') {
        let top = lines.last().map_or(0.0, |l| l.top + l.height);
        let rtl = lines.last().is_some_and(|l| l.rtl);
        lines.push(FieldLine {
            top,
            height: line_height,
            rtl,
            range: last_start..last_start,
            clusters: Vec::new(),
        });
    }
    let height = lines.last().map_or(line_height, |l| l.top + l.height);
    FieldLayout {
        width,
        height,
        lines,
        glyphs,
    }
}

impl FieldLayout {
    /// The line the caret at byte `at` is on: the last line starting at or before it
    /// (at a soft line break, the caret goes to the start of the next line).
    fn line_of(&self, at: usize) -> Option<&FieldLine> {
        self.lines
            .iter()
            .rev()
            .find(|l| l.range.start <= at && at <= l.range.end)
            .or_else(|| self.lines.iter().rev().find(|l| l.range.start <= at))
    }

    /// Where the caret at byte `at` (logical order) is drawn. After a letter it sits at
    /// that letter's trailing edge: left of it in right-to-left text, right of it in
    /// left-to-right text.
    pub fn caret(&self, at: usize) -> CaretPlace {
        let Some(line) = self.line_of(at) else {
            return CaretPlace {
                x: 0.0,
                top: 0.0,
                height: self.height,
            };
        };
        let before = line.clusters.iter().find(|c| c.range.end == at);
        let after = line.clusters.iter().find(|c| c.range.start == at);
        let x = match (before, after) {
            (Some(c), _) => {
                if c.rtl {
                    c.left
                } else {
                    c.right
                }
            }
            (None, Some(c)) => {
                if c.rtl {
                    c.right
                } else {
                    c.left
                }
            }
            (None, None) if line.rtl => line.clusters.first().map_or(self.width, |c| c.left),
            (None, None) => line.clusters.last().map_or(0.0, |c| c.right),
        };
        CaretPlace {
            x,
            top: line.top,
            height: line.height,
        }
    }

    /// The caret position (byte offset) nearest to a tap at (`x`, `y`) pixels.
    pub fn hit(&self, x: f32, y: f32) -> usize {
        let Some(line) = self
            .lines
            .iter()
            .find(|l| y < l.top + l.height)
            .or(self.lines.last())
        else {
            return 0;
        };
        // Each cluster has two edges; the nearer one to the tap wins.
        let mut best = (f32::INFINITY, line.range.end);
        for c in &line.clusters {
            let (left_at, right_at) = if c.rtl {
                (c.range.end, c.range.start)
            } else {
                (c.range.start, c.range.end)
            };
            for (edge, at) in [(c.left, left_at), (c.right, right_at)] {
                let d = (edge - x).abs();
                if d < best.0 {
                    best = (d, at);
                }
            }
        }
        best.1
    }

    /// Draws the text on `background`, `width` x `height` pixels, the text moved up by
    /// `scroll` pixels. Letters come from `cache` when drawn before (typing redraws the
    /// same letters on every key press), placed on whole pixels.
    pub fn draw(
        &self,
        cache: &mut GlyphCache,
        size: (u32, u32),
        scroll: f32,
        colors: (Rgb, Rgb),
    ) -> RgbImage {
        let (background, ink) = colors;
        let mut canvas =
            RgbImage::from_pixel(size.0.max(1), size.1.max(1), image::Rgb(background.0));
        let pictures = self.each_mask(cache, (0.0, scroll), size.1, |mask, x, y| {
            mask.cover(x, y, |px, py, a| {
                if let Some(p) = canvas.get_pixel_mut_checked(px, py) {
                    let a = u16::from(a);
                    for (c, i) in p.0.iter_mut().zip(ink.0) {
                        *c = ((u16::from(i) * a + u16::from(*c) * (255 - a) + 127) / 255) as u8;
                    }
                }
            })
        });
        // Glyphs without outlines (colour emoji) are drawn as pictures, uncached.
        super::raster::draw_glyphs(&mut canvas, pictures.into_iter(), ink, 72.0, scroll);
        canvas
    }

    /// The left and right edges of `text`'s letters as laid out here, pixels: the part of
    /// the width the text takes (a space left at a line's end takes none).
    pub fn ink_span(&self, text: &str) -> (f32, f32) {
        let spans = self.lines.iter().flat_map(|l| &l.clusters).filter(|c| {
            text.get(c.range.clone())
                .is_some_and(|t| !t.trim().is_empty())
        });
        let left = spans.clone().map(|c| c.left).fold(f32::INFINITY, f32::min);
        let right = spans.map(|c| c.right).fold(f32::NEG_INFINITY, f32::max);
        if left <= right {
            (left, right)
        } else {
            (0.0, 0.0)
        }
    }

    /// Draws the text in `ink` on a transparent canvas of `size` pixels, moved left by
    /// `left` pixels (to start at the ink): labels and buttons, whatever lies under them.
    /// Colour emoji keep their own colours.
    pub fn draw_rgba(
        &self,
        cache: &mut GlyphCache,
        size: (u32, u32),
        left: f32,
        ink: [u8; 4],
    ) -> image::RgbaImage {
        let mut canvas = image::RgbaImage::new(size.0.max(1), size.1.max(1));
        let pictures = self.each_mask(cache, (left, 0.0), size.1, |mask, x, y| {
            mask.cover(x, y, |px, py, a| {
                if let Some(p) = canvas.get_pixel_mut_checked(px, py) {
                    *p = over(*p, [ink[0], ink[1], ink[2], mul(ink[3], a)]);
                }
            })
        });
        for g in pictures {
            let face = g.face.face();
            let Some(font) = face.outlines() else {
                continue;
            };
            let Some(bitmap) = super::raster::color_bitmap(&font, g.gid) else {
                continue;
            };
            let scale = g.size / bitmap.ppem;
            let (w, h) = bitmap.pixels.dimensions();
            let (w, h) = (
                ((w as f32 * scale).round() as u32).max(1),
                ((h as f32 * scale).round() as u32).max(1),
            );
            let picture = image::imageops::resize(
                &bitmap.pixels,
                w,
                h,
                image::imageops::FilterType::Triangle,
            );
            let x0 = (g.x - left + bitmap.left * scale).round() as i64;
            let y0 = (g.y - bitmap.top * scale).round() as i64;
            for (px, py, p) in picture.enumerate_pixels() {
                let (x, y) = (x0 + i64::from(px), y0 + i64::from(py));
                if x >= 0
                    && y >= 0
                    && let Some(q) = canvas.get_pixel_mut_checked(x as u32, y as u32)
                {
                    *q = over(*q, p.0);
                }
            }
        }
        canvas
    }

    /// Calls `blend` with each outlined glyph's mask and pen position (pixels, moved by
    /// `shift`), skipping glyphs wholly outside `height`; returns the glyphs that have no
    /// outline (colour pictures) for the caller to draw.
    fn each_mask(
        &self,
        cache: &mut GlyphCache,
        shift: (f32, f32),
        height: u32,
        mut blend: impl FnMut(&Mask, i64, i64),
    ) -> Vec<&PositionedGlyph> {
        let height = height as f32;
        let mut pictures = Vec::new();
        for g in &self.glyphs {
            let y = g.y - shift.1;
            if y + g.size * 1.5 < 0.0 || y - g.size * 1.5 > height {
                continue;
            }
            match cache.get(g) {
                Some(mask) => blend(mask, (g.x - shift.0).round() as i64, y.round() as i64),
                None => pictures.push(g),
            }
        }
        pictures
    }
}

/// `top` laid over `bottom`, straight (not premultiplied) alpha.
fn over(bottom: image::Rgba<u8>, top: [u8; 4]) -> image::Rgba<u8> {
    let (ta, ba) = (f32::from(top[3]) / 255.0, f32::from(bottom.0[3]) / 255.0);
    let a = ta + ba * (1.0 - ta);
    if a <= 0.0 {
        return image::Rgba([0, 0, 0, 0]);
    }
    let mix =
        |t: u8, b: u8| ((f32::from(t) * ta + f32::from(b) * ba * (1.0 - ta)) / a).round() as u8;
    image::Rgba([
        mix(top[0], bottom.0[0]),
        mix(top[1], bottom.0[1]),
        mix(top[2], bottom.0[2]),
        (a * 255.0).round() as u8,
    ])
}

/// `a` scaled by coverage `c` (both 0 to 255).
fn mul(a: u8, c: u8) -> u8 {
    ((u16::from(a) * u16::from(c) + 127) / 255) as u8
}

/// Letters of a field rasterised once, by face, glyph and size.
#[derive(Default)]
pub struct GlyphCache {
    masks: HashMap<(FaceId, u16, u32), Option<Mask>>,
}

/// A letter's coverage, and its top-left corner from the pen on the baseline.
struct Mask {
    left: i64,
    top: i64,
    width: usize,
    coverage: Vec<u8>,
}

impl GlyphCache {
    /// The letter's mask, rasterised on first use; `None` for a glyph without an outline.
    fn get(&mut self, g: &PositionedGlyph) -> Option<&Mask> {
        let key = (g.face, g.gid, (g.size * 16.0) as u32);
        self.masks
            .entry(key)
            .or_insert_with(|| {
                use ab_glyph::Font;
                let face = g.face.face();
                let font = face.outlines()?;
                let upem = font.units_per_em()?;
                let scale = ab_glyph::PxScale::from(g.size * font.height_unscaled() / upem);
                let glyph = ab_glyph::GlyphId(g.gid)
                    .with_scale_and_position(scale, ab_glyph::point(0.0, 0.0));
                let outline = font.outline_glyph(glyph)?;
                let bounds = outline.px_bounds();
                let width = bounds.width() as usize;
                let mut coverage = vec![0u8; width * bounds.height() as usize];
                outline.draw(|x, y, c| {
                    if let Some(px) = coverage.get_mut(y as usize * width + x as usize) {
                        *px = (c.clamp(0.0, 1.0) * 255.0) as u8;
                    }
                });
                Some(Mask {
                    left: bounds.min.x as i64,
                    top: bounds.min.y as i64,
                    width,
                    coverage,
                })
            })
            .as_ref()
    }
}

impl Mask {
    /// Calls `put` with each pixel the mask covers (canvas x, y) and its coverage, pen at
    /// (x, y); pixels left of or above the canvas are skipped.
    fn cover(&self, x: i64, y: i64, mut put: impl FnMut(u32, u32, u8)) {
        for (row, line) in self.coverage.chunks(self.width.max(1)).enumerate() {
            let py = y + self.top + row as i64;
            if py < 0 || py > i64::from(u32::MAX) {
                continue;
            }
            for (col, &a) in line.iter().enumerate() {
                let px = x + self.left + col as i64;
                if a != 0 && (0..=i64::from(u32::MAX)).contains(&px) {
                    put(px as u32, py as u32, a);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::fonts::{FontStyle, FontWeight, find_face};

    fn lay(fonts: &mut Fonts, text: &str) -> FieldLayout {
        let face = find_face("Noto Sans", FontStyle::Normal, FontWeight::Regular).unwrap();
        let style = FieldStyle {
            face,
            size_px: 32.0,
            line_spacing: 1.3,
            centred: false,
        };
        lay_out_field(fonts, text, style, 600.0)
    }

    #[test]
    fn the_caret_follows_the_last_letter_typed() {
        let mut fonts = Fonts::load();
        let english = lay(&mut fonts, "Hello");
        let o = english.lines[0].clusters.last().unwrap();
        assert_eq!(english.caret(5).x, o.right, "right of the o");

        let arabic = lay(&mut fonts, "أهلا");
        let line = &arabic.lines[0];
        assert!(line.rtl);
        let end = "أهلا".len();
        let last = line.clusters.iter().find(|c| c.range.end == end).unwrap();
        let caret = arabic.caret(end);
        assert_eq!(caret.x, last.left, "left of the last letter");
        assert!(line.clusters.iter().all(|c| c.right <= 600.5));
        assert!(caret.x > 400.0, "right-aligned, as dir=auto");
    }

    #[test]
    fn taps_land_between_letters_in_both_directions() {
        let mut fonts = Fonts::load();
        let text = "abc أهلا";
        let field = lay(&mut fonts, text);
        for at in [0, 1, 2, 3] {
            let c = field.caret(at);
            assert_eq!(field.hit(c.x, c.top + 1.0), at, "ltr {at}");
        }
        let alef_end = "abc أ".len();
        let c = field.caret(alef_end);
        assert_eq!(field.hit(c.x + 0.5, c.top + 1.0), alef_end);
        assert_eq!(field.hit(-50.0, 500.0), 0, "far left of the only line");
    }

    #[test]
    fn spaces_and_empty_lines_are_kept() {
        let mut fonts = Fonts::load();
        let spaced = lay(&mut fonts, "Hi ");
        assert!(
            spaced.caret(3).x > spaced.caret(2).x,
            "a typed space moves the caret"
        );
        let two = lay(&mut fonts, "Hi\n");
        let caret = two.caret(3);
        assert!(caret.top > 0.0, "the caret is on the new line: {caret:?}");
        assert_eq!(caret.x, 0.0);
        let empty = lay(&mut fonts, "");
        assert_eq!(empty.caret(0).x, 0.0);
        assert!(empty.height > 0.0);
    }

    #[test]
    fn drawing_puts_ink_on_the_field() {
        let mut fonts = Fonts::load();
        let field = lay(&mut fonts, "أهلا Ali");
        let white = Rgb([255, 255, 255]);
        let image = field.draw(
            &mut GlyphCache::default(),
            (600, 60),
            0.0,
            (white, Rgb([0, 0, 0])),
        );
        let inked = image.pixels().filter(|p| p.0[0] < 128).count();
        assert!(inked > 200, "{inked}");
    }
}
