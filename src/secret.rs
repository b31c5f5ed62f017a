//! Secrets people type: the kiosk's staff PIN and the desk's passwords are kept as Argon2
//! hashes, and wrong guesses are met with growing pauses. Session tokens come from the
//! system's random source.

use argon2::Argon2;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// An Argon2 hash of `secret` (PHC string: algorithm, salt and hash).
pub fn hash(secret: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot make the Argon2 hash: {e}"))
}

/// Whether `s` is a hash [`hash`] wrote.
pub fn is_hash(s: &str) -> bool {
    PasswordHash::new(s).is_ok()
}

/// Whether `secret` is the one `hash` was made from; `None` if `hash` is not a hash.
pub fn verifies(secret: &str, hash: &str) -> Option<bool> {
    let hash = PasswordHash::new(hash).ok()?;
    Some(
        Argon2::default()
            .verify_password(secret.as_bytes(), &hash)
            .is_ok(),
    )
}

/// `bytes` random bytes from the system, in lowercase hex (session and form tokens).
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// Pauses after wrong guesses: `free` wrong ones are allowed, then each further one
/// pauses all guessing, for `first` seconds doubled each time up to `max`. Times are
/// seconds on any steady clock.
#[derive(Debug, Clone)]
pub struct Backoff {
    free: u32,
    first: f64,
    max: f64,
    wrong: u32,
    paused_until: f64,
}

impl Backoff {
    /// A back-off allowing `free` wrong guesses, then pausing `first` up to `max` seconds.
    pub fn new(free: u32, first: f64, max: f64) -> Backoff {
        Backoff {
            free,
            first,
            max,
            wrong: 0,
            paused_until: f64::NEG_INFINITY,
        }
    }

    /// Seconds left of the pause at `now`, if guessing is paused.
    pub fn paused(&self, now: f64) -> Option<u32> {
        (now < self.paused_until).then(|| (self.paused_until - now).ceil() as u32)
    }

    /// A wrong guess at `now`: the wrong guesses left before a pause (`Ok`), or the pause
    /// it started in seconds (`Err`).
    pub fn wrong(&mut self, now: f64) -> Result<u32, u32> {
        self.wrong += 1;
        if self.wrong < self.free {
            return Ok(self.free - self.wrong);
        }
        let pause = (self.first * 2f64.powi((self.wrong - self.free) as i32)).min(self.max);
        self.paused_until = now + pause;
        Err(pause as u32)
    }

    /// A right guess: the count starts again.
    pub fn right(&mut self) {
        self.wrong = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_secret_only() {
        let h = hash("correct horse").unwrap();
        assert!(is_hash(&h) && !h.contains("correct"));
        assert_eq!(verifies("correct horse", &h), Some(true));
        assert_eq!(verifies("correct hose", &h), Some(false));
        assert_eq!(verifies("x", "not a hash"), None);
        assert_ne!(random_hex(16), random_hex(16));
        assert_eq!(random_hex(16).len(), 32);
    }
}
