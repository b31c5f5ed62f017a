//! Participants in progress at a staffed booth: where the kiosk and the interviewer's desk
//! page meet. The kiosk writes its participant's row (the step, the first name once typed,
//! a small copy of the photo for the card preview) and collects a quote the interviewer
//! sent; the desk reads the rows and writes the story and the quote. A row goes, with
//! everything in it, when its participant finishes or walks away: nothing of an unfinished
//! participant stays (the catalog overwrites deleted rows, and the journal is emptied).

use rusqlite::{OptionalExtension, params};

use super::record::Timestamp;
use super::stories::check_story;
use super::{Archive, ArchiveError, schema};
use crate::card::TextField;
use crate::card::text::check_bounds;

/// The kiosk's handle on its participant's row: the booth, and this participant's own
/// token, so that nothing meant for one participant reaches the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// The booth's name (`booth_name` in its settings).
    pub booth: String,
    /// This participant's token.
    pub token: String,
}

/// A participant in progress, as the interviewer's page shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InProgress {
    /// The booth they are at.
    pub booth: String,
    /// Their token: a change is refused once another participant stands there.
    pub token: String,
    /// Where they are ("consent", "camera", "message", …).
    pub step: String,
    /// Their first name, once typed.
    pub first_name: Option<String>,
    /// The card layout the booth prints on.
    pub layout: String,
    /// When they started.
    pub started_at: Timestamp,
    /// The interview notes so far.
    pub story: String,
    /// The quote last sent to the booth.
    pub quote: Option<String>,
    /// Counts the interviewers' saves, so a later save on an older page is refused.
    pub version: u64,
    /// Whether the kiosk has put a copy of their photo here for the card preview.
    pub has_photo: bool,
}

/// The columns [`in_progress`] reads.
const COLUMNS: &str = "booth, participant, step, first_name, layout, started_at, story, quote,
                       version, photo IS NOT NULL";

fn in_progress(r: &rusqlite::Row<'_>) -> rusqlite::Result<InProgress> {
    Ok(InProgress {
        booth: r.get(0)?,
        token: r.get(1)?,
        step: r.get(2)?,
        first_name: r.get(3)?,
        layout: r.get(4)?,
        started_at: r.get(5)?,
        story: r.get(6)?,
        quote: r.get(7)?,
        version: r.get::<_, i64>(8)? as u64,
        has_photo: r.get(9)?,
    })
}

impl Archive {
    /// A new participant pressed start at `booth`, which prints on `layout`: their row
    /// replaces whatever the booth left.
    pub fn participant_started(
        &self,
        booth: &str,
        layout: &str,
    ) -> Result<Participant, ArchiveError> {
        let token = crate::secret::random_hex(16);
        self.participant_gone(booth)?;
        self.db().execute(
            "INSERT INTO at_booth (booth, participant, step, layout, started_at)
             VALUES (?1, ?2, 'consent', ?3, ?4)",
            params![booth, token, layout, Timestamp::now()],
        )?;
        Ok(Participant {
            booth: booth.to_string(),
            token,
        })
    }

    /// The kiosk says where its participant is and the first name typed so far.
    pub fn participant_at(
        &self,
        p: &Participant,
        step: &str,
        first_name: Option<&str>,
    ) -> Result<(), ArchiveError> {
        self.db().execute(
            "UPDATE at_booth SET step = ?3, first_name = ?4 WHERE booth = ?1 AND participant = ?2",
            params![p.booth, p.token, step, first_name],
        )?;
        Ok(())
    }

    /// The kiosk gives a small JPEG of the participant's photo, for the card preview.
    pub fn participant_photo(&self, p: &Participant, jpeg: &[u8]) -> Result<(), ArchiveError> {
        self.db().execute(
            "UPDATE at_booth SET photo = ?3 WHERE booth = ?1 AND participant = ?2",
            params![p.booth, p.token, jpeg],
        )?;
        Ok(())
    }

