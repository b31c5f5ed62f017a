//! A print system held in memory: queues, jobs and printer trouble without CUPS, for the
//! kiosk and archive tests that are not about printing. A clone is a handle on the same
//! printer, so a test keeps one and stops it, runs it out of paper or finishes its jobs
//! while the booth prints to another.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use super::reasons;
use super::{JobState, JobStatus, PrintError, PrintSystem, PrinterState, PrinterStatus};

/// A job the memory printer took.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryJob {
    /// Its id, counted from 1 across the printer's queues.
    pub id: i32,
    /// The queue it went to.
    pub queue: String,
    /// Its title.
    pub title: String,
    /// Copies asked for.
    pub copies: u32,
    /// The paper asked for, in mm.
    pub media_mm: (f32, f32),
    /// The PDF's size when it was sent.
    pub bytes: u64,
    /// Where it stands.
    pub state: JobState,
}

#[derive(Default)]
struct Queue {
    /// Why staff or the printer stopped it (`Some("")`: stopped with no message).
    stopped: Option<String>,
    /// Whether it has run out of paper (reported as the printer's `media-empty-error`).
    out_of_paper: bool,
    /// Whether it refuses new jobs (`cupsreject`).
    refusing: bool,
}

struct Printers {
    queues: BTreeMap<String, Queue>,
    default: String,
    jobs: Vec<MemoryJob>,
    /// Whether a job on a running queue prints the moment it arrives (else it waits for
    /// [`MemoryPrinter::finish_jobs`]).
    at_once: bool,
}

impl Printers {
    fn queue(&self, name: &str) -> Result<&Queue, PrintError> {
        self.queues
            .get(name)
            .ok_or_else(|| PrintError::NoSuchQueue(name.to_string()))
    }

    fn queue_mut(&mut self, name: &str) -> Result<&mut Queue, PrintError> {
        self.queues
            .get_mut(name)
            .ok_or_else(|| PrintError::NoSuchQueue(name.to_string()))
    }

    /// Prints every waiting job of the queues that are running; returns how many.
    fn print_waiting(&mut self) -> usize {
        let Printers { queues, jobs, .. } = self;
        let mut printed = 0;
        for job in jobs.iter_mut().filter(|j| !j.state.is_final()) {
            if queues.get(&job.queue).is_some_and(|q| q.stopped.is_none()) {
                job.state = JobState::Completed;
                printed += 1;
            }
        }
        printed
    }

    fn status(&self, name: &str, queue: &Queue) -> PrinterStatus {
        let open = self
            .jobs
            .iter()
            .any(|j| j.queue == name && !j.state.is_final());
        let state = match (&queue.stopped, open) {
            (Some(_), _) => PrinterState::Stopped,
            (None, true) => PrinterState::Processing,
            (None, false) => PrinterState::Idle,
        };
        let mut keywords = Vec::new();
        if queue.stopped.is_some() {
            keywords.push("paused".to_string());
        }
        if queue.out_of_paper {
            keywords.push("media-empty-error".to_string());
        }
        reasons::status(
            name.to_string(),
            state,
            !queue.refusing,
            &keywords,
            queue.stopped.clone().unwrap_or_default(),
        )
    }
}

/// An in-memory print system (see the module's words). Jobs on a running queue print at
/// once unless [`MemoryPrinter::hold_jobs`] was called.
#[derive(Clone)]
pub struct MemoryPrinter(Arc<Mutex<Printers>>);

impl MemoryPrinter {
    /// A printer with one running queue, `queue`, which is also the default.
    pub fn new(queue: &str) -> MemoryPrinter {
        let mut queues = BTreeMap::new();
        queues.insert(queue.to_string(), Queue::default());
        MemoryPrinter(Arc::new(Mutex::new(Printers {
            queues,
            default: queue.to_string(),
            jobs: Vec::new(),
            at_once: true,
        })))
    }

    fn lock(&self) -> MutexGuard<'_, Printers> {
        // A test that panicked while holding it leaves the printer as it was.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds another running queue.
    pub fn add_queue(&self, queue: &str) {
        self.lock().queues.entry(queue.to_string()).or_default();
    }

    /// From now on jobs wait until [`MemoryPrinter::finish_jobs`].
    pub fn hold_jobs(&self) {
        self.lock().at_once = false;
    }

    /// Prints every waiting job on the running queues; returns how many.
    pub fn finish_jobs(&self) -> usize {
        self.lock().print_waiting()
    }

    /// Stops `queue` with `message`, as `cupsdisable -r MESSAGE` does: its jobs wait.
    pub fn stop(&self, queue: &str, message: &str) -> Result<(), PrintError> {
        self.lock().queue_mut(queue)?.stopped = Some(message.to_string());
        Ok(())
    }

    /// The printer behind `queue` runs out of paper: it reports so and the queue stops.
    pub fn run_out_of_paper(&self, queue: &str) -> Result<(), PrintError> {
        let mut printers = self.lock();
        let q = printers.queue_mut(queue)?;
        q.out_of_paper = true;
        q.stopped.get_or_insert_with(String::new);
        Ok(())
    }

    /// `queue` refuses new jobs (`cupsreject`) or takes them again (`cupsaccept`).
    pub fn refuse_jobs(&self, queue: &str, refuse: bool) -> Result<(), PrintError> {
        self.lock().queue_mut(queue)?.refusing = refuse;
        Ok(())
    }

    /// Every job sent so far, oldest first.
    pub fn jobs(&self) -> Vec<MemoryJob> {
        self.lock().jobs.clone()
    }
}

