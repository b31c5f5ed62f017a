//! The kiosk's shared widgets: words, big buttons, tick boxes and rows that follow the
//! reading direction, pictures, the on-screen keyboard and the text field drawn by the card
//! engine. Screens are built from these; every word goes through [`text::Texts`].

pub mod field;
pub mod keyboard;
pub mod picture;
pub mod text;

use egui::{Align, Color32, CornerRadius, Layout, Rect, Response, Sense, Stroke, Vec2, pos2};

use super::i18n::{Args, Language};
use super::look::{BUTTON_HEIGHT, BUTTON_WIDTH, MIN_TARGET, Theme, Tone};
use text::{Look, SetText, Texts};

/// Space above and below a button's words, points.
const BUTTON_PADDING_Y: f32 = 14.0;
/// Smallest size words are shrunk to so they fit a button of fixed size (a key), points.
const SMALLEST_KEY_TEXT: f32 = 14.0;

/// What a screen draws with: the participant's (or staff's) language, the type, the
/// colours and how large the words are.
pub struct Kit<'a> {
    /// The language the screen speaks.
    pub lang: &'static Language,
    /// The type the words are set in.
    pub texts: &'a mut Texts,
    /// The colours.
    pub theme: &'static Theme,
    /// How much larger than designed the words are (1, or 1.5 for larger text).
    pub scale: f32,
    /// The Listen button: shown (and pressed in while speaking), or not.
    pub listen: Listen,
}

/// The Listen button a participant screen shows beside its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Listen {
    /// Not shown: no voice for the language, or nowhere to play it, or a staff screen.
    #[default]
    Hidden,
    /// Shown; `speaking` while the booth is reading the screen aloud.
    Shown {
        /// Whether the booth is speaking now.
        speaking: bool,
    },
    /// Pressed this frame.
    Pressed,
}

/// How a button looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ButtonLook {
    /// Smallest size, points.
    pub min: Vec2,
    /// Size of its words, points.
    pub text_size: f32,
    /// Space between its sides and its words, points.
    pub pad: f32,
    /// Filled with the accent colour (the step forward).
    pub primary: bool,
    /// Drawn as pressed in (a latched key, the choice made).
    pub on: bool,
    /// A button that stays pressed in or not (screen readers say which).
    pub toggle: bool,
    /// Can be pressed.
    pub enabled: bool,
}

impl ButtonLook {
    /// A large button of the participant's screens.
    pub fn big(primary: bool, enabled: bool) -> ButtonLook {
        ButtonLook {
            min: Vec2::new(BUTTON_WIDTH, BUTTON_HEIGHT),
            text_size: 34.0,
            pad: 28.0,
            primary,
            on: false,
            toggle: false,
            enabled,
        }
    }

    /// A smaller button (staff screens), still a finger's size.
    pub fn small() -> ButtonLook {
        ButtonLook {
            min: Vec2::new(MIN_TARGET, MIN_TARGET),
            text_size: 26.0,
            pad: 16.0,
            primary: false,
            on: false,
            toggle: false,
            enabled: true,
        }
    }

    /// The same as a button that stays pressed in, pressed in when `on`.
    pub fn on(self, on: bool) -> ButtonLook {
        ButtonLook {
            on,
            toggle: true,
            ..self
        }
    }
}

