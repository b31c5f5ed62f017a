//! One file per screen. Each draws from what it is given and returns what the participant
//! (or staff) asked for as an [`Action`]; `app.rs` applies it to the flow and the worker.
//! No screen changes the flow or starts work itself.

pub mod attract;
pub mod camera;
pub mod consent;
pub mod goodbye;
pub mod message;
pub mod pin_pad;
pub mod preview;
pub mod review;
pub mod shots;
pub mod staff;
pub mod waiting;

use crate::archive::Use;

use super::entry::EntryEdit;
use super::flow::Field;
use super::keyboard::KeyPress;

/// What a participant asked for on a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Start (from the start screen).
    Start,
    /// Show the screens in this language (from the start screen).
    Language(&'static str),
    /// Read the screen aloud (or stop reading it).
    Listen,
    /// The participant asked for more time.
    MoreTime,
    /// The participant's choices of larger text, high contrast and speech changed.
    Access(crate::kiosk::app::Access),
    /// Cancel or done: back to the start.
    Reset,
    /// A consent tick box changed.
    Consent(Use, bool),
    /// Consent given: on to the camera.
    ConsentGiven,
    /// Take the photo (start the countdown).
    Shoot,
    /// Take it again.
    Retake,
    /// The photographer's shot at this place in the strip is the card's photo.
    ChooseShot(usize),
    /// Keep the photo: on to the message.
    KeepPhoto,
    /// From the message back to the photo.
    BackToPhoto,
    /// An on-screen key.
    Key(KeyPress),
    /// Edits to a field from a physical keyboard or a tap in the text.
    Edit(Field, Vec<EntryEdit>),
    /// Type into this field.
    Focus(Field),
    /// Make the card.
    MakeCard,
    /// From the card back to the message.
    ChangeMessage,
    /// Print the card.
    Print,
}
