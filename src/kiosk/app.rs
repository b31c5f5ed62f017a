//! The kiosk app: gathers what each screen shows, draws the screen of the participant's step
//! (or staff mode), and applies the action the screen returns to the flow and the worker.
//! Data flows one way: flow and worker answers → views → screens → actions → flow and jobs.

use std::path::PathBuf;

use image::RgbImage;

use crate::archive::Use;
use crate::capture::{CameraChoice, CameraStatus, Frame, LiveCamera};
use crate::card::Layout;
use crate::card::photo::visible_part;
use crate::print::PrintSystem;

use super::booth::{
    Booth, Draft, MessageFit, NotSaved, Pending, Printed, Watch, Worker, screen_copy,
};
use super::config::{BoothMode, Config};
use super::entry::EntryEdit;
use super::flow::{Due, Flow, FlowSettings, Step};
use super::i18n::Language;
use super::keyboard::{Keyboard, Typed};
use super::listen;
use super::look::Tone;
use super::look::{HIGH_CONTRAST, NORMAL, Theme};
use super::screens::pin_pad::PinAction;
use super::screens::staff::{StaffAction, StaffView};
use super::screens::{self, Action};
use super::speech::{Speaker, voice_for};
use super::staff::{CORNER_SIZE, Changed, Mode, Staff};
use super::staffed::{Interview, Strip};
use super::widgets::field::Fields;
use super::widgets::picture::Picture;
use super::widgets::text::Look;
use super::widgets::text::Texts;
use super::widgets::{Kit, Listen};
use crate::archive::CardId;

/// Seconds each exhibition card stays on the start screen, and between reloads of them.
const ATTRACT_CARD_SECONDS: f64 = 6.0;
const ATTRACT_RELOAD_SECONDS: f64 = 60.0;
/// Exhibition cards the start screen cycles through.
const ATTRACT_CARDS: usize = 8;
/// How often the printer and the archive are asked how they are.
const WATCH_SECONDS: f64 = 3.0;

/// The live preview and the frame it shows (the photo is exactly this frame).
#[derive(Default)]
struct Live {
    picture: Picture,
    seq: u64,
    frame: Option<Frame>,
}

/// What a verdict on the message is for: the message, the name and the language (its
/// date goes on the card).
type Checked = (String, String, &'static str);

/// Work sent to the worker for the participant, and its answers.
#[derive(Default)]
struct Work {
    /// The engine's verdict on the text in `fit_for`.
    fit: Option<MessageFit>,
    fit_for: Checked,
    fit_pending: Option<(Pending<MessageFit>, Checked)>,
    making: Option<Pending<Result<(Draft, RgbImage), String>>>,
    printing: Option<Pending<Result<Printed, NotSaved>>>,
    /// Why the last card could not be made or saved.
    problem: Option<String>,
}

impl Work {
    /// Whether the last verdict is for exactly the message and name typed now, in `lang`.
    fn checked(&self, session: &super::flow::Session, lang: &Language) -> bool {
        self.fit_for.0 == session.message.text()
            && self.fit_for.1 == session.name.text()
            && self.fit_for.2 == lang.tag
    }
}

/// The start screen's exhibition cards.
#[derive(Default)]
struct Attract {
    cards: Vec<Picture>,
    loaded_at: Option<f64>,
    pending: Option<Pending<Vec<(CardId, RgbImage)>>>,
}

/// The printer and archive as last asked: trouble shows on every screen until resolved.
#[derive(Default)]
struct Watching {
    now: Watch,
    asked_at: Option<f64>,
    pending: Option<Pending<Watch>>,
}

/// A participant's ways of using the booth, chosen on the start screen; they last until the
/// participant finishes or walks away.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Access {
    /// Words half as large again.
    pub larger: bool,
    /// White and yellow on black.
    pub contrast: bool,
    /// Each screen read aloud as it opens, and each key as it is pressed.
    pub speech: bool,
}

impl Access {
    /// How much larger than designed the words are.
    pub fn scale(self) -> f32 {
        if self.larger { 1.5 } else { 1.0 }
    }
}

/// The languages: the one on screen for the participant, the one each starts in, and
/// those the start screen offers.
struct Languages {
    participant: &'static Language,
    default: &'static Language,
    offered: Vec<&'static Language>,
    /// The last touch or key on the start screen (a language chosen there by someone who
    /// walked away goes back to the default after the inactivity time).
    touched_at: f64,
    inactivity: f64,
}

