//! The staff screen: printer and queue, recent cards, camera, layout and keyboards, consent
//! lookup and erasure. It draws what the worker last gathered and returns what staff
//! pressed; `staff.rs` turns that into work for the worker.

use egui::RichText;
use time::macros::format_description;

use crate::archive::{CardId, CardRecord, Use};
use crate::capture::{CameraChoice, CameraStatus};
use crate::card::Layout;
use crate::kiosk::booth::StaffSnapshot;
use crate::kiosk::keyboard::KeyboardLayout;
use crate::kiosk::look::WARNING;
use crate::kiosk::strings::Strings;
use crate::print::PrinterState;

/// Height of the header's status lines, points.
const LINE: f32 = 34.0;

/// What staff pressed.
#[derive(Debug, Clone, PartialEq)]
pub enum StaffAction {
    /// Back to the participants' screens.
    Back,
    /// Ask to close the kiosk (`true`), or think better of it (`false`).
    ConfirmExit(bool),
    /// Close the kiosk (asked and confirmed).
    Exit,
    /// Send cards to this CUPS queue ("" = the system's default).
    Printer(String),
    /// Re-enable a stopped printer queue.
    Resume(String),
    /// Send a failed print again.
    Retry(CardId),
    /// Cancel a card's open print.
    CancelPrint(CardId),
    /// Print a card again, `copies` times.
    Reprint(CardId, u32),
    /// Show a card's consent.
    LookUp(String),
    /// Withdraw one use of a card.
    Withdraw(CardId, Use),
    /// Ask to erase (first press) or erase (second press).
    Erase(CardId),
    /// Use this camera.
    Camera(CameraChoice),
    /// Use this card layout.
    Layout(String),
    /// Use these on-screen keyboards, in this order.
    Keyboards(Vec<String>),
}

/// What the staff screen shows.
pub struct StaffView<'a> {
    /// What the worker gathered last.
    pub snapshot: &'a StaffSnapshot,
    /// The outcome of the last action, in words.
    pub note: &'a str,
    /// The camera in use and its state.
    pub camera: (&'a CameraChoice, &'a CameraStatus),
    /// The card looked up, or why not.
    pub looked_up: Option<&'a Result<CardRecord, String>>,
    /// Whether Erase was pressed once already.
    pub confirm_erase: bool,
    /// Whether Exit was pressed once already.
    pub confirm_exit: bool,
}

/// What staff type on this screen (its own inputs).
#[derive(Debug, Clone)]
pub struct StaffInputs {
    /// Copies for a reprint.
    pub copies: u32,
    /// The card id typed into the lookup box.
    pub lookup_id: String,
}

impl Default for StaffInputs {
    fn default() -> Self {
        StaffInputs {
            copies: 1,
            lookup_id: String::new(),
        }
    }
}

/// Draws the staff screen: two columns on a wide screen, one on a portrait screen. The
/// recent cards come before the print queue, so they never move when a job appears.
pub fn show(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &StaffView<'_>,
    inputs: &mut StaffInputs,
) -> Option<StaffAction> {
    let mut action = header(ui, s, view);
    ui.separator();
    let left = |ui: &mut egui::Ui, inputs: &mut StaffInputs| {
        let mut action = printer(ui, s, view.snapshot);
        ui.separator();
        action = action.or(recent(ui, s, view.snapshot, inputs));
        ui.separator();
        action.or(queue(ui, s, view.snapshot))
    };
    let right = |ui: &mut egui::Ui, inputs: &mut StaffInputs| {
        let action = devices(ui, s, view);
        ui.separator();
        action.or(consent(ui, s, view, inputs))
    };
    if ui.available_width() >= 1200.0 {
        ui.columns(2, |columns| {
            let [l, r] = columns else { return };
            egui::ScrollArea::vertical()
                .id_salt("staff left")
                .show(l, |ui| action = action.take().or(left(ui, inputs)));
            egui::ScrollArea::vertical()
                .id_salt("staff right")
                .show(r, |ui| action = action.take().or(right(ui, inputs)));
        });
    } else {
        egui::ScrollArea::vertical()
            .id_salt("staff")
            .show(ui, |ui| {
                action = action.take().or(left(ui, inputs));
                ui.separator();
                action = action.take().or(right(ui, inputs));
            });
    }
    action
}

