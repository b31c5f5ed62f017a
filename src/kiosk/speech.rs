//! Spoken guidance: the screens' words read aloud, offline, by espeak-ng in the
//! participant's language, for visitors who cannot see the screen well or cannot read it
//! (EN 301 549 asks a closed kiosk to speak for itself). One thing is said at a time, on
//! threads of its own so the screen never waits; a new request or a stop cuts it short.
//! Languages espeak-ng has no voice for are never read by another language's voice.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The espeak-ng voice that speaks the booth's language `tag`, if there is one. Dari is read
/// by the Persian voice (the same language, written the same way); Pashto, Sorani Kurdish,
/// Tigrinya and Somali have none (espeak-ng's `ku` is Kurmanji, not Sorani).
pub fn voice_for(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "en" => "en-gb",
        "ar" => "ar",
        "fa" | "fa-AF" => "fa",
        "ur" => "ur",
        "am" => "am",
        "uk" => "uk",
        "ru" => "ru",
        "sq" => "sq",
        "tr" => "tr",
        "vi" => "vi",
        "bn" => "bn",
        "pa" => "pa",
        "pl" => "pl",
        "ro" => "ro",
        "es" => "es-419",
        "pt" => "pt-br",
        "fr" => "fr-fr",
        "it" => "it",
        "zh-Hans" => "cmn",
        _ => return None,
    })
}

/// Words per minute: a little slower than espeak-ng's 175, for people listening hard.
const WORDS_PER_MINUTE: &str = "150";

/// Why something could not be said.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    /// espeak-ng is not installed or would not start.
    #[error("cannot start espeak-ng ({0}); install it with `apt-get install espeak-ng`")]
    NoSpeaker(std::io::Error),
    /// espeak-ng ran but failed.
    #[error("espeak-ng could not say it: {0}")]
    Failed(String),
}

/// Writes `text` spoken by `voice` as a WAV file at `path`.
pub fn synthesize(text: &str, voice: &str, path: &Path) -> Result<(), SpeechError> {
    let out = Command::new("espeak-ng")
        .args(["-v", voice, "-s", WORDS_PER_MINUTE, "-w"])
        .arg(path)
        .arg("--")
        .arg(text)
        .output()
        .map_err(SpeechError::NoSpeaker)?;
    if out.status.success() {
        Ok(())
    } else {
        Err(SpeechError::Failed(
            String::from_utf8_lossy(&out.stderr).trim().to_string(),
        ))
    }
}

/// Where speech goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// The machine's sound device, through ALSA's `aplay` (PipeWire and PulseAudio take
    /// ALSA's sound too).
    Device,
    /// WAV files in a folder, numbered: what the booth would say, to check on a machine
    /// without speakers.
    Folder(PathBuf),
    /// Nowhere, and why.
    Nowhere(String),
}

impl Output {
    /// The sound device when the machine has one (a sound card, or a sound server such as
    /// PipeWire or PulseAudio that ALSA sends to, perhaps over the network) and `aplay`,
    /// else nowhere, with why.
    pub fn detect() -> Output {
        let cards = std::fs::read_to_string("/proc/asound/cards").unwrap_or_default();
        let has_card = !cards.trim().is_empty() && !cards.contains("no soundcards");
        // `aplay -L` names the PCMs ALSA can play to; "default" is there when a card or a
        // running sound server gives it one.
        let devices = match Command::new("aplay").arg("-L").output() {
            Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
            _ => {
                return Output::Nowhere(
                    "no audio output: aplay is missing (apt-get install alsa-utils)".into(),
                );
            }
        };
        let has_default = devices
            .lines()
            .any(|l| l == "default" || l.starts_with("default:"));
        match has_card || has_default {
            true => Output::Device,
            false => Output::Nowhere("no audio output: this computer has no sound card".into()),
        }
    }

    /// Whether anything said is heard (or written).
    pub fn works(&self) -> bool {
        !matches!(self, Output::Nowhere(_))
    }
}

/// What is being said, so it can be cut short.
#[derive(Default)]
struct Saying {
    /// espeak-ng and, on the device, aplay.
    children: Vec<Child>,
    /// Counts requests, so a late thread knows it was cut short.
    generation: u64,
}

/// What the speaker reports.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Texts asked to be said, oldest first (the last few).
    pub said: Vec<String>,
    /// Milliseconds from the last request to espeak-ng's first sound (its first samples).
    pub first_sound_ms: Option<u64>,
    /// How many requests have reached their first sound.
    pub sounded: u64,
    /// The last thing that went wrong.
    pub problem: Option<String>,
}

/// Texts remembered in [`Report::said`].
const REMEMBERED: usize = 20;

