//! The kiosk: an egui window over the library. Each screen (`screens/`) draws from a view
//! and returns an action; the app applies it to the participant flow ([`flow`]) or sends
//! work to the booth's worker ([`booth`]), which alone makes cards, writes files and talks
//! to the printer. The typing parts ([`keyboard`], [`entry`]) are plain state, tested
//! without a window.

mod app;
pub mod booth;
pub mod config;
pub mod entry;
pub mod flow;
pub mod i18n;
pub mod keyboard;
pub mod listen;
mod look;
pub mod pin;
mod screens;
pub mod speech;
mod staff;
mod staffed;
mod widgets;

use std::path::PathBuf;

pub use app::KioskApp;

/// Opens the kiosk full screen and runs it until staff exit it.
pub fn run(config: config::Config, config_path: PathBuf) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let app = KioskApp::new(
        config,
        Some(config_path),
        Box::new(crate::print::Cups::local()),
    )?;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Welcome Booth")
            .with_fullscreen(true)
            .with_decorations(false),
        ..Default::default()
    };
    eframe::run_native(
        "Welcome Booth",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Window {
                app,
                sized: false,
                started: Some(started),
            }))
        }),
    )
    .map_err(|e| {
        anyhow::anyhow!(
            "cannot open the kiosk window ({e}); start the kiosk from the booth's desktop session"
        )
    })
}

/// The eframe shell: window rules around the app.
struct Window {
    app: KioskApp,
    sized: bool,
    /// When the kiosk started, until the first frame is drawn (start-up time in the log).
    started: Option<std::time::Instant>,
}

impl eframe::App for Window {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Visitors cannot close the booth (Alt+F4 and the like); staff use "Exit".
        if ctx.input(|i| i.viewport().close_requested()) && !self.app.may_close() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        // Full screen needs a window manager; on a bare X server (a kiosk started straight
        // from xinit) the window is instead sized to the whole monitor.
        if !self.sized
            && let Some(monitor) = ctx.input(|i| i.viewport().monitor_size)
        {
            self.sized = true;
            let inner = ctx.input(|i| i.viewport().inner_rect.map(|r| r.size()));
            if inner.is_some_and(|size| size.x < monitor.x || size.y < monitor.y) {
                tracing::info!(
                    "no full screen from the window manager; sizing the window to {monitor:?}"
                );
                ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::Pos2::ZERO));
                ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
            }
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
        if let Some(started) = self.started.take() {
            tracing::info!(
                "first frame drawn {} ms after start",
                started.elapsed().as_millis()
            );
        }
    }
}
