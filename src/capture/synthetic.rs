//! A drawn stand-in portrait: what the demo camera shows when no camera is connected, and
//! the photo used by tests and benchmarks (no participant's face is ever a fixture).

use std::time::{Duration, Instant};

use image::{Rgb, RgbImage};
use imageproc::drawing::{draw_filled_circle_mut, draw_filled_ellipse_mut};

/// A head-and-shoulders silhouette on a warm studio backdrop, with a little film grain so
/// that it compresses like a real photo. `frame` moves the sitter slightly, so successive
/// frames differ as a live preview's do.
pub fn portrait(width: u32, height: u32, frame: u64) -> RgbImage {
    let (w, h) = (width.max(1), height.max(1));
    let mut img = RgbImage::from_fn(w, h, |x, y| {
        // Backdrop: warm vertical gradient with a soft vignette.
        let fy = y as f32 / h as f32;
        let dx = x as f32 / w as f32 - 0.5;
        let vignette = 1.0 - 0.5 * (dx * dx + (fy - 0.45) * (fy - 0.45));
        let base = [224.0 - 60.0 * fy, 178.0 - 50.0 * fy, 132.0 - 30.0 * fy];
        Rgb(base.map(|c| (c * vignette).clamp(0.0, 255.0) as u8))
    });
    let unit = w.min(h) as f32;
    let sway = ((frame as f32) * 0.15).sin() * unit * 0.01;
    let cx = (w as f32 / 2.0 + sway) as i32;
    // Shoulders, neck, head, hair.
    let shoulders_y = (h as f32 * 0.98) as i32;
    draw_filled_ellipse_mut(
        &mut img,
        (cx, shoulders_y),
        (unit * 0.42) as i32,
        (unit * 0.30) as i32,
        Rgb([38, 62, 92]),
    );
    let head_y = (h as f32 * 0.44) as i32;
    draw_filled_ellipse_mut(
        &mut img,
        (cx, head_y + (unit * 0.20) as i32),
        (unit * 0.07) as i32,
        (unit * 0.12) as i32,
        Rgb([150, 104, 80]),
    );
    draw_filled_ellipse_mut(
        &mut img,
        (cx, head_y),
        (unit * 0.15) as i32,
        (unit * 0.19) as i32,
        Rgb([170, 120, 92]),
    );
    draw_filled_ellipse_mut(
        &mut img,
        (cx, head_y - (unit * 0.09) as i32),
        (unit * 0.16) as i32,
        (unit * 0.12) as i32,
        Rgb([52, 36, 30]),
    );
    let eye_dx = (unit * 0.055) as i32;
    let eye_y = head_y + (unit * 0.01) as i32;
    for side in [-1, 1] {
        draw_filled_circle_mut(
            &mut img,
            (cx + side * eye_dx, eye_y),
            (unit * 0.012).max(1.0) as i32,
            Rgb([40, 28, 24]),
        );
    }
    // Grain: a cheap deterministic hash per pixel.
    for (x, y, p) in img.enumerate_pixels_mut() {
        let mut n = u64::from(x).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ u64::from(y).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
            ^ frame;
        n ^= n >> 29;
        let grain = (n % 9) as i16 - 4;
        p.0 = p.0.map(|c| (i16::from(c) + grain).clamp(0, 255) as u8);
    }
    img
}

/// The demo camera: the drawn sitter at 1280x720, about 30 pictures a second. Used when
/// no camera is found, so the kiosk always starts, and by the kiosk's tests.
pub struct DemoSource {
    frame: u64,
    next_at: Instant,
}

impl DemoSource {
    /// Frame interval of the demo camera.
    const INTERVAL: Duration = Duration::from_millis(33);

    /// A demo camera at its first picture.
    pub fn new() -> DemoSource {
        DemoSource {
            frame: 0,
            next_at: Instant::now(),
        }
    }
}

impl Default for DemoSource {
    fn default() -> Self {
        DemoSource::new()
    }
}

impl super::FrameSource for DemoSource {
    fn describe(&self) -> String {
        "demo camera".into()
    }

    fn next_frame(&mut self) -> Result<super::Frame, super::CaptureError> {
        std::thread::sleep(self.next_at.saturating_duration_since(Instant::now()));
        self.next_at = Instant::now() + Self::INTERVAL;
        self.frame += 1;
        Ok(super::Frame::now(portrait(1280, 720, self.frame), None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_have_the_asked_size_and_differ() {
        let a = portrait(320, 240, 0);
        let b = portrait(320, 240, 10);
        assert_eq!(a.dimensions(), (320, 240));
        assert_ne!(a, b);
        // The sitter is darker than the backdrop at the centre of the face.
        assert!(a.get_pixel(160, 106).0[0] < a.get_pixel(5, 5).0[0]);
    }
}
