//! The kiosk app: one screen per step of the participant flow, staff mode on top. Drawing
//! and input only; the work is done by the booth's worker.

use std::path::PathBuf;

use egui::load::SizedTexture;
use egui::{Align2, Color32, ColorImage, FontId, RichText, TextureHandle, TextureOptions, Vec2};
use image::RgbImage;

use crate::capture::{CameraStatus, Frame, LiveCamera};

use super::booth::{Booth, Draft, MessageFit, NotSaved, Pending, Printed, Worker, screen_copy};
use super::config::Config;
use super::flow::{Due, Flow, FlowSettings, Step};
use super::look::{ACCENT, BUTTON_HEIGHT, WARNING};
use super::staff::Staff;
use super::strings::{ENGLISH, Strings};

/// Longest message the entry box takes (the card engine decides what fits; this only
/// stops a pasted book from reaching it).
const MAX_MESSAGE_CHARS: usize = 600;
const MAX_NAME_CHARS: usize = 40;

/// A texture that a changing picture is uploaded into in place.
#[derive(Default)]
pub(super) struct Picture {
    texture: Option<TextureHandle>,
}

impl Picture {
    /// Uploads `image`, reusing the texture when the size is unchanged.
    pub(super) fn set(&mut self, ctx: &egui::Context, name: &str, image: &RgbImage) {
        let size = [image.width() as usize, image.height() as usize];
        let pixels = ColorImage::from_rgb(size, image.as_raw());
        match &mut self.texture {
            Some(tex) if tex.size() == size => {
                tex.set_partial([0, 0], pixels, TextureOptions::LINEAR)
            }
            _ => self.texture = Some(ctx.load_texture(name, pixels, TextureOptions::LINEAR)),
        }
    }

    /// Forgets the picture (nobody sees the last participant's face).
    pub(super) fn clear(&mut self) {
        self.texture = None;
    }

    /// Draws it as large as fits in `max`, centred, optionally mirrored; returns its rect.
    pub(super) fn show(&self, ui: &mut egui::Ui, max: Vec2, mirrored: bool) -> Option<egui::Rect> {
        let tex = self.texture.as_ref()?;
        let [w, h] = tex.size().map(|v| v as f32);
        let scale = (max.x / w).min(max.y / h);
        let mut image =
            egui::Image::from_texture(SizedTexture::new(tex.id(), Vec2::new(w, h) * scale));
        if mirrored {
            image = image.uv(egui::Rect::from_min_max(
                egui::pos2(1.0, 0.0),
                egui::pos2(0.0, 1.0),
            ));
        }
        Some(ui.vertical_centered(|ui| ui.add(image)).inner.rect)
    }
}

/// Has the camera ask for a repaint on each new picture while its preview is on screen, so
/// the screen redraws at the camera's pace and idles otherwise.
pub(super) fn wake_on_pictures(camera: &LiveCamera, ctx: &egui::Context) {
    let ctx = ctx.clone();
    camera.wake_with(move || ctx.request_repaint());
}

/// The kiosk.
pub struct KioskApp {
    s: &'static Strings,
    config: Config,
    config_path: Option<PathBuf>,
    flow: Flow,
    camera: LiveCamera,
    /// The live preview and the frame it shows (the photo is exactly this frame).
    live: Picture,
    live_seq: u64,
    live_frame: Option<Frame>,
    /// When the current participant pressed start (the start screen keeps moving it on).
    participant_since: std::time::SystemTime,
    photo: Picture,
    card: Picture,
    worker: Worker,
    fit: MessageFit,
    fit_for: (String, String),
    fit_pending: Option<(Pending<MessageFit>, (String, String))>,
    making: Option<Pending<Result<(Draft, RgbImage), String>>>,
    printing: Option<Pending<Result<Printed, NotSaved>>>,
    problem: Option<String>,
    staff: Staff,
    may_close: bool,
    styled: bool,
}

