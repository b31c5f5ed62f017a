//! The staff screen: printer and queue, recent cards, camera, layout, keyboards and
//! languages, consent lookup and erasure. It draws what the worker last gathered and
//! returns what staff pressed; `staff.rs` turns that into work for the worker. It speaks
//! the staff's language, which may not be the participant's.

use time::macros::format_description;

use crate::archive::{CardId, CardRecord, Timestamp, Use};
use crate::capture::{CameraChoice, CameraStatus};
use crate::card::Layout;
use crate::kiosk::booth::StaffSnapshot;
use crate::kiosk::i18n::Language;
use crate::kiosk::keyboard::KeyboardLayout;
use crate::kiosk::look::Tone;
use crate::kiosk::speech::{Output, voice_for};
use crate::kiosk::widgets::text::Look;
use crate::kiosk::widgets::{ButtonLook, Kit, LineInput, row, wrapped_row};
use crate::print::PrinterState;

/// Height of the header's status lines, points.
const LINE: f32 = 34.0;
/// Characters of a participant's message shown in the recent list.
const MESSAGE_START: usize = 40;
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
    /// Each participant starts in this language.
    ParticipantLanguage(&'static str),
    /// The staff screens speak this language.
    StaffLanguage(&'static str),
    /// Read every screen aloud as it opens (or not).
    SpeakScreens(bool),
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
    /// The languages the booth offers.
    pub languages: &'a [&'static Language],
    /// Where the booth's speech goes.
    pub speech: &'a Output,
    /// Whether every screen is read aloud as it opens.
    pub speak_screens: bool,
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
    k: &mut Kit<'_>,
    view: &StaffView<'_>,
    inputs: &mut StaffInputs,
) -> Option<StaffAction> {
    let mut action = header(ui, k, view);
    ui.separator();
    let left = |ui: &mut egui::Ui, k: &mut Kit<'_>, inputs: &mut StaffInputs| {
        let mut action = printer(ui, k, view.snapshot);
        ui.separator();
        action = action.or(recent(ui, k, view.snapshot, inputs));
        ui.separator();
        action.or(queue(ui, k, view.snapshot))
    };
    let right = |ui: &mut egui::Ui, k: &mut Kit<'_>, inputs: &mut StaffInputs| {
        let action = devices(ui, k, view);
        ui.separator();
        action.or(consent(ui, k, view, inputs))
    };
    if ui.available_width() >= 1200.0 {
        ui.columns(2, |columns| {
            let [l, r] = columns else { return };
            egui::ScrollArea::vertical()
                .id_salt("staff left")
                .show(l, |ui| action = action.take().or(left(ui, k, inputs)));
            egui::ScrollArea::vertical()
                .id_salt("staff right")
                .show(r, |ui| action = action.take().or(right(ui, k, inputs)));
        });
    } else {
        egui::ScrollArea::vertical()
            .id_salt("staff")
            .show(ui, |ui| {
                action = action.take().or(left(ui, k, inputs));
                ui.separator();
                action = action.take().or(right(ui, k, inputs));
            });
    }
    action
}

/// A section's heading.
fn heading(ui: &mut egui::Ui, k: &mut Kit<'_>, id: &str) {
    let text = k.t(id);
    k.label(ui, &text, Look::new(28.0, Tone::Ink).bold());
}

/// Plain words of the staff screen.
fn line(ui: &mut egui::Ui, k: &mut Kit<'_>, text: &str) {
    k.label(ui, text, Look::new(24.0, Tone::Ink));
}

/// Words about something wrong.
fn warn(ui: &mut egui::Ui, k: &mut Kit<'_>, text: &str) {
    k.label(ui, text, Look::new(24.0, Tone::Warning));
}

/// A button of the staff screen, `text` in the staff's words.
fn button(ui: &mut egui::Ui, k: &mut Kit<'_>, text: &str) -> bool {
    k.button(ui, text, ButtonLook::small()).clicked()
}

/// Choices in a wrapped row, the chosen one drawn pressed in; returns the one pressed.
fn choices<T: Clone>(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    options: &[(T, String)],
    chosen: impl Fn(&T) -> bool,
) -> Option<T> {
    let mut pressed = None;
    wrapped_row(ui, k.rtl(), |ui| {
        for (value, text) in options {
            if k.button(ui, text, ButtonLook::small().on(chosen(value)))
                .clicked()
            {
                pressed = Some(value.clone());
            }
        }
    });
    pressed
}

