//! The photographer's shots at a staffed booth: every picture a tethered camera wrote into
//! its hot folder since the participant started, newest first, each as a thumbnail decoded
//! at screen size on a thread of its own (a 30 MB JPEG never holds up the screen). The
//! originals are not touched; the one chosen is read whole for the card.
//!
//! A file is taken once its size has stood still between two looks and it reads whole
//! (a camera or a copy still writing it is waited for); RAW files beside the JPEGs are
//! not pictures the booth reads, and are passed over.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use image::RgbImage;

use super::Frame;
use super::folder::is_picture;
use super::live::Waker;
use crate::card::Photo;

/// How often the folder is looked at.
const POLL: Duration = Duration::from_millis(100);
/// Shots a participant can choose among (a photographer's burst; older ones drop off).
pub const MAX_SHOTS: usize = 24;
/// A file that will not read whole after this many looks at an unchanged size is passed
/// over (a damaged file, not one being written).
const TRIES: u32 = 20;

/// One shot: its file and its thumbnail.
#[derive(Clone)]
pub struct Shot {
    /// The camera's file.
    pub path: PathBuf,
    /// When it was written.
    pub taken: SystemTime,
    /// The picture at screen size, upright.
    pub thumb: Arc<RgbImage>,
}

/// What the watcher knows.
#[derive(Default)]
struct State {
    /// Shots written at or after this time are the participant's.
    since: Option<SystemTime>,
    /// Their shots, newest first.
    shots: Vec<Shot>,
    /// Counts changes to `shots`, so the screen uploads thumbnails only when they change.
    changes: u64,
    /// Files seen but not taken yet: the size at the last look, and the looks since.
    waiting: HashMap<PathBuf, (u64, u32)>,
    stop: bool,
}

/// Watches a hot folder on its own thread for the shots of the participant at the booth.
pub struct ShotWatch {
    state: Arc<Mutex<State>>,
    wake: Arc<Mutex<Option<Waker>>>,
}

