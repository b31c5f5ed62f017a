//! The cards: the grid with its filters, one card, and the question before erasure.

use maud::{Markup, html};

use super::{Notice, Viewer, csrf, day_time, excerpt, language_name, notice, shell, use_words};
use crate::archive::{
    CardRecord, CardSummary, Consent, Filter, MAX_STORY_CHARS, Page, Role, TranslationStatus, Use,
};

/// Cards on one page of the grid.
pub(crate) const PER_PAGE: usize = 48;

/// The choices the grid's filters offer.
pub(crate) struct FilterChoices {
    pub(crate) events: Vec<String>,
    pub(crate) languages: Vec<String>,
}

/// The grid of cards with its filters and pages.
pub(crate) fn grid(
    user: &Viewer,
    filter: &Filter,
    choices: &FilterChoices,
    page: &Page,
    page_no: u64,
    query: &str,
    notice: Option<&str>,
) -> Markup {
    let pages = page.total.div_ceil(PER_PAGE as u64).max(1);
    let link = |n: u64| format!("/cards?{query}&page={n}");
    shell(
        "Cards",
        Some(user),
        html! {
            @if let Some(notice) = notice { p.notice role="status" { (notice) } }
            form.filters method="get" action="/cards" {
                input type="search" name="q" value=[filter.words.as_deref()]
                    placeholder="Words of a message, name, translation or story, or a card's reference"
                    aria-label="Search";
                select name="event" aria-label="Event" {
                    option value="" { "Every event" }
                    @for e in &choices.events {
                        option value=(e) selected[filter.event.as_deref() == Some(e)] { (e) }
                    }
                }
                label { "From " input type="date" name="since" value=[filter.since.as_deref()]; }
                label { "before " input type="date" name="until" value=[filter.until.as_deref()]; }
                select name="consent" aria-label="Consent" {
                    option value="" { "Any consent" }
                    @for u in Use::ALL {
                        option value=(u.as_str()) selected[filter.consent == Some(u)] { "Agreed to " (use_words(u)) }
                    }
                }
                select name="translation" aria-label="Translation" {
                    option value="" { "Any translation" }
                    option value="none" selected[filter.untranslated] { "Not translated" }
                    @for s in [TranslationStatus::Draft, TranslationStatus::Approved] {
                        option value=(s.as_str()) selected[filter.translation == Some(s)] { "Translation " (s.as_str()) }
                    }
                }
                select name="language" aria-label="Language" {
                    option value="" { "Any language" }
                    @for l in &choices.languages {
                        option value=(l) selected[filter.language.as_deref() == Some(l)] { (language_name(l)) }
                    }
                }
                button.primary type="submit" { "Find" }
                a href="/cards" { "Clear" }
            }
            p.count { (page.total) " card(s)" @if pages > 1 { " · page " (page_no) " of " (pages) } }
            ul.grid {
                @for card in &page.cards {
                    li { (tile(card)) }
                }
            }
            @if pages > 1 {
                nav.pages aria-label="Pages" {
                    @if page_no > 1 { a rel="prev" href=(link(page_no - 1)) { "← Newer" } }
                    span { "Page " (page_no) " of " (pages) }
                    @if page_no < pages { a rel="next" href=(link(page_no + 1)) { "Older →" } }
                }
            }
        },
    )
}

/// One card in the grid.
fn tile(card: &CardSummary) -> Markup {
    html! {
        a.tile href={ "/cards/" (card.id) } data-card=(card.id) {
            img src={ "/cards/" (card.id) "/thumb.jpg" } alt="" loading="lazy" width="160" height="236";
            span.ref { (card.id.reference()) }
            span.message dir="auto" { (excerpt(&card.message, 110)) }
            span.meta {
                @if let Some(name) = &card.name { (name) " · " }
                (card.event) " · " (card.created_at.day())
            }
            span.badges {
                @match card.translation {
                    Some(s) => span.badge.(s.as_str()) { "Arabic " (s.as_str()) },
                    None => span.badge.none { "not translated" },
                }
                @if !card.consent.exhibition { span.badge.none { "not for exhibition" } }
            }
        }
    }
}

