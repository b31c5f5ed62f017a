//! The archive: saving, crash safety, erasure, consent, translations, re-rendering,
//! exhibition and social exports. Rows are read back from SQLite, files from disk.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::demo_card;
use welcome_booth::archive::{
    Account, Archive, ArchiveError, CardId, CardRecord, CardSummary, Consent, Filter, NewCard,
    PrintEntry, PrintState, Role, TextFix, Translation, TranslationStatus, Use,
};
use welcome_booth::card::{CardEngine, CardError, Layout, TextField};
use welcome_booth::publish::{PublishError, SocialFormat, exhibition, social, translators};

fn sqlite_count(root: &Path, sql: &str) -> i64 {
    let db = rusqlite::Connection::open(root.join("catalog.sqlite")).unwrap();
    db.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_saved_card_has_its_files_row_and_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let f = demo_card("You are welcome here, friend", "Amal");
    let record = f.save(&mut archive, &[Use::Print, Use::Archive]);

    let card_dir = archive.card_dir(record.id);
    assert_eq!(std::fs::read(card_dir.join("photo.jpg")).unwrap(), f.photo);
    assert_eq!(
        std::fs::read(card_dir.join("card.pdf")).unwrap(),
        f.rendered.pdf
    );
    assert_eq!(
        std::fs::read(card_dir.join("card.png")).unwrap(),
        f.rendered.png
    );
    let sidecar: CardRecord =
        serde_json::from_slice(&std::fs::read(card_dir.join("card.json")).unwrap()).unwrap();
    assert_eq!(sidecar, record);
    assert_eq!(sidecar.layout_toml, f.layout.source);

    // Read back straight from SQLite, not through the archive.
    let db = rusqlite::Connection::open(dir.path().join("catalog.sqlite")).unwrap();
    let (event, name, print, exhibition): (String, String, bool, bool) = db
        .query_row(
            "SELECT event, name, consent_print, consent_exhibition FROM cards WHERE id = ?1",
            [record.id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (event.as_str(), name.as_str(), print, exhibition),
        ("Museum Night", "Amal", true, false)
    );
    let mode: String = db
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(archive.get(record.id).unwrap(), record);
}

#[test]
fn lists_filter_by_event_consent_date_and_translation() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("Welcome", "A");
    let a = f.save(&mut archive, &[Use::Print, Use::Exhibition]);
    f.text.event = Some("School Visit".into());
    let b = f.save(&mut archive, &[Use::Print]);
    let ids = |filter: Filter| {
        archive
            .list(&filter)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(Filter::default()), [a.id, b.id]);
    assert_eq!(
        ids(Filter {
            event: Some("School Visit".into()),
            ..Filter::default()
        }),
        [b.id]
    );
    assert_eq!(
        ids(Filter {
            consent: Some(Use::Exhibition),
            ..Filter::default()
        }),
        [a.id]
    );
    assert_eq!(
        ids(Filter {
            since: Some("2999-01-01".into()),
            ..Filter::default()
        }),
        Vec::<CardId>::new()
    );
    assert_eq!(
        ids(Filter {
            untranslated: true,
            ..Filter::default()
        }),
        [a.id, b.id]
    );
    assert!(matches!(
        archive.list(&Filter {
            since: Some("yesterday".into()),
            ..Filter::default()
        }),
        Err(ArchiveError::BadDate(_))
    ));
}

#[test]
fn recent_cards_and_the_days_counters() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let f = demo_card("Welcome", "A");
    let a = f.save(&mut archive, &[Use::Print]);
    let mut b = f.save(&mut archive, &[Use::Print]);
    let c = f.save(&mut archive, &[Use::Print]);
    let newest: Vec<CardId> = archive
        .recent(&Filter::default(), 2)
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(newest, [c.id, b.id]);

    // Two copies handed to a printer, and one print that never reached it.
    let print = |job: Option<i32>, copies| PrintEntry {
        at: b.created_at,
        printer: "Booth".into(),
        copies,
        job,
        state: PrintState::Completed,
        reason: None,
    };
    b.prints = vec![print(Some(7), 2), print(None, 1)];
    archive.update(&mut b).unwrap();
    assert_eq!(archive.activity_since(a.created_at).unwrap(), (3, 2));
    assert_eq!(archive.activity_since(c.created_at).unwrap(), (1, 0));
    assert_eq!(
        archive
            .activity_since("2999-01-01T00:00:00Z".parse().unwrap())
            .unwrap(),
        (0, 0)
    );
}

#[test]
fn ids_never_become_paths() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    assert!(matches!(
        "../../etc".parse::<CardId>().map_err(ArchiveError::from),
        Err(ArchiveError::BadId(_))
    ));
    let unknown = CardId::new();
    assert!(matches!(
        archive.erase(unknown),
        Err(ArchiveError::NotFound(_))
    ));
    let out = common::booth(&[
        "--archive",
        dir.path().to_str().unwrap(),
        "archive",
        "erase",
        "../catalog.sqlite",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is neither a card id nor a card reference")
    );
    assert!(dir.path().join("catalog.sqlite").exists());
}

#[test]
fn erasing_removes_every_trace_and_says_what() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("Welcome to you all", "Sam");
    let keep = f.save(&mut archive, &Use::ALL);
    let gone = f.save(&mut archive, &Use::ALL);
    let social = dir.path().join("social");
    social::export(
        &archive,
        &mut f.engine,
        &social,
        SocialFormat::Square,
        social::Caption::default(),
        &(),
    )
    .unwrap();
    assert_eq!(std::fs::read_dir(&social).unwrap().count(), 6);

    let removed = archive.erase(gone.id).unwrap();
    assert!(removed.contains(&archive.card_dir(gone.id)));
    assert!(removed.contains(&social.join(format!("{}.jpg", gone.id))));
    assert!(!archive.card_dir(gone.id).exists());
    let left: Vec<PathBuf> = std::fs::read_dir(&social)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(left.len(), 3);
    assert!(
        left.iter()
            .all(|p| p.to_string_lossy().contains(&keep.id.to_string()))
    );
    assert_eq!(
        sqlite_count(
            dir.path(),
            &format!("SELECT count(*) FROM cards WHERE id = '{}'", gone.id)
        ),
        0
    );
    assert_eq!(
        sqlite_count(
            dir.path(),
            &format!("SELECT count(*) FROM exports WHERE card_id = '{}'", gone.id)
        ),
        0
    );
    assert_eq!(sqlite_count(dir.path(), "SELECT count(*) FROM cards"), 1);
}

