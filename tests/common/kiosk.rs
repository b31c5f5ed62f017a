//! Driving the kiosk like a participant through egui_kittest (no window, no GPU): the
//! demo camera, the real card engine and archive, and an in-memory printer (or CUPS).

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use welcome_booth::capture::CameraChoice;
use welcome_booth::kiosk::KioskApp;
use welcome_booth::kiosk::config::Config;
use welcome_booth::kiosk::flow::Step;
use welcome_booth::kiosk::pin::hash_pin;
use welcome_booth::print::{MemoryPrinter, PrintSystem};

pub const PIN: &str = "2468";

pub fn config(archive: &std::path::Path, printer: &str) -> Config {
    Config {
        camera: CameraChoice::Demo,
        archive: archive.display().to_string(),
        printer: printer.into(),
        countdown_seconds: 1,
        retakes: 1,
        inactivity_seconds: 15,
        more_time_seconds: 5,
        goodbye_seconds: 2,
        pin_hash: hash_pin(PIN).unwrap(),
        ..Config::default()
    }
}

/// Stands in for the screen: takes each frame's picture uploads and lets them go, as a GPU
/// renderer does once they are on the graphics card. (kittest's default keeps every upload
/// for a snapshot later, which over a day of participants would look like the kiosk growing.)
struct Screen;

impl egui_kittest::TestRenderer for Screen {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        delta.clear();
    }
}

/// The queue of the in-memory printer the kiosk tests print to (the tests of printing
/// itself use CUPS).
pub const QUEUE: &str = "booth";

/// The kiosk at 1280x800, each step 0.1 s of its clock, printing to an in-memory printer.
pub fn kiosk(config: Config) -> Harness<'static, KioskApp> {
    kiosk_sized(config, None, [1280.0, 800.0])
}

/// The kiosk on a screen of `size`, writing staff choices into the settings file `file`,
/// printing to an in-memory printer.
pub fn kiosk_sized(
    config: Config,
    file: Option<std::path::PathBuf>,
    size: [f32; 2],
) -> Harness<'static, KioskApp> {
    kiosk_printing_to(config, file, size, Box::new(MemoryPrinter::new(QUEUE)))
}

/// The kiosk printing to `printer` (a [`MemoryPrinter`] the test keeps a handle on, or CUPS).
pub fn kiosk_printing_to(
    config: Config,
    file: Option<std::path::PathBuf>,
    size: [f32; 2],
    printer: Box<dyn PrintSystem>,
) -> Harness<'static, KioskApp> {
    let app = KioskApp::new(config, file, printer).unwrap();
    Harness::builder()
        .with_size(size)
        .with_step_dt(STEP.as_secs_f32())
        .renderer(Screen)
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app)
}

/// Steps the kiosk until `done` holds; the camera and the worker run in real time, and
/// the kiosk's clock (0.1 s a step) a few times faster.
pub fn step_until(
    h: &mut Harness<'_, KioskApp>,
    what: &str,
    done: impl Fn(&Harness<'_, KioskApp>) -> bool,
) {
    step_until_paced(h, what, done, Duration::from_millis(10));
}

/// As [`step_until`], each step taking at least `pause` of real time: `STEP` holds the
/// kiosk's clock to real time, for waits on the camera, whose first picture can take
/// seconds on a loaded machine while the camera screen's time-out runs.
pub fn step_until_paced(
    h: &mut Harness<'_, KioskApp>,
    what: &str,
    done: impl Fn(&Harness<'_, KioskApp>) -> bool,
    pause: Duration,
) {
    let until = Instant::now() + Duration::from_secs(60);
    while !done(h) {
        assert!(
            Instant::now() < until,
            "timed out waiting for {what}; at {:?} showing {:?}",
            h.state().step(),
            h.state()
                .texts_shown()
                .iter()
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
        );
        let step = Instant::now();
        h.step();
        std::thread::sleep(pause.saturating_sub(step.elapsed()));
    }
}

/// The kiosk's clock per step (the harness's `step_dt`).
pub const STEP: Duration = Duration::from_millis(100);

/// Steps the kiosk's clock on by `seconds` with nobody touching it.
pub fn wait(h: &mut Harness<'_, KioskApp>, seconds: f64) {
    h.run_steps((seconds / 0.1).round() as usize);
}

/// Taps the control named `label`, scrolling it into view first as a person would (a
/// control in a list that scrolls may lie under what is pinned below it), and once it
/// has stayed in one place for a few frames (a strip that comes or goes above moves it;
/// a person taps where they see it, not where it was).
pub fn click(h: &mut Harness<'_, KioskApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    let mut settled = 0;
    let mut at = h.get_by_label(label).rect();
    for _ in 0..100 {
        h.step();
        let now = h.get_by_label(label).rect();
        settled = if now == at { settled + 1 } else { 0 };
        at = now;
        if settled == 3 {
            break;
        }
    }
    h.get_by_label(label).click();
    h.run_steps(2);
}

pub fn camera_ready(h: &Harness<'_, KioskApp>) -> bool {
    h.query_by_label("Take my photo")
        .is_some_and(|b| !b.accesskit_node().is_disabled())
}

/// Waits, in real time, for the camera's picture on the camera screen.
pub fn wait_for_camera(h: &mut Harness<'_, KioskApp>) {
    step_until_paced(h, "the camera picture", camera_ready, STEP);
}

pub fn take_photo(h: &mut Harness<'_, KioskApp>) {
    wait_for_camera(h);
    click(h, "Take my photo");
    step_until(h, "the countdown to end", |h| {
        h.state().step() == Step::Review
    });
}

/// Sends text as a physical keyboard would.
pub fn type_physical(h: &mut Harness<'_, KioskApp>, text: &str) {
    h.event(egui::Event::Text(text.into()));
    h.run_steps(2);
}

pub fn make_card_enabled(h: &Harness<'_, KioskApp>) -> bool {
    !h.get_by_label("Make my card")
        .accesskit_node()
        .is_disabled()
}

/// Takes a participant from the start screen to their card's preview with default consent,
/// a photo and `message` typed on a physical keyboard.
pub fn card_made(h: &mut Harness<'_, KioskApp>, message: &str) {
    click(h, "Start");
    click(h, "Next");
    take_photo(h);
    click(h, "Keep this photo");
    type_physical(h, message);
    step_until(h, "the message to fit", make_card_enabled);
    click(h, "Make my card");
    step_until(h, "the card preview", |h| h.state().step() == Step::Preview);
}

/// Takes a participant from the start screen through print to the goodbye.
pub fn participant(h: &mut Harness<'_, KioskApp>, message: &str) {
    card_made(h, message);
    click(h, "Print my card");
    step_until(h, "the goodbye", |h| {
        matches!(h.state().step(), Step::Goodbye { .. })
    });
}

/// Opens the staff screen with the PIN.
pub fn open_staff(h: &mut Harness<'_, KioskApp>) {
    h.key_press(egui::Key::F12);
    h.run_steps(2);
    h.get_by_label("Staff PIN").type_text(PIN);
    h.run_steps(1);
    click(h, "OK");
}
