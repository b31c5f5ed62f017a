//! Printing against a real CUPS server (started by .ci/run) with cups-pdf virtual printers.
//! Each test adds its own queue, so tests can run side by side.

mod common;

use common::{Queue, run};

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use welcome_booth::archive::{Archive, CardId, PrintEntry, PrintState, Use};
use welcome_booth::print::cards::{self, PrintOutcome};
use welcome_booth::print::{Cups, JobState, PrintError, PrintSystem, PrinterState};

use common::CUPS_PDF_OUT;

/// An archive holding one card with this message, agreed for printing.
fn archive_with_card(dir: &Path, message: &str) -> (Archive, CardId) {
    let mut archive = Archive::open(dir).unwrap();
    let record = common::demo_card(message, "Rami").save(&mut archive, &[Use::Print]);
    (archive, record.id)
}

/// Waits until the card's last print reaches a final state; returns that state.
fn wait_for_end(archive: &mut Archive, cups: &Cups, id: CardId) -> PrintState {
    let start = Instant::now();
    loop {
        let record = cards::refresh(archive, cups, id).unwrap();
        let state = record.prints.last().unwrap().state;
        if !state.is_open() || start.elapsed() > Duration::from_secs(90) {
            return state;
        }
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// The file cups-pdf wrote for this card, once it is there.
fn printed_file(id: CardId) -> Option<PathBuf> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        let found = std::fs::read_dir(CUPS_PDF_OUT)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.to_string_lossy().contains(&id.to_string())
                    && p.extension().is_some_and(|x| x == "pdf")
            });
        if found.is_some() {
            return found;
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    None
}

#[test]
fn a_printed_card_arrives_and_its_history_is_kept() {
    let queue = Queue::new("booth-test-arrives");
    let dir = tempfile::tempdir().unwrap();
    let (mut archive, id) =
        archive_with_card(dir.path(), "Printed with love for our new neighbours");
    let cups = Cups::local();
    assert_eq!(cups.printer(&queue.0).unwrap().state, PrinterState::Idle);

    let outcome = cards::print(&mut archive, &cups, id, Some(&queue.0), 2).unwrap();
    let PrintOutcome::Submitted { job, .. } = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(wait_for_end(&mut archive, &cups, id), PrintState::Completed);
    let entry = archive.get(id).unwrap().prints.pop().unwrap();
    assert_eq!(
        (entry.printer.as_str(), entry.copies, entry.job),
        (queue.0.as_str(), 2, Some(job))
    );
    let file = printed_file(id).expect("cups-pdf wrote the job");
    // cups-pdf rewrites the PDF through Ghostscript (which drops the text's Unicode
    // mapping), so compare what the printed page looks like with the archived card.
    let prefix = dir.path().join("printed");
    common::poppler(
        "pdftoppm",
        &[
            "-r",
            "50",
            "-png",
            "-singlefile",
            file.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let printed = image::open(prefix.with_extension("png"))
        .unwrap()
        .into_rgb8();
    let card = image::open(archive.card_dir(id).join("card.png"))
        .unwrap()
        .into_rgb8();
    let card = image::imageops::resize(
        &card,
        printed.width(),
        printed.height(),
        image::imageops::FilterType::Triangle,
    );
    let diff: u64 = printed
        .as_raw()
        .iter()
        .zip(card.as_raw())
        .map(|(a, b)| u64::from(a.abs_diff(*b)))
        .sum();
    let mean = diff as f64 / printed.as_raw().len() as f64;
    assert!(
        mean < 8.0,
        "the printed page differs from the card: mean difference {mean:.2} levels"
    );
}

#[test]
fn a_stopped_queue_is_reported_and_a_double_press_makes_one_job() {
    let queue = Queue::new("booth-test-jam");
    let dir = tempfile::tempdir().unwrap();
    let (mut archive, id) = archive_with_card(dir.path(), "Welcome, and mind the paper");
    let cups = Cups::local();
    run("cupsdisable", &["-r", "paper jam", &queue.0]);
    let status = cups.printer(&queue.0).unwrap();
    assert_eq!(status.state, PrinterState::Stopped);
    assert_eq!(status.message, "paper jam");
    assert!(
        status.reasons.contains(&"queue stopped".to_string()),
        "{status:?}"
    );

    let first = cards::print(&mut archive, &cups, id, Some(&queue.0), 1).unwrap();
    let PrintOutcome::Submitted { job, .. } = first else {
        panic!("{first:?}")
    };
    for _ in 0..3 {
        match cards::print(&mut archive, &cups, id, Some(&queue.0), 1).unwrap() {
            PrintOutcome::AlreadyQueued(entry) => assert_eq!(entry.job, Some(job)),
            other => panic!("a second job was sent: {other:?}"),
        }
    }
    assert_eq!(cups.job(&queue.0, job).unwrap().state, JobState::Pending);
    assert_eq!(archive.get(id).unwrap().prints.len(), 1);
    let waiting = cards::queue(&mut archive, &cups).unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].1.state, PrintState::Pending);

    cups.resume(&queue.0).unwrap();
    assert_eq!(wait_for_end(&mut archive, &cups, id), PrintState::Completed);
    assert!(cards::queue(&mut archive, &cups).unwrap().is_empty());
}

