//! Typing the message and the first name: both fields drawn by the card engine (so Arabic
//! shows joined and right to left, as it will print), the on-screen keyboard, and the card
//! engine's verdict on the message as it is typed. A physical keyboard works too.

use crate::card::room::Room;
use egui::{Align, Layout};

use super::Action;
use crate::kiosk::booth::MessageFit;
use crate::kiosk::entry::EntryEdit;
use crate::kiosk::flow::{Field, Session};
use crate::kiosk::keyboard::Keyboard;
use crate::kiosk::look::{BUTTON_WIDTH, WARNING};
use crate::kiosk::strings::Strings;
use crate::kiosk::widgets::field::{FieldLook, Fields, PADDING as FIELD_PADDING};
use crate::kiosk::widgets::{big_button, keyboard};

/// What the message screen shows.
pub struct MessageView<'a> {
    /// The message, the name and which is being typed.
    pub session: &'a Session,
    /// The card engine's verdict on the text.
    pub fit: &'a MessageFit,
    /// Whether the verdict is for exactly the text on screen and says it fits.
    pub ready: bool,
    /// Why the last card could not be made, if so.
    pub problem: Option<&'a str>,
    /// The on-screen keyboard.
    pub keyboard: &'a Keyboard,
}

/// Draws the message screen. `fields` draws the two text fields (it keeps their drawings).
pub fn show(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &MessageView<'_>,
    fields: &mut Fields,
) -> Option<Action> {
    let mut action = None;
    let focus = view.session.focus;
    // The title sits between the buttons when it fits there, above them when not.
    let title = egui::RichText::new(s.message_title).size(40.0);
    let title_width = egui::WidgetText::from(title.clone())
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x;
    let beside = ui.available_width() - 2.0 * (BUTTON_WIDTH + ui.spacing().item_spacing.x);
    if title_width > beside {
        ui.vertical_centered(|ui| ui.add(egui::Label::new(title.clone()).wrap()));
    }
    ui.horizontal(|ui| {
        if big_button(ui, s.back, true, false).clicked() {
            action = Some(Action::BackToPhoto);
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if big_button(ui, s.make_card, view.ready, true).clicked() {
                action = Some(Action::MakeCard);
            }
            if title_width <= beside {
                ui.with_layout(Layout::top_down(Align::Center), |ui| {
                    ui.add_space(14.0);
                    ui.label(title);
                });
            }
        });
    });
    let size = Sizes::fill(ui, view.keyboard);
    let message_look = FieldLook {
        slot: 0,
        label: s.message_label,
        hint: s.message_hint,
        rows: size.message_rows,
        size: MESSAGE_SIZE,
    };
    let message = fields.show(
        ui,
        &message_look,
        &view.session.message,
        focus == Field::Message,
    );
    if message.tapped {
        action = Some(tap(Field::Message, message.caret_to));
    }
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.set_width(ui.available_width() * 0.45);
            ui.label(egui::RichText::new(s.name_label).small());
            let name_look = FieldLook {
                slot: 1,
                label: s.name_label,
                hint: "",
                rows: 1,
                size: NAME_SIZE,
            };
            let name = fields.show(ui, &name_look, &view.session.name, focus == Field::Name);
            if name.tapped {
                action = Some(tap(Field::Name, name.caret_to));
            }
        });
        ui.vertical(|ui| fit_indicator(ui, s, view.fit, view.problem));
    });
    // The keyboard at the bottom, within reach, whatever the height of the screen.
    ui.add_space((ui.available_height() - size.keyboard_height).max(0.0));
    if let Some(key) = keyboard::show(
        ui,
        view.keyboard,
        s,
        size.key_height,
        focus == Field::Message,
    ) {
        action = Some(Action::Key(key));
    }
    let typed = physical_keys(ui);
    if !typed.is_empty() {
        action = Some(Action::Edit(focus, typed));
    } else if ui.input(|i| i.key_pressed(egui::Key::Tab)) {
        action = Some(Action::Key(crate::kiosk::keyboard::KeyPress::NextField));
    }
    action
}

