//! `welcome-booth desk`: serves the curator desk, and adds its accounts.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use anyhow::Context;
use welcome_booth::archive::{Account, Archive};
use welcome_booth::{desk, secret};

use super::args::DeskCommand;

/// Carries out a `desk` command: serving, or adding an account.
pub(crate) fn run(dir: &Path, listen: &str, command: Option<DeskCommand>) -> anyhow::Result<()> {
    match command {
        None => Ok(desk::serve(dir, listen, |addr| {
            // Whoever started the desk may no longer read its output; it serves on.
            let _ = writeln!(
                std::io::stdout(),
                "The curator desk is open at http://{addr}/ (archive {}); stop it with Ctrl+C.",
                dir.display()
            );
            if !addr.ip().is_loopback() {
                eprintln!(
                    "warning: the desk is open to other computers over plain HTTP; passwords cross the network unencrypted, so use it only on a network you trust"
                );
            }
        })?),
        Some(DeskCommand::AddUser {
            name,
            role,
            generate,
        }) => {
            let password = match generate {
                true => {
                    let hex = secret::random_hex(10);
                    let made = format!(
                        "{}-{}-{}-{}",
                        &hex[..5],
                        &hex[5..10],
                        &hex[10..15],
                        &hex[15..]
                    );
                    println!("Password for {name} (shown once; give it to them in person): {made}");
                    made
                }
                false => ask_password(&name)?,
            };
            let password_hash = secret::hash(&password).map_err(anyhow::Error::msg)?;
            Archive::open(dir)?.set_account(&Account {
                name: name.clone(),
                role,
                password_hash,
            })?;
            println!("{name} can log in to the desk as a {role}.");
            Ok(())
        }
    }
}

/// A password typed twice at a terminal without being shown, or one line of standard
/// input (scripts).
fn ask_password(name: &str) -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    let (first, again) = if stdin.is_terminal() {
        let first = read_hidden(&format!(
            "Password for {name} (at least {} characters): ",
            desk::MIN_PASSWORD
        ))?;
        (first, read_hidden("The same again: ")?)
    } else {
        let mut line = String::new();
        stdin
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        let line = line.trim_end_matches(['\r', '\n']).to_string();
        (line.clone(), line)
    };
    desk::check_password(&first, &again)?;
    Ok(first)
}

/// One line typed at the terminal with echo off.
fn read_hidden(prompt: &str) -> anyhow::Result<String> {
    use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
    let stdin = std::io::stdin();
    eprint!("{prompt}");
    std::io::stderr().flush().ok();
    let before = tcgetattr(&stdin).context("cannot set up the terminal")?;
    let mut quiet = before.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    tcsetattr(&stdin, OptionalActions::Now, &quiet).context("cannot set up the terminal")?;
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    tcsetattr(&stdin, OptionalActions::Now, &before).ok();
    eprintln!();
    read.context("cannot read the password")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}