#[test]
fn a_refused_print_stays_visible_and_retries_after_the_queue_is_resumed() {
    let queue = Queue::new("booth-test-retry");
    let dir = tempfile::tempdir().unwrap();
    let (mut archive, id) = archive_with_card(dir.path(), "Try again, friend");
    let cups = Cups::local();
    run("cupsreject", &[&queue.0]);
    let err = cards::print(&mut archive, &cups, id, Some(&queue.0), 1).unwrap_err();
    assert!(err.to_string().contains("not accepting jobs"), "{err}");
    let failed = archive.get(id).unwrap().prints.pop().unwrap();
    assert_eq!(failed.state, PrintState::Failed);
    assert!(failed.reason.unwrap().contains("not accepting jobs"));
    assert_eq!(cards::queue(&mut archive, &cups).unwrap().len(), 1);

    cups.resume(&queue.0).unwrap();
    let retried = cards::retry(&mut archive, &cups, id).unwrap();
    assert!(
        matches!(retried, PrintOutcome::Submitted { .. }),
        "{retried:?}"
    );
    assert_eq!(wait_for_end(&mut archive, &cups, id), PrintState::Completed);
    assert_eq!(archive.get(id).unwrap().prints.len(), 2);
}

#[test]
fn missing_queues_and_files_give_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (mut archive, id) = archive_with_card(dir.path(), "Hello");
    let cups = Cups::local();
    assert!(matches!(
        cups.printer("no-such-queue"),
        Err(PrintError::NoSuchQueue(_))
    ));
    assert!(matches!(
        cups.printer("../admin"),
        Err(PrintError::NoSuchQueue(_))
    ));
    std::fs::remove_file(archive.card_dir(id).join("card.pdf")).unwrap();
    let err = cards::print(&mut archive, &cups, id, Some("PDF"), 1).unwrap_err();
    assert!(err.to_string().contains("archive check --repair"), "{err}");

    let unreachable = Command::new(env!("CARGO_BIN_EXE_welcome-booth"))
        .arg("printers")
        .env("CUPS_SERVER", "127.0.0.1:9")
        .output()
        .unwrap();
    assert_eq!(unreachable.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&unreachable.stderr);
    assert!(
        stderr.starts_with("error: cannot reach the print system (CUPS) at 127.0.0.1:9"),
        "{stderr}"
    );
}

