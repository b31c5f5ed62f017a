//! Bundles: one file to carry a booth's new cards and erasures to the curators' archive
//! (`archive export-bundle`, then `archive merge FILE` there).
//!
//! A bundle is a tar file laid out as an archive folder (`cards/<id>/…`, `assets/…`,
//! `erased/<id>.json`, `archive-id`) with `manifest.json` last: every other file's path,
//! size and SHA-256. A bundle is checked whole before anything of it is merged: an entry
//! that is damaged, missing, unlisted or outside that layout refuses the whole bundle,
//! and a bundle cut short lacks its manifest.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use sha2::Digest;

use super::merge::{ARCHIVE_ID, MAX_CARD_FILE_BYTES, MergeReport};
use super::record::{CARD_PDF, CARD_PNG, MAX_SIDECAR_BYTES, PHOTO_FILES, SIDECAR, is_asset_name};
use super::revision::hex;
use super::tombstones::{ERASED, MAX_TOMBSTONE_BYTES};
use super::{Archive, ArchiveError, CardId, Filter, Timestamp, schema, sha256_hex};
use crate::card::CardEngine;
use crate::card::photo::MAX_PHOTO_BYTES;
use crate::fsutil::{AtomicFile, size_text};

/// The manifest's name in a bundle.
const MANIFEST: &str = "manifest.json";
/// Where a bundle is unpacked and checked inside the archive before it is merged
/// (`check` reports what a crash leaves there; repair removes it).
pub(crate) const INCOMING: &str = "incoming";
/// The bundle layout this booth writes.
const BUNDLE_FORMAT: u32 = 1;

/// A bundle's table of contents.
#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    bundle_format: u32,
    /// The archive the bundle was made from.
    archive_id: String,
    made_at: Timestamp,
    /// Cards changed and erasures made on or after this date, if limited.
    since: Option<String>,
    cards: usize,
    tombstones: usize,
    /// Every other file: path → size and SHA-256.
    files: BTreeMap<String, FileSum>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct FileSum {
    size: u64,
    sha256: String,
}

/// What a bundle holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleReport {
    /// The bundle file.
    pub path: PathBuf,
    /// Cards in it.
    pub cards: usize,
    /// Erasures in it.
    pub tombstones: usize,
    /// Its size in bytes.
    pub bytes: u64,
}

/// Writes tar entries with their sums noted for the manifest.
struct BundleWriter {
    tar: tar::Builder<AtomicFile>,
    files: BTreeMap<String, FileSum>,
    mtime: u64,
}

impl BundleWriter {
    fn add(&mut self, path: &str, bytes: &[u8]) -> std::io::Result<()> {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(self.mtime);
        header.set_entry_type(tar::EntryType::Regular);
        self.tar.append_data(&mut header, path, bytes)?;
        self.files.insert(
            path.to_string(),
            FileSum {
                size: bytes.len() as u64,
                sha256: sha256_hex(bytes),
            },
        );
        Ok(())
    }
}

