//! The translation editor.

use maud::{Markup, html};

use super::{Notice, Viewer, csrf, notice, shell};
use crate::archive::{CardRecord, MAX_STORY_CHARS, TranslationStatus};
use crate::language;

/// The translation editor: the message beside a right-to-left text area, and the card
/// drawn with it as it is typed.
pub(crate) fn translate(
    user: &Viewer,
    r: &CardRecord,
    said: Option<&Notice>,
    typed: Option<(&str, TranslationStatus)>,
) -> Markup {
    let id = r.id;
    let saved = match &r.translation {
        Some(t) => (t.text.as_str(), t.status),
        None => ("", TranslationStatus::Draft),
    };
    let (text, status) = typed.unwrap_or(saved);
    shell(
        &format!("Translate {}", id.reference()),
        Some(user),
        html! {
            (notice(said))
            h1 { "Translate card " a href={ "/cards/" (id) } { span.ref { (id.reference()) } } }
            div.translate {
                form.editor method="post" action={ "/cards/" (id) "/translate" } data-preview={ "/cards/" (id) "/preview" }
                    data-drawn-note="The card with this translation; it is printed once approved" {
                    (csrf(user))
                    input type="hidden" name="version" value=(r.version);
                    div.pair {
                        div {
                            h2 { "Message" }
                            blockquote.message dir="auto" lang=[language::tag(&r.language)] { (r.message) }
                            @if let Some(name) = &r.name { p.meta { "— " (name) } }
                        }
                        label {
                            h2 { "Arabic" }
                            textarea name="text" dir="rtl" lang="ar" rows="8" autofocus data-previewed
                                placeholder="الترجمة العربية" { (text) }
                        }
                    }
                    fieldset.status {
                        legend { "Status" }
                        label { input type="radio" name="status" value="draft" checked[status == TranslationStatus::Draft]; " Draft (not printed)" }
                        label { input type="radio" name="status" value="approved" checked[status == TranslationStatus::Approved]; " Approved (the card is drawn with it)" }
                    }
                    button.primary type="submit" { "Save" }
                    @if let Some(t) = &r.translation {
                        span.hint { "Saved: " (t.status.as_str()) @if let Some(by) = &t.translator { " by " (by) } }
                    }
                }
                figure.preview {
                    img #preview src={ "/cards/" (id) "/card.png?v=" (r.version) } alt="The card with this translation";
                    figcaption #preview-note aria-live="polite" { "The card as it is now. It is drawn again as you type." }
                }
            }
            @if let Some(story) = &r.story {
                form.story-translation method="post" action={ "/cards/" (id) "/translate-story" } {
                    (csrf(user))
                    input type="hidden" name="version" value=(r.version);
                    div.pair {
                        div {
                            h2 { "Story" }
                            blockquote.story dir="auto" { (story.text) }
                        }
                        label {
                            h2 { "The story in Arabic (optional)" }
                            textarea name="text" dir="rtl" lang="ar" rows="8" maxlength=(MAX_STORY_CHARS) {
                                (story.translation.as_ref().map_or("", |t| t.text.as_str())) }
                        }
                    }
                    fieldset.status {
                        legend { "Status" }
                        @let status = story.translation.as_ref().map_or(TranslationStatus::Draft, |t| t.status);
                        label { input type="radio" name="status" value="draft" checked[status == TranslationStatus::Draft]; " Draft" }
                        label { input type="radio" name="status" value="approved" checked[status == TranslationStatus::Approved]; " Approved (shown in the gallery)" }
                    }
                    button type="submit" { "Save the story's translation" }
                }
            }
        },
    )
}
