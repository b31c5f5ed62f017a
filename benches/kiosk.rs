//! Kiosk speed: the work behind each live preview frame (MJPEG decode and the CPU side of
//! the texture upload), the live message check, making the card from a 720p frame, and
//! saving it when print is pressed. `cargo bench --bench kiosk`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use nokhwa::utils::{FrameFormat, Resolution};
use welcome_booth::archive::Consent;
use welcome_booth::capture::{CameraChoice, Frame, decode, synthetic};
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

    let dir = tempfile::tempdir().unwrap();
    let mut booth = Booth::open(Config {
        archive: dir.path().display().to_string(),
        camera: CameraChoice::Demo,
        ..Config::default()
    })
    .unwrap();
    let frame = Frame::now(still.clone(), Some(jpeg.clone()));
    let message = "You are welcome here. This city is your home too. أهلا وسهلا";
    let mut group = c.benchmark_group("kiosk");
    group.sample_size(20);
    group.bench_function("check the message as it is typed", |b| {
        b.iter(|| booth.check_message(black_box(message), "Amal"))
    });
    group.bench_function("make the card from a 720p frame (PDF + PNG)", |b| {
        b.iter(|| booth.make_card(&frame, message, "Amal").unwrap())
    });
    let draft = booth.make_card(&frame, message, "Amal").unwrap();
    group.bench_function("print pressed: save the card to the archive", |b| {
        b.iter(|| booth.save(&draft, Consent::given(&[])).unwrap())
    });
    group.finish();
}

criterion_group!(benches, kiosk);
criterion_main!(benches);
