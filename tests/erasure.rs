//! Erasure leaves no byte of the participant: after `archive erase`, an erasure at the
//! desk while it runs, and a tombstone arriving in a merge, every file of the archive
//! folder (catalog, its journal and index, exports) is searched for the card's message
//! (before and after a correction), name, event, translation and id. Only the tombstone
//! keeps the id.

mod common;

use std::path::Path;

use common::demo_card;
use common::desk::{Desk, add_user, log_in, request};
use welcome_booth::archive::{Archive, CardId, TextFix, TranslationStatus, Use};

/// What a card must not leave behind, as the catalog and its search index hold it
/// (the index keeps words lowercased).
fn traces(id: CardId) -> Vec<String> {
    let words = [
        "Zanzibarian",
        "kindliness",
        "Quillonette",
        "Erasurefest",
        "Blossomwell",
        "Marmaladium",
        "ترحيبخاص",
    ];
    let mut all: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    all.extend(words.iter().map(|w| w.to_lowercase()));
    all.push(id.to_string());
    all
}

/// A card with those words in every field (its message corrected once), and another
/// card that stays.
fn archive_with_card(root: &Path) -> CardId {
    let mut archive = Archive::open(root).unwrap();
    let other = demo_card("A card that stays", "Amal");
    other.save(&mut archive, &Use::ALL);
    let mut card = demo_card("Zanzibarian kindliness to you", "Quillonette");
    card.text.event = Some("Erasurefest".into());
    let record = card.save(&mut archive, &Use::ALL);
    let fixed = archive
        .correct(
            &mut card.engine,
            record.id,
            record.version,
            &TextFix {
                message: Some("Blossomwell Marmaladium welcome".into()),
                name: None,
            },
            "curator",
        )
        .unwrap();
    archive
        .translate(
            &mut card.engine,
            record.id,
            fixed.version,
            "ترحيبخاص بكم",
            TranslationStatus::Approved,
            "Rania",
        )
        .unwrap();
    record.id
}

/// Every file under `root` that holds a trace of card `id`, and which.
fn leftovers(root: &Path, id: CardId) -> Vec<String> {
    let tombstone = root.join("erased").join(format!("{id}.json"));
    let mut found = Vec::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            for trace in traces(id) {
                let is_id = trace == id.to_string();
                if (is_id && path == tombstone) || trace.is_empty() {
                    continue;
                }
                if bytes.windows(trace.len()).any(|w| w == trace.as_bytes()) {
                    found.push(format!("{} holds {trace}", path.display()));
                }
            }
        }
    }
    found
}

#[test]
fn an_erased_card_leaves_no_byte_in_the_archive_folder() {
    let dir = tempfile::tempdir().unwrap();

    // By the command line.
    let cli = dir.path().join("cli");
    let id = archive_with_card(&cli);
    assert!(
        !leftovers(&cli, id).is_empty(),
        "the search finds the card before erasure"
    );
    let out = common::booth(&[
        "--archive",
        cli.to_str().unwrap(),
        "archive",
        "erase",
        &id.to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(leftovers(&cli, id), Vec::<String>::new());

    // At the desk, while it runs (the search looks while its catalog is still open).
    let at_desk = dir.path().join("desk");
    let id = archive_with_card(&at_desk);
    add_user(&at_desk, "curator", "curator", "a long curator password");
    let desk = Desk::start(&at_desk);
    let cookie = log_in(desk.addr, "curator", "a long curator password").unwrap();
    let page = request(desk.addr, "GET", &format!("/cards/{id}"), &cookie, &[]);
    assert_eq!(page.status, 200);
    request(desk.addr, "GET", "/cards?q=zanzibarian", &cookie, &[]);
    let erased = request(
        desk.addr,
        "POST",
        &format!("/cards/{id}/erase"),
        &cookie,
        &[("confirm", "yes"), ("csrf", &page.field("csrf"))],
    );
    assert_eq!(erased.status, 303, "{}", erased.body);
    assert_eq!(leftovers(&at_desk, id), Vec::<String>::new());
    drop(desk);
    assert_eq!(leftovers(&at_desk, id), Vec::<String>::new());

    // By a tombstone from another archive that erased its copy.
    let here = dir.path().join("here");
    let id = archive_with_card(&here);
    let there = dir.path().join("there");
    std::fs::create_dir_all(there.join("erased")).unwrap();
    std::fs::create_dir_all(there.join("cards")).unwrap();
    std::fs::write(
        there.join("erased").join(format!("{id}.json")),
        format!("{{\"id\":\"{id}\",\"erased_at\":\"2026-12-01T10:00:00Z\"}}"),
    )
    .unwrap();
    let mut archive = Archive::open(&here).unwrap();
    let report = archive
        .merge(&mut welcome_booth::card::CardEngine::new(), &there)
        .unwrap();
    assert_eq!(report.erased, vec![id]);
    assert_eq!(leftovers(&here, id), Vec::<String>::new());
}
