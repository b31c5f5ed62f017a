//! `welcome-booth kiosk` and `config`: starting the kiosk, and its settings file.

use std::path::{Path, PathBuf};

use anyhow::Context;
use welcome_booth::fsutil::write_atomic;
use welcome_booth::kiosk::config::{Config, ConfigError};
use welcome_booth::kiosk::pin;

use super::args::ConfigCommand;

/// Starts the kiosk, writing a settings file with a new staff PIN on first start.
pub(crate) fn kiosk(
    config_path: PathBuf,
    archive: Option<PathBuf>,
    camera: Option<String>,
) -> anyhow::Result<()> {
    if !config_path.exists() {
        init_config(&config_path, None)?;
    }
    let mut config = Config::load(&config_path)?;
    if let Some(dir) = archive {
        config.archive = dir.display().to_string();
    }
    if let Some(camera) = camera {
        config.camera = camera.parse()?;
    }
    welcome_booth::kiosk::run(config, config_path)
}

/// `config init`, `config set-pin`, `config check`.
pub(crate) fn run(config_path: &Path, command: ConfigCommand) -> anyhow::Result<()> {
    match command {
        ConfigCommand::Init { pin, force } => {
            if config_path.exists() && !force {
                return Err(ConfigError {
                    path: config_path.display().to_string(),
                    line: None,
                    message: "already exists; add --force to replace it, or use `config set-pin` to change the PIN".into(),
                }
                .into());
            }
            init_config(config_path, pin)?;
        }
        ConfigCommand::SetPin { pin } => {
            let hash = pin_hash(config_path, &pin)?;
            Config::load(config_path)?;
            Config::save_setting(config_path, "pin_hash", hash.as_str())
                .with_context(|| format!("cannot write {}", config_path.display()))?;
            println!("staff PIN changed in {}", config_path.display());
        }
        ConfigCommand::Check => {
            let config = Config::load(config_path)?;
            println!("{}: ok", config_path.display());
            println!("archive: {}", config.archive_dir().display());
            println!(
                "camera: {}  layout: {}  printer: {}",
                config.camera,
                config.layout,
                config.printer_queue().unwrap_or("(system default)")
            );
            if config.pin_hash.is_empty() {
                println!("no staff PIN set: run `welcome-booth config set-pin`");
            }
            languages_report(&config);
        }
    }
    Ok(())
}

/// What `config check` says of the languages: each one's review status, the messages it
/// lacks (shown in English) and any whose variables differ from English's.
fn languages_report(config: &Config) {
    use welcome_booth::kiosk::i18n;
    println!(
        "languages: participants start in {}, staff screens in {}",
        config.language, config.staff_language
    );
    for lang in config.offered_languages() {
        let review = lang.review();
        let status = if lang.tag == i18n::ENGLISH {
            "source"
        } else if lang.awaiting_review {
            "awaiting review by a native speaker"
        } else {
            "reviewed"
        };
        println!("  {} ({}): {status}", lang.tag, lang.name);
        if !review.missing.is_empty() {
            println!(
                "    {} messages shown in English: {}",
                review.missing.len(),
                review.missing.join(", ")
            );
        }
        if !review.variables_differ.is_empty() {
            println!(
                "    variables differ from English in: {}",
                review.variables_differ.join(", ")
            );
        }
    }
}

/// The hash of a new staff PIN for the settings file at `path`.
fn pin_hash(path: &Path, pin: &str) -> Result<String, ConfigError> {
    pin::hash_pin(pin).map_err(|message| ConfigError {
        path: path.display().to_string(),
        line: None,
        message,
    })
}

/// Writes a default settings file with `pin` (or a new random PIN, shown once).
fn init_config(path: &Path, pin: Option<String>) -> anyhow::Result<()> {
    let (pin, shown) = match pin {
        Some(pin) => (pin, false),
        None => {
            use password_hash::rand_core::RngCore;
            let n = password_hash::rand_core::OsRng.next_u32() % 1_000_000;
            (format!("{n:06}"), true)
        }
    };
    let config = Config {
        pin_hash: pin_hash(path, &pin)?,
        ..Config::default()
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    write_atomic(path, config.to_commented_toml().as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!("wrote {}", path.display());
    if shown {
        show_new_pin(path, &pin)?;
    }
    Ok(())
}

/// Shows a new staff PIN to the person at the terminal, and only to them: when the output
/// goes to a log file (a kiosk started by a desktop session, say), the PIN goes instead into
/// a file beside the settings that only this user can read.
fn show_new_pin(config_path: &Path, pin: &str) -> anyhow::Result<()> {
    use std::io::{IsTerminal, Write};
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    if std::io::stdout().is_terminal() {
        println!("staff PIN: {pin}  (keep it; change it with `welcome-booth config set-pin`)");
        return Ok(());
    }
    let file = config_path.with_file_name(PIN_FILE);
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&file)
        .with_context(|| format!("cannot write {}", file.display()))?;
    out.set_permissions(std::fs::Permissions::from_mode(0o600))
        .and_then(|()| writeln!(out, "{pin}"))
        .with_context(|| format!("cannot write {}", file.display()))?;
    println!(
        "the new staff PIN is in {} (only you can read it): note it, then delete the file",
        file.display()
    );
    Ok(())
}

/// The file a new staff PIN is left in when there is no terminal to show it on.
const PIN_FILE: &str = "staff-pin.txt";
