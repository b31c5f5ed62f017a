//! Every screen of the kiosk on the screens booths use: a 1080x1920 portrait touch screen,
//! a 1920x1080 one and a 1280x800 tablet. On each, every text egui draws is whole (not
//! shortened with "…") and inside its box and the window, and every touch target is at
//! least 64 px each way. Walked through egui_kittest with the demo camera and a cups-pdf
//! queue.

mod common;

use common::kiosk::*;

use egui::epaint::{ClippedShape, Shape};
use egui::{Rect, accesskit};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use welcome_booth::kiosk::KioskApp;
use welcome_booth::kiosk::flow::Step;
use welcome_booth::kiosk::strings::ENGLISH as S;

/// A long message (about 320 characters), so the message box and the staff list are full.
const MESSAGE: &str = "Welcome, neighbour. This city is your home too, and we are glad \
    you are here. May you find friends on every street, work that gives you pride, schools \
    that open doors for your children, and a table where there is always a place for you. \
    We will learn your songs and you will learn ours. Welcome home.";

/// Smallest touch target, px (the kiosk's own figure, written out so a change is seen).
const TARGET: f32 = 64.0;

/// Texts drawn by egui on the last frame: the text, where it lies, the box it is drawn in,
/// and whether egui shortened it.
fn texts(h: &Harness<'_, KioskApp>) -> Vec<(String, Rect, Rect, bool)> {
    fn walk(shape: &Shape, clip: Rect, out: &mut Vec<(String, Rect, Rect, bool)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, clip, out)),
            Shape::Text(t) if !t.galley.text().trim().is_empty() => out.push((
                t.galley.text().to_string(),
                t.galley.rect.translate(t.pos.to_vec2()),
                clip,
                t.galley.elided,
            )),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ClippedShape {
        clip_rect, shape, ..
    } in &h.output().shapes
    {
        walk(shape, *clip_rect, &mut out);
    }
    out
}

/// Checks the screen on show; `screen` names it in failures. A participant's message in
/// the staff list may be shortened: the list shows the start of each.
fn check(h: &Harness<'_, KioskApp>, screen: &str, problems: &mut Vec<String>) {
    let window = h.ctx.content_rect();
    let at = format!("{screen} at {}x{}", window.width(), window.height());
    let inside = |inner: Rect, outer: Rect, axis_x: bool| {
        let (a, b) = if axis_x {
            (inner.x_range(), outer.x_range())
        } else {
            (inner.y_range(), outer.y_range())
        };
        a.min >= b.min - 1.0 && a.max <= b.max + 1.0
    };
    let drawn = texts(h);
    assert!(!drawn.is_empty(), "{at}: no text drawn");
    for (text, rect, clip, elided) in drawn {
        let short: String = text.chars().take(40).collect();
        if elided && !MESSAGE.starts_with(&text) {
            problems.push(format!("{at}: \"{short}\" is cut short"));
        }
        // Across, a text must fit its box and the window. Down too, unless its box is
        // smaller than the window (the staff screen scrolls on a short one).
        if !inside(rect, clip.intersect(window), true) {
            problems.push(format!(
                "{at}: \"{short}\" runs out of its box across ({rect:?} in {clip:?})"
            ));
        }
        let scroll_box = clip.height() < window.height() - 1.0;
        if !scroll_box && !inside(rect, window, false) {
            problems.push(format!(
                "{at}: \"{short}\" is outside the window ({rect:?})"
            ));
        }
    }
    // What a finger presses: not text (selectable, so clickable too), nor scroll bars (a
    // touch screen scrolls by dragging the content).
    let clickable = By::new().predicate(|n| {
        use accesskit::Role;
        n.data().supports_action(accesskit::Action::Click)
            && !n.is_hidden()
            && !matches!(n.role(), Role::Label | Role::TextRun | Role::ScrollBar)
    });
    for node in h.query_all(clickable) {
        let n = node.accesskit_node();
        let rect = node.rect();
        let name = n.label().or(n.value()).unwrap_or_default();
        let visible = rect.intersect(window);
        if visible.width() <= 0.0 || visible.height() <= 0.0 {
            continue; // scrolled out of sight
        }
        if rect.height() < TARGET - 0.5 || rect.width() < TARGET - 0.5 {
            problems.push(format!(
                "{at}: \"{name}\" is {}x{} px",
                rect.width(),
                rect.height()
            ));
        }
        if !inside(rect, window, true) {
            problems.push(format!("{at}: \"{name}\" is outside the window ({rect:?})"));
        }
    }
}

/// Walks one participant and the staff through every screen on a window of `size`.
fn walk(size: [f32; 2], problems: &mut Vec<String>) {
    let queue = common::Queue::new(&format!("screens-{}x{}", size[0], size[1]));
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk_sized(config(&dir.path().join("archive"), &queue.0), None, size);
    h.run_steps(3);
    check(&h, "the start screen", problems);

    click(&mut h, S.start);
    check(&h, "consent", problems);
    click(&mut h, S.consent_exhibition);
    click(&mut h, S.next);

    step_until(&mut h, "the camera picture", camera_ready);
    check(&h, "the camera", problems);
    click(&mut h, S.take_photo);
    check(&h, "the countdown", problems);
    step_until(&mut h, "the photo", |h| h.state().step() == Step::Review);
    check(&h, "the photo", problems);
    click(&mut h, S.keep_photo);

    check(&h, "the empty message", problems);
    type_physical(&mut h, MESSAGE);
    step_until(&mut h, "the message to fit", make_card_enabled);
    check(&h, "a long message", problems);
    click(&mut h, "العربية");
    check(&h, "the Arabic keyboard", problems);
    click(&mut h, S.key_shift);
    check(&h, "the Arabic keyboard's Shift page", problems);
    click(&mut h, "123");
    check(&h, "the symbols", problems);
    click(&mut h, S.make_card);
    step_until(&mut h, "the card preview", |h| {
        h.state().step() == Step::Preview
    });
    check(&h, "the card", problems);
    click(&mut h, S.print);
    step_until(&mut h, "the goodbye", |h| {
        matches!(h.state().step(), Step::Goodbye { .. })
    });
    check(&h, "the goodbye", problems);
    click(&mut h, S.done);
    step_until(&mut h, "the card on the start screen", |h| {
        h.state().attract_cards() > 0
    });
    h.run_steps(2);
    check(&h, "the start screen with a card", problems);

    h.key_press(egui::Key::F12);
    h.run_steps(2);
    h.get_by_label("Staff PIN").type_text("1111");
    h.run_steps(1);
    click(&mut h, S.key_ok);
    check(&h, "the PIN pad after a wrong PIN", problems);
    h.get_by_label("Staff PIN").type_text(PIN);
    h.run_steps(1);
    click(&mut h, S.key_ok);
    step_until(&mut h, "the recent card", |h| {
        h.query_by_label(S.staff_reprint).is_some()
    });
    h.run_steps(2);
    check(&h, "the staff screen", problems);
    click(&mut h, S.staff_consent);
    step_until(&mut h, "the card's consent", |h| {
        h.query_by_label(S.staff_erase).is_some()
    });
    click(&mut h, S.staff_erase);
    check(&h, "the staff screen asking to erase", problems);
    click(&mut h, S.staff_exit);
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