/// Text typed into the correction form, shown again when it was refused.
#[derive(Default)]
pub(crate) struct Typed {
    pub(crate) message: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) story: Option<String>,
}

/// One card: as printed, its photo, what it says, consent, prints, corrections.
pub(crate) fn card(
    user: &Viewer,
    r: &CardRecord,
    exhibited: Option<bool>,
    said: Option<&Notice>,
    typed: &Typed,
) -> Markup {
    let id = r.id;
    let curator = user.role == Role::Curator;
    shell(
        &format!("Card {}", id.reference()),
        Some(user),
        html! {
            (notice(said))
            div.card-page {
                section.pictures {
                    a href={ "/cards/" (id) "/card.pdf" } title="The card as printed (PDF)" {
                        img.card src={ "/cards/" (id) "/card.png?v=" (r.version) } alt="The card as printed";
                    }
                    img.photo src={ "/cards/" (id) "/photo?v=" (r.version) } alt="The photo as taken" loading="lazy";
                }
                section.about {
                    h1 { "Card " span.ref { (id.reference()) } }
                    p.meta { (r.event) " · " (r.date_text) " · " span.id { (id) } }
                    @if curator {
                        form.correct method="post" action={ "/cards/" (id) "/correct" } {
                            (csrf(user))
                            input type="hidden" name="version" value=(r.version);
                            label { "Message"
                                textarea name="message" dir="auto" rows="5" {
                                    (typed.message.as_deref().unwrap_or(&r.message)) } }
                            label { "Name"
                                input name="name" dir="auto" value=(typed.name.as_deref().unwrap_or(r.name.as_deref().unwrap_or(""))); }
                            button.primary type="submit" { "Save the correction" }
                            span.hint { "The card is drawn again; the text before is kept below." }
                        }
                    } @else {
                        blockquote.message dir="auto" { (r.message) }
                        @if let Some(name) = &r.name { p { "— " (name) } }
                    }
                    h2 { "Arabic translation" }
                    @match &r.translation {
                        Some(t) => {
                            blockquote.translation dir="rtl" lang="ar" { (t.text) }
                            p.meta { (t.status.as_str()) @if let Some(by) = &t.translator { " · by " (by) } " · " (t.at.day()) }
                        }
                        None => p.meta { "None yet." },
                    }
                    p { a.button href={ "/cards/" (id) "/translate" } { "Translate" } }
                    (story(user, r, typed))
                    @if curator {
                        h2 { "Consent" }
                        (consent(user, r))
                        @if let Some(shown) = exhibited {
                            p { @if shown { "In the exhibition." } @else { "Left out of the exhibition." } " "
                                a href="/exhibition" { "Exhibition" } }
                        }
                    }
                    h2 { "Prints" }
                    @if r.prints.is_empty() { p.meta { "Never printed." } } @else {
                        table {
                            tr { th { "When" } th { "Printer" } th { "Copies" } th { "State" } }
                            @for p in &r.prints {
                                tr { td { (day_time(&p.at)) } td { (p.printer) } td { (p.copies) }
                                     td { (p.state) @if let Some(why) = &p.reason { " — " (why) } } }
                            }
                        }
                    }
                    @if !r.corrections.is_empty() {
                        h2 { "Corrections" }
                        table.history {
                            tr { th { "When" } th { "Who" } th { "What" } th { "Before" } th { "After" } }
                            @for c in r.corrections.iter().rev() {
                                tr { td { (day_time(&c.at)) } td { (c.by) } td { (c.field) }
                                     td.before dir="auto" { (c.before.as_deref().unwrap_or("—")) }
                                     td dir="auto" { (c.after.as_deref().unwrap_or("—")) } }
                            }
                        }
                    }
                    @if curator {
                        h2 { "Erase" }
                        p { "At the participant's request: the card, its photo and every copy the archive made are removed for good." }
                        a.button.danger href={ "/cards/" (id) "/erase" } { "Erase this card…" }
                    }
                }
            }
        },
    )
}

