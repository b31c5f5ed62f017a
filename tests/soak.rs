//! A day at the booth in one go: participants one after another through the real kiosk
//! (kittest, the demo camera, countdown 0, the real CUPS with a cups-pdf queue), with English, Arabic, mixed and
//! emoji messages, one at the card's length limit, retakes, and people walking away at the
//! camera and at their card's preview. Every printed participant has one complete card and
//! one job; walk-aways leave nothing; the kiosk's memory does not grow with the day.
//!
//! 50 participants run with the tests; the whole day is
//! `cargo test --release --test soak -- --ignored --nocapture` (1,000 participants).

mod common;

use std::time::{Duration, Instant};

use common::kiosk::*;
use egui_kittest::Harness;
use welcome_booth::archive::{Archive, Filter};
use welcome_booth::card::{CardEngine, CardError, CardText, Layout};
use welcome_booth::kiosk::KioskApp;
use welcome_booth::kiosk::config::Config;
use welcome_booth::kiosk::flow::Step;
use welcome_booth::print::cards;
use welcome_booth::print::{Cups, PrintSystem};

/// What participants write, in turn.
const MESSAGES: [&str; 4] = [
    "Welcome, neighbour. This city is your home too.",
    "أهلاً وسهلاً بكم في مدينتنا، أنتم بين أصدقائكم.",
    "Welcome يا صديقي, you are among friends ❤️",
    "Bienvenue ! Vous êtes ici chez vous.",
];

/// The longest message of whole sentences that still fits the card: a participant who
/// writes to the limit.
fn longest_that_fits() -> String {
    let layout = Layout::find("postcard-4x6").unwrap();
    let mut engine = CardEngine::new();
    let sentence = "We are glad you are here with us. ";
    let mut fits = String::new();
    loop {
        let longer = format!("{fits}{sentence}");
        let text = CardText {
            message: longer.trim().into(),
            name: None,
            event: Some(Config::default().event),
            date: Some("29 November 2026".into()),
            ..CardText::default()
        };
        match engine.check_text(&layout, &text) {
            Ok(_) if longer.chars().count() < 600 => fits = longer,
            Ok(_) | Err(CardError::TextDoesNotFit { .. }) => return fits.trim().to_string(),
            Err(e) => panic!("{e}"),
        }
    }
}

/// The test process's resident memory, in kB.
fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// The cards the archive holds or has erased. A run that goes past midnight sees the
/// kiosk erase the cards of the day before whose participants kept them for their day
/// only (the default consent), leaving their tombstones: a run just before midnight once
/// read 1 card where 22 had been printed.
fn held(archive: &Archive) -> usize {
    archive.count().unwrap() as usize + archive.tombstones().unwrap().len()
}

/// Waits for the kiosk to go back to the start screen by itself.
fn back_at_start(h: &mut Harness<'_, KioskApp>) {
    step_until(h, "the start screen", |h| h.state().step() == Step::Attract);
}