fn header(ui: &mut egui::Ui, k: &mut Kit<'_>, view: &StaffView<'_>) -> Option<StaffAction> {
    let mut action = None;
    wrapped_row(ui, k.rtl(), |ui| {
        let title = k.t("staff-title");
        k.label(ui, &title, Look::new(44.0, Tone::Ink).bold());
        let back = k.t("staff-back");
        if button(ui, k, &back) {
            action = Some(StaffAction::Back);
        }
        if view.confirm_exit {
            let question = k.t("staff-exit-question");
            k.label(ui, &question, Look::new(24.0, Tone::Warning));
            let (yes, no) = (k.t("staff-exit-yes"), k.t("staff-exit-no"));
            if button(ui, k, &yes) {
                action = Some(StaffAction::Exit);
            }
            if button(ui, k, &no) {
                action = Some(StaffAction::ConfirmExit(false));
            }
        } else {
            let exit = k.t("staff-exit");
            if button(ui, k, &exit) {
                action = Some(StaffAction::ConfirmExit(true));
            }
        }
    });
    // A line each, always there, so nothing below moves when they change (a long one
    // wraps rather than hiding its end).
    let fixed = |ui: &mut egui::Ui, k: &mut Kit<'_>, text: &str, look: Look| {
        ui.allocate_ui(egui::vec2(ui.available_width(), LINE), |ui| {
            ui.set_min_size(egui::vec2(ui.available_width(), LINE));
            if !text.is_empty() {
                k.label(ui, text, look);
            }
        });
    };
    let counts = view
        .snapshot
        .counts
        .map(|(taken, sent)| {
            k.t_with(
                "staff-today",
                &[("taken", taken.into()), ("sent", sent.into())],
            )
        })
        .unwrap_or_default();
    fixed(ui, k, &counts, Look::new(24.0, Tone::Ink));
    fixed(ui, k, view.note, Look::new(24.0, Tone::Ink).bold());
    let problem = view.snapshot.problem.as_deref().unwrap_or_default();
    fixed(ui, k, problem, Look::new(24.0, Tone::Warning));
    action
}

fn printer(ui: &mut egui::Ui, k: &mut Kit<'_>, snap: &StaffSnapshot) -> Option<StaffAction> {
    heading(ui, k, "staff-printer");
    let mut action = printer_choice(ui, k, snap);
    let p = match &snap.printer {
        None => {
            ui.spinner();
            return None;
        }
        Some(Err(e)) => {
            warn(ui, k, e);
            return action;
        }
        Some(Ok(p)) => p,
    };
    let state = match p.state {
        PrinterState::Idle => "idle",
        PrinterState::Processing => "processing",
        PrinterState::Stopped => "stopped",
    };
    let queue = ("queue", p.name.as_str().into());
    let trouble = p.state == PrinterState::Stopped || !p.accepting;
    let status = k.t_with(
        "staff-printer-state",
        &[queue.clone(), ("state", state.into())],
    );
    if trouble {
        warn(ui, k, &status);
    } else {
        line(ui, k, &status);
    }
    if !p.accepting {
        let refusing = k.t_with("staff-printer-refusing", &[queue]);
        warn(ui, k, &refusing);
    }
    for reason in p
        .reasons
        .iter()
        .chain(Some(&p.message).filter(|m| !m.is_empty()))
    {
        warn(ui, k, &format!("• {reason}"));
    }
    let resume = k.t("staff-resume");
    if trouble && button(ui, k, &resume) {
        action = Some(StaffAction::Resume(p.name.clone()));
    }
    action
}

/// The queue cards go to, chosen from those CUPS has.
fn printer_choice(ui: &mut egui::Ui, k: &mut Kit<'_>, snap: &StaffSnapshot) -> Option<StaffAction> {
    let queues = match &snap.queues {
        Ok(queues) => queues,
        Err(e) => {
            warn(ui, k, e);
            return None;
        }
    };
    let label = k.t("staff-print-to");
    line(ui, k, &label);
    let default = k.t("staff-default-printer");
    let mut options = vec![(String::new(), default)];
    options.extend(queues.iter().map(|q| (q.clone(), q.clone())));
    if !options.iter().any(|(q, _)| *q == snap.printer_setting) {
        options.push((snap.printer_setting.clone(), snap.printer_setting.clone()));
    }
    choices(ui, k, &options, |q| *q == snap.printer_setting)
        .filter(|q| *q != snap.printer_setting)
        .map(StaffAction::Printer)
}

fn queue(ui: &mut egui::Ui, k: &mut Kit<'_>, snap: &StaffSnapshot) -> Option<StaffAction> {
    heading(ui, k, "staff-queue");
    if snap.queue.is_empty() {
        let empty = k.t("staff-queue-empty");
        line(ui, k, &empty);
    }
    let mut action = None;
    let (retry, cancel) = (k.t("staff-retry"), k.t("staff-cancel-print"));
    for (id, entry) in &snap.queue {
        let state = match &entry.reason {
            Some(reason) => format!("{} ({reason})", entry.state),
            None => entry.state.to_string(),
        };
        let text = k.t_with(
            "staff-queue-line",
            &[
                ("card", id.to_string().into()),
                ("printer", entry.printer.as_str().into()),
                ("state", state.into()),
            ],
        );
        line(ui, k, &text);
        row(ui, k.rtl(), |ui| {
            if button(ui, k, &retry) {
                action = Some(StaffAction::Retry(*id));
            }
            if button(ui, k, &cancel) {
                action = Some(StaffAction::CancelPrint(*id));
            }
        });
    }
    action
}

