//! Kiosk speed: the work behind each live preview frame (MJPEG decode and the CPU side of
//! the texture upload), one key press in the message field, the live message check, making
//! the card from a 720p frame, saving it when print is pressed, and one frame of the
//! busiest screen in Arabic with its words set before and set anew, and the time from
//! tapping Listen to the first samples of speech; at a staffed booth, a 24 MP shot written
//! into the hot folder until its thumbnail is ready for the strip, and the interviewer's
//! Send until the kiosk has the quote (the archive's side; the kiosk asks every 0.4 s).
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
use welcome_booth::print::MemoryPrinter;

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
        Box::new(MemoryPrinter::new("booth")),
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

/// One frame of the busiest participant screen, the message screen in Arabic (its title
/// and buttons, the fields, the room meter and 45 keys, every word set by the card engine),
/// on a 1080x1920 screen: the UI thread's work, with the words set before and set anew.
fn screens(c: &mut Criterion) {
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};
    use welcome_booth::kiosk::KioskApp;
    use welcome_booth::kiosk::flow::Step;

    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        archive: dir.path().display().to_string(),
        camera: CameraChoice::Demo,
        countdown_seconds: 0,
        inactivity_seconds: 3600,
        ..Config::default()
    };
    let app = KioskApp::new(config, None, Box::new(MemoryPrinter::new("booth"))).unwrap();
    let mut h = Harness::builder()
        .with_size([1080.0, 1920.0])
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app);
    let ar = welcome_booth::kiosk::i18n::language("ar").unwrap();
    let press = |h: &mut Harness<'_, KioskApp>, label: &str| {
        for _ in 0..3000 {
            match h.query_by_label(label) {
                Some(n) if !n.accesskit_node().is_disabled() => break,
                _ => {
                    h.step();
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
            }
        }
        h.get_by_label(label).click();
        h.run_steps(3);
    };
    press(&mut h, &ar.name);
    press(&mut h, &ar.text("start"));
    press(&mut h, &ar.text("next"));
    press(&mut h, &ar.text("take-photo"));
    while h.state().step() != Step::Review {
        h.step();
    }
    press(&mut h, &ar.text("keep-photo"));
    h.event(egui::Event::Text(
        "أهلاً وسهلاً بكم في مدينتنا، أنتم بين أصدقائكم.".into(),
    ));
    h.run_steps(10);
    assert_eq!(h.state().step(), Step::Message);

    let mut group = c.benchmark_group("message screen in Arabic, 1080x1920, one frame");
    group.bench_function("words set before (a frame while typing)", |b| {
        b.iter(|| h.step())
    });
    group.bench_function("every word set anew (the screen's first frame)", |b| {
        b.iter(|| {
            h.state_mut().forget_words();
            h.step()
        })
    });
    group.finish();
}

/// Tapping Listen: from the request to espeak-ng's first samples piped towards the sound
/// device (the screen's words in Arabic and in English), as the speaker does it.
fn speech(c: &mut Criterion) {
    use std::time::{Duration, Instant};
    use welcome_booth::kiosk::listen::{Screen, words};
    use welcome_booth::kiosk::speech::{Output, Speaker};

    let speaker = Speaker::new(Output::Device);
    let mut group = c.benchmark_group("Listen: tap to first samples");
    group.sample_size(20);
    for tag in ["ar", "en"] {
        let lang = welcome_booth::kiosk::i18n::language(tag).unwrap();
        let text = words(lang, &Screen::Consent);
        let voice = welcome_booth::kiosk::speech::voice_for(tag).unwrap();
        group.bench_function(format!("consent screen in {tag}"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let before = speaker.report().sounded;
                    let asked = Instant::now();
                    speaker.say(&text, voice);
                    while speaker.report().sounded == before {
                        assert!(asked.elapsed() < Duration::from_secs(10), "no sound");
                        std::thread::sleep(Duration::from_micros(200));
                    }
                    total += Duration::from_millis(speaker.report().first_sound_ms.unwrap());
                    speaker.stop();
                }
                total
            })
        });
    }
    group.finish();
}

fn staffed(c: &mut Criterion) {
    let mut group = c.benchmark_group("staffed booth");
    group.sample_size(10);
    let dir = tempfile::tempdir().unwrap();
    let shot = synthetic::portrait(6000, 4000, 3);
    let jpeg = welcome_booth::card::raster::encode_jpeg(&shot, 92).unwrap();
    let watch = welcome_booth::capture::ShotWatch::start(dir.path().to_path_buf(), (640, 480));
    watch.begin(std::time::SystemTime::now() - std::time::Duration::from_secs(1));
    let mut n = 0;
    group.bench_function("24 MP shot written → thumbnail on the strip", |b| {
        b.iter_custom(|iters| {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                let before = watch.changes();
                let started = std::time::Instant::now();
                std::fs::write(dir.path().join(format!("IMG_{n:04}.JPG")), &jpeg).unwrap();
                while watch.changes() == before {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                total += started.elapsed();
            }
            total
        })
    });
    let archive = welcome_booth::archive::Archive::open(&dir.path().join("archive")).unwrap();
    let p = archive
        .participant_started("booth 1", "postcard-4x6")
        .unwrap();
    group.bench_function(
        "interviewer's Send → quote taken by the kiosk (archive)",
        |b| {
            b.iter(|| {
                let now = archive.participant("booth 1").unwrap().unwrap();
                archive
                    .write_for_participant(
                        "booth 1",
                        &p.token,
                        now.version,
                        "Notes",
                        Some("أهلاً بكم"),
                        "Hana",
                    )
                    .unwrap();
                black_box(archive.take_quote(&p).unwrap().unwrap());
            })
        },
    );
    group.finish();
}

criterion_group!(benches, kiosk, screens, speech, staffed);
criterion_main!(benches);
