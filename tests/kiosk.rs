//! The kiosk driven like a participant and like staff, through egui_kittest (no window, no
//! GPU): the demo camera, the real card engine and archive, and an in-memory printer.

mod common;

use common::kiosk::*;

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use proptest::prelude::*;
use welcome_booth::archive::{Archive, Filter, Use};
use welcome_booth::capture::CameraChoice;
use welcome_booth::kiosk::KioskApp;
use welcome_booth::kiosk::booth::Booth;
use welcome_booth::kiosk::config::Config;
use welcome_booth::kiosk::flow::Step;
use welcome_booth::print::{MemoryPrinter, PrintSystem};

/// Taps on-screen keys, one label each (`⇧x` taps Shift first).
fn tap_keys(h: &mut Harness<'_, KioskApp>, keys: &[&str]) {
    for key in keys {
        match key.strip_prefix('⇧') {
            Some(shifted) => {
                click(h, "Shift");
                click(h, shifted);
            }
            None => click(h, key),
        }
    }
}

/// Types `text` on the on-screen keyboard of the layout shown, one key per character
/// (`⇧` before a character taps Shift for it), spaces on the space bar.
fn type_on_screen(h: &mut Harness<'_, KioskApp>, text: &str) {
    let mut shift = false;
    for c in text.chars() {
        match c {
            '⇧' => shift = true,
            ' ' => click(h, "Space"),
            c => {
                if shift {
                    click(h, "Shift");
                    shift = false;
                }
                click(h, &c.to_string());
            }
        }
    }
}

#[test]
fn a_participant_goes_through_and_their_card_is_archived_then_printed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(config(dir.path(), QUEUE));

    click(&mut h, "Start");
    click(
        &mut h,
        "Keep my portrait and message in the booth's archive after today",
    );
    click(&mut h, "Post them on social media");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Camera);

    take_photo(&mut h);
    click(&mut h, "Take it again");
    assert_eq!(h.state().step(), Step::Camera);
    take_photo(&mut h);
    click(&mut h, "Take it again");
    assert_eq!(
        h.state().step(),
        Step::Review,
        "the one retake allowed is used"
    );
    click(&mut h, "Keep this photo");
    assert_eq!(h.state().step(), Step::Message);

    // Too long (typed on a physical keyboard): the engine says so and the participant
    // cannot go on. Backspace on screen then deletes it again, one letter a tap.
    let long = "We are glad you are here, neighbour. ".repeat(14);
    type_physical(&mut h, &long);
    step_until(&mut h, "the too-long verdict", |h| {
        h.query_by_label_contains("too long for the card").is_some()
    });
    assert!(!make_card_enabled(&h));
    click(&mut h, "Make my card");
    assert_eq!(h.state().step(), Step::Message);
    for _ in 0..long.chars().count() {
        h.get_by_label("Delete").click();
        h.run_steps(1);
    }
    assert_eq!(h.state().typed().0, "");

    // Then only the on-screen keyboard: English, then Arabic through the Arabic layout.
    type_on_screen(&mut h, "⇧Welcome, friend ");
    click(&mut h, "العربية");
    type_on_screen(&mut h, "⇧أهلا وسهلا");
    // Beh with tanwin, then one backspace removes both.
    type_on_screen(&mut h, " ب");
    tap_keys(&mut h, &["⇧\u{640}\u{64B}"]);
    assert!(
        h.state().typed().0.ends_with(" بً"),
        "{:?}",
        h.state().typed()
    );
    click(&mut h, "Delete");
    click(&mut h, "Delete");
    let message = "Welcome, friend أهلا وسهلا";
    assert_eq!(h.state().typed().0, message);

    // The name: the field key moves there, the language key back to English.
    click(&mut h, "Name ›");
    click(&mut h, "English");
    type_on_screen(&mut h, "⇧Amal");
    assert_eq!(h.state().typed().1, "Amal");
    click(&mut h, "Message ›");
    step_until(&mut h, "the message to fit", make_card_enabled);
    assert!(
        h.query_by_label_contains("Room left on the card: ")
            .is_some()
    );
    click(&mut h, "Make my card");
    step_until(&mut h, "the card preview", |h| {
        h.state().step() == Step::Preview
    });

    // Nothing is kept before print is pressed.
    let archive = Archive::open(dir.path()).unwrap();
    assert_eq!(archive.count().unwrap(), 0);

    click(&mut h, "Print my card");
    step_until(&mut h, "the goodbye", |h| {
        matches!(h.state().step(), Step::Goodbye { .. })
    });
    assert!(
        matches!(h.state().step(), Step::Goodbye { printed: true, .. }),
        "{:?}",
        h.state().step()
    );
    assert!(
        h.query_by_label_contains("Please take it from the printer")
            .is_some()
    );

    let cards = archive.list(&Filter::default()).unwrap();
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    assert_eq!(card.message, message);
    assert_eq!(card.name.as_deref(), Some("Amal"));
    let c = &card.consent;
    assert!(c.print && c.archive && c.social && !c.exhibition, "{c:?}");
    assert_eq!(card.prints.len(), 1);
    assert_eq!(card.prints[0].printer, QUEUE);
    assert!(card.prints[0].job.is_some(), "{:?}", card.prints[0]);
    let folder = archive.card_dir(card.id);
    // Both parts of the message typed on screen are in the print PDF's text (the order of
    // a mixed line as extracted is the PDF text issue's, not the keyboard's).
    let text = common::pdf_text(&folder.join("card.pdf"));
    assert!(
        common::squash(&text).contains(&common::squash("Welcome, friend")),
        "{text}"
    );
    assert!(
        common::squash(&text).contains(&common::squash("أهلا وسهلا")),
        "{text}"
    );
    // The card's reference is printed on it and was on the thank-you screen.
    let reference = card.id.reference();
    assert!(text.contains(&format!("ref. {reference}")), "{text}");
    assert!(
        h.query_by_label_contains(&format!("Your card's reference is {reference}"))
            .is_some()
    );
    let photo = image::open(folder.join(&card.photo_file)).unwrap();
    assert_eq!(
        (photo.width(), photo.height()),
        (1280, 720),
        "the camera's frame is the photo"
    );

    // The goodbye gives way to the start screen by itself.
    h.run_steps(25);
    assert_eq!(h.state().step(), Step::Attract);
}

