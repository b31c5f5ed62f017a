//! The print PDF, checked with poppler's tools: text, fonts, page boxes, photo, pixels.

mod common;

use common::{pdf_text, poppler, render};

#[test]
fn english_message_reads_back_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let message = "You are welcome here. This city is your home too, and we are glad you came.";
    let (pdf, _) = render(
        dir.path(),
        &[
            "--message",
            message,
            "--name",
            "Amal",
            "--event",
            "Refugee Week",
        ],
    );
    let text = pdf_text(&pdf);
    assert!(text.contains(&format!("“{message}”")), "{text}");
    assert!(
        text.contains("Amal · Refugee Week · 29 November 2026"),
        "{text}"
    );
    assert!(text.contains("PORTRAITS OF WELCOME"), "{text}");
    // The footer names the booth; with no event given the card does not say it twice.
    let (pdf, _) = render(dir.path(), &["--message", message, "--name", "Amal"]);
    let text = pdf_text(&pdf);
    assert!(text.contains("Amal · 29 November 2026"), "{text}");
    assert_eq!(
        text.to_lowercase().matches("portraits of welcome").count(),
        1,
        "{text}"
    );
}

#[test]
fn arabic_translation_reads_back_in_logical_order() {
    let dir = tempfile::tempdir().unwrap();
    let translation = "أهلا وسهلا بكم في مدينتنا الجميلة يا أصدقائي";
    let (pdf, _) = render(
        dir.path(),
        &[
            "--message",
            "Welcome to our beautiful city, my friends",
            "--translation",
            translation,
            "--layout",
            "a6-bilingual",
        ],
    );
    let text = pdf_text(&pdf);
    assert!(text.contains(translation), "{text}");
    assert!(
        text.contains("“Welcome to our beautiful city, my friends”"),
        "{text}"
    );
}

/// poppler moves the space at a change of direction to the other side of the Arabic run
/// ("says [RLE] أهلا وسهلا[PDF]to"), so this compares characters with white space removed: the
/// order of every letter, Latin and Arabic, must still be the reading order.
#[test]
fn mixed_arabic_and_latin_message_reads_back_in_logical_order() {
    let dir = tempfile::tempdir().unwrap();
    let message = "Ali says أهلا وسهلا to everyone in Leeds, 2026";
    let (pdf, _) = render(dir.path(), &["--message", message]);
    let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let text = pdf_text(&pdf);
    assert!(letters(&text).contains(&letters(message)), "{text}");
}

#[test]
fn every_font_is_embedded_as_a_subset_with_unicode() {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, _) = render(
        dir.path(),
        &["--message", "Welcome", "--translation", "أهلا وسهلا"],
    );
    let listing = poppler("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = listing.lines().skip(2).collect();
    // Serif italic (message), Naskh (translation), Sans regular (attribution), Sans bold (footer).
    assert_eq!(rows.len(), 4, "{listing}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni in {row}"
        );
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "subset tag in {row}"
        );
    }
}

#[test]
fn page_is_trim_plus_bleed_with_trim_and_bleed_boxes() {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, _) = render(dir.path(), &["--message", "Welcome"]);
    let info = poppler("pdfinfo", &["-box", pdf.to_str().unwrap()]);
    // 4x6 in plus 3 mm bleed each side: (101.6 + 6) mm x (152.4 + 6) mm = 305.01 x 449.01 pt.
    assert!(
        info.contains("Page size:       305.008 x 449.008 pts"),
        "{info}"
    );
    assert!(
        info.contains("MediaBox:            0.00     0.00   305.01   449.01"),
        "{info}"
    );
    assert!(
        info.contains("BleedBox:            0.00     0.00   305.01   449.01"),
        "{info}"
    );
    assert!(
        info.contains("TrimBox:             8.50     8.50   296.50   440.50"),
        "{info}"
    );
}

