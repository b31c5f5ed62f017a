//! Thank you: take the card from the printer (or the staff will print it), and the card's
//! reference, to quote if the participant later wants it erased.

use egui::RichText;

use super::Action;
use crate::archive::CardId;
use crate::kiosk::look::ACCENT;
use crate::kiosk::strings::Strings;
use crate::kiosk::widgets::button_row;

/// Draws the goodbye; `printed` says whether the printer took the card, `card` which
/// card was saved, `kept` whether the participant agreed to keep it after today.
pub fn show(
    ui: &mut egui::Ui,
    s: &Strings,
    printed: bool,
    card: Option<CardId>,
    kept: bool,
) -> Option<Action> {
    ui.add_space(ui.available_height() * 0.25);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(s.goodbye_title).size(80.0).color(ACCENT));
        ui.add_space(24.0);
        if printed {
            ui.label(s.goodbye_body);
        } else {
            ui.label(s.print_trouble);
            ui.label(s.saved_not_printed);
        }
        if let Some(card) = card {
            ui.add_space(24.0);
            let kept_line = if kept {
                s.goodbye_kept
            } else {
                s.goodbye_not_kept
            };
            ui.label(RichText::new(kept_line).size(22.0));
            ui.label(RichText::new((s.goodbye_reference)(&card.reference())).size(22.0));
        }
        ui.add_space(36.0);
    });
    button_row(ui, &[(s.done, true, true)]).map(|_| Action::Reset)
}
