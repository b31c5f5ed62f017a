//! The command line's words: every command, option and argument (clap types only; each
//! command group is carried out by its own module).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use welcome_booth::archive::Part;
use welcome_booth::archive::{Filter, Role, Use};
use welcome_booth::publish::SocialFormat;

#[derive(Parser)]
#[command(
    name = "welcome-booth",
    version,
    about = "Portraits of Welcome: photo booth, card maker and archive"
)]
pub(crate) struct Cli {
    /// The archive folder (default: welcome-booth/archive in your data folder).
    #[arg(long, global = true, env = "WELCOME_BOOTH_ARCHIVE")]
    pub(crate) archive: Option<PathBuf>,
    /// The kiosk's settings file (default: welcome-booth/kiosk.toml in your config folder).
    #[arg(long, global = true, env = "WELCOME_BOOTH_CONFIG")]
    pub(crate) config: Option<PathBuf>,
    /// What to do; without one, the kiosk starts.
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

/// What goes on a card, as given on the command line.
#[derive(Args)]
pub(crate) struct CardArgs {
    /// The portrait (JPEG or PNG). Without it, the built-in demo portrait is used.
    #[arg(long)]
    pub(crate) photo: Option<PathBuf>,
    /// The participant's message.
    #[arg(long)]
    pub(crate) message: String,
    /// The participant's first name.
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// The translation of the message (e.g. Arabic).
    #[arg(long)]
    pub(crate) translation: Option<String>,
    /// The message's language as a BCP 47 tag (e.g. fa-AF for Dari, which detection
    /// takes for Persian); detected from the message when not given.
    #[arg(long, value_name = "TAG", value_parser = message_language)]
    pub(crate) language: Option<&'static str>,
    /// The event shown on the card (default: none; the footer already says Portraits of
    /// Welcome).
    #[arg(long)]
    pub(crate) event: Option<String>,
    /// The date shown on the card (default: today).
    #[arg(long)]
    pub(crate) date: Option<String>,
    /// A built-in layout name (see `welcome-booth layouts`) or a layout .toml file.
    #[arg(long, default_value = "postcard-4x6")]
    pub(crate) layout: String,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Start the kiosk full screen (the default). Writes a settings file with a new staff
    /// PIN on first start.
    Kiosk {
        /// Use this camera instead of the settings' one: auto, demo, webcam:N, folder:/path.
        #[arg(long)]
        camera: Option<String>,
    },
    /// The kiosk's settings file.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Render one card: writes DIR/card.pdf (print) and DIR/card.png (archive copy).
    Render {
        #[command(flatten)]
        card: CardArgs,
        /// Also write DIR/preview.jpg, a small JPEG for screens.
        #[arg(long)]
        preview: bool,
        /// Resolution of card.png (default: the layout's, 300 for print).
        #[arg(long, value_parser = clap::value_parser!(u16).range(24..=1200))]
        png_dpi: Option<u16>,
        /// Output folder (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// List the built-in layouts with their sizes.
    Layouts,
    /// The archive of every card: add, list, show, erase, check.
    #[command(subcommand)]
    Archive(ArchiveCommand),
    /// The translators' round trip.
    #[command(subcommand)]
    Translations(TranslationsCommand),
    /// The exhibition: print PDF, contact sheet and web gallery of cards with exhibition consent.
    #[command(subcommand)]
    Exhibition(ExhibitionCommand),
    /// Images for social media, of cards with social media consent.
    #[command(subcommand)]
    Social(SocialCommand),
    /// Printer queues with their state and what is wrong, in plain words.
    Printers,
    /// Print a card from the archive (not again while a job for it is still open).
    Print {
        /// The card's id.
        id: String,
        /// The printer queue (default: CUPS' default printer).
        #[arg(long)]
        printer: Option<String>,
        /// Number of copies.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=20))]
        copies: u32,
    },
    /// Prints that are waiting, stopped, failed or cancelled, with the reason.
    PrintQueue,
    /// Send a card again to the queue of its last print.
    PrintRetry {
        /// The card's id.
        id: String,
    },
    /// Cancel a card's open print job.
    PrintCancel {
        /// The card's id.
        id: String,
    },
    /// Resume a stopped printer queue and let it accept jobs (like cupsenable).
    PrinterResume {
        /// The queue.
        queue: String,
    },
    /// The curator desk: a web app for curators and translators, served from the archive
    /// (open the address it prints in a browser; every page needs an account).
    Desk {
        /// Where to listen; 0.0.0.0:8080 lets translators' laptops on the network in.
        #[arg(long, default_value = welcome_booth::desk::DEFAULT_LISTEN)]
        listen: String,
        /// Accounts, instead of serving.
        #[command(subcommand)]
        command: Option<DeskCommand>,
    },
}

#[derive(Subcommand)]
pub(crate) enum DeskCommand {
    /// Add a desk account (or give an existing one a new role and password). The password
    /// is asked for (at a terminal, not shown; else read as one line from standard input).
    AddUser {
        /// The name to log in with.
        name: String,
        /// curator (everything), translator (messages and translations only) or interviewer
        /// (the participants in progress at a staffed booth only).
        #[arg(long, value_parser = str::parse::<Role>)]
        role: Role,
        /// Make up a password and print it once, instead of asking for one.
        #[arg(long)]
        generate: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum ArchiveCommand {
    /// Make a card and keep it in the archive; prints its id.
    Add {
        #[command(flatten)]
        card: CardArgs,
        /// What the participant agreed to (comma-separated): print, archive, exhibition, social.
        #[arg(long, value_delimiter = ',', required = true, value_parser = str::parse::<Use>)]
        consent: Vec<Use>,
        /// Keep the --translation as approved (checked), not as a draft.
        #[arg(long, requires = "translation")]
        approved: bool,
    },
    /// List cards, oldest first.
    List {
        #[command(flatten)]
        filter: FilterArgs,
        /// Print JSON records instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Find cards by a word of their message, name or translation, or by reference.
    Search {
        /// Words (each the start of a word), or a card's id or reference.
        text: String,
        /// At most this many cards.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Show one card.
    Show {
        /// The card's id.
        id: String,
        /// Print the JSON record.
        #[arg(long)]
        json: bool,
    },
    /// Remove every trace of a participant's card (files, record, exports).
    Erase {
        /// The card's id.
        id: String,
    },
    /// Correct a card's message or name (a typo, a participant's request): the card is
    /// drawn again and its record keeps the values before.
    Correct {
        /// The card's id or reference.
        id: String,
        /// The corrected message.
        #[arg(long, required_unless_present = "name")]
        message: Option<String>,
        /// The corrected first name ("" for none).
        #[arg(long)]
        name: Option<String>,
        /// Who is correcting it (kept in the card's history).
        #[arg(long)]
        by: String,
    },
    /// Withdraw one consent of a card.
    Withdraw {
        /// The card's id.
        id: String,
        /// The use no longer agreed to: print, archive, exhibition or social.
        #[arg(long = "use", value_parser = str::parse::<Use>)]
        use_: Use,
    },
    /// Check the catalog against the files; with --repair, fix what can be fixed.
    Check {
        /// Rebuild rows from sidecars, remove unfinished saves, re-render missing card files.
        #[arg(long)]
        repair: bool,
    },
    /// Bring another booth's archive into this one: its folder (copied or synced) or a
    /// bundle file. Cards both hold keep the newer version of each part; erasures travel.
    Merge {
        /// The other archive's folder, or a bundle made by `archive export-bundle`.
        source: PathBuf,
    },
    /// Write one file of the cards made or changed, and the erasures made, since a date,
    /// to carry to the curators' archive (`archive merge FILE` there).
    ExportBundle {
        /// Only cards changed and erasures made on this date (YYYY-MM-DD) or later.
        #[arg(long)]
        since: Option<String>,
        /// The bundle file to write (a tar file).
        #[arg(long)]
        out: PathBuf,
    },
    /// Parts of cards that two archives both changed, left by merges for a curator.
    Conflicts,
    /// Settle a conflict: keep this archive's version of the part, or take the other's.
    Resolve {
        /// The card's id.
        id: String,
        /// The part in conflict: text, translation or layout.
        #[arg(value_parser = str::parse::<Part>)]
        part: Part,
        /// Whose version to keep.
        #[arg(long, value_parser = ["ours", "theirs"])]
        keep: String,
    },
    /// Re-render cards (all, or the given ids), e.g. bilingual once a translation is approved.
    Rerender {
        /// Card ids (default: every card).
        ids: Vec<String>,
        /// Use this layout instead of each card's own.
        #[arg(long)]
        layout: Option<String>,
    },
}

#[derive(Args)]
pub(crate) struct FilterArgs {
    /// Only this event.
    #[arg(long)]
    pub(crate) event: Option<String>,
    /// Only cards from this date (YYYY-MM-DD) or later.
    #[arg(long)]
    pub(crate) since: Option<String>,
    /// Only cards without a translation.
    #[arg(long)]
    pub(crate) untranslated: bool,
    /// Only cards with this consent: print, archive, exhibition or social.
    #[arg(long, value_parser = str::parse::<Use>)]
    pub(crate) consent: Option<Use>,
}

impl From<FilterArgs> for Filter {
    fn from(f: FilterArgs) -> Filter {
        Filter {
            event: f.event,
            since: f.since,
            untranslated: f.untranslated,
            consent: f.consent,
            ..Filter::default()
        }
    }
}

#[derive(Subcommand)]
pub(crate) enum TranslationsCommand {
    /// Write a CSV for translators (id, message, translation, status, translator).
    Export {
        /// The CSV file to write.
        file: PathBuf,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Read the translators' CSV back: all rows or none.
    Import {
        /// The CSV file to read.
        file: PathBuf,
    },
}

#[derive(Subcommand)]
pub(crate) enum ExhibitionCommand {
    /// Build exhibition.pdf, contact-sheet.pdf and index.html (web gallery) in DIR.
    Build {
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
        /// Render every card in this layout (e.g. exhibition-a3 posters, classroom-a4-ar)
        /// instead of each card's own.
        #[arg(long)]
        layout: Option<String>,
    },
    /// The cards the exhibition shows, in order, and those left out.
    List,
    /// Leave cards out of the exhibition.
    Exclude {
        /// Card ids or references.
        #[arg(required = true)]
        cards: Vec<String>,
    },
    /// Put cards back in (only cards whose participants agreed to the exhibition).
    Include {
        /// Card ids or references.
        #[arg(required = true)]
        cards: Vec<String>,
    },
    /// Hang these cards first, in this order; the rest follow as before.
    Order {
        /// Card ids or references.
        #[arg(required = true)]
        cards: Vec<String>,
    },
}

#[derive(Subcommand)]
pub(crate) enum ConfigCommand {
    /// Write a commented settings file with every setting at its default.
    Init {
        /// The staff PIN (4 to 12 digits); without it a random one is made and shown once.
        #[arg(long, env = "WELCOME_BOOTH_PIN")]
        pin: Option<String>,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Change the staff PIN (the file keeps only its hash).
    SetPin {
        /// The new PIN, 4 to 12 digits.
        pin: String,
    },
    /// Show where the settings file is and check it.
    Check,
}

#[derive(Subcommand)]
pub(crate) enum SocialCommand {
    /// Write a JPEG, a caption (bilingual once a translation is approved, with the
    /// settings' hashtags) and an alt text per card in DIR.
    Export {
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
        /// square (1080 x 1080), portrait (1080 x 1350) or story (1080 x 1920).
        #[arg(long, default_value = "portrait", value_parser = str::parse::<SocialFormat>)]
        format: SocialFormat,
    },
}

/// A `--language` tag as the archive keeps the language (ISO 639-3).
fn message_language(tag: &str) -> Result<&'static str, String> {
    welcome_booth::language::from_tag(tag).ok_or_else(|| {
        "no language has that tag; use one such as en, ar, fa-AF (Dari), ckb (Sorani), ti (Tigrinya)"
            .to_string()
    })
}
