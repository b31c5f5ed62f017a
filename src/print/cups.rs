//! The real print system: CUPS, over IPP.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use ipp::operation::IppOperation;
use ipp::prelude::*;

use super::reasons::{self, plain_reasons};
use super::{JobState, JobStatus, PrintError, PrintSystem, PrinterState, PrinterStatus};

/// Where CUPS listens unless `CUPS_SERVER` says otherwise.
const DEFAULT_SERVER: &str = "localhost:631";

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
        if status == StatusCode::ServerErrorNotAcceptingJobs {
            return Err(PrintError::not_accepting(queue));
        }
        if !status.is_success() {
            let reason = match status {
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
}

impl PrintSystem for Cups {
    fn printers(&self) -> Result<Vec<PrinterStatus>, PrintError> {
        let response = self.send("", IppOperationBuilder::cups().get_printers())?;
        Ok(response
            .attributes()
            .groups_of(DelimiterTag::PrinterAttributes)
            .map(status_of)
            .collect())
    }

    fn printer(&self, queue: &str) -> Result<PrinterStatus, PrintError> {
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

    fn default_queue(&self) -> Result<String, PrintError> {
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

    fn submit(
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

    fn job(&self, queue: &str, id: i32) -> Result<JobStatus, PrintError> {
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

    fn open_jobs(&self, queue: &str) -> Result<usize, PrintError> {
        let op = IppOperationBuilder::get_jobs(self.queue_uri(queue)?)
            .build()
            .map_err(|e| refused(queue, e))?;
        let response = self.send(queue, op)?;
        Ok(response
            .attributes()
            .groups_of(DelimiterTag::JobAttributes)
            .count())
    }

    fn find_job(&self, queue: &str, title: &str) -> Result<Option<i32>, PrintError> {
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

    fn cancel(&self, queue: &str, id: i32) -> Result<(), PrintError> {
        let op = IppOperationBuilder::cancel_job(self.queue_uri(queue)?, id)
            .user_name(USER)
            .build()
            .map_err(|e| refused(queue, e))?;
        self.send(queue, op).map(|_| ())
    }

    // What `cupsenable` and `cupsaccept` do: CUPS grants this to local administrators
    // only, through its own tools, so they are used here.
    fn resume(&self, queue: &str) -> Result<(), PrintError> {
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
    reasons::status(
        text("printer-name"),
        state,
        accepting,
        &keywords,
        text("printer-state-message"),
    )
}

/// The keywords of a state-reasons attribute.
fn keywords_of(g: &IppAttributeGroup, attribute: &str) -> Vec<String> {
    g.get(attribute)
        .map(|a| text_values(a.value()))
        .unwrap_or_default()
}

fn text_values(v: &IppValue) -> Vec<String> {
    match v {
        IppValue::Array(items) => items.iter().flat_map(text_values).collect(),
        other => vec![other.to_string()],
    }
}