/// The participant's story from the interview: curators correct it (the text before is
/// kept) and may add one to a card kept in the archive; its translation is the
/// translation page's.
fn story(user: &Viewer, r: &CardRecord, typed: &Typed) -> Markup {
    let story = r.story.as_ref();
    let text = story.map_or("", |s| s.text.as_str());
    html! {
        @if story.is_some() || (user.role == Role::Curator && r.consent.archive) {
            h2 { "Story" }
        }
        @if user.role == Role::Curator && r.consent.archive {
            form.correct method="post" action={ "/cards/" (r.id) "/story" } {
                (csrf(user))
                input type="hidden" name="version" value=(r.version);
                textarea name="story" dir="auto" rows="6" maxlength=(MAX_STORY_CHARS) {
                    (typed.story.as_deref().unwrap_or(text)) }
                button type="submit" { "Save the story" }
                span.hint { "Not printed; shown in the gallery when the participant agreed to the exhibition. The text before is kept below." }
            }
        } @else if let Some(s) = story {
            blockquote.story dir="auto" { (s.text) }
        }
        @if let Some(s) = story {
            p.meta { "Written by " (s.by) " · " (day_time(&s.at)) }
            @if let Some(t) = &s.translation {
                blockquote.translation dir="rtl" lang="ar" { (t.text) }
                p.meta { "Arabic, " (t.status.as_str()) @if let Some(by) = &t.translator { " · by " (by) } }
            }
            @if !s.corrections.is_empty() {
                table.history {
                    tr { th { "When" } th { "Who" } th { "Before" } }
                    @for c in s.corrections.iter().rev() {
                        tr { td { (day_time(&c.at)) } td { (c.by) }
                             td.before dir="auto" { (c.before.as_deref().unwrap_or("—")) } }
                    }
                }
            }
        }
    }
}

/// Consent per use, with a button to withdraw each one given.
fn consent(user: &Viewer, r: &CardRecord) -> Markup {
    let c: &Consent = &r.consent;
    html! {
        ul.consent {
            @for u in Use::ALL {
                li {
                    @if c.allows(u) {
                        span.yes { "✓ " (use_words(u)) }
                        form method="post" action={ "/cards/" (r.id) "/withdraw" } {
                            (csrf(user))
                            input type="hidden" name="use" value=(u.as_str());
                            button.small type="submit" { "Withdraw" }
                        }
                    } @else {
                        span.no { "✗ " (use_words(u)) }
                    }
                }
            }
        }
        p.meta { "Given " (day_time(&c.given_at))
            @if let Some(at) = &c.changed_at { " · changed " (day_time(at)) } }
    }
}

/// The second question before erasure.
pub(crate) fn erase(user: &Viewer, r: &CardRecord) -> Markup {
    shell(
        "Erase",
        Some(user),
        html! {
            section.erase {
                h1 { "Erase card " (r.id.reference()) "?" }
                img.thumb src={ "/cards/" (r.id) "/thumb.jpg" } alt="";
                blockquote dir="auto" { (r.message) }
                p { "This removes the card, its photo, its record and every file exported with it (an exhibition that shows it must be built again). It cannot be undone, and merges will never bring it back." }
                form method="post" action={ "/cards/" (r.id) "/erase" } {
                    (csrf(user))
                    label.confirm { input type="checkbox" name="confirm" value="yes" required; " I am sure: erase every trace of this card" }
                    button.danger type="submit" { "Erase for good" }
                    " " a href={ "/cards/" (r.id) } { "Keep it" }
                }
            }
        },
    )
}
