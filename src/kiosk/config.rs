//! The booth's settings file (TOML). `welcome-booth config init` writes a commented one; staff
//! choices made in the kiosk (camera, layout, printer) are written back into it line by line,
//! so its comments survive.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::capture::CameraChoice;
use crate::card::layout::{field_line, line_of};
use crate::fsutil::write_atomic;

/// The kiosk's settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The event printed on every card ("" prints none: the card's footer already names
    /// Portraits of Welcome).
    pub event: String,
    /// Card layout: a built-in name or a layout .toml file.
    pub layout: String,
    /// CUPS queue; empty means CUPS' default printer.
    pub printer: String,
    /// Copies printed for each participant.
    pub copies: u32,
    /// Camera: auto, demo, webcam:N, folder:/path or still:/path.
    pub camera: CameraChoice,
    /// Seconds counted down before the photo is taken.
    pub countdown_seconds: u32,
    /// How many times a participant may retake their photo.
    pub retakes: u32,
    /// Seconds without a touch or key before the kiosk returns to its start screen and
    /// discards what was not confirmed.
    pub inactivity_seconds: u32,
    /// Seconds before that reset when the participant is asked "Do you need more time?"
    /// (a tap on "I need more time" doubles their time).
    pub more_time_seconds: u32,
    /// Seconds the "take your card" screen stays.
    pub goodbye_seconds: u32,
    /// Seconds without a touch or key before staff mode closes by itself, so the next
    /// visitor never finds it open.
    pub staff_idle_seconds: u32,
    /// Archive folder; empty means the default in the user's data folder.
    pub archive: String,
    /// Argon2 hash of the staff PIN (`welcome-booth config set-pin` writes it).
    pub pin_hash: String,
    /// On-screen keyboards the language key cycles through: built-in names or .toml files.
    /// A participant's own language's keyboard (if it has one) comes first.
    pub keyboards: Vec<String>,
    /// The language each participant starts in (a BCP 47 tag the booth has).
    pub language: String,
    /// The language of the staff screens.
    pub staff_language: String,
    /// The languages the start screen offers, in order (empty: all the booth has).
    pub languages: Vec<String>,
    /// Read each screen aloud as it opens (and each key as it is pressed), for every
    /// participant; each can also ask for it on the start screen.
    pub speak_screens: bool,
    /// Where speech goes: "" for the sound device, or a folder to write it into as WAV
    /// files (to check the voices on a machine without speakers).
    pub speech_folder: String,
    /// Extra folders with fonts for participants' scripts (the system's are always used).
    pub font_folders: Vec<PathBuf>,
    /// Hashtags ending every social media caption (`social export`), without the `#`.
    pub hashtags: Vec<String>,
    /// Whether social media captions carry the participant's story after their message.
    pub social_story: bool,
    /// Whether participants serve themselves, or a photographer and an interviewer work
    /// the booth with them.
    pub mode: BoothMode,
    /// This booth's name on the interviewer's "At the booth" page (each booth sharing an
    /// archive needs its own).
    pub booth_name: String,
}

/// How the booth is worked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoothMode {
    /// Participants take their own portrait and type their own message.
    #[default]
    SelfService,
    /// A photographer picks the shot from a tethered camera's hot folder, and an
    /// interviewer writes the story and the quote from the desk's "At the booth" page.
    Staffed,
}

impl BoothMode {
    /// The word the settings file uses.
    pub fn as_str(self) -> &'static str {
        match self {
            BoothMode::SelfService => "self-service",
            BoothMode::Staffed => "staffed",
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            event: String::new(),
            layout: "postcard-4x6".into(),
            printer: String::new(),
            copies: 1,
            camera: CameraChoice::Auto,
            countdown_seconds: 3,
            retakes: 2,
            inactivity_seconds: 60,
            more_time_seconds: 20,
            goodbye_seconds: 12,
            staff_idle_seconds: 60,
            archive: String::new(),
            pin_hash: String::new(),
            keyboards: vec!["en".into(), "ar".into()],
            language: "en".into(),
            staff_language: "en".into(),
            languages: Vec::new(),
            speak_screens: false,
            speech_folder: String::new(),
            font_folders: Vec::new(),
            hashtags: vec!["PortraitsOfWelcome".into(), "RefugeesWelcome".into()],
            social_story: false,
            mode: BoothMode::SelfService,
            booth_name: "booth".into(),
        }
    }
}

