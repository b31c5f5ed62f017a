//! Printing through the real CUPS system, over IPP: submit a card, follow the job, read
//! the printer's state and the reasons behind it in plain words, cancel, resume a queue.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use ipp::operation::IppOperation;
use ipp::prelude::*;

/// Where CUPS listens unless `CUPS_SERVER` says otherwise.
const DEFAULT_SERVER: &str = "localhost:631";

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

impl crate::Blame for PrintError {
    fn is_user_mistake(&self) -> bool {
        // A queue or file named wrongly; a server or printer in trouble is not the user's.
        matches!(
            self,
            PrintError::NoSuchQueue(_) | PrintError::NoDefault | PrintError::MissingFile { .. }
        )
    }
}

impl JobState {
    fn from_ipp(v: i32) -> JobState {
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

/// Plain words for IPP state reasons staff meet at a photo printer; others pass through.
pub fn plain_reason(keyword: &str) -> Option<String> {
    let base = keyword
        .trim_end_matches("-error")
        .trim_end_matches("-warning")
        .trim_end_matches("-report");
    let words = match base {
        "none"
        | "job-incoming"
        | "job-printing"
        | "processing-to-stop-point"
        | "job-queued"
        | "job-completed-successfully"
        | "cups-waiting-for-job-completed" => return None,
        "media-empty" | "media-needed" => "out of paper",
        "media-jam" => "paper jam",
        "media-low" => "paper low",
        "marker-supply-low" | "toner-low" => "ribbon or ink low",
        "marker-supply-empty" | "toner-empty" => "ribbon or ink used up",
        "offline" => "printer offline",
        "paused" | "printer-stopped" => "queue stopped",
        "door-open" | "cover-open" => "printer door open",
        "connecting-to-device" => "connecting to the printer",
        "job-canceled-by-user" => "cancelled",
        "aborted-by-system" => "stopped by the print system",
        other => other,
    };
    Some(words.replace('-', " "))
}

/// The keywords of a state-reasons attribute.
fn keywords_of(g: &IppAttributeGroup, attribute: &str) -> Vec<String> {
    g.get(attribute)
        .map(|a| text_values(a.value()))
        .unwrap_or_default()
}

/// State-reason keywords in plain words.
fn plain_reasons(keywords: &[String]) -> Vec<String> {
    keywords.iter().filter_map(|k| plain_reason(k)).collect()
}

fn text_values(v: &IppValue) -> Vec<String> {
    match v {
        IppValue::Array(items) => items.iter().flat_map(text_values).collect(),
        other => vec![other.to_string()],
    }
}

/// The user name the booth's jobs are sent under.
const USER: &str = "welcome-booth";

/// The local CUPS server.
pub struct Cups {
    server: String,
    /// For sending a card: a large file may take a while.
    sender: IppClient,
    /// For questions (printer state, jobs): a print system that does not answer in a few
    /// seconds is reported as such, and the kiosk's worker is not held up by it.
    asker: IppClient,
}

impl Cups {
    /// The server `CUPS_SERVER` names (host or host:port), else localhost:631.
    pub fn local() -> Cups {
        let server = std::env::var("CUPS_SERVER")
            .ok()
            .filter(|s| !s.is_empty() && !s.starts_with('/'))
            .map(|s| {
                if s.contains(':') {
                    s
                } else {
                    format!("{s}:631")
                }
            })
            .unwrap_or_else(|| DEFAULT_SERVER.to_string());
        let uri: Uri = format!("http://{server}/")
            .parse()
            .unwrap_or_else(|_| Uri::from_static("http://localhost:631/"));
        let client = |seconds| {
            IppClient::builder(uri.clone())
                .request_timeout(Duration::from_secs(seconds))
                .build()
        };
        Cups {
            server,
            sender: client(20),
            asker: client(4),
        }
    }

    fn queue_uri(&self, queue: &str) -> Result<Uri, PrintError> {
        let safe = queue
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
            && !queue.is_empty();
        if !safe {
            return Err(PrintError::NoSuchQueue(queue.to_string()));
        }
        format!("http://{}/printers/{queue}", self.server)
            .parse()
            .map_err(|_| PrintError::NoSuchQueue(queue.to_string()))
    }

    /// Asks the server something (everything but sending a card).
    fn send(
        &self,
        queue: &str,
        op: impl Into<IppRequestResponse>,
    ) -> Result<IppRequestResponse, PrintError> {
        self.send_with(&self.asker, queue, op)
    }

    fn send_with(
        &self,
        client: &IppClient,
        queue: &str,
        op: impl Into<IppRequestResponse>,
    ) -> Result<IppRequestResponse, PrintError> {
        let response = client.send(op).map_err(|e| match e {
            IppError::RequestError(_) | IppError::IoError(_) | IppError::ClientError(_) => {
                PrintError::Unreachable {
                    server: self.server.clone(),
                    reason: e.to_string(),
                }
            }
            other => PrintError::Refused {
                queue: queue.to_string(),
                reason: other.to_string(),
            },
        })?;
        let status = response.header().status_code();
        if status == StatusCode::ClientErrorNotFound {
            return Err(PrintError::NoSuchQueue(queue.to_string()));
        }
        if !status.is_success() {
            let reason = match status {
                StatusCode::ServerErrorNotAcceptingJobs => format!(
                    "it is not accepting jobs; staff can run `welcome-booth printer-resume {queue}`"
                ),
                StatusCode::ClientErrorNotAuthorized | StatusCode::ClientErrorForbidden => {
                    "not allowed; check the CUPS permissions for this user".to_string()
                }
                StatusCode::ClientErrorDocumentFormatNotSupported => {
                    "it cannot print PDF files; choose a queue with a PDF-capable driver"
                        .to_string()
                }
                other => format!("{other:?}"),
            };
            return Err(PrintError::Refused {
                queue: queue.to_string(),
                reason,
            });
        }
        Ok(response)
    }

    /// Every queue with its state.
    pub fn printers(&self) -> Result<Vec<PrinterStatus>, PrintError> {
        let response = self.send("", IppOperationBuilder::cups().get_printers())?;
        Ok(response
            .attributes()
            .groups_of(DelimiterTag::PrinterAttributes)
            .map(status_of)
            .collect())
    }

    /// One queue's state.
    pub fn printer(&self, queue: &str) -> Result<PrinterStatus, PrintError> {
        let op = IppOperationBuilder::get_printer_attributes(self.queue_uri(queue)?)
            .build()
            .map_err(|e| refused(queue, e))?;
        let response = self.send(queue, op)?;
        response
            .attributes()
            .groups_of(DelimiterTag::PrinterAttributes)
            .next()
            .map(status_of)
            .ok_or_else(|| PrintError::NoSuchQueue(queue.to_string()))
    }

    /// The default queue's name.
    pub fn default_queue(&self) -> Result<String, PrintError> {
        /// CUPS marks the default queue with this bit of `printer-type`.
        const CUPS_PRINTER_DEFAULT: i32 = 0x0002_0000;
        let response = self.send("", IppOperationBuilder::cups().get_printers())?;
        response
            .attributes()
            .groups_of(DelimiterTag::PrinterAttributes)
            .find(|g| matches!(g.get("printer-type").map(|a| a.value()), Some(IppValue::Enum(t) | IppValue::Integer(t)) if t & CUPS_PRINTER_DEFAULT != 0))
            .and_then(|g| g.get("printer-name").map(|a| a.value().to_string()))
            .ok_or(PrintError::NoDefault)
    }

    /// Sends a PDF to `queue` on paper of `media_mm` (width, height of the trimmed card);
    /// returns the job id.
    pub fn submit(
        &self,
        queue: &str,
        pdf: &Path,
        copies: u32,
        media_mm: (f32, f32),
        title: &str,
    ) -> Result<i32, PrintError> {
        let file = std::fs::File::open(pdf).map_err(|e| PrintError::MissingFile {
            path: pdf.to_path_buf(),
            reason: e.to_string(),
        })?;
        let copies =
            IppAttribute::with_name("copies", IppValue::Integer(copies.clamp(1, 99) as i32))
                .map_err(|e| refused(queue, e))?;
        // A PWG self-describing media name; CUPS matches it to the driver's nearest size.
        let media = format!("custom_card_{}x{}mm", media_mm.0, media_mm.1);
        let media = IppAttribute::with_name(
            "media",
            IppValue::Keyword(media.try_into().map_err(|e| refused(queue, e))?),
        )
        .map_err(|e| refused(queue, e))?;
        let op = IppOperationBuilder::print_job(self.queue_uri(queue)?, IppPayload::new(file))
            .user_name(USER)
            .job_title(title)
            .document_format("application/pdf")
            .attribute(copies)
            .attribute(media)
            .build()
            .map_err(|e| refused(queue, e))?;
        let response = self.send_with(&self.sender, queue, op)?;
        response
            .attributes()
            .groups_of(DelimiterTag::JobAttributes)
            .find_map(|g| match g.get("job-id").map(|a| a.value()) {
                Some(IppValue::Integer(id)) => Some(*id),
                _ => None,
            })
            .ok_or_else(|| PrintError::Refused {
                queue: queue.to_string(),
                reason: "no job id in the answer".into(),
            })
    }

    /// Where a job stands.
    pub fn job(&self, queue: &str, id: i32) -> Result<JobStatus, PrintError> {
        let op = IppOperationBuilder::get_job_attributes(self.queue_uri(queue)?, id)
            .build()
            .map_err(|e| refused(queue, e))?;
        let response = self.send(queue, op)?;
        let group = response
            .attributes()
            .groups_of(DelimiterTag::JobAttributes)
            .next();
        let state = match group.and_then(|g| g.get("job-state")).map(|a| a.value()) {
            Some(IppValue::Enum(v)) => JobState::from_ipp(*v),
            _ => JobState::Pending,
        };
        let reasons = group
            .map(|g| plain_reasons(&keywords_of(g, "job-state-reasons")))
            .unwrap_or_default();
        Ok(JobStatus { id, state, reasons })
    }

    /// How many jobs on `queue` are not finished yet (waiting, held, printing).
    pub fn open_jobs(&self, queue: &str) -> Result<usize, PrintError> {
        let op = IppOperationBuilder::get_jobs(self.queue_uri(queue)?)
            .build()
            .map_err(|e| refused(queue, e))?;
        let response = self.send(queue, op)?;
        Ok(response
            .attributes()
            .groups_of(DelimiterTag::JobAttributes)
            .count())
    }

    /// The newest job on `queue`, finished or not, whose title is `title`: how a booth that
    /// was stopped while sending finds out whether CUPS took the card after all.
    pub fn find_job(&self, queue: &str, title: &str) -> Result<Option<i32>, PrintError> {
        // As the booth's user: CUPS shows a job's title to the user who sent it only.
        let op = IppOperationBuilder::get_jobs(self.queue_uri(queue)?)
            .user_name(USER)
            .build()
            .map_err(|e| refused(queue, e))?;
        let mut request = op.into_ipp_request();
        let keyword = |k: &str| {
            k.to_string()
                .try_into()
                .map(IppValue::Keyword)
                .map_err(|e| refused(queue, e))
        };
        let attributes = request.attributes_mut();
        attributes.add(
            DelimiterTag::OperationAttributes,
            IppAttribute::with_name("which-jobs", keyword("all")?)
                .map_err(|e| refused(queue, e))?,
        );
        attributes.add(
            DelimiterTag::OperationAttributes,
            IppAttribute::with_name(
                "requested-attributes",
                IppValue::Array(vec![keyword("job-id")?, keyword("job-name")?]),
            )
            .map_err(|e| refused(queue, e))?,
        );
        let response = self.send(queue, request)?;
        Ok(response
            .attributes()
            .groups_of(DelimiterTag::JobAttributes)
            .filter(|g| {
                g.get("job-name")
                    .is_some_and(|a| a.value().to_string() == title)
            })
            .filter_map(|g| match g.get("job-id").map(|a| a.value()) {
                Some(IppValue::Integer(id)) => Some(*id),
                _ => None,
            })
            .max())
    }

    /// Cancels a job.
    pub fn cancel(&self, queue: &str, id: i32) -> Result<(), PrintError> {
        let op = IppOperationBuilder::cancel_job(self.queue_uri(queue)?, id)
            .user_name(USER)
            .build()
            .map_err(|e| refused(queue, e))?;
        self.send(queue, op).map(|_| ())
    }

    /// Resumes a stopped queue and lets it accept jobs again (what `cupsenable` and
    /// `cupsaccept` do). CUPS grants this to local administrators only, through its own
    /// tools, so they are used here.
    pub fn resume(&self, queue: &str) -> Result<(), PrintError> {
        self.printer(queue)?; // a clear error for a queue that does not exist
        for tool in ["cupsenable", "cupsaccept"] {
            let out = Command::new(tool)
                .arg(queue)
                .output()
                .map_err(|e| PrintError::Refused {
                    queue: queue.to_string(),
                    reason: format!("{tool} could not run ({e}); install cups-client"),
                })?;
            if !out.status.success() {
                return Err(PrintError::Refused {
                    queue: queue.to_string(),
                    reason: String::from_utf8_lossy(&out.stderr).trim().to_string(),
                });
            }
        }
        Ok(())
    }
}

fn refused(queue: &str, e: impl std::fmt::Display) -> PrintError {
    PrintError::Refused {
        queue: queue.to_string(),
        reason: e.to_string(),
    }
}

fn status_of(g: &IppAttributeGroup) -> PrinterStatus {
    let text = |name: &str| {
        g.get(name)
            .map(|a| a.value().to_string())
            .unwrap_or_default()
    };
    let state = match g.get("printer-state").map(|a| a.value()) {
        Some(IppValue::Enum(4)) => PrinterState::Processing,
        Some(IppValue::Enum(5)) => PrinterState::Stopped,
        _ => PrinterState::Idle,
    };
    let accepting = !matches!(
        g.get("printer-is-accepting-jobs").map(|a| a.value()),
        Some(IppValue::Boolean(false))
    );
    let keywords = keywords_of(g, "printer-state-reasons");
    let mut reasons = plain_reasons(&keywords);
    if !accepting {
        reasons.push("not accepting new jobs".into());
    }
    let message = text("printer-state-message");
    let trouble = trouble_of(state, accepting, &keywords, &message);
    PrinterStatus {
        name: text("printer-name"),
        state,
        accepting,
        reasons,
        message,
        trouble,
    }
}

/// What keeps cards from coming out of a printer, in plain words: the message staff or the
/// driver gave a stopped queue ("Out of paper"), else the first reason that stops printing
/// (an `-error` reason, or paper, ribbon, jam, door, offline), else that it is stopped or
/// refuses new jobs.
fn trouble_of(
    state: PrinterState,
    accepting: bool,
    keywords: &[String],
    message: &str,
) -> Option<String> {
    let blocking = keywords.iter().find(|k| {
        let base = k.trim_end_matches("-report").trim_end_matches("-warning");
        k.ends_with("-error")
            || matches!(
                base,
                "media-empty"
                    | "media-needed"
                    | "media-jam"
                    | "marker-supply-empty"
                    | "toner-empty"
                    | "offline"
                    | "door-open"
                    | "cover-open"
            )
    });
    let message = Some(message.trim()).filter(|m| !m.is_empty() && state == PrinterState::Stopped);
    message
        .map(str::to_string)
        .or_else(|| blocking.and_then(|k| plain_reason(k)))
        .or_else(|| (state == PrinterState::Stopped).then(|| "queue stopped".to_string()))
        .or_else(|| (!accepting).then(|| "not accepting new jobs".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_as_plain_words() {
        assert_eq!(
            plain_reason("media-empty-error").as_deref(),
            Some("out of paper")
        );
        assert_eq!(plain_reason("media-jam").as_deref(), Some("paper jam"));
        assert_eq!(
            plain_reason("marker-supply-low-warning").as_deref(),
            Some("ribbon or ink low")
        );
        assert_eq!(
            plain_reason("offline-report").as_deref(),
            Some("printer offline")
        );
        assert_eq!(plain_reason("none"), None);
        assert_eq!(
            plain_reason("fuser-over-temp").as_deref(),
            Some("fuser over temp")
        );
    }

    #[test]
    fn a_job_state_the_booth_does_not_know_is_not_over() {
        assert_eq!(JobState::from_ipp(9), JobState::Completed);
        assert!(JobState::from_ipp(9).is_final());
        let unknown = JobState::from_ipp(12);
        assert_eq!(unknown, JobState::Unknown(12));
        assert!(!unknown.is_final());
    }

    #[test]
    fn trouble_is_what_stops_cards_coming_out() {
        let words = |ks: &[&str]| ks.iter().map(|k| k.to_string()).collect::<Vec<_>>();
        let stopped = PrinterState::Stopped;
        let idle = PrinterState::Idle;
        // A queue paused with a reason (`cupsdisable -r "Out of paper"`): the reason.
        assert_eq!(
            trouble_of(stopped, true, &words(&["paused"]), "Out of paper").as_deref(),
            Some("Out of paper")
        );
        assert_eq!(
            trouble_of(stopped, true, &words(&["paused"]), "").as_deref(),
            Some("queue stopped")
        );
        // The printer's own report, even before CUPS stops the queue.
        assert_eq!(
            trouble_of(idle, true, &words(&["media-empty-error"]), "").as_deref(),
            Some("out of paper")
        );
        assert_eq!(
            trouble_of(idle, true, &words(&["marker-supply-empty-warning"]), "").as_deref(),
            Some("ribbon or ink used up")
        );
        assert_eq!(
            trouble_of(idle, false, &words(&["none"]), "").as_deref(),
            Some("not accepting new jobs")
        );
        // Warnings and a message on a printer that prints are not trouble.
        assert_eq!(
            trouble_of(idle, true, &words(&["media-low-report"]), ""),
            None
        );
        assert_eq!(trouble_of(idle, true, &words(&["none"]), "Ready"), None);
    }
}
