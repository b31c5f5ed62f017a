//! The kiosk as a real booth meets it: staff mode the next visitor cannot reach or trip
//! over, a printer chosen on the staff screen, Delete held down, and consent kept to its
//! word (driven through egui_kittest with the demo camera, an in-memory printer, and CUPS
//! with a cups-pdf queue where the test is about choosing the printer).

mod common;

use common::demo_card;
use common::kiosk::*;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use welcome_booth::archive::{Archive, Use};
use welcome_booth::kiosk::KioskApp;
use welcome_booth::kiosk::booth::Booth;
use welcome_booth::kiosk::config::Config;
use welcome_booth::kiosk::flow::Step;
use welcome_booth::print::{Cups, MemoryPrinter};

const BACK: &str = "Back to the booth";

#[test]
fn staff_mode_closes_by_itself_when_nobody_uses_it() {
    assert_eq!(Config::default().staff_idle_seconds, 60);
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(Config {
        staff_idle_seconds: 20,
        ..config(dir.path(), "")
    });
    open_staff(&mut h);
    step_until(&mut h, "the staff screen", |h| {
        h.query_by_label(BACK).is_some()
    });
    wait(&mut h, 15.0);
    assert!(
        h.query_by_label(BACK).is_some(),
        "open while within the time"
    );
    click(&mut h, "Exit the kiosk"); // a touch keeps it open for another 20 s
    wait(&mut h, 15.0);
    assert!(
        h.query_by_label(BACK).is_some(),
        "a touch restarts the time"
    );
    wait(&mut h, 6.0);
    assert!(h.query_by_label(BACK).is_none(), "closed after 20 s alone");
    assert!(
        h.query_by_label("Start").is_some(),
        "back on the start screen"
    );
    assert!(!h.state().may_close());

    // The PIN pad closes too, so no one finds it half typed.
    h.key_press(egui::Key::F12);
    h.run_steps(2);
    assert!(h.query_by_label("Staff PIN").is_some());
    wait(&mut h, 21.0);
    assert!(h.query_by_label("Staff PIN").is_none());
}

#[test]
fn return_on_opening_staff_mode_presses_nothing_and_exit_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(config(dir.path(), ""));
    h.key_press(egui::Key::F12);
    h.run_steps(2);
    h.get_by_label("Staff PIN").type_text(PIN);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    step_until(&mut h, "the staff screen", |h| {
        h.query_by_label(BACK).is_some()
    });
    for _ in 0..3 {
        h.key_press(egui::Key::Enter);
        h.run_steps(2);
    }
    assert!(!h.state().may_close(), "Return closed the kiosk");
    assert!(h.query_by_label(BACK).is_some(), "still in staff mode");

    click(&mut h, "Exit the kiosk");
    assert!(!h.state().may_close(), "one press only asks");
    click(&mut h, "No, keep it open");
    assert!(h.query_by_label("Yes, close the kiosk").is_none());
    click(&mut h, "Exit the kiosk");
    click(&mut h, "Yes, close the kiosk");
    assert!(h.state().may_close());
}

#[test]
fn a_reprint_leaves_the_list_where_it_was_and_the_printer_is_chosen_from_cups() {
    // About printing: CUPS' own queues are offered and the cards go to cups-pdf.
    let cups_queue = common::Queue::new("kiosk-reprint");
    let queue = cups_queue.0.as_str();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kiosk.toml");
    let config = config(&dir.path().join("archive"), "");
    std::fs::write(&file, config.to_commented_toml()).unwrap();
    let mut h = kiosk_printing_to(
        config,
        Some(file.clone()),
        [1280.0, 800.0],
        Box::new(Cups::local()),
    );

    // The printer, chosen on the staff screen from the queues CUPS has, reaches the file.
    open_staff(&mut h);
    step_until(&mut h, "the queue among the choices", |h| {
        h.query_by_label(queue).is_some()
    });
    click(&mut h, queue);
    step_until(&mut h, "the setting written", |_| {
        Config::load(&file).unwrap().printer == queue
    });
    // (With no default printer the strip said so; it goes once the queue is asked.)
    step_until(&mut h, "the printer alert gone", |h| {
        h.query_by_label_contains("Printer:").is_none()
    });
    click(&mut h, BACK);

    for message in ["Welcome, neighbour.", "أهلاً بكم في بيتكم"] {
        participant(&mut h, message);
        assert!(
            h.query_by_label_contains("not kept: the booth erases them at the end of today")
                .is_some(),
            "the goodbye says an unkept card goes at the end of the day"
        );
        click(&mut h, "Done");
    }
    open_staff(&mut h);
    step_until(&mut h, "two recent cards", |h| {
        h.query_all_by_label("Reprint").count() == 2
    });
    let rects = |h: &Harness<'_, KioskApp>| {
        h.query_all_by_label("Reprint")
            .map(|n| n.rect())
            .collect::<Vec<_>>()
    };
    // (A card still printing is not sent twice: wait until both have printed.)
    step_until(&mut h, "both cards printed", |h| {
        h.query_by_label("Nothing waiting.").is_some()
    });
    // (The list is below the fold on this screen: scrolled to, as staff would.)
    h.query_all_by_label("Reprint")
        .next()
        .unwrap()
        .scroll_to_me();
    h.run_steps(4);
    let before = rects(&h);
    h.query_all_by_label("Reprint").next().unwrap().click();
    step_until(&mut h, "the reprint sent", |h| {
        h.query_by_label_contains(&format!("Sent to {}", queue))
            .is_some()
    });
    h.run_steps(40); // the queue and figures refresh
    assert_eq!(rects(&h), before, "the list moved under the finger");
}