impl Archive {
    /// Writes a bundle of the cards made or changed, and the erasures made, on or after
    /// `since` (a date, YYYY-MM-DD; every card without it) to `out`, atomically.
    pub fn export_bundle(
        &self,
        since: Option<&str>,
        out: &Path,
    ) -> Result<BundleReport, ArchiveError> {
        let since_day = since.map(schema::check_date).transpose()?;
        let after = |at: &Timestamp| since_day.is_none_or(|day| at.utc().date() >= day);
        let fail = |e: std::io::Error| ArchiveError::io(out, e);
        let file = AtomicFile::create(out).map_err(fail)?;
        let mut bundle = BundleWriter {
            tar: tar::Builder::new(file),
            files: BTreeMap::new(),
            mtime: time::OffsetDateTime::now_utc().unix_timestamp().max(0) as u64,
        };
        let archive_id = self.archive_id()?;
        bundle
            .add(ARCHIVE_ID, archive_id.as_bytes())
            .map_err(fail)?;
        let mut cards = 0;
        for summary in self.summaries(&Filter::default())? {
            let record = self.get(summary.id)?;
            if !after(record.updated_at.as_ref().unwrap_or(&record.created_at)) {
                continue;
            }
            let dir = self.card_dir(record.id);
            for name in record.files().into_iter().chain([SIDECAR]) {
                let path = dir.join(name);
                let bytes = std::fs::read(&path).map_err(|e| ArchiveError::io(&path, e))?;
                bundle
                    .add(&format!("cards/{}/{name}", record.id), &bytes)
                    .map_err(fail)?;
            }
            for copy in record.layout_images.values() {
                let entry = format!("assets/{copy}");
                if !bundle.files.contains_key(&entry) {
                    let path = self.assets_dir().join(copy);
                    let bytes = std::fs::read(&path).map_err(|e| ArchiveError::io(&path, e))?;
                    bundle.add(&entry, &bytes).map_err(fail)?;
                }
            }
            cards += 1;
        }
        let mut tombstones = 0;
        for stone in self.tombstones()?.values().filter(|s| after(&s.erased_at)) {
            let json = serde_json::to_vec_pretty(stone).expect("a tombstone serialises");
            bundle
                .add(&format!("{ERASED}/{}.json", stone.id), &json)
                .map_err(fail)?;
            tombstones += 1;
        }
        let manifest = Manifest {
            bundle_format: BUNDLE_FORMAT,
            archive_id,
            made_at: Timestamp::now(),
            since: since.map(str::to_string),
            cards,
            tombstones,
            files: std::mem::take(&mut bundle.files),
        };
        let json = serde_json::to_vec_pretty(&manifest).expect("a manifest serialises");
        bundle.add(MANIFEST, &json).map_err(fail)?;
        bundle
            .tar
            .into_inner()
            .and_then(AtomicFile::commit)
            .map_err(fail)?;
        let bytes = std::fs::metadata(out).map_err(fail)?.len();
        Ok(BundleReport {
            path: out.to_path_buf(),
            cards,
            tombstones,
            bytes,
        })
    }

    /// Merges another archive into this one: a folder (an archive copied or synced) or a
    /// bundle file, which is checked whole first.
    pub fn merge(
        &mut self,
        engine: &mut CardEngine,
        source: &Path,
    ) -> Result<MergeReport, ArchiveError> {
        self.exclusive(|archive| archive.merge_locked(engine, source))
    }

    fn merge_locked(
        &mut self,
        engine: &mut CardEngine,
        source: &Path,
    ) -> Result<MergeReport, ArchiveError> {
        let name = source.display().to_string();
        if !source.is_file() {
            return self.merge_folder(engine, source, &name);
        }
        let incoming = self.root().join(INCOMING);
        let staging = incoming.join(uuid::Uuid::now_v7().to_string());
        std::fs::create_dir_all(&staging).map_err(|e| ArchiveError::io(&staging, e))?;
        let merged = unpack_checked(source, &staging)
            .map_err(|reason| ArchiveError::Bundle {
                path: source.to_path_buf(),
                reason,
            })
            .and_then(|()| self.merge_folder(engine, &staging, &name));
        std::fs::remove_dir_all(&staging).map_err(|e| ArchiveError::io(&staging, e))?;
        merged
    }
}