#[test]
fn withdrawn_consent_keeps_a_card_out_of_exports() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("Welcome", "Lee");
    let a = f.save(&mut archive, &Use::ALL);
    let b = f.save(&mut archive, &Use::ALL);
    let record = archive.withdraw_consent(b.id, Use::Social).unwrap();
    assert!(
        !record.consent.social && record.consent.exhibition && record.consent.changed_at.is_some()
    );
    let n = social::export(
        &archive,
        &mut f.engine,
        &dir.path().join("social"),
        SocialFormat::default(),
        social::Caption::default(),
        &(),
    )
    .unwrap();
    assert_eq!(n, 1);
    assert!(
        dir.path()
            .join("social")
            .join(format!("{}.jpg", a.id))
            .exists()
    );
    assert!(
        !dir.path()
            .join("social")
            .join(format!("{}.jpg", b.id))
            .exists()
    );
}

#[test]
fn translations_round_trip_through_a_spreadsheet_csv() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("Welcome to our city, friends", "Huda");
    let a = f.save(&mut archive, &Use::ALL);
    let b = f.save(&mut archive, &Use::ALL);
    let csv_path = dir.path().join("messages.csv");
    assert_eq!(
        translators::export(&archive, &Filter::default(), &csv_path).unwrap(),
        2
    );
    let exported = std::fs::read_to_string(&csv_path).unwrap();
    assert!(
        exported.starts_with(
            "\u{FEFF}id,message,translation,status,translator,story,story_translation\n"
        ),
        "{exported}"
    );

    // A translator fills in the sheet; a spreadsheet saves it with CRLF line endings. (A
    // sheet made before stories were kept, without their columns, still reads.)
    let arabic = "أهلا بكم في مدينتنا يا أصدقاء";
    let good = format!(
        "\u{FEFF}id,message,translation,status,translator\r\n{},x,{arabic},approved,Rania\r\n{},x,,,\r\n",
        a.id, b.id
    );
    // The same with a bad status, an unknown id and a translation far too long.
    let long = "أهلا بكم ".repeat(80);
    let bad = format!(
        "id,message,translation,status,translator\r\n{},x,{arabic},final,Rania\r\n{},x,{arabic},draft,\r\n{},x,{long},draft,\r\n",
        a.id,
        CardId::new(),
        b.id
    );
    let bad_path = dir.path().join("bad.csv");
    std::fs::write(&bad_path, bad).unwrap();
    match translators::import(&mut archive, &mut f.engine, &bad_path) {
        Err(PublishError::Sheet { problems, .. }) => {
            assert_eq!(problems.len(), 3, "{problems:?}");
            assert!(
                problems[0].starts_with("line 2: status \"final\""),
                "{}",
                problems[0]
            );
            assert!(
                problems[1].starts_with("line 3: no card"),
                "{}",
                problems[1]
            );
            assert!(
                problems[2].starts_with("line 4: the translation is too long"),
                "{}",
                problems[2]
            );
        }
        other => panic!("expected an import error, got {other:?}"),
    }
    assert_eq!(
        archive.get(a.id).unwrap().translation,
        None,
        "nothing may be applied"
    );

    let good_path = dir.path().join("good.csv");
    std::fs::write(&good_path, good).unwrap();
    assert_eq!(
        translators::import(&mut archive, &mut f.engine, &good_path).unwrap(),
        [a.id]
    );
    let t = archive.get(a.id).unwrap().translation.unwrap();
    assert_eq!(
        (t.text.as_str(), t.status, t.translator.as_deref()),
        (arabic, TranslationStatus::Approved, Some("Rania"))
    );
    assert_eq!(
        sqlite_count(
            dir.path(),
            "SELECT count(*) FROM cards WHERE translation_status = 'approved'"
        ),
        1
    );
    assert_eq!(
        archive
            .list(&Filter {
                untranslated: true,
                ..Filter::default()
            })
            .unwrap()
            .len(),
        1
    );

    // Re-rendered, the card is bilingual.
    archive
        .rerender(
            &mut f.engine,
            a.id,
            Some(&Layout::find("a6-bilingual").unwrap()),
        )
        .unwrap();
    let text = common::pdf_text(&archive.card_dir(a.id).join("card.pdf"));
    assert!(text.contains(arabic), "{text}");
    assert_eq!(archive.get(a.id).unwrap().layout_name, "a6-bilingual");
}

#[test]
fn check_finds_and_repair_fixes_damage() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("Welcome", "Kim");
    let a = f.save(&mut archive, &Use::ALL);
    let b = f.save(&mut archive, &Use::ALL);
    assert!(archive.check().unwrap().is_clean());

    // A row lost (as if the save died before its commit), a card file lost, a temporary
    // file and an unfinished folder left by a crash.
    rusqlite::Connection::open(dir.path().join("catalog.sqlite"))
        .unwrap()
        .execute("DELETE FROM cards WHERE id = ?1", [a.id.to_string()])
        .unwrap();
    std::fs::remove_file(archive.card_dir(b.id).join("card.png")).unwrap();
    // An update that wrote its sidecar but died before the row: the row is stale.
    let c = f.save(&mut archive, &Use::ALL);
    let mut newer = c.clone();
    newer.consent.social = false;
    std::fs::write(
        archive.card_dir(c.id).join("card.json"),
        serde_json::to_vec(&newer).unwrap(),
    )
    .unwrap();
    std::fs::write(archive.card_dir(b.id).join(".card.pdf.123.tmp"), b"half").unwrap();
    let unfinished = dir.path().join("cards").join(CardId::new().to_string());
    std::fs::create_dir(&unfinished).unwrap();
    std::fs::write(unfinished.join("photo.jpg"), &f.photo).unwrap();

    let report = archive.check().unwrap();
    assert_eq!(report.orphans, [a.id]);
    assert_eq!(report.missing, [(b.id, vec!["card.png".to_string()])]);
    assert_eq!(report.temp_files.len(), 1);
    assert_eq!(report.stale, [c.id]);
    assert_eq!(report.incomplete, std::slice::from_ref(&unfinished));
    assert!(!report.is_clean());

    let after = archive.repair(&mut f.engine).unwrap();
    assert!(after.is_clean(), "{after}");
    assert_eq!(archive.get(a.id).unwrap(), a);
    assert_eq!(archive.get(c.id).unwrap(), newer);
    let png = image::open(archive.card_dir(b.id).join("card.png")).unwrap();
    assert_eq!(png.width(), 1271);
    assert!(!unfinished.exists());
}

