//! The exhibition (curators): the cards in their order, moves, cards left out and put
//! back, the build, and the files it made.

use std::path::Component;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{Curator, Posted};
use super::build::{LAYOUTS, exhibition_dir};
use super::error::Refusal;
use super::files::read;
use super::shared::lock;
use super::state::Desk;
use super::views::exhibition::{self, PER_PAGE};
use crate::archive::{ArchiveError, CardId, CardSummary};
use crate::card::Layout;

/// The exhibition's page, changes, build and files.
pub(super) fn router() -> Router<Arc<Desk>> {
    Router::new()
        .route("/exhibition", get(page))
        .route("/exhibition/change", post(change))
        .route("/exhibition/build", post(start_build))
        .route("/exhibition/files/{*path}", get(exhibition_file))
}

/// Which part of the order is shown.
#[derive(Deserialize)]
struct From {
    #[serde(default)]
    from: usize,
}

/// The exhibition page (curators).
async fn page(
    State(desk): State<Arc<Desk>>,
    Curator(user): Curator,
    Query(From { from }): Query<From>,
) -> Result<Response, Refusal> {
    let build = desk.build.state();
    let markup = desk
        .with_archive(move |_, archive| {
            let shown = archive.exhibited()?;
            let from = from.min(shown.len().saturating_sub(1) / PER_PAGE * PER_PAGE);
            let summaries = |ids: &[CardId]| {
                ids.iter()
                    .map(|&id| archive.get(id).map(|r| CardSummary::from(&r)))
                    .collect::<Result<Vec<_>, ArchiveError>>()
            };
            let page = summaries(&shown[from..shown.len().min(from + PER_PAGE)])?;
            let left_out = summaries(&archive.selection()?.excluded)?;
            let viewer = user.viewer();
            Ok::<_, Refusal>(exhibition::exhibition(
                &viewer,
                &page,
                &left_out,
                from,
                shown.len(),
                exhibition::build(&viewer, &build),
            ))
        })
        .await?;
    Ok(markup.into_response())
}

/// A change to the exhibition: a card moved earlier or later, left out or put back.
#[derive(Deserialize)]
struct Change {
    card: String,
    action: String,
}

/// Carries out a change and shows the part of the order where the card now is.
async fn change(
    State(desk): State<Arc<Desk>>,
    _: Curator,
    Posted(_, form): Posted<Change>,
) -> Result<Response, Refusal> {
    let at = desk
        .with_archive(move |_, archive| {
            let id = archive.find_card(&form.card)?;
            let mut order = archive.exhibited()?;
            let here = order.iter().position(|c| *c == id);
            match (form.action.as_str(), here) {
                ("exclude", _) => archive.exclude(&[id])?,
                ("include", _) => archive.include(&[id])?,
                ("up", Some(i)) if i > 0 => {
                    order.swap(i, i - 1);
                    archive.place_first(&order[..=i])?;
                }
                ("down", Some(i)) if i + 1 < order.len() => {
                    order.swap(i, i + 1);
                    archive.place_first(&order[..=i + 1])?;
                }
                _ => {}
            }
            let at = archive.exhibited()?.iter().position(|c| *c == id);
            Ok::<_, Refusal>(at.map_or(0, |i| i / PER_PAGE * PER_PAGE))
        })
        .await?;
    Ok(Redirect::to(&format!("/exhibition?from={at}")).into_response())
}

/// What the build button sends.
#[derive(Deserialize)]
struct BuildForm {
    #[serde(default)]
    layout: String,
}

/// Starts building the exhibition in the chosen layout, unless a build is running.
async fn start_build(
    State(desk): State<Arc<Desk>>,
    _: Curator,
    Posted(_, form): Posted<BuildForm>,
) -> Result<Response, Refusal> {
    let poster = match LAYOUTS.iter().find(|(name, _)| *name == form.layout) {
        Some((name, _)) if !name.is_empty() => {
            Some(Layout::find(name).map_err(ArchiveError::from)?)
        }
        Some(_) => None,
        None => return Err(Refusal::not_found("such layout")),
    };
    let engine = lock(&desk.engine).fork();
    // (A build already running goes on; the page shows its progress.)
    desk.build.start(engine, desk.dir.clone(), poster);
    Ok(Redirect::to("/exhibition").into_response())
}

/// The exhibition the desk built: its gallery, images and PDFs.
async fn exhibition_file(
    State(desk): State<Arc<Desk>>,
    _: Curator,
    Path(path): Path<String>,
) -> Result<Response, Refusal> {
    let relative = std::path::Path::new(&path);
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return Err(Refusal::not_found("such file"));
    }
    let kind = match relative.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("jpg") => "image/jpeg",
        Some("png") => "image/png",
        _ => return Err(Refusal::not_found("such file")),
    };
    let bytes = read(exhibition_dir(&desk.dir).join(relative)).await?;
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "private, no-store"),
            // The gallery carries its own style sheet inline, and no script.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'",
            ),
        ],
        bytes,
    )
        .into_response())
}
