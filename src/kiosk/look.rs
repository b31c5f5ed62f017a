//! How the kiosk looks: its colours, large type readable from 2 m, big touch targets.

use egui::{Color32, Vec2};

/// Warm background and accent colours.
pub const BACKGROUND: Color32 = Color32::from_rgb(250, 245, 236);
pub const ACCENT: Color32 = Color32::from_rgb(176, 74, 38);
pub const INK: Color32 = Color32::from_rgb(40, 36, 32);
pub const WARNING: Color32 = Color32::from_rgb(170, 30, 30);
/// Words of a control that cannot be pressed now, and hints (4.5:1 on white).
pub const MUTED: Color32 = Color32::from_rgb(105, 100, 95);
/// The ring around the control the keyboard (or a switch) is on.
pub const FOCUS: Color32 = Color32::from_rgb(0, 84, 196);
/// The participants' notice strip: calm, white text on it well over 4.5:1.
pub const NOTICE: Color32 = Color32::from_rgb(60, 70, 82);

/// The smallest touch target, points (a fingertip is about 10 mm).
pub const MIN_TARGET: f32 = 64.0;

/// Height and least width of the large buttons.
pub const BUTTON_HEIGHT: f32 = 84.0;
pub const BUTTON_WIDTH: f32 = 260.0;

/// Sets the style on the context. Words are drawn by [`super::widgets::text`], not by egui,
/// so egui keeps only its own small font (for nothing a participant reads).
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.button_padding = Vec2::new(28.0, 16.0);
        style.spacing.item_spacing = Vec2::new(18.0, 18.0);
        // Every target at least 64 px tall: a finger, not a mouse pointer.
        style.spacing.interact_size = Vec2::new(64.0, MIN_TARGET);
        style.visuals = egui::Visuals::light();
        style.visuals.panel_fill = BACKGROUND;
        style.visuals.override_text_color = Some(INK);
        style.visuals.selection.bg_fill = ACCENT;
    });
}
