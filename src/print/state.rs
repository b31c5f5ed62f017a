//! Where printers and jobs stand, whichever print system reports it.

/// Where a printer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterState {
    /// Ready, nothing printing.
    Idle,
    /// Printing.
    Processing,
    /// Stopped: jobs wait until staff resume the queue.
    Stopped,
}

/// A printer queue and what is wrong with it, if anything.
#[derive(Debug, Clone, PartialEq)]
pub struct PrinterStatus {
    /// Queue name.
    pub name: String,
    /// Idle, processing or stopped.
    pub state: PrinterState,
    /// Whether it accepts new jobs.
    pub accepting: bool,
    /// Reasons in plain words ("out of paper", "paper jam", …).
    pub reasons: Vec<String>,
    /// The printer's own message, e.g. why staff paused it.
    pub message: String,
    /// Why cards are not coming out, in plain words (`None`: it prints, or will as soon as
    /// the card ahead is done). A warning such as "paper low" is not trouble.
    pub trouble: Option<String>,
}

/// Where a job stands (IPP job-state).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobState {
    /// Waiting its turn.
    Pending,
    /// Held until released.
    Held,
    /// Printing.
    Processing,
    /// Stopped with the printer.
    Stopped,
    /// Cancelled by someone.
    Cancelled,
    /// Failed.
    Aborted,
    /// Printed.
    Completed,
    /// A state this booth does not know (a newer CUPS): treated as not over, so the card
    /// is never sent again while CUPS may still print it.
    Unknown(i32),
}

impl JobState {
    /// The state IPP numbers `v` (RFC 8011 `job-state`).
    pub fn from_ipp(v: i32) -> JobState {
        match v {
            3 => JobState::Pending,
            4 => JobState::Held,
            5 => JobState::Processing,
            6 => JobState::Stopped,
            7 => JobState::Cancelled,
            8 => JobState::Aborted,
            9 => JobState::Completed,
            other => JobState::Unknown(other),
        }
    }

    /// Whether the job is over, one way or another.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            JobState::Cancelled | JobState::Aborted | JobState::Completed
        )
    }
}

/// A job and why it is where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct JobStatus {
    /// Job id within CUPS.
    pub id: i32,
    /// Its state.
    pub state: JobState,
    /// Reasons in plain words.
    pub reasons: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_state_the_booth_does_not_know_is_not_over() {
        assert_eq!(JobState::from_ipp(9), JobState::Completed);
        assert!(JobState::from_ipp(9).is_final());
        let unknown = JobState::from_ipp(12);
        assert_eq!(unknown, JobState::Unknown(12));
        assert!(!unknown.is_final());
    }
}
