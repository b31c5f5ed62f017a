//! The kiosk's side of a staffed booth: the participant's row in the archive, which the
//! interviewer's "At the booth" page reads and answers (their story, the quote for the
//! card). A booth that serves itself writes no row. Trouble here never stops the
//! participant: it is logged, and the booth carries on as a self-service one would.

use std::path::PathBuf;
use std::time::SystemTime;

use image::RgbImage;

use super::booth::{Booth, Pending, Worker, screen_copy};
use super::config::BoothMode;
use super::flow::{Flow, Step};
use super::widgets::picture::Picture;
use crate::archive::{ArchiveError, Story, Timestamp};
use crate::capture::{Frame, ShotWatch, read_shot};
use crate::card::raster;

/// The photo the interviewer's preview is drawn from is at most this many pixels across.
const PREVIEW_PHOTO: u32 = 640;

impl Booth {
    fn staffed(&self) -> bool {
        self.config.mode == BoothMode::Staffed
    }

    /// A participant pressed start: their row is written for the interviewer.
    pub fn participant_started(&mut self) {
        if !self.staffed() {
            return;
        }
        let started = self
            .archive
            .participant_started(&self.config.booth_name, &self.layout.name);
        self.participant = started
            .inspect_err(|e| tracing::warn!("participant not shown to the interviewer: {e}"))
            .ok();
    }

    /// Where the participant is now, and the first name they typed (if any).
    pub fn participant_at(&mut self, step: &str, first_name: Option<&str>) {
        if let Some(p) = &self.participant
            && let Err(e) = self.archive.participant_at(p, step, first_name)
        {
            tracing::warn!("participant's step not shown to the interviewer: {e}");
        }
    }

    /// The participant's photo, for the interviewer's card preview.
    pub fn participant_photo(&mut self, photo: &RgbImage) {
        let Some(p) = &self.participant else {
            return;
        };
        let small = screen_copy(photo, PREVIEW_PHOTO, PREVIEW_PHOTO);
        let written = raster::encode_jpeg(&small, 80)
            .map_err(|e| e.to_string())
            .and_then(|jpeg| {
                self.archive
                    .participant_photo(p, &jpeg)
                    .map_err(|e| e.to_string())
            });
        if let Err(e) = written {
            tracing::warn!("photo not shown to the interviewer: {e}");
        }
    }

    /// A quote the interviewer sent for the message field, once.
    pub fn take_quote(&mut self) -> Option<String> {
        let p = self.participant.as_ref()?;
        self.archive
            .take_quote(p)
            .inspect_err(|e| tracing::warn!("the interviewer's quote not read: {e}"))
            .ok()
            .flatten()
    }

    /// The story the interviewer wrote, as the card's record keeps it. A story that cannot
    /// be read stops the save (the card stays on screen, staff are told), so it is not lost.
    pub(super) fn story(&self) -> Result<Option<Story>, ArchiveError> {
        let Some(p) = self.participant.as_ref() else {
            return Ok(None);
        };
        Ok(self.archive.story_for(p)?.map(|(text, by)| Story {
            text,
            by,
            at: Timestamp::now(),
            translation: None,
            corrections: Vec::new(),
        }))
    }

    /// The participant finished or walked away: their row goes with everything in it.
    pub fn participant_gone(&mut self) {
        if self.participant.take().is_some()
            && let Err(e) = self.archive.participant_gone(&self.config.booth_name)
        {
            tracing::error!("a participant's row at the booth not removed: {e}");
        }
    }
}

/// How often the kiosk asks whether the interviewer sent a quote.
const QUOTE_POLL_SECONDS: f64 = 0.4;

/// What the kiosk last told the interviewer about its participant, and its question for
/// a quote.
#[derive(Default)]
pub(super) struct Interview {
    /// The step and first name last written (`None`: nobody in progress).
    told: Option<(&'static str, String)>,
    /// The photo last given for the preview.
    photo: Option<std::sync::Arc<RgbImage>>,
    asked_at: Option<f64>,
    quote: Option<Pending<Option<String>>>,
}

impl Interview {
    /// Whether a participant is in progress (the screen then looks for a quote often).
    pub(super) fn in_progress(&self) -> bool {
        self.told.is_some()
    }

