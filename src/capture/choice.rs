//! The camera setting, as written in the config file: `auto`, `demo`, `webcam:N`,
//! `folder:/path` (a hot folder a tethered camera writes into) or `still:/path/file.jpg`.

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use super::CaptureError;

/// Which source the kiosk uses.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CameraChoice {
    /// The first webcam, else the demo camera.
    #[default]
    Auto,
    /// The built-in demo sitter.
    Demo,
    /// The webcam with this index (`/dev/videoN`).
    Webcam(u32),
    /// The newest picture in a folder, or one still picture file.
    Folder(PathBuf),
}

impl FromStr for CameraChoice {
    type Err = CaptureError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || CaptureError::BadChoice(s.to_string());
        let s = s.trim();
        match s.split_once(':') {
            None if s == "auto" => Ok(CameraChoice::Auto),
            None if s == "demo" => Ok(CameraChoice::Demo),
            Some(("webcam", n)) => n
                .trim()
                .parse()
                .map(CameraChoice::Webcam)
                .map_err(|_| bad()),
            Some(("folder" | "still", p)) if !p.trim().is_empty() => {
                Ok(CameraChoice::Folder(PathBuf::from(p.trim())))
            }
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for CameraChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CameraChoice::Auto => f.write_str("auto"),
            CameraChoice::Demo => f.write_str("demo"),
            CameraChoice::Webcam(n) => write!(f, "webcam:{n}"),
            CameraChoice::Folder(p) if p.is_file() => write!(f, "still:{}", p.display()),
            CameraChoice::Folder(p) => write!(f, "folder:{}", p.display()),
        }
    }
}

impl serde::Serialize for CameraChoice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for CameraChoice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_form_and_refuses_others() {
        assert_eq!("auto".parse::<CameraChoice>().unwrap(), CameraChoice::Auto);
        assert_eq!(
            " demo ".parse::<CameraChoice>().unwrap(),
            CameraChoice::Demo
        );
        assert_eq!(
            "webcam:2".parse::<CameraChoice>().unwrap(),
            CameraChoice::Webcam(2)
        );
        assert_eq!(
            "folder:/srv/dslr".parse::<CameraChoice>().unwrap(),
            CameraChoice::Folder("/srv/dslr".into())
        );
        for bad in ["", "webcam:x", "folder:", "usb", "webcam"] {
            let err = bad.parse::<CameraChoice>().unwrap_err().to_string();
            assert!(err.contains("webcam:N"), "{bad}: {err}");
        }
    }
}