    /// A quote the interviewer sent that the kiosk has not taken yet; taking it marks it
    /// taken.
    pub fn take_quote(&self, p: &Participant) -> Result<Option<String>, ArchiveError> {
        let tx = self.db().unchecked_transaction()?;
        let quote: Option<Option<String>> = tx
            .query_row(
                "SELECT quote FROM at_booth
                 WHERE booth = ?1 AND participant = ?2 AND quotes_sent > quotes_taken",
                params![p.booth, p.token],
                |r| r.get(0),
            )
            .optional()?;
        if quote.is_some() {
            tx.execute(
                "UPDATE at_booth SET quotes_taken = quotes_sent WHERE booth = ?1",
                params![p.booth],
            )?;
        }
        tx.commit()?;
        Ok(quote.flatten())
    }

    /// The story written for the kiosk's participant, and who wrote it, if any.
    pub fn story_for(&self, p: &Participant) -> Result<Option<(String, String)>, ArchiveError> {
        let story: Option<(String, Option<String>)> = self
            .db()
            .query_row(
                "SELECT story, story_by FROM at_booth WHERE booth = ?1 AND participant = ?2",
                params![p.booth, p.token],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(story
            .filter(|(text, _)| !text.trim().is_empty())
            .map(|(text, by)| (text, by.unwrap_or_default())))
    }

    /// The booth's participant finished or walked away: their row goes, with everything
    /// in it.
    pub fn participant_gone(&self, booth: &str) -> Result<(), ArchiveError> {
        let gone = self
            .db()
            .execute("DELETE FROM at_booth WHERE booth = ?1", params![booth])?;
        if gone > 0 {
            schema::checkpoint(self.db())?;
        }
        Ok(())
    }

    /// Every participant in progress, by booth.
    pub fn participants(&self) -> Result<Vec<InProgress>, ArchiveError> {
        let mut stmt = self
            .db()
            .prepare(&format!("SELECT {COLUMNS} FROM at_booth ORDER BY booth"))?;
        let rows = stmt.query_map([], in_progress)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The participant in progress at `booth`, if any.
    pub fn participant(&self, booth: &str) -> Result<Option<InProgress>, ArchiveError> {
        Ok(self
            .db()
            .query_row(
                &format!("SELECT {COLUMNS} FROM at_booth WHERE booth = ?1"),
                params![booth],
                in_progress,
            )
            .optional()?)
    }

    /// The small copy of the photo of the participant at `booth`, if the kiosk gave one.
    pub fn photo_at_booth(&self, booth: &str) -> Result<Option<Vec<u8>>, ArchiveError> {
        Ok(self
            .db()
            .query_row(
                "SELECT photo FROM at_booth WHERE booth = ?1",
                params![booth],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    /// An interviewer `by` saves the story of the participant `token` at `booth`, and, with
    /// a quote, sends it to the booth's message field. Refused when that participant is
    /// gone or the row changed since `opened_version` (another interviewer saved first).
    pub fn write_for_participant(
        &self,
        booth: &str,
        token: &str,
        opened_version: u64,
        story: &str,
        quote: Option<&str>,
        by: &str,
    ) -> Result<(), ArchiveError> {
        let story = check_story(story)?;
        let quote = quote.map(str::trim);
        if let Some(quote) = quote {
            check_bounds(TextField::Message, quote)?;
        }
        // One statement: the version it checks and the one it counts up cannot part.
        let updated = self.db().execute(
            "UPDATE at_booth SET story = ?4, story_by = ?5, version = version + 1,
                quote = coalesce(?6, quote),
                quotes_sent = quotes_sent + (?6 IS NOT NULL)
             WHERE booth = ?1 AND participant = ?2 AND version = ?3",
            params![booth, token, opened_version as i64, story, by, quote],
        )?;
        if updated != 1 {
            return Err(ArchiveError::ParticipantChanged {
                booth: booth.to_string(),
            });
        }
        Ok(())
    }
}
