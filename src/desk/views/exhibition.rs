//! The exhibition: the cards in their order, those left out, and the build.

use maud::{Markup, html};

use super::super::build::{BuildState, LAYOUTS};
use super::{Viewer, csrf, excerpt, shell};
use crate::archive::CardSummary;

/// Cards on one page of the exhibition's order.
pub(crate) const PER_PAGE: usize = 100;

/// The exhibition: the cards in their order with moves, those left out, and the build.
pub(crate) fn exhibition(
    user: &Viewer,
    shown: &[CardSummary],
    left_out: &[CardSummary],
    offset: usize,
    total: usize,
    build: Markup,
) -> Markup {
    let per = PER_PAGE;
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
    user: &Viewer,
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
pub(crate) fn build(user: &Viewer, state: &BuildState) -> Markup {
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
                        @for (name, label) in LAYOUTS {
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
