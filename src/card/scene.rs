//! Composition: a card's content and its layout become a [`Scene`], the single
//! description of the page that both back ends draw. Text is laid out here, once.

use std::sync::Arc;

use image::{RgbImage, RgbaImage};

use super::error::{CardError, TextField};
use super::fonts::Fonts;
use super::geometry::{BoxMm, RectPt, Rgb};
use super::layout::{AttributionPart, Layout, TextBoxSpec, WhenMissing};
use super::photo::{self, Photo, PlacedPhoto};
use super::text::{self, TextBlock};
use crate::language;

/// What a participant (and later a translator) contributes to a card.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CardText {
    /// The message of welcome.
    pub message: String,
    /// First name, if the participant gave one.
    pub name: Option<String>,
    /// The event, e.g. "Museum Night, Leeds".
    pub event: Option<String>,
    /// The date as it should read on the card.
    pub date: Option<String>,
    /// The translation of the message, once there is one.
    pub translation: Option<String>,
    /// The card's short reference, once it has an id in the archive.
    pub reference: Option<String>,
    /// The message's language as the archive keeps it (ISO 639-3), once the booth or the
    /// archive has told it; detected from the message when not.
    pub language: Option<String>,
}

/// Pixels of a placed image.
#[derive(Debug, Clone)]
pub enum Pixels {
    /// Opaque.
    Rgb(Arc<RgbImage>),
    /// With transparency (logos, frames).
    Rgba(Arc<RgbaImage>),
}

impl Pixels {
    /// Width and height in pixels.
    pub fn dimensions(&self) -> (u32, u32) {
        match self {
            Pixels::Rgb(i) => i.dimensions(),
            Pixels::Rgba(i) => i.dimensions(),
        }
    }
}

/// An image and where it goes.
#[derive(Debug, Clone)]
pub struct PlacedImage {
    /// Where on the page, in points.
    pub rect: RectPt,
    /// The pixels, meant to be shown at [`Scene::dpi`].
    pub pixels: Pixels,
    /// What the picture shows, for readers who cannot see it (the PDF's figure
    /// description); `None` for decoration (a background, a frame), which they skip.
    pub alt: Option<String>,
}

/// Everything on one card page, positioned; the input of both back ends.
#[derive(Debug, Clone)]
pub struct Scene {
    /// Layout the scene was made from.
    pub layout_name: String,
    /// Full page width (trim plus bleed), points.
    pub width_pt: f32,
    /// Full page height (trim plus bleed), points.
    pub height_pt: f32,
    /// Bleed on each side, points.
    pub bleed_pt: f32,
    /// Resolution the images were prepared at.
    pub dpi: f32,
    /// Page colour.
    pub background: Rgb,
    /// Images in drawing order: background picture, portrait, overlay.
    pub images: Vec<PlacedImage>,
    /// The text, laid out.
    pub texts: Vec<TextBlock>,
    /// Source pixels per inch of the portrait on paper.
    pub photo_ppi: f32,
}

impl Scene {
    /// The faces the card's text is drawn with, each once, in order of first use.
    pub fn fonts_used(&self) -> Vec<super::fonts::FontUsed> {
        let mut seen = Vec::new();
        for g in self
            .texts
            .iter()
            .flat_map(|b| &b.lines)
            .flat_map(|l| &l.glyphs)
        {
            if !seen.contains(&g.face) {
                seen.push(g.face);
            }
        }
        seen.into_iter()
            .map(|id| super::fonts::FontUsed::of(&id.face()))
            .collect()
    }
}

/// Quotation marks that suit the message's direction.
fn quoted(message: &str) -> String {
    if message.is_empty() {
        return String::new();
    }
    match unicode_bidi::get_base_direction(message) {
        unicode_bidi::Direction::Rtl => format!("«{message}»"),
        _ => format!("“{message}”"),
    }
}

/// The smallest box holding both.
fn union(a: &BoxMm, b: &BoxMm) -> BoxMm {
    let (x, y) = (a.x.min(b.x), a.y.min(b.y));
    BoxMm {
        x,
        y,
        w: (a.x + a.w).max(b.x + b.w) - x,
        h: (a.y + a.h).max(b.y + b.h) - y,
    }
}

