//! What comes from outside the booth cannot harm it: another booth's archive folder or
//! bundle naming paths in its records, links planted on a USB stick, photos and texts
//! made to exhaust memory or time. Each case is tried as an attacker would and checked on
//! disk: the victim files keep their bytes and modes, nothing of the source is merged,
//! and refusals come as one line with exit status 2, within a memory limit.

mod common;

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::demo_card;
use sha2::Digest;
use welcome_booth::archive::{Archive, ArchiveError, CardRecord, Use};
use welcome_booth::card::CardEngine;

/// A booth's archive at `root` with a card per message (and its id made, as its first
/// merge or bundle makes it).
fn booth(root: &Path, messages: &[&str]) -> Vec<CardRecord> {
    let mut archive = Archive::open(root).unwrap();
    archive.archive_id().unwrap();
    let mut card = demo_card("-", "Amal");
    messages
        .iter()
        .map(|m| {
            card.text.message = m.to_string();
            card.save(&mut archive, &Use::ALL)
        })
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    let status = Command::new("cp")
        .args(["-a", &from.display().to_string(), &to.display().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

/// Every file below `root` and its bytes.
fn files_below(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(dir) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let entry = entry.unwrap();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                todo.push(entry.path());
            } else if kind.is_file() {
                found.push((entry.path(), std::fs::read(entry.path()).unwrap()));
            }
        }
    }
    found
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A file of the machine that no merge may read, write or change the mode of.
struct Victim {
    path: PathBuf,
    bytes: &'static [u8],
}

impl Victim {
    fn new(dir: &Path) -> Victim {
        let path = dir.join("host-secret.txt");
        let bytes = b"SECRET-HOST-FILE-0600 do not copy";
        std::fs::write(&path, bytes).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        Victim { path, bytes }
    }

    fn assert_untouched(&self, target: &Path, context: &str) {
        assert_eq!(std::fs::read(&self.path).unwrap(), self.bytes, "{context}");
        let mode = std::fs::metadata(&self.path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{context}");
        for (path, bytes) in files_below(target) {
            assert!(
                !contains(&bytes, self.bytes),
                "{context}: the host file was copied into {}",
                path.display()
            );
        }
    }
}

/// Rewrites one field of a card's record in an archive folder (as an attacker edits the
/// JSON on a USB stick).
fn tamper(root: &Path, record: &CardRecord, change: impl Fn(&mut serde_json::Value)) {
    let path = root
        .join("cards")
        .join(record.id.to_string())
        .join("card.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    change(&mut json);
    std::fs::write(&path, serde_json::to_vec(&json).unwrap()).unwrap();
}

/// The state of an archive a refused merge must leave as it was: its catalog rows and
/// its own files' bytes.
fn snapshot(root: &Path) -> (u64, Vec<(PathBuf, Vec<u8>)>) {
    let count = Archive::open(root).unwrap().count().unwrap();
    let mut files: Vec<_> = files_below(root)
        .into_iter()
        .filter(|(p, _)| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.starts_with("catalog.sqlite") && name != "writer.lock"
        })
        .collect();
    files.sort();
    (count, files)
}

#[test]
fn records_naming_paths_and_planted_links_refuse_the_whole_folder_merge() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source");
    let cards = booth(
        &source,
        &["Welcome, friend", "You are safe here", "Our city is yours"],
    );
    let target = dir.path().join("target");
    let own = booth(&target, &["A card of this archive"]);
    let victim = Victim::new(dir.path());
    let outside = victim.path.display().to_string();
    let own_id = own[0].id.to_string();

    // Each attack is applied to a fresh copy of the source and merged into a fresh copy of
    // the target.
    type Attack<'a> = (&'a str, Box<dyn Fn(&Path) + 'a>);
    let photo_named = |name: String| {
        let card = cards[1].clone();
        Box::new(move |root: &Path| tamper(root, &card, |j| j["photo_file"] = name.clone().into()))
            as Box<dyn Fn(&Path)>
    };
    let attacks: Vec<Attack> = vec![
        (
            "photo_file climbing out",
            photo_named("../../../host-secret.txt".into()),
        ),
        ("photo_file absolute", photo_named(outside.clone())),
        (
            "photo_file naming the catalog",
            photo_named("../../catalog.sqlite".into()),
        ),
        (
            "photo_file naming another card's record",
            photo_named(format!("../{own_id}/card.json")),
        ),
        (
            "photo_file naming the archive id",
            photo_named("../../archive-id".into()),
        ),
        (
            "a layout image copy named as a path",
            Box::new(|root: &Path| {
                tamper(root, &cards[0], |j| {
                    j["layout_images"] = serde_json::json!({"logo.png": "../../catalog.sqlite"})
                })
            }),
        ),
        (
            "a layout image without a copy (read by its name)",
            Box::new(|root: &Path| {
                tamper(root, &cards[0], |j| {
                    let toml = j["layout_toml"].as_str().unwrap().replacen(
                        "[page]",
                        &format!("[page]\nbackground_image = {outside:?}"),
                        1,
                    );
                    j["layout_toml"] = toml.into();
                })
            }),
        ),
        (
            "a card folder that is a link into the machine",
            Box::new(|root: &Path| {
                let folder = root.join("cards").join(cards[2].id.to_string());
                let deep = root.parent().unwrap().join("deep/tree/of/folders");
                std::fs::create_dir_all(deep.parent().unwrap()).unwrap();
                std::fs::rename(&folder, &deep).unwrap();
                std::os::unix::fs::symlink(&deep, &folder).unwrap();
            }),
        ),
        (
            "a photo that is a link to a host file",
            Box::new(|root: &Path| {
                let photo = root
                    .join("cards")
                    .join(cards[2].id.to_string())
                    .join("photo.jpg");
                std::fs::remove_file(&photo).unwrap();
                std::os::unix::fs::symlink(&victim.path, &photo).unwrap();
            }),
        ),
        (
            "a message longer than any card",
            Box::new(|root: &Path| {
                tamper(root, &cards[0], |j| {
                    j["message"] = "W".repeat(80_000).into()
                })
            }),
        ),
        (
            "a letter with 300 fathas",
            Box::new(|root: &Path| {
                tamper(root, &cards[0], |j| {
                    j["message"] = format!("ب{}", "\u{64E}".repeat(300)).into()
                })
            }),
        ),
    ];
    let mut engine = CardEngine::new();
    for (round, (what, attack)) in attacks.iter().enumerate() {
        let (from, into) = (
            dir.path().join(format!("s{round}")),
            dir.path().join(format!("t{round}")),
        );
        copy_dir(&source, &from);
        copy_dir(&target, &into);
        attack(&from);
        let before = snapshot(&into);
        let merged = Archive::open(&into).unwrap().merge(&mut engine, &from);
        match &merged {
            Err(ArchiveError::Refused { reason, .. }) => assert!(!reason.is_empty(), "{what}"),
            other => panic!("{what}: expected the merge refused whole, got {other:?}"),
        }
        let message = merged.unwrap_err().to_string();
        assert_eq!(message.lines().count(), 1, "{what}: {message}");
        victim.assert_untouched(&into, what);
        assert!(
            before == snapshot(&into),
            "{what}: the target archive changed"
        );
        assert!(
            Archive::open(&into).unwrap().check().unwrap().is_clean(),
            "{what}"
        );
    }
    // Untouched, the same source merges whole.
    let report = Archive::open(&target)
        .unwrap()
        .merge(&mut engine, &source)
        .unwrap();
    assert_eq!(report.added, 3);
}

/// A bundle's entries: name and bytes.
type Entries = Vec<(String, Vec<u8>)>;

/// A bundle made of `entries` with a manifest of their sums, as `export-bundle` writes one.
fn write_bundle(path: &Path, entries: &[(String, Vec<u8>)]) {
    let mut files = serde_json::Map::new();
    let mut tar = tar::Builder::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut header, name, bytes.as_slice())
            .unwrap();
        if name != "manifest.json" {
            let sum: String = sha2::Sha256::digest(bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            files.insert(
                name.clone(),
                serde_json::json!({"size": bytes.len(), "sha256": sum}),
            );
        }
    }
    let manifest = serde_json::json!({
        "bundle_format": 1, "archive_id": "0193c6e2-7d1a-7b3c-9f00-2a1b3c4d5e6f",
        "made_at": "2026-12-01T10:00:00Z", "since": null, "cards": 2, "tombstones": 0,
        "files": files,
    });
    let json = serde_json::to_vec(&manifest).unwrap();
    let mut header = tar::Header::new_gnu();
    header.set_size(json.len() as u64);
    header.set_mode(0o644);
    header.set_entry_type(tar::EntryType::Regular);
    tar.append_data(&mut header, "manifest.json", json.as_slice())
        .unwrap();
    tar.finish().unwrap();
}

