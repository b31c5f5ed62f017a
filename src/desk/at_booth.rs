//! "At the booth": the interviewer's pages (interviewers and curators). The participants in
//! progress at each booth on this archive, and for one of them the story and the quote for
//! the card, with the card drawn live as the quote is typed. "Send to the booth" puts the
//! quote into the kiosk's message field; the kiosk and the desk meet only through the
//! archive's rows.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

use super::auth::{Posted, User};
use super::cards::refused;
use super::error::Refusal;
use super::shared::lock;
use super::state::Desk;
use super::translation::{PreviewForm, preview_answer};
use super::views::Notice;
use super::views::at_booth::{self, Typed};
use crate::archive::{ArchiveError, InProgress, Role};
use crate::card::{CardText, Layout, Photo, raster};

/// The pages and forms.
pub(super) fn router() -> Router<Arc<Desk>> {
    Router::new()
        .route("/booth", get(list))
        .route("/booth/participant", get(participant).post(write))
        .route("/booth/preview", post(preview))
        .route("/booth/now", get(now))
}

/// Curators and interviewers only: a translator sees no participant in progress.
fn interviewer(user: &User) -> Result<(), Refusal> {
    match user.role {
        Role::Curator | Role::Interviewer => Ok(()),
        Role::Translator => Err(Refusal {
            status: StatusCode::FORBIDDEN,
            message: "Only interviewers and curators work at the booth.".into(),
        }),
    }
}

/// The booth a page is about (and what was just saved there).
#[derive(Deserialize)]
struct Booth {
    booth: String,
    saved: Option<String>,
}

/// Every participant in progress, by booth.
async fn list(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
) -> Result<Response, Refusal> {
    interviewer(&user)?;
    let markup = desk
        .with_archive(move |_, archive| {
            Ok::<_, Refusal>(at_booth::list(&user.viewer(), &archive.participants()?))
        })
        .await?;
    Ok(markup.into_response())
}

/// The story and quote of the participant at one booth.
async fn participant(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Query(at): Query<Booth>,
) -> Result<Response, Refusal> {
    interviewer(&user)?;
    let said = at.saved.map(|s| {
        Notice::Done(match s.as_str() {
            "sent" => "Sent: the quote is in the booth's message field.".to_string(),
            _ => "The story is saved.".to_string(),
        })
    });
    page(&desk, user, at.booth, said, None).await
}

/// The participant's page, saying `said` and showing what was `typed`.
async fn page(
    desk: &Arc<Desk>,
    user: User,
    booth: String,
    said: Option<Notice>,
    typed: Option<Typed>,
) -> Result<Response, Refusal> {
    let status = said.as_ref().map_or(StatusCode::OK, Notice::status);
    let markup = desk
        .with_archive(move |_, archive| {
            let now = archive.participant(&booth)?;
            Ok::<_, Refusal>(at_booth::participant(
                &user.viewer(),
                &booth,
                now.as_ref(),
                said.as_ref(),
                typed.as_ref(),
            ))
        })
        .await?;
    Ok((status, markup).into_response())
}

/// Where the participant at the booth is now, for their page to follow without a reload:
/// `{"token": "…", "now": "Now at the camera."}`, both null once nobody is there.
async fn now(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Query(at): Query<Booth>,
) -> Result<Response, Refusal> {
    interviewer(&user)?;
    let now = desk
        .with_archive(move |_, archive| Ok::<_, Refusal>(archive.participant(&at.booth)?))
        .await?;
    let body = serde_json::json!({
        "token": now.as_ref().map(|p| &p.token),
        "now": now.as_ref().map(at_booth::where_now),
    });
    let headers = [
        (header::CONTENT_TYPE, "application/json"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, body.to_string()).into_response())
}

/// The participant form.
#[derive(Deserialize)]
struct Written {
    token: String,
    version: u64,
    story: String,
    /// The quote (named as the live preview sends it).
    text: String,
    /// "send" to send the quote to the booth; anything else saves the story only.
    action: String,
}

/// Saves the story, and with "Send to the booth" the quote for the message field.
async fn write(
    State(desk): State<Arc<Desk>>,
    Query(at): Query<Booth>,
    Posted(user, form): Posted<Written>,
) -> Result<Response, Refusal> {
    interviewer(&user)?;
    let sending = form.action == "send";
    let by = user.name.clone();
    let booth = at.booth.clone();
    let (token, story, quote) = (form.token.clone(), form.story.clone(), form.text.clone());
    let done = desk
        .with_archive(move |_, archive| {
            let quote = Some(quote.as_str()).filter(|_| sending);
            archive.write_for_participant(&booth, &token, form.version, &story, quote, &by)
        })
        .await;
    match done {
        Ok(_) => {
            let query = serde_urlencoded::to_string([
                ("booth", at.booth.as_str()),
                ("saved", if sending { "sent" } else { "story" }),
            ])
            .unwrap_or_default();
            Ok(Redirect::to(&format!("/booth/participant?{query}")).into_response())
        }
        Err(e) => {
            let typed = Typed {
                story: form.story,
                quote: form.text,
            };
            page(&desk, user, at.booth, Some(refused(e)?), Some(typed)).await
        }
    }
}

/// The card drawn with the quote being typed, the participant's photo and first name, as
/// a JPEG; or, when it does not fit, the reason as text (422). Nothing is written.
async fn preview(
    State(desk): State<Arc<Desk>>,
    Query(at): Query<Booth>,
    Posted(user, form): Posted<PreviewForm>,
) -> Result<Response, Refusal> {
    interviewer(&user)?;
    let started = Instant::now();
    let drawn = desk
        .with_archive(move |_, archive| {
            let gone = || ArchiveError::ParticipantChanged {
                booth: at.booth.clone(),
            };
            let now = archive.participant(&at.booth)?.ok_or_else(gone)?;
            let photo = archive.photo_at_booth(&at.booth)?;
            Ok::<_, ArchiveError>((now, photo))
        })
        .await;
    let drawn = match drawn {
        Ok((now, photo)) => {
            desk.blocking(move |desk| draw(&mut lock(&desk.engine), &now, photo, &form.text))
                .await
        }
        Err(e) => Err(e),
    };
    Ok(preview_answer(drawn, started))
}

/// The participant's card with `quote` as its message, drawn for the screen. Before the
/// kiosk has a photo, a plain grey one stands in (the fit does not depend on it).
fn draw(
    engine: &mut crate::card::CardEngine,
    now: &InProgress,
    photo: Option<Vec<u8>>,
    quote: &str,
) -> Result<Vec<u8>, ArchiveError> {
    let layout = Layout::find(&now.layout).or_else(|_| Layout::find("postcard-4x6"))?;
    let photo = match photo {
        Some(jpeg) => Photo::decode(&jpeg, "the booth's photo", (1, 1))?,
        None => Photo::from_rgb(image::RgbImage::from_pixel(
            600,
            800,
            image::Rgb([200, 200, 200]),
        )),
    };
    let card = CardText {
        message: quote.trim().to_string(),
        name: now.first_name.clone(),
        ..CardText::default()
    };
    let scene = engine.compose(&layout, &card, &photo)?;
    let image = engine.rasterize(&scene, PREVIEW_DPI)?;
    Ok(raster::encode_jpeg(&image, 85)?)
}

/// The preview's resolution: enough to read on a phone.
const PREVIEW_DPI: f32 = 110.0;