/// Runs `participants` people through the kiosk; returns the kiosk's memory after some of
/// them (participant number, kB).
fn a_day(participants: usize) -> Vec<(usize, u64)> {
    let queue = common::Queue::new(&format!("soak-{participants}"));
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        countdown_seconds: 0,
        inactivity_seconds: 8,
        goodbye_seconds: 1,
        ..config(dir.path(), &queue.0)
    };
    // A whole day prints through the real CUPS and cups-pdf.
    let mut h = kiosk_printing_to(config, None, [1280.0, 800.0], Box::new(Cups::local()));
    let archive = Archive::open(dir.path()).unwrap();
    let long = longest_that_fits();
    let started = Instant::now();
    let (mut printed, mut memory) = (0, Vec::new());
    let mut textures_at_tenth: Option<usize> = None;
    for n in 1..=participants {
        let message = match n % 9 {
            8 => long.as_str(),
            k => MESSAGES[k % MESSAGES.len()],
        };
        match n % 10 {
            3 => {
                // Walks away in front of the camera.
                click(&mut h, "Start");
                click(&mut h, "Next");
                wait_for_camera(&mut h);
            }
            7 => card_made(&mut h, message), // walks away from their card's preview
            5 => {
                click(&mut h, "Start");
                click(&mut h, "Next");
                take_photo(&mut h);
                click(&mut h, "Take it again");
                take_photo(&mut h);
                click(&mut h, "Keep this photo");
                type_physical(&mut h, message);
                step_until(&mut h, "the message to fit", make_card_enabled);
                click(&mut h, "Make my card");
                step_until(&mut h, "the card preview", |h| {
                    h.state().step() == Step::Preview
                });
                click(&mut h, "Print my card");
                printed += 1;
            }
            _ => {
                participant(&mut h, message);
                printed += 1;
            }
        }
        back_at_start(&mut h);
        assert_eq!(held(&archive), printed, "after participant {n}");
        if [1, 10, 50].contains(&n) || n % 100 == 0 {
            let textures = h.ctx.tex_manager().read().num_allocated();
            memory.push((n, rss_kb()));
            eprintln!(
                "participant {n}: {} kB resident, {textures} textures",
                rss_kb()
            );
            // The pictures and words of people gone are let go: once the screens' words
            // of the last few minutes are set (by the tenth participant), the textures
            // (those words, fonts, and at most the camera, photo, card and the start
            // screen's exhibition cards) stay as many.
            if n >= 10 {
                let tenth = *textures_at_tenth.get_or_insert(textures);
                assert!(
                    textures <= tenth + 16,
                    "{textures} textures after participant {n}, {tenth} after the tenth"
                );
            }
        }
    }
    eprintln!(
        "{participants} participants ({printed} printed) in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    drop(h); // the kiosk closes: its worker finishes what it was writing

    // Every printed card was sent once; the printer gets through all of them.
    let cups = Cups::local();
    let until = Instant::now() + Duration::from_secs(60 + participants as u64);
    while cups.open_jobs(&queue.0).unwrap() > 0 {
        assert!(Instant::now() < until, "jobs still waiting");
        std::thread::sleep(Duration::from_millis(500));
    }
    let mut archive = archive;
    let mut jobs = Vec::new();
    for record in archive.list(&Filter::default()).unwrap() {
        let record = cards::refresh(&mut archive, &cups, record.id).unwrap();
        assert_eq!(record.prints.len(), 1, "{:?}", record.prints);
        assert_eq!(
            record.prints[0].state,
            welcome_booth::archive::PrintState::Completed,
            "{:?}",
            record.prints
        );
        jobs.push(record.prints[0].job.unwrap());
    }
    jobs.sort();
    jobs.dedup();
    let erased = archive.tombstones().unwrap().len();
    assert_eq!(jobs.len() + erased, printed, "one job per printed card");
    assert!(archive.check().unwrap().is_clean());
    eprintln!("kiosk memory (participant, kB resident): {memory:?}");
    memory
}

/// The resident memory after participant `n`.
fn at(memory: &[(usize, u64)], n: usize) -> u64 {
    memory.iter().find(|(k, _)| *k == n).unwrap().1
}

#[test]
fn fifty_participants_in_a_row() {
    let memory = a_day(50);
    let growth = at(&memory, 50).saturating_sub(at(&memory, 10));
    assert!(growth < 10_000, "grew {growth} kB: {memory:?}");
}

#[test]
#[ignore = "a whole day: cargo test --release --test soak -- --ignored --nocapture"]
fn a_thousand_participants_in_a_row() {
    // SOAK_PARTICIPANTS=N (a multiple of 100, at least 200) makes the day longer or shorter.
    let n = std::env::var("SOAK_PARTICIPANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let memory = a_day(n);
    let growth = at(&memory, n).saturating_sub(at(&memory, 100));
    assert!(growth < 10_000, "grew {growth} kB: {memory:?}");
}
