//! The kiosk's shared widgets: big buttons, pictures, the on-screen keyboard and the text
//! field drawn by the card engine. Screens are built from these.

pub mod field;
pub mod keyboard;
pub mod picture;

use egui::{Color32, RichText, Vec2};

use super::look::{ACCENT, BUTTON_HEIGHT, BUTTON_WIDTH};

/// A large button; `primary` ones are filled with the accent colour.
pub fn big_button(ui: &mut egui::Ui, text: &str, enabled: bool, primary: bool) -> egui::Response {
    let mut button = egui::Button::new(RichText::new(text).size(34.0))
        .min_size(Vec2::new(BUTTON_WIDTH, BUTTON_HEIGHT));
    if primary && enabled {
        button = button.fill(ACCENT);
    }
    let text_color = if primary && enabled {
        Color32::WHITE
    } else {
        ui.visuals().text_color()
    };
    ui.scope(|ui| {
        ui.visuals_mut().override_text_color = Some(text_color);
        ui.add_enabled(enabled, button)
    })
    .inner
}

/// A row of big buttons `(text, enabled, primary)` centred on the screen; returns which was
/// pressed. egui lays out left to right in one pass, so the row is centred with the width
/// it had on the last frame.
pub fn button_row(ui: &mut egui::Ui, buttons: &[(&str, bool, bool)]) -> Option<usize> {
    let id = ui.make_persistent_id(("button row", buttons.first().map(|b| b.0)));
    let last_width = ui
        .data(|d| d.get_temp::<f32>(id))
        .unwrap_or(buttons.len() as f32 * 300.0);
    let mut pressed = None;
    ui.horizontal(|ui| {
        ui.add_space(((ui.available_width() - last_width) / 2.0).max(0.0));
        let start = ui.cursor().min.x;
        for (i, (text, enabled, primary)) in buttons.iter().enumerate() {
            if big_button(ui, text, *enabled, *primary).clicked() {
                pressed = Some(i);
            }
        }
        let width = ui.min_rect().max.x - start;
        ui.data_mut(|d| d.insert_temp(id, width));
    });
    pressed
}

/// A screen's title, centred.
pub fn title(ui: &mut egui::Ui, text: &str) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| ui.heading(text));
    ui.add_space(12.0);
}

/// A strip across the top of every screen saying what stops the booth (the printer out of
/// paper, say): in full and in red for staff, in calm words for participants.
pub fn alert_strip(ui: &mut egui::Ui, lines: &[String], for_staff: bool) {
    let fill = if for_staff {
        super::look::WARNING
    } else {
        super::look::NOTICE
    };
    egui::Panel::top("alert")
        .frame(
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(16, 6)),
        )
        .show(ui, |ui| {
            for line in lines {
                ui.label(
                    egui::RichText::new(line)
                        .size(20.0)
                        .color(egui::Color32::WHITE),
                );
            }
        });
}
