//! One exhibition from many booths: archives merged folder to folder and through bundles,
//! edits kept, conflicts reported, erasures carried both ways, and merges that survive
//! SIGKILL. Records are read back from the archives, files from disk.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::demo_card;
use welcome_booth::archive::Part;
use welcome_booth::archive::{
    Archive, ArchiveError, CardId, CardRecord, Filter, Translation, TranslationStatus, Use,
};
use welcome_booth::card::CardEngine;
use welcome_booth::publish::exhibition;

/// A booth's archive with a card per message, made at `event`.
fn booth(root: &Path, event: &str, messages: &[&str]) -> (Archive, Vec<CardRecord>) {
    let mut archive = Archive::open(root).unwrap();
    let mut card = demo_card("-", "Amal");
    card.text.event = Some(event.into());
    let records = messages
        .iter()
        .map(|m| {
            card.text.message = m.to_string();
            card.rendered = card
                .engine
                .render_photo_file(&card.layout, &card.text, &card.photo, "demo", None)
                .unwrap();
            card.save(&mut archive, &Use::ALL)
        })
        .collect();
    (archive, records)
}

/// Approves a translation of a card and draws the card bilingual, as the booth does.
fn translate(archive: &mut Archive, id: CardId, text: &str) {
    let mut record = archive.get(id).unwrap();
    record.translation = Some(Translation {
        text: text.into(),
        status: TranslationStatus::Approved,
        translator: Some("Rania".into()),
        at: "2026-11-30T09:00:00Z".parse().unwrap(),
    });
    archive.update(&mut record).unwrap();
    archive.rerender(&mut CardEngine::new(), id, None).unwrap();
}

fn ids(archive: &Archive) -> Vec<CardId> {
    let mut ids: Vec<CardId> = archive
        .summaries(&Filter::default())
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    ids.sort();
    ids
}

