//! CUPS restarting while a card waits to print (a volunteer restarts it, or the laptop's
//! print service is updated mid-event). Alone in its own test binary: restarting the
//! machine's CUPS server would disturb other printing tests running beside it.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{Queue, run};
use welcome_booth::archive::{Archive, Use};
use welcome_booth::print::cards::{self, CardPrintError, PrintOutcome};
use welcome_booth::print::{Cups, PrintError, PrintSystem};

/// Stops the CUPS server and waits until it is gone.
fn stop_cups() {
    run("pkill", &["-TERM", "-x", "cupsd"]);
    let until = Instant::now() + Duration::from_secs(30);
    while Command::new("pgrep")
        .args(["-x", "cupsd"])
        .output()
        .unwrap()
        .status
        .success()
    {
        assert!(Instant::now() < until, "cupsd did not stop");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Starts the CUPS server again and waits until it answers.
fn start_cups(cups: &Cups) {
    run("/usr/sbin/cupsd", &[]);
    let until = Instant::now() + Duration::from_secs(30);
    while cups.printers().is_err() {
        assert!(Instant::now() < until, "cupsd did not come back");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_card_waiting_while_cups_restarts_is_followed_to_its_end_and_printed_once() {
    let queue = Queue::new("booth-test-restart");
    run("cupsdisable", &["-r", "Out of paper", &queue.0]);
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let id = common::demo_card("Welcome, through it all", "Lena")
        .save(&mut archive, &[Use::Print])
        .id;
    let cups = Cups::local();
    let PrintOutcome::Submitted { job, .. } =
        cards::print(&mut archive, &cups, id, Some(&queue.0), 1).unwrap()
    else {
        panic!("not sent")
    };

    stop_cups();
    // While CUPS is down: staff are told it does not answer, and print makes no job.
    let down = cards::queue(&mut archive, &cups).unwrap_err().to_string();
    assert!(down.contains("CUPS"), "{down}");
    assert!(matches!(
        cards::print(&mut archive, &cups, id, Some(&queue.0), 1),
        Err(CardPrintError::Print(PrintError::Unreachable { .. }))
    ));
    assert_eq!(archive.get(id).unwrap().prints.len(), 1);

    start_cups(&cups);
    // The same job, still waiting for paper; pressing print again sends nothing.
    let queued = cards::queue(&mut archive, &cups).unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].1.job, Some(job));
    assert_eq!(
        queued[0].1.state,
        welcome_booth::archive::PrintState::Pending,
        "{:?}",
        queued[0].1
    );
    assert!(matches!(
        cards::retry(&mut archive, &cups, id).unwrap(),
        PrintOutcome::AlreadyQueued(_)
    ));

    cups.resume(&queue.0).unwrap();
    let until = Instant::now() + Duration::from_secs(60);
    let record = common::wait_until_printed(&mut archive, &cups, id, until);
    assert_eq!(record.prints.len(), 1, "printed once, as job {job}");
    assert_eq!(common::printed_copies(id), 1);
}
