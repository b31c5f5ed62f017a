//! The desk's pages as HTML (maud: checked when compiled, and every value escaped, so a
//! participant's `<script>` is shown as text). Scripts and styles come from the desk's
//! own files only (see `files::safety_headers`). Templates take plain data: the records,
//! the viewer, what to say; they know no handler.

pub(crate) mod at_booth;
pub(crate) mod cards;
pub(crate) mod exhibition;
pub(crate) mod translation;

use axum::http::StatusCode;
use maud::{DOCTYPE, Markup, html};

use crate::archive::{Role, Timestamp, Use};

/// Who is looking at a page: their name and role, and the token their forms carry.
pub(crate) struct Viewer<'a> {
    /// The account's name.
    pub(crate) name: &'a str,
    /// What they may do.
    pub(crate) role: Role,
    /// The session's form token.
    pub(crate) csrf: &'a str,
}

/// The frame of every page: title, navigation, the account and a way out.
fn shell(title: &str, user: Option<&Viewer>, body: Markup) -> Markup {
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
                            @if user.role != Role::Interviewer { a href="/cards" { "Cards" } }
                            @if user.role == Role::Curator { a href="/exhibition" { "Exhibition" } }
                            @if user.role != Role::Translator { a href="/booth" { "At the booth" } }
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
fn csrf(user: &Viewer) -> Markup {
    html! { input type="hidden" name="csrf" value=(user.csrf); }
}

/// The login page.
pub(crate) fn login(token: &str, problem: Option<&str>) -> Markup {
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
pub(crate) fn refusal(status: StatusCode, message: &str) -> Markup {
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

/// What the card page says besides the record.
pub(crate) enum Notice {
    /// Something done.
    Done(String),
    /// Something refused (with the status to answer with), what was typed kept.
    Refused(StatusCode, String),
}

impl Notice {
    /// The status a page saying this is answered with.
    pub(crate) fn status(&self) -> StatusCode {
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

/// The start of a long text, cut at a word.
fn excerpt(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(chars).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// Day, hour and minute of an archive time, e.g. "2026-12-06 14:05 UTC".
fn day_time(at: &Timestamp) -> String {
    format!("{} UTC", at.minute())
}

fn use_words(u: Use) -> &'static str {
    match u {
        Use::Print => "printing",
        Use::Archive => "the archive",
        Use::Exhibition => "the exhibition",
        Use::Social => "social media",
    }
}

/// A language's name for the filter.
fn language_name(code: &str) -> String {
    match (code, crate::language::name(code)) {
        ("und", _) => "Not detected".into(),
        (_, Some(name)) => format!("{name} ({code})"),
        (_, None) => code.to_string(),
    }
}
