//! The photo just taken, framed as on the card: keep it or take it again.

use egui::Vec2;

use super::Action;
use crate::card::Crop;
use crate::kiosk::look::BUTTON_HEIGHT;
use crate::kiosk::strings::Strings;
use crate::kiosk::widgets::picture::Picture;
use crate::kiosk::widgets::{button_row, title};

/// Draws the review screen.
pub fn show(
    ui: &mut egui::Ui,
    s: &Strings,
    photo: &Picture,
    frame: Option<Crop>,
    retakes_left: u32,
) -> Option<Action> {
    title(ui, s.review_title);
    let max = ui.available_size() - Vec2::new(0.0, BUTTON_HEIGHT + 80.0);
    match frame {
        Some(frame) => photo.show_framed(ui, max, false, frame),
        None => photo.show(ui, max, false),
    };
    ui.vertical_centered(|ui| ui.label((s.retakes_left)(retakes_left)));
    match button_row(
        ui,
        &[
            (s.retake, retakes_left > 0, false),
            (s.keep_photo, true, true),
        ],
    ) {
        Some(0) => Some(Action::Retake),
        Some(_) => Some(Action::KeepPhoto),
        None => None,
    }
}
