//! The catalog's tables and the queries on them. A card's `cards` row holds what lists,
//! filters and the print queue read (its latest print included); `records` holds the whole
//! record as JSON (the same as the sidecar); `prints` every print, for the day's counters.
//! Each of those is one query that parses no record.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ToSql, params};

use super::record::{Conflict, KnownCopy, Part};
use super::summary::CardSummary;
use super::{
    ArchiveError, CardId, CardRecord, Consent, Filter, Page, PrintEntry, Timestamp,
    TranslationStatus,
};

/// The catalog's file name in the archive folder.
pub(super) const CATALOG: &str = "catalog.sqlite";

/// Schema versions, applied in order; `PRAGMA user_version` says how many have run.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE cards (
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
    );",
    // 2: what lists read, in a small `cards` row (the message, consent times and the latest
    // print as columns); the record in `records`, so listing never reads through records;
    // every print in `prints` for the counters. Filled from the records (tables rebuilt as
    // SQLite's ALTER TABLE documentation shows).
    "CREATE TABLE cards_new (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        event TEXT NOT NULL,
        name TEXT,
        message TEXT NOT NULL,
        language TEXT NOT NULL,
        consent_print INTEGER NOT NULL,
        consent_archive INTEGER NOT NULL,
        consent_exhibition INTEGER NOT NULL,
        consent_social INTEGER NOT NULL,
        consent_given_at TEXT NOT NULL,
        consent_changed_at TEXT,
        translation_status TEXT,
        print_at TEXT,
        print_printer TEXT,
        print_copies INTEGER,
        print_job TEXT,
        print_state TEXT,
        print_reason TEXT
    );
    CREATE TABLE records (
        id TEXT PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
        json TEXT NOT NULL
    );
    CREATE TABLE prints (
        card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        printer TEXT NOT NULL,
        copies INTEGER NOT NULL,
        job TEXT,
        state TEXT NOT NULL,
        reason TEXT,
        PRIMARY KEY (card_id, seq)
    );
    INSERT INTO cards_new
        SELECT id, created_at, event, name, json_extract(record, '$.message'), language,
               consent_print, consent_archive, consent_exhibition, consent_social,
               json_extract(record, '$.consent.given_at'),
               json_extract(record, '$.consent.changed_at'), translation_status,
               json_extract(record, '$.prints[#-1].at'),
               json_extract(record, '$.prints[#-1].printer'),
               json_extract(record, '$.prints[#-1].copies'),
               json_extract(record, '$.prints[#-1].job'),
               json_extract(record, '$.prints[#-1].state'),
               json_extract(record, '$.prints[#-1].reason')
        FROM cards;
    INSERT INTO records SELECT id, record FROM cards;
    INSERT INTO prints
        SELECT c.id, p.key, json_extract(p.value, '$.at'), json_extract(p.value, '$.printer'),
               json_extract(p.value, '$.copies'), json_extract(p.value, '$.job'),
               json_extract(p.value, '$.state'), json_extract(p.value, '$.reason')
        FROM cards c, json_each(c.record, '$.prints') p;
    DROP TABLE cards;
    ALTER TABLE cards_new RENAME TO cards;
    CREATE INDEX cards_event ON cards(event, created_at);
    CREATE INDEX cards_created ON cards(created_at);
    CREATE INDEX cards_exhibition ON cards(consent_exhibition, created_at);
    CREATE INDEX cards_unfinished ON cards(id) WHERE print_state <> 'completed';
    CREATE INDEX prints_at ON prints(at);",
    // 3: job ids as numbers, as records of format 2 keep them; what merges leave for a
    // curator (conflicts) and which other archives hold a copy of each card (copies).
    "ALTER TABLE cards ADD COLUMN job_number INTEGER;
    UPDATE cards SET job_number = CAST(print_job AS INTEGER) WHERE print_job IS NOT NULL;
    ALTER TABLE cards DROP COLUMN print_job;
    ALTER TABLE cards RENAME COLUMN job_number TO print_job;
    ALTER TABLE prints ADD COLUMN job_number INTEGER;
    UPDATE prints SET job_number = CAST(job AS INTEGER) WHERE job IS NOT NULL;
    ALTER TABLE prints DROP COLUMN job;
    ALTER TABLE prints RENAME COLUMN job_number TO job;
    CREATE TABLE conflicts (
        card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        part TEXT NOT NULL,
        theirs TEXT NOT NULL,
        source TEXT NOT NULL,
        found_at TEXT NOT NULL,
        their_revisions TEXT NOT NULL,
        PRIMARY KEY (card_id, part, theirs)
    );
    CREATE TABLE copies (
        card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        archive_id TEXT NOT NULL,
        archive_name TEXT NOT NULL,
        PRIMARY KEY (card_id, archive_id)
    );",
    // 4: full-text search over messages, names and translations (kept in step by upsert
    // and delete; Arabic and other scripts are split into words by unicode61).
    "CREATE VIRTUAL TABLE cards_fts USING fts5(
        id UNINDEXED, message, name, translation, tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO cards_fts (id, message, name, translation)
        SELECT c.id, c.message, c.name, json_extract(r.json, '$.translation.text')
        FROM cards c JOIN records r ON r.id = c.id;",
    // 5: the curator desk's accounts (Argon2 hashes, never passwords), and an index for
    // its language filter and list.
    "CREATE TABLE accounts (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX cards_language ON cards(language);",
    // 6: erasure leaves nothing in the search index: deleted entries are removed from its
    // segments (FTS5 secure-delete), which are rebuilt once without what earlier deletes
    // left behind (the catalog itself is vacuumed once after this, see `prepare`).
    "INSERT INTO cards_fts (cards_fts, rank) VALUES ('secure-delete', 1);
    INSERT INTO cards_fts (cards_fts) VALUES ('rebuild');",
    // 7: the staffed booth. Participants in progress, one row per booth, written by the
    // kiosk and answered by the interviewer's desk page; a row goes with everything in it
    // when its participant finishes or walks away. And stories in the search index.
    "CREATE TABLE at_booth (
        booth TEXT PRIMARY KEY,
        participant TEXT NOT NULL,
        step TEXT NOT NULL,
        first_name TEXT,
        layout TEXT NOT NULL,
        photo BLOB,
        started_at TEXT NOT NULL,
        story TEXT NOT NULL DEFAULT '',
        story_by TEXT,
        quote TEXT,
        quotes_sent INTEGER NOT NULL DEFAULT 0,
        quotes_taken INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 0
    );
    DROP TABLE cards_fts;
    CREATE VIRTUAL TABLE cards_fts USING fts5(
        id UNINDEXED, message, name, translation, story,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO cards_fts (cards_fts, rank) VALUES ('secure-delete', 1);
    INSERT INTO cards_fts (id, message, name, translation)
        SELECT c.id, c.message, c.name, json_extract(r.json, '$.translation.text')
        FROM cards c JOIN records r ON r.id = c.id;",
];