fn recent(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    snap: &StaffSnapshot,
    inputs: &mut StaffInputs,
) -> Option<StaffAction> {
    heading(ui, k, "staff-recent");
    row(ui, k.rtl(), |ui| {
        let (fewer, more) = (k.t("staff-fewer"), k.t("staff-more"));
        let copies = k.t_with("staff-copies", &[("copies", inputs.copies.into())]);
        if k.icon_button(ui, "−", &fewer, ButtonLook::small())
            .clicked()
        {
            inputs.copies = (inputs.copies - 1).max(1);
        }
        k.label(ui, &copies, Look::new(24.0, Tone::Ink));
        if k.icon_button(ui, "+", &more, ButtonLook::small()).clicked() {
            inputs.copies = (inputs.copies + 1).min(10);
        }
    });
    let mut action = None;
    let (reprint, consent, no_name) = (
        k.t("staff-reprint"),
        k.t("staff-consent"),
        k.t("staff-no-name"),
    );
    for record in &snap.recent {
        let time = local_time(&record.created_at, format_description!("[hour]:[minute]"));
        let name = record.name.as_deref().unwrap_or(&no_name);
        // The start of each message: the list keeps one line per card, so nothing moves.
        let mut message: String = record.message.chars().take(MESSAGE_START).collect();
        if record.message.chars().count() > MESSAGE_START {
            message.push('…');
        }
        row(ui, k.rtl(), |ui| {
            if button(ui, k, &reprint) {
                action = Some(StaffAction::Reprint(record.id, inputs.copies));
            }
            if button(ui, k, &consent) {
                inputs.lookup_id = record.id.to_string();
                action = Some(StaffAction::LookUp(inputs.lookup_id.clone()));
            }
            let text = format!("{time} · {name} · {}", message.replace('\n', " "));
            k.label(ui, &text, Look::new(22.0, Tone::Ink));
        });
    }
    action
}

