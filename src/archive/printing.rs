//! Printing a card from the archive: every print is written to the card's record before
//! it is sent, follows its job afterwards, and a card with a job still open is never sent
//! twice, however often print is pressed.

use super::record::{CARD_PDF, now};
use super::{Archive, ArchiveError, CardId, CardRecord, PrintEntry, schema};
use crate::print::{Cups, PrintError};

/// What pressing print did.
#[derive(Debug, Clone, PartialEq)]
pub enum PrintOutcome {
    /// A new job was sent.
    Submitted {
        /// The queue.
        queue: String,
        /// CUPS' job id.
        job: i32,
    },
    /// A job for this card is still open; nothing was sent.
    AlreadyQueued(PrintEntry),
}

/// States of a print that is not over yet ("unknown": a job state this booth does not know,
/// so it may still print).
const OPEN: [&str; 6] = [
    "submitting",
    "pending",
    "held",
    "printing",
    "stopped",
    "unknown",
];

impl PrintEntry {
    /// Whether the print is not over yet (CUPS may still print it).
    pub fn is_open(&self) -> bool {
        OPEN.contains(&self.state.as_str())
    }
}

/// The title a card's print job carries in CUPS.
fn job_title(id: CardId) -> String {
    format!("welcome-booth card {id}")
}

impl Archive {
    /// Prints a card on `queue` (or CUPS' default), unless a job for it is still open.
    pub fn print(
        &mut self,
        cups: &Cups,
        id: CardId,
        queue: Option<&str>,
        copies: u32,
    ) -> Result<PrintOutcome, ArchiveError> {
        let mut record = self.refresh_prints(cups, id)?;
        if let Some(open) = record.prints.iter().rev().find(|e| e.is_open()) {
            return Ok(PrintOutcome::AlreadyQueued(open.clone()));
        }
        let queue = match queue {
            Some(q) => q.to_string(),
            None => cups.default_queue()?,
        };
        let pdf = self.card_dir(id).join(CARD_PDF);
        if !pdf.is_file() {
            return Err(PrintError::MissingFile {
                path: pdf,
                reason: "the file is missing".into(),
            }
            .into());
        }
        let layout = crate::card::Layout::parse(&record.layout_toml, &record.layout_name, None)?;
        let media = (layout.page.width_mm, layout.page.height_mm);
        // Written down before it is sent: a crash here leaves a visible, retryable entry.
        record.prints.push(PrintEntry {
            at: now(),
            printer: queue.clone(),
            copies,
            job: None,
            state: "submitting".into(),
            reason: None,
        });
        self.update(&record)?;
        let result = cups.submit(&queue, &pdf, copies, media, &job_title(id));
        let entry = record.prints.last_mut().expect("pushed above");
        match &result {
            Ok(job) => {
                entry.job = Some(job.to_string());
                entry.state = "pending".into();
            }
            Err(e) => {
                entry.state = "failed".into();
                entry.reason = Some(e.to_string());
            }
        }
        self.update(&record)?;
        let job = result?;
        Ok(PrintOutcome::Submitted { queue, job })
    }

    /// Asks CUPS where each open print of a card stands and records it.
    pub fn refresh_prints(&mut self, cups: &Cups, id: CardId) -> Result<CardRecord, ArchiveError> {
        let mut record = self.get(id)?;
        let mut changed = false;
        let known: Vec<String> = record.prints.iter().filter_map(|e| e.job.clone()).collect();
        for entry in record.prints.iter_mut().filter(|e| e.is_open()) {
            if entry.job.is_none() {
                // Recorded but never acknowledged: the booth stopped while sending. CUPS may
                // have taken the card just before; its title says whose it is.
                let found = match cups.find_job(&entry.printer, &job_title(id)) {
                    Ok(found) => found.filter(|j| !known.contains(&j.to_string())),
                    Err(PrintError::NoSuchQueue(_)) => None,
                    Err(e) => return Err(e.into()),
                };
                entry.job = found.map(|j| j.to_string());
                changed = true;
            }
            let Some(job) = entry.job.as_deref().and_then(|j| j.parse::<i32>().ok()) else {
                entry.state = "failed".into();
                entry.reason = Some("interrupted before it reached the printer; retry it".into());
                continue;
            };
            let status = match cups.job(&entry.printer, job) {
                Ok(status) => status,
                Err(PrintError::NoSuchQueue(q)) => {
                    // CUPS forgets finished jobs once its history is full (500 by default),
                    // never waiting ones: a job gone from a queue that still exists is over.
                    (entry.state, entry.reason) = match cups.printer(&q) {
                        Ok(_) => (
                            "ended".into(),
                            Some("CUPS no longer remembers how this job ended".into()),
                        ),
                        Err(_) => (
                            "failed".into(),
                            Some(format!("the queue {q} no longer exists")),
                        ),
                    };
                    changed = true;
                    continue;
                }
                Err(e) => return Err(e.into()),
            };
            let reason = (!status.reasons.is_empty()).then(|| status.reasons.join(", "));
            if entry.state != status.state.as_str() || entry.reason != reason {
                entry.state = status.state.as_str().into();
                entry.reason = reason;
                changed = true;
            }
        }
        if changed {
            self.update(&record)?;
        }
        Ok(record)
    }

    /// Every print not completed (open, failed, aborted, cancelled), newest state first
    /// asked of CUPS, for staff.
    pub fn print_queue(&mut self, cups: &Cups) -> Result<Vec<(CardId, PrintEntry)>, ArchiveError> {
        let mut queue = Vec::new();
        for (id, last) in schema::unfinished_prints(self.db())? {
            if !last.is_open() {
                queue.push((id, last)); // failed or cancelled: nothing to ask CUPS
                continue;
            }
            let record = self.refresh_prints(cups, id)?;
            if let Some(last) = record.prints.last().filter(|e| e.state != "completed") {
                queue.push((id, last.clone()));
            }
        }
        Ok(queue)
    }

    /// Sends a card again on the queue and with the copies of its last print, unless
    /// that print is still open.
    pub fn retry_print(&mut self, cups: &Cups, id: CardId) -> Result<PrintOutcome, ArchiveError> {
        let record = self.refresh_prints(cups, id)?;
        let Some(last) = record.prints.last() else {
            return Err(PrintError::Refused {
                queue: "-".into(),
                reason: format!("card {id} was never printed; use `welcome-booth print {id}`"),
            }
            .into());
        };
        self.print(cups, id, Some(&last.printer.clone()), last.copies)
    }

    /// Cancels a card's open print, if it has one; returns whether it had.
    pub fn cancel_print(&mut self, cups: &Cups, id: CardId) -> Result<bool, ArchiveError> {
        let record = self.refresh_prints(cups, id)?;
        let Some(open) = record.prints.iter().rev().find(|e| e.is_open()) else {
            return Ok(false);
        };
        if let Some(job) = open.job.as_deref().and_then(|j| j.parse::<i32>().ok()) {
            cups.cancel(&open.printer, job)?;
        }
        self.refresh_prints(cups, id)?;
        Ok(true)
    }
}
