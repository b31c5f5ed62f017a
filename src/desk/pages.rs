//! The desk's pages (GET): the grid, one card, the translation editor, the erase question.

use std::sync::Arc;

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::Markup;
use serde::{Deserialize, Serialize};

use super::Desk;
use super::auth::User;
use super::error::Refusal;
use super::views::{self, FilterChoices, Notice, PER_PAGE, Typed};
use crate::archive::{Archive, CardRecord, Filter, TranslationStatus};

/// The desk opens on the cards.
pub(super) async fn home() -> Redirect {
    Redirect::to("/cards")
}

/// The highest page number the grid answers (a million pages of 48 cards).
const MAX_PAGE: u64 = 1_000_000;

/// The grid's filters as the form sends them (empty fields mean "any").
#[derive(Debug, Default, Deserialize, Serialize)]
pub(super) struct GridQuery {
    #[serde(default, skip_serializing_if = "blank")]
    q: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    event: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    since: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    until: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    consent: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    translation: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    language: Option<String>,
    #[serde(default, skip_serializing)]
    page: Option<u64>,
    #[serde(default, skip_serializing)]
    erased: Option<String>,
}

fn blank(v: &Option<String>) -> bool {
    v.as_deref().is_none_or(|s| s.trim().is_empty())
}

impl GridQuery {
    /// The archive's filter for these fields; a field it cannot read is refused.
    fn filter(&self) -> Result<Filter, Refusal> {
        let given = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
        let bad = |what: &str| Refusal {
            status: StatusCode::BAD_REQUEST,
            message: format!(
                "The filter {what} is not one the desk offers; choose it from the list."
            ),
        };
        let translation = given(&self.translation);
        Ok(Filter {
            event: given(&self.event),
            since: given(&self.since),
            until: given(&self.until),
            consent: given(&self.consent)
                .map(|c| c.parse().map_err(|_| bad("consent")))
                .transpose()?,
            untranslated: translation.as_deref() == Some("none"),
            translation: match translation.as_deref() {
                None | Some("none") => None,
                Some(word) => {
                    Some(TranslationStatus::from_word(word).ok_or_else(|| bad("translation"))?)
                }
            },
            language: given(&self.language),
            words: given(&self.q),
        })
    }
}

/// The grid of cards, filtered and paged.
pub(super) async fn grid(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Query(query): Query<GridQuery>,
) -> Result<Response, Refusal> {
    let filter = query.filter()?;
    let page_no = query.page.unwrap_or(1).max(1);
    if page_no > MAX_PAGE {
        return Err(Refusal {
            status: StatusCode::BAD_REQUEST,
            message: format!("There is no page {page_no}; the grid has at most {MAX_PAGE} pages."),
        });
    }
    let erased = query.erased.clone();
    let links = serde_urlencoded::to_string(&query).unwrap_or_default();
    let markup = desk
        .with_archive(move |_, archive| {
            let page = archive.page(&filter, (page_no - 1) * PER_PAGE as u64, PER_PAGE)?;
            let choices = FilterChoices {
                events: archive.events()?,
                languages: archive.languages()?,
            };
            let notice = erased
                .map(|r| format!("Card {r} was erased, with every file the archive made of it."));
            Ok::<_, Refusal>(views::grid(
                &user,
                &filter,
                &choices,
                &page,
                page_no,
                &links,
                notice.as_deref(),
            ))
        })
        .await?;
    Ok(markup.into_response())
}

/// A card's page.
pub(super) async fn card(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    card_page(&desk, user, id, None, Typed::default()).await
}

/// A card's page, saying `said` and showing what was `typed` in its forms.
pub(super) async fn card_page(
    desk: &Arc<Desk>,
    user: User,
    id: String,
    said: Option<Notice>,
    typed: Typed,
) -> Result<Response, Refusal> {
    let status = said.as_ref().map_or(StatusCode::OK, Notice::status);
    on_card(desk, id, status, move |archive, record| {
        let exhibited = match record.consent.exhibition {
            true => Some(!archive.selection()?.excluded.contains(&record.id)),
            false => None,
        };
        Ok(views::card(&user, record, exhibited, said.as_ref(), &typed))
    })
    .await
}

/// The second question before a card is erased (curators only).
pub(super) async fn erase(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    user.curator()?;
    on_card(&desk, id, StatusCode::OK, move |_, record| {
        Ok(views::erase(&user, record))
    })
    .await
}

/// A page about the card `id` names (its id or reference), drawn by `view` from its
/// record and answered with `status`.
async fn on_card(
    desk: &Arc<Desk>,
    id: String,
    status: StatusCode,
    view: impl FnOnce(&Archive, &CardRecord) -> Result<Markup, Refusal> + Send + 'static,
) -> Result<Response, Refusal> {
    let markup = desk
        .with_archive(move |_, archive| {
            let record = archive.get(archive.find_card(&id)?)?;
            view(archive, &record)
        })
        .await?;
    Ok((status, markup).into_response())
}

/// The translation editor.
pub(super) async fn translate(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, Refusal> {
    let said = saved.saved.map(|s| {
        Notice::Done(match s.as_str() {
            "approved" => "Saved and approved: the card has been drawn with it.".to_string(),
            _ => "Saved as a draft.".to_string(),
        })
    });
    translate_page(&desk, user, id, said, None).await
}

/// Whether the editor is shown after a save.
#[derive(Deserialize)]
pub(super) struct Saved {
    saved: Option<String>,
}

/// The translation editor, saying `said` and showing what was `typed`.
pub(super) async fn translate_page(
    desk: &Arc<Desk>,
    user: User,
    id: String,
    said: Option<Notice>,
    typed: Option<(String, TranslationStatus)>,
) -> Result<Response, Refusal> {
    let status = said.as_ref().map_or(StatusCode::OK, Notice::status);
    on_card(desk, id, status, move |_, record| {
        let typed = typed.as_ref().map(|(t, s)| (t.as_str(), *s));
        Ok(views::translate(&user, record, said.as_ref(), typed))
    })
    .await
}
