//! The curator desk's accounts, kept in the catalog: a name, a role and an Argon2 hash of
//! the password (never the password).

use std::fmt;
use std::str::FromStr;

use rusqlite::{OptionalExtension, params};

use super::{Archive, ArchiveError, Timestamp};

/// What an account may do at the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Everything: corrections, consent, erasure, the exhibition, translations.
    Curator,
    /// Reads messages and writes translations; nothing else.
    Translator,
    /// Works at a staffed booth: sees the participants in progress (their step and first
    /// name) and writes their story and quote; sees no archived card.
    Interviewer,
}

impl Role {
    /// The word the catalog and the command line use.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Curator => "curator",
            Role::Translator => "translator",
            Role::Interviewer => "interviewer",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        match s.trim().to_lowercase().as_str() {
            "curator" => Ok(Role::Curator),
            "translator" => Ok(Role::Translator),
            "interviewer" => Ok(Role::Interviewer),
            other => Err(format!(
                "{other:?} is not a role; use curator, translator or interviewer"
            )),
        }
    }
}

/// A desk account as the catalog keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The name people log in with.
    pub name: String,
    /// What it may do.
    pub role: Role,
    /// The Argon2 hash of its password.
    pub password_hash: String,
}

impl Archive {
    /// Adds a desk account, or gives an existing one a new role and password.
    pub fn set_account(&self, account: &Account) -> Result<(), ArchiveError> {
        let name = account.name.trim();
        if name.is_empty() || name.chars().any(char::is_control) || name.chars().count() > 64 {
            return Err(ArchiveError::BadAccountName(account.name.clone()));
        }
        self.db().execute(
            "INSERT INTO accounts (name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (name) DO UPDATE SET role = ?2, password_hash = ?3",
            params![
                name,
                account.role.as_str(),
                account.password_hash,
                Timestamp::now()
            ],
        )?;
        Ok(())
    }

    /// The account called `name`, if there is one.
    pub fn account(&self, name: &str) -> Result<Option<Account>, ArchiveError> {
        let row = self
            .db()
            .query_row(
                "SELECT name, role, password_hash FROM accounts WHERE name = ?1",
                params![name.trim()],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)),
            )
            .optional()?;
        Ok(row.and_then(|(name, role, password_hash)| {
            Some(Account {
                name,
                role: role.parse().ok()?,
                password_hash,
            })
        }))
    }

    /// How many desk accounts there are.
    pub fn account_count(&self) -> Result<u64, ArchiveError> {
        let n: i64 = self
            .db()
            .query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))?;
        Ok(n.max(0) as u64)
    }
}
