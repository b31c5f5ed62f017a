//! Helpers shared by the integration tests: run the binary, read PDFs with poppler.

#![allow(dead_code)] // each test file uses its own subset of these helpers

mod demo;
pub mod desk;
pub mod kiosk;
pub mod screens;

#[allow(unused_imports)] // each test file uses its own subset
pub use demo::demo_card;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `welcome-booth` with `args`.
pub fn booth(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_welcome-booth"))
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

/// Runs `command` and insists that it succeeds; returns its standard output. `what` names
/// it in a failure, `install` says how to get it when it cannot start.
pub fn output_of(command: &mut Command, what: &str, install: &str) -> Vec<u8> {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{what}: {e} ({install})"));
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Runs a poppler tool and returns its standard output.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = output_of(
        Command::new(tool).args(args),
        &format!("{tool} {args:?}"),
        "apt-get install poppler-utils",
    );
    String::from_utf8(out).expect("poppler prints UTF-8")
}

/// Runs the script of scripts/pdf-text for `reader` ("pdfium": Chrome's viewer, "pdfjs":
/// Firefox's) with `args` and returns what it prints (JSON), with the reader installed
/// where scripts/pdf-text/install.sh puts it.
pub fn pdf_reader(reader: &str, args: &[&str]) -> Vec<u8> {
    let scripts = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/pdf-text");
    let readers = match std::env::var_os("WELCOME_BOOTH_PDF_READERS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(&std::env::var_os("HOME").expect("HOME is set"))
            .join(".cache/welcome-booth/pdf-readers"),
    };
    let install = "install the readers with: bash scripts/setup-debian.sh --tests";
    for package in ["py/pypdfium2", "js/node_modules/pdfjs-dist"] {
        assert!(
            readers.join(package).is_dir(),
            "no {} ({install})",
            readers.join(package).display()
        );
    }
    let mut command = if reader == "pdfium" {
        let mut c = Command::new("python3");
        c.arg(format!("{scripts}/pdfium.py"))
            .env("PYTHONPATH", readers.join("py"));
        c
    } else {
        let mut c = Command::new("node");
        c.arg(format!("{scripts}/pdfjs.mjs"))
            .env("PDFJS", readers.join("js/node_modules/pdfjs-dist"));
        c
    };
    output_of(command.args(args), reader, install)
}

/// The text of a PDF as pdftotext reads it, with bidi embedding marks removed and all
/// runs of white space made one space.
pub fn pdf_text(pdf: &Path) -> String {
    let raw = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    squash(&raw)
}

/// Drops bidi control characters and folds white space.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{0C}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A portrait JPEG from the synthetic camera, written into `dir`.
pub fn portrait_jpeg(dir: &Path, width: u32, height: u32) -> PathBuf {
    let img = welcome_booth::capture::synthetic::portrait(width, height, 3);
    let path = dir.join("portrait.jpg");
    std::fs::write(
        &path,
        welcome_booth::card::raster::encode_jpeg(&img, 90).unwrap(),
    )
    .unwrap();
    path
}

/// Runs `render` with the demo portrait as a photo file, writing into `dir/out`;
/// returns the process output and the output folder.
pub fn run_render(dir: &Path, extra: &[&str]) -> (Output, PathBuf) {
    let photo = portrait_jpeg(dir, 1600, 1200);
    let out = dir.join("out");
    let mut args = vec![
        "render",
        "--photo",
        photo.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--date",
        "29 November 2026",
    ];
    args.extend_from_slice(extra);
    (booth(&args), out)
}

/// Renders a card through the command line and returns the output folder's files.
pub fn render(dir: &Path, extra: &[&str]) -> (PathBuf, PathBuf) {
    let (result, out) = run_render(dir, extra);
    assert!(
        result.status.success(),
        "render failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let stdout = String::from_utf8(result.stdout).unwrap();
    let pdf = out.join("card.pdf");
    let png = out.join("card.png");
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [pdf.to_str().unwrap(), png.to_str().unwrap()]
    );
    (pdf, png)
}

/// A cups-pdf queue for one test, removed again afterwards.
pub struct Queue(pub String);

impl Queue {
    pub fn new(name: &str) -> Queue {
        // lpadmin fails with its own words when no CUPS server runs (bash .ci/run starts one);
        // asking for the printers first would fail on a server with no queue yet.
        run(
            "lpadmin",
            &[
                "-p",
                name,
                "-E",
                "-v",
                "cups-pdf:/",
                "-m",
                "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd",
            ],
        );
        Queue(name.to_string())
    }
}

impl Drop for Queue {
    fn drop(&mut self) {
        let _ = Command::new("lpadmin").args(["-x", &self.0]).output();
    }
}

/// Runs a CUPS tool and insists that it succeeds.
pub fn run(tool: &str, args: &[&str]) {
    output_of(
        Command::new(tool).args(args),
        &format!("{tool} {args:?}"),
        "install cups-client",
    );
}

/// A filesystem mounted for one test, unmounted afterwards: a size-limited tmpfs stands in
/// for a small disk that fills up, a bind mount for a USB stick that is pulled out or
/// locked read-only. Mounting needs root, as `bash .ci/run` has.
pub struct Mount {
    /// Where it is mounted.
    pub at: PathBuf,
    _dir: tempfile::TempDir,
}

impl Mount {
    /// A tmpfs of `size_mb` megabytes.
    pub fn tmpfs(size_mb: u32) -> Mount {
        let dir = tempfile::tempdir().unwrap();
        let at = dir.path().join("disk");
        std::fs::create_dir(&at).unwrap();
        let size = format!("size={size_mb}m");
        run(
            "mount",
            &["-t", "tmpfs", "-o", &size, "tmpfs", at.to_str().unwrap()],
        );
        Mount { at, _dir: dir }
    }

    /// `from` mounted again at a folder of its own, like a drive plugged in.
    pub fn bind(from: &Path) -> Mount {
        let dir = tempfile::tempdir().unwrap();
        let at = dir.path().join("stick");
        std::fs::create_dir(&at).unwrap();
        let mount = Mount { at, _dir: dir };
        mount.plug_in(from);
        mount
    }

    /// Mounts `from` here again (the stick plugged back in).
    pub fn plug_in(&self, from: &Path) {
        run(
            "mount",
            &["--bind", from.to_str().unwrap(), self.at.to_str().unwrap()],
        );
    }

    /// Unmounts at once, open files or not (the stick pulled out).
    pub fn pull_out(&self) {
        run("umount", &["-l", self.at.to_str().unwrap()]);
    }

    /// Mounts `from` here read-only (a stick plugged back in with its lock switch on).
    pub fn plug_in_read_only(&self, from: &Path) {
        self.plug_in(from);
        run(
            "mount",
            &["-o", "remount,bind,ro", self.at.to_str().unwrap()],
        );
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .args(["-l", self.at.to_str().unwrap()])
            .output();
    }
}

/// Where Debian's cups-pdf writes jobs from users it does not know.
pub const CUPS_PDF_OUT: &str = "/var/spool/cups-pdf/ANONYMOUS";

/// Cards of this id that cups-pdf has printed.
pub fn printed_copies(id: welcome_booth::archive::CardId) -> usize {
    std::fs::read_dir(CUPS_PDF_OUT)
        .map(|d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().contains(&id.to_string()))
                .count()
        })
        .unwrap_or(0)
}

