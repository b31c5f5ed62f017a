//! The catalog's tables and the queries on them. Each card row holds the full record as
//! JSON (the same as the sidecar) plus the columns that lists filter on.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ToSql, params};

use super::{ArchiveError, CardId, CardRecord, Filter};

/// Schema versions, applied in order; `PRAGMA user_version` says how many have run.
const MIGRATIONS: &[&str] = &["CREATE TABLE cards (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        event TEXT NOT NULL,
        name TEXT,
        language TEXT NOT NULL,
        consent_print INTEGER NOT NULL,
        consent_archive INTEGER NOT NULL,
        consent_exhibition INTEGER NOT NULL,
        consent_social INTEGER NOT NULL,
        translation_status TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX cards_event ON cards(event, created_at);
    CREATE INDEX cards_created ON cards(created_at);
    CREATE TABLE exports (
        card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        PRIMARY KEY (card_id, path)
    );"];

/// Opens the catalog for use: WAL journal, foreign keys, migrations.
pub(super) fn prepare(db: &Connection) -> rusqlite::Result<()> {
    db.pragma_update(None, "journal_mode", "WAL")?;
    // WAL with synchronous=NORMAL can lose the last commits on power loss; FULL cannot.
    db.pragma_update(None, "synchronous", "FULL")?;
    db.pragma_update(None, "foreign_keys", "ON")?;
    db.busy_timeout(std::time::Duration::from_secs(5))?;
    let version: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in (1..).zip(MIGRATIONS).skip(version.max(0) as usize) {
        let tx = db.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i)?;
        tx.commit()?;
    }
    Ok(())
}

/// Inserts or replaces a card's row from its record.
pub(super) fn upsert(db: &Connection, r: &CardRecord) -> Result<(), ArchiveError> {
    let json = serde_json::to_string(r).map_err(|e| ArchiveError::Sidecar {
        path: PathBuf::from("catalog"),
        reason: e.to_string(),
    })?;
    db.execute(
        "INSERT INTO cards (id, created_at, event, name, language, consent_print, consent_archive,
                            consent_exhibition, consent_social, translation_status, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT(id) DO UPDATE SET
            created_at = excluded.created_at, event = excluded.event, name = excluded.name,
            language = excluded.language, consent_print = excluded.consent_print,
            consent_archive = excluded.consent_archive, consent_exhibition = excluded.consent_exhibition,
            consent_social = excluded.consent_social, translation_status = excluded.translation_status,
            record = excluded.record",
        params![
            r.id.to_string(),
            r.created_at,
            r.event,
            r.name,
            r.language,
            r.consent.print,
            r.consent.archive,
            r.consent.exhibition,
            r.consent.social,
            r.translation.as_ref().map(|t| t.status.as_str()),
            json,
        ],
    )?;
    Ok(())
}

/// Reads a record from its JSON.
pub(super) fn parse_record(json: &str) -> Result<CardRecord, ArchiveError> {
    serde_json::from_str(json).map_err(|e| ArchiveError::Sidecar {
        path: PathBuf::from("catalog"),
        reason: e.to_string(),
    })
}

/// Cards matching the filter, oldest first.
pub(super) fn list(db: &Connection, f: &Filter) -> Result<Vec<CardRecord>, ArchiveError> {
    let mut sql = String::from("SELECT record FROM cards WHERE 1 = 1");
    let mut args: Vec<&dyn ToSql> = Vec::new();
    if let Some(event) = &f.event {
        sql.push_str(" AND event = ?");
        args.push(event);
    }
    if let Some(since) = &f.since {
        let date = time::macros::format_description!("[year]-[month]-[day]");
        if time::Date::parse(since, &date).is_err() {
            return Err(ArchiveError::BadDate(since.clone()));
        }
        sql.push_str(" AND created_at >= ?");
        args.push(since);
    }
    if f.untranslated {
        sql.push_str(" AND translation_status IS NULL");
    }
    if let Some(u) = f.consent {
        sql.push_str(&format!(" AND {} = 1", u.column()));
    }
    sql.push_str(" ORDER BY id");
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map(args.as_slice(), |r| r.get::<_, String>(0))?;
    rows.map(|json| parse_record(&json?)).collect()
}

/// Deletes a card's row (its export notes go with it).
pub(super) fn delete(db: &Connection, id: CardId) -> Result<(), ArchiveError> {
    db.execute("DELETE FROM cards WHERE id = ?1", params![id.to_string()])?;
    Ok(())
}

/// Remembers that `path` holds (part of) this card.
pub(super) fn note_export(db: &Connection, id: CardId, path: &Path) -> Result<(), ArchiveError> {
    db.execute(
        "INSERT OR IGNORE INTO exports (card_id, path) VALUES (?1, ?2)",
        params![id.to_string(), path.to_string_lossy()],
    )?;
    Ok(())
}

/// Every exported file known to hold this card.
pub(super) fn exports_of(db: &Connection, id: CardId) -> Result<Vec<PathBuf>, ArchiveError> {
    let mut stmt = db.prepare("SELECT path FROM exports WHERE card_id = ?1 ORDER BY path")?;
    let rows = stmt.query_map(params![id.to_string()], |r| r.get::<_, String>(0))?;
    Ok(rows
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .map(PathBuf::from)
        .collect())
}