#[test]
fn walking_away_discards_an_unconfirmed_portrait() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(config(dir.path(), QUEUE));
    click(&mut h, "Start");
    click(&mut h, "Next");
    take_photo(&mut h);
    assert!(h.query_by_label("Keep this photo").is_some());

    h.run_steps(160); // 16 s of nobody touching the screen
    assert_eq!(h.state().step(), Step::Attract);
    assert!(h.query_by_label("Keep this photo").is_none());
    assert_eq!(Archive::open(dir.path()).unwrap().count().unwrap(), 0);
    // The next participant starts with a fresh consent and no photo.
    click(&mut h, "Start");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Camera);
}

#[test]
fn staff_mode_needs_the_right_pin() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(config(dir.path(), QUEUE));
    h.key_press(egui::Key::F12);
    h.run_steps(2);
    for digit in ["1", "1", "1", "1", "OK"] {
        click(&mut h, digit);
    }
    assert!(h.query_by_label_contains("Wrong PIN").is_some());
    assert!(h.query_by_label("Exit the kiosk").is_none());

    h.get_by_label("Staff PIN").type_text(PIN);
    h.run_steps(1);
    click(&mut h, "OK");
    assert!(h.query_by_label("Exit the kiosk").is_some());
    step_until(&mut h, "today's counters", |h| {
        h.query_by_label_contains("Portraits taken today: 0 ")
            .is_some()
    });
    click(&mut h, "Back to the booth");
    assert!(h.query_by_label("Start").is_some());
}

#[test]
fn a_hot_folder_never_shows_the_last_participants_picture() {
    let dir = tempfile::tempdir().unwrap();
    let pictures = tempfile::tempdir().unwrap();
    let save = |name: &str| {
        welcome_booth::capture::synthetic::portrait(800, 600, 3)
            .save(pictures.path().join(name))
            .unwrap()
    };
    save("last-participant.jpg");
    std::thread::sleep(Duration::from_millis(50));
    let mut h = kiosk(Config {
        camera: CameraChoice::Folder(pictures.path().to_path_buf()),
        ..config(dir.path(), QUEUE)
    });
    click(&mut h, "Start");
    click(&mut h, "Next");
    for _ in 0..40 {
        h.step();
        std::thread::sleep(Duration::from_millis(25));
    }
    assert!(!camera_ready(&h), "an older picture must not be shown");

    save("this-participant.jpg");
    take_photo(&mut h);
    assert!(h.query_by_label("Keep this photo").is_some());
}

