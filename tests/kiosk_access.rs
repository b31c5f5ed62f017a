//! Everyone can use the booth: every participant screen is spoken in each language that has
//! a voice (espeak-ng, measured with sox), audio mode reads typed words back, the time-out
//! asks first and keeps the message of who asks for more time, the whole flow works with
//! Tab and Return alone (as a switch user's device sends them), screen readers find every
//! control named in the participant's language, and larger text and high contrast keep
//! every word in its box on the three screens booths use.

mod common;

use std::path::Path;
use std::process::Command;

use common::kiosk::*;
use common::screens::check;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use welcome_booth::archive::{Archive, Filter};
use welcome_booth::card::CardText;
use welcome_booth::kiosk::KioskApp;
use welcome_booth::kiosk::config::Config;
use welcome_booth::kiosk::flow::Step;
use welcome_booth::kiosk::i18n::{self, english, languages};
use welcome_booth::kiosk::listen::{Screen, words};
use welcome_booth::kiosk::speech::{synthesize, voice_for};

/// Seconds of sound in a WAV file, and its RMS amplitude, as sox measures them.
fn measure(wav: &Path) -> (f64, f64) {
    let soxi = Command::new("soxi").arg("-D").arg(wav).output().unwrap();
    let seconds: f64 = String::from_utf8_lossy(&soxi.stdout)
        .trim()
        .parse()
        .unwrap();
    let stat = Command::new("sox")
        .arg(wav)
        .args(["-n", "stat"])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&stat.stderr).to_string();
    let rms = report
        .lines()
        .find(|l| l.starts_with("RMS     amplitude"))
        .and_then(|l| l.split(':').nth(1))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no RMS in {report}"));
    (seconds, rms)
}

