//! The kiosk: an egui window over the library. Screens draw the participant flow
//! ([`flow`]) and staff mode; every piece of work goes to the booth's worker ([`booth`]), so
//! nothing here makes cards, writes files or talks to the printer itself.

mod app;
pub mod booth;
pub mod config;
pub mod flow;
mod look;
pub mod pin;
mod staff;
pub mod strings;

use std::path::PathBuf;

pub use app::KioskApp;

/// Opens the kiosk full screen and runs it until staff exit it.
pub fn run(config: config::Config, config_path: PathBuf) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let app = KioskApp::new(config, Some(config_path))?;
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
            tracing::info!(
                "window ready {} ms after start",
                started.elapsed().as_millis()
            );
            Ok(Box::new(Window { app }))
        }),
    )
    .map_err(|e| {
        anyhow::anyhow!("cannot open the kiosk window: {e}; is a display connected (DISPLAY set)?")
    })
}

/// The eframe shell: window rules around the app.
struct Window {
    app: KioskApp,
}

impl eframe::App for Window {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Visitors cannot close the booth (Alt+F4 and the like); staff use "Exit".
        if ctx.input(|i| i.viewport().close_requested()) && !self.app.may_close() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
    }
}
