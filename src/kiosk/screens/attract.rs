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
    let card = card.filter(|c| c.is_set());
    let size = ui.available_size();
    // On a portrait screen the card goes under the invitation, on a wide one beside it.
    let portrait = size.y > size.x;
    let mut action = None;
    if portrait {
        ui.add_space(size.y * 0.08);
        action = invitation(ui, s, size.x);
        if let Some(card) = card {
            recent_card(ui, s, card, ui.available_height() - 60.0);
        }
    } else {
        let text_width = if card.is_some() {
            size.x * 0.58
        } else {
            size.x
        };
        ui.horizontal(|ui| {
            ui.vertical(|ui| {
                ui.set_width(text_width);
                ui.add_space(size.y * 0.2);
                action = invitation(ui, s, text_width);
            });
            if let Some(card) = card {
                ui.vertical(|ui| {
                    ui.add_space(24.0);
                    recent_card(ui, s, card, size.y - 90.0);
                });
            }
        });
    }
    if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        action = Some(Action::Start);
    }
    action
}

/// The title, the invitation and the Start button, `width` wide.
fn invitation(ui: &mut egui::Ui, s: &Strings, width: f32) -> Option<Action> {
    ui.vertical_centered(|ui| {
        ui.add(egui::Label::new(RichText::new(s.attract_title).size(80.0).color(ACCENT)).wrap());
        ui.add_space(24.0);
        ui.set_max_width(width.min(1000.0));
        ui.label(s.attract_body);
        ui.add_space(48.0);
    });
    button_row(ui, &[(s.start, true, true)]).map(|_| Action::Start)
}

/// An exhibition card under a small heading, at most `height` tall.
fn recent_card(ui: &mut egui::Ui, s: &Strings, card: &Picture, height: f32) {
    ui.vertical_centered(|ui| ui.label(RichText::new(s.attract_recent).small()));
    card.show(ui, Vec2::new(ui.available_width(), height), false);
}