/// Saves cards in a loop until killed; run by `saving_survives_sigkill` as a child process.
#[test]
#[ignore = "run as a child process by saving_survives_sigkill"]
fn crash_writer_child() {
    let Ok(root) = std::env::var("WB_CRASH_ARCHIVE") else {
        return;
    };
    let mut archive = Archive::open(Path::new(&root)).unwrap();
    let f = demo_card("Welcome, you are safe here", "Crash");
    println!("ready");
    loop {
        f.save(&mut archive, &Use::ALL);
    }
}

/// Kills a process that is saving cards (SIGKILL, at pseudo-random moments), then proves
/// the archive whole: SQLite's integrity check passes, every row has all its files, every
/// visible file is complete, and repair leaves nothing to report.
#[test]
fn saving_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("archive");
    let mut moments = common::Moments::new();
    let mut kills = 0;
    let mut interrupted = (0, 0, 0); // orphans, unfinished folders, temporary files seen
    let mut mid_save = 0; // kills that landed while a save was under way
    // At least six kills, and more (at new moments) until one has cut a save short.
    for round in 0.. {
        if round >= 6 && mid_save > 0 {
            break;
        }
        assert!(
            round < 60,
            "60 kills and none landed in the middle of a save"
        );
        // The clock starts once the writer has made its card and begins saving.
        let mut child = common::start_child("crash_writer_child", &[("WB_CRASH_ARCHIVE", &root)]);
        let delay = Duration::from_millis(50 + moments.next_ms(600));
        let seed = moments.0;
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        kills += 1;

        let archive = Archive::open(&root).unwrap();
        let report = archive.check().unwrap();
        let context = format!("round {round}, killed after {delay:?}, seed {seed}");
        assert_eq!(report.integrity, "ok", "{context}");
        interrupted.0 += report.orphans.len();
        interrupted.1 += report.incomplete.len();
        interrupted.2 += report.temp_files.len();
        mid_save += usize::from(
            !(report.orphans.is_empty()
                && report.incomplete.is_empty()
                && report.temp_files.is_empty()),
        );
        assert!(
            report.missing.is_empty(),
            "{context}: rows without files {:?}",
            report.missing
        );
        // Every visible file in every card folder (rows or not) is whole.
        for entry in std::fs::read_dir(root.join("cards")).unwrap() {
            for file in std::fs::read_dir(entry.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                if name.starts_with('.') {
                    continue; // a temporary file: invisible by name, removed by repair
                }
                let bytes = std::fs::read(&path).unwrap();
                match name.as_str() {
                    "card.json" => drop(serde_json::from_slice::<CardRecord>(&bytes).unwrap()),
                    "card.pdf" => assert!(
                        bytes.starts_with(b"%PDF")
                            && bytes.windows(5).rev().take(16).any(|w| w == b"%%EOF"),
                        "{context}: {name}"
                    ),
                    _ => drop(
                        image::load_from_memory(&bytes)
                            .unwrap_or_else(|e| panic!("{context}: {name}: {e}")),
                    ),
                }
            }
        }
        let mut archive = archive;
        let after = archive.repair(&mut CardEngine::new()).unwrap();
        assert!(after.is_clean(), "{context}: {after}");
    }
    let cards = Archive::open(&root).unwrap().count().unwrap();
    eprintln!(
        "{kills} kills, {mid_save} of them mid-save, {cards} cards saved; interrupted saves found (orphan rows, unfinished folders, temp files): {interrupted:?}"
    );
    assert!(mid_save >= 1 && cards >= 1, "the writer saved no card");
}

#[test]
fn exhibition_has_one_page_per_consenting_card_fonts_once_and_a_gallery() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path().join("archive").as_path()).unwrap();
    let mut f = demo_card("You are welcome here", "Nour");
    for _ in 0..3 {
        f.save(&mut archive, &Use::ALL);
    }
    f.text.message = "Not for the walls".into();
    let private = f.save(&mut archive, &[Use::Print, Use::Archive]);
    let out = dir.path().join("exhibition");
    let report = exhibition::build(&archive, &mut f.engine, &out, None, &()).unwrap();
    assert_eq!(report.cards, 3);

    let info = common::poppler("pdfinfo", &[report.pdf.to_str().unwrap()]);
    assert!(info.contains("Pages:           3"), "{info}");
    let fonts = common::poppler("pdffonts", &[report.pdf.to_str().unwrap()]);
    assert_eq!(
        fonts.lines().count() - 2,
        3,
        "each font once for all pages:\n{fonts}"
    );
    assert!(!common::pdf_text(&report.pdf).contains("Not for the walls"));
    let sheet = common::poppler("pdfinfo", &[report.contact_sheet.to_str().unwrap()]);
    assert!(sheet.contains("Pages:           1"), "{sheet}");

    let html = std::fs::read_to_string(&report.gallery).unwrap();
    assert_eq!(html.matches("<figure").count(), 3);
    assert!(!html.contains(&private.id.to_string()));
    assert!(html.contains(
        "alt=\"Portrait card of Nour at Museum Night, with the message: “You are welcome here”.\""
    ));
    assert_eq!(std::fs::read_dir(out.join("images")).unwrap().count(), 3);
    gallery_renders_in_chromium(&report.gallery, 3);
}

/// Gives a saved card an approved translation, as a translator would.
fn approve_translation(archive: &mut Archive, mut record: CardRecord, text: &str) {
    record.translation = Some(Translation {
        text: text.into(),
        status: TranslationStatus::Approved,
        translator: Some("Huda".into()),
        at: record.created_at,
    });
    archive.update(&mut record).unwrap();
}

