//! The bundled fonts. They are compiled into the binary so that every booth, laptop and
//! curator's machine renders a card identically, whatever fonts the system has.

use std::collections::HashMap;
use std::sync::Arc;

use cosmic_text::{Fallback, FontSystem, fontdb};
use serde::Deserialize;
use unicode_script::Script;

/// Upright or italic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FontStyle {
    /// Upright.
    #[default]
    Normal,
    /// Italic.
    Italic,
}

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FontWeight {
    /// Regular (400).
    #[default]
    Regular,
    /// Bold (700).
    Bold,
}

/// One font file shipped in `fonts/`.
#[derive(Debug)]
pub struct BundledFace {
    /// File name inside `fonts/`.
    pub file: &'static str,
    /// Family name as used in layout files.
    pub family: &'static str,
    /// Style of this face.
    pub style: FontStyle,
    /// Weight of this face.
    pub weight: FontWeight,
    /// The font program.
    pub bytes: &'static [u8],
}

macro_rules! face {
    ($file:literal, $family:literal, $style:ident, $weight:ident) => {
        BundledFace {
            file: $file,
            family: $family,
            style: FontStyle::$style,
            weight: FontWeight::$weight,
            bytes: include_bytes!(concat!("../../fonts/", $file)),
        }
    };
}

/// Every bundled face. A [`FaceId`] indexes this table.
pub static FACES: [BundledFace; 7] = [
    face!("NotoSans-Regular.ttf", "Noto Sans", Normal, Regular),
    face!("NotoSans-Bold.ttf", "Noto Sans", Normal, Bold),
    face!("NotoSans-Italic.ttf", "Noto Sans", Italic, Regular),
    face!("NotoSerif-Regular.ttf", "Noto Serif", Normal, Regular),
    face!("NotoSerif-Italic.ttf", "Noto Serif", Italic, Regular),
    face!(
        "NotoNaskhArabic-Regular.ttf",
        "Noto Naskh Arabic",
        Normal,
        Regular
    ),
    face!(
        "NotoNaskhArabic-Bold.ttf",
        "Noto Naskh Arabic",
        Normal,
        Bold
    ),
];

impl BundledFace {
    /// The face's PostScript name (the bundled files are named after it).
    pub fn postscript_name(&self) -> &'static str {
        self.file.trim_end_matches(".ttf")
    }
}

/// Index of a face in [`FACES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaceId(pub u8);

impl FaceId {
    /// The bundled face this id names.
    pub fn face(self) -> &'static BundledFace {
        &FACES[usize::from(self.0)]
    }
}

/// The face of `family` with this style and weight, if it is bundled.
pub fn find_face(family: &str, style: FontStyle, weight: FontWeight) -> Option<FaceId> {
    FACES
        .iter()
        .position(|f| {
            f.family.eq_ignore_ascii_case(family) && f.style == style && f.weight == weight
        })
        .map(|i| FaceId(i as u8))
}

/// The distinct bundled family names, for error messages.
pub fn families() -> Vec<&'static str> {
    let mut names: Vec<_> = FACES.iter().map(|f| f.family).collect();
    names.dedup();
    names
}

/// Latin text falls back to Noto Sans, Arabic to Noto Naskh Arabic; nothing from the system.
struct BundledFallback;

impl Fallback for BundledFallback {
    fn common_fallback(&self) -> &[&'static str] {
        &["Noto Sans", "Noto Naskh Arabic"]
    }

    fn forbidden_fallback(&self) -> &[&'static str] {
        &[]
    }

    fn script_fallback(&self, script: Script, _locale: &str) -> &[&'static str] {
        match script {
            Script::Arabic => &["Noto Naskh Arabic"],
            _ => &["Noto Sans"],
        }
    }
}

/// The loaded fonts: the shaping engine's font system and the glyph outlines for the
/// raster back end, built once (loading takes tens of milliseconds) and reused for every card.
pub struct Fonts {
    pub(crate) system: FontSystem,
    by_db_id: HashMap<fontdb::ID, FaceId>,
    outlines: Vec<ab_glyph::FontRef<'static>>,
}

impl Fonts {
    /// Loads the bundled faces, and only those.
    pub fn load() -> Fonts {
        let mut db = fontdb::Database::new();
        let mut by_db_id = HashMap::new();
        for (i, face) in FACES.iter().enumerate() {
            let source = fontdb::Source::Binary(Arc::new(face.bytes));
            for id in db.load_font_source(source) {
                by_db_id.insert(id, FaceId(i as u8));
            }
        }
        // The bundled files are known-good; a failure here is a broken build, not user input.
        let outlines = FACES
            .iter()
            .map(|f| ab_glyph::FontRef::try_from_slice(f.bytes).expect("bundled font parses"))
            .collect();
        let system =
            FontSystem::new_with_locale_and_db_and_fallback("en-US".into(), db, BundledFallback);
        Fonts {
            system,
            by_db_id,
            outlines,
        }
    }

    /// The bundled face behind a font id chosen by the shaper.
    pub(crate) fn face_of(&self, id: fontdb::ID) -> Option<FaceId> {
        self.by_db_id.get(&id).copied()
    }

    /// Glyph outlines of a face, for rasterising.
    pub(crate) fn outlines(&self, face: FaceId) -> &ab_glyph::FontRef<'static> {
        &self.outlines[usize::from(face.0)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_is_found_by_its_own_name() {
        for (i, f) in FACES.iter().enumerate() {
            assert_eq!(
                find_face(f.family, f.style, f.weight),
                Some(FaceId(i as u8))
            );
        }
        assert_eq!(
            find_face("Noto Serif", FontStyle::Normal, FontWeight::Bold),
            None
        );
        assert_eq!(families(), ["Noto Sans", "Noto Serif", "Noto Naskh Arabic"]);
    }

    #[test]
    fn the_font_system_holds_only_bundled_faces() {
        let fonts = Fonts::load();
        assert_eq!(fonts.by_db_id.len(), FACES.len());
        assert_eq!(fonts.system.db().len(), FACES.len());
    }
}
