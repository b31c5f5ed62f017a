//! Fuzzing what the booth reads from outside, as property tests over bytes: the record
//! reader, the bundle reader, and the layout and keyboard parsers take any input without
//! a panic and answer with a value or an error. A bounded number of cases runs with the
//! tests; `PROPTEST_CASES=100000 cargo test --release --test fuzz` runs a long session.
//! Each case tries two inputs (a mutated genuine file and noise) per target.

use proptest::prelude::*;
use welcome_booth::archive::{Archive, CardRecord};
use welcome_booth::card::Layout;
use welcome_booth::card::layout::BUILTIN;
use welcome_booth::kiosk::keyboard::{self, KeyboardLayout};

/// A booth's archive at `root` holding one card, as the booth saves one.
fn booth_with_a_card(root: &std::path::Path) -> (Archive, CardRecord) {
    let mut archive = Archive::open(root).unwrap();
    let card = common_card();
    let record = archive
        .save(welcome_booth::archive::NewCard {
            id: welcome_booth::archive::CardId::new(),
            text: &card.1,
            consent: welcome_booth::archive::Consent::given(&welcome_booth::archive::Use::ALL),
            layout: &card.0,
            photo: &card.2,
            rendered: &card.3,
            story: None,
        })
        .unwrap();
    (archive, record)
}

/// A genuine record, as the booth writes one, to mutate.
fn genuine_record() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    serde_json::to_vec(&booth_with_a_card(dir.path()).1).unwrap()
}

fn common_card() -> (
    Layout,
    welcome_booth::card::CardText,
    Vec<u8>,
    welcome_booth::card::RenderedCard,
) {
    use welcome_booth::card::{CardEngine, CardText, raster, scene};
    let layout = Layout::find("postcard-4x6").unwrap();
    let (w, h) = scene::photo_pixels_needed(&layout);
    let photo =
        raster::encode_jpeg(&welcome_booth::capture::synthetic::portrait(w, h, 1), 85).unwrap();
    let text = CardText {
        message: "Welcome, friend".into(),
        name: Some("Amal".into()),
        event: Some("Museum Night".into()),
        date: Some("1 December 2026".into()),
        ..CardText::default()
    };
    let rendered = CardEngine::new()
        .render_photo_file(&layout, &text, &photo, "demo", None)
        .unwrap();
    (layout, text, photo, rendered)
}

/// `bytes` with some of them replaced, removed or repeated, at places `edits` picks.
fn mutate(bytes: &[u8], edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for &(at, kind, value) in edits {
        if out.is_empty() {
            out.push(value);
            continue;
        }
        let at = at % out.len();
        match kind % 4 {
            0 => out[at] = value,
            1 => drop(out.remove(at)),
            2 => out.insert(at, value),
            _ => {
                let piece: Vec<u8> = out[at..].iter().take(usize::from(value)).copied().collect();
                out.splice(at..at, piece);
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_record_reader_takes_any_bytes(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 0..8),
        noise in proptest::collection::vec(any::<u8>(), 0..256),
    ) {
        static GENUINE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        let genuine = GENUINE.get_or_init(genuine_record);
        for bytes in [mutate(genuine, &edits), noise.clone()] {
            if let Ok(record) = CardRecord::from_json(&bytes) {
                let _ = record.check_untrusted();
                for name in record.files() {
                    prop_assert!(!name.contains('/'), "a record names a path: {name}");
                }
            }
        }
    }

    #[test]
    fn the_layout_and_keyboard_parsers_take_any_text(
        which in 0usize..8,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 0..8),
        noise in "\\PC{0,200}",
    ) {
        let (_, layout) = BUILTIN[which % BUILTIN.len()];
        let (_, keys) = keyboard::BUILTIN[which % keyboard::BUILTIN.len()];
        for src in [
            String::from_utf8_lossy(&mutate(layout.as_bytes(), &edits)).into_owned(),
            noise.clone(),
        ] {
            let _ = Layout::parse(&src, "fuzz.toml", &|name| std::path::PathBuf::from("/nonexistent").join(name));
        }
        for src in [
            String::from_utf8_lossy(&mutate(keys.as_bytes(), &edits)).into_owned(),
            noise.clone(),
        ] {
            let _ = KeyboardLayout::parse(&src, "fuzz.toml");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_bundle_reader_takes_any_bytes(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6),
    ) {
        static GENUINE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        let genuine = GENUINE.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let (archive, _) = booth_with_a_card(&dir.path().join("booth"));
            let out = dir.path().join("b.tar");
            archive.export_bundle(None, &out).unwrap();
            std::fs::read(out).unwrap()
        });
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("mutated.tar");
        // Edits land in the tar headers and the manifest as often as in the photo.
        let edits: Vec<_> = edits.iter().map(|&(at, k, v)| (if k % 2 == 0 { at % 4096 } else { at }, k / 2, v)).collect();
        std::fs::write(&bundle, mutate(genuine, &edits)).unwrap();
        let target = dir.path().join("target");
        let mut archive = Archive::open(&target).unwrap();
        let _ = archive.merge(&mut welcome_booth::card::CardEngine::new(), &bundle);
        // Whatever happened, nothing was written outside the archive.
        let outside: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        prop_assert_eq!(outside.len(), 2, "{:?}", outside);
    }
}
