//! What the kiosk asks of the library, gathered in one place and run on one worker thread,
//! so the screen never waits for the card engine, the disk or the printer.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

use image::RgbImage;

use crate::archive::{
    Archive, ArchiveError, CardId, CardRecord, CardSummary, Consent, Filter, NewCard, Participant,
    PrintEntry, Timestamp, Use,
};
use crate::capture::{CameraChoice, Frame, list_webcams};
use crate::card::room::Room;
use crate::card::{CardEngine, CardError, CardText, Layout, Photo, RenderedCard, raster};
use crate::language;
use crate::print::cards::{self, CardPrintError, PrintOutcome};
use crate::print::{JobState, PrintSystem, PrinterStatus};

use super::config::Config;

/// A card made from the participant's photo and message, not yet saved.
pub struct Draft {
    /// The id the card is saved under (its reference is printed on it).
    pub id: CardId,
    /// What the card says.
    pub text: CardText,
    /// The photo file as it goes into the archive.
    pub photo: Vec<u8>,
    /// The print PDF and the PNG.
    pub rendered: RenderedCard,
}

impl std::fmt::Debug for Draft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Draft")
            .field("text", &self.text)
            .finish_non_exhaustive()
    }
}

/// The card engine's verdict on a message as it is typed.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageFit {
    /// Nothing typed yet.
    Empty,
    /// It fits; `used` (0 to 1) is how much of the card's room the message takes.
    Fits {
        /// The room used, as [`crate::card::room::Room`] measures it.
        used: f32,
    },
    /// Too long: shorten by about this many percent.
    TooLong {
        /// Percent to cut.
        shorten_percent: u32,
    },
    /// Characters the fonts cannot print.
    Unprintable {
        /// The characters, as the engine lists them.
        chars: String,
    },
    /// Any other problem (the name, say), in words.
    Other(String),
}

impl MessageFit {
    /// Whether the participant may go on.
    pub fn is_ok(&self) -> bool {
        matches!(self, MessageFit::Fits { .. })
    }
}

/// A saved card and what the printer did with it.
pub struct Printed {
    /// The archived record.
    pub record: CardRecord,
    /// The print outcome, or why the printer did not take it (the card stays queued for
    /// staff).
    pub outcome: Result<PrintOutcome, String>,
    /// Why the card will not come out now although it is saved (and maybe sent): the
    /// printer's trouble, or the job held. The participant is then told staff will hand it
    /// to them.
    pub trouble: Option<String>,
    /// Milliseconds from the request to the job being with CUPS.
    pub millis: u128,
}

/// What participants and staff are told about the printer and the archive, asked every
/// few seconds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Watch {
    /// Why cards are not coming out of the printer, in plain words (`None`: printing).
    pub printer: Option<String>,
    /// Cards saved at this booth that have not come out yet: jobs waiting in the queue and
    /// cards the printer did not take.
    pub waiting: usize,
    /// Why cards cannot be saved now (`None`: they can).
    pub archive: Option<String>,
}

/// A card the archive could not take (disk full, say): handed back so it is not lost.
pub struct NotSaved {
    /// The card, to try again.
    pub draft: Box<Draft>,
    /// Why, for staff.
    pub reason: String,
}

/// What the staff screen shows, gathered on the worker every few seconds.
#[derive(Clone, PartialEq)]
pub struct StaffSnapshot {
    /// The printer in use and its state (or why it cannot be asked).
    pub printer: Option<Result<PrinterStatus, String>>,
    /// Prints waiting, stopped or failed.
    pub queue: Vec<(CardId, PrintEntry)>,
    /// The newest cards.
    pub recent: Vec<CardSummary>,
    /// Portraits taken and copies sent today.
    pub counts: Option<(usize, usize)>,
    /// Webcams the system lists (asking opens every video device, so not every frame).
    pub webcams: Vec<(u32, String)>,
    /// The print queues CUPS has (or why it cannot say).
    pub queues: Result<Vec<String>, String>,
    /// The printer in the settings ("" = CUPS' default).
    pub printer_setting: String,
    /// The layout in the settings.
    pub layout: String,
    /// The keyboards in the settings.
    pub keyboards: Vec<String>,
    /// The language participants start in.
    pub language: String,
    /// The language of the staff screens.
    pub staff_language: String,
    /// Whatever could not be read, in words.
    pub problem: Option<String>,
}

