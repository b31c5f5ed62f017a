//! The on-screen keyboard without its drawing: layouts read from `keyboards/*.toml` and the
//! keyboard's state (which layout, which page, shift). Booths stand on touch screens with
//! no keyboard on the table, and a system keyboard does not appear over a full-screen
//! window, so the kiosk draws its own; this part decides what each key types.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use crate::card::layout::line_of;

/// The keyboards shipped with the booth, by name (a language's BCP 47 code), with their
/// TOML source. Languages written through an input method (Chinese, Tigrinya, Amharic,
/// Bengali, Punjabi) have none: they are typed on a physical keyboard.
pub const BUILTIN: [(&str, &str); 17] = [
    ("en", include_str!("../../keyboards/en.toml")),
    ("ar", include_str!("../../keyboards/ar.toml")),
    ("fa", include_str!("../../keyboards/fa.toml")),
    ("ps", include_str!("../../keyboards/ps.toml")),
    ("ckb", include_str!("../../keyboards/ckb.toml")),
    ("ur", include_str!("../../keyboards/ur.toml")),
    ("uk", include_str!("../../keyboards/uk.toml")),
    ("ru", include_str!("../../keyboards/ru.toml")),
    ("sq", include_str!("../../keyboards/sq.toml")),
    ("tr", include_str!("../../keyboards/tr.toml")),
    ("vi", include_str!("../../keyboards/vi.toml")),
    ("pl", include_str!("../../keyboards/pl.toml")),
    ("ro", include_str!("../../keyboards/ro.toml")),
    ("es", include_str!("../../keyboards/es.toml")),
    ("pt", include_str!("../../keyboards/pt.toml")),
    ("fr", include_str!("../../keyboards/fr.toml")),
    ("it", include_str!("../../keyboards/it.toml")),
];

/// What holding a Latin letter offers on keyboards without a `[long]` table of their own.
const ACCENTS: &str = include_str!("../../keyboards/accents.toml");

/// The digits-and-punctuation page every layout reaches with its "123" key.
const SYMBOLS: &str = include_str!("../../keyboards/symbols.toml");

/// A keyboard file that cannot be used, with the line that is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{origin}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct KeyboardError {
    /// The file (or built-in keyboard name).
    pub origin: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

/// One key: what it types, without and with Shift, and what holding it offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// Without Shift.
    pub base: String,
    /// With Shift.
    pub shift: String,
    /// Held down: other forms of the letter (accents, tones), without Shift.
    pub long: Vec<String>,
}

/// A keyboard layout: its name (shown on the language key) and rows of keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyboardLayout {
    /// The name in its own language, e.g. "العربية".
    pub name: String,
    /// Rows of keys, top to bottom.
    pub rows: Vec<Vec<Key>>,
    /// What a key typing an invisible character shows instead (a zero-width non-joiner).
    pub caps: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyboardFile {
    name: String,
    rows: Vec<toml::Spanned<String>>,
    shift: Option<Vec<toml::Spanned<String>>>,
    caps: Option<BTreeMap<String, String>>,
    long: Option<BTreeMap<String, String>>,
}

/// The default long-press table.
#[derive(Deserialize)]
struct AccentsFile {
    long: BTreeMap<String, String>,
}

/// Longest key row that still leaves keys wide enough to hit.
const MAX_KEYS_IN_ROW: usize = 14;
/// Most rows a keyboard may have (a phone's has four or five; more do not fit the screen).
const MAX_ROWS: usize = 8;
/// Longest text one key may type (a whole short word, as some layouts offer).
const MAX_KEY_CHARS: usize = 16;
/// Largest keyboard file read.
const MAX_FILE_BYTES: u64 = 64 << 10;