/// The migration after which the catalog is vacuumed once: pages written before
/// secure_delete was on may still hold deleted text in their free space.
const SECURE_FROM: usize = 6;

/// Opens the catalog for use: WAL journal, foreign keys, migrations.
pub(super) fn prepare(db: &Connection) -> rusqlite::Result<()> {
    db.pragma_update(None, "journal_mode", "WAL")?;
    // WAL with synchronous=NORMAL can lose the last commits on power loss; FULL cannot.
    db.pragma_update(None, "synchronous", "FULL")?;
    db.busy_timeout(std::time::Duration::from_secs(5))?;
    // An erased participant's text is overwritten, not just unlinked from its page.
    db.pragma_update(None, "secure_delete", "ON")?;
    // Foreign keys are checked after the migrations: a table rebuilt by one is dropped and
    // renamed while others still refer to it.
    db.pragma_update(None, "foreign_keys", "OFF")?;
    let version: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in (1..).zip(MIGRATIONS).skip(version.max(0) as usize) {
        let tx = db.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i)?;
        tx.commit()?;
    }
    if (version.max(0) as usize) < SECURE_FROM && MIGRATIONS.len() >= SECURE_FROM {
        db.execute_batch("VACUUM")?;
        checkpoint(db)?;
    }
    db.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// SQLite's verdict on the catalog in `root` ("ok" when sound), from a connection of its
