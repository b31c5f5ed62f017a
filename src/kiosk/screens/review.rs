//! The photo just taken, framed as on the card: keep it or take it again.

use egui::Vec2;

use super::Action;
use crate::card::Crop;
use crate::kiosk::look::Tone;
use crate::kiosk::widgets::Kit;
use crate::kiosk::widgets::picture::Picture;
use crate::kiosk::widgets::text::Look;

/// Draws the review screen.
pub fn show(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    photo: &Picture,
    frame: Option<Crop>,
    retakes_left: u32,
    from_strip: bool,
) -> Option<Action> {
    // A photographer's shot is changed for another of the strip, without counting.
    let retake = k.t(if from_strip { "choose-again" } else { "retake" });
    let keep = k.t("keep-photo");
    let buttons = [
        (retake.as_str(), from_strip || retakes_left > 0, false),
        (keep.as_str(), true, true),
    ];
    let (pressed, ()) = k.screen(ui, &buttons, false, |ui, k| {
        let title = k.t("review-title");
        k.title(ui, &title);
        let left = match from_strip {
            true => String::new(),
            false => k.t_with("retakes-left", &[("count", retakes_left.into())]),
        };
        let look = Look::new(28.0, Tone::Ink).centred();
        let below = k.set(ui.ctx(), &left, look, ui.available_width()).size.y;
        let max = ui.available_size() - Vec2::new(0.0, below + ui.spacing().item_spacing.y);
        match frame {
            Some(frame) => photo.show_framed(ui, max, false, frame),
            None => photo.show(ui, max, false),
        };
        k.label(ui, &left, look);
    });
    match pressed {
        Some(0) => Some(Action::Retake),
        Some(_) => Some(Action::KeepPhoto),
        None => None,
    }
}
