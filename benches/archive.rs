//! Archive speed: saving a card (files + row, rendering excluded), and what lists, the
//! staff screen, the print queue and the curator desk's grid ask of 10,000 records, and
//! erasing one of them.
//! `cargo bench --bench archive`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use welcome_booth::archive::{Archive, CardId, Filter, PrintEntry, PrintState, Use};
use welcome_booth::print::{Cups, cards};

#[path = "../tests/common/demo.rs"]
mod demo;

fn archive(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let card = demo::demo_card("You are welcome here. This city is your home too.", "Amal");
    let mut group = c.benchmark_group("archive");
    group.sample_size(30);
    group.bench_function("save a card (4 files fsynced + row)", |b| {
        b.iter(|| card.save(&mut archive, &Use::ALL))
    });

    // 10,000 records: copies of one card's record under new ids (their sidecars written,
    // their large files not, which listing never reads).
    let template = card.save(&mut archive, &Use::ALL);
    let existing = archive.count().unwrap();
    for i in existing..10_000 {
        let mut record = template.clone();
        record.id = CardId::new();
        // Every 10th card printed, every 100th print failed (the print queue's cards).
        if i % 10 == 0 {
            record.prints.push(PrintEntry {
                at: record.created_at,
                printer: "Booth".into(),
                copies: 1,
                job: Some(i as i32),
                state: if i % 100 == 0 {
                    PrintState::Failed
                } else {
                    PrintState::Completed
                },
                reason: None,
            });
        }
        // Messages differ: one card in a hundred mentions a lighthouse.
        let place = if i % 100 == 7 {
            "lighthouse"
        } else {
            "harbour"
        };
        record.message = format!("Welcome, friend number {i}. Meet us at the {place}.");
        record.event = if i % 2 == 0 {
            "Museum Night".into()
        } else {
            "School Visit".into()
        };
        std::fs::create_dir_all(archive.card_dir(record.id)).unwrap();
        archive.update(&mut record).unwrap();
    }
    assert_eq!(archive.count().unwrap(), 10_000);
    group.bench_function("whole records: all of 10,000", |b| {
        b.iter(|| black_box(archive.list(&Filter::default()).unwrap()))
    });
    group.bench_function("list all of 10,000 (columns)", |b| {
        b.iter(|| black_box(archive.summaries(&Filter::default()).unwrap()))
    });
    let museum = Filter {
        event: Some("Museum Night".into()),
        consent: Some(Use::Exhibition),
        ..Filter::default()
    };
    group.bench_function("list one event's 5,000 of 10,000 (columns)", |b| {
        b.iter(|| black_box(archive.summaries(&museum).unwrap()))
    });
    group.bench_function("today's counters of 10,000", |b| {
        b.iter(|| {
            black_box(
                archive
                    .activity_since("2000-01-01T00:00:00Z".parse().unwrap())
                    .unwrap(),
            )
        })
    });
    group.bench_function("8 newest exhibition cards of 10,000", |b| {
        let exhibition = Filter {
            consent: Some(Use::Exhibition),
            ..Filter::default()
        };
        b.iter(|| black_box(archive.recent(&exhibition, 8).unwrap()))
    });
    group.bench_function("search a word 100 of 10,000 cards have", |b| {
        b.iter(|| black_box(archive.search("lighthouse", 200).unwrap()))
    });
    group.bench_function("search a word every card has (best 50)", |b| {
        b.iter(|| black_box(archive.search("welc", 50).unwrap()))
    });
    let reference = template.id.reference();
    group.bench_function("search by a card's reference in 10,000", |b| {
        b.iter(|| black_box(archive.search(&reference, 50).unwrap()))
    });
    // The desk's grid: one page of 48 with the count of all that match.
    group.bench_function("desk grid: first page of 10,000", |b| {
        b.iter(|| black_box(archive.page(&Filter::default(), 0, 48).unwrap()))
    });
    group.bench_function("desk grid: page 200 of 10,000", |b| {
        b.iter(|| black_box(archive.page(&Filter::default(), 199 * 48, 48).unwrap()))
    });
    let untranslated_museum = Filter {
        event: Some("Museum Night".into()),
        untranslated: true,
        consent: Some(Use::Exhibition),
        ..Filter::default()
    };
    group.bench_function("desk grid: one event, untranslated, exhibition", |b| {
        b.iter(|| black_box(archive.page(&untranslated_museum, 0, 48).unwrap()))
    });
    let words = Filter {
        words: Some("welc harb".into()),
        ..Filter::default()
    };
    group.bench_function("desk grid: words 9,900 cards have", |b| {
        b.iter(|| black_box(archive.page(&words, 0, 48).unwrap()))
    });
    let cups = Cups::local();
    group.bench_function("print queue of 10,000 (100 failed)", |b| {
        b.iter(|| black_box(cards::queue(&mut archive, &cups).unwrap()))
    });
    // Erasure overwrites the rows (secure_delete), drops the words from the search
    // index's segments and empties the journal: its cost among 10,000 cards.
    group.bench_function("erase a card of 10,000 (secure delete, checkpoint)", |b| {
        b.iter_custom(|iters| {
            let mut took = std::time::Duration::ZERO;
            for _ in 0..iters {
                let id = card.save(&mut archive, &Use::ALL).id;
                let start = std::time::Instant::now();
                black_box(archive.erase(id).unwrap());
                took += start.elapsed();
            }
            took
        })
    });
    group.finish();
}

criterion_group!(benches, archive);
criterion_main!(benches);
