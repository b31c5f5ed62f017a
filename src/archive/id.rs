//! A card's id, and the short reference printed on the card that is read from it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A card's id: a UUIDv7, so ids sort by the time the portrait was taken. Only ids that
/// parse as UUIDs ever become folder names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardId(Uuid);

impl CardId {
    /// A fresh id for a card made now.
    pub fn new() -> CardId {
        CardId(Uuid::now_v7())
    }
}

/// The letters of card references: Crockford's base 32, without I, L, O and U (read as 1,
/// 1, 0, or mistaken for V).
const REFERENCE_LETTERS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl CardId {
    /// The card's short reference ("K7QM-4XRT"), printed on it and shown on the thank-you
    /// screen, so a participant can quote it to ask for their card to be erased: 40 of the
    /// id's random bits, in letters nobody confuses.
    pub fn reference(self) -> String {
        let bits = self.0.as_u128() & ((1 << 40) - 1);
        let letters: String = (0..8)
            .rev()
            .map(|i| REFERENCE_LETTERS[((bits >> (5 * i)) & 31) as usize] as char)
            .collect();
        format!("{}-{}", &letters[..4], &letters[4..])
    }
}

/// A reference as someone typed it, read as it was printed ("k7qm 4xrt", "K7QM4XRT" and
/// "K7QM-4XRT" are one reference; O is read as 0, I and L as 1), if it is one.
pub fn read_reference(text: &str) -> Option<String> {
    let mut letters = String::new();
    for c in text.trim().chars().filter(|c| !matches!(c, '-' | ' ')) {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if !c.is_ascii() || !REFERENCE_LETTERS.contains(&(c as u8)) {
            return None;
        }
        letters.push(c);
    }
    (letters.len() == 8).then(|| format!("{}-{}", &letters[..4], &letters[4..]))
}

impl Default for CardId {
    fn default() -> Self {
        CardId::new()
    }
}

impl fmt::Display for CardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// Ids as the catalog stores them (text).
impl rusqlite::types::FromSql for CardId {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e: BadCardId| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

/// Text that is not a card's id (the archive's error says what to do).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a card id")]
pub struct BadCardId(pub String);

impl FromStr for CardId {
    type Err = BadCardId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::try_parse(s.trim())
            .map(CardId)
            .map_err(|_| BadCardId(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_by_time_and_refuse_paths() {
        let a = CardId::new();
        let b = CardId::new();
        assert!(a.to_string() < b.to_string());
        assert_eq!(a.to_string().parse::<CardId>().unwrap(), a);
        for bad in ["../../etc/passwd", "", "0193c6e2", "a/b"] {
            assert!(bad.parse::<CardId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn references_are_short_unambiguous_and_read_as_typed() {
        let id: CardId = "0193c6e2-7d1a-7b3c-9f00-2a1b3c4d5e6f".parse().unwrap();
        let reference = id.reference();
        assert_eq!(reference.len(), 9);
        assert!(!reference.contains(['I', 'L', 'O', 'U']), "{reference}");
        let typed = reference.to_lowercase().replace('-', " ").replace('0', "o");
        assert_eq!(read_reference(&typed).as_deref(), Some(reference.as_str()));
        for bad in ["", "K7QM-4XR", "K7QM-4XRTT", "K7QM-4XRU", "ÄÄÄÄ-ÄÄÄÄ"] {
            assert_eq!(read_reference(bad), None, "{bad}");
        }
        // Ids made one after another get different references.
        let refs: std::collections::HashSet<String> =
            (0..1000).map(|_| CardId::new().reference()).collect();
        assert_eq!(refs.len(), 1000);
    }
}
