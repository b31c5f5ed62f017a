//! A hot folder that a tethered camera writes into (the newest picture is the preview), or
//! one still picture file.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{CaptureError, Frame, FrameSource};
use crate::card::Photo;

/// How often the folder is looked at.
const POLL: Duration = Duration::from_millis(250);
/// Pictures are decoded at least this large (enough for any card's photo box).
pub(super) const AT_LEAST: (u32, u32) = (1920, 1280);

/// The newest JPEG or PNG in a folder, or one picture file.
pub struct FolderSource {
    path: PathBuf,
    shown: Option<(PathBuf, SystemTime, Frame)>,
    first: bool,
}

impl FolderSource {
    /// Watches `path` (a folder or a picture file).
    pub fn new(path: PathBuf) -> FolderSource {
        FolderSource {
            path,
            shown: None,
            first: true,
        }
    }

    fn newest(&self) -> Result<(PathBuf, SystemTime), CaptureError> {
        let fail = |reason: String| CaptureError::NoPicture {
            path: self.path.display().to_string(),
            reason,
        };
        if self.path.is_file() {
            let modified = modified(&self.path).map_err(|e| fail(e.to_string()))?;
            return Ok((self.path.clone(), modified));
        }
        let entries = std::fs::read_dir(&self.path).map_err(|e| fail(e.to_string()))?;
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| is_picture(p))
            .filter_map(|p| modified(&p).ok().map(|m| (p, m)))
            .max_by_key(|(p, m)| (*m, p.clone()))
            .ok_or_else(|| fail("the folder has no .jpg or .png file".into()))
    }
}

pub(super) fn is_picture(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    ["jpg", "jpeg", "png"].contains(&ext.to_ascii_lowercase().as_str())
}

fn modified(path: &Path) -> std::io::Result<SystemTime> {
    std::fs::metadata(path)?.modified()
}

impl FrameSource for FolderSource {
    fn describe(&self) -> String {
        format!("pictures from {}", self.path.display())
    }

    fn next_frame(&mut self) -> Result<Frame, CaptureError> {
        if !std::mem::take(&mut self.first) {
            std::thread::sleep(POLL);
        }
        let (path, modified) = self.newest()?;
        if let Some((p, m, frame)) = &self.shown
            && *p == path
            && *m == modified
        {
            return Ok(frame.clone());
        }
        // A camera may still be writing the file: until it can be read whole, the picture
        // before it stays on screen and the file is tried again on the next poll.
        let read = Photo::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                Photo::decode(&bytes, &path.display().to_string(), AT_LEAST)
                    .map(|photo| (bytes, photo))
                    .map_err(|e| e.to_string())
            });
        let (bytes, photo) = match (read, &self.shown) {
            (Ok(read), _) => read,
            (Err(_), Some((_, _, frame))) => return Ok(frame.clone()),
            (Err(reason), None) => {
                return Err(CaptureError::NoPicture {
                    path: path.display().to_string(),
                    reason,
                });
            }
        };
        let frame = Frame {
            taken: modified,
            ..Frame::now(photo.image, Some(bytes))
        };
        self.shown = Some((path, modified, frame.clone()));
        Ok(frame)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::synthetic::portrait;

    #[test]
    fn shows_the_newest_picture_and_keeps_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut source = FolderSource::new(dir.path().to_path_buf());
        assert!(matches!(
            source.next_frame(),
            Err(CaptureError::NoPicture { .. })
        ));

        portrait(64, 48, 0).save(dir.path().join("a.png")).unwrap();
        let first = source.next_frame().unwrap();
        assert_eq!(first.image.dimensions(), (64, 48));

        std::thread::sleep(Duration::from_millis(20));
        portrait(80, 60, 1).save(dir.path().join("b.png")).unwrap();
        let second = source.next_frame().unwrap();
        assert_eq!(second.image.dimensions(), (80, 60));
        let kept = second.original.unwrap();
        assert_eq!(
            kept.as_slice(),
            std::fs::read(dir.path().join("b.png")).unwrap()
        );

        // A half-written picture leaves the one before it on screen until it is whole.
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(dir.path().join("c.jpg"), b"\xFF\xD8 half").unwrap();
        assert_eq!(source.next_frame().unwrap().image.dimensions(), (80, 60));
        let empty = tempfile::tempdir().unwrap();
        std::fs::write(empty.path().join("d.jpg"), b"\xFF\xD8 half").unwrap();
        let mut fresh = FolderSource::new(empty.path().to_path_buf());
        assert!(matches!(
            fresh.next_frame(),
            Err(CaptureError::NoPicture { .. })
        ));
    }
}
