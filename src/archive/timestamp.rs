//! When something happened, as the archive keeps it: an instant in UTC, written as the
//! RFC 3339 text records, rows and bundles have always held ("2026-12-06T14:05:09.25Z"),
//! so records written before the time was typed read unchanged, and a record from outside
//! whose time is not a time is refused when it is read.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

/// An instant in UTC, compared and ordered as time (not as text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(OffsetDateTime);

impl Timestamp {
    /// Now, by the booth's clock.
    pub fn now() -> Timestamp {
        Timestamp(OffsetDateTime::now_utc())
    }

    /// The instant `at` names, wherever it was read.
    pub fn at(at: OffsetDateTime) -> Timestamp {
        Timestamp(at.to_offset(UtcOffset::UTC))
    }

    /// The instant as a date and time in UTC.
    pub fn utc(self) -> OffsetDateTime {
        self.0
    }

    /// The instant in the booth's local time (UTC where the time zone cannot be read).
    pub fn local(self) -> OffsetDateTime {
        let offset = UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC);
        self.0.to_offset(offset)
    }

    /// The day in UTC, e.g. "2026-12-06", as lists show it.
    pub fn day(self) -> String {
        self.0.date().to_string()
    }

    /// The day and minute in UTC, e.g. "2026-12-06 14:05", as lists show it.
    pub fn minute(self) -> String {
        let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
        self.0.format(format).unwrap_or_else(|_| self.to_string())
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Formatting a UTC instant of years 0 to 9999 cannot fail; the archive has no others.
        let text = self.0.format(&Rfc3339).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

/// Why a text is not a time.
#[derive(Debug, thiserror::Error)]
#[error("{text:?} is not a time written as RFC 3339 (e.g. 2026-12-06T14:05:09Z)")]
pub struct BadTimestamp {
    text: String,
}

impl FromStr for Timestamp {
    type Err = BadTimestamp;
    fn from_str(text: &str) -> Result<Timestamp, BadTimestamp> {
        OffsetDateTime::parse(text, &Rfc3339)
            .ok()
            // Kept as UTC, so that the text written back sorts as the catalog's text does.
            .filter(|t| (0..=9999).contains(&t.to_offset(UtcOffset::UTC).year()))
            .map(Timestamp::at)
            .ok_or_else(|| BadTimestamp {
                text: text.chars().take(40).collect(),
            })
    }
}

impl Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl rusqlite::types::ToSql for Timestamp {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.to_string().into())
    }
}

impl rusqlite::types::FromSql for Timestamp {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_of_old_records_reads_back_unchanged() {
        for text in [
            "2026-11-29T10:00:00Z",
            "2026-12-06T17:00:26.123456789Z",
            "2026-12-06T17:00:26.5Z",
        ] {
            let at: Timestamp = text.parse().unwrap();
            assert_eq!(at.to_string(), text);
            let json = serde_json::to_string(&at).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), at);
        }
        let now = Timestamp::now();
        assert_eq!(now.to_string().parse::<Timestamp>().unwrap(), now);
    }

    #[test]
    fn a_time_with_an_offset_is_kept_in_utc_and_what_is_not_a_time_is_refused() {
        let at: Timestamp = "2026-12-06T15:00:00+02:00".parse().unwrap();
        assert_eq!(at.to_string(), "2026-12-06T13:00:00Z");
        assert_eq!(
            (at.day(), at.minute()),
            ("2026-12-06".into(), "2026-12-06 13:00".into())
        );
        for bad in ["", "yesterday", "2026-13-01T00:00:00Z", "2026-12-06 10:00"] {
            let e = bad.parse::<Timestamp>().unwrap_err().to_string();
            assert!(e.contains("RFC 3339"), "{e}");
        }
        assert!(serde_json::from_str::<Timestamp>("\"soon\"").is_err());
    }
}