impl KeyboardLayout {
    /// Names of the built-in keyboards.
    pub fn builtin_names() -> impl Iterator<Item = &'static str> {
        BUILTIN.iter().map(|(name, _)| *name)
    }

    /// A built-in keyboard by name, or a keyboard file if `name_or_path` names one.
    pub fn find(name_or_path: &str) -> Result<KeyboardLayout, KeyboardError> {
        if let Some((name, src)) = BUILTIN.iter().find(|(n, _)| *n == name_or_path) {
            return KeyboardLayout::parse(src, name);
        }
        let path = Path::new(name_or_path);
        if !(path.exists() || name_or_path.ends_with(".toml")) {
            return Err(KeyboardError {
                origin: name_or_path.to_string(),
                line: None,
                message: format!(
                    "no such keyboard; use one of {} or the path of a keyboard .toml file",
                    KeyboardLayout::builtin_names()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
        let src =
            crate::fsutil::read_text_limited(path, MAX_FILE_BYTES).map_err(|e| KeyboardError {
                origin: name_or_path.to_string(),
                line: None,
                message: format!("cannot read the keyboard file ({e}); check the path"),
            })?;
        KeyboardLayout::parse(&src, name_or_path)
    }

    /// The built-in keyboard for the language `tag` (by the whole tag, then its language:
    /// `fa-AF` types with `fa`), if there is one.
    pub fn for_language(tag: &str) -> Option<KeyboardLayout> {
        let language = tag.split(['-', '_']).next().unwrap_or(tag);
        [tag, language].into_iter().find_map(|name| {
            BUILTIN
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .and_then(|(n, src)| KeyboardLayout::parse(src, n).ok())
        })
    }

    /// The digits-and-punctuation page.
    pub fn symbols() -> KeyboardLayout {
        // Compiled in and tested: a failure here is a broken build, not user input.
        KeyboardLayout::parse(SYMBOLS, "symbols").expect("the built-in symbols page parses")
    }

    /// Parses keyboard TOML; `origin` names it in errors.
    pub fn parse(src: &str, origin: &str) -> Result<KeyboardLayout, KeyboardError> {
        let error = |line: Option<usize>, message: String| KeyboardError {
            origin: origin.to_string(),
            line,
            message,
        };
        let file: KeyboardFile = toml::from_str(src).map_err(|e| {
            let line = e.span().map(|s| line_of(src, s.start));
            error(line, e.message().trim().to_string())
        })?;
        if file.name.trim().is_empty() {
            return Err(error(
                crate::card::layout::field_line(src, &["name"]),
                "[name] is empty; give the keyboard's name in its own language".into(),
            ));
        }
        if file.rows.is_empty() {
            return Err(error(None, "[rows] has no rows of keys".into()));
        }
        let line = |s: &toml::Spanned<String>| Some(line_of(src, s.span().start));
        if file.rows.len() > MAX_ROWS {
            return Err(error(
                line(&file.rows[MAX_ROWS]),
                format!(
                    "[rows] has {} rows; give at most {MAX_ROWS}",
                    file.rows.len()
                ),
            ));
        }
        let too_long = file
            .rows
            .iter()
            .chain(file.shift.iter().flatten())
            .find(|row| {
                row.get_ref()
                    .split_whitespace()
                    .any(|k| k.chars().count() > MAX_KEY_CHARS)
            });
        if let Some(row) = too_long {
            return Err(error(
                line(row),
                format!(
                    "a key on this row types more than {MAX_KEY_CHARS} characters; give each key a letter or a short word"
                ),
            ));
        }
        let mut rows: Vec<Vec<Key>> = Vec::with_capacity(file.rows.len());
        for (i, row) in file.rows.iter().enumerate() {
            let base: Vec<&str> = row.get_ref().split_whitespace().collect();
            if base.is_empty() || base.len() > MAX_KEYS_IN_ROW {
                return Err(error(
                    line(row),
                    format!(
                        "row {} has {} keys; give 1 to {MAX_KEYS_IN_ROW}, separated by spaces",
                        i + 1,
                        base.len()
                    ),
                ));
            }
            let shifted: Vec<String> = match &file.shift {
                None => base.iter().map(|k| k.to_uppercase()).collect(),
                Some(shift) => {
                    let Some(srow) = shift.get(i) else {
                        return Err(error(
                            crate::card::layout::field_line(src, &["shift"]),
                            format!(
                                "[shift] has {} rows but [rows] has {}; give one shift row per row",
                                shift.len(),
                                file.rows.len()
                            ),
                        ));
                    };
                    let keys: Vec<String> = srow
                        .get_ref()
                        .split_whitespace()
                        .map(String::from)
                        .collect();
                    if keys.len() != base.len() {
                        return Err(error(
                            line(srow),
                            format!(
                                "shift row {} has {} keys but row {} has {}; give each key its shifted output",
                                i + 1,
                                keys.len(),
                                i + 1,
                                base.len()
                            ),
                        ));
                    }
                    keys
                }
            };
            rows.push(
                base.iter()
                    .zip(shifted)
                    .map(|(b, s)| Key {
                        base: b.to_string(),
                        shift: s,
                        long: Vec::new(),
                    })
                    .collect(),
            );
        }
        if let Some(shift) = &file.shift
            && shift.len() > file.rows.len()
        {
            return Err(error(
                line(&shift[file.rows.len()]),
                format!(
                    "[shift] has {} rows but [rows] has {}; give one shift row per row",
                    shift.len(),
                    file.rows.len()
                ),
            ));
        }
        // Held letters: the file's own table, else the Latin accents for a Latin layout.
        let latin = rows.iter().flatten().all(|k: &Key| {
            use unicode_script::{Script, UnicodeScript};
            k.base
                .chars()
                .all(|c| !c.is_alphabetic() || c.script() == Script::Latin)
        });
        let long = match &file.long {
            Some(table) => Some(table),
            None if latin => Some(default_accents()),
            None => None,
        };
        if let Some(long) = long {
            for key in rows.iter_mut().flatten() {
                if let Some(forms) = long.get(&key.base) {
                    key.long = forms.split_whitespace().map(String::from).collect();
                }
            }
        }
        Ok(KeyboardLayout {
            name: file.name.trim().to_string(),
            rows,
            caps: file.caps.unwrap_or_default(),
        })
    }

    /// What the key typing `out` shows on its cap.
    pub fn cap<'a>(&'a self, out: &'a str) -> &'a str {
        self.caps.get(out).map_or(out, String::as_str)
    }
}

/// The Latin letters' long-press table (compiled in and tested).
fn default_accents() -> &'static BTreeMap<String, String> {
    static TABLE: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        toml::from_str::<AccentsFile>(ACCENTS)
            .map(|f| f.long)
            .expect("the built-in accents table parses")
    })
}