impl PrintSystem for MemoryPrinter {
    fn printers(&self) -> Result<Vec<PrinterStatus>, PrintError> {
        let printers = self.lock();
        Ok(printers
            .queues
            .iter()
            .map(|(name, q)| printers.status(name, q))
            .collect())
    }

    fn printer(&self, queue: &str) -> Result<PrinterStatus, PrintError> {
        let printers = self.lock();
        Ok(printers.status(queue, printers.queue(queue)?))
    }

    fn default_queue(&self) -> Result<String, PrintError> {
        Ok(self.lock().default.clone())
    }

    fn submit(
        &self,
        queue: &str,
        pdf: &Path,
        copies: u32,
        media_mm: (f32, f32),
        title: &str,
    ) -> Result<i32, PrintError> {
        let mut printers = self.lock();
        if printers.queue(queue)?.refusing {
            return Err(PrintError::not_accepting(queue));
        }
        let bytes = std::fs::metadata(pdf)
            .map_err(|e| PrintError::MissingFile {
                path: pdf.to_path_buf(),
                reason: e.to_string(),
            })?
            .len();
        let id = printers.jobs.len() as i32 + 1;
        printers.jobs.push(MemoryJob {
            id,
            queue: queue.to_string(),
            title: title.to_string(),
            copies: copies.clamp(1, 99),
            media_mm,
            bytes,
            state: JobState::Pending,
        });
        if printers.at_once {
            printers.print_waiting();
        }
        Ok(id)
    }

    fn job(&self, queue: &str, id: i32) -> Result<JobStatus, PrintError> {
        let printers = self.lock();
        let job = printers
            .jobs
            .iter()
            .find(|j| j.id == id && j.queue == queue)
            .ok_or_else(|| PrintError::NoSuchQueue(queue.to_string()))?;
        Ok(JobStatus {
            id,
            state: job.state,
            reasons: Vec::new(),
        })
    }

    fn open_jobs(&self, queue: &str) -> Result<usize, PrintError> {
        let printers = self.lock();
        printers.queue(queue)?;
        Ok(printers
            .jobs
            .iter()
            .filter(|j| j.queue == queue && !j.state.is_final())
            .count())
    }

    fn find_job(&self, queue: &str, title: &str) -> Result<Option<i32>, PrintError> {
        let printers = self.lock();
        printers.queue(queue)?;
        Ok(printers
            .jobs
            .iter()
            .filter(|j| j.queue == queue && j.title == title)
            .map(|j| j.id)
            .max())
    }

    fn cancel(&self, queue: &str, id: i32) -> Result<(), PrintError> {
        let mut printers = self.lock();
        let job = printers
            .jobs
            .iter_mut()
            .find(|j| j.id == id && j.queue == queue)
            .ok_or_else(|| PrintError::NoSuchQueue(queue.to_string()))?;
        if job.state.is_final() {
            return Err(PrintError::Refused {
                queue: queue.to_string(),
                reason: "the job is already over".into(),
            });
        }
        job.state = JobState::Cancelled;
        Ok(())
    }

    fn resume(&self, queue: &str) -> Result<(), PrintError> {
        let mut printers = self.lock();
        *printers.queue_mut(queue)? = Queue::default();
        if printers.at_once {
            printers.print_waiting();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf() -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), b"%PDF-1.7\n").unwrap();
        file
    }

    #[test]
    fn a_stopped_queue_keeps_its_jobs_until_resumed_and_says_why() {
        let printer = MemoryPrinter::new("booth");
        let file = pdf();
        printer.stop("booth", "Out of paper").unwrap();
        let id = printer
            .submit("booth", file.path(), 2, (102.0, 152.0), "card ABC")
            .unwrap();
        let status = printer.printer("booth").unwrap();
        assert_eq!(status.state, PrinterState::Stopped);
        assert_eq!(status.trouble.as_deref(), Some("Out of paper"));
        assert_eq!(printer.open_jobs("booth").unwrap(), 1);
        assert_eq!(printer.find_job("booth", "card ABC").unwrap(), Some(id));
        printer.resume("booth").unwrap();
        assert_eq!(printer.job("booth", id).unwrap().state, JobState::Completed);
        assert_eq!(printer.printer("booth").unwrap().trouble, None);
    }

    #[test]
    fn out_of_paper_refusing_and_held_jobs_read_as_cups_reports_them() {
        let printer = MemoryPrinter::new("booth");
        let file = pdf();
        printer.run_out_of_paper("booth").unwrap();
        let status = printer.printer("booth").unwrap();
        assert_eq!(status.trouble.as_deref(), Some("out of paper"));
        printer.resume("booth").unwrap();
        printer.refuse_jobs("booth", true).unwrap();
        let refused = printer.submit("booth", file.path(), 1, (102.0, 152.0), "card");
        assert!(
            matches!(refused, Err(PrintError::Refused { .. })),
            "{refused:?}"
        );
        printer.refuse_jobs("booth", false).unwrap();
        printer.hold_jobs();
        let id = printer
            .submit("booth", file.path(), 1, (102.0, 152.0), "card")
            .unwrap();
        assert_eq!(
            printer.printer("booth").unwrap().state,
            PrinterState::Processing
        );
        assert_eq!(printer.finish_jobs(), 1);
        assert_eq!(printer.job("booth", id).unwrap().state, JobState::Completed);
        assert!(matches!(
            printer.printer("elsewhere"),
            Err(PrintError::NoSuchQueue(q)) if q == "elsewhere"
        ));
    }
}
