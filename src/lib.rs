//! Welcome Booth: the library behind the "Portraits of Welcome" photo-booth kiosk.
//!
//! The kiosk binary is a thin shell over this crate: every capability (making cards,
//! archiving, printing) works and is tested without a window.

pub mod archive;
pub mod capture;
pub mod card;
pub mod fsutil;
pub mod kiosk;
pub mod parallel;
pub mod print;
