//! The command line as staff and curators meet it: outputs, and one-line errors with exit 2.

mod common;

use std::path::Path;
use std::process::Command;

use common::{booth, run_render};

/// Runs a render that must fail with a user error; returns its one-line message.
fn render_error(dir: &Path, extra: &[&str]) -> String {
    let (result, out) = run_render(dir, extra);
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert_eq!(
        result.status.code(),
        Some(2),
        "expected exit 2, stderr: {stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr}");
    assert!(
        !out.join("card.pdf").exists(),
        "no card may be written on error"
    );
    stderr.trim_end().to_string()
}

#[test]
fn layouts_lists_the_builtin_layouts_with_sizes() {
    let out = booth(&["layouts"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let names: Vec<&str> = text
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "postcard-4x6",
            "a6-bilingual",
            "square-social",
            "portrait-social",
            "story-social",
            "exhibition-a3",
            "classroom-a4-ar"
        ]
    );
    assert!(text.contains("101.6 x 152.4"), "{text}");
}

#[test]
fn render_without_a_photo_uses_the_demo_portrait_and_writes_a_preview() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cards");
    let result = booth(&[
        "render",
        "--message",
        "Welcome",
        "--preview",
        "--layout",
        "square-social",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let png = image::open(out.join("card.png")).unwrap();
    assert_eq!((png.width(), png.height()), (1080, 1080));
    let preview = image::open(out.join("preview.jpg")).unwrap();
    assert_eq!((preview.width(), preview.height()), (360, 360));
}

#[test]
fn too_long_message_says_by_how_much() {
    let dir = tempfile::tempdir().unwrap();
    let message = "Welcome to this city, we are so glad you are here with us. ".repeat(12);
    let err = render_error(dir.path(), &["--message", &message]);
    assert!(
        err.starts_with("error: the message is too long for this card"),
        "{err}"
    );
    assert!(err.contains("shorten it by about"), "{err}");
}

#[test]
fn characters_no_font_has_are_named_with_the_package_to_install() {
    // A machine whose only font folder holds a Devanagari face: Hindi prints, Chinese and
    // emoji are refused with the characters and the Debian packages that draw them.
    let dir = tempfile::tempdir().unwrap();
    let fonts = dir.path().join("fonts");
    std::fs::create_dir(&fonts).unwrap();
    let devanagari = "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf";
    std::fs::copy(devanagari, fonts.join("NotoSansDevanagari-Regular.ttf"))
        .expect("fonts-noto-core is installed (scripts/setup-debian.sh)");
    let render = |message: &str| {
        let out = dir.path().join("out");
        Command::new(env!("CARGO_BIN_EXE_welcome-booth"))
            .args([
                "render",
                "--message",
                message,
                "--out",
                out.to_str().unwrap(),
            ])
            .env("WELCOME_BOOTH_FONTS", &fonts)
            .output()
            .unwrap()
    };
    assert!(render("आपका स्वागत है").status.success());
    let refused = render("欢迎 🌍 friends");
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8(refused.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("欢 (U+6B22), 迎 (U+8FCE), 🌍 (U+1F30D)"),
        "{err}"
    );
    assert!(
        err.contains("install fonts-noto-cjk, fonts-noto-color-emoji"),
        "{err}"
    );
}

#[test]
fn unreadable_photos_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.jpg");
    let result = booth(&[
        "render",
        "--photo",
        missing.to_str().unwrap(),
        "--message",
        "Hi",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(2));
    let err = String::from_utf8(result.stderr).unwrap();
    assert!(
        err.starts_with(&format!(
            "error: cannot use the photo {}",
            missing.display()
        )),
        "{err}"
    );

    let corrupt = dir.path().join("corrupt.jpg");
    std::fs::write(&corrupt, b"\xFF\xD8\xFF\xE0 this is not a photo").unwrap();
    let result = booth(&[
        "render",
        "--photo",
        corrupt.to_str().unwrap(),
        "--message",
        "Hi",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(2));
    assert!(
        String::from_utf8(result.stderr)
            .unwrap()
            .contains("corrupt.jpg")
    );
}

#[test]
fn unknown_layout_names_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let err = render_error(dir.path(), &["--message", "Hi", "--layout", "poster"]);
    assert_eq!(
        err,
        "error: poster: no such layout; use one of postcard-4x6, a6-bilingual, square-social, portrait-social, story-social, exhibition-a3, classroom-a4-ar or the path of a .toml layout file"
    );
}

/// A copy of the built-in postcard with one text replacement, written into `dir`.
fn broken_layout(dir: &Path, from: &str, to: &str) -> String {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/layouts/postcard-4x6.toml"
    ))
    .unwrap();
    assert!(
        src.contains(from),
        "fixture text {from:?} not in the layout"
    );
    let path = dir.join("broken.toml");
    std::fs::write(&path, src.replacen(from, to, 1)).unwrap();
    path.to_str().unwrap().to_string()
}