/// The entries of a bundle.
fn read_bundle(path: &Path) -> Entries {
    let mut tar = tar::Archive::new(std::fs::File::open(path).unwrap());
    tar.entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let name = e.path().unwrap().to_string_lossy().to_string();
            let mut bytes = Vec::new();
            e.read_to_end(&mut bytes).unwrap();
            (name, bytes)
        })
        .filter(|(name, _)| name != "manifest.json")
        .collect()
}

#[test]
fn a_bundle_whose_record_names_a_host_file_gives_no_time_or_holds_an_entry_twice_is_refused_whole()
{
    let dir = tempfile::tempdir().unwrap();
    booth(
        &dir.path().join("booth"),
        &["Welcome, friend", "You are safe here"],
    );
    let good = dir.path().join("good.tar");
    Archive::open(&dir.path().join("booth"))
        .unwrap()
        .export_bundle(None, &good)
        .unwrap();
    let victim = Victim::new(dir.path());
    let target = dir.path().join("target");
    booth(&target, &["A card of this archive"]);
    let entries = read_bundle(&good);
    let sidecar = entries
        .iter()
        .position(|(n, _)| n.ends_with("card.json"))
        .unwrap();

    let mut cases: Vec<(&str, Entries)> = Vec::new();
    for (what, photo) in [
        ("an absolute photo_file", victim.path.display().to_string()),
        (
            "a photo_file naming another card",
            "../x/card.json".to_string(),
        ),
        (
            "a photo_file naming the archive id",
            "../../archive-id".to_string(),
        ),
    ] {
        let mut bad = entries.clone();
        let mut json: serde_json::Value = serde_json::from_slice(&bad[sidecar].1).unwrap();
        json["photo_file"] = photo.into();
        bad[sidecar].1 = serde_json::to_vec(&json).unwrap();
        cases.push((what, bad));
    }
    // A time is read as a time: text that is not one refuses the record, never the
    // catalog's order of cards.
    let mut not_a_time = entries.clone();
    let mut json: serde_json::Value = serde_json::from_slice(&not_a_time[sidecar].1).unwrap();
    json["created_at"] = "9999-99-99' OR 1=1 --".into();
    not_a_time[sidecar].1 = serde_json::to_vec(&json).unwrap();
    cases.push(("a creation time that is not a time", not_a_time));
    let mut twice = entries.clone();
    twice.push(entries[sidecar].clone());
    cases.push(("an entry twice", twice));

    let mut engine = CardEngine::new();
    for (what, bad) in cases {
        let bundle = dir.path().join("bad.tar");
        write_bundle(&bundle, &bad);
        let before = snapshot(&target);
        let merged = Archive::open(&target).unwrap().merge(&mut engine, &bundle);
        assert!(
            matches!(
                merged,
                Err(ArchiveError::Refused { .. } | ArchiveError::Bundle { .. })
            ),
            "{what}: {merged:?}"
        );
        victim.assert_untouched(&target, what);
        assert!(before == snapshot(&target), "{what}: the archive changed");
        assert!(
            !target
                .join("incoming")
                .read_dir()
                .is_ok_and(|mut d| d.next().is_some())
        );
    }
    // The genuine bundle, rewritten by the test's own writer, still merges.
    let bundle = dir.path().join("again.tar");
    write_bundle(&bundle, &entries);
    let report = Archive::open(&target)
        .unwrap()
        .merge(&mut engine, &bundle)
        .unwrap();
    assert_eq!(report.added, 2);
}