/// Copies an archive folder as a file tool would.
fn copy_dir(from: &Path, to: &Path) {
    let copied = Command::new("cp")
        .args(["-a", from.to_str().unwrap(), to.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(copied.success());
}

/// Every file of every card, to prove a merge changed nothing.
fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for dir in ["cards", "erased", "assets"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let inner: Vec<_> = match path.is_dir() {
                true => std::fs::read_dir(&path)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .collect(),
                false => vec![path],
            };
            for file in inner {
                files.push((file.display().to_string(), std::fs::read(&file).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn two_booths_merge_into_one_exhibition_keeping_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let (mut southbank, a) = booth(
        &dir.path().join("southbank"),
        "Southbank Centre",
        &["Welcome, neighbour", "You are safe here"],
    );
    let (mut museum, b) = booth(
        &dir.path().join("museum"),
        "British Museum",
        &["This city is yours too", "We are glad you came"],
    );
    let mut engine = CardEngine::new();
    // The first Southbank card travels to the museum's laptop, and is translated there.
    let shared = a[0].id;
    let report = museum
        .merge(&mut engine, &dir.path().join("southbank"))
        .unwrap();
    assert_eq!((report.added, report.updated), (2, 0));
    translate(&mut museum, shared, "أهلاً يا جار");
    // Meanwhile at Southbank a curator corrects its message: another part of the card.
    let mut corrected = southbank.get(shared).unwrap();
    corrected.message = "Welcome, dear neighbour".into();
    southbank.update(&mut corrected).unwrap();

    // The campaign's archive takes both, in either order: every card once, both edits.
    for (name, order) in [
        ("c1", ["southbank", "museum"]),
        ("c2", ["museum", "southbank"]),
    ] {
        let mut campaign = Archive::open(&dir.path().join(name)).unwrap();
        for source in order {
            let report = campaign
                .merge(&mut engine, &dir.path().join(source))
                .unwrap();
            assert!(report.conflicts.is_empty(), "{report}");
        }
        let mut expected: Vec<CardId> = a.iter().chain(&b).map(|r| r.id).collect();
        expected.sort();
        assert_eq!(ids(&campaign), expected, "{name}");
        let card = campaign.get(shared).unwrap();
        assert_eq!(card.message, "Welcome, dear neighbour", "{name}");
        assert_eq!(card.translation.unwrap().text, "أهلاً يا جار", "{name}");
        // The merged card is drawn with both: its PDF has the correction and the Arabic.
        let text = common::pdf_text(&campaign.card_dir(shared).join("card.pdf"));
        assert!(text.contains("dear neighbour"), "{name}: {text}");
        assert!(campaign.check().unwrap().is_clean(), "{name}");
        assert_eq!(campaign.copies_of(shared).unwrap().len(), 2);

        // Merging the same archives again changes nothing.
        let before = snapshot(&dir.path().join(name));
        for source in order {
            let again = campaign
                .merge(&mut engine, &dir.path().join(source))
                .unwrap();
            assert!(again.changed_nothing(), "{name}: {again}");
            assert_eq!(again.unchanged, if source == "museum" { 4 } else { 2 });
        }
        assert_eq!(snapshot(&dir.path().join(name)), before, "{name}");
    }

    // Both booths translate the same card differently: a conflict, reported and kept.
    translate(&mut southbank, shared, "مرحباً يا جار");
    let mut campaign = Archive::open(&dir.path().join("c1")).unwrap();
    for _ in 0..2 {
        let report = campaign
            .merge(&mut engine, &dir.path().join("southbank"))
            .unwrap();
        assert_eq!(report.conflicts, [(shared, Part::Translation)], "{report}");
        assert!(
            report
                .to_string()
                .contains("both archives changed its translation")
        );
    }
    let kept = campaign.get(shared).unwrap();
    assert_eq!(
        kept.translation.unwrap().text,
        "أهلاً يا جار",
        "never overwritten"
    );
    assert_eq!(kept.message, "Welcome, dear neighbour");
    let conflicts = campaign.conflicts().unwrap();
    assert_eq!(conflicts.len(), 1, "noted once however often merged");
    assert!(conflicts[0].theirs.contains("مرحباً يا جار"));
    assert!(conflicts[0].source.ends_with("southbank"));
    assert!(matches!(
        campaign.merge(&mut engine, &dir.path().join("c1")),
        Err(ArchiveError::MergeSelf(_))
    ));

    // A curator takes Southbank's translation: the card is drawn with it, and merging
    // Southbank again raises nothing.
    let settled = campaign
        .resolve(&mut engine, shared, Part::Translation, true)
        .unwrap();
    assert_eq!(settled.translation.unwrap().text, "مرحباً يا جار");
    assert_eq!(settled.message, "Welcome, dear neighbour", "the rest kept");
    assert!(campaign.conflicts().unwrap().is_empty());
    let again = campaign
        .merge(&mut engine, &dir.path().join("southbank"))
        .unwrap();
    assert!(
        again.conflicts.is_empty() && again.changed_nothing(),
        "{again}"
    );
    let pdf = common::pdf_text(&campaign.card_dir(shared).join("card.pdf"));
    assert!(pdf.contains("مرحباً") || pdf.contains("جار"), "{pdf}");
    assert!(matches!(
        campaign.resolve(&mut engine, shared, Part::Text, false),
        Err(ArchiveError::NoConflict { .. })
    ));
}

#[test]
fn a_story_changed_in_one_archive_is_taken_and_in_both_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let (mut booth_a, cards) = booth(&dir.path().join("a"), "Southbank", &["Welcome"]);
    let id = cards[0].id;
    let mut engine = CardEngine::new();
    let mut campaign = Archive::open(&dir.path().join("campaign")).unwrap();
    campaign.merge(&mut engine, &dir.path().join("a")).unwrap();

    // The booth's curator writes the story down: the campaign takes it, with its history.
    let story = "Arrived from Kharkiv in March; now sings in the town choir.";
    let version = booth_a.get(id).unwrap().version;
    booth_a.correct_story(id, version, story, "Mira").unwrap();
    let report = campaign.merge(&mut engine, &dir.path().join("a")).unwrap();
    assert!(report.conflicts.is_empty(), "{report}");
    assert_eq!(report.updated, 1, "{report}");
    let taken = campaign.get(id).unwrap().story.unwrap();
    assert_eq!(taken.text, story);
    assert_eq!(taken.corrections.len(), 1);
    let words = Filter {
        words: Some("choir".into()),
        ..Filter::default()
    };
    let found = campaign.page(&words, 0, 10).unwrap();
    assert_eq!(found.total, 1, "the story is searched");

    // Both change it: a conflict, the campaign's own kept until a curator chooses.
    let version = booth_a.get(id).unwrap().version;
    booth_a
        .correct_story(id, version, "Arrived from Kharkiv in March 2022.", "Mira")
        .unwrap();
    let version = campaign.get(id).unwrap().version;
    campaign
        .correct_story(id, version, "Arrived in March; sings in the choir.", "Omar")
        .unwrap();
    let report = campaign.merge(&mut engine, &dir.path().join("a")).unwrap();
    assert_eq!(report.conflicts, [(id, Part::Story)], "{report}");
    let kept = campaign.get(id).unwrap().story.unwrap();
    assert_eq!(kept.text, "Arrived in March; sings in the choir.");
    let settled = campaign
        .resolve(&mut engine, id, Part::Story, true)
        .unwrap();
    assert_eq!(
        settled.story.unwrap().text,
        "Arrived from Kharkiv in March 2022."
    );
}

#[test]
fn an_erased_card_stays_erased_everywhere_it_is_merged() {
    let dir = tempfile::tempdir().unwrap();
    let (_, cards) = booth(
        &dir.path().join("booth"),
        "Southbank Centre",
        &["Welcome", "Welcome home"],
    );
    let erased = cards[0].id;
    let mut engine = CardEngine::new();
    let mut campaign = Archive::open(&dir.path().join("campaign")).unwrap();
    campaign
        .merge(&mut engine, &dir.path().join("booth"))
        .unwrap();
    let exhibition = dir.path().join("exhibition");
    exhibition::build(&campaign, &mut engine, &exhibition, None, &()).unwrap();
    // An older copy of the booth's archive, on a stick, made before the erasure.
    let stick = dir.path().join("stick");
    copy_dir(&dir.path().join("booth"), &stick);

    // The participant asks the booth to erase their card.
    let mut booth = Archive::open(&dir.path().join("booth")).unwrap();
    booth.erase(erased).unwrap();
    assert_eq!(booth.copies_of(cards[1].id).unwrap(), []);

    // Booth → campaign: the campaign's copy goes, with its exports.
    let report = campaign
        .merge(&mut engine, &dir.path().join("booth"))
        .unwrap();
    assert_eq!(report.erased, [erased], "{report}");
    assert!(!campaign.has(erased).unwrap());
    assert!(!campaign.card_dir(erased).exists());
    assert!(
        !exhibition.join("exhibition.pdf").exists(),
        "exports holding it removed"
    );
    assert!(!exhibition.join(format!("images/{erased}.jpg")).exists());
    // The old copy on the stick never brings it back…
    let report = campaign.merge(&mut engine, &stick).unwrap();
    assert_eq!((report.kept_erased, report.added), (1, 0), "{report}");
    assert!(!campaign.has(erased).unwrap());
    // …and merging the campaign into the stick's copy erases it there too.
    let mut old = Archive::open(&stick).unwrap();
    let report = old
        .merge(&mut engine, &dir.path().join("campaign"))
        .unwrap();
    assert_eq!(report.erased, [erased], "{report}");
    assert_eq!(ids(&old), [cards[1].id]);
    for archive in [&campaign, &old] {
        assert!(archive.tombstones().unwrap().contains_key(&erased));
        assert!(archive.check().unwrap().is_clean());
        // The tombstone holds the id and a time: nothing of the participant.
        let stone =
            std::fs::read_to_string(archive.root().join("erased").join(format!("{erased}.json")))
                .unwrap();
        assert!(
            !stone.contains("Amal") && !stone.contains("Welcome"),
            "{stone}"
        );
    }
    // The campaign's erase names the archives it knows hold a copy.
    let out = common::booth(&[
        "--archive",
        dir.path().join("campaign").to_str().unwrap(),
        "archive",
        "erase",
        &cards[1].id.to_string(),
    ]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("2 other archive(s) known to hold a copy"),
        "{said}"
    );
    assert!(said.contains("booth") && said.contains("stick"), "{said}");
}

#[test]
fn a_bundle_carries_cards_and_erasures_and_a_damaged_one_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (mut booth, cards) = booth(
        &dir.path().join("booth"),
        "British Museum",
        &["Welcome", "Welcome home", "You belong here"],
    );
    booth.erase(cards[2].id).unwrap();
    let bundle = dir.path().join("museum.tar");
    let report = booth.export_bundle(Some("2020-01-01"), &bundle).unwrap();
    assert_eq!((report.cards, report.tombstones), (2, 1));
    let empty = booth
        .export_bundle(Some("2999-01-01"), &dir.path().join("none.tar"))
        .unwrap();
    assert_eq!((empty.cards, empty.tombstones), (0, 0));
    assert!(matches!(
        booth.export_bundle(Some("yesterday"), &dir.path().join("x.tar")),
        Err(ArchiveError::BadDate(_))
    ));

    // Damaged on the way: cut short, or a byte changed in a photo.
    let bytes = std::fs::read(&bundle).unwrap();
    let cut = dir.path().join("cut.tar");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let flipped = dir.path().join("flipped.tar");
    let mut damaged = bytes.clone();
    let photo = bytes
        .windows(3)
        .position(|w| w == [0xFF, 0xD8, 0xFF])
        .unwrap();
    damaged[photo + 5000] ^= 0x55;
    std::fs::write(&flipped, &damaged).unwrap();
    let mut engine = CardEngine::new();
    let mut campaign = Archive::open(&dir.path().join("campaign")).unwrap();
    for (file, why) in [
        (&cut, "cut short"),
        (&flipped, "damaged (checksum differs)"),
    ] {
        let err = campaign.merge(&mut engine, file).unwrap_err();
        assert!(matches!(err, ArchiveError::Bundle { .. }), "{err}");
        assert!(err.to_string().contains(why), "{err}");
        assert_eq!(campaign.count().unwrap(), 0, "nothing of it merged");
        assert!(campaign.tombstones().unwrap().is_empty());
    }
    let out = common::booth(&[
        "--archive",
        dir.path().join("campaign").to_str().unwrap(),
        "archive",
        "merge",
        cut.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    let report = campaign.merge(&mut engine, &bundle).unwrap();
    assert_eq!((report.added, report.tombstones), (2, 1), "{report}");
    assert_eq!(ids(&campaign), [cards[0].id, cards[1].id]);
    assert!(campaign.tombstones().unwrap().contains_key(&cards[2].id));
    assert!(
        !campaign
            .root()
            .join("incoming")
            .read_dir()
            .unwrap()
            .any(|_| true)
    );
    assert!(campaign.check().unwrap().is_clean());
    assert!(
        campaign
            .merge(&mut engine, &bundle)
            .unwrap()
            .changed_nothing()
    );
}

/// Run by `merging_survives_sigkill` as a child: merges WB_MERGE_SOURCE into
/// WB_MERGE_TARGET until killed.
#[test]
#[ignore = "run as a child process by merging_survives_sigkill"]
fn merge_child() {
    let source = std::env::var_os("WB_MERGE_SOURCE").expect("WB_MERGE_SOURCE");
    let target = std::env::var_os("WB_MERGE_TARGET").expect("WB_MERGE_TARGET");
    let mut archive = Archive::open(Path::new(&target)).unwrap();
    let mut engine = CardEngine::new();
    println!("ready");
    archive.merge(&mut engine, Path::new(&source)).unwrap();
    println!("merged");
    std::thread::sleep(Duration::from_secs(600));
}

/// Kills a merge (SIGKILL, at pseudo-random moments) into an archive holding older
/// copies of the cards, then proves it whole: check finds only what repair fixes, and
/// after repair a merge again brings every card up to date.
#[test]
fn merging_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let messages: Vec<String> = (0..12)
        .map(|i| format!("Welcome, friend number {i}"))
        .collect();
    let messages: Vec<&str> = messages.iter().map(String::as_str).collect();
    let (mut source, cards) = booth(&dir.path().join("source"), "Southbank Centre", &messages);
    let older = dir.path().join("older");
    let mut engine = CardEngine::new();
    Archive::open(&older)
        .unwrap()
        .merge(&mut engine, &dir.path().join("source"))
        .unwrap();
    for card in &cards {
        translate(&mut source, card.id, "أهلاً بك يا صديقي");
    }
    booth(&dir.path().join("more"), "British Museum", &messages[..6]);

    // How long each merge takes here, so that the kills land while it runs.
    let mut took = std::collections::HashMap::new();
    for from in ["source", "more"] {
        let scratch = dir.path().join(format!("scratch-{from}"));
        copy_dir(&older, &scratch);
        let mut archive = Archive::open(&scratch).unwrap();
        let start = std::time::Instant::now();
        archive.merge(&mut engine, &dir.path().join(from)).unwrap();
        took.insert(from, start.elapsed().as_millis() as u64 + 1);
    }

    let mut moments = common::Moments::new();
    let mut interrupted = 0;
    // At least five kills, and more (at new moments) until one has cut a merge short.
    for round in 0.. {
        if round >= 5 && interrupted > 0 {
            break;
        }
        assert!(
            round < 40,
            "40 kills and none landed in the middle of a merge"
        );
        let target = dir.path().join(format!("target{round}"));
        copy_dir(&older, &target);
        // Some rounds bring changed cards (updated), some new ones (added).
        let from = if round % 2 == 0 { "source" } else { "more" };
        let source = dir.path().join(from);
        let envs = [
            ("WB_MERGE_SOURCE", source.as_path()),
            ("WB_MERGE_TARGET", &target),
        ];
        let mut child = common::start_child("merge_child", &envs);
        let delay = Duration::from_millis(moments.next_ms(took[from]));
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let context = format!("round {round}, killed after {delay:?}, seed {}", moments.0);
        let mut archive = Archive::open(&target).unwrap();
        let report = archive.check().unwrap();
        assert_eq!(report.integrity, "ok", "{context}");
        assert!(report.missing.is_empty(), "{context}: {report}");
        interrupted += usize::from(!report.is_clean());
        let after = archive.repair(&mut engine).unwrap();
        assert!(after.is_clean(), "{context}: {after}");
        // Merged again, the merge completes: nothing half-merged is left behind.
        archive.merge(&mut engine, &dir.path().join(from)).unwrap();
        let again = archive.merge(&mut engine, &dir.path().join(from)).unwrap();
        assert!(again.changed_nothing(), "{context}: {again}");
        if from == "source" {
            for card in &cards {
                let record = archive.get(card.id).unwrap();
                assert!(record.translation.is_some(), "{context}");
                let pdf = common::pdf_text(&archive.card_dir(card.id).join("card.pdf"));
                assert!(
                    pdf.contains("صديقي"),
                    "{context}: the card drawn with it: {pdf}"
                );
            }
        } else {
            assert_eq!(ids(&archive).len(), 18, "{context}");
        }
        assert!(archive.check().unwrap().is_clean(), "{context}");
    }
    eprintln!(
        "merges take {took:?} ms here; rounds where check found an interrupted merge: {interrupted}"
    );
    assert!(interrupted >= 1);
}
