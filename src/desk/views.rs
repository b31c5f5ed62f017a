//! The desk's pages as HTML (maud: checked when compiled, and every value escaped, so a
//! participant's `<script>` is shown as text). Scripts and styles come from the desk's
//! own files only (see `files::safety_headers`).

use axum::http::StatusCode;
use maud::{DOCTYPE, Markup, html};

use super::auth::User;
use crate::archive::{
    CardRecord, CardSummary, Consent, Filter, Page, Role, TranslationStatus, Use,
};

/// Cards on one page of the grid.
pub(super) const PER_PAGE: usize = 48;

/// The frame of every page: title, navigation, the account and a way out.
fn shell(title: &str, user: Option<&User>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Portraits of Welcome desk" }
                link rel="stylesheet" href="/static/desk.css";
                script src="/static/desk.js" defer {}
            }
            body {
                header.top {
                    a.brand href="/cards" { "Portraits of Welcome" span { " desk" } }
                    @if let Some(user) = user {
                        nav {
                            a href="/cards" { "Cards" }
                            @if user.role == Role::Curator { a href="/exhibition" { "Exhibition" } }
                        }
                        form.account method="post" action="/logout" {
                            (csrf(user))
                            span { (user.name) " · " (user.role) }
                            button.link type="submit" { "Log out" }
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// The hidden field with the session's form token.
fn csrf(user: &User) -> Markup {
    html! { input type="hidden" name="csrf" value=(user.csrf); }
}

/// The login page.
pub(super) fn login(token: &str, problem: Option<&str>) -> Markup {
    shell(
        "Log in",
        None,
        html! {
            form.login method="post" action="/login" {
                h1 { "Log in to the desk" }
                @if let Some(problem) = problem { p.problem role="alert" { (problem) } }
                input type="hidden" name="csrf" value=(token);
                label { "Name" input name="name" autocomplete="username" required autofocus; }
                label { "Password" input name="password" type="password" autocomplete="current-password" required; }
                button.primary type="submit" { "Log in" }
                p.hint { "No account? A curator adds one on the booth laptop: "
                    code { "welcome-booth desk add-user NAME --role translator" } }
            }
        },
    )
}

/// A refused request, with its reason.
pub(super) fn refusal(status: StatusCode, message: &str) -> Markup {
    shell(
        status.canonical_reason().unwrap_or("Refused"),
        None,
        html! {
            section.refusal {
                h1 { (status.as_u16()) " · " (status.canonical_reason().unwrap_or("")) }
                p.problem role="alert" { (message) }
                p { a href="/cards" { "Back to the cards" } }
            }
        },
    )
}

/// The choices the grid's filters offer.
pub(super) struct FilterChoices {
    pub(super) events: Vec<String>,
    pub(super) languages: Vec<String>,
}

/// The grid of cards with its filters and pages.
pub(super) fn grid(
    user: &User,
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
                    placeholder="Words of a message, name or translation, or a card's reference"
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
                (card.event) " · " (day(&card.created_at))
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

/// What the card page says besides the record.
pub(super) enum Notice {
    /// Something done.
    Done(String),
    /// Something refused (with the status to answer with), what was typed kept.
    Refused(StatusCode, String),
}

impl Notice {
    /// The status a page saying this is answered with.
    pub(super) fn status(&self) -> StatusCode {
        match self {
            Notice::Done(_) => StatusCode::OK,
            Notice::Refused(status, _) => *status,
        }
    }
}

fn notice(n: Option<&Notice>) -> Markup {
    html! {
        @match n {
            Some(Notice::Done(text)) => p.notice role="status" { (text) },
            Some(Notice::Refused(_, text)) => p.problem role="alert" { (text) },
            None => {},
        }
    }
}

/// Text typed into the correction form, shown again when it was refused.
#[derive(Default)]
pub(super) struct Typed {
    pub(super) message: Option<String>,
    pub(super) name: Option<String>,
}

/// One card: as printed, its photo, what it says, consent, prints, corrections.
pub(super) fn card(
    user: &User,
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
                            p.meta { (t.status.as_str()) @if let Some(by) = &t.translator { " · by " (by) } " · " (day(&t.at)) }
                        }
                        None => p.meta { "None yet." },
                    }
                    p { a.button href={ "/cards/" (id) "/translate" } { "Translate" } }
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

/// Consent per use, with a button to withdraw each one given.
fn consent(user: &User, r: &CardRecord) -> Markup {
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
pub(super) fn erase(user: &User, r: &CardRecord) -> Markup {
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

/// The translation editor: the message beside a right-to-left text area, and the card
/// drawn with it as it is typed.
pub(super) fn translate(
    user: &User,
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
                form.editor method="post" action={ "/cards/" (id) "/translate" } data-preview={ "/cards/" (id) "/preview" } {
                    (csrf(user))
                    input type="hidden" name="version" value=(r.version);
                    div.pair {
                        div {
                            h2 { "Message" }
                            blockquote.message dir="auto" lang=(iso_639_1(&r.language)) { (r.message) }
                            @if let Some(name) = &r.name { p.meta { "— " (name) } }
                        }
                        label {
                            h2 { "Arabic" }
                            textarea name="text" dir="rtl" lang="ar" rows="8" autofocus
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
        },
    )
}

/// The exhibition: the cards in their order with moves, those left out, and the build.
pub(super) fn exhibition(
    user: &User,
    shown: &[CardSummary],
    left_out: &[CardSummary],
    offset: usize,
    total: usize,
    build: Markup,
) -> Markup {
    let per = super::exhibition::PER_PAGE;
    html! {
        (shell("Exhibition", Some(user), html! {
            h1 { "Exhibition" }
            (build)
            h2 { (total) " card(s) in the exhibition, in this order" }
            p.hint { "Every card whose participant agreed to the exhibition hangs unless it is left out; new cards join the end." }
            ol.order start=(offset + 1) {
                @for (i, card) in shown.iter().enumerate() {
                    li data-card=(card.id) {
                        img.thumb src={ "/cards/" (card.id) "/thumb.jpg" } alt="" loading="lazy" width="80" height="118";
                        a.ref href={ "/cards/" (card.id) } { (card.id.reference()) }
                        span.message dir="auto" { (excerpt(&card.message, 90)) }
                        (move_button(user, card, "up", "↑ Earlier", offset + i > 0))
                        (move_button(user, card, "down", "↓ Later", offset + i + 1 < total))
                        (move_button(user, card, "exclude", "Leave out", true))
                    }
                }
            }
            @if total > per {
                nav.pages {
                    @if offset > 0 { a href={ "/exhibition?from=" (offset.saturating_sub(per)) } { "← Earlier cards" } }
                    span { (offset + 1) "–" (offset + shown.len()) " of " (total) }
                    @if offset + per < total { a href={ "/exhibition?from=" (offset + per) } { "Later cards →" } }
                }
            }
            h2 { (left_out.len()) " card(s) left out" }
            ul.left-out {
                @for card in left_out {
                    li data-card=(card.id) {
                        img.thumb src={ "/cards/" (card.id) "/thumb.jpg" } alt="" loading="lazy" width="80" height="118";
                        a.ref href={ "/cards/" (card.id) } { (card.id.reference()) }
                        span.message dir="auto" { (excerpt(&card.message, 90)) }
                        @if card.consent.exhibition {
                            (move_button(user, card, "include", "Put back", true))
                        } @else {
                            span.badge.none { "consent withdrawn" }
                        }
                    }
                }
            }
        }))
    }
}

fn move_button(
    user: &User,
    card: &CardSummary,
    action: &str,
    label: &str,
    enabled: bool,
) -> Markup {
    html! {
        form.move method="post" action="/exhibition/change" {
            (csrf(user))
            input type="hidden" name="card" value=(card.id);
            button.small type="submit" name="action" value=(action) disabled[!enabled] { (label) }
        }
    }
}

/// The build's part of the exhibition page.
pub(super) fn build(user: &User, state: &super::exhibition::BuildState) -> Markup {
    use super::exhibition::BuildState;
    html! {
        section.build {
            @match state {
                BuildState::Idle => p { "Not built from the desk yet." },
                BuildState::Running { done, total } => {
                    // Refreshes itself while the build runs (no script needed).
                    meta http-equiv="refresh" content="1";
                    p { "Building… " progress max=(*total) value=(*done) {} " " (done / 2) " of " (total / 2) " cards" }
                }
                BuildState::Done { cards, without_translation, seconds } => p.notice {
                    "Built: " (cards) " card(s) in " (format!("{seconds:.1}")) " s. "
                    @if *without_translation > 0 {
                        (without_translation) " left out: the layout puts the Arabic first and they have no approved translation. "
                    }
                    a href="/exhibition/files/index.html" { "Web gallery" } " · "
                    a href="/exhibition/files/exhibition.pdf" { "Print PDF" } " · "
                    a href="/exhibition/files/contact-sheet.pdf" { "Contact sheet" }
                },
                BuildState::Failed(why) => p.problem { "The build failed: " (why) },
            }
            @if !matches!(state, BuildState::Running { .. }) {
                form method="post" action="/exhibition/build" {
                    (csrf(user))
                    select name="layout" aria-label="Layout" {
                        @for (name, label) in super::exhibition::LAYOUTS {
                            option value=(name) { (label) }
                        }
                    }
                    " "
                    button.primary type="submit" { "Build the exhibition" }
                }
            }
        }
    }
}

/// The start of a long text, cut at a word.
fn excerpt(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(chars).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// The day of an RFC 3339 time.
fn day(at: &str) -> &str {
    at.get(..10).unwrap_or(at)
}

/// Day, hour and minute of an RFC 3339 time (UTC).
fn day_time(at: &str) -> String {
    match (at.get(..10), at.get(11..16)) {
        (Some(d), Some(t)) => format!("{d} {t} UTC"),
        _ => at.to_string(),
    }
}

fn use_words(u: Use) -> &'static str {
    match u {
        Use::Print => "printing",
        Use::Archive => "the archive",
        Use::Exhibition => "the exhibition",
        Use::Social => "social media",
    }
}

/// A language's name for the filter (the codes `whatlang` detects most often here).
fn language_name(code: &str) -> String {
    let name = match code {
        "eng" => "English",
        "ara" => "Arabic",
        "fra" => "French",
        "deu" => "German",
        "spa" => "Spanish",
        "ben" => "Bengali",
        "cmn" => "Chinese",
        "urd" => "Urdu",
        "pes" => "Persian",
        "tur" => "Turkish",
        "ukr" => "Ukrainian",
        "rus" => "Russian",
        "und" => "Not detected",
        _ => return code.to_string(),
    };
    format!("{name} ({code})")
}

/// The two-letter code browsers take for `lang`, where there is one.
fn iso_639_1(code: &str) -> &'static str {
    match code {
        "eng" => "en",
        "ara" => "ar",
        "fra" => "fr",
        "deu" => "de",
        "spa" => "es",
        "ben" => "bn",
        "cmn" => "zh",
        _ => "",
    }
}