/// The kiosk.
pub struct KioskApp {
    flow: Flow,
    /// Every word on screen, set by the card engine.
    texts: Texts,
    languages: Languages,
    camera: LiveCamera,
    live: Live,
    /// When the current participant pressed start (the start screen keeps moving it on).
    participant_since: std::time::SystemTime,
    photo: Picture,
    card: Picture,
    /// The card layout, for the photo frame and the fields' face (the worker has its own).
    layout: Layout,
    fields: Fields,
    keyboard: Keyboard,
    worker: Worker,
    work: Work,
    attract: Attract,
    watching: Watching,
    staff: Staff,
    may_close: bool,
    /// The theme egui's own colours (the panels behind everything) were last set for.
    styled: Option<&'static Theme>,
    /// The participant's choices of larger text, high contrast and speech.
    access: Access,
    /// Reads screens aloud.
    speaker: Speaker,
    /// Staff asked for every screen to be read aloud as it opens.
    speak_screens: bool,
    /// The step shown on the last frame.
    last_step: Step,
    /// Whether the last frame asked if the participant needs more time.
    asked_for_time: bool,
    /// At a staffed booth, what the interviewer is told and sends (`None`: self-service).
    interview: Option<Interview>,
    /// At a staffed booth with a tethered camera, the photographer's strip.
    strip: Option<Strip>,
}