/// Message and name type sizes, points.
const MESSAGE_SIZE: f32 = 34.0;
const NAME_SIZE: f32 = 30.0;
/// Tallest keys: larger only make the keyboard taller, not easier to hit.
const TALLEST_KEY: f32 = 96.0;
/// Lines of message shown: at least a few on a short screen; on a tall one enough for the
/// longest message, and no more (the rest of the height is left above the keyboard).
const MESSAGE_ROWS: std::ops::RangeInclusive<usize> = 3..=14;
/// Height of the name row under the message: its label, the field, the spacing.
const NAME_ROW: f32 = 24.0 + NAME_SIZE * 1.35 + 24.0 + 18.0;

/// How the screen's height below the title is shared between the message and the keyboard.
struct Sizes {
    message_rows: usize,
    key_height: f32,
    keyboard_height: f32,
}

impl Sizes {
    /// Keys as tall as they can be while the message shows its fewest lines; then the
    /// message takes what is left.
    fn fill(ui: &egui::Ui, kb: &Keyboard) -> Sizes {
        let spacing = ui.spacing().item_spacing.y;
        let free = ui.available_height() - NAME_ROW - 2.0 * spacing;
        let line = MESSAGE_SIZE * 1.35;
        let field = |rows: usize| rows as f32 * line + 2.0 * FIELD_PADDING;
        let rows = kb.pages().map(|p| p.rows.len()).max().unwrap_or(3) as f32 + 1.0;
        let gaps = (rows - 1.0) * keyboard::GAP;
        let key_height = ((free - field(*MESSAGE_ROWS.start()) - gaps) / rows)
            .clamp(keyboard::MIN_KEY_HEIGHT, TALLEST_KEY);
        let keyboard_height = rows * key_height + gaps;
        let message_rows = ((free - keyboard_height - 2.0 * FIELD_PADDING) / line)
            .floor()
            .max(0.0) as usize;
        Sizes {
            message_rows: message_rows.clamp(*MESSAGE_ROWS.start(), *MESSAGE_ROWS.end()),
            key_height,
            keyboard_height,
        }
    }
}

/// A tap in a field: focus it, and move the caret where the tap fell.
fn tap(field: Field, caret_to: Option<usize>) -> Action {
    match caret_to {
        Some(at) => Action::Edit(field, vec![EntryEdit::CaretTo(at)]),
        None => Action::Focus(field),
    }
}

/// What a physical keyboard typed this frame.
fn physical_keys(ui: &egui::Ui) -> Vec<EntryEdit> {
    ui.input(|i| {
        i.events
            .iter()
            .filter_map(|e| match e {
                egui::Event::Text(t) | egui::Event::Paste(t) => Some(EntryEdit::Insert(t.clone())),
                egui::Event::Key {
                    key, pressed: true, ..
                } => match key {
                    egui::Key::Backspace => Some(EntryEdit::Backspace),
                    egui::Key::Delete => Some(EntryEdit::Delete),
                    egui::Key::ArrowLeft => Some(EntryEdit::Back),
                    egui::Key::ArrowRight => Some(EntryEdit::Forward),
                    egui::Key::Home => Some(EntryEdit::Home),
                    egui::Key::End => Some(EntryEdit::End),
                    egui::Key::Enter => Some(EntryEdit::Insert("\n".into())),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    })
}

/// How much room is left on the card, or what to change.
fn fit_indicator(ui: &mut egui::Ui, s: &Strings, fit: &MessageFit, problem: Option<&str>) {
    if let Some(problem) = problem {
        ui.colored_label(WARNING, problem);
    }
    match fit {
        MessageFit::Empty => {}
        MessageFit::Fits { used } => {
            let left = Room::Fits { used: *used }.left_percent();
            ui.label((s.room_left)(left));
            ui.add(egui::ProgressBar::new(1.0 - used).desired_height(14.0));
        }
        MessageFit::TooLong { shorten_percent } => {
            ui.colored_label(WARNING, (s.too_long)(*shorten_percent));
        }
        MessageFit::Unprintable { chars } => {
            ui.colored_label(WARNING, format!("{} {chars}", s.cannot_print_chars));
        }
        MessageFit::Other(e) => {
            ui.colored_label(WARNING, e);
        }
    }
}
