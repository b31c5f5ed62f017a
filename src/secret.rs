//! Secrets people type: the kiosk's staff PIN and the desk's passwords are kept as Argon2
//! hashes, and wrong guesses are met with growing pauses. Session tokens come from the
//! system's random source.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{Output, PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};

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
    Verifier::default().verifies(secret, hash)
}

/// Checks secrets against hashes in memory of its own, kept from one check to the next.
/// A check needs about 19 MB; the allocator keeps large blocks it was given back in ways
/// that grow with every check made on another thread, so a desk that checks many logins
/// keeps one verifier per checking thread.
#[derive(Default)]
pub struct Verifier {
    memory: Vec<Block>,
}

impl Verifier {
    /// Whether `secret` is the one `hash` was made from; `None` if `hash` is not a hash.
    pub fn verifies(&mut self, secret: &str, hash: &str) -> Option<bool> {
        let hash = PasswordHash::new(hash).ok()?;
        let params = Params::try_from(&hash).ok()?;
        let algorithm = Algorithm::try_from(hash.algorithm).ok()?;
        let version = Version::try_from(hash.version.unwrap_or(0x13)).ok()?;
        let expected = hash.hash?;
        let mut salt = [0u8; 64];
        let salt = hash.salt?.decode_b64(&mut salt).ok()?;
        self.memory.resize(params.block_count(), Block::default());
        let argon = Argon2::new(algorithm, version, params);
        let mut out = vec![0u8; expected.len()];
        argon
            .hash_password_into_with_memory(secret.as_bytes(), salt, &mut out, &mut self.memory)
            .ok()?;
        // Output compares in constant time.
        Some(Output::new(&out).ok()? == expected)
    }
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
    /// Guesses admitted and still being checked.
    checking: u32,
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
            checking: 0,
            paused_until: f64::NEG_INFINITY,
        }
    }

    /// Seconds left of the pause at `now`, if guessing is paused.
    pub fn paused(&self, now: f64) -> Option<u32> {
        (now < self.paused_until).then(|| (self.paused_until - now).ceil() as u32)
    }

    /// Admits a guess about to be checked at `now`, counting it before it is checked: many
    /// guesses sent at once cannot all slip in while the first are still being checked.
    /// `Err` gives the seconds to wait, when guessing is paused or every free guess left is
    /// already being checked. Each admitted guess ends in [`wrong`](Self::wrong),
    /// [`right`](Self::right) or [`unchecked`](Self::unchecked).
    pub fn admit(&mut self, now: f64) -> Result<(), u32> {
        if let Some(seconds) = self.paused(now) {
            return Err(seconds);
        }
        if self.wrong + self.checking >= self.free {
            return Err(self.first.ceil() as u32);
        }
        self.checking += 1;
        Ok(())
    }

    /// An admitted guess that could not be checked (the catalog failed): it counts neither way.
    pub fn unchecked(&mut self) {
        self.checking = self.checking.saturating_sub(1);
    }

    /// A wrong guess at `now`: the wrong guesses left before a pause (`Ok`), or the pause
    /// it started in seconds (`Err`).
    pub fn wrong(&mut self, now: f64) -> Result<u32, u32> {
        self.checking = self.checking.saturating_sub(1);
        self.wrong += 1;
        if self.wrong < self.free {
            return Ok(self.free - self.wrong);
        }
        let pause = (self.first * 2f64.powi((self.wrong - self.free) as i32)).min(self.max);
        self.paused_until = now + pause;
        Err(pause as u32)
    }

    /// Whether an admitted guess is still being checked.
    pub fn is_checking(&self) -> bool {
        self.checking > 0
    }

    /// A right guess: the count starts again.
    pub fn right(&mut self) {
        self.wrong = 0;
        self.checking = self.checking.saturating_sub(1);
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
        // One verifier checks many secrets in the same memory.
        let mut verifier = Verifier::default();
        let other = hash("another secret").unwrap();
        for _ in 0..3 {
            assert_eq!(verifier.verifies("correct horse", &h), Some(true));
            assert_eq!(verifier.verifies("correct horse", &other), Some(false));
        }
        assert_ne!(random_hex(16), random_hex(16));
        assert_eq!(random_hex(16).len(), 32);
    }

    #[test]
    fn guesses_are_counted_as_they_are_admitted() {
        let mut b = Backoff::new(5, 30.0, 900.0);
        // Five guesses at once are admitted; the sixth waits, whatever the five turn out.
        for _ in 0..5 {
            b.admit(0.0).unwrap();
        }
        assert_eq!(b.admit(0.0), Err(30));
        b.right();
        b.admit(0.0).unwrap();
        for _ in 0..5 {
            let _ = b.wrong(0.0);
        }
        assert!(b.paused(1.0).is_some());
        assert!(b.admit(1.0).is_err());
    }
}