impl Default for StaffSnapshot {
    fn default() -> Self {
        StaffSnapshot {
            printer: None,
            queue: Vec::new(),
            recent: Vec::new(),
            counts: None,
            webcams: Vec::new(),
            queues: Ok(Vec::new()),
            printer_setting: String::new(),
            layout: String::new(),
            keyboards: Vec::new(),
            language: String::new(),
            staff_language: String::new(),
            problem: None,
        }
    }
}

/// A setting staff changed, and whether it reached the settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingSaved {
    /// The setting's name in the file.
    pub key: &'static str,
    /// The value, as shown.
    pub value: String,
    /// The file written, or why it was not (`None` file: no settings file, this session only).
    pub file: Result<Option<PathBuf>, String>,
}

/// The booth's services: card engine, archive, printer and the settings (the one copy).
pub struct Booth {
    /// Makes the cards.
    pub engine: CardEngine,
    /// Keeps them.
    pub archive: Archive,
    /// Prints them.
    pub printer: Box<dyn PrintSystem>,
    /// The card layout in use.
    pub layout: Layout,
    /// The settings.
    pub config: Config,
    /// Where the settings are written back to (`None`: nowhere, e.g. in tests).
    config_path: Option<PathBuf>,
    /// Cards saved this session that the printer did not take, oldest first: sent again, in
    /// order, when staff resume the printer.
    unsent: Vec<CardId>,
    /// Cards sent to the printer whose jobs are not over: followed until they are, so their
    /// history says how they ended (CUPS forgets old jobs after a busy day).
    following: Vec<CardId>,
    /// Whether the archive's catalog must be opened again before the next save (its drive
    /// went away or failed; the old connection may point at nothing).
    archive_stale: bool,
    /// The start of the day before which every card kept without consent has
    /// been erased; `None` until the first pass.
    unkept_erased_before: Option<Timestamp>,
    /// At a staffed booth, the participant's row the interviewer answers.
    pub(super) participant: Option<Participant>,
}

impl Booth {
    /// Opens the archive and loads the layout the settings name; cards print through
    /// `printer` (the local CUPS at a booth).
    pub fn open(
        config: Config,
        config_path: Option<PathBuf>,
        printer: Box<dyn PrintSystem>,
    ) -> anyhow::Result<Booth> {
        let layout = Layout::find(&config.layout)?;
        let archive = Archive::open(&config.archive_dir())?;
        // A participant left in progress by a kiosk that stopped is gone.
        archive.participant_gone(&config.booth_name)?;
        Ok(Booth {
            engine: CardEngine::with_font_folders(&config.font_folders),
            archive,
            printer,
            layout,
            config,
            config_path,
            unsent: Vec::new(),
            following: Vec::new(),
            archive_stale: false,
            unkept_erased_before: None,
            participant: None,
        })
    }

    /// The queue cards go to: the settings' printer, else CUPS' default.
    fn queue(&self) -> Result<String, String> {
        match self.config.printer_queue() {
            Some(q) => Ok(q.to_string()),
            None => self.printer.default_queue().map_err(|e| e.to_string()),
        }
    }

    /// Where the printer and the archive stand, for the participant's goodbye and the alert
    /// every screen shows.
    pub fn watch(&mut self) -> Watch {
        // The archive first: a drive that came back is opened again before jobs are noted.
        let archive = self.archive_ready().err().map(|e| e.to_string());
        self.follow_jobs();
        if archive.is_none() {
            self.erase_unkept(now_local());
        }
        let (mut printer, mut waiting) = self.printer_trouble();
        if printer.is_none() && !self.unsent.is_empty() {
            // The printer is back (CUPS restarted, the queue accepts again, resumed outside
            // the kiosk): the cards it did not take go now, without waiting for staff.
            let sent = self.send_unsent();
            tracing::info!("printer back: {sent} card(s) it had not taken sent");
            (printer, waiting) = self.printer_trouble();
        }
        Watch {
            printer,
            waiting,
            archive,
        }
    }

    /// Asks CUPS how the jobs of cards sent this session stand, and records it; cards whose
    /// print is over are no longer followed.
    fn follow_jobs(&mut self) {
        let mut still = Vec::new();
        for id in std::mem::take(&mut self.following) {
            match cards::refresh(&mut self.archive, self.printer.as_ref(), id) {
                Ok(record) if !record.prints.last().is_some_and(PrintEntry::is_open) => {}
                Ok(_) => still.push(id),
                Err(e) => {
                    tracing::debug!("card {id}: print not followed now: {e}");
                    still.push(id);
                }
            }
        }
        self.following = still;
    }

