//! The card engine: layout files, text shaped and laid out once, and two back ends (raster
//! and print PDF) that draw the same positioned glyphs.
//!
//! ```text
//! CardText + Photo + Layout ──compose──► Scene ──► raster::render ──► PNG / JPEG
//!                                              └─► pdf::write     ──► print PDF
//! ```

pub mod error;
pub mod field;
pub mod fonts;
pub mod geometry;
pub mod layout;
pub mod pdf;
mod pdf_file;
mod pdf_structure;
pub mod photo;
pub mod raster;
mod resize;
pub mod room;
pub mod scene;
pub mod text;

pub use error::{CardError, LayoutError, TextField};
pub use fonts::Fonts;
pub use layout::Layout;
pub use photo::Photo;
pub use resize::Crop;
pub use scene::{CardText, Scene};

/// A rendered card: the print PDF and the raster copy.
#[derive(Debug, Clone)]
pub struct RenderedCard {
    /// The print PDF.
    pub pdf: Vec<u8>,
    /// The PNG (bleed included), by default at the layout's dpi.
    pub png: Vec<u8>,
    /// The composed page both came from.
    pub scene: Scene,
    /// The decoded raster the PNG holds (the kiosk shows it without decoding the PNG).
    pub image: image::RgbImage,
}

/// Makes cards. Holds the loaded fonts, so build one and keep it.
pub struct CardEngine {
    fonts: Fonts,
}

impl Default for CardEngine {
    fn default() -> Self {
        CardEngine::new()
    }
}

impl CardEngine {
    /// An engine with the bundled fonts and the system's fonts for other scripts and
    /// emoji (indexed on first use).
    pub fn new() -> CardEngine {
        CardEngine {
            fonts: Fonts::load(),
        }
    }

    /// Like [`CardEngine::new`], also looking for faces in `folders`.
    pub fn with_font_folders(folders: &[std::path::PathBuf]) -> CardEngine {
        CardEngine {
            fonts: Fonts::with_folders(&fonts::font_folders(folders)),
        }
    }

    /// An engine with the same fonts for another thread (exports use every core).
    pub fn fork(&self) -> CardEngine {
        CardEngine {
            fonts: self.fonts.fork(),
        }
    }

    /// Lays out the card's text without a photo: `Ok` means it fits and every character
    /// can be printed. The kiosk calls this as the participant types.
    pub fn check_text(
        &mut self,
        layout: &Layout,
        card: &CardText,
    ) -> Result<Vec<text::TextBlock>, CardError> {
        scene::lay_out_texts(&mut self.fonts, layout, card)
    }

    /// Lays out a caption or label (Noto Sans, centred, shrinking to fit) in `rect`.
    pub fn caption(
        &mut self,
        field: TextField,
        text: &str,
        rect: geometry::RectPt,
        max_pt: f32,
    ) -> Result<text::TextBlock, CardError> {
        let spec = layout::TextBoxSpec::caption("Noto Sans", (max_pt / 2.0).max(4.0), max_pt);
        let face = fonts::find_face(
            "Noto Sans",
            fonts::FontStyle::Normal,
            fonts::FontWeight::Regular,
        )
        .unwrap_or(fonts::FaceId(0));
        text::lay_out(&mut self.fonts, field, text, face, &spec, rect)
    }

    /// Composes the page: text laid out, photo cropped and resampled.
    pub fn compose(
        &mut self,
        layout: &Layout,
        card: &CardText,
        portrait: &Photo,
    ) -> Result<Scene, CardError> {
        scene::compose(&mut self.fonts, layout, card, portrait)
    }

    /// Draws a composed page at `dpi`.
    pub fn rasterize(&self, scene: &Scene, dpi: f32) -> Result<image::RgbImage, CardError> {
        raster::render(scene, dpi)
    }

    /// Composes and renders both outputs; the PNG at `png_dpi`, or at the layout's dpi.
    pub fn render(
        &mut self,
        layout: &Layout,
        card: &CardText,
        portrait: &Photo,
        png_dpi: Option<f32>,
    ) -> Result<RenderedCard, CardError> {
        let scene = self.compose(layout, card, portrait)?;
        self.draw(scene, &card_title(card), None, png_dpi)
    }

    /// Like [`CardEngine::render`] from a photo file's bytes (a camera JPEG): the photo
    /// is decoded and fitted on a second core while this one lays out the text, makes the
    /// PDF's fonts and the blank page. `origin` names the photo in errors.
    pub fn render_photo_file(
        &mut self,
        layout: &Layout,
        card: &CardText,
        photo: &[u8],
        origin: &str,
        png_dpi: Option<f32>,
    ) -> Result<RenderedCard, CardError> {
        let title = card_title(card);
        let (texts, started, placed) = std::thread::scope(|s| {
            let placed = s.spawn(|| {
                let portrait = Photo::decode(photo, origin, scene::photo_pixels_needed(layout))?;
                scene::place_photo(layout, &portrait)
            });
            let texts = scene::lay_out_texts(&mut self.fonts, layout, card);
            let started = texts.as_ref().ok().map(|texts| {
                let (w, h) = layout.page_size_pt();
                let dpi = png_dpi.unwrap_or(layout.page.dpi as f32);
                Ok::<_, CardError>(Started {
                    pdf: pdf::start_card(&title, texts)?,
                    canvas: raster::blank(w, h, layout.page.background, dpi),
                })
            });
            (texts, started, joined(placed.join()))
        });
        let scene = scene::assemble(layout, texts?, placed?, card);
        self.draw(scene, &title, started.transpose()?, png_dpi)
    }

