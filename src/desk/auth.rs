//! Who is at the desk: sessions in an HttpOnly SameSite=Strict cookie, wrong passwords
//! paused per account and address, passwords checked on threads of their own, a token in
//! every form so that no other site can post one (CSRF), and "curators only" as an
//! extractor. The login and logout pages are `session`'s.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::Refusal;
use super::shared::lock;
use super::views::Viewer;
use crate::archive::Role;
use crate::secret::{self, Backoff};

/// The session cookie's name.
pub(super) const SESSION: &str = "desk_session";
/// The login form's own token cookie (there is no session yet to hold one).
pub(super) const LOGIN_TOKEN: &str = "desk_login";
/// A session unused this long ends.
const IDLE: Duration = Duration::from_secs(8 * 3600);
/// Wrong passwords allowed per account and address before pauses, and the pauses.
pub(super) const FREE_TRIES: u32 = 5;
pub(super) const FIRST_PAUSE: f64 = 30.0;
pub(super) const MAX_PAUSE: f64 = 15.0 * 60.0;
/// Accounts and addresses with wrong passwords remembered at most (see `login`).
pub(super) const TRIES_KEPT: usize = 10_000;
/// Passwords checked at once (each Argon2 check holds about 19 MB), and how long a login
/// waits for its answer before it is told the desk is busy.
const HASHES_AT_ONCE: usize = 2;
const HASH_WAIT: Duration = Duration::from_secs(10);

/// Someone logged in.
#[derive(Debug, Clone)]
pub(super) struct User {
    /// The account's name (recorded with corrections and translations).
    pub(super) name: String,
    /// What they may do.
    pub(super) role: Role,
    /// The token every form of this session carries.
    pub(super) csrf: String,
}

impl User {
    /// What the pages show of them.
    pub(super) fn viewer(&self) -> Viewer<'_> {
        Viewer {
            name: &self.name,
            role: self.role,
            csrf: &self.csrf,
        }
    }
}

/// Someone logged in as a curator: anyone else is refused before the handler runs.
pub(super) struct Curator(pub(super) User);

impl<S: Send + Sync> FromRequestParts<S> for Curator {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Refusal> {
        let user = parts
            .extensions
            .get::<User>()
            .cloned()
            .ok_or_else(session_ended)?;
        match user.role {
            Role::Curator => Ok(Curator(user)),
            Role::Translator | Role::Interviewer => Err(Refusal::curators_only()),
        }
    }
}

/// Sessions and wrong-password pauses, in memory: restarting the desk logs everyone out.
pub(super) struct Auth {
    sessions: Mutex<HashMap<String, (User, Instant)>>,
    /// Wrong passwords per account and address.
    pub(super) tries: Mutex<HashMap<(String, IpAddr), Backoff>>,
    /// Checks passwords, a few at a time.
    pub(super) checker: Checker,
    started: Instant,
    /// Checked when the account does not exist, so that a wrong name takes as long to
    /// refuse as a wrong password.
    pub(super) stand_in: String,
}

impl Default for Auth {
    fn default() -> Auth {
        Auth {
            sessions: Mutex::default(),
            tries: Mutex::default(),
            checker: Checker::start(),
            started: Instant::now(),
            stand_in: secret::hash(&secret::random_hex(16)).unwrap_or_default(),
        }
    }
}

/// A password to check against a hash, and where to say whether it matched.
type Check = (String, String, tokio::sync::oneshot::Sender<bool>);

/// Password checks, run on [`HASHES_AT_ONCE`] threads of their own, each with one Argon2
/// memory of about 19 MB that it keeps: a flood of logins waits its turn in the queue
/// instead of allocating a state each (200 logins at once took 3.8 GB).
pub(super) struct Checker {
    queue: Mutex<std::sync::mpsc::Sender<Check>>,
}

impl Checker {
    fn start() -> Checker {
        let (queue, checks) = std::sync::mpsc::channel::<Check>();
        let checks = Arc::new(Mutex::new(checks));
        for _ in 0..HASHES_AT_ONCE {
            let checks = checks.clone();
            std::thread::spawn(move || {
                let mut verifier = secret::Verifier::default();
                loop {
                    let next = lock(&checks).recv();
                    let Ok((password, hash, answer)) = next else {
                        break; // the desk is stopping
                    };
                    let _ = answer.send(verifier.verifies(&password, &hash).unwrap_or(false));
                }
            });
        }
        Checker {
            queue: Mutex::new(queue),
        }
    }

