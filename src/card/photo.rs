//! The portrait: decoded upright (EXIF orientation applied), at no more resolution than
//! the card needs, then cropped around the focal point and resampled to the photo box.

use std::io::Cursor;

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageReader, RgbImage};

use super::error::CardError;
use super::geometry::RectPt;
use super::layout::{Fit, Layout, PhotoSpec};
use super::resize::{Crop, resize};

/// Largest decoded photo accepted (pixels), well above any camera's: refuses decompression bombs.
const MAX_PIXELS: u64 = 120_000_000;
/// Longest side accepted, in pixels (a 100 MP medium-format camera's is 11,648).
const MAX_SIDE: u32 = 20_000;
/// Largest photo file accepted: a 100 MP camera's JPEG is about 60 MB.
pub const MAX_PHOTO_BYTES: u64 = 128 << 20;

/// A decoded portrait, the right way up.
#[derive(Debug, Clone)]
pub struct Photo {
    /// The pixels.
    pub image: RgbImage,
}

impl Photo {
    /// Wraps pixels that are already upright (a camera frame).
    pub fn from_rgb(image: RgbImage) -> Photo {
        Photo { image }
    }

    /// Reads and decodes a photo file. See [`Photo::decode`].
    pub fn open(path: &std::path::Path, at_least: (u32, u32)) -> Result<Photo, CardError> {
        Photo::decode(&Photo::read(path)?, &path.display().to_string(), at_least)
    }

    /// The bytes of a photo file, undecoded; a file that cannot be read (or is not a
    /// regular file, or is larger than [`MAX_PHOTO_BYTES`]) is a photo error naming it.
    pub fn read(path: &std::path::Path) -> Result<Vec<u8>, CardError> {
        crate::fsutil::read_limited(path, MAX_PHOTO_BYTES).map_err(|e| CardError::Photo {
            origin: path.display().to_string(),
            reason: e.to_string(),
        })
    }

    /// Decodes JPEG or PNG bytes and turns the picture upright. A JPEG is decoded (mozjpeg,
    /// SIMD) at the smallest DCT scale n/8 that still covers `at_least` pixels
    /// (width, height) once upright, which is several times faster for camera files.
    pub fn decode(bytes: &[u8], origin: &str, at_least: (u32, u32)) -> Result<Photo, CardError> {
        let fail = |reason: String| CardError::Photo {
            origin: origin.to_string(),
            reason,
        };
        let is_jpeg = bytes.starts_with(&[0xFF, 0xD8]);
        if is_jpeg && !jpeg_is_whole(bytes) {
            // libjpeg fills a cut-short file with grey and only warns: a card would print
            // with its lower part missing.
            return Err(fail(
                "the file is cut short (still being copied, or damaged)".into(),
            ));
        }
        let (image, orientation) = if is_jpeg {
            decode_jpeg_scaled(bytes, at_least).map_err(fail)?
        } else {
            decode_other(bytes).map_err(fail)?
        };
        let mut image = DynamicImage::ImageRgb8(image);
        image.apply_orientation(orientation);
        Ok(Photo {
            image: image.into_rgb8(),
        })
    }
}

