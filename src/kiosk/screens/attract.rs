//! The start screen: the booth's invitation, the Start button, and beside it the newest
//! cards of the exhibition in turn (only cards whose participants agreed to it).

use egui::{RichText, Vec2};

use super::Action;
use crate::kiosk::look::ACCENT;
use crate::kiosk::strings::Strings;
use crate::kiosk::widgets::button_row;
use crate::kiosk::widgets::picture::Picture;

/// Draws the start screen with `card` (an exhibition card) beside the invitation.
pub fn show(ui: &mut egui::Ui, s: &Strings, card: Option<&Picture>) -> Option<Action> {
    let mut action = None;
    let with_card = card.is_some_and(Picture::is_set);
    let text_width = if with_card {
        ui.available_width() * 0.58
    } else {
        ui.available_width()
    };
    let height = ui.available_height();
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.set_width(text_width);
            ui.add_space(height * 0.2);
            ui.vertical_centered(|ui| {
                ui.label(RichText::new(s.attract_title).size(80.0).color(ACCENT));
                ui.add_space(24.0);
                ui.set_max_width(text_width.min(1000.0));
                ui.label(s.attract_body);
                ui.add_space(48.0);
            });
            if button_row(ui, &[(s.start, true, true)]).is_some() {
                action = Some(Action::Start);
            }
        });
        if let Some(card) = card.filter(|c| c.is_set()) {
            ui.vertical(|ui| {
                ui.add_space(24.0);
                ui.vertical_centered(|ui| ui.label(RichText::new(s.attract_recent).small()));
                card.show(ui, Vec2::new(ui.available_width(), height - 90.0), false);
            });
        }
    });
    if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        action = Some(Action::Start);
    }
    action
}