/// Each social format at its size; the caption bilingual once the translation is
/// approved and ending with the settings' hashtags; the alt text with the Arabic in a
/// sentence of its own.
#[test]
fn social_export_makes_each_format_with_a_bilingual_caption_and_alt_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("You are welcome here", "Nour");
    let record = f.save(&mut archive, &Use::ALL);
    approve_translation(&mut archive, record.clone(), "أنت مرحب بك هنا");
    let hashtags = [
        "WelcomeHere".to_string(),
        " #Museum Night".to_string(),
        " ".to_string(),
    ];
    for (format, size) in [
        (SocialFormat::Square, (1080, 1080)),
        (SocialFormat::Portrait, (1080, 1350)),
        (SocialFormat::Story, (1080, 1920)),
    ] {
        let out = dir.path().join(format!("{format:?}"));
        let caption = social::Caption {
            hashtags: &hashtags,
            story: true, // the card has no story: the caption is as before
        };
        let n = social::export(&archive, &mut f.engine, &out, format, caption, &()).unwrap();
        assert_eq!(n, 1);
        let jpeg = image::open(out.join(format!("{}.jpg", record.id))).unwrap();
        assert_eq!((jpeg.width(), jpeg.height()), size, "{format:?}");
        let caption = std::fs::read_to_string(out.join(format!("{}.txt", record.id))).unwrap();
        assert_eq!(
            caption,
            "“You are welcome here”\n«أنت مرحب بك هنا»\n— Nour, Museum Night, 29 November 2026\n\n#WelcomeHere #MuseumNight\n"
        );
        let alt = std::fs::read_to_string(out.join(format!("{}.alt.txt", record.id))).unwrap();
        assert_eq!(
            alt,
            "Portrait card of Nour at Museum Night, with the message: “You are welcome here”. The message in Arabic: «أنت مرحب بك هنا»."
        );
    }
    // A booth set up without an event name: the sentence does not say "at ,".
    f.text.event = None;
    let nameless = f.save(&mut archive, &Use::ALL);
    let out = dir.path().join("without-event");
    social::export(
        &archive,
        &mut f.engine,
        &out,
        SocialFormat::Square,
        social::Caption::default(),
        &(),
    )
    .unwrap();
    let alt = std::fs::read_to_string(out.join(format!("{}.alt.txt", nameless.id))).unwrap();
    assert_eq!(
        alt,
        "Portrait card of Nour, with the message: “You are welcome here”."
    );

    // A card with a story from the interview: in the caption only when the settings say so.
    let version = archive.get(nameless.id).unwrap().version;
    archive
        .correct_story(nameless.id, version, "Nour came from Homs in 2015.", "Mira")
        .unwrap();
    for (story, expected) in [(false, false), (true, true)] {
        let out = dir.path().join(format!("story-{story}"));
        let caption = social::Caption {
            hashtags: &[],
            story,
        };
        social::export(
            &archive,
            &mut f.engine,
            &out,
            SocialFormat::Square,
            caption,
            &(),
        )
        .unwrap();
        let text = std::fs::read_to_string(out.join(format!("{}.txt", nameless.id))).unwrap();
        assert_eq!(
            text.contains("Nour came from Homs in 2015."),
            expected,
            "{text}"
        );
    }
}

/// An exhibition longer than the batches its PDF is written in: every page in order, a
/// font first needed in a later batch still embedded once with its text, and the file
/// whole for poppler (pdfinfo would report a damaged cross-reference table on stderr).
#[test]
fn a_long_exhibition_is_written_page_by_page_and_reads_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path().join("archive").as_path()).unwrap();
    let mut f = demo_card("You are welcome here", "Nour");
    let cards = 21;
    for n in 0..cards {
        f.text.message = format!("Welcome, neighbour number {n}");
        let record = f.save(&mut archive, &Use::ALL);
        if n == 13 {
            approve_translation(&mut archive, record, "مرحبا بك يا جارنا");
        }
    }
    let out = dir.path().join("exhibition");
    let report = exhibition::build(&archive, &mut f.engine, &out, None, &()).unwrap();
    assert_eq!(report.cards, cards);

    let pdf = report.pdf.to_str().unwrap();
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&info.stderr), "");
    assert!(String::from_utf8_lossy(&info.stdout).contains(&format!("Pages:           {cards}")));
    for n in [0, 8, 13, 20] {
        let page = (n + 1).to_string();
        let text = common::squash(&common::poppler(
            "pdftotext",
            &["-f", &page, "-l", &page, pdf, "-"],
        ));
        assert!(
            text.contains(&format!("neighbour number {n}”")),
            "page {page}: {text}"
        );
        assert_eq!(text.contains("جارنا"), n == 13, "page {page}: {text}");
    }
    let fonts = common::poppler("pdffonts", &[pdf]);
    assert_eq!(
        fonts.matches("NotoNaskhArabic-Regular").count(),
        1,
        "{fonts}"
    );
    assert_eq!(
        fonts.lines().count() - 2,
        4,
        "each font once for all pages:\n{fonts}"
    );
    let sheet = common::poppler("pdfinfo", &[report.contact_sheet.to_str().unwrap()]);
    assert!(sheet.contains("Pages:           2"), "{sheet}");
    let sheet_text = common::pdf_text(&report.contact_sheet);
    assert!(sheet_text.contains("#21 · Nour"), "{sheet_text}");
    let html = std::fs::read_to_string(&report.gallery).unwrap();
    assert_eq!(html.matches("<figure").count(), cards);
    assert!(html.ends_with("</main>\n</body>\n</html>\n"));
}

/// Opens the gallery in real headless Chromium: the DOM has every card, and the
/// screenshot shows the portraits (the demo sitter's navy shirt) drawn from the images.
fn gallery_renders_in_chromium(page: &Path, cards: usize) {
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect(
            "Chromium must be installed for the gallery test (scripts/setup-debian.sh installs it)",
        );
    let profile = tempfile::tempdir().unwrap();
    let shot = profile.path().join("gallery.png");
    let url = format!("file://{}", page.display());
    let base = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=1200,900",
        "--virtual-time-budget=5000",
    ];
    let run = |extra: &str| {
        let out = Command::new(chromium)
            .args(base)
            .arg(format!(
                "--user-data-dir={}",
                profile.path().join(extra.replace(['-', '='], "")).display()
            ))
            .arg(extra)
            .arg(&url)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "chromium {extra}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let dom = String::from_utf8(run("--dump-dom")).unwrap();
    assert_eq!(dom.matches("<figure").count(), cards, "{dom}");
    run(&format!("--screenshot={}", shot.display()));
    let img = image::open(&shot).unwrap().into_rgb8();
    let shirt = img
        .pixels()
        .filter(|p| {
            p.0[0].abs_diff(38) < 20 && p.0[1].abs_diff(62) < 20 && p.0[2].abs_diff(92) < 20
        })
        .count();
    assert!(
        shirt > 5_000,
        "portraits not visible in the screenshot ({shirt} shirt pixels)"
    );
}

