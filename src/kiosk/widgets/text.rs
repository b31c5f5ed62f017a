//! Every word on the kiosk's screens, set by the card engine's text code (its fonts,
//! fallback for every script, shaping and bidi) and shown as a picture: egui 0.37 has no
//! bidi, so Arabic, Farsi or Urdu laid out by egui come out in the wrong order. A text is
//! laid out and drawn once for its size, width and colour, then reused while it is on
//! screen; texts unused for a while are let go.

use std::collections::HashMap;

use egui::{Color32, Rect, TextureHandle, TextureOptions, Vec2};

use crate::kiosk::look::Tone;

use crate::card::field::{FieldStyle, GlyphCache, lay_out_field};
use crate::card::fonts::{FaceId, FontStyle, FontWeight, Fonts, find_face};

/// The widest a text is laid out, points.
const MAX_WIDTH: f32 = 8192.0;

/// Frames a text may go unshown before its picture is let go.
const KEEP_FRAMES: u64 = 600;

/// How a text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    /// Size, points.
    pub size: f32,
    /// Bold (titles, key words).
    pub bold: bool,
    /// Lines centred rather than at the start of their direction.
    pub centred: bool,
    /// What it is, which gives its colour in the theme.
    pub tone: Tone,
}

impl Look {
    /// Text of `size` points of `tone`, regular, at the start of its lines.
    pub fn new(size: f32, tone: Tone) -> Look {
        Look {
            size,
            bold: false,
            centred: false,
            tone,
        }
    }

    /// The same, bold.
    pub fn bold(self) -> Look {
        Look { bold: true, ..self }
    }

    /// The same, lines centred.
    pub fn centred(self) -> Look {
        Look {
            centred: true,
            ..self
        }
    }
}

/// A text set and ready to paint.
#[derive(Clone)]
pub struct SetText {
    texture: egui::TextureId,
    /// Size on screen, points.
    pub size: Vec2,
    /// Whether a line had to break inside a word (the width is narrower than a word).
    pub broken: bool,
}

#[derive(PartialEq, Eq, Hash)]
struct Key {
    text: String,
    /// Size in 1/16 px, width in px, colour, bold, centred.
    size: u32,
    width: u32,
    color: [u8; 4],
    bold: bool,
    centred: bool,
}

struct Entry {
    texture: TextureHandle,
    size: Vec2,
    broken: bool,
    used: u64,
}

/// A text shown on the last frame: what it says, where, and the box it was set for (for
/// tests that check nothing is cut or runs out of its box).
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The text.
    pub text: String,
    /// Where it was painted, points.
    pub rect: Rect,
    /// The box it had to fit, points.
    pub room: Rect,
    /// The part of the screen it could be seen in (a scrolled list shows part of its box).
    pub clip: Rect,
}

/// The kiosk's type: the card fonts, their letters rasterised, and the texts set.
pub struct Texts {
    fonts: Fonts,
    glyphs: GlyphCache,
    regular: FaceId,
    bold: FaceId,
    set: HashMap<Key, Entry>,
    frame: u64,
    shown: Vec<Shown>,
}

impl Texts {
    /// Type from the bundled Noto Sans; other scripts from the machine's fonts and
    /// `font_folders`, as on the card.
    pub fn new(font_folders: &[std::path::PathBuf]) -> Texts {
        let face = |weight| find_face("Noto Sans", FontStyle::Normal, weight).unwrap_or(FaceId(0));
        Texts {
            fonts: Fonts::with_folders(&crate::card::fonts::font_folders(font_folders)),
            glyphs: GlyphCache::default(),
            regular: face(FontWeight::Regular),
            bold: face(FontWeight::Bold),
            set: HashMap::new(),
            frame: 0,
            shown: Vec::new(),
        }
    }

    /// The fonts and letters, for the text fields (one copy of the fonts for the screen).
    pub fn fonts_and_glyphs(&mut self) -> (&mut Fonts, &mut GlyphCache) {
        (&mut self.fonts, &mut self.glyphs)
    }

    /// Starts a frame: texts not shown for a while are let go.
    pub fn begin_frame(&mut self) {
        self.frame += 1;
        let frame = self.frame;
        self.set.retain(|_, e| frame - e.used <= KEEP_FRAMES);
        self.shown.clear();
    }

    /// Lets go of every text set (their pictures go; fonts and letters stay).
    pub fn forget(&mut self) {
        self.set.clear();
    }

    /// Texts painted on this frame so far (after a frame, all of its texts).
    pub fn shown(&self) -> &[Shown] {
        &self.shown
    }

    /// Sets `text` in `color` to wrap within `width` points.
    pub fn set(
        &mut self,
        ctx: &egui::Context,
        text: &str,
        look: Look,
        color: Color32,
        width: f32,
    ) -> SetText {
        let ppp = ctx.pixels_per_point();
        // (An unbounded width is as wide as any screen: centring in a line billions of
        // pixels wide would lose the positions to rounding.)
        let width_px = (width.clamp(1.0, MAX_WIDTH) * ppp).floor() as u32;
        let key = Key {
            text: text.to_string(),
            size: (look.size * ppp * 16.0).round() as u32,
            width: width_px,
            color: color.to_array(),
            bold: look.bold,
            centred: look.centred,
        };
        let frame = self.frame;
        if let Some(entry) = self.set.get_mut(&key) {
            entry.used = frame;
            return SetText {
                texture: entry.texture.id(),
                size: entry.size,
                broken: entry.broken,
            };
        }
        let style = FieldStyle {
            face: if look.bold { self.bold } else { self.regular },
            size_px: look.size * ppp,
            line_spacing: 1.3,
            centred: look.centred,
        };
        let laid = lay_out_field(&mut self.fonts, text, style, width_px as f32);
        let (left, right) = laid.ink_span(text);
        // A line that ends where no space is, with more text after it, broke a word.
        let broken = laid.lines.iter().rev().skip(1).any(|line| {
            let end = line.range.end;
            end < text.len()
                && !text[..end].ends_with(char::is_whitespace)
                && !text[end..].starts_with(char::is_whitespace)
        });
        let size_px = (
            (right - left).ceil().max(1.0) as u32 + 1,
            laid.height.ceil().max(1.0) as u32,
        );
        let [r, g, b, a] = color.to_srgba_unmultiplied();
        let image = laid.draw_rgba(&mut self.glyphs, size_px, left, [r, g, b, a]);
        let pixels = egui::ColorImage::from_rgba_unmultiplied(
            [image.width() as usize, image.height() as usize],
            image.as_raw(),
        );
        let texture = ctx.load_texture("text", pixels, TextureOptions::LINEAR);
        let size = Vec2::new(size_px.0 as f32, size_px.1 as f32) / ppp;
        let id = texture.id();
        self.set.insert(
            key,
            Entry {
                texture,
                size,
                broken,
                used: frame,
            },
        );
        SetText {
            texture: id,
            size,
            broken,
        }
    }

    /// Paints a set text with its top-left corner at `at`; `room` is the box it was set for.
    pub fn paint(
        &mut self,
        painter: &egui::Painter,
        text: &str,
        set: &SetText,
        at: egui::Pos2,
        room: Rect,
    ) -> Rect {
        let rect = Rect::from_min_size(at, set.size);
        painter.image(
            set.texture,
            rect,
            Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
            Color32::WHITE,
        );
        self.shown.push(Shown {
            text: text.to_string(),
            rect,
            room,
            clip: painter.clip_rect(),
        });
        rect
    }
}