impl Kit<'_> {
    /// Sets `text` for this screen: its colour from the theme, its size scaled.
    pub fn set(&mut self, ctx: &egui::Context, text: &str, look: Look, width: f32) -> SetText {
        let color = self.theme.color(look.tone);
        self.set_in(ctx, text, look, color, width)
    }

    /// Sets `text` in `color` (a shadow), its size scaled.
    pub fn set_in(
        &mut self,
        ctx: &egui::Context,
        text: &str,
        look: Look,
        color: Color32,
        width: f32,
    ) -> SetText {
        let look = Look {
            size: look.size * self.scale,
            ..look
        };
        self.texts.set(ctx, text, look, color, width)
    }

    /// The message `id` in the screen's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.text(id)
    }

    /// The message `id` with its variables.
    pub fn t_with(&self, id: &str, args: &Args<'_>) -> String {
        self.lang.text_with(id, args)
    }

    /// Whether the screen reads right to left (and is mirrored).
    pub fn rtl(&self) -> bool {
        self.lang.rtl
    }

    /// Words wrapped to the width available. In a row they take their own width; in a
    /// column, a line of their own, at its start in the reading direction (or centred).
    pub fn label(&mut self, ui: &mut egui::Ui, text: &str, look: Look) -> Response {
        let response = self.caption(ui, text, look);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
        response
    }

    /// Words naming the input under them: shown like [`Kit::label`], but not a label of
    /// their own for screen readers (the input carries them as its name).
    pub fn caption(&mut self, ui: &mut egui::Ui, text: &str, look: Look) -> Response {
        let width = ui.available_width();
        let set = self.set(ui.ctx(), text, look, width);
        let (rect, response) = if ui.layout().is_horizontal() {
            ui.allocate_exact_size(set.size, Sense::hover())
        } else {
            ui.allocate_exact_size(Vec2::new(width, set.size.y), Sense::hover())
        };
        let x = if look.centred {
            rect.center().x - set.size.x / 2.0
        } else if self.rtl() && !ui.layout().is_horizontal() {
            rect.max.x - set.size.x
        } else {
            rect.min.x
        };
        if ui.is_rect_visible(rect) {
            let room = Rect::from_min_size(rect.min, Vec2::new(width, rect.height()));
            self.texts
                .paint(ui.painter(), text, &set, pos2(x, rect.min.y), room);
        }
        response
    }

    /// Body text in the ink colour.
    pub fn body(&mut self, ui: &mut egui::Ui, text: &str) -> Response {
        self.label(ui, text, Look::new(28.0, Tone::Ink))
    }

    /// A screen's title, centred.
    pub fn title(&mut self, ui: &mut egui::Ui, text: &str) {
        ui.add_space(24.0);
        let look = Look::new(50.0, Tone::Ink).bold().centred();
        if self.listen == Listen::Hidden {
            self.label(ui, text, look);
        } else {
            // The Listen button at the row's end; the title centred in what is left.
            let button = MIN_TARGET * self.scale + ui.spacing().item_spacing.x;
            let width = ui.available_width();
            let set = self.set(ui.ctx(), text, look, width - 2.0 * button);
            let height = set.size.y.max(MIN_TARGET * self.scale);
            let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
            let at = rect.center() - set.size / 2.0;
            let room = rect.shrink2(Vec2::new(button, 0.0));
            self.texts.paint(ui.painter(), text, &set, at, room);
            let side = Vec2::splat(MIN_TARGET * self.scale);
            let corner = if self.rtl() {
                rect.left_top()
            } else {
                rect.right_top() - Vec2::new(side.x, 0.0)
            };
            self.listen_button(ui, Some(Rect::from_min_size(corner, side)));
        }
        ui.add_space(12.0);
    }

    /// The Listen button (a speaker, named "Listen" for screen readers), at `at` or where
    /// the layout puts it; pressed in while the booth speaks. A press is noted in
    /// [`Kit::listen`] for the app to act on.
    pub fn listen_button(&mut self, ui: &mut egui::Ui, at: Option<Rect>) {
        let Listen::Shown { speaking } = self.listen else {
            return;
        };
        let name = self.t("listen");
        let look = ButtonLook {
            min: Vec2::splat(MIN_TARGET),
            text_size: 30.0,
            pad: 8.0,
            ..ButtonLook::small()
        }
        .on(speaking);
        let size = Vec2::splat(MIN_TARGET * self.scale);
        let response = match at {
            Some(rect) => ui.interact(rect, ui.scope_id().with("listen"), Sense::click()),
            None => ui.allocate_exact_size(size, Sense::click()).1,
        };
        if self
            .named_button_in(ui, response, "🔊", &name, look)
            .clicked()
        {
            self.listen = Listen::Pressed;
        }
    }

    /// Sets a button's words for the width available.
    fn button_text(&mut self, ui: &egui::Ui, text: &str, look: ButtonLook, width: f32) -> SetText {
        let tone = match (look.enabled, look.primary) {
            (false, _) => Tone::Muted,
            (true, true) => Tone::OnAccent,
            (true, false) => Tone::Ink,
        };
        let room = (width - 2.0 * look.pad).max(1.0);
        self.set(
            ui.ctx(),
            text,
            Look::new(look.text_size, tone).centred(),
            room,
        )
    }

    /// The size a button takes with these words, at most `width` wide.
    fn button_size(&mut self, ui: &egui::Ui, text: &str, look: ButtonLook, width: f32) -> Vec2 {
        let set = self.button_text(ui, text, look, width);
        (set.size + 2.0 * Vec2::new(look.pad, BUTTON_PADDING_Y)).max(look.min)
    }

    /// Paints a button over the place `response` has, and names it for screen readers.
    fn button_in(
        &mut self,
        ui: &mut egui::Ui,
        response: Response,
        text: &str,
        look: ButtonLook,
    ) -> Response {
        self.named_button_in(ui, response, text, text, look)
    }

    /// [`Kit::button_in`] with a name for screen readers other than its words.
    fn named_button_in(
        &mut self,
        ui: &mut egui::Ui,
        response: Response,
        text: &str,
        name: &str,
        look: ButtonLook,
    ) -> Response {
        let rect = response.rect;
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, look.enabled, name));
        if ui.is_rect_visible(rect) {
            let visuals = ui.style().interact(&response);
            let theme = self.theme;
            let fill = match (look.enabled, look.primary, look.on) {
                (true, true, _) => theme.accent,
                (_, _, true) => theme.chosen,
                (false, _, _) => theme.background,
                _ => visuals.weak_bg_fill,
            };
            let painter = ui.painter();
            painter.rect(
                rect,
                CornerRadius::same(10),
                fill,
                Stroke::new(1.5, theme.outline),
                egui::StrokeKind::Inside,
            );
            focus_ring(painter, &response, theme);
            // Words too large for a button of fixed size (a key) are set smaller, and so are
            // words that would otherwise be broken across two lines ("Delet-e").
            let mut look = look;
            let mut set = self.button_text(ui, text, look, rect.width());
            let too_big = |set: &SetText| {
                set.size.y > rect.height() - 4.0 || set.size.x > rect.width() - 2.0 || set.broken
            };
            while too_big(&set) && look.text_size > SMALLEST_KEY_TEXT {
                look.text_size = (look.text_size * 0.85).max(SMALLEST_KEY_TEXT);
                set = self.button_text(ui, text, look, rect.width());
            }
            let at = rect.center() - set.size / 2.0;
            self.texts.paint(ui.painter(), text, &set, at, rect);
        }
        response
    }

    /// The width a button takes with these words.
    pub fn button_width(&mut self, ui: &egui::Ui, text: &str, look: ButtonLook) -> f32 {
        self.button_size(ui, text, look, ui.available_width()).x
    }

    /// A button as large as its words need (at least `look.min`), placed by the layout.
    pub fn button(&mut self, ui: &mut egui::Ui, text: &str, look: ButtonLook) -> Response {
        let size = self.button_size(ui, text, look, ui.available_width());
        self.button_sized(ui, text, look, size)
    }

    /// A button showing a sign (`icon`, e.g. "+") named `name` for screen readers.
    pub fn icon_button(
        &mut self,
        ui: &mut egui::Ui,
        icon: &str,
        name: &str,
        look: ButtonLook,
    ) -> Response {
        let size = self.button_size(ui, icon, look, ui.available_width());
        let (_, response) = ui.allocate_exact_size(size, sense(look.enabled));
        self.named_button_in(ui, response, icon, name, look)
    }

    /// A button of exactly `size` (keys, pads).
    pub fn button_sized(
        &mut self,
        ui: &mut egui::Ui,
        text: &str,
        look: ButtonLook,
        size: Vec2,
    ) -> Response {
        let (_, response) = ui.allocate_exact_size(size, sense(look.enabled));
        self.button_in(ui, response, text, look)
    }

    /// A button of exactly `rect` (a grid).
    pub fn button_at(
        &mut self,
        ui: &mut egui::Ui,
        rect: Rect,
        text: &str,
        look: ButtonLook,
    ) -> Response {
        let response = ui.interact(
            rect,
            ui.scope_id().with(("button at", text)),
            sense(look.enabled),
        );
        self.button_in(ui, response, text, look)
    }

    /// Big buttons `(text, enabled, primary)` in a centred row, in reading order (the step
    /// forward last: on the right, or on the left when mirrored); stacked when they do not
    /// fit side by side. Returns which was pressed.
    pub fn button_row(
        &mut self,
        ui: &mut egui::Ui,
        buttons: &[(&str, bool, bool)],
    ) -> Option<usize> {
        let buttons: Vec<(&str, ButtonLook)> = buttons
            .iter()
            .map(|&(text, enabled, primary)| (text, ButtonLook::big(primary, enabled)))
            .collect();
        self.centred_buttons(ui, &buttons)
    }

    /// Buttons of any look in a centred row, in reading order; stacked, the last on top,
    /// when they do not fit side by side. Returns which was pressed.
    pub fn centred_buttons(
        &mut self,
        ui: &mut egui::Ui,
        buttons: &[(&str, ButtonLook)],
    ) -> Option<usize> {
        let gap = ui.spacing().item_spacing.x;
        let width = ui.available_width();
        let sizes: Vec<Vec2> = buttons
            .iter()
            .map(|(text, look)| self.button_size(ui, text, *look, width))
            .collect();
        let across: f32 = sizes.iter().map(|s| s.x).sum::<f32>() + gap * (sizes.len() as f32 - 1.0);
        let tallest = sizes.iter().map(|s| s.y).fold(0.0, f32::max);
        let mut pressed = None;
        let mut place = |kit: &mut Self, ui: &mut egui::Ui, rect: Rect, i: usize| {
            let (text, look) = buttons[i];
            let id = ui.scope_id().with(("row button", i, text));
            let response = ui.interact(rect, id, sense(look.enabled));
            if kit.button_in(ui, response, text, look).clicked() {
                pressed = Some(i);
            }
        };
        if across <= width {
            let (row, _) = ui.allocate_exact_size(Vec2::new(width, tallest), Sense::hover());
            let mut x = row.center().x - across / 2.0;
            let order: Vec<usize> = if self.rtl() {
                (0..buttons.len()).rev().collect()
            } else {
                (0..buttons.len()).collect()
            };
            for i in order {
                let rect = Rect::from_min_size(pos2(x, row.min.y), Vec2::new(sizes[i].x, tallest));
                place(self, ui, rect, i);
                x += sizes[i].x + gap;
            }
        } else {
            // Too wide for one row: the step forward on top, within reach of the eye first.
            for i in (0..buttons.len()).rev() {
                let (row, _) = ui.allocate_exact_size(Vec2::new(width, sizes[i].y), Sense::hover());
                place(self, ui, Rect::from_center_size(row.center(), sizes[i]), i);
            }
        }
        pressed
    }

    /// A screen with its big buttons pinned along the bottom, within reach and always in
    /// sight, and `content` above them: scrolled when `scroll` and it is taller than the
    /// screen (long translations, larger text), else given the height left (pictures).
    /// Returns which button was pressed, and what `content` returned.
    pub fn screen<R>(
        &mut self,
        ui: &mut egui::Ui,
        buttons: &[(&str, bool, bool)],
        scroll: bool,
        content: impl FnOnce(&mut egui::Ui, &mut Kit<'_>) -> R,
    ) -> (Option<usize>, R) {
        let mut pressed = None;
        egui::Panel::bottom("screen buttons")
            .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(0, 16)))
            .show_separator_line(false)
            .show(ui, |ui| pressed = self.button_row(ui, buttons));
        let inner = if scroll {
            egui::ScrollArea::vertical()
                .id_salt("screen")
                .auto_shrink(false)
                .show(ui, |ui| content(ui, self))
                .inner
        } else {
            content(ui, self)
        };
        (pressed, inner)
    }

    /// A tick box with its words, the whole line a target; the box at the start of the
    /// reading direction. Returns the response (clicked: the tick changes).
    pub fn checkbox(&mut self, ui: &mut egui::Ui, on: bool, text: &str, enabled: bool) -> Response {
        const BOX: f32 = 52.0;
        let width = ui.available_width();
        let words_width = width - BOX - 20.0;
        let tone = if enabled { Tone::Ink } else { Tone::Muted };
        let set = self.set(ui.ctx(), text, Look::new(28.0, tone), words_width);
        let height = set.size.y.max(MIN_TARGET);
        let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), sense(enabled));
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, on, text));
        if ui.is_rect_visible(rect) {
            let (box_x, words_x) = if self.rtl() {
                (rect.max.x - BOX, rect.max.x - BOX - 20.0 - set.size.x)
            } else {
                (rect.min.x, rect.min.x + BOX + 20.0)
            };
            let tick =
                Rect::from_min_size(pos2(box_x, rect.center().y - BOX / 2.0), Vec2::splat(BOX));
            let theme = self.theme;
            let painter = ui.painter();
            painter.rect(
                tick,
                CornerRadius::same(8),
                if on { theme.accent } else { theme.field() },
                Stroke::new(2.5, if enabled { theme.ink } else { theme.muted }),
                egui::StrokeKind::Inside,
            );
            if on {
                let c = tick.center();
                painter.line(
                    vec![
                        c + Vec2::new(-BOX * 0.25, 0.0),
                        c + Vec2::new(-BOX * 0.05, BOX * 0.2),
                        c + Vec2::new(BOX * 0.28, -BOX * 0.22),
                    ],
                    Stroke::new(6.0, theme.on_accent),
                );
            }
            focus_ring(painter, &response, theme);
            let at = pos2(words_x, rect.center().y - set.size.y / 2.0);
            let room = Rect::from_min_size(pos2(rect.min.x, rect.min.y), Vec2::new(width, height));
            self.texts.paint(ui.painter(), text, &set, at, room);
        }
        response
    }

    /// A bar filling `fraction` of its width from the start of the reading direction.
    pub fn meter(&self, ui: &mut egui::Ui, fraction: f32) {
        let width = ui.available_width();
        let (rect, _) = ui.allocate_exact_size(Vec2::new(width, 14.0), Sense::hover());
        let filled = width * fraction.clamp(0.0, 1.0);
        let bar = if self.rtl() {
            Rect::from_min_max(pos2(rect.max.x - filled, rect.min.y), rect.max)
        } else {
            Rect::from_min_max(rect.min, pos2(rect.min.x + filled, rect.max.y))
        };
        let painter = ui.painter();
        painter.rect_filled(rect, CornerRadius::same(7), self.theme.control);
        painter.rect_filled(bar, CornerRadius::same(7), self.theme.accent);
    }
}

