//! Printer and job state reasons (IPP keywords) in plain words for staff, and what among
//! them keeps cards from coming out.

use super::state::{PrinterState, PrinterStatus};

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

/// State-reason keywords in plain words.
pub(super) fn plain_reasons(keywords: &[String]) -> Vec<String> {
    keywords.iter().filter_map(|k| plain_reason(k)).collect()
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

/// A queue's status as staff read it, from what its print system reports: its state,
/// whether it accepts jobs, its state-reason keywords and its message.
pub fn status(
    name: String,
    state: PrinterState,
    accepting: bool,
    keywords: &[String],
    message: String,
) -> PrinterStatus {
    let mut reasons = plain_reasons(keywords);
    if !accepting {
        reasons.push("not accepting new jobs".into());
    }
    PrinterStatus {
        name,
        state,
        accepting,
        reasons,
        trouble: trouble_of(state, accepting, keywords, &message),
        message,
    }
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
