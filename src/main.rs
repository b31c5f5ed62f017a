//! `welcome-booth`: the kiosk and its command-line tools.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use welcome_booth::archive::printing::PrintOutcome;
use welcome_booth::archive::{
    Archive, ArchiveError, CardId, CardRecord, CardSummary, Consent, Filter, NewCard, SocialFormat,
    Translation, TranslationStatus, Use,
};
use welcome_booth::capture::synthetic;
use welcome_booth::card::{
    CardEngine, CardError, CardText, Layout, LayoutError, Photo, raster, scene,
};
use welcome_booth::fsutil::write_atomic;
use welcome_booth::kiosk::config::{Config, ConfigError};
use welcome_booth::kiosk::pin;
use welcome_booth::print::{Cups, PrintError};

#[derive(Parser)]
#[command(
    name = "welcome-booth",
    version,
    about = "Portraits of Welcome: photo booth, card maker and archive"
)]
struct Cli {
    /// The archive folder (default: welcome-booth/archive in your data folder).
    #[arg(long, global = true, env = "WELCOME_BOOTH_ARCHIVE")]
    archive: Option<PathBuf>,
    /// The kiosk's settings file (default: welcome-booth/kiosk.toml in your config folder).
    #[arg(long, global = true, env = "WELCOME_BOOTH_CONFIG")]
    config: Option<PathBuf>,
    /// What to do; without one, the kiosk starts.
    #[command(subcommand)]
    command: Option<Command>,
}

/// What goes on a card, as given on the command line.
#[derive(Args)]
struct CardArgs {
    /// The portrait (JPEG or PNG). Without it, the built-in demo portrait is used.
    #[arg(long)]
    photo: Option<PathBuf>,
    /// The participant's message.
    #[arg(long)]
    message: String,
    /// The participant's first name.
    #[arg(long)]
    name: Option<String>,
    /// The translation of the message (e.g. Arabic).
    #[arg(long)]
    translation: Option<String>,
    /// The event shown on the card.
    #[arg(long, default_value = "Portraits of Welcome")]
    event: String,
    /// The date shown on the card (default: today).
    #[arg(long)]
    date: Option<String>,
    /// A built-in layout name (see `welcome-booth layouts`) or a layout .toml file.
    #[arg(long, default_value = "postcard-4x6")]
    layout: String,
}

#[derive(Subcommand)]
enum Command {
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
}