    /// Keeps the consent screen's word once the day is over: the cards of earlier days whose
    /// participants did not agree to keep them are erased (tombstones and all), each after
    /// its print has ended. Asked every few seconds; the archive is searched only when the
    /// day changed or a card was still printing last time. Returns the cards erased.
    pub fn erase_unkept(&mut self, now: time::OffsetDateTime) -> Vec<CardId> {
        let day_start = day_start(now);
        if self.unkept_erased_before == Some(day_start) {
            return Vec::new();
        }
        match self.archive.erase_unkept(day_start) {
            Ok((erased, waiting)) => {
                if !erased.is_empty() {
                    tracing::info!(
                        "{} card(s) of earlier days erased: their participants did not agree to keep them",
                        erased.len()
                    );
                }
                if waiting == 0 {
                    self.unkept_erased_before = Some(day_start);
                }
                erased
            }
            Err(e) => {
                tracing::warn!("cards of earlier days not erased yet: {e}");
                Vec::new()
            }
        }
    }

    /// Why cards are not coming out of the printer (if they are not), and how many wait.
    fn printer_trouble(&self) -> (Option<String>, usize) {
        let unsent = self.unsent.len();
        let status = self.queue().and_then(|q| {
            let status = self.printer.printer(&q).map_err(|e| e.to_string())?;
            Ok((status, self.printer.open_jobs(&q).unwrap_or(0)))
        });
        match status {
            Ok((status, jobs)) => (status.trouble, jobs + unsent),
            Err(e) => (Some(e), unsent),
        }
    }

    /// Whether the archive can take a card now. A drive that went away and came back is
    /// opened again here, so the booth recovers without a restart.
    pub fn archive_ready(&mut self) -> Result<(), ArchiveError> {
        if let Err(e) = self.archive.check_room() {
            self.archive_stale = true;
            return Err(e);
        }
        if self.archive_stale {
            self.archive = Archive::reopen(self.archive.root())?;
            self.archive_stale = false;
            tracing::info!("archive at {} opened again", self.archive.root().display());
        }
        Ok(())
    }

    /// Resumes the queue (staff), then sends again, oldest first, the cards it did not take
    /// this session. Returns how many were sent.
    pub fn resume_printer(&mut self, queue: &str) -> Result<usize, String> {
        self.printer.resume(queue).map_err(|e| e.to_string())?;
        Ok(self.send_unsent())
    }

    /// Sends again, oldest first, the cards the printer did not take this session; those it
    /// still does not take stay for the next try. Returns how many were sent.
    fn send_unsent(&mut self) -> usize {
        let mut sent = 0;
        for id in std::mem::take(&mut self.unsent) {
            match self.reprint(id, self.config.copies) {
                Ok(PrintOutcome::Submitted { .. }) => sent += 1,
                Ok(PrintOutcome::AlreadyQueued(_)) => {}
                Err(e) => {
                    tracing::warn!("card {id} still not printed: {e}");
                    self.unsent.push(id);
                }
            }
        }
        sent
    }

    /// Writes a staff choice into the settings file, so it holds after a restart.
    fn save_setting(&self, key: &'static str, value: toml::Value, shown: String) -> SettingSaved {
        let file = match &self.config_path {
            Some(path) => Config::save_setting(path, key, value)
                .map(|()| Some(path.clone()))
                .map_err(|e| format!("{}: {e}", path.display())),
            None => Ok(None),
        };
        SettingSaved {
            key,
            value: shown,
            file,
        }
    }

    /// Changes the card layout (and the settings file). Returns the layout for the screen.
    pub fn set_layout(&mut self, name: &str) -> Result<(Layout, SettingSaved), String> {
        let layout = Layout::find(name).map_err(|e| e.to_string())?;
        self.layout = layout.clone();
        self.config.layout = name.to_string();
        let saved = self.save_setting("layout", name.into(), name.to_string());
        Ok((layout, saved))
    }

    /// Sends cards to `queue` from now on ("" = CUPS' default), and writes it into the
    /// settings file.
    pub fn set_printer(&mut self, queue: &str) -> SettingSaved {
        self.config.printer = queue.to_string();
        let shown = self
            .config
            .printer_queue()
            .unwrap_or("the system's default printer")
            .to_string();
        self.save_setting("printer", queue.into(), shown)
    }

