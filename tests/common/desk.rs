//! The curator desk under test: an archive with accounts, the desk served from it by the
//! real binary, a real headless Chromium driven through ChromeDriver (WebDriver), and
//! plain HTTP requests for what a browser would never send.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

use super::booth;

/// Runs `future` to its end on a small runtime of its own.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

/// `welcome-booth --archive ARCHIVE desk ARGS…`, ready to start.
fn desk_command(archive: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_welcome-booth"));
    command
        .args(["--archive", archive.to_str().unwrap(), "desk"])
        .args(args)
        .env("RUST_LOG", "warn");
    command
}

/// Adds a desk account, the password given on standard input as a script would.
pub fn add_user(archive: &Path, name: &str, role: &str, password: &str) {
    let out = try_add_user(archive, name, role, password);
    assert!(
        out.status.success(),
        "add-user {name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `desk add-user` with the password on standard input.
pub fn try_add_user(
    archive: &Path,
    name: &str,
    role: &str,
    password: &str,
) -> std::process::Output {
    let mut child = desk_command(archive, &["add-user", name, "--role", role])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    child.wait_with_output().unwrap()
}

/// Makes a card in the archive; returns its id.
pub fn add_card(archive: &Path, message: &str, name: &str, consent: &str) -> String {
    let out = booth(&[
        "--archive",
        archive.to_str().unwrap(),
        "archive",
        "add",
        "--message",
        message,
        "--name",
        name,
        "--event",
        "Museum Day",
        "--consent",
        consent,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// The desk, served by the binary on a free port until dropped.
pub struct Desk {
    child: Child,
    _output: BufReader<std::process::ChildStdout>,
    /// Its address.
    pub addr: SocketAddr,
}

impl Desk {
    /// Starts the desk for `archive` and waits until it listens.
    pub fn start(archive: &Path) -> Desk {
        let mut child = desk_command(archive, &["--listen", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        let mut output = BufReader::new(child.stdout.take().unwrap());
        output.read_line(&mut line).unwrap();
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("the desk says where it listens: {line:?}"))
            .parse()
            .unwrap();
        Desk {
            child,
            _output: output,
            addr,
        }
    }

    /// The desk's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The address of a page.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// An answer to a plain HTTP request.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Answer {
    /// The first header called `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every header called `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The value of the hidden form field `name` on the page.
    pub fn field(&self, name: &str) -> String {
        let at = self
            .body
            .find(&format!("name=\"{name}\" value=\""))
            .unwrap_or_else(|| panic!("no field {name} in {}", self.body));
        let rest = &self.body[at + name.len() + 15..];
        rest[..rest.find('"').unwrap()].to_string()
    }
}

/// One HTTP/1.1 request, as a browser or anyone else could send it.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    cookie: &str,
    form: &[(&str, &str)],
) -> Answer {
    let body: String = form
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Answer {
        status,
        headers,
        body: body.to_string(),
    }
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The login form fetched, ready to post: its cookie ("desk_login=…") and its token.
pub fn login_form(addr: SocketAddr) -> (String, String) {
    let page = request(addr, "GET", "/login", "", &[]);
    let cookie = page
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    (cookie, page.field("csrf"))
}

/// Logs in over plain HTTP; returns the session's cookie ("desk_session=…"), or the
/// refusal.
pub fn log_in(addr: SocketAddr, name: &str, password: &str) -> Result<String, Answer> {
    let (login_cookie, token) = login_form(addr);
    let answer = request(
        addr,
        "POST",
        "/login",
        &login_cookie,
        &[("name", name), ("password", password), ("csrf", &token)],
    );
    answer
        .all("set-cookie")
        .into_iter()
        .find(|c| c.starts_with("desk_session="))
        .map(|c| c.split(';').next().unwrap().to_string())
        .ok_or(answer)
}

/// A headless Chromium driven through ChromeDriver, closed when dropped.
pub struct Browser {
    driver: Child,
    pub client: Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts ChromeDriver on a free port and opens a headless Chromium window of a
    /// laptop's size.
    pub async fn open() -> Browser {
        Browser::open_sized(1400, 1000).await
    }

    /// As [`Browser::open`], the window `width` x `height` CSS pixels (390x844: a phone).
    pub async fn open_sized(width: u32, height: u32) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "chromedriver must be installed (scripts/setup-debian.sh installs chromium-driver)",
            );
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let mut caps = serde_json::Map::new();
        let mut options = serde_json::json!({
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         format!("--window-size={width},{height}"), "--lang=en", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update",
                         format!("--user-data-dir={}", profile.path().display())]
        });
        if width < 500 {
            // Chromium's windows are at least 500 wide: a phone's screen is emulated.
            options["mobileEmulation"] = serde_json::json!({
                "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true }
            });
        }
        caps.insert("goog:chromeOptions".into(), options);
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("ChromeDriver opens Chromium");
        Browser {
            driver,
            client,
            _profile: profile,
        }
    }

    /// Logs in through the login page.
    pub async fn log_in(&self, desk: &Desk, name: &str, password: &str) {
        let c = &self.client;
        c.goto(&desk.url("/login")).await.unwrap();
        c.find(Locator::Css("input[name=name]"))
            .await
            .unwrap()
            .send_keys(name)
            .await
            .unwrap();
        c.find(Locator::Css("input[name=password]"))
            .await
            .unwrap()
            .send_keys(password)
            .await
            .unwrap();
        self.click("form.login button[type=submit]").await;
        let url = c.current_url().await.unwrap();
        assert!(
            !url.path().starts_with("/login"),
            "logged in as {name}: {url} says {}",
            self.text().await
        );
    }

    /// Replaces the text of the field `css` finds with `text`, typed.
    pub async fn retype(&self, css: &str, text: &str) {
        let field = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Ticks the check box or radio button `css` finds (no new page).
    pub async fn tick(&self, css: &str) {
        let input = self.client.find(Locator::Css(css)).await;
        input
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap();
    }

    /// Clicks what `css` finds and waits for the page it leads to.
    pub async fn click(&self, css: &str) {
        let c = &self.client;
        let before = c
            .execute("return performance.timeOrigin", vec![])
            .await
            .unwrap();
        c.find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap();
        self.wait(
            &format!("a new page after clicking {css}"),
            "return performance.timeOrigin",
            |v| *v != before,
        )
        .await;
    }

    /// Waits until the script's value passes `ok` (at most 60 s); returns it.
    pub async fn wait(
        &self,
        what: &str,
        script: &str,
        ok: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        let started = Instant::now();
        loop {
            if let Ok(v) = self.client.execute(script, vec![]).await
                && ok(&v)
            {
                return v;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "waited a minute for {what}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The page's visible text.
    pub async fn text(&self) -> String {
        let v = self
            .client
            .execute("return document.body.innerText", vec![])
            .await
            .unwrap();
        v.as_str().unwrap_or_default().to_string()
    }

    /// Saves a screenshot of the window, once its pictures have loaded, as
    /// `DESK_SCREENSHOTS/name` when that folder is given (the README's pictures:
    /// `DESK_SCREENSHOTS=docs cargo test --test desk`).
    pub async fn screenshot_for_docs(&self, name: &str) {
        if let Ok(folder) = std::env::var("DESK_SCREENSHOTS") {
            let loaded = "return [...document.images].every(i => i.complete && i.naturalWidth > 0)";
            self.wait("the pictures", loaded, |v| v == true).await;
            let png = self.client.screenshot().await.unwrap();
            std::fs::write(Path::new(&folder).join(name), png).unwrap();
        }
    }

    /// Closes the window (the driver is stopped when dropped).
    pub async fn close(self) {
        self.client.clone().close().await.ok();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.driver.kill().ok();
        self.driver.wait().ok();
    }
}

/// A file of the card in the archive.
pub fn card_file(archive: &Path, id: &str, name: &str) -> PathBuf {
    archive.join("cards").join(id).join(name)
}
