//! Staff mode: opened with F12 or five quick taps in the top-left corner, behind the PIN.
//! Printer state, the print queue, reprints, camera and layout choice, today's counters,
//! consent lookup and erasure, and leaving the kiosk. Every action is a job for the worker.

use std::path::Path;

use egui::{RichText, Vec2};
use time::macros::format_description;

use crate::archive::printing::PrintOutcome;
use crate::archive::{CardId, CardRecord, PrintEntry, Use};
use crate::capture::{CameraChoice, CameraStatus, LiveCamera, list_webcams};
use crate::card::Layout;
use crate::print::{PrinterState, PrinterStatus};

use super::booth::{Booth, Pending, Worker};
use super::config::Config;
use super::look::WARNING;
use super::pin::{PinGate, PinVerdict};
use super::strings::ENGLISH;

/// Taps in the corner that open the PIN pad, and the time they must fall within.
const CORNER_TAPS: usize = 5;
const CORNER_SECONDS: f64 = 4.0;
const CORNER_SIZE: f32 = 90.0;
/// How often the staff screen refreshes what it shows.
const REFRESH_SECONDS: f64 = 3.0;

/// What staff mode may change outside itself.
pub(super) struct Services<'a> {
    pub worker: &'a Worker,
    pub camera: &'a mut LiveCamera,
    pub config: &'a mut Config,
    pub config_path: Option<&'a Path>,
    pub may_close: &'a mut bool,
}

/// What the staff screen shows, gathered by the worker.
#[derive(Default)]
struct Snapshot {
    printer: Option<Result<PrinterStatus, String>>,
    queue: Vec<(CardId, PrintEntry)>,
    recent: Vec<CardRecord>,
    counts: Option<(usize, usize)>,
    /// Webcams the system lists (asking opens every video device, so not every frame).
    webcams: Vec<(u32, String)>,
    problem: Option<String>,
}

enum Mode {
    Closed,
    Pin {
        entered: String,
        verdict: Option<PinVerdict>,
    },
    Open,
}

/// Staff mode's state.
pub(super) struct Staff {
    mode: Mode,
    gate: PinGate,
    taps: Vec<f64>,
    snapshot: Snapshot,
    refreshing: Option<Pending<Snapshot>>,
    refreshed_at: f64,
    action: Option<Pending<String>>,
    note: String,
    copies: u32,
    lookup_id: String,
    looked_up: Option<Result<CardRecord, String>>,
    confirm_erase: bool,
}

impl Staff {
    pub(super) fn new(pin_hash: &str) -> Staff {
        Staff {
            mode: Mode::Closed,
            gate: PinGate::new(pin_hash),
            taps: Vec::new(),
            snapshot: Snapshot::default(),
            refreshing: None,
            refreshed_at: f64::NEG_INFINITY,
            action: None,
            note: String::new(),
            copies: 1,
            lookup_id: String::new(),
            looked_up: None,
            confirm_erase: false,
        }
    }

    /// Whether the PIN pad or the staff screen is showing.
    pub(super) fn is_open(&self) -> bool {
        !matches!(self.mode, Mode::Closed)
    }

    fn ask_pin(&mut self) {
        if matches!(self.mode, Mode::Closed) {
            self.mode = Mode::Pin {
                entered: String::new(),
                verdict: None,
            };
        }
    }

