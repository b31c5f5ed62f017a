//! Typing the message and the first name: both fields drawn by the card engine (so Arabic
//! shows joined and right to left, as it will print), the on-screen keyboard, and the card
//! engine's verdict on the message as it is typed. A physical keyboard works too.

use egui::{Align, Layout};

use super::Action;
use crate::kiosk::booth::MessageFit;
use crate::kiosk::entry::EntryEdit;
use crate::kiosk::flow::{Field, Session};
use crate::kiosk::keyboard::Keyboard;
use crate::kiosk::look::WARNING;
use crate::kiosk::strings::Strings;
use crate::kiosk::widgets::field::{FieldLook, Fields};
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
    ui.horizontal(|ui| {
        if big_button(ui, s.back, true, false).clicked() {
            action = Some(Action::BackToPhoto);
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if big_button(ui, s.make_card, view.ready, true).clicked() {
                action = Some(Action::MakeCard);
            }
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.add_space(14.0);
                ui.add(
                    egui::Label::new(egui::RichText::new(s.message_title).size(40.0)).truncate(),
                );
            });
        });
    });
    let message_look = FieldLook {
        slot: 0,
        label: s.message_label,
        hint: s.message_hint,
        rows: 3,
        size: 34.0,
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
                size: 30.0,
            };
            let name = fields.show(ui, &name_look, &view.session.name, focus == Field::Name);
            if name.tapped {
                action = Some(tap(Field::Name, name.caret_to));
            }
        });
        ui.vertical(|ui| fit_indicator(ui, s, view.fit, view.problem));
    });
    let rows = view.keyboard.caps().len() as f32 + 1.0;
    let key_height = (ui.available_height() - rows * 8.0) / rows;
    if let Some(key) = keyboard::show(
        ui,
        view.keyboard,
        s,
        key_height.min(96.0),
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
        MessageFit::Fits { fill } => {
            let left = ((1.0 - fill) * 100.0).round().clamp(0.0, 100.0) as u32;
            ui.label((s.room_left)(left));
            ui.add(egui::ProgressBar::new(1.0 - fill).desired_height(14.0));
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
