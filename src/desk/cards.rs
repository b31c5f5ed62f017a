//! The cards: the grid, one card with its files, and what curators change on it
//! (corrections, consent withdrawn, erasure). Each change goes through the archive as the
//! command line's commands do.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use maud::Markup;
use serde::{Deserialize, Serialize};

use super::auth::{Curator, Posted, User};
use super::error::Refusal;
use super::files::read;
use super::shared::lock;
use super::state::Desk;
use super::views::Notice;
use super::views::cards::{self, FilterChoices, PER_PAGE, Typed};
use crate::archive::record::{CARD_PDF, CARD_PNG};
use crate::archive::{
    self, Archive, ArchiveError, CardId, CardRecord, Filter, TextFix, TranslationStatus, Use,
};

/// The cards' pages and forms.
pub(super) fn router() -> Router<Arc<Desk>> {
    Router::new()
        .route("/", get(home))
        .route("/cards", get(grid))
        .route("/cards/{id}", get(card))
        .route("/cards/{id}/correct", post(correct))
        .route("/cards/{id}/story", post(correct_story))
        .route("/cards/{id}/withdraw", post(withdraw))
        .route("/cards/{id}/erase", get(erase_page).post(erase))
        .route("/cards/{id}/{file}", get(card_file))
}

/// The desk opens on the cards; an interviewer's on the booth.
async fn home(Extension(user): Extension<User>) -> Redirect {
    match user.role {
        crate::archive::Role::Interviewer => Redirect::to("/booth"),
        _ => Redirect::to("/cards"),
    }
}

/// The highest page number the grid answers (a million pages of 48 cards).
const MAX_PAGE: u64 = 1_000_000;

