//! Units and rectangles. Layout files speak millimetres; everything downstream of the
//! layout speaks PostScript points (1/72 in) with the origin at the top-left corner of
//! the full page including bleed. Conversion to pixels happens once, in the raster back end.

use serde::Deserialize;

/// Points per millimetre (72 pt per inch, 25.4 mm per inch).
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Converts millimetres to points.
pub fn mm_to_pt(mm: f32) -> f32 {
    mm * PT_PER_MM
}

/// Converts points to pixels at `dpi`.
pub fn pt_to_px(pt: f32, dpi: f32) -> f32 {
    pt * dpi / 72.0
}

/// A rectangle in millimetres, as written in a layout file (`{ x, y, w, h }`),
/// measured from the top-left corner of the trimmed card.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoxMm {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// A rectangle in points on the full (bleed-inclusive) page, y growing downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RectPt {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl RectPt {
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// The pixel rectangle `(x0, y0, x1, y1)` this covers at `dpi`. Edges are rounded
    /// independently so that boxes sharing an edge in points share it in pixels.
    pub fn to_px(&self, dpi: f32) -> (i64, i64, i64, i64) {
        let r = |v: f32| pt_to_px(v, dpi).round() as i64;
        (r(self.x), r(self.y), r(self.right()), r(self.bottom()))
    }
}

/// An sRGB colour written as `"#rrggbb"` in layout files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub [u8; 3]);

impl Rgb {
    /// Parses `#rrggbb` (the `#` is optional).
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.strip_prefix('#').unwrap_or(s);
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb([byte(0)?, byte(2)?, byte(4)?]))
    }

    /// The colour as three floats in 0..=1, as PDF wants them.
    pub fn to_unit(self) -> [f32; 3] {
        self.0.map(|c| f32::from(c) / 255.0)
    }
}

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Rgb::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "colour {s:?} is not of the form \"#rrggbb\" (e.g. \"#1a1a1a\")"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_colours() {
        assert_eq!(Rgb::parse("#ff8000"), Some(Rgb([255, 128, 0])));
        assert_eq!(Rgb::parse("102030"), Some(Rgb([16, 32, 48])));
        assert_eq!(Rgb::parse("#ff80"), None);
        assert_eq!(Rgb::parse("#gg0000"), None);
        assert_eq!(Rgb::parse("#ééé"), None);
    }

    #[test]
    fn shared_edges_round_alike() {
        let a = RectPt {
            x: 10.3,
            y: 0.0,
            w: 20.4,
            h: 5.0,
        };
        let b = RectPt {
            x: a.right(),
            y: 0.0,
            w: 7.0,
            h: 5.0,
        };
        assert_eq!(a.to_px(300.0).2, b.to_px(300.0).0);
        assert!((mm_to_pt(25.4) - 72.0).abs() < 1e-4);
    }
}
