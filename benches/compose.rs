//! From a 12-megapixel camera JPEG to the PNG and PDF of a postcard-4x6 card, whole and
//! stage by stage. `cargo bench --bench compose`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use welcome_booth::capture::synthetic;
use welcome_booth::card::{CardEngine, CardText, Layout, Photo, pdf, photo, raster, scene};

fn camera_jpeg() -> Vec<u8> {
    raster::encode_jpeg(&synthetic::portrait(4000, 3000, 7), 90).unwrap()
}

fn card() -> CardText {
    CardText {
        message: "You are welcome here. This city is your home too, and we are glad you came."
            .into(),
        name: Some("Amal".into()),
        event: Some("Portraits of Welcome".into()),
        date: Some("29 November 2026".into()),
        translation: Some(
            "أنتم موضع ترحيب هنا. هذه المدينة بيتكم أيضًا، ونحن سعداء بقدومكم.".into(),
        ),
        ..CardText::default()
    }
}

fn compose(c: &mut Criterion) {
    let jpeg = camera_jpeg();
    let layout = Layout::find("postcard-4x6").unwrap();
    let card = card();
    let mut engine = CardEngine::new();
    let needed = scene::photo_pixels_needed(&layout);
    let dpi = layout.page.dpi as f32;

    let mut group = c.benchmark_group("postcard-4x6");
    group.sample_size(20);
    group.bench_function("whole card: 12 MP JPEG to PNG + PDF", |b| {
        b.iter(|| {
            let portrait = Photo::decode(&jpeg, "camera", needed).unwrap();
            black_box(engine.render(&layout, &card, &portrait, None).unwrap())
        })
    });

    group.bench_function(
        "whole card from the file's bytes: decode beside text and fonts",
        |b| {
            b.iter(|| {
                black_box(
                    engine
                        .render_photo_file(&layout, &card, &jpeg, "camera", None)
                        .unwrap(),
                )
            })
        },
    );

    group.bench_function("1 decode (DCT-scaled)", |b| {
        b.iter(|| Photo::decode(black_box(&jpeg), "camera", needed).unwrap())
    });
    let portrait = Photo::decode(&jpeg, "camera", needed).unwrap();
    let photo_rect = layout.rect_pt_bled(&layout.photo.rect);
    group.bench_function("2 crop + resize", |b| {
        b.iter(|| photo::place(black_box(&portrait), &layout.photo, photo_rect, dpi).unwrap())
    });
    group.bench_function("3 text layout", |b| {
        b.iter(|| engine.check_text(&layout, black_box(&card)).unwrap())
    });
    let composed = engine.compose(&layout, &card, &portrait).unwrap();
    group.bench_function("4 raster", |b| {
        b.iter(|| engine.rasterize(black_box(&composed), dpi).unwrap())
    });
    let pixels = engine.rasterize(&composed, dpi).unwrap();
    group.bench_function("5 PNG encode", |b| {
        b.iter(|| raster::encode_png(black_box(&pixels)).unwrap())
    });
    group.bench_function("6 PDF write", |b| {
        b.iter(|| pdf::write(black_box(&composed), "bench").unwrap())
    });
    group.finish();

    // The same card's text and both outputs in other scripts: the fallback faces come
    // from the machine's Noto fonts (a CJK collection is large to subset).
    let mut group = c.benchmark_group("message script (text + PNG + PDF, photo placed)");
    group.sample_size(20);
    for (script, message) in [
        (
            "English",
            "You are welcome here, friend. This city is your home too.",
        ),
        (
            "Chinese",
            "欢迎你，朋友。这座城市也是你的家，我们很高兴你来了。",
        ),
        (
            "English with emoji",
            "You are welcome here ❤️ This city is your home too 🏡👋🏽",
        ),
    ] {
        let card = CardText {
            message: message.into(),
            translation: None,
            ..card.clone()
        };
        group.bench_function(script, |b| {
            b.iter(|| black_box(engine.render(&layout, &card, &portrait, None).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, compose);
criterion_main!(benches);
