//! Consent: printing is needed to take part; archive, exhibition and social media are each
//! a separate choice.

use super::Action;
use crate::archive::Use;
use crate::kiosk::look::Tone;
use crate::kiosk::widgets::Kit;
use crate::kiosk::widgets::text::Look;

/// Draws the consent screen; `agreed` is (archive, exhibition, social) as ticked now.
pub fn show(ui: &mut egui::Ui, k: &mut Kit<'_>, agreed: [bool; 3]) -> Option<Action> {
    let (cancel, next) = (k.t("cancel"), k.t("next"));
    let buttons = [(cancel.as_str(), true, false), (next.as_str(), true, true)];
    let (pressed, ticked) = k.screen(ui, &buttons, true, |ui, k| {
        let mut ticked = None;
        let title = k.t("consent-title");
        k.title(ui, &title);
        // One column, centred, its ticks in line down its start edge.
        let width = ui.available_width().min(1100.0);
        ui.horizontal(|ui| {
            ui.add_space((ui.available_width() - width) / 2.0);
            ui.vertical(|ui| {
                ui.set_width(width);
                let body = k.t("consent-body");
                k.body(ui, &body);
                ui.add_space(12.0);
                let print = k.t("consent-print");
                k.checkbox(ui, true, &print, false);
                let uses = [
                    (Use::Archive, "consent-archive"),
                    (Use::Exhibition, "consent-exhibition"),
                    (Use::Social, "consent-social"),
                ];
                for ((u, id), on) in uses.into_iter().zip(agreed) {
                    let text = k.t(id);
                    if k.checkbox(ui, on, &text, true).clicked() {
                        ticked = Some(Action::Consent(u, !on));
                    }
                }
                ui.add_space(8.0);
                let note = k.t("consent-note");
                k.label(ui, &note, Look::new(22.0, Tone::Ink));
            });
        });
        ticked
    });
    match pressed {
        Some(0) => Some(Action::Reset),
        Some(_) => Some(Action::ConsentGiven),
        None => ticked,
    }
}
