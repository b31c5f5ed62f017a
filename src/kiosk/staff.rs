//! Staff mode's state: opened with F12 or five quick taps in the top-left corner, behind
//! the PIN, and closed by itself after a while with nobody touching it. Nothing here draws (that is `screens/staff.rs` and `screens/pin_pad.rs`) or
//! touches the archive, printer or settings file itself: each staff action becomes a job
//! for the booth's worker, and its answer is collected on a later frame.

use crate::archive::{CardId, CardRecord};
use crate::card::Layout;
use crate::print::cards::{self, PrintOutcome};

use super::booth::{Pending, SettingSaved, StaffSnapshot, Worker};
use super::i18n::Language;
use super::keyboard::Keyboard;
use super::pin::{PinGate, PinVerdict};
use super::screens::staff::{StaffAction, StaffInputs};

/// Taps in the corner that open the PIN pad, and the time they must fall within.
const CORNER_TAPS: usize = 5;
const CORNER_SECONDS: f64 = 4.0;
/// Size of the corner, points.
pub const CORNER_SIZE: f32 = 90.0;
/// How often the staff screen refreshes what it shows.
const REFRESH_SECONDS: f64 = 3.0;

/// Where staff mode is.
pub enum Mode {
    /// Closed: the participants' screens show.
    Closed,
    /// The PIN pad, with what was typed and the last verdict.
    Pin {
        /// The PIN typed so far.
        entered: String,
        /// The answer to the last PIN.
        verdict: Option<PinVerdict>,
    },
    /// The staff screen.
    Open,
}

/// A change staff made that the kiosk's screens must follow.
pub enum Changed {
    /// The card layout (photo frame, message face).
    Layout(Box<Layout>),
    /// The on-screen keyboards.
    Keyboard(Keyboard),
}

/// What a staff job answers: words for the screen, and maybe a change to follow.
type Answer = (String, Option<Changed>);

/// Staff mode.
pub struct Staff {
    /// The language of the staff screens.
    pub lang: &'static Language,
    /// Where staff mode is.
    pub mode: Mode,
    gate: PinGate,
    taps: Vec<f64>,
    /// What the worker gathered last.
    pub snapshot: StaffSnapshot,
    refreshing: Option<Pending<StaffSnapshot>>,
    refreshed_at: f64,
    action: Option<Pending<Answer>>,
    /// The outcome of the last action, in words.
    pub note: String,
    /// What staff type on the screen.
    pub inputs: StaffInputs,
    /// The card looked up, or why not.
    pub looked_up: Option<Result<CardRecord, String>>,
    lookup: Option<Pending<Result<CardRecord, String>>>,
    /// Whether Erase was pressed once.
    pub confirm_erase: bool,
    /// Whether Exit was pressed once (closing the kiosk asks again).
    pub confirm_exit: bool,
    /// Whether the staff screen opened since it was last drawn (nothing may have the
    /// keyboard's focus then: a Return meant for the PIN must not press a button).
    pub just_opened: bool,
    /// Seconds without a touch before staff mode closes by itself.
    idle_seconds: f64,
    /// The last touch or key while staff mode was open.
    touched_at: f64,
}

impl Staff {
    /// Staff mode, closed, checking PINs against `pin_hash` and closing after
    /// `idle_seconds` without a touch.
    pub fn new(lang: &'static Language, pin_hash: &str, idle_seconds: f64) -> Staff {
        Staff {
            lang,
            mode: Mode::Closed,
            gate: PinGate::new(pin_hash),
            taps: Vec::new(),
            snapshot: StaffSnapshot::default(),
            refreshing: None,
            refreshed_at: f64::NEG_INFINITY,
            action: None,
            note: String::new(),
            inputs: StaffInputs::default(),
            looked_up: None,
            lookup: None,
            confirm_erase: false,
            confirm_exit: false,
            just_opened: false,
            idle_seconds,
            touched_at: 0.0,
        }
    }

    /// Notes a touch or key (staff mode stays open while someone is using it).
    pub fn touched(&mut self, now: f64) {
        self.touched_at = now;
    }

    /// Closes staff mode when nobody has touched it for the idle time; true if it did.
    pub fn close_if_idle(&mut self, now: f64) -> bool {
        if self.is_open() && now - self.touched_at > self.idle_seconds {
            tracing::info!(
                "staff mode closed after {} s with nobody using it",
                self.idle_seconds
            );
            self.close();
            return true;
        }
        false
    }

    /// Whether the PIN pad or the staff screen is showing.
    pub fn is_open(&self) -> bool {
        !matches!(self.mode, Mode::Closed)
    }

