//! The photographer's strip at a staffed booth: the shots the tethered camera took since
//! the participant started, newest first, each framed as the card will show it. A tap
//! makes one the card's photo.

use egui::{Sense, Vec2};

use super::Action;
use crate::card::Crop;
use crate::kiosk::look::Tone;
use crate::kiosk::widgets::Kit;
use crate::kiosk::widgets::picture::Picture;
use crate::kiosk::widgets::text::Look;

/// A thumbnail in the strip.
pub struct ShotTile<'a> {
    /// The picture.
    pub picture: &'a Picture,
    /// The part the card shows.
    pub frame: Option<Crop>,
    /// Its number, counting from the participant's first shot.
    pub number: usize,
}

/// Draws the strip; a tapped shot is chosen by its place in `tiles`.
pub fn show(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    tiles: &[ShotTile<'_>],
    choosing: bool,
) -> Option<Action> {
    let cancel = k.t("cancel");
    let mut chosen = None;
    let (pressed, ()) = k.screen(ui, &[(&cancel, true, false)], true, |ui, k| {
        let title = k.t("shots-title");
        k.title(ui, &title);
        let look = Look::new(26.0, Tone::Ink).centred();
        if tiles.is_empty() {
            let waiting = k.t("shots-waiting");
            k.label(ui, &waiting, look);
            ui.vertical_centered(|ui| ui.spinner());
            return;
        }
        let hint = k.t("shots-hint");
        k.label(ui, &hint, look);
        if choosing {
            ui.vertical_centered(|ui| ui.spinner());
        }
        let gap = 16.0;
        let width = ui.available_width();
        // Three across on a landscape screen, two on a portrait one: large enough to judge
        // a face, and the newest shots all in sight.
        let across = if width > 1000.0 { 3.0 } else { 2.0 };
        let size = Vec2::splat(((width - gap * (across - 1.0)) / across).max(120.0))
            * Vec2::new(1.0, 0.75);
        ui.spacing_mut().item_spacing = Vec2::splat(gap);
        // Newest first, where reading starts (the left, or the right in Arabic).
        let row = match k.rtl() {
            true => egui::Layout::right_to_left(egui::Align::Min),
            false => egui::Layout::left_to_right(egui::Align::Min),
        };
        ui.with_layout(row.with_main_wrap(true), |ui| {
            for (i, tile) in tiles.iter().enumerate() {
                let (rect, response) = ui.allocate_exact_size(size, Sense::click());
                let mut inner = ui.new_child(egui::UiBuilder::new().max_rect(rect));
                match tile.frame {
                    Some(frame) => tile.picture.show_framed(&mut inner, size, false, frame),
                    None => tile.picture.show(&mut inner, size, false),
                };
                let label = k.t_with("shot-label", &[("number", tile.number.into())]);
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if response.clicked() && !choosing {
                    chosen = Some(i);
                }
            }
        });
    });
    match (pressed, chosen) {
        (Some(_), _) => Some(Action::Reset),
        (None, Some(i)) => Some(Action::ChooseShot(i)),
        (None, None) => None,
    }
}