    /// Whether `password` matches `hash`; `None` when the checks are so far behind that
    /// this one was not reached in [`HASH_WAIT`].
    pub(super) async fn verifies(&self, password: String, hash: String) -> Option<bool> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        lock(&self.queue).send((password, hash, answer)).ok()?;
        tokio::time::timeout(HASH_WAIT, answered).await.ok()?.ok()
    }
}

impl Auth {
    /// The session a cookie names, if it has not ended.
    fn session(&self, token: &str) -> Option<User> {
        let mut sessions = lock(&self.sessions);
        let now = Instant::now();
        sessions.retain(|_, (_, seen)| now.duration_since(*seen) < IDLE);
        let (user, seen) = sessions.get_mut(token)?;
        *seen = now;
        Some(user.clone())
    }

    /// Starts a session; returns its cookie token.
    pub(super) fn open(&self, name: String, role: Role) -> String {
        let token = secret::random_hex(32);
        let user = User {
            name,
            role,
            csrf: secret::random_hex(32),
        };
        let mut sessions = lock(&self.sessions);
        sessions.insert(token.clone(), (user, Instant::now()));
        token
    }

    /// Ends the session a cookie names.
    pub(super) fn close(&self, token: &str) {
        let mut sessions = lock(&self.sessions);
        sessions.remove(token);
    }

    /// Seconds since the desk started (the clock of the wrong-password pauses).
    pub(super) fn now(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }
}

/// The value of cookie `name` in a request's headers.
pub(super) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A cookie only this site's own pages send, never readable by scripts.
pub(super) fn set_cookie(
    name: &str,
    value: &str,
    max_age: Option<u64>,
) -> (header::HeaderName, String) {
    let age = max_age.map_or(String::new(), |s| format!("; Max-Age={s}"));
    (
        header::SET_COOKIE,
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict{age}"),
    )
}

/// Lets a request through only with a live session, which handlers then find in the
/// request's extensions; anyone else is sent to the login page.
pub(super) async fn require_login(
    State(auth): State<Arc<Auth>>,
    mut req: Request,
    next: Next,
) -> Response {
    match cookie(req.headers(), SESSION).and_then(|t| auth.session(t)) {
        // Interviewers see the participants in progress and nothing of the archive.
        Some(user) if user.role == Role::Interviewer && !interviewers_may(req.uri().path()) => {
            Refusal::curators_only().into_response()
        }
        Some(user) => {
            req.extensions_mut().insert(user);
            next.run(req).await
        }
        None if req.method() == Method::GET => Redirect::to("/login").into_response(),
        None => session_ended().into_response(),
    }
}

/// Whether an interviewer may reach `path`: the "At the booth" pages and logging out.
fn interviewers_may(path: &str) -> bool {
    path == "/" || path == "/logout" || path == "/booth" || path.starts_with("/booth/")
}

/// What a request without a live session is told (a page asks to log in instead).
fn session_ended() -> Refusal {
    Refusal {
        status: StatusCode::UNAUTHORIZED,
        message: "Your session has ended; log in again.".into(),
    }
}

/// Two tokens compared in time that does not depend on where they differ.
pub(super) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A form posted by someone logged in, with this session's token (else refused: it did
/// not come from one of the desk's own pages).
pub(super) struct Posted<T>(pub(super) User, pub(super) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Posted<T> {
    type Rejection = Refusal;

    async fn from_request(req: Request, state: &S) -> Result<Self, Refusal> {
        let user = req
            .extensions()
            .get::<User>()
            .cloned()
            .ok_or_else(session_ended)?;
        let body = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| Refusal {
                status: e.status(),
                message: e.body_text(),
            })?;
        #[derive(Deserialize)]
        struct Token {
            csrf: Option<String>,
        }
        let token: Option<Token> = serde_urlencoded::from_bytes(&body).ok();
        let token = token.and_then(|t| t.csrf).unwrap_or_default();
        if !same(&token, &user.csrf) {
            return Err(Refusal {
                status: StatusCode::FORBIDDEN,
                message: "This form did not come from the desk's own page (or it is from an earlier session); reload the page and try again.".into(),
            });
        }
        let form = serde_urlencoded::from_bytes(&body).map_err(|e| Refusal {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: format!("The form could not be read: {e}; reload the page and try again."),
        })?;
        Ok(Posted(user, form))
    }
}