/// Follows a card's latest print until the printer reports it completed, failing at `until`;
/// returns the record as it then stands.
pub fn wait_until_printed(
    archive: &mut welcome_booth::archive::Archive,
    printer: &dyn welcome_booth::print::PrintSystem,
    id: welcome_booth::archive::CardId,
    until: std::time::Instant,
) -> welcome_booth::archive::CardRecord {
    loop {
        let record = welcome_booth::print::cards::refresh(archive, printer, id).unwrap();
        if record
            .prints
            .last()
            .is_some_and(|p| p.state == welcome_booth::archive::PrintState::Completed)
        {
            return record;
        }
        assert!(std::time::Instant::now() < until, "{:?}", record.prints);
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

/// Pseudo-random moments for killing a child process: another each round, and another
/// each run (xorshift, seeded from the clock).
pub struct Moments(pub u64);

impl Moments {
    pub fn new() -> Moments {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap();
        Moments(now.as_nanos() as u64 | 1)
    }

    /// The next moment, below `max_ms` milliseconds.
    pub fn next_ms(&mut self, max_ms: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % max_ms
    }
}

/// Starts the ignored test `name` of this test binary as a child process with `envs`,
/// and returns once it prints "ready"; the caller kills it (SIGKILL) when it likes.
pub fn start_child(name: &str, envs: &[(&str, &Path)]) -> std::process::Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([name, "--exact", "--ignored", "--nocapture", "--quiet"])
        .envs(envs.iter().copied())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("ready") {
        line.clear();
        let read = std::io::BufRead::read_line(&mut out, &mut line).unwrap();
        assert!(read > 0, "{name} exited early");
    }
    child
}
