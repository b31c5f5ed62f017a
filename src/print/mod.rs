//! Printing: the booth's cards go to a print system behind [`PrintSystem`], as cameras sit
//! behind `capture::FrameSource`. [`Cups`] is the real one (IPP to the local CUPS server);
//! [`MemoryPrinter`] keeps its queues in memory for tests that are not about printing, and
//! can be stopped, run out of paper, refuse jobs and finish them on command.
//!
//! - `cards`: printing the archive's cards, each print written to the card's record first.
//! - `state`: where printers and jobs stand.
//! - `reasons`: printer and job reasons in plain words, and what stops cards coming out.
//! - `error`: what can go wrong, in words that say what to do.

pub mod cards;
mod cups;
mod error;
mod memory;
mod reasons;
mod state;

use std::path::Path;

pub use cups::Cups;
pub use error::PrintError;
pub use memory::MemoryPrinter;
pub use reasons::plain_reason;
pub use state::{JobState, JobStatus, PrinterState, PrinterStatus};

/// A print system: queues that take card PDFs as jobs and say how they stand. `Send`, so
/// the kiosk's worker thread can own one.
pub trait PrintSystem: Send {
    /// Every queue with its state.
    fn printers(&self) -> Result<Vec<PrinterStatus>, PrintError>;

    /// One queue's state.
    fn printer(&self, queue: &str) -> Result<PrinterStatus, PrintError>;

    /// The default queue's name ([`PrintError::NoDefault`] when none is set).
    fn default_queue(&self) -> Result<String, PrintError>;

    /// Sends a PDF to `queue` on paper of `media_mm` (width, height of the trimmed card)
    /// under `title`; returns the job id.
    fn submit(
        &self,
        queue: &str,
        pdf: &Path,
        copies: u32,
        media_mm: (f32, f32),
        title: &str,
    ) -> Result<i32, PrintError>;

    /// Where a job stands.
    fn job(&self, queue: &str, id: i32) -> Result<JobStatus, PrintError>;

    /// How many jobs on `queue` are not finished yet (waiting, held, printing).
    fn open_jobs(&self, queue: &str) -> Result<usize, PrintError>;

    /// The newest job on `queue`, finished or not, whose title is `title`: how a booth that
    /// was stopped while sending finds out whether the print system took the card after all.
    fn find_job(&self, queue: &str, title: &str) -> Result<Option<i32>, PrintError>;

    /// Cancels a job.
    fn cancel(&self, queue: &str, id: i32) -> Result<(), PrintError>;

    /// Resumes a stopped queue and lets it accept jobs again.
    fn resume(&self, queue: &str) -> Result<(), PrintError>;
}