#[derive(Subcommand)]
enum ArchiveCommand {
    /// Make a card and keep it in the archive; prints its id.
    Add {
        #[command(flatten)]
        card: CardArgs,
        /// What the participant agreed to (comma-separated): print, archive, exhibition, social.
        #[arg(long, value_delimiter = ',', required = true)]
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
    /// Withdraw one consent of a card.
    Withdraw {
        /// The card's id.
        id: String,
        /// The use no longer agreed to.
        #[arg(long = "use")]
        use_: Use,
    },
    /// Check the catalog against the files; with --repair, fix what can be fixed.
    Check {
        /// Rebuild rows from sidecars, remove unfinished saves, re-render missing card files.
        #[arg(long)]
        repair: bool,
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
struct FilterArgs {
    /// Only this event.
    #[arg(long)]
    event: Option<String>,
    /// Only cards from this date (YYYY-MM-DD) or later.
    #[arg(long)]
    since: Option<String>,
    /// Only cards without a translation.
    #[arg(long)]
    untranslated: bool,
    /// Only cards with this consent.
    #[arg(long)]
    consent: Option<Use>,
}

impl From<FilterArgs> for Filter {
    fn from(f: FilterArgs) -> Filter {
        Filter {
            event: f.event,
            since: f.since,
            untranslated: f.untranslated,
            consent: f.consent,
        }
    }
}

#[derive(Subcommand)]
enum TranslationsCommand {
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
enum ExhibitionCommand {
    /// Build exhibition.pdf, contact-sheet.pdf and index.html (web gallery) in DIR.
    Build {
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum ConfigCommand {
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
enum SocialCommand {
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

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(if is_user_error(&err) { 2 } else { 1 })
        }
    }
}

/// Problems with what the user gave (a bad layout, photo, id, text, import file) exit 2,
/// like a command-line mistake; failures of the machine (disk, database) exit 1.
fn is_user_error(err: &anyhow::Error) -> bool {
    let card_error = |e: &CardError| !matches!(e, CardError::Write { .. } | CardError::Encode(_));
    let print_error = |e: &PrintError| {
        matches!(
            e,
            PrintError::NoSuchQueue(_) | PrintError::NoDefault | PrintError::MissingFile { .. }
        )
    };
    err.is::<LayoutError>()
        || err.is::<ConfigError>()
        || err.is::<welcome_booth::capture::CaptureError>()
        || err.downcast_ref::<CardError>().is_some_and(card_error)
        || err.downcast_ref::<PrintError>().is_some_and(print_error)
        || err.downcast_ref::<ArchiveError>().is_some_and(|e| match e {
            ArchiveError::BadId(_)
            | ArchiveError::NotFound(_)
            | ArchiveError::PhotoFormat
            | ArchiveError::Import { .. }
            | ArchiveError::Read { .. }
            | ArchiveError::BadDate(_)
            | ArchiveError::Layout(_) => true,
            ArchiveError::Card(c) => card_error(c),
            ArchiveError::Print(p) => print_error(p),
            _ => false,
        })
}

/// The hash of a new staff PIN for the settings file at `path`.
fn pin_hash(path: &std::path::Path, pin: &str) -> Result<String, ConfigError> {
    pin::hash_pin(pin).map_err(|message| ConfigError {
        path: path.display().to_string(),
        line: None,
        message,
    })
}

/// Writes a default settings file with `pin` (or a new random PIN, shown once).
fn init_config(path: &std::path::Path, pin: Option<String>) -> anyhow::Result<()> {
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
        println!("staff PIN: {pin}  (keep it; change it with `welcome-booth config set-pin`)");
    }
    Ok(())
}

fn kiosk(
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

fn run(cli: Cli) -> anyhow::Result<()> {
    let config_path = cli.config.unwrap_or_else(Config::default_path);
    let Some(command) = cli.command else {
        return kiosk(config_path, cli.archive, None);
    };
    let archive_dir = cli.archive.clone().unwrap_or_else(Archive::default_dir);
    let open = || Archive::open(&archive_dir);
    match command {
        Command::Kiosk { camera } => kiosk(config_path, cli.archive, camera)?,
        Command::Config(ConfigCommand::Init { pin, force }) => {
            if config_path.exists() && !force {
                return Err(ConfigError {
                    path: config_path.display().to_string(),
                    line: None,
                    message: "already exists; add --force to replace it, or use `config set-pin` to change the PIN".into(),
                }
                .into());
            }
            init_config(&config_path, pin)?;
        }
        Command::Config(ConfigCommand::SetPin { pin }) => {
            let hash = pin_hash(&config_path, &pin)?;
            Config::load(&config_path)?;
            Config::save_setting(&config_path, "pin_hash", hash.as_str())
                .with_context(|| format!("cannot write {}", config_path.display()))?;
            println!("staff PIN changed in {}", config_path.display());
        }
        Command::Config(ConfigCommand::Check) => {
            let config = Config::load(&config_path)?;
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
        }
        Command::Layouts => {
            for name in Layout::builtin_names() {
                let l = Layout::find(name)?;
                println!(
                    "{:<16} {:>6.1} x {:<6.1} mm  bleed {:.1} mm  {} dpi  {}",
                    l.name,
                    l.page.width_mm,
                    l.page.height_mm,
                    l.page.bleed_mm,
                    l.page.dpi,
                    l.description
                );
            }
        }
        Command::Render {
            card,
            preview,
            png_dpi,
            out,
        } => {
            let (layout, text, photo) = prepare(&card)?;
            let mut engine = CardEngine::new();
            let rendered = engine.render_photo_file(
                &layout,
                &text,
                &photo.bytes,
                &photo.origin,
                png_dpi.map(f32::from),
            )?;
            std::fs::create_dir_all(&out)
                .with_context(|| format!("cannot create the folder {}", out.display()))?;
            let save = |file: &str, bytes: &[u8]| -> Result<PathBuf, CardError> {
                let path = out.join(file);
                write_atomic(&path, bytes).map_err(|cause| CardError::Write {
                    path: path.clone(),
                    cause,
                })?;
                Ok(path)
            };
            let mut written = vec![
                save("card.pdf", &rendered.pdf)?,
                save("card.png", &rendered.png)?,
            ];
            if preview {
                let small = engine.rasterize(&rendered.scene, 100.0)?;
                written.push(save("preview.jpg", &raster::encode_jpeg(&small, 88)?)?);
            }
            warn_if_soft(rendered.scene.photo_ppi);
            for path in written {
                println!("{}", path.display());
            }
        }
        Command::Archive(command) => archive_command(open()?, command)?,
        Command::Translations(TranslationsCommand::Export { file, filter }) => {
            let n = open()?.export_translations(&filter.into(), &file)?;
            println!("{n} message(s) written to {}", file.display());
        }
        Command::Translations(TranslationsCommand::Import { file }) => {
            let changed = open()?.import_translations(&mut CardEngine::new(), &file)?;
            println!(
                "{} translation(s) imported from {}",
                changed.len(),
                file.display()
            );
        }
        Command::Exhibition(ExhibitionCommand::Build { out }) => {
            let bar = progress("exhibition");
            let report = open()?.build_exhibition(&mut CardEngine::new(), &out, &bar)?;
            bar.finish_and_clear();
            println!("{} card(s)", report.cards);
            for path in [report.pdf, report.contact_sheet, report.gallery] {
                println!("{}", path.display());
            }
        }
        Command::Printers => {
            let printers = Cups::local().printers()?;
            println!(
                "{:<20}  {:<10}  {:<9}  reasons",
                "queue", "state", "accepting"
            );
            for p in &printers {
                let mut reasons = p.reasons.clone();
                if !p.message.is_empty() {
                    reasons.push(format!("\"{}\"", p.message));
                }
                println!(
                    "{:<20}  {:<10}  {:<9}  {}",
                    p.name,
                    format!("{:?}", p.state).to_lowercase(),
                    yes(p.accepting),
                    reasons.join(", ")
                );
            }
            if printers.is_empty() {
                println!(
                    "no printer queues; add one with lpadmin or the CUPS web page (http://localhost:631)"
                );
            }
        }
        Command::Print {
            id,
            printer,
            copies,
        } => {
            let outcome = open()?.print(&Cups::local(), id.parse()?, printer.as_deref(), copies)?;
            print_outcome(&outcome);
        }
        Command::PrintQueue => {
            let queue = open()?.print_queue(&Cups::local())?;
            for (id, e) in &queue {
                let job = e
                    .job
                    .map(|j| format!("{}-{j}", e.printer))
                    .unwrap_or_else(|| e.printer.clone());
                println!(
                    "{id}  {job:<16}  {:<10}  {}",
                    e.state,
                    e.reason.as_deref().unwrap_or("")
                );
            }
            println!("{} print(s) not completed", queue.len());
        }
        Command::PrintRetry { id } => {
            print_outcome(&open()?.retry_print(&Cups::local(), id.parse()?)?)
        }
        Command::PrintCancel { id } => {
            let cancelled = open()?.cancel_print(&Cups::local(), id.parse()?)?;
            println!(
                "{}",
                if cancelled {
                    "cancelled"
                } else {
                    "nothing to cancel: no open print for this card"
                }
            );
        }
        Command::PrinterResume { queue } => {
            Cups::local().resume(&queue)?;
            println!("{queue} resumed and accepting jobs");
        }
        Command::Social(SocialCommand::Export { out, format }) => {
            let hashtags = if config_path.exists() {
                Config::load(&config_path)?.hashtags
            } else {
                Config::default().hashtags
            };
            let bar = progress("social");
            let n = open()?.export_social(&mut CardEngine::new(), &out, format, &hashtags, &bar)?;
            bar.finish_and_clear();
            println!("{n} card(s) written to {}", out.display());
        }
    }
    Ok(())
}

fn archive_command(mut archive: Archive, command: ArchiveCommand) -> anyhow::Result<()> {
    match command {
        ArchiveCommand::Add {
            card,
            consent,
            approved,
        } => {
            let (layout, text, photo) = prepare(&card)?;
            let mut engine = CardEngine::new();
            let rendered =
                engine.render_photo_file(&layout, &text, &photo.bytes, &photo.origin, None)?;
            warn_if_soft(rendered.scene.photo_ppi);
            let record = archive.save(NewCard {
                text: &text,
                consent: Consent::given(&consent),
                layout: &layout,
                photo: &photo.bytes,
                rendered: &rendered,
            })?;
            if let Some(translation) = record.translation.as_ref().filter(|_| approved) {
                let mut record = record.clone();
                record.translation = Some(Translation {
                    status: TranslationStatus::Approved,
                    ..translation.clone()
                });
                archive.update(&mut record)?;
            }
            println!("{}", record.id);
        }
        ArchiveCommand::List { filter, json } => {
            if json {
                let cards = archive.list(&filter.into())?;
                println!("{}", serde_json::to_string_pretty(&cards)?);
            } else {
                print_table(&archive.summaries(&filter.into())?);
            }
        }
        ArchiveCommand::Show { id, json } => {
            let record = archive.get(id.parse()?)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&record)?);
            } else {
                print_record(&archive, &record);
            }
        }
        ArchiveCommand::Erase { id } => {
            let id: CardId = id.parse()?;
            for path in archive.erase(id)? {
                println!("removed {}", path.display());
            }
            println!("card {id} erased");
        }
        ArchiveCommand::Withdraw { id, use_ } => {
            let record = archive.withdraw_consent(id.parse()?, use_)?;
            println!("card {}: consent for {use_:?} withdrawn", record.id);
        }
        ArchiveCommand::Check { repair } => {
            let report = if repair {
                archive.repair(&mut CardEngine::new())?
            } else {
                archive.check()?
            };
            print!("{report}");
            if !report.is_clean() {
                anyhow::bail!(
                    "the archive needs attention (see above); `welcome-booth archive check --repair` fixes what it can"
                );
            }
        }
        ArchiveCommand::Rerender { ids, layout } => {
            let layout = layout.as_deref().map(Layout::find).transpose()?;
            let ids: Vec<CardId> = if ids.is_empty() {
                archive
                    .summaries(&Filter::default())?
                    .into_iter()
                    .map(|r| r.id)
                    .collect()
            } else {
                ids.iter().map(|s| s.parse()).collect::<Result<_, _>>()?
            };
            let bar = progress("rerender");
            bar.set_length(ids.len() as u64);
            let mut engine = CardEngine::new();
            for id in &ids {
                archive.rerender(&mut engine, *id, layout.as_ref())?;
                bar.inc(1);
            }
            bar.finish_and_clear();
            println!("{} card(s) re-rendered", ids.len());
        }
    }
    Ok(())
}

/// A photo file's bytes and how to name it in messages.
struct PhotoFile {
    bytes: Vec<u8>,
    origin: String,
}

/// Layout, card text and the portrait's bytes as captured (the demo portrait without
/// `--photo`).
fn prepare(args: &CardArgs) -> anyhow::Result<(Layout, CardText, PhotoFile)> {
    let layout = Layout::find(&args.layout)?;
    let photo = match &args.photo {
        Some(path) => PhotoFile {
            bytes: Photo::read(path)?,
            origin: path.display().to_string(),
        },
        None => {
            let (w, h) = scene::photo_pixels_needed(&layout);
            PhotoFile {
                bytes: raster::encode_jpeg(&synthetic::portrait(w, h, 0), 92)?,
                origin: "the demo portrait".into(),
            }
        }
    };
    let text = CardText {
        message: args.message.clone(),
        name: args.name.clone(),
        event: Some(args.event.clone()),
        date: Some(
            args.date
                .clone()
                .unwrap_or_else(welcome_booth::card::date_on_card),
        ),
        translation: args.translation.clone(),
    };
    Ok((layout, text, photo))
}

fn print_outcome(outcome: &PrintOutcome) {
    match outcome {
        PrintOutcome::Submitted { queue, job } => println!("sent to {queue} as job {queue}-{job}"),
        PrintOutcome::AlreadyQueued(e) => println!(
            "already queued on {} (job {}, {}); not sent again",
            e.printer,
            e.job.map_or("-".to_string(), |j| j.to_string()),
            e.state
        ),
    }
}

fn warn_if_soft(ppi: f32) {
    if ppi < 200.0 {
        eprintln!(
            "note: the photo is enlarged to {ppi:.0} ppi on paper and may print soft; a larger photo prints sharper"
        );
    }
}

fn progress(what: &str) -> ProgressBar {
    let bar = ProgressBar::new(0).with_message(what.to_string());
    if let Ok(style) = ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len} {eta}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Shortens text to `n` characters for a table cell.
fn cell(s: &str, n: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        format!("{}…", flat.chars().take(n - 1).collect::<String>())
    }
}

fn consent_flags(c: &Consent) -> String {
    Use::ALL
        .iter()
        .map(|&u| {
            if c.allows(u) {
                format!("{u:?}").chars().next().unwrap_or('?')
            } else {
                '-'
            }
        })
        .collect()
}

fn print_table(cards: &[CardSummary]) {
    println!(
        "{:<36}  {:<16}  {:<20}  {:<12}  {:<4}  {:<4}  {:<8}  message",
        "id", "created (UTC)", "event", "name", "lang", "PAES", "transl."
    );
    for c in cards {
        println!(
            "{:<36}  {:<16}  {:<20}  {:<12}  {:<4}  {:<4}  {:<8}  {}",
            c.id,
            c.created_at
                .replace('T', " ")
                .get(..16)
                .unwrap_or(&c.created_at),
            cell(&c.event, 20),
            cell(c.name.as_deref().unwrap_or(""), 12),
            c.language,
            consent_flags(&c.consent),
            c.translation.map_or("-", |s| s.as_str()),
            cell(&c.message, 48),
        );
    }
    println!("{} card(s)", cards.len());
}

fn print_record(archive: &Archive, r: &CardRecord) {
    let dir = archive.card_dir(r.id);
    println!("id           {}", r.id);
    println!("created      {}", r.created_at);
    println!("event        {}", r.event);
    println!("name         {}", r.name.as_deref().unwrap_or("-"));
    println!("message      {}", r.message);
    println!("language     {}", r.language);
    println!(
        "consent      print {}, archive {}, exhibition {}, social {} (given {})",
        yes(r.consent.print),
        yes(r.consent.archive),
        yes(r.consent.exhibition),
        yes(r.consent.social),
        r.consent.given_at
    );
    if let Some(at) = &r.consent.changed_at {
        println!("             last withdrawn {at}");
    }
    match &r.translation {
        Some(t) => println!(
            "translation  {} ({}, {})",
            t.text,
            t.status.as_str(),
            t.translator.as_deref().unwrap_or("translator unknown")
        ),
        None => println!("translation  -"),
    }
    println!("layout       {}", r.layout_name);
    println!("prints       {}", r.prints.len());
    for file in r.files() {
        println!("file         {}", dir.join(file).display());
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}
