//! The message and name fields, drawn by the card engine instead of egui's `TextEdit`:
//! egui has no bidi, so Arabic would show its words left to right. Here the text is shaped
//! and ordered with the card's own fonts and code, drawn into a texture, and the caret is
//! placed from that layout, so participants see their words as the card will print them.

use egui::{Color32, CornerRadius, Rect, Sense, Stroke, Vec2, pos2};

use crate::card::field::{FieldLayout, FieldStyle, lay_out_field};
use crate::card::geometry::Rgb;
use crate::card::{Layout, fonts::FaceId};

use super::Kit;
use super::picture::Picture;
use super::text::Look;
use crate::kiosk::entry::TextEntry;
use crate::kiosk::look::Tone;

/// Space between a field's border and its text, points.
pub const PADDING: f32 = 12.0;

/// One field's last drawing, kept while the text, width and scroll stay the same.
#[derive(Default)]
struct Drawn {
    /// The text and width `layout` was made for.
    laid_out_for: Option<(String, u32)>,
    layout: Option<FieldLayout>,
    /// The height and scroll `picture` was drawn at (`None`: draw again).
    drawn_at: Option<(u32, u32)>,
    picture: Picture,
}

/// The drawings of the kiosk's text fields, set in the card's message face with the
/// screen's own copy of the card fonts ([`super::text::Texts`]: the worker's are busy making
/// cards, and a key press must show at once).
pub struct Fields {
    face: FaceId,
    drawn: [Drawn; 2],
    /// The fields' widget ids on the last frame drawn.
    ids: [Option<egui::Id>; 2],
}

/// How a field looks: which of the two it is, its name for screen readers, the hint shown
/// while it is empty, and `rows` lines of `size` points.
#[derive(Debug, Clone, Copy)]
pub struct FieldLook<'a> {
    /// 0 for the message, 1 for the name (each keeps its own drawing).
    pub slot: usize,
    /// Its name for screen readers and tests.
    pub label: &'a str,
    /// Shown while it is empty.
    pub hint: &'a str,
    /// Lines visible.
    pub rows: usize,
    /// Font size, points.
    pub size: f32,
}

/// What happened to a field this frame.
pub struct FieldResponse {
    /// Tapped (or pressed with Return, or by a screen reader): it becomes the field typed
    /// into. Only passing through it with Tab does not, so a switch user's keys go on into
    /// the field they chose.
    pub tapped: bool,
    /// Where a tap put the caret, as a byte offset in the text.
    pub caret_to: Option<usize>,
}

impl Fields {
    /// Fields set in `layout`'s message face.
    pub fn new(layout: &Layout) -> Fields {
        Fields {
            face: layout.face(&layout.message),
            drawn: Default::default(),
            ids: [None; 2],
        }
    }

    /// Whether the widget `id` is one of the fields.
    pub fn owns(&self, id: egui::Id) -> bool {
        self.ids.contains(&Some(id))
    }

    /// Follows a change of card layout.
    pub fn set_layout(&mut self, layout: &Layout) {
        self.face = layout.face(&layout.message);
        self.drawn = Default::default();
    }

