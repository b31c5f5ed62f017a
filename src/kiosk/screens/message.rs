//! Typing the message and the first name: both fields drawn by the card engine (so Arabic
//! shows joined and right to left, as it will print), the on-screen keyboard, and the card
//! engine's verdict on the message as it is typed. A physical keyboard works too.

use crate::card::room::Room;
use egui::Vec2;

use super::Action;
use crate::kiosk::booth::MessageFit;
use crate::kiosk::entry::EntryEdit;
use crate::kiosk::flow::{Field, Session};
use crate::kiosk::keyboard::Keyboard;
use crate::kiosk::look::MIN_TARGET;
use crate::kiosk::look::Tone;
use crate::kiosk::widgets::field::{FieldLook, Fields, PADDING as FIELD_PADDING};
use crate::kiosk::widgets::text::Look;
use crate::kiosk::widgets::{ButtonLook, Kit, Listen, keyboard, row};

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

/// Draws the message screen. `fields` draws the text fields (it keeps their drawings).
pub fn show(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    view: &MessageView<'_>,
    fields: &mut Fields,
) -> Option<Action> {
    let mut action = None;
    let focus = view.session.focus;
    // The title sits between the buttons when it fits there, above them when not.
    let (back, make) = (k.t("back"), k.t("make-card"));
    let title = k.t("message-title");
    let title_look = Look::new(40.0, Tone::Ink).bold().centred();
    let title_width = k.set(ui.ctx(), &title, title_look, f32::INFINITY).size.x;
    let big = |primary, enabled| ButtonLook::big(primary, enabled);
    let gap = ui.spacing().item_spacing.x;
    let listen = if k.listen == Listen::Hidden {
        0.0
    } else {
        MIN_TARGET * k.scale + gap
    };
    let buttons = k.button_width(ui, &back, big(false, true))
        + k.button_width(ui, &make, big(true, view.ready))
        + listen;
    let beside = ui.available_width() - buttons - 4.0 * ui.spacing().item_spacing.x;
    if title_width > beside {
        k.label(ui, &title, title_look);
    }
    row(ui, k.rtl(), |ui| {
        if k.button(ui, &back, big(false, true)).clicked() {
            action = Some(Action::BackToPhoto);
        }
        let inner = ui.available_width() - k.button_width(ui, &make, big(true, view.ready));
        let room = inner - gap - listen;
        if title_width <= beside {
            ui.allocate_ui(Vec2::new(room, 84.0), |ui| {
                ui.vertical_centered(|ui| {
                    ui.add_space(14.0);
                    k.label(ui, &title, title_look);
                });
            });
        } else {
            ui.add_space(room);
        }
        k.listen_button(ui, None);
        if k.button(ui, &make, big(true, view.ready)).clicked() {
            action = Some(Action::MakeCard);
        }
    });
    let size = Sizes::fill(ui, view.keyboard, k.scale);
    let message_label = k.t("message-label");
    let message_hint = k.t("message-hint");
    let message_look = FieldLook {
        slot: 0,
        label: &message_label,
        hint: &message_hint,
        rows: size.message_rows,
        size: MESSAGE_SIZE * k.scale,
    };
    action = action.or(field(ui, k, fields, &message_look, view, Field::Message));
    // The name and the card's room side by side, the name first in the reading direction.
    let rtl = k.rtl();
    ui.columns(2, |columns| {
        let [left, right] = columns else { return };
        let (name_column, fit_column) = if rtl { (right, left) } else { (left, right) };
        let name_label = k.t("name-label");
        k.caption(name_column, &name_label, Look::new(22.0, Tone::Ink));
        let name_look = FieldLook {
            slot: 1,
            label: &name_label,
            hint: "",
            rows: 1,
            size: NAME_SIZE * k.scale,
        };
        action = action
            .take()
            .or(field(name_column, k, fields, &name_look, view, Field::Name));
        fit_indicator(fit_column, k, view.fit, view.problem);
    });
    // The keyboard at the bottom, within reach, whatever the height of the screen.
    ui.add_space((ui.available_height() - size.keyboard_height).max(0.0));
    if let Some(key) = keyboard::show(
        ui,
        k,
        view.keyboard,
        size.key_height,
        focus == Field::Message,
    ) {
        action = Some(Action::Key(key));
    }
    // With a button or key in the keyboard's focus (Tab moves it, as a switch does),
    // Space and Return press it; otherwise they type into the field, as every key does.
    let control_focused = ui
        .memory(|m| m.focused())
        .is_some_and(|id| !fields.owns(id));
    let typed = physical_keys(ui, control_focused);
    if !typed.is_empty() {
        action = Some(Action::Edit(focus, typed));
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
    /// message takes what is left. Larger text (`scale`) makes lines and keys taller.
    fn fill(ui: &egui::Ui, kb: &Keyboard, scale: f32) -> Sizes {
        let spacing = ui.spacing().item_spacing.y;
        let free = ui.available_height() - NAME_ROW * scale - 2.0 * spacing;
        let line = MESSAGE_SIZE * scale * 1.35;
        let field = |rows: usize| rows as f32 * line + 2.0 * FIELD_PADDING;
        let rows = kb.pages().map(|p| p.rows.len()).max().unwrap_or(3) as f32 + 1.0;
        let gaps = (rows - 1.0) * keyboard::GAP;
        let key_height = ((free - field(*MESSAGE_ROWS.start()) - gaps) / rows)
            .clamp(keyboard::MIN_KEY_HEIGHT, TALLEST_KEY * scale);
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

/// Draws the message or the name field; a tap in it is the action.
fn field(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    fields: &mut Fields,
    look: &FieldLook<'_>,
    view: &MessageView<'_>,
    which: Field,
) -> Option<Action> {
    let session = view.session;
    let shown = fields.show(ui, k, look, session.entry(which), session.focus == which);
    shown.tapped.then(|| tap(which, shown.caret_to))
}

/// A tap in a field: focus it, and move the caret where the tap fell.
fn tap(field: Field, caret_to: Option<usize>) -> Action {
    match caret_to {
        Some(at) => Action::Edit(field, vec![EntryEdit::CaretTo(at)]),
        None => Action::Focus(field),
    }
}

/// What a physical keyboard typed this frame; with a control focused, not the Space and
/// Return that press it.
fn physical_keys(ui: &egui::Ui, control_focused: bool) -> Vec<EntryEdit> {
    ui.input(|i| {
        i.events
            .iter()
            .filter_map(|e| match e {
                egui::Event::Text(t) if control_focused && t == " " => None,
                egui::Event::Text(t) | egui::Event::Paste(t) => Some(EntryEdit::Insert(t.clone())),
                // What an input method (Chinese, Ethiopic syllables, Bengali…) commits.
                egui::Event::Ime(egui::ImeEvent::Commit(t)) => Some(EntryEdit::Insert(t.clone())),
                egui::Event::Key {
                    key, pressed: true, ..
                } => match key {
                    egui::Key::Backspace => Some(EntryEdit::Backspace),
                    egui::Key::Delete => Some(EntryEdit::Delete),
                    egui::Key::ArrowLeft => Some(EntryEdit::Back),
                    egui::Key::ArrowRight => Some(EntryEdit::Forward),
                    egui::Key::Home => Some(EntryEdit::Home),
                    egui::Key::End => Some(EntryEdit::End),
                    egui::Key::Enter if !control_focused => Some(EntryEdit::Insert("\n".into())),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    })
}

/// How much room is left on the card, or what to change.
fn fit_indicator(ui: &mut egui::Ui, k: &mut Kit<'_>, fit: &MessageFit, problem: Option<&str>) {
    let warning = Look::new(24.0, Tone::Warning);
    if let Some(problem) = problem {
        k.label(ui, problem, warning);
    }
    match fit {
        MessageFit::Empty => {}
        MessageFit::Fits { used } => {
            let left = Room::Fits { used: *used }.left_percent();
            let text = k.t_with("room-left", &[("percent", left.into())]);
            k.label(ui, &text, Look::new(24.0, Tone::Ink));
            k.meter(ui, 1.0 - used);
        }
        MessageFit::TooLong { shorten_percent } => {
            let text = k.t_with("too-long", &[("percent", (*shorten_percent).into())]);
            k.label(ui, &text, warning);
        }
        MessageFit::Unprintable { chars } => {
            let text = k.t_with("cannot-print", &[("characters", chars.as_str().into())]);
            k.label(ui, &text, warning);
        }
        MessageFit::Other(e) => {
            k.label(ui, e, warning);
        }
    }
}
