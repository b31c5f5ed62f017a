//! The live preview with the card's photo frame over it, and the countdown.

use egui::{Align2, Color32, FontId, RichText, Vec2};

use super::Action;
use crate::capture::CameraStatus;
use crate::card::Crop;
use crate::kiosk::look::BUTTON_HEIGHT;
use crate::kiosk::strings::Strings;
use crate::kiosk::widgets::picture::Picture;
use crate::kiosk::widgets::{button_row, title};

/// What the camera screen shows.
pub struct CameraView<'a> {
    /// The live picture (mirrored, as a mirror is what people expect).
    pub live: &'a Picture,
    /// The part of the picture the card will show.
    pub frame: Option<Crop>,
    /// Seconds left while counting down.
    pub countdown: Option<u32>,
    /// The camera's state.
    pub status: &'a CameraStatus,
}

/// Draws the camera screen.
pub fn show(ui: &mut egui::Ui, s: &Strings, view: &CameraView<'_>) -> Option<Action> {
    if let CameraStatus::Unavailable { reason } = view.status {
        title(ui, s.camera_unavailable);
        ui.vertical_centered(|ui| {
            ui.label(s.camera_unavailable_body);
            ui.label(RichText::new(reason).small());
        });
        return button_row(ui, &[(s.cancel, true, false)]).map(|_| Action::Reset);
    }
    title(ui, s.camera_title);
    let max = ui.available_size() - Vec2::new(0.0, BUTTON_HEIGHT + 40.0);
    let rect = match view.frame {
        Some(frame) => view.live.show_framed(ui, max, true, frame),
        None => view.live.show(ui, max, true),
    };
    if let (Some(left), Some(rect)) = (view.countdown, rect) {
        let text = left.max(1).to_string();
        let painter = ui.painter();
        for (offset, color) in [
            (Vec2::splat(4.0), Color32::from_black_alpha(120)),
            (Vec2::ZERO, Color32::WHITE),
        ] {
            painter.text(
                rect.center() + offset,
                Align2::CENTER_CENTER,
                &text,
                FontId::proportional(260.0),
                color,
            );
        }
        return None;
    }
    if rect.is_none() {
        ui.vertical_centered(|ui| ui.spinner());
    }
    let ready = rect.is_some();
    match button_row(ui, &[(s.cancel, true, false), (s.take_photo, ready, true)]) {
        Some(0) => Some(Action::Reset),
        Some(_) => Some(Action::Shoot),
        None if ready && ui.input(|i| i.key_pressed(egui::Key::Space)) => Some(Action::Shoot),
        None => None,
    }
}
