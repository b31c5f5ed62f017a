//! Exhibition speed: `exhibition::build` of 48 cards (print PDF, contact sheet, gallery)
//! on every core. `cargo bench --bench exhibition`; whole-process figures at 500 to 2,000
//! cards with peak memory: `scripts/exhibition-scale.sh`.

use criterion::{Criterion, criterion_group, criterion_main};
use welcome_booth::archive::{Archive, Use};
use welcome_booth::publish::exhibition;

#[path = "../tests/common/demo.rs"]
mod demo;

const CARDS: usize = 48;

fn exhibition(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(&dir.path().join("archive")).unwrap();
    let mut card = demo::demo_card("You are welcome here. This city is your home too.", "Amal");
    for n in 0..CARDS {
        card.text.message = format!("You are welcome here, neighbour number {n}.");
        card.save(&mut archive, &Use::ALL);
    }
    let out = dir.path().join("exhibition");
    let mut group = c.benchmark_group("exhibition");
    group.sample_size(10);
    group.bench_function(format!("{CARDS} cards"), |b| {
        b.iter(|| exhibition::build(&archive, &mut card.engine, &out, None, &()).unwrap())
    });
    group.finish();
}

criterion_group!(benches, exhibition);
criterion_main!(benches);
