//! A USB webcam through nokhwa (Video4Linux on Linux). MJPEG is asked for first, at the
//! highest resolution on offer, because it is what lets a webcam send large frames at full
//! rate; smaller and uncompressed formats are asked for in turn when a camera refuses.

use nokhwa::Camera;
use nokhwa::pixel_format::RgbFormat;
use nokhwa::utils::{
    ApiBackend, CameraFormat, CameraIndex, FrameFormat, RequestedFormat, RequestedFormatType,
    Resolution,
};

use super::{CaptureError, Frame, FrameSource};

/// Formats asked for, best first. Many webcams only reach 30 fps at 720p and above in MJPEG.
const WISHES: [(u32, u32, FrameFormat); 5] = [
    (1920, 1080, FrameFormat::MJPEG),
    (1280, 720, FrameFormat::MJPEG),
    (1280, 720, FrameFormat::YUYV),
    (640, 480, FrameFormat::MJPEG),
    (640, 480, FrameFormat::YUYV),
];

/// An open, streaming webcam.
pub struct Webcam {
    camera: Camera,
    name: String,
}

/// The webcams the system knows, as (index, name).
pub fn list_webcams() -> Vec<(u32, String)> {
    nokhwa::query(ApiBackend::Auto)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|info| match info.index() {
            CameraIndex::Index(i) => Some((*i, info.human_name())),
            CameraIndex::String(_) => None,
        })
        .collect()
}

impl Webcam {
    /// Opens webcam `index` in the best format it accepts and starts it streaming.
    pub fn open(index: u32) -> Result<Webcam, CaptureError> {
        let requests = WISHES
            .iter()
            .map(|&(w, h, fmt)| {
                RequestedFormatType::Closest(CameraFormat::new(Resolution::new(w, h), fmt, 30))
            })
            .chain([RequestedFormatType::AbsoluteHighestResolution]);
        let mut last = String::from("no format accepted");
        for wish in requests {
            let request = RequestedFormat::new::<RgbFormat>(wish);
            match Camera::new(CameraIndex::Index(index), request).and_then(|mut camera| {
                camera.open_stream()?;
                Ok(camera)
            }) {
                Ok(camera) => {
                    let f = camera.camera_format();
                    let name = format!(
                        "{} {} {}",
                        camera.info().human_name(),
                        f.resolution(),
                        f.format()
                    );
                    tracing::info!("webcam {index}: {name}");
                    return Ok(Webcam { camera, name });
                }
                Err(e) => last = e.to_string(),
            }
        }
        Err(CaptureError::NoCamera {
            index,
            reason: last,
        })
    }
}

impl FrameSource for Webcam {
    fn describe(&self) -> String {
        self.name.clone()
    }

    fn next_frame(&mut self) -> Result<Frame, CaptureError> {
        let buffer = self
            .camera
            .frame()
            .map_err(|e| CaptureError::Lost(e.to_string()))?;
        decode(&buffer)
    }
}

/// Turns a camera buffer into a frame; an MJPEG frame's JPEG is kept as the photo file.
pub fn decode(buffer: &nokhwa::Buffer) -> Result<Frame, CaptureError> {
    let image = buffer
        .decode_image::<RgbFormat>()
        .map_err(|e| CaptureError::Lost(e.to_string()))?;
    let original =
        (buffer.source_frame_format() == FrameFormat::MJPEG).then(|| buffer.buffer().to_vec());
    Ok(Frame::now(image, original))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::synthetic::portrait;

    #[test]
    fn an_mjpeg_buffer_decodes_and_keeps_its_jpeg() {
        let mut jpeg = Vec::new();
        portrait(1280, 720, 0)
            .write_to(
                &mut std::io::Cursor::new(&mut jpeg),
                image::ImageFormat::Jpeg,
            )
            .unwrap();
        let buffer = nokhwa::Buffer::new(Resolution::new(1280, 720), &jpeg, FrameFormat::MJPEG);
        let frame = decode(&buffer).unwrap();
        assert_eq!(frame.image.dimensions(), (1280, 720));
        assert_eq!(frame.original.unwrap().as_slice(), jpeg.as_slice());
        // The decoded picture is the sitter, not noise: the backdrop corner is warm.
        let corner = frame.image.get_pixel(5, 5);
        assert!(corner[0] > corner[2] + 40, "{corner:?}");
    }

    #[test]
    fn a_broken_frame_is_an_error_not_a_panic() {
        let buffer = nokhwa::Buffer::new(
            Resolution::new(1280, 720),
            b"\xFF\xD8junk",
            FrameFormat::MJPEG,
        );
        assert!(decode(&buffer).is_err());
    }

    #[test]
    fn a_missing_camera_says_which_and_what_to_do() {
        let err = Webcam::open(57).err().unwrap().to_string();
        assert!(
            err.contains("camera 57") && err.contains("plugged in"),
            "{err}"
        );
    }
}