impl KioskApp {
    /// Opens the archive, starts the camera and the worker.
    pub fn new(config: Config, config_path: Option<PathBuf>) -> anyhow::Result<KioskApp> {
        let booth = Booth::open(config.clone())?;
        let flow = Flow::new(FlowSettings {
            countdown: f64::from(config.countdown_seconds),
            retakes: config.retakes,
            inactivity: f64::from(config.inactivity_seconds),
            goodbye: f64::from(config.goodbye_seconds),
        });
        Ok(KioskApp {
            s: &ENGLISH,
            camera: LiveCamera::start(config.camera.clone()),
            staff: Staff::new(&config.pin_hash),
            config,
            config_path,
            flow,
            live: Picture::default(),
            live_seq: 0,
            live_frame: None,
            participant_since: std::time::SystemTime::now(),
            photo: Picture::default(),
            card: Picture::default(),
            worker: Worker::start(booth)?,
            fit: MessageFit::Empty,
            fit_for: Default::default(),
            fit_pending: None,
            making: None,
            printing: None,
            problem: None,
            may_close: false,
            styled: false,
        })
    }

    /// Whether staff asked to close the kiosk.
    pub fn may_close(&self) -> bool {
        self.may_close
    }

    /// The step the participant is at (for tests and logs).
    pub fn step(&self) -> Step {
        self.flow.step
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !std::mem::replace(&mut self.styled, true) {
            super::look::apply(&ctx);
            wake_on_pictures(&self.camera, &ctx);
        }
        let now = ui.input(|i| i.time);
        if ui.input(|i| !i.events.is_empty() || i.pointer.any_down()) {
            self.flow.touched(now);
        }
        self.poll_work(&ctx, now);
        if self.flow.tick(now) == Some(Due::Shoot) {
            let frame = self.live_frame.clone();
            if let Some(f) = &frame {
                self.photo.set(&ctx, "photo", &f.image);
            }
            self.flow.captured(frame, now);
        }
        if self.flow.step == Step::Attract {
            self.forget_participant();
        }
        let status = self.update_live(&ctx);

        egui::CentralPanel::default().show(ui, |ui| {
            if self.staff.is_open() {
                let mut services = super::staff::Services {
                    worker: &self.worker,
                    camera: &mut self.camera,
                    config: &mut self.config,
                    config_path: self.config_path.as_deref(),
                    may_close: &mut self.may_close,
                };
                self.staff.show(ui, now, &mut services);
                return;
            }
            if self.staff.corner_tapped(ui, now) {
                return;
            }
            match self.flow.step {
                Step::Attract => self.attract(ui, now),
                Step::Consent => self.consent(ui),
                Step::Camera | Step::Countdown { .. } => self.camera_screen(ui, now, &status),
                Step::Review => self.review(ui),
                Step::Message => self.message(ui),
                Step::Making => self.waiting(ui, self.s.making_card),
                Step::Preview => self.preview(ui),
                Step::Printing => self.waiting(ui, self.s.printing),
                Step::Goodbye { printed, .. } => self.goodbye(ui, printed),
            }
        });
        self.staff.keys(&ctx);
        self.schedule_repaint(&ctx);
    }

    /// Redraws only when something can change: new camera pictures wake the screen
    /// themselves; work in progress is polled quickly; otherwise once a second for the
    /// timeouts. (Drawing a full screen 30 times a second for nothing would keep a core
    /// busy on machines that draw in software.)
    fn schedule_repaint(&self, ctx: &egui::Context) {
        let showing_camera = matches!(self.flow.step, Step::Camera | Step::Countdown { .. });
        self.camera
            .set_watched(showing_camera && !self.staff.is_open());
        let busy = self.fit_pending.is_some() || self.making.is_some() || self.printing.is_some();
        let after = if busy || self.staff.is_open() {
            50
        } else if showing_camera {
            200 // the camera wakes the screen; this only covers a camera that went quiet
        } else {
            1000
        };
        ctx.request_repaint_after(std::time::Duration::from_millis(after));
    }

    fn forget_participant(&mut self) {
        self.participant_since = std::time::SystemTime::now();
        self.live.clear();
        self.live_frame = None;
        self.live_seq = 0;
        self.photo.clear();
        self.card.clear();
        self.fit = MessageFit::Empty;
        self.fit_for = Default::default();
        self.problem = None;
    }