    /// Records the camera staff chose in the settings file.
    pub fn set_camera(&mut self, choice: CameraChoice) -> SettingSaved {
        let shown = choice.to_string();
        self.config.camera = choice;
        self.save_setting("camera", shown.clone().into(), shown)
    }

    /// Changes the language each participant starts in, and the settings file.
    pub fn set_language(&mut self, tag: &str) -> SettingSaved {
        self.config.language = tag.to_string();
        self.save_setting("language", tag.into(), tag.to_string())
    }

    /// Changes the language of the staff screens, and the settings file.
    pub fn set_staff_language(&mut self, tag: &str) -> SettingSaved {
        self.config.staff_language = tag.to_string();
        self.save_setting("staff_language", tag.into(), tag.to_string())
    }

    /// Has every screen read aloud as it opens (or not), and the settings file.
    pub fn set_speak_screens(&mut self, on: bool) -> SettingSaved {
        self.config.speak_screens = on;
        self.save_setting("speak_screens", on.into(), on.to_string())
    }

    /// Changes the on-screen keyboards (checked first) and the settings file.
    pub fn set_keyboards(
        &mut self,
        names: Vec<String>,
    ) -> Result<(super::keyboard::Keyboard, SettingSaved), String> {
        let keyboard = super::keyboard::Keyboard::from_names(&names).map_err(|e| e.to_string())?;
        self.config.keyboards = names.clone();
        let saved = self.save_setting("keyboards", names.clone().into(), names.join(", "));
        Ok((keyboard, saved))
    }

    /// Gathers what the staff screen shows.
    pub fn staff_snapshot(&mut self) -> StaffSnapshot {
        let mut snap = StaffSnapshot {
            webcams: list_webcams(),
            queues: self
                .printer
                .printers()
                .map(|ps| ps.into_iter().map(|p| p.name).collect())
                .map_err(|e| e.to_string()),
            printer_setting: self.config.printer.clone(),
            layout: self.config.layout.clone(),
            keyboards: self.config.keyboards.clone(),
            language: self.config.language.clone(),
            staff_language: self.config.staff_language.clone(),
            ..StaffSnapshot::default()
        };
        snap.printer = Some(
            self.queue()
                .and_then(|q| self.printer.printer(&q).map_err(|e| e.to_string())),
        );
        let problems: Vec<String> = [
            cards::queue(&mut self.archive, self.printer.as_ref())
                .map(|q| snap.queue = q)
                .err()
                .map(|e| e.to_string()),
            self.archive
                .recent(&Filter::default(), 8)
                .map(|r| snap.recent = r)
                .err()
                .map(|e| e.to_string()),
            self.counts_today()
                .map(|c| snap.counts = Some(c))
                .err()
                .map(|e| e.to_string()),
            self.archive_ready().err().map(|e| e.to_string()),
        ]
        .into_iter()
        .flatten()
        .collect();
        snap.problem = (!problems.is_empty()).then(|| problems.join("; "));
        snap
    }

    /// Prints an archived card again on the settings' printer, and follows the job.
    pub fn reprint(&mut self, id: CardId, copies: u32) -> Result<PrintOutcome, CardPrintError> {
        let queue = self.config.printer_queue().map(str::to_string);
        let outcome = cards::print(
            &mut self.archive,
            self.printer.as_ref(),
            id,
            queue.as_deref(),
            copies,
        )?;
        if matches!(outcome, PrintOutcome::Submitted { .. }) && !self.following.contains(&id) {
            self.following.push(id);
        }
        Ok(outcome)
    }

    /// The newest cards whose participants agreed to the exhibition, as pictures at most
    /// `max_w` x `max_h` for the start screen. A card without that consent is never among
    /// them; a card whose picture cannot be read is left out.
    pub fn exhibition_cards(&self, n: usize, max_w: u32, max_h: u32) -> Vec<(CardId, RgbImage)> {
        let filter = Filter {
            consent: Some(Use::Exhibition),
            ..Filter::default()
        };
        let records = match self.archive.recent(&filter, n) {
            Ok(records) => records,
            Err(e) => {
                tracing::warn!("no cards for the start screen: {e}");
                return Vec::new();
            }
        };
        records
            .into_iter()
            .filter_map(|r| {
                let path = self.archive.card_dir(r.id).join("card.png");
                // A card merged from another booth is a file from outside: decoded with
                // the photo's limits.
                match Photo::open(&path, (max_w, max_h)) {
                    Ok(card) => Some((r.id, screen_copy(&card.image, max_w, max_h))),
                    Err(e) => {
                        tracing::warn!("start screen skips {}: {e}", path.display());
                        None
                    }
                }
            })
            .collect()
    }