impl KioskApp {
    /// Opens the archive, starts the camera and the worker, which takes the settings and
    /// prints through `printer`.
    pub fn new(
        config: Config,
        config_path: Option<PathBuf>,
        printer: Box<dyn PrintSystem>,
    ) -> anyhow::Result<KioskApp> {
        let flow = Flow::new(FlowSettings {
            countdown: f64::from(config.countdown_seconds),
            retakes: config.retakes,
            inactivity: f64::from(config.inactivity_seconds),
            warning: f64::from(config.more_time_seconds),
            goodbye: f64::from(config.goodbye_seconds),
        });
        let mut keyboard = Keyboard::from_names(&config.keyboards)?;
        let default = super::i18n::language(&config.language).unwrap_or(super::i18n::english());
        keyboard.lead_with(default.tag);
        let staff_lang =
            super::i18n::language(&config.staff_language).unwrap_or(super::i18n::english());
        let camera = LiveCamera::start(config.camera.clone());
        let staff = Staff::new(
            staff_lang,
            &config.pin_hash,
            f64::from(config.staff_idle_seconds),
        );
        let texts = Texts::new(&config.font_folders);
        let speaker = Speaker::new(config.speech_output());
        let speak_screens = config.speak_screens;
        let languages = Languages {
            participant: default,
            default,
            offered: config.offered_languages(),
            touched_at: 0.0,
            inactivity: f64::from(config.inactivity_seconds),
        };
        let staffed = config.mode == BoothMode::Staffed;
        let interview = staffed.then(Interview::default);
        let strip = match &config.camera {
            CameraChoice::Folder(folder) if staffed && folder.is_dir() => {
                Some(Strip::start(folder.clone()))
            }
            _ => None,
        };
        let booth = Booth::open(config, config_path, printer)?;
        let layout = booth.layout.clone();
        Ok(KioskApp {
            flow,
            texts,
            languages,
            camera,
            live: Live::default(),
            participant_since: std::time::SystemTime::now(),
            photo: Picture::default(),
            card: Picture::default(),
            fields: Fields::new(&layout),
            layout,
            keyboard,
            worker: Worker::start(booth)?,
            work: Work::default(),
            attract: Attract::default(),
            watching: Watching::default(),
            staff,
            may_close: false,
            styled: None,
            access: Access::default(),
            speaker,
            speak_screens,
            last_step: Step::Attract,
            asked_for_time: false,
            interview,
            strip,
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

    /// The message and name as typed, with the caret (for tests).
    pub fn typed(&self) -> (&str, &str, usize) {
        let s = &self.flow.session;
        (s.message.text(), s.name.text(), s.entry(s.focus).caret())
    }

    /// Exhibition cards on the start screen now (for tests).
    pub fn attract_cards(&self) -> usize {
        self.attract.cards.len()
    }

    /// The participant's language now (for tests).
    pub fn language(&self) -> &'static Language {
        self.languages.participant
    }

    /// The words painted on the last whole frame, where, and the box each had (for tests
    /// that check nothing is cut or runs out of its box).
    pub fn texts_shown(&self) -> &[super::widgets::text::Shown] {
        self.texts.shown()
    }

    /// The card engine's verdict on the message and name on screen, once it has one (for
    /// tests).
    pub fn verdict(&self) -> Option<&MessageFit> {
        let lang = self.languages.participant;
        self.work
            .fit
            .as_ref()
            .filter(|_| self.work.checked(&self.flow.session, lang))
    }

    /// Lets go of every word set on screen (the fonts and letters stay), so the next frame
    /// sets them all anew: for measuring a screen from nothing.
    pub fn forget_words(&mut self) {
        self.texts.forget();
    }

    /// What the booth has said aloud, and how it went (for tests and staff).
    pub fn speech_report(&self) -> super::speech::Report {
        self.speaker.report()
    }

    /// How many pictures the camera has taken for the preview (for tests).
    pub fn camera_pictures(&self) -> u64 {
        self.camera.latest().0.map_or(0, |(seq, _)| seq)
    }

    /// The keyboard as it stands (for tests).
    pub fn keyboard(&self) -> &Keyboard {
        &self.keyboard
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.styled.is_none() {
            wake_on_pictures(&self.camera, &ctx);
            if let Some(strip) = &self.strip {
                strip.wake_with(&ctx);
            }
            let wake = ctx.clone();
            self.worker.wake_with(move || wake.request_repaint());
        }
        let theme = self.theme();
        if !self.styled.is_some_and(|t| std::ptr::eq(t, theme)) {
            super::look::apply(&ctx, theme);
            self.styled = Some(theme);
        }
        self.texts.begin_frame();
        let now = ui.input(|i| i.time);
        if ui.input(|i| !i.events.is_empty() || i.pointer.any_down()) {
            self.flow.touched(now);
            self.staff.touched(now);
            self.languages.touched_at = now;
        }
        if self.staff.close_if_idle(now) {
            self.attract.loaded_at = None; // consent may have changed
        }
        if ctx.input(|i| i.key_pressed(egui::Key::F12)) {
            self.staff.ask_pin(now);
        }
        self.poll_work(&ctx, now);
        if let Some(interview) = &mut self.interview {
            interview.follow(&mut self.flow, &self.worker, now);
        }
        if let Some(strip) = &mut self.strip {
            if strip.update(&ctx, self.participant_since) {
                self.flow.touched(now);
            }
            match strip.chosen() {
                Some(Ok(frame)) => {
                    self.photo.set(&ctx, "photo", &frame.image);
                    self.flow.chose_shot(frame, now);
                }
                Some(Err(e)) => {
                    tracing::warn!("the chosen shot cannot be read: {e}");
                    self.work.problem = Some(e);
                }
                None => {}
            }
        }
        if self.flow.tick(now) == Some(Due::Shoot) {
            let frame = self.live.frame.clone();
            if let Some(f) = &frame {
                self.photo.set(&ctx, "photo", &f.image);
            }
            self.flow.captured(frame, now);
        }
        if self.flow.step == Step::Attract {
            self.forget_participant();
            self.load_attract(now);
            // The language and ways of using the booth chosen last for one participant:
            // the next starts afresh, as does a start screen left for a while.
            if self.last_step != Step::Attract {
                give_back_memory();
            }
            let l = &self.languages;
            let back = self.last_step != Step::Attract || now - l.touched_at > l.inactivity;
            if back {
                if l.participant.tag != l.default.tag {
                    self.choose_language(l.default);
                }
                self.access = Access::default();
            }
        }
        let moved_on = self.last_step != self.flow.step;
        self.last_step = self.flow.step;
        let asking = self.flow.time_left(now).is_some();
        if moved_on || (asking && !self.asked_for_time) {
            // Speech stops when the participant moves on; in audio mode the new screen
            // (or the question about more time) is read out.
            self.speaker.stop();
            if self.audio_mode() && !self.staff.is_open() {
                self.say(&self.screen_words(now));
            }
        }
        self.asked_for_time = asking;
        let status = self.update_live(&ctx);

        // The staff corner is the screen's, whatever strip is drawn over it.
        let corner = egui::Rect::from_min_size(ui.max_rect().min, egui::Vec2::splat(CORNER_SIZE));
        // Staff read what stops the booth in full; participants only what it means for them.
        let w = &self.watching.now;
        let for_staff = self.staff.is_open();
        let lang = if for_staff {
            self.staff.lang
        } else {
            self.languages.participant
        };
        let alerts: Vec<String> = if for_staff {
            [
                w.archive
                    .as_ref()
                    .map(|e| lang.text_with("archive-alert", &[("reason", e.as_str().into())])),
                w.printer.as_ref().map(|trouble| {
                    lang.text_with(
                        "printer-alert",
                        &[
                            ("trouble", trouble.as_str().into()),
                            ("waiting", w.waiting.into()),
                        ],
                    )
                }),
            ]
            .into_iter()
            .flatten()
            .collect()
        } else {
            [
                w.archive.as_ref().map(|_| lang.text("archive-notice")),
                w.printer.as_ref().map(|_| lang.text("printer-notice")),
            ]
            .into_iter()
            .flatten()
            .collect()
        };
        if !alerts.is_empty() {
            let mut k = Kit {
                lang,
                texts: &mut self.texts,
                theme,
                scale: 1.0,
                listen: Listen::Hidden,
            };
            super::widgets::alert_strip(ui, &mut k, &alerts, for_staff);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.staff.is_open() {
                self.staff_screen(ui, now, &status);
                return;
            }
            let in_corner = ui.input(|i| {
                i.pointer.any_pressed()
                    && i.pointer.interact_pos().is_some_and(|p| corner.contains(p))
            });
            if self.staff.corner_tap(in_corner, now) {
                return;
            }
            let mut action = self.participant_screen(ui, now, &status);
            if let Some(left) = self.flow.time_left(now) {
                // The question covers the screen: nothing under it is pressed meanwhile.
                action = self.more_time_panel(ui, left);
            }
            if let Some(action) = action {
                self.apply(action, now);
            }
        });
        self.schedule_repaint(&ctx);
    }

    /// Draws the participant's screen from what the flow and the worker say.
    fn participant_screen(
        &mut self,
        ui: &mut egui::Ui,
        now: f64,
        status: &CameraStatus,
    ) -> Option<Action> {
        let session = &self.flow.session;
        let lang = self.languages.participant;
        let theme = self.theme();
        let can_speak = self.can_speak();
        let listen = if can_speak {
            Listen::Shown {
                speaking: self.speaker.speaking(),
            }
        } else {
            Listen::Hidden
        };
        let k = &mut Kit {
            lang,
            texts: &mut self.texts,
            theme,
            scale: self.access.scale(),
            listen,
        };
        let action = match self.flow.step {
            Step::Attract => {
                let n = self.attract.cards.len();
                let shown =
                    (n > 0).then(|| &self.attract.cards[(now / ATTRACT_CARD_SECONDS) as usize % n]);
                let view = screens::attract::AttractView {
                    card: shown,
                    languages: &self.languages.offered,
                    access: self.access,
                    can_speak,
                };
                screens::attract::show(ui, k, &view)
            }
            Step::Consent => {
                screens::consent::show(ui, k, [session.archive, session.exhibition, session.social])
            }
            Step::Camera if self.strip.is_some() => {
                let strip = self.strip.as_ref()?;
                let tiles: Vec<_> = (strip.tiles.iter().enumerate())
                    .map(|(i, (_, picture))| screens::shots::ShotTile {
                        picture,
                        frame: frame_of(&self.layout, picture),
                        number: strip.tiles.len() - i,
                    })
                    .collect();
                screens::shots::show(ui, k, &tiles, strip.choosing())
            }
            Step::Camera | Step::Countdown { .. } => {
                let view = screens::camera::CameraView {
                    live: &self.live.picture,
                    frame: frame_of(&self.layout, &self.live.picture),
                    countdown: self.flow.countdown_left(now),
                    status,
                };
                screens::camera::show(ui, k, &view)
            }
            Step::Review => screens::review::show(
                ui,
                k,
                &self.photo,
                frame_of(&self.layout, &self.photo),
                self.flow.retakes_left(),
                self.strip.is_some(),
            ),
            Step::Message => {
                let fit = self
                    .work
                    .fit
                    .as_ref()
                    .filter(|_| self.work.checked(session, lang));
                let view = screens::message::MessageView {
                    session,
                    fit: fit.unwrap_or(&MessageFit::Empty),
                    ready: fit.is_some_and(MessageFit::is_ok),
                    problem: self.work.problem.as_deref(),
                    keyboard: &self.keyboard,
                };
                screens::message::show(ui, k, &view, &mut self.fields)
            }
            Step::Making => {
                screens::waiting::show(ui, k, "making-card");
                None
            }
            Step::Preview => {
                screens::preview::show(ui, k, &self.card, self.work.problem.as_deref())
            }
            Step::Printing => {
                screens::waiting::show(ui, k, "printing");
                None
            }
            Step::Goodbye {
                printed,
                card,
                kept,
                ..
            } => {
                // Only a card the printer took, from a printer with no trouble now, is "on
                // its way": nobody waits at a stopped printer.
                let coming = printed && self.watching.now.printer.is_none();
                screens::goodbye::show(ui, k, coming, card, kept)
            }
        };
        if k.listen == Listen::Pressed {
            return Some(Action::Listen);
        }
        action
    }

    /// Whether the booth can read this participant's screens aloud: a voice for their
    /// language, and somewhere for the speech to go.
    fn can_speak(&self) -> bool {
        self.speaker.output().works() && voice_for(self.languages.participant.tag).is_some()
    }

    /// Whether each screen is read aloud as it opens (and each key as it is pressed).
    fn audio_mode(&self) -> bool {
        (self.access.speech || self.speak_screens) && self.can_speak()
    }

    /// Says `text` in the participant's language, if the booth has a voice for it.
    fn say(&self, text: &str) {
        if let Some(voice) = voice_for(self.languages.participant.tag) {
            self.speaker.say(text, voice);
        }
    }

    /// What the participant's screen says aloud now.
    fn screen_words(&self, now: f64) -> String {
        let session = &self.flow.session;
        let screen = match self.flow.step {
            _ if self.flow.time_left(now).is_some() => listen::Screen::MoreTime {
                seconds: self.flow.time_left(now).unwrap_or(0),
            },
            Step::Attract => listen::Screen::Start,
            Step::Consent => listen::Screen::Consent,
            Step::Camera | Step::Countdown { .. } => match self.camera.latest().1 {
                CameraStatus::Unavailable { .. } => listen::Screen::CameraUnavailable,
                _ => listen::Screen::Camera,
            },
            Step::Review => listen::Screen::Review {
                retakes_left: self.flow.retakes_left(),
            },
            Step::Message => listen::Screen::Message {
                message: session.message.text(),
                name: session.name.text(),
            },
            Step::Making => listen::Screen::Making,
            Step::Preview => match &session.draft {
                Some(draft) => listen::Screen::Preview { card: &draft.text },
                None => listen::Screen::Making,
            },
            Step::Printing => listen::Screen::Printing,
            Step::Goodbye {
                printed,
                card,
                kept,
                ..
            } => listen::Screen::Goodbye {
                printed: printed && self.watching.now.printer.is_none(),
                kept,
                reference: card.map(|c| c.reference()),
            },
        };
        listen::words(self.languages.participant, &screen)
    }

    /// The colours of this frame: the participant's choice, the normal ones for staff.
    fn theme(&self) -> &'static Theme {
        if self.access.contrast && !self.staff.is_open() {
            &HIGH_CONTRAST
        } else {
            &NORMAL
        }
    }

