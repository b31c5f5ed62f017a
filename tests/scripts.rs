//! Every participant's language on every built-in layout (tests/data/welcome.tsv: one
//! sentence of welcome in each of 30 languages, and one with emoji): drawn with no empty
//! boxes, inside the card's safe area, and read back from the print PDF with poppler.

mod common;

use std::collections::BTreeMap;

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
        ..CardText::default()
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
    let mut cards = Vec::new();
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
            let pdf = dir.path().join(format!("{language}-{name}-English.pdf"));
            std::fs::write(&pdf, &rendered.pdf).unwrap();
            cards.push((pdf.clone(), language, sentence));
            let text = comparable(&common::pdf_text(&pdf));
            // The same card with its name, event and date in Arabic: it reads right to left.
            let rendered = engine
                .render(&layout, &arabic_card(sentence), &photo, Some(72.0))
                .unwrap_or_else(|e| panic!("{language} on {name} (Arabic card): {e}"));
            let arabic_pdf = dir.path().join(format!("{language}-{name}-Arabic.pdf"));
            std::fs::write(&arabic_pdf, &rendered.pdf).unwrap();
            cards.push((arabic_pdf.clone(), language, sentence));
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
                let text = comparable(&common::pdf_text(&arabic_pdf));
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
    copied_back_by_each_reader(&cards);
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

/// Whether `sentence` comes back from a reader's `raw` text with its words apart: each
/// space of the sentence is white space in the text, and the text has other white space
/// only where a line broke (a line may break inside a Thai or Japanese word). Quotation
/// marks the card adds and bidi controls are left out, as in [`comparable`].
fn reads_back(raw: &str, sentence: &str) -> bool {
    let clean = |s: &str| -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for c in s.nfc() {
            if matches!(c, '“' | '”' | '«' | '»' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
            {
                continue;
            }
            let space = match c {
                '\n' | '\r' | '\u{c}' => Some('\n'),
                c if c.is_whitespace() => Some(' '),
                _ => None,
            };
            match (space, out.last_mut()) {
                (Some(s), Some(last)) if *last == ' ' || *last == '\n' => {
                    if s == '\n' {
                        *last = '\n';
                    }
                }
                (Some(s), _) => out.push(s),
                (None, _) => out.push(c),
            }
        }
        out
    };
    let (text, want) = (clean(raw), clean(sentence.trim()));
    let matches_at = |start: usize| {
        let (mut i, mut j) = (start, 0);
        while j < want.len() {
            match (text.get(i), want[j]) {
                (Some(&t), w) if t == w => (i, j) = (i + 1, j + 1),
                // The line broke at the space, or inside a word.
                (Some('\n'), ' ') => (i, j) = (i + 1, j + 1),
                (Some('\n'), _) => i += 1,
                _ => return false,
            }
        }
        true
    };
    (0..text.len()).any(matches_at)
}

/// Each page's text of each file as one PDF reader gives it to copy and search.
fn read_with(reader: &str, files: &[std::path::PathBuf]) -> BTreeMap<String, String> {
    if reader == "poppler" {
        return files
            .iter()
            .map(|f| {
                let text = common::poppler("pdftotext", &[f.to_str().unwrap(), "-"]);
                (f.display().to_string(), text)
            })
            .collect();
    }
    let files: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    let out = common::pdf_reader(reader, &files);
    let pages: BTreeMap<String, Vec<String>> = serde_json::from_slice(&out).unwrap();
    pages
        .into_iter()
        .map(|(f, p)| (f, p.join("\u{c}")))
        .collect()
}

/// The cards of the corpus a reader does not give back exactly on some built-in layout,
/// with English or Arabic furniture; the README's "Copying a card's words" says why and
/// which reader to use instead. Every other card must come back exactly from it.
const NOT_EXACT: [(&str, &[&str]); 3] = [
    (
        "poppler",
        &[
            "Arabic",
            "Arabic and English",
            "Chinese (simplified)",
            "Chinese (traditional)",
            "Emoji",
            "Farsi",
            "Hebrew",
            "Japanese",
            "Sinhala",
            "Sorani Kurdish",
            "Thai",
            "Urdu",
        ],
    ),
    ("pdfium", &["Arabic and English", "Emoji"]),
    ("pdfjs", &["Arabic", "Arabic and English", "Hebrew"]),
];

