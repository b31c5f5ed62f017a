//! The translators' sheet, both ways: a CSV that translators open in a spreadsheet, and its
//! import, which checks every row (the id, the status, whether the translation fits the
//! card) and applies all of them or none.
//!
//! Participants' text goes into spreadsheet cells, so a message typed as
//! `=HYPERLINK("http://…")` or `@SUM(…)` must not become a live formula on a translator's
//! laptop: a cell a spreadsheet would read as a formula is written with an apostrophe in
//! front (read as text, as OWASP advises against CSV injection), and the import takes the
//! apostrophe off again, so the participant's exact text comes back.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::PublishError;
use crate::archive::{
    Archive, ArchiveError, BadCardId, CardId, CardRecord, Filter, Translation, TranslationStatus,
};
use crate::archive::{Timestamp, check_story};
use crate::card::CardEngine;
use crate::fsutil::write_atomic;

/// What makes a spreadsheet read a cell as a formula, and the apostrophe that marks a cell
/// as text (so that text which starts with one comes back whole too).
const FORMULA_START: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// A cell as the sheet gets it: read as text by any spreadsheet.
fn text_cell(s: &str) -> String {
    match s.starts_with(FORMULA_START) {
        true => format!("'{s}"),
        false => s.to_string(),
    }
}

/// The text of a cell written by [`text_cell`].
fn cell_text(cell: &str) -> &str {
    cell.strip_prefix('\'')
        .filter(|rest| rest.starts_with(FORMULA_START))
        .unwrap_or(cell)
}

/// One row of the translators' sheet.
#[derive(Debug, Serialize, Deserialize)]
struct Row {
    id: String,
    message: String,
    translation: String,
    status: String,
    translator: String,
    /// The participant's story (sheets made before stories were kept have no such column).
    #[serde(default)]
    story: String,
    /// Its translation, with the row's status and translator.
    #[serde(default)]
    story_translation: String,
}

/// Writes every card matching `filter` to a CSV (UTF-8 with a byte-order mark, which
/// spreadsheet programs need to show Arabic); returns how many rows.
pub fn export(archive: &Archive, filter: &Filter, file: &Path) -> Result<usize, PublishError> {
    let cards = archive.list(filter)?;
    let mut out = csv::Writer::from_writer(Vec::from("\u{FEFF}".as_bytes()));
    for c in &cards {
        let t = c.translation.as_ref();
        out.serialize(Row {
            id: c.id.to_string(),
            message: text_cell(&c.message),
            translation: text_cell(t.map_or("", |t| &t.text)),
            status: t.map(|t| t.status.as_str().to_string()).unwrap_or_default(),
            translator: text_cell(t.and_then(|t| t.translator.as_deref()).unwrap_or("")),
            story: text_cell(c.story.as_ref().map_or("", |s| &s.text)),
            story_translation: text_cell(
                c.story
                    .as_ref()
                    .and_then(|s| s.translation.as_ref())
                    .map_or("", |t| &t.text),
            ),
        })
        .map_err(|e| PublishError::io(file, e.into()))?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| PublishError::io(file, std::io::Error::other(e.to_string())))?;
    write_atomic(file, &bytes).map_err(|e| PublishError::io(file, e))?;
    Ok(cards.len())
}

/// Reads a translators' CSV back. Every row is checked first; if any is wrong nothing
/// changes and the error lists each bad row by line. Rows with an empty translation
/// are skipped. Returns the cards that changed.
pub fn import(
    archive: &mut Archive,
    engine: &mut CardEngine,
    file: &Path,
) -> Result<Vec<CardId>, PublishError> {
    // A sheet of ten thousand translated cards is a few megabytes.
    let bytes =
        crate::fsutil::read_limited(file, 64 << 20).map_err(|cause| PublishError::Read {
            path: file.to_path_buf(),
            cause,
        })?;
    let text = String::from_utf8(bytes).map_err(|_| PublishError::Sheet {
        file: file.to_path_buf(),
        problems: vec![
            "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"".into(),
        ],
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().cloned().map_err(|e| PublishError::Sheet {
        file: file.to_path_buf(),
        problems: vec![format!("line 1: {e}")],
    })?;
    let mut problems = Vec::new();
    let mut changes: Vec<CardRecord> = Vec::new();
    for result in reader.records() {
        let parsed = result.and_then(|rec| {
            let line = rec.position().map_or(0, |p| line_at(text, p.byte()));
            rec.deserialize::<Row>(Some(&headers))
                .map(|row| (line, row))
        });
        match parsed {
            Ok((line, row)) => match check_row(archive, engine, &row) {
                Ok(Some(record)) => changes.push(record),
                Ok(None) => {}
                Err(problem) => problems.push(format!("line {line}: {problem}")),
            },
            Err(e) => {
                let line = e.position().map_or(0, |p| line_at(text, p.byte()));
                problems.push(format!("line {line}: {e}; the columns must be id, message, translation, status, translator (and story, story_translation)"));
            }
        }
    }
    if !problems.is_empty() {
        return Err(PublishError::Sheet {
            file: file.to_path_buf(),
            problems,
        });
    }
    for record in &mut changes {
        archive.update(record)?;
    }
    Ok(changes.iter().map(|r| r.id).collect())
}

/// A row's change, nothing for a row without a translation, or what is wrong with it.
fn check_row(
    archive: &Archive,
    engine: &mut CardEngine,
    row: &Row,
) -> Result<Option<CardRecord>, String> {
    let id: CardId = row
        .id
        .parse()
        .map_err(|e: BadCardId| ArchiveError::from(e).to_string())?;
    let mut record = archive.get(id).map_err(|e| e.to_string())?;
    let status = match row.status.trim().to_lowercase().as_str() {
        "" => TranslationStatus::Draft,
        word => TranslationStatus::from_word(word)
            .ok_or_else(|| format!("status {word:?} must be draft or approved"))?,
    };
    let translator = Some(cell_text(row.translator.trim()).to_string()).filter(|t| !t.is_empty());
    let translated = |text: &str| {
        Some(Translation {
            text: text.to_string(),
            status,
            translator: translator.clone(),
            at: Timestamp::now(),
        })
    };
    let same = |old: &Option<Translation>, text: &str| {
        old.as_ref().is_some_and(|old| {
            old.text == text && old.status == status && old.translator == translator
        })
    };
    let mut changed = false;
    let text = cell_text(row.translation.trim());
    if !text.is_empty() && !same(&record.translation, text) {
        archive
            .check_translation_fits(engine, &record, text)
            .map_err(|e| e.to_string())?;
        record.translation = translated(text);
        changed = true;
    }
    let story_text = cell_text(row.story_translation.trim());
    if !story_text.is_empty() {
        let story = record
            .story
            .as_mut()
            .ok_or_else(|| format!("card {id} has no story to translate"))?;
        check_story(story_text).map_err(|e| e.to_string())?;
        if !same(&story.translation, story_text) {
            story.translation = translated(story_text);
            changed = true;
        }
    }
    Ok(changed.then_some(record))
}

/// The 1-based line on which the record starting at `byte` stands. (The csv reader's own
/// line count lags by one after Windows line endings, which spreadsheets write.)
fn line_at(text: &str, byte: u64) -> usize {
    let start = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
    let rest = text.get(start..).unwrap_or("");
    let skipped = rest.len() - rest.trim_start_matches(['\r', '\n']).len();
    text[..start + skipped].matches('\n').count() + 1
}
