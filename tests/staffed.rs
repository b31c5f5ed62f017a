//! The staffed story booth as its people meet it: an interviewer on a phone-sized browser
//! writes a participant's story and quote while the kiosk (driven by kittest, on the same
//! archive) serves the participant; and the photographer picks the shot from a tethered
//! camera's hot folder.

mod common;

use std::path::Path;

use common::desk::{Browser, Desk, add_user, block_on, log_in, request};
use common::kiosk::{click, config, kiosk, step_until, take_photo, type_physical, wait};
use common::{pdf_text, squash};
use egui_kittest::kittest::Queryable;
use welcome_booth::archive::{Archive, ArchiveError};
use welcome_booth::kiosk::config::{BoothMode, Config};
use welcome_booth::kiosk::flow::Step;

const INTERVIEWER: (&str, &str) = ("Hana", "interviewer-pass-2026");
const BOOTH: &str = "booth 1";

fn staffed(archive: &Path) -> Config {
    Config {
        mode: BoothMode::Staffed,
        booth_name: BOOTH.into(),
        ..config(archive, common::kiosk::QUEUE)
    }
}

/// The kiosk takes a participant who agrees to the archive to the message screen.
fn to_the_message(h: &mut egui_kittest::Harness<'_, welcome_booth::kiosk::KioskApp>) {
    click(h, "Start");
    click(
        h,
        "Keep my portrait and message in the booth's archive after today",
    );
    click(h, "Next");
    take_photo(h);
    click(h, "Keep this photo");
    step_until(h, "the message screen", |h| {
        h.state().step() == Step::Message
    });
}

/// The participant makes the card from the message on screen and prints it.
fn print(h: &mut egui_kittest::Harness<'_, welcome_booth::kiosk::KioskApp>) {
    step_until(h, "the message to fit", common::kiosk::make_card_enabled);
    click(h, "Make my card");
    step_until(h, "the card preview", |h| h.state().step() == Step::Preview);
    click(h, "Print my card");
    step_until(h, "the goodbye", |h| {
        matches!(h.state().step(), Step::Goodbye { .. })
    });
}