    /// Opens the PIN pad.
    pub fn ask_pin(&mut self, now: f64) {
        if !self.is_open() {
            self.touched_at = now;
            self.mode = Mode::Pin {
                entered: String::new(),
                verdict: None,
            };
        }
    }

    /// Counts a tap, `in_corner` when it fell in the screen's top-left corner; true when five
    /// quick taps there open the PIN pad.
    pub fn corner_tap(&mut self, in_corner: bool, now: f64) -> bool {
        if !in_corner {
            return false;
        }
        self.taps.retain(|t| now - t < CORNER_SECONDS);
        self.taps.push(now);
        if self.taps.len() >= CORNER_TAPS {
            self.taps.clear();
            self.ask_pin(now);
            return true;
        }
        false
    }

    /// Checks the PIN typed on the pad.
    pub fn submit_pin(&mut self, now: f64) {
        let Mode::Pin { entered, verdict } = &mut self.mode else {
            return;
        };
        let result = self.gate.check(entered, now);
        entered.clear();
        if result == PinVerdict::Accepted {
            tracing::info!("staff mode opened");
            self.mode = Mode::Open;
            self.just_opened = true;
            self.refreshed_at = f64::NEG_INFINITY;
        } else {
            tracing::warn!("staff PIN refused: {result:?}");
            *verdict = Some(result);
        }
    }

    /// Closes staff mode (the lookup is forgotten: the next staff member starts clean).
    pub fn close(&mut self) {
        self.mode = Mode::Closed;
        self.looked_up = None;
        self.confirm_erase = false;
        self.confirm_exit = false;
        self.note.clear();
        self.inputs.lookup_id.clear();
    }

    /// Collects finished jobs and refreshes the snapshot every few seconds while open.
    /// Returns a change the screens must follow.
    pub fn poll(&mut self, now: f64, worker: &Worker) -> Option<Changed> {
        if let Some(answer) = self.refreshing.as_ref().and_then(Pending::poll) {
            self.refreshing = None;
            self.snapshot = answer.unwrap_or_default();
        }
        if let Some(answer) = self.lookup.as_ref().and_then(Pending::poll) {
            self.lookup = None;
            self.looked_up =
                Some(answer.unwrap_or_else(|| Err(self.lang.text("staff-worker-stopped"))));
        }
        let mut changed = None;
        if let Some(answer) = self.action.as_ref().and_then(Pending::poll) {
            self.action = None;
            let (note, change) =
                answer.unwrap_or_else(|| (self.lang.text("staff-worker-stopped"), None));
            self.note = note;
            changed = change;
            self.refreshed_at = f64::NEG_INFINITY;
        }
        if matches!(self.mode, Mode::Open)
            && self.refreshing.is_none()
            && now - self.refreshed_at > REFRESH_SECONDS
        {
            self.refreshed_at = now;
            self.refreshing = Some(worker.ask(self.snapshot.clone(), |b| b.staff_snapshot()));
        }
        changed
    }

    fn act(
        &mut self,
        worker: &Worker,
        job: impl FnOnce(&mut super::booth::Booth) -> Answer + Send + 'static,
    ) {
        if self.action.is_none() {
            self.note = "…".into();
            self.action = Some(worker.run(job));
        }
    }