/// Unpacks a bundle into `dir`, checking every entry against the manifest; the error says
/// what is wrong with it.
fn unpack_checked(bundle: &Path, dir: &Path) -> Result<(), String> {
    let file = std::fs::File::open(bundle).map_err(|e| format!("cannot read it ({e})"))?;
    let mut tar = tar::Archive::new(file);
    let mut found: BTreeMap<String, FileSum> = BTreeMap::new();
    let mut manifest = None;
    let entries = tar
        .entries()
        .map_err(|e| format!("it is not a tar file ({e})"))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| format!("it is damaged or cut short ({e})"))?;
        let path = entry
            .path()
            .map_err(|e| format!("an entry has an unreadable name ({e})"))?
            .to_string_lossy()
            .to_string();
        if entry.header().entry_type() != tar::EntryType::Regular || !allowed(&path) {
            return Err(format!("it holds {path:?}, which no bundle has"));
        }
        if found.contains_key(&path) || (path == MANIFEST && manifest.is_some()) {
            return Err(format!("it holds {path} twice"));
        }
        if found.len() >= MAX_ENTRIES {
            return Err(format!("it holds more than {MAX_ENTRIES} files"));
        }
        // Sizes are checked as the entry starts and again as it is read: no entry is ever
        // read whole into memory or written past the limit for what it is.
        let max = entry_limit(&path);
        let cut_short = |e: std::io::Error| format!("it is damaged or cut short in {path} ({e})");
        if entry.size() > max {
            return Err(format!(
                "{path} is {}, more than the {} such a file may be",
                size_text(entry.size()),
                size_text(max)
            ));
        }
        if path == MANIFEST {
            let mut bytes = Vec::new();
            (&mut entry)
                .take(max)
                .read_to_end(&mut bytes)
                .map_err(cut_short)?;
            manifest = Some(
                serde_json::from_slice::<Manifest>(&bytes)
                    .map_err(|e| format!("its manifest is unreadable ({e})"))?,
            );
            continue;
        }
        let target = dir.join(&path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot unpack it ({e})"))?;
        }
        let mut out =
            std::fs::File::create(&target).map_err(|e| format!("cannot unpack {path} ({e})"))?;
        let mut hash = sha2::Sha256::new();
        let (mut size, mut buf) = (0u64, vec![0u8; 1 << 16]);
        loop {
            let n = entry.read(&mut buf).map_err(cut_short)?;
            if n == 0 {
                break;
            }
            size += n as u64;
            if size > max {
                return Err(format!(
                    "{path} is more than the {} such a file may be",
                    size_text(max)
                ));
            }
            hash.update(&buf[..n]);
            out.write_all(&buf[..n])
                .map_err(|e| format!("cannot unpack {path} ({e})"))?;
        }
        let sum = FileSum {
            size,
            sha256: hex(&hash.finalize()),
        };
        found.insert(path, sum);
    }
    let manifest = manifest.ok_or("it has no manifest (cut short while copying?)")?;
    if manifest.bundle_format > BUNDLE_FORMAT {
        return Err(format!(
            "it is of bundle format {}, newer than this booth reads ({BUNDLE_FORMAT}); update the booth software",
            manifest.bundle_format
        ));
    }
    for (path, sum) in &manifest.files {
        match found.get(path) {
            None => return Err(format!("{path} is missing")),
            Some(got) if got != sum => return Err(format!("{path} is damaged (checksum differs)")),
            Some(_) => {}
        }
    }
    if let Some(extra) = found.keys().find(|p| !manifest.files.contains_key(*p)) {
        return Err(format!("{extra} is not in its manifest"));
    }
    Ok(())
}

/// The most files a bundle may hold (a booth's busiest year is a few thousand cards of
/// four files each).
const MAX_ENTRIES: usize = 200_000;

/// The largest a bundle entry at `path` (one [`allowed`]) may be.
fn entry_limit(path: &str) -> u64 {
    match path.rsplit('/').next().unwrap_or(path) {
        MANIFEST => 64 << 20,
        ARCHIVE_ID => 256,
        SIDECAR if path.starts_with("cards/") => MAX_SIDECAR_BYTES,
        "photo.jpg" | "photo.png" => MAX_PHOTO_BYTES,
        CARD_PDF | CARD_PNG => MAX_CARD_FILE_BYTES,
        _ if path.starts_with(ERASED) => MAX_TOMBSTONE_BYTES,
        _ => MAX_PHOTO_BYTES, // a layout image copy
    }
}

/// Whether a path is one a bundle may hold: nothing outside the archive layout, nothing
/// climbing out of the folder it is unpacked in.
fn allowed(path: &str) -> bool {
    let parts: Vec<&str> = Path::new(path)
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str().unwrap_or("/"),
            _ => "/",
        })
        .collect();
    let is_id = |s: &str| s.parse::<CardId>().is_ok();
    match parts.as_slice() {
        [MANIFEST] | [ARCHIVE_ID] => true,
        ["cards", id, name] => {
            is_id(id)
                && (PHOTO_FILES.contains(name) || [CARD_PDF, CARD_PNG, SIDECAR].contains(name))
        }
        ["assets", name] => is_asset_name(name),
        [ERASED, name] => name.strip_suffix(".json").is_some_and(is_id),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::allowed;

    #[test]
    fn bundles_hold_only_the_archive_layout() {
        let id = "0193c6e2-7d1a-7b3c-9f00-2a1b3c4d5e6f";
        for ok in [
            "manifest.json".to_string(),
            format!("cards/{id}/card.json"),
            format!("cards/{id}/photo.jpg"),
            format!("erased/{id}.json"),
            format!("assets/{}.png", "a".repeat(64)),
        ] {
            assert!(allowed(&ok), "{ok}");
        }
        for bad in [
            format!("cards/{id}/../../../etc/passwd"),
            "/etc/passwd".to_string(),
            "../catalog.sqlite".to_string(),
            "catalog.sqlite".to_string(),
            format!("cards/{id}/evil.sh"),
            "cards/not-an-id/card.json".to_string(),
            "assets/x.png".to_string(),
        ] {
            assert!(!allowed(&bad), "{bad}");
        }
    }
}