/// What a one-line input takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineInput {
    /// Shown as dots (a PIN).
    pub masked: bool,
    /// Only digits are taken.
    pub digits_only: bool,
    /// Longest text taken, characters.
    pub max_chars: usize,
    /// Keeps the keyboard whatever is tapped (the only input on its screen).
    pub always_focused: bool,
}

impl Kit<'_> {
    /// A one-line input typed on a physical keyboard (a PIN, a card's reference), its words
    /// set like every other; named `label` for screen readers. Returns its response and
    /// whether Return was pressed in it.
    pub fn line_input(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        value: &mut String,
        input: LineInput,
        width: f32,
    ) -> (Response, bool) {
        let (rect, response) = ui.allocate_exact_size(Vec2::new(width, MIN_TARGET), Sense::click());
        response.widget_info(|| {
            let shown = if input.masked {
                String::new()
            } else {
                value.clone()
            };
            let mut info = egui::WidgetInfo::text_edit(true, &shown, &shown, "");
            info.label = Some(label.to_string());
            info
        });
        if input.always_focused || response.clicked() {
            response.request_focus();
        }
        let mut submit = false;
        if response.has_focus() {
            ui.input(|i| {
                for event in &i.events {
                    match event {
                        egui::Event::Text(t) | egui::Event::Paste(t) => {
                            let wanted = t.chars().filter(|c| {
                                !c.is_control() && (!input.digits_only || c.is_ascii_digit())
                            });
                            for c in wanted {
                                if value.chars().count() < input.max_chars {
                                    value.push(c);
                                }
                            }
                        }
                        egui::Event::Key {
                            key: egui::Key::Backspace,
                            pressed: true,
                            ..
                        } => {
                            value.pop();
                        }
                        egui::Event::Key {
                            key: egui::Key::Enter,
                            pressed: true,
                            ..
                        } => submit = true,
                        _ => {}
                    }
                }
            });
        }
        let focused = response.has_focus();
        let theme = self.theme;
        let painter = ui.painter();
        painter.rect(
            rect,
            CornerRadius::same(8),
            theme.field(),
            Stroke::new(
                if focused { 3.0 } else { 1.5 },
                if focused { theme.focus } else { theme.muted },
            ),
            egui::StrokeKind::Inside,
        );
        let shown = if input.masked {
            "•".repeat(value.chars().count())
        } else {
            value.clone()
        };
        let inner = rect.shrink2(Vec2::new(14.0, 4.0));
        let mut end = inner.left_center();
        if !shown.is_empty() {
            // One line: a text longer than the box shows its end, as it is typed.
            let look = Look::new(if input.masked { 32.0 } else { 24.0 }, Tone::Ink);
            let set = self.set(ui.ctx(), &shown, look, f32::INFINITY);
            let x = inner.min.x.min(inner.max.x - set.size.x);
            let at = pos2(x, inner.center().y - set.size.y / 2.0);
            let painter = ui.painter_at(inner);
            end = self
                .texts
                .paint(&painter, &shown, &set, at, inner)
                .right_center();
        }
        if focused {
            ui.painter().line_segment(
                [end + Vec2::new(2.0, -16.0), end + Vec2::new(2.0, 16.0)],
                Stroke::new(3.0, theme.accent),
            );
        }
        (response, submit)
    }
}