/// The line on which `needle` stands in the built-in postcard layout.
fn line_of(needle: &str) -> usize {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/layouts/postcard-4x6.toml"
    ))
    .unwrap();
    src.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn bad_layout_files_name_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        // (replace, with, line marker, expected words)
        ("[page]", "[page", "[page", "unclosed table, expected `]`"),
        (
            "background = \"#f7f3ec\"",
            "background = \"beige\"",
            "background = ",
            "not of the form \"#rrggbb\"",
        ),
        (
            "line_spacing = 1.25",
            "line_spaceing = 1.25",
            "line_spacing = 1.25",
            "unknown field `line_spaceing`",
        ),
        (
            "box = { x = 9.0, y = 97.0, w = 83.6, h = 17.0 }",
            "box = { x = 9.0, y = 97.0, w = 95.0, h = 17.0 }",
            "x = 9.0, y = 97.0",
            "[message.box] box { x = 9, y = 97, w = 95, h = 17 } must have a positive size and lie inside the safe area",
        ),
        (
            "font = \"Noto Serif\"",
            "font = \"Comic Sans\"",
            "font = \"Noto Serif\"",
            "[message.font] font \"Comic Sans\"",
        ),
        (
            "size_pt = { min = 8.5, max = 16.0 }",
            "size_pt = { min = 18.0, max = 16.0 }",
            "min = 8.5, max = 16.0",
            "[message.size_pt] size_pt needs 4 <= min <= max",
        ),
        (
            "dpi = 300",
            "dpi = 30",
            "dpi = 300",
            "[page.dpi] dpi must be between 72 and 1200",
        ),
        (
            "height_mm = 152.4",
            "height_mm = inf",
            "height_mm",
            "[page.height_mm] page width and height must be between 20 and 1000 mm",
        ),
    ];
    for (from, to, marker, expected) in cases {
        let path = broken_layout(dir.path(), from, to);
        let err = render_error(dir.path(), &["--message", "Hi", "--layout", &path]);
        let prefix = format!("error: {path}:{}: ", line_of(marker));
        assert!(
            err.starts_with(&prefix),
            "{err}\nshould start with {prefix}"
        );
        assert!(err.contains(expected), "{err}\nshould contain {expected}");
    }
}

#[test]
fn a_missing_overlay_image_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("with-logo.toml");
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/layouts/postcard-4x6.toml"
    ))
    .unwrap();
    std::fs::write(&path, format!("{src}\n[overlay]\nimage = \"logo.png\"\nbox = {{ x = 80.0, y = 4.0, w = 16.0, h = 16.0 }}\n")).unwrap();
    let err = render_error(
        dir.path(),
        &["--message", "Hi", "--layout", path.to_str().unwrap()],
    );
    let line = src.lines().count() + 3;
    assert!(
        err.starts_with(&format!(
            "error: {}:{line}: [overlay.image] cannot read image",
            path.display()
        )),
        "{err}"
    );
}

#[test]
fn config_init_check_and_set_pin_and_their_mistakes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kiosk.toml");
    let config = file.to_str().unwrap();
    let out = booth(&["--config", config, "config", "init"]);
    assert!(out.status.success(), "{out:?}");
    // Not a terminal (a log file, say): the PIN is left in a file only this user can read.
    let printed = String::from_utf8(out.stdout).unwrap();
    let pin_file = dir.path().join("staff-pin.txt");
    assert!(printed.contains(pin_file.to_str().unwrap()), "{printed}");
    let pin = std::fs::read_to_string(&pin_file).unwrap();
    let pin = pin.trim();
    assert!(
        pin.len() == 6 && pin.chars().all(|c| c.is_ascii_digit()),
        "{pin}"
    );
    assert!(
        !printed.contains(pin),
        "the PIN is not in the output: {printed}"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&pin_file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("pin_hash = \"$argon2") && !text.contains(pin),
        "only the hash is kept"
    );
    assert!(
        booth(&["--config", config, "config", "check"])
            .status
            .success()
    );

    let again = booth(&["--config", config, "config", "init"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let short = booth(&["--config", config, "config", "set-pin", "12"]);
    assert_eq!(short.status.code(), Some(2));
    assert!(
        booth(&["--config", config, "config", "set-pin", "97531"])
            .status
            .success()
    );
    assert_ne!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "the hash changed"
    );

    std::fs::write(&file, "event = \"Museum Night\"\ncountdown_seconds = 60\n").unwrap();
    let bad = booth(&["--config", config, "config", "check"]);
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8(bad.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("kiosk.toml:2: [countdown_seconds]"),
        "{stderr}"
    );
}