/// Runs the binary with its data segment limited to 1 GB; returns status, stderr and time.
fn limited(args: &[&str]) -> (Option<i32>, String, Duration) {
    let start = Instant::now();
    let out = Command::new("prlimit")
        .arg(format!("--data={}", 1u64 << 30))
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_welcome-booth"))
        .args(args)
        .env("RUST_LOG", "off")
        .output()
        .expect("prlimit (util-linux) runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).trim().to_string(),
        start.elapsed(),
    )
}

/// A PNG that declares `w`x`h` pixels and holds almost none (a decompression bomb's header).
fn png_declaring(w: u32, h: u32) -> Vec<u8> {
    fn crc(bytes: &[u8]) -> u32 {
        let mut c = 0xFFFF_FFFFu32;
        for &b in bytes {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
        }
        !c
    }
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc(&body).to_be_bytes());
        out
    };
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend(chunk(b"IEND", &[]));
    png
}

#[test]
fn photos_and_texts_made_to_exhaust_the_machine_are_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.png");
    std::fs::write(&bomb, png_declaring(60_000, 60_000)).unwrap();
    let whole = common::portrait_jpeg(dir.path(), 1200, 1600);
    let bytes = std::fs::read(&whole).unwrap();
    let cut = dir.path().join("cut.jpg");
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    let long_word = "W".repeat(80_000);
    let fathas = format!("أهلا ب{}", "\u{64E}".repeat(300));
    let marks = format!("Welcome e{}", "\u{301}".repeat(5000));
    let photo = whole.to_str().unwrap();
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        (
            "a PNG declaring 60000x60000",
            vec!["--photo", bomb.to_str().unwrap()],
            "60000x60000",
        ),
        (
            "/dev/zero as the photo",
            vec!["--photo", "/dev/zero"],
            "not a regular file",
        ),
        (
            "a JPEG cut short",
            vec!["--photo", cut.to_str().unwrap()],
            "cut short",
        ),
        (
            "an 80,000-letter word",
            vec!["--photo", photo, "--translation", &long_word],
            "at most 2000",
        ),
        (
            "300 fathas on a letter",
            vec!["--photo", photo, "--translation", &fathas],
            "300 marks",
        ),
        (
            "5,000 combining marks",
            vec!["--photo", photo, "--name", &marks],
            "5000 marks",
        ),
    ];
    for (what, extra, says) in cases {
        let mut args = vec!["render", "--out", out, "--message", "Welcome"];
        args.extend(extra);
        let (status, stderr, took) = limited(&args);
        assert_eq!(status, Some(2), "{what}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
        assert!(stderr.contains(says), "{what}: {stderr}");
        assert!(
            took < Duration::from_secs(5),
            "{what}: refused after {took:?}"
        );
    }
    // A place to write that is not a folder is the user's mistake too.
    let (status, stderr, _) = limited(&["render", "--message", "Hi", "--out", "/dev/null"]);
    assert_eq!(status, Some(2), "{stderr}");
}