#[test]
fn a_disk_that_fills_up_mid_save_leaves_nothing_half_saved() {
    let card = common::demo_card("Welcome, neighbour.", "Sam");
    let files = card.photo.len() + card.rendered.pdf.len() + card.rendered.png.len();
    let disk = common::Mount::tmpfs(2);
    let mut archive = Archive::open(&disk.at).unwrap();
    assert!(
        files > 2_000_000,
        "the card ({files} bytes) must not fit on the disk"
    );
    let err = archive
        .save(NewCard {
            id: CardId::new(),
            text: &card.text,
            consent: Consent::given(&[Use::Print]),
            layout: &card.layout,
            photo: &card.photo,
            rendered: &card.rendered,
            story: None,
        })
        .unwrap_err();
    assert!(
        err.to_string().contains("check the disk is not full"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(disk.at.join("cards")).unwrap().count(),
        0,
        "the files written before the disk filled are gone"
    );
    assert_eq!(archive.count().unwrap(), 0);
    assert!(archive.check().unwrap().is_clean());
    assert!(matches!(
        archive.check_room(),
        Err(ArchiveError::DiskFull { .. })
    ));
}

#[test]
fn an_older_catalog_gets_its_list_columns_from_the_records() {
    let dir = tempfile::tempdir().unwrap();
    let card = demo_card("Welcome to your new home.", "Noor");
    let (first, second) = {
        let mut archive = Archive::open(dir.path()).unwrap();
        let first = card.save(&mut archive, &[Use::Print, Use::Exhibition]);
        let mut second = card.save(&mut archive, &[Use::Print]);
        for state in [PrintState::Failed, PrintState::Completed] {
            second.prints.push(PrintEntry {
                at: "2026-11-29T11:00:00Z".parse().unwrap(),
                printer: "Booth".into(),
                copies: 2,
                job: (state == PrintState::Completed).then_some(7),
                state,
                reason: None,
            });
        }
        archive.update(&mut second).unwrap();
        (first, second)
    };
    // Records as the first release of the booth wrote them: format 1, job ids as text.
    let db = rusqlite::Connection::open(dir.path().join("catalog.sqlite")).unwrap();
    for record in [&first, &second] {
        let mut json = serde_json::to_value(record).unwrap();
        let fields = json.as_object_mut().unwrap();
        for added in [
            "format",
            "version",
            "updated_at",
            "paper_mm",
            "layout_images",
            "revisions",
        ] {
            fields.remove(added).unwrap();
        }
        for print in fields["prints"].as_array_mut().unwrap() {
            if let Some(job) = print["job"].as_i64() {
                print["job"] = job.to_string().into();
            }
        }
        let sidecar = dir
            .path()
            .join("cards")
            .join(record.id.to_string())
            .join("card.json");
        std::fs::write(sidecar, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
        db.execute(
            "UPDATE records SET json = ?1 WHERE id = ?2",
            (json.to_string(), record.id.to_string()),
        )
        .unwrap();
    }
    // The catalog as the first release wrote it.
    db.execute_batch(
        "CREATE TABLE v1 AS SELECT c.id, c.created_at, c.event, c.name, c.language,
             c.consent_print, c.consent_archive, c.consent_exhibition, c.consent_social,
             c.translation_status, r.json AS record
         FROM cards c JOIN records r ON r.id = c.id;
         DROP TABLE conflicts; DROP TABLE copies; DROP TABLE cards_fts; DROP TABLE accounts;
         DROP TABLE at_booth;
         DROP TABLE prints; DROP TABLE records; DROP TABLE cards;
         CREATE TABLE cards (
             id TEXT PRIMARY KEY, created_at TEXT NOT NULL, event TEXT NOT NULL, name TEXT,
             language TEXT NOT NULL, consent_print INTEGER NOT NULL,
             consent_archive INTEGER NOT NULL, consent_exhibition INTEGER NOT NULL,
             consent_social INTEGER NOT NULL, translation_status TEXT, record TEXT NOT NULL);
         INSERT INTO cards SELECT * FROM v1; DROP TABLE v1;
         CREATE INDEX cards_event ON cards(event, created_at);
         CREATE INDEX cards_created ON cards(created_at);
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(db);

    let archive = Archive::open(dir.path()).unwrap();
    assert_eq!(
        archive.summaries(&Filter::default()).unwrap(),
        [CardSummary::from(&first), CardSummary::from(&second)]
    );
    let read = archive.get(second.id).unwrap();
    assert_eq!(read.prints, second.prints, "job 7 read back as a number");
    assert_eq!(
        read.paper_mm,
        Some([101.6, 152.4]),
        "from the layout snapshot"
    );
    assert_eq!(read.format, welcome_booth::archive::RECORD_FORMAT);
    let job_type: String = rusqlite::Connection::open(dir.path().join("catalog.sqlite"))
        .unwrap()
        .query_row(
            "SELECT typeof(job) FROM prints WHERE job IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(job_type, "integer");
    let last = archive.summaries(&Filter::default()).unwrap()[1]
        .last_print
        .clone();
    assert_eq!(last.unwrap().state, PrintState::Completed);
    let since = "2026-11-29T00:00:00Z".parse().unwrap();
    let (made, sent) = archive.activity_since(since).unwrap();
    assert_eq!(
        (made, sent),
        (2, 2),
        "2 cards; 2 copies sent as job 7, none by the failed print"
    );
    assert!(archive.check().unwrap().is_clean());
}

#[test]
fn check_finds_a_list_column_that_disagrees_with_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let card = demo_card("Welcome, friend.", "Ali").save(&mut archive, &[Use::Print]);
    rusqlite::Connection::open(dir.path().join("catalog.sqlite"))
        .unwrap()
        .execute("UPDATE cards SET message = 'something else'", [])
        .unwrap();
    assert_eq!(archive.check().unwrap().stale, [card.id]);
    let report = archive.repair(&mut CardEngine::new()).unwrap();
    assert!(report.is_clean(), "{report}");
    assert_eq!(
        archive.summaries(&Filter::default()).unwrap()[0].message,
        "Welcome, friend."
    );
}

/// Exhibition and classroom posters from a real photograph: every card in the poster's
/// layout, A3 and A4 trimmed, the classroom poster reading Arabic first and leaving out
/// (and counting) the card whose translation is not approved.
#[test]
fn posters_are_made_from_the_selected_cards_arabic_first_for_classrooms() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    let archive = archive.to_str().unwrap();
    let add = |message: &str, translation: Option<&str>| {
        let mut args = vec![
            "--archive",
            archive,
            "archive",
            "add",
            "--photo",
            "tests/data/astronaut-eileen-collins.jpg",
            "--message",
            message,
            "--name",
            "Eileen",
            "--event",
            "Southbank Centre",
            "--date",
            "29 November 2026",
            "--consent",
            "print,archive,exhibition",
        ];
        if let Some(t) = translation {
            args.extend(["--translation", t, "--approved"]);
        }
        let out = common::booth(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    add(
        "You are welcome here, this city is your home too.",
        Some("أهلاً بك هنا، هذه المدينة بيتك أيضاً."),
    );
    add("We are glad you came.", None);

    for (layout, pages, trim_pt) in [
        ("exhibition-a3", 2, (841.89, 1190.55)),
        ("classroom-a4-ar", 1, (595.28, 841.89)),
    ] {
        let out_dir = dir.path().join(layout);
        let out = common::booth(&[
            "--archive",
            archive,
            "exhibition",
            "build",
            "--layout",
            layout,
            "--out",
            out_dir.to_str().unwrap(),
        ]);
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(said.starts_with(&format!("{pages} card(s)")), "{said}");
        let pdf = out_dir.join("exhibition.pdf");
        let info = common::poppler("pdfinfo", &["-box", pdf.to_str().unwrap()]);
        assert!(
            info.contains(&format!("Pages:           {pages}")),
            "{info}"
        );
        let trim: Vec<f32> = info
            .lines()
            .find(|l| l.starts_with("TrimBox:"))
            .unwrap()
            .split_whitespace()
            .skip(1)
            .map(|n| n.parse().unwrap())
            .collect();
        let size = (trim[2] - trim[0], trim[3] - trim[1]);
        assert!(
            (size.0 - trim_pt.0).abs() < 1.0 && (size.1 - trim_pt.1).abs() < 1.0,
            "{layout}: trimmed {size:?}"
        );
        let text = common::pdf_text(&pdf);
        let arabic = text
            .find("المدينة")
            .unwrap_or_else(|| panic!("{layout}: {text}"));
        let english = text.find("You are welcome here").unwrap();
        if layout == "classroom-a4-ar" {
            assert!(arabic < english, "Arabic first: {text}");
            assert!(text.find("المدينة") < text.find("PORTRAITS"), "{text}");
            assert!(said.contains("1 card(s) left out"), "{said}");
            assert!(!text.contains("glad you came"), "{text}");
        } else {
            assert!(english < arabic, "{text}");
            assert!(text.contains("We are glad you came"), "{text}");
        }
        // The photograph is on the page: its drawn pixels vary as a photo's do.
        let png = dir.path().join(format!("{layout}-page"));
        common::poppler(
            "pdftoppm",
            &[
                "-r",
                "20",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                pdf.to_str().unwrap(),
                png.to_str().unwrap(),
            ],
        );
        let page = image::open(format!("{}-1.png", png.display()))
            .unwrap()
            .to_rgb8();
        let colours: std::collections::HashSet<[u8; 3]> = page.pixels().map(|p| p.0).collect();
        assert!(colours.len() > 2_000, "{layout}: {} colours", colours.len());
    }
}

/// Participants' text that a spreadsheet would run as a formula reaches the translators'
/// sheet as text, and comes back exactly as typed.
#[test]
fn the_translators_sheet_never_runs_a_participants_formula() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("-", "Huda");
    let messages = [
        "=HYPERLINK(\"http://example.com/x\", \"click\")",
        "@SUM(A1:A9)",
        "+44 20 7946 0000 call us",
        "-3 degrees and still welcome",
        "'quoted' welcome",
        "\tWelcome after a tab",
        "Welcome = home",
    ];
    let mut ids = Vec::new();
    for message in messages {
        f.text.message = message.into();
        ids.push(f.save(&mut archive, &Use::ALL).id);
    }
    let sheet = dir.path().join("sheet.csv");
    translators::export(&archive, &Filter::default(), &sheet).unwrap();
    let text = std::fs::read_to_string(&sheet).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    for (row, message) in rows.iter().zip(messages) {
        let cell = &row[1];
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a spreadsheet would run {cell:?}"
        );
        assert!(cell.ends_with(message), "{cell:?}");
    }
    assert_eq!(&rows[6][1], "Welcome = home", "plain text left alone");

    // A translator fills in translations that start like formulas too, and signs "@Rania".
    let mut filled = csv::Writer::from_writer(Vec::new());
    filled
        .write_record(["id", "message", "translation", "status", "translator"])
        .unwrap();
    for row in &rows {
        filled
            .write_record([&row[0], &row[1], "'=أهلاً", "approved", "'@Rania"])
            .unwrap();
    }
    let filled_path = dir.path().join("filled.csv");
    std::fs::write(&filled_path, filled.into_inner().unwrap()).unwrap();
    assert_eq!(
        translators::import(&mut archive, &mut f.engine, &filled_path)
            .unwrap()
            .len(),
        messages.len()
    );
    for (id, message) in ids.iter().zip(messages) {
        let record = archive.get(*id).unwrap();
        assert_eq!(record.message, message, "the participant's exact text");
        let t = record.translation.unwrap();
        assert_eq!(
            (t.text.as_str(), t.translator.as_deref()),
            ("=أهلاً", Some("@Rania"))
        );
    }
    // Exported again and imported unchanged: nothing changes.
    translators::export(&archive, &Filter::default(), &sheet).unwrap();
    assert!(
        translators::import(&mut archive, &mut f.engine, &sheet)
            .unwrap()
            .is_empty()
    );
}

/// A curator corrects a typo: the card is drawn again with the new text, the record keeps
/// the old one with who and when; an edit on a card changed since it was opened, or a
/// message too long for the card, is refused and changes nothing.
#[test]
fn a_correction_redraws_the_card_and_keeps_the_text_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("Welcome to our ctiy, friend", "Amal");
    let card = f.save(&mut archive, &Use::ALL);
    let opened = archive.get(card.id).unwrap().version;
    let fix = TextFix {
        message: Some("Welcome to our city, friend".into()),
        name: Some("Amal K.".into()),
    };
    let fixed = archive
        .correct(&mut f.engine, card.id, opened, &fix, "Sara")
        .unwrap();
    assert_eq!(fixed.message, "Welcome to our city, friend");
    let history: Vec<(&str, &str, Option<&str>)> = fixed
        .corrections
        .iter()
        .map(|c| (c.field.as_str(), c.by.as_str(), c.before.as_deref()))
        .collect();
    assert_eq!(
        history,
        [
            ("message", "Sara", Some("Welcome to our ctiy, friend")),
            ("name", "Sara", Some("Amal"))
        ]
    );
    let pdf = common::pdf_text(&archive.card_dir(card.id).join("card.pdf"));
    assert!(
        pdf.contains("our city, friend") && pdf.contains("Amal K."),
        "{pdf}"
    );
    assert!(archive.check().unwrap().is_clean());

    // A second editor who opened the card before the first saved.
    let late = TextFix {
        message: Some("Welcome, friend".into()),
        ..TextFix::default()
    };
    let err = archive
        .correct(&mut f.engine, card.id, opened, &late, "Omar")
        .unwrap_err();
    assert!(
        err.to_string().contains("changed since you opened it"),
        "{err}"
    );
    let long = TextFix {
        message: Some("Welcome! ".repeat(120)),
        ..TextFix::default()
    };
    let err = archive
        .correct(&mut f.engine, card.id, fixed.version, &long, "Omar")
        .unwrap_err();
    assert!(err.to_string().contains("shorten"), "{err}");
    assert_eq!(archive.get(card.id).unwrap(), fixed, "nothing changed");
}

/// Curators choose the exhibition: a card left out, two put in order; the PDF's pages and
/// the gallery's figures follow; a card without exhibition consent cannot be put in.
#[test]
fn the_exhibition_follows_the_curators_selection_and_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(&dir.path().join("archive")).unwrap();
    let mut f = demo_card("-", "Nour");
    let mut cards = Vec::new();
    for message in [
        "First welcome",
        "Second welcome",
        "Third welcome",
        "Fourth welcome",
    ] {
        f.text.message = message.into();
        f.rendered = f
            .engine
            .render_photo_file(&f.layout, &f.text, &f.photo, "demo", None)
            .unwrap();
        cards.push(f.save(&mut archive, &Use::ALL).id);
    }
    let private = f.save(&mut archive, &[Use::Print]).id;
    archive.exclude(&[cards[1]]).unwrap();
    archive.place_first(&[cards[3], cards[2]]).unwrap();
    assert_eq!(archive.exhibited().unwrap(), [cards[3], cards[2], cards[0]]);
    assert!(matches!(
        archive.include(&[private]),
        Err(ArchiveError::NoConsent { .. })
    ));

    let out = dir.path().join("exhibition");
    let report = exhibition::build(&archive, &mut f.engine, &out, None, &()).unwrap();
    assert_eq!(report.cards, 3);
    let text = common::pdf_text(&report.pdf);
    let at = |m: &str| text.find(m).unwrap_or_else(|| panic!("{m}: {text}"));
    assert!(
        at("Fourth") < at("Third") && at("Third") < at("First"),
        "{text}"
    );
    assert!(!text.contains("Second"), "{text}");
    let gallery = std::fs::read_to_string(&report.gallery).unwrap();
    let figure = |id: CardId| gallery.find(&format!("images/{id}.jpg")).unwrap();
    assert!(figure(cards[3]) < figure(cards[2]) && figure(cards[2]) < figure(cards[0]));
    assert!(!gallery.contains(&cards[1].to_string()));

    // Put back, it hangs where it was made among the cards not placed; erased, it is
    // forgotten by the selection too.
    archive.include(&[cards[1]]).unwrap();
    assert_eq!(
        archive.exhibited().unwrap(),
        [cards[3], cards[2], cards[0], cards[1]]
    );
    archive.erase(cards[3]).unwrap();
    assert_eq!(archive.selection().unwrap().order, [cards[2]]);
}