/// Whether an EXIF orientation turns the picture by a quarter.
fn swaps_axes(o: Orientation) -> bool {
    matches!(
        o,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

fn decode_jpeg_scaled(
    bytes: &[u8],
    at_least: (u32, u32),
) -> Result<(RgbImage, Orientation), String> {
    // `None`: a JPEG libjpeg cannot turn into RGB (CMYK), left to the general decoder.
    let decode = || -> Result<Option<(RgbImage, Orientation)>, String> {
        let mut jpeg = mozjpeg::Decompress::with_markers(&[mozjpeg::Marker::APP(1)])
            .from_mem(bytes)
            .map_err(|e| e.to_string())?;
        let orientation = jpeg
            .markers()
            .find_map(|m| m.data.strip_prefix(b"Exif\0\0"))
            .and_then(Orientation::from_exif_chunk)
            .unwrap_or(Orientation::NoTransforms);
        let (w, h) = jpeg.size();
        check_size(w as u64, h as u64)?;
        use mozjpeg::ColorSpace::{JCS_GRAYSCALE, JCS_RGB, JCS_YCbCr};
        if !matches!(jpeg.color_space(), JCS_YCbCr | JCS_GRAYSCALE | JCS_RGB) {
            return Ok(None);
        }
        let (need_w, need_h) = if swaps_axes(orientation) {
            (at_least.1, at_least.0)
        } else {
            at_least
        };
        // libjpeg scales by n/8 while decoding: the smallest n that covers both dimensions.
        let covers = |n: usize| {
            (w * n).div_ceil(8) >= need_w as usize && (h * n).div_ceil(8) >= need_h as usize
        };
        jpeg.scale((1..8).find(|&n| covers(n)).unwrap_or(8) as u8);
        let mut started = jpeg.rgb().map_err(|e| e.to_string())?;
        let (w, h) = (started.width() as u32, started.height() as u32);
        let pixels = started.read_scanlines::<u8>().map_err(|e| e.to_string())?;
        started.finish().map_err(|e| e.to_string())?;
        let image = RgbImage::from_raw(w, h, pixels).ok_or("truncated pixel data")?;
        Ok(Some((image, orientation)))
    };
    // libjpeg reports a broken file by unwinding with its message.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(decode)) {
        Ok(Ok(Some(decoded))) => Ok(decoded),
        Ok(Ok(None)) => decode_other(bytes),
        Ok(Err(e)) => Err(e),
        Err(payload) => Err(payload
            .downcast::<String>()
            .map(|m| *m)
            .unwrap_or_else(|_| "not a readable JPEG".into())),
    }
}

/// Refuses a picture larger than any camera takes, before its pixels are decoded.
fn check_size(w: u64, h: u64) -> Result<(), String> {
    if w > u64::from(MAX_SIDE) || h > u64::from(MAX_SIDE) || w * h > MAX_PIXELS {
        return Err(format!(
            "{w}x{h} pixels is more than any camera takes (at most {MAX_SIDE} pixels a side and {} megapixels)",
            MAX_PIXELS / 1_000_000
        ));
    }
    Ok(())
}

/// Whether a JPEG's marker segments run whole to its end-of-image marker (data after it,
/// as some phones append, is allowed). Only the framing is followed: segment lengths, and
/// the entropy-coded data after each start of scan up to the next marker.
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    let mut at = 2; // after SOI
    while at + 1 < bytes.len() {
        if bytes[at] != 0xFF {
            return false;
        }
        let marker = bytes[at + 1];
        at += 2;
        match marker {
            0xD9 => return true,     // EOI
            0xFF => at -= 1,         // fill byte
            0x01 | 0xD0..=0xD7 => {} // no length
            _ => {
                let Some(len) = bytes.get(at..at + 2) else {
                    return false;
                };
                at += usize::from(u16::from_be_bytes([len[0], len[1]]));
                if marker == 0xDA {
                    // Scan data: up to the next marker that is not a stuffed 0xFF00 or a
                    // restart marker.
                    loop {
                        match bytes.get(at..at + 2) {
                            None => return false,
                            Some([0xFF, next]) if *next != 0 && !(0xD0..=0xD7).contains(next) => {
                                break;
                            }
                            _ => at += 1,
                        }
                    }
                }
            }
        }
    }
    false
}

fn decode_other(bytes: &[u8]) -> Result<(RgbImage, Orientation), String> {
    let (image, orientation) = decode_bounded(bytes)?;
    Ok((image.into_rgb8(), orientation))
}

/// Decodes a PNG or JPEG whole, refusing one larger than any camera takes before its
/// pixels are decoded (layout images, PNG photos, cards merged from other booths).
pub(crate) fn decode_bounded(bytes: &[u8]) -> Result<(DynamicImage, Orientation), String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4);
    reader.limits(limits.clone());
    let mut decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    // The size from the header, refused in words before the decoder's own limits apply.
    let (w, h) = decoder.dimensions();
    check_size(u64::from(w), u64::from(h))?;
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    decoder.set_limits(limits).map_err(|e| e.to_string())?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    Ok((image, orientation))
}

/// The photo ready to draw: pixels at the card's resolution and where they go.
#[derive(Debug, Clone)]
pub struct PlacedPhoto {
    /// Pixels exactly as many as `rect` covers at the layout's dpi.
    pub pixels: RgbImage,
    /// Where they go on the page.
    pub rect: RectPt,
    /// Source pixels per inch on paper; below the layout's dpi the photo was enlarged.
    pub effective_ppi: f32,
}