    /// What a key says aloud as it is pressed: the letter typed, or the key's name.
    fn key_words(&self, typed: &Typed) -> String {
        let lang = self.languages.participant;
        match typed {
            Typed::Insert(text) if text == " " => lang.text("key-space"),
            Typed::Insert(text) if text == "\n" => lang.text("key-new-line"),
            Typed::Insert(text) => text.clone(),
            Typed::Backspace => lang.text("key-delete"),
            Typed::NextField => match self.flow.session.focus {
                super::flow::Field::Message => lang.text("name-label"),
                super::flow::Field::Name => lang.text("message-label"),
            },
        }
    }

    /// "Do you need more time?", large over the screen, with the seconds left; nothing
    /// behind it can be pressed meanwhile. Returns the participant's answer.
    fn more_time_panel(&mut self, ui: &mut egui::Ui, left: u32) -> Option<Action> {
        let lang = self.languages.participant;
        let theme = self.theme();
        let scale = self.access.scale();
        let texts = &mut self.texts;
        let width = (ui.available_width() * 0.8).min(900.0);
        let modal = egui::Modal::new(ui.scope_id().with("more time"))
            .frame(
                egui::Frame::new()
                    .fill(theme.background)
                    .stroke(egui::Stroke::new(3.0, theme.accent))
                    .corner_radius(16)
                    .inner_margin(36),
            )
            .show(ui.ctx(), |ui| {
                ui.set_width(width);
                let k = &mut Kit {
                    lang,
                    texts,
                    theme,
                    scale,
                    listen: Listen::Hidden,
                };
                let title = k.t("more-time-title");
                k.label(ui, &title, Look::new(50.0, Tone::Ink).bold().centred());
                let body = k.t_with("more-time-body", &[("seconds", left.into())]);
                k.label(ui, &body, Look::new(30.0, Tone::Ink).centred());
                ui.add_space(24.0);
                let more = k.t("more-time-button");
                k.button_row(ui, &[(&more, true, true)])
                    .map(|_| Action::MoreTime)
            });
        modal.inner
    }