#[test]
fn a_booth_killed_while_sending_says_so_and_a_retry_prints_once() {
    let queue = Queue::new("booth-test-killed");
    let dir = tempfile::tempdir().unwrap();
    let (mut archive, id) = archive_with_card(dir.path(), "Welcome, whatever happens");
    // A print server that takes the connection and never answers: the booth is caught
    // between writing down the print and hearing back, and killed there.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_welcome-booth"))
        .args(["print", &id.to_string(), "--printer", &queue.0])
        .env("WELCOME_BOOTH_ARCHIVE", dir.path())
        .env("CUPS_SERVER", silent.local_addr().unwrap().to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_secs(30);
    while archive.get(id).unwrap().prints.is_empty() {
        assert!(Instant::now() < until, "the print was never written down");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let cups = Cups::local();
    let queued = cards::queue(&mut archive, &cups).unwrap();
    assert_eq!(queued.len(), 1, "staff see it in the queue");
    assert_eq!(queued[0].1.state, PrintState::Failed);
    assert_eq!(
        queued[0].1.reason.as_deref(),
        Some("interrupted before it reached the printer; retry it")
    );
    let retried = cards::retry(&mut archive, &cups, id).unwrap();
    assert!(
        matches!(retried, PrintOutcome::Submitted { .. }),
        "{retried:?}"
    );
    assert_eq!(wait_for_end(&mut archive, &cups, id), PrintState::Completed);
    assert!(printed_file(id).is_some());
    assert_eq!(common::printed_copies(id), 1, "printed once");
    assert_eq!(archive.get(id).unwrap().prints.len(), 2);
}

#[test]
fn a_booth_killed_after_cups_took_the_card_finds_its_job_and_never_sends_it_twice() {
    let queue = Queue::new("booth-test-taken");
    run("cupsdisable", &["-r", "Out of paper", &queue.0]);
    let dir = tempfile::tempdir().unwrap();
    let (mut archive, id) = archive_with_card(dir.path(), "Welcome, once");
    let cups = Cups::local();
    // What a booth killed the instant CUPS answered leaves behind: the print written down
    // as being sent, and the job in CUPS under the card's title.
    let mut record = archive.get(id).unwrap();
    record.prints.push(PrintEntry {
        at: "2026-11-29T10:00:00Z".parse().unwrap(),
        printer: queue.0.clone(),
        copies: 1,
        job: None,
        state: PrintState::Submitting,
        reason: None,
    });
    archive.update(&mut record).unwrap();
    let job = cups
        .submit(
            &queue.0,
            &archive.card_dir(id).join("card.pdf"),
            1,
            (152.4, 101.6),
            &format!("welcome-booth card {id}"),
        )
        .unwrap();

    let queued = cards::queue(&mut archive, &cups).unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].1.job, Some(job), "{:?}", queued[0].1);
    assert_eq!(queued[0].1.state, PrintState::Pending);
    for _ in 0..2 {
        let again = cards::retry(&mut archive, &cups, id).unwrap();
        assert!(matches!(again, PrintOutcome::AlreadyQueued(_)), "{again:?}");
    }
    cups.resume(&queue.0).unwrap();
    assert_eq!(wait_for_end(&mut archive, &cups, id), PrintState::Completed);
    assert!(printed_file(id).is_some());
    assert_eq!(common::printed_copies(id), 1, "printed once");
    assert_eq!(archive.get(id).unwrap().prints.len(), 1);
}

/// Runs `welcome-booth` from `cwd` and insists that it succeeds; returns its output.
fn booth_in(cwd: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_welcome-booth"))
        .args(args)
        .current_dir(cwd)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_branded_layout_travels_with_its_cards_to_any_folder() {
    let queue = Queue::new("welcome-test-branded");
    let dir = tempfile::tempdir().unwrap();
    let brand = branded_layout(dir.path());
    let archive = dir.path().join("archive");
    let archive = archive.to_str().unwrap();

    let id = add_branded_card(&brand, archive);
    // Every later step from another folder, where paper.png is not.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let copies: Vec<_> = std::fs::read_dir(Path::new(archive).join("assets"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        copies.len(),
        2,
        "background and overlay kept once: {copies:?}"
    );

    let card_png = Path::new(archive).join("cards").join(&id).join("card.png");
    let first = image::open(&card_png).unwrap().to_rgb8();
    booth_in(
        &elsewhere,
        &["--archive", archive, "print", &id, "--printer", &queue.0],
    );
    let mut archive_db = Archive::open(Path::new(archive)).unwrap();
    let until = Instant::now() + Duration::from_secs(60);
    let id: CardId = id.parse().unwrap();
    common::wait_until_printed(&mut archive_db, &Cups::local(), id, until);
    assert!(printed_file(id).is_some());

    std::fs::remove_file(&card_png).unwrap();
    booth_in(
        &elsewhere,
        &["--archive", archive, "archive", "rerender", &id.to_string()],
    );
    std::fs::remove_file(&card_png).unwrap();
    let repaired = booth_in(
        &elsewhere,
        &["--archive", archive, "archive", "check", "--repair"],
    );
    assert!(repaired.contains("all good"), "{repaired}");
    // The same card again: the background's colour and the logo's red are there.
    let again = image::open(&card_png).unwrap().to_rgb8();
    assert_eq!(again.dimensions(), first.dimensions());
    let count = |img: &image::RgbImage, want: [u8; 3]| {
        img.pixels()
            .filter(|p| p.0.iter().zip(want).all(|(&a, b)| a.abs_diff(b) < 8))
            .count()
    };
    for (what, colour) in [("background", [250, 235, 200]), ("overlay", [200, 30, 40])] {
        let n = count(&again, colour);
        assert!(n > 5_000, "{what}: {n} pixels");
        assert_eq!(n, count(&first, colour), "{what}");
    }
}