/// Shift: off, for the next key only, or locked until pressed again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shift {
    /// Keys type their base output.
    #[default]
    Off,
    /// The next key types its shifted output, then shift is off again.
    Once,
    /// Every key types its shifted output.
    Locked,
}

/// A key on the keyboard, as pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyPress {
    /// A character key, by row and column on the page shown.
    Char {
        /// Row.
        row: usize,
        /// Column.
        col: usize,
    },
    /// Shift.
    Shift,
    /// The space bar.
    Space,
    /// A new line.
    NewLine,
    /// Removes the character before the caret.
    Backspace,
    /// The next layout named in the settings.
    NextLayout,
    /// Digits and punctuation, or back to the letters.
    Symbols,
    /// Moves between the message and the first name.
    NextField,
    /// A character key held down: offers its other forms.
    Hold {
        /// Row.
        row: usize,
        /// Column.
        col: usize,
    },
    /// One of the forms a held key offers, by its place in [`Keyboard::offered`].
    Form(usize),
}

/// What a key press does to the text being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    /// Insert this text at the caret.
    Insert(String),
    /// Remove the character (grapheme cluster) before the caret.
    Backspace,
    /// Move to the other field.
    NextField,
}

/// The keyboard's state: the layouts to cycle through, the one shown, the page and shift.
#[derive(Debug, Clone)]
pub struct Keyboard {
    /// The key held down whose other forms are offered (row, column on the page shown).
    held: Option<(usize, usize)>,
    /// The layouts the settings name, in their order.
    settings: Vec<Arc<KeyboardLayout>>,
    /// The layouts the language key cycles through now: the participant's language's
    /// first, then the settings', English always among them.
    layouts: Vec<Arc<KeyboardLayout>>,
    symbols: Arc<KeyboardLayout>,
    current: usize,
    on_symbols: bool,
    shift: Shift,
}