fn devices(ui: &mut egui::Ui, k: &mut Kit<'_>, view: &StaffView<'_>) -> Option<StaffAction> {
    let mut action = None;
    heading(ui, k, "staff-devices");
    let (choice, status) = view.camera;
    let camera = ("camera", choice.to_string().into());
    let state = match status {
        CameraStatus::Starting => k.t_with("staff-camera-starting", &[camera]),
        CameraStatus::Live { source } => k.t_with(
            "staff-camera-showing",
            &[camera, ("source", source.as_str().into())],
        ),
        CameraStatus::Unavailable { reason } => k.t_with(
            "staff-camera-unavailable",
            &[camera, ("reason", reason.as_str().into())],
        ),
    };
    line(ui, k, &state);
    let mut cameras = vec![CameraChoice::Auto, CameraChoice::Demo];
    cameras.extend(
        view.snapshot
            .webcams
            .iter()
            .map(|(i, _)| CameraChoice::Webcam(*i)),
    );
    if !cameras.contains(choice) {
        cameras.push(choice.clone());
    }
    let options: Vec<(CameraChoice, String)> = cameras
        .into_iter()
        .map(|c| (c.clone(), c.to_string()))
        .collect();
    if let Some(camera) = choices(ui, k, &options, |c| c == choice).filter(|c| c != choice) {
        action = Some(StaffAction::Camera(camera));
    }

    heading(ui, k, "staff-layout");
    let layouts: Vec<(String, String)> = Layout::builtin_names()
        .map(|n| (n.to_string(), n.to_string()))
        .collect();
    let current = &view.snapshot.layout;
    if let Some(layout) = choices(ui, k, &layouts, |n| n == current).filter(|n| n != current) {
        action = Some(StaffAction::Layout(layout));
    }

    heading(ui, k, "staff-keyboards");
    let note = k.t("staff-keyboards-note");
    k.label(ui, &note, Look::new(20.0, Tone::Ink));
    let chosen = &view.snapshot.keyboards;
    let keyboards: Vec<(String, String)> = KeyboardLayout::builtin_names()
        .map(|n| {
            let title = KeyboardLayout::find(n).map_or(n.to_string(), |k| k.name);
            (n.to_string(), title)
        })
        .collect();
    if let Some(name) = choices(ui, k, &keyboards, |n| chosen.contains(n)) {
        let mut next: Vec<String> = chosen.iter().filter(|k| **k != name).cloned().collect();
        if !chosen.contains(&name) {
            next.push(name);
        }
        if !next.is_empty() {
            action = Some(StaffAction::Keyboards(next));
        }
    }

    let languages: Vec<(&'static str, String)> = view
        .languages
        .iter()
        .map(|l| (l.tag, l.name.clone()))
        .collect();
    heading(ui, k, "staff-participant-language");
    let participant = &view.snapshot.language;
    if let Some(tag) = choices(ui, k, &languages, |t| t == participant).filter(|t| t != participant)
    {
        action = Some(StaffAction::ParticipantLanguage(tag));
    }
    heading(ui, k, "staff-language");
    let staff = &view.snapshot.staff_language;
    if let Some(tag) = choices(ui, k, &languages, |t| t == staff).filter(|t| t != staff) {
        action = Some(StaffAction::StaffLanguage(tag));
    }
    action.or(speech(ui, k, view))
}

/// Where speech goes, which languages have no voice, and speaking every screen.
fn speech(ui: &mut egui::Ui, k: &mut Kit<'_>, view: &StaffView<'_>) -> Option<StaffAction> {
    heading(ui, k, "staff-speech");
    let output = match view.speech {
        Output::Device => k.t("staff-speech-device"),
        Output::Folder(dir) => k.t_with(
            "staff-speech-folder",
            &[("folder", dir.display().to_string().into())],
        ),
        Output::Nowhere(reason) => k.t_with(
            "staff-speech-nowhere",
            &[("reason", reason.as_str().into())],
        ),
    };
    if view.speech.works() {
        line(ui, k, &output);
    } else {
        warn(ui, k, &output);
    }
    let silent: Vec<&str> = view
        .languages
        .iter()
        .filter(|l| voice_for(l.tag).is_none())
        .map(|l| l.name.as_str())
        .collect();
    if !silent.is_empty() {
        let text = k.t_with("staff-no-voice", &[("languages", silent.join(", ").into())]);
        line(ui, k, &text);
    }
    let speak = k.t("staff-speak-screens");
    k.button(ui, &speak, ButtonLook::small().on(view.speak_screens))
        .clicked()
        .then_some(StaffAction::SpeakScreens(!view.speak_screens))
}

fn consent(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    view: &StaffView<'_>,
    inputs: &mut StaffInputs,
) -> Option<StaffAction> {
    let mut action = None;
    heading(ui, k, "staff-lookup-title");
    let label = k.t("staff-card-id");
    k.caption(ui, &label, Look::new(24.0, Tone::Ink));
    let look_up = k.t("staff-look-up");
    let input = LineInput {
        masked: false,
        digits_only: false,
        max_chars: 64,
        always_focused: false,
    };
    let width = ui.available_width();
    let (_, submitted) = k.line_input(ui, &label, &mut inputs.lookup_id, input, width);
    if button(ui, k, &look_up) || submitted {
        action = Some(StaffAction::LookUp(inputs.lookup_id.clone()));
    }
    let record = match view.looked_up {
        None => return action,
        Some(Err(e)) => {
            warn(ui, k, e);
            return action;
        }
        Some(Ok(record)) => record,
    };
    let no_name = k.t("staff-no-name");
    let summary = format!(
        "{} · {} · \"{}\"",
        local_time(
            &record.created_at,
            format_description!("[day] [month repr:short] [hour]:[minute]")
        ),
        record.name.as_deref().unwrap_or(&no_name),
        record.message.chars().take(60).collect::<String>()
    );
    line(ui, k, &summary);
    for u in Use::ALL {
        let agreed = record.consent.allows(u);
        let use_word = ("use", use_key(u).into());
        let text = k.t_with(
            "staff-consent-line",
            &[
                use_word.clone(),
                ("agreed", if agreed { "yes" } else { "no" }.into()),
            ],
        );
        row(ui, k.rtl(), |ui| {
            k.label(ui, &text, Look::new(24.0, Tone::Ink));
            let withdraw = k.t_with("staff-withdraw", &[use_word]);
            if agreed && button(ui, k, &withdraw) {
                action = Some(StaffAction::Withdraw(record.id, u));
            }
        });
    }
    let erase = k.t(if view.confirm_erase {
        "staff-erase-confirm"
    } else {
        "staff-erase"
    });
    if k.button(ui, &erase, ButtonLook::small().on(view.confirm_erase))
        .clicked()
    {
        action = Some(StaffAction::Erase(record.id));
    }
    action
}

/// A use's word in the staff messages' selectors.
fn use_key(u: Use) -> &'static str {
    match u {
        Use::Print => "print",
        Use::Archive => "archive",
        Use::Exhibition => "exhibition",
        Use::Social => "social",
    }
}

/// An archive time in the booth's local time, e.g. "14:05".
fn local_time(
    at: &Timestamp,
    format: &[time::format_description::BorrowedFormatItem<'_>],
) -> String {
    at.local().format(format).unwrap_or_else(|_| at.to_string())
}