/// own: a connection that has been open while another process wrote reads the search
/// index's structure from its cache, and the check then reports a checksum mismatch that
/// is not there (seen with SQLite 3.54 and a kiosk and a desk on one archive).
pub(super) fn integrity(root: &Path) -> rusqlite::Result<String> {
    let db = Connection::open_with_flags(
        root.join(CATALOG),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    db.busy_timeout(std::time::Duration::from_secs(5))?;
    db.query_row("PRAGMA integrity_check", [], |r| r.get(0))
}

/// Copies the journal into the catalog and empties it, so that pages an erasure changed
/// leave no older copies behind in the WAL file.
pub(super) fn checkpoint(db: &Connection) -> rusqlite::Result<()> {
    let busy: i64 = db.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    if busy != 0 {
        tracing::warn!(
            "the catalog's journal could not be emptied (another program is reading it); it is at the next erasure or start"
        );
    }
    Ok(())
}

/// Inserts or replaces a card's row and its prints from its record, in one transaction.
pub(super) fn upsert(db: &Connection, r: &CardRecord) -> Result<(), ArchiveError> {
    let json = serde_json::to_string(r).map_err(|e| ArchiveError::Sidecar {
        path: PathBuf::from("catalog"),
        reason: e.to_string(),
    })?;
    let id = r.id.to_string();
    let last = r.prints.last();
    let tx = db.unchecked_transaction()?;
    tx.execute(
        "INSERT INTO cards (id, created_at, event, name, message, language, consent_print,
                            consent_archive, consent_exhibition, consent_social, consent_given_at,
                            consent_changed_at, translation_status, print_at, print_printer,
                            print_copies, print_job, print_state, print_reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19)
         ON CONFLICT(id) DO UPDATE SET
            created_at = excluded.created_at, event = excluded.event, name = excluded.name,
            message = excluded.message, language = excluded.language,
            consent_print = excluded.consent_print, consent_archive = excluded.consent_archive,
            consent_exhibition = excluded.consent_exhibition,
            consent_social = excluded.consent_social, consent_given_at = excluded.consent_given_at,
            consent_changed_at = excluded.consent_changed_at,
            translation_status = excluded.translation_status, print_at = excluded.print_at,
            print_printer = excluded.print_printer, print_copies = excluded.print_copies,
            print_job = excluded.print_job, print_state = excluded.print_state,
            print_reason = excluded.print_reason",
        params![
            id,
            r.created_at,
            r.event,
            r.name,
            r.message,
            r.language,
            r.consent.print,
            r.consent.archive,
            r.consent.exhibition,
            r.consent.social,
            r.consent.given_at,
            r.consent.changed_at,
            r.translation.as_ref().map(|t| t.status.as_str()),
            last.map(|p| &p.at),
            last.map(|p| &p.printer),
            last.map(|p| p.copies),
            last.and_then(|p| p.job.as_ref()),
            last.map(|p| &p.state),
            last.and_then(|p| p.reason.as_ref()),
        ],
    )?;
    tx.execute(
        "INSERT INTO records (id, json) VALUES (?1, ?2)
         ON CONFLICT(id) DO UPDATE SET json = excluded.json",
        params![id, json],
    )?;
    tx.execute("DELETE FROM cards_fts WHERE id = ?1", params![id])?;
    tx.execute(
        "INSERT INTO cards_fts (id, message, name, translation, story)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            id,
            r.message,
            r.name,
            r.translation.as_ref().map(|t| &t.text),
            r.story.as_ref().map(|s| match &s.translation {
                Some(t) => format!("{}\n{}", s.text, t.text),
                None => s.text.clone(),
            }),
        ],
    )?;
    tx.execute("DELETE FROM prints WHERE card_id = ?1", params![id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO prints (card_id, seq, at, printer, copies, job, state, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (seq, p) in (0i64..).zip(&r.prints) {
        insert.execute(params![
            id, seq, p.at, p.printer, p.copies, p.job, p.state, p.reason
        ])?;
    }
    drop(insert);
    tx.commit()?;
    Ok(())
}

/// Reads a record from its JSON.
pub(super) fn parse_record(json: &str) -> Result<CardRecord, ArchiveError> {
    CardRecord::from_json(json.as_bytes()).map_err(|e| ArchiveError::Sidecar {
        path: PathBuf::from("catalog"),
        reason: e.to_string(),
    })
}

/// Refuses text that is not a date written YYYY-MM-DD.
pub(super) fn check_date(text: &str) -> Result<time::Date, ArchiveError> {
    let date = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, &date).map_err(|_| ArchiveError::BadDate(text.to_string()))
}

/// The SQL condition and arguments for a filter, on `cards` as `c`.
fn condition(f: &Filter) -> Result<(String, Vec<&dyn ToSql>), ArchiveError> {
    let mut sql = String::from("1 = 1");
    let mut args: Vec<&dyn ToSql> = Vec::new();
    if let Some(event) = &f.event {
        sql.push_str(" AND c.event = ?");
        args.push(event);
    }
    if let Some(since) = &f.since {
        check_date(since)?;
        sql.push_str(" AND c.created_at >= ?");
        args.push(since);
    }
    if f.untranslated {
        sql.push_str(" AND c.translation_status IS NULL");
    }
    if let Some(u) = f.consent {
        sql.push_str(&format!(" AND c.{} = 1", u.column()));
    }
    if let Some(until) = &f.until {
        check_date(until)?;
        sql.push_str(" AND c.created_at < ?");
        args.push(until);
    }
    if let Some(status) = f.translation {
        sql.push_str(&format!(
            " AND c.translation_status = '{}'",
            status.as_str()
        ));
    }
    if let Some(language) = &f.language {
        sql.push_str(" AND c.language = ?");
        args.push(language);
    }
    Ok((sql, args))
}

/// A curator's words as an FTS5 query: each word quoted (so nothing typed is read as
/// FTS syntax) and matched as the start of a word; `None` for no words.
fn fts_query(words: &str) -> Option<String> {
    // Control characters (a NUL typed into an address) are no part of any word.
    let words: String = words.chars().filter(|c| !c.is_control()).collect();
    let query: Vec<String> = words
        .split_whitespace()
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!query.is_empty()).then(|| query.join(" "))
}