impl Keyboard {
    /// A keyboard cycling through `layouts` (at least one: English is used when empty).
    pub fn new(mut layouts: Vec<Arc<KeyboardLayout>>) -> Keyboard {
        if layouts.is_empty() {
            layouts.push(Arc::new(
                KeyboardLayout::find("en").expect("the built-in English keyboard parses"),
            ));
        }
        Keyboard {
            held: None,
            settings: layouts.clone(),
            layouts,
            symbols: Arc::new(KeyboardLayout::symbols()),
            current: 0,
            on_symbols: false,
            shift: Shift::Off,
        }
    }

    /// The keyboards named in the settings; a bad name or file is an error with its line.
    pub fn from_names(names: &[String]) -> Result<Keyboard, KeyboardError> {
        let layouts = names
            .iter()
            .map(|n| KeyboardLayout::find(n).map(Arc::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Keyboard::new(layouts))
    }

    /// Puts the keyboard of the language `tag` first, when the booth has one (Chinese,
    /// Ethiopic, Bengali and Gurmukhi are typed through an input method instead), then the
    /// settings' keyboards, with English always one tap away; shows the first.
    pub fn lead_with(&mut self, tag: &str) {
        let mut layouts: Vec<Arc<KeyboardLayout>> = KeyboardLayout::for_language(tag)
            .map(Arc::new)
            .into_iter()
            .collect();
        let english = KeyboardLayout::find("en").map(Arc::new);
        for layout in self.settings.iter().cloned().chain(english) {
            if !layouts.iter().any(|l| l.name == layout.name) {
                layouts.push(layout);
            }
        }
        self.layouts = layouts;
        self.reset();
    }

    /// The page shown: the current layout, or the symbols page.
    pub fn page(&self) -> &KeyboardLayout {
        if self.on_symbols {
            &self.symbols
        } else {
            &self.layouts[self.current]
        }
    }

    /// Every page the keyboard can show: its layouts and the symbols page.
    pub fn pages(&self) -> impl Iterator<Item = &KeyboardLayout> {
        self.layouts
            .iter()
            .chain(std::iter::once(&self.symbols))
            .map(|l| l.as_ref())
    }

    /// Whether the symbols page is shown.
    pub fn on_symbols(&self) -> bool {
        self.on_symbols
    }

    /// The shift state.
    pub fn shift(&self) -> Shift {
        self.shift
    }

    /// The name of the layout the language key switches to (`None` with one layout).
    pub fn next_layout_name(&self) -> Option<&str> {
        (self.layouts.len() > 1).then(|| {
            self.layouts[(self.current + 1) % self.layouts.len()]
                .name
                .as_str()
        })
    }

    /// The name of the symbols page (its key shows it).
    pub fn symbols_name(&self) -> &str {
        &self.symbols.name
    }

    /// The name of the letters layout (the symbols key shows it to come back).
    pub fn layout_name(&self) -> &str {
        &self.layouts[self.current].name
    }

    /// What each key of the page types now, shift applied: rows of outputs.
    pub fn caps(&self) -> Vec<Vec<&str>> {
        let shifted = self.shift != Shift::Off;
        self.page()
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|k| if shifted { &k.shift } else { &k.base }.as_str())
                    .collect()
            })
            .collect()
    }

    /// The forms the held key offers, as they would type now (capitals with Shift), and
    /// where the key is; `None` when no key is held.
    pub fn offered(&self) -> Option<Vec<String>> {
        let (row, col) = self.held?;
        let key = self.page().rows.get(row)?.get(col)?;
        let shifted = self.shift != Shift::Off;
        Some(
            key.long
                .iter()
                .map(|f| if shifted { f.to_uppercase() } else { f.clone() })
                .collect(),
        )
    }

    /// The key held down, (row, column), while its forms are offered.
    pub fn held(&self) -> Option<(usize, usize)> {
        self.held
    }

    /// The page's own cap for a key's output (an invisible character's name).
    pub fn cap<'a>(&'a self, out: &'a str) -> &'a str {
        self.page().cap(out)
    }

    /// Back to the first layout, letters, no shift (a new participant).
    pub fn reset(&mut self) {
        self.held = None;
        self.current = 0;
        self.on_symbols = false;
        self.shift = Shift::Off;
    }

    /// Presses a key: changes the keyboard's own state and says what it types.
    pub fn press(&mut self, key: &KeyPress) -> Option<Typed> {
        let held = self.held.take();
        match key {
            KeyPress::Hold { row, col } => {
                let offers = self
                    .page()
                    .rows
                    .get(*row)
                    .and_then(|r| r.get(*col))
                    .is_some_and(|k| !k.long.is_empty());
                self.held = offers.then_some((*row, *col));
                None
            }
            KeyPress::Form(i) => {
                self.held = held;
                let out = self.offered()?.get(*i)?.clone();
                self.held = None;
                if self.shift == Shift::Once {
                    self.shift = Shift::Off;
                }
                Some(Typed::Insert(out))
            }
            KeyPress::Char { row, col } => {
                let key = self.page().rows.get(*row)?.get(*col)?;
                let out = if self.shift == Shift::Off {
                    key.base.clone()
                } else {
                    key.shift.clone()
                };
                if self.shift == Shift::Once {
                    self.shift = Shift::Off;
                }
                Some(Typed::Insert(out))
            }
            KeyPress::Shift => {
                self.shift = match self.shift {
                    Shift::Off => Shift::Once,
                    Shift::Once => Shift::Locked,
                    Shift::Locked => Shift::Off,
                };
                None
            }
            KeyPress::Space => Some(Typed::Insert(" ".into())),
            KeyPress::NewLine => Some(Typed::Insert("\n".into())),
            KeyPress::Backspace => Some(Typed::Backspace),
            KeyPress::NextLayout => {
                self.current = (self.current + 1) % self.layouts.len();
                self.on_symbols = false;
                self.shift = Shift::Off;
                None
            }
            KeyPress::Symbols => {
                self.on_symbols = !self.on_symbols;
                self.shift = Shift::Off;
                None
            }
            KeyPress::NextField => Some(Typed::NextField),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(page: &KeyboardLayout, out: &str) -> KeyPress {
        for (r, row) in page.rows.iter().enumerate() {
            if let Some(c) = row.iter().position(|k| k.base == out) {
                return KeyPress::Char { row: r, col: c };
            }
        }
        panic!("no key {out}");
    }

    #[test]
    fn a_language_puts_its_keyboard_first_and_english_one_tap_away() {
        let mut kb = Keyboard::from_names(&["ar".to_string()]).unwrap();
        kb.lead_with("fa-AF");
        assert_eq!(kb.page().name, "فارسی");
        assert_eq!(kb.next_layout_name(), Some("العربية"));
        kb.press(&KeyPress::NextLayout);
        assert_eq!(
            kb.next_layout_name(),
            Some("English"),
            "English always there"
        );
        kb.lead_with("zh-Hans");
        assert_eq!(
            kb.page().name,
            "العربية",
            "no keyboard: the settings' first"
        );
        kb.lead_with("uk");
        assert_eq!(kb.page().name, "Українська");
    }

    #[test]
    fn holding_a_letter_offers_its_accented_forms() {
        let mut kb = Keyboard::new(vec![Arc::new(KeyboardLayout::find("fr").unwrap())]);
        let e = find(kb.page(), "e");
        let KeyPress::Char { row, col } = e else {
            unreachable!()
        };
        assert_eq!(kb.press(&KeyPress::Hold { row, col }), None);
        let forms = kb.offered().unwrap();
        assert_eq!(forms[0], "é");
        assert_eq!(
            kb.press(&KeyPress::Form(0)),
            Some(Typed::Insert("é".into()))
        );
        assert_eq!(kb.offered(), None, "a form typed closes the offer");
        // With Shift, capitals; another key closes the offer without typing a form.
        kb.press(&KeyPress::Shift);
        kb.press(&KeyPress::Hold { row, col });
        assert_eq!(kb.offered().unwrap()[1], "È");
        assert_eq!(kb.press(&KeyPress::Space), Some(Typed::Insert(" ".into())));
        assert_eq!(kb.offered(), None);
        // Vietnamese has its own table: the five tones of a vowel.
        let vi = KeyboardLayout::find("vi").unwrap();
        let a = vi.rows.iter().flatten().find(|k| k.base == "ơ").unwrap();
        assert_eq!(a.long, ["ớ", "ờ", "ở", "ỡ", "ợ"]);
        // Arabic letters offer nothing.
        let ar = KeyboardLayout::find("ar").unwrap();
        assert!(ar.rows.iter().flatten().all(|k| k.long.is_empty()));
    }

    #[test]
    fn an_invisible_character_shows_its_name_and_turkish_capitals_its_dots() {
        let fa = KeyboardLayout::find("fa").unwrap();
        assert!(fa.rows.iter().flatten().any(|k| k.base == "\u{200C}"));
        assert_eq!(fa.cap("\u{200C}"), "نیم‌فاصله");
        assert_eq!(fa.cap("ب"), "ب");
        let tr = KeyboardLayout::find("tr").unwrap();
        let i = tr.rows.iter().flatten().find(|k| k.base == "i").unwrap();
        let dotless = tr.rows.iter().flatten().find(|k| k.base == "ı").unwrap();
        assert_eq!((i.shift.as_str(), dotless.shift.as_str()), ("İ", "I"));
    }

    #[test]
    fn builtin_keyboards_parse() {
        for name in KeyboardLayout::builtin_names() {
            KeyboardLayout::find(name).unwrap_or_else(|e| panic!("{e}"));
        }
        let symbols = KeyboardLayout::symbols();
        let all: String = symbols
            .rows
            .iter()
            .flatten()
            .map(|k| k.base.clone())
            .collect();
        assert!(all.contains('،') && all.contains('؟'), "{all}");
    }

    #[test]
    fn arabic_is_the_pc_layout_and_lam_alef_types_two_letters() {
        let ar = KeyboardLayout::find("ar").unwrap();
        let first: String = ar.rows[0].iter().map(|k| k.base.as_str()).collect();
        assert_eq!(first, "ضصثقفغعهخحجد");
        let second: String = ar.rows[1].iter().map(|k| k.base.as_str()).collect();
        assert_eq!(second, "شسيبلاتنمكط");
        let lam_alef = ar.rows[2].iter().find(|k| k.base.starts_with('ل')).unwrap();
        assert_eq!(lam_alef.base, "\u{644}\u{627}");
        let every: String = ar
            .rows
            .iter()
            .flatten()
            .flat_map(|k| [k.base.as_str(), k.shift.as_str()])
            .collect();
        assert!(
            !every
                .chars()
                .any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
            "no presentation forms: {every}"
        );
        // Shift on the sad key gives tanwin (fathatan), as on a PC.
        assert_eq!(ar.rows[0][1].shift, "\u{64B}");
    }

    #[test]
    fn shift_once_locks_and_releases() {
        let mut kb = Keyboard::from_names(&["en".into(), "ar".into()]).unwrap();
        let w = find(kb.page(), "w");
        let e = find(kb.page(), "e");
        assert_eq!(kb.press(&KeyPress::Shift), None);
        assert_eq!(kb.press(&w), Some(Typed::Insert("W".into())));
        assert_eq!(kb.press(&e), Some(Typed::Insert("e".into())), "one-shot");
        kb.press(&KeyPress::Shift);
        kb.press(&KeyPress::Shift);
        assert_eq!(kb.shift(), Shift::Locked);
        assert_eq!(kb.press(&w), Some(Typed::Insert("W".into())));
        assert_eq!(kb.press(&e), Some(Typed::Insert("E".into())), "locked");
        kb.press(&KeyPress::Shift);
        assert_eq!(kb.shift(), Shift::Off);
    }

    #[test]
    fn the_language_key_cycles_the_settings_layouts() {
        let mut kb = Keyboard::from_names(&["en".into(), "ar".into()]).unwrap();
        assert_eq!(kb.next_layout_name(), Some("العربية"));
        kb.press(&KeyPress::NextLayout);
        assert_eq!(kb.page().name, "العربية");
        assert_eq!(kb.next_layout_name(), Some("English"));
        kb.press(&KeyPress::Symbols);
        assert!(kb.caps().concat().contains(&"،"));
        kb.press(&KeyPress::NextLayout);
        assert_eq!(
            kb.page().name,
            "English",
            "cycles back, leaving the symbols"
        );
        assert_eq!(Keyboard::new(vec![]).next_layout_name(), None);
    }

    #[test]
    fn keyboards_beyond_any_screen_are_refused_with_the_line() {
        let rows = format!(
            "name = \"Big\"\nrows = [\n{}]\n",
            "\"a b c\",\n".repeat(10_000)
        );
        let err = KeyboardLayout::parse(&rows, "big.toml").unwrap_err();
        assert_eq!(err.line, Some(11), "{err}");
        assert!(err.message.contains("10000 rows"), "{err}");
        let key = format!("name = \"Big\"\nrows = [\"a {}\"]\n", "b".repeat(1 << 20));
        let err = KeyboardLayout::parse(&key, "key.toml").unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
        assert!(err.to_string().starts_with("key.toml:2: a key"), "{err}");
    }

    #[test]
    fn mistakes_name_the_file_and_line() {
        let cases = [
            (
                "name = \"X\"\nrows = [\n  \"a b\",\n  \"c\",\n]\nshift = [\n  \"A B\",\n  \"C D\",\n]\n",
                8,
                "shift row 2 has 2 keys but row 2 has 1",
            ),
            (
                "name = \"X\"\nrows = [\"a\"]\ncolour = 1\n",
                3,
                "unknown field",
            ),
            ("name = \"\"\nrows = [\"a\"]\n", 1, "[name] is empty"),
            (
                "name = \"X\"\n\nrows = [\"a\", \"\"]\n",
                3,
                "row 2 has 0 keys",
            ),
            (
                "name = \"X\"\nrows = [\"a\"]\nshift = [\"A\",\n \"B\"]\n",
                4,
                "[shift] has 2 rows",
            ),
        ];
        for (src, line, needle) in cases {
            let err = KeyboardLayout::parse(src, "keyboards/x.toml").unwrap_err();
            assert_eq!(err.line, Some(line), "{src}: {err}");
            assert!(
                err.to_string()
                    .starts_with(&format!("keyboards/x.toml:{line}: "))
            );
            assert!(err.to_string().contains(needle), "{err}");
        }
        let missing = KeyboardLayout::find("klingon").unwrap_err().to_string();
        assert!(missing.contains("en, ar, fa"), "{missing}");
    }
}