/// Lays out every text of the card. Needs no photo: the kiosk calls this as the
/// participant types, to tell them whether the message fits.
pub fn lay_out_texts(
    fonts: &mut Fonts,
    layout: &Layout,
    card: &CardText,
) -> Result<Vec<TextBlock>, CardError> {
    let translation = card
        .translation
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let mut message_box = layout.message.rect;
    if let Some(t) = &layout.translation
        && translation.is_none()
        && t.when_missing == WhenMissing::Nothing
    {
        message_box = union(&message_box, &t.rect);
    }
    let mut blocks = Vec::new();
    let mut add = |field: TextField,
                   spec: &TextBoxSpec,
                   rect: &BoxMm,
                   content: &str|
     -> Result<(), CardError> {
        if !content.trim().is_empty() {
            let block = text::lay_out(
                fonts,
                field,
                content,
                layout.face(spec),
                spec,
                layout.rect_pt(rect),
            )?;
            blocks.push(block);
        }
        Ok(())
    };
    let message = text::normalise(&card.message);
    let message = if layout.message.quotes {
        quoted(&message)
    } else {
        message
    };
    add(TextField::Message, &layout.message, &message_box, &message)?;
    if let (Some(spec), Some(t)) = (&layout.translation, translation) {
        add(TextField::Translation, spec, &spec.rect, t)?;
    }
    if let Some(spec) = &layout.attribution {
        let line = attribution(spec, card);
        add(TextField::Attribution, spec, &spec.rect, &line)?;
    }
    if let Some(spec) = &layout.footer {
        add(
            TextField::Footer,
            spec,
            &spec.rect,
            spec.text.as_deref().unwrap_or_default(),
        )?;
    }
    if let (Some(spec), Some(reference)) = (&layout.reference, &card.reference) {
        let line = format!("ref. {reference}");
        add(TextField::Reference, spec, &spec.rect, &line)?;
    }
    Ok(blocks)
}

/// The language of the message and of the translation, told once the card is drawn (not
/// at each fit check as the participant types: detection costs as much as the layout).
/// The name, event and date line is too short and too mixed for detection ("Amal · Museum
/// Night" reads as Catalan, sure of itself, for its middle dots): the card's furniture
/// takes the document's language.
fn in_their_languages(texts: Vec<TextBlock>, card: &CardText) -> Vec<TextBlock> {
    texts
        .into_iter()
        .map(|block| {
            let lang = match block.field {
                TextField::Message => match &card.language {
                    Some(code) => language::tag(code),
                    None => language::tag(&language::detect(&card.message, None)),
                },
                TextField::Translation => card
                    .translation
                    .as_deref()
                    .and_then(|t| language::tag(&language::detect(t, None))),
                TextField::Attribution | TextField::Footer | TextField::Reference => None,
            };
            TextBlock { lang, ..block }
        })
        .collect()
}

/// The attribution line: the parts the layout asks for that the card has.
fn attribution(spec: &TextBoxSpec, card: &CardText) -> String {
    let parts = spec.parts.as_deref().unwrap_or(&[
        AttributionPart::Name,
        AttributionPart::Event,
        AttributionPart::Date,
    ]);
    let value = |p: &AttributionPart| match p {
        AttributionPart::Name => card.name.as_deref(),
        AttributionPart::Event => card.event.as_deref(),
        AttributionPart::Date => card.date.as_deref(),
    };
    let present: Vec<String> = parts
        .iter()
        .filter_map(value)
        .map(text::normalise)
        .filter(|v| !v.is_empty())
        .collect();
    present.join(spec.separator.as_deref().unwrap_or("  ·  "))
}

/// Pixel size of the layout's photo box, the least a decoded photo needs.
pub fn photo_pixels_needed(layout: &Layout) -> (u32, u32) {
    photo::box_pixels(
        layout.rect_pt_bled(&layout.photo.rect),
        layout.page.dpi as f32,
    )
}

