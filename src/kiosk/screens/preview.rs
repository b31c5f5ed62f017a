//! The finished card as it will print: change the message or print.

use egui::Vec2;

use super::Action;
use crate::kiosk::look::{BUTTON_HEIGHT, WARNING};
use crate::kiosk::strings::Strings;
use crate::kiosk::widgets::picture::Picture;
use crate::kiosk::widgets::{button_row, title};

/// Draws the card preview; `problem` is why the last save failed, if it did.
pub fn show(
    ui: &mut egui::Ui,
    s: &Strings,
    card: &Picture,
    problem: Option<&str>,
) -> Option<Action> {
    title(ui, s.preview_title);
    if let Some(problem) = problem {
        ui.vertical_centered(|ui| ui.colored_label(WARNING, problem));
    }
    let max = ui.available_size() - Vec2::new(0.0, BUTTON_HEIGHT + 40.0);
    card.show(ui, max, false);
    match button_row(
        ui,
        &[(s.change_message, true, false), (s.print, true, true)],
    ) {
        Some(0) => Some(Action::ChangeMessage),
        Some(_) => Some(Action::Print),
        None => None,
    }
}
