//! The PIN pad in front of staff mode: digits on screen, or typed.

use egui::RichText;

use crate::kiosk::look::WARNING;
use crate::kiosk::pin::PinVerdict;
use crate::kiosk::strings::Strings;

/// What was pressed on the PIN pad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinAction {
    /// Check the PIN entered.
    Submit,
    /// Close the pad.
    Cancel,
}

/// One key of the pad, points.
const KEY: egui::Vec2 = egui::vec2(120.0, 88.0);

/// Longest PIN accepted.
pub const MAX_PIN: usize = 12;

/// Draws the pad; `entered` is the PIN typed so far (this screen's own input).
pub fn show(
    ui: &mut egui::Ui,
    s: &Strings,
    entered: &mut String,
    verdict: Option<&PinVerdict>,
) -> Option<PinAction> {
    let mut action = None;
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(s.staff_pin_title);
        let label = ui.label(s.pin_label);
        let field = ui
            .add(
                egui::TextEdit::singleline(entered)
                    .password(true)
                    .char_limit(MAX_PIN)
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            action = Some(PinAction::Submit);
        }
        field.request_focus();
        // Every key the same size on a fixed grid, so the rows line up whatever the words
        // on the bottom row.
        let (w, h) = (KEY.x, KEY.y);
        let gap = ui.spacing().item_spacing;
        let (grid, _) = ui.allocate_exact_size(
            egui::vec2(3.0 * w + 2.0 * gap.x, 4.0 * h + 3.0 * gap.y),
            egui::Sense::hover(),
        );
        let rows = [
            ["1", "2", "3"],
            ["4", "5", "6"],
            ["7", "8", "9"],
            [s.key_delete, "0", s.key_ok],
        ];
        for (r, row) in rows.iter().enumerate() {
            for (c, key) in row.iter().enumerate() {
                let at = grid.min + egui::vec2(c as f32 * (w + gap.x), r as f32 * (h + gap.y));
                let size = if key.chars().all(|ch| ch.is_ascii_digit()) {
                    34.0
                } else {
                    24.0
                };
                let button = egui::Button::new(RichText::new(*key).size(size));
                if !ui.put(egui::Rect::from_min_size(at, KEY), button).clicked() {
                    continue;
                }
                match *key {
                    k if k == s.key_delete => {
                        entered.pop();
                    }
                    k if k == s.key_ok => action = Some(PinAction::Submit),
                    digit if entered.len() < MAX_PIN => entered.push_str(digit),
                    _ => {}
                }
            }
        }
        match verdict {
            Some(PinVerdict::Wrong { tries_left }) => {
                ui.colored_label(WARNING, (s.pin_wrong)(*tries_left));
            }
            Some(PinVerdict::Paused { seconds }) => {
                ui.colored_label(WARNING, (s.pin_paused)(*seconds));
            }
            Some(PinVerdict::NotSet) => {
                ui.colored_label(WARNING, s.pin_not_set);
            }
            Some(PinVerdict::Accepted) | None => {}
        }
        if ui.button(s.cancel).clicked() {
            action = Some(PinAction::Cancel);
        }
    });
    action
}
