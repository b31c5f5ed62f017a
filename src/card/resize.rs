//! High-quality resampling (fast_image_resize, SIMD), shared by photo preparation and the
//! raster back end.

use fast_image_resize::{
    FilterType, IntoImageView, IntoImageViewMut, ResizeAlg, ResizeOptions, Resizer,
};
use std::borrow::Cow;

use image::{ImageBuffer, Pixel};

/// A crop window in source pixels (fractional edges allowed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Crop {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// Resamples `src` (or the `crop` window of it) to exactly `width` x `height`.
pub fn resize<P>(
    src: &ImageBuffer<P, Vec<u8>>,
    crop: Option<Crop>,
    width: u32,
    height: u32,
) -> Result<ImageBuffer<P, Vec<u8>>, fast_image_resize::ResizeError>
where
    P: Pixel<Subpixel = u8>,
    ImageBuffer<P, Vec<u8>>: IntoImageView + IntoImageViewMut,
{
    let mut dst = ImageBuffer::<P, Vec<u8>>::new(width.max(1), height.max(1));
    let full = Crop {
        left: 0.0,
        top: 0.0,
        width: f64::from(src.width()),
        height: f64::from(src.height()),
    };
    let c = crop.unwrap_or(full);
    if c == full && src.dimensions() == dst.dimensions() {
        return Ok(src.clone());
    }
    let options = ResizeOptions::new()
        .crop(c.left, c.top, c.width, c.height)
        .resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new().resize(src, &mut dst, &options)?;
    Ok(dst)
}

/// `src` at exactly `width` x `height`: borrowed when it already is, resampled otherwise.
pub fn at_size<P>(
    src: &ImageBuffer<P, Vec<u8>>,
    width: u32,
    height: u32,
) -> Result<Cow<'_, ImageBuffer<P, Vec<u8>>>, fast_image_resize::ResizeError>
where
    P: Pixel<Subpixel = u8>,
    ImageBuffer<P, Vec<u8>>: IntoImageView + IntoImageViewMut,
{
    if src.dimensions() == (width, height) {
        Ok(Cow::Borrowed(src))
    } else {
        resize(src, None, width, height).map(Cow::Owned)
    }
}