/// Curators find cards by a word of the message, the name or the Arabic translation (the
/// start of a word is enough), or by the reference on the card; the index follows
/// corrections and erasure.
#[test]
fn search_finds_cards_by_any_word_and_by_reference() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("-", "Noor");
    let mut save = |message: &str, name: &str, archive: &mut Archive| {
        f.text.message = message.into();
        f.text.name = Some(name.into());
        f.save(archive, &Use::ALL)
    };
    let a = save("You are welcome in our library", "Noor", &mut archive);
    let b = save("Our city is your home", "Rami", &mut archive);
    let c = save("Friends are waiting \"here\"", "Sam", &mut archive);
    approve_translation(&mut archive, b.clone(), "مدينتنا هي بيتك");
    let found = |archive: &Archive, text: &str| -> Vec<CardId> {
        archive
            .search(text, 10)
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(found(&archive, "welc"), [a.id]);
    let mut ours = found(&archive, "OUR");
    ours.sort();
    assert_eq!(ours, [a.id, b.id], "any case");
    assert_eq!(found(&archive, "our home"), [b.id], "every word");
    assert_eq!(found(&archive, "rami"), [b.id]);
    assert_eq!(found(&archive, "بيتك"), [b.id]);
    assert_eq!(found(&archive, &c.id.reference().to_lowercase()), [c.id]);
    assert_eq!(
        found(&archive, "\"here\" AND OR NEAR("),
        Vec::<CardId>::new()
    );
    assert_eq!(
        found(&archive, "\"here"),
        [c.id],
        "quotes are text, not syntax"
    );
    let fix = TextFix {
        message: Some("You are welcome in our reading room".into()),
        ..TextFix::default()
    };
    let version = archive.get(a.id).unwrap().version;
    archive
        .correct(&mut f.engine, a.id, version, &fix, "Sara")
        .unwrap();
    assert_eq!(found(&archive, "library"), Vec::<CardId>::new());
    assert_eq!(found(&archive, "reading"), [a.id]);
    archive.erase(b.id).unwrap();
    assert_eq!(found(&archive, "بيتك"), Vec::<CardId>::new());
    assert_eq!(found(&archive, &b.id.reference()), Vec::<CardId>::new());
}

