//! Errors of the card engine. Every variant a participant or a staff member can cause
//! reads as one line: what went wrong, where, and what to do about it.

use std::path::PathBuf;

/// Which piece of text on the card an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// The participant's message.
    Message,
    /// The name, event and date line.
    Attribution,
    /// The Arabic (or other) translation of the message.
    Translation,
    /// The layout's fixed footer text.
    Footer,
    /// The card's short reference.
    Reference,
}

impl std::fmt::Display for TextField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TextField::Message => "message",
            TextField::Attribution => "name and event line",
            TextField::Translation => "translation",
            TextField::Footer => "footer",
            TextField::Reference => "card reference",
        })
    }
}

/// A layout file that cannot be used, with the place in it that is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{origin}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct LayoutError {
    /// The file (or built-in layout name) the error is in.
    pub origin: String,
    /// 1-based line number, when known.
    pub line: Option<usize>,
    /// What is wrong and what is expected.
    pub message: String,
}

/// Everything that can stop a card from being made.
#[derive(Debug, thiserror::Error)]
pub enum CardError {
    /// The layout file is unusable.
    #[error(transparent)]
    Layout(#[from] LayoutError),

    /// The photo could not be read or decoded.
    #[error("cannot use the photo {origin}: {reason}; use a JPEG or PNG photo")]
    Photo {
        /// File name or other description of where the photo came from.
        origin: String,
        /// What the decoder said.
        reason: String,
    },

    /// The text is too long for its box even at the layout's smallest size.
    #[error(
        "the {field} is too long for this card: at the smallest size ({min_size_pt} pt) it needs \
         {needed_mm:.1} mm but the box has {available_mm:.1} mm; shorten it by about {shorten_percent}%"
    )]
    TextDoesNotFit {
        /// Which text.
        field: TextField,
        /// Height (or, for a word too long for a line, width) the text needs at the smallest size.
        needed_mm: f32,
        /// What the box offers in that direction.
        available_mm: f32,
        /// The smallest size the layout allows.
        min_size_pt: f32,
        /// Roughly how much of the text must go for it to fit.
        shorten_percent: u32,
    },

    /// The text is longer than any card holds (checked before it is laid out, so no text
    /// typed, pasted or merged can keep the booth busy).
    #[error(
        "the {field} has {chars} characters, more than a card holds (at most {max}); shorten it"
    )]
    TextTooLong {
        /// Which text.
        field: TextField,
        /// How many characters it has.
        chars: usize,
        /// The most a text may have.
        max: usize,
    },

    /// A letter carries more marks than any writing puts on one (a keyboard held down on
    /// a haraka, or text made to spill over the portrait).
    #[error(
        "the {field} has a letter carrying {marks} marks (at most {max}), near \"{near}\"; remove the extra marks"
    )]
    TooManyMarks {
        /// Which text.
        field: TextField,
        /// How many marks follow the letter.
        marks: usize,
        /// The most one letter may carry.
        max: usize,
        /// The text just before the marks, to find the place.
        near: String,
    },

    /// Marks stacked so high (or low) that their ink leaves the text's box, over the
    /// portrait or off the page.
    #[error(
        "the {field} has marks stacked so far above or below the line that they would be drawn {outside_mm:.1} mm outside its box; remove the extra marks"
    )]
    InkOutsideBox {
        /// Which text.
        field: TextField,
        /// How far the ink reaches past the box.
        outside_mm: f32,
    },

    /// The text contains characters that none of the bundled fonts can draw.
    #[error(
        "the {field} contains characters no font on this machine can print: {chars}; install {packages} (bash scripts/setup-debian.sh does) or remove them"
    )]
    MissingGlyphs {
        /// Which text.
        field: TextField,
        /// The characters, each with its code point, e.g. `😀 (U+1F600)`.
        chars: String,
        /// The Debian packages whose fonts draw them.
        packages: String,
    },

    /// An output file could not be written.
    #[error("cannot write {}: {cause}; check that the folder exists and the disk is not full", path.display())]
    Write {
        /// The file that was being written.
        path: PathBuf,
        /// The operating system's reason.
        cause: std::io::Error,
    },

    /// An image could not be encoded (PNG/JPEG).
    #[error("cannot encode the card image: {0}")]
    Encode(String),
}

impl crate::Blame for CardError {
    fn is_user_mistake(&self) -> bool {
        // A card that cannot be encoded, or written for want of room or a working disk, is
        // the machine's trouble; a place to write that is not a folder (`--out /dev/null`)
        // or not allowed, and the rest (photo, text, layout), is what was given.
        use std::io::ErrorKind as K;
        match self {
            CardError::Write { cause, .. } => matches!(
                cause.kind(),
                K::NotFound
                    | K::NotADirectory
                    | K::IsADirectory
                    | K::PermissionDenied
                    | K::ReadOnlyFilesystem
                    | K::InvalidInput
                    | K::AlreadyExists
            ),
            CardError::Encode(_) => false,
            CardError::Layout(_)
            | CardError::Photo { .. }
            | CardError::TextDoesNotFit { .. }
            | CardError::TextTooLong { .. }
            | CardError::TooManyMarks { .. }
            | CardError::InkOutsideBox { .. }
            | CardError::MissingGlyphs { .. } => true,
        }
    }
}

impl crate::Blame for LayoutError {
    fn is_user_mistake(&self) -> bool {
        true
    }
}
