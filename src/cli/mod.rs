//! The command line: its words in [`args`], each command group carried out by its own
//! module over the library, and the exit status each error earns.

mod archive;
pub(crate) mod args;
mod card;
mod config;
mod desk;
mod exports;
mod output;
mod print;

use std::path::Path;

use welcome_booth::Blame;
use welcome_booth::archive::{Archive, ArchiveError};
use welcome_booth::capture::CaptureError;
use welcome_booth::card::{CardError, LayoutError};
use welcome_booth::desk::DeskError;
use welcome_booth::kiosk::config::{Config, ConfigError};
use welcome_booth::print::PrintError;
use welcome_booth::print::cards::CardPrintError;
use welcome_booth::publish::PublishError;

use args::{ArchiveCommand, Cli, Command};

/// Carries out a command line.
pub(crate) fn run(cli: Cli) -> anyhow::Result<()> {
    let config_path = cli.config.unwrap_or_else(Config::default_path);
    let Some(command) = cli.command else {
        return config::kiosk(config_path, cli.archive, None);
    };
    let archive_dir = cli.archive.clone().unwrap_or_else(Archive::default_dir);
    // Only adding or merging cards may start an archive; every other command reads one.
    let open = || Archive::open_existing(&archive_dir);
    match command {
        Command::Kiosk { camera } => config::kiosk(config_path, cli.archive, camera),
        Command::Config(command) => config::run(&config_path, command),
        Command::Layouts => card::layouts(),
        Command::Render {
            card,
            preview,
            png_dpi,
            out,
        } => card::render(&card, preview, png_dpi, &out),
        Command::Archive(command @ (ArchiveCommand::Add { .. } | ArchiveCommand::Merge { .. })) => {
            archive::run(Archive::open(&archive_dir)?, command)
        }
        Command::Archive(command) => archive::run(open()?, command),
        Command::Translations(command) => archive::translations(open()?, command),
        Command::Exhibition(command) => exports::exhibition(open()?, command),
        Command::Social(command) => exports::social(open()?, &config_path, command),
        Command::Printers => print::printers(),
        Command::Print {
            id,
            printer,
            copies,
        } => print::print(open()?, &id, printer.as_deref(), copies),
        Command::PrintQueue => print::queue(open()?),
        Command::PrintRetry { id } => print::retry(open()?, &id),
        Command::PrintCancel { id } => print::cancel(open()?, &id),
        Command::PrinterResume { queue } => print::resume(&queue),
        Command::Desk { listen, command } => desk::run(&archive_dir, &listen, command),
    }
}

/// Whether an error is the user's to fix (exit status 2, like a command-line mistake)
/// rather than the machine's (1); each of the library's errors says which it is.
pub(crate) fn is_user_mistake(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let blame: Option<&dyn Blame> = if let Some(e) = e.downcast_ref::<ArchiveError>() {
            Some(e)
        } else if let Some(e) = e.downcast_ref::<CardError>() {
            Some(e)
        } else if let Some(e) = e.downcast_ref::<LayoutError>() {
            Some(e)
        } else if let Some(e) = e.downcast_ref::<PrintError>() {
            Some(e)
        } else if let Some(e) = e.downcast_ref::<CardPrintError>() {
            Some(e)
        } else if let Some(e) = e.downcast_ref::<PublishError>() {
            Some(e)
        } else if let Some(e) = e.downcast_ref::<ConfigError>() {
            Some(e)
        } else if let Some(e) = e.downcast_ref::<CaptureError>() {
            Some(e)
        } else if let Some(e) = e.downcast_ref::<DeskError>() {
            Some(e)
        } else {
            None
        };
        blame.is_some_and(Blame::is_user_mistake)
    })
}

/// The settings file's, or the defaults' when there is none yet.
fn settings(config_path: &Path) -> anyhow::Result<Config> {
    Ok(match config_path.exists() {
        true => Config::load(config_path)?,
        false => Config::default(),
    })
}