#[test]
fn a_bundle_entry_larger_than_its_kind_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target");
    booth(&target, &["A card of this archive"]);
    // A tar entry declaring 2 GiB of photo: the file is sparse, so it costs no disk.
    let bundle = dir.path().join("huge.tar");
    let mut header = tar::Header::new_gnu();
    header
        .set_path("cards/0193c6e2-7d1a-7b3c-9f00-2a1b3c4d5e6f/photo.jpg")
        .unwrap();
    header.set_size(2 << 30);
    header.set_mode(0o644);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    let file = std::fs::File::create(&bundle).unwrap();
    std::io::Write::write_all(&mut &file, header.as_bytes()).unwrap();
    file.set_len(512 + (2 << 30) + 1024).unwrap();
    let (status, stderr, took) = limited(&[
        "--archive",
        target.to_str().unwrap(),
        "archive",
        "merge",
        bundle.to_str().unwrap(),
    ]);
    assert_eq!(status, Some(2), "{stderr}");
    assert!(stderr.contains("more than the 128 MB"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(took < Duration::from_secs(5), "refused after {took:?}");
    let incoming: u64 = files_below(&target.join("incoming"))
        .iter()
        .map(|(_, b)| b.len() as u64)
        .sum();
    assert_eq!(incoming, 0, "nothing of it was unpacked");
}

#[test]
fn repair_beside_a_booth_that_is_saving_takes_no_save_in_progress_for_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("archive");
    Archive::open(&root).unwrap();
    let saving = std::thread::spawn({
        let root = root.clone();
        move || {
            let mut archive = Archive::open(&root).unwrap();
            let card = demo_card("Welcome, friend", "Amal");
            (0..12)
                .map(|_| card.save(&mut archive, &Use::ALL).id)
                .collect::<Vec<_>>()
        }
    });
    let mut archive = Archive::open(&root).unwrap();
    let mut engine = CardEngine::new();
    let mut repairs = 0;
    while !saving.is_finished() {
        archive.repair(&mut engine).unwrap();
        repairs += 1;
    }
    let saved = saving.join().expect("every save succeeded");
    assert!(repairs > 1, "repair ran beside the saves");
    for id in saved {
        archive.get(id).unwrap();
        assert!(archive.card_dir(id).join("card.pdf").is_file());
    }
    let report = archive.check().unwrap();
    assert!(report.is_clean(), "{report}");
}

#[test]
fn merged_text_cannot_drive_the_terminal_and_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source");
    let cards = booth(&source, &["Welcome"]);
    tamper(&source, &cards[0], |j| {
        j["message"] = "Hello\u{1b}[2J\u{1b}]0;owned\u{7}\u{0} there \u{202e}txet".into();
        j["name"] = "Amal\u{1b}[31m".into();
    });
    let target = dir.path().join("target");
    booth(&target, &[]);
    Archive::open(&target)
        .unwrap()
        .merge(&mut CardEngine::new(), &source)
        .unwrap();
    let archive = target.to_str().unwrap();
    for args in [
        vec![
            "--archive",
            archive,
            "archive",
            "show",
            &cards[0].id.to_string(),
        ],
        vec!["--archive", archive, "archive", "list"],
    ] {
        let out = common::booth(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let shown = String::from_utf8(out.stdout).unwrap();
        assert!(
            !shown.contains(['\u{1b}', '\u{7}', '\u{0}', '\u{202e}']),
            "{args:?}: {shown:?}"
        );
        assert!(shown.contains("Hello\\u{1b}[2J"), "{args:?}: {shown}");
    }
    // A reader that went away (`archive list | head -1`): no panic, exit 0.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_welcome-booth"))
        .args(["--archive", archive, "archive", "list"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
