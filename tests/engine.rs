//! The card engine as a library: photo orientation, overlays, and no panic on any text.

mod common;

use image::{ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};
use proptest::prelude::*;
use welcome_booth::card::{CardEngine, CardText, Layout, Photo};

/// A JPEG whose EXIF says "rotate 90° clockwise to view" (orientation 6).
fn jpeg_with_orientation_6(img: &RgbImage) -> Vec<u8> {
    // Big-endian TIFF header, one IFD entry: tag 0x0112 (Orientation), SHORT, count 1, value 6.
    let exif = [
        b'M', b'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0,
    ];
    let mut out = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95);
    encoder.set_exif_metadata(exif.to_vec()).unwrap();
    encoder
        .write_image(
            img,
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

#[test]
fn exif_orientation_is_applied() {
    // Stored landscape 64x32, red on the left half: upright it is portrait 32x64,
    // red on the top half.
    let stored = RgbImage::from_fn(64, 32, |x, _| {
        if x < 32 {
            Rgb([220, 0, 0])
        } else {
            Rgb([0, 0, 220])
        }
    });
    let photo = Photo::decode(&jpeg_with_orientation_6(&stored), "rotated.jpg", (32, 64)).unwrap();
    assert_eq!(photo.image.dimensions(), (32, 64));
    assert!(photo.image.get_pixel(16, 8).0[0] > 180, "top should be red");
    assert!(
        photo.image.get_pixel(16, 56).0[2] > 180,
        "bottom should be blue"
    );
}

#[test]
fn background_picture_and_overlay_logo_are_drawn_in_png_and_pdf() {
    let dir = tempfile::tempdir().unwrap();
    // A green square logo with a transparent border, on a pale yellow paper texture.
    let logo = RgbaImage::from_fn(120, 120, |x, y| {
        let inside = (10..110).contains(&x) && (10..110).contains(&y);
        Rgba([0, 200, 0, if inside { 255 } else { 0 }])
    });
    logo.save(dir.path().join("logo.png")).unwrap();
    RgbImage::from_pixel(64, 96, Rgb([250, 240, 200]))
        .save(dir.path().join("paper.png"))
        .unwrap();
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/layouts/postcard-4x6.toml"
    ))
    .unwrap();
    let layout_path = dir.path().join("with-logo.toml");
    let src = src.replace(
        "background = \"#f7f3ec\"",
        "background_image = \"paper.png\"",
    );
    std::fs::write(&layout_path, format!("{src}\n[overlay]\nimage = \"logo.png\"\nbox = {{ x = 80.0, y = 4.0, w = 16.0, h = 16.0 }}\n")).unwrap();
    let layout = Layout::load(&layout_path).unwrap();

    let mut engine = CardEngine::new();
    let photo = Photo::from_rgb(welcome_booth::capture::synthetic::portrait(1200, 1100, 0));
    let card = engine
        .render(
            &layout,
            &CardText {
                message: "Welcome".into(),
                ..Default::default()
            },
            &photo,
            None,
        )
        .unwrap();
    let png = image::load_from_memory(&card.png).unwrap().into_rgb8();
    // Centre of the logo box: 3 mm bleed + 88 mm across, 3 + 12 mm down, at 300 dpi.
    let at = |mm: f32| (mm / 25.4 * 300.0).round() as u32;
    assert_eq!(png.get_pixel(at(91.0), at(15.0)).0, [0, 200, 0]);
    // The logo's transparent border shows the photo beneath; the paper shows in the bleed.
    assert_ne!(png.get_pixel(at(83.3), at(7.3)).0, [0, 200, 0]);
    assert_eq!(png.get_pixel(2, png.height() - 3).0, [250, 240, 200]);

    let pdf = dir.path().join("card.pdf");
    std::fs::write(&pdf, &card.pdf).unwrap();
    let list = common::poppler("pdfimages", &["-list", pdf.to_str().unwrap()]);
    let kinds: Vec<&str> = list
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().nth(2).unwrap())
        .collect();
    assert_eq!(kinds, ["image", "image", "image", "smask"], "{list}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever a participant types (any Unicode, any length up to a few hundred
    /// characters), laying it out returns a verdict and never panics.
    #[test]
    fn any_text_gets_a_verdict(message in "\\PC{0,300}", name in "\\PC{0,40}", translation in proptest::option::of("\\PC{0,200}")) {
        let mut engine = CardEngine::new();
        for layout in Layout::builtin_names().map(|n| Layout::find(n).unwrap()) {
            let card = CardText { message: message.clone(), name: Some(name.clone()), translation: translation.clone(), ..Default::default() };
            let _ = engine.check_text(&layout, &card);
        }
    }

    /// Arabic, Latin, digits, punctuation and controls mixed: same promise.
    #[test]
    fn mixed_scripts_get_a_verdict(message in "[a-zA-Z0-9 ,.!?؟،\\n\\t\u{0621}-\u{064A}\u{064B}-\u{0652}\u{200C}\u{200D}\u{202B}\u{202E}]{0,400}") {
        let mut engine = CardEngine::new();
        let layout = Layout::find("postcard-4x6").unwrap();
        let _ = engine.check_text(&layout, &CardText { message, ..Default::default() });
    }
}

/// A card from a 12 MP camera JPEG as the engine draws it at 72 dpi (the reference was drawn
/// by the engine before photos were decoded with mozjpeg).
fn card_from_a_12_mp_photo() -> RgbImage {
    let camera = welcome_booth::capture::synthetic::portrait(4000, 3000, 5);
    let jpeg = welcome_booth::card::raster::encode_jpeg(&camera, 90).unwrap();
    let layout = Layout::find("postcard-4x6").unwrap();
    let needed = welcome_booth::card::scene::photo_pixels_needed(&layout);
    let photo = Photo::decode(&jpeg, "camera.jpg", needed).unwrap();
    let text = CardText {
        message: "Welcome, neighbour. This city is your home too.".into(),
        name: Some("Amal".into()),
        event: Some("Museum Night".into()),
        date: Some("29 November 2026".into()),
        ..CardText::default()
    };
    CardEngine::new()
        .render(&layout, &text, &photo, Some(72.0))
        .unwrap()
        .image
}

const REFERENCE_CARD: &str = "tests/data/card-12mp-72dpi.png";

#[test]
#[ignore = "writes the reference card: cargo test --test engine -- --ignored write_reference"]
fn write_reference_card() {
    card_from_a_12_mp_photo().save(REFERENCE_CARD).unwrap();
}

#[test]
fn a_card_looks_as_it_did_before_the_faster_decoder() {
    let now = card_from_a_12_mp_photo();
    let before = image::open(REFERENCE_CARD).unwrap().to_rgb8();
    assert_eq!(now.dimensions(), before.dimensions());
    let total: u64 = now
        .as_raw()
        .iter()
        .zip(before.as_raw())
        .map(|(a, b)| u64::from(a.abs_diff(*b)))
        .sum();
    let mean = total as f64 / now.as_raw().len() as f64;
    eprintln!("mean difference from the reference card: {mean:.3} levels");
    assert!(mean < 2.0, "mean difference {mean:.2} levels");
}
