//! The exhibition's web page: a figure per card with its picture, message, approved
//! translation, byline and the participant's story (with its approved translation). Everything a participant or curator wrote goes through maud,
//! so it is escaped by construction; the page is written a figure at a time.

use maud::{Markup, PreEscaped, html};

use super::words::{alt_text, approved_translation, byline};
use crate::archive::{CardRecord, TranslationStatus};

/// The page's look: warm paper, cards on white, the Arabic in Naskh.
const STYLE: &str = r#"
  body { margin: 0; padding: 2rem; background: #f7f3ec; color: #1f1f1f; font-family: "Noto Serif", Georgia, serif; }
  h1 { font-weight: normal; letter-spacing: .08em; text-transform: uppercase; font-size: 1.2rem; color: #9b6b2f; }
  main { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 2rem; }
  figure { margin: 0; background: #fff; padding: 1rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  img { width: 100%; height: auto; display: block; }
  .message { font-style: italic; }
  .translation { font-family: "Noto Naskh Arabic", serif; font-size: 1.1em; }
  .byline { font-family: "Noto Sans", sans-serif; font-size: .85rem; color: #5c5c5c; }
  .story { font-size: .95rem; white-space: pre-wrap; border-top: 1px solid #e6dfd3; padding-top: .6rem; }
"#;

/// The page up to its first figure, for `count` cards.
pub(super) fn head(count: usize) -> String {
    let head = html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { "Portraits of Welcome" }
            style { (PreEscaped(STYLE)) }
        }
    };
    let heading = html! {
        h1 { "Portraits of Welcome" }
        p.byline { (count) " portrait(s)" }
    };
    format!(
        "<!doctype html>\n<html lang=\"en\">\n{}\n<body>\n{}\n<main>\n",
        head.into_string(),
        heading.into_string()
    )
}

/// The page after its last figure.
pub(super) const FOOT: &str = "</main>\n</body>\n</html>\n";

/// A card's figure, its picture `image` (in `images/`) of `w` x `h` pixels.
pub(super) fn figure(card: &CardRecord, image: &str, (w, h): (u32, u32)) -> Markup {
    html! {
        figure id={ "card-" (card.id) } {
            img src={ "images/" (image) } width=(w) height=(h) loading="lazy" alt=(alt_text(card));
            figcaption {
                p.message dir="auto" lang=[crate::language::tag(&card.language)] { (card.message.trim()) }
                @if let Some(t) = approved_translation(card) {
                    p.translation lang="ar" dir="rtl" { (t.trim()) }
                }
                p.byline { (byline(card)) }
                @if let Some(story) = &card.story {
                    p.story dir="auto" { (story.text.trim()) }
                    @if let Some(t) = story.translation.as_ref().filter(|t| t.status == TranslationStatus::Approved) {
                        p.story.translation lang="ar" dir="rtl" { (t.text.trim()) }
                    }
                }
            }
        }
    }
}
