//! What the kiosk asks of the library, gathered in one place and run on one worker thread,
//! so the screen never waits for the card engine, the disk or the printer.

use std::sync::mpsc;
use std::time::Instant;

use image::RgbImage;

use crate::archive::printing::PrintOutcome;
use crate::archive::{Archive, ArchiveError, CardRecord, Consent, NewCard};
use crate::capture::Frame;
use crate::card::{CardEngine, CardError, CardText, Layout, Photo, RenderedCard, raster};
use crate::print::Cups;

use super::config::Config;

/// A card made from the participant's photo and message, not yet saved.
pub struct Draft {
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
    /// It fits; `fill` (0 to 1) is how full the message box is.
    Fits {
        /// How full the box is.
        fill: f32,
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
    /// Milliseconds from the request to the job being with CUPS.
    pub millis: u128,
}

/// A card the archive could not take (disk full, say): handed back so it is not lost.
pub struct NotSaved {
    /// The card, to try again.
    pub draft: Box<Draft>,
    /// Why, for staff.
    pub reason: String,
}

/// The booth's services: card engine, archive, printer and settings.
pub struct Booth {
    /// Makes the cards.
    pub engine: CardEngine,
    /// Keeps them.
    pub archive: Archive,
    /// Prints them.
    pub cups: Cups,
    /// The card layout in use.
    pub layout: Layout,
    /// The settings.
    pub config: Config,
}

impl Booth {
    /// Opens the archive and loads the layout the settings name.
    pub fn open(config: Config) -> anyhow::Result<Booth> {
        let layout = Layout::find(&config.layout)?;
        let archive = Archive::open(&config.archive_dir())?;
        Ok(Booth {
            engine: CardEngine::new(),
            archive,
            cups: Cups::local(),
            layout,
            config,
        })
    }

    /// What a card with this message and name says (event and today's date added).
    pub fn card_text(&self, message: &str, name: &str) -> CardText {
        CardText {
            message: message.trim().to_string(),
            name: Some(name.trim().to_string()).filter(|n| !n.is_empty()),
            event: Some(self.config.event.clone()),
            date: Some(crate::card::date_on_card()),
            translation: None,
        }
    }

    /// Lays out the message as the card will print it and says whether it fits.
    pub fn check_message(&mut self, message: &str, name: &str) -> MessageFit {
        if message.trim().is_empty() {
            return MessageFit::Empty;
        }
        let text = self.card_text(message, name);
        match self.engine.check_text(&self.layout, &text) {
            Ok(blocks) => MessageFit::Fits {
                fill: blocks
                    .iter()
                    .find(|b| b.field == crate::card::TextField::Message)
                    .map_or(0.0, |b| b.fill),
            },
            Err(CardError::TextDoesNotFit {
                shorten_percent, ..
            }) => MessageFit::TooLong { shorten_percent },
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
    ) -> Result<Draft, CardError> {
        let text = self.card_text(message, name);
        let portrait = Photo::from_rgb(photo.image.as_ref().clone());
        let rendered = self.engine.render(&self.layout, &text, &portrait, None)?;
        // The camera's own JPEG when it sent one; otherwise the frame, encoded once.
        let photo = match &photo.original {
            Some(bytes) => bytes.as_ref().clone(),
            None => raster::encode_jpeg(&photo.image, 92)?,
        };
        Ok(Draft {
            text,
            photo,
            rendered,
        })
    }

    /// Saves the card to the archive (files, then the catalog row).
    pub fn save(&mut self, draft: &Draft, consent: Consent) -> Result<CardRecord, ArchiveError> {
        self.archive.save(NewCard {
            text: &draft.text,
            consent,
            layout: &self.layout,
            photo: &draft.photo,
            rendered: &draft.rendered,
        })
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
        let queue = self.config.printer_queue().map(str::to_string);
        let outcome = self
            .archive
            .print(&self.cups, record.id, queue.as_deref(), self.config.copies)
            .map_err(|e| e.to_string());
        if let Err(e) = &outcome {
            tracing::warn!("card {} saved but not printed: {e}", record.id);
        }
        Ok(Printed {
            record,
            outcome,
            millis: started.elapsed().as_millis(),
        })
    }

    /// Portraits taken and card copies sent to a printer since local midnight.
    pub fn counts_today(&self) -> Result<(usize, usize), ArchiveError> {
        self.archive.activity_since(&local_midnight_utc())
    }
}

/// Local midnight as an RFC 3339 UTC time, comparable with the archive's timestamps.
fn local_midnight_utc() -> String {
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    now.replace_time(time::Time::MIDNIGHT)
        .to_offset(time::UtcOffset::UTC)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
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

type Job = Box<dyn FnOnce(&mut Booth) + Send>;

/// Runs jobs on the booth's services, one after another, on a thread of its own.
pub struct Worker {
    jobs: mpsc::Sender<Job>,
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
        std::thread::Builder::new()
            .name("booth".into())
            .spawn(move || {
                for job in inbox {
                    job(&mut booth);
                }
            })?;
        Ok(Worker { jobs })
    }

    /// Queues a job; its answer arrives in the returned `Pending`.
    pub fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Booth) -> T + Send + 'static,
    ) -> Pending<T> {
        let (tx, answer) = mpsc::channel();
        let _ = self.jobs.send(Box::new(move |booth| {
            let _ = tx.send(job(booth));
        }));
        Pending { answer }
    }
}
