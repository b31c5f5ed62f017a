//! Publishing from the archive: the curators' exhibition (print PDF, contact sheet, web
//! gallery), pictures for social media, and the translators' sheet. Only cards whose
//! participants agreed to that use are published, and every file written is noted in the
//! archive so that erasing a participant finds it again. Everything here goes through the
//! archive's public API; the archive knows nothing of publishing.
//!
//! - `exhibition`: the whole exhibition, made on every core.
//! - `contact_sheet`, `gallery`: its thumbnails page and its web page.
//! - `social`: a picture, caption and alt text per card.
//! - `translators`: the CSV sheet out to translators and back.
//! - `words`: byline, alt text and the approved translation, said the same everywhere.

mod contact_sheet;
mod error;
pub mod exhibition;
mod gallery;
pub mod social;
pub mod translators;
mod words;

pub use error::PublishError;
pub use exhibition::ExhibitionReport;
pub use social::SocialFormat;