    /// Draws both outputs of a composed page: the PDF on a second core while this one
    /// draws and encodes the PNG, from what was `started` before the photo was ready.
    fn draw(
        &self,
        scene: Scene,
        title: &str,
        started: Option<Started>,
        png_dpi: Option<f32>,
    ) -> Result<RenderedCard, CardError> {
        let dpi = png_dpi.unwrap_or(scene.dpi);
        let (pdf, canvas) = started.map(|s| (s.pdf, s.canvas)).unzip();
        let (pdf, raster) = std::thread::scope(|s| {
            let pdf = s.spawn(|| match pdf {
                Some(started) => pdf::finish_card(started, &scene),
                None => pdf::write(&scene, title),
            });
            let image = match canvas {
                Some(mut canvas) => raster::draw(&mut canvas, &scene, dpi).map(|()| canvas),
                None => self.rasterize(&scene, dpi),
            };
            let raster = image.and_then(|image| Ok((raster::encode_png(&image)?, image)));
            (joined(pdf.join()), raster)
        });
        let (png, image) = raster?;
        Ok(RenderedCard {
            pdf: pdf?,
            png,
            scene,
            image,
        })
    }
}

/// What is made of a card before its photo is ready.
struct Started {
    /// The PDF with its fonts.
    pdf: pdf::PdfWriter<Vec<u8>>,
    /// The page in its background colour.
    canvas: image::RgbImage,
}

/// The result of a scoped thread; its panic, if any, carried on to this thread.
fn joined<T>(result: std::thread::Result<T>) -> T {
    result.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Document title of a card's PDF.
pub fn card_title(card: &CardText) -> String {
    match card
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        Some(name) => format!("Portrait of Welcome: {name}"),
        None => "Portrait of Welcome".to_string(),
    }
}

/// Today's date as the card prints it, in the language `tag` (BCP 47): see [`date_in`].
pub fn date_on_card(tag: &str) -> String {
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    date_in(tag, now.date())
}

/// A date as cards print it, in the language `tag`: day, month in words and year of the
/// Gregorian calendar whatever the language's own calendar (cards from one event carry one
/// date), in the language's own digits, as CLDR writes it through ICU4X: "1 December 2026"
/// (English as in Britain, where the booth stands), "1 décembre 2026", "١ ديسمبر ٢٠٢٦".
pub fn date_in(tag: &str, date: time::Date) -> String {
    use icu_calendar::{Date, Gregorian};
    use icu_datetime::FixedCalendarDateTimeFormatter;
    use icu_datetime::fieldsets::YMD;
    let tag = if tag.eq_ignore_ascii_case("en") {
        "en-GB"
    } else {
        tag
    };
    let locale: icu_locale_core::Locale = tag.parse().unwrap_or(icu_locale_core::locale!("en-GB"));
    let formatted =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new((&locale).into(), YMD::long())
            .ok()
            .zip(Date::try_new_gregorian(date.year(), u8::from(date.month()), date.day()).ok())
            .map(|(formatter, date)| formatter.format(&date).to_string());
    // ICU's compiled data covers every language the booth has; anything else gets the
    // plain English form rather than no date.
    formatted.unwrap_or_else(|| {
        date.format(time::macros::format_description!(
            "[day padding:none] [month repr:long] [year]"
        ))
        .unwrap_or_default()
    })
}

/// Resamples a picture to exactly `width` x `height` (thumbnails, previews).
pub fn resize_rgb(
    img: &image::RgbImage,
    width: u32,
    height: u32,
) -> Result<image::RgbImage, CardError> {
    resize::resize(img, None, width, height).map_err(|e| CardError::Encode(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::date_in;

    #[test]
    fn the_date_is_written_in_the_participants_language_on_the_gregorian_calendar() {
        let day = time::macros::date!(2026 - 12 - 01);
        assert_eq!(date_in("en", day), "1 December 2026");
        assert_eq!(date_in("fr", day), "1 décembre 2026");
        assert!(
            date_in("ar", day).contains("ديسمبر"),
            "{}",
            date_in("ar", day)
        );
        // Persian is written on the Gregorian calendar too (December, not Azar).
        let fa = date_in("fa", day);
        assert!(fa.contains("دسامبر") && !fa.contains("آذر"), "{fa}");
        assert!(date_in("zh-Hans", day).contains("2026年12月1日"));
        assert_eq!(date_in("not a tag!", day), "1 December 2026");
    }
}