    /// Turns what staff pressed into work for the worker. Camera changes are the app's
    /// (it owns the camera); the worker only records them.
    pub fn apply(&mut self, action: StaffAction, worker: &Worker) {
        let s = self.lang;
        let describe = move |outcome: Result<PrintOutcome, cards::CardPrintError>| match outcome {
            Ok(PrintOutcome::Submitted { queue, job }) => s.text_with(
                "staff-sent",
                &[("queue", queue.into()), ("job", job.to_string().into())],
            ),
            Ok(PrintOutcome::AlreadyQueued(entry)) => s.text_with(
                "staff-not-sent-again",
                &[
                    ("state", entry.state.to_string().into()),
                    ("printer", entry.printer.into()),
                ],
            ),
            Err(e) => e.to_string(),
        };
        if !matches!(action, StaffAction::Exit | StaffAction::ConfirmExit(_)) {
            self.confirm_exit = false;
        }
        match action {
            StaffAction::Back => self.close(),
            StaffAction::Exit => {}
            StaffAction::ConfirmExit(ask) => self.confirm_exit = ask,
            StaffAction::Resume(queue) => self.act(worker, move |b| {
                let note = match b.resume_printer(&queue) {
                    Ok(sent) => s.text_with(
                        "staff-resumed",
                        &[("queue", queue.as_str().into()), ("sent", sent.into())],
                    ),
                    Err(e) => e,
                };
                (note, None)
            }),
            StaffAction::Retry(id) => self.act(worker, move |b| {
                (
                    describe(cards::retry(&mut b.archive, b.printer.as_ref(), id)),
                    None,
                )
            }),
            StaffAction::CancelPrint(id) => self.act(worker, move |b| {
                let note = match cards::cancel(&mut b.archive, b.printer.as_ref(), id) {
                    Ok(true) => {
                        s.text_with("staff-print-cancelled", &[("card", id.to_string().into())])
                    }
                    Ok(false) => s.text_with(
                        "staff-nothing-to-cancel",
                        &[("card", id.to_string().into())],
                    ),
                    Err(e) => e.to_string(),
                };
                (note, None)
            }),
            StaffAction::Reprint(id, copies) => {
                self.act(worker, move |b| (describe(b.reprint(id, copies)), None))
            }
            StaffAction::LookUp(id) => {
                self.confirm_erase = false;
                match id.trim().parse::<CardId>() {
                    Ok(id) => {
                        self.lookup =
                            Some(worker.run(move |b| b.archive.get(id).map_err(|e| e.to_string())))
                    }
                    Err(e) => self.looked_up = Some(Err(e.to_string())),
                }
            }
            StaffAction::Withdraw(id, u) => {
                self.lookup =
                    Some(worker.run(move |b| {
                        b.archive.withdraw_consent(id, u).map_err(|e| e.to_string())
                    }));
            }
            StaffAction::Erase(_) if !self.confirm_erase => self.confirm_erase = true,
            StaffAction::Erase(id) => {
                self.looked_up = None;
                self.confirm_erase = false;
                self.act(worker, move |b| {
                    let note = match b.archive.erase(id) {
                        Ok(removed) => s.text_with(
                            "staff-erased",
                            &[
                                ("card", id.to_string().into()),
                                ("files", removed.len().into()),
                            ],
                        ),
                        Err(e) => e.to_string(),
                    };
                    (note, None)
                });
            }
            StaffAction::Camera(choice) => {
                self.act(worker, move |b| (saved(s, &b.set_camera(choice)), None))
            }
            StaffAction::Printer(queue) => {
                self.snapshot.printer_setting = queue.clone();
                self.act(worker, move |b| (saved(s, &b.set_printer(&queue)), None))
            }
            StaffAction::Layout(name) => {
                self.snapshot.layout = name.clone();
                self.act(worker, move |b| match b.set_layout(&name) {
                    Ok((layout, saved_to)) => {
                        (saved(s, &saved_to), Some(Changed::Layout(Box::new(layout))))
                    }
                    Err(e) => (e, None),
                })
            }
            StaffAction::ParticipantLanguage(tag) => {
                self.snapshot.language = tag.to_string();
                self.act(worker, move |b| (saved(s, &b.set_language(tag)), None))
            }
            StaffAction::StaffLanguage(tag) => {
                self.snapshot.staff_language = tag.to_string();
                if let Some(lang) = super::i18n::language(tag) {
                    self.lang = lang;
                }
                let s = self.lang;
                self.act(worker, move |b| {
                    (saved(s, &b.set_staff_language(tag)), None)
                })
            }
            StaffAction::SpeakScreens(on) => {
                self.act(worker, move |b| (saved(s, &b.set_speak_screens(on)), None))
            }
            StaffAction::Keyboards(names) => {
                self.snapshot.keyboards = names.clone();
                self.act(worker, move |b| match b.set_keyboards(names) {
                    Ok((kb, saved_to)) => (saved(s, &saved_to), Some(Changed::Keyboard(kb))),
                    Err(e) => (e, None),
                })
            }
        }
    }
}

/// A setting's change, in words: set, and where it was written (or why not).
fn saved(s: &Language, saved: &SettingSaved) -> String {
    let setting = [
        ("setting", saved.key.into()),
        ("value", saved.value.as_str().into()),
    ];
    match &saved.file {
        Ok(Some(path)) => {
            let file = [("file", path.display().to_string().into())];
            s.text_with("staff-setting-saved", &[setting.as_slice(), &file].concat())
        }
        Ok(None) => s.text_with("staff-setting-session", &setting),
        Err(e) => {
            let error = [("error", e.as_str().into())];
            s.text_with(
                "staff-setting-not-written",
                &[setting.as_slice(), &error].concat(),
            )
        }
    }
}
