//! Welcome Booth: the library behind the "Portraits of Welcome" photo-booth kiosk.
//!
//! The kiosk binary is a thin shell over this crate: every capability (making cards,
//! archiving, printing) works and is tested without a window.

pub mod archive;
pub mod capture;
pub mod card;
pub mod desk;
pub mod fsutil;
pub mod kiosk;
pub mod language;
pub mod parallel;
pub mod print;
pub mod progress;
pub mod publish;
pub mod secret;

/// Errors that say whose mistake they are: the user's (a bad file, id, layout or text,
/// which the command line answers with exit status 2, like a mistyped option) or the
/// machine's (a full disk, a broken database, a printer server that is down: 1).
pub trait Blame {
    /// Whether the user can fix it by giving something else.
    fn is_user_mistake(&self) -> bool;
}