    /// What a card with this message and name says (event and today's date added, the
    /// date in the participant's language `lang`).
    pub fn card_text(&self, message: &str, name: &str, lang: &str) -> CardText {
        CardText {
            message: message.trim().to_string(),
            name: Some(name.trim().to_string()).filter(|n| !n.is_empty()),
            event: Some(self.config.event.trim().to_string()).filter(|e| !e.is_empty()),
            date: Some(crate::card::date_on_card(lang)),
            translation: None,
            reference: None,
            language: None,
        }
    }

    /// Lays out the message as the card will print it and says whether it fits.
    pub fn check_message(&mut self, message: &str, name: &str, lang: &str) -> MessageFit {
        if message.trim().is_empty() {
            return MessageFit::Empty;
        }
        let text = self.card_text(message, name, lang);
        match self.engine.message_room(&self.layout, &text) {
            Ok(Room::Fits { used }) => MessageFit::Fits { used },
            Ok(Room::TooLong { shorten_percent }) => MessageFit::TooLong { shorten_percent },
            Err(CardError::MissingGlyphs { chars, .. }) => MessageFit::Unprintable { chars },
            Err(e) => MessageFit::Other(e.to_string()),
        }
    }

    /// Makes the card from the photo taken and the message.
    pub fn make_card(
        &mut self,
        photo: &Frame,
        message: &str,
        name: &str,
        lang: &str,
    ) -> Result<Draft, CardError> {
        let id = CardId::new();
        let text = CardText {
            reference: Some(id.reference()),
            // The language chosen at the booth tells what detection cannot.
            language: Some(language::detect(message, language::from_tag(lang))),
            ..self.card_text(message, name, lang)
        };
        let portrait = Photo::from_rgb(photo.image.as_ref().clone());
        let rendered = self.engine.render(&self.layout, &text, &portrait, None)?;
        // The camera's own JPEG when it sent one; otherwise the frame, encoded once.
        let photo = match &photo.original {
            Some(bytes) => bytes.as_ref().clone(),
            None => raster::encode_jpeg(&photo.image, 92)?,
        };
        Ok(Draft {
            id,
            text,
            photo,
            rendered,
        })
    }

    /// Saves the card to the archive (files, then the catalog row), once the archive is
    /// there with room for it.
    pub fn save(&mut self, draft: &Draft, consent: Consent) -> Result<CardRecord, ArchiveError> {
        self.archive_ready()?;
        let story = self.story()?;
        let saved = self.archive.save(NewCard {
            id: draft.id,
            text: &draft.text,
            consent,
            layout: &self.layout,
            photo: &draft.photo,
            rendered: &draft.rendered,
            story,
        });
        self.archive_stale |= saved.is_err();
        if saved.is_ok() {
            self.participant_gone();
        }
        saved
    }

    /// Saves the card to the archive, then sends it to the printer. The card is in the
    /// archive before anything is printed; a printer problem leaves it queued for staff.
    pub fn save_and_print(&mut self, draft: Draft, consent: Consent) -> Result<Printed, NotSaved> {
        let started = Instant::now();
        let record = match self.save(&draft, consent) {
            Ok(record) => record,
            Err(e) => {
                return Err(NotSaved {
                    draft: Box::new(draft),
                    reason: e.to_string(),
                });
            }
        };
        let outcome = self
            .reprint(record.id, self.config.copies)
            .map_err(|e| e.to_string());
        let millis = started.elapsed().as_millis();
        let trouble = match &outcome {
            Err(e) => {
                tracing::warn!("card {} saved but not printed: {e}", record.id);
                self.unsent.push(record.id);
                Some(e.clone())
            }
            Ok(PrintOutcome::Submitted { queue, job }) => {
                let held = self
                    .printer
                    .job(queue, *job)
                    .is_ok_and(|j| matches!(j.state, JobState::Held | JobState::Stopped));
                self.printer_trouble()
                    .0
                    .or_else(|| held.then(|| format!("job {job} is held")))
            }
            Ok(PrintOutcome::AlreadyQueued(_)) => self.printer_trouble().0,
        };
        Ok(Printed {
            record,
            outcome,
            trouble,
            millis,
        })
    }

    /// Portraits taken and card copies sent to a printer since local midnight.
    pub fn counts_today(&self) -> Result<(usize, usize), ArchiveError> {
        self.archive.activity_since(day_start(now_local()))
    }
}