/// The window of a `size` photo that fills `rect` (cover fit): the box's aspect, as large
/// as the photo allows, around the focal point.
fn cover_crop(size: (f64, f64), spec: &PhotoSpec, rect: RectPt) -> Crop {
    let (pw, ph) = size;
    let box_aspect = f64::from(rect.w) / f64::from(rect.h);
    let (cw, ch) = if pw / ph > box_aspect {
        (ph * box_aspect, ph)
    } else {
        (pw, pw / box_aspect)
    };
    let centre = |focal: f32, full: f64, part: f64| {
        (f64::from(focal) * full - part / 2.0).clamp(0.0, full - part)
    };
    Crop {
        left: centre(spec.focal.x, pw, cw),
        top: centre(spec.focal.y, ph, ch),
        width: cw,
        height: ch,
    }
}

/// The part of a `size` camera picture that shows on the trimmed card: the crop the card
/// makes, less what the bleed cuts off. The kiosk frames it on the live preview.
pub fn visible_part(layout: &Layout, size: (u32, u32)) -> Crop {
    let (pw, ph) = (f64::from(size.0.max(1)), f64::from(size.1.max(1)));
    if layout.photo.fit == Fit::Contain {
        return Crop {
            left: 0.0,
            top: 0.0,
            width: pw,
            height: ph,
        };
    }
    let bled = layout.rect_pt_bled(&layout.photo.rect);
    let crop = cover_crop((pw, ph), &layout.photo, bled);
    let trim = layout.rect_pt(&layout.photo.rect);
    // Picture pixels per point of the bled box, then the trimmed box inside it.
    let sx = crop.width / f64::from(bled.w);
    let sy = crop.height / f64::from(bled.h);
    Crop {
        left: crop.left + f64::from(trim.x - bled.x) * sx,
        top: crop.top + f64::from(trim.y - bled.y) * sy,
        width: f64::from(trim.w) * sx,
        height: f64::from(trim.h) * sy,
    }
}

/// Pixel size of the photo box at `dpi`, for decoding at reduced size.
pub fn box_pixels(rect: RectPt, dpi: f32) -> (u32, u32) {
    let (x0, y0, x1, y1) = rect.to_px(dpi);
    ((x1 - x0).max(1) as u32, (y1 - y0).max(1) as u32)
}