/// The organisation's frame: `brand/frame.toml`, the postcard with a background and an
/// overlay image beside it. Returns the folder.
fn branded_layout(dir: &Path) -> PathBuf {
    let brand = dir.join("brand");
    std::fs::create_dir_all(&brand).unwrap();
    let paper = image::RgbImage::from_pixel(64, 96, image::Rgb([250, 235, 200]));
    paper.save(brand.join("paper.png")).unwrap();
    let logo = image::RgbaImage::from_pixel(40, 20, image::Rgba([200, 30, 40, 255]));
    logo.save(brand.join("logo.png")).unwrap();
    let postcard = std::fs::read_to_string("layouts/postcard-4x6.toml").unwrap();
    let branded = postcard
        .replace("name = \"postcard-4x6\"", "name = \"branded\"")
        .replace("[page]\n", "[page]\nbackground_image = \"paper.png\"\n")
        + "\n[overlay]\nimage = \"logo.png\"\nbox = { x = 80.0, y = 140.0, w = 16.0, h = 8.0 }\n";
    std::fs::write(brand.join("frame.toml"), branded).unwrap();
    brand
}

/// Makes a card with the branded layout, run from its folder as staff would; its id.
fn add_branded_card(brand: &Path, archive: &str) -> String {
    let args = [
        "--archive",
        archive,
        "archive",
        "add",
        "--layout",
        "frame.toml",
        "--message",
        "Welcome, neighbour",
        "--consent",
        "print,archive",
    ];
    booth_in(brand, &args).trim().to_string()
}

/// A card made with a branded layout before the archive kept copies of layout images
/// (record format 1): check names the images, and repair run from the layout's folder
/// copies them in, after which the card renders from anywhere.
#[test]
fn a_card_from_before_image_copies_gets_them_on_repair() {
    let dir = tempfile::tempdir().unwrap();
    let brand = branded_layout(dir.path());
    let root = dir.path().join("archive");
    let archive = root.to_str().unwrap();
    let id = add_branded_card(&brand, archive);
    // The record as the first booth release kept it: no copies, no format.
    let sidecar = root.join("cards").join(&id).join("card.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&sidecar).unwrap()).unwrap();
    for added in ["format", "layout_images"] {
        json.as_object_mut().unwrap().remove(added);
    }
    std::fs::write(&sidecar, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    rusqlite::Connection::open(root.join("catalog.sqlite"))
        .unwrap()
        .execute(
            "UPDATE records SET json = ?1 WHERE id = ?2",
            (json.to_string(), &id),
        )
        .unwrap();
    std::fs::remove_dir_all(root.join("assets")).unwrap();

    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let check = Command::new(env!("CARGO_BIN_EXE_welcome-booth"))
        .args(["--archive", archive, "archive", "check"])
        .current_dir(&elsewhere)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(!check.status.success());
    assert!(
        said.contains("paper.png, logo.png, which the archive does not keep"),
        "{said}"
    );
    let repaired = booth_in(
        &brand,
        &["--archive", archive, "archive", "check", "--repair"],
    );
    assert!(repaired.contains("all good"), "{repaired}");
    assert_eq!(std::fs::read_dir(root.join("assets")).unwrap().count(), 2);
    booth_in(
        &elsewhere,
        &["--archive", archive, "archive", "rerender", &id],
    );
}
