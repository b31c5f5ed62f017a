//! `welcome-booth render` and `layouts`: making one card from the command line.

use std::path::{Path, PathBuf};

use welcome_booth::capture::synthetic;
use welcome_booth::card::{CardEngine, CardError, CardText, Layout, Photo, raster, scene};
use welcome_booth::fsutil::write_atomic;

use super::args::CardArgs;

/// Lists the built-in layouts with their sizes.
pub(crate) fn layouts() -> anyhow::Result<()> {
    for name in Layout::builtin_names() {
        let l = Layout::find(name)?;
        println!(
            "{:<16} {:>6.1} x {:<6.1} mm  bleed {:.1} mm  {} dpi  {}",
            l.name, l.page.width_mm, l.page.height_mm, l.page.bleed_mm, l.page.dpi, l.description
        );
    }
    Ok(())
}

/// Renders one card into `out`: card.pdf, card.png and, if asked, preview.jpg.
pub(crate) fn render(
    card: &CardArgs,
    preview: bool,
    png_dpi: Option<u16>,
    out: &Path,
) -> anyhow::Result<()> {
    let (layout, text, photo) = prepare(card)?;
    let mut engine = CardEngine::new();
    let rendered = engine.render_photo_file(
        &layout,
        &text,
        &photo.bytes,
        &photo.origin,
        png_dpi.map(f32::from),
    )?;
    std::fs::create_dir_all(out).map_err(|cause| CardError::Write {
        path: out.to_path_buf(),
        cause: match cause.kind() {
            std::io::ErrorKind::AlreadyExists => std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "it is there but is not a folder; give a folder with --out",
            ),
            _ => cause,
        },
    })?;
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
    Ok(())
}

/// A photo file's bytes and how to name it in messages.
pub(crate) struct PhotoFile {
    pub(crate) bytes: Vec<u8>,
    pub(crate) origin: String,
}

/// Layout, card text and the portrait's bytes as captured (the demo portrait without
/// `--photo`).
pub(crate) fn prepare(args: &CardArgs) -> anyhow::Result<(Layout, CardText, PhotoFile)> {
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
        event: args.event.clone().filter(|e| !e.trim().is_empty()),
        date: Some(
            args.date
                .clone()
                .unwrap_or_else(|| welcome_booth::card::date_on_card("en")),
        ),
        translation: args.translation.clone(),
        reference: None,
        language: args.language.map(String::from),
    };
    Ok((layout, text, photo))
}

/// Tells staff when the photo is too small for a sharp print.
pub(crate) fn warn_if_soft(ppi: f32) {
    if ppi < 200.0 {
        eprintln!(
            "note: the photo is enlarged to {ppi:.0} ppi on paper and may print soft; a larger photo prints sharper"
        );
    }
}
