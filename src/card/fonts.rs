//! Fonts. The card's design faces are compiled into the binary, so every booth, laptop and
//! curator's machine draws them identically. Participants write in every script, so the
//! faces the design lacks (Devanagari, Chinese, Ethiopic, emoji…) come from the Noto
//! families installed on the machine (Debian's `fonts-noto-core`, `fonts-noto-cjk`,
//! `fonts-noto-color-emoji`), found through a font index built once per process.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex, OnceLock, RwLock};

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

/// One face the card engine draws with: a bundled design face, or a face found on the
/// machine to draw a script or emoji the design faces lack.
pub struct Face {
    /// Family name, e.g. "Noto Sans Devanagari".
    pub family: String,
    /// The bundled file name, or the face's path on this machine.
    pub file: String,
    /// PostScript name (names the embedded subset in a PDF).
    pub postscript_name: String,
    /// Index of the face in its file (font collections hold several).
    pub index: u32,
    /// Whether the face is compiled into the booth.
    pub bundled: bool,
    data: Arc<dyn AsRef<[u8]> + Send + Sync>,
    hash: OnceLock<String>,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face")
            .field("family", &self.family)
            .field("file", &self.file)
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Face {
    /// The font file's bytes.
    pub fn data(&self) -> &[u8] {
        (*self.data).as_ref()
    }

    /// A content hash of the font file (BLAKE2b-256, hex), computed once: a card's record
    /// keeps it, so a re-render can tell when the font on the machine has changed.
    pub fn hash(&self) -> &str {
        self.hash.get_or_init(|| {
            use blake2::Digest;
            let digest = blake2::Blake2b::<blake2::digest::consts::U32>::digest(self.data());
            digest.iter().map(|b| format!("{b:02x}")).collect()
        })
    }

    /// Glyph outlines and bitmaps of the face, parsed on demand (cheap: tables are read
    /// lazily), or `None` for a file that does not parse.
    pub fn outlines(&self) -> Option<ab_glyph::FontRef<'_>> {
        ab_glyph::FontRef::try_from_slice_and_index(self.data(), self.index).ok()
    }
}

/// Every face drawn with in this process, bundled faces first (their [`FaceId`] is their
/// index in [`FACES`]). Append-only, so a face id stays valid for the whole process and
/// means the same face in every [`Fonts`].
static REGISTRY: LazyLock<RwLock<Vec<Arc<Face>>>> = LazyLock::new(|| {
    let bundled = FACES
        .iter()
        .map(|f| {
            Arc::new(Face {
                family: f.family.to_string(),
                file: f.file.to_string(),
                postscript_name: f.postscript_name().to_string(),
                index: 0,
                bundled: true,
                data: Arc::new(f.bytes),
                hash: OnceLock::new(),
            })
        })
        .collect();
    RwLock::new(bundled)
});

/// A face a card was drawn with, as its archive record keeps it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct FontUsed {
    /// Family name.
    pub family: String,
    /// The bundled file name, or the path on the machine that drew the card.
    pub file: String,
    /// Content hash of the font file ([`Face::hash`]).
    pub hash: String,
}

impl FontUsed {
    /// The record of a face.
    pub fn of(face: &Face) -> FontUsed {
        FontUsed {
            family: face.family.clone(),
            file: face.file.clone(),
            hash: face.hash().to_string(),
        }
    }
}

/// What changed between the fonts a card was drawn with and those of a new drawing, in
/// words: a face whose file now has other contents (a package update, say), or that is gone.
pub fn font_changes(before: &[FontUsed], now: &[FontUsed]) -> Vec<String> {
    before
        .iter()
        .filter_map(|old| match now.iter().find(|f| f.family == old.family) {
            Some(new) if new.hash != old.hash => Some(format!(
                "{} is not the font the card was made with ({} then, {} now)",
                old.family, old.file, new.file
            )),
            Some(_) => None,
            None => Some(format!(
                "{} ({}) no longer draws the card",
                old.family, old.file
            )),
        })
        .collect()
}

/// A face in the process' face registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaceId(pub u16);