fn header(ui: &mut egui::Ui, s: &Strings, view: &StaffView<'_>) -> Option<StaffAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        ui.heading(s.staff_title);
        if ui.button(s.staff_back).clicked() {
            action = Some(StaffAction::Back);
        }
        if view.confirm_exit {
            ui.label(RichText::new(s.staff_exit_question).color(WARNING));
            if ui.button(s.staff_exit_yes).clicked() {
                action = Some(StaffAction::Exit);
            }
            if ui.button(s.staff_exit_no).clicked() {
                action = Some(StaffAction::ConfirmExit(false));
            }
        } else if ui.button(s.staff_exit).clicked() {
            action = Some(StaffAction::ConfirmExit(true));
        }
    });
    // A line each, always there, so nothing below moves when they change (a long one
    // wraps rather than hiding its end).
    let line = |ui: &mut egui::Ui, text: RichText| {
        ui.allocate_ui(egui::vec2(ui.available_width(), LINE), |ui| {
            ui.set_min_size(egui::vec2(ui.available_width(), LINE));
            ui.add(egui::Label::new(text).wrap());
        });
    };
    let counts = view
        .snapshot
        .counts
        .map(|(taken, printed)| (s.staff_today)(taken, printed))
        .unwrap_or_default();
    line(ui, RichText::new(counts));
    line(ui, RichText::new(view.note).strong());
    let problem = view.snapshot.problem.as_deref().unwrap_or_default();
    line(ui, RichText::new(problem).color(WARNING));
    action
}

fn printer(ui: &mut egui::Ui, s: &Strings, snap: &StaffSnapshot) -> Option<StaffAction> {
    ui.label(RichText::new(s.staff_printer).strong());
    let mut action = printer_choice(ui, s, snap);
    let p = match &snap.printer {
        None => {
            ui.spinner();
            return None;
        }
        Some(Err(e)) => {
            ui.colored_label(WARNING, e);
            return action;
        }
        Some(Ok(p)) => p,
    };
    let state = match p.state {
        PrinterState::Idle => s.printer_ready,
        PrinterState::Processing => s.printer_printing,
        PrinterState::Stopped => s.printer_stopped,
    };
    let accepting = if p.accepting {
        String::new()
    } else {
        format!(", {}", s.printer_not_accepting)
    };
    let line = format!("{}: {state}{accepting}", p.name);
    let trouble = p.state == PrinterState::Stopped || !p.accepting;
    if trouble {
        ui.colored_label(WARNING, line);
    } else {
        ui.label(line);
    }
    for reason in p
        .reasons
        .iter()
        .chain(Some(&p.message).filter(|m| !m.is_empty()))
    {
        ui.colored_label(WARNING, format!("• {reason}"));
    }
    if trouble && ui.button(s.staff_resume).clicked() {
        action = Some(StaffAction::Resume(p.name.clone()));
    }
    action
}

/// The queue cards go to, chosen from those CUPS has.
fn printer_choice(ui: &mut egui::Ui, s: &Strings, snap: &StaffSnapshot) -> Option<StaffAction> {
    let queues = match &snap.queues {
        Ok(queues) => queues,
        Err(e) => {
            ui.colored_label(WARNING, e);
            return None;
        }
    };
    let shown = |q: &str| match q {
        "" => s.staff_default_printer.to_string(),
        q => q.to_string(),
    };
    let mut chosen = snap.printer_setting.clone();
    egui::ComboBox::from_label(s.staff_print_to)
        .selected_text(shown(&chosen))
        .show_ui(ui, |ui| {
            let mut options = vec![String::new()];
            options.extend(queues.iter().cloned());
            if !options.contains(&snap.printer_setting) {
                options.push(snap.printer_setting.clone());
            }
            for q in options {
                let text = shown(&q);
                ui.selectable_value(&mut chosen, q, text);
            }
        });
    (chosen != snap.printer_setting).then_some(StaffAction::Printer(chosen))
}

fn queue(ui: &mut egui::Ui, s: &Strings, snap: &StaffSnapshot) -> Option<StaffAction> {
    ui.label(RichText::new(s.staff_queue).strong());
    if snap.queue.is_empty() {
        ui.label(s.staff_queue_empty);
    }
    let mut action = None;
    for (id, entry) in &snap.queue {
        ui.horizontal(|ui| {
            if ui.button(s.staff_retry).clicked() {
                action = Some(StaffAction::Retry(*id));
            }
            if ui.button(s.staff_cancel_print).clicked() {
                action = Some(StaffAction::CancelPrint(*id));
            }
            let reason = entry
                .reason
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            let line = format!(
                "{}{reason} · {} · {} {id}",
                entry.state, entry.printer, s.staff_card
            );
            ui.add(egui::Label::new(line).wrap());
        });
    }
    action
}

fn recent(
    ui: &mut egui::Ui,
    s: &Strings,
    snap: &StaffSnapshot,
    inputs: &mut StaffInputs,
) -> Option<StaffAction> {
    ui.horizontal(|ui| {
        ui.label(RichText::new(s.staff_recent).strong());
        ui.label(s.staff_copies);
        ui.add(egui::DragValue::new(&mut inputs.copies).range(1..=10));
    });
    let mut action = None;
    for record in &snap.recent {
        ui.horizontal(|ui| {
            if ui.button(s.staff_reprint).clicked() {
                action = Some(StaffAction::Reprint(record.id, inputs.copies));
            }
            if ui.button(s.staff_consent).clicked() {
                inputs.lookup_id = record.id.to_string();
                action = Some(StaffAction::LookUp(inputs.lookup_id.clone()));
            }
            let time = local_time(&record.created_at, format_description!("[hour]:[minute]"));
            let name = record.name.as_deref().unwrap_or("—");
            ui.label(format!("{time} · {name} ·"));
            // The message is the part shortened (with …) when the row is too narrow.
            ui.add(egui::Label::new(&record.message).truncate());
        });
    }
    action
}

