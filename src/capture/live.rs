//! The running camera: a source on its own thread, the latest picture for the preview, and
//! a watchdog. A webcam's `frame()` can block for ever when it is unplugged, so a stalled
//! thread is abandoned and a fresh one reopens the camera until it answers again.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{CameraChoice, CaptureError, Frame, FrameSource, open_source};

/// No picture for this long means the camera is gone.
const STALL: Duration = Duration::from_secs(3);
/// Wait between attempts to reopen a camera.
const RETRY: Duration = Duration::from_secs(1);
/// While nobody watches the preview the camera takes no pictures; it looks this often
/// whether the preview is back.
const PAUSED_LOOK: Duration = Duration::from_millis(100);

/// What the camera is doing, for the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum CameraStatus {
    /// Opening the source.
    Starting,
    /// Pictures are arriving.
    Live {
        /// The source's name.
        source: String,
    },
    /// No pictures; the camera is being reopened.
    Unavailable {
        /// Why, for staff.
        reason: String,
    },
}

struct Latest {
    frame: Option<Frame>,
    /// Counts pictures, so the preview uploads only new ones.
    seq: u64,
    at: Instant,
    status: CameraStatus,
}

/// Called after each new picture (the kiosk asks for a repaint).
pub(super) type Waker = Arc<dyn Fn() + Send + Sync>;

struct Shared {
    latest: Mutex<Latest>,
    waker: Mutex<Option<Waker>>,
    /// Whether the preview is on screen: full rate and a wake-up per picture.
    watched: AtomicBool,
    /// The thread allowed to publish; a stalled thread finds itself outdated and ends.
    generation: AtomicU64,
    stop: AtomicBool,
}

/// Opens a source; called again on the camera thread after each failure or stall.
type Opener = Arc<dyn Fn() -> Result<Box<dyn FrameSource>, CaptureError> + Send + Sync>;

/// A camera source running on a background thread.
pub struct LiveCamera {
    choice: CameraChoice,
    open: Opener,
    shared: Arc<Shared>,
}

impl LiveCamera {
    /// Starts the source `choice` names on its own thread.
    pub fn start(choice: CameraChoice) -> LiveCamera {
        let named = choice.clone();
        // `auto` may fall back to the demo camera when the kiosk starts, never later: a
        // webcam unplugged mid-event shows "camera unavailable" until it is back, rather
        // than photographing participants as the demo sitter.
        let first = AtomicBool::new(true);
        LiveCamera::start_with(choice, move || {
            open_source(&named, first.swap(false, Ordering::SeqCst))
        })
    }

    /// Starts a camera whose source `open` makes (tests give their own sources); `choice`
    /// is what it is called on the staff screen.
    pub fn start_with(
        choice: CameraChoice,
        open: impl Fn() -> Result<Box<dyn FrameSource>, CaptureError> + Send + Sync + 'static,
    ) -> LiveCamera {
        let shared = Arc::new(Shared {
            latest: Mutex::new(Latest {
                frame: None,
                seq: 0,
                at: Instant::now(),
                status: CameraStatus::Starting,
            }),
            waker: Mutex::new(None),
            // Nothing is on screen until the kiosk says so: the source gives its first
            // picture (the camera is there) and waits.
            watched: AtomicBool::new(false),
            generation: AtomicU64::new(0),
            stop: AtomicBool::new(false),
        });
        let camera = LiveCamera {
            choice,
            open: Arc::new(open),
            shared,
        };
        camera.spawn(0);
        camera
    }

    /// Says whether the preview is on screen. While it is not, no pictures are taken (the
    /// last one stays) and nobody is woken.
    pub fn set_watched(&self, watched: bool) {
        self.shared.watched.store(watched, Ordering::Relaxed);
    }

    /// Calls `wake` after each new picture while watched, so a screen can redraw exactly
    /// when there is something new instead of polling.
    pub fn wake_with(&self, wake: impl Fn() + Send + Sync + 'static) {
        *self.shared.waker.lock().unwrap_or_else(|p| p.into_inner()) = Some(Arc::new(wake));
    }

    /// The source this camera runs.
    pub fn choice(&self) -> &CameraChoice {
        &self.choice
    }