/// Composes the page: text laid out, photo cropped and resampled.
pub fn compose(
    fonts: &mut Fonts,
    layout: &Layout,
    card: &CardText,
    portrait: &Photo,
) -> Result<Scene, CardError> {
    let texts = lay_out_texts(fonts, layout, card)?;
    let placed = place_photo(layout, portrait)?;
    Ok(assemble(layout, texts, placed, card))
}

/// The portrait cropped and resampled for the layout's photo box.
pub fn place_photo(layout: &Layout, portrait: &Photo) -> Result<PlacedPhoto, CardError> {
    photo::place(
        portrait,
        &layout.photo,
        layout.rect_pt_bled(&layout.photo.rect),
        layout.page.dpi as f32,
    )
}

/// The page of `card` from its laid-out text and placed photo, with the layout's pictures,
/// the language of each text and what the photo shows (the card's title, see
/// [`super::card_title`]) for screen readers.
pub fn assemble(
    layout: &Layout,
    texts: Vec<TextBlock>,
    placed: PlacedPhoto,
    card: &CardText,
) -> Scene {
    let (width_pt, height_pt) = layout.page_size_pt();
    let page = RectPt {
        x: 0.0,
        y: 0.0,
        w: width_pt,
        h: height_pt,
    };
    let mut images = Vec::new();
    if let Some(bg) = &layout.background_pixels {
        images.push(PlacedImage {
            rect: page,
            pixels: Pixels::Rgb(bg.clone()),
            alt: None,
        });
    }
    let photo_ppi = placed.effective_ppi;
    images.push(PlacedImage {
        rect: placed.rect,
        pixels: Pixels::Rgb(Arc::new(placed.pixels)),
        alt: Some(super::card_title(card)),
    });
    if let (Some(o), Some(px)) = (&layout.overlay, &layout.overlay_pixels) {
        images.push(PlacedImage {
            rect: layout.rect_pt(&o.rect),
            pixels: Pixels::Rgba(px.clone()),
            alt: None,
        });
    }
    Scene {
        layout_name: layout.name.clone(),
        width_pt,
        height_pt,
        bleed_pt: layout.bleed_pt(),
        dpi: layout.page.dpi as f32,
        background: layout.page.background,
        images,
        texts: in_their_languages(texts, card),
        photo_ppi,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_follow_the_message_direction() {
        assert_eq!(quoted("Welcome"), "“Welcome”");
        assert_eq!(quoted("أهلا Ali"), "«أهلا Ali»");
        assert_eq!(quoted(""), "");
    }

    #[test]
    fn attribution_skips_missing_parts() {
        let layout = Layout::find("postcard-4x6").unwrap();
        let spec = layout.attribution.as_ref().unwrap();
        let card = CardText {
            name: Some(" Amal ".into()),
            date: Some("29 November 2026".into()),
            ..Default::default()
        };
        assert_eq!(attribution(spec, &card), "Amal  ·  29 November 2026");
        assert_eq!(attribution(spec, &CardText::default()), "");
    }

    #[test]
    fn message_uses_the_translation_slot_only_when_allowed() {
        let mut fonts = Fonts::load();
        let card = CardText {
            message: "Welcome".into(),
            ..Default::default()
        };
        let with_translation = CardText {
            translation: Some("أهلا".into()),
            ..card.clone()
        };
        let baseline = |layout: &Layout, card: &CardText, fonts: &mut Fonts| {
            lay_out_texts(fonts, layout, card).unwrap()[0].lines[0].glyphs[0].y
        };
        // postcard-4x6 lets the message grow into the empty slot (centred lower down);
        // a6-bilingual keeps the slot, so adding a translation later moves nothing.
        let postcard = Layout::find("postcard-4x6").unwrap();
        assert!(
            baseline(&postcard, &card, &mut fonts)
                > baseline(&postcard, &with_translation, &mut fonts)
        );
        let a6 = Layout::find("a6-bilingual").unwrap();
        let kept = baseline(&a6, &card, &mut fonts);
        let blocks = lay_out_texts(&mut fonts, &a6, &with_translation).unwrap();
        assert_eq!(blocks[0].lines[0].glyphs[0].y, kept);
        assert_eq!(blocks[1].field, TextField::Translation);
    }
}
