//! Raster back end: draws a [`Scene`] into pixels (archive copy, preview, social images).
//! Glyphs are rasterised by id with ab_glyph, exactly those the shaper chose.

use ab_glyph::{Font, GlyphId, PxScale, point};
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ImageEncoder, Rgb, RgbImage};
use imageproc::drawing::draw_filled_rect_mut;
use imageproc::pixelops::interpolate;
use imageproc::rect::Rect;

use super::error::CardError;
use super::fonts::Face;
use super::geometry::{RectPt, pt_to_px};
use super::resize::at_size;
use super::scene::{Pixels, Scene};
use super::text::PositionedGlyph;

/// Draws the whole page, bleed included, at `dpi`.
pub fn render(scene: &Scene, dpi: f32) -> Result<RgbImage, CardError> {
    let mut canvas = blank(scene.width_pt, scene.height_pt, scene.background, dpi);
    draw(&mut canvas, scene, dpi)?;
    Ok(canvas)
}

/// A page of `width_pt` x `height_pt` at `dpi` in its background colour: what can be
/// drawn before the photo is ready.
pub fn blank(
    width_pt: f32,
    height_pt: f32,
    background: super::geometry::Rgb,
    dpi: f32,
) -> RgbImage {
    let w = pt_to_px(width_pt, dpi).round().max(1.0) as u32;
    let h = pt_to_px(height_pt, dpi).round().max(1.0) as u32;
    let mut canvas = RgbImage::new(w, h);
    draw_filled_rect_mut(&mut canvas, Rect::at(0, 0).of_size(w, h), Rgb(background.0));
    canvas
}

/// Draws the scene's pictures and text, in order, on a page from [`blank`].
pub fn draw(canvas: &mut RgbImage, scene: &Scene, dpi: f32) -> Result<(), CardError> {
    for image in &scene.images {
        draw_image(canvas, &image.pixels, image.rect, dpi)?;
    }
    for block in &scene.texts {
        let glyphs = block.lines.iter().flat_map(|l| &l.glyphs);
        draw_glyphs(canvas, glyphs, block.color, dpi, 0.0);
    }
    Ok(())
}

/// Draws positioned glyphs (points, from the canvas' top-left, moved up by `scroll`
/// points) at `dpi`. Glyphs wholly off the canvas are skipped.
pub(crate) fn draw_glyphs<'a>(
    canvas: &mut RgbImage,
    glyphs: impl Iterator<Item = &'a PositionedGlyph>,
    color: super::geometry::Rgb,
    dpi: f32,
    scroll: f32,
) {
    let color = Rgb(color.0);
    let height = canvas.height() as f32;
    let glyphs: Vec<&PositionedGlyph> = glyphs
        .filter(|g| {
            let y = pt_to_px(g.y - scroll, dpi);
            let size = pt_to_px(g.size, dpi) * 1.5;
            y + size > 0.0 && y - size < height
        })
        .collect();
    // Consecutive glyphs mostly share a face: parse it once per run.
    for run in glyphs.chunk_by(|a, b| a.face == b.face) {
        let face = run[0].face.face();
        let Some(font) = face.outlines() else {
            continue;
        };
        let Some(upem) = font.units_per_em() else {
            continue;
        };
        for glyph in run {
            // ab_glyph scales by the font's height, not its em: convert the em size.
            let px_per_em = pt_to_px(glyph.size, dpi);
            let scale = PxScale::from(px_per_em * font.height_unscaled() / upem);
            let (x, y) = (pt_to_px(glyph.x, dpi), pt_to_px(glyph.y - scroll, dpi));
            let positioned = GlyphId(glyph.gid).with_scale_and_position(scale, point(x, y));
            if let Some(outline) = font.outline_glyph(positioned) {
                let bounds = outline.px_bounds();
                outline.draw(|gx, gy, coverage| {
                    let x = bounds.min.x as i64 + i64::from(gx);
                    let y = bounds.min.y as i64 + i64::from(gy);
                    blend(canvas, x, y, color, coverage);
                });
            } else if let Some(bitmap) = color_bitmap(&font, glyph.gid) {
                // Colour emoji are pictures in the font, drawn at the line's size.
                let scale = px_per_em / bitmap.ppem;
                let (w, h) = bitmap.pixels.dimensions();
                let size = (
                    ((w as f32 * scale).round() as u32).max(1),
                    ((h as f32 * scale).round() as u32).max(1),
                );
                let pixels = image::imageops::resize(
                    &bitmap.pixels,
                    size.0,
                    size.1,
                    image::imageops::FilterType::Triangle,
                );
                let (left, top) = (x + bitmap.left * scale, y - bitmap.top * scale);
                draw_rgba(canvas, &pixels, left.round() as i64, top.round() as i64);
            }
        }
    }
}

/// A colour glyph (an emoji): its picture as stored in the font, the strike's pixels per
/// em, and where the picture sits (pixels of the picture) from the pen on the baseline.
pub(crate) struct ColorBitmap {
    /// The picture.
    pub pixels: image::RgbaImage,
    /// Pixels per em of the picture.
    pub ppem: f32,
    /// Offset of its left edge from the pen position.
    pub left: f32,
    /// Height of its top edge above the baseline.
    pub top: f32,
}

