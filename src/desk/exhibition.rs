//! The exhibition at the desk: curators leave cards out, put them back and move them,
//! and build the exhibition (PDF, contact sheet, web gallery) with its progress shown.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Extension;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{Posted, User};
use super::error::Refusal;
use super::{Desk, exhibition_dir, lock, views};
use crate::archive::{Archive, ArchiveError, CardId, CardSummary};
use crate::card::Layout;
use crate::progress::Progress;
use crate::publish::{PublishError, exhibition};

/// Cards on one page of the exhibition's order.
pub(super) const PER_PAGE: usize = 100;

/// Where the desk's exhibition build stands.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum BuildState {
    /// Not started since the desk started.
    Idle,
    /// Running: steps done of all (two per card: text, then drawing).
    Running { done: u64, total: u64 },
    /// Finished: cards made, cards left out for want of an approved translation (posters
    /// that put it first), and how long it took.
    Done {
        cards: usize,
        without_translation: usize,
        seconds: f64,
    },
    /// Stopped by an error.
    Failed(String),
}

/// The exhibition build, run on its own thread so the desk stays usable meanwhile.
pub(super) struct Build {
    progress: Arc<Steps>,
}

impl Default for Build {
    fn default() -> Build {
        let steps = Steps::default();
        *lock(&steps.outcome) = Some(BuildState::Idle);
        Build {
            progress: Arc::new(steps),
        }
    }
}

#[derive(Default)]
struct Steps {
    total: AtomicU64,
    done: AtomicU64,
    /// `None` while running.
    outcome: Mutex<Option<BuildState>>,
}

impl Progress for Steps {
    fn start(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
    }
    fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }
}

impl Build {
    fn state(&self) -> BuildState {
        let outcome = lock(&self.progress.outcome);
        outcome.clone().unwrap_or_else(|| BuildState::Running {
            done: self.progress.done.load(Ordering::Relaxed),
            total: self.progress.total.load(Ordering::Relaxed).max(1),
        })
    }
}

/// Which part of the order is shown.
#[derive(Deserialize)]
pub(super) struct From {
    #[serde(default)]
    from: usize,
}

/// The exhibition page (curators).
pub(super) async fn page(
    State(desk): State<Arc<Desk>>,
    Extension(user): Extension<User>,
    Query(From { from }): Query<From>,
) -> Result<Response, Refusal> {
    user.curator()?;
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
            Ok::<_, Refusal>(views::exhibition(
                &user,
                &page,
                &left_out,
                from,
                shown.len(),
                views::build(&user, &build),
            ))
        })
        .await?;
    Ok(markup.into_response())
}

/// A change to the exhibition: a card moved earlier or later, left out or put back.
#[derive(Deserialize)]
pub(super) struct Change {
    card: String,
    action: String,
}

/// Carries out a change and shows the part of the order where the card now is.
pub(super) async fn change(
    State(desk): State<Arc<Desk>>,
    Posted(user, form): Posted<Change>,
) -> Result<Response, Refusal> {
    user.curator()?;
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

/// The layouts an exhibition can be built in from the desk: each card as printed, or
/// every card as a poster (a fixed list: the form never names a file on this computer).
pub(super) const LAYOUTS: [(&str, &str); 3] = [
    ("", "each card as printed"),
    ("exhibition-a3", "A3 wall posters"),
    ("classroom-a4-ar", "A4 classroom posters, Arabic first"),
];

/// What the build button sends.
#[derive(Deserialize)]
pub(super) struct BuildForm {
    #[serde(default)]
    layout: String,
}

/// Starts building the exhibition in the chosen layout, unless a build is running.
pub(super) async fn start_build(
    State(desk): State<Arc<Desk>>,
    Posted(user, form): Posted<BuildForm>,
) -> Result<Response, Refusal> {
    user.curator()?;
    let poster = match LAYOUTS.iter().find(|(name, _)| *name == form.layout) {
        Some((name, _)) if !name.is_empty() => {
            Some(Layout::find(name).map_err(ArchiveError::from)?)
        }
        Some(_) => None,
        None => return Err(Refusal::not_found("such layout")),
    };
    let steps = desk.build.progress.clone();
    {
        let mut outcome = lock(&steps.outcome);
        if outcome.is_none() {
            // Already running: the page shows its progress.
            return Ok(Redirect::to("/exhibition").into_response());
        }
        steps.total.store(0, Ordering::Relaxed);
        steps.done.store(0, Ordering::Relaxed);
        *outcome = None;
    }
    let mut engine = lock(&desk.engine).fork();
    let dir = desk.dir.clone();
    std::thread::spawn(move || {
        let started = Instant::now();
        // Its own connection to the catalog: the desk's stays free meanwhile.
        let built = Archive::reopen(&dir)
            .map_err(PublishError::from)
            .and_then(|archive| {
                let out = exhibition_dir(&dir);
                exhibition::build(&archive, &mut engine, &out, poster.as_ref(), steps.as_ref())
            });
        let outcome = match built {
            Ok(report) => BuildState::Done {
                cards: report.cards,
                without_translation: report.without_translation,
                seconds: started.elapsed().as_secs_f64(),
            },
            Err(e) => {
                tracing::error!("desk: exhibition build failed: {e}");
                BuildState::Failed(e.to_string())
            }
        };
        *lock(&steps.outcome) = Some(outcome);
    });
    Ok(Redirect::to("/exhibition").into_response())
}
