//! The staff PIN: stored as an Argon2 hash, checked with growing pauses after wrong tries so
//! that a curious visitor cannot guess it at the screen.

use crate::secret::{self, Backoff};

/// Wrong PINs allowed before the first pause.
const FREE_TRIES: u32 = 3;
/// The first pause, doubled for each further wrong PIN, up to `MAX_PAUSE`.
const FIRST_PAUSE: f64 = 30.0;
const MAX_PAUSE: f64 = 15.0 * 60.0;

/// Hashes a PIN for the config file. A PIN is 4 to 12 digits.
pub fn hash_pin(pin: &str) -> Result<String, String> {
    if pin.len() < 4 || pin.len() > 12 || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err("a staff PIN is 4 to 12 digits".into());
    }
    secret::hash(pin)
}

/// Whether `s` is a PIN hash this module wrote.
pub fn is_hash(s: &str) -> bool {
    secret::is_hash(s)
}

/// What entering a PIN did.
#[derive(Debug, Clone, PartialEq)]
pub enum PinVerdict {
    /// Staff mode opens.
    Accepted,
    /// Wrong PIN; `tries_left` before a pause.
    Wrong {
        /// Tries before the next pause.
        tries_left: u32,
    },
    /// Too many wrong PINs: no PIN is checked for this many seconds.
    Paused {
        /// Seconds to wait.
        seconds: u32,
    },
    /// No PIN is set in the config, so staff mode cannot be opened at the screen.
    NotSet,
}

/// Checks PINs against the configured hash, pausing after repeated wrong ones. Times are
/// seconds on any steady clock (the kiosk uses the UI's clock).
pub struct PinGate {
    hash: String,
    backoff: Backoff,
}

impl PinGate {
    /// A gate for the configured hash (empty: no PIN set).
    pub fn new(hash: &str) -> PinGate {
        PinGate {
            hash: hash.to_string(),
            backoff: Backoff::new(FREE_TRIES, FIRST_PAUSE, MAX_PAUSE),
        }
    }

    /// Checks `pin` at time `now`.
    pub fn check(&mut self, pin: &str, now: f64) -> PinVerdict {
        if let Some(seconds) = self.backoff.paused(now) {
            return PinVerdict::Paused { seconds };
        }
        match secret::verifies(pin, &self.hash) {
            None => PinVerdict::NotSet,
            Some(true) => {
                self.backoff.right();
                PinVerdict::Accepted
            }
            Some(false) => match self.backoff.wrong(now) {
                Ok(tries_left) => PinVerdict::Wrong { tries_left },
                Err(seconds) => PinVerdict::Paused { seconds },
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_pin_opens_wrong_pins_pause_longer_each_time() {
        let hash = hash_pin("482913").unwrap();
        assert!(is_hash(&hash) && !hash.contains("482913"));
        let mut gate = PinGate::new(&hash);
        assert_eq!(gate.check("482913", 0.0), PinVerdict::Accepted);
        assert_eq!(gate.check("1111", 1.0), PinVerdict::Wrong { tries_left: 2 });
        assert_eq!(gate.check("2222", 2.0), PinVerdict::Wrong { tries_left: 1 });
        assert_eq!(gate.check("3333", 3.0), PinVerdict::Paused { seconds: 30 });
        // Even the right PIN is not checked during the pause.
        assert_eq!(
            gate.check("482913", 20.0),
            PinVerdict::Paused { seconds: 13 }
        );
        assert_eq!(gate.check("4444", 34.0), PinVerdict::Paused { seconds: 60 });
        assert_eq!(gate.check("482913", 95.0), PinVerdict::Accepted);
    }

    #[test]
    fn pins_that_are_not_digits_are_refused_and_no_hash_means_no_entry() {
        assert!(hash_pin("12a4").is_err());
        assert!(hash_pin("123").is_err());
        assert_eq!(PinGate::new("").check("1234", 0.0), PinVerdict::NotSet);
    }
}
