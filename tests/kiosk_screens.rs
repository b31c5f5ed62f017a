//! Every screen of the kiosk on the screens booths use: a 1080x1920 portrait touch screen,
//! a 1920x1080 one and a 1280x800 tablet. On each, every word the kiosk sets (it sets them
//! all: egui draws none) lies inside its box and the window, and every touch target is at
//! least 64 px each way. Walked through egui_kittest with the demo camera and an in-memory
//! printer.

mod common;

use common::kiosk::*;

use common::screens::check;
use egui_kittest::kittest::Queryable;
use welcome_booth::kiosk::flow::Step;
use welcome_booth::kiosk::i18n::english;

/// A long message (about 320 characters), so the message box and the staff list are full.
const MESSAGE: &str = "Welcome, neighbour. This city is your home too, and we are glad \
    you are here. May you find friends on every street, work that gives you pride, schools \
    that open doors for your children, and a table where there is always a place for you. \
    We will learn your songs and you will learn ours. Welcome home.";

/// Walks one participant and the staff through every screen on a window of `size`.
fn walk(size: [f32; 2], problems: &mut Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk_sized(config(&dir.path().join("archive"), QUEUE), None, size);
    h.run_steps(3);
    check(&h, "the start screen", problems);

    let en = english();
    let t = |id: &str| en.text(id);
    click(&mut h, &t("start"));
    check(&h, "consent", problems);
    click(&mut h, &t("consent-exhibition"));
    click(&mut h, &t("next"));

    wait_for_camera(&mut h);
    check(&h, "the camera", problems);
    click(&mut h, &t("take-photo"));
    check(&h, "the countdown", problems);
    step_until(&mut h, "the photo", |h| h.state().step() == Step::Review);
    check(&h, "the photo", problems);
    click(&mut h, &t("keep-photo"));

    check(&h, "the empty message", problems);
    type_physical(&mut h, MESSAGE);
    step_until(&mut h, "the message to fit", make_card_enabled);
    check(&h, "a long message", problems);
    click(&mut h, "العربية");
    check(&h, "the Arabic keyboard", problems);
    click(&mut h, &t("key-shift"));
    check(&h, "the Arabic keyboard's Shift page", problems);
    click(&mut h, "123");
    check(&h, "the symbols", problems);
    click(&mut h, &t("make-card"));
    step_until(&mut h, "the card preview", |h| {
        h.state().step() == Step::Preview
    });
    check(&h, "the card", problems);
    click(&mut h, &t("print"));
    step_until(&mut h, "the goodbye", |h| {
        matches!(h.state().step(), Step::Goodbye { .. })
    });
    check(&h, "the goodbye", problems);
    click(&mut h, &t("done"));
    step_until(&mut h, "the card on the start screen", |h| {
        h.state().attract_cards() > 0
    });
    h.run_steps(2);
    check(&h, "the start screen with a card", problems);

    h.key_press(egui::Key::F12);
    h.run_steps(2);
    h.get_by_label("Staff PIN").type_text("1111");
    h.run_steps(1);
    click(&mut h, &t("pin-key-ok"));
    check(&h, "the PIN pad after a wrong PIN", problems);
    h.get_by_label("Staff PIN").type_text(PIN);
    h.run_steps(1);
    click(&mut h, &t("pin-key-ok"));
    step_until(&mut h, "the recent card", |h| {
        h.query_by_label(&t("staff-reprint")).is_some()
    });
    h.run_steps(2);
    check(&h, "the staff screen", problems);
    click(&mut h, &t("staff-consent"));
    step_until(&mut h, "the card's consent", |h| {
        h.query_by_label(&t("staff-erase")).is_some()
    });
    click(&mut h, &t("staff-erase"));
    check(&h, "the staff screen asking to erase", problems);
    click(&mut h, &t("staff-exit"));
    check(&h, "the staff screen asking to exit", problems);
}

#[test]
fn every_screen_fits_portrait_landscape_and_tablet_screens() {
    let mut problems = Vec::new();
    for size in [[1080.0, 1920.0], [1920.0, 1080.0], [1280.0, 800.0]] {
        walk(size, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