/// The colour picture of glyph `gid` (largest strike), if the face draws it as one.
pub(crate) fn color_bitmap(font: &ab_glyph::FontRef<'_>, gid: u16) -> Option<ColorBitmap> {
    let image = font.glyph_raster_image2(GlyphId(gid), u16::MAX)?;
    if !matches!(image.format, ab_glyph::GlyphImageFormat::Png) {
        return None;
    }
    let pixels = image::load_from_memory_with_format(image.data, image::ImageFormat::Png)
        .ok()?
        .to_rgba8();
    // The picture's origin is its bottom-left corner, offset from the pen on the baseline.
    Some(ColorBitmap {
        pixels,
        ppem: f32::from(image.pixels_per_em.max(1)),
        left: image.origin.x,
        top: image.origin.y + f32::from(image.height),
    })
}

/// Whether a glyph is drawn as a colour picture rather than an outline.
pub(crate) fn is_color_glyph(face: &Face, gid: u16) -> bool {
    face.outlines().is_some_and(|font| {
        font.outline(GlyphId(gid)).is_none()
            && font.glyph_raster_image2(GlyphId(gid), u16::MAX).is_some()
    })
}

/// Blends a picture with transparency onto the canvas at (left, top).
fn draw_rgba(canvas: &mut RgbImage, pixels: &image::RgbaImage, left: i64, top: i64) {
    for (px, py, p) in pixels.enumerate_pixels() {
        let alpha = f32::from(p.0[3]) / 255.0;
        let rgb = Rgb([p.0[0], p.0[1], p.0[2]]);
        blend(
            canvas,
            left + i64::from(px),
            top + i64::from(py),
            rgb,
            alpha,
        );
    }
}

/// Mixes `color` into the pixel at (x, y) by `alpha`; outside the canvas does nothing.
fn blend(canvas: &mut RgbImage, x: i64, y: i64, color: Rgb<u8>, alpha: f32) {
    if x < 0
        || y < 0
        || x >= i64::from(canvas.width())
        || y >= i64::from(canvas.height())
        || alpha <= 0.0
    {
        return;
    }
    let px = canvas.get_pixel_mut(x as u32, y as u32);
    *px = interpolate(color, *px, alpha.min(1.0));
}

/// Copies (blending, for images with transparency) an image into its rectangle,
/// resampling it first when the rectangle's pixel size at `dpi` differs.
fn draw_image(
    canvas: &mut RgbImage,
    pixels: &Pixels,
    rect: RectPt,
    dpi: f32,
) -> Result<(), CardError> {
    let (x0, y0, x1, y1) = rect.to_px(dpi);
    let (w, h) = ((x1 - x0).max(1) as u32, (y1 - y0).max(1) as u32);
    let failed = |e: fast_image_resize::ResizeError| CardError::Encode(e.to_string());
    match pixels {
        Pixels::Rgb(img) => copy_rows(
            canvas,
            &*at_size(img.as_ref(), w, h).map_err(failed)?,
            x0,
            y0,
        ),
        Pixels::Rgba(img) => {
            for (x, y, p) in at_size(img.as_ref(), w, h)
                .map_err(failed)?
                .enumerate_pixels()
            {
                let [r, g, b, a] = p.0;
                blend(
                    canvas,
                    x0 + i64::from(x),
                    y0 + i64::from(y),
                    Rgb([r, g, b]),
                    f32::from(a) / 255.0,
                );
            }
        }
    }
    Ok(())
}

/// Opaque copy, row slices at a time, clipped to the canvas.
fn copy_rows(canvas: &mut RgbImage, img: &RgbImage, x0: i64, y0: i64) {
    let (cw, ch) = (i64::from(canvas.width()), i64::from(canvas.height()));
    let left = x0.max(0);
    let right = (x0 + i64::from(img.width())).min(cw);
    if left >= right {
        return;
    }
    let row_len = ((right - left) * 3) as usize;
    let src_skip = ((left - x0) * 3) as usize;
    for sy in 0..i64::from(img.height()) {
        let y = y0 + sy;
        if !(0..ch).contains(&y) {
            continue;
        }
        let src_start = (sy as usize) * img.width() as usize * 3 + src_skip;
        let dst_start = ((y * cw + left) * 3) as usize;
        let src: &[u8] = img.as_raw();
        let dst: &mut [u8] = &mut *canvas;
        dst[dst_start..dst_start + row_len].copy_from_slice(&src[src_start..src_start + row_len]);
    }
}

/// Encodes as PNG with fast compression (the archive copy: lossless, written in tens of ms).
pub fn encode_png(image: &RgbImage) -> Result<Vec<u8>, CardError> {
    let mut out = Vec::new();
    write(
        image,
        // One filter for every row: a quarter faster than choosing per row, 4% larger.
        PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Avg),
    )?;
    Ok(out)
}

/// Encodes as JPEG (the PDF's photo, previews and social images) with mozjpeg at
/// libjpeg-turbo's fast settings: SIMD, baseline, no trellis search.
pub fn encode_jpeg(image: &RgbImage, quality: u8) -> Result<Vec<u8>, CardError> {
    let encode = || -> std::io::Result<Vec<u8>> {
        let mut jpeg = mozjpeg::Compress::new(mozjpeg::ColorSpace::JCS_RGB);
        jpeg.set_fastest_defaults();
        jpeg.set_size(image.width() as usize, image.height() as usize);
        jpeg.set_quality(f32::from(quality));
        let mut started = jpeg.start_compress(Vec::new())?;
        started.write_scanlines(image.as_raw())?;
        started.finish()
    };
    // libjpeg reports its errors by unwinding.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(encode))
        .map_err(|_| CardError::Encode("the JPEG encoder stopped".into()))?
        .map_err(|e| CardError::Encode(e.to_string()))
}

fn write(image: &RgbImage, encoder: impl ImageEncoder) -> Result<(), CardError> {
    encoder
        .write_image(
            image,
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgb8,
        )
        .map_err(|e| CardError::Encode(e.to_string()))
}