    /// Shows the screens in `lang`, its keyboard first.
    fn choose_language(&mut self, lang: &'static Language) {
        self.languages.participant = lang;
        self.keyboard.lead_with(lang.tag);
    }

    /// Applies what the participant asked for.
    fn apply(&mut self, action: Action, now: f64) {
        let session = &mut self.flow.session;
        match action {
            Action::Start => {
                self.keyboard.reset();
                self.flow.start(now);
            }
            Action::Language(tag) => {
                if let Some(lang) = super::i18n::language(tag) {
                    self.choose_language(lang);
                }
            }
            Action::Access(access) => self.access = access,
            Action::Reset => self.flow.reset(),
            Action::Consent(u, on) => match u {
                Use::Archive => session.archive = on,
                Use::Exhibition => session.exhibition = on,
                Use::Social => session.social = on,
                Use::Print => {}
            },
            Action::ConsentGiven => self.flow.consent_given(),
            Action::Shoot => self.flow.shoot(now),
            Action::Retake if self.strip.is_some() => self.flow.choose_again(),
            Action::Retake => {
                self.photo.clear();
                self.flow.retake();
            }
            Action::ChooseShot(index) => {
                if let Some(strip) = &mut self.strip {
                    strip.choose(index, &self.worker);
                }
            }
            Action::KeepPhoto => self.flow.keep_photo(),
            Action::BackToPhoto => self.flow.back_to_photo(),
            Action::Key(key) => {
                let focus = session.focus;
                let typed = self.keyboard.press(&key);
                if self.audio_mode()
                    && let Some(typed) = &typed
                {
                    self.say(&self.key_words(typed));
                }
                match typed {
                    Some(Typed::Insert(text)) => self.flow.edit(focus, &EntryEdit::Insert(text)),
                    Some(Typed::Backspace) => self.flow.edit(focus, &EntryEdit::Backspace),
                    Some(Typed::NextField) => self.flow.next_field(),
                    None => {}
                }
            }
            Action::Listen => {
                if self.speaker.speaking() {
                    self.speaker.stop();
                } else {
                    self.say(&self.screen_words(now));
                }
            }
            Action::MoreTime => self.flow.more_time(now),
            Action::Edit(field, edits) => {
                for edit in &edits {
                    self.flow.edit(field, edit);
                }
            }
            Action::Focus(field) => self.flow.edit(field, &EntryEdit::CaretTo(usize::MAX)),
            Action::MakeCard => self.make_card(),
            Action::ChangeMessage => {
                self.card.clear();
                self.flow.change_message();
            }
            Action::Print => self.print(),
        }
    }

