//! A rendered demo card ready to save in an archive: shared by tests and benchmarks.

#![allow(dead_code)] // each user takes what it needs

use welcome_booth::archive::{Archive, CardRecord, Consent, NewCard, Use};
use welcome_booth::capture::synthetic;
use welcome_booth::card::{CardEngine, CardText, Layout, Photo, RenderedCard, raster, scene};

/// A postcard with the demo sitter, its photo bytes and the engine that drew it.
pub struct DemoCard {
    pub engine: CardEngine,
    pub layout: Layout,
    pub text: CardText,
    pub photo: Vec<u8>,
    pub rendered: RenderedCard,
}

/// Renders a postcard-4x6 card with this message and name, at "Museum Night".
pub fn demo_card(message: &str, name: &str) -> DemoCard {
    let mut engine = CardEngine::new();
    let layout = Layout::find("postcard-4x6").unwrap();
    let (w, h) = scene::photo_pixels_needed(&layout);
    let portrait = synthetic::portrait(w, h, 1);
    let photo = raster::encode_jpeg(&portrait, 90).unwrap();
    let text = CardText {
        message: message.into(),
        name: Some(name.into()),
        event: Some("Museum Night".into()),
        date: Some("29 November 2026".into()),
        ..CardText::default()
    };
    let rendered = engine
        .render(&layout, &text, &Photo::from_rgb(portrait), None)
        .unwrap();
    DemoCard {
        engine,
        layout,
        text,
        photo,
        rendered,
    }
}

impl DemoCard {
    /// Saves the card with consent for `uses`.
    pub fn save(&self, archive: &mut Archive, uses: &[Use]) -> CardRecord {
        archive
            .save(NewCard {
                id: welcome_booth::archive::CardId::new(),
                text: &self.text,
                consent: Consent::given(uses),
                layout: &self.layout,
                photo: &self.photo,
                rendered: &self.rendered,
                story: None,
            })
            .unwrap()
    }
}
