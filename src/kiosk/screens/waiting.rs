//! A wait the participant cannot shorten: the card being made, or saved and sent.

use crate::kiosk::look::Tone;
use crate::kiosk::widgets::Kit;
use crate::kiosk::widgets::text::Look;

/// Draws the message `id` with a spinner.
pub fn show(ui: &mut egui::Ui, k: &mut Kit<'_>, id: &str) {
    ui.add_space(ui.available_height() * 0.35);
    let text = k.t(id);
    k.label(ui, &text, Look::new(50.0, Tone::Ink).bold().centred());
    ui.vertical_centered(|ui| ui.add(egui::Spinner::new().size(64.0)));
}