impl FaceId {
    /// The face this id names.
    pub fn face(self) -> Arc<Face> {
        let faces = REGISTRY
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        faces
            .get(usize::from(self.0))
            .or(faces.first())
            .cloned()
            .expect("the registry holds the bundled faces")
    }

    /// Whether this is one of the bundled design faces.
    pub fn is_bundled(self) -> bool {
        usize::from(self.0) < FACES.len()
    }
}

/// Adds a face found on the machine to the registry (once per file and index).
fn register(face: Face) -> FaceId {
    let mut faces = REGISTRY
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(i) = faces
        .iter()
        .position(|f| f.file == face.file && f.index == face.index)
    {
        return FaceId(i as u16);
    }
    faces.push(Arc::new(face));
    FaceId((faces.len() - 1) as u16)
}

/// The face of `family` with this style and weight, if it is bundled.
pub fn find_face(family: &str, style: FontStyle, weight: FontWeight) -> Option<FaceId> {
    FACES
        .iter()
        .position(|f| {
            f.family.eq_ignore_ascii_case(family) && f.style == style && f.weight == weight
        })
        .map(|i| FaceId(i as u16))
}

/// The distinct bundled family names, for error messages.
pub fn families() -> Vec<&'static str> {
    let mut names: Vec<_> = FACES.iter().map(|f| f.family).collect();
    names.dedup();
    names
}

/// The folders the booth looks in for faces of other scripts and emoji: `extra` (from the
/// settings) and the system's font folders (Debian's Noto packages install into
/// `/usr/share/fonts`) and the user's. `WELCOME_BOOTH_FONTS` (folders separated by `:`)
/// replaces the system's folders, e.g. for a portable install or a test.
pub fn font_folders(extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut folders = extra.to_vec();
    match std::env::var_os("WELCOME_BOOTH_FONTS") {
        Some(list) => folders.extend(std::env::split_paths(&list)),
        None => folders.extend(system_font_folders()),
    }
    folders.retain(|f| f.is_dir());
    folders
}

/// The system's and the user's font folders that exist.
fn system_font_folders() -> Vec<PathBuf> {
    let mut folders = vec![
        PathBuf::from("/usr/share/fonts"),
        PathBuf::from("/usr/local/share/fonts"),
    ];
    if let Some(data) = dirs::data_dir() {
        folders.push(data.join("fonts"));
    }
    folders.retain(|f| f.is_dir());
    folders
}

/// Text in the design faces' own families keeps to the bundled files: a copy of Noto Sans
/// on the machine is dropped from the index, so every booth draws a card identically.
/// Scripts the design faces lack fall back to these families, the Naskh style kept for
/// Arabic, and the serif family of a script first under a serif design face (a Hindi word
/// in a Noto Serif message is set in Noto Serif Devanagari); emoji come first among the
/// common fallbacks so a "❤️" is drawn in colour.
struct NotoFallback {
    /// Each script's families in the order this fallback prefers them.
    families: HashMap<Script, Vec<&'static str>>,
}

impl NotoFallback {
    fn new(serif: bool) -> NotoFallback {
        let families = FALLBACK_SCRIPTS
            .iter()
            .map(|&script| {
                let mut names = script_families(script).to_vec();
                if serif {
                    // Stable: the sans family stays the second choice.
                    names.sort_by_key(|n| !n.contains("Serif"));
                }
                (script, names)
            })
            .collect();
        NotoFallback { families }
    }
}

/// The scripts [`script_families`] names families for.
const FALLBACK_SCRIPTS: [Script; 29] = [
    Script::Arabic,
    Script::Hebrew,
    Script::Devanagari,
    Script::Bengali,
    Script::Gurmukhi,
    Script::Gujarati,
    Script::Oriya,
    Script::Tamil,
    Script::Telugu,
    Script::Kannada,
    Script::Malayalam,
    Script::Sinhala,
    Script::Thai,
    Script::Lao,
    Script::Khmer,
    Script::Myanmar,
    Script::Tibetan,
    Script::Ethiopic,
    Script::Armenian,
    Script::Georgian,
    Script::Thaana,
    Script::Syriac,
    Script::Tifinagh,
    Script::Cherokee,
    Script::Han,
    Script::Bopomofo,
    Script::Hiragana,
    Script::Katakana,
    Script::Hangul,
];