/// A config file that cannot be read or used.
#[derive(Debug, thiserror::Error)]
#[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    /// The file.
    pub path: String,
    /// The line, when known.
    pub line: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

impl crate::Blame for ConfigError {
    fn is_user_mistake(&self) -> bool {
        true
    }
}

impl Config {
    /// Where the kiosk looks for its settings: `welcome-booth/kiosk.toml` in the user's
    /// config folder.
    pub fn default_path() -> PathBuf {
        dirs::config_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("welcome-booth")
            .join("kiosk.toml")
    }

    /// Reads and checks a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let error = |line: Option<usize>, message: String| ConfigError {
            path: path.display().to_string(),
            line,
            message,
        };
        let src = std::fs::read_to_string(path).map_err(|e| {
            error(
                None,
                format!("{e}; run `welcome-booth config init` to write one"),
            )
        })?;
        let config: Config = toml::from_str(&src).map_err(|e| {
            let line = e.span().map(|s| line_of(&src, s.start));
            error(
                line,
                format!(
                    "{}; see `welcome-booth config init` for every setting",
                    e.message().trim()
                ),
            )
        })?;
        let at = |key: &str, message: String| {
            error(field_line(&src, &[key]), format!("[{key}] {message}"))
        };
        let bad = |key: &str, message: &str| Err(at(key, message.to_string()));
        if config.copies == 0 || config.copies > 10 {
            return bad("copies", "must be from 1 to 10");
        }
        if config.countdown_seconds > 10 {
            return bad(
                "countdown_seconds",
                "must be 10 or less, so participants keep still",
            );
        }
        if config.inactivity_seconds < 15 {
            return bad(
                "inactivity_seconds",
                "must be at least 15, so participants can read and type",
            );
        }
        if config.more_time_seconds == 0 || config.more_time_seconds >= config.inactivity_seconds {
            return bad(
                "more_time_seconds",
                "must be at least 1 and less than inactivity_seconds",
            );
        }
        if config.goodbye_seconds == 0 {
            return bad("goodbye_seconds", "must be at least 1");
        }
        if !(10..=3600).contains(&config.staff_idle_seconds) {
            return bad(
                "staff_idle_seconds",
                "must be from 10 to 3600, so staff mode closes before the next visitor comes",
            );
        }
        if !config.pin_hash.is_empty() && !super::pin::is_hash(&config.pin_hash) {
            return bad(
                "pin_hash",
                "is not a PIN hash; set the PIN with `welcome-booth config set-pin`",
            );
        }
        crate::card::Layout::find(&config.layout).map_err(|e| at("layout", e.to_string()))?;
        if config.keyboards.is_empty() {
            return bad(
                "keyboards",
                "names no keyboard; give at least one, e.g. [\"en\"]",
            );
        }
        super::keyboard::Keyboard::from_names(&config.keyboards)
            .map_err(|e| at("keyboards", e.to_string()))?;
        let known = |tag: &str| super::i18n::language(tag).is_some();
        let tags = super::i18n::languages()
            .iter()
            .map(|l| l.tag)
            .collect::<Vec<_>>()
            .join(", ");
        for key in ["language", "staff_language"] {
            let tag = if key == "language" {
                &config.language
            } else {
                &config.staff_language
            };
            if !known(tag) {
                return Err(at(
                    key,
                    format!("\"{tag}\" is not a language the booth has; use one of {tags}"),
                ));
            }
        }
        if let Some(tag) = config.languages.iter().find(|t| !known(t)) {
            return Err(at(
                "languages",
                format!("\"{tag}\" is not a language the booth has; use some of {tags}"),
            ));
        }
        let name = config.booth_name.trim();
        if name.is_empty() || name.chars().count() > 40 || name.chars().any(char::is_control) {
            return bad("booth_name", "must be 1 to 40 characters, e.g. \"booth 1\"");
        }
        if let Some(missing) = config.font_folders.iter().find(|f| !f.is_dir()) {
            return Err(at(
                "font_folders",
                format!(
                    "{} is not a folder; fix the path or remove it",
                    missing.display()
                ),
            ));
        }
        Ok(config)
    }

    /// The archive folder these settings name.
    pub fn archive_dir(&self) -> PathBuf {
        match self.archive.trim() {
            "" => crate::archive::Archive::default_dir(),
            dir => PathBuf::from(dir),
        }
    }

    /// The languages the start screen offers, in order.
    pub fn offered_languages(&self) -> Vec<&'static super::i18n::Language> {
        let all = super::i18n::languages();
        if self.languages.is_empty() {
            return all.iter().collect();
        }
        self.languages
            .iter()
            .filter_map(|t| super::i18n::language(t))
            .collect()
    }

    /// Where the booth's speech goes.
    pub fn speech_output(&self) -> super::speech::Output {
        match self.speech_folder.trim() {
            "" => super::speech::Output::detect(),
            folder => super::speech::Output::Folder(PathBuf::from(folder)),
        }
    }

    /// The CUPS queue, or `None` for CUPS' default.
    pub fn printer_queue(&self) -> Option<&str> {
        Some(self.printer.trim()).filter(|p| !p.is_empty())
    }

    /// A commented config file holding these settings.
    pub fn to_commented_toml(&self) -> String {
        let q = |s: &str| toml::Value::String(s.to_string()).to_string();
        format!(
            r#"# Welcome Booth kiosk settings. Restart the kiosk after editing by hand.

# The event printed on every card, e.g. "Refugee Week 2027, Southbank" ("" = none; the
# card's footer already says Portraits of Welcome).
event = {event}

# Card layout: postcard-4x6, a6-bilingual, or a path to a layout .toml file (see
# `welcome-booth layouts`).
layout = {layout}

# CUPS printer queue ("" = the system's default printer). See `welcome-booth printers`;
# staff can also choose it on the kiosk's staff screen.
printer = {printer}
# Copies printed for each participant.
copies = {copies}

# Camera: "auto" (first webcam, else the demo camera), "demo", "webcam:0",
# "folder:/path" (newest picture a tethered camera writes there) or "still:/path/picture.jpg".
camera = {camera}

# Seconds counted down before the photo, retakes allowed, and seconds without a touch
# before the booth goes back to its start screen (unconfirmed photos are discarded).
countdown_seconds = {countdown}
retakes = {retakes}
inactivity_seconds = {inactivity}
# Seconds before that when the booth asks "Do you need more time?" (a tap on "I need more
# time" doubles the participant's time; only no answer starts over).
more_time_seconds = {more_time}
# Seconds the "take your card" screen stays.
goodbye_seconds = {goodbye}
# Seconds without a touch before staff mode closes by itself.
staff_idle_seconds = {staff_idle}

# Archive folder ("" = the default in your data folder).
archive = {archive}

# On-screen keyboards, in the order the language key cycles them (the participant's own
# language's keyboard always comes first): built-in names (`welcome-booth config check`
# lists them) or the path of a keyboard .toml file (see keyboards/ in the sources).
keyboards = {keyboards}

# The language each participant starts in, the staff screens' language, and the languages
# the start screen offers ([] = all 24 the booth has), as BCP 47 tags: en, ar, fa, fa-AF
# (Dari), ps, ckb (Sorani), ur, ti, am, so, uk, ru, sq, tr, vi, bn, pa, pl, ro, es, pt, fr,
# it, zh-Hans. Staff can change the first two on the staff screen.
language = {language}
staff_language = {staff_language}
languages = {languages}

# Speech (espeak-ng): read each screen aloud as it opens, for every participant (each can
# also choose it on the start screen); and where speech goes ("" = the sound device, or a
# folder where what the booth says is written as WAV files).
speak_screens = {speak_screens}
speech_folder = {speech_folder}

# Extra folders with fonts for participants' scripts and emoji. The system's font folders
# are always searched (bash scripts/setup-debian.sh installs the Noto fonts there).
font_folders = {font_folders}

# Hashtags at the end of every social media caption (`welcome-booth social export`), and
# whether the caption also carries the participant's story from a staffed booth's interview.
hashtags = {hashtags}
social_story = {social_story}

# "self-service": participants take their own portrait and type their own message.
# "staffed": a photographer picks the shot from a tethered camera's hot folder (camera =
# "folder:/path"), and an interviewer writes the participant's story and the quote for the
# card from the desk's "At the booth" page (`welcome-booth desk`, role interviewer).
mode = {mode}
# This booth's name on the "At the booth" page (each booth sharing an archive its own).
booth_name = {booth_name}

# Staff PIN, hashed. Change it with `welcome-booth config set-pin`.
pin_hash = {pin}
"#,
            mode = q(self.mode.as_str()),
            booth_name = q(&self.booth_name),
            event = q(&self.event),
            layout = q(&self.layout),
            printer = q(&self.printer),
            copies = self.copies,
            camera = q(&self.camera.to_string()),
            countdown = self.countdown_seconds,
            retakes = self.retakes,
            inactivity = self.inactivity_seconds,
            more_time = self.more_time_seconds,
            goodbye = self.goodbye_seconds,
            staff_idle = self.staff_idle_seconds,
            archive = q(&self.archive),
            pin = q(&self.pin_hash),
            keyboards = toml::Value::from(self.keyboards.clone()),
            language = q(&self.language),
            staff_language = q(&self.staff_language),
            languages = toml::Value::from(self.languages.clone()),
            speak_screens = self.speak_screens,
            speech_folder = q(&self.speech_folder),
            hashtags = toml::Value::from(self.hashtags.clone()),
            social_story = self.social_story,
            font_folders = toml::Value::from(
                self.font_folders
                    .iter()
                    .map(|f| f.display().to_string())
                    .collect::<Vec<_>>()
            ),
        )
    }

    /// Writes one setting into the file at `path`, keeping every other line as it is. A
    /// file that cannot be read is left alone (rewriting it would lose the PIN hash).
    pub fn save_setting(
        path: &Path,
        key: &str,
        value: impl Into<toml::Value>,
    ) -> std::io::Result<()> {
        let src = std::fs::read_to_string(path)?;
        let line = format!("{key} = {}", value.into());
        let mut replaced = false;
        let mut out: Vec<String> = src
            .lines()
            .map(|l| {
                let is_key = l.split_once('=').is_some_and(|(k, _)| k.trim() == key);
                if is_key && !replaced {
                    replaced = true;
                    line.clone()
                } else {
                    l.to_string()
                }
            })
            .collect();
        if !replaced {
            out.push(line);
        }
        write_atomic(path, (out.join("\n") + "\n").as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_default_reads_back_and_settings_change_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kiosk.toml");
        let config = Config {
            pin_hash: super::super::pin::hash_pin("2468").unwrap(),
            ..Config::default()
        };
        std::fs::write(&path, config.to_commented_toml()).unwrap();
        assert_eq!(Config::load(&path).unwrap(), config);

        Config::save_setting(&path, "camera", "webcam:1").unwrap();
        Config::save_setting(&path, "layout", "a6-bilingual").unwrap();
        let changed = Config::load(&path).unwrap();
        assert_eq!(changed.camera, CameraChoice::Webcam(1));
        assert_eq!(changed.layout, "a6-bilingual");
        Config::save_setting(&path, "keyboards", vec!["ar", "fr"]).unwrap();
        let changed = Config::load(&path).unwrap();
        assert_eq!(changed.keyboards, ["ar", "fr"]);
        assert_eq!(changed.pin_hash, config.pin_hash);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("# Staff PIN, hashed."), "comments are kept");
        let missing = dir.path().join("gone.toml");
        assert!(Config::save_setting(&missing, "camera", "demo").is_err());
        assert!(
            !missing.exists(),
            "an unreadable file is not replaced by a default"
        );
    }

    #[test]
    fn mistakes_name_the_line_and_the_setting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kiosk.toml");
        for (src, line, needle) in [
            (
                "event = \"x\"\ncopies = 0\n",
                2,
                "[copies] must be from 1 to 10",
            ),
            ("camera = \"usb\"\n", 1, "webcam:N"),
            ("\nlayout = \"nope\"\n", 2, "[layout]"),
            ("colour = 1\n", 1, "unknown field"),
            ("pin_hash = \"1234\"\n", 1, "config set-pin"),
            (
                "\nkeyboards = [\"en\", \"xx\"]\n",
                2,
                "[keyboards] xx: no such keyboard",
            ),
        ] {
            std::fs::write(&path, src).unwrap();
            let err = Config::load(&path).unwrap_err();
            assert_eq!(err.line, Some(line), "{src}: {err}");
            assert!(err.to_string().contains(needle), "{src}: {err}");
        }
        let missing = Config::load(&dir.path().join("none.toml"))
            .unwrap_err()
            .to_string();
        assert!(missing.contains("config init"), "{missing}");
    }
}
