//! The live preview with the card's photo frame over it, and the countdown.

use egui::{Color32, Vec2};

use super::Action;
use crate::capture::CameraStatus;
use crate::card::Crop;
use crate::kiosk::look::Tone;
use crate::kiosk::widgets::Kit;
use crate::kiosk::widgets::picture::Picture;
use crate::kiosk::widgets::text::Look;

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
pub fn show(ui: &mut egui::Ui, k: &mut Kit<'_>, view: &CameraView<'_>) -> Option<Action> {
    let cancel = k.t("cancel");
    if let CameraStatus::Unavailable { reason } = view.status {
        let (pressed, ()) = k.screen(ui, &[(&cancel, true, false)], true, |ui, k| {
            let title = k.t("camera-unavailable");
            k.title(ui, &title);
            let body = k.t("camera-unavailable-body");
            k.label(ui, &body, Look::new(28.0, Tone::Ink).centred());
            k.label(ui, reason, Look::new(20.0, Tone::Ink).centred());
        });
        return pressed.map(|_| Action::Reset);
    }
    // The button waits for the first picture: a photo of nothing is no photo.
    let ready = view.live.is_set();
    let take = k.t("take-photo");
    let buttons = [(cancel.as_str(), true, false), (take.as_str(), ready, true)];
    let (pressed, ()) = k.screen(ui, &buttons, false, |ui, k| {
        let title = k.t("camera-title");
        k.title(ui, &title);
        let max = ui.available_size();
        let rect = match view.frame {
            Some(frame) => view.live.show_framed(ui, max, true, frame),
            None => view.live.show(ui, max, true),
        };
        match (view.countdown, rect) {
            (Some(left), Some(rect)) => countdown(ui, k, left, rect),
            (_, None) => {
                ui.vertical_centered(|ui| ui.spinner());
            }
            _ => {}
        }
    });
    if view.countdown.is_some() {
        return None;
    }
    match pressed {
        Some(0) => Some(Action::Reset),
        Some(_) => Some(Action::Shoot),
        None if ready
            && ui.memory(|m| m.focused()).is_none()
            && ui.input(|i| i.key_pressed(egui::Key::Space)) =>
        {
            Some(Action::Shoot)
        }
        None => None,
    }
}

/// The seconds left, large over the picture: a shadow, then white over it, readable on
/// any picture.
fn countdown(ui: &mut egui::Ui, k: &mut Kit<'_>, left: u32, rect: egui::Rect) {
    let text = left.max(1).to_string();
    let look = Look::new(240.0, Tone::OnPicture).bold();
    let shadow = k.set_in(
        ui.ctx(),
        &text,
        look,
        Color32::from_black_alpha(140),
        rect.width(),
    );
    let number = k.set(ui.ctx(), &text, look, rect.width());
    // A screen reader says each number as it comes.
    let response = ui.interact(rect, ui.scope_id().with("countdown"), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Assertive)
    });
    for (offset, set) in [(Vec2::splat(4.0), shadow), (Vec2::ZERO, number)] {
        let at = rect.center() + offset - set.size / 2.0;
        k.texts.paint(ui.painter(), &text, &set, at, rect);
    }
}