/// The booth's clock, in its local time (UTC where the time zone cannot be read).
fn now_local() -> time::OffsetDateTime {
    Timestamp::now().local()
}

/// The midnight that began `now`'s day, where `now` is.
fn day_start(now: time::OffsetDateTime) -> Timestamp {
    Timestamp::at(now.replace_time(time::Time::MIDNIGHT))
}

/// A card image scaled to fit `max_w` x `max_h`, for the screen.
pub fn screen_copy(image: &RgbImage, max_w: u32, max_h: u32) -> RgbImage {
    let (w, h) = image.dimensions();
    let scale = (max_w as f32 / w as f32)
        .min(max_h as f32 / h as f32)
        .min(1.0);
    let (sw, sh) = (
        ((w as f32 * scale) as u32).max(1),
        ((h as f32 * scale) as u32).max(1),
    );
    crate::card::resize_rgb(image, sw, sh).unwrap_or_else(|_| image.clone())
}

/// A job, returning whether its answer should wake the screen.
type Job = Box<dyn FnOnce(&mut Booth) -> bool + Send>;

/// Runs jobs on the booth's services, one after another, on a thread of its own.
pub struct Worker {
    /// `None` only while the worker is being stopped.
    jobs: Option<mpsc::Sender<Job>>,
    thread: Option<std::thread::JoinHandle<()>>,
    /// Called after each job: wakes the screen to collect the answer (so it need not keep
    /// redrawing to look for it).
    wake: Waker,
}

/// What the worker calls when an answer is ready.
type Waker = Arc<Mutex<Option<Box<dyn Fn() + Send>>>>;

/// Stopping the worker lets it finish the job in hand (a card being saved, say) and the
/// ones already queued: closing the kiosk never cuts a save short.
impl Drop for Worker {
    fn drop(&mut self) {
        drop(self.jobs.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The answer to a job, when it comes.
pub struct Pending<T> {
    answer: mpsc::Receiver<T>,
}

impl<T> Pending<T> {
    /// The answer if it is ready; `Some(None)` if the worker died without one.
    pub fn poll(&self) -> Option<Option<T>> {
        match self.answer.try_recv() {
            Ok(answer) => Some(Some(answer)),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(None),
        }
    }
}

impl Worker {
    /// Starts the worker thread that owns `booth`.
    pub fn start(mut booth: Booth) -> std::io::Result<Worker> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let wake: Waker = Arc::default();
        let waker = wake.clone();
        let thread = std::thread::Builder::new()
            .name("booth".into())
            .spawn(move || {
                for job in inbox {
                    if !job(&mut booth) {
                        continue;
                    }
                    if let Some(wake) = &*waker.lock().unwrap_or_else(|e| e.into_inner()) {
                        wake();
                    }
                }
            })?;
        Ok(Worker {
            jobs: Some(jobs),
            thread: Some(thread),
            wake,
        })
    }

    /// Has the worker call `wake` after each job whose answer the screen should collect
    /// now (it then redraws).
    pub fn wake_with(&self, wake: impl Fn() + Send + 'static) {
        *self.wake.lock().unwrap_or_else(|e| e.into_inner()) = Some(Box::new(wake));
    }

    /// Queues a job; its answer arrives in the returned `Pending`, and wakes the screen.
    pub fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Booth) -> T + Send + 'static,
    ) -> Pending<T> {
        self.queue(job, |_| true)
    }

    /// Queues a question asked again and again (how is the printer?) whose answer wakes
    /// the screen only when it differs from `shown`, the answer the screen shows now;
    /// otherwise the screen collects it when it next draws. (A screen drawn in software
    /// costs a core's tens of milliseconds a frame; most answers change nothing.)
    pub fn ask<T: PartialEq + Send + 'static>(
        &self,
        shown: T,
        job: impl FnOnce(&mut Booth) -> T + Send + 'static,
    ) -> Pending<T> {
        self.queue(job, move |answer| *answer != shown)
    }

    fn queue<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Booth) -> T + Send + 'static,
        wakes: impl FnOnce(&T) -> bool + Send + 'static,
    ) -> Pending<T> {
        let (tx, answer) = mpsc::channel();
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Box::new(move |booth| {
                let answer = job(booth);
                let wake = wakes(&answer);
                let _ = tx.send(answer);
                wake
            }));
        }
        Pending { answer }
    }
}