#[test]
fn archive_add_keeps_the_translation_as_a_draft_or_approved() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    let add = |extra: &[&str]| {
        let mut args = vec![
            "--archive",
            archive.to_str().unwrap(),
            "archive",
            "add",
            "--message",
            "Welcome, neighbour.",
            "--translation",
            "أهلاً بك يا جار.",
            "--consent",
            "print",
        ];
        args.extend_from_slice(extra);
        let out = booth(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let draft = add(&[]);
    let approved = add(&["--approved"]);
    let shown = |id: &str| {
        let out = booth(&[
            "--archive",
            archive.to_str().unwrap(),
            "archive",
            "show",
            id,
        ]);
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(
        shown(&draft).contains("translation  أهلاً بك يا جار. (draft"),
        "{}",
        shown(&draft)
    );
    assert!(
        shown(&approved).contains("(approved"),
        "{}",
        shown(&approved)
    );
    let refused = booth(&[
        "--archive",
        archive.to_str().unwrap(),
        "archive",
        "add",
        "--message",
        "Hi",
        "--consent",
        "print",
        "--approved",
    ]);
    assert!(!refused.status.success(), "--approved needs a translation");
}

/// A card from elsewhere can say the language detection cannot tell (Dari reads as
/// Persian); the archive keeps it and the PDF declares it.
#[test]
fn archive_add_keeps_the_language_given() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().to_str().unwrap();
    let add = |tag: &str| {
        let out = booth(&[
            "--archive",
            archive,
            "archive",
            "add",
            "--message",
            "خوش آمدید، اینجا در میان دوستان هستید.",
            "--language",
            tag,
            "--consent",
            "print",
        ]);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let shown = |id: &str| booth(&["--archive", archive, "archive", "show", id]);
    let dari = add("fa-AF");
    assert!(
        String::from_utf8(shown(&dari).stdout)
            .unwrap()
            .contains("language     prs"),
    );
    let persian = add("fa");
    assert!(
        String::from_utf8(shown(&persian).stdout)
            .unwrap()
            .contains("language     pes"),
    );
    let (refused, _) = run_render(dir.path(), &["--message", "Hi", "--language", "farsi"]);
    let error = String::from_utf8(refused.stderr).unwrap();
    assert_eq!(refused.status.code(), Some(2), "{error}");
    assert!(
        error
            .lines()
            .next()
            .unwrap()
            .contains("'farsi' for '--language <TAG>'"),
        "{error}"
    );
}

/// The reference printed on a card finds it: `archive show` and `archive erase` take it
/// as a participant would read it out; a reference no card has is refused in one line.
#[test]
fn the_reference_printed_on_a_card_finds_it() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().to_str().unwrap();
    let added = booth(&[
        "--archive",
        archive,
        "archive",
        "add",
        "--message",
        "Welcome, friend",
        "--consent",
        "print,archive",
    ]);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let id: welcome_booth::archive::CardId = String::from_utf8(added.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let reference = id.reference();
    let pdf = dir
        .path()
        .join("cards")
        .join(id.to_string())
        .join("card.pdf");
    assert!(common::pdf_text(&pdf).contains(&format!("ref. {reference}")));

    let spoken = reference.to_lowercase().replace('-', " ");
    let shown = booth(&["--archive", archive, "archive", "show", &spoken]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains(&id.to_string()));
    let unknown = booth(&["--archive", archive, "archive", "erase", "ZZZZ-ZZZZ"]);
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert_eq!(unknown.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("no card with the reference ZZZZ-ZZZZ"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
    let erased = booth(&["--archive", archive, "archive", "erase", &reference]);
    assert!(erased.status.success());
    assert!(!pdf.exists());
}
