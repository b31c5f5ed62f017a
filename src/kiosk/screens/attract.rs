//! The start screen: the booth's invitation in the language chosen, the Start button, the
//! languages the booth speaks (each named in itself), and the newest cards of the
//! exhibition in turn (only cards whose participants agreed to it).

use egui::Vec2;

use super::Action;
use crate::kiosk::app::Access;
use crate::kiosk::i18n::Language;
use crate::kiosk::look::{MIN_TARGET, Tone};
use crate::kiosk::widgets::picture::Picture;
use crate::kiosk::widgets::text::Look;
use crate::kiosk::widgets::{ButtonLook, Kit, row};

/// Narrowest button of the language grid, points.
const LANGUAGE_WIDTH: f32 = 176.0;

/// What the start screen shows.
pub struct AttractView<'a> {
    /// An exhibition card, when there is one.
    pub card: Option<&'a Picture>,
    /// The languages offered.
    pub languages: &'a [&'static Language],
    /// The participant's choices of larger text, high contrast and speech.
    pub access: Access,
    /// Whether the booth can speak this language (a voice, and somewhere to play it).
    pub can_speak: bool,
}

/// Draws the start screen.
pub fn show(ui: &mut egui::Ui, k: &mut Kit<'_>, view: &AttractView<'_>) -> Option<Action> {
    let (card, languages) = (view.card, view.languages);
    let card = card.filter(|c| c.is_set());
    let mut action = None;
    // The languages along the bottom, within reach and always in sight.
    egui::Panel::bottom("languages")
        .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(0, 12)))
        .show_separator_line(false)
        .show(ui, |ui| {
            if let Some(access) = access_row(ui, k, view.access, view.can_speak) {
                action = Some(Action::Access(access));
            }
            if let Some(tag) = language_grid(ui, k, languages) {
                action = Some(Action::Language(tag));
            }
        });
    // Above them the invitation, and the card when there is room for it; it all scrolls
    // rather than hides when the words are long.
    let room = ui.available_size();
    let portrait = room.y > room.x;
    egui::ScrollArea::vertical()
        .id_salt("start")
        .auto_shrink(false)
        .show(ui, |ui| {
            if portrait {
                ui.add_space(room.y * 0.05);
                action = action.take().or(invitation(ui, k, room.x));
                let left = room.y - ui.min_rect().height() - 70.0;
                if let Some(card) = card.filter(|_| left > MIN_CARD) {
                    recent_card(ui, k, card, left);
                }
            } else {
                let text_width = if card.is_some() {
                    room.x * 0.58
                } else {
                    room.x
                };
                row(ui, k.rtl(), |ui| {
                    ui.vertical(|ui| {
                        ui.set_width(text_width);
                        ui.add_space(room.y * 0.1);
                        action = action.take().or(invitation(ui, k, text_width));
                    });
                    if let Some(card) = card.filter(|_| room.y - 70.0 > MIN_CARD) {
                        ui.vertical(|ui| {
                            ui.add_space(12.0);
                            recent_card(ui, k, card, room.y - 70.0);
                        });
                    }
                });
            }
        });
    // Return starts, unless it is pressing a button the keyboard (or a switch) is on.
    let nothing_focused = ui.memory(|m| m.focused()).is_none();
    if nothing_focused && ui.input(|i| i.key_pressed(egui::Key::Enter)) && action.is_none() {
        action = Some(Action::Start);
    }
    action
}

/// The smallest height an exhibition card is shown at, points.
const MIN_CARD: f32 = 200.0;

/// The title, the invitation and the Start button, `width` wide.
fn invitation(ui: &mut egui::Ui, k: &mut Kit<'_>, width: f32) -> Option<Action> {
    let mut action = None;
    ui.vertical_centered(|ui| {
        ui.set_max_width(width.min(1000.0));
        let title = k.t("attract-title");
        k.label(ui, &title, Look::new(72.0, Tone::Accent).bold().centred());
        k.listen_button(ui, None);
        ui.add_space(16.0);
        let body = k.t("attract-body");
        k.label(ui, &body, Look::new(30.0, Tone::Ink).centred());
        ui.add_space(32.0);
        let start = k.t("start");
        if k.button_row(ui, &[(&start, true, true)]).is_some() {
            action = Some(Action::Start);
        }
    });
    action
}

/// An exhibition card under a small heading, at most `height` tall.
fn recent_card(ui: &mut egui::Ui, k: &mut Kit<'_>, card: &Picture, height: f32) {
    let heading = k.t("attract-recent");
    k.label(ui, &heading, Look::new(22.0, Tone::Ink).centred());
    card.show(ui, Vec2::new(ui.available_width(), height.max(0.0)), false);
}

/// Columns of the language grid at this width.
fn columns(width: f32, gap: f32) -> usize {
    (((width + gap) / (LANGUAGE_WIDTH + gap)).floor() as usize).max(1)
}

/// Space between the grid's buttons, points.
const GRID_GAP: f32 = 10.0;

/// How the grid's caption is set.
fn caption_look() -> Look {
    Look::new(26.0, Tone::Ink).centred()
}

/// The participant's choices for seeing and hearing the booth, as buttons that stay
/// pressed in: larger text, high contrast, and (where the booth has a voice for the
/// language) speech. Returns the choices after a press.
fn access_row(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    access: Access,
    can_speak: bool,
) -> Option<Access> {
    let (larger, contrast, speech) = (k.t("a11y-larger"), k.t("a11y-contrast"), k.t("a11y-speech"));
    let look = |on| ButtonLook::small().on(on);
    let mut buttons = vec![
        (larger.as_str(), look(access.larger)),
        (contrast.as_str(), look(access.contrast)),
    ];
    if can_speak {
        buttons.push((speech.as_str(), look(access.speech)));
    }
    match k.centred_buttons(ui, &buttons) {
        Some(0) => Some(Access {
            larger: !access.larger,
            ..access
        }),
        Some(1) => Some(Access {
            contrast: !access.contrast,
            ..access
        }),
        Some(_) => Some(Access {
            speech: !access.speech,
            ..access
        }),
        None => None,
    }
}

/// Every language the booth offers, each named in itself; the one in use drawn chosen.
/// Returns the tag of the one pressed.
fn language_grid(
    ui: &mut egui::Ui,
    k: &mut Kit<'_>,
    languages: &[&'static Language],
) -> Option<&'static str> {
    let caption = k.t("choose-language");
    k.label(ui, &caption, caption_look());
    let gap = Vec2::splat(GRID_GAP);
    let width = ui.available_width();
    let cols = columns(width, gap.x).min(languages.len().max(1));
    let cell = Vec2::new(
        (width - gap.x * (cols as f32 - 1.0)) / cols as f32,
        MIN_TARGET,
    );
    let (grid, _) = ui.allocate_exact_size(
        Vec2::new(
            width,
            languages.len().div_ceil(cols) as f32 * (cell.y + gap.y),
        ),
        egui::Sense::hover(),
    );
    let mut pressed = None;
    for (i, lang) in languages.iter().enumerate() {
        let (row, col) = (i / cols, i % cols);
        // Mirrored screens fill the grid from the right.
        let col = if k.rtl() { cols - 1 - col } else { col };
        let at = grid.min + Vec2::new(col as f32 * (cell.x + gap.x), row as f32 * (cell.y + gap.y));
        let look = ButtonLook {
            text_size: 26.0,
            ..ButtonLook::small()
        }
        .on(lang.tag == k.lang.tag);
        if k.button_at(ui, egui::Rect::from_min_size(at, cell), &lang.name, look)
            .clicked()
        {
            pressed = Some(lang.tag);
        }
    }
    pressed
}