#[test]
fn a_keyboard_file_with_a_mistake_gives_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let keyboard = dir.path().join("bad.toml");
    std::fs::write(
        &keyboard,
        "name = \"Mine\"\nrows = [\"a b\"]\nshift = [\n  \"A\",\n]\n",
    )
    .unwrap();
    let config_path = dir.path().join("kiosk.toml");
    let config = Config {
        keyboards: vec!["en".into(), keyboard.display().to_string()],
        ..config(dir.path(), QUEUE)
    };
    std::fs::write(&config_path, config.to_commented_toml()).unwrap();
    let err = Config::load(&config_path).unwrap_err().to_string();
    assert!(
        err.contains(&format!(
            "{}:4: shift row 1 has 1 keys but row 1 has 2",
            keyboard.display()
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let refused = KioskApp::new(config, None, Box::new(MemoryPrinter::new(QUEUE)))
        .err()
        .expect("the kiosk refuses the keyboard");
    assert!(
        refused.to_string().contains("shift row 1 has 1 keys"),
        "{refused:#}"
    );
}

#[test]
fn the_start_screen_shows_only_cards_agreed_for_the_exhibition() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut archive = Archive::open(dir.path()).unwrap();
        let card = common::demo_card("Welcome, neighbour.", "Sam");
        card.save(&mut archive, &[Use::Print, Use::Archive]);
        card.save(&mut archive, &[Use::Print, Use::Social]);
    }
    let booth = Booth::open(
        config(dir.path(), QUEUE),
        None,
        Box::new(MemoryPrinter::new(QUEUE)),
    )
    .unwrap();
    assert!(
        booth.exhibition_cards(8, 300, 450).is_empty(),
        "no consent, no card"
    );

    let agreed = {
        let mut archive = Archive::open(dir.path()).unwrap();
        common::demo_card("You are home here.", "Ana")
            .save(&mut archive, &[Use::Print, Use::Exhibition])
    };
    let shown = booth.exhibition_cards(8, 300, 450);
    assert_eq!(
        shown.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        [agreed.id]
    );
    let (w, h) = shown[0].1.dimensions();
    assert!(w <= 300 && h <= 450 && w > 0, "{w}x{h}");

    let mut h = kiosk(config(dir.path(), QUEUE));
    step_until(&mut h, "the exhibition cards", |h| {
        h.state().attract_cards() > 0
    });
    assert_eq!(h.state().attract_cards(), 1);
    assert!(h.query_by_label("Start").is_some(), "Start is always there");
}

#[test]
fn a_stopped_printer_is_told_truthfully_and_resume_prints_each_waiting_card_once() {
    let printer = MemoryPrinter::new(QUEUE);
    printer.stop(QUEUE, "Out of paper").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk_printing_to(
        config(dir.path(), QUEUE),
        None,
        [1280.0, 800.0],
        Box::new(printer.clone()),
    );

    // Participants are told what it means for them, before anyone prints.
    step_until(&mut h, "the printer notice", |h| {
        h.query_by_label_contains("The printer is paused").is_some()
    });
    for (n, message) in ["Welcome, neighbour.", "أهلاً بكم في بيتكم"]
        .into_iter()
        .enumerate()
    {
        participant(&mut h, message);
        assert!(
            matches!(h.state().step(), Step::Goodbye { printed: false, .. }),
            "{:?}",
            h.state().step()
        );
        assert!(
            h.query_by_label("Your card is saved. A member of staff will hand it to you.")
                .is_some()
        );
        assert!(
            h.query_by_label_contains("take it from the printer")
                .is_none()
        );
        assert!(h.query_by_label_contains("Out of paper").is_none(), "{n}");
        click(&mut h, "Done");
    }
    let mut archive = Archive::open(dir.path()).unwrap();
    let cards = archive.list(&Filter::default()).unwrap();
    assert_eq!(
        cards.len(),
        2,
        "both cards are saved while the printer waits"
    );

    // Staff read it in full.
    open_staff(&mut h);
    let waiting = "Printer: Out of paper — 2 cards waiting";
    step_until(&mut h, waiting, |h| h.query_by_label(waiting).is_some());
    step_until(&mut h, "the resume button", |h| {
        h.query_by_label("Resume the printer").is_some()
    });
    click(&mut h, "Resume the printer");
    step_until(&mut h, "the alert to go", |h| {
        h.query_by_label_contains("Printer:").is_none()
    });

    // Every waiting card prints, once, in the order the participants printed them.
    let until = Instant::now() + Duration::from_secs(60);
    let mut jobs = Vec::new();
    for card in &cards {
        let record = common::wait_until_printed(&mut archive, &printer, card.id, until);
        assert_eq!(record.prints.len(), 1, "{:?}", record.prints);
        jobs.push(record.prints[0].job.unwrap());
    }
    let mut in_order = jobs.clone();
    in_order.sort_unstable();
    assert_eq!(jobs, in_order);
    assert_eq!(printer.open_jobs(QUEUE).unwrap(), 0);
}

