//! "At the booth": the participants in progress, and the interviewer's form for one.
//! Laid out for a phone or tablet held at the booth.

use maud::{Markup, html};

use super::{Notice, Viewer, csrf, day_time, notice, shell};
use crate::archive::{InProgress, MAX_STORY_CHARS};

/// What the interviewer typed, shown again when a save is refused.
pub(crate) struct Typed {
    /// The story.
    pub(crate) story: String,
    /// The quote.
    pub(crate) quote: String,
}

/// The address of `page` ("participant", "preview", "now") for the participant at `booth`.
fn address(page: &str, booth: &str) -> String {
    let query = serde_urlencoded::to_string([("booth", booth)]).unwrap_or_default();
    format!("/booth/{page}?{query}")
}

/// The participant's step in words.
fn step_words(step: &str) -> &str {
    match step {
        "consent" => "choosing what the portrait may be used for",
        "camera" => "at the camera",
        "photo" => "looking at the photo",
        "message" => "writing the message",
        "card" => "looking at the card",
        "printing" => "printing",
        other => other,
    }
}

/// Where the participant is, in a sentence: "Now at the camera."
pub(crate) fn where_now(p: &InProgress) -> String {
    format!("Now {}.", step_words(&p.step))
}

/// Every participant in progress (the page looks again every few seconds).
pub(crate) fn list(user: &Viewer, now: &[InProgress]) -> Markup {
    shell(
        "At the booth",
        Some(user),
        html! {
            meta http-equiv="refresh" content="5";
            h1 { "At the booth" }
            @if now.is_empty() {
                p.empty { "Nobody is in progress at a booth now. This page looks again every few seconds." }
            }
            ul.booths {
                @for p in now {
                    li {
                        a href=(address("participant", &p.booth)) {
                            strong { (p.booth) }
                            " · "
                            @match &p.first_name {
                                Some(name) => span dir="auto" { (name) },
                                None => span.hint { "(no name yet)" },
                            }
                            " · " (step_words(&p.step))
                        }
                        span.hint { " since " (day_time(&p.started_at)) }
                    }
                }
            }
        },
    )
}

/// The story and the quote for the participant at `booth`.
pub(crate) fn participant(
    user: &Viewer,
    booth: &str,
    now: Option<&InProgress>,
    said: Option<&Notice>,
    typed: Option<&Typed>,
) -> Markup {
    shell(
        &format!("At {booth}"),
        Some(user),
        html! {
            (notice(said))
            p { a href="/booth" { "← Every booth" } }
            @match now {
                None => {
                    h1 { "At " (booth) }
                    p.empty { "Nobody is in progress at this booth now (they finished or walked away; nothing of theirs is kept)." }
                }
                Some(p) => {
                    h1 { "At " (booth) ": "
                        @match &p.first_name {
                            Some(name) => span dir="auto" { (name) },
                            None => span.hint { "no name yet" },
                        }
                    }
                    // desk.js follows the participant from here without a reload.
                    p.meta {
                        span #now data-now=(address("now", booth)) data-token=(p.token) aria-live="polite" {
                            (where_now(p))
                        }
                        " " a href=(address("participant", booth)) { "Look again" }
                    }
                    div.translate {
                        form.editor.interview method="post" action=(address("participant", booth))
                            data-preview=(address("preview", booth))
                            data-drawn-note="The participant's card with this quote" {
                            (csrf(user))
                            input type="hidden" name="token" value=(p.token);
                            input type="hidden" name="version" value=(p.version);
                            label {
                                h2 { "Story" }
                                span.hint { "The interview notes, in any language (kept only if the participant agrees to the archive; up to " (MAX_STORY_CHARS) " characters)." }
                                textarea name="story" dir="auto" rows="6" maxlength=(MAX_STORY_CHARS) {
                                    (typed.map_or(p.story.as_str(), |t| t.story.as_str()))
                                }
                            }
                            label {
                                h2 { "Quote for the card" }
                                span.hint { "Sent to the booth's message field; the participant reads it there, may change it, and approves it by printing." }
                                textarea name="text" dir="auto" rows="4" data-previewed {
                                    (typed.map_or(p.quote.as_deref().unwrap_or(""), |t| t.quote.as_str()))
                                }
                            }
                            div.actions {
                                button.primary type="submit" name="action" value="send" { "Send to the booth" }
                                button type="submit" name="action" value="story" { "Save the story" }
                            }
                        }
                        figure.preview {
                            img #preview alt="The participant's card with this quote";
                            figcaption #preview-note aria-live="polite" { "The card is drawn as you type the quote." }
                        }
                    }
                }
            }
        },
    )
}
