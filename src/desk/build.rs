//! The exhibition build the desk runs on its own thread, so the desk stays usable
//! meanwhile, and the layouts it offers.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::shared::lock;
use crate::archive::Archive;
use crate::card::{CardEngine, Layout};
use crate::progress::Progress;
use crate::publish::{PublishError, exhibition};

/// The layouts an exhibition can be built in from the desk: each card as printed, or
/// every card as a poster (a fixed list: the form never names a file on this computer).
pub(crate) const LAYOUTS: [(&str, &str); 3] = [
    ("", "each card as printed"),
    ("exhibition-a3", "A3 wall posters"),
    ("classroom-a4-ar", "A4 classroom posters, Arabic first"),
];

/// Where the desk's exhibition build stands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum BuildState {
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
    /// Where the build stands now.
    pub(super) fn state(&self) -> BuildState {
        let outcome = lock(&self.progress.outcome);
        outcome.clone().unwrap_or_else(|| BuildState::Running {
            done: self.progress.done.load(Ordering::Relaxed),
            total: self.progress.total.load(Ordering::Relaxed).max(1),
        })
    }

    /// Starts building the exhibition of the archive in `dir` into its exhibition folder,
    /// every card in `poster` or each in its own layout, unless a build is running.
    pub(super) fn start(&self, mut engine: CardEngine, dir: PathBuf, poster: Option<Layout>) {
        let steps = self.progress.clone();
        {
            let mut outcome = lock(&steps.outcome);
            if outcome.is_none() {
                return;
            }
            steps.total.store(0, Ordering::Relaxed);
            steps.done.store(0, Ordering::Relaxed);
            *outcome = None;
        }
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
    }
}

/// Where the desk builds the exhibition: inside the archive, so erasure finds it.
pub(super) fn exhibition_dir(dir: &Path) -> PathBuf {
    dir.join("exhibition")
}
