//! What can go wrong with printing, each in words that say what to do.

/// Everything that can go wrong talking to the print system.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// CUPS does not answer.
    #[error(
        "cannot reach the print system (CUPS) at {server}: {reason}; start it (e.g. `sudo systemctl start cups`) and try again"
    )]
    Unreachable {
        /// host:port.
        server: String,
        /// What the connection said.
        reason: String,
    },
    /// No such queue.
    #[error("there is no printer queue {0:?}; `welcome-booth printers` lists the queues")]
    NoSuchQueue(String),
    /// No default queue set and none given.
    #[error(
        "no printer chosen and CUPS has no default printer; choose one on the kiosk's staff screen, or give --printer QUEUE to a command (`welcome-booth printers` lists them)"
    )]
    NoDefault,
    /// The file to print is missing.
    #[error("cannot read {}: {reason}; run `welcome-booth archive check --repair` to re-render it", path.display())]
    MissingFile {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        reason: String,
    },
    /// CUPS refused the request.
    #[error("the printer queue {queue:?} refused the request: {reason}")]
    Refused {
        /// The queue.
        queue: String,
        /// What CUPS said, in plain words where known.
        reason: String,
    },
}

impl PrintError {
    /// `queue` takes no new jobs until staff let it again.
    pub fn not_accepting(queue: &str) -> PrintError {
        PrintError::Refused {
            queue: queue.to_string(),
            reason: format!(
                "it is not accepting jobs; staff can run `welcome-booth printer-resume {queue}`"
            ),
        }
    }
}

impl crate::Blame for PrintError {
    fn is_user_mistake(&self) -> bool {
        // A queue or file named wrongly; a server or printer in trouble is not the user's.
        match self {
            PrintError::NoSuchQueue(_) | PrintError::NoDefault | PrintError::MissingFile { .. } => {
                true
            }
            PrintError::Unreachable { .. } | PrintError::Refused { .. } => false,
        }
    }
}
