//! Kiosk speed: the work behind each live preview frame (MJPEG decode and the CPU side of
//! the texture upload), one key press in the message field, the live message check, making
//! the card from a 720p frame, and saving it when print is pressed.
//! `cargo bench --bench kiosk`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use nokhwa::utils::{FrameFormat, Resolution};
use welcome_booth::archive::Consent;
use welcome_booth::capture::{CameraChoice, Frame, decode, synthetic};
use welcome_booth::card::Fonts;
use welcome_booth::card::field::{FieldStyle, GlyphCache, lay_out_field};
use welcome_booth::card::fonts::{FontStyle, FontWeight, find_face};
use welcome_booth::card::geometry::Rgb;
use welcome_booth::kiosk::booth::Booth;
use welcome_booth::kiosk::config::Config;

fn kiosk(c: &mut Criterion) {
    let still = synthetic::portrait(1280, 720, 7);
    let mut jpeg = Vec::new();
    still
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    let buffer = nokhwa::Buffer::new(Resolution::new(1280, 720), &jpeg, FrameFormat::MJPEG);

    let mut group = c.benchmark_group("preview frame 1280x720");
    group.bench_function("MJPEG decode (camera thread)", |b| {
        b.iter(|| decode(black_box(&buffer)).unwrap())
    });
    group.bench_function("to egui ColorImage (UI thread, before upload)", |b| {
        b.iter(|| egui::ColorImage::from_rgb([1280, 720], black_box(still.as_raw())))
    });
    group.finish();

    // One key press on the UI thread: the whole field laid out again (shaping, bidi, line
    // breaks) and its three visible lines drawn, ready to upload.
    let mut fonts = Fonts::load();
    let style = FieldStyle {
        face: find_face("Noto Serif", FontStyle::Italic, FontWeight::Regular).unwrap(),
        size_px: 34.0,
        line_spacing: 1.35,
        centred: false,
    };
    let sentence = "Welcome, neighbour, أهلا وسهلا بكم في مدينتنا. You are home here. ";
    let long: String = sentence.chars().cycle().take(300).collect();
    let colors = (Rgb([255, 255, 255]), Rgb([40, 36, 32]));
    let mut cache = GlyphCache::default();
    c.bench_function(
        "key press: 300-character mixed message laid out and drawn",
        |b| {
            b.iter(|| {
                let field = lay_out_field(&mut fonts, black_box(&long), style, 1230.0);
                let caret = field.caret(long.len());
                let scroll = (caret.top + caret.height - 138.0).max(0.0);
                field.draw(&mut cache, (1230, 138), scroll, colors)
            })
        },
    );
    c.bench_function("key press, layout part: shaping, bidi, line breaks", |b| {
        b.iter(|| lay_out_field(&mut fonts, black_box(&long), style, 1230.0))
    });
    let field = lay_out_field(&mut fonts, &long, style, 1230.0);
    c.bench_function("key press, drawing part: three visible lines", |b| {
        b.iter(|| field.draw(&mut cache, (1230, 138), black_box(0.0), colors))
    });

    let dir = tempfile::tempdir().unwrap();
    let mut booth = Booth::open(
        Config {
            archive: dir.path().display().to_string(),
            camera: CameraChoice::Demo,
            ..Config::default()
        },
        None,
    )
    .unwrap();
    let frame = Frame::now(still.clone(), Some(jpeg.clone()));
    let message = "You are welcome here. This city is your home too. أهلا وسهلا";
    let mut group = c.benchmark_group("kiosk");
    group.sample_size(20);
    group.bench_function("check the message as it is typed", |b| {
        b.iter(|| booth.check_message(black_box(message), "Amal", "en"))
    });
    group.bench_function("make the card from a 720p frame (PDF + PNG)", |b| {
        b.iter(|| booth.make_card(&frame, message, "Amal", "en").unwrap())
    });
    let draft = booth.make_card(&frame, message, "Amal", "en").unwrap();
    group.bench_function("print pressed: save the card to the archive", |b| {
        b.iter(|| booth.save(&draft, Consent::given(&[])).unwrap())
    });
    group.finish();
}

criterion_group!(benches, kiosk);
criterion_main!(benches);
