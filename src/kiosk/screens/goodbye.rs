//! Thank you: take the card from the printer (or the staff will print it), and the card's
//! reference, to quote if the participant later wants it erased.

use super::Action;
use crate::archive::CardId;
use crate::kiosk::look::Tone;
use crate::kiosk::widgets::Kit;
use crate::kiosk::widgets::text::Look;

/// Draws the goodbye; `printed` says whether the printer took the card, `card` which
/// card was saved, `kept` whether the participant agreed to keep it after today.
pub fn show(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    printed: bool,
    card: Option<CardId>,
    kept: bool,
) -> Option<Action> {
    let done = k.t("done");
    let (pressed, ()) = k.screen(ui, &[(&done, true, true)], true, |ui, k| {
        ui.add_space(ui.clip_rect().height() * 0.15);
        let title = k.t("goodbye-title");
        k.label(ui, &title, Look::new(80.0, Tone::Accent).bold().centred());
        k.listen_button(ui, None);
        ui.add_space(24.0);
        let body = Look::new(30.0, Tone::Ink).centred();
        let ids: &[&str] = if printed {
            &["goodbye-body"]
        } else {
            &["print-trouble", "saved-not-printed"]
        };
        for id in ids {
            let text = k.t(id);
            k.label(ui, &text, body);
        }
        if let Some(card) = card {
            ui.add_space(24.0);
            let small = Look::new(24.0, Tone::Ink).centred();
            let kept = k.t(if kept {
                "goodbye-kept"
            } else {
                "goodbye-not-kept"
            });
            k.label(ui, &kept, small);
            let reference = k.t_with(
                "goodbye-reference",
                &[("reference", card.reference().into())],
            );
            k.label(ui, &reference, small);
        }
    });
    pressed.map(|_| Action::Reset)
}
