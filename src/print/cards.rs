//! Printing a card from the archive: every print is written to the card's record before
//! it is sent, follows its job afterwards, and a card with a job still open is never sent
//! twice, however often print is pressed. The archive keeps the record; this asks the
//! print system and writes down what it said, through the archive's public API.

use super::{JobState, PrintError, PrintSystem};
use crate::Blame;
use crate::archive::Timestamp;
use crate::archive::record::CARD_PDF;
use crate::archive::{Archive, ArchiveError, CardId, CardRecord, PrintEntry, PrintState};

/// Why a card could not be printed: the archive (reading or writing its record) or the
/// print system.
#[derive(Debug, thiserror::Error)]
pub enum CardPrintError {
    /// The archive could not read or record it.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    /// The print system refused or did not answer.
    #[error(transparent)]
    Print(#[from] PrintError),
}

impl Blame for CardPrintError {
    fn is_user_mistake(&self) -> bool {
        match self {
            CardPrintError::Archive(e) => e.is_user_mistake(),
            CardPrintError::Print(e) => e.is_user_mistake(),
        }
    }
}

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

impl From<JobState> for PrintState {
    fn from(state: JobState) -> PrintState {
        match state {
            JobState::Pending => PrintState::Pending,
            JobState::Held => PrintState::Held,
            JobState::Processing => PrintState::Printing,
            JobState::Stopped => PrintState::Stopped,
            JobState::Cancelled => PrintState::Cancelled,
            JobState::Aborted => PrintState::Aborted,
            JobState::Completed => PrintState::Completed,
            JobState::Unknown(_) => PrintState::Unknown,
        }
    }
}

/// The title a card's print job carries in CUPS.
fn job_title(id: CardId) -> String {
    format!("welcome-booth card {id}")
}

/// Prints a card on `queue` (or the print system's default), unless a job for it is still open.
pub fn print(
    archive: &mut Archive,
    printer: &dyn PrintSystem,
    id: CardId,
    queue: Option<&str>,
    copies: u32,
) -> Result<PrintOutcome, CardPrintError> {
    let mut record = refresh(archive, printer, id)?;
    if let Some(open) = record.prints.iter().rev().find(|e| e.is_open()) {
        return Ok(PrintOutcome::AlreadyQueued(open.clone()));
    }
    let queue = match queue {
        Some(q) => q.to_string(),
        None => printer.default_queue()?,
    };
    let pdf = archive.card_dir(id).join(CARD_PDF);
    if !pdf.is_file() {
        return Err(PrintError::MissingFile {
            path: pdf,
            reason: "the file is missing".into(),
        }
        .into());
    }
    let [width, height] = match record.paper_mm {
        Some(paper) => paper,
        None => {
            let page = archive.layout_of(&record)?.page;
            [page.width_mm, page.height_mm]
        }
    };
    let media = (width, height);
    // Written down before it is sent: a crash here leaves a visible, retryable entry.
    record.prints.push(PrintEntry {
        at: Timestamp::now(),
        printer: queue.clone(),
        copies,
        job: None,
        state: PrintState::Submitting,
        reason: None,
    });
    archive.update(&mut record)?;
    let result = printer.submit(&queue, &pdf, copies, media, &job_title(id));
    let entry = record.prints.last_mut().expect("pushed above");
    match &result {
        Ok(job) => {
            entry.job = Some(*job);
            entry.state = PrintState::Pending;
        }
        Err(e) => {
            entry.state = PrintState::Failed;
            entry.reason = Some(e.to_string());
        }
    }
    archive.update(&mut record)?;
    let job = result?;
    Ok(PrintOutcome::Submitted { queue, job })
}

/// Asks the print system where each open print of a card stands and records it.
pub fn refresh(
    archive: &mut Archive,
    printer: &dyn PrintSystem,
    id: CardId,
) -> Result<CardRecord, CardPrintError> {
    let mut record = archive.get(id)?;
    let mut changed = false;
    let known: Vec<i32> = record.prints.iter().filter_map(|e| e.job).collect();
    for entry in record.prints.iter_mut().filter(|e| e.is_open()) {
        if entry.job.is_none() {
            // Recorded but never acknowledged: the booth stopped while sending. CUPS may
            // have taken the card just before; its title says whose it is.
            let found = match printer.find_job(&entry.printer, &job_title(id)) {
                Ok(found) => found.filter(|j| !known.contains(j)),
                Err(PrintError::NoSuchQueue(_)) => None,
                Err(e) => return Err(e.into()),
            };
            entry.job = found;
            changed = true;
        }
        let Some(job) = entry.job else {
            entry.state = PrintState::Failed;
            entry.reason = Some("interrupted before it reached the printer; retry it".into());
            continue;
        };
        let status = match printer.job(&entry.printer, job) {
            Ok(status) => status,
            Err(PrintError::NoSuchQueue(q)) => {
                // CUPS forgets finished jobs once its history is full (500 by default),
                // never waiting ones: a job gone from a queue that still exists is over.
                (entry.state, entry.reason) = match printer.printer(&q) {
                    Ok(_) => (
                        PrintState::Ended,
                        Some("CUPS no longer remembers how this job ended".into()),
                    ),
                    Err(_) => (
                        PrintState::Failed,
                        Some(format!("the queue {q} no longer exists")),
                    ),
                };
                changed = true;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let reason = (!status.reasons.is_empty()).then(|| status.reasons.join(", "));
        let state = PrintState::from(status.state);
        if entry.state != state || entry.reason != reason {
            entry.state = state;
            entry.reason = reason;
            changed = true;
        }
    }
    if changed {
        archive.update(&mut record)?;
    }
    Ok(record)
}

/// Every print not completed (open, failed, aborted, cancelled), newest state first
/// asked of CUPS, for staff.
pub fn queue(
    archive: &mut Archive,
    printer: &dyn PrintSystem,
) -> Result<Vec<(CardId, PrintEntry)>, CardPrintError> {
    let mut queue = Vec::new();
    for (id, last) in archive.unfinished_prints()? {
        if !last.is_open() {
            queue.push((id, last)); // failed or cancelled: nothing to ask CUPS
            continue;
        }
        let record = refresh(archive, printer, id)?;
        if let Some(last) = record
            .prints
            .last()
            .filter(|e| e.state != PrintState::Completed)
        {
            queue.push((id, last.clone()));
        }
    }
    Ok(queue)
}

/// Sends a card again on the queue and with the copies of its last print, unless
/// that print is still open.
pub fn retry(
    archive: &mut Archive,
    printer: &dyn PrintSystem,
    id: CardId,
) -> Result<PrintOutcome, CardPrintError> {
    let record = refresh(archive, printer, id)?;
    let Some(last) = record.prints.last() else {
        return Err(PrintError::Refused {
            queue: "-".into(),
            reason: format!("card {id} was never printed; use `welcome-booth print {id}`"),
        }
        .into());
    };
    print(
        archive,
        printer,
        id,
        Some(&last.printer.clone()),
        last.copies,
    )
}

/// Cancels a card's open print, if it has one; returns whether it had.
pub fn cancel(
    archive: &mut Archive,
    printer: &dyn PrintSystem,
    id: CardId,
) -> Result<bool, CardPrintError> {
    let record = refresh(archive, printer, id)?;
    let Some(open) = record.prints.iter().rev().find(|e| e.is_open()) else {
        return Ok(false);
    };
    if let Some(job) = open.job {
        printer.cancel(&open.printer, job)?;
    }
    refresh(archive, printer, id)?;
    Ok(true)
}