/// Crops (cover) or fits (contain) the photo into `rect` and resamples it to `dpi`.
pub fn place(
    photo: &Photo,
    spec: &PhotoSpec,
    rect: RectPt,
    dpi: f32,
) -> Result<PlacedPhoto, CardError> {
    let (pw, ph) = (
        f64::from(photo.image.width()),
        f64::from(photo.image.height()),
    );
    let (crop, rect) = match spec.fit {
        Fit::Cover => (cover_crop((pw, ph), spec, rect), rect),
        Fit::Contain => {
            let scale = (f64::from(rect.w) / pw).min(f64::from(rect.h) / ph) as f32;
            let (w, h) = (pw as f32 * scale, ph as f32 * scale);
            let inner = RectPt {
                x: rect.x + (rect.w - w) / 2.0,
                y: rect.y + (rect.h - h) / 2.0,
                w,
                h,
            };
            (
                Crop {
                    left: 0.0,
                    top: 0.0,
                    width: pw,
                    height: ph,
                },
                inner,
            )
        }
    };
    let (w, h) = box_pixels(rect, dpi);
    let pixels = resize(&photo.image, Some(crop), w, h).map_err(|e| CardError::Photo {
        origin: "the portrait".into(),
        reason: e.to_string(),
    })?;
    let effective_ppi = (crop.width / f64::from(rect.w) * 72.0) as f32;
    if effective_ppi + 0.5 < dpi {
        tracing::debug!(effective_ppi, dpi, "photo enlarged to fill its box");
    }
    Ok(PlacedPhoto {
        pixels,
        rect,
        effective_ppi,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::layout::Focal;
    use image::Rgb;

    fn jpeg(img: &RgbImage) -> Vec<u8> {
        crate::card::raster::encode_jpeg(img, 92).unwrap()
    }

    fn square_box(fit: Fit, focal: Focal) -> (PhotoSpec, RectPt) {
        let rect = crate::card::geometry::BoxMm {
            x: 0.0,
            y: 0.0,
            w: 10.0,
            h: 10.0,
        };
        (
            PhotoSpec { rect, fit, focal },
            RectPt {
                x: 0.0,
                y: 0.0,
                w: 72.0,
                h: 72.0,
            },
        )
    }

    #[test]
    fn a_jpeg_cut_short_is_refused_and_one_with_data_after_its_end_is_not() {
        let noisy = RgbImage::from_fn(640, 480, |x, y| {
            Rgb([(x * y % 251) as u8, x as u8, y as u8])
        });
        let whole = jpeg(&noisy);
        assert!(jpeg_is_whole(&whole));
        let mut appended = whole.clone();
        appended.extend_from_slice(b"phone video data after the picture");
        assert!(jpeg_is_whole(&appended));
        for cut in [whole.len() - 2, whole.len() * 2 / 3, 40, 3] {
            assert!(!jpeg_is_whole(&whole[..cut]), "cut at {cut}");
            let err = Photo::decode(&whole[..cut], "shot.jpg", (10, 10)).unwrap_err();
            assert!(err.to_string().contains("cut short"), "{err}");
        }
        assert_eq!(
            Photo::decode(&appended, "shot.jpg", (640, 480))
                .unwrap()
                .image
                .width(),
            640
        );
    }

    #[test]
    fn jpeg_decodes_at_the_smallest_scale_that_covers_the_box() {
        let big = RgbImage::from_pixel(1600, 1200, Rgb([200, 10, 10]));
        let bytes = jpeg(&big);
        let p = Photo::decode(&bytes, "test", (390, 290)).unwrap();
        assert_eq!(p.image.dimensions(), (400, 300));
        let p = Photo::decode(&bytes, "test", (401, 10)).unwrap();
        assert_eq!(p.image.dimensions(), (600, 450));
        let p = Photo::decode(&bytes, "test", (5000, 5000)).unwrap();
        assert_eq!(p.image.dimensions(), (1600, 1200));
    }

    #[test]
    fn corrupt_photo_is_a_clear_error() {
        let err =
            Photo::decode(b"\xFF\xD8 not really a jpeg", "portrait.jpg", (10, 10)).unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("cannot use the photo portrait.jpg:"),
            "{text}"
        );
        let err = Photo::decode(b"hello", "notes.txt", (10, 10)).unwrap_err();
        assert!(err.to_string().contains("notes.txt"));
    }

    #[test]
    fn cover_crops_around_the_focal_point() {
        // Left half black, right half white; a square box with the focal point at the far
        // right shows only white.
        let mut img = RgbImage::from_pixel(200, 100, Rgb([0, 0, 0]));
        for x in 100..200 {
            for y in 0..100 {
                img.put_pixel(x, y, Rgb([255, 255, 255]));
            }
        }
        let (spec, rect) = square_box(Fit::Cover, Focal { x: 1.0, y: 0.5 });
        let placed = place(&Photo::from_rgb(img), &spec, rect, 72.0).unwrap();
        assert_eq!(placed.pixels.dimensions(), (72, 72));
        assert!(placed.pixels.pixels().all(|p| p.0[0] > 240));
        assert!((placed.effective_ppi - 100.0).abs() < 0.01);
    }

    #[test]
    fn contain_letterboxes_inside_the_box() {
        let img = RgbImage::from_pixel(200, 100, Rgb([9, 9, 9]));
        let (spec, rect) = square_box(Fit::Contain, Focal::default());
        let placed = place(&Photo::from_rgb(img), &spec, rect, 72.0).unwrap();
        assert_eq!(placed.pixels.dimensions(), (72, 36));
        assert_eq!(placed.rect.y, 18.0);
    }

    #[test]
    fn the_visible_part_has_the_photo_box_aspect_on_every_layout() {
        for name in crate::card::Layout::builtin_names() {
            let layout = crate::card::Layout::find(name).unwrap();
            let aspect = f64::from(layout.photo.rect.w / layout.photo.rect.h);
            for size in [(1280, 720), (4000, 3000), (720, 1280)] {
                let part = visible_part(&layout, size);
                assert!(
                    (part.width - part.height * aspect).abs() <= 1.0,
                    "{name} {size:?}: {part:?}"
                );
                assert!(part.left >= 0.0 && part.top >= 0.0, "{name}: {part:?}");
                assert!(part.left + part.width <= f64::from(size.0) + 1e-6);
                assert!(part.top + part.height <= f64::from(size.1) + 1e-6);
            }
        }
    }
}