impl Fallback for NotoFallback {
    fn common_fallback(&self) -> &[&'static str] {
        &[
            "Noto Color Emoji",
            "Noto Sans",
            "Noto Naskh Arabic",
            "Noto Sans Symbols",
            "Noto Sans Symbols 2",
            "Noto Sans Math",
        ]
    }

    fn forbidden_fallback(&self) -> &[&'static str] {
        &[]
    }

    fn script_fallback(&self, script: Script, _locale: &str) -> &[&'static str] {
        self.families
            .get(&script)
            .map_or(script_families(script), Vec::as_slice)
    }
}

/// The family a right-to-left run of `script` is set in: its Noto face of the card's
/// kind (serif or sans) where there is one, else its first.
pub(crate) fn rtl_family(script: Script, serif: bool) -> Option<&'static str> {
    let families = script_families(script);
    let kind = |f: &&&str| f.contains("Serif") == serif;
    families.iter().find(kind).or(families.first()).copied()
}

/// The Noto families that draw a script, best first.
fn script_families(script: Script) -> &'static [&'static str] {
    match script {
        Script::Arabic => &["Noto Naskh Arabic", "Noto Sans Arabic"],
        Script::Hebrew => &["Noto Sans Hebrew", "Noto Serif Hebrew"],
        Script::Devanagari => &["Noto Sans Devanagari", "Noto Serif Devanagari"],
        Script::Bengali => &["Noto Sans Bengali", "Noto Serif Bengali"],
        Script::Gurmukhi => &["Noto Sans Gurmukhi", "Noto Serif Gurmukhi"],
        Script::Gujarati => &["Noto Sans Gujarati", "Noto Serif Gujarati"],
        Script::Oriya => &["Noto Sans Oriya"],
        Script::Tamil => &["Noto Sans Tamil", "Noto Serif Tamil"],
        Script::Telugu => &["Noto Sans Telugu", "Noto Serif Telugu"],
        Script::Kannada => &["Noto Sans Kannada", "Noto Serif Kannada"],
        Script::Malayalam => &["Noto Sans Malayalam", "Noto Serif Malayalam"],
        Script::Sinhala => &["Noto Sans Sinhala", "Noto Serif Sinhala"],
        Script::Thai => &["Noto Sans Thai", "Noto Serif Thai"],
        Script::Lao => &["Noto Sans Lao", "Noto Serif Lao"],
        Script::Khmer => &["Noto Sans Khmer", "Noto Serif Khmer"],
        Script::Myanmar => &["Noto Sans Myanmar", "Noto Serif Myanmar"],
        Script::Tibetan => &["Noto Serif Tibetan"],
        Script::Ethiopic => &["Noto Sans Ethiopic", "Noto Serif Ethiopic"],
        Script::Armenian => &["Noto Sans Armenian", "Noto Serif Armenian"],
        Script::Georgian => &["Noto Sans Georgian", "Noto Serif Georgian"],
        Script::Thaana => &["Noto Sans Thaana"],
        Script::Syriac => &["Noto Sans Syriac"],
        Script::Tifinagh => &["Noto Sans Tifinagh"],
        Script::Cherokee => &["Noto Sans Cherokee"],
        Script::Han | Script::Bopomofo => &["Noto Sans CJK SC", "Noto Serif CJK SC"],
        Script::Hiragana | Script::Katakana => &["Noto Sans CJK JP", "Noto Serif CJK JP"],
        Script::Hangul => &["Noto Sans CJK KR", "Noto Serif CJK KR"],
        _ => &["Noto Sans"],
    }
}

/// The Debian package that installs the faces for a character the fonts could not draw.
pub fn package_for(c: char) -> &'static str {
    use unicode_script::UnicodeScript;
    match c.script() {
        Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo => {
            "fonts-noto-cjk"
        }
        _ if is_emoji(c) => "fonts-noto-color-emoji",
        _ => "fonts-noto-core",
    }
}

