//! The on-screen keyboard, drawn by the kiosk itself: big keys with space between them,
//! shift, the language key, digits and punctuation, space, new line, a backspace that
//! repeats while held, and a key to move between the message and the name.

use egui::Vec2;

use super::{ButtonLook, Kit};
use crate::kiosk::keyboard::{KeyPress, Keyboard, Shift};

/// Smallest key height, points: a fingertip, with room to miss.
pub const MIN_KEY_HEIGHT: f32 = 64.0;
/// Space between keys and between rows, points.
pub const GAP: f32 = 8.0;
const WIDEST_KEY: f32 = 120.0;
/// A key held this long is held (Delete starts repeating, a letter offers its other
/// forms); Delete then repeats this often (seconds).
const REPEAT_AFTER: f64 = 0.5;
const REPEAT_EVERY: f64 = 0.07;

/// Draws the keyboard `key_height` points per row; returns the key pressed, if any.
/// `to_name` says which field the field key moves to.
pub fn show(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    kb: &Keyboard,
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
    let mut held_at = None;
    let mut press = |p: KeyPress| pressed = Some(p);

    let (shift, backspace_text, space, new_line) = (
        k.t("key-shift"),
        k.t("key-delete"),
        k.t("key-space"),
        k.t("key-new-line"),
    );
    let field = k.t(if to_name {
        "key-to-name"
    } else {
        "key-to-message"
    });
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(GAP);
        let last = caps.len().saturating_sub(1);
        for (r, row) in caps.iter().enumerate() {
            let extra = if r == last { 3.0 } else { 0.0 };
            centred_row(ui, (row.len() as f32 + extra) * (unit + GAP), |ui| {
                if r == last {
                    // Locked: drawn pressed in and underlined by its double arrow.
                    let text = match kb.shift() {
                        Shift::Locked => format!("{shift} ⇧"),
                        _ => shift.clone(),
                    };
                    let on = kb.shift() != Shift::Off;
                    if key(ui, k, &text, unit * 1.5, key_height, on).clicked() {
                        press(KeyPress::Shift);
                    }
                }
                for (c, out) in row.iter().enumerate() {
                    let held = kb.held() == Some((r, c));
                    let response = key(ui, k, &cap(kb.cap(out)), unit, key_height, held);
                    if held {
                        held_at = Some(response.rect);
                    }
                    // Held, a letter offers its other forms (accents, tones); tapped, it types.
                    match follow(ui, &response, None) {
                        Pressed::Tap => press(KeyPress::Char { row: r, col: c }),
                        Pressed::Held => press(KeyPress::Hold { row: r, col: c }),
                        Pressed::No => {}
                    }
                }
                if r == last {
                    let response = key(ui, k, &backspace_text, unit * 1.5, key_height, false);
                    // Delete repeats while held.
                    if follow(ui, &response, Some(REPEAT_EVERY)) != Pressed::No {
                        press(KeyPress::Backspace);
                    }
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
        let width = ui.available_width().min(units * (unit + GAP));
        centred_row(ui, width, |ui| {
            let mut left = width;
            if key(ui, k, &symbols, unit * 1.5, key_height, kb.on_symbols()).clicked() {
                press(KeyPress::Symbols);
            }
            left -= unit * 1.5 + GAP;
            if let Some(next) = next {
                if key(ui, k, next, unit * 2.0, key_height, false).clicked() {
                    press(KeyPress::NextLayout);
                }
                left -= unit * 2.0 + GAP;
            }
            let space_width = (left - 2.0 * (unit * 2.0 + GAP) - GAP).max(unit * 2.0);
            if key(ui, k, &space, space_width, key_height, false).clicked() {
                press(KeyPress::Space);
            }
            if key(ui, k, &new_line, unit * 2.0, key_height, false).clicked() {
                press(KeyPress::NewLine);
            }
            if key(ui, k, &field, unit * 2.0, key_height, false).clicked() {
                press(KeyPress::NextField);
            }
        });
    });
    if let (Some(forms), Some(at)) = (kb.offered(), held_at)
        && let Some(i) = forms_offered(ui, k, &forms, at)
    {
        pressed = Some(KeyPress::Form(i));
    }
    pressed
}

/// The forms a held key offers, in a row of keys just above it; returns the one tapped.
fn forms_offered(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    forms: &[String],
    at: egui::Rect,
) -> Option<usize> {
    let size = at.size();
    let width = forms.len() as f32 * (size.x + GAP) - GAP;
    let screen = ui.ctx().content_rect();
    let left =
        (at.center().x - width / 2.0).clamp(screen.min.x, (screen.max.x - width).max(screen.min.x));
    let mut chosen = None;
    egui::Area::new(ui.scope_id().with("key forms"))
        .order(egui::Order::Foreground)
        .fixed_pos(egui::pos2(left, at.min.y - size.y - GAP))
        .show(ui.ctx(), |ui| {
            egui::Frame::new()
                .fill(k.theme.outline)
                .corner_radius(12)
                .inner_margin(GAP)
                .show(ui, |ui| {
                    ui.spacing_mut().item_spacing = Vec2::splat(GAP);
                    ui.horizontal(|ui| {
                        for (i, form) in forms.iter().enumerate() {
                            if key(ui, k, form, size.x, size.y, false).clicked() {
                                chosen = Some(i);
                            }
                        }
                    });
                });
        });
    chosen
}

/// A row `width` wide, centred in the space available.
fn centred_row(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.horizontal(|ui| {
        ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
        add(ui);
    });
}

/// One key; `on` shows a latched key (shift, the symbols page) filled.
fn key(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    text: &str,
    width: f32,
    height: f32,
    on: bool,
) -> egui::Response {
    let look = ButtonLook {
        min: Vec2::new(width, height),
        text_size: (height * 0.42).min(34.0),
        pad: 4.0,
        primary: false,
        on,
        toggle: false,
        enabled: true,
    };
    k.button_sized(ui, text, look, Vec2::new(width, height))
}

/// What a press on a key came to this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pressed {
    /// Nothing (yet).
    No,
    /// Released before it was held long.
    Tap,
    /// Held long enough (and, with a repeat, again each repeat).
    Held,
}

/// Follows a press on a key: a tap, or a hold reported once after [`REPEAT_AFTER`] and then
/// every `repeat` seconds if given (Delete). A release after a hold is no tap.
///
/// egui stops calling a press "down on" a widget once it is too long to be a click
/// (and a long touch becomes a click), so the hold is followed here: it starts with a
/// press on the key and lasts while the finger stays down on it.
fn follow(ui: &mut egui::Ui, response: &egui::Response, repeat: Option<f64>) -> Pressed {
    let id = response.id.with("held");
    let (now, down, at) =
        ui.input(|i| (i.time, i.pointer.primary_down(), i.pointer.interact_pos()));
    // (when the press started, when it was last reported as held; negative: not yet)
    let held: Option<(f64, f64)> = ui.data(|d| d.get_temp(id));
    let on_key = at.is_some_and(|p| response.rect.contains(p));
    if down && on_key && (held.is_some() || response.is_pointer_button_down_on()) {
        let (since, last) = held.unwrap_or((now, -1.0));
        let due = match (last < 0.0, repeat) {
            (true, _) => now - since >= REPEAT_AFTER,
            (false, Some(every)) => now - last >= every,
            (false, None) => false,
        };
        ui.data_mut(|d| d.insert_temp(id, (since, if due { now } else { last })));
        if last < 0.0 || repeat.is_some() {
            let wait = repeat.unwrap_or(REPEAT_AFTER).min(REPEAT_AFTER);
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(wait / 2.0));
        }
        return if due { Pressed::Held } else { Pressed::No };
    }
    ui.data_mut(|d| d.remove::<(f64, f64)>(id));
    if response.clicked() && held.is_none_or(|(_, last)| last < 0.0) {
        Pressed::Tap
    } else {
        Pressed::No
    }
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