    /// Uploads a new camera picture when one arrived. Pictures taken before this participant
    /// pressed start are never shown (a hot folder still holds the last participant's).
    fn update_live(&mut self, ctx: &egui::Context) -> CameraStatus {
        let (latest, status) = self.camera.latest();
        let showing_camera = matches!(self.flow.step, Step::Camera | Step::Countdown { .. });
        let latest = latest.filter(|(_, frame)| frame.taken >= self.participant_since);
        match latest {
            Some((seq, frame)) if showing_camera && seq != self.live_seq => {
                self.live.set(ctx, "camera", &frame.image);
                self.live_seq = seq;
                self.live_frame = Some(frame);
            }
            Some(_) => {}
            None => {
                self.live_frame = None;
                self.live.clear();
            }
        }
        status
    }

    /// Collects answers from the worker and asks for the next message check.
    fn poll_work(&mut self, ctx: &egui::Context, now: f64) {
        if let Some((pending, asked)) = &self.fit_pending
            && let Some(answer) = pending.poll()
        {
            self.fit = answer.unwrap_or_else(|| MessageFit::Other(self.s.engine_stopped.into()));
            self.fit_for = asked.clone();
            self.fit_pending = None;
        }
        let typed = (
            self.flow.session.message.clone(),
            self.flow.session.name.clone(),
        );
        if self.flow.step == Step::Message && self.fit_pending.is_none() && typed != self.fit_for {
            let (message, name) = typed.clone();
            let pending = self.worker.run(move |b| b.check_message(&message, &name));
            self.fit_pending = Some((pending, typed));
        }
        if let Some(answer) = self.making.as_ref().and_then(Pending::poll) {
            self.making = None;
            let draft = match answer {
                Some(Ok((draft, screen))) => {
                    self.card.set(ctx, "card", &screen);
                    Some(draft)
                }
                Some(Err(e)) => {
                    self.problem = Some(e);
                    None
                }
                None => None,
            };
            self.flow.card_made(draft, now);
        }
        if let Some(answer) = self.printing.as_ref().and_then(Pending::poll) {
            self.printing = None;
            match answer {
                Some(Ok(printed)) => {
                    tracing::info!(
                        "card {} saved and sent in {} ms: {:?}",
                        printed.record.id,
                        printed.millis,
                        printed.outcome
                    );
                    self.flow.printed(printed.outcome.is_ok(), now);
                }
                Some(Err(not_saved)) => {
                    // Not saved: the card stays on screen so nothing is lost; staff can act.
                    tracing::error!("card not saved: {}", not_saved.reason);
                    self.problem = Some(not_saved.reason);
                    self.flow.not_saved(*not_saved.draft);
                }
                None => self.flow.printed(false, now),
            }
        }
    }
}

/// A large button, `width` wide (0: as wide as its text).
fn big_button(ui: &mut egui::Ui, text: &str, enabled: bool, primary: bool) -> egui::Response {
    let mut button =
        egui::Button::new(RichText::new(text).size(34.0)).min_size(Vec2::new(260.0, BUTTON_HEIGHT));
    if primary && enabled {
        button = button.fill(ACCENT);
    }
    let text_color = if primary && enabled {
        Color32::WHITE
    } else {
        ui.visuals().text_color()
    };
    ui.scope(|ui| {
        ui.visuals_mut().override_text_color = Some(text_color);
        ui.add_enabled(enabled, button)
    })
    .inner
}

/// A row of buttons centred on the screen; returns which was pressed. egui lays out left
/// to right in one pass, so the row is centred with the width it had on the last frame.
fn button_row(ui: &mut egui::Ui, buttons: &[(&str, bool, bool)]) -> Option<usize> {
    let id = ui.make_persistent_id(("button row", buttons.first().map(|b| b.0)));
    let last_width = ui
        .data(|d| d.get_temp::<f32>(id))
        .unwrap_or(buttons.len() as f32 * 300.0);
    let mut pressed = None;
    ui.horizontal(|ui| {
        ui.add_space(((ui.available_width() - last_width) / 2.0).max(0.0));
        let start = ui.cursor().min.x;
        for (i, (text, enabled, primary)) in buttons.iter().enumerate() {
            if big_button(ui, text, *enabled, *primary).clicked() {
                pressed = Some(i);
            }
        }
        let width = ui.min_rect().max.x - start;
        ui.data_mut(|d| d.insert_temp(id, width));
    });
    pressed
}

fn title(ui: &mut egui::Ui, text: &str) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| ui.heading(text));
    ui.add_space(12.0);
}