#[test]
fn delete_held_down_keeps_deleting() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(config(dir.path(), ""));
    click(&mut h, "Start");
    click(&mut h, "Next");
    take_photo(&mut h);
    click(&mut h, "Keep this photo");
    let message = "Welcome to this city, neighbour: it is your home now, as it is ours.";
    type_physical(&mut h, message);
    let held_for = |h: &mut Harness<'_, KioskApp>, seconds: f64| {
        let before = h.state().typed().0.chars().count();
        let at = h.get_by_label("Delete").rect().center();
        h.event(egui::Event::PointerMoved(at));
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: Default::default(),
        });
        wait(h, seconds);
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: Default::default(),
        });
        h.run_steps(2);
        before - h.state().typed().0.chars().count()
    };
    let one = held_for(&mut h, 1.0);
    let three = held_for(&mut h, 3.0);
    assert!(one >= 1, "{one}");
    assert!(three > one + 10, "held 1 s: {one} letters, 3 s: {three}");
    assert_eq!(h.state().step(), Step::Message);
}

#[test]
fn a_card_without_archive_consent_is_erased_once_its_day_is_over() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let demo = demo_card("You are welcome here.", "Amal");
    let unkept = demo.save(&mut archive, &[Use::Print, Use::Exhibition]);
    let kept = demo.save(&mut archive, &[Use::Print, Use::Archive]);
    drop(archive);

    let mut booth = Booth::open(
        config(dir.path(), ""),
        None,
        Box::new(MemoryPrinter::new(QUEUE)),
    )
    .unwrap();
    let now = time::OffsetDateTime::now_utc();
    assert!(booth.erase_unkept(now).is_empty(), "kept through its day");
    let erased = booth.erase_unkept(now + time::Duration::days(1));
    assert_eq!(erased, [unkept.id]);
    assert!(
        booth.erase_unkept(now + time::Duration::days(1)).is_empty(),
        "once is enough"
    );

    let archive = Archive::open(dir.path()).unwrap();
    assert!(!archive.has(unkept.id).unwrap());
    assert!(!archive.card_dir(unkept.id).exists());
    assert!(archive.tombstones().unwrap().contains_key(&unkept.id));
    assert!(
        archive.has(kept.id).unwrap(),
        "a card agreed to be kept stays"
    );
    assert!(archive.card_dir(kept.id).join("card.pdf").is_file());
}

#[test]
fn the_printer_watch_wakes_the_screen_only_when_what_it_says_changed() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use welcome_booth::kiosk::booth::{Watch, Worker};

    let dir = tempfile::tempdir().unwrap();
    let printer = MemoryPrinter::new(QUEUE);
    let booth = Booth::open(config(dir.path(), ""), None, Box::new(printer.clone())).unwrap();
    let worker = Worker::start(booth).unwrap();
    let wakes = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&wakes);
    worker.wake_with(move || {
        counted.fetch_add(1, Ordering::SeqCst);
    });
    let answer = |pending: welcome_booth::kiosk::booth::Pending<Watch>| loop {
        if let Some(answer) = pending.poll() {
            return answer.expect("the worker answers");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };

    let ready = answer(worker.ask(Watch::default(), Booth::watch));
    assert_eq!(ready, Watch::default(), "a ready printer, nothing waiting");
    let again = answer(worker.ask(ready.clone(), Booth::watch));
    assert_eq!(again, ready);
    // The wake is called after the answer is sent: a job behind them has run once it is read.
    answer(worker.ask(ready.clone(), Booth::watch));
    assert_eq!(
        wakes.load(Ordering::SeqCst),
        0,
        "nothing changed, nothing drawn"
    );

    printer.run_out_of_paper(QUEUE).unwrap();
    let out = answer(worker.ask(ready.clone(), Booth::watch));
    assert!(out.printer.is_some(), "{out:?}");
    answer(worker.ask(out.clone(), Booth::watch));
    assert_eq!(
        wakes.load(Ordering::SeqCst),
        1,
        "the change, and only it, woke the screen"
    );
    let _ = worker.run(|_| ());
    answer(worker.ask(out.clone(), Booth::watch));
    assert_eq!(
        wakes.load(Ordering::SeqCst),
        2,
        "a job's answer always wakes it"
    );
}
