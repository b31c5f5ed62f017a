//! `welcome-booth printers`, `print`, `print-queue`, `print-retry`, `print-cancel` and
//! `printer-resume`: printing cards from the archive through CUPS.

use welcome_booth::archive::Archive;
use welcome_booth::print::cards::{self, PrintOutcome};
use welcome_booth::print::{Cups, PrintSystem};

use super::output::yes;

/// Printer queues with their state and reasons.
pub(crate) fn printers() -> anyhow::Result<()> {
    let printers = Cups::local().printers()?;
    println!(
        "{:<20}  {:<10}  {:<9}  reasons",
        "queue", "state", "accepting"
    );
    for p in &printers {
        let mut reasons = p.reasons.clone();
        if !p.message.is_empty() {
            reasons.push(format!("\"{}\"", p.message));
        }
        println!(
            "{:<20}  {:<10}  {:<9}  {}",
            p.name,
            format!("{:?}", p.state).to_lowercase(),
            yes(p.accepting),
            reasons.join(", ")
        );
    }
    if printers.is_empty() {
        println!(
            "no printer queues; add one with lpadmin or the CUPS web page (http://localhost:631)"
        );
    }
    Ok(())
}

/// Prints a card (not again while a job for it is still open).
pub(crate) fn print(
    mut archive: Archive,
    id: &str,
    printer: Option<&str>,
    copies: u32,
) -> anyhow::Result<()> {
    let id = archive.find_card(id)?;
    let outcome = cards::print(&mut archive, &Cups::local(), id, printer, copies)?;
    print_outcome(&outcome);
    Ok(())
}

/// Prints not completed, with their reasons.
pub(crate) fn queue(mut archive: Archive) -> anyhow::Result<()> {
    let queue = cards::queue(&mut archive, &Cups::local())?;
    for (id, e) in &queue {
        let job = e
            .job
            .map(|j| format!("{}-{j}", e.printer))
            .unwrap_or_else(|| e.printer.clone());
        println!(
            "{id}  {job:<16}  {:<10}  {}",
            e.state,
            e.reason.as_deref().unwrap_or("")
        );
    }
    println!("{} print(s) not completed", queue.len());
    Ok(())
}

/// Sends a card again to the queue of its last print.
pub(crate) fn retry(mut archive: Archive, id: &str) -> anyhow::Result<()> {
    let id = archive.find_card(id)?;
    print_outcome(&cards::retry(&mut archive, &Cups::local(), id)?);
    Ok(())
}

/// Cancels a card's open print.
pub(crate) fn cancel(mut archive: Archive, id: &str) -> anyhow::Result<()> {
    let id = archive.find_card(id)?;
    let cancelled = cards::cancel(&mut archive, &Cups::local(), id)?;
    println!(
        "{}",
        if cancelled {
            "cancelled"
        } else {
            "nothing to cancel: no open print for this card"
        }
    );
    Ok(())
}

/// Resumes a stopped queue.
pub(crate) fn resume(queue: &str) -> anyhow::Result<()> {
    Cups::local().resume(queue)?;
    println!("{queue} resumed and accepting jobs");
    Ok(())
}

fn print_outcome(outcome: &PrintOutcome) {
    match outcome {
        PrintOutcome::Submitted { queue, job } => println!("sent to {queue} as job {queue}-{job}"),
        PrintOutcome::AlreadyQueued(e) => println!(
            "already queued on {} (job {}, {}); not sent again",
            e.printer,
            e.job.map_or("-".to_string(), |j| j.to_string()),
            e.state
        ),
    }
}