/// The different values of a `cards` column, in order (events, languages: the filters'
/// choices).
pub(super) fn distinct(db: &Connection, column: &str) -> Result<Vec<String>, ArchiveError> {
    let mut stmt = db.prepare(&format!(
        "SELECT DISTINCT {column} FROM cards ORDER BY {column}"
    ))?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One page of the cards matching the filter (the one `card` only, if given): newest
/// first, or best match first for words.
pub(super) fn page(
    db: &Connection,
    f: &Filter,
    card: Option<CardId>,
    offset: u64,
    limit: usize,
) -> Result<Page, ArchiveError> {
    let (mut condition, mut args) = condition(f)?;
    let id = card.map(|id| id.to_string());
    let query = match (&id, f.words.as_deref()) {
        (Some(_), _) | (None, None) => None,
        (None, Some(words)) => fts_query(words),
    };
    let (from, order) = match (&id, &query) {
        (Some(id), _) => {
            condition.push_str(" AND c.id = ?");
            args.push(id);
            ("cards c", "c.created_at DESC")
        }
        (None, Some(query)) => {
            condition.push_str(" AND cards_fts MATCH ?");
            args.push(query);
            ("cards_fts f JOIN cards c ON c.id = f.id", "f.rank")
        }
        (None, None) => ("cards c", "c.created_at DESC"),
    };
    let total: i64 = db.query_row(
        &format!("SELECT count(*) FROM {from} WHERE {condition}"),
        args.as_slice(),
        |r| r.get(0),
    )?;
    let sql = format!(
        "SELECT {SUMMARY} FROM {from} WHERE {condition} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
    );
    let mut stmt = db.prepare(&sql)?;
    let cards = stmt
        .query_map(args.as_slice(), summary)?
        .collect::<Result<_, _>>()?;
    Ok(Page {
        cards,
        total: total.max(0) as u64,
    })
}

/// Cards matching the filter, oldest first.
pub(super) fn list(db: &Connection, f: &Filter) -> Result<Vec<CardRecord>, ArchiveError> {
    let (condition, args) = condition(f)?;
    let sql = format!(
        "SELECT r.json FROM cards c JOIN records r ON r.id = c.id WHERE {condition} ORDER BY c.id"
    );
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map(args.as_slice(), |r| r.get::<_, String>(0))?;
    rows.map(|json| parse_record(&json?)).collect()
}

/// Summaries of the cards matching the filter: oldest first, or the `newest` n newest first.
pub(super) fn summaries(
    db: &Connection,
    f: &Filter,
    newest: Option<usize>,
) -> Result<Vec<CardSummary>, ArchiveError> {
    let (condition, args) = condition(f)?;
    let order = match newest {
        Some(n) => format!("c.created_at DESC LIMIT {n}"),
        None => "c.id".to_string(),
    };
    let sql = format!("SELECT {SUMMARY} FROM cards c WHERE {condition} ORDER BY {order}");
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map(args.as_slice(), summary)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The columns a [`CardSummary`] is read from, on `cards` as `c`.
const SUMMARY: &str = "c.id, c.created_at, c.event, c.name, c.message, c.language,
    c.consent_print, c.consent_archive, c.consent_exhibition, c.consent_social,
    c.consent_given_at, c.consent_changed_at, c.translation_status, c.print_at,
    c.print_printer, c.print_copies, c.print_job, c.print_state, c.print_reason";

/// A summary from a row of the [`SUMMARY`] columns.
fn summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<CardSummary> {
    let last_print = match r.get::<_, Option<String>>(13)? {
        Some(_) => Some(print_entry(r, 13)?),
        None => None, // never printed
    };
    Ok(CardSummary {
        id: r.get(0)?,
        created_at: r.get(1)?,
        event: r.get(2)?,
        name: r.get(3)?,
        message: r.get(4)?,
        language: r.get(5)?,
        consent: Consent {
            print: r.get(6)?,
            archive: r.get(7)?,
            exhibition: r.get(8)?,
            social: r.get(9)?,
            given_at: r.get(10)?,
            changed_at: r.get(11)?,
        },
        translation: r
            .get::<_, Option<String>>(12)?
            .as_deref()
            .and_then(TranslationStatus::from_word),
        last_print,
    })
}

/// A print read from the columns at, printer, copies, job, state, reason, from `first` on.
fn print_entry(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<PrintEntry> {
    Ok(PrintEntry {
        at: r.get(first)?,
        printer: r.get(first + 1)?,
        copies: r.get(first + 2)?,
        job: r.get(first + 3)?,
        state: r.get(first + 4)?,
        reason: r.get(first + 5)?,
    })
}

/// Cards made before `before` whose participants did not agree to keep them
/// in the archive, oldest first.
pub(super) fn unkept_before(
    db: &Connection,
    before: Timestamp,
) -> Result<Vec<CardSummary>, ArchiveError> {
    let sql = format!(
        "SELECT {SUMMARY} FROM cards c WHERE c.consent_archive = 0 AND c.created_at < ?1
         ORDER BY c.created_at"
    );
    let mut stmt = db.prepare(&sql)?;
    let rows = stmt.query_map(params![before], summary)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Cards made, and card copies handed to a printer, since `since`.
pub(super) fn activity_since(
    db: &Connection,
    since: Timestamp,
) -> Result<(usize, usize), ArchiveError> {
    let (made, sent): (i64, i64) = db.query_row(
        "SELECT (SELECT count(*) FROM cards WHERE created_at >= ?1),
                (SELECT coalesce(sum(copies), 0) FROM prints WHERE at >= ?1 AND job IS NOT NULL)",
        params![since],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok((made.max(0) as usize, sent.max(0) as usize))
}

/// Cards whose latest print is not completed, with that print, oldest card first.
pub(super) fn unfinished_prints(
    db: &Connection,
) -> Result<Vec<(CardId, PrintEntry)>, ArchiveError> {
    let mut stmt = db.prepare(
        "SELECT id, print_at, print_printer, print_copies, print_job, print_state, print_reason
         FROM cards WHERE print_state <> 'completed' ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, print_entry(r, 1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Every card's id, oldest first.
pub(super) fn ids(db: &Connection) -> Result<Vec<CardId>, ArchiveError> {
    let mut stmt = db.prepare("SELECT id FROM cards ORDER BY id")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Deletes a card's row (its export notes go with it).
pub(super) fn delete(db: &Connection, id: CardId) -> Result<(), ArchiveError> {
    let tx = db.unchecked_transaction()?;
    tx.execute("DELETE FROM cards WHERE id = ?1", params![id.to_string()])?;
    tx.execute(
        "DELETE FROM cards_fts WHERE id = ?1",
        params![id.to_string()],
    )?;
    tx.commit()?;
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

/// Remembers that another archive holds a copy of this card.
pub(super) fn note_copy(
    db: &Connection,
    id: CardId,
    archive_id: &str,
    name: &str,
) -> Result<(), ArchiveError> {
    db.execute(
        "INSERT INTO copies (card_id, archive_id, archive_name) VALUES (?1, ?2, ?3)
         ON CONFLICT(card_id, archive_id) DO UPDATE SET archive_name = excluded.archive_name
         WHERE archive_name <> excluded.archive_name",
        params![id.to_string(), archive_id, name],
    )?;
    Ok(())
}

/// The other archives known to hold a copy of this card.
pub(super) fn copies_of(db: &Connection, id: CardId) -> Result<Vec<KnownCopy>, ArchiveError> {
    let mut stmt = db.prepare(
        "SELECT archive_id, archive_name FROM copies WHERE card_id = ?1 ORDER BY archive_name",
    )?;
    let rows = stmt.query_map(params![id.to_string()], |r| {
        Ok(KnownCopy {
            archive_id: r.get(0)?,
            name: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Keeps a conflict a merge found: the other copy's version of a part and its revisions,
/// for a curator. Noting the same conflict again changes nothing.
pub(super) fn note_conflict(db: &Connection, c: &Conflict) -> Result<(), ArchiveError> {
    let revisions =
        serde_json::to_string(&c.their_revisions).map_err(|e| ArchiveError::Sidecar {
            path: PathBuf::from("catalog"),
            reason: e.to_string(),
        })?;
    db.execute(
        "INSERT OR IGNORE INTO conflicts (card_id, part, theirs, source, found_at, their_revisions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            c.id.to_string(),
            c.part.as_str(),
            c.theirs,
            c.source,
            c.found_at,
            revisions
        ],
    )?;
    Ok(())
}

/// Forgets the conflicts of one part of a card (a curator settled them).
pub(super) fn forget_conflicts(
    db: &Connection,
    id: CardId,
    part: Part,
) -> Result<(), ArchiveError> {
    db.execute(
        "DELETE FROM conflicts WHERE card_id = ?1 AND part = ?2",
        params![id.to_string(), part.as_str()],
    )?;
    Ok(())
}

/// Conflicts left for a curator, oldest card first.
pub(super) fn conflicts(db: &Connection) -> Result<Vec<Conflict>, ArchiveError> {
    let mut stmt = db.prepare(
        "SELECT card_id, part, theirs, source, found_at, their_revisions FROM conflicts
         ORDER BY card_id, part, found_at",
    )?;
    let rows = stmt.query_map([], |r| {
        let revisions: String = r.get(5)?;
        Ok(Conflict {
            id: r.get(0)?,
            part: r.get(1)?,
            theirs: r.get(2)?,
            source: r.get(3)?,
            found_at: r.get(4)?,
            their_revisions: serde_json::from_str(&revisions).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    5,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