/// Presses print on a card the archive cannot take: the participant is asked to fetch staff,
/// the card stays on the screen, and nothing is saved or printed.
fn print_refused(h: &mut Harness<'_, KioskApp>) {
    click(h, "Print my card");
    step_until(h, "the not-saved words", |h| {
        h.query_by_label_contains("Your card could not be saved")
            .is_some()
    });
    assert_eq!(h.state().step(), Step::Preview);
}

/// Presses print again once the archive is back, and waits for the printed goodbye.
fn print_accepted(h: &mut Harness<'_, KioskApp>) {
    click(h, "Print my card");
    step_until(h, "the goodbye", |h| {
        matches!(h.state().step(), Step::Goodbye { .. })
    });
    assert!(
        matches!(h.state().step(), Step::Goodbye { printed: true, .. }),
        "{:?}",
        h.state().step()
    );
    click(h, "Done");
}

/// Every card in the archive at `dir` printed exactly once, and nothing half-saved left.
fn each_card_printed_once(dir: &std::path::Path, cards: usize) {
    let archive = Archive::open(dir).unwrap();
    let records = archive.list(&Filter::default()).unwrap();
    assert_eq!(records.len(), cards);
    for r in &records {
        assert_eq!(r.prints.len(), 1, "{:?}", r.prints);
        assert!(r.prints[0].job.is_some(), "{:?}", r.prints);
    }
    assert_eq!(
        std::fs::read_dir(dir.join("cards")).unwrap().count(),
        cards,
        "no folder of a card half-saved"
    );
    let report = archive.check().unwrap();
    assert!(report.is_clean(), "{report}");
}

#[test]
fn a_full_disk_is_told_and_the_card_saves_once_there_is_room() {
    let disk = common::Mount::tmpfs(64);
    let archive = disk.at.join("archive");
    let mut h = kiosk(config(&archive, QUEUE));
    participant(&mut h, "Welcome, neighbour.");
    click(&mut h, "Done");

    let filler = disk.at.join("someone else's videos");
    std::fs::write(&filler, vec![7u8; 30_000_000]).unwrap();
    staff_read(&mut h, "Cards cannot be saved: the archive's disk is full");
    card_made(&mut h, "You are home here.");
    print_refused(&mut h);

    std::fs::remove_file(&filler).unwrap();
    step_until(&mut h, "the alert to go", |h| {
        h.query_by_label_contains("cannot make cards just now")
            .is_none()
    });
    print_accepted(&mut h);
    participant(&mut h, "The next one saves too.");
    drop(h); // the kiosk closes: its worker finishes what it was writing
    each_card_printed_once(&archive, 3);
}

#[test]
fn a_pulled_or_locked_archive_stick_is_told_and_the_booth_carries_on_when_it_is_back() {
    let drive = tempfile::tempdir().unwrap();
    let stick = common::Mount::bind(drive.path());
    let archive = stick.at.join("archive");
    let mut h = kiosk(config(&archive, QUEUE));
    participant(&mut h, "Welcome, neighbour.");
    click(&mut h, "Done");

    stick.pull_out();
    staff_read(&mut h, "is not there (is its drive unplugged?)");
    card_made(&mut h, "You are home here.");
    print_refused(&mut h);
    assert!(
        !archive.exists(),
        "nothing is written on the computer's own disk instead"
    );
    stick.plug_in(drive.path());
    step_until(&mut h, "the alert to go", |h| {
        h.query_by_label_contains("cannot make cards just now")
            .is_none()
    });
    print_accepted(&mut h);

    // No frame is drawn while the drive is swapped, so the kiosk's worker (asked only from
    // frames) cannot open the archive between the mount and its remount read-only.
    std::thread::sleep(Duration::from_secs(1));
    stick.pull_out();
    stick.plug_in_read_only(drive.path());
    staff_read(&mut h, "is read-only");
    card_made(&mut h, "Welcome to your new home.");
    print_refused(&mut h);
    stick.pull_out();
    stick.plug_in(drive.path());
    step_until(&mut h, "the alert to go", |h| {
        h.query_by_label_contains("cannot make cards just now")
            .is_none()
    });
    print_accepted(&mut h);
    drop(h); // the kiosk closes: its worker finishes what it was writing
    each_card_printed_once(&archive, 3);
}

/// Participants are told the booth cannot make cards; staff, in staff mode, read `why`.
fn staff_read(h: &mut Harness<'_, KioskApp>, why: &str) {
    step_until(h, "the participants' notice", |h| {
        h.query_by_label_contains("cannot make cards just now")
            .is_some()
    });
    assert!(h.query_by_label_contains(why).is_none());
    open_staff(h);
    step_until(h, why, |h| h.query_by_label_contains(why).is_some());
    click(h, "Back to the booth");
}

