//! The on-screen keyboard, drawn by the kiosk itself: big keys with space between them,
//! shift, the language key, digits and punctuation, space, new line, a backspace that
//! repeats while held, and a key to move between the message and the name.

use egui::{Color32, CornerRadius, RichText, Vec2};

use crate::kiosk::keyboard::{KeyPress, Keyboard, Shift};
use crate::kiosk::look::ACCENT;
use crate::kiosk::strings::Strings;

/// Smallest key height, points: a fingertip, with room to miss.
pub const MIN_KEY_HEIGHT: f32 = 64.0;
/// Space between keys and between rows, points.
pub const GAP: f32 = 8.0;
const WIDEST_KEY: f32 = 120.0;
/// Backspace held this long starts repeating, then repeats this often (seconds).
const REPEAT_AFTER: f64 = 0.5;
const REPEAT_EVERY: f64 = 0.07;

/// Draws the keyboard `key_height` points per row; returns the key pressed, if any.
/// `to_name` says which field the field key moves to.
pub fn show(
    ui: &mut egui::Ui,
    kb: &Keyboard,
    s: &Strings,
    key_height: f32,
    to_name: bool,
) -> Option<KeyPress> {
    let key_height = key_height.max(MIN_KEY_HEIGHT);
    let caps = kb.caps();
    // Key width is set by the widest row of every page, so Space and Delete stay
    // under the finger when the language or the page changes.
    let units = kb
        .pages()
        .flat_map(|page| {
            let last = page.rows.len().saturating_sub(1);
            page.rows
                .iter()
                .enumerate()
                .map(move |(i, row)| row.len() as f32 + if i == last { 3.0 } else { 0.0 })
        })
        .fold(9.5, f32::max);
    let unit = ((ui.available_width() - GAP * units) / units).min(WIDEST_KEY);
    let mut pressed = None;
    let mut press = |p: KeyPress| pressed = Some(p);

    ui.scope(|ui| {
        let v = ui.visuals_mut();
        v.widgets.active.weak_bg_fill = ACCENT;
        v.widgets.active.fg_stroke.color = Color32::WHITE;
        v.widgets.inactive.weak_bg_fill = Color32::WHITE;
        v.widgets.hovered.weak_bg_fill = Color32::from_gray(235);
        ui.spacing_mut().item_spacing = Vec2::splat(GAP);
        // Keys are sized by the keyboard, not stretched by their labels.
        ui.spacing_mut().button_padding = Vec2::splat(2.0);
        let last = caps.len().saturating_sub(1);
        for (r, row) in caps.iter().enumerate() {
            let extra = if r == last { 3.0 } else { 0.0 };
            centred_row(ui, (row.len() as f32 + extra) * (unit + GAP), |ui| {
                if r == last {
                    let on = kb.shift() != Shift::Off;
                    let text = if kb.shift() == Shift::Locked {
                        s.key_shift.to_uppercase()
                    } else {
                        s.key_shift.to_string()
                    };
                    if key(ui, &text, unit * 1.5, key_height, on).clicked() {
                        press(KeyPress::Shift);
                    }
                }
                for (c, out) in row.iter().enumerate() {
                    if key(ui, &cap(out), unit, key_height, false).clicked() {
                        press(KeyPress::Char { row: r, col: c });
                    }
                }
                if r == last && backspace(ui, s.key_backspace, unit * 1.5, key_height) {
                    press(KeyPress::Backspace);
                }
            });
        }
        // The bottom row: page, language, space, new line, other field.
        let symbols = if kb.on_symbols() {
            kb.layout_name().to_string()
        } else {
            kb.symbols_name().to_string()
        };
        let next = kb.next_layout_name();
        let field = if to_name {
            s.key_to_name
        } else {
            s.key_to_message
        };
        let width = ui.available_width().min(units * (unit + GAP));
        centred_row(ui, width, |ui| {
            let mut left = width;
            if key(ui, &symbols, unit * 1.5, key_height, kb.on_symbols()).clicked() {
                press(KeyPress::Symbols);
            }
            left -= unit * 1.5 + GAP;
            if let Some(next) = next {
                if key(ui, next, unit * 2.0, key_height, false).clicked() {
                    press(KeyPress::NextLayout);
                }
                left -= unit * 2.0 + GAP;
            }
            let space = (left - 2.0 * (unit * 2.0 + GAP) - GAP).max(unit * 2.0);
            if key(ui, s.key_space, space, key_height, false).clicked() {
                press(KeyPress::Space);
            }
            if key(ui, s.key_new_line, unit * 2.0, key_height, false).clicked() {
                press(KeyPress::NewLine);
            }
            if key(ui, field, unit * 2.0, key_height, false).clicked() {
                press(KeyPress::NextField);
            }
        });
    });
    pressed
}