/// Every byte of the catalog and its journal, to look for what must not be kept.
fn catalog_bytes(archive: &Path) -> Vec<u8> {
    ["catalog.sqlite", "catalog.sqlite-wal"]
        .iter()
        .filter_map(|f| std::fs::read(archive.join(f)).ok())
        .flatten()
        .collect()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn an_interviewer_on_a_phone_sends_the_quote_the_participant_finishes_and_prints() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path();
    add_user(archive, INTERVIEWER.0, "interviewer", INTERVIEWER.1);
    let desk = Desk::start(archive);
    let mut h = kiosk(staffed(archive));
    let story = "Came from Aleppo in 2016; teaches football to the children of the street.";
    let quote = "أهلاً وسهلاً بكم في مدينتنا";
    block_on(async {
        let b = Browser::open_sized(390, 844).await;
        b.log_in(&desk, INTERVIEWER.0, INTERVIEWER.1).await;
        let c = &b.client;
        let width = c.execute("return window.innerWidth", vec![]).await.unwrap();
        assert_eq!(width, 390, "a phone's screen");
        assert!(b.text().await.contains("Nobody is in progress"));

        to_the_message(&mut h);
        h.get_by_label("Your first name (optional)").click();
        h.run_steps(2);
        type_physical(&mut h, "Karim");
        step_until(&mut h, "the name typed", |h| h.state().typed().1 == "Karim");
        // The kiosk's row reaches the page (it looks again every few seconds).
        c.goto(&desk.url("/booth")).await.unwrap();
        b.wait("the participant", "return document.body.innerText", |v| {
            v.as_str()
                .is_some_and(|t| t.contains(BOOTH) && t.contains("Karim"))
        })
        .await;
        b.screenshot_for_docs("at-the-booth-list.png").await;
        b.click("ul.booths a").await;
        b.retype("textarea[name=story]", story).await;
        b.retype("textarea[name=text]", quote).await;
        b.wait(
            "the card drawn",
            "return document.getElementById('preview').dataset.drawn || ''",
            |v| v.as_str().is_some_and(|s| !s.is_empty()),
        )
        .await;
        b.screenshot_for_docs("at-the-booth.png").await;
        b.click("button[value=send]").await;
        assert!(b.text().await.contains("Sent"), "{}", b.text().await);

        // The quote is in the kiosk's field; the participant adds a word and prints.
        step_until(&mut h, "the quote in the message field", |h| {
            h.state().typed().0 == quote
        });
        h.get_by_label("Your message").click();
        h.run_steps(2);
        type_physical(&mut h, " يا أصدقاء");
        step_until(
            &mut h,
            "the message to fit",
            common::kiosk::make_card_enabled,
        );
        click(&mut h, "Make my card");
        step_until(&mut h, "the card preview", |h| {
            h.state().step() == Step::Preview
        });
        // The interviewer's page, not reloaded, follows the participant to the card...
        b.wait(
            "the page to follow the participant",
            "return document.getElementById('now').textContent",
            |v| v.as_str() == Some("Now looking at the card."),
        )
        .await;
        click(&mut h, "Print my card");
        step_until(&mut h, "the goodbye", |h| {
            matches!(h.state().step(), Step::Goodbye { .. })
        });
        // ...and says when they have gone.
        b.wait(
            "the page to say the participant finished",
            "return document.getElementById('now').textContent",
            |v| {
                v.as_str()
                    .is_some_and(|t| t.contains("finished or walked away"))
            },
        )
        .await;

        // An interviewer reaches nothing of the archive.
        for page in ["/cards", "/exhibition", "/cards/1/translate"] {
            c.goto(&desk.url(page)).await.unwrap();
            let text = b.text().await;
            assert!(text.contains("403"), "{page}: {text}");
        }
        b.close().await;
    });

    let archive_now = Archive::open(archive).unwrap();
    let cards = archive_now.list(&Default::default()).unwrap();
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    assert_eq!(card.story.as_ref().map(|s| s.text.as_str()), Some(story));
    assert_eq!(
        card.story.as_ref().map(|s| s.by.as_str()),
        Some(INTERVIEWER.0)
    );
    let printed = pdf_text(
        &archive
            .join("cards")
            .join(card.id.to_string())
            .join("card.pdf"),
    );
    assert!(
        squash(&printed).contains(&squash(&format!("{quote} يا أصدقاء"))),
        "{printed}"
    );
    assert!(archive_now.participants().unwrap().is_empty());

    // A curator finds the card by a word of its story, reads it and corrects it; a
    // translator does not see the booth.
    add_user(archive, "Mira", "curator", "curator-pass-2026");
    add_user(archive, "Rania", "translator", "translator-pass-2026");
    let curator = log_in(desk.addr, "Mira", "curator-pass-2026").unwrap();
    let found = request(desk.addr, "GET", "/cards?q=alepp", &curator, &[]);
    assert!(found.body.contains(&card.id.to_string()), "{}", found.body);
    let page = request(
        desk.addr,
        "GET",
        &format!("/cards/{}", card.id),
        &curator,
        &[],
    );
    assert!(page.body.contains(story), "{}", page.body);
    let fixed = "Came from Aleppo in 2016; coaches the street's football team.";
    let answer = request(
        desk.addr,
        "POST",
        &format!("/cards/{}/story", card.id),
        &curator,
        &[
            ("csrf", &page.field("csrf")),
            ("version", &page.field("version")),
            ("story", fixed),
        ],
    );
    assert_eq!(answer.status, 303, "{}", answer.body);
    let corrected = archive_now.get(card.id).unwrap().story.unwrap();
    assert_eq!(corrected.text, fixed);
    assert_eq!(corrected.corrections[0].before.as_deref(), Some(story));
    let translator = log_in(desk.addr, "Rania", "translator-pass-2026").unwrap();
    for page in ["/booth", "/booth/now?booth=Booth"] {
        assert_eq!(
            request(desk.addr, "GET", page, &translator, &[]).status,
            403,
            "{page}"
        );
    }

    // The next participant walks away after the interview: nothing of theirs stays.
    let secret = "Walked-away-story-7731";
    step_until(&mut h, "the start screen", |h| {
        h.state().step() == Step::Attract
    });
    to_the_message(&mut h);
    let now = archive_now
        .participant(BOOTH)
        .unwrap()
        .expect("in progress");
    // The kiosk at its real pace (a frame per 0.1 s): how long the quote takes to show.
    let sent = std::time::Instant::now();
    archive_now
        .write_for_participant(
            BOOTH,
            &now.token,
            now.version,
            secret,
            Some("Welcome"),
            "Hana",
        )
        .unwrap();
    common::kiosk::step_until_paced(
        &mut h,
        "the quote",
        |h| h.state().typed().0 == "Welcome",
        common::kiosk::STEP,
    );
    eprintln!(
        "Send → quote in the kiosk's field: {} ms",
        sent.elapsed().as_millis()
    );
    wait(&mut h, 20.0);
    step_until(&mut h, "the start screen", |h| {
        h.state().step() == Step::Attract
    });
    h.run_steps(5);
    step_until(&mut h, "the row to go", |_| {
        archive_now.participants().unwrap().is_empty()
    });
    assert_eq!(archive_now.list(&Default::default()).unwrap().len(), 1);
    assert!(
        !contains(&catalog_bytes(archive), secret),
        "the story is left in the catalog"
    );
}

