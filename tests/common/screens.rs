//! Checks of a kiosk screen as shown: every word inside its box and the window, none drawn
//! by egui itself, every touch target a finger's size.

use egui::epaint::{ClippedShape, Shape};
use egui::{Rect, accesskit};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use welcome_booth::kiosk::KioskApp;

/// Smallest touch target, px (the kiosk's own figure, written out so a change is seen).
const TARGET: f32 = 64.0;

/// Texts egui itself drew on the last frame (the kiosk means it to draw none: it has no
/// bidi, so its words would be in the wrong order in Arabic).
fn egui_texts(h: &Harness<'_, KioskApp>) -> Vec<String> {
    fn walk(shape: &Shape, out: &mut Vec<String>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(t) if !t.galley.text().trim().is_empty() => {
                out.push(t.galley.text().to_string())
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ClippedShape { shape, .. } in &h.output().shapes {
        walk(shape, &mut out);
    }
    out
}

/// Checks the screen on show; `screen` names it in failures.
pub fn check(h: &Harness<'_, KioskApp>, screen: &str, problems: &mut Vec<String>) {
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
    for text in egui_texts(h) {
        problems.push(format!("{at}: egui drew \"{text}\" itself"));
    }
    let shown = h.state().texts_shown();
    assert!(!shown.is_empty(), "{at}: no text drawn");
    for t in shown {
        let short: String = t.text.chars().take(40).collect();
        // Across, a text must fit its box and the window. Down too, unless its box is
        // smaller than the window (the staff screen scrolls on a short one).
        if !inside(t.rect, t.room, true) || !inside(t.rect, window, true) {
            problems.push(format!(
                "{at}: \"{short}\" runs out of its box across ({:?} in {:?})",
                t.rect, t.room
            ));
        }
        if !inside(t.rect, t.room, false) {
            problems.push(format!(
                "{at}: \"{short}\" runs out of its box down ({:?} in {:?})",
                t.rect, t.room
            ));
        }
        // Down, the window may cut a text only in a list that scrolls (the staff screen).
        let scrolls = t.clip.height() < window.height() - 1.0;
        if !scrolls && !inside(t.rect, window, false) {
            problems.push(format!(
                "{at}: \"{short}\" is outside the window ({:?})",
                t.rect
            ));
        }
    }
    // What a finger presses: not text, nor scroll bars (a touch screen scrolls by dragging
    // the content).
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
