//! The desk under load, as an attacker on the booth's network would try it: guesses sent
//! all at once, a flood of logins with made-up names, idle and slow connections, and
//! query values no page offers.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::desk::{Desk, add_card, add_user, log_in, login_form, request};

const CURATOR: (&str, &str) = ("Curator", "a long curator password");

fn desk_with_account() -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    add_card(&archive, "Welcome, friend", "Amal", "print,archive");
    add_user(&archive, CURATOR.0, "curator", CURATOR.1);
    let desk = Desk::start(&archive);
    (dir, desk)
}

/// Peak resident memory of a process, in MB.
fn peak_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kb / 1024
}

/// `wrong` wrong guesses posted at the same moment (each thread has its form before any
/// posts), and the right password `right_after` that moment; the statuses, the right
/// password's last.
fn logins_at_once(
    addr: std::net::SocketAddr,
    wrong: usize,
    right_after: Option<Duration>,
) -> Vec<u16> {
    let posts = wrong + usize::from(right_after.is_some());
    let start = std::sync::Barrier::new(posts);
    std::thread::scope(|s| {
        let posts: Vec<_> = (0..posts)
            .map(|i| {
                let start = &start;
                s.spawn(move || {
                    let (cookie, csrf) = login_form(addr);
                    let mut password = "not the password!";
                    start.wait();
                    if i == wrong {
                        std::thread::sleep(right_after.unwrap_or_default());
                        password = CURATOR.1;
                    }
                    let form = [("name", CURATOR.0), ("password", password), ("csrf", &csrf)];
                    request(addr, "POST", "/login", &cookie, &form).status
                })
            })
            .collect();
        posts.into_iter().map(|p| p.join().unwrap()).collect()
    })
}

#[test]
fn guesses_sent_at_once_are_counted_before_they_are_checked() {
    let (_dir, desk) = desk_with_account();
    // Fifty-nine wrong guesses at once, and the right password a moment later, while the
    // first are still being checked: it must not get in (a login that does is answered
    // 303, to the cards). Counted only after checking, all 59 would pass the pause check
    // and the right one with them.
    let answers = logins_at_once(desk.addr, 59, Some(Duration::from_millis(100)));
    assert_ne!(
        answers.last(),
        Some(&303),
        "the right password got in: {answers:?}"
    );
    assert!(answers.iter().all(|&s| s == 401 || s == 429), "{answers:?}");
    // Only the free guesses were checked: the pause is the first one, not one doubled
    // for every guess of the crowd.
    let paused = log_in(desk.addr, CURATOR.0, CURATOR.1).unwrap_err();
    assert_eq!(paused.status, 429);
    let wait: u32 = paused.header("retry-after").unwrap().parse().unwrap();
    assert!(wait <= 30, "paused for {wait} s");
}

#[test]
fn a_flood_of_logins_with_made_up_names_stays_small() {
    let (_dir, desk) = desk_with_account();
    let addr = desk.addr;
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let logins: Vec<_> = (0..200)
            .map(|i| {
                s.spawn(move || {
                    log_in(addr, &format!("nobody-{i}"), "whatever-whatever")
                        .unwrap_err()
                        .status
                })
            })
            .collect();
        logins.into_iter().map(|l| l.join().unwrap()).collect()
    });
    assert!(
        statuses.iter().all(|&s| s == 401 || s == 503),
        "{statuses:?}"
    );
    let peak = peak_mb(desk.pid());
    eprintln!("desk peak memory through 200 logins at once: {peak} MB");
    assert!(peak < 200, "the desk grew to {peak} MB");
    // It still answers its curator.
    assert!(log_in(addr, CURATOR.0, CURATOR.1).is_ok());
}

/// Whether the desk has closed this connection (any answer it sent read first).
fn is_closed(stream: &mut TcpStream) -> bool {
    stream
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) => {
                return !matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                );
            }
        }
    }
}

#[test]
fn idle_connections_are_closed_and_bad_query_values_are_the_users_mistake() {
    let (_dir, desk) = desk_with_account();
    let mut idle: Vec<TcpStream> = (0..50)
        .map(|_| TcpStream::connect(desk.addr).unwrap())
        .collect();
    // One sends half a request and stops.
    write!(idle[0], "GET /login HTTP/1.1\r\nHost: x\r\n").unwrap();
    std::thread::sleep(Duration::from_secs(20));
    let closed = idle.iter_mut().map(is_closed).filter(|&c| c).count();
    assert_eq!(closed, 50, "idle connections still open");

    let cookie = log_in(desk.addr, CURATOR.0, CURATOR.1).unwrap();
    for path in [
        "/cards?page=18446744073709551615",
        "/cards?page=99999999999",
        "/cards?q=%00",
        "/cards?q=%00welcome",
    ] {
        let answer = request(desk.addr, "GET", path, &cookie, &[]);
        assert!(
            answer.status == 400 || answer.status == 200,
            "{path}: {} {}",
            answer.status,
            answer.body
        );
        assert!(
            !answer.body.contains("archive check"),
            "{path}: {}",
            answer.body
        );
    }
}