    /// F12 opens the PIN pad.
    pub(super) fn keys(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.key_pressed(egui::Key::F12)) {
            self.ask_pin();
        }
    }

    /// Counts quick taps in the top-left corner; true when they open the PIN pad.
    pub(super) fn corner_tapped(&mut self, ui: &egui::Ui, now: f64) -> bool {
        let corner = egui::Rect::from_min_size(ui.max_rect().min, Vec2::splat(CORNER_SIZE));
        let tapped = ui.input(|i| {
            i.pointer.any_pressed() && i.pointer.interact_pos().is_some_and(|p| corner.contains(p))
        });
        if tapped {
            self.taps.retain(|t| now - t < CORNER_SECONDS);
            self.taps.push(now);
            if self.taps.len() >= CORNER_TAPS {
                self.taps.clear();
                self.ask_pin();
                return true;
            }
        }
        false
    }

    /// Draws the PIN pad or the staff screen.
    pub(super) fn show(&mut self, ui: &mut egui::Ui, now: f64, services: &mut Services<'_>) {
        if let Mode::Pin { .. } = self.mode {
            self.pin_pad(ui, now);
            return;
        }
        self.poll(now, services.worker);
        self.header(ui, services);
        ui.separator();
        ui.columns(2, |columns| {
            egui::ScrollArea::vertical()
                .id_salt("staff left")
                .show(&mut columns[0], |ui| {
                    self.printer(ui, services);
                    ui.separator();
                    self.queue(ui, services);
                    ui.separator();
                    self.recent(ui, services);
                });
            egui::ScrollArea::vertical()
                .id_salt("staff right")
                .show(&mut columns[1], |ui| {
                    self.devices(ui, services);
                    ui.separator();
                    self.consent(ui, services);
                });
        });
    }

    fn pin_pad(&mut self, ui: &mut egui::Ui, now: f64) {
        let s = &ENGLISH;
        let Mode::Pin { entered, verdict } = &mut self.mode else {
            return;
        };
        let mut submit = false;
        let mut cancel = false;
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.heading(s.staff_pin_title);
            let label = ui.label(s.pin_label);
            let field = ui
                .add(
                    egui::TextEdit::singleline(entered)
                        .password(true)
                        .char_limit(12)
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                submit = true;
            }
            field.request_focus();
            for row in [
                ["1", "2", "3"],
                ["4", "5", "6"],
                ["7", "8", "9"],
                [ENGLISH.key_delete, "0", ENGLISH.key_ok],
            ] {
                ui.horizontal(|ui| {
                    ui.add_space((ui.available_width() - 3.0 * 110.0) / 2.0);
                    for key in row {
                        if ui
                            .add_sized(
                                [96.0, 80.0],
                                egui::Button::new(RichText::new(key).size(34.0)),
                            )
                            .clicked()
                        {
                            match key {
                                k if k == ENGLISH.key_delete => {
                                    entered.pop();
                                }
                                k if k == ENGLISH.key_ok => submit = true,
                                digit if entered.len() < 12 => entered.push_str(digit),
                                _ => {}
                            }
                        }
                    }
                });
            }
            match verdict {
                Some(PinVerdict::Wrong { tries_left }) => {
                    ui.colored_label(WARNING, format!("{} {tries_left}", s.pin_wrong));
                }
                Some(PinVerdict::Paused { seconds }) => {
                    ui.colored_label(WARNING, format!("{} {seconds}", s.pin_paused));
                }
                Some(PinVerdict::NotSet) => {
                    ui.colored_label(WARNING, s.pin_not_set);
                }
                Some(PinVerdict::Accepted) | None => {}
            }
            if ui.button(s.cancel).clicked() {
                cancel = true;
            }
        });
        if cancel {
            self.mode = Mode::Closed;
        } else if submit {
            let result = self.gate.check(entered, now);
            entered.clear();
            if result == PinVerdict::Accepted {
                tracing::info!("staff mode opened");
                self.mode = Mode::Open;
                self.refreshed_at = f64::NEG_INFINITY;
            } else {
                tracing::warn!("staff PIN refused: {result:?}");
                *verdict = Some(result);
            }
        }
    }

    /// Collects finished jobs and refreshes the snapshot every few seconds.
    fn poll(&mut self, now: f64, worker: &Worker) {
        if let Some(answer) = self.refreshing.as_ref().and_then(Pending::poll) {
            self.refreshing = None;
            self.snapshot = answer.unwrap_or_default();
        }
        if let Some(answer) = self.action.as_ref().and_then(Pending::poll) {
            self.action = None;
            self.note = answer.unwrap_or_else(|| ENGLISH.staff_worker_stopped.into());
            self.refreshed_at = f64::NEG_INFINITY;
        }
        if self.refreshing.is_none() && now - self.refreshed_at > REFRESH_SECONDS {
            self.refreshed_at = now;
            self.refreshing = Some(worker.run(snapshot));
        }
    }

    fn act(&mut self, worker: &Worker, job: impl FnOnce(&mut Booth) -> String + Send + 'static) {
        if self.action.is_none() {
            self.note = "…".into();
            self.action = Some(worker.run(job));
        }
    }

    fn header(&mut self, ui: &mut egui::Ui, services: &mut Services<'_>) {
        ui.horizontal(|ui| {
            ui.heading(ENGLISH.staff_title);
            if ui.button(ENGLISH.staff_back).clicked() {
                self.mode = Mode::Closed;
                self.looked_up = None;
                self.lookup_id.clear();
            }
            if ui.button(ENGLISH.staff_exit).clicked() {
                *services.may_close = true;
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
        if let Some((taken, printed)) = self.snapshot.counts {
            ui.label(format!(
                "{} {taken} · {} {printed}",
                ENGLISH.staff_taken_today, ENGLISH.staff_sent_today
            ));
        }
        if !self.note.is_empty() {
            ui.label(RichText::new(&self.note).strong());
        }
        if let Some(problem) = &self.snapshot.problem {
            ui.colored_label(WARNING, problem);
        }
    }

    fn printer(&mut self, ui: &mut egui::Ui, services: &mut Services<'_>) {
        ui.label(RichText::new(ENGLISH.staff_printer).strong());
        match &self.snapshot.printer {
            None => {
                ui.spinner();
            }
            Some(Err(e)) => {
                ui.colored_label(WARNING, e);
            }
            Some(Ok(p)) => {
                let state = match p.state {
                    PrinterState::Idle => ENGLISH.printer_ready,
                    PrinterState::Processing => ENGLISH.printer_printing,
                    PrinterState::Stopped => ENGLISH.printer_stopped,
                };
                let accepting = if p.accepting {
                    String::new()
                } else {
                    format!(", {}", ENGLISH.printer_not_accepting)
                };
                let line = format!("{}: {state}{accepting}", p.name);
                if p.state == PrinterState::Stopped || !p.accepting {
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
                if (p.state == PrinterState::Stopped || !p.accepting)
                    && ui.button(ENGLISH.staff_resume).clicked()
                {
                    let queue = p.name.clone();
                    self.act(services.worker, move |b| match b.cups.resume(&queue) {
                        Ok(()) => format!("{queue} {}", ENGLISH.staff_resumed),
                        Err(e) => e.to_string(),
                    });
                }
            }
        }
    }

    fn queue(&mut self, ui: &mut egui::Ui, services: &mut Services<'_>) {
        ui.label(RichText::new(ENGLISH.staff_queue).strong());
        if self.snapshot.queue.is_empty() {
            ui.label(ENGLISH.staff_queue_empty);
        }
        let mut job: Option<(CardId, bool)> = None;
        for (id, entry) in &self.snapshot.queue {
            ui.horizontal(|ui| {
                if ui.button(ENGLISH.staff_retry).clicked() {
                    job = Some((*id, true));
                }
                if ui.button(ENGLISH.staff_cancel_print).clicked() {
                    job = Some((*id, false));
                }
                let reason = entry
                    .reason
                    .as_deref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default();
                let line = format!(
                    "{}{reason} · {} · {} {id}",
                    entry.state, entry.printer, ENGLISH.staff_card
                );
                ui.add(egui::Label::new(line).truncate());
            });
        }
        match job {
            Some((id, true)) => self.act(services.worker, move |b| {
                match b.archive.retry_print(&b.cups, id) {
                    Ok(outcome) => describe(&outcome),
                    Err(e) => e.to_string(),
                }
            }),
            Some((id, false)) => self.act(services.worker, move |b| {
                match b.archive.cancel_print(&b.cups, id) {
                    Ok(true) => format!(
                        "{} {id}: {}",
                        ENGLISH.staff_card, ENGLISH.staff_print_cancelled
                    ),
                    Ok(false) => format!(
                        "{} {id}: {}",
                        ENGLISH.staff_card, ENGLISH.staff_nothing_to_cancel
                    ),
                    Err(e) => e.to_string(),
                }
            }),
            None => {}
        }
    }

    fn recent(&mut self, ui: &mut egui::Ui, services: &mut Services<'_>) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(ENGLISH.staff_recent).strong());
            ui.label(ENGLISH.staff_copies);
            ui.add(egui::DragValue::new(&mut self.copies).range(1..=10));
        });
        let mut reprint = None;
        let mut lookup = None;
        for record in &self.snapshot.recent {
            ui.horizontal(|ui| {
                if ui.button(ENGLISH.staff_reprint).clicked() {
                    reprint = Some(record.id);
                }
                if ui.button(ENGLISH.staff_consent).clicked() {
                    lookup = Some(record.id);
                }
                let time = local_time(&record.created_at, format_description!("[hour]:[minute]"));
                let name = record.name.as_deref().unwrap_or("—");
                ui.add(
                    egui::Label::new(format!("{time} · {name} · {}", record.message)).truncate(),
                );
            });
        }
        if let Some(id) = lookup {
            self.lookup_id = id.to_string();
            self.look_up(services.worker);
        }
        if let Some(id) = reprint {
            let copies = self.copies;
            self.act(services.worker, move |b| {
                let queue = b.config.printer_queue().map(str::to_string);
                match b.archive.print(&b.cups, id, queue.as_deref(), copies) {
                    Ok(outcome) => describe(&outcome),
                    Err(e) => e.to_string(),
                }
            });
        }
    }

    fn devices(&mut self, ui: &mut egui::Ui, services: &mut Services<'_>) {
        ui.label(RichText::new(ENGLISH.staff_devices).strong());
        let state = match services.camera.latest().1 {
            CameraStatus::Starting => ENGLISH.camera_starting.to_string(),
            CameraStatus::Live { source } => format!("{} {source}", ENGLISH.camera_showing),
            CameraStatus::Unavailable { reason } => {
                format!("{} {reason}", ENGLISH.camera_is_unavailable)
            }
        };
        ui.label(format!(
            "{} {}: {state}",
            ENGLISH.staff_camera,
            services.camera.choice()
        ));
        let mut choices = vec![CameraChoice::Auto, CameraChoice::Demo];
        choices.extend(
            self.snapshot
                .webcams
                .iter()
                .map(|(i, _)| CameraChoice::Webcam(*i)),
        );
        if !choices.contains(&services.config.camera) {
            choices.push(services.config.camera.clone());
        }
        let mut camera = services.camera.choice().clone();
        egui::ComboBox::from_label(ENGLISH.staff_camera)
            .selected_text(camera.to_string())
            .show_ui(ui, |ui| {
                for choice in choices {
                    let text = choice.to_string();
                    ui.selectable_value(&mut camera, choice, text);
                }
            });
        if &camera != services.camera.choice() {
            let started = LiveCamera::start(camera.clone());
            super::app::wake_on_pictures(&started, ui.ctx());
            *services.camera = started;
            services.config.camera = camera.clone();
            self.note = save(services.config_path, "camera", &camera.to_string());
        }
        let mut layout = services.config.layout.clone();
        egui::ComboBox::from_label(ENGLISH.staff_layout)
            .selected_text(layout.clone())
            .show_ui(ui, |ui| {
                for name in Layout::builtin_names() {
                    ui.selectable_value(&mut layout, name.to_string(), name);
                }
            });
        if layout != services.config.layout {
            services.config.layout = layout.clone();
            let path = services.config_path.map(Path::to_path_buf);
            self.act(services.worker, move |b| match Layout::find(&layout) {
                Ok(found) => {
                    b.layout = found;
                    b.config.layout = layout.clone();
                    save(path.as_deref(), "layout", &layout)
                }
                Err(e) => e.to_string(),
            });
        }
    }

    /// Shows the consent of the card whose id is in the lookup box.
    fn look_up(&mut self, worker: &Worker) {
        self.confirm_erase = false;
        let id = self
            .lookup_id
            .trim()
            .parse::<CardId>()
            .map_err(|e| e.to_string());
        self.looked_up = Some(id.and_then(|id| {
            wait(worker.run(move |b| b.archive.get(id).map_err(|e| e.to_string())))
        }));
    }

    fn consent(&mut self, ui: &mut egui::Ui, services: &mut Services<'_>) {
        ui.label(RichText::new(ENGLISH.staff_lookup_title).strong());
        ui.horizontal(|ui| {
            let label = ui.label(ENGLISH.staff_card_id);
            ui.add(
                egui::TextEdit::singleline(&mut self.lookup_id)
                    .desired_width(ui.available_width() - 200.0),
            )
            .labelled_by(label.id);
            if ui.button(ENGLISH.staff_look_up).clicked() {
                self.look_up(services.worker);
            }
        });
        let Some(found) = &self.looked_up else {
            return;
        };
        let record = match found {
            Ok(record) => record.clone(),
            Err(e) => {
                ui.colored_label(WARNING, e);
                return;
            }
        };
        ui.label(format!(
            "{} · {} · \"{}\"",
            local_time(
                &record.created_at,
                format_description!("[day] [month repr:short] [hour]:[minute]")
            ),
            record.name.as_deref().unwrap_or(ENGLISH.staff_no_name),
            record.message.chars().take(60).collect::<String>()
        ));
        let mut withdraw = None;
        for u in Use::ALL {
            ui.horizontal(|ui| {
                let agreed = record.consent.allows(u);
                let answer = if agreed {
                    ENGLISH.consent_agreed
                } else {
                    ENGLISH.consent_not_agreed
                };
                ui.label(format!("{u:?}: {answer}"));
                if agreed
                    && ui
                        .button(format!("{} {u:?}", ENGLISH.staff_withdraw))
                        .clicked()
                {
                    withdraw = Some(u);
                }
            });
        }
        let id = record.id;
        if let Some(u) = withdraw {
            self.looked_up =
                Some(wait(services.worker.run(move |b| {
                    b.archive.withdraw_consent(id, u).map_err(|e| e.to_string())
                })));
        }
        let erase_text = if self.confirm_erase {
            ENGLISH.staff_erase_confirm
        } else {
            ENGLISH.staff_erase
        };
        if ui
            .add(egui::Button::new(RichText::new(erase_text).color(WARNING)))
            .clicked()
        {
            if self.confirm_erase {
                self.looked_up = None;
                self.confirm_erase = false;
                self.act(services.worker, move |b| match b.archive.erase(id) {
                    Ok(removed) => format!(
                        "{} {id} {} {}",
                        ENGLISH.staff_card,
                        ENGLISH.staff_erased,
                        removed.len()
                    ),
                    Err(e) => e.to_string(),
                });
            } else {
                self.confirm_erase = true;
            }
        }
    }
}

/// Waits for a quick worker job (an archive lookup) the staff screen needs at once.
fn wait<T>(pending: Pending<Result<T, String>>) -> Result<T, String> {
    loop {
        if let Some(answer) = pending.poll() {
            return answer.unwrap_or_else(|| Err(ENGLISH.staff_worker_stopped.into()));
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

fn snapshot(b: &mut Booth) -> Snapshot {
    let mut snap = Snapshot {
        webcams: list_webcams(),
        ..Snapshot::default()
    };
    let queue = match b.config.printer_queue() {
        Some(q) => Ok(q.to_string()),
        None => b.cups.default_queue().map_err(|e| e.to_string()),
    };
    snap.printer = Some(queue.and_then(|q| b.cups.printer(&q).map_err(|e| e.to_string())));
    let problems: Vec<String> = [
        b.archive.print_queue(&b.cups).map(|q| snap.queue = q).err(),
        b.archive.recent(8).map(|r| snap.recent = r).err(),
        b.counts_today().map(|c| snap.counts = Some(c)).err(),
    ]
    .into_iter()
    .flatten()
    .map(|e| e.to_string())
    .collect();
    snap.problem = (!problems.is_empty()).then(|| problems.join("; "));
    snap
}

/// What a print request did, in words.
fn describe(outcome: &PrintOutcome) -> String {
    match outcome {
        PrintOutcome::Submitted { queue, job } => {
            format!(
                "{} {queue} ({} {job})",
                ENGLISH.staff_sent_to, ENGLISH.staff_job
            )
        }
        PrintOutcome::AlreadyQueued(entry) => format!(
            "{} {} {} {}",
            ENGLISH.staff_not_sent_again, entry.state, ENGLISH.staff_on, entry.printer
        ),
    }
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

/// Writes a staff choice into the config file, so it holds after a restart.
fn save(path: Option<&Path>, key: &str, value: &str) -> String {
    let s = &ENGLISH;
    let done = format!("{key} {} {value}", s.staff_set_to);
    match path {
        Some(path) => match Config::save_setting(path, key, value) {
            Ok(()) => format!("{done} ({} {})", s.staff_saved_in, path.display()),
            Err(e) => format!("{done}, {} {}: {e}", s.staff_not_written, path.display()),
        },
        None => format!("{done} {}", s.staff_this_session),
    }
}
