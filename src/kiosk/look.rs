//! How the kiosk looks: large type readable from 2 m, big touch targets, the bundled Noto
//! fonts as fallbacks so any letter a participant types is visible.

use egui::{Color32, FontFamily, FontId, TextStyle, Vec2};

use crate::card::fonts::FACES;

/// Warm background and accent colours.
pub const BACKGROUND: Color32 = Color32::from_rgb(250, 245, 236);
pub const ACCENT: Color32 = Color32::from_rgb(176, 74, 38);
pub const INK: Color32 = Color32::from_rgb(40, 36, 32);
pub const WARNING: Color32 = Color32::from_rgb(170, 30, 30);
/// The participants' notice strip: calm, white text on it well over 4.5:1.
pub const NOTICE: Color32 = Color32::from_rgb(60, 70, 82);

/// The smallest touch target, points (a fingertip is about 10 mm).
pub const MIN_TARGET: f32 = 64.0;

/// Height and least width of the large buttons.
pub const BUTTON_HEIGHT: f32 = 84.0;
pub const BUTTON_WIDTH: f32 = 260.0;

/// Sets fonts and style on the context; `scripts` are the machine's faces for other
/// scripts (staff screens show participants' messages in egui's own text).
pub fn apply(ctx: &egui::Context, scripts: &[std::sync::Arc<crate::card::fonts::Face>]) {
    let fallback = || {
        vec![egui::epaint::text::InsertFontFamily {
            family: FontFamily::Proportional,
            priority: egui::epaint::text::FontPriority::Lowest,
        }]
    };
    for face in FACES.iter().filter(|f| f.file.contains("Regular")) {
        ctx.add_font(egui::epaint::text::FontInsert::new(
            face.file,
            egui::FontData::from_static(face.bytes),
            fallback(),
        ));
    }
    for face in scripts {
        let mut data = egui::FontData::from_owned(face.data().to_vec());
        data.index = face.index;
        ctx.add_font(egui::epaint::text::FontInsert::new(
            &face.postscript_name,
            data,
            fallback(),
        ));
    }
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(54.0)),
            (TextStyle::Body, FontId::proportional(28.0)),
            (TextStyle::Button, FontId::proportional(32.0)),
            (TextStyle::Small, FontId::proportional(20.0)),
            (TextStyle::Monospace, FontId::monospace(24.0)),
        ]
        .into();
        style.spacing.button_padding = Vec2::new(28.0, 16.0);
        style.spacing.item_spacing = Vec2::new(18.0, 18.0);
        // Every target at least 64 px tall: a finger, not a mouse pointer.
        style.spacing.interact_size = Vec2::new(64.0, MIN_TARGET);
        style.spacing.icon_width = 56.0;
        style.spacing.icon_width_inner = 40.0;
        style.visuals = egui::Visuals::light();
        style.visuals.panel_fill = BACKGROUND;
        style.visuals.override_text_color = Some(INK);
        style.visuals.selection.bg_fill = ACCENT;
    });
}
