//! `welcome-booth`: the kiosk and its command-line tools.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use welcome_booth::capture::synthetic;
use welcome_booth::card::{
    CardEngine, CardError, CardText, Layout, LayoutError, Photo, raster, scene,
};
use welcome_booth::fsutil::write_atomic;

#[derive(Parser)]
#[command(
    name = "welcome-booth",
    version,
    about = "Portraits of Welcome: photo booth, card maker and archive"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render one card: writes DIR/card.pdf (print) and DIR/card.png (archive copy).
    Render {
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
            // Problems with what the user gave us exit 2, like a command-line mistake.
            let user_error = err.is::<LayoutError>()
                || err
                    .downcast_ref::<CardError>()
                    .is_some_and(|e| !matches!(e, CardError::Write { .. } | CardError::Encode(_)));
            ExitCode::from(if user_error { 2 } else { 1 })
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
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
            Ok(())
        }
        Command::Render {
            photo,
            message,
            name,
            translation,
            event,
            date,
            layout,
            preview,
            png_dpi,
            out,
        } => {
            let layout = Layout::find(&layout)?;
            let needed = scene::photo_pixels_needed(&layout);
            let portrait = match &photo {
                Some(path) => Photo::open(path, needed)?,
                None => Photo::from_rgb(synthetic::portrait(needed.0, needed.1, 0)),
            };
            let card = CardText {
                message,
                name,
                event: Some(event),
                date: Some(date.unwrap_or_else(today)),
                translation,
            };
            let mut engine = CardEngine::new();
            let rendered = engine.render(&layout, &card, &portrait, png_dpi.map(f32::from))?;
            std::fs::create_dir_all(&out)
                .with_context(|| format!("cannot create the folder {}", out.display()))?;
            let save = |file: &str, bytes: &[u8]| -> Result<PathBuf, CardError> {
                let path = out.join(file);
                write_atomic(&path, bytes).map_err(|source| CardError::Write {
                    path: path.clone(),
                    source,
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
            let ppi = rendered.scene.photo_ppi;
            if ppi < 200.0 {
                eprintln!(
                    "note: the photo is enlarged to {ppi:.0} ppi on paper and may print soft; a larger photo prints sharper"
                );
            }
            for path in written {
                println!("{}", path.display());
            }
            Ok(())
        }
    }
}

/// Today's date as a card shows it, e.g. "29 November 2026" (local time where known).
fn today() -> String {
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    now.format(time::macros::format_description!(
        "[day padding:none] [month repr:long] [year]"
    ))
    .unwrap_or_default()
}