/// A row `width` wide, centred in the space available.
fn centred_row(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.horizontal(|ui| {
        ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
        add(ui);
    });
}

/// One key; `on` shows a latched key (shift, the symbols page) filled.
fn key(ui: &mut egui::Ui, text: &str, width: f32, height: f32, on: bool) -> egui::Response {
    let mut button = egui::Button::new(RichText::new(text).size((height * 0.45).min(36.0)))
        .min_size(Vec2::new(width, height))
        .corner_radius(CornerRadius::same(10));
    if on {
        button = button.fill(ACCENT.gamma_multiply(0.35));
    }
    ui.add(button)
}

/// The backspace key: one press on a tap, repeating while held.
///
/// egui stops calling a press "down on" a widget once it is too long to be a click
/// (and a long touch becomes a click), so the hold is followed here: it starts with a
/// press on the key and lasts while the finger stays down on it.
fn backspace(ui: &mut egui::Ui, text: &str, width: f32, height: f32) -> bool {
    let response = key(ui, text, width, height, false);
    let id = response.id.with("held");
    let (now, down, at) =
        ui.input(|i| (i.time, i.pointer.primary_down(), i.pointer.interact_pos()));
    // (when the press started, when it last repeated; negative: not repeated yet)
    let held: Option<(f64, f64)> = ui.data(|d| d.get_temp(id));
    let on_key = at.is_some_and(|p| response.rect.contains(p));
    if down && on_key && (held.is_some() || response.is_pointer_button_down_on()) {
        let (since, last) = held.unwrap_or((now, -1.0));
        let due = now - since >= REPEAT_AFTER && (last < 0.0 || now - last >= REPEAT_EVERY);
        ui.data_mut(|d| d.insert_temp(id, (since, if due { now } else { last })));
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(REPEAT_EVERY));
        return due;
    }
    ui.data_mut(|d| d.remove::<(f64, f64)>(id));
    // A release after repeats has already deleted; a plain tap deletes once.
    response.clicked() && held.is_none_or(|(_, last)| last < 0.0)
}

/// How a key's output is shown: a lone combining mark sits on a base so it is drawn
/// where it will go: an Arabic haraka on a tatweel (a neutral base that joins like a
/// letter), any other mark on a dotted circle.
fn cap(out: &str) -> String {
    let arabic = |c: char| matches!(u32::from(c), 0x064B..=0x065F | 0x0670);
    let other = |c: char| matches!(u32::from(c), 0x0300..=0x036F | 0x05B0..=0x05C7);
    match out.chars().next() {
        Some(c) if arabic(c) => format!("\u{640}{out}"),
        Some(c) if other(c) => format!("\u{25CC}{out}"),
        _ => out.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::cap;

    #[test]
    fn marks_are_shown_on_a_base() {
        assert_eq!(cap("\u{64B}"), "\u{640}\u{64B}");
        assert_eq!(cap("\u{301}"), "\u{25CC}\u{301}");
        assert_eq!(cap("ب"), "ب");
    }
}
