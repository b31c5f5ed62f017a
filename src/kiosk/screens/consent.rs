//! Consent: printing is needed to take part; archive, exhibition and social media are each
//! a separate choice.

use super::Action;
use crate::archive::Use;
use crate::kiosk::strings::Strings;
use crate::kiosk::widgets::{button_row, title};

/// Draws the consent screen; `agreed` is (archive, exhibition, social) as ticked now.
pub fn show(ui: &mut egui::Ui, s: &Strings, agreed: [bool; 3]) -> Option<Action> {
    let mut action = None;
    title(ui, s.consent_title);
    // One column, centred, its ticks in line down its left edge.
    let width = ui.available_width().min(1100.0);
    ui.horizontal(|ui| {
        ui.add_space((ui.available_width() - width) / 2.0);
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.label(s.consent_body);
            ui.add_space(12.0);
            ui.add_enabled(false, egui::Checkbox::new(&mut true, s.consent_print));
            let uses = [
                (Use::Archive, s.consent_archive),
                (Use::Exhibition, s.consent_exhibition),
                (Use::Social, s.consent_social),
            ];
            for ((u, text), mut on) in uses.into_iter().zip(agreed) {
                if ui.checkbox(&mut on, text).changed() {
                    action = Some(Action::Consent(u, on));
                }
            }
            ui.add_space(8.0);
            ui.label(egui::RichText::new(s.consent_note).small());
        });
    });
    ui.add_space(24.0);
    match button_row(ui, &[(s.cancel, true, false), (s.next, true, true)]) {
        Some(0) => Some(Action::Reset),
        Some(_) => Some(Action::ConsentGiven),
        None => action,
    }
}