/// Says one thing at a time, on threads of its own.
#[derive(Clone)]
pub struct Speaker {
    output: Output,
    saying: Arc<Mutex<Saying>>,
    report: Arc<Mutex<Report>>,
    /// WAV files written so far (their numbers).
    written: Arc<Mutex<u32>>,
}

impl Speaker {
    /// A speaker sending its speech to `output`.
    pub fn new(output: Output) -> Speaker {
        Speaker {
            output,
            saying: Arc::default(),
            report: Arc::default(),
            written: Arc::default(),
        }
    }

    /// Where its speech goes.
    pub fn output(&self) -> &Output {
        &self.output
    }

    /// What it said and how it went.
    pub fn report(&self) -> Report {
        lock(&self.report).clone()
    }

    /// Whether it is saying something now.
    pub fn speaking(&self) -> bool {
        let mut saying = lock(&self.saying);
        saying
            .children
            .retain_mut(|c| matches!(c.try_wait(), Ok(None)));
        !saying.children.is_empty()
    }

    /// Stops what is being said.
    pub fn stop(&self) {
        let mut saying = lock(&self.saying);
        saying.generation += 1;
        for mut child in saying.children.drain(..) {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Says `text` with `voice`, cutting short whatever was being said.
    pub fn say(&self, text: &str, voice: &'static str) {
        self.stop();
        {
            let mut report = lock(&self.report);
            report.said.push(text.to_string());
            let extra = report.said.len().saturating_sub(REMEMBERED);
            report.said.drain(..extra);
        }
        let generation = lock(&self.saying).generation;
        let (speaker, text) = (self.clone(), text.to_string());
        let asked = Instant::now();
        std::thread::spawn(move || {
            if let Err(e) = speaker.speak(&text, voice, generation, asked) {
                tracing::warn!("speech: {e}");
                lock(&speaker.report).problem = Some(e.to_string());
            }
        });
    }

    /// Runs espeak-ng for one request, into the output.
    fn speak(
        &self,
        text: &str,
        voice: &str,
        generation: u64,
        asked: Instant,
    ) -> Result<(), SpeechError> {
        match &self.output {
            Output::Nowhere(_) => Ok(()),
            Output::Folder(dir) => {
                let n = {
                    let mut n = lock(&self.written);
                    *n += 1;
                    *n
                };
                synthesize(text, voice, &dir.join(format!("{n:04}-{voice}.wav")))
            }
            Output::Device => self.play(text, voice, generation, asked),
        }
    }

    /// espeak-ng's sound piped through this process into `aplay`, noting when its first
    /// samples came. A stop kills both, which ends the copying.
    fn play(
        &self,
        text: &str,
        voice: &str,
        generation: u64,
        asked: Instant,
    ) -> Result<(), SpeechError> {
        let mut espeak = Command::new("espeak-ng")
            .args(["-v", voice, "-s", WORDS_PER_MINUTE, "--stdout", "--", text])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(SpeechError::NoSpeaker)?;
        let mut aplay = match Command::new("aplay")
            .args(["-q", "-t", "wav", "-"])
            .stdin(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
        {
            Ok(child) => child,
            Err(e) => {
                let _ = espeak.kill();
                let _ = espeak.wait();
                return Err(SpeechError::Failed(format!("cannot start aplay: {e}")));
            }
        };
        let (Some(mut wav), Some(mut sink)) = (espeak.stdout.take(), aplay.stdin.take()) else {
            return Err(SpeechError::Failed("no pipe to espeak-ng or aplay".into()));
        };
        {
            let mut saying = lock(&self.saying);
            saying.children.push(espeak);
            saying.children.push(aplay);
            if saying.generation != generation {
                return Ok(()); // cut short before it began: the next stop kills them
            }
        }
        let mut buffer = [0u8; 8192];
        let (mut total, mut first) = (0usize, None);
        while let Ok(n) = wav.read(&mut buffer) {
            if n == 0 {
                break;
            }
            total += n;
            // The first samples follow the 44-byte WAV header.
            if first.is_none() && total > 44 {
                first = Some(asked.elapsed());
            }
            if sink.write_all(&buffer[..n]).is_err() {
                break;
            }
        }
        if let Some(first) = first
            && lock(&self.saying).generation == generation
        {
            let mut report = lock(&self.report);
            report.first_sound_ms = Some(duration_ms(first));
            report.sounded += 1;
        }
        Ok(())
    }
}

fn duration_ms(d: Duration) -> u64 {
    d.as_millis().try_into().unwrap_or(u64::MAX)
}

/// A lock that a panicked thread cannot make unusable (speech is never worth a crash).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Drop for Saying {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
