//! The PIN pad in front of staff mode: digits on screen, or typed on a keyboard.

use egui::Sense;

use crate::kiosk::look::Tone;
use crate::kiosk::pin::PinVerdict;
use crate::kiosk::widgets::text::Look;
use crate::kiosk::widgets::{ButtonLook, Kit, LineInput};

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
    k: &mut Kit<'_>,
    entered: &mut String,
    verdict: Option<&PinVerdict>,
) -> Option<PinAction> {
    let cancel = k.t("cancel");
    let (pressed, mut action) = k.screen(ui, &[(&cancel, true, false)], true, |ui, k| {
        let mut action = None;
        ui.add_space(40.0);
        let title = k.t("staff-pin-title");
        k.label(ui, &title, Look::new(50.0, Tone::Ink).bold().centred());
        let label = k.t("pin-label");
        k.caption(ui, &label, Look::new(26.0, Tone::Ink).centred());
        let input = LineInput {
            masked: true,
            digits_only: true,
            max_chars: MAX_PIN,
            always_focused: true,
        };
        ui.vertical_centered(|ui| {
            if k.line_input(ui, &label, entered, input, 320.0).1 {
                action = Some(PinAction::Submit);
            }
        });
        // Every key the same size on a fixed grid, so the rows line up whatever the words
        // on the bottom row.
        let (w, h) = (KEY.x, KEY.y);
        let gap = ui.spacing().item_spacing;
        let grid_size = egui::vec2(3.0 * w + 2.0 * gap.x, 4.0 * h + 3.0 * gap.y);
        let (row, _) = ui.allocate_exact_size(
            egui::vec2(ui.available_width(), grid_size.y),
            Sense::hover(),
        );
        let grid = egui::Rect::from_center_size(row.center(), grid_size);
        let (delete, ok) = (k.t("pin-key-delete"), k.t("pin-key-ok"));
        let rows = [
            ["1", "2", "3"],
            ["4", "5", "6"],
            ["7", "8", "9"],
            [delete.as_str(), "0", ok.as_str()],
        ];
        for (r, keys) in rows.iter().enumerate() {
            for (c, key) in keys.iter().enumerate() {
                let at = grid.min + egui::vec2(c as f32 * (w + gap.x), r as f32 * (h + gap.y));
                let digit = key.chars().all(|ch| ch.is_ascii_digit());
                let look = ButtonLook {
                    min: KEY,
                    text_size: if digit { 34.0 } else { 24.0 },
                    pad: 8.0,
                    ..ButtonLook::small()
                };
                if !k
                    .button_at(ui, egui::Rect::from_min_size(at, KEY), key, look)
                    .clicked()
                {
                    continue;
                }
                match (r, c) {
                    (3, 0) => {
                        entered.pop();
                    }
                    (3, 2) => action = Some(PinAction::Submit),
                    _ if entered.len() < MAX_PIN => entered.push_str(key),
                    _ => {}
                }
            }
        }
        let warning = Look::new(26.0, Tone::Warning).centred();
        match verdict {
            Some(PinVerdict::Wrong { tries_left }) => {
                let text = k.t_with("pin-wrong", &[("tries", (*tries_left).into())]);
                k.label(ui, &text, warning);
            }
            Some(PinVerdict::Paused { seconds }) => {
                let text = k.t_with("pin-paused", &[("seconds", (*seconds).into())]);
                k.label(ui, &text, warning);
            }
            Some(PinVerdict::NotSet) => {
                let text = k.t("pin-not-set");
                k.label(ui, &text, warning);
            }
            Some(PinVerdict::Accepted) | None => {}
        }
        action
    });
    if pressed.is_some() {
        action = Some(PinAction::Cancel);
    }
    action
}