/// The grid's filters as the form sends them (empty fields mean "any").
#[derive(Debug, Default, Deserialize, Serialize)]
struct GridQuery {
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
async fn grid(
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
            Ok::<_, Refusal>(cards::grid(
                &user.viewer(),
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
async fn card(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    card_page(&desk, user, id, None, Typed::default()).await
}

/// A card's page, saying `said` and showing what was `typed` in its forms.
async fn card_page(
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
        Ok(cards::card(
            &user.viewer(),
            record,
            exhibited,
            said.as_ref(),
            &typed,
        ))
    })
    .await
}

/// The second question before a card is erased (curators only).
async fn erase_page(
    State(desk): State<Arc<Desk>>,
    Curator(user): Curator,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    on_card(&desk, id, StatusCode::OK, move |_, record| {
        Ok(cards::erase(&user.viewer(), record))
    })
    .await
}

/// A page about the card `id` names (its id or reference), drawn by `view` from its
/// record and answered with `status`.
pub(super) async fn on_card(
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

/// The correction form.
#[derive(Deserialize)]
struct Correction {
    version: u64,
    message: String,
    #[serde(default)]
    name: String,
}

/// Corrects a card's message and name (curators): refused, with what was typed kept, if
/// it no longer fits or the card changed since the page was opened.
async fn correct(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    _: Curator,
    Posted(user, form): Posted<Correction>,
) -> Result<Response, Refusal> {
    let fix = TextFix {
        message: Some(form.message.clone()),
        name: Some(form.name.clone()),
    };
    let by = user.name.clone();
    let card = id.clone();
    let done = desk
        .with_archive(move |desk, archive| {
            let id = archive.find_card(&card)?;
            let mut engine = lock(&desk.engine);
            archive.correct(&mut engine, id, form.version, &fix, &by)
        })
        .await;
    let typed = Typed {
        message: Some(form.message),
        name: Some(form.name),
        story: None,
    };
    match done {
        Ok(record) => Ok(Redirect::to(&format!("/cards/{}", record.id)).into_response()),
        Err(e) => card_page(&desk, user, id, Some(refused(e)?), typed).await,
    }
}

/// The story form.
#[derive(Deserialize)]
struct StoryForm {
    version: u64,
    story: String,
}

/// Corrects (or adds) a card's story (curators), the text before kept.
async fn correct_story(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    _: Curator,
    Posted(user, form): Posted<StoryForm>,
) -> Result<Response, Refusal> {
    let by = user.name.clone();
    let card = id.clone();
    let text = form.story.clone();
    let done = desk
        .with_archive(move |_, archive| {
            let id = archive.find_card(&card)?;
            archive.correct_story(id, form.version, &text, &by)
        })
        .await;
    match done {
        Ok(record) => Ok(Redirect::to(&format!("/cards/{}", record.id)).into_response()),
        Err(e) => {
            let typed = Typed {
                story: Some(form.story),
                ..Typed::default()
            };
            card_page(&desk, user, id, Some(refused(e)?), typed).await
        }
    }
}

/// A refusal the page shows above its form (the edit was the user's to change), or else
/// the error itself.
pub(super) fn refused(e: ArchiveError) -> Result<Notice, Refusal> {
    let refusal = Refusal::from(e);
    match refusal.status {
        StatusCode::CONFLICT | StatusCode::UNPROCESSABLE_ENTITY => {
            Ok(Notice::Refused(refusal.status, refusal.message))
        }
        _ => Err(refusal),
    }
}

/// Which consent to withdraw.
#[derive(Deserialize)]
struct Withdrawal {
    #[serde(rename = "use")]
    use_: String,
}

/// Withdraws one consent of a card (curators), effective at once for every later export.
async fn withdraw(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    _: Curator,
    Posted(_, form): Posted<Withdrawal>,
) -> Result<Response, Refusal> {
    let use_: Use = form.use_.parse().map_err(|message| Refusal {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        message,
    })?;
    let record = desk
        .with_archive(move |_, archive| {
            let id = archive.find_card(&id)?;
            archive.withdraw_consent(id, use_)
        })
        .await?;
    Ok(Redirect::to(&format!("/cards/{}", record.id)).into_response())
}

/// The answer to the erase question.
#[derive(Deserialize)]
struct Erasure {
    #[serde(default)]
    confirm: String,
}

/// Erases a card for good (curators, after being asked twice), as `archive erase` does.
async fn erase(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    _: Curator,
    Posted(user, form): Posted<Erasure>,
) -> Result<Response, Refusal> {
    if form.confirm != "yes" {
        return Ok(Redirect::to(&format!("/cards/{id}/erase")).into_response());
    }
    let reference = desk
        .with_archive(move |desk, archive| {
            let id = archive.find_card(&id)?;
            archive.erase(id)?;
            desk.images.forget(id);
            tracing::info!("desk: {} erased card {id}", user.name);
            Ok::<_, ArchiveError>(id.reference())
        })
        .await?;
    Ok(Redirect::to(&format!("/cards?erased={reference}")).into_response())
}

/// A card's files: `card.png`, `card.pdf`, `photo` (as taken) and `thumb.jpg`.
async fn card_file(
    State(desk): State<Arc<Desk>>,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, Refusal> {
    let id: CardId = id.parse().map_err(|_| Refusal::not_found("such card"))?;
    let dir = archive::card_dir(&desk.dir, id);
    let (bytes, kind) = match file.as_str() {
        "thumb.jpg" => {
            let png = dir.join(CARD_PNG);
            let thumb = desk.blocking(move |desk| desk.images.thumb(id, &png)).await;
            let thumb = thumb.map_err(|_| Refusal::not_found("card image"))?;
            (thumb.as_ref().clone(), "image/jpeg")
        }
        CARD_PNG => (read(dir.join(CARD_PNG)).await?, "image/png"),
        CARD_PDF => (read(dir.join(CARD_PDF)).await?, "application/pdf"),
        "photo" => {
            let photo = desk
                .with_archive(move |_, a| a.get(id).map(|r| a.photo_path(&r)))
                .await?;
            let kind = match photo.extension().and_then(|e| e.to_str()) {
                Some("png") => "image/png",
                _ => "image/jpeg",
            };
            (read(photo).await?, kind)
        }
        _ => return Err(Refusal::not_found("such file")),
    };
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        bytes,
    )
        .into_response())
}
