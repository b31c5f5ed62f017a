//! A picture on screen (camera preview, photo, card), uploaded once into a texture and
//! updated in place; optionally with the card's photo frame over it.

use egui::load::SizedTexture;
use egui::{Color32, ColorImage, Rect, Stroke, TextureHandle, TextureOptions, Vec2, pos2};
use image::RgbImage;

use crate::card::Crop;

/// A texture that a changing picture is uploaded into in place.
#[derive(Default)]
pub struct Picture {
    texture: Option<TextureHandle>,
}

impl Picture {
    /// Uploads `image`, reusing the texture when the size is unchanged.
    pub fn set(&mut self, ctx: &egui::Context, name: &str, image: &RgbImage) {
        let size = [image.width() as usize, image.height() as usize];
        let pixels = ColorImage::from_rgb(size, image.as_raw());
        match &mut self.texture {
            Some(tex) if tex.size() == size => {
                tex.set_partial([0, 0], pixels, TextureOptions::LINEAR)
            }
            _ => self.texture = Some(ctx.load_texture(name, pixels, TextureOptions::LINEAR)),
        }
    }

    /// Forgets the picture (nobody sees the last participant's face).
    pub fn clear(&mut self) {
        self.texture = None;
    }

    /// Whether there is a picture to show.
    pub fn is_set(&self) -> bool {
        self.texture.is_some()
    }

    /// The texture, once uploaded.
    pub fn texture_id(&self) -> Option<egui::TextureId> {
        self.texture.as_ref().map(|t| t.id())
    }

    /// Pixel size of the picture.
    pub fn size(&self) -> Option<[usize; 2]> {
        self.texture.as_ref().map(|t| t.size())
    }

    /// Draws it as large as fits in `max`, centred both ways in it (on a tall portrait
    /// screen a landscape picture sits in the middle, not at the top), optionally mirrored;
    /// returns its rect.
    pub fn show(&self, ui: &mut egui::Ui, max: Vec2, mirrored: bool) -> Option<Rect> {
        let tex = self.texture.as_ref()?;
        let [w, h] = tex.size().map(|v| v as f32);
        let scale = (max.x / w).min(max.y / h).max(0.0);
        ui.add_space(((max.y - h * scale) / 2.0).max(0.0));
        let mut image =
            egui::Image::from_texture(SizedTexture::new(tex.id(), Vec2::new(w, h) * scale));
        if mirrored {
            image = image.uv(Rect::from_min_max(pos2(1.0, 0.0), pos2(0.0, 1.0)));
        }
        Some(ui.vertical_centered(|ui| ui.add(image)).inner.rect)
    }

    /// Draws it like [`Picture::show`] with the card's photo frame over it: the part of the
    /// picture the card shows (`visible`, in picture pixels) is outlined, the rest dimmed.
    pub fn show_framed(
        &self,
        ui: &mut egui::Ui,
        max: Vec2,
        mirrored: bool,
        visible: Crop,
    ) -> Option<Rect> {
        let rect = self.show(ui, max, mirrored)?;
        let frame = frame_rect(rect, self.size()?, visible, mirrored);
        let painter = ui.painter_at(rect);
        let dim = Color32::from_black_alpha(150);
        for part in [
            Rect::from_min_max(rect.min, pos2(rect.max.x, frame.min.y)),
            Rect::from_min_max(pos2(rect.min.x, frame.max.y), rect.max),
            Rect::from_min_max(
                pos2(rect.min.x, frame.min.y),
                pos2(frame.min.x, frame.max.y),
            ),
            Rect::from_min_max(
                pos2(frame.max.x, frame.min.y),
                pos2(rect.max.x, frame.max.y),
            ),
        ] {
            if part.is_positive() {
                painter.rect_filled(part, 0.0, dim);
            }
        }
        painter.rect_stroke(
            frame,
            0.0,
            Stroke::new(3.0, Color32::WHITE),
            egui::StrokeKind::Inside,
        );
        Some(frame)
    }
}

/// Where a crop of the picture (picture pixels) falls on screen, for a picture of `size`
/// pixels drawn in `shown`, mirrored or not.
pub fn frame_rect(shown: Rect, size: [usize; 2], crop: Crop, mirrored: bool) -> Rect {
    let sx = f64::from(shown.width()) / size[0].max(1) as f64;
    let sy = f64::from(shown.height()) / size[1].max(1) as f64;
    let left = if mirrored {
        size[0] as f64 - crop.left - crop.width
    } else {
        crop.left
    };
    Rect::from_min_size(
        pos2(
            shown.min.x + (left * sx) as f32,
            shown.min.y + (crop.top * sy) as f32,
        ),
        Vec2::new((crop.width * sx) as f32, (crop.height * sy) as f32),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::Layout;
    use crate::card::photo::visible_part;

    #[test]
    fn the_preview_frame_has_each_layouts_photo_aspect() {
        // A 1280x720 camera picture shown 960x540 on screen, mirrored as in the preview.
        let shown = Rect::from_min_size(pos2(160.0, 100.0), Vec2::new(960.0, 540.0));
        for name in Layout::builtin_names() {
            let layout = Layout::find(name).unwrap();
            let aspect = layout.photo.rect.w / layout.photo.rect.h;
            for mirrored in [true, false] {
                let crop = visible_part(&layout, (1280, 720));
                let frame = frame_rect(shown, [1280, 720], crop, mirrored);
                assert!(
                    (frame.width() - frame.height() * aspect).abs() <= 1.0,
                    "{name}: {frame:?} aspect {aspect}"
                );
                assert!(shown.expand(0.01).contains_rect(frame), "{name}: {frame:?}");
            }
        }
    }

    #[test]
    fn mirroring_mirrors_the_frame() {
        let shown = Rect::from_min_size(pos2(0.0, 0.0), Vec2::new(100.0, 50.0));
        let crop = Crop {
            left: 10.0,
            top: 0.0,
            width: 20.0,
            height: 50.0,
        };
        assert_eq!(frame_rect(shown, [100, 50], crop, false).min.x, 10.0);
        assert_eq!(frame_rect(shown, [100, 50], crop, true).min.x, 70.0);
    }
}