/// Emoji pictographs and their joiners and modifiers (what the colour emoji face draws).
pub fn is_emoji(c: char) -> bool {
    matches!(u32::from(c),
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D | 0x20E3
            | 0xE0020..=0xE007F)
}

/// The font index: bundled faces plus every face in the font folders, parsed once per set
/// of folders in a process (reading the names of a few hundred files takes a while) and
/// shared by every [`Fonts`] built afterwards.
struct FontIndex {
    db: fontdb::Database,
    bundled: HashMap<fontdb::ID, FaceId>,
}

static INDEXES: LazyLock<Mutex<HashMap<Vec<PathBuf>, Arc<FontIndex>>>> =
    LazyLock::new(Default::default);

fn index_for(folders: &[PathBuf]) -> Arc<FontIndex> {
    let mut indexes = INDEXES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(index) = indexes.get(folders) {
        return index.clone();
    }
    let started = std::time::Instant::now();
    let mut db = fontdb::Database::new();
    for folder in folders {
        db.load_fonts_dir(folder);
    }
    // The design families come from the bundled files only.
    let design: Vec<&str> = families();
    let shadowed: Vec<fontdb::ID> = db
        .faces()
        .filter(|f| {
            f.families
                .iter()
                .any(|(name, _)| design.iter().any(|d| d.eq_ignore_ascii_case(name)))
        })
        .map(|f| f.id)
        .collect();
    for id in shadowed {
        db.remove_face(id);
    }
    let mut bundled = HashMap::new();
    for (i, face) in FACES.iter().enumerate() {
        let source = fontdb::Source::Binary(Arc::new(face.bytes));
        for id in db.load_font_source(source) {
            bundled.insert(id, FaceId(i as u16));
        }
    }
    tracing::info!(
        faces = db.len(),
        ms = started.elapsed().as_millis() as u64,
        "font index built from {folders:?}"
    );
    let index = Arc::new(FontIndex { db, bundled });
    indexes.insert(folders.to_vec(), index.clone());
    index
}

/// The loaded fonts: the shaping engine's font system over the font index. Build one and
/// reuse it (shaping caches live in it). The index is found and the shapers made on first
/// use, so that a program can start other work (decoding a photo) meanwhile.
pub struct Fonts {
    folders: Vec<PathBuf>,
    shapers: Option<Shapers>,
}

/// The shaper for sans-serif design faces and the one for serif ones, over one index.
struct Shapers {
    sans: FontSystem,
    serif: FontSystem,
    by_db_id: HashMap<fontdb::ID, FaceId>,
}

impl Fonts {
    /// The bundled faces, with the system's font folders for other scripts and emoji.
    pub fn load() -> Fonts {
        Fonts::with_folders(&font_folders(&[]))
    }

    /// The bundled faces, with `folders` (and nothing else) for other scripts and emoji.
    pub fn with_folders(folders: &[PathBuf]) -> Fonts {
        Fonts {
            folders: folders.to_vec(),
            shapers: None,
        }
    }

    /// Another set of shapers over the same faces, for another thread (the font index is
    /// shared, not rebuilt).
    pub fn fork(&self) -> Fonts {
        Fonts::with_folders(&self.folders)
    }

    fn shapers(&mut self) -> &mut Shapers {
        let folders = &self.folders;
        self.shapers.get_or_insert_with(|| {
            let index = index_for(folders);
            let system = |serif| {
                FontSystem::new_with_locale_and_db_and_fallback(
                    "en-US".into(),
                    index.db.clone(),
                    NotoFallback::new(serif),
                )
            };
            Shapers {
                sans: system(false),
                serif: system(true),
                by_db_id: index.bundled.clone(),
            }
        })
    }

    /// The shaper for text set in the design face `face`: other scripts fall back to
    /// serif faces under a serif face, to sans faces otherwise.
    pub(crate) fn system_for(&mut self, face: FaceId) -> &mut FontSystem {
        let serif = FACES
            .get(usize::from(face.0))
            .is_some_and(|f| f.family.contains("Serif"));
        let shapers = self.shapers();
        if serif {
            &mut shapers.serif
        } else {
            &mut shapers.sans
        }
    }