/// One thing a participant (or a passer-by) does to the kiosk.
#[derive(Debug, Clone)]
enum Poke {
    /// Taps the button or key with this label, if the screen has one.
    Tap(&'static str),
    /// Types on a physical keyboard.
    Type(String),
    /// Presses a physical key.
    Key(egui::Key),
    /// Nobody touches anything for this many tenths of a second.
    Idle(u8),
}

/// Everything on the participants' screens that can be tapped, except print.
const TAPPABLE: &[&str] = &[
    "Start",
    "Next",
    "Cancel",
    "Keep my portrait and message in the booth's archive after today",
    "Take my photo",
    "Take it again",
    "Keep this photo",
    "Back",
    "Make my card",
    "Change my message",
    "Done",
    "Space",
    "Delete",
    "Shift",
    "New line",
    "123",
    "العربية",
    "English",
    "Name ›",
    "Message ›",
    "w",
    "ب",
    "\u{640}\u{64B}",
];

fn poke() -> impl Strategy<Value = Poke> {
    prop_oneof![
        6 => proptest::sample::select(TAPPABLE).prop_map(Poke::Tap),
        2 => "[a-zA-Z ءاأبتثجحخ،❤️👋🏽\\n]{0,12}".prop_map(Poke::Type),
        1 => proptest::sample::select(&[
            egui::Key::Backspace,
            egui::Key::Delete,
            egui::Key::Enter,
            egui::Key::Tab,
            egui::Key::ArrowLeft,
            egui::Key::ArrowRight,
            egui::Key::Home,
            egui::Key::End,
            egui::Key::Escape,
        ][..])
        .prop_map(Poke::Key),
        1 => (1u8..40).prop_map(Poke::Idle),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Random taps, typing, keys and pauses: the kiosk never panics, always finds its way
    /// back to the start screen, and keeps nothing without a press on print.
    #[test]
    fn random_pokes_never_break_the_kiosk_or_keep_a_card(
        pokes in proptest::collection::vec(poke(), 1..40)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut h = kiosk(Config {
            countdown_seconds: 0,
            ..config(dir.path(), QUEUE)
        });
        for p in &pokes {
            match p {
                Poke::Tap(label) => {
                    if let Some(node) = h.query_all_by_label(label).next() {
                        node.click();
                    }
                    h.run_steps(2);
                }
                Poke::Type(text) => type_physical(&mut h, text),
                Poke::Key(key) => {
                    h.key_press(*key);
                    h.run_steps(1);
                }
                Poke::Idle(tenths) => h.run_steps(usize::from(*tenths)),
            }
            std::thread::sleep(Duration::from_millis(5)); // the camera and worker run
        }
        // Walked away: back at the start after the inactivity timeout, nothing kept.
        step_until(&mut h, "the start screen", |h| h.state().step() == Step::Attract);
        prop_assert_eq!(h.state().step(), Step::Attract);
        prop_assert_eq!(Archive::open(dir.path()).unwrap().count().unwrap(), 0);
    }
}

#[test]
fn a_card_the_printer_refused_prints_by_itself_once_the_printer_takes_cards_again() {
    let printer = MemoryPrinter::new(QUEUE);
    printer.refuse_jobs(QUEUE, true).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk_printing_to(
        config(dir.path(), QUEUE),
        None,
        [1280.0, 800.0],
        Box::new(printer.clone()),
    );
    participant(&mut h, "Welcome, neighbour.");
    assert!(
        h.query_by_label("Your card is saved. A member of staff will hand it to you.")
            .is_some()
    );
    step_until(&mut h, "the refusing printer's notice", |h| {
        h.query_by_label_contains("The printer is paused").is_some()
    });
    // Someone sets the printer right outside the kiosk (the printer's own web page, say).
    printer.refuse_jobs(QUEUE, false).unwrap();
    step_until(&mut h, "the notice to go", |h| {
        h.query_by_label_contains("The printer is paused").is_none()
    });
    let mut archive = Archive::open(dir.path()).unwrap();
    let id = archive.list(&Filter::default()).unwrap()[0].id;
    let until = Instant::now() + Duration::from_secs(60);
    let record = common::wait_until_printed(&mut archive, &printer, id, until);
    let states: Vec<&str> = record.prints.iter().map(|p| p.state.as_str()).collect();
    assert_eq!(
        states,
        ["failed", "completed"],
        "refused once, then printed once"
    );
}