    fn spawn(&self, generation: u64) {
        let shared = Arc::clone(&self.shared);
        let open = Arc::clone(&self.open);
        let spawned = std::thread::Builder::new()
            .name(format!("camera-{generation}"))
            .spawn(move || run(&shared, open.as_ref(), generation));
        if let Err(e) = spawned {
            self.lock().status = CameraStatus::Unavailable {
                reason: format!("cannot start the camera thread: {e}"),
            };
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Latest> {
        self.shared.latest.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The newest picture with its number, and the camera's state. Also the watchdog: a
    /// live camera silent for too long is declared unavailable and reopened.
    pub fn latest(&self) -> (Option<(u64, Frame)>, CameraStatus) {
        let mut latest = self.lock();
        if matches!(latest.status, CameraStatus::Live { .. }) && latest.at.elapsed() > STALL {
            latest.status = CameraStatus::Unavailable {
                reason: CaptureError::Lost(format!("no picture for {} s", STALL.as_secs()))
                    .to_string(),
            };
            latest.at = Instant::now();
            let next = self.shared.generation.fetch_add(1, Ordering::SeqCst) + 1;
            drop(latest);
            tracing::warn!("camera stalled; reopening it");
            self.spawn(next);
            return (None, self.lock().status.clone());
        }
        let frame = match &latest.status {
            CameraStatus::Live { .. } => latest.frame.clone().map(|f| (latest.seq, f)),
            _ => None,
        };
        (frame, latest.status.clone())
    }
}

impl Drop for LiveCamera {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
    }
}

fn run(
    shared: &Shared,
    open: &(dyn Fn() -> Result<Box<dyn FrameSource>, CaptureError> + Send + Sync),
    generation: u64,
) {
    let current = || {
        !shared.stop.load(Ordering::SeqCst)
            && shared.generation.load(Ordering::SeqCst) == generation
    };
    let publish = |update: &dyn Fn(&mut Latest)| {
        if current() {
            update(&mut shared.latest.lock().unwrap_or_else(|p| p.into_inner()));
        }
    };
    while current() {
        let mut source = match open() {
            Ok(source) => source,
            Err(e) => {
                publish(&|l| {
                    l.status = CameraStatus::Unavailable {
                        reason: e.to_string(),
                    }
                });
                std::thread::sleep(RETRY);
                continue;
            }
        };
        let name = source.describe();
        loop {
            match source.next_frame() {
                Ok(frame) => {
                    publish(&|l| {
                        l.frame = Some(frame.clone());
                        l.seq += 1;
                        l.at = Instant::now();
                        l.status = CameraStatus::Live {
                            source: name.clone(),
                        };
                    });
                    let waker = shared
                        .waker
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .clone();
                    if let Some(wake) = waker.filter(|_| shared.watched.load(Ordering::Relaxed)) {
                        wake();
                    }
                    // Paused, the camera is still there: the watchdog is told so.
                    while current() && !shared.watched.load(Ordering::Relaxed) {
                        std::thread::sleep(PAUSED_LOOK);
                        publish(&|l| l.at = Instant::now());
                    }
                }
                Err(e) => {
                    tracing::warn!("camera: {e}");
                    publish(&|l| {
                        l.status = CameraStatus::Unavailable {
                            reason: e.to_string(),
                        }
                    });
                    std::thread::sleep(RETRY);
                    break;
                }
            }
            if !current() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::synthetic::portrait;

    fn wait_for(camera: &LiveCamera, want: impl Fn(&CameraStatus) -> bool) -> CameraStatus {
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            let (_, status) = camera.latest();
            if want(&status) || Instant::now() > until {
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    #[test]
    fn demo_camera_delivers_new_pictures() {
        let camera = LiveCamera::start(CameraChoice::Demo);
        camera.set_watched(true);
        let status = wait_for(&camera, |s| matches!(s, CameraStatus::Live { .. }));
        assert_eq!(
            status,
            CameraStatus::Live {
                source: "demo camera".into()
            }
        );
        let first = camera.latest().0.unwrap().0;
        let until = Instant::now() + Duration::from_secs(10);
        while camera.latest().0.unwrap().0 == first {
            assert!(Instant::now() < until, "no second picture");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    #[test]
    fn a_folder_that_loses_its_picture_is_unavailable_then_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let picture = dir.path().join("shot.png");
        portrait(40, 30, 0).save(&picture).unwrap();
        let camera = LiveCamera::start(CameraChoice::Folder(dir.path().to_path_buf()));
        camera.set_watched(true);
        assert!(matches!(
            wait_for(&camera, |s| matches!(s, CameraStatus::Live { .. })),
            CameraStatus::Live { .. }
        ));

        std::fs::remove_file(&picture).unwrap();
        let status = wait_for(&camera, |s| matches!(s, CameraStatus::Unavailable { .. }));
        assert!(
            matches!(&status, CameraStatus::Unavailable { reason } if reason.contains("no .jpg")),
            "{status:?}"
        );
        assert!(
            camera.latest().0.is_none(),
            "no stale picture is shown while unavailable"
        );

        portrait(40, 30, 1).save(&picture).unwrap();
        let status = wait_for(&camera, |s| matches!(s, CameraStatus::Live { .. }));
        assert!(matches!(status, CameraStatus::Live { .. }), "{status:?}");
    }

    /// Gives a few pictures, then hangs in `next_frame` as an unplugged V4L2 camera can.
    struct Hanging {
        left: u32,
    }

    impl FrameSource for Hanging {
        fn describe(&self) -> String {
            "hanging camera".into()
        }

        fn next_frame(&mut self) -> Result<Frame, CaptureError> {
            if self.left == 0 {
                std::thread::sleep(Duration::from_secs(30));
            }
            self.left -= 1;
            std::thread::sleep(Duration::from_millis(30));
            Ok(Frame::now(portrait(40, 30, u64::from(self.left)), None))
        }
    }

    #[test]
    fn a_camera_that_hangs_is_declared_unavailable_and_reopened() {
        use std::sync::atomic::AtomicU32;
        let opened = Arc::new(AtomicU32::new(0));
        let counter = Arc::clone(&opened);
        let camera = LiveCamera::start_with(CameraChoice::Webcam(0), move || {
            // The first opening hangs after 5 pictures; the camera "plugged back in" does not.
            let first = counter.fetch_add(1, Ordering::SeqCst) == 0;
            Ok(Box::new(Hanging {
                left: if first { 5 } else { u32::MAX },
            }))
        });
        camera.set_watched(true);
        assert!(matches!(
            wait_for(&camera, |s| matches!(s, CameraStatus::Live { .. })),
            CameraStatus::Live { .. }
        ));
        let status = wait_for(&camera, |s| matches!(s, CameraStatus::Unavailable { .. }));
        assert!(
            matches!(&status, CameraStatus::Unavailable { reason } if reason.contains("stopped sending")),
            "{status:?}"
        );
        let status = wait_for(&camera, |s| matches!(s, CameraStatus::Live { .. }));
        assert!(matches!(status, CameraStatus::Live { .. }), "{status:?}");
        assert_eq!(
            opened.load(Ordering::SeqCst),
            2,
            "reopened once, by the watchdog"
        );
    }
}