    /// Tells the worker where the participant is, and puts a quote the interviewer sent into
    /// the message field. Called on every frame of a staffed booth.
    pub(super) fn follow(&mut self, flow: &mut Flow, worker: &Worker, now: f64) {
        let step = step_word(flow.step);
        let name = flow.session.name.text().trim().to_string();
        let told = step.map(|s| (s, name));
        if told == self.told {
            // Nothing new to tell.
        } else if let Some((step, name)) = told.clone() {
            let started = self.told.is_none();
            worker.ask((), move |b| {
                if started {
                    b.participant_started();
                }
                b.participant_at(step, Some(name.as_str()).filter(|n| !n.is_empty()));
            });
        } else {
            worker.ask((), Booth::participant_gone);
            *self = Interview::default();
        }
        self.told = told;
        if self.told.is_none() {
            return;
        }
        let photo = flow.session.photo.as_ref().map(|f| f.image.clone());
        if let Some(image) = &photo
            && !self
                .photo
                .as_ref()
                .is_some_and(|p| std::sync::Arc::ptr_eq(p, image))
        {
            let image = image.clone();
            worker.ask((), move |b| b.participant_photo(&image));
        }
        self.photo = photo;
        if let Some(answer) = self.quote.as_ref().and_then(Pending::poll) {
            self.quote = None;
            if let Some(quote) = answer.flatten() {
                flow.set_message(&quote);
            }
        }
        let due = self
            .asked_at
            .is_none_or(|at| now - at >= QUOTE_POLL_SECONDS);
        if due && self.quote.is_none() {
            self.asked_at = Some(now);
            self.quote = Some(worker.ask(None, Booth::take_quote));
        }
    }
}

/// The participant's step as the interviewer's page shows it (`None`: nobody in progress).
fn step_word(step: Step) -> Option<&'static str> {
    Some(match step {
        Step::Attract | Step::Goodbye { .. } => return None,
        Step::Consent => "consent",
        Step::Camera | Step::Countdown { .. } => "camera",
        Step::Review => "photo",
        Step::Message => "message",
        Step::Making | Step::Preview => "card",
        Step::Printing => "printing",
    })
}

/// The photographer's strip: the shots of the participant at the booth, as pictures on
/// screen, and the one being read whole for the card.
pub(super) struct Strip {
    watch: ShotWatch,
    /// The watcher's change count the tiles were made at.
    shown: Option<u64>,
    /// Each shot's file and picture, newest first.
    pub(super) tiles: Vec<(PathBuf, Picture)>,
    /// The shot being read for the card.
    choosing: Option<Pending<Result<Frame, String>>>,
}

/// Thumbnails are decoded to cover this many pixels: a third of a 1920-wide screen.
const THUMB: (u32, u32) = (640, 480);

impl Strip {
    /// Watches the tethered camera's hot folder `folder`.
    pub(super) fn start(folder: PathBuf) -> Strip {
        Strip {
            watch: ShotWatch::start(folder, THUMB),
            shown: None,
            tiles: Vec::new(),
            choosing: None,
        }
    }

    /// Has a new shot wake the screen.
    pub(super) fn wake_with(&self, ctx: &egui::Context) {
        let ctx = ctx.clone();
        self.watch.wake_with(move || ctx.request_repaint());
    }

    /// Shows the shots taken since `since` (when the participant pressed start); returns
    /// whether there are new ones (the photographer at work: someone is at the booth).
    pub(super) fn update(&mut self, ctx: &egui::Context, since: SystemTime) -> bool {
        self.watch.begin(since);
        if self.shown == Some(self.watch.changes()) {
            return false;
        }
        let (changes, shots) = self.watch.shots();
        self.tiles = shots
            .into_iter()
            .map(|shot| {
                let mut picture = Picture::default();
                picture.set(ctx, "shot", &shot.thumb);
                (shot.path, picture)
            })
            .collect();
        self.shown = Some(changes);
        !self.tiles.is_empty()
    }

    /// Whether a shot is being read for the card.
    pub(super) fn choosing(&self) -> bool {
        self.choosing.is_some()
    }

    /// Reads the shot at `index` whole on the worker, for the card.
    pub(super) fn choose(&mut self, index: usize, worker: &Worker) {
        if let Some((path, _)) = self.tiles.get(index) {
            let path = path.clone();
            self.choosing = Some(worker.run(move |_| read_shot(&path).map_err(|e| e.to_string())));
        }
    }

    /// The chosen shot once read (or why it could not be).
    pub(super) fn chosen(&mut self) -> Option<Result<Frame, String>> {
        let answer = self.choosing.as_ref()?.poll()?;
        self.choosing = None;
        Some(answer.unwrap_or_else(|| Err("the booth's worker stopped".into())))
    }
}
