//! A wait the participant cannot shorten: the card being made, or saved and sent.

/// Draws `text` with a spinner.
pub fn show(ui: &mut egui::Ui, text: &str) {
    ui.add_space(ui.available_height() * 0.35);
    ui.vertical_centered(|ui| {
        ui.heading(text);
        ui.add(egui::Spinner::new().size(64.0));
    });
}