#[test]
fn every_screen_is_spoken_in_every_language_that_has_a_voice() {
    let dir = tempfile::tempdir().unwrap();
    let card = CardText {
        message: "Welcome, neighbour.".into(),
        name: Some("Amal".into()),
        event: None,
        date: Some("6 December 2026".into()),
        translation: None,
        reference: Some("K7QM-4XRT".into()),
        ..CardText::default()
    };
    let screens = [
        Screen::Start,
        Screen::Consent,
        Screen::Camera,
        Screen::CameraUnavailable,
        Screen::Review { retakes_left: 2 },
        Screen::Message {
            message: "Welcome",
            name: "Amal",
        },
        Screen::Making,
        Screen::Preview { card: &card },
        Screen::Printing,
        Screen::Goodbye {
            printed: true,
            kept: false,
            reference: Some("K7QM-4XRT".into()),
        },
        Screen::MoreTime { seconds: 20 },
    ];
    let mut problems = Vec::new();
    let mut silent = Vec::new();
    for lang in languages() {
        let Some(voice) = voice_for(lang.tag) else {
            silent.push(lang.tag);
            continue;
        };
        // Two at a time: espeak-ng works on one core.
        let jobs: Vec<(usize, String)> = screens
            .iter()
            .enumerate()
            .map(|(i, screen)| (i, words(lang, screen)))
            .collect();
        std::thread::scope(|scope| {
            let handles: Vec<_> = jobs
                .chunks(jobs.len().div_ceil(2))
                .map(|chunk| {
                    let dir = dir.path();
                    scope.spawn(move || {
                        chunk
                            .iter()
                            .map(|(i, text)| {
                                let wav = dir.join(format!("{}-{i}.wav", lang.tag));
                                synthesize(text, voice, &wav).unwrap();
                                (i, text.clone(), measure(&wav))
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for handle in handles {
                for (i, text, (seconds, rms)) in handle.join().unwrap() {
                    if seconds < 0.5 || rms < 0.01 {
                        problems.push(format!(
                            "{} screen {i}: {seconds:.2} s, RMS {rms} for {text:?}",
                            lang.tag
                        ));
                    }
                }
            }
        });
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The languages espeak-ng cannot speak are never read by another language's voice.
    assert_eq!(silent, ["ps", "ckb", "ti", "so"]);
}

/// A kiosk writing what it says into `speech` as WAV files.
fn speaking_kiosk(dir: &Path, speech: &Path) -> Harness<'static, KioskApp> {
    kiosk(Config {
        speech_folder: speech.display().to_string(),
        ..config(dir, "")
    })
}

/// From the start screen to the message screen, in `lang`'s words.
fn to_message(h: &mut Harness<'_, KioskApp>, lang: &i18n::Language) {
    click(h, &lang.text("start"));
    click(h, &lang.text("next"));
    step_until(h, "the camera picture", |h| {
        h.query_by_label(&lang.text("take-photo"))
            .is_some_and(|n| !n.accesskit_node().is_disabled())
    });
    click(h, &lang.text("take-photo"));
    step_until(h, "the photo", |h| h.state().step() == Step::Review);
    click(h, &lang.text("keep-photo"));
}

#[test]
fn audio_mode_reads_each_screen_each_key_and_the_message_back() {
    let dir = tempfile::tempdir().unwrap();
    let speech = dir.path().join("speech");
    std::fs::create_dir_all(&speech).unwrap();
    let mut h = speaking_kiosk(&dir.path().join("archive"), &speech);
    let en = english();
    click(&mut h, &en.text("a11y-speech"));
    to_message(&mut h, en);
    let said = |h: &Harness<'_, KioskApp>| h.state().speech_report().said;
    assert!(
        said(&h).contains(&words(en, &Screen::Consent)),
        "the consent screen was read as it opened: {:?}",
        said(&h)
    );
    click(&mut h, "w");
    assert_eq!(
        said(&h).last().map(String::as_str),
        Some("w"),
        "each key is said"
    );
    type_physical(&mut h, "elcome, neighbour");
    click(&mut h, &en.text("listen"));
    let message = en.text_with("heard-message", &[("message", "welcome, neighbour".into())]);
    assert!(
        said(&h).last().is_some_and(|s| s.contains(&message)),
        "Listen reads the message back: {:?}",
        said(&h).last()
    );
    // What the booth said is speech: the message, as heard, lasts and is not silent.
    step_until(&mut h, "the spoken files", |_| {
        std::fs::read_dir(&speech).unwrap().count() >= 4
    });
    std::thread::sleep(std::time::Duration::from_millis(800));
    let mut files: Vec<_> = std::fs::read_dir(&speech)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let (seconds, rms) = measure(files.last().unwrap());
    assert!(seconds > 1.0 && rms > 0.01, "{seconds} s, RMS {rms}");
}

#[test]
fn the_time_out_asks_first_and_keeps_the_message_of_who_needs_more_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(Config {
        inactivity_seconds: 60,
        more_time_seconds: 20,
        ..config(dir.path(), "")
    });
    let en = english();
    to_message(&mut h, en);
    type_physical(&mut h, "Welcome, I was thinking what to say");
    wait(&mut h, 39.0);
    assert!(h.query_by_label(&en.text("more-time-title")).is_none());
    wait(&mut h, 2.0);
    assert!(
        h.query_by_label(&en.text("more-time-title")).is_some(),
        "twenty seconds before the end the booth asks"
    );
    // A touch elsewhere is no answer: the question stays.
    let corner = h.ctx.content_rect().right_bottom() - egui::vec2(20.0, 20.0);
    h.event(egui::Event::PointerMoved(corner));
    h.run_steps(2);
    assert!(h.query_by_label(&en.text("more-time-title")).is_some());
    click(&mut h, &en.text("more-time-button"));
    assert_eq!(h.state().step(), Step::Message);
    assert_eq!(h.state().typed().0, "Welcome, I was thinking what to say");
    // Twice the time now: 120 s, the question 20 s before the end.
    wait(&mut h, 90.0);
    assert!(h.query_by_label(&en.text("more-time-title")).is_none());
    wait(&mut h, 12.0);
    assert!(h.query_by_label(&en.text("more-time-title")).is_some());
    // No answer: the booth starts over and the message is gone.
    wait(&mut h, 20.0);
    assert_eq!(h.state().step(), Step::Attract);
    assert_eq!(h.state().typed().0, "");
}

/// Presses Tab until the keyboard's focus is on the control named `label`, then Return.
fn tab_and_press(h: &mut Harness<'_, KioskApp>, label: &str) {
    for _ in 0..200 {
        if h.query_by_label(label).is_some_and(|n| n.is_focused()) {
            h.key_press(egui::Key::Enter);
            h.run_steps(3);
            return;
        }
        h.key_press(egui::Key::Tab);
        h.run_steps(1);
    }
    panic!("Tab never reached {label:?} (at {:?})", h.state().step());
}

#[test]
fn the_whole_flow_works_with_tab_and_return_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(config(dir.path(), QUEUE));
    let en = english();
    h.run_steps(3);
    tab_and_press(&mut h, &en.text("start"));
    tab_and_press(&mut h, &en.text("consent-archive"));
    tab_and_press(&mut h, &en.text("next"));
    wait_for_camera(&mut h);
    tab_and_press(&mut h, &en.text("take-photo"));
    step_until(&mut h, "the photo", |h| h.state().step() == Step::Review);
    tab_and_press(&mut h, &en.text("keep-photo"));
    // The message, a key at a time on the on-screen keyboard.
    for key in ["h", "i"] {
        tab_and_press(&mut h, key);
    }
    assert_eq!(h.state().typed().0, "hi");
    step_until(&mut h, "the message to fit", make_card_enabled);
    tab_and_press(&mut h, &en.text("make-card"));
    step_until(&mut h, "the card", |h| h.state().step() == Step::Preview);
    tab_and_press(&mut h, &en.text("print"));
    step_until(&mut h, "the goodbye", |h| {
        matches!(h.state().step(), Step::Goodbye { .. })
    });
    let archive = Archive::open(dir.path()).unwrap();
    let cards = archive.list(&Filter::default()).unwrap();
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].message, "hi");
}

#[test]
fn screen_readers_find_every_control_named_in_the_participants_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(config(dir.path(), ""));
    let ar = i18n::language("ar").unwrap();
    let en = english();
    // English words a control of the Arabic screens must not be named with.
    let english_names: Vec<String> = en
        .ids()
        .filter(|id| *id != "language-name" && ar.text(id) != en.text(id))
        .map(|id| en.text(id))
        .collect();
    let screen = |h: &Harness<'_, KioskApp>, name: &str, problems: &mut Vec<String>| {
        use egui::accesskit::Role;
        for node in h.query_all(
            egui_kittest::kittest::By::new()
                .predicate(|n| matches!(n.role(), Role::Button | Role::CheckBox | Role::TextInput)),
        ) {
            let n = node.accesskit_node();
            let label = n.label().unwrap_or_default();
            if label.trim().is_empty() {
                problems.push(format!("{name}: a {:?} without a name", n.role()));
            }
            if english_names.contains(&label.to_string()) {
                problems.push(format!("{name}: {label:?} is English"));
            }
        }
    };
    let mut problems = Vec::new();
    click(&mut h, &ar.name);
    screen(&h, "start", &mut problems);
    click(&mut h, &ar.text("start"));
    screen(&h, "consent", &mut problems);
    // Tick boxes say whether they are ticked; printing is ticked and cannot be changed.
    let (print, archive, message) = (
        ar.text("consent-print"),
        ar.text("consent-archive"),
        ar.text("message-label"),
    );
    let print = h.get_by_label(&print);
    assert_eq!(
        print.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    assert!(print.accesskit_node().is_disabled());
    let archive = h.get_by_label(&archive);
    assert_eq!(
        archive.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::False)
    );
    click(&mut h, &ar.text("next"));
    assert!(
        h.get_by_label(&ar.text("take-photo"))
            .accesskit_node()
            .is_disabled()
            || camera_ready_in(&h, ar),
        "the photo button says it cannot be pressed until the camera shows"
    );
    step_until(&mut h, "the camera", |h| camera_ready_in(h, ar));
    screen(&h, "camera", &mut problems);
    click(&mut h, &ar.text("take-photo"));
    step_until(&mut h, "the photo", |h| h.state().step() == Step::Review);
    click(&mut h, &ar.text("keep-photo"));
    screen(&h, "message", &mut problems);
    type_physical(&mut h, "أهلاً وسهلاً");
    let field = h.get_by_label(&message);
    assert_eq!(
        field.accesskit_node().value().as_deref(),
        Some("أهلاً وسهلاً"),
        "the field reads its text"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn camera_ready_in(h: &Harness<'_, KioskApp>, lang: &i18n::Language) -> bool {
    h.query_by_label(&lang.text("take-photo"))
        .is_some_and(|n| !n.accesskit_node().is_disabled())
}

#[test]
fn larger_text_and_high_contrast_keep_every_word_in_its_box() {
    let mut problems = Vec::new();
    let en = english();
    for size in [[1080.0, 1920.0], [1920.0, 1080.0], [1280.0, 800.0]] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = kiosk_sized(config(dir.path(), ""), None, size);
        h.run_steps(3);
        click(&mut h, &en.text("a11y-larger"));
        click(&mut h, &en.text("a11y-contrast"));
        check(&h, "start (larger, contrast)", &mut problems);
        click(&mut h, &en.text("start"));
        check(&h, "consent (larger, contrast)", &mut problems);
        click(&mut h, &en.text("next"));
        wait_for_camera(&mut h);
        check(&h, "camera (larger, contrast)", &mut problems);
        click(&mut h, &en.text("take-photo"));
        step_until(&mut h, "the photo", |h| h.state().step() == Step::Review);
        check(&h, "photo (larger, contrast)", &mut problems);
        click(&mut h, &en.text("keep-photo"));
        type_physical(&mut h, "Welcome, neighbour. This city is your home too.");
        step_until(&mut h, "the message to fit", make_card_enabled);
        check(&h, "message (larger, contrast)", &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