/// A row of widgets in reading order (right to left when `rtl`), as tall as its tallest.
pub fn row<R>(ui: &mut egui::Ui, rtl: bool, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    in_reading_order(ui, rtl, false, add)
}

/// Like [`row`], going on to further lines when the widgets do not fit on one.
pub fn wrapped_row<R>(ui: &mut egui::Ui, rtl: bool, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    in_reading_order(ui, rtl, true, add)
}

fn in_reading_order<R>(
    ui: &mut egui::Ui,
    rtl: bool,
    wrap: bool,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let layout = if rtl {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    };
    let size = Vec2::new(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout.with_main_wrap(wrap), add)
        .inner
}

/// The ring around the control that has the keyboard (or a switch user's) focus.
fn focus_ring(painter: &egui::Painter, response: &Response, theme: &Theme) {
    if response.has_focus() {
        painter.rect_stroke(
            response.rect.expand(4.0),
            CornerRadius::same(12),
            Stroke::new(5.0, theme.focus),
            egui::StrokeKind::Outside,
        );
    }
}

/// Pressable when enabled; a disabled control still shows (and is named) but takes no press.
fn sense(enabled: bool) -> Sense {
    if enabled {
        Sense::click()
    } else {
        Sense::hover()
    }
}

/// A strip across the top of every screen saying what stops the booth (the printer out of
/// paper, say): in full and in red for staff, in calm words for participants.
pub fn alert_strip(ui: &mut egui::Ui, k: &mut Kit<'_>, lines: &[String], for_staff: bool) {
    let fill = if for_staff {
        k.theme.alert
    } else {
        k.theme.notice
    };
    egui::Panel::top("alert")
        .frame(
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(16, 6)),
        )
        .show(ui, |ui| {
            for line in lines {
                k.label(ui, line, Look::new(22.0, Tone::OnStrip));
            }
        });
}