fn devices(ui: &mut egui::Ui, s: &Strings, view: &StaffView<'_>) -> Option<StaffAction> {
    let mut action = None;
    ui.label(RichText::new(s.staff_devices).strong());
    let (choice, status) = view.camera;
    let state = match status {
        CameraStatus::Starting => s.camera_starting.to_string(),
        CameraStatus::Live { source } => format!("{} {source}", s.camera_showing),
        CameraStatus::Unavailable { reason } => format!("{} {reason}", s.camera_is_unavailable),
    };
    ui.label(format!("{} {choice}: {state}", s.staff_camera));
    let mut choices = vec![CameraChoice::Auto, CameraChoice::Demo];
    choices.extend(
        view.snapshot
            .webcams
            .iter()
            .map(|(i, _)| CameraChoice::Webcam(*i)),
    );
    if !choices.contains(choice) {
        choices.push(choice.clone());
    }
    let mut camera = choice.clone();
    egui::ComboBox::from_label(s.staff_camera)
        .selected_text(camera.to_string())
        .show_ui(ui, |ui| {
            for c in choices {
                let text = c.to_string();
                ui.selectable_value(&mut camera, c, text);
            }
        });
    if &camera != choice {
        action = Some(StaffAction::Camera(camera));
    }
    let mut layout = view.snapshot.layout.clone();
    egui::ComboBox::from_label(s.staff_layout)
        .selected_text(layout.clone())
        .show_ui(ui, |ui| {
            for name in Layout::builtin_names() {
                ui.selectable_value(&mut layout, name.to_string(), name);
            }
        });
    if !layout.is_empty() && layout != view.snapshot.layout {
        action = Some(StaffAction::Layout(layout));
    }
    ui.label(RichText::new(s.staff_keyboards).strong());
    ui.label(RichText::new(s.staff_keyboards_note).small());
    let chosen = &view.snapshot.keyboards;
    ui.horizontal_wrapped(|ui| {
        for name in KeyboardLayout::builtin_names() {
            let mut on = chosen.iter().any(|k| k == name);
            let title = KeyboardLayout::find(name).map_or(name.to_string(), |k| k.name);
            if ui.checkbox(&mut on, title).changed() {
                let mut next: Vec<String> = chosen.iter().filter(|k| *k != name).cloned().collect();
                if on {
                    next.push(name.to_string());
                }
                if !next.is_empty() {
                    action = Some(StaffAction::Keyboards(next));
                }
            }
        }
    });
    action
}

fn consent(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &StaffView<'_>,
    inputs: &mut StaffInputs,
) -> Option<StaffAction> {
    let mut action = None;
    ui.label(RichText::new(s.staff_lookup_title).strong());
    ui.horizontal(|ui| {
        let label = ui.label(s.staff_card_id);
        ui.add(
            egui::TextEdit::singleline(&mut inputs.lookup_id)
                .desired_width(ui.available_width() - 200.0),
        )
        .labelled_by(label.id);
        if ui.button(s.staff_look_up).clicked() {
            action = Some(StaffAction::LookUp(inputs.lookup_id.clone()));
        }
    });
    let record = match view.looked_up {
        None => return action,
        Some(Err(e)) => {
            ui.colored_label(WARNING, e);
            return action;
        }
        Some(Ok(record)) => record,
    };
    ui.label(format!(
        "{} · {} · \"{}\"",
        local_time(
            &record.created_at,
            format_description!("[day] [month repr:short] [hour]:[minute]")
        ),
        record.name.as_deref().unwrap_or(s.staff_no_name),
        record.message.chars().take(60).collect::<String>()
    ));
    for u in Use::ALL {
        ui.horizontal_wrapped(|ui| {
            let agreed = record.consent.allows(u);
            let answer = if agreed {
                s.consent_agreed
            } else {
                s.consent_not_agreed
            };
            ui.label(format!("{}: {answer}", s.use_name(u)));
            if agreed
                && ui
                    .button(format!("{} {}", s.staff_withdraw, s.use_name(u)))
                    .clicked()
            {
                action = Some(StaffAction::Withdraw(record.id, u));
            }
        });
    }
    let erase = if view.confirm_erase {
        s.staff_erase_confirm
    } else {
        s.staff_erase
    };
    if ui
        .add(egui::Button::new(RichText::new(erase).color(WARNING)))
        .clicked()
    {
        action = Some(StaffAction::Erase(record.id));
    }
    action
}

/// An archive time (RFC 3339, UTC) in the booth's local time, e.g. "14:05".
fn local_time(
    rfc3339: &str,
    format: &[time::format_description::BorrowedFormatItem<'_>],
) -> String {
    let parsed =
        time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339);
    let offset = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    match parsed {
        Ok(t) => t.to_offset(offset).format(format).unwrap_or_default(),
        Err(_) => rfc3339.to_string(),
    }
}
