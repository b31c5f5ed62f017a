//! What the desk's forms do (POST): corrections, consent, erasure, translations and the
//! live preview. Each goes through the archive as the command line's commands do.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::Posted;
use super::error::Refusal;
use super::pages::{card_page, translate_page};
use super::views::{Notice, Typed};
use super::{Desk, lock};
use crate::archive::{ArchiveError, TextFix, TranslationStatus, Use};

/// The correction form.
#[derive(Deserialize)]
pub(super) struct Correction {
    version: u64,
    message: String,
    #[serde(default)]
    name: String,
}

/// Corrects a card's message and name (curators): refused, with what was typed kept, if
/// it no longer fits or the card changed since the page was opened.
pub(super) async fn correct(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    Posted(user, form): Posted<Correction>,
) -> Result<Response, Refusal> {
    user.curator()?;
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
    };
    match done {
        Ok(record) => Ok(Redirect::to(&format!("/cards/{}", record.id)).into_response()),
        Err(e) => card_page(&desk, user, id, Some(refused(e)?), typed).await,
    }
}

/// A refusal the page shows above its form (the edit was the user's to change), or else
/// the error itself.
fn refused(e: ArchiveError) -> Result<Notice, Refusal> {
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
pub(super) struct Withdrawal {
    #[serde(rename = "use")]
    use_: String,
}

/// Withdraws one consent of a card (curators), effective at once for every later export.
pub(super) async fn withdraw(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    Posted(user, form): Posted<Withdrawal>,
) -> Result<Response, Refusal> {
    user.curator()?;
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
pub(super) struct Erasure {
    #[serde(default)]
    confirm: String,
}

/// Erases a card for good (curators, after being asked twice), as `archive erase` does.
pub(super) async fn erase(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    Posted(user, form): Posted<Erasure>,
) -> Result<Response, Refusal> {
    user.curator()?;
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

/// The translation form.
#[derive(Deserialize)]
pub(super) struct TranslationForm {
    version: u64,
    text: String,
    status: String,
}

/// Saves a translation (translators and curators); approving draws the card with it.
pub(super) async fn translate(
    State(desk): State<Arc<Desk>>,
    Path(id): Path<String>,
    Posted(user, form): Posted<TranslationForm>,
) -> Result<Response, Refusal> {
    let status = TranslationStatus::from_word(&form.status).ok_or(Refusal {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        message: "A translation is a draft or approved.".into(),
    })?;
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

/// What the editor sends as the translator types.
#[derive(Deserialize)]
pub(super) struct PreviewForm {
    text: String,
}

/// The card drawn with the translation being typed (as approved), as a JPEG; or, when it
/// cannot be, the reason as text (422). Nothing is written.
pub(super) async fn preview(
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
    let ms = started.elapsed().as_millis().to_string();
    match drawn {
        Ok(jpeg) => Ok((
            [
                (header::CONTENT_TYPE, "image/jpeg".to_string()),
                (header::CACHE_CONTROL, "no-store".to_string()),
                (header::HeaderName::from_static("x-render-ms"), ms),
            ],
            jpeg,
        )
            .into_response()),
        Err(e) => {
            let refusal = Refusal::from(e);
            Ok((refusal.status, refusal.message).into_response())
        }
    }
}