#[test]
fn photo_is_one_jpeg_at_print_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, _) = render(dir.path(), &["--message", "Welcome"]);
    let list = poppler("pdfimages", &["-list", pdf.to_str().unwrap()]);
    let rows: Vec<Vec<&str>> = list
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 1, "{list}");
    let row = &rows[0];
    assert_eq!(row[2], "image");
    assert_eq!(row[8], "jpeg", "{list}");
    let (x_ppi, y_ppi): (f32, f32) = (row[12].parse().unwrap(), row[13].parse().unwrap());
    assert!(x_ppi >= 299.0 && y_ppi >= 299.0, "{list}");
}

/// The PDF drawn by poppler and the PNG drawn by the raster back end agree.
/// Threshold: mean absolute difference under 2 levels (of 255) per channel, and fewer
/// than 1% of pixels off by more than 48 levels in any channel. The differences are glyph
/// edges (poppler snaps glyph origins to quarter pixels across and whole pixels down, we
/// place them exactly) and JPEG noise in the photo; measured: 1.3 levels, 0.49%.
#[test]
fn pdf_and_png_look_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, png) = render(
        dir.path(),
        &[
            "--message",
            "You are welcome here, friend",
            "--translation",
            "أهلا وسهلا بكم",
            "--name",
            "Huda",
        ],
    );
    let prefix = dir.path().join("poppler");
    poppler(
        "pdftoppm",
        &[
            "-r",
            "300",
            "-png",
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let ours = image::open(&png).unwrap().into_rgb8();
    let theirs = image::open(prefix.with_extension("png"))
        .unwrap()
        .into_rgb8();
    let (w, h) = (
        ours.width().min(theirs.width()),
        ours.height().min(theirs.height()),
    );
    assert!(
        ours.width().abs_diff(theirs.width()) <= 1 && ours.height().abs_diff(theirs.height()) <= 1
    );
    let (mut sum, mut far) = (0u64, 0u64);
    for y in 0..h {
        for x in 0..w {
            let (a, b) = (ours.get_pixel(x, y).0, theirs.get_pixel(x, y).0);
            let d: Vec<u8> = (0..3).map(|i| a[i].abs_diff(b[i])).collect();
            sum += d.iter().map(|&v| u64::from(v)).sum::<u64>();
            far += u64::from(d.iter().any(|&v| v > 48));
        }
    }
    let pixels = u64::from(w) * u64::from(h);
    let mean = sum as f64 / (pixels * 3) as f64;
    let far_share = far as f64 / pixels as f64;
    eprintln!(
        "PNG vs pdftoppm: mean difference {mean:.3} levels, {:.3}% of pixels off by more than 48",
        far_share * 100.0
    );
    assert!(mean < 2.0, "mean difference {mean:.3}");
    assert!(
        far_share < 0.005,
        "{:.3}% of pixels differ a lot",
        far_share * 100.0
    );
}

/// A Bengali vowel sign drawn before several consonants stands for a different consonant
/// at each place, so its face is in the PDF under several ToUnicode maps: pdffonts lists
/// the face more than once, and the file holds its font program once.
#[test]
fn a_face_under_several_text_maps_is_embedded_once() {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, _) = render(
        dir.path(),
        &["--message", "আপনাকে স্বাগতম, এখানে আপনি বন্ধুদের মাঝে আছেন।"],
    );
    let listing = poppler("pdffonts", &[pdf.to_str().unwrap()]);
    let names: Vec<&str> = listing
        .lines()
        .skip(2)
        .filter_map(|row| row.split_whitespace().next())
        .collect();
    let mut faces = names.clone();
    faces.sort_unstable();
    faces.dedup();
    assert!(
        names.len() > faces.len(),
        "no face listed twice:\n{listing}"
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let programs = bytes.windows(8).filter(|w| w == b"/Length1").count();
    assert_eq!(programs, faces.len(), "{listing}");
    assert_eq!(
        pdf_text(&pdf).split_whitespace().collect::<Vec<_>>()[..2],
        ["“আপনাকে", "স্বাগতম,"]
    );
}

/// What Chrome's and Firefox's viewers (PDFium, pdf.js) hand to screen readers, and what
/// poppler lists: the card is tagged; its portrait is a figure described in English; its
/// message and translation are paragraphs in their own languages, carrying their words in
/// reading order; the document is in the message's language. A message whose language
/// cannot be told gives the document none, rather than a guess.
#[test]
fn a_card_tells_screen_readers_what_it_says_and_in_which_language() {
    let dir = tempfile::tempdir().unwrap();
    let message = "You are welcome here, this city is your home too and we are glad.";
    let translation = "أهلا وسهلا بكم في مدينتنا الجميلة يا أصدقائي";
    let (pdf, _) = render(
        dir.path(),
        &[
            "--message",
            message,
            "--translation",
            translation,
            "--name",
            "Amal",
            "--layout",
            "a6-bilingual",
        ],
    );
    let file = pdf.to_str().unwrap();
    let structure = |reader: &str, file: &str| -> serde_json::Value {
        let out = common::pdf_reader(reader, &["--structure", file]);
        serde_json::from_slice::<serde_json::Value>(&out).unwrap()[file].clone()
    };
    let text = |v: &serde_json::Value| v.as_str().map(str::to_string);
    let mut poppler_roles: Vec<String> = poppler("pdfinfo", &["-struct", file])
        .lines()
        .map(|l| l.trim().trim_end_matches(" (block)").to_string())
        .collect();
    poppler_roles.sort();
    for reader in ["pdfium", "pdfjs"] {
        let doc = structure(reader, file);
        assert_eq!(doc["tagged"], true, "{reader}: {doc}");
        assert_eq!(doc["lang"], "en", "{reader}: {doc}");
        let elements = doc["pages"][0].as_array().unwrap();
        let tags: Vec<(String, Option<String>)> = elements
            .iter()
            .map(|e| (text(&e["role"]).unwrap(), text(&e["lang"])))
            .collect();
        let (en, ar) = (Some("en".to_string()), Some("ar".to_string()));
        let p = |lang: &Option<String>| ("P".to_string(), lang.clone());
        assert_eq!(
            tags,
            [
                ("Document".to_string(), None),
                ("Figure".to_string(), en.clone()),
                p(&en),
                p(&ar),
                p(&None),
                p(&None),
            ],
            "{reader}: {doc}"
        );
        let mut roles: Vec<String> = tags.into_iter().map(|(role, _)| role).collect();
        roles.sort();
        assert_eq!(roles, poppler_roles, "poppler and {reader}");
        assert_eq!(elements[1]["alt"], "Portrait of Welcome: Amal", "{reader}");
        // PDFium gives a paragraph's /ActualText as such, pdf.js as its aria-label.
        let words = |e: &serde_json::Value| {
            common::squash(
                &text(&e["actual_text"])
                    .or(text(&e["alt"]))
                    .unwrap_or_default(),
            )
        };
        assert_eq!(words(&elements[2]), format!("“{message}”"), "{reader}");
        assert_eq!(words(&elements[3]), translation, "{reader}");
        assert_eq!(words(&elements[4]), "Amal · 29 November 2026", "{reader}");
    }
    assert!(
        poppler("pdfinfo", &[file]).contains("Tagged:          yes"),
        "poppler"
    );

    let (unknown, _) = render(dir.path(), &["--message", "Hi!"]);
    let unknown = unknown.to_str().unwrap();
    for reader in ["pdfium", "pdfjs"] {
        let doc = structure(reader, unknown);
        assert_eq!(doc["lang"], serde_json::Value::Null, "{reader}: {doc}");
        assert_eq!(
            doc["pages"][0][2]["lang"],
            serde_json::Value::Null,
            "{reader}"
        );
    }
}