/// The desk's grid: pages of the newest first with their total, each filter narrowing
/// them, words ranked, and a reference finding its one card.
#[test]
fn pages_of_cards_follow_every_filter() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("-", "Noor");
    let mut made = Vec::new();
    for n in 0..7 {
        f.text.message = match n % 2 {
            0 => format!("Welcome to our town, friend number {n}"),
            _ => format!("أهلاً وسهلاً بكم في مدينتنا {n}"),
        };
        let uses: &[Use] = if n < 5 { &Use::ALL } else { &[Use::Print] };
        made.push(f.save(&mut archive, uses).id);
    }
    let third = archive.get(made[2]).unwrap();
    approve_translation(&mut archive, third, "مرحباً يا صديقي");
    let ids = |filter: &Filter, offset: u64, limit: usize| {
        let page = archive.page(filter, offset, limit).unwrap();
        (
            page.cards.iter().map(|c| c.id).collect::<Vec<_>>(),
            page.total,
        )
    };
    let all = Filter::default();
    assert_eq!(
        ids(&all, 0, 3),
        (vec![made[6], made[5], made[4]], 7),
        "newest first"
    );
    assert_eq!(ids(&all, 6, 3), (vec![made[0]], 7), "the last page");
    let exhibition = Filter {
        consent: Some(Use::Exhibition),
        ..Filter::default()
    };
    assert_eq!(ids(&exhibition, 0, 10).1, 5);
    let arabic_messages = Filter {
        language: Some("ara".into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&arabic_messages, 0, 10),
        (vec![made[5], made[3], made[1]], 3)
    );
    let approved = Filter {
        translation: Some(TranslationStatus::Approved),
        ..Filter::default()
    };
    assert_eq!(ids(&approved, 0, 10), (vec![made[2]], 1));
    let untranslated = Filter {
        untranslated: true,
        ..Filter::default()
    };
    assert_eq!(ids(&untranslated, 0, 10).1, 6);
    let words = Filter {
        words: Some("welc friend".into()),
        consent: Some(Use::Social),
        ..Filter::default()
    };
    assert_eq!(ids(&words, 0, 10).1, 3, "words and a filter together");
    // Eight letters that could be a reference (WE1C-T0WN) but name no card are words.
    let like_a_reference = Filter {
        words: Some("welc town".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&like_a_reference, 0, 10).1, 4);
    let arabic = Filter {
        words: Some("صديق".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&arabic, 0, 10), (vec![made[2]], 1));
    let reference = Filter {
        words: Some(made[4].reference().to_lowercase()),
        ..Filter::default()
    };
    assert_eq!(ids(&reference, 0, 10), (vec![made[4]], 1));
    let today = archive.get(made[0]).unwrap().created_at.day();
    let before_today = Filter {
        until: Some(today),
        ..Filter::default()
    };
    assert_eq!(ids(&before_today, 0, 10).1, 0);
    assert_eq!(archive.events().unwrap(), ["Museum Night"]);
    let languages = archive.languages().unwrap();
    assert!(
        languages.len() == 2 && languages.contains(&"ara".to_string()),
        "{languages:?}"
    );
    let bad = Filter {
        since: Some("last tuesday".into()),
        ..Filter::default()
    };
    assert!(
        matches!(archive.page(&bad, 0, 10), Err(ArchiveError::BadDate(d)) if d == "last tuesday")
    );
}

