//! The finished card as it will print: change the message or print.

use super::Action;
use crate::kiosk::look::Tone;
use crate::kiosk::widgets::Kit;
use crate::kiosk::widgets::picture::Picture;
use crate::kiosk::widgets::text::Look;

/// Draws the card preview; `problem` is why the last save failed, if it did.
pub fn show(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    card: &Picture,
    problem: Option<&str>,
) -> Option<Action> {
    let (change, print) = (k.t("change-message"), k.t("print"));
    let buttons = [(change.as_str(), true, false), (print.as_str(), true, true)];
    let (pressed, ()) = k.screen(ui, &buttons, false, |ui, k| {
        let title = k.t("preview-title");
        k.title(ui, &title);
        if let Some(problem) = problem {
            k.label(ui, problem, Look::new(26.0, Tone::Warning).centred());
        }
        card.show(ui, ui.available_size(), false);
    });
    match pressed {
        Some(0) => Some(Action::ChangeMessage),
        Some(_) => Some(Action::Print),
        None => None,
    }
}
