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

/// Shortens text to `n` characters for a table cell.
fn cell(s: &str, n: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
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

/// The card table of `archive list`.
pub(crate) fn print_table(cards: &[CardSummary]) {
    println!(
        "{:<36}  {:<16}  {:<20}  {:<12}  {:<4}  {:<4}  {:<8}  message",
        "id", "created (UTC)", "event", "name", "lang", "PAES", "transl."
    );
    for c in cards {
        println!(
            "{:<36}  {:<16}  {:<20}  {:<12}  {:<4}  {:<4}  {:<8}  {}",
            c.id,
            c.created_at
                .replace('T', " ")
                .get(..16)
                .unwrap_or(&c.created_at),
            cell(&c.event, 20),
            cell(c.name.as_deref().unwrap_or(""), 12),
            c.language,
            consent_flags(&c.consent),
            c.translation.map_or("-", |s| s.as_str()),
            cell(&c.message, 48),
        );
    }
    println!("{} card(s)", cards.len());
}

/// One card, as `archive show` prints it.
pub(crate) fn print_record(archive: &Archive, r: &CardRecord) -> anyhow::Result<()> {
    let dir = archive.card_dir(r.id);
    println!("id           {}", r.id);
    println!("created      {}", r.created_at);
    println!("event        {}", r.event);
    println!("name         {}", r.name.as_deref().unwrap_or("-"));
    println!("message      {}", r.message);
    println!("language     {}", r.language);
    println!(
        "consent      print {}, archive {}, exhibition {}, social {} (given {})",
        yes(r.consent.print),
        yes(r.consent.archive),
        yes(r.consent.exhibition),
        yes(r.consent.social),
        r.consent.given_at
    );
    if let Some(at) = &r.consent.changed_at {
        println!("             last withdrawn {at}");
    }
    match &r.translation {
        Some(t) => println!(
            "translation  {} ({}, {})",
            t.text,
            t.status.as_str(),
            t.translator.as_deref().unwrap_or("translator unknown")
        ),
        None => println!("translation  -"),
    }
    for c in &r.corrections {
        println!(
            "corrected    {} by {} at {}: {:?} → {:?}",
            c.field,
            c.by,
            c.at,
            c.before.as_deref().unwrap_or(""),
            c.after.as_deref().unwrap_or("")
        );
    }
    println!("layout       {}", r.layout_name);
    println!(
        "version      {} (changed {})",
        r.version,
        r.updated_at.as_deref().unwrap_or(&r.created_at)
    );
    println!("prints       {}", r.prints.len());
    for p in &r.prints {
        let job = p.job.map_or("-".to_string(), |j| j.to_string());
        println!(
            "             {}  {} x{}  job {job}  {}{}",
            p.at,
            p.printer,
            p.copies,
            p.state,
            p.reason
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        );
    }
    for copy in archive.copies_of(r.id)? {
        println!("copy in      {}", copy.name);
    }
    for file in r.files() {
        println!("file         {}", dir.join(file).display());
    }
    Ok(())
}