    /// Draws the PIN pad or the staff screen and applies what staff pressed.
    fn staff_screen(&mut self, ui: &mut egui::Ui, now: f64, status: &CameraStatus) {
        let k = &mut Kit {
            lang: self.staff.lang,
            texts: &mut self.texts,
            theme: &NORMAL,
            scale: 1.0,
            listen: Listen::Hidden,
        };
        if let Mode::Pin { entered, verdict } = &mut self.staff.mode {
            match screens::pin_pad::show(ui, k, entered, verdict.as_ref()) {
                Some(PinAction::Submit) => self.staff.submit_pin(now),
                Some(PinAction::Cancel) => self.staff.close(),
                None => {}
            }
            return;
        }
        if std::mem::take(&mut self.staff.just_opened) {
            // The Return that sent the PIN must not also press what the screen shows.
            ui.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
        }
        let view = StaffView {
            snapshot: &self.staff.snapshot,
            note: &self.staff.note,
            camera: (self.camera.choice(), status),
            looked_up: self.staff.looked_up.as_ref(),
            confirm_erase: self.staff.confirm_erase,
            confirm_exit: self.staff.confirm_exit,
            languages: &self.languages.offered,
            speech: self.speaker.output(),
            speak_screens: self.speak_screens,
        };
        let mut inputs = self.staff.inputs.clone();
        let action = screens::staff::show(ui, k, &view, &mut inputs);
        self.staff.inputs = inputs;
        match action {
            Some(StaffAction::SpeakScreens(on)) => {
                self.speak_screens = on;
                self.staff
                    .apply(StaffAction::SpeakScreens(on), &self.worker);
            }
            Some(StaffAction::ParticipantLanguage(tag)) => {
                if let Some(lang) = super::i18n::language(tag) {
                    self.languages.default = lang;
                    self.choose_language(lang);
                }
                self.staff
                    .apply(StaffAction::ParticipantLanguage(tag), &self.worker);
            }
            Some(StaffAction::Exit) => {
                self.may_close = true;
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(StaffAction::Camera(choice)) => {
                let started = LiveCamera::start(choice.clone());
                wake_on_pictures(&started, ui.ctx());
                self.camera = started;
                self.staff.apply(StaffAction::Camera(choice), &self.worker);
            }
            Some(StaffAction::Back) => {
                self.staff.close();
                self.attract.loaded_at = None; // consent may have changed
            }
            Some(action) => self.staff.apply(action, &self.worker),
            None => {}
        }
    }

    /// Whether the live preview is on screen: at the camera, unless the photographer's strip
    /// stands in its place (the strip reads its shots itself; the preview would decode each
    /// one again, whole, for nothing).
    fn preview_shown(&self) -> bool {
        self.strip.is_none() && matches!(self.flow.step, Step::Camera | Step::Countdown { .. })
    }

    /// Redraws only when something can change: new camera pictures and the worker's
    /// answers wake the screen themselves; otherwise once a second for the timeouts, or
    /// every few seconds where nothing counts down (the start screen, the staff screen,
    /// whose figures refresh that often). (Drawing a full screen 30 times a second for
    /// nothing would keep a core busy on machines that draw in software.)
    fn schedule_repaint(&self, ctx: &egui::Context) {
        let showing_camera = self.preview_shown();
        self.camera
            .set_watched(showing_camera && !self.staff.is_open());
        let after = if showing_camera && !self.staff.is_open() {
            200 // the camera wakes the screen; this only covers a camera that went quiet
        } else if self.staff.is_open() || self.flow.step == Step::Attract {
            3000
        } else {
            1000
        };
        // An interviewer's quote is looked for at its own pace while a participant is here.
        let after = match &self.interview {
            Some(i) if i.in_progress() => after.min(400),
            _ => after,
        };
        ctx.request_repaint_after(std::time::Duration::from_millis(after));
    }

    fn forget_participant(&mut self) {
        self.participant_since = std::time::SystemTime::now();
        self.live = Live::default();
        self.photo.clear();
        self.card.clear();
        self.work.fit = None;
        self.work.fit_for = Default::default();
        self.work.problem = None;
    }

    /// Asks the worker for the newest exhibition cards now and then while nobody is here.
    fn load_attract(&mut self, now: f64) {
        let due = self
            .attract
            .loaded_at
            .is_none_or(|at| now - at > ATTRACT_RELOAD_SECONDS);
        if due && self.attract.pending.is_none() {
            self.attract.loaded_at = Some(now);
            self.attract.pending = Some(
                self.worker
                    .run(|b| b.exhibition_cards(ATTRACT_CARDS, 600, 900)),
            );
        }
    }

    /// Uploads a new camera picture when one arrived. Pictures taken before this participant
    /// pressed start are never shown (a hot folder still holds the last participant's).
    fn update_live(&mut self, ctx: &egui::Context) -> CameraStatus {
        let (latest, status) = self.camera.latest();
        let showing_camera = self.preview_shown();
        let latest = latest.filter(|(_, frame)| frame.taken >= self.participant_since);
        match latest {
            Some((seq, frame)) if showing_camera && seq != self.live.seq => {
                self.live.picture.set(ctx, "camera", &frame.image);
                self.live.seq = seq;
                self.live.frame = Some(frame);
            }
            Some(_) => {}
            None => self.live = Live::default(),
        }
        status
    }

    /// Asks the worker how the printer and archive are every few seconds; collects answers.
    fn watch(&mut self, now: f64) {
        let w = &mut self.watching;
        if let Some(answer) = w.pending.as_ref().and_then(Pending::poll) {
            w.pending = None;
            w.now = answer.unwrap_or_else(|| Watch {
                printer: Some(self.staff.lang.text("staff-worker-stopped")),
                ..Watch::default()
            });
        }
        let due = w.asked_at.is_none_or(|at| now - at > WATCH_SECONDS);
        if due && w.pending.is_none() {
            w.asked_at = Some(now);
            w.pending = Some(self.worker.ask(w.now.clone(), Booth::watch));
        }
    }

    /// Collects answers from the worker and asks for the next message check.
    fn poll_work(&mut self, ctx: &egui::Context, now: f64) {
        self.watch(now);
        if let Some(change) = self.staff.poll(now, &self.worker) {
            match change {
                Changed::Layout(layout) => {
                    self.fields.set_layout(&layout);
                    self.layout = *layout;
                    self.work.fit_for = Default::default();
                }
                Changed::Keyboard(keyboard) => self.keyboard = keyboard,
            }
        }
        if let Some(answer) = self.attract.pending.as_ref().and_then(Pending::poll) {
            self.attract.pending = None;
            self.attract.cards = answer
                .unwrap_or_default()
                .iter()
                .map(|(_, image)| {
                    let mut picture = Picture::default();
                    picture.set(ctx, "exhibition card", image);
                    picture
                })
                .collect();
        }
        let w = &mut self.work;
        if let Some((pending, asked)) = &w.fit_pending
            && let Some(answer) = pending.poll()
        {
            w.fit = Some(answer.unwrap_or_else(|| {
                MessageFit::Other(self.languages.participant.text("engine-stopped"))
            }));
            w.fit_for = asked.clone();
            w.fit_pending = None;
        }
        let session = &self.flow.session;
        let lang = self.languages.participant;
        if self.flow.step == Step::Message && w.fit_pending.is_none() && !w.checked(session, lang) {
            let typed = (
                session.message.text().to_string(),
                session.name.text().to_string(),
                lang.tag,
            );
            let (message, name, tag) = typed.clone();
            let pending = self
                .worker
                .run(move |b| b.check_message(&message, &name, tag));
            w.fit_pending = Some((pending, typed));
        }
        if let Some(answer) = w.making.as_ref().and_then(Pending::poll) {
            w.making = None;
            let draft = match answer {
                Some(Ok((draft, screen))) => {
                    self.card.set(ctx, "card", &screen);
                    Some(draft)
                }
                Some(Err(e)) => {
                    w.problem = Some(e);
                    None
                }
                None => None,
            };
            self.flow.card_made(draft, now);
        }
        if let Some(answer) = w.printing.as_ref().and_then(Pending::poll) {
            w.printing = None;
            match answer {
                Some(Ok(printed)) => {
                    tracing::info!(
                        "card {} saved and sent in {} ms: {:?}, trouble {:?}",
                        printed.record.id,
                        printed.millis,
                        printed.outcome,
                        printed.trouble
                    );
                    self.watching.asked_at = None; // one more waiting: ask again now
                    let sent = printed.outcome.is_ok() && printed.trouble.is_none();
                    self.flow.printed(Some(printed.record.id), sent, now);
                }
                Some(Err(not_saved)) => {
                    // Not saved: the card stays on screen so nothing is lost; the participant
                    // is asked to fetch staff, and staff see why on the strip at once.
                    tracing::error!("card not saved: {}", not_saved.reason);
                    w.problem = Some(self.languages.participant.text("not-saved"));
                    self.watching.now.archive = Some(not_saved.reason);
                    self.watching.asked_at = None;
                    self.flow.not_saved(*not_saved.draft);
                }
                None => self.flow.printed(None, false, now),
            }
        }
    }

    fn make_card(&mut self) {
        let Some(photo) = self.flow.session.photo.clone() else {
            return;
        };
        let session = &self.flow.session;
        let (message, name) = (
            session.message.text().to_string(),
            session.name.text().to_string(),
        );
        let tag = self.languages.participant.tag;
        self.work.problem = None;
        self.flow.make_card();
        self.work.making = Some(self.worker.run(move |b| {
            let draft = b
                .make_card(&photo, &message, &name, tag)
                .map_err(|e| e.to_string())?;
            let screen = screen_copy(&draft.rendered.image, 900, 900);
            Ok((draft, screen))
        }));
    }

    fn print(&mut self) {
        let consent = self.flow.session.consent();
        let Some(draft) = self.flow.print() else {
            return;
        };
        self.work.problem = None;
        self.work.printing = Some(self.worker.run(move |b| b.save_and_print(draft, consent)));
    }
}

/// Gives back to the system the memory a participant's card freed. glibc keeps freed blocks
/// in each thread's arena (a card's 300 dpi pictures are tens of megabytes), which over a
/// day at the booth looks like the kiosk growing.
fn give_back_memory() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim only returns free pages of the allocator's own heaps to the
    // system; it touches no memory in use and is safe to call from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The part of a picture the card will show, for the frame over it.
fn frame_of(layout: &Layout, picture: &Picture) -> Option<crate::card::Crop> {
    picture
        .size()
        .map(|[w, h]| visible_part(layout, (w as u32, h as u32)))
}

/// Has the camera ask for a repaint on each new picture while its preview is on screen, so
/// the screen redraws at the camera's pace and idles otherwise.
fn wake_on_pictures(camera: &LiveCamera, ctx: &egui::Context) {
    let ctx = ctx.clone();
    camera.wake_with(move || ctx.request_repaint());
}