    /// Draws a field holding `entry`, as wide as the space left.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        k: &mut Kit<'_>,
        field: &FieldLook<'_>,
        entry: &TextEntry,
        focused: bool,
    ) -> FieldResponse {
        let FieldLook {
            slot,
            label,
            hint,
            rows,
            size,
        } = *field;
        let ppp = ui.ctx().pixels_per_point();
        let line = size * 1.35;
        let outer = Vec2::new(ui.available_width(), rows as f32 * line + 2.0 * PADDING);
        let (rect, response) = ui.allocate_exact_size(outer, Sense::click());
        self.ids[slot.min(1)] = Some(response.id);
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::text_edit(true, entry.text(), entry.text(), hint);
            info.label = Some(label.to_string());
            info
        });
        let inner = rect.shrink(PADDING);
        let style = FieldStyle {
            face: self.face,
            size_px: size * ppp,
            line_spacing: 1.35,
            centred: false,
        };
        let (fonts, glyphs) = k.texts.fonts_and_glyphs();
        let (w, h) = ((inner.width() * ppp) as u32, (inner.height() * ppp) as u32);
        let drawn = &mut self.drawn[slot.min(1)];

        // Lay out again only when the text or the width changed.
        let current = drawn
            .laid_out_for
            .as_ref()
            .is_some_and(|(text, width)| text == entry.text() && *width == w);
        if !current {
            drawn.layout = Some(lay_out_field(fonts, entry.text(), style, w as f32));
            drawn.laid_out_for = Some((entry.text().to_string(), w));
            drawn.drawn_at = None;
        }
        let Some(layout) = &drawn.layout else {
            return FieldResponse {
                tapped: false,
                caret_to: None,
            };
        };
        // Scroll so the caret's line is in view.
        let caret = layout.caret(entry.caret());
        let max_scroll = (layout.height - h as f32).max(0.0);
        let scroll = (caret.top + caret.height - h as f32).clamp(0.0, max_scroll);
        if drawn.drawn_at != Some((h, scroll as u32)) {
            let ink = k.theme.ink;
            let paper = k.theme.field();
            let (ink, paper) = (
                Rgb([ink.r(), ink.g(), ink.b()]),
                Rgb([paper.r(), paper.g(), paper.b()]),
            );
            let image = layout.draw(glyphs, (w, h), scroll, (paper, ink));
            drawn.picture.set(ui.ctx(), "text field", &image);
            drawn.drawn_at = Some((h, scroll as u32));
        }

        let painter = ui.painter_at(rect);
        let theme = k.theme;
        let stroke = if focused {
            Stroke::new(4.0, theme.accent)
        } else {
            Stroke::new(1.5, theme.outline)
        };
        painter.rect_filled(rect, CornerRadius::same(8), theme.field());
        if let Some(id) = drawn.picture.texture_id() {
            let shown = Rect::from_min_size(inner.min, Vec2::new(w as f32, h as f32) / ppp);
            painter.image(
                id,
                shown,
                Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                Color32::WHITE,
            );
        }
        if entry.is_empty() && !hint.is_empty() {
            let set = k.set(
                ui.ctx(),
                hint,
                Look::new(size * 0.8, Tone::Muted),
                inner.width(),
            );
            let at = if k.rtl() {
                pos2(inner.max.x - set.size.x, inner.min.y)
            } else {
                inner.min
            };
            k.texts.paint(&painter, hint, &set, at, inner);
        }
        if focused {
            let x = inner.min.x + caret.x / ppp;
            let top = inner.min.y + (caret.top - scroll) / ppp;
            let caret_rect =
                Rect::from_min_max(pos2(x - 1.5, top), pos2(x + 1.5, top + caret.height / ppp));
            painter.rect_filled(caret_rect, 0.0, theme.accent);
            // An input method (Chinese, Ethiopic, Bengali) opens its window beside the caret.
            ui.output_mut(|o| {
                o.ime = Some(egui::output::IMEOutput {
                    purpose: egui::IMEPurpose::Normal,
                    rect,
                    cursor_rect: caret_rect,
                    should_interrupt_composition: false,
                })
            });
        }
        painter.rect_stroke(
            rect,
            CornerRadius::same(8),
            stroke,
            egui::StrokeKind::Inside,
        );

        let caret_to = response
            .clicked()
            .then(|| response.interact_pointer_pos())
            .flatten()
            .filter(|p| inner.expand(PADDING).contains(*p))
            .map(|p| {
                layout.hit(
                    (p.x - inner.min.x) * ppp,
                    (p.y - inner.min.y) * ppp + scroll,
                )
            });
        FieldResponse {
            tapped: response.clicked(),
            caret_to,
        }
    }
}