    /// The regular face of each script's first Noto family found on the machine, for
    /// screens that draw text without the card engine (the kiosk's staff screen).
    pub fn script_faces(&mut self) -> Vec<Arc<Face>> {
        use unicode_script::Script as S;
        let scripts = [
            S::Arabic,
            S::Hebrew,
            S::Devanagari,
            S::Bengali,
            S::Gurmukhi,
            S::Gujarati,
            S::Tamil,
            S::Telugu,
            S::Sinhala,
            S::Thai,
            S::Ethiopic,
            S::Armenian,
            S::Georgian,
            S::Han, // one CJK face covers kana and hangul too
        ];
        let mut faces: Vec<Arc<Face>> = Vec::new();
        for script in scripts {
            let Some(family) = script_families(script).first() else {
                continue;
            };
            let query = fontdb::Query {
                families: &[fontdb::Family::Name(family)],
                ..fontdb::Query::default()
            };
            let Some(id) = self.shapers().sans.db().query(&query) else {
                continue;
            };
            if let Some(face) = self.face_of(id).map(FaceId::face)
                && !faces.iter().any(|f| Arc::ptr_eq(f, &face))
            {
                faces.push(face);
            }
        }
        faces
    }

    /// Number of faces the shaper can choose from.
    pub fn face_count(&mut self) -> usize {
        self.shapers().sans.db().len()
    }

    /// The face behind a font id chosen by the shaper (registered on first use).
    pub(crate) fn face_of(&mut self, id: fontdb::ID) -> Option<FaceId> {
        let shapers = self.shapers();
        if let Some(face) = shapers.by_db_id.get(&id) {
            return Some(*face);
        }
        let info = shapers.sans.db().face(id)?;
        let (file, data): (String, Arc<dyn AsRef<[u8]> + Send + Sync>) = match &info.source {
            fontdb::Source::Binary(data) => (info.post_script_name.clone(), data.clone()),
            fontdb::Source::File(path) => (
                path.display().to_string(),
                Arc::new(std::fs::read(path).ok()?),
            ),
            fontdb::Source::SharedFile(path, data) => (path.display().to_string(), data.clone()),
        };
        let face = register(Face {
            family: info
                .families
                .first()
                .map_or_else(|| info.post_script_name.clone(), |(name, _)| name.clone()),
            file,
            postscript_name: info.post_script_name.clone(),
            index: info.index,
            bundled: false,
            data,
            hash: OnceLock::new(),
        });
        shapers.by_db_id.insert(id, face);
        Some(face)
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
                Some(FaceId(i as u16))
            );
            assert_eq!(FaceId(i as u16).face().family, f.family);
        }
        assert_eq!(
            find_face("Noto Serif", FontStyle::Normal, FontWeight::Bold),
            None
        );
        assert_eq!(families(), ["Noto Sans", "Noto Serif", "Noto Naskh Arabic"]);
    }

    #[test]
    fn without_font_folders_only_the_bundled_faces_are_there() {
        let mut fonts = Fonts::with_folders(&[]);
        assert_eq!(fonts.shapers().by_db_id.len(), FACES.len());
        assert_eq!(fonts.face_count(), FACES.len());
    }

    #[test]
    fn missing_characters_name_their_package() {
        assert_eq!(package_for('中'), "fonts-noto-cjk");
        assert_eq!(package_for('한'), "fonts-noto-cjk");
        assert_eq!(package_for('😀'), "fonts-noto-color-emoji");
        assert_eq!(package_for('अ'), "fonts-noto-core");
    }

    #[test]
    fn a_face_hash_is_stable_and_hex() {
        let h = FaceId(0).face().hash().to_string();
        assert_eq!(h.len(), 64);
        assert_eq!(FaceId(0).face().hash(), h);
        assert_ne!(FaceId(1).face().hash(), h);
    }
}