/// Every card of the corpus on every built-in layout, with English and with Arabic furniture,
/// copied back from the three readers curators and classrooms open the PDFs with: poppler
/// (pdftotext), PDFium (Chrome's viewer) and pdf.js (Firefox's viewer). Prints each one's
/// score.
fn copied_back_by_each_reader(cards: &[(std::path::PathBuf, &str, &str)]) {
    let files: Vec<_> = cards.iter().map(|(pdf, ..)| pdf.clone()).collect();
    let mut scores = Vec::new();
    let mut wrong = Vec::new();
    for (reader, allowed) in NOT_EXACT {
        let started = std::time::Instant::now();
        let texts = read_with(reader, &files);
        let mut failed = BTreeMap::<&str, Vec<String>>::new();
        for (pdf, language, sentence) in cards {
            let raw = &texts[&pdf.display().to_string()];
            if !reads_back(raw, sentence) {
                let text = comparable(raw);
                let file = pdf.file_name().unwrap().to_string_lossy().to_string();
                failed
                    .entry(language)
                    .or_default()
                    .push(format!("{file}: {text}"));
            }
        }
        let postcard_failed = failed
            .values()
            .flatten()
            .filter(|f| f.contains("-postcard-4x6-English.pdf:"))
            .count();
        scores.push(format!(
            "{reader}: {} of {} cards exact ({} of {} on postcard-4x6 with English furniture), read in {:.1} s; not exact (cards of 14): {}",
            cards.len() - failed.values().map(Vec::len).sum::<usize>(),
            cards.len(),
            corpus().len() - postcard_failed,
            corpus().len(),
            started.elapsed().as_secs_f32(),
            failed
                .iter()
                .map(|(language, files)| format!("{language} ({})", files.len()))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        for (language, files) in &failed {
            if !allowed.contains(language) {
                wrong.push(format!(
                    "{reader} does not give back {language}:\n  {}",
                    files.join("\n  ")
                ));
            }
        }
        for language in allowed {
            if !failed.contains_key(language) {
                wrong.push(format!("{reader} now gives back {language} exactly: take it off NOT_EXACT and the README"));
            }
        }
    }
    eprintln!("{}", scores.join("\n"));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Pages 1, 15 and 30 of a 30-card exhibition PDF (written in batches, fonts shared across
/// them) and a classroom poster (Arabic first), copied back from the three readers: the
/// same words as from a single card. A reader may miss only the languages [`NOT_EXACT`]
/// lets it miss on single cards; each reader's result is printed.
#[test]
fn an_exhibition_and_a_classroom_poster_read_back_as_single_cards_do() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    let archive = archive.to_str().unwrap();
    let sentences: Vec<_> = corpus().into_iter().take(30).collect();
    let (_, arabic) = corpus()
        .into_iter()
        .find(|(language, _)| *language == "Arabic")
        .unwrap();
    for (i, (_, sentence)) in sentences.iter().enumerate() {
        let mut args = vec![
            "--archive",
            archive,
            "archive",
            "add",
            "--message",
            sentence,
            "--name",
            "Sam",
            "--event",
            "Southbank Centre",
            "--date",
            "6 December 2026",
            "--consent",
            "print,archive,exhibition",
        ];
        // The first card is translated: the classroom poster shows it, Arabic first.
        if i == 0 {
            args.extend(["--translation", arabic, "--approved"]);
        }
        let out = common::booth(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let build = |layout: Option<&str>, name: &str| {
        let out_dir = dir.path().join(name);
        let mut args = vec!["--archive", archive, "exhibition", "build"];
        if let Some(layout) = layout {
            args.extend(["--layout", layout]);
        }
        args.extend(["--out", out_dir.to_str().unwrap()]);
        let out = common::booth(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out_dir.join("exhibition.pdf")
    };
    let exhibition = build(None, "exhibition");
    let classroom = build(Some("classroom-a4-ar"), "classroom");
    // (file, page, language, words)
    let mut wanted: Vec<(&std::path::Path, usize, &str, &str)> = [1, 15, 30]
        .iter()
        .map(|&page| {
            let (language, sentence) = sentences[page - 1];
            (exhibition.as_path(), page, language, sentence)
        })
        .collect();
    wanted.push((classroom.as_path(), 1, "English", sentences[0].1));
    wanted.push((classroom.as_path(), 1, "Arabic", arabic));

    let mut said = Vec::new();
    let mut wrong = Vec::new();
    for (reader, allowed) in NOT_EXACT {
        let texts = read_with(reader, &[exhibition.clone(), classroom.clone()]);
        for &(file, page, language, words) in &wanted {
            let pages: Vec<&str> = texts[&file.display().to_string()].split('\u{c}').collect();
            let text = pages.get(page - 1).copied().unwrap_or_default();
            let exact = reads_back(text, words);
            let name = file
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy();
            said.push(format!(
                "{reader}, {name} page {page} ({language}): {}",
                if exact { "exact" } else { "not exact" }
            ));
            if !exact && !allowed.contains(&language) {
                wrong.push(format!(
                    "{reader} does not give back {language} from {name} page {page}: {}",
                    comparable(text)
                ));
            }
        }
    }
    eprintln!("{}", said.join("\n"));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // What screen readers get: each page's structure is its own card's, found through the
    // page's key in the parent tree across the batches the file was written in. Thirty
    // languages give the document none of its own.
    let file = exhibition.to_str().unwrap();
    for reader in ["pdfium", "pdfjs"] {
        let out = common::pdf_reader(reader, &["--structure", file]);
        let doc = &serde_json::from_slice::<serde_json::Value>(&out).unwrap()[file];
        assert_eq!(doc["lang"], serde_json::Value::Null, "{reader}");
        for page in [1, 15, 30] {
            let elements = doc["pages"][page - 1].as_array().unwrap();
            // PDFium gives a paragraph's /ActualText as such, pdf.js as its aria-label.
            let words = |e: &serde_json::Value| {
                e["actual_text"]
                    .as_str()
                    .or(e["alt"].as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let figure = elements
                .iter()
                .any(|e| e["role"] == "Figure" && e["alt"] == "Portrait of Welcome: Sam");
            let message = elements
                .iter()
                .any(|e| e["role"] == "P" && reads_back(&words(e), sentences[page - 1].1));
            assert!(
                figure && message,
                "{reader}, exhibition page {page}: {elements:?}"
            );
        }
    }
}