/// A translation saved at the desk: a draft leaves the card as it is, approval draws it
/// with the Arabic, a translation that does not fit is refused, and so is a save on a
/// card that changed since it was opened.
#[test]
fn a_translation_is_saved_checked_and_drawn_once_approved() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(dir.path()).unwrap();
    let mut f = demo_card("You are welcome here", "Nour");
    let id = f.save(&mut archive, &Use::ALL).id;
    let pdf = archive.card_dir(id).join("card.pdf");
    let before = std::fs::read(&pdf).unwrap();
    let v = archive.get(id).unwrap().version;
    let draft = archive
        .translate(
            &mut f.engine,
            id,
            v,
            "أنت مرحب بك هنا",
            TranslationStatus::Draft,
            "Rania",
        )
        .unwrap();
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        before,
        "a draft is not printed"
    );
    assert_eq!(
        draft.translation.as_ref().unwrap().translator.as_deref(),
        Some("Rania")
    );
    let stale = archive.translate(
        &mut f.engine,
        id,
        v,
        "أهلاً",
        TranslationStatus::Approved,
        "Huda",
    );
    assert!(
        matches!(stale, Err(ArchiveError::ChangedSinceOpened { .. })),
        "{stale:?}"
    );
    let long = "مرحبا بكم ".repeat(80);
    let refused = archive.translate(
        &mut f.engine,
        id,
        draft.version,
        &long,
        TranslationStatus::Approved,
        "Rania",
    );
    assert!(
        matches!(
            refused,
            Err(ArchiveError::Card(CardError::TextDoesNotFit {
                field: TextField::Translation,
                ..
            }))
        ),
        "{:?}",
        refused.err()
    );
    assert_eq!(
        archive.get(id).unwrap().version,
        draft.version,
        "nothing changed"
    );
    archive
        .translate(
            &mut f.engine,
            id,
            draft.version,
            "أنت مرحب بك هنا",
            TranslationStatus::Approved,
            "Rania",
        )
        .unwrap();
    assert!(common::pdf_text(&pdf).contains("مرحب"));
    let report = archive.check().unwrap();
    assert!(report.is_clean(), "{report:?}");
}

/// Desk accounts: names checked, one role each, a new password replaces the old.
#[test]
fn desk_accounts_keep_a_role_and_a_hash() {
    let dir = tempfile::tempdir().unwrap();
    let archive = Archive::open(dir.path()).unwrap();
    assert_eq!(archive.account_count().unwrap(), 0);
    let hash = welcome_booth::secret::hash("a long password").unwrap();
    let mira = Account {
        name: "Mira".into(),
        role: Role::Curator,
        password_hash: hash.clone(),
    };
    archive.set_account(&mira).unwrap();
    archive
        .set_account(&Account {
            role: Role::Translator,
            ..mira.clone()
        })
        .unwrap();
    let kept = archive.account("Mira").unwrap().unwrap();
    assert_eq!((kept.role, kept.password_hash), (Role::Translator, hash));
    assert_eq!(archive.account_count().unwrap(), 1);
    assert!(archive.account("Nobody").unwrap().is_none());
    let blank = Account {
        name: " ".into(),
        ..mira
    };
    assert!(matches!(
        archive.set_account(&blank),
        Err(ArchiveError::BadAccountName(_))
    ));
}