impl KioskApp {
    fn attract(&mut self, ui: &mut egui::Ui, now: f64) {
        ui.add_space(ui.available_height() * 0.2);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(self.s.attract_title).size(80.0).color(ACCENT));
            ui.add_space(24.0);
            ui.set_max_width(ui.available_width().min(1100.0));
            ui.label(self.s.attract_body);
            ui.add_space(48.0);
        });
        if button_row(ui, &[(self.s.start, true, true)]).is_some()
            || ui.input(|i| i.key_pressed(egui::Key::Enter))
        {
            self.flow.start(now);
        }
    }

    fn consent(&mut self, ui: &mut egui::Ui) {
        title(ui, self.s.consent_title);
        let s = self.s;
        ui.vertical_centered(|ui| {
            ui.set_max_width(ui.available_width().min(1100.0));
            ui.label(s.consent_body);
            ui.add_space(12.0);
            ui.add_enabled(false, egui::Checkbox::new(&mut true, s.consent_print));
            let session = &mut self.flow.session;
            ui.checkbox(&mut session.archive, s.consent_archive);
            ui.checkbox(&mut session.exhibition, s.consent_exhibition);
            ui.checkbox(&mut session.social, s.consent_social);
            ui.add_space(8.0);
            ui.label(RichText::new(s.consent_note).small());
        });
        ui.add_space(24.0);
        match button_row(ui, &[(s.cancel, true, false), (s.next, true, true)]) {
            Some(0) => self.flow.reset(),
            Some(_) => self.flow.consent_given(),
            None => {}
        }
    }

    fn camera_screen(&mut self, ui: &mut egui::Ui, now: f64, status: &CameraStatus) {
        let s = self.s;
        if let CameraStatus::Unavailable { reason } = status {
            title(ui, s.camera_unavailable);
            ui.vertical_centered(|ui| {
                ui.label(s.camera_unavailable_body);
                ui.label(RichText::new(reason).small());
            });
            if button_row(ui, &[(s.cancel, true, false)]).is_some() {
                self.flow.reset();
            }
            return;
        }
        title(ui, s.camera_title);
        let max = ui.available_size() - Vec2::new(0.0, BUTTON_HEIGHT + 40.0);
        let rect = self.live.show(ui, max, true);
        if let (Some(left), Some(rect)) = (self.flow.countdown_left(now), rect) {
            let text = left.max(1).to_string();
            let painter = ui.painter();
            painter.text(
                rect.center() + Vec2::splat(4.0),
                Align2::CENTER_CENTER,
                &text,
                FontId::proportional(260.0),
                Color32::from_black_alpha(120),
            );
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                &text,
                FontId::proportional(260.0),
                Color32::WHITE,
            );
            return;
        }
        if rect.is_none() {
            ui.vertical_centered(|ui| ui.spinner());
        }
        let ready = rect.is_some();
        match button_row(ui, &[(s.cancel, true, false), (s.take_photo, ready, true)]) {
            Some(0) => self.flow.reset(),
            Some(_) => self.flow.shoot(now),
            None if ready && ui.input(|i| i.key_pressed(egui::Key::Space)) => self.flow.shoot(now),
            None => {}
        }
    }

    fn review(&mut self, ui: &mut egui::Ui) {
        let s = self.s;
        title(ui, s.review_title);
        let max = ui.available_size() - Vec2::new(0.0, BUTTON_HEIGHT + 80.0);
        self.photo.show(ui, max, false);
        let left = self.flow.retakes_left();
        ui.vertical_centered(|ui| ui.label(format!("{left} {}", s.retakes_left)));
        match button_row(
            ui,
            &[(s.retake, left > 0, false), (s.keep_photo, true, true)],
        ) {
            Some(0) => {
                self.photo.clear();
                self.flow.retake();
            }
            Some(_) => self.flow.keep_photo(),
            None => {}
        }
    }

    fn message(&mut self, ui: &mut egui::Ui) {
        let s = self.s;
        title(ui, s.message_title);
        ui.vertical_centered(|ui| {
            ui.set_max_width(ui.available_width().min(1100.0));
            let label = ui.label(s.message_label);
            let session = &mut self.flow.session;
            let edit = egui::TextEdit::multiline(&mut session.message)
                .hint_text(s.message_hint)
                .desired_rows(4)
                .desired_width(f32::INFINITY)
                .char_limit(MAX_MESSAGE_CHARS)
                .font(FontId::proportional(34.0));
            let response = ui.add(edit).labelled_by(label.id);
            if session.message.is_empty() && !response.has_focus() {
                response.request_focus();
            }
            let label = ui.label(s.name_label);
            ui.add(
                egui::TextEdit::singleline(&mut session.name)
                    .char_limit(MAX_NAME_CHARS)
                    .desired_width(500.0),
            )
            .labelled_by(label.id);
            ui.add_space(8.0);
            self.fit_indicator(ui);
        });
        let typed = (
            self.flow.session.message.clone(),
            self.flow.session.name.clone(),
        );
        let ready = self.fit.is_ok() && typed == self.fit_for;
        ui.add_space(12.0);
        match button_row(ui, &[(s.back, true, false), (s.make_card, ready, true)]) {
            Some(0) => self.flow.back_to_photo(),
            Some(_) => self.make_card(),
            None => {}
        }
    }

    fn fit_indicator(&mut self, ui: &mut egui::Ui) {
        let s = self.s;
        if let Some(problem) = &self.problem {
            ui.colored_label(WARNING, problem);
        }
        match &self.fit {
            MessageFit::Empty => {}
            MessageFit::Fits { fill } => {
                let left = ((1.0 - fill) * 100.0).round();
                ui.label(format!("{}: {left}%", s.room_left));
                ui.add(egui::ProgressBar::new(1.0 - fill).desired_height(14.0));
            }
            MessageFit::TooLong { shorten_percent } => {
                ui.colored_label(WARNING, format!("{} {shorten_percent}%.", s.too_long));
            }
            MessageFit::Unprintable { chars } => {
                ui.colored_label(WARNING, format!("{} {chars}", s.cannot_print_chars));
            }
            MessageFit::Other(e) => {
                ui.colored_label(WARNING, e);
            }
        }
    }

    fn make_card(&mut self) {
        let Some(photo) = self.flow.session.photo.clone() else {
            return;
        };
        let (message, name) = (
            self.flow.session.message.clone(),
            self.flow.session.name.clone(),
        );
        self.problem = None;
        self.flow.make_card();
        self.making = Some(self.worker.run(move |b| {
            let draft = b
                .make_card(&photo, &message, &name)
                .map_err(|e| e.to_string())?;
            let screen = screen_copy(&draft.rendered.image, 900, 900);
            Ok((draft, screen))
        }));
    }

    fn preview(&mut self, ui: &mut egui::Ui) {
        let s = self.s;
        title(ui, s.preview_title);
        if let Some(problem) = &self.problem {
            ui.vertical_centered(|ui| ui.colored_label(WARNING, problem));
        }
        let max = ui.available_size() - Vec2::new(0.0, BUTTON_HEIGHT + 40.0);
        self.card.show(ui, max, false);
        match button_row(
            ui,
            &[(s.change_message, true, false), (s.print, true, true)],
        ) {
            Some(0) => {
                self.card.clear();
                self.flow.change_message();
            }
            Some(_) => self.print(),
            None => {}
        }
    }

    fn print(&mut self) {
        let consent = self.flow.session.consent();
        let Some(draft) = self.flow.print() else {
            return;
        };
        self.problem = None;
        self.printing = Some(self.worker.run(move |b| b.save_and_print(draft, consent)));
    }

    fn waiting(&mut self, ui: &mut egui::Ui, text: &str) {
        ui.add_space(ui.available_height() * 0.35);
        ui.vertical_centered(|ui| {
            ui.heading(text);
            ui.add(egui::Spinner::new().size(64.0));
        });
    }

    fn goodbye(&mut self, ui: &mut egui::Ui, printed: bool) {
        let s = self.s;
        ui.add_space(ui.available_height() * 0.25);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(s.goodbye_title).size(80.0).color(ACCENT));
            ui.add_space(24.0);
            if printed {
                ui.label(s.goodbye_body);
            } else {
                ui.label(s.print_trouble);
                ui.label(s.saved_not_printed);
            }
            ui.add_space(36.0);
        });
        if button_row(ui, &[(s.done, true, true)]).is_some() {
            self.flow.reset();
        }
    }
}