impl Drop for ShotWatch {
    fn drop(&mut self) {
        lock(&self.state).stop = true;
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl ShotWatch {
    /// Starts watching `folder`; thumbnails are decoded to cover `thumb` pixels (w, h).
    pub fn start(folder: PathBuf, thumb: (u32, u32)) -> ShotWatch {
        let state = Arc::new(Mutex::new(State::default()));
        let wake: Arc<Mutex<Option<Waker>>> = Arc::default();
        let (shared, waker) = (state.clone(), wake.clone());
        let spawned = std::thread::Builder::new()
            .name("shots".into())
            .spawn(move || {
                while !lock(&shared).stop {
                    if look(&folder, thumb, &shared) {
                        let wake = lock(&waker).clone();
                        if let Some(wake) = wake {
                            wake();
                        }
                    }
                    std::thread::sleep(POLL);
                }
            });
        if let Err(e) = spawned {
            tracing::error!("the photographer's shots cannot be watched: {e}");
        }
        ShotWatch { state, wake }
    }

    /// Has the watcher call `wake` when a shot arrives (the screen then redraws).
    pub fn wake_with(&self, wake: impl Fn() + Send + Sync + 'static) {
        *lock(&self.wake) = Some(Arc::new(wake));
    }

    /// A participant starts (or the booth waits for one) at `since`: shots written before
    /// are never theirs, and are let go.
    pub fn begin(&self, since: SystemTime) {
        let mut state = lock(&self.state);
        if state.since == Some(since) {
            return;
        }
        state.since = Some(since);
        let before = state.shots.len();
        state.shots.retain(|s| s.taken >= since);
        if state.shots.len() != before {
            state.changes += 1;
        }
    }

    /// The participant's shots, newest first, and the count of changes so far.
    pub fn shots(&self) -> (u64, Vec<Shot>) {
        let state = lock(&self.state);
        (state.changes, state.shots.clone())
    }

    /// A change count the screen compares with what it shows.
    pub fn changes(&self) -> u64 {
        lock(&self.state).changes
    }
}

/// Looks at the folder once; returns whether a shot was added.
fn look(folder: &Path, thumb: (u32, u32), state: &Mutex<State>) -> bool {
    let Some(since) = lock(state).since else {
        return false;
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    let mut files: Vec<(PathBuf, SystemTime, u64)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_picture(p))
        .filter_map(|p| {
            let meta = std::fs::metadata(&p).ok()?;
            Some((p, meta.modified().ok()?, meta.len()))
        })
        .filter(|(_, taken, _)| *taken >= since)
        .collect();
    files.sort_by_key(|(p, taken, _)| (*taken, p.clone()));
    let mut added = false;
    for (path, taken, size) in files {
        let ready = {
            let mut s = lock(state);
            if s.shots.iter().any(|shot| shot.path == path) {
                continue;
            }
            let seen = s.waiting.entry(path.clone()).or_insert((u64::MAX, 0));
            let still = seen.0 == size && size > 0;
            *seen = (size, if still { seen.1 + 1 } else { 0 });
            still && seen.1 <= TRIES
        };
        if !ready {
            continue;
        }
        // Read and decoded outside the lock: the screen asks for the shots meanwhile.
        let Ok(picture) =
            Photo::read(&path).and_then(|b| Photo::decode(&b, &path.display().to_string(), thumb))
        else {
            continue; // not whole yet: looked at again next time
        };
        let (w, h) = picture.image.dimensions();
        let width = thumb.0.min(w);
        let height = (u64::from(h) * u64::from(width) / u64::from(w.max(1))).max(1) as u32;
        let small = crate::card::resize_rgb(&picture.image, width, height).unwrap_or(picture.image);
        let mut s = lock(state);
        s.waiting.remove(&path);
        if s.since.is_some_and(|since| taken >= since) {
            s.shots.push(Shot {
                path,
                taken,
                thumb: Arc::new(small),
            });
            // Newest first; shots written within the clock's grain by their file names (a
            // camera numbers its shots).
            s.shots
                .sort_by(|a, b| (b.taken, &b.path).cmp(&(a.taken, &a.path)));
            s.shots.truncate(MAX_SHOTS);
            s.changes += 1;
            added = true;
        }
    }
    added
}

/// The chosen shot read whole for the card: decoded large enough for any card, its file
/// kept byte for byte as the archive's photo.
pub fn read_shot(path: &Path) -> Result<Frame, super::CaptureError> {
    let fail = |reason: String| super::CaptureError::NoPicture {
        path: path.display().to_string(),
        reason,
    };
    let bytes = Photo::read(path).map_err(|e| fail(e.to_string()))?;
    let photo = Photo::decode(&bytes, &path.display().to_string(), super::folder::AT_LEAST)
        .map_err(|e| fail(e.to_string()))?;
    let taken = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or_else(|_| SystemTime::now());
    Ok(Frame {
        taken,
        ..Frame::now(photo.image, Some(bytes))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::synthetic::portrait;
    use std::io::Write;

    fn wait_for(watch: &ShotWatch, n: usize) -> Vec<Shot> {
        let until = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let (_, shots) = watch.shots();
            if shots.len() >= n || std::time::Instant::now() > until {
                return shots;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn jpeg(seed: u64) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        portrait(600, 400, seed)
            .write_to(&mut out, image::ImageFormat::Jpeg)
            .unwrap();
        out.into_inner()
    }

    #[test]
    fn only_this_participants_whole_pictures_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("earlier.jpg"), jpeg(0)).unwrap();
        std::thread::sleep(Duration::from_millis(30));
        let watch = ShotWatch::start(dir.path().to_path_buf(), (200, 150));
        watch.begin(SystemTime::now());
        std::thread::sleep(Duration::from_millis(30));
        std::fs::write(dir.path().join("a.jpg"), jpeg(1)).unwrap();
        std::fs::write(dir.path().join("a.CR2"), b"raw sensor data").unwrap();
        // Written slowly, in chunks: taken only once whole.
        let slow = jpeg(2);
        let mut file = std::fs::File::create(dir.path().join("b.jpg")).unwrap();
        for chunk in slow.chunks(slow.len() / 4 + 1) {
            file.write_all(chunk).unwrap();
            file.flush().unwrap();
            std::thread::sleep(Duration::from_millis(150));
        }
        drop(file);
        let shots = wait_for(&watch, 2);
        let names: Vec<_> = shots
            .iter()
            .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["b.jpg", "a.jpg"]);
        assert_eq!(shots[0].thumb.width(), 200);
        let frame = read_shot(&shots[0].path).unwrap();
        assert_eq!(frame.original.unwrap().as_slice(), slow.as_slice());

        // The next participant sees none of these.
        std::thread::sleep(Duration::from_millis(20));
        watch.begin(SystemTime::now());
        assert!(watch.shots().1.is_empty());
    }
}