#[test]
fn two_interviewers_on_one_participant_the_later_send_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let archive = Archive::open(dir.path()).unwrap();
    let p = archive.participant_started(BOOTH, "postcard-4x6").unwrap();
    let opened = archive.participant(BOOTH).unwrap().unwrap();
    archive
        .write_for_participant(
            BOOTH,
            &p.token,
            opened.version,
            "first",
            Some("Hello"),
            "Hana",
        )
        .unwrap();
    let later =
        archive.write_for_participant(BOOTH, &p.token, opened.version, "second", None, "Omar");
    assert!(
        matches!(later, Err(ArchiveError::ParticipantChanged { .. })),
        "{later:?}"
    );
    assert!(
        later
            .unwrap_err()
            .to_string()
            .contains("changed since you opened it")
    );
    assert_eq!(archive.take_quote(&p).unwrap().as_deref(), Some("Hello"));
    assert_eq!(
        archive.take_quote(&p).unwrap(),
        None,
        "a quote is taken once"
    );
    // The next participant at the booth is not the one the page was opened for.
    let next = archive.participant_started(BOOTH, "postcard-4x6").unwrap();
    let stale = archive.write_for_participant(BOOTH, &p.token, 1, "late", None, "Hana");
    assert!(matches!(
        stale,
        Err(ArchiveError::ParticipantChanged { .. })
    ));
    assert_eq!(archive.story_for(&next).unwrap(), None);
}

/// A photographer's JPEG.
fn shot(seed: u64) -> Vec<u8> {
    let picture = welcome_booth::capture::synthetic::portrait(1600, 1200, seed);
    welcome_booth::card::raster::encode_jpeg(&picture, 90).unwrap()
}

