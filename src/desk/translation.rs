//! Translation: the editor beside the message, saving a translation (translators and
//! curators; approving draws the card with it), and the card drawn live as it is typed.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

use super::auth::{Posted, User};
use super::cards::{on_card, refused};
use super::error::Refusal;
use super::shared::lock;
use super::state::Desk;
use super::views::Notice;
use super::views::translation;
use crate::archive::{ArchiveError, TranslationStatus};

/// The editor, saving, and the live preview.
pub(super) fn router() -> Router<Arc<Desk>> {
    Router::new()
        .route(
            "/cards/{id}/translate",
            get(translate_page_get).post(translate),
        )
        .route("/cards/{id}/preview", post(preview))
        .route("/cards/{id}/translate-story", post(translate_story))
}

/// The translation editor.
async fn translate_page_get(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, Refusal> {
    let said = saved.saved.map(|s| {
        Notice::Done(match s.as_str() {
            "approved" => "Saved and approved: the card has been drawn with it.".to_string(),
            "story" => "The story's translation is saved.".to_string(),
            _ => "Saved as a draft.".to_string(),
        })
    });
    translate_page(&desk, user, id, said, None).await
}

/// Whether the editor is shown after a save.
#[derive(Deserialize)]
struct Saved {
    saved: Option<String>,
}

/// The translation editor, saying `said` and showing what was `typed`.
async fn translate_page(
    desk: &Arc<Desk>,
    user: User,
    id: String,
    said: Option<Notice>,
    typed: Option<(String, TranslationStatus)>,
) -> Result<Response, Refusal> {
    let status = said.as_ref().map_or(StatusCode::OK, Notice::status);
    on_card(desk, id, status, move |_, record| {
        let typed = typed.as_ref().map(|(t, s)| (t.as_str(), *s));
        Ok(translation::translate(
            &user.viewer(),
            record,
            said.as_ref(),
            typed,
        ))
    })
    .await
}
/// The translation form.
#[derive(Deserialize)]
struct TranslationForm {
    version: u64,
    text: String,
    status: String,
}

/// Saves a translation (translators and curators); approving draws the card with it.
async fn translate(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    Posted(user, form): Posted<TranslationForm>,
) -> Result<Response, Refusal> {
    let status = status_of(&form.status)?;
    let by = user.name.clone();
    let card = id.clone();
    let text = form.text.clone();
    let done = desk
        .with_archive(move |desk, archive| {
            let id = archive.find_card(&card)?;
            let mut engine = lock(&desk.engine);
            archive.translate(&mut engine, id, form.version, &text, status, &by)
        })
        .await;
    match done {
        Ok(record) => Ok(Redirect::to(&format!(
            "/cards/{}/translate?saved={}",
            record.id,
            status.as_str()
        ))
        .into_response()),
        Err(e) => {
            translate_page(
                &desk,
                user,
                id,
                Some(refused(e)?),
                Some((form.text, status)),
            )
            .await
        }
    }
}

/// The status a form names.
fn status_of(word: &str) -> Result<TranslationStatus, Refusal> {
    TranslationStatus::from_word(word).ok_or(Refusal {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        message: "A translation is a draft or approved.".into(),
    })
}

/// Saves the translation of a card's story (translators and curators).
async fn translate_story(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    Posted(user, form): Posted<TranslationForm>,
) -> Result<Response, Refusal> {
    let status = status_of(&form.status)?;
    let by = user.name.clone();
    let card = id.clone();
    let done = desk
        .with_archive(move |_, archive| {
            let id = archive.find_card(&card)?;
            archive.translate_story(id, form.version, &form.text, status, &by)
        })
        .await;
    match done {
        Ok(record) => Ok(
            Redirect::to(&format!("/cards/{}/translate?saved=story", record.id)).into_response(),
        ),
        Err(e) => translate_page(&desk, user, id, Some(refused(e)?), None).await,
    }
}

/// What a live preview sends as its text is typed.
#[derive(Deserialize)]
pub(super) struct PreviewForm {
    pub(super) text: String,
}

/// The card drawn with the translation being typed (as approved), as a JPEG; or, when it
/// cannot be, the reason as text (422). Nothing is written.
async fn preview(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    Posted(_, form): Posted<PreviewForm>,
) -> Result<Response, Refusal> {
    let started = Instant::now();
    // The record is read under the archive's lock; the card is drawn outside it, so that
    // a translator typing never holds up anyone else's pages.
    let drawn = desk
        .with_archive(move |_, archive| {
            let record = archive.get(archive.find_card(&id)?)?;
            let layout = archive.layout_of(&record)?;
            let mut card = record.card_text();
            card.translation = Some(form.text.trim().to_string()).filter(|t| !t.is_empty());
            Ok::<_, ArchiveError>((record.id, archive.photo_path(&record), layout, card))
        })
        .await;
    let drawn = match drawn {
        Ok((id, photo, layout, card)) => {
            desk.blocking(move |desk| {
                let mut engine = lock(&desk.engine);
                desk.images.preview(&mut engine, id, &photo, &layout, &card)
            })
            .await
        }
        Err(e) => Err(e),
    };
    Ok(preview_answer(drawn, started))
}

/// A live preview's answer: the card as a JPEG with the time it took to draw, or the
/// reason it cannot be drawn as text (422 for a text that does not fit).
pub(super) fn preview_answer(drawn: Result<Vec<u8>, ArchiveError>, started: Instant) -> Response {
    match drawn {
        Ok(jpeg) => (
            [
                (header::CONTENT_TYPE, "image/jpeg".to_string()),
                (header::CACHE_CONTROL, "no-store".to_string()),
                (
                    header::HeaderName::from_static("x-render-ms"),
                    started.elapsed().as_millis().to_string(),
                ),
            ],
            jpeg,
        )
            .into_response(),
        Err(e) => {
            let refusal = Refusal::from(e);
            (refusal.status, refusal.message).into_response()
        }
    }
}
