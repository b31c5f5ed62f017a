//! How the command line shows things: progress bars, the card table, one card's record.

use indicatif::{ProgressBar, ProgressStyle};
use welcome_booth::archive::{Archive, CardRecord, CardSummary, Consent, Use};
use welcome_booth::progress::Progress;

/// A progress bar on the terminal for a long job of the library.
pub(crate) struct Bar(ProgressBar);

impl Bar {
    /// A bar labelled `what`.
    pub(crate) fn new(what: &str) -> Bar {
        let bar = ProgressBar::new(0).with_message(what.to_string());
        if let Ok(style) = ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len} {eta}") {
            bar.set_style(style.progress_chars("=> "));
        }
        Bar(bar)
    }
}

impl Progress for Bar {
    fn start(&self, total: u64) {
        self.0.set_length(total);
    }
    fn step(&self) {
        self.0.inc(1);
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

/// "yes" or "no".
pub(crate) fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Text from a record as a terminal may show it: control characters (escape sequences,
/// NUL, new lines) and the invisible direction overrides are written as escapes, so text
/// merged from another booth cannot move the cursor, recolour or reorder the screen.
fn shown(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            c if c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') =>
            {
                c.escape_unicode().to_string()
            }
            c => c.to_string(),
        })
        .collect()
}

/// Writes what a command shows to standard output; a reader that went away (`| head`)
/// ends the command quietly.
pub(crate) fn emit(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Shortens text to `n` characters for a table cell.
fn cell(s: &str, n: usize) -> String {
    let flat = s
        .split_whitespace()
        .map(shown)
        .collect::<Vec<_>>()
        .join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        format!("{}…", flat.chars().take(n - 1).collect::<String>())
    }
}

/// One letter per use agreed (P, A, E, S), a dash for each not.
fn consent_flags(c: &Consent) -> String {
    Use::ALL
        .iter()
        .map(|&u| match c.allows(u) {
            true => u
                .as_str()
                .chars()
                .next()
                .unwrap_or('?')
                .to_ascii_uppercase(),
            false => '-',
        })
        .collect()
}

/// `writeln!` into the text a command shows (writing to a String cannot fail).
macro_rules! say {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// The card table of `archive list`.
pub(crate) fn print_table(cards: &[CardSummary]) -> anyhow::Result<()> {
    let mut out = String::new();
    say!(
        out,
        "{:<36}  {:<16}  {:<20}  {:<12}  {:<4}  {:<4}  {:<8}  message",
        "id",
        "created (UTC)",
        "event",
        "name",
        "lang",
        "PAES",
        "transl."
    );
    for c in cards {
        say!(
            out,
            "{:<36}  {:<16}  {:<20}  {:<12}  {:<4}  {:<4}  {:<8}  {}",
            c.id,
            c.created_at.minute(),
            cell(&c.event, 20),
            cell(c.name.as_deref().unwrap_or(""), 12),
            shown(&c.language),
            consent_flags(&c.consent),
            c.translation.map_or("-", |s| s.as_str()),
            cell(&c.message, 48),
        );
    }
    say!(out, "{} card(s)", cards.len());
    emit(&out)
}

/// One card, as `archive show` prints it.
pub(crate) fn print_record(archive: &Archive, r: &CardRecord) -> anyhow::Result<()> {
    let dir = archive.card_dir(r.id);
    let mut out = String::new();
    say!(out, "id           {}", r.id);
    say!(out, "created      {}", r.created_at);
    say!(out, "event        {}", shown(&r.event));
    say!(
        out,
        "name         {}",
        shown(r.name.as_deref().unwrap_or("-"))
    );
    say!(out, "message      {}", shown(&r.message));
    say!(out, "language     {}", shown(&r.language));
    say!(
        out,
        "consent      print {}, archive {}, exhibition {}, social {} (given {})",
        yes(r.consent.print),
        yes(r.consent.archive),
        yes(r.consent.exhibition),
        yes(r.consent.social),
        r.consent.given_at
    );
    if let Some(at) = &r.consent.changed_at {
        say!(out, "             last withdrawn {at}");
    }
    match &r.translation {
        Some(t) => say!(
            out,
            "translation  {} ({}, {})",
            shown(&t.text),
            t.status.as_str(),
            shown(t.translator.as_deref().unwrap_or("translator unknown"))
        ),
        None => say!(out, "translation  -"),
    }
    for c in &r.corrections {
        say!(
            out,
            "corrected    {} by {} at {}: {:?} → {:?}",
            c.field,
            shown(&c.by),
            c.at,
            shown(c.before.as_deref().unwrap_or("")),
            shown(c.after.as_deref().unwrap_or(""))
        );
    }
    say!(out, "layout       {}", shown(&r.layout_name));
    say!(
        out,
        "version      {} (changed {})",
        r.version,
        r.updated_at.unwrap_or(r.created_at)
    );
    say!(out, "prints       {}", r.prints.len());
    for p in &r.prints {
        let job = p.job.map_or("-".to_string(), |j| j.to_string());
        say!(
            out,
            "             {}  {} x{}  job {job}  {}{}",
            p.at,
            shown(&p.printer),
            p.copies,
            p.state,
            p.reason
                .as_deref()
                .map(|r| format!(" ({})", shown(r)))
                .unwrap_or_default()
        );
    }
    for copy in archive.copies_of(r.id)? {
        say!(out, "copy in      {}", shown(&copy.name));
    }
    for file in r.files() {
        say!(out, "file         {}", dir.join(file).display());
    }
    emit(&out)
}
