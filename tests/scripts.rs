//! Every participant's language on every built-in layout (tests/data/welcome.tsv: one
//! sentence of welcome in each of 30 languages, and one with emoji): drawn with no empty
//! boxes, inside the card's safe area, and read back from the print PDF with poppler.

mod common;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use welcome_booth::capture::synthetic;
use welcome_booth::card::{CardEngine, CardError, CardText, Layout, Photo};

fn corpus() -> Vec<(&'static str, &'static str)> {
    include_str!("data/welcome.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect()
}

fn card(message: &str) -> CardText {
    CardText {
        message: message.into(),
        name: Some("Amal".into()),
        event: Some("Museum Night".into()),
        date: Some("29 November 2026".into()),
        translation: None,
        reference: None,
    }
}

/// A card whose name, event and date are in Arabic too, so that it reads right to left.
fn arabic_card(message: &str) -> CardText {
    CardText {
        name: Some("أمل".into()),
        event: Some("أهلاً وسهلاً بكم في متحف المدينة".into()),
        date: Some("٢٩ نوفمبر ٢٠٢٦".into()),
        ..card(message)
    }
}

/// Text as compared: NFC, without the quotation marks the card adds, without whitespace
/// (a line break in Thai or Chinese is not a space the participant typed) and without the
/// invisible bidi controls poppler adds.
fn comparable(s: &str) -> String {
    common::squash(s)
        .nfc()
        .filter(|c| !c.is_whitespace() && !matches!(c, '“' | '”' | '«' | '»'))
        .collect()
}

/// Whether a sentence holds Hebrew or Arabic-script letters.
fn has_rtl(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

#[test]
fn every_language_prints_on_every_layout_and_reads_back() {
    let mut engine = CardEngine::new();
    let photo = Photo::from_rgb(synthetic::portrait(600, 800, 1));
    let dir = tempfile::tempdir().unwrap();
    let mut mutool = Vec::new();
    for name in Layout::builtin_names() {
        let layout = Layout::find(name).unwrap();
        let (page_w, page_h) = layout.page_size_pt();
        let margin = layout.bleed_pt();
        for (language, sentence) in corpus() {
            let rendered = engine
                .render(&layout, &card(sentence), &photo, Some(72.0))
                .unwrap_or_else(|e| panic!("{language} on {name}: {e}"));
            for g in rendered
                .scene
                .texts
                .iter()
                .flat_map(|b| &b.lines)
                .flat_map(|l| &l.glyphs)
            {
                assert_ne!(g.gid, 0, "{language} on {name}: an empty box (.notdef)");
                assert!(
                    g.x >= margin && g.x + g.advance <= page_w - margin + 0.5,
                    "{language} on {name}: glyph outside the card at x {}",
                    g.x
                );
                assert!(
                    g.y > margin && g.y < page_h - margin,
                    "{language} on {name}"
                );
            }
            let pdf = dir.path().join(format!("{language}-{name}.pdf"));
            std::fs::write(&pdf, &rendered.pdf).unwrap();
            let text = comparable(&common::pdf_text(&pdf));
            if has_rtl(sentence) {
                // poppler orders a line by the direction most of the page's letters have,
                // and treats "," "." and "،" as digits: on a card whose other lines are
                // English, an Arabic or Hebrew line comes back with its clauses swapped
                // around a comma, and a haraka of a word beside English may move to the
                // word's other end. Each word's letters still come back in their order…
                let letters = |s: &str| -> String {
                    comparable(s)
                        .chars()
                        .filter(|c| c.is_alphabetic() || c.is_numeric())
                        .filter(|c| !matches!(u32::from(*c), 0x064B..=0x065F | 0x0670))
                        .collect()
                };
                let text = letters(&text);
                for word in sentence.split_whitespace() {
                    let word = letters(word);
                    assert!(
                        text.contains(&word),
                        "{language} on {name}: {word} not in {text}"
                    );
                }
                // …and on a card that reads right to left as a whole, the sentence comes
                // back exactly, marks, commas and any English words in their places.
                let rendered = engine
                    .render(&layout, &arabic_card(sentence), &photo, Some(72.0))
                    .unwrap_or_else(|e| panic!("{language} on {name} (Arabic card): {e}"));
                std::fs::write(&pdf, &rendered.pdf).unwrap();
                let text = comparable(&common::pdf_text(&pdf));
                assert!(
                    text.contains(&comparable(sentence)),
                    "{language} on {name} (Arabic card): {text}"
                );
            } else {
                assert!(
                    text.contains(&comparable(sentence)),
                    "{language} on {name}: {text}"
                );
            }
            if name == "postcard-4x6" {
                let out = std::process::Command::new("mutool")
                    .args(["draw", "-F", "txt", pdf.to_str().unwrap()])
                    .output();
                let exact = out.is_ok_and(|o| {
                    comparable(&String::from_utf8_lossy(&o.stdout)).contains(&comparable(sentence))
                });
                mutool.push(format!(
                    "{language}: {}",
                    if exact { "exact" } else { "differs" }
                ));
            }
        }
    }
    // The second extractor's answers, for the record (mupdf's text device).
    eprintln!("mutool draw -F txt: {}", mutool.join("; "));
}

fn pool() -> Vec<char> {
    let mut chars: Vec<char> = corpus().iter().flat_map(|(_, s)| s.chars()).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any mix of the corpus' characters either fits and prints, or is refused with a
    /// reason a participant can act on; nothing panics.
    #[test]
    fn random_text_in_these_scripts_renders_or_is_refused_clearly(
        picks in proptest::collection::vec(0usize..10_000, 0..120)
    ) {
        let pool = pool();
        let message: String = picks.iter().map(|i| pool[i % pool.len()]).collect();
        let layout = Layout::find("postcard-4x6").unwrap();
        let mut engine = CardEngine::new();
        match engine.check_text(&layout, &card(&message)) {
            Ok(_) | Err(CardError::TextDoesNotFit { .. }) | Err(CardError::MissingGlyphs { .. }) => {}
            Err(other) => prop_assert!(false, "{message:?}: {other}"),
        }
    }
}
