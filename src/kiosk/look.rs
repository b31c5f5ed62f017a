//! How the kiosk looks: its two themes (warm, and high contrast), large type readable from
//! 2 m, big touch targets.

use egui::{Color32, Vec2};

/// What a word or a line is for; the theme says what colour that is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Words on the background, keys and fields.
    Ink,
    /// Titles and the step forward.
    Accent,
    /// What is wrong.
    Warning,
    /// A control that cannot be pressed now, a hint in an empty field.
    Muted,
    /// Words on the accent colour (the step forward's button).
    OnAccent,
    /// Words on a strip saying what stops the booth.
    OnStrip,
    /// Words over a picture (the countdown), with a shadow under them.
    OnPicture,
}

/// The booth's colours: the normal warm theme, or high contrast for visitors who cannot
/// see the screen well.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// The screen behind everything.
    pub background: Color32,
    /// Words.
    pub ink: Color32,
    /// Titles, the step forward, ticks, the caret.
    pub accent: Color32,
    /// Words on the accent colour.
    pub on_accent: Color32,
    /// What is wrong.
    pub warning: Color32,
    /// Controls that cannot be pressed, hints.
    pub muted: Color32,
    /// A button, key or field.
    pub control: Color32,
    /// A button's outline.
    pub outline: Color32,
    /// A choice made (the language in use, Shift locked).
    pub chosen: Color32,
    /// The participants' notice strip.
    pub notice: Color32,
    /// The staff's alert strip.
    pub alert: Color32,
    /// Words on either strip.
    pub on_strip: Color32,
    /// The ring around the control the keyboard (or a switch) is on.
    pub focus: Color32,
}

/// Warm background and accent colours; every text pair at least 4.5:1.
pub const NORMAL: Theme = Theme {
    background: Color32::from_rgb(250, 245, 236),
    ink: Color32::from_rgb(40, 36, 32),
    accent: Color32::from_rgb(176, 74, 38),
    on_accent: Color32::WHITE,
    warning: Color32::from_rgb(170, 30, 30),
    muted: Color32::from_rgb(105, 100, 95),
    control: Color32::from_rgb(232, 230, 226),
    outline: Color32::from_gray(150),
    chosen: Color32::from_rgb(226, 186, 168),
    notice: Color32::from_rgb(60, 70, 82),
    alert: Color32::from_rgb(170, 30, 30),
    on_strip: Color32::WHITE,
    focus: Color32::from_rgb(0, 84, 196),
};

/// White and yellow on black, strong outlines; every text pair at least 7:1.
pub const HIGH_CONTRAST: Theme = Theme {
    background: Color32::BLACK,
    ink: Color32::WHITE,
    accent: Color32::from_rgb(255, 214, 0),
    on_accent: Color32::BLACK,
    warning: Color32::from_rgb(255, 140, 120),
    muted: Color32::from_gray(190),
    control: Color32::from_gray(24),
    outline: Color32::WHITE,
    chosen: Color32::from_rgb(90, 70, 0),
    notice: Color32::from_gray(40),
    alert: Color32::from_rgb(120, 0, 0),
    on_strip: Color32::WHITE,
    focus: Color32::from_rgb(0, 200, 255),
};

impl Theme {
    /// The colour of a tone.
    pub fn color(&self, tone: Tone) -> Color32 {
        match tone {
            Tone::Ink => self.ink,
            Tone::Accent => self.accent,
            Tone::Warning => self.warning,
            Tone::Muted => self.muted,
            Tone::OnAccent => self.on_accent,
            Tone::OnStrip => self.on_strip,
            Tone::OnPicture => Color32::WHITE,
        }
    }

    /// A text field's inside (white, or black in high contrast).
    pub fn field(&self) -> Color32 {
        if self.background == Color32::BLACK {
            Color32::BLACK
        } else {
            Color32::WHITE
        }
    }
}

/// The smallest touch target, points (a fingertip is about 10 mm).
pub const MIN_TARGET: f32 = 64.0;

/// Height and least width of the large buttons.
pub const BUTTON_HEIGHT: f32 = 84.0;
pub const BUTTON_WIDTH: f32 = 260.0;

/// Sets the style on the context for `theme`. Words are drawn by [`super::widgets::text`],
/// not by egui, so egui keeps only its own small font (for nothing a participant reads).
pub fn apply(ctx: &egui::Context, theme: &Theme) {
    let dark = theme.background == Color32::BLACK;
    ctx.all_styles_mut(|style| {
        style.spacing.button_padding = Vec2::new(28.0, 16.0);
        style.spacing.item_spacing = Vec2::new(18.0, 18.0);
        // Every target at least 64 px tall: a finger, not a mouse pointer.
        style.spacing.interact_size = Vec2::new(64.0, MIN_TARGET);
        style.visuals = if dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        };
        style.visuals.panel_fill = theme.background;
        style.visuals.window_fill = theme.background;
        style.visuals.override_text_color = Some(theme.ink);
        style.visuals.selection.bg_fill = theme.accent;
        style.visuals.widgets.inactive.weak_bg_fill = theme.control;
        style.visuals.widgets.hovered.weak_bg_fill = theme.chosen;
        style.visuals.widgets.active.weak_bg_fill = theme.chosen;
        style.visuals.widgets.noninteractive.bg_stroke.color = theme.outline;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Theme {
        /// Every pair of words and what they are drawn on, named: what the contrast rules
        /// apply to (a control that cannot be pressed is exempt, WCAG 1.4.3).
        pub fn text_pairs(&self) -> [(&'static str, Color32, Color32); 12] {
            [
                ("words on the background", self.ink, self.background),
                ("words on a button or key", self.ink, self.control),
                ("words on a chosen button", self.ink, self.chosen),
                ("words in a field", self.ink, self.field()),
                ("a title on the background", self.accent, self.background),
                ("words on the step forward", self.on_accent, self.accent),
                ("a warning on the background", self.warning, self.background),
                ("a hint in a field", self.muted, self.field()),
                ("a hint on the background", self.muted, self.background),
                ("the participants' strip", self.on_strip, self.notice),
                ("the staff's strip", self.on_strip, self.alert),
                ("words on a key held down", self.ink, self.chosen),
            ]
        }
    }

    /// The contrast ratio of two colours (WCAG 2: relative luminance, 1 to 21).
    fn contrast(a: Color32, b: Color32) -> f32 {
        let luminance = |c: Color32| {
            let lin = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.04045 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
        };
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_text_meets_its_contrast_in_both_themes() {
        let mut low = Vec::new();
        for (theme, least) in [(&NORMAL, 4.5), (&HIGH_CONTRAST, 7.0)] {
            for (what, text, on) in theme.text_pairs() {
                let ratio = contrast(text, on);
                if ratio < least {
                    low.push(format!("{what}: {ratio:.2} (needs {least})"));
                }
            }
        }
        assert!(low.is_empty(), "{low:#?}");
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    }
}
