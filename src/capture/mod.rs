//! Camera sources behind one trait, and the live camera that runs one of them on its own
//! thread so the kiosk's preview never waits for a device.
//!
//! ```text
//! Webcam (nokhwa) ─┐
//! Hot folder ──────┼─► FrameSource ──► LiveCamera thread ──► latest Frame ──► kiosk preview
//! Demo sitter ─────┘                   (reopens after an unplug or a stall)
//!
//! Hot folder ──► ShotWatch thread ──► this participant's shots ──► the photographer's strip
//! ```

mod choice;
mod folder;
mod live;
mod shots;
pub mod synthetic;
mod webcam;

use std::sync::Arc;
use std::time::SystemTime;

use image::RgbImage;

pub use choice::CameraChoice;
pub use folder::FolderSource;
pub use live::{CameraStatus, LiveCamera};
pub use shots::{MAX_SHOTS, Shot, ShotWatch, read_shot};
pub use synthetic::DemoSource;
pub use webcam::{Webcam, decode, list_webcams};

/// One picture from a source.
#[derive(Debug, Clone)]
pub struct Frame {
    /// The picture, upright.
    pub image: Arc<RgbImage>,
    /// The source's own file (the webcam's MJPEG frame, the DSLR's JPEG), kept as the
    /// archive photo so it is never re-encoded.
    pub original: Option<Arc<Vec<u8>>>,
    /// When the picture was taken (a picture file's modification time), so the kiosk can
    /// refuse to show a participant a picture from before they started.
    pub taken: SystemTime,
}

impl crate::Blame for CaptureError {
    fn is_user_mistake(&self) -> bool {
        true // a camera named that is not there, or a folder without photos
    }
}

impl Frame {
    /// A picture taken just now.
    pub fn now(image: RgbImage, original: Option<Vec<u8>>) -> Frame {
        Frame {
            image: Arc::new(image),
            original: original.map(Arc::new),
            taken: SystemTime::now(),
        }
    }
}

/// Why a source gave no picture.
#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    /// No camera at that index, or it could not be opened in any format.
    #[error("camera {index} cannot be opened ({reason}); check that it is plugged in")]
    NoCamera {
        /// The camera's index.
        index: u32,
        /// What the driver said.
        reason: String,
    },
    /// The camera stopped sending pictures (unplugged, asleep).
    #[error("the camera stopped sending pictures ({0}); check its cable")]
    Lost(String),
    /// A hot folder or still image has no readable picture yet.
    #[error("no picture in {path} yet ({reason})")]
    NoPicture {
        /// The folder or file.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// A camera setting in the config that is not one of the known forms.
    #[error(
        "unknown camera \"{0}\"; use auto, demo, webcam:N, folder:/path or still:/path/to/picture.jpg"
    )]
    BadChoice(String),
}

/// Anything that gives a stream of pictures. `next_frame` may block until the next one
/// (a source paces itself). [`LiveCamera`] opens and uses a source on its own thread, so a
/// source need not be `Send` (a V4L2 camera is not).
pub trait FrameSource {
    /// A name for staff ("Logitech C920 1920x1080 MJPEG", "demo camera").
    fn describe(&self) -> String;
    /// Waits for and returns the next picture.
    fn next_frame(&mut self) -> Result<Frame, CaptureError>;
}

/// Opens the source a choice names. `Auto` is the first webcam, or, when `demo_allowed`,
/// the demo camera if no webcam can be opened, so the kiosk always starts.
pub fn open_source(
    choice: &CameraChoice,
    demo_allowed: bool,
) -> Result<Box<dyn FrameSource>, CaptureError> {
    Ok(match choice {
        CameraChoice::Auto => match Webcam::open(0) {
            Ok(cam) => Box::new(cam),
            Err(e) if demo_allowed => {
                tracing::info!("{e}; using the demo camera");
                Box::new(DemoSource::new())
            }
            Err(e) => return Err(e),
        },
        CameraChoice::Demo => Box::new(DemoSource::new()),
        CameraChoice::Webcam(index) => Box::new(Webcam::open(*index)?),
        CameraChoice::Folder(path) => Box::new(FolderSource::new(path.clone())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_falls_back_to_the_demo_camera_only_when_allowed() {
        // This machine has no camera.
        let first = open_source(&CameraChoice::Auto, true).map(|s| s.describe());
        assert_eq!(first.unwrap(), "demo camera");
        let later = open_source(&CameraChoice::Auto, false).map(|s| s.describe());
        assert!(matches!(
            later,
            Err(CaptureError::NoCamera { index: 0, .. })
        ));
    }
}