#[test]
fn the_photographers_strip_shows_this_participants_shots_and_the_one_tapped_is_archived() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    let folder = dir.path().join("camera");
    std::fs::create_dir(&folder).unwrap();
    // The last participant's shot is still in the folder.
    std::fs::write(folder.join("IMG_0001.JPG"), shot(1)).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    let mut h = kiosk(Config {
        camera: welcome_booth::capture::CameraChoice::Folder(folder.clone()),
        ..staffed(&archive)
    });
    click(&mut h, "Start");
    click(
        &mut h,
        "Keep my portrait and message in the booth's archive after today",
    );
    click(&mut h, "Next");
    step_until(&mut h, "the strip", |h| {
        h.query_by_label("Choose your photo").is_some()
    });

    let previews = h.state().camera_pictures();
    // The photographer shoots three: one with a RAW file beside it, one copied slowly.
    let (two, three) = (shot(2), shot(3));
    std::fs::write(folder.join("IMG_0002.JPG"), &two).unwrap();
    std::fs::write(folder.join("IMG_0002.CR2"), b"raw sensor data").unwrap();
    std::fs::write(folder.join("IMG_0003.JPG"), &three).unwrap();
    let slow = shot(4);
    let writer = {
        let (path, slow) = (folder.join("IMG_0004.JPG"), slow.clone());
        std::thread::spawn(move || {
            use std::io::Write;
            let mut file = std::fs::File::create(path).unwrap();
            for chunk in slow.chunks(slow.len() / 5 + 1) {
                file.write_all(chunk).unwrap();
                file.flush().unwrap();
                std::thread::sleep(std::time::Duration::from_millis(300));
            }
        })
    };
    // In real time: the photographer takes their time, and the screen waits with them.
    let pace = common::kiosk::STEP;
    common::kiosk::step_until_paced(
        &mut h,
        "three shots on the strip",
        |h| h.query_by_label("Photo 3").is_some(),
        pace,
    );
    writer.join().unwrap();
    h.run_steps(10);
    // The strip stands where the live preview would: no shot was decoded for it.
    assert_eq!(h.state().camera_pictures(), previews);
    assert!(
        h.query_by_label("Photo 4").is_none(),
        "only this participant's shots"
    );
    // Newest first, in reading order (row by row).
    let at = |label: &str| {
        let r = h.get_by_label(label).rect();
        (r.min.y, r.min.x)
    };
    assert!(
        at("Photo 3") < at("Photo 2") && at("Photo 2") < at("Photo 1"),
        "newest first"
    );

    // The participant likes the second shot best; the photographer taps it.
    click(&mut h, "Photo 2");
    step_until(&mut h, "the chosen photo", |h| {
        h.state().step() == Step::Review
    });
    click(&mut h, "Keep this photo");
    type_physical(&mut h, "Welcome, neighbours");
    print(&mut h);
    let archive = Archive::open(&archive).unwrap();
    let card = &archive.list(&Default::default()).unwrap()[0];
    assert_eq!(
        std::fs::read(archive.photo_path(card)).unwrap(),
        three,
        "the tapped shot, byte for byte"
    );
}

#[test]
fn a_story_that_cannot_be_read_stops_the_save_and_nothing_is_lost() {
    use welcome_booth::archive::{Consent, Use};
    use welcome_booth::kiosk::booth::Booth;
    let dir = tempfile::tempdir().unwrap();
    let printer = welcome_booth::print::MemoryPrinter::new(common::kiosk::QUEUE);
    let mut booth = Booth::open(staffed(dir.path()), None, Box::new(printer)).unwrap();
    booth.participant_started();
    let photo = welcome_booth::capture::synthetic::portrait(1280, 720, 1);
    let frame = welcome_booth::capture::Frame::now(photo, None);
    let draft = booth.make_card(&frame, "Welcome", "Amal", "en").unwrap();
    // The catalog's table of participants in progress is damaged.
    rusqlite::Connection::open(dir.path().join("catalog.sqlite"))
        .unwrap()
        .execute_batch("DROP TABLE at_booth")
        .unwrap();
    let refused = booth.save_and_print(draft, Consent::given(&Use::ALL));
    let not_saved = refused
        .err()
        .expect("the card is handed back, not saved without its story");
    assert!(
        not_saved.reason.contains("at_booth"),
        "{}",
        not_saved.reason
    );
    assert_eq!(not_saved.draft.text.message, "Welcome");
    assert!(booth.archive.list(&Default::default()).unwrap().is_empty());
}
